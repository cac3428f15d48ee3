package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout300YearFirstRangeEnd: a range of days written year first
// with points, its end the month and day alone, each with its point, after
// a dash: "2019.10.23 - 10.31." (the autumn festival of Jewish culture in
// Subotica on a Hungarian event calendar, visithusrb.com, the
// three-hundredth held-out round). The end was read as a time of day,
// 10:31 on October 23, with nothing said, and the range was lost. It is
// now the range's end, with or without the start's own point, the dash
// spaced, an en dash or a hyphen glued. An end that is no later day of the
// start's year (no month 15, no day 45, September 30 before October 23,
// November 31), one without its closing point, and one with a colon are
// still times, as before.
func TestHeldout300YearFirstRangeEnd(t *testing.T) {
	checkDayLayouts(t, []struct{ text, day, layout string }{
		{"2019.10.23 - 10.31.", "2019-10-23", "2006.01.02 - 01.10."},
		{"2019.10.23. - 10.31.", "2019-10-23", "2006.01.02. - 01.10."},
		{"2019.10.23.–10.31.", "2019-10-23", "2006.01.02.–01.10."},
		{"2019.10.23-10.31.", "2019-10-23", "2006.01.02-01.10."},
		{"2024.03.02 - 03.05.", "2024-03-02", "2006.01.02 - 01.05."},
		{"2024.02.27 - 03.04.", "2024-02-27", ""},
	})
	for _, text := range []string{"2019.10.23 - 10.31.", "2019.10.23.–10.31.", "2024.03.02 - 03.05."} {
		rep := dateline.Check(text, heldoutRef)
		assert.False(t, rep.Dateline.HasTime, "%q is a range of days, not a day and its time", text)
	}
	checkRangeCases(t, []rangeCase{
		{"A fesztivál 2019.10.23.–10.31. között lesz.", "2019-10-23", "10.31. között"},
		{"2019.10.23 - 10.31.", "2019-10-23", "10.31."},
	})
	// Not a later day of the start's year, or no closing point: a time.
	checkWholeTimes(t, heldoutRef, []struct{ text, want string }{
		{"2019.10.23 - 15.04.", "2019-10-23 15:04"},
		{"2019.10.23 - 10.45.", "2019-10-23 10:45"},
		{"2019.10.23 - 09.30.", "2019-10-23 09:30"},
		{"2019.10.23 - 11.31.", "2019-10-23 11:31"},
		{"2019.10.23 - 10.31", "2019-10-23 10:31"},
		{"2019.10.23 - 10:31", "2019-10-23 10:31"},
		{"2019.10.23 - 10.23.", "2019-10-23 10:23"},
	})
}

// TestHeldout300HungarianMinutesInWords: a time of day that Hungarian
// says in words, the hour with "óra" and the minutes with "perc" or its
// cases (perckor, at; perctől, from; percig, until): "Október 26-án a
// Zsinagógában 19 óra 30 perctől fellép a Pressburger klezmer band" (a
// Hungarian event calendar, visithusrb.com, the three-hundredth held-out
// round). After a date the hour was read alone, 19:00, the minutes left
// out with nothing said. The minutes are now read; without a word for
// minutes after them, or above 59, they stay unread and Check says the
// text goes on, as before.
func TestHeldout300HungarianMinutesInWords(t *testing.T) {
	checkWholeTimes(t, heldoutRef, []struct{ text, want string }{
		{"2019. október 26-án 19 óra 30 perctől", "2019-10-26 19:30"},
		{"2019. október 26. 19 óra 30 perckor", "2019-10-26 19:30"},
		{"2019. október 26-án 19 óra 5 perckor", "2019-10-26 19:05"},
		{"2019. október 26-án 19 óra 30 percig", "2019-10-26 19:30"},
		{"2019. október 26-án este 7 óra 30 perckor", "2019-10-26 19:30"},
		{"2019. október 26-án 19 órakor", "2019-10-26 19:00"},
	})
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"A koncert 2019. október 26-án 19 óra 30 perckor kezdődik.", "2019-10-26 19:30"},
	})
	for _, text := range []string{
		"2019. október 26-án 19 óra 30",
		"2019. október 26-án 19 óra 75 perckor",
		"2019. október 26-án 19 óra 30 percnyi",
	} {
		rep := dateline.Check(text, heldoutRef)
		assert.False(t, rep.OK(), "%q: the number after óra is no minutes", text)
	}
}
