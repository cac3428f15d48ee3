package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout115DateMarksOccasion: English's "marks" (and "marked")
// between a civil date and the occasion whose day or eve it is, as "is"
// and "falls" stand there: "Sunday, Dec. 18, marks the official first
// night of Hanukkah" (BK Reader, the hundred-and-fifteenth held-out
// round) was read right only because its sentence's occasion fitted the
// year-less date; with a year ("Sunday, Dec. 18, 2022, marks the first
// night of Hanukkah") the occasion was left out, and a date that is not
// its eve ("Sunday, Dec. 10, 2023, marks the first night of Hanukkah")
// was read alone with nothing said. The date and the occasion are one
// dateline now, checked as one; "marks" before no occasion joins
// nothing.
func TestHeldout115DateMarksOccasion(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Sunday, Dec. 18, marks the official first night of Hanukkah", "2022-12-18", "25 Kislev 5783"},
		{"Sunday, Dec. 18, 2022, marks the first night of Hanukkah", "2022-12-18", "25 Kislev 5783"},
		{"Sunday, December 22, marked the official first night of Hanukkah", "2019-12-22", "25 Kislev 5780"},
		{"Monday, April 22, 2024, marks the first night of Passover", "2024-04-22", "15 Nisan 5784"},
		{"December 7, 2023 marks the first night of Hanukkah", "2023-12-07", "25 Kislev 5784"},
		{"October 2, 2024 marks Rosh Hashanah", "2024-10-02", "1 Tishrei 5785"},
	})
	// A day that is not the occasion's, or its eve, is said.
	for _, text := range []string{
		"Sunday, Dec. 10, 2023, marks the first night of Hanukkah",
		"Tuesday, April 23, 2024, marks the first night of Passover",
	} {
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error), text)
	}
	// A Hebrew date after "marked" is the date's, as after "was": a day
	// ahead is the evening's, said with a warning; two days apart, an
	// error (the two were read as two days, with nothing said).
	m := oneMatch(t, "The farbrengen on Dec. 30, 1980 marked 24 Teves, the yom hilulah.", heldoutRef)
	assert.Equal(t, "1980-12-30", m.Dateline.Time.Format("2006-01-02"))
	assert.Equal(t, []dateline.Code{dateline.CodeAfterSunset}, severityCodes(m, dateline.Warning))
	m = oneMatch(t, "The farbrengen on Dec. 29, 1980 marked 24 Teves, the yom hilulah.", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeCalendar}, severityCodes(m, dateline.Error))
	// "marks" before no occasion is prose: the date is read alone.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"December 7, 2023 marks the anniversary of Pearl Harbor", "2023-12-07"},
		{"The date marks 25 years", ""},
	})
}

// TestHeldout115OccasionNightLayout: a layout that names an occasion's
// night before its civil day and a clock, as "the first night of
// Passover, Monday, April 22 at 5:45 pm" (Times Leader, the
// hundred-and-fifteenth held-out round) does, wrote an hour before noon
// on a day without that occasion as of the night before, with the words
// of the night left out with the occasion: 00:05 on 25 December 2025 as
// "Wednesday, December 24 at 12:05 am", which reads as the 24th, a wrong
// day with nothing said. Where the night is not written, the hour is of
// its own day; where it is, of the night before, as before.
func TestHeldout115OccasionNightLayout(t *testing.T) {
	l, err := dateline.LayoutOf("the first night of Passover, Monday, April 22 at 5:45 pm")
	require.NoError(t, err)
	for _, tc := range []struct {
		day  time.Time
		want string
	}{
		{time.Date(2025, time.December, 25, 0, 5, 0, 0, time.UTC), "Thursday, December 25 at 12:05 am"},
		{time.Date(2025, time.February, 3, 9, 30, 0, 0, time.UTC), "Monday, February 3 at 9:30 am"},
		{time.Date(2025, time.February, 3, 14, 7, 0, 0, time.UTC), "Monday, February 3 at 2:07 pm"},
		// The night of Passover, written: the hour after midnight is its.
		{time.Date(2025, time.April, 13, 1, 30, 0, 0, time.UTC), "the first night of Pesach, Saturday, April 12 at 1:30 am"},
		{time.Date(2025, time.April, 12, 20, 15, 0, 0, time.UTC), "the first night of Pesach, Saturday, April 12 at 8:15 pm"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			s := dateline.New(tc.day).Format(l.String())
			assert.Equal(t, tc.want, s)
			rep := dateline.Check(s, dateline.Reference(tc.day))
			require.NoError(t, rep.Err())
			assert.Equal(t, tc.day.Format("2006-01-02"), rep.Dateline.Time.Format("2006-01-02"))
		})
	}
}
