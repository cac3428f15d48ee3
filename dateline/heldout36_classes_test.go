package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHebrewFallsBetween: made-up lines of the class the thirty-sixth
// held-out set (Hebrew and Yiddish pages) found unread in "יום כיפור יחול
// השנה, בין יום ראשון 24.09.23 ויום שני 25.09.23" (Yom Kippur falls this
// year between Sunday 24.09.23 and Monday 25.09.23), which was two
// datelines, the occasion left out:
//
//   - a range of numeric dates whose years have two digits at both ends,
//     "24.09.23 - 25.09.23", as Israeli pages write them: only a range of
//     four-digit years was read, the two-digit one was two days; a year
//     00 (a leap year in one century and not the other) or a range from
//     99 into 00, or two digits at one end and four at the other, stay
//     two dates;
//   - Hebrew's "between" (בין) before the start and its "and" (ו) or
//     "to" (ל) glued to the end's weekday or day: a range, its ends as
//     far apart as they say; without "between", "and" lists two days and
//     ל is a preposition, as before;
//   - an occasion, Hebrew's verb for "falls" (יחול, חל, תחול), "this
//     year" and a comma or not, and the date or range after it, the
//     occasion's as after English's "falls on": a date without its year
//     takes the occasion's, and a date that is not the occasion's is an
//     error.
func TestHebrewFallsBetween(t *testing.T) {
	for _, c := range []struct{ in, text, day, heb string }{
		// Ranges of two-digit years.
		{"יום ראשון 24.09.23 - יום שני 25.09.23", "יום ראשון 24.09.23 - יום שני 25.09.23", "2023-09-24", "9 Tishrei 5784"},
		{"החופשה 30.12.23 - 2.1.24 בלבד", "30.12.23 - 2.1.24", "2023-12-30", "18 Tevet 5784"},
		{"Sunday 24/09/23 - Monday 25/09/23", "Sunday 24/09/23 - Monday 25/09/23", "2023-09-24", "9 Tishrei 5784"},
		{"מיום ראשון 24.09.23 ועד יום שני 25.09.23", "ראשון 24.09.23 ועד יום שני 25.09.23", "2023-09-24", "9 Tishrei 5784"},
		// Between ... and, between ... to.
		{"בין יום ראשון 24.09.23 ויום שלישי 26.09.23", "יום ראשון 24.09.23 ויום שלישי 26.09.23", "2023-09-24", "9 Tishrei 5784"},
		{"בין 22.9.25 ל-24.9.25", "22.9.25 ל-24.9.25", "2025-09-22", "29 Elul 5785"},
		// An occasion and the verb.
		{"יום כיפור יחול השנה, בין יום ראשון 24.09.23 ויום שני 25.09.23", "יום כיפור יחול השנה, בין יום ראשון 24.09.23 ויום שני 25.09.23", "2023-09-24", "10 Tishrei 5784"},
		{"ראש השנה יחול השנה בין יום שני 22.9.25 ליום רביעי 24.9.25", "ראש השנה יחול השנה בין יום שני 22.9.25 ליום רביעי 24.9.25", "2025-09-22", "1 Tishrei 5786"},
		{"פסח יחול השנה ביום חמישי, 2 באפריל", "פסח יחול השנה ביום חמישי, 2 באפריל", "2026-04-02", "15 Nisan 5786"},
		{"ל\"ג בעומר יחול השנה ביום שישי 16.5.25", "ל\"ג בעומר יחול השנה ביום שישי 16.5.25", "2025-05-16", "18 Iyyar 5785"},
		{"חנוכה חל השנה ב-26 בדצמבר 2024.", "חנוכה חל השנה ב-26 בדצמבר 2024", "2024-12-26", "25 Kislev 5785"},
	} {
		assertFound(t, c.in, c.text, c.day, c.heb)
	}
	// A date that is not the occasion's, said with the verb: the text
	// contradicts itself, and the checker says so.
	ms := dateline.Find("פורים יחול השנה ביום שישי, 14 במרץ 2026", dateline.Reference(corpusReference))
	if assert.Len(t, ms, 1) {
		assert.False(t, ms[0].OK(), "Purim 5786 is March 3")
	}
	// Two dates, not a range: years of two digits the range cannot count
	// in, two digits at one end and four at the other, "and" without
	// "between" (two days listed), and ל as a preposition.
	for _, c := range []struct {
		in    string
		texts []string
	}{
		{"30.12.99 - 2.1.00", []string{"30.12.99", "2.1.00"}},
		{"28.02.00 - 01.03.00", []string{"28.02.00", "01.03.00"}},
		{"24.09.2023 - 25.09.23", []string{"24.09.2023", "25.09.23"}},
		{"ראיתי אותו ב-24.09.23 ו-26.09.23", []string{"ב-24.09.23", "ו-26.09.23"}},
		{"ההרצאה ב-22.9.25 לכל המשתתפים", []string{"ב-22.9.25"}},
	} {
		ms := dateline.Find(c.in, dateline.Reference(corpusReference))
		var got []string
		for _, m := range ms {
			got = append(got, c.in[m.Start:m.End])
		}
		assert.Equal(t, c.texts, got, c.in)
	}
	// Prose: the verb without a date after it, or after no occasion.
	for _, in := range []string{"חג השבועות חל בשבת", "החג חל השנה מוקדם מהרגיל"} {
		assert.Empty(t, dateline.Find(in, dateline.Reference(corpusReference)), in)
	}
	ms = dateline.Find("המבחן יחול ביום שני, 3 במרץ 2025", dateline.Reference(corpusReference))
	if assert.Len(t, ms, 1) {
		assert.NotContains(t, "המבחן יחול ביום שני, 3 במרץ 2025"[ms[0].Start:ms[0].End], "יחול")
	}
}
