package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestErev: Erev X is the day before X, and the year after it is X's
// (issue 13, item 4).
func TestErev(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	tests := []struct {
		in, day, hebrew string
		code            dateline.Code
	}{
		{"Erev Rosh Chodesh Tammuz 5750", "1990-06-22", "29 Sivan 5750", ""},
		{"ערב ראש חודש תמוז תש״נ", "1990-06-22", "29 Sivan 5750", ""},
		{"Erev Rosh Hashana 5760", "1999-09-10", "29 Elul 5759", ""},
		{"Erev Rosh Hashana, October 2, 2024", "2024-10-02", "29 Elul 5784", ""},
		{"Erev Yom Kippur 5785", "2024-10-11", "9 Tishrei 5785", ""},
		{"Erev Pesach 5784", "2024-04-22", "14 Nisan 5784", ""},
		// Rosh Chodesh Kislev 5785 is 30 Cheshvan and 1 Kislev: its eve is
		// the 29th, and there is nothing to choose.
		{"Erev Rosh Chodesh Kislev 5785", "2024-11-30", "29 Cheshvan 5785", ""},
		{"Erev Rosh Chodesh Kislev, Thursday, November 28, 2024", "2024-11-28", "", dateline.CodeOccasion},
		{"Erev Rosh Chodesh Tammuz", "2026-06-14", "29 Sivan 5786", dateline.CodeYearInferred},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			if tc.hebrew != "" {
				assert.Equal(t, tc.hebrew, rep.Dateline.Hebrew.String())
			}
			if tc.code == "" {
				assert.Empty(t, rep.Problems)
				return
			}
			require.NotEmpty(t, rep.Problems)
			assert.Equal(t, tc.code, rep.Problems[0].Code)
		})
	}
	// Written by example: the eve of each Rosh Chodesh.
	l, err := dateline.LayoutOf("Erev Rosh Chodesh Tammuz 5750")
	require.NoError(t, err)
	d, err := dateline.Parse("29 Sivan 5784")
	require.NoError(t, err)
	assert.Equal(t, "Erev Rosh Chodesh Tammuz 5784", l.Format(d.Time, d.Hebrew))
	d, err = dateline.Parse("29 Adar I 5784")
	require.NoError(t, err)
	assert.Equal(t, "Erev Rosh Chodesh Adar II 5784", l.Format(d.Time, d.Hebrew))
	d, err = dateline.Parse("3 Tammuz 5784")
	require.NoError(t, err)
	assert.Equal(t, "5784", l.Format(d.Time, d.Hebrew), "no occasion the next day: nor the text before it, nor the space after it")
	// Check gives no layout string for it: the reference day is the eve
	// of no occasion, and the string it gave, "Erev Chanukah: 8th Day
	// 5766", compiles to another layout (found by parse's FuzzParse).
	for _, s := range []string{"Erev Rosh Chodesh Tammuz 5750", "Erev Rosh hodeCh AdAr"} {
		rep := dateline.Check(s, dateline.Reference(corpusReference))
		assert.True(t, rep.OK(), "%s: %v", s, rep.Problems)
		assert.Empty(t, rep.Layout, s)
	}
}

// TestErevWordsGermanRussian: the eve in German (Vorabend, with von or
// des), Russian (канун, накануне, with the name in the genitive),
// Ukrainian (напередодні) and Erev in Cyrillic letters (Ерев, Эрев) is
// the day before the occasion: "Am Vorabend von Pessach 2024", "В канун
// Песаха 2024 года" and "Ерев Песах 2024" were read from the name, as 15
// Nisan, with nothing said. Before a date without an occasion the word is
// prose, and the date is read alone.
func TestErevWordsGermanRussian(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ in, day, hebrew, text string }{
		{"Am Vorabend von Pessach 2024 trafen wir uns.", "2024-04-22", "14 Nisan 5784", "Vorabend von Pessach 2024"},
		{"Am Vorabend des Pessach 2024", "2024-04-22", "14 Nisan 5784", "Vorabend des Pessach 2024"},
		{"В канун Песаха 2024 года", "2024-04-22", "14 Nisan 5784", "канун Песаха 2024 года"},
		{"Накануне Песаха 2024 года", "2024-04-22", "14 Nisan 5784", "Накануне Песаха 2024 года"},
		{"Ерев Песах 2024", "2024-04-22", "14 Nisan 5784", "Ерев Песах 2024"},
		{"Эрев Йом Кипур 2024", "2024-10-11", "9 Tishrei 5785", "Эрев Йом Кипур 2024"},
		{"напередодні Песаху 2024", "2024-04-22", "14 Nisan 5784", "напередодні Песаху 2024"},
		// Prose before a date.
		{"Накануне, 2 марта 2024 года, мы встретились", "2024-03-02", "22 Adar I 5784", "2 марта 2024 года"},
		{"Am Vorabend, 2. März 2024, trafen wir uns", "2024-03-02", "22 Adar I 5784", "2. März 2024"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, ref)
			require.Len(t, ms, 1)
			assert.True(t, ms[0].Report.OK(), "%v", ms[0].Report.Problems)
			assert.Equal(t, tc.day, ms[0].Report.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.hebrew, ms[0].Report.Dateline.Hebrew.String())
			assert.Equal(t, tc.text, tc.in[ms[0].Start:ms[0].End])
		})
	}
	for _, in := range []string{"В канун Нового года", "Am Vorabend von Ostern"} {
		t.Run(in, func(t *testing.T) {
			assert.Empty(t, dateline.Find(in, ref))
		})
	}
}
