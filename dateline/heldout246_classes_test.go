package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout246TimedRangeEnds: a range of days each end of which has its
// own time, as an events calendar prints a festival that runs for days:
// "Apr 5 @ 7:00 PM – Apr 13 @ 7:00 PM" (New Zealand Friends of Israel's
// Pesach, nzfoi.org, the two hundred and forty-sixth held-out round) was
// no date to Check and two datelines to Find, the end's time read as a
// day of its own; with the years, "April 5, 2023 @ 7:00 pm - April 13,
// 2023 @ 7:00 pm", Check stopped at the end's time, as "@" before it was
// not read as "at" is. Now "@", "at", a comma or a space before each
// end's time reads the range; the dateline is the start's day and time.
// The two times tell a range from two datelines as weekdays do: a start
// with a time before an end without one ("April 5 at 7:00 pm - April
// 13"), an end before its start, or "and" between them stay unread.
func TestHeldout246TimedRangeEnds(t *testing.T) {
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"April 5, 2023 @ 7:00 pm - April 13, 2023 @ 7:00 pm", "2023-04-05 19:00"},
		{"April 5, 2023 at 7:00 pm - April 13, 2023 @ 7:00 pm", "2023-04-05 19:00"},
		{"Sep 15, 2023 @ 6:00 pm – Sep 17, 2023 @ 7:30 pm", "2023-09-15 18:00"},
	})
	for _, tc := range []struct{ text, want string }{
		{"Apr 5 @ 7:00 PM – Apr 13 @ 7:00 PM", "2027-04-05 19:00"},
		{"April 5 at 7:00 pm - April 13 at 7:00 pm", "2027-04-05 19:00"},
		{"April 5, 7:00 pm - April 13, 7:00 pm", "2027-04-05 19:00"},
		{"5 April @ 19:00 – 13 April @ 19:00", "2027-04-05 19:00"},
		{"Dec 24 @ 6:00 pm – Jan 1 @ 8:00 pm", "2026-12-24 18:00"},
	} {
		t.Run(tc.text, func(t *testing.T) { checkWholeInferred(t, heldoutRef, tc.text, tc.want) })
	}
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"When: Apr 5, 2023 @ 7:00 PM – Apr 13, 2023 @ 7:00 PM See more", "Apr 5, 2023 @ 7:00 PM – Apr 13, 2023 @ 7:00 PM", "2023-04-05", "14 Nisan 5783"},
	})
	ms := dateline.Find("When: Apr 5 @ 7:00 PM – Apr 13 @ 7:00 PM", heldoutRef)
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "Apr 5 @ 7:00 PM – Apr 13 @ 7:00 PM", "When: Apr 5 @ 7:00 PM – Apr 13 @ 7:00 PM"[ms[0].Start:ms[0].End])
	}
	checkUnread(t, heldoutRef,
		"April 5 at 7:00 pm - April 13",
		"Apr 5 @ 7:00 PM – Apr 3 @ 7:00 PM",
		"April 5 at 7:00 pm and April 13 at 7:00 pm",
	)
}

// TestHeldout246TimedStartTakesEndYear: the same range with the year on
// its end alone, as an events calendar prints a range within one year
// ("Apr 5 @ 7:00 PM – Apr 13, 2023 @ 7:00 PM", "April 5 at 7:00 pm -
// April 13, 2023 at 7:00 pm"), was a syntax error at the end: the start's
// time stood between its day and the dash, where a start without it
// ("March 2 to April 3, 2024") takes the end's year. Now the start takes
// the end's year, or the year before where the range crosses into the
// end's; an end without its own time, "and" between the ends, or an end
// before its start stay unread or an error.
func TestHeldout246TimedStartTakesEndYear(t *testing.T) {
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"Apr 5 @ 7:00 PM – Apr 13, 2023 @ 7:00 PM", "2023-04-05 19:00"},
		{"April 5 at 7:00 pm - April 13, 2023 at 7:00 pm", "2023-04-05 19:00"},
		{"April 5, 7:00 pm - April 13, 2023, 7:00 pm", "2023-04-05 19:00"},
		{"Dec 24 @ 6:00 pm – Jan 1, 2024 @ 8:00 pm", "2023-12-24 18:00"},
	})
	checkUnread(t, heldoutRef,
		"April 5 at 7:00 pm - April 13, 2023",
		"April 5 at 7:00 pm and April 13, 2023 at 7:00 pm",
	)
	rep := dateline.Check("April 5 @ 7:00 PM – April 3, 2023 @ 7:00 PM", heldoutRef)
	assert.False(t, rep.OK())
}
