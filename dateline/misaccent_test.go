package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestMisaccentedNames: a month's or weekday's name with an accent on
// another letter, or of another kind, than CLDR's is read as the name,
// with an info that says so, as a misspelt name is: Italian's acute
// accent for its grave one ("Martedí 7 Marzo, 2023", read from its day
// with its weekday left out and a wrong one unsaid), Spanish's accent
// where none is ("márzo"), Greek's genitive with the nominative's accent
// ("24 Ιούλιου 2014"). As a misspelt name, free text counts it only with
// a year or a time beside it, or, a weekday, before a day and a month
// written right; and an abbreviation so written stays prose.
func TestMisaccentedNames(t *testing.T) {
	for _, tc := range []struct{ text, day, name string }{
		{"Martedí 7 Marzo, 2023", "2023-03-07", "Martedí"},
		{"venerdí 10 marzo 2023", "2023-03-10", "venerdí"},
		{"MARTEDÍ 7 MARZO 2023", "2023-03-07", "MARTEDÍ"},
		{"Sábado 11 de márzo 2023", "2023-03-11", "márzo"},
		{"24 Ιούλιου 2014", "2014-07-24", "Ιούλιου"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			require.Len(t, rep.Problems, 1)
			p := rep.Problems[0]
			assert.Equal(t, dateline.CodeSpelling, p.Code)
			assert.Equal(t, tc.name, tc.text[p.Start:p.End])
			assert.Contains(t, p.Message, "with an accent on another letter")
			assert.Len(t, dateline.Find("Il post: "+tc.text+".", heldoutRef), 1)
		})
	}
	// The weekday is checked: Tuesday is no Wednesday.
	rep := dateline.Check("Martedí 8 Marzo, 2023")
	assert.False(t, rep.OK())
	assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
	// A layout learnt from it writes CLDR's name.
	l, err := dateline.Compile("Martedí 7 Marzo, 2023")
	require.NoError(t, err)
	d, err := dateline.Parse("2023-03-08")
	require.NoError(t, err)
	assert.Equal(t, "Mercoledì 8 Marzo, 2023", l.Format(d.Time, d.Hebrew))
	// An abbreviation so written stays prose.
	for _, m := range dateline.Find("il 15 líp 2023", heldoutRef) {
		assert.NotContains(t, "il 15 líp 2023"[m.Start:m.End], "í")
	}
	// Without a year, a weekday before a day and a month written right
	// is the weekday's date (see TestSlipWeekdayYearless): before, the
	// date was read alone, on a Tuesday of 2026.
	ms := dateline.Find("Venerdí 10 marzo", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, 0, ms[0].Start, "the weekday is read")
	assert.Equal(t, "2023-03-10", ms[0].Dateline.Time.Format("2006-01-02"))
}
