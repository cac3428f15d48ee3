package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout138DaytimeLabel: a dash between a civil date and its Hebrew
// date followed by the word "day", which labels the Hebrew date as the
// daytime's: "Shavuot 1 Fri. May 26th -day Sivan 6, 5783" (a reading
// schedule of the Lion of Judah Society on BlogTalkRadio,
// percolate.blogtalkradio.com, the hundred-and-thirty-eighth held-out
// round) was two datelines, the civil date alone with the year inferred
// and the Hebrew date alone. The label is read after the dash, glued to
// it or not, and only before a Hebrew month's name; the two dates are then
// checked against each other as one dateline's.
func TestHeldout138DaytimeLabel(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Shavuot 1 Fri. May 26th -day Sivan 6, 5783", "2023-05-26", "6 Sivan 5783"},
		{"Fri. May 26th -day Sivan 6, 5783", "2023-05-26", "6 Sivan 5783"},
		{"Fri. May 26th - day Sivan 6, 5783", "2023-05-26", "6 Sivan 5783"},
		{"Thursday, March 23, 2023 -day Nisan 1, 5783", "2023-03-23", "1 Nisan 5783"},
		{"Sun. Oct. 13th - day Tishrei 11, 5785", "2024-10-13", "11 Tishrei 5785"},
		{"Fri. May 26th -day 6 Sivan 5783", "2023-05-26", "6 Sivan 5783"},
	})
	// A weekday that is not the day's, and a Hebrew date two days off,
	// are errors, not a day guessed.
	m := oneMatch(t, "Sat. May 26th -day Sivan 6, 5783", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	m = oneMatch(t, "Fri. May 26th -day Sivan 8, 5783", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeCalendar}, severityCodes(m, dateline.Error))
	// "day" before anything but a Hebrew month is prose, and the date is
	// read alone.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Sunday, May 28, 2023 - day of rest", "2023-05-28"},
		{"Friday, May 26, 2023 -day one of the conference", "2023-05-26"},
		{"-day Sivan", ""},
	})
}
