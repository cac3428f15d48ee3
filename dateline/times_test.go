package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestClockTimes: times of day as pages print them (issue 13, item 8).
func TestClockTimes(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	tests := []struct {
		in, when string // the instant, in RFC 3339
	}{
		{"March 5, 2024, 8:00-9:00PM", "2024-03-05T20:00:00Z"},
		{"March 5, 2024, 11:00-1:00PM", "2024-03-05T11:00:00Z"},
		{"March 5, 2024, 12:30-1:30 pm", "2024-03-05T12:30:00Z"},
		{"March 5, 2024 8:00 - 9:30 pm EST", "2024-03-05T20:00:00-05:00"},
		{"March 5, 2024 at 6:30 pm", "2024-03-05T18:30:00Z"},
		{"Tue 5 Mar 2024 10.39 GMT", "2024-03-05T10:39:00Z"},
		{"Tue 5 Mar 2024 10.39 BST", "2024-03-05T10:39:00+01:00"},
		{"Sunday, 8.9 at 7:15 pm", "2024-09-08T19:15:00Z"},
		{"יום ראשון, 8.9 בשעה 19:15", "2024-09-08T19:15:00Z"},
		{"יום שלישי, 5 במרץ 2024 שעה 15:00", "2024-03-05T15:00:00Z"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			require.True(t, rep.OK(), "%+v", rep.Problems)
			require.True(t, rep.Dateline.HasTime)
			assert.Equal(t, tc.when, rep.Dateline.Time.Format(time.RFC3339))
		})
	}
	// A layout writes one time of day: a range of times has none.
	_, err := dateline.LayoutOf("March 5, 2024, 8:00-9:00PM")
	assert.ErrorIs(t, err, dateline.ErrLayout)
	_, err = dateline.Compile("January 2, 2006, 3:04-4:04PM")
	assert.ErrorIs(t, err, dateline.ErrLayout)
}
