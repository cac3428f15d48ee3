package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
	"github.com/dualdate/dualdate/occasion"
)

// TestParseErev: Erev and an occasion hebcal does not name with Erev is a
// Holiday shifted by a day, and the Hebrew year after an eve is the
// occasion's, shifted by a day too (issue 13, item 4).
func TestParseErev(t *testing.T) {
	tests := []struct {
		in        string
		name      string // the occasion's key
		shift     int16  // the Holiday's
		yearShift int16
		layout    string
	}{
		{"Erev Rosh Chodesh Tammuz 5750", "rosh chodesh tammuz", 1, 1, "Erev Chanukah: 8th Day 5766"},
		{"ערב ראש חודש תמוז תש״נ", "ראש חודש תמוז", 1, 1, "ערב חנוכה: יום ח׳ תשס״ו"},
		{"Erev Shabbat Zachor 5784", "shabbat zachor", 1, 1, "Erev Chanukah: 8th Day 5766"},
		{"Erev Rosh Hashana 5760", "erev rosh hashana", 0, 1, "Chanukah: 8th Day 5766"},
		{"Erev Pesach 5784", "erev pesach", 0, 1, "Chanukah: 8th Day 5766"},
		{"Rosh Hashana 5760", "rosh hashana", 0, 0, "Chanukah: 8th Day 5766"},
	}
	names := occasion.Names()
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			r, err := parse.Parse(tc.in)
			require.NoError(t, err)
			checkResult(t, r)
			f, ok := r.Get(layout.Holiday)
			require.True(t, ok)
			assert.Equal(t, tc.name, occasion.Key(names[f.Value].Text))
			assert.Equal(t, tc.shift, f.Shift, "the holiday's shift")
			y, ok := r.Get(layout.HebrewYear)
			require.True(t, ok)
			assert.Equal(t, tc.yearShift, y.Shift, "the year's shift")
			assert.Equal(t, tc.layout, r.Layout().String())
			assert.Equal(t, tc.layout, parse.Layout(tc.layout).String(), "layout of the layout")
		})
	}
}

// TestErevRoshChodeshSpellings: the month of Erev Rosh Chodesh is read in
// any spelling, as after Rosh Chodesh alone.
func TestErevRoshChodeshSpellings(t *testing.T) {
	names := occasion.Names()
	for in, want := range map[string]string{
		"Erev Rosh Chodesh Tamuz 5769":       "rosh chodesh tammuz",
		"Erev Rosh Chodesh Adar Beis 5784":   "rosh chodesh adar ii",
		"Erev Rosh Chodesh Adar Rishon 5784": "rosh chodesh adar i",
		"ערב ר״ח תמוז תשפ״ד":                 "rosh chodesh tammuz",
	} {
		t.Run(in, func(t *testing.T) {
			r, err := parse.Parse(in)
			require.NoError(t, err)
			f, ok := r.Get(layout.Holiday)
			require.True(t, ok)
			assert.Equal(t, want, occasion.Key(names[f.Value].Text))
			assert.Equal(t, int16(1), f.Shift)
		})
	}
}
