package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHebrewYearLeads: "לשנת" (of the year), the formula of letters,
// invitations and tombstones, and "משנת" (from the year) lead the year
// after a date as "בשנת" and "שנת" do. "כ״ב באדר א׳ לשנת תשפ״ב" was read
// as 22 Adar I of the reference's year, two years off the 5782 it names.
// Without a year after it the word is prose, and the date keeps no year.
func TestHebrewYearLeads(t *testing.T) {
	for _, tc := range []struct{ in, day, text string }{
		{"כ״ב באדר א׳ לשנת תשפ״ב", "2022-02-23", "כ״ב באדר א׳ לשנת תשפ״ב"},
		{`כ"ב באדר א' לשנת תשפ"ב`, "2022-02-23", `לשנת תשפ"ב`},
		{"ט״ו בשבט לשנת תשע״ט", "2019-01-21", "ט״ו בשבט לשנת תשע״ט"},
		{"נולד בט״ו בשבט משנת תשע״ט", "2019-01-21", "ט״ו בשבט משנת תשע״ט"},
		{"כ״ב באדר א׳ בשנת תשפ״ב", "2022-02-23", "בשנת תשפ״ב"},
		{"כ״ב באדר א׳ שנת תשפ״ב", "2022-02-23", "שנת תשפ״ב"},
		{"2 במרץ לשנת 2024", "2024-03-02", "2 במרץ לשנת 2024"},
		{"2 במרץ בשנת 2022", "2022-03-02", "2 במרץ בשנת 2022"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, dateline.Reference(corpusReference))
			require.Len(t, ms, 1)
			assert.Equal(t, tc.day, ms[0].Report.Dateline.Time.Format("2006-01-02"))
			assert.True(t, ms[0].Report.OK(), "%v", ms[0].Report.Problems)
			assert.Contains(t, tc.in[ms[0].Start:ms[0].End], tc.text)
			for _, p := range ms[0].Report.Problems {
				assert.NotEqual(t, dateline.CodeYearInferred, p.Code, p.Message)
			}
		})
	}
	// Prose after the word: the date is read without it.
	for _, in := range []string{"כ״ב באדר א׳ לשנת הלימודים", "2 במרץ משנת הלימודים"} {
		t.Run(in, func(t *testing.T) {
			ms := dateline.Find(in, dateline.Reference(corpusReference))
			require.Len(t, ms, 1)
			assert.NotContains(t, in[ms[0].Start:ms[0].End], "שנת")
		})
	}
}
