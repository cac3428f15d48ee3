package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHebrewRangeFromAdarThirty: a Hebrew range from the 30th of Adar,
// which only Adar I of a leap year has, to a later month, the year
// stated at its end: "30 Adar I – 1 Nisan 5784" was refused ("expected
// the end of the dateline"), counted in a common year whose Adar has 29
// days.
func TestHebrewRangeFromAdarThirty(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	// hd -h: 30 Adar I 5784 is 2024-03-10, 1 Nisan 5784 2024-04-09, 2
	// Adar II 5784 2024-03-12, 5 Nisan 5784 2024-04-13.
	for _, tc := range []struct{ in, first, last string }{
		{"30 Adar I – 1 Nisan 5784", "2024-03-10", "2024-04-09"},
		{"30 Adar I - 2 Adar II 5784", "2024-03-10", "2024-03-12"},
		{"30 Adar Rishon – 5 Nisan 5784", "2024-03-10", "2024-04-13"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.first, rep.Dateline.Time.Format("2006-01-02"))
			require.NotEmpty(t, rep.Also)
			assert.Equal(t, tc.last, rep.Also[len(rep.Also)-1].Time.Format("2006-01-02"))
		})
	}
	// A common year's Adar has no 30th: still refused.
	assert.False(t, dateline.Check("30 Adar – 1 Nisan 5785", ref).OK())
}
