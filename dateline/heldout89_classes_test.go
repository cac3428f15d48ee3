package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout89OccasionYearFrom: an occasion's name with its year right
// after it, Gregorian or Hebrew, then "from" and the range of that year's
// days, with or without a verb between: "Passover 2023 will be celebrated
// from April 5 to April 13." (agreen1, the eighty-ninth held-out round)
// was read as two datelines, the occasion's own first day and the range
// apart from it with the civil day's Hebrew date. "From" opened a range
// after the name alone ("Passover will be celebrated from April 5 to
// April 13"), not after its year. The range's day is the one read;
// a year of its own that is not the occasion's is reported, as before;
// a "from" before no date joins nothing ("from 10 to 12 people"), and a
// year before the name is no occasion's year.
func TestHeldout89OccasionYearFrom(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Passover 2023 will be celebrated from April 5 to April 13.",
			"Passover 2023 will be celebrated from April 5 to April 13", "2023-04-05", "15 Nisan 5783"},
		{"Hanukkah 2024 will be celebrated from December 25 to January 2.",
			"Hanukkah 2024 will be celebrated from December 25 to January 2", "2024-12-25", "25 Kislev 5785"},
		{"Hanukkah 2024: from December 25 to January 2",
			"Hanukkah 2024: from December 25 to January 2", "2024-12-25", "25 Kislev 5785"},
		{"Pesach 5783 from April 5 to April 13", "Pesach 5783 from April 5 to April 13", "2023-04-05", "15 Nisan 5783"},
		{"Passover 2023 will be celebrated from sundown April 5 to nightfall April 13.",
			"Passover 2023 will be celebrated from sundown April 5 to nightfall April 13", "2023-04-05", "15 Nisan 5783"},
		{"Sukkot 2024 will be celebrated from 16 October to 23 October.",
			"Sukkot 2024 will be celebrated from 16 October to 23 October", "2024-10-16", "15 Tishrei 5785"},
		// As before: the name alone, or the year after the range.
		{"Passover will be celebrated from April 5 to April 13, 2023.",
			"Passover will be celebrated from April 5 to April 13, 2023", "2023-04-05", "15 Nisan 5783"},
	})
	for _, tc := range []struct{ text, match, day string }{
		// A "from" before no date: the occasion alone.
		{"Passover 2023 from 10 to 12 people attended.", "Passover 2023", "2023-04-06"},
		{"Passover 2023 from the 5th", "Passover 2023", "2023-04-06"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findOneOK(t, tc.text, heldoutRef)
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.Equal(t, tc.day, m.Dateline.Time.Format("2006-01-02"))
		})
	}
	t.Run("a year of its own is reported", func(t *testing.T) {
		ms := dateline.Find("Passover 2023 from April 5, 2024 to April 13, 2024", heldoutRef)
		require.NotEmpty(t, ms)
		assert.False(t, ms[0].OK(), "%v", ms[0].Problems)
	})
	t.Run("a year before the name", func(t *testing.T) {
		// "2023 Passover" names no occasion's year: the range is read
		// from the year on, with the occasion's day, as before.
		m := findOneOK(t, "In 2023 Passover will be celebrated from April 5 to April 13.", heldoutRef)
		assert.Equal(t, "2023-04-05", m.Dateline.Time.Format("2006-01-02"))
	})
}
