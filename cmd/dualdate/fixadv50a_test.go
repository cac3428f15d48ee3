package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestScanLayoutCannotWrite: scan writes a day that --layout cannot write
// (a layout with a time of day, for a day the text gives without one; a
// layout of occasions, for a day without one) in the full layout, with an
// error that says what --layout lacks, and exits 1. It wrote Format's
// "%!Format(the dateline states no time of day)" as the dateline, with
// nothing on stderr and exit 0 (an adversarial review's fourth finding).
// A day --layout can write, and the other days of a range whose time is
// the first day's (a warning), stay as they were (hd: 2024-03-01 is a
// Friday, 21 Adar I 5784; 2024-03-03 a Sunday, 23 Adar I; 2024-03-05 a
// Tuesday, 25 Adar I; 2024-12-25 a Wednesday, 24 Kislev 5785).
func TestScanLayoutCannotWrite(t *testing.T) {
	for _, tc := range []struct {
		layout, text, want, problem string
		code                        int
	}{
		{"published", "Friday, March 1, 2024", "Friday, March 1, 2024 | 21 Adar I 5784", "error: --layout cannot write it (the dateline states no time of day)", exitInput},
		{"published", "Friday night, March 1, 2024", "Friday night, March 1, 2024 | 22 Adar I 5784", "error: --layout cannot write it (the dateline states no time of day)", exitInput},
		{"Jan 2, 2006 3:04 pm", "2024-03-05", "Tuesday, March 5, 2024 | 25 Adar I 5784", "error: --layout cannot write it (the dateline states no time of day)", exitInput},
		{"Mon Jan _2 15:04:05 MST 2006", "5 mars 2024", "Tuesday, March 5, 2024 | 25 Adar I 5784", "error: --layout cannot write it (the dateline states no time of day)", exitInput},
		{"Chanukah: 8th Day 2006", "Tuesday, March 5, 2024", "Tuesday, March 5, 2024 | 25 Adar I 5784", "error: --layout cannot write it (the day has no occasion", exitInput},
		{"published", "March 1-3, 2024 10:00 am", "March 1, 2024 10:00 am (also Sunday, March 3, 2024 | 23 Adar I 5784)", "warning: --layout cannot write a day it names too (the dateline states no time of day)", exitOK},
		// Near misses: days the layout writes.
		{"published", "Friday, March 1, 2024 10:00 am", "March 1, 2024 10:00 am", "", exitOK},
		{"Jan 2, 2006", "Friday, March 1, 2024", "Mar 1, 2024", "", exitOK},
		{"Chanukah: 8th Day 2006", "December 25, 2024", "Chanukah: 1 Candle 2024", "", exitOK},
	} {
		t.Run(tc.layout+" "+tc.text, func(t *testing.T) {
			for _, html := range []bool{false, true} {
				in, col := tc.text+"\n", "1"
				if html {
					in, col = "<html><p>"+tc.text+"</p></html>\n", "10"
				}
				r := runDualdate(in, "scan", "--reference", "2024-03-10", "--tz", "Asia/Jerusalem", "--layout", tc.layout)
				assert.Equal(t, tc.code, r.code, r.stderr)
				assert.NotContains(t, r.stdout, "%!")
				lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
				assert.Equal(t, "<stdin>:1:"+col+": "+tc.text+" => "+tc.want, lines[0])
				if tc.problem == "" {
					assert.Len(t, lines, 1)
				} else if assert.Len(t, lines, 2) {
					assert.True(t, strings.HasPrefix(lines[1], "<stdin>:1:"+col+": "+tc.problem), lines[1])
					assert.True(t, strings.HasSuffix(lines[1], "(layout)"), lines[1])
				}
			}
		})
	}
}
