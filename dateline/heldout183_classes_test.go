package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout183GreekFrom: Greek's "από" (from) before a range's first
// day, with the accusative article a day's number or weekday takes (τις,
// την, τη, το), as "έως" (until) takes it at the other end: "από τις 22
// έως 24 Ιούλιου 2014" (verena.gr, the hundred-and-eighty-third held-out
// round: a symposium on the deportation of the Jews of Rhodes and Kos)
// was a syntax error whole, "από" a word before the date. The range is
// read from its first day; "από" before a number that no month follows
// (from 5 to 10 people, from 9 to 5) is still no date.
func TestHeldout183GreekFrom(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"από τις 22 έως 24 Ιουλίου 2014", "2014-07-22"},
		{"από 22 έως 24 Ιουλίου 2014", "2014-07-22"},
		{"Από τις 22 έως τις 24 Ιουλίου 2014", "2014-07-22"},
		{"από τις 22 Ιουλίου έως τις 24 Ιουλίου 2014", "2014-07-22"},
		{"από τη Δευτέρα 22 Σεπτεμβρίου έως την Τετάρτη 24 Σεπτεμβρίου 2025", "2025-09-22"},
		{"από την Κυριακή 14 Δεκεμβρίου 2025", "2025-12-14"},
		{"από το Σάββατο 13 Δεκεμβρίου έως την Κυριακή 14 Δεκεμβρίου 2025", "2025-12-13"},
	})
	checkRangeCases(t, []rangeCase{
		{"Το συμπόσιο θα πραγματοποιηθεί από τις 22 έως 24 Ιουλίου 2014 στο Ακταίον", "2014-07-22", "24 Ιουλίου 2014"},
	})
	checkUnread(t, heldoutRef,
		"από 5 έως 10 άτομα",
		"από τις 9 έως τις 5",
		"από τον Ιούλιο του 2014",
		"από τις 22",
	)
	require.Empty(t, dateline.Find("Η αίθουσα είναι ανοιχτή από τις 9 έως τις 5 και χωράει από 5 έως 10 άτομα", heldoutRef))
}
