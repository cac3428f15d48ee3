package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout269ClockGloss: a time of day followed by the same time in
// the other clock in brackets, as pages for readers of both clocks write
// it: "Sunday 30th April, 2017 at 20:00 (8:00 pm)" (IPC Vacation Rentals,
// an Israeli holiday-flat agency's Memorial Day post, the two hundred and
// sixty-ninth held-out round) was an error at the bracket, where Find read
// the date and time without it. A 24-hour time with its 12-hour gloss, or
// a 12-hour time with its 24-hour one, now reads whole; a bracket that
// says another hour or minute, the same clock twice, or no closing
// bracket is no gloss, and the dateline still ends before it.
func TestHeldout269ClockGloss(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Sunday 30th April, 2017 at 20:00 (8:00 pm)", "2017-04-30 20:00"},
		{"Sunday 30 April 2017 at 20:00 (8:00 PM)", "2017-04-30 20:00"},
		{"Sunday 30 April 2017 at 20:00 (8:00pm)", "2017-04-30 20:00"},
		{"Sunday 30 April 2017 at 8:00 pm (20:00)", "2017-04-30 20:00"},
		{"Monday, May 1, 2017, 08:15 (8:15 a.m.)", "2017-05-01 08:15"},
		{"Monday, May 1, 2017, 12:30 (12:30 pm)", "2017-05-01 12:30"},
		{"Monday, May 1, 2017, 00:10 (12:10 am)", "2017-05-01 00:10"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.want, rep.Dateline.Time.Format("2006-01-02 15:04"))
		})
	}
	// Another hour, another minute, the same clock twice, am for pm, no
	// closing bracket: not the same time, and no gloss.
	checkUnread(t, heldoutRef,
		"Sunday 30 April 2017 at 20:00 (9:00 pm)",
		"Sunday 30 April 2017 at 20:00 (8:30 pm)",
		"Sunday 30 April 2017 at 8:00 pm (20:30)",
		"Sunday 30 April 2017 at 20:00 (20:00)",
		"Sunday 30 April 2017 at 8:00 pm (8:00 pm)",
		"Sunday 30 April 2017 at 20:00 (8:00 am)",
		"Sunday 30 April 2017 at 20:00 (8:00 pm",
	)
	// In running text Find takes the gloss into the match.
	ms := dateline.Find("The day opens with a siren the preceding evening, Sunday 30th April, 2017 at 20:00 (8:00 pm), given that", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "Sunday 30th April, 2017 at 20:00 (8:00 pm)", ms[0].Input)
	assert.Equal(t, time.Date(2017, 4, 30, 20, 0, 0, 0, time.UTC), ms[0].Dateline.Time.UTC())
}
