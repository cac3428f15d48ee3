package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout251HourRangeEndMinutes: a range of hours after a date whose
// start is an hour alone and whose end has its minutes and its AM or PM,
// as synagogue calendars print an event's hours: "Shabbat, 19th January,
// 1 to 2:30 PM" (Brighton and Hove Progressive Synagogue's Tu Bishvat
// seder, bhps-online.org, the 251st held-out round) was a syntax error at
// the end's colon, and Find read the date without its time. "7 to 9 pm"
// was read, and "1:00 to 2:30 PM"; the end's minutes now end the range
// too, and the start takes the end's AM or PM where it is in the end's
// half of the day, as before (11 to 1:30 pm starts before noon). An end
// whose minutes are no minutes, or without AM or PM, stays unread.
func TestHeldout251HourRangeEndMinutes(t *testing.T) {
	checkWholeTimes(t, heldoutRef, []struct{ text, want string }{
		{"Saturday, January 19, 2019, 1 to 2:30 PM", "2019-01-19 13:00"},
		{"Saturday, January 19, 2019, 7-9:30 pm", "2019-01-19 19:00"},
		{"Saturday, January 19, 2019, 7 – 9:45 p.m.", "2019-01-19 19:00"},
		{"Sunday, 20th January 2019, 10 to 11:30 am", "2019-01-20 10:00"},
		{"Saturday, January 19, 2019, 11 to 1:30 pm", "2019-01-19 11:00"},
		// As before: the end an hour alone, the start with its minutes.
		{"Saturday, January 19, 2019, 7 to 9 pm", "2019-01-19 19:00"},
		{"Saturday, January 19, 2019, 1:00 to 2:30 PM", "2019-01-19 13:00"},
	})
	checkWholeInferred(t, heldoutRef, "Shabbat, 19th January, 1 to 2:30 PM", "2019-01-19 13:00")
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"TU BISHVAT SEDER, Shabbat, 19th January 2019, 1 to 2:30 PM. All are welcome.", "2019-01-19 13:00"},
		{"Join us on Friday, March 1, 2024, 7-9:30 pm at the shul.", "2024-03-01 19:00"},
	})
	// The weekday is checked against the day, as with any time.
	rep := dateline.Check("Friday, January 19, 2019, 1 to 2:30 PM", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	checkUnread(t, heldoutRef,
		"Saturday, January 19, 2019, 1 to 2:75 PM",
		"Saturday, January 19, 2019, 1 to 2:3 PM",
		"Saturday, January 19, 2019, 1 to 2:30",
		"Saturday, January 19, 2019, 13 to 14:30 PM",
	)
}

// TestHeldout251LetterDayNumeral: a day named by its Hebrew letters with
// its number in brackets after them, as English pages gloss a letter day
// for readers who do not know the letters: "Hei (5) Tevet, 5747 (January
// 6, 1987)" (communityofreadersdotorg.wordpress.com, on Didan Notzach, the
// 251st held-out round) was a syntax error at the bracket, and Find read
// the date from "Tevet" on, the letters left out. The number must be the
// letters' day: "Hei (6) Tevet" names two days and stays the syntax
// error, as does a number that is not alone in its brackets.
func TestHeldout251LetterDayNumeral(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"Hei (5) Tevet, 5747 (January 6, 1987)", "1987-01-06", "5 Tevet 5747"},
		{"Hei (5) Tevet, 5747", "1987-01-06", "5 Tevet 5747"},
		{"Yud (10) Shevat 5784", "2024-01-20", "10 Shevat 5784"},
		{"Yud Tes (19) Kislev 5784", "2023-12-02", "19 Kislev 5784"},
		{"Gimmel (3) Tammuz 5754", "1994-06-12", "3 Tammuz 5754"},
		{"Chof Beis (22) Shevat 5748", "1988-02-10", "22 Shevat 5748"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"the court ruled for Chabad on Hei (5) Tevet, 5747 (January 6, 1987), and", "Hei (5) Tevet, 5747 (January 6, 1987)", "1987-01-06", "5 Tevet 5747"},
		{"We farbreng on Yud (10) Shevat 5784 at the Chabad House.", "Yud (10) Shevat 5784", "2024-01-20", "10 Shevat 5784"},
	})
	// Written back: the glossed day is the layout's own text for its day.
	rep := dateline.Check("Hei (5) Tevet, 5747 (January 6, 1987)", heldoutRef)
	if assert.True(t, rep.OK(), "%v", rep.Problems) {
		assertWrittenBack(t, "Hei (5) Tevet, 5747 (January 6, 1987)", rep.Dateline)
	}
	checkUnread(t, heldoutRef,
		"Hei (6) Tevet, 5747",
		"Yud (1) Shevat 5784",
		"Hei ( 5) Tevet 5747",
		"Hei (5 Tevet 5747",
		"Hei (5) 5747",
	)
}
