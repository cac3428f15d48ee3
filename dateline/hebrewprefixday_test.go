package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHebrewPrefixClusterDay: a day in Hebrew letters after a cluster of
// Hebrew's prefixes (ו and, ש that, כש when, ה the, before ב on) is the
// day, as after ב, ל or מ alone. "וכ״ב באדר א׳ תשפ״ד" (and the 22nd of
// Adar I) was the whole month Adar I 5784, its day read as a numeral of
// thousands and dropped. Bare letters after a prefix are a word, not a
// numeral, and the month alone is read after them as before.
func TestHebrewPrefixClusterDay(t *testing.T) {
	for _, tc := range []struct{ in, day string }{
		{"וכ״ב באדר א׳ תשפ״ד", "2024-03-02"},
		{`וכ"ב באדר א' תשפ"ד`, "2024-03-02"},
		{"שכ״ב באדר א׳ תשפ״ד", "2024-03-02"},
		{"כשכ״ב באדר א׳ תשפ״ד", "2024-03-02"},
		{"הכ״ב באדר א׳ תשפ״ד", "2024-03-02"},
		{"ובכ״ב באדר א׳ תשפ״ד", "2024-03-02"},
		{"שבכ״ב באדר א׳ תשפ״ד", "2024-03-02"},
		{"וכשבכ״ב באדר א׳ תשפ״ד", "2024-03-02"},
		{"וט״ו בשבט תשפ״ה", "2025-02-13"},
		{"וא׳ באדר א׳ תשפ״ד", "2024-02-10"},
		{"ול׳ בשבט תשפ״ד", "2024-02-09"},
		{"ולי״ד ניסן תשפ״ד", "2024-04-22"},
		// near misses that read as before
		{"בכ״ב באדר א׳ תשפ״ד", "2024-03-02"},
		{"לי״ד ניסן תשפ״ד", "2024-04-22"},
		{"כ״ב באדר א׳ תשפ״ד", "2024-03-02"},
		{"ל׳ בשבט תשפ״ד", "2024-02-09"},
		{"ו-2 במרץ 2024", "2024-03-02"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, dateline.Reference(corpusReference))
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			ms := dateline.Find("נפגשנו "+tc.in+" בירושלים", dateline.Reference(corpusReference))
			require.Len(t, ms, 1)
			assert.Equal(t, tc.day, ms[0].Report.Dateline.Time.Format("2006-01-02"))
			for _, p := range ms[0].Report.Problems {
				assert.NotEqual(t, dateline.CodeMonthOnly, p.Code, p.Message)
			}
		})
	}
	// A word after the prefixes, its letters a numeral without the
	// numeral's marks, is prose: the month after it is read alone.
	for _, in := range []string{"וכב באדר א׳ תשפ״ד", "ובחג באדר א׳ תשפ״ד", "שבט באדר א׳ תשפ״ד"} {
		t.Run(in, func(t *testing.T) {
			ms := dateline.Find(in, dateline.Reference(corpusReference))
			require.Len(t, ms, 1)
			assert.Equal(t, "באדר א׳ תשפ״ד", in[ms[0].Start:ms[0].End])
		})
	}
}

// TestHebrewLetterDayList: days in Hebrew letters listed with ו (and)
// glued to the last and commas before it are one dateline of the first
// day, the others its Also, as the digits of "ב-2 ו-5 במרץ 2024" are.
// "כ״ב וכ״ה באדר א׳ תשפ״ד" (the 22nd and 25th) was the whole month Adar
// I; read with the ו as a prefix alone, it would be the 25th alone. Bare
// letters after ו are a word, and the days are not a list.
func TestHebrewLetterDayList(t *testing.T) {
	for _, tc := range []struct {
		in, day string
		also    []string
	}{
		{"כ״ב וכ״ה באדר א׳ תשפ״ד", "2024-03-02", []string{"2024-03-05"}},
		{`כ"ב וכ"ה באדר א' תשפ"ד`, "2024-03-02", []string{"2024-03-05"}},
		{"בכ״ב ובכ״ה באדר א׳ תשפ״ד", "2024-03-02", []string{"2024-03-05"}},
		{"כ״ב, כ״ג וכ״ה באדר א׳ תשפ״ד", "2024-03-02", []string{"2024-03-03", "2024-03-05"}},
		{"י״ד וט״ו באדר ב׳ תשפ״ד", "2024-03-24", []string{"2024-03-25"}},
		{"א׳ וב׳ בתשרי תשפ״ה", "2024-10-03", []string{"2024-10-04"}},
		// near misses: a range, digits, and one day
		{"כ״ב-כ״ה באדר א׳ תשפ״ד", "2024-03-02", []string{"2024-03-05"}},
		{"ב-2 ו-5 במרץ 2024", "2024-03-02", []string{"2024-03-05"}},
		{"כ״ב באדר א׳ תשפ״ד", "2024-03-02", nil},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find("נפגשנו "+tc.in+" בירושלים", dateline.Reference(corpusReference))
			require.Len(t, ms, 1)
			rep := ms[0].Report
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			var also []string
			for _, d := range rep.Also {
				also = append(also, d.Time.Format("2006-01-02"))
			}
			assert.Equal(t, tc.also, also)
		})
	}
	// "וכה" is a word (and so), not the 25th: the list is not read, and
	// its first day is the dateline's own without it.
	ms := dateline.Find("כ״ב וכה באדר א׳ תשפ״ד", dateline.Reference(corpusReference))
	require.Len(t, ms, 1)
	assert.Empty(t, ms[0].Report.Also)
}
