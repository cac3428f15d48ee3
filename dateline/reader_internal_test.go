package dateline

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestStateReadsLayoutsThatAlternate holds that where layouts alternate
// line by line, each dateline is resolved by its own layout's State, not
// sent to Match and the resolver's candidates: a dateline in a numeric
// layout, whose order State settles as Match does, and one after it in
// another layout (before, a batch that mixed layouts paid the slow path
// on every line after a numeric one).
func TestStateReadsLayoutsThatAlternate(t *testing.T) {
	rd := NewReader()
	numeric, named := "05.02.1995 · ה׳ אדר א׳ תשנ״ה", "Wednesday, May 28, 2025 | 1 Sivan 5785"
	for range 40 { // past the templates' tables of names
		require.NoError(t, rd.Check(numeric).Err())
		require.NoError(t, rd.Check(named).Err())
	}
	for _, s := range []string{numeric, named, "15.02.1995 · ט״ו אדר א׳ תשנ״ה", named} {
		var rep Report
		_, how := rd.o.cache.state(s, &rd.o, &rep)
		require.Equal(t, stateResolved, how, s)
		require.Equal(t, rd.Check(s), rep, s)
		require.Equal(t, Check(s), rep, s)
	}
}
