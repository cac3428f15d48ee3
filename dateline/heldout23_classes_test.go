package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout23Classes: made-up lines of the classes that the
// twenty-third held-out set (English bulletins, holiday calendars and
// epitaphs; Israeli school calendars and news pages in Hebrew) found
// misread, each found in text as one dateline of its first day.
//
//   - a weekday after "מיום" (from the day) or "ליום" (to, or the night
//     of, the day), as after "ביום": "חופשת החנוכה מתחילה מיום שישי, כ"ו
//     בכסלו, 27 בדצמבר 2024", "אור ליום שישי ב' בניסן": the weekday was
//     no part of the dateline, and so not checked;
//   - a space after the hyphen of Hebrew's article or prefix before a
//     number, "ה- 24.3.2023", "ב- 29 באוקטובר": the number was left out,
//     and a civil date after a Hebrew one read as a second dateline;
//   - a range whose start has its year and whose end a weekday and no
//     year, "מיום שישי ה-29 בספטמבר 2023 ועד יום ראשון ה-8 באוקטובר",
//     "Friday, December 29, 2023 to Tuesday, January 2": read as two
//     datelines, the end's year inferred from the reference. The end
//     takes the start's year (or the next), and its weekday is checked;
//   - a gershayim typed as two ASCII apostrophes in a Hebrew year, as
//     the Shavshevet holiday table writes 5785 (see the rows below): it
//     read as תשפ' (5780) and gave a wrong day with no problem at all
//     where no civil date stood beside it;
//   - a range with a verb on each end, as English holiday pages write
//     one: "Rosh Hashanah 2022 begins at sundown on Sunday, September 25,
//     and ends at sundown on Tuesday, September 27", "began at sundown
//     on ... and concluded at nightfall on ...", "begins Wednesday night,
//     March 16 and continues through Thursday, March 17, 2022": "at
//     sundown" kept the occasion from its day, and the two ends were read
//     as two datelines, each year-less end in the year its weekday fits
//     nearest, so that a wrong weekday went unseen;
//   - a range of datelines of both calendars, each end a weekday, a
//     Hebrew date and a civil date set off by commas, as Israel's school
//     calendars print the holidays: "מיום ראשון, י"ד בתשרי התשע"ט, 23
//     בספטמבר 2018, עד יום שלישי, כ"ג בתשרי התשע"ט, 2 באוקטובר 2018": read
//     as two datelines. The end's weekday, civil and Hebrew dates are now
//     each checked against the range's days;
//   - an occasion's description set off by commas before "begins":
//     "Rosh Hashanah, the Jewish New Year, begins at sunset on Monday,
//     September 22, 2025": the occasion was left out of the dateline;
//   - "year" between a Hebrew month and its year, as epitaphs are
//     translated word for word: "20 Tevet year 5660 [10 December 1899]",
//     whose civil date agrees only as a Julian one: the Hebrew date was
//     read without its year, in the year nearest the reference;
//   - an occasion's name after "חופשת" or "חופש" (the vacation of), which
//     names a school vacation, not the occasion's day: "התחלת חופשת סוכות
//     – יום שישי, 29/9/2023, י"ד בתשרי תשפ"ד" (the start of the Sukkot
//     vacation, on its eve) was reported as Sukkot on the wrong day, and
//     "חופש חנוכה 2018" read as Chanukah's first day;
//   - a range of two whole Hebrew dates, as fullRange reads civil ones:
//     "בלילה שבין מוצאי שבת, י"ח בחשון תשע"ט – ליום ראשון י"ט בחשון
//     תשע"ט" (the night between Motzaei Shabbat and Sunday, when the
//     clocks change), "18 Cheshvan 5779 – 19 Cheshvan 5779": read as two
//     datelines.
func TestHeldout23Classes(t *testing.T) {
	tests := []struct {
		in     string
		when   string // the first dateline's day, YYYY-MM-DD
		hebrew string
		codes  []dateline.Code
	}{
		{"חופשת החנוכה מתחילה מיום שישי, כ\"ו בכסלו, 27 בדצמבר 2024.", "2024-12-27", "26 Kislev 5785", nil},
		{"החל מיום ראשון, 5 בינואר 2025, יתקיימו הלימודים כרגיל", "2025-01-05", "5 Tevet 5785", nil},
		{"אור ליום שישי ב' בניסן התשפ\"ג, ה- 24.3.2023", "2023-03-24", "2 Nisan 5783", nil},
		{"אור ליום שישי י\"ג בניסן תשפ\"א, ה- 26 במרץ", "2021-03-26", "13 Nisan 5781", nil},
		{"ביום שני, ה- 4 בנובמבר 2024", "2024-11-04", "3 Cheshvan 5785", nil},
		// The weekday is now the dateline's, and checked.
		{"מיום חמישי, כ\"ו בכסלו, 27 בדצמבר 2024", "2024-12-27", "26 Kislev 5785", []dateline.Code{dateline.CodeWeekday}},
		{"מיום שישי ה-29 בספטמבר 2023 ועד יום ראשון ה-8 באוקטובר.", "2023-09-29", "14 Tishrei 5784", nil},
		{"Friday, December 29, 2023 to Tuesday, January 2", "2023-12-29", "17 Tevet 5784", nil},
		{"vendredi 29 décembre 2023 au mardi 2 janvier", "2023-12-29", "17 Tevet 5784", nil},
		{"Friday, September 29, 2023 – Monday, October 8", "2023-09-29", "14 Tishrei 5784", []dateline.Code{dateline.CodeWeekday}},
		{"י\"ד אב תשפ''ה", "2025-08-08", "14 Av 5785", nil},
		{"ט''ו בשבט התשפ''ה", "2025-02-13", "15 Shevat 5785", nil},
		{"סיום שנה''ל: יום שישי 08.08.25 י\"ד אב תשפ''ה", "2025-08-08", "14 Av 5785", nil},
		{"Rosh Hashanah 2022 begins at sundown on Sunday, September 25, and ends at sundown on Tuesday, September 27.", "2022-09-25", "1 Tishrei 5783", nil},
		{"Purim begins Wednesday night, March 16 and continues through Thursday, March 17, 2022", "2022-03-16", "14 Adar II 5782", nil},
		{"Yom Kippur begins at sunset on Friday, October 11, 2024 and ends at nightfall on Saturday, October 12, 2024", "2024-10-11", "10 Tishrei 5785", nil},
		{"Passover begins at sundown on April 22, 2024, and concludes at nightfall on April 30, 2024", "2024-04-22", "15 Nisan 5784", nil},
		{"In 2025, it began at sundown on Sunday, September 22, and concluded at nightfall on Tuesday, September 24.", "2025-09-22", "1 Tishrei 5786", []dateline.Code{dateline.CodeWeekday}},
		{"the fast starts Monday, August 12, 2024 and lasts until Tuesday, August 13, 2024", "2024-08-12", "8 Av 5784", nil},
		{"מיום ראשון, י\"ד בתשרי התשע\"ט, 23 בספטמבר 2018, עד יום שלישי, כ\"ג בתשרי התשע\"ט, 2 באוקטובר 2018.", "2018-09-23", "14 Tishrei 5779", nil},
		{"החופשה: מיום שישי, כ\"ו בכסלו התשפ\"ה, 27 בדצמבר 2024, עד יום חמישי, ב' בטבת התשפ\"ה, 2 בינואר 2025", "2024-12-27", "26 Kislev 5785", nil},
		{"Rosh Hashanah, the Jewish New Year, begins at sunset on Monday, September 22, 2025, and concludes at dusk on Wednesday, September 24, 2025.", "2025-09-22", "1 Tishrei 5786", nil},
		{"Yom Kippur, the Day of Atonement, begins at sundown on October 1, 2025", "2025-10-01", "10 Tishrei 5786", nil},
		{"He died Friday, the eve of the Holy Sabbath, 20 Tevet year 5660 [22 December 1899]", "1899-12-22", "20 Tevet 5660", nil},
		{"20 Tevet year 5660 [10 December 1899]", "1899-12-10", "20 Tevet 5660", []dateline.Code{dateline.CodeCalendar}},
		{"התחלת חופשת סוכות – יום שישי, 29/9/2023, י\"ד בתשרי תשפ\"ד.", "2023-09-29", "14 Tishrei 5784", nil},
		{"חופשת פסח: מיום שישי, ו' בניסן התשפ\"ה, 4 באפריל 2025", "2025-04-04", "6 Nisan 5785", nil},
		{"ערב סוכות, 29/9/2023", "2023-09-29", "14 Tishrei 5784", nil},
		{"בלילה שבין מוצאי שבת, י\"ח בחשון תשע\"ט – ליום ראשון י\"ט בחשון תשע\"ט", "2018-10-27", "18 Cheshvan 5779", nil},
		{"18 Cheshvan 5779 – 19 Cheshvan 5779 (October 27-28, 2018)", "2018-10-27", "18 Cheshvan 5779", nil},
		{"25 Elul 5784 – 3 Tishrei 5785", "2024-09-28", "25 Elul 5784", nil},
		{"18 Cheshvan 5779 – 19 Cheshvan 5779 (October 27-29, 2018)", "2018-10-27", "18 Cheshvan 5779", []dateline.Code{dateline.CodeCalendar}},
		{"מוצאי שבת, י\"ח בחשון תשע\"ט – יום שני י\"ט בחשון תשע\"ט", "2018-10-27", "18 Cheshvan 5779", []dateline.Code{dateline.CodeWeekday}},
		// An end whose Hebrew date, or weekday, is not the range's.
		{"מיום ראשון, י\"ד בתשרי התשע\"ט, 23 בספטמבר 2018, עד יום שלישי, כ\"ד בתשרי התשע\"ט, 2 באוקטובר 2018", "2018-09-23", "14 Tishrei 5779", []dateline.Code{dateline.CodeCalendar}},
		{"מיום ראשון, י\"ד בתשרי התשע\"ט, 23 בספטמבר 2018, עד יום שני, כ\"ג בתשרי התשע\"ט, 2 באוקטובר 2018", "2018-09-23", "14 Tishrei 5779", []dateline.Code{dateline.CodeWeekday}},
	}
	ref := dateline.Reference(corpusReference)
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, ref)
			require.Len(t, ms, 1)
			d := ms[0].Report.Dateline
			assert.Equal(t, tc.when, d.Time.Format("2006-01-02"))
			assert.Equal(t, tc.hebrew, d.Hebrew.String())
			var got []dateline.Code
			for _, p := range ms[0].Report.Problems {
				if p.Severity != dateline.Info {
					got = append(got, p.Code)
				}
			}
			assert.Equal(t, tc.codes, got)
		})
	}
	// Prose: a weekday after מיום without a date, a number after "ה- "
	// that is no day, a weekday range of working days.
	for _, in := range []string{
		"מיום ראשון עד יום חמישי בשעה 13:30",
		"הגיעו ה- 5 ילדים לגן",
		"ליום שני הקרוב נקבעה ישיבה",
		"מה''ל הודיע על שינוי",
		"The fast ends at nightfall, and the meal begins at sundown.",
		"the year 5660 was long",
		"חופש חנוכה 2018",
	} {
		assert.Empty(t, dateline.Find(in, ref), in)
	}
	// A letter under a point is one letter: "תׅ" is no year written
	// without its marks (found by FuzzLayoutOf: it read as 5400).
	if ms := dateline.Find("א אדר תׅ", ref); assert.Len(t, ms, 1) {
		assert.NotEqual(t, 5400, ms[0].Report.Dateline.Hebrew.Year)
	}
	// Two Hebrew dates each with its year are a range however far apart:
	// a period, a life (see TestLongRanges).
	assert.Len(t, dateline.Find("18 Cheshvan 5779 – 19 Cheshvan 5780", ref), 1)
	// "עד" before no date: the start alone.
	ms := dateline.Find("מיום ראשון, י\"ד בתשרי, 23 בספטמבר 2018, עד השעה 13:00", ref)
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "2018-09-23", ms[0].Report.Dateline.Time.Format("2006-01-02"))
	}
	// A verb that goes on with no date after it leaves the start alone.
	for _, in := range []string{
		"Sunday, September 25, 2022, and ends the season with a picnic",
		"Sunday, September 25, 2022 and runs 5 miles",
	} {
		ms := dateline.Find(in, ref)
		if assert.Len(t, ms, 1, in) {
			assert.Equal(t, "Sunday, September 25, 2022", in[ms[0].Start:ms[0].End], in)
		}
	}
}
