package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestBackwardRangeRefused: a range whose last day, joined to its first
// by a dash between their digits, comes before it in the month is an
// error that says the range runs backwards, in Check and in Find, which
// matches it whole. The range was left unread: Check said "expected a
// month name" or "expected a numeric date", and Find read "March 22",
// "21 March 2024" or "Passover 4/22" alone with nothing said. Forward
// ranges, a spaced dash before a count, and Hebrew text that writes a
// range's end first are read as before.
func TestBackwardRangeRefused(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, match string }{
		{"March 22-21, 2024", "March 22-21, 2024"},
		{"We meet on March 31-1, 2024 here.", "March 31-1, 2024"},
		{"22-21 March 2024", "22-21 March 2024"},
		{"del 22-21 de marzo de 2024", "22-21 de marzo de 2024"},
		{"am 22.-21. März 2024 in Berlin", "22.-21. März 2024"},
		{"Passover 4/22-21", "Passover 4/22-21"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
			assert.False(t, ms[0].OK())
			assert.True(t, hasProblem(ms[0].Report, dateline.CodeSyntax, dateline.Error), "%v", ms[0].Problems)
			rep := dateline.Check(tc.match, ref)
			assert.False(t, rep.OK())
			assert.True(t, hasProblem(rep, dateline.CodeSyntax, dateline.Error), "%v", rep.Problems)
		})
	}
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"March 22-23, 2024", "March 22-23, 2024", "2024-03-22", "12 Adar II 5784"},
		{"22.-23. März 2024", "22.-23. März 2024", "2024-03-22", "12 Adar II 5784"},
		{"7-6 מערץ, 2010", "7-6 מערץ, 2010", "2010-03-06", "20 Adar 5770"},
	})
	ms := dateline.Find("On March 22, 2024 - 21 voted in favour", ref)
	require.NotEmpty(t, ms)
	assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
}
