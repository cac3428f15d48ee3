package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHebrewPrefixClusterWeekday: a Hebrew weekday after ביום (on the
// day) or as בשבת (on Shabbat) with the prefixes ו (and), ש (that) or כש
// (when) glued before is the dateline's weekday, as without them, and a
// wrong one an error. "וביום חמישי, 2 במרץ 2024" (and on Thursday, March
// 2: a Saturday) and "ובשבת, 3 במרץ 2024" (a Sunday) had the weekday left
// out of the match and passed with no problem. A right weekday passes;
// letters that are no cluster of prefixes leave the weekday out as before.
func TestHebrewPrefixClusterWeekday(t *testing.T) {
	for _, tc := range []struct {
		in, day string
		wrong   bool
	}{
		{"וביום חמישי, 2 במרץ 2024", "2024-03-02", true},
		{"שביום חמישי, 2 במרץ 2024", "2024-03-02", true},
		{"כשביום חמישי, 2 במרץ 2024", "2024-03-02", true},
		{"וביום חמישי כ״ב באדר א׳ תשפ״ד", "2024-03-02", true},
		{"ובשבת, 3 במרץ 2024", "2024-03-03", true},
		{"שבשבת, 3 במרץ 2024", "2024-03-03", true},
		{"וכשבשבת, 3 במרץ 2024", "2024-03-03", true},
		{"והשבת, 3 במרץ 2024", "2024-03-03", true},
		{"וביום שבת, 3 במרץ 2024", "2024-03-03", true},
		// near misses: the right weekday, and the forms read before
		{"וביום שבת, 2 במרץ 2024", "2024-03-02", false},
		{"ובשבת, 2 במרץ 2024", "2024-03-02", false},
		{"וביום שבת כ״ב באדר א׳ תשפ״ד", "2024-03-02", false},
		{"ביום חמישי, 2 במרץ 2024", "2024-03-02", true},
		{"בשבת, 3 במרץ 2024", "2024-03-03", true},
	} {
		t.Run(tc.in, func(t *testing.T) {
			text := "נפגשנו " + tc.in + " בירושלים"
			ms := dateline.Find(text, dateline.Reference(corpusReference))
			require.Len(t, ms, 1)
			rep := ms[0].Report
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			var codes []dateline.Code
			for _, p := range rep.Problems {
				if p.Severity == dateline.Error {
					codes = append(codes, p.Code)
				}
			}
			if tc.wrong {
				assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, codes)
			} else {
				assert.Empty(t, codes)
				assert.Contains(t, text[ms[0].Start:ms[0].End], "שבת") // the weekday read
			}
		})
	}
	// "הוביום" is no cluster of prefixes: its weekday is not read.
	ms := dateline.Find("הוביום חמישי, 2 במרץ 2024", dateline.Reference(corpusReference))
	require.Len(t, ms, 1)
	assert.Equal(t, "2 במרץ 2024", "הוביום חמישי, 2 במרץ 2024"[ms[0].Start:ms[0].End])
}
