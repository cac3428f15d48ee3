package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout172DashedDoubleYear: an English double year, the legal year
// counted from March 25 and the historical one from January 1, joined by
// a hyphen or an en dash as genealogies write it, "20 January 1708-9"
// (josfamilyhistory.com, the hundred-and-seventy-second held-out round),
// as "1708/9" was read already: the hyphen's was no date, and the en
// dash's was read as its legal year alone, January 20, 1708 in the
// Gregorian calendar, a year and eleven days early, with nothing said.
// The date is Julian, as with a slash. A dash joins a range of years
// too, so that v+1 is a double year only before 1752 and after a day
// from January 1 to March 24, and never before a month (a range's end).
func TestHeldout172DashedDoubleYear(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"20 January 1708-9", "1709-01-31"},
		{"20 January 1708–9", "1709-01-31"},
		{"January 20, 1708-09", "1709-01-31"},
		{"20 Jan 1708-1709", "1709-01-31"},
		{"Jan. 20, 1708-9", "1709-01-31"},
		{"Thursday, January 20, 1708-9", "1709-01-31"},
		{"12 February 1709-10", "1710-02-23"},
		{"March 24, 1708–09", "1709-04-04"},
		{"20-Jan-1708-9", "1709-01-31"},
	})
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"b. 20 January 1708-9 in Boston", "1709-01-31"},
		{"such as above, 20 January 1708-9, or written 1708/09", "1709-01-31"},
	})
	// Not a double year: a day after March 24, a year from 1752 on, a
	// range of years, no day.
	checkUnread(t, heldoutRef, "20 July 1708-9", "March 25, 1708-9", "20 January 1752-3",
		"September 26, 2010-18", "January 1708-9")
	// A range whose end's day follows the dash is still a range.
	rep := dateline.Check("26 September 2010–10 October 2010", heldoutRef)
	assert.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "2010-09-26", rep.Dateline.Time.Format(time.DateOnly))
	// A weekday that is not the Julian date's is said.
	rep = dateline.Check("Friday, January 20, 1708-9", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
	// A legal year that is not the date's is a calendar error, as with a
	// slash: from 1752 the year began on January 1.
	for _, text := range []string{"20 January 1708-8", "20 January 1751-2"} {
		rep = dateline.Check(text, heldoutRef)
		assert.False(t, rep.OK(), text)
		require.NotEmpty(t, rep.Problems, text)
		assert.Equal(t, dateline.CodeCalendar, rep.Problems[len(rep.Problems)-1].Code, text)
	}
	// The layout writes the day back with its dash.
	for _, text := range []string{"20 January 1708-9", "20 January 1708–09"} {
		d, err := dateline.Parse(text, heldoutRef)
		require.NoError(t, err)
		l, err := dateline.LayoutOf(text)
		require.NoError(t, err)
		assert.Equal(t, text, l.Format(d.Time, d.Hebrew))
	}
}
