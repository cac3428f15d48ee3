package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout97HebrewEndsVerbRange: Hebrew's verbs "and (it) ends"
// (ותסתיים, ויסתיים, ומסתיימת, והסתיים ..., the root סתיים with "and", ו,
// glued before it) join a range's two whole dates after its start's verb
// ("opens", "begins"), as clubs, schools and community centres announce a
// season: "עונת הפעילות תיפתח ב- 1/9/2023 ותסתיים ב- 20/6/24"
// (pnaimm.co.il, the ninety-seventh held-out round: the activity season
// will open on 1/9/2023 and end on 20/6/24) was two datelines. "On the
// date" (בתאריך) or "on the day" (ביום, before a weekday) may come between
// the verb and the end, and a comma before the verb. A range of datelines
// of both calendars, as Israel's school calendars print a holiday ("ביום
// ראשון, י"ד בתשרי התשע"ט, 23 בספטמבר 2018, ותסתיים ביום שלישי, כ"ג
// בתשרי התשע"ט, 2 באוקטובר 2018"), is read as after עד (until), its end's
// Hebrew date checked against its civil one. The range is read day first, as Hebrew text
// writes its numbers, and may be as long as a school year; a year of four
// digits at one end and two at the other, which a dash or "to" leaves two
// dates (see TestHebrewFallsBetween), is one century's after the verb.
// An end before the start, a two-digit end that would cross into another
// century or fall before the start, and the verb without a date after it
// join nothing; a weekday that is not its date's is still an error.
func TestHeldout97HebrewEndsVerbRange(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"עונת הפעילות תיפתח ב- 1/9/2023 ותסתיים ב- 20/6/24",
			"ב- 1/9/2023 ותסתיים ב- 20/6/24", "2023-09-01", "15 Elul 5783"},
		{"ההרשמה תיפתח ב-4/10/2023 ותסתיים ב-5/10/2025",
			"ב-4/10/2023 ותסתיים ב-5/10/2025", "2023-10-04", "19 Tishrei 5784"},
		{"שנת הלימודים מתחילה בתאריך 1.9.23 ומסתיימת בתאריך 30.6.24",
			"1.9.23 ומסתיימת בתאריך 30.6.24", "2023-09-01", "15 Elul 5783"},
		{"הטקס נפתח ב-1/9/2023 והסתיים ב-2/9/2023",
			"ב-1/9/2023 והסתיים ב-2/9/2023", "2023-09-01", "15 Elul 5783"},
		// Day first: February 1 to April 3, not January 2 to March 4.
		{"ההגשה נפתחה ב-01/02/2024 ותסתיים ב-03/04/2024",
			"ב-01/02/2024 ותסתיים ב-03/04/2024", "2024-02-01", "22 Shevat 5784"},
		{"ההרשמה תיפתח ב- 1/9/2023 ותסתיים ב- 20 ביוני 2024",
			"ב- 1/9/2023 ותסתיים ב- 20 ביוני 2024", "2023-09-01", "15 Elul 5783"},
		{"הקורס יתחיל ב-3/9/2023 ויסתיים ביום 7/9/2023",
			"ב-3/9/2023 ויסתיים ביום 7/9/2023", "2023-09-03", "17 Elul 5783"},
		{"הקורס יתחיל ביום ראשון 3/9/2023 ויסתיים ביום חמישי 7/9/2023",
			"ראשון 3/9/2023 ויסתיים ביום חמישי 7/9/2023", "2023-09-03", "17 Elul 5783"},
		{"תיפתח ב-1/9/2023, ותסתיים ב-20/6/2024",
			"ב-1/9/2023, ותסתיים ב-20/6/2024", "2023-09-01", "15 Elul 5783"},
		{"החופשה תחל ביום ראשון, י\"ד בתשרי התשע\"ט, 23 בספטמבר 2018, ותסתיים ביום שלישי, כ\"ג בתשרי התשע\"ט, 2 באוקטובר 2018.",
			"ראשון, י\"ד בתשרי התשע\"ט, 23 בספטמבר 2018, ותסתיים ביום שלישי, כ\"ג בתשרי התשע\"ט, 2 באוקטובר 2018",
			"2018-09-23", "14 Tishrei 5779"},
	})
	// The end's Hebrew date that is not its civil date's is an error:
	// 2 October 2018 was 23 Tishrei, not 24.
	ms := dateline.Find("ביום ראשון, י\"ד בתשרי התשע\"ט, 23 בספטמבר 2018 ויסתיים ביום שלישי, כ\"ד בתשרי התשע\"ט, 2 באוקטובר 2018", heldoutRef)
	if assert.Len(t, ms, 1) {
		assert.False(t, ms[0].OK(), "24 Tishrei 5779 is 3 October")
	}
	// The end's weekday is checked as before: 7 September 2023 is a
	// Thursday, not a Monday.
	ms = dateline.Find("הקורס יתחיל ביום ראשון 3/9/2023 ויסתיים ביום שני 7/9/2023", heldoutRef)
	if assert.Len(t, ms, 1) {
		assert.False(t, ms[0].OK(), "a Monday that is a Thursday")
	}
	// No range: two dates, or the start alone.
	for _, c := range []struct {
		in    string
		texts []string
	}{
		{"העונה תיפתח ב- 1/9/1999 ותסתיים ב- 20/6/00", []string{"ב- 1/9/1999", "ב- 20/6/00"}},
		{"העונה תיפתח ב- 1/9/2023 ותסתיים ב- 20/6/22", []string{"ב- 1/9/2023", "ב- 20/6/22"}},
		{"יתחיל ב-5/3/2024 ויסתיים ב-4/3/2024", []string{"ב-5/3/2024", "ב-4/3/2024"}},
		{"ההרשמה תיפתח ב- 1/9/2023 ותסתיים", []string{"ב- 1/9/2023"}},
		{"ב-1/9/2023 ומסתיימת בתאריך שייקבע", []string{"ב-1/9/2023"}},
		{"ב-1/9/2023,ותסתיים ב-20/6/2024", []string{"ב-1/9/2023", "ב-20/6/2024"}},
		{"24.09.2023 - 25.09.23", []string{"24.09.2023", "25.09.23"}},
		// The real row's third date, after the range, is a dateline of
		// its own (matnastc.co.il, the ninety-seventh held-out round).
		{"שנת הפעילות בחוגי המתנ\"ס מתחילה בתאריך 1/9/23 ומסתיימת בתאריך 30/6/24, למעט חוגים המסתיימים ב- 30/7/24.",
			[]string{"1/9/23 ומסתיימת בתאריך 30/6/24", "ב- 30/7/24"}},
	} {
		ms := dateline.Find(c.in, heldoutRef)
		var got []string
		for _, m := range ms {
			got = append(got, c.in[m.Start:m.End])
		}
		assert.Equal(t, c.texts, got, c.in)
	}
}

// TestHeldout97HebrewBracketDayFirst: a numeric date in an opening
// bracket after a Hebrew word is Hebrew text's, day first, as memorial
// pages write a life's dates after the name: "דף הנצחה להרץ אלמה ז”ל
// (03/06/1889 – 04/11/1973) ( – ט חשון תשל”ד )" (Kibbutz Afikim, the
// ninety-seventh held-out round) read the birth as March 6 and, without
// the Hebrew date after it, the death as April 11, each with the warning
// that it reads both ways. The date after the dash takes the order of
// the one before it, which follows the Hebrew word. The life stays two
// datelines (no range is ninety years), the row's one day unread. Without
// a Hebrew word before the bracket, the order is still unknown.
func TestHeldout97HebrewBracketDayFirst(t *testing.T) {
	for _, c := range []struct {
		in    string
		days  []string
		clean bool // no problem, not even the warning
	}{
		{"דף הנצחה להרץ אלמה ז”ל (03/06/1889 – 04/11/1973) ( – ט חשון תשל”ד )", []string{"1889-06-03", "1973-11-04"}, true},
		{"דף הנצחה להרץ אלמה ז”ל (03/06/1889 – 04/11/1973)", []string{"1889-06-03", "1973-11-04"}, true},
		{"נפטר (3/6/1989 - 4/11/2001)", []string{"1989-06-03", "2001-11-04"}, true},
		{"נולד (03/06/1889)", []string{"1889-06-03"}, true},
		{"הטקס (05/04/2020) יתקיים", []string{"2020-04-05"}, true},
		// No Hebrew word before the bracket: both orders, and the
		// warning, as before.
		{"Alma Herz (03/06/1889 – 04/11/1973)", []string{"1889-03-06", "1973-04-11"}, false},
		{"(03/06/1889 – 04/11/1973)", []string{"1889-03-06", "1973-04-11"}, false},
	} {
		t.Run(c.in, func(t *testing.T) {
			ms := dateline.Find(c.in, heldoutRef)
			var days []string
			for _, m := range ms {
				days = append(days, m.Dateline.Time.Format(time.DateOnly))
				assert.Equal(t, c.clean, len(m.Problems) == 0, "%v", m.Problems)
			}
			assert.Equal(t, c.days, days)
		})
	}
}
