package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHebrewBetweenNumericRange: Hebrew's "between" (בין) before a day or
// a day and month in numbers, and ל ("to", "and") before the whole
// numeric date that ends the range, read from the start, as "בין 7
// ל-15 בדצמבר 2023" with the month's name already was. "סגורים בין 5.4
// ל-7.4.2024" was found as its end, April 7, with nothing said (reported
// by round 48). Without בין, ל before a date is no range's; before a
// count it is prose.
func TestHebrewBetweenNumericRange(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	tests := []struct{ in, match, when string }{
		{"סגורים בין 5.4 ל-7.4.2024", "5.4 ל-7.4.2024", "2024-04-05"},
		{"בין 5 ל-7.4.2024", "5 ל-7.4.2024", "2024-04-05"},
		{"בין 5.4 ל7.4.2024", "5.4 ל7.4.2024", "2024-04-05"},
		{"בין 30.12 ל-2.1.2025", "30.12 ל-2.1.2025", "2024-12-30"},
		{"בין 5.4 ו-7.4.2024", "5.4 ו-7.4.2024", "2024-04-05"},
		{"ההרשמה ל-7.4.2024", "7.4.2024", "2024-04-07"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, ref)
			require.Len(t, ms, 1)
			assert.Contains(t, tc.in[ms[0].Start:ms[0].End], tc.match)
			assert.Equal(t, tc.when, ms[0].Report.Dateline.Time.Format("2006-01-02"))
		})
	}
	assert.Empty(t, dateline.Find("בין 5 ל-10 ילדים בכל כיתה", ref))
}

// TestHebrewBetweenLetterDays: "between" (בין) before a day in Hebrew
// letters and ל (to) before the last, glued to it or with a hyphen, with
// the month after the last or after each: "בין כ״ב לכ״ה באדר א׳ תשפ״ד"
// (between the 22nd and the 25th of Adar I) was found as its end alone,
// 25 Adar I, the first day lost with nothing said, and refused whole;
// "בין כ״ב באדר א׳ לכ״ה באדר א׳ תשפ״ד" was two datelines, the start's
// year inferred. Without בין, ל before a day is no range's join.
func TestHebrewBetweenLetterDays(t *testing.T) {
	for _, tc := range []struct{ in, match, start, end string }{
		{"הכנס יתקיים בין כ״ב לכ״ה באדר א׳ תשפ״ד בירושלים.", "כ״ב לכ״ה באדר א׳ תשפ״ד", "2024-03-02", "2024-03-05"},
		{"הכנס יתקיים בין כ״ב באדר א׳ לכ״ה באדר א׳ תשפ״ד.", "כ״ב באדר א׳ לכ״ה באדר א׳ תשפ״ד", "2024-03-02", "2024-03-05"},
		{"בין ט״ו ל-י״ח בשבט תשפ״ה", "ט״ו ל-י״ח בשבט תשפ״ה", "2025-02-13", "2025-02-16"},
		{"סגור בין כ״ח בשבט לב׳ באדר א׳ תשפ״ד", "כ״ח בשבט לב׳ באדר א׳ תשפ״ד", "2024-02-07", "2024-02-11"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, adv49Ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, tc.in[ms[0].Start:ms[0].End])
			assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
			assert.Equal(t, tc.start, ms[0].Report.Dateline.Time.Format("2006-01-02"))
			require.NotEmpty(t, ms[0].Report.Also)
			assert.Equal(t, tc.end, ms[0].Report.Also[len(ms[0].Report.Also)-1].Time.Format("2006-01-02"))
		})
	}
	// Parse reads the range whole, בין and all.
	for _, in := range []string{"בין כ״ב לכ״ה באדר א׳ תשפ״ד", "בין כ״ב באדר א׳ לכ״ה באדר א׳ תשפ״ד"} {
		t.Run(in, func(t *testing.T) {
			rep := dateline.Check(in, adv49Ref)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, "2024-03-02", rep.Dateline.Time.Format("2006-01-02"))
			require.NotEmpty(t, rep.Also)
			assert.Equal(t, "2024-03-05", rep.Also[len(rep.Also)-1].Time.Format("2006-01-02"))
		})
	}
	// Near misses: ל before a word, or without בין, joins no range.
	for _, tc := range []struct{ in, heb string }{
		{"נפגשים בכ״ב באדר א׳ תשפ״ד לכבוד החג", "22 Adar I 5784"},
		{"בין כ״ב באדר א׳ תשפ״ד ללילה", "22 Adar I 5784"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, adv49Ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.heb, ms[0].Report.Dateline.Hebrew.String())
			assert.Empty(t, ms[0].Report.Also)
		})
	}
}
