package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestNights: "X night-Y" over two civil days is the night of the first
// and the day of the second, whose Hebrew date the dateline gives (issue
// 13, item 9).
func TestNights(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	tests := []struct{ in, day, hebrew string }{
		{"Tuesday night-Wednesday October 21-22 / 30 Tishrei", "2025-10-22", "30 Tishrei 5786"},
		{"Monday night-Tuesday February 16-7 / 30 Shevat", "2026-02-17", "30 Shevat 5786"},
		{"Friday night-Saturday July 5-6 / 30 Sivan", "2024-07-06", "30 Sivan 5784"},
		{"Sunday night-Monday 16-17 July / 23 Tammuz", "2017-07-17", "23 Tammuz 5777"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			require.True(t, rep.OK(), "%+v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.hebrew, rep.Dateline.Hebrew.String())
			for _, p := range rep.Problems {
				assert.NotEqual(t, dateline.CodeAfterSunset, p.Code, "the Hebrew date is the second day's")
			}
		})
	}
}
