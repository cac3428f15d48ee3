package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
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

// TestHeldout198AndUntil: English's "and" before a word for "until"
// ("and until", "and through", "and throughout") joins a range's ends, as
// Spanish's "y hasta" and Russian's "и по" do: "So their first day was
// the evening of Dec. 16 and throughout the daylight hours of Dec. 24."
// (Ken Horn's blog, kenhorn.blogspot.com, the hundred-and-ninety-eighth
// held-out round, incoming line 2785) was two datelines. Whole dates
// with their years join the same way ("y hasta" after an English month
// too), where "and" alone still lists two days; and the words before
// anything but a day join nothing.
func TestHeldout198AndUntil(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"the evening of Dec. 16, 2014 and throughout the daylight hours of Dec. 24, 2014", "2014-12-16", "25 Kislev 5775"},
		{"March 10, 2025 and until March 12, 2025", "2025-03-10", "10 Adar 5785"},
		{"Sunday, March 10, 2024 and through Tuesday, March 12, 2024", "2024-03-10", "30 Adar I 5784"},
		{"Dec. 16, 2014 y hasta Dec. 24, 2014", "2014-12-16", "24 Kislev 5775"},
		{"22 de diciembre de 2014 y hasta el 7 de enero de 2015", "2014-12-22", "30 Kislev 5775"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"So their first day was the evening of Dec. 16, 2014 and throughout the daylight hours of Dec. 24, 2014.",
			"the evening of Dec. 16, 2014 and throughout the daylight hours of Dec. 24, 2014", "2014-12-16", "25 Kislev 5775"},
	})
	// The round's row, with no year: one dateline, in the year the
	// reference gives.
	ms := dateline.Find("So their first day was the evening of Dec. 16 and throughout the daylight hours of Dec. 24.", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "12-16", ms[0].Dateline.Time.Format("01-02"))
	checkUnread(t, heldoutRef,
		"Sunday, March 10, 2024 and throughout the week",
		"March 10, 2024 and through 11 people",
		"March 10, 2024 and until the meeting",
		"March 2, 2024 and March 3, 2024",
	)
	// "and" alone still lists two whole dates: two datelines.
	assert.Len(t, dateline.Find("We met on March 2, 2024 and March 3, 2024.", heldoutRef), 2)
}
