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

// TestHeldout303EveningOfDayWord: "the eve of" or "the evening of" before
// a day named by its ordinal word and a month of either calendar: "On the
// eve of the fourteenth of Nissan" (Dor Tikvah's Erev Pesach primer, the
// three-hundred-and-third held-out round). The evening's words were no
// lead there, so Check refused the text at "the" and Find read the
// fourteenth alone, where "the eve of 14 Nisan" has long been read as the
// evening that begins the day, with the warning that it may be the one
// that ends it. The words now read as the digits do, the same day and the
// same problems. An ordinal day of an occasion ("the eve of the first
// day of Passover") is the occasion's and stays unread: read as a month's
// day it would be the first day itself, a wrong day with nothing said.
func TestHeldout303EveningOfDayWord(t *testing.T) {
	for _, tc := range []struct{ words, digits string }{
		{"On the eve of the fourteenth of Nissan 5784", "On the eve of 14 Nissan 5784"},
		{"the evening of the fourteenth of Nisan 5784", "the evening of 14 Nisan 5784"},
		{"The evening of the twenty-second of Adar I 5784", "The evening of 22 Adar I 5784"},
		{"on the evening of the third day of Tishrei 5785", "on the evening of 3 Tishrei 5785"},
		{"the evening of the first day of the month of Nisan 5784", "the evening of 1 Nisan 5784"},
		{"the eve of the fifteenth of Av 5784", "the eve of 15 Av 5784"},
		{"the evening of the second of March, 2024", "the evening of 2 March, 2024"},
	} {
		t.Run(tc.words, func(t *testing.T) {
			got, want := dateline.Check(tc.words, heldoutRef), dateline.Check(tc.digits, heldoutRef)
			require.NotEmpty(t, want.Dateline.Time, "the digits' reading")
			assert.Equal(t, want.Dateline.Time.Format(time.DateOnly), got.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, want.Dateline.Hebrew, got.Dateline.Hebrew)
			assert.Equal(t, problemCodesOf(want), problemCodesOf(got))
		})
	}
	rep := dateline.Check("On the eve of the fourteenth of Nissan 5784", heldoutRef)
	assert.Equal(t, "2024-04-21", rep.Dateline.Time.Format(time.DateOnly), "the evening that begins 14 Nisan")
	// An occasion's day is not read as a month's day: its eve is the
	// occasion's Erev, the day before it (see TestEveOfTheCountedDay).
	for _, tc := range []struct{ text, day, heb string }{
		{"the eve of the first day of Passover 5784", "2024-04-22", "14 Nisan 5784"},
		{"On the eve of the first day of Sukkot", "2026-09-25", "14 Tishrei 5787"},
	} {
		rep := dateline.Check(tc.text, heldoutRef)
		assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly), tc.text)
		assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String(), tc.text)
	}
	// No month: not read as a month's day.
	for _, text := range []string{
		"the evening of the first time we met",
		"on the evening of the first",
	} {
		assert.False(t, dateline.Check(text, heldoutRef).OK(), text)
	}
}

// problemCodesOf returns the codes of rep's problems, in order.
func problemCodesOf(rep dateline.Report) []dateline.Code {
	var codes []dateline.Code
	for _, p := range rep.Problems {
		codes = append(codes, p.Code)
	}
	return codes
}
