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

// TestHebrewOccasionPrefixes: the prefixes Hebrew glues before ב (on)
// and before an occasion's name, ו (and), ש (that), כש (when), and ו
// alone, are text of the dateline, as ב alone was: "ובפורים תשפ״ד
// נפגשנו" (and on Purim 5784 we met) was no date. A prefix before a word
// that starts a name, without the rest of it, is still prose.
func TestHebrewOccasionPrefixes(t *testing.T) {
	for _, tc := range []struct{ in, day, text string }{
		{"ובפורים תשפ״ד נפגשנו", "2024-03-24", "ובפורים תשפ״ד"},
		{"וביום כיפור תשפ״ה צמנו", "2024-10-12", "וביום כיפור תשפ״ה"},
		{"כשבפסח תשפ״ה נסענו", "2025-04-13", "כשבפסח תשפ״ה"},
		{"שבפורים תשפ״ד היה גשם", "2024-03-24", "שבפורים תשפ״ד"},
		{"ופורים תשפ״ד", "2024-03-24", "ופורים תשפ״ד"},
		{"ושבועות תשפ״ה", "2025-06-02", "ושבועות תשפ״ה"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, dateline.Reference(corpusReference))
			require.Len(t, ms, 1)
			assert.Equal(t, tc.day, ms[0].Report.Dateline.Time.Format("2006-01-02"))
			assert.True(t, ms[0].Report.OK(), "%v", ms[0].Report.Problems)
			assert.Equal(t, tc.text, tc.in[ms[0].Start:ms[0].End])
		})
	}
	for _, in := range []string{"וביום שני נפגשנו", "ובחג נפגשנו", "ובראש העיר"} {
		t.Run(in, func(t *testing.T) {
			assert.Empty(t, dateline.Find(in, dateline.Reference(corpusReference)))
		})
	}
}
