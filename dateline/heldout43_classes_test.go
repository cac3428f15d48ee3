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

// TestMonthAfterLamed: a Gregorian month's name in Hebrew script after the
// prefix ל (of), as after ב, "2 ליולי 2020", is read in every place a
// month follows a day, dates and ranges alike, and a layout writes the
// prefix back (the forty-third held-out round). Before, the date was not
// found. ל before a month with no day before it is prose ("נדחה ליולי
// 2020", postponed to July 2020).
func TestMonthAfterLamed(t *testing.T) {
	for _, tc := range []struct{ text, from, want string }{
		{"תושבים יקרים, 2 ליולי 2020", "2", "2020-07-02"},
		{"הכנס יתקיים ב-15 לספטמבר 2024 בשעה 18:00", "ב-15", "2024-09-15"},
		{"יום חמישי, 2 ליולי 2020", "יום", "2020-07-02"},
		{"מ-2 ליולי ועד 5 ליולי 2020", "מ-2", "2020-07-02"},
		{"2-5 ליולי 2020", "2-5", "2020-07-02"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			findOne43(t, tc.text, tc.from, tc.want)
		})
	}
	assert.Empty(t, dateline.Find("הכנס נדחה ליולי 2020 בגלל המגפה", ref43))
	l, err := dateline.LayoutOf("2 ליולי 2020")
	require.NoError(t, err)
	d := dateline.New(time.Date(2024, time.December, 27, 0, 0, 0, 0, time.UTC))
	out := l.Format(d.Time, d.Hebrew)
	assert.Equal(t, "27 לדצמבר 2024", out)
	back, err := dateline.Parse(out)
	require.NoError(t, err)
	assert.Equal(t, d.Time, back.Time)
}

// TestClockGluedToHebrew: a time of day with a Hebrew word glued to it, as
// a page sets a byline without its space, "09:40ע"י" (09:40 by), is read
// (the forty-third held-out round); no unit of a time is written in Hebrew
// letters. Latin letters glued to a time are still no time (10:30xyz).
func TestClockGluedToHebrew(t *testing.T) {
	for _, tc := range []struct{ text, from, clock string }{
		{"נהריה פורסם: 25.08.19 , 09:40ע\"י רשת לינק", "25", "09:40"},
		{"עודכן 3.5.2022 18:05מערכת", "3.5", "18:05"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref43)
			require.Len(t, ms, 1)
			assert.Equal(t, strings.Index(tc.text, tc.from), ms[0].Start)
			assert.True(t, ms[0].Dateline.HasTime)
			assert.Equal(t, tc.clock, ms[0].Dateline.Time.Format("15:04"))
		})
	}
	ms := dateline.Find("Posted 25.08.19 09:40xyz", ref43)
	for _, m := range ms {
		assert.False(t, m.Dateline.HasTime, "%q", "Posted 25.08.19 09:40xyz"[m.Start:m.End])
	}
}

// TestLetterBeforeMonthIsDay: after יום, a letter with a month's name right
// after it is the month's day, "יום ה' אדר ה׳תשס״ד 27.02.2004" (the day 5
// Adar 5764), as the page writes "יום כ״א כסלו" too (the forty-third
// held-out round); it was read as Thursday, and the date, found from the
// civil one, said to fall on the wrong weekday. A letter with a day after
// it, or set off by a comma, is still the weekday, and so is one before
// an abbreviation that starts with a month's letters (אדר״ח: א׳ דר״ח).
func TestLetterBeforeMonthIsDay(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"מערכת COL | יום ה' אדר ה׳תשס״ד 27.02.2004", "5 Adar 5764"},
		{"יום ג׳ טבת תשפ״ה", "3 Tevet 5785"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref43)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.want, ms[0].Dateline.Hebrew.String())
			assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
		})
	}
	for _, tc := range []struct {
		text    string
		weekday time.Weekday
	}{
		{"יום ה׳ כ״ה אדר ה׳תשס״ד", time.Thursday},
		{"יום ה׳, ד׳ אדר ה׳תשס״ד", time.Thursday},
		{"יום ו' אדר\"ח אדר תש\"י", time.Friday},
	} {
		t.Run(tc.text, func(t *testing.T) {
			r := dateline.Check(tc.text, ref43)
			require.True(t, r.OK(), "%v", r.Problems)
			assert.Equal(t, tc.weekday, r.Dateline.Time.Weekday())
		})
	}
}

// TestNumeralAfterPrefix: a day in Hebrew letters takes the prefixes ל
// and מ glued to it as it takes ב: "אור לי״ד ניסן תשפ״ד" (the night of 14
// Nisan 5784), "מט״ו בשבט", which a numeral reads as 44 and 55, no day
// (the forty-third held-out round); the text was read as Nisan 5784, a
// month without its day. A numeral that is one, ל״ג בעומר, is no prefix.
func TestNumeralAfterPrefix(t *testing.T) {
	for _, tc := range []struct{ text, from, want string }{
		{"בדיקת חמץ אור לי\"ד ניסן תשפ\"ד", "אור", "14 Nisan 5784"}, // the night of, since TestOrLeHebrewNight
		{"ההרשמה לכ\"ה בכסלו תשפ\"ה", "לכ", "25 Kislev 5785"},
		{"ל\"ג בעומר תשפ\"ד", "ל\"ג", "18 Iyyar 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref43)
			require.Len(t, ms, 1)
			assert.Equal(t, strings.Index(tc.text, tc.from), ms[0].Start)
			assert.Equal(t, tc.want, ms[0].Dateline.Hebrew.String())
			assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
		})
	}
	// Abbreviations whose letters after the first add up to a day
	// (מט״ח, foreign currency; מח״ט, a brigade's commander) are no day
	// before a civil month, which a day in letters does not take.
	for _, text := range []string{"רכישות מט\"ח בינואר 2024 עלו", "מח\"ט בינואר 2024 מונה"} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, ref43) {
				assert.True(t, m.Dateline.Time.IsZero(), "%q read as a day", text[m.Start:m.End])
			}
		})
	}
}

// TestHebrewRangeYearAtEnd: a range of Hebrew dates whose year comes after
// its end only, joined by a dash or by עד (until), with its prefix מ
// (from) glued to the first day or not, is read as one dateline in that
// year, as "March 2 to 4, 2024" is (the forty-third held-out round).
// Before, the start was read alone, in the year nearest the reference,
// and the end as a second dateline.
func TestHebrewRangeYearAtEnd(t *testing.T) {
	for _, tc := range []struct{ text, from, want string }{
		{"ט\"ו בשבט עד כ\"א בשבט תשפ\"ה", "ט", "2025-02-13"},
		{"השבוע מט\"ו בשבט עד כ\"א בשבט תשפ\"ה נטעו", "מט", "2025-02-13"},
		{"כ\"ה בכסלו – ב׳ בטבת תשפ\"ה", "כ", "2024-12-26"},
		{"י\"ד באדר עד ט\"ו באדר תשפ\"ה", "י", "2025-03-14"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			findOne43(t, tc.text, tc.from, tc.want)
		})
	}
}

// TestBareAdarRangeLeapYear: a range whose ends both say a bare Adar, in a
// leap year, is in one Adar, the one the dateline's own Adar is read as
// (Adar II, with the warning that says so): "י״ד באדר – ט״ו באדר תשפ״ד" was
// said to run backwards, its end counted to Adar I, 29 days before its
// start. An end that names its Adar keeps it.
func TestBareAdarRangeLeapYear(t *testing.T) {
	for _, tc := range []struct{ text, want, layout string }{
		{"י\"ד באדר – ט\"ו באדר תשפ\"ד", "14 Adar II 5784", "ב' בטבת – ג' בטבת תשס\"ו"},
		{"י\"ד באדר עד ט\"ו באדר תשפ\"ד", "14 Adar II 5784", "ב' בטבת עד ג' בטבת תשס\"ו"},
		{"י\"ד באדר א׳ – ט\"ו באדר א׳ תשפ\"ד", "14 Adar I 5784", "ב' בטבת – ג' בטבת תשס\"ו"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			r := dateline.Check(tc.text, ref43)
			require.True(t, r.OK(), "%v", r.Problems)
			assert.Equal(t, tc.want, r.Dateline.Hebrew.String())
			assert.Equal(t, tc.layout, r.Layout, "the end is the next day")
		})
	}
}
