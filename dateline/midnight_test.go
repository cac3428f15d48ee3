package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestMidnightWarned: midnight after a date, as a word in any language
// the reader knows, is read as the date's first moment, 12:00 am, with a
// warning that the midnight at its end is the next day's: "Saturday,
// March 2, 2024 at midnight" was Saturday at 12:00 am with nothing said,
// where a page's deadline most often means the end of Saturday (an
// adversarial review's tenth finding). Noon, and 00:00 in digits, are
// what they say.
func TestMidnightWarned(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))
	in := dateline.In(time.UTC)
	for _, text := range []string{"Saturday, March 2, 2024 at midnight", "March 2, 2024 12 midnight", "2. März 2024 um Mitternacht", "le 2 mars 2024 à minuit", "2 marca 2024 o północy"} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, ref, in)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, "2024-03-02T00:00:00Z", rep.Dateline.Time.Format(time.RFC3339))
			require.True(t, hasProblem(rep, dateline.CodeDateAmbiguous, dateline.Warning), "%v", rep.Problems)
			assert.Contains(t, rep.Problems[len(rep.Problems)-1].Message, "March 3, 2024 at 12:00 am")
		})
	}
	for _, text := range []string{"March 2, 2024 at noon", "March 2, 2024 00:00", "March 2, 2024 12:00 am"} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, ref, in)
			assert.Empty(t, rep.Problems)
		})
	}
	ms := dateline.Find("The deadline is Saturday, March 2, 2024 at midnight, sharp.", ref, in)
	require.Len(t, ms, 1)
	assert.True(t, hasProblem(ms[0].Report, dateline.CodeDateAmbiguous, dateline.Warning), "%v", ms[0].Problems)
}
