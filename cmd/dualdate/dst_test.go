package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSkippedMidnight holds issue 11's first item in the command: where a
// zone's clocks skip midnight (America/Santiago, September 7, 2025) the
// day is that day, and cal --json lists each day of the month once, even
// a day the zone skips altogether (Pacific/Apia, December 30, 2011).
func TestSkippedMidnight(t *testing.T) {
	r := runDualdate("", "convert", "--tz", "America/Santiago", "2025-09-07")
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, "Sunday, September 7, 2025 | 14 Elul 5785\n", r.stdout)

	r = runDualdate("", "check", "--tz", "Pacific/Apia", "December 30, 2011")
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.stdout+r.stderr, "(time-skipped)")

	for _, tc := range []struct{ zone, month string }{
		{"America/Santiago", "2025-09"},
		{"America/Havana", "2024-03"},
		{"America/Sao_Paulo", "2018-11"},
		{"Pacific/Apia", "2011-12"},
	} {
		t.Run(tc.zone+" "+tc.month, func(t *testing.T) {
			r := runDualdate("", "cal", "--json", "--tz", tc.zone, tc.month)
			require.Equal(t, 0, r.code, r.stderr)
			var days []string
			for line := range strings.Lines(r.stdout) {
				var v struct{ Gregorian string }
				require.NoError(t, json.Unmarshal([]byte(line), &v))
				days = append(days, v.Gregorian)
			}
			require.NotEmpty(t, days)
			for i, d := range days {
				assert.Equal(t, tc.month, d[:7])
				assert.Equal(t, i+1, atoiTest(d[8:]), "day %d is %s", i+1, d)
			}
		})
	}
}

func atoiTest(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}
