package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestWeekdayOpensLine: a weekday that opens the line after a dateline,
// with words after it on its line, opens a sentence of its own: "March 2,
// 2024\nSunday we met" was read with Sunday, a weekday error on a right
// date, and "9/12/1943\nביום רביעי נפגשנו" a Wednesday. A weekday alone on
// its line ("March 2, 2024\nSaturday", as a card prints it), or before the
// date on the next line, is still read with it; so is a weekday after a
// date on one line.
func TestWeekdayOpensLine(t *testing.T) {
	for _, c := range []struct{ text, match, day string }{
		{"March 2, 2024\nSunday we met at the synagogue.", "March 2, 2024", "2024-03-02"},
		{"9/12/1943\nביום רביעי נפגשנו", "9/12/1943", "1943-12-09"},
		{"9 בדצמבר 1959\nביום רביעי, נפגשנו", "9 בדצמבר 1959", "1959-12-09"},
		{"Le 2 mars 2024\nDimanche, nous avons prié.", "2 mars 2024", "2024-03-02"},
		{"March 2, 2024\nSaturday", "March 2, 2024\nSaturday", "2024-03-02"},
		{"March 2, 2024 Saturday we met", "March 2, 2024 Saturday", "2024-03-02"},
	} {
		ms := dateline.Find(c.text, heldoutRef)
		require.NotEmpty(t, ms, c.text)
		assert.Equal(t, c.match, ms[0].Input, c.text)
		assert.Equal(t, c.day, ms[0].Dateline.Time.Format("2006-01-02"), c.text)
		assert.True(t, ms[0].OK(), "%q: %+v", c.text, ms[0].Problems)
	}
	// The weekday on the next line that is wrong for the date is still
	// said where it is the date's.
	ms := dateline.Find("March 2, 2024\nSunday", heldoutRef)
	require.Len(t, ms, 1)
	assert.False(t, ms[0].OK())
}
