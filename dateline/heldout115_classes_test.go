package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout115OccasionNightLayout: a layout that names an occasion's
// night before its civil day and a clock, as "the first night of
// Passover, Monday, April 22 at 5:45 pm" (Times Leader, the
// hundred-and-fifteenth held-out round) does, wrote an hour before noon
// on a day without that occasion as of the night before, with the words
// of the night left out with the occasion: 00:05 on 25 December 2025 as
// "Wednesday, December 24 at 12:05 am", which reads as the 24th, a wrong
// day with nothing said. Where the night is not written, the hour is of
// its own day; where it is, of the night before, as before.
func TestHeldout115OccasionNightLayout(t *testing.T) {
	l, err := dateline.LayoutOf("the first night of Passover, Monday, April 22 at 5:45 pm")
	require.NoError(t, err)
	for _, tc := range []struct {
		day  time.Time
		want string
	}{
		{time.Date(2025, time.December, 25, 0, 5, 0, 0, time.UTC), "Thursday, December 25 at 12:05 am"},
		{time.Date(2025, time.February, 3, 9, 30, 0, 0, time.UTC), "Monday, February 3 at 9:30 am"},
		{time.Date(2025, time.February, 3, 14, 7, 0, 0, time.UTC), "Monday, February 3 at 2:07 pm"},
		// The night of Passover, written: the hour after midnight is its.
		{time.Date(2025, time.April, 13, 1, 30, 0, 0, time.UTC), "the first night of Pesach, Saturday, April 12 at 1:30 am"},
		{time.Date(2025, time.April, 12, 20, 15, 0, 0, time.UTC), "the first night of Pesach, Saturday, April 12 at 8:15 pm"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			s := dateline.New(tc.day).Format(l.String())
			assert.Equal(t, tc.want, s)
			rep := dateline.Check(s, dateline.Reference(tc.day))
			require.NoError(t, rep.Err())
			assert.Equal(t, tc.day.Format("2006-01-02"), rep.Dateline.Time.Format("2006-01-02"))
		})
	}
}
