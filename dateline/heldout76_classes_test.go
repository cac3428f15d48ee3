package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// ref76 is the corpus's reference day, as the seventy-sixth round's tests
// read their lines.
var ref76 = dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))

// TestOldStyleDayInBracketAfter: the New Style day, then its Old Style day
// in brackets with the marker after it, then the year after the bracket:
// "on April 13 (April 2, Old Style), 1743" (an encyclopedia's life of
// Jefferson, the seventy-sixth held-out round). It was read as two dates
// without a year, April 13 and Julian April 2 of 2027, with infos only:
// two wrong days with nothing said. It is one dateline, the day outside
// the bracket, with the year after it; an Old Style day that is not the
// New Style day's Julian date is an error, and a bracket the marker does
// not close is no Old Style day.
func TestOldStyleDayInBracketAfter(t *testing.T) {
	for _, tc := range []struct{ text, day, input string }{
		{"Jefferson was born at Shadwell, his fathers home in Albemarle county, Va., on April 13 (April 2, Old Style), 1743.",
			"1743-04-13", "April 13 (April 2, Old Style), 1743"},
		{"April 13 (April 2 O.S.) 1743", "1743-04-13", "April 13 (April 2 O.S.) 1743"},
		{"born 13 April (2 April, O.S.), 1743", "1743-04-13", "13 April (2 April, O.S.), 1743"},
		{"died March 8 (February 25, Old Style), 1725", "1725-03-08", "March 8 (February 25, Old Style), 1725"},
		{"crowned June 9 [May 30 O.S.], 1672", "1672-06-09", "June 9 [May 30 O.S.], 1672"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref76)
			require.Len(t, ms, 1)
			m := ms[0]
			assert.True(t, m.OK(), "%v", m.Problems)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.input, m.Input)
		})
	}
	ms := dateline.Find("April 13 (April 3, Old Style), 1743", ref76)
	require.Len(t, ms, 1)
	assert.Equal(t, "1743-04-13", ms[0].Dateline.Time.Format(time.DateOnly))
	assert.False(t, ms[0].OK(), "April 13, 1743 is April 2 Old Style, not April 3")
	for _, m := range dateline.Find("April 13 (April 2, old style furniture), 1743", ref76) {
		assert.NotContains(t, m.Input, "furniture")
		assert.NotContains(t, m.Input, "1743", "no year across a bracket that is no Old Style day")
	}
}
