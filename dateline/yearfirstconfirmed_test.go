package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestYearFirstConfirmed: three two-digit numbers whose first is no month
// ("24-03-02") are read year first, as an ISO date cut to a two-digit year
// writes them, where the Hebrew date or the weekday confirms that reading
// and the day-first one has an error: "24-03-02 | 22 Adar I 5784" was
// March 24, 2002 and a calendar error (adv42 finding 4). No layout string
// writes a two-digit year first, so the report gives none. Where nothing
// confirms it, or the day-first reading fits, or neither does, the
// day-first reading stands as before.
func TestYearFirstConfirmed(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, 3, 2, 12, 0, 0, 0, time.UTC))
	tests := []struct {
		in, day string
		ok      bool
		layout  string
	}{
		// Confirmed year first.
		{"24-03-02 | 22 Adar I 5784", "2024-03-02", true, ""},
		{"24/03/02 | 22 Adar I 5784", "2024-03-02", true, ""},
		{"24.03.02 | 22 Adar I 5784", "2024-03-02", true, ""},
		{"Saturday 24-03-02", "2024-03-02", true, ""},
		{"Saturday, 24-03-02 | 22 Adar I 5784", "2024-03-02", true, ""},
		{"22 Adar I 5784 | 24-03-02", "2024-03-02", true, ""},
		{"23-10-05 | 20 Tishrei 5784", "2023-10-05", true, ""},
		{"Thursday 19-12-05", "2019-12-05", true, ""},
		// Day first fits: as before.
		{"24-03-02 | 11 Nisan 5762", "2002-03-24", true, "02-01-06 | 2 Tevet 5766"},
		{"Sunday 24-03-02", "2002-03-24", true, "Monday 02-01-06"},
		// Neither fits: the day-first reading's error.
		{"24-03-02 | 23 Adar I 5784", "2002-03-24", false, "02-01-06 | 2 Tevet 5766"},
		{"Friday 24-03-02", "2002-03-24", false, "Monday 02-01-06"},
		// A weekday alone: not with points, nor in another century.
		{"Saturday 24.03.02", "2002-03-24", false, "Monday 02.01.06"},
		{"Thu 15.01.01", "2001-01-15", false, "Mon 02.01.06"},
		{"Fri 15-01-01", "2001-01-15", false, "Mon 02-01-06"},
		// Not three two-digit numbers, or the first a month.
		{"2024-03-02 | 22 Adar I 5784", "2024-03-02", true, "2006-01-02 | 2 Tevet 5766"},
		{"02-03-24 | 22 Adar I 5784", "2024-03-02", true, "02-01-06 | 2 Tevet 5766"},
		{"24-3-02 | 11 Nisan 5762", "2002-03-24", true, "2-1-06 | 2 Tevet 5766"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			require.False(t, rep.Dateline.IsZero(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.ok, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.layout, rep.Layout)
			ms := dateline.Find("Posted "+tc.in+".", ref)
			if assert.Len(t, ms, 1) {
				assert.Equal(t, tc.day, ms[0].Dateline.Time.Format("2006-01-02"))
			}
		})
	}
	// Nothing to confirm either: day first, with the warning.
	rep := dateline.Check("24-03-02", ref)
	assert.Equal(t, "2002-03-24", rep.Dateline.Time.Format("2006-01-02"))
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeDateAmbiguous, rep.Problems[0].Code)
}
