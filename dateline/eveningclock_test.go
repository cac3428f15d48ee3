package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestEveningClock: a layout of an evening writes a time before noon as
// the night of the civil day before, and the reader reads it back on the
// day after the evening: "Monday night, March 4, 2024 at 1:30 am" is
// Tuesday at 1:30. It wrote "Tuesday night, March 5, 2024 at 1:30 am",
// which reads as Wednesday.
func TestEveningClock(t *testing.T) {
	const l = "Monday night, March 4, 2024 at 9:30 pm"
	for _, tc := range []struct {
		at   time.Time
		want string
	}{
		{time.Date(2024, time.March, 5, 1, 30, 0, 0, time.UTC), "Monday night, March 4, 2024 at 1:30 am"},
		{time.Date(2024, time.March, 5, 0, 5, 0, 0, time.UTC), "Monday night, March 4, 2024 at 12:05 am"},
		{time.Date(2024, time.March, 5, 21, 30, 0, 0, time.UTC), "Tuesday night, March 5, 2024 at 9:30 pm"},
	} {
		d := dateline.New(tc.at)
		d.HasTime = true
		got := d.Format(l)
		assert.Equal(t, tc.want, got)
		back, err := dateline.Parse(got)
		require.NoError(t, err, got)
		assert.True(t, back.Time.Equal(tc.at), "%s: %v", got, back.Time)
	}
	// A time in the day is no evening's: refused, not written as
	// "Tuesday night, March 5, 2024 at 12:00 pm", which reads as an
	// error.
	for _, at := range []time.Time{
		time.Date(2024, time.March, 5, 12, 0, 0, 0, time.UTC),
		time.Date(2024, time.March, 5, 9, 0, 0, 0, time.UTC),
	} {
		d := dateline.New(at)
		d.HasTime = true
		got := d.Format(l)
		assert.Contains(t, got, "%!Format(", got)
		assert.Contains(t, got, "not of the evening", got)
	}
}
