package dateline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// ref43 is "now" for the forty-third held-out round's tests.
var ref43 = dateline.Reference(time.Date(2026, time.November, 26, 12, 0, 0, 0, time.UTC))

// findOne43 finds the one dateline in text and checks that it starts at
// from and reads as the day want (YYYY-MM-DD) without an error.
func findOne43(t *testing.T, text, from, want string) dateline.Match {
	t.Helper()
	ms := dateline.Find(text, ref43)
	require.Len(t, ms, 1, "%q", text)
	m := ms[0]
	assert.Equal(t, want, m.Dateline.Time.Format(time.DateOnly), "%q", text[m.Start:m.End])
	assert.Equal(t, strings.Index(text, from), m.Start, "%q", text[m.Start:m.End])
	assert.True(t, m.OK(), "%v", m.Problems)
	return m
}

// TestNumericRangeSlashed: days joined by a dash before a date written with
// slashes are a range of one month's days, day first (the forty-third
// held-out round): "26-27/09/2022", as Hebrew, French and Spanish pages
// write a holiday's two days, is September 26 to 27. Before, the start
// went unread and the text was read as its last day, the 27th, with
// nothing said. Month first, a range would be the middle number's
// (09/26-27/2022); an end that cannot be read day first is no range.
func TestNumericRangeSlashed(t *testing.T) {
	for _, tc := range []struct{ text, from, want string }{
		{"השנה ראש השנה חל ביום שני ושלישי (26-27/09/2022 למניינם)", "26", "2022-09-26"},
		{"Les fêtes (2-3/10/2024) sont chômées", "2-3", "2024-10-02"},
		{"del 12 – 20/04/2025 en la sinagoga", "12", "2025-04-12"},
		{"Vacances 17-23/10/2024 inclus", "17", "2024-10-17"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findOne43(t, tc.text, tc.from, tc.want)
			assert.Contains(t, tc.text[m.Start:m.End], "/", "the range's end is the dateline's")
		})
	}
	for _, text := range []string{
		"26-13/09/2022", // no 13th month: no date read day first
		"Score 3-2/10 in the second half",
	} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, ref43) {
				assert.NotEqual(t, 26, m.Dateline.Time.Day(), "%q", text[m.Start:m.End])
				assert.NotEqual(t, 3, m.Dateline.Time.Day(), "%q", text[m.Start:m.End])
			}
		})
	}
}

// TestHebrewDayWordsPrefixed: a day of the month in words takes Hebrew's
// prefixes ב, ל and מ before its first word, "אור לארבעה עשר בניסן" (the
// night of the fourteenth of Nisan), and the ten of a number from 11 to 19
// whose unit is left unread is no day (the forty-third held-out round).
// Before, "עשר בניסן" of that text was read as 10 Nisan, with nothing
// said; Hebrew prose that starts with the prefixed words (לשנים רבות, for
// many years; בשבע בערב, at seven in the evening) is no date.
func TestHebrewDayWordsPrefixed(t *testing.T) {
	for _, tc := range []struct{ text, from, want string }{
		{"ההכנות לארבעה עשר בניסן תשפ״ד החלו", "לארבעה", "2024-04-22"},
		{"נטעו בחמשה עשר בשבט תשפ״ה עצים", "בחמשה", "2025-02-13"},
		{"מעשרים ואחד באדר ב׳ תשפ״ד ואילך", "מעשרים", "2024-03-31"},
		{"שלשה עשר באלול התשפ״ה", "שלשה", "2025-09-06"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			findOne43(t, tc.text, tc.from, tc.want)
		})
	}
	for _, text := range []string{
		"אור לארבעה עשר בניסן בודקים את החמץ",
		"ביום ארבעה עשר בניסן",
		"ערב של שבעה עשר בתמוז",
	} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, ref43) {
				assert.NotEqual(t, 10, m.Dateline.Hebrew.Day, "%q: the ten alone", text[m.Start:m.End])
			}
		})
	}
	for _, text := range []string{
		"לשנים רבות בעיר הזאת",
		"נפגשנו בשבע בערב ליד הבית",
		"מארבע פינות העולם",
		"עשר שנים אחר כך",
	} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, ref43))
		})
	}
}

// TestHebrewRangeOfDatelines: a range of two datelines of both calendars
// is read as one, with the civil date of each end after a dash or in
// brackets as after a comma, and joined by עד (until) after a verb that
// says the range lasts, "ויימשך עד" (and will last until), or with ל
// before the end's יום (עד ליום רביעי), as councils announce a
// registration (the forty-third held-out round). Before, each end was read
// as a dateline of its own.
func TestHebrewRangeOfDatelines(t *testing.T) {
	for _, tc := range []struct{ text, from, want, end string }{
		{"הרישום יחל ביום שני א' בשבט התשפ\"ב (03 ינואר 2022) ויימשך עד יום ראשון כ\"א בשבט התשפ\"ב (23 ינואר 2022)",
			"שני א'", "2022-01-03", "2022)"},
		{"ההרשמה תיפתח ביום רביעי ח' באדר תשפ\"ב, 09/02/2022 ותימשך עד ליום רביעי ט\"ו באדר התשפ\"ב 16/02/2022 בשעה",
			"רביעי ח'", "2022-02-09", "16/02/2022"},
		{"גיל 5 – ג' טבת תשע\"ז – 1 בינואר 2017 עד י\"ג בטבת תשע\"ח – 31 בדצמבר 2017",
			"ג' טבת", "2017-01-01", "31 בדצמבר 2017"},
		{"התערוכה נפתחה ביום א׳ בכסלו התשפ״ה (2 בדצמבר 2024) ונמשכה עד ל׳ בכסלו התשפ״ה (31 בדצמבר 2024).",
			"א׳ בכסלו", "2024-12-02", "2024)"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findOne43(t, tc.text, tc.from, tc.want)
			assert.True(t, strings.HasSuffix(tc.text[:m.End], tc.end), "the end is the dateline's: %q", tc.text[m.Start:m.End])
		})
	}
	// A verb of lasting after a date with no date after עד, and two
	// dates a sentence apart, are no range.
	for _, tc := range []struct {
		text string
		n    int
	}{
		{"הרישום יחל ב-3 בינואר 2022 ויימשך עד שיתמלאו המקומות", 1},
		{"הטקס ב-3 בינואר 2022. הכנס ויימשך עד הערב, ב-5 בינואר 2022", 2},
	} {
		t.Run(tc.text, func(t *testing.T) {
			assert.Len(t, dateline.Find(tc.text, ref43), tc.n)
		})
	}
}
