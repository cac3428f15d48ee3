package dateline_test

import (
	"testing"
)

// TestHeldout198AfternoonEnd: English's afternoon and "daylight hours"
// end a range after a word for "until", as the Romance languages' tarde
// and pomeriggio do ("até a tarde de 16 de setembro"): the day's hours
// before sunset, so the end's Hebrew date is its own and the range's
// start keeps its evening. "the evening of Dec. 16 ... the daylight hours
// of Dec. 24" (Ken Horn's blog, kenhorn.blogspot.com, the
// hundred-and-ninety-eighth held-out round, incoming line 2785) was two
// datelines; so was "until the afternoon of". The words without a day
// after them, or before anything but a day, join nothing.
func TestHeldout198AfternoonEnd(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"the evening of December 16, 2014 until the afternoon of December 24, 2014", "2014-12-16", "25 Kislev 5775"},
		{"from the evening of Dec. 16, 2014 through the daylight hours of Dec. 24, 2014", "2014-12-16", "25 Kislev 5775"},
		{"December 16, 2014 until the afternoon of December 24, 2014", "2014-12-16", "24 Kislev 5775"},
		{"from sunset on Friday, April 22, 2016 until the afternoon of Saturday, April 30, 2016", "2016-04-22", "15 Nisan 5776"},
		{"15 de setembro de 2021 até a tarde de 16 de setembro de 2021", "2021-09-15", "9 Tishrei 5782"},
		{"15 settembre 2021 fino al pomeriggio del 16 settembre 2021", "2021-09-15", "9 Tishrei 5782"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Hanukkah runs from the evening of Dec. 16, 2014 through the daylight hours of Dec. 24, 2014, eight nights.",
			"Hanukkah runs from the evening of Dec. 16, 2014 through the daylight hours of Dec. 24, 2014", "2014-12-16", "25 Kislev 5775"},
	})
	checkUnread(t, heldoutRef,
		"the evening of Dec. 16, 2014 until the afternoon",
		"Dec. 16, 2014 until the afternoon of the meeting",
		"Dec. 16, 2014 until the daylight of Dec. 24, 2014",
	)
}
