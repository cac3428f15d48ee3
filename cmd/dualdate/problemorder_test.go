package main

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestProblemsInTextOrder: check and scan print a line's problems in the
// order of the text they are about, by the column each starts at, and
// keep the report's order for those that start together. "14 Adar,
// Sunday 8 pm" printed the note on its Adar (column 4) before the one on
// the whole dateline (column 1), as the resolver found them; so did its
// --json "problems". A line whose problems are in order already prints
// them as before.
func TestProblemsInTextOrder(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.December, 7, 12, 0, 0, 0, time.UTC))
	for _, in := range []string{
		"14 Adar, Sunday 8 pm",
		"22 Adar, Tuesday night",
		"י״ד אדר, יום ראשון",
		"14 Adar, Sonntag",
		"14 Adar, dimanche 20h",
		"Saturday, 14 Adar, March 23",      // in order already
		"Friday, March 2nd | 22 Adar 5784", // an error before a warning
		"Tisha B'Av Nidcheh, 9 Av",         // a warning before an info
	} {
		t.Run(in, func(t *testing.T) {
			want := len(dateline.Check(in, ref).Problems)
			require.Positive(t, want)
			r := runDualdate("", "check", "--reference", "2026-12-07", in)
			lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
			require.Len(t, lines, want, r.stdout)
			cols := make([]int, len(lines))
			for i, l := range lines {
				f := strings.SplitN(l, ":", 4) // arg:1:COL: ...
				require.Len(t, f, 4, l)
				n, err := strconv.Atoi(f[2])
				require.NoError(t, err, l)
				cols[i] = n
			}
			assert.IsNonDecreasing(t, cols, r.stdout)

			r = runDualdate("", "check", "--json", "--reference", "2026-12-07", in)
			var obj struct {
				Problems []struct{ Start int } `json:"problems"`
			}
			require.NoError(t, json.Unmarshal([]byte(r.stdout), &obj), r.stdout)
			starts := make([]int, len(obj.Problems))
			for i, p := range obj.Problems {
				starts[i] = p.Start
			}
			require.Len(t, starts, want)
			assert.IsNonDecreasing(t, starts, r.stdout)

			r = runDualdate(in+"\n", "scan", "--reference", "2026-12-07")
			lines = strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
			require.Len(t, lines, want+1, r.stdout) // the match, then its problems
			cols = cols[:0]
			for _, l := range lines[1:] {
				n, err := strconv.Atoi(strings.SplitN(l, ":", 4)[2])
				require.NoError(t, err, l)
				cols = append(cols, n)
			}
			assert.IsNonDecreasing(t, cols, r.stdout)
		})
	}
}
