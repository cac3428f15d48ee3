package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestGermanAmBeforeDay: German's "am" (on the) before a day with its
// point is no a.m. after a number: "Das Spiel endete 9 auf 10 am 5.
// November 2020" was read as 10:00 am on November 5, a time the text does
// not state. An "am" before a day written as English writes it, or an
// "AM", is still a.m.
func TestGermanAmBeforeDay(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ text, match string }{
		{"Das Spiel endete 9 auf 10 am 5. November 2020", "5. November 2020"},
		{"Treffen um 10 am 5.11.2020 in Berlin", "5.11.2020"},
	} {
		ms := dateline.Find(tc.text, ref)
		require.Len(t, ms, 1, tc.text)
		assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
		assert.False(t, ms[0].Dateline.HasTime, tc.text)
	}
	for _, text := range []string{"at 10 am 5 November 2020", "10 am, 5 November 2020", "10 AM 5. November 2020"} {
		ms := dateline.Find(text, ref)
		require.Len(t, ms, 1, text)
		assert.True(t, ms[0].Dateline.HasTime, text)
		assert.Equal(t, "10:00", ms[0].Dateline.Time.Format("15:04"), text)
	}
}

// TestOccasionErrorNamesItsYear: the error of a date that is not its
// occasion's names the occasion in the Hebrew year the text gives it, not
// the one nearest the day read: "1.2. Chanuka 5783" said "Chanuka 5782 is
// 25 Kislev 5782".
func TestOccasionErrorNamesItsYear(t *testing.T) {
	rep := dateline.Check("February 1, Chanuka 5783", dateline.Reference(corpusReference))
	require.False(t, rep.OK())
	found := false
	for _, p := range rep.Problems {
		if p.Code == dateline.CodeOccasion {
			found = true
			assert.Contains(t, p.Message, "Chanuka 5783 is 25 Kislev 5783 (December 19, 2022)")
		}
	}
	assert.True(t, found, "%v", rep.Problems)
}

// TestGluedMonthLayout: a month's name glued to its day ("Friday,
// December17, 2010", read since the fifty-fifth round) is no layout: it
// would write May as "May23", which reads as no date (found by
// FuzzFormat in CI, its seed kept). The dateline is read; LayoutOf and
// Compile refuse it, and its Report.Layout is "".
func TestGluedMonthLayout(t *testing.T) {
	rep := dateline.Check("Friday, December17, 2010")
	require.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "2010-12-17", rep.Dateline.Time.Format("2006-01-02"))
	assert.Empty(t, rep.Layout)
	for _, l := range []string{"Friday, December17, 2010", "MArCh1 0000", "Posted December17, 2010"} {
		_, err := dateline.Compile(l)
		assert.ErrorIs(t, err, dateline.ErrLayout, l)
	}
}
