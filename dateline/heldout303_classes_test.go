package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout303CommaBeforeRangeDash: a range of two whole dates whose
// start's year is set off by a comma before a spaced dash, as WordPress's
// event plugins print the "When:" of an event, each date with its comma:
// "Monday, April 22, 2024, - Tuesday, April 30, 2024," (East Midwood
// Jewish Center's Passover 2024 page, the three-hundred-and-third
// held-out round). It was two datelines, the comma ending the first; it
// is now one, the range's first day, as "Friday, December 25, 2015,
// through Sunday, January 3, 2016" was taught in the twenty-ninth round.
// The end must still be a whole date: a time, a place or an occasion
// after the dash is what it was, and an end before the start, or a
// weekday that is not the end's, is a problem, not a quiet day.
func TestHeldout303CommaBeforeRangeDash(t *testing.T) {
	checkRangeCases(t, []rangeCase{
		{"Monday, April 22, 2024, - Tuesday, April 30, 2024,", "2024-04-22", "April 30, 2024"},
		{"When: Monday, April 22, 2024, - Tuesday, April 30, 2024, All Day", "2024-04-22", "April 30, 2024"},
		{"April 22, 2024, – April 30, 2024", "2024-04-22", "April 30, 2024"},
		{"Thursday, December 26, 2024, – Thursday, January 2, 2025", "2024-12-26", "January 2, 2025"},
		{"22 April 2024, - 30 April 2024", "2024-04-22", "30 April 2024"},
		{"Sunday, September 15, 2024, — Tuesday, September 17, 2024", "2024-09-15", "September 17, 2024"},
	})
	for _, text := range []string{
		"Monday, April 22, 2024, - Tuesday, April 30, 2024",
		"April 22, 2024, – April 30, 2024",
		"Monday, April 22, 2024, - Tuesday, April 30, 2024, 7 pm",
	} {
		rep := dateline.Check(text, heldoutRef)
		assert.True(t, rep.OK(), "%q: %v", text, rep.Problems)
		assert.Equal(t, "2024-04-22", rep.Dateline.Time.Format(time.DateOnly), text)
	}
	// The end contradicts the start: said, not read as another day.
	for _, text := range []string{
		"Monday, April 22, 2024, - Wednesday, April 30, 2024,",
		"Tuesday, April 30, 2024, - Monday, April 22, 2024",
	} {
		rep := dateline.Check(text, heldoutRef)
		assert.False(t, rep.OK(), "%q: a range the text contradicts", text)
	}
	// No whole date after the dash: the comma ends the date, as before.
	for _, tc := range []struct{ text, first string }{
		{"Sunday, March 3, 2024, - Jerusalem", "Sunday, March 3, 2024"},
		{"Sunday, March 3, 2024, - a day to remember", "Sunday, March 3, 2024"},
	} {
		ms := dateline.Find(tc.text, heldoutRef)
		require.Len(t, ms, 1, tc.text)
		assert.Equal(t, tc.first, tc.text[ms[0].Start:ms[0].End])
	}
	rep := dateline.Check("Sunday, March 3, 2024, - 10 am", heldoutRef)
	assert.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "2024-03-03 10:00", rep.Dateline.Time.Format("2006-01-02 15:04"), "a time after the dash is the day's")
}
