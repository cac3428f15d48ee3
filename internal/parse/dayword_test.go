package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// TestDayWordValues: every English ordinal word of a day reads as that
// day, in any letter case, before a month of either calendar, with "day
// of" and "the month of" between them.
func TestDayWordValues(t *testing.T) {
	units := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
	teens := []string{"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"}
	days := map[string]int{"twentieth": 20, "thirtieth": 30, "thirty-first": 31, "Thirty-First": 31}
	for i, u := range units {
		days[u], days["twenty-"+u] = i+1, 21+i
	}
	for i, w := range teens {
		days[w] = 10 + i
	}
	for w, v := range days {
		for _, in := range []string{
			"the " + w + " of October 2024",
			"The " + w + " day of Tishrei 5785",
			"the " + w + " of the Hebrew month of Tishrei 5785",
		} {
			t.Run(in, func(t *testing.T) {
				r, err := parse.Parse(in)
				require.NoError(t, err)
				kind := layout.HebrewDay
				if _, civil := r.Get(layout.Month); civil {
					kind = layout.Day
				}
				d, ok := r.Get(kind)
				require.True(t, ok)
				assert.Equal(t, v, d.Value)
				assert.Equal(t, w, in[d.Start:d.End])
			})
		}
	}
}

// TestDayWordMonthOf: "of the (Hebrew, Jewish) month of" between a day in
// digits and its month is read as "of" is, and "of the month" right
// before a Hebrew month's name too, as an English record of 1843 writes
// it ("the thirteenth day of the month Ab", round 42); other text after
// "of the" is not a month's.
func TestDayWordMonthOf(t *testing.T) {
	for in, ok := range map[string]bool{
		"26th of the Hebrew month of Ellul 5785": true,
		"the 3rd of the Jewish month of Kislev":  true,
		"the 3rd of the month of Kislev":         true,
		"the 3rd of the Month Of Kislev 5785":    true,
		"the 3rd of the month Kislev":            true,
		"the 3rd of the Hebrew Kislev":           false,
		"the 3rd of the month was Kislev":        false,
		"the 3rd of the monthly Kislev":          false,
	} {
		t.Run(in, func(t *testing.T) {
			_, err := parse.Parse(in)
			assert.Equal(t, ok, err == nil, "%v", err)
		})
	}
}
