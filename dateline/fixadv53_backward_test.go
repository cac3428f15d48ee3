package dateline_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestBackwardWholeDateRange: two whole dates, each with its year, joined
// as a range whose end comes before its start, are one range that runs
// backwards, refused by Check and by Find as "March 22-21, 2024" is. Find
// read them as two datelines with nothing said. A range that runs
// forwards, and two dates listed with a word, stay as they were.
func TestBackwardWholeDateRange(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	// hd: 2026-12-04 is Friday, 24 Kislev 5787; 2026-11-09 Monday.
	for _, in := range []string{
		"Dec 4, 2026 - Nov 9, 2026",
		"Friday, December 4, 2026 – Monday, November 9, 2026",
		"4 décembre 2026 - 9 novembre 2026",
		"4. Dezember 2026 – 9. November 2026",
		"4 декабря 2026 – 9 ноября 2026",
		"4 de diciembre de 2026 - 9 de noviembre de 2026",
	} {
		t.Run(in, func(t *testing.T) {
			rep := dateline.Check(in, ref)
			require.False(t, rep.OK())
			assert.True(t, hasProblem(rep, dateline.CodeSyntax, dateline.Error), "%v", rep.Problems)
			assert.Contains(t, rep.Problems[len(rep.Problems)-1].Message, "runs backwards")
			ms := dateline.Find("Events for "+in+".", ref)
			require.Len(t, ms, 1)
			assert.Equal(t, in, ms[0].Input)
			assert.False(t, ms[0].Report.OK())
			msg := ""
			for _, p := range ms[0].Report.Problems {
				msg += p.Message
			}
			assert.True(t, strings.Contains(msg, "runs backwards"), msg)
		})
	}
	// Forwards: one range, read clean. hd: 2026-12-09 is 29 Kislev 5787.
	ms := dateline.Find("Events for Dec 4, 2026 - Dec 9, 2026.", ref)
	require.Len(t, ms, 1)
	assert.True(t, ms[0].Report.OK(), "%v", ms[0].Report.Problems)
	assert.Equal(t, "24 Kislev 5787", ms[0].Dateline.Hebrew.String())
}
