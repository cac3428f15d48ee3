package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestScanAskedZone: scan writes a timestamp that states its own zone in
// the zone --tz or --city asks for, as convert does, so that its clock
// and its Hebrew date are one instant's: "2024-03-02T16:00:00Z" with
// --city Jerusalem was "Saturday, March 2, 2024 4:00 pm | 23 Adar I
// 5784", the clock of UTC beside the Hebrew date of 6:00 pm in
// Jerusalem, which check --city Jerusalem refuses. Near misses: a time
// with no zone is the asked zone's already, and without --tz or --city
// the text's own zone is kept.
func TestScanAskedZone(t *testing.T) {
	for _, tc := range []struct {
		text  string
		flags []string
		want  string
	}{
		{"x 2024-03-02T16:00:00Z", []string{"--city", "Jerusalem"}, "Saturday, March 2, 2024 6:00 pm | 23 Adar I 5784"},
		{"logged 2024-03-02T14:00:00+00:00 ok", []string{"--city", "Jerusalem"}, "Saturday, March 2, 2024 4:00 pm | 22 Adar I 5784"},
		{"Date: Sat, 02 Mar 2024 16:30:00 GMT", []string{"--city", "Jerusalem"}, "Saturday, March 2, 2024 6:30 pm | 23 Adar I 5784"},
		{"at 2024-03-02T23:30:00Z", []string{"--city", "Jerusalem"}, "Sunday, March 3, 2024 1:30 am | 23 Adar I 5784"},
		{"at 2024-03-02T03:00:00Z", []string{"--tz", "America/New_York"}, "Friday, March 1, 2024 10:00 pm | 21 Adar I 5784"},
		// Near misses.
		{"on March 2, 2024 4:00 pm", []string{"--city", "Jerusalem"}, "Saturday, March 2, 2024 4:00 pm | 22 Adar I 5784"},
		{"x 2024-03-02T16:00:00Z", nil, "Saturday, March 2, 2024 4:00 pm | 22 Adar I 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			args := append(append([]string{"scan"}, tc.flags...), "-")
			r := runDualdate(tc.text+"\n", args...)
			require.Equal(t, 0, r.code, r.stderr)
			_, got, ok := strings.Cut(strings.TrimSpace(r.stdout), " => ")
			require.True(t, ok, r.stdout)
			assert.Equal(t, tc.want, got)
			// The line it writes reads back as the same day.
			back := runDualdate("", append(append([]string{"check"}, tc.flags...), got)...)
			assert.Equal(t, 0, back.code, back.stdout+back.stderr)
			assert.Empty(t, back.stdout+back.stderr)
		})
	}
}
