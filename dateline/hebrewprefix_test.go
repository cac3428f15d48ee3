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

// TestHebrewEveningPrefixes: the prefix clusters Hebrew glues before an
// occasion's name (ו, ש, כש before ב, and ו alone) go before the words
// for an evening and an eve as well, מוצאי, מוצ״ש, ליל, ערב. "ובמוצאי
// שבת 2.3.2024" (and on Saturday night) was read from שבת, as Saturday's
// own 22 Adar I, where its evening is 23; "ובליל שבת, 1.3.2024" said
// Friday was no Saturday. A word after ובערב that names no day or
// occasion is prose, and the date after it is read alone.
func TestHebrewEveningPrefixes(t *testing.T) {
	for _, tc := range []struct {
		in, day, hebrew, text string
		ok                    bool
	}{
		{"ובמוצאי שבת 2.3.2024 נערך הטקס", "2024-03-02", "23 Adar I 5784", "ובמוצאי שבת 2.3.2024", true},
		{"ובמוצ״ש, 2.3.2024", "2024-03-02", "23 Adar I 5784", "ובמוצ״ש, 2.3.2024", true},
		{"שבמוצאי שבת, 2.3.2024, נפגשנו", "2024-03-02", "23 Adar I 5784", "שבמוצאי שבת, 2.3.2024", true},
		{"ומוצאי שבת 2.3.2024", "2024-03-02", "23 Adar I 5784", "ומוצאי שבת 2.3.2024", true},
		{"ובליל שישי 29.2.2024", "2024-02-29", "21 Adar I 5784", "ובליל שישי 29.2.2024", true},
		{"וכשבליל שישי 29.2.2024 ירד שלג", "2024-02-29", "21 Adar I 5784", "וכשבליל שישי 29.2.2024", true},
		{"ובליל שבת, 1.3.2024", "2024-03-01", "22 Adar I 5784", "ובליל שבת, 1.3.2024", true},
		{"ובערב שבת 1.3.2024", "2024-03-01", "21 Adar I 5784", "ובערב שבת 1.3.2024", true},
		{"ובערב פסח תשפ״ד", "2024-04-22", "14 Nisan 5784", "ובערב פסח תשפ״ד", true},
		{"שבערב פסח תשפ״ד", "2024-04-22", "14 Nisan 5784", "שבערב פסח תשפ״ד", true},
		{"ובערב יום כיפור תשפ״ה", "2024-10-11", "9 Tishrei 5785", "ובערב יום כיפור תשפ״ה", true},
		{"ובערב ראש השנה תשפ״ה", "2024-10-02", "29 Elul 5784", "ובערב ראש השנה תשפ״ה", true},
		// The weekday is checked against the date.
		{"ובמוצאי שבת 1.3.2024", "2024-03-01", "", "ובמוצאי שבת 1.3.2024", false},
		{"ובערב שבת 2.3.2024", "2024-03-02", "", "ובערב שבת 2.3.2024", false},
		// Prose: the date alone.
		{"ובערב ראינו סרט, 2.3.2024", "2024-03-02", "22 Adar I 5784", "2.3.2024", true},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, dateline.Reference(corpusReference))
			require.Len(t, ms, 1)
			assert.Equal(t, tc.day, ms[0].Report.Dateline.Time.Format("2006-01-02"))
			if tc.hebrew != "" {
				assert.Equal(t, tc.hebrew, ms[0].Report.Dateline.Hebrew.String())
			}
			assert.Equal(t, tc.ok, ms[0].Report.OK(), "%v", ms[0].Report.Problems)
			assert.Equal(t, tc.text, tc.in[ms[0].Start:ms[0].End])
		})
	}
}
