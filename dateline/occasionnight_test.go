package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestOccasionNight: "the second night of Chanukah" is the evening on
// which its second day begins: its civil day is that evening's, its
// Hebrew date, from sunset, the second day's. It was read as the first
// day (the words before the occasion left out of the match, or a syntax
// error in Check). A night that is not the date's is an occasion error
// that names the evening it is.
func TestOccasionNight(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ in, day, hebrew string }{
		{"Second night of Chanukah, Thursday, December 26, 2024", "2024-12-26", "26 Kislev 5785"},
		{"Fifth night of Chanukah, Sunday, December 29, 2024", "2024-12-29", "29 Kislev 5785"},
		{"8th night of Chanukah, Wednesday, January 1, 2025", "2025-01-01", "2 Tevet 5785"},
		{"Second night of Chanukah, December 26, 2024 | 26 Kislev 5785", "2024-12-26", "26 Kislev 5785"},
		{"First night of Chanukah, Wednesday, December 25, 2024", "2024-12-25", "25 Kislev 5785"},
		{"Second night of Chanukah 5785", "2024-12-26", "26 Kislev 5785"},
		{"2nd night of Chanukah 5785", "2024-12-26", "26 Kislev 5785"},
		{"First night of Pesach 5784", "2024-04-22", "15 Nisan 5784"},
		{"Second night of Pesach 5784", "2024-04-23", "16 Nisan 5784"},
		// A day is its own day.
		{"Second day of Chanukah 5785", "2024-12-27", "26 Kislev 5785"},
	} {
		rep := dateline.Check(tc.in, ref)
		if assert.True(t, rep.OK(), "%s: %v", tc.in, rep.Problems) {
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"), tc.in)
			assert.Equal(t, tc.hebrew, rep.Dateline.Hebrew.String(), tc.in)
		}
	}
	for in, msg := range map[string]string{
		"Second night of Chanukah, Wednesday, December 25, 2024":       "night 2 of Chanukah 5785 is the evening of December 26, 2024 (26 Kislev 5785 from sunset), not of December 25, 2024",
		"Second night of Chanukah, December 26, 2024 | 25 Kislev 5785": "",
		"Ninth night of Chanukah 5785":                                 "Chanukah 5785 has no day 9: 3 Tevet 5785 is not one of its days",
	} {
		rep := dateline.Check(in, ref)
		if assert.False(t, rep.OK(), in) && msg != "" {
			assert.Equal(t, msg, rep.Problems[len(rep.Problems)-1].Message, in)
		}
	}
	// In running text the night is the dateline's.
	ms := dateline.Find("Light the candles on the second night of Chanukah, Thursday, December 26, 2024.", ref)
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "26 Kislev 5785", ms[0].Report.Dateline.Hebrew.String())
	}
}
