package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHungarianHebrewDates: Hungarian writes a Hebrew date as it writes a
// Gregorian one, year first with its point and a point after the day
// ("5779. niszán 1.", "Tisri 1., 5784"), and the Adars of a leap year with
// their ordinal before the name, as the calendars of Budapest's
// communities print them ("I. Ádár 24", "II. Ádár 14"). Each reads as its
// day, and a layout written so writes it so.
func TestHungarianHebrewDates(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	tests := []struct {
		in, day, hebrew string
	}{
		{"5779. niszán 1.", "2019-04-06", "1 Nisan 5779"},
		{"5779. Niszán 1", "2019-04-06", "1 Nisan 5779"},
		{"5779. II. Ádár 14.", "2019-03-21", "14 Adar II 5779"},
		{"Tisri 1., 5784", "2023-09-16", "1 Tishrei 5784"},
		{"I. Ádár 24, 5779", "2019-03-01", "24 Adar I 5779"},
		{"II. Ádár 14, 5779", "2019-03-21", "14 Adar II 5779"},
		{"II. Adar 14, 5784", "2024-03-24", "14 Adar II 5784"},
		{"2019. március 21., csütörtök | 5779. II. Ádár 14.", "2019-03-21", "14 Adar II 5779"},
		{"2023. szeptember 16., szombat (5784. Tisri 1.)", "2023-09-16", "1 Tishrei 5784"},
		{"2023. szeptember 16. (Tisri 1., 5784)", "2023-09-16", "1 Tishrei 5784"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.hebrew, rep.Dateline.Hebrew.String())
		})
	}
	// Caught as any dateline is: a day that is not the Gregorian date's,
	// Adar II in a common year.
	for _, in := range []string{
		"2019. március 21., csütörtök | 5779. II. Ádár 16.",
		"II. Ádár 14, 5785",
		"5785. II. Ádár 14.",
	} {
		assert.False(t, dateline.Check(in, ref).OK(), in)
	}
	// Written by example, the ordinal before the name and the year first.
	l, err := dateline.LayoutOf("2019. március 21., csütörtök | 5779. II. Ádár 14.")
	require.NoError(t, err)
	for day, want := range map[string]string{
		"2024-03-24": "2024. március 24., vasárnap | 5784. II. Ádár 14.",
		"2024-02-23": "2024. február 23., péntek | 5784. I. Ádár 14.",
		"2025-03-14": "2025. március 14., péntek | 5785. Ádár 14.",
	} {
		d, err := dateline.Parse(day)
		require.NoError(t, err)
		assert.Equal(t, want, l.Format(d.Time, d.Hebrew), day)
	}
	// Prose: a Roman numeral with its point before other words, and an
	// I at a sentence's end, are no Adar.
	for _, in := range []string{
		"Chapter I. Adam and Eve.",
		"Part II. Adaptations of the text",
		"I. Ádám, 1990",
	} {
		assert.Empty(t, dateline.Find(in, ref), in)
	}
}
