package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestUnknownZone: a time before a zone the table does not know (HKT,
// SGT, PHT, WAT) cannot be placed: Check refuses it and Find keeps the
// date without it. It was read in the reader's zone, hours off, with
// nothing said. A known zone is read, and capitals that end in no T are
// no zone.
func TestUnknownZone(t *testing.T) {
	for _, s := range []string{"March 5, 2024 10:30 HKT", "March 5, 2024 10:30 am SGT", "March 5, 2024 5 PM PHT", "5 March 2024 17:45 WAT"} {
		assert.False(t, dateline.Check(s).OK(), s)
		ms := dateline.Find("Posted " + s + " by the desk.")
		require.Len(t, ms, 1, s)
		assert.False(t, ms[0].Dateline.HasTime, "%s: %v", s, ms[0].Dateline.Time)
		assert.Equal(t, "2024-03-05", ms[0].Dateline.Time.Format("2006-01-02"), s)
	}
	for _, s := range []string{"March 5, 2024 10:30 EST", "March 5, 2024 10:30 AEST", "March 5, 2024 10:30 UTC"} {
		assert.True(t, dateline.Check(s).OK(), s)
	}
	ms := dateline.Find("March 5, 2024 10:30 NEWS")
	require.Len(t, ms, 1)
	assert.True(t, ms[0].Dateline.HasTime)
}
