package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestUnknownZone: a time before a zone the table does not know (WAT),
// or one that names two zones hours apart (NST: Newfoundland's and
// Nepal's; AST: Atlantic's and Arabia's) cannot be placed: Check refuses
// it and Find keeps the date without it. It was read in the reader's
// zone, hours off, with nothing said. A known zone is read (HKT, SGT,
// PHT, HST: they were unknown), and capitals that end in no T are no
// zone.
func TestUnknownZone(t *testing.T) {
	for _, s := range []string{"5 March 2024 17:45 WAT", "March 5, 2024 10:30 NST", "March 5, 2024 10:30 am AST"} {
		assert.False(t, dateline.Check(s).OK(), s)
		ms := dateline.Find("Posted " + s + " by the desk.")
		require.Len(t, ms, 1, s)
		assert.False(t, ms[0].Dateline.HasTime, "%s: %v", s, ms[0].Dateline.Time)
		assert.Equal(t, "2024-03-05", ms[0].Dateline.Time.Format("2006-01-02"), s)
	}
	for s, want := range map[string]string{
		"March 5, 2024 10:30 EST":    "2024-03-05T10:30:00-05:00",
		"March 5, 2024 10:30 AEST":   "2024-03-05T10:30:00+10:00",
		"March 5, 2024 10:30 UTC":    "2024-03-05T10:30:00Z",
		"March 5, 2024 10:30 HKT":    "2024-03-05T10:30:00+08:00",
		"March 5, 2024 10:30 am SGT": "2024-03-05T10:30:00+08:00",
		"March 5, 2024 5 PM PHT":     "2024-03-05T17:00:00+08:00",
		"March 5, 2024 5:15 pm HST":  "2024-03-05T17:15:00-10:00",
		"March 5, 2024 5:15 pm AKST": "2024-03-05T17:15:00-09:00",
		"5 March 2024, 15:00 WIB":    "2024-03-05T15:00:00+07:00",
		"5 March 2024, 15:00 KST":    "2024-03-05T15:00:00+09:00",
	} {
		r := dateline.Check(s)
		require.True(t, r.OK(), "%s: %v", s, r.Problems)
		assert.Equal(t, want, r.Dateline.Time.Format(time.RFC3339), s)
	}
	ms := dateline.Find("March 5, 2024 10:30 NEWS")
	require.Len(t, ms, 1)
	assert.True(t, ms[0].Dateline.HasTime)
}
