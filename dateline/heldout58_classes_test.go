package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestGreekUntil: a range of whole dates joined by Greek's έως (until),
// with the accusative article before the end's weekday or number (the
// fifty-eighth held-out round's "από τη Δευτέρα 22 Σεπτεμβρίου με τη δύση
// του ηλίου έως την Τετάρτη 24 Σεπτεμβρίου"): την, τη, το (Σάββατο's) and
// τις. Its first day is the dateline's, its end's weekday is checked, and
// a sunset after the start gives the evening's Hebrew date, as "from
// Monday, September 22 at sunset until Wednesday, September 24" does.
// Before, its two ends were two datelines. After έως, words that are no
// date ("έως την τελευταία μέρα", until the last day) leave the start
// alone.
func TestGreekUntil(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"από τη Δευτέρα 22 Σεπτεμβρίου έως την Τετάρτη 24 Σεπτεμβρίου 2025", "Δευτέρα 22 Σεπτεμβρίου έως την Τετάρτη 24 Σεπτεμβρίου 2025", "2025-09-22", "29 Elul 5785"},
		{"από τη Δευτέρα 22 Σεπτεμβρίου με τη δύση του ηλίου έως την Τετάρτη 24 Σεπτεμβρίου 2025", "Δευτέρα 22 Σεπτεμβρίου με τη δύση του ηλίου έως την Τετάρτη 24 Σεπτεμβρίου 2025", "2025-09-22", "1 Tishrei 5786"},
		{"από το Σάββατο 27 Μαρτίου έως την Κυριακή 4 Απριλίου 2021", "Σάββατο 27 Μαρτίου έως την Κυριακή 4 Απριλίου 2021", "2021-03-27", "14 Nisan 5781"},
		{"από 22 Σεπτεμβρίου έως τις 24 Σεπτεμβρίου 2025", "22 Σεπτεμβρίου έως τις 24 Σεπτεμβρίου 2025", "2025-09-22", "29 Elul 5785"},
		{"Δευτέρα 22 Σεπτεμβρίου 2025 έως Τετάρτη 24 Σεπτεμβρίου 2025", "Δευτέρα 22 Σεπτεμβρίου 2025 έως Τετάρτη 24 Σεπτεμβρίου 2025", "2025-09-22", "29 Elul 5785"},
	})
	for _, tc := range []struct{ text, match string }{
		{"Δευτέρα 22 Σεπτεμβρίου 2025 έως την τελευταία μέρα", "Δευτέρα 22 Σεπτεμβρίου 2025"},
		{"Δευτέρα 22 Σεπτεμβρίου 2025 έως την Τετάρτη το πρωί", "Δευτέρα 22 Σεπτεμβρίου 2025"},
		{"Δευτέρα 22 Σεπτεμβρίου 2025 έως 24 άτομα", "Δευτέρα 22 Σεπτεμβρίου 2025"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End], "no range")
		})
	}
	rep := dateline.Check("Δευτέρα 22 Σεπτεμβρίου έως την Πέμπτη 24 Σεπτεμβρίου 2025", ref)
	var codes []dateline.Code
	for _, p := range rep.Problems {
		codes = append(codes, p.Code)
	}
	assert.Contains(t, codes, dateline.CodeWeekday, "the end's weekday is checked: 24 September 2025 is a Wednesday")
}
