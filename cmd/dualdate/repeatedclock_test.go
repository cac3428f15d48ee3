package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRepeatedClockWritten: the second showing of a time the clocks show
// twice, going back, is written with its zone's name, which reads back as
// it: convert wrote "1:30 am EST" on November 3, 2024 in New York as
// "Sunday, November 3, 2024 1:30 am | 2 Cheshvan 5785", which its own
// check reads as the first, 1:30 am EDT. A --layout without a zone writes
// it as asked, with a warning. Near misses: the first showing, and an
// hour shown once, are written without a zone.
func TestRepeatedClockWritten(t *testing.T) {
	for _, tc := range []struct{ tz, in, want string }{
		{"America/New_York", "November 3, 2024 1:30 am EST", "Sunday, November 3, 2024 1:30 am EST | 2 Cheshvan 5785"},
		{"America/New_York", "2024-11-03T06:59:00Z", "Sunday, November 3, 2024 1:59 am EST | 2 Cheshvan 5785"},
		{"Europe/London", "2024-10-27T01:30:00Z", "Sunday, October 27, 2024 1:30 am GMT | 25 Tishrei 5785"},
		{"Asia/Jerusalem", "2024-10-27T01:30:00+02:00", "Sunday, October 27, 2024 1:30 am IST | 25 Tishrei 5785"},
		{"America/Los_Angeles", "2023-11-05T01:15:00-08:00", "Sunday, November 5, 2023 1:15 am PST | 21 Cheshvan 5784"},
		// Near misses.
		{"America/New_York", "November 3, 2024 1:30 am EDT", "Sunday, November 3, 2024 1:30 am | 2 Cheshvan 5785"},
		{"America/New_York", "November 3, 2024 2:30 am", "Sunday, November 3, 2024 2:30 am | 2 Cheshvan 5785"},
		{"America/New_York", "November 3, 2024 12:59 am", "Sunday, November 3, 2024 12:59 am | 2 Cheshvan 5785"},
		{"Asia/Jerusalem", "2024-10-27T01:30:00+03:00", "Sunday, October 27, 2024 1:30 am | 25 Tishrei 5785"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			r := runDualdate("", "convert", "--tz", tc.tz, tc.in)
			require.Equal(t, 0, r.code, r.stderr)
			assert.Empty(t, r.stderr)
			got := strings.TrimSpace(r.stdout)
			assert.Equal(t, tc.want, got)
			in := runDualdate("", "convert", "--tz", tc.tz, "--json", tc.in)
			back := runDualdate("", "convert", "--tz", tc.tz, "--json", got)
			assert.Equal(t, jsonTime(t, in.stdout), jsonTime(t, back.stdout), "%s reads back as another instant", got)
		})
	}
	r := runDualdate("", "convert", "--tz", "America/New_York", "--layout", "January 2, 2006 3:04 pm", "November 3, 2024 1:30 am EST")
	assert.Equal(t, 0, r.code)
	assert.Equal(t, "November 3, 2024 1:30 am\n", r.stdout)
	assert.Contains(t, r.stderr, "this is the second, 1:30 am EST")
}

// jsonTime returns the "time" of the dateline convert --json wrote.
func jsonTime(t *testing.T, out string) string {
	t.Helper()
	_, rest, ok := strings.Cut(out, `"time":"`)
	require.True(t, ok, out)
	tm, _, _ := strings.Cut(rest, `"`)
	return tm
}
