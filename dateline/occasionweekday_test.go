package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// A weekday named with an occasion of several days and no date is that
// weekday among the occasion's days: "Shabbat Chanukah 5785" is the
// Saturday of Chanukah. It was the occasion's first day, with a weekday
// error on a right page; "Motzei Shabbos Chanukah" is its Saturday
// night.
func TestOccasionWeekday(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkDayHebs(t, ref, []struct{ text, day, heb string }{
		{"Shabbat Chanukah 5785", "2024-12-28", "27 Kislev 5785"},
		{"Shabbos Chanukah, 5785", "2024-12-28", "27 Kislev 5785"},
		{"Erev Shabbat Chanukah 5785", "2024-12-27", "26 Kislev 5785"},
		{"Friday, Chanukah 5785", "2024-12-27", "26 Kislev 5785"},
		{"Thursday, Chanukah 5785", "2024-12-26", "25 Kislev 5785"}, // the first day
		{"Monday, Pesach 5784", "2024-04-29", "21 Nisan 5784"},
		{"Shabbat Pesach 5784", "2024-04-27", "19 Nisan 5784"},
		{"שבת חנוכה תשפ״ה", "2024-12-28", "27 Kislev 5785"},
		// A weekday's evening: the civil day's, with the next day's
		// Hebrew date, from sunset.
		{"Motzei Shabbos Chanukah 5785", "2024-12-28", "28 Kislev 5785"},
		{"Saturday night, Chanukah 5785", "2024-12-28", "28 Kislev 5785"},
		{"Motzei Shabbat, Sukkot 5785", "2024-10-19", "18 Tishrei 5785"},
	})
	// An occasion of one day keeps its day, and the weekday's error.
	r := dateline.Check("Sunday, Yom Kippur 5785", ref)
	assert.False(t, r.OK())
	assert.Equal(t, "10 Tishrei 5785", r.Dateline.Hebrew.String())
}
