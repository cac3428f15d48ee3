package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestLabelColon: a date right after a label's colon with no space, as an
// Israeli archive ("תאריך פרסום:01/05/2025 20:50", the fifty-first
// held-out round) and a Turkish or an English CMS print their stamps, is
// read as after "label: " (before, nothing was found). A colon after a
// digit is still a clock's, and a number after a label that is no date
// stays prose.
func TestLabelColon(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkTimes(t, ref, []struct{ text, want string }{
		{"תאריך פרסום:01/05/2025 20:50", "2025-05-01 20:50"},
		{"עדכון אחרון:12.07.2022 14:05", "2022-07-12 14:05"},
		{"Son Güncelleme:06.09.2021-18:30", "2021-09-06 18:30"},
		{"Updated:2024-03-02T10:00:00Z", "2024-03-02 10:00"},
	})
	checkFoundDays(t, ref, []struct{ text, want string }{
		{"תאריך:22/04/17", "2017-04-22"},
		{"אסמכתא:30.4.2025", "2025-04-30"},
	})
	for _, s := range []string{
		"Tel:03-1234567",
		"בשעה:20:30 ביום",
		"Psalms:23:4",
		"Score:12/25 today",
		"ת.ז:12345678",
		"Room:12 at 10:30",
	} {
		assert.Empty(t, dateline.Find(s, ref), s)
	}
}

// TestYiddishRange: Yiddish's words that join two days, ביז and ביזן
// (until, until the) and און (and), with the days written as ordinals
// (14טן, 21סטן) or in digits: "פֿונעם 14טן ביזן 17טן אָקטאָבער 2018" (a
// Yiddish centre's seminar, the fifty-first round) was read as its last
// day alone. A range gives its first day; a range that runs backwards is
// none, and ביז in prose joins nothing.
func TestYiddishRange(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkFoundDays(t, ref, []struct{ text, want string }{
		{"פֿונעם 14טן ביזן 17טן אָקטאָבער 2018 איז אין ווילנע פֿאָרגעקומען אַ סעמינאַר", "2018-10-14"},
		{"פֿון 3טן ביז 5טן מײַ 2024", "2024-05-03"},
		{"פֿון 14טן ביז 21סטן מײַ 2024", "2024-05-14"},
		{"פֿון 3 ביז 5 מײַ 2024", "2024-05-03"},
		{"די טרעפֿונגען װעלן זײַן דעם 4טן און דעם 16טן אױגוסט 2022.", "2022-08-04"},
	})
	ms := dateline.Find("פֿונעם 14טן ביזן 17טן אָקטאָבער 2018", ref)
	require.Len(t, ms, 1)
	assert.Equal(t, "14טן ביזן 17טן אָקטאָבער 2018", ms[0].Input)
	// Backwards, the end alone; ביז after a date in prose.
	ms = dateline.Find("פֿון 17טן ביז 14טן מײַ 2024", ref)
	require.Len(t, ms, 1)
	assert.Equal(t, "14טן מײַ 2024", ms[0].Input)
	ms = dateline.Find("דעם 14טן מײַ 2024 ביז מאָרגן", ref)
	require.Len(t, ms, 1)
	assert.Equal(t, "2024-05-14", ms[0].Dateline.Time.Format(time.DateOnly))
	assert.Empty(t, dateline.Find("ביז 17טן און ביז 20סטן", ref))
}

// TestNightBeforeDay: "אור ליום שישי" (the night before Friday) names the
// day whose night it is, the day of the Hebrew date it gives; pages print
// beside it that day's civil date or its evening's, the day before: "יום
// חמישי בערב, אור ליום שישי י"ד ניסן ה'תשע"ח (29.3.2018)" (the
// fifty-first round) was said to contradict itself, "Friday, 14 Nisan
// 5778 is March 30". Either date is the night's; any other is an error.
func TestNightBeforeDay(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, day, hebrew string }{
		{"יום חמישי בערב, אור ליום שישי י\"ד ניסן ה'תשע\"ח (29.3.2018)", "2018-03-29", "14 Nisan 5778"},
		{"אור ליום שישי ב' בניסן התשפ\"ג, ה- 24.3.2023", "2023-03-24", "2 Nisan 5783"},
		{"אור ליום שישי ב' בניסן התשפ\"ג, 23.3.2023", "2023-03-23", "2 Nisan 5783"},
		{"במוצאי שבת, אור ליום ראשון י\"ד בחשוון תשפ\"ד, 29.10.2023", "2023-10-29", "14 Cheshvan 5784"},
		{"אור ליום ראשון י\"ד בחשוון תשפ\"ד (28.10.2023)", "2023-10-28", "14 Cheshvan 5784"},
		{"אור ליום שבת י\"ד בניסן תשפ\"ה", "2025-04-12", "14 Nisan 5785"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.hebrew, ms[0].Dateline.Hebrew.String())
			for _, p := range ms[0].Problems {
				assert.NotEqual(t, dateline.Warning, p.Severity, "%v", p)
			}
		})
	}
	// Two days before, the day after, another weekday: errors.
	for _, s := range []string{
		"אור ליום שישי י\"ד ניסן ה'תשע\"ח (28.3.2018)",
		"אור ליום שישי י\"ד ניסן ה'תשע\"ח (31.3.2018)",
		"אור ליום שבת י\"ד ניסן ה'תשע\"ח (29.3.2018)",
		"אור ליום חמישי י\"ד ניסן ה'תשע\"ח (29.3.2018)",
	} {
		ms := dateline.Find(s, ref)
		require.Len(t, ms, 1, s)
		assert.False(t, ms[0].OK(), s)
	}
	// ליל keeps its own reading: the civil date is the evening's.
	ms := dateline.Find("ליל שישי, ב' בניסן התשפ\"ג, 24.3.2023", ref)
	require.Len(t, ms, 1)
	assert.False(t, ms[0].OK())
	// The layout keeps the words and writes another day's night.
	l, err := dateline.LayoutOf("אור ליום שישי ב' בניסן התשפ\"ג, ה- 24.3.2023")
	require.NoError(t, err)
	d := dateline.New(time.Date(2024, time.March, 5, 0, 0, 0, 0, time.UTC))
	assert.Equal(t, "אור ליום שלישי כ\"ה באדר א׳ ה'תשפ\"ד, ה- 5.3.2024", l.Format(d.Time, d.Hebrew))
}

// TestCivilYearAfterWord: Hebrew's "בשנת" (in the year) before a civil
// year after its month, as histories write a date: "ב-4 בפברואר בשנת
// 1997" was 4 February of the year nearest the reference, with a note
// that the text names none. Without a year after it the word is prose.
func TestCivilYearAfterWord(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkFoundDays(t, ref, []struct{ text, want string }{
		{"ב-4 בפברואר בשנת 1997", "1997-02-04"},
		{"נולד ב-12 במאי בשנת 1948 בתל אביב", "1948-05-12"},
		{"14 במרץ שנת 1962", "1962-03-14"},
	})
	ms := dateline.Find("ב-4 בפברואר שנת הלימודים", ref)
	require.Len(t, ms, 1)
	assert.Equal(t, "ב-4 בפברואר", ms[0].Input)
}

// TestSpacedPrefixHyphen: Hebrew's prefix letter joined to a date's
// digits by a hyphen set apart by spaces, or by the en dash a word
// processor made of it: "י"ב באייר תש'ח , ה – 21 במאי 1948" (a kibbutz
// bulletin, the fifty-first round) was two matches, each calendar's
// date alone. A weekday's letter before a dash stays the weekday.
func TestSpacedPrefixHyphen(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkDayHebs(t, ref, []struct{ text, day, heb string }{
		{"י\"ב באייר תש'ח , ה – 21 במאי 1948", "1948-05-21", "12 Iyyar 5708"},
		{"י\"ב באייר תש'ח, ה - 21 במאי 1948", "1948-05-21", "12 Iyyar 5708"},
		{"ט\"ו בשבט תשפ\"ה, ה–13 בפברואר 2025", "2025-02-13", "15 Shevat 5785"},
	})
	ms := dateline.Find("יום ה – 21.5.2024", ref)
	require.Len(t, ms, 1)
	assert.False(t, ms[0].OK(), "Thursday, not the prefix ה: May 21, 2024 is a Tuesday")
	assert.Empty(t, dateline.Find("ה - 21 אנשים", ref))
}

// TestNightRange: a range of whole dates from one night to another ("מליל
// רביעי, ה' אדר א' (13.2.2024) עד ליל שישי, י"ד אדר א' (22.2.2024)", a
// synagogue union's calendar beside this round's rows) was said to run
// "3 days, Tuesday to Friday in the weekdays, and 9 days" in the dates, and
// its start's Hebrew date, the evening's, a site's date advanced after
// sunset: the end's ליל names the day after its date, as the start's
// does, and a range of nights keeps its start's evening. A range whose
// days the weekdays do not fit is still an error, and its layout writes
// each end's night by the next day's name.
func TestNightRange(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkDayHebs(t, ref, []struct{ text, day, heb string }{
		{"מליל רביעי, ה' אדר א' (13.2.2024) עד ליל שישי, י\"ד אדר א' (22.2.2024)", "2024-02-13", "5 Adar I 5784"},
		{"מליל רביעי, ה' אדר א' (13.2.2024) עד ליל שישי, ז' אדר א' (15.2.2024)", "2024-02-13", "5 Adar I 5784"},
		{"ליל רביעי, ה' אדר א' (13.2.2024) עד י\"ד אדר א' (22.2.2024)", "2024-02-13", "5 Adar I 5784"},
		{"בלילה שבין מוצאי שבת, י\"ח בחשון תשע\"ט – ליום ראשון י\"ט בחשון תשע\"ט", "2018-10-27", "18 Cheshvan 5779"},
	})
	ms := dateline.Find("מליל רביעי, ה' אדר א' (13.2.2024) עד ליל שישי, ח' אדר א' (16.2.2024)", ref)
	require.Len(t, ms, 1)
	assert.False(t, ms[0].OK(), "Friday's night is Thursday's evening, not Friday's")
	l, err := dateline.LayoutOf("מליל רביעי, ה' אדר א' (13.2.2024) עד ליל שישי, ז' אדר א' (15.2.2024)")
	require.NoError(t, err)
	d := dateline.New(time.Date(2006, time.January, 2, 0, 0, 0, 0, time.UTC))
	assert.Equal(t, "מליל שלישי, ב' טבת (2.1.2006) עד ליל חמישי, ד' טבת (4.1.2006)", l.Format(d.Time, d.Hebrew))
}

// TestOfTheMonth: Hebrew's "לחודש" (of the month) between a day and a
// month's name of either calendar, as formal Hebrew writes a date ("ב-4
// לחודש פברואר 1997", beside this round's row of that night): the month
// and year were read alone, a month and no day. Without a month after it
// the word is prose, on the day of every month.
func TestOfTheMonth(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkFoundDays(t, ref, []struct{ text, want string }{
		{"ב-4 לחודש פברואר 1997", "1997-02-04"},
		{"המשכורת תשולם ב-10 לחודש מרץ 2024 כרגיל", "2024-03-10"},
		{"15 לחודש ניסן תשפ\"ד", "2024-04-23"},
	})
	assert.Empty(t, dateline.Find("ב-15 לחודש ישולם השכר", ref))
}

// TestNightOfDate: Hebrew's "ליל" or "בליל" (the night of) before a date:
// a civil date's evening, whose Hebrew date, from sunset, is the next
// day's ("בליל ה-4 בפברואר 1997", the night of the helicopter disaster,
// beside this round's row of it, was read as the day, 27 Shevat); a
// Hebrew date's night, the evening before its day ("ליל ט"ו בניסן תשפ"ד"
// is April 22, 2024's evening). ליל before a weekday keeps its reading,
// and before a word that is no date ("ליל הסדר") it is prose.
func TestNightOfDate(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkDayHebs(t, ref, []struct{ text, day, heb string }{
		{"בליל ה-4 בפברואר 1997", "1997-02-04", "28 Shevat 5757"},
		{"בליל 4 לחודש פברואר 1997, התחוללה בשמי ישראל טרגדיה", "1997-02-04", "28 Shevat 5757"},
		{"ליל ט\"ו בניסן תשפ\"ד", "2024-04-22", "15 Nisan 5784"},
		{"חגגנו בליל 5.4.23 את הסדר", "2023-04-05", "15 Nisan 5783"},
		{"ליל שישי, ב' בניסן התשפ\"ג, 23.3.2023", "2023-03-23", "2 Nisan 5783"},
	})
	d, err := dateline.Parse("בליל ה-4 בפברואר 1997")
	require.NoError(t, err)
	assert.Equal(t, "28 Shevat 5757", d.Hebrew.String())
	assert.Empty(t, dateline.Find("בליל הסדר שרנו", ref))
}
