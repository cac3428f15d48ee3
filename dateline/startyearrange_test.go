package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestRangeStartYearEndYearless: a range of dates with month names whose
// start has its year and whose end has none is the range into the end's
// day after the start, in the start's year or the next: "December 30,
// 2024 - January 2" and "Dec 31, 2024–Jan 1" were refused (expected the
// end of the dateline, found January), where "December 30 - January 2,
// 2025" was read. An end that would come too long after the start, or a
// day the end's year lacks, is still refused, and so are numeric dates.
func TestRangeStartYearEndYearless(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, 3, 2, 12, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ in, first, last string }{
		{"December 30, 2024 - January 2", "2024-12-30", "2025-01-02"},
		{"Dec 31, 2024–Jan 1", "2024-12-31", "2025-01-01"},
		{"December 30, 2024 to January 2", "2024-12-30", "2025-01-02"},
		{"March 2, 2024 - March 5", "2024-03-02", "2024-03-05"},
		{"30 December 2024 - 2 January", "2024-12-30", "2025-01-02"},
		{"30. Dezember 2024 bis 2. Januar", "2024-12-30", "2025-01-02"},
		{"2 mars 2024 - 5 avril", "2024-03-02", "2024-04-05"},
		{"30 בדצמבר 2024 - 2 בינואר", "2024-12-30", "2025-01-02"},
		{"Monday, December 30, 2024 - January 2", "2024-12-30", "2025-01-02"},
		// As before: the year at the end.
		{"December 30 - January 2, 2025", "2024-12-30", "2025-01-02"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.first, rep.Dateline.Time.Format(time.DateOnly))
			require.NotEmpty(t, rep.Also)
			assert.Equal(t, tc.last, rep.Also[len(rep.Also)-1].Time.Format(time.DateOnly))
		})
	}
	// In a text, the range is one match.
	for _, tc := range []struct{ in, match string }{
		{"The camp runs December 30, 2024 - January 2 at the JCC.", "December 30, 2024 - January 2"},
		{"Office closed Dec 31, 2024–Jan 1.", "Dec 31, 2024–Jan 1"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, tc.in[ms[0].Start:ms[0].End])
			assert.True(t, ms[0].Report.OK(), "%v", ms[0].Report.Problems)
		})
	}
	// Near misses: too long a range, February 29 of a common year, a
	// wrong weekday at the start, and numeric dates stay refused.
	for _, in := range []string{
		"December 30, 2024 - November 2",
		"March 2, 2024 - February 29",
		"December 30, 2024 - February 29",
		"Tuesday, December 30, 2024 - January 2",
		"3.3.2024 - 5.3",
	} {
		t.Run(in, func(t *testing.T) {
			assert.False(t, dateline.Check(in, ref).OK())
		})
	}
}
