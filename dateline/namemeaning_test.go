package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestMonthNameOfTwoLanguages: a month's name that two languages give two
// months (listopada: November in Polish, October in Croatian; listopad
// in Czech too) is read in the language the dateline's other words say
// (a weekday, "godine", a Hebrew date that one month fits), else as the
// custom of its day says (a dot after the day is Croatian's norm, none
// Polish's), else as the first language's, with a warning that names both.
// It was read as November whatever the text said.
func TestMonthNameOfTwoLanguages(t *testing.T) {
	tests := []struct {
		in, day string
	}{
		{"srijeda, 18. listopada 2023.", "2023-10-18"},        // Croatian's weekday
		{"Srijeda, 18 listopada 2023", "2023-10-18"},          // even without the dot
		{"środa, 15 listopada 2023", "2023-11-15"},            // Polish's weekday
		{"Środa, 15. listopada 2023", "2023-11-15"},           // even with the dot
		{"15. listopada 2023. godine", "2023-10-15"},          // Croatian's (and Serbian's) word
		{"15 listopada 2023 r.", "2023-11-15"},                // Polish's
		{"15 listopada 2023 (30 Tishri 5784)", "2023-10-15"},  // the Hebrew date fits October only
		{"15. listopada 2023. (2 Kislev 5784)", "2023-11-15"}, // and November only
		{"Sunday, 15 listopada 2023", "2023-10-15"},           // the weekday fits October only
		{"15. listopada 2023.", "2023-10-15"},                 // the day's dot: Croatian's norm
		{"15 listopada 2023", "2023-11-15"},                   // no dot: Polish's
		{"1. listopada 2024., 12:00", "2024-10-01"},           // Croatian's published layout
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			assert.Empty(t, rep.Problems)
			l, err := dateline.LayoutOf(tc.in)
			require.NoError(t, err)
			d, err := dateline.Parse(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.in, l.Format(d.Time, d.Hebrew), "written back as it was")
		})
	}
	// A month named alone, with nothing to say its language: read as the
	// first language's, with a warning that names both.
	rep := dateline.Check("listopad 2023")
	require.True(t, rep.OK(), "%v", rep.Problems)
	var warned bool
	for _, p := range rep.Problems {
		if p.Code == dateline.CodeDateAmbiguous {
			warned = true
			assert.Equal(t, dateline.Warning, p.Severity)
			assert.Contains(t, p.Message, `"listopad" is November in pl and cs and October in hr`)
			assert.Equal(t, [2]int{0, 8}, [2]int{p.Start, p.End})
		}
	}
	assert.True(t, warned, "%v", rep.Problems)
	// Prose that looks like the words is no date.
	for _, s := range []string{"Listopad je mjesec.", "o listopadzie"} {
		assert.Empty(t, dateline.Find(s), s)
	}
}
