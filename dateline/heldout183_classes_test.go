package dateline_test

import (
	"testing"
	"time"

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

// TestHeldout183GreekMisaccentedMonth: a Greek month's genitive after its
// day written with its nominative's accent, a syllable early: "Ιούλιου"
// for Ιουλίου in "από τις 22 έως 24 Ιούλιου 2014" (verena.gr, the
// hundred-and-eighty-third held-out round), "Μάρτιου" for Μαρτίου. It was
// a syntax error; it is read as the month whose name it is without its
// accents, with the spelling info that says so, as a misspelt month is.
// A month's name alone, or one of another language, is no date, and free
// text takes a year-less day with it only with more beside it.
func TestHeldout183GreekMisaccentedMonth(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"από τις 22 έως 24 Ιούλιου 2014", "2014-07-22"},
		{"22 Ιούλιου 2014", "2014-07-22"},
		{"24 Μάρτιου 2014", "2014-03-24"},
		{"1 Απρίλιου 2024", "2024-04-01"},
		{"Τρίτη 22 Ιούλιου 2014", "2014-07-22"},
		{"22 Ιούλιου 2014 στις 19:00", "2014-07-22"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			require.True(t, rep.OK(), "%v", rep.Problems)
			require.Equal(t, tc.want, rep.Dateline.Time.Format(time.DateOnly))
			require.Contains(t, reportCodes(rep, dateline.Info), dateline.CodeSpelling)
		})
	}
	// The right accent, or capitals without one, is no misspelling.
	for _, text := range []string{"22 Ιουλίου 2014", "22 ΙΟΥΛΙΟΥ 2014"} {
		rep := dateline.Check(text, heldoutRef)
		require.True(t, rep.OK(), "%v", rep.Problems)
		require.NotContains(t, reportCodes(rep, dateline.Info), dateline.CodeSpelling, text)
	}
	checkRangeCases(t, []rangeCase{
		{"Το συμπόσιο θα πραγματοποιηθεί από τις 22 έως 24 Ιούλιου 2014 στο Ακταίον", "2014-07-22", "24 Ιούλιου 2014"},
	})
	checkUnread(t, heldoutRef, "Ιούλιου 2014", "22 Ιούλιουυ 2014", "22 Ιούλ 2014x")
	require.Empty(t, dateline.Find("η συνάντηση στις 22 Ιούλιου θα γίνει", heldoutRef))
}

// TestHeldout183GreekLeadArticle: Greek's article before a date's first
// day or weekday, the nominative η, the accusative την, τη and το, the
// genitive της, as the Romance languages' "el 15 de septiembre": "Η 27η
// Ιανουαρίου" (iefimerida.gr, the hundred-and-eighty-third held-out
// round: the 27th of January, Holocaust Remembrance Day) was a syntax
// error whole. It is read as the date after it (without its year, the
// year nearest the reference, said); an article before a year, or
// before no date, is still no date, and free text takes no more than
// before.
func TestHeldout183GreekLeadArticle(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"την 27η Ιανουαρίου 2026", "2026-01-27"},
		{"η 27η Ιανουαρίου 2026", "2026-01-27"},
		{"την Κυριακή 19 Μαρτίου 2023", "2023-03-19"},
		{"τη Δευτέρα 22 Σεπτεμβρίου 2025", "2025-09-22"},
		{"το Σάββατο 13 Δεκεμβρίου 2025", "2025-12-13"},
		{"της 25ης Μαρτίου 1944", "1944-03-25"},
		{"το 12 Ιουλίου 2014", "2014-07-12"},
	})
	page := dateline.Reference(time.Date(2026, time.January, 28, 0, 0, 0, 0, time.UTC))
	checkWholeInferred(t, page, "Η 27η Ιανουαρίου", "2026-01-27")
	checkUnread(t, heldoutRef, "το 2014", "η 27η", "η Κυριακή", "η 2η θέση", "την 27η επέτειο")
	require.Empty(t, dateline.Find("Η 27η επέτειος της κοινότητας και η 2η θέση", heldoutRef))
}
