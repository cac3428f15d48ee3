package dateline

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestStateAfterNumericLayout holds that where layouts alternate, a
// dateline after one in a numeric layout (which State cannot read) is
// still resolved by its own layout's State, not sent to Match and the
// resolver's candidates: in a run of the numeric layout State is not
// tried, but a batch that mixes layouts line by line paid the slow path
// on every line after a numeric one.
func TestStateAfterNumericLayout(t *testing.T) {
	rd := NewReader()
	numeric, named := "15.02.1995 · ט״ו אדר א׳ תשנ״ה", "Wednesday, May 28, 2025 | 1 Sivan 5785"
	for range 3 {
		require.NoError(t, rd.Check(numeric).Err())
		require.NoError(t, rd.Check(named).Err())
	}
	require.NoError(t, rd.Check(numeric).Err())
	var rep Report
	_, how := rd.o.cache.state(named, &rd.o, &rep)
	require.Equal(t, stateResolved, how)
	require.Equal(t, rd.Check(named), rep)

	// In a run of the numeric layout, its datelines go to Match at once.
	require.NoError(t, rd.Check(numeric).Err())
	_, how = rd.o.cache.state(numeric, &rd.o, &rep)
	require.Equal(t, stateUnread, how)
}
