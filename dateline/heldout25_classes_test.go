package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// The classes of the twenty-fifth held-out round: English and Hebrew
// community pages, holiday tables and news (testdata/corpus/incoming.tsv,
// its last 29 rows).

// TestHeldout25OccasionCountYear: after an occasion's Hebrew name, a
// numeral that a Hebrew month follows is a weekday's letter or the day of
// a Hebrew date, and a count of thousands alone is no year, as after a
// weekly portion's name. A holiday table's "ערב ראש השנה ד׳ כ״ט באלול
// 20.9.17" (Erev Rosh Hashana, Wednesday the 29th of Elul) was the year
// 4029 with no problem (29 Elul 4028, in the year 268), and "ראש השנה ה׳"
// (Rosh Hashana on Thursday) the year 5000; the weekday and the date after
// it are now the dateline (the weekday's letter alone is read since
// TestHeldout25BareWeekday's class), and the occasion with its weekday
// alone is none.
func TestHeldout25OccasionCountYear(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ in, match, day, hebrew string }{
		{"ערב ראש השנה ד' כ\"ט באלול 20.9.17 שבתון", "ערב ראש השנה ד' כ\"ט באלול 20.9.17", "2017-09-20", "29 Elul 5777"},
		{"ראש השנה ה'-ו' א'-ב' בתשרי 21-22.9.17 חג", "א'-ב' בתשרי 21-22.9.17", "2017-09-21", "1 Tishrei 5778"},
		{"חנוכה ה' כ\"ה בכסלו תשפ\"ה", "חנוכה ה' כ\"ה בכסלו תשפ\"ה", "2024-12-26", "25 Kislev 5785"},
		// ש׳, a weekday's letter too, after יום כיפור: the whole line.
		{"יום כיפור ש׳ י׳ בתשרי התשפ״ה", "יום כיפור ש׳ י׳ בתשרי התשפ״ה", "2024-10-12", "10 Tishrei 5785"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			m := findMatch(t, ref, tc.in, tc.match)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.hebrew, m.Dateline.Hebrew.String())
			assert.True(t, m.OK(), "%v", m.Problems)
		})
	}
	// The year after an occasion is still read, with its thousands
	// apart or not; a weekday's letter with nothing after it is no date.
	for _, tc := range []struct{ in, hebrew string }{
		{"ראש השנה ה' תשפ\"ה", "1 Tishrei 5785"},
		{"ערב ראש השנה תשפ\"ה", "29 Elul 5784"},
		{"פורים ה'תשפ\"ד", "14 Adar II 5784"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			d, err := dateline.Parse(tc.in, ref)
			require.NoError(t, err)
			assert.Equal(t, tc.hebrew, d.Hebrew.String())
		})
	}
	// A single letter before a Hebrew date is its weekday, not a year
	// (ש׳ was 5300): here the wrong one, reported.
	for _, in := range []string{"ערב ראש השנה ש' כ\"ט באלול 20.9.17", "פורים ש' י\"ד באדר תשפ\"ה"} {
		t.Run(in, func(t *testing.T) {
			rep := dateline.Check(in, ref)
			require.False(t, rep.OK())
			assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
		})
	}
	// A year written in full before a Hebrew date is still the year.
	d, err := dateline.Parse("חנוכה תשפ\"ה כ\"ה בכסלו", ref)
	require.NoError(t, err)
	assert.Equal(t, "25 Kislev 5785", d.Hebrew.String())
	for _, in := range []string{"ראש השנה ה'", "פורים ה'", "ראש השנה ה' ימים", "חנוכה ב'"} {
		t.Run(in, func(t *testing.T) {
			_, err := dateline.Parse(in, ref)
			require.Error(t, err)
			assert.ErrorIs(t, err, dateline.ErrSyntax)
			assert.Empty(t, dateline.Find(in, ref), "no year 5000, nor 2000")
		})
	}
}

// TestHeldout25VerbRanges: a range said with a verb on each end needs no
// weekdays (a holiday page's "Rosh Hashanah, the Jewish New Year, began
// on the evening of September 22 and concludes at sundown on September
// 24" was two datelines, the second in the nearest year); its end may
// follow an article ("ends at sunset on the Saturday 12 October") or a
// count of the days it lasts ("and continue for 8 nights, ending on
// December 6th"); and English says the first verb in the future too,
// "will begin" or "will start", and the second after "will".
func TestHeldout25VerbRanges(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ in, day, hebrew string }{
		{"Rosh Hashanah, the Jewish New Year, began on the evening of September 22 and concludes at sundown on September 24.", "2025-09-22", "1 Tishrei 5786"},
		{"Rosh Hashanah begins on September 22 and ends on September 24", "2025-09-22", "1 Tishrei 5786"},
		{"Yom Kippur begins at sunset on Friday 11 October and ends at sunset on the Saturday 12 October", "2024-10-11", "10 Tishrei 5785"},
		{"This year, Hanukkah will begin on November 28 and continue for 8 nights, ending on December 6th.", "2021-11-28", "25 Kislev 5782"},
		{"Hanukkah will start at sundown on Sunday, November 28 and will end on Monday, December 6", "2021-11-28", "25 Kislev 5782"},
		{"Passover begins on April 22 and lasts for 8 days, ending on April 30", "2024-04-22", "15 Nisan 5784"},
		{"Passover will start on April 22, 2024", "2024-04-22", "15 Nisan 5784"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.hebrew, ms[0].Dateline.Hebrew.String())
			assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
		})
	}
	// Prose: "will" before another verb names no occasion's eve, a count
	// of nights without its ending is no range's end, and an end before
	// the start is no range.
	for _, tc := range []struct {
		in    string
		match []string
	}{
		{"Hanukkah will be fun on November 28", []string{"November 28"}},
		{"Hanukkah begins on November 28 and continues for 8 nights.", []string{"Hanukkah begins on November 28"}},
		{"Rosh Hashanah begins on September 22 and ends on September 2", []string{"Rosh Hashanah begins on September 22", "September 2"}},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, ref)
			require.Len(t, ms, len(tc.match))
			for i, m := range ms {
				assert.Equal(t, tc.match[i], tc.in[m.Start:m.End])
			}
		})
	}
}

// TestHeldout25OccasionEve: English names an occasion's eve with "Eve"
// after its name, as "Erev" before it: "Sat, Aug 6 (Tishah be-Av Eve)"
// (in 2022 the fast was put off to Sunday, 10 Av, so its eve was
// Shabbat, 9 Av), "Passover Eve 2024". "Eve" was a syntax error; the day
// named must be the eve, or the occasion is reported.
func TestHeldout25OccasionEve(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ in, day, hebrew string }{
		{"Sat, Aug 6 (Tishah be-Av Eve)", "2022-08-06", "9 Av 5782"},
		{"Passover Eve 2024", "2024-04-22", "14 Nisan 5784"},
		{"Passover Eve 5784", "2024-04-22", "14 Nisan 5784"},
		{"Yom Kippur Eve, Friday, October 11, 2024", "2024-10-11", "9 Tishrei 5785"},
		{"Monday, April 22, 2024 - Passover Eve", "2024-04-22", "14 Nisan 5784"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.hebrew, rep.Dateline.Hebrew.String())
		})
	}
	// The day after the eve is not it; "Evening" is another word.
	rep := dateline.Check("Tuesday, April 23, 2024 - Passover Eve", ref)
	require.False(t, rep.OK())
	assert.Equal(t, dateline.CodeOccasion, rep.Problems[0].Code)
	_, err := dateline.Parse("Purim Evening 5784", ref)
	assert.ErrorIs(t, err, dateline.ErrSyntax)
}

// TestHeldout25HebrewYearWord: Hebrew's "שנת" or "בשנת" (the year of, in
// the year of) before a Hebrew year with its marks, as an obituary writes
// "נולד בחלב בז׳ באב שנת תרפ״ד, 7 באוגוסט 1924". The year was not read:
// the Hebrew date was taken in the nearest year (7 Av 5786), the civil
// date apart. Without a year after it the word is prose.
func TestHeldout25HebrewYearWord(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ in, match, day, hebrew string }{
		{"נולד בחלב בז’ באב שנת תרפ”ד, 7 באוגוסט 1924", "בז’ באב שנת תרפ”ד, 7 באוגוסט 1924", "1924-08-07", "7 Av 5684"},
		{"ז' באב שנת תרפ\"ד", "ז' באב שנת תרפ\"ד", "1924-08-07", "7 Av 5684"},
		{"הוכרז י\"ד בניסן בשנת תש\"ח", "י\"ד בניסן בשנת תש\"ח", "1948-04-23", "14 Nisan 5708"},
		{"כ״ה בכסלו שנת ה׳תשפ״ה", "כ״ה בכסלו שנת ה׳תשפ״ה", "2024-12-26", "25 Kislev 5785"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			m := findMatch(t, ref, tc.in, tc.match)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.hebrew, m.Dateline.Hebrew.String())
			assert.True(t, m.OK(), "%v", m.Problems)
		})
	}
	in := "כ\"ה בכסלו שנת הלימודים" // the 25th of Kislev of the school year
	ms := dateline.Find(in, ref)
	require.Len(t, ms, 1)
	assert.Equal(t, "כ\"ה בכסלו", in[ms[0].Start:ms[0].End])
}

// TestHeldout25HebrewFallsOn: Hebrew's verb for "falls" (חל, יחול, ...)
// between a Hebrew date and its civil day, as fallsOn reads English's:
// "ט״ו בשבט חל השנה ב-13 בפברואר 2025" was a Hebrew date without a year,
// read in the nearest year (15 Shevat 5787, two years off) with no
// problem but the inferred year's, beside a civil date; the two are now
// one dateline, checked against each other.
func TestHeldout25HebrewFallsOn(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct {
		in, day string
		code    dateline.Code
	}{
		{"ט\"ו בשבט חל השנה ב-13 בפברואר 2025", "2025-02-13", ""},
		{"כ\"א בתשרי ה'תשפ\"ו, יחול ביום שני ה-13 באוקטובר 2025", "2025-10-13", ""},
		{"ט\"ו בשבט חל השנה ב-14 בפברואר 2025", "2025-02-14", dateline.CodeCalendar},
		{"כ\"א בתשרי ה'תשפ\"ו יחול ביום שלישי ה-13 באוקטובר 2025", "2025-10-13", dateline.CodeWeekday},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.in, tc.in[ms[0].Start:ms[0].End])
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
			if tc.code == "" {
				assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
				return
			}
			require.False(t, ms[0].OK())
			assert.Equal(t, tc.code, ms[0].Problems[0].Code)
		})
	}
	// The verb without a civil date after it is prose.
	for _, in := range []string{"ט\"ו בשבט חל השנה", "י' בטבת יחול ביום שלישי", "ט\"ו בשבט חל השנה בשבת"} {
		t.Run(in, func(t *testing.T) {
			ms := dateline.Find(in, ref)
			require.Len(t, ms, 1)
			assert.Less(t, ms[0].End, len(in), "the verb is no part of the dateline")
		})
	}
}

// TestHeldout25BareWeekday: a weekday written as its letter alone, without
// יום, where a date follows it at once: a Hebrew day and month after a
// space ("ד׳ כ״ט באלול", as a holiday table's weekday column prints it)
// or a day and month in digits after a comma ("היום (א׳, 31.3)", today,
// Sunday, 31 March, as news write it). "(א', 31.3)" was a syntax error and
// the weekday of "ד' כ"ט באלול" was lost; now the weekday is checked and
// fixes the year of a date without one. Elsewhere such a letter is a
// numeral: a section, a class, a list.
func TestHeldout25BareWeekday(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	checkFindCodes(t, ref, []findCodeCase{
		{"ראש העיר החליט היום (א', 31.3) בשיתוף המועצה", "א', 31.3", "2024-03-31", dateline.CodeYearInferred},
		{"ד' כ\"ט באלול תשע\"ז", "ד' כ\"ט באלול תשע\"ז", "2017-09-20", ""},
		{"ש׳ י׳ בתשרי התשפ״ה", "ש׳ י׳ בתשרי התשפ״ה", "2024-10-12", ""},
		{"יום הבחירות ג’, 30.10.18", "ג’, 30.10.18", "2018-10-30", ""},
		{"ב' כ\"ט באלול תשע\"ז", "ב' כ\"ט באלול תשע\"ז", "2017-09-20", dateline.CodeWeekday},
	})
	// A layout written by such an example writes the letter back.
	l, err := dateline.LayoutOf("ד' כ\"ט באלול תשע\"ז")
	require.NoError(t, err)
	d, err := dateline.Parse("ש' י' בתשרי התשפ\"ה", ref)
	require.NoError(t, err)
	assert.Equal(t, "ש' י' בתשרי תשפ\"ה", l.Format(d.Time, d.Hebrew))
	// Numerals: a section, classes, a list, a letter before a bare number.
	for _, in := range []string{"סעיף א' 3.2 לחוק", "כיתות א', ב' ו-ג'", "פרק ב' 15 עמודים", "א', ב', ג'"} {
		t.Run(in, func(t *testing.T) {
			assert.Empty(t, dateline.Find(in, ref))
		})
	}
}

// TestHeldout25ObservedOn: "is observed on" and "is celebrated on" join
// an occasion to its day, as "is on" and "falls on" do. "Yom Kippur is
// observed on October 12" was read as the date alone, in the nearest
// year (October 12, 2026, 1 Cheshvan) with only the inferred year's info;
// the occasion now gives the year, and a day that is not the occasion's
// is reported.
func TestHeldout25ObservedOn(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	checkFindCodes(t, ref, []findCodeCase{
		{"Yom Kippur is observed on October 12", "Yom Kippur is observed on October 12", "2024-10-12", dateline.CodeYearInferred},
		{"Rosh Hashanah is celebrated on 16 September 2023 in Israel.", "Rosh Hashanah is celebrated on 16 September 2023", "2023-09-16", ""},
		{"Yom Kippur is observed on October 11, 2024", "Yom Kippur is observed on October 11, 2024", "2024-10-11", dateline.CodeAfterSunset},
		{"Purim is celebrated on March 25, 2024", "Purim is celebrated on March 25, 2024", "2024-03-25", dateline.CodeOccasion},
		// Without an occasion the words are prose.
		{"The holiday observed on October 12 was fun", "October 12", "2026-10-12", dateline.CodeYearInferred},
	})
}

// TestHeldout25EveningAndDay: a pair of days named as an evening and the
// day after it, "the evening of the 8th and the day of the 9th October",
// as a London synagogue gives Yom Kippur's. The pair was not read ("the
// day of the" stood between its days), and "9th October" alone was taken
// in the nearest year (2026, 28 Tishrei) with only the inferred year's
// info; now the occasion's evening gives the year.
func TestHeldout25EveningAndDay(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ in, match, day string }{
		{"This year, Yom Kippur falls on the evening of the 8th and the day of the 9th October.", "Yom Kippur falls on the evening of the 8th and the day of the 9th October", "2019-10-08"},
		{"Yom Kippur falls on the evening of the 8th and the day of the 9th October 2019", "Yom Kippur falls on the evening of the 8th and the day of the 9th October 2019", "2019-10-08"},
		{"Shavuot falls on the evening of the 1st and the day of the 2nd June 2025", "Shavuot falls on the evening of the 1st and the day of the 2nd June 2025", "2025-06-01"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			m := findMatch(t, ref, tc.in, tc.match)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.True(t, m.OK(), "%v", m.Problems)
		})
	}
	// "the day of" before no day is prose.
	in := "on the 8th October and the day of judgment"
	ms := dateline.Find(in, ref)
	require.Len(t, ms, 1)
	assert.Equal(t, "8th October", in[ms[0].Start:ms[0].End])
}

// TestHeldout25RangeEndClockFirst: a verb's range whose end gives its time
// in brackets before its date, "... and ends at sunset (18h13) on the
// Saturday 12 October", as a Johannesburg synagogue writes Yom Kippur's.
// The end was a dateline of its own, begun inside the bracket ("18h13) on
// the Saturday 12 October"); now it is the range's end, its time the
// end's. A bracket that holds no time alone is no such end.
func TestHeldout25RangeEndClockFirst(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	in := "Yom Kippur begins at sunset (18h13) on Friday 11 October and ends at sunset (18h13) on the Saturday 12 October"
	ms := dateline.Find(in, ref)
	require.Len(t, ms, 1)
	assert.Equal(t, in, in[ms[0].Start:ms[0].End])
	assert.Equal(t, "2024-10-11 18:13", ms[0].Dateline.Time.Format("2006-01-02 15:04"))
	assert.Equal(t, "10 Tishrei 5785", ms[0].Dateline.Hebrew.String())
	assert.True(t, ms[0].OK(), "%v", ms[0].Problems)

	in = "Shavuot begins at sunset (19h30) on Sunday 1 June and ends at nightfall (20h41) on Tuesday 3 June"
	ms = dateline.Find(in, ref)
	require.Len(t, ms, 1)
	assert.Equal(t, in, in[ms[0].Start:ms[0].End])
	assert.Equal(t, "2025-06-01 19:30", ms[0].Dateline.Time.Format("2006-01-02 15:04"))

	in = "Shavuot begins at sunset on Sunday 1 June and ends at nightfall (see below) on Tuesday 3 June"
	ms = dateline.Find(in, ref)
	require.Len(t, ms, 2, "a bracket without a time joins no end")
}

// TestHeldout25CommaEachPart: a date with a comma after each part, "16,
// September, 2023", as a holiday page writes it ("Rosh Hashanah is
// celebrated on 16, September, 2023 in Israel"); it was a syntax error.
// The comma after the day joins it to the month only where a comma and a
// year of four digits follow the month: "the 15, 16, September issue" is
// a list, and "16, September 2023" reads the month alone.
func TestHeldout25CommaEachPart(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ in, match, day string }{
		{"Rosh Hashanah is celebrated on 16, September, 2023 in Israel.", "Rosh Hashanah is celebrated on 16, September, 2023", "2023-09-16"},
		{"Tuesday, 16, September, 2025", "Tuesday, 16, September, 2025", "2025-09-16"},
		{"posted 3, March, 2024", "3, March, 2024", "2024-03-03"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			m := findMatch(t, ref, tc.in, tc.match)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.True(t, m.OK(), "%v", m.Problems)
		})
	}
	assert.Empty(t, dateline.Find("the 15, 16, September issue", ref))
	ms := dateline.Find("on 16, September 2023", ref)
	require.Len(t, ms, 1)
	assert.True(t, ms[0].Dateline.Time.IsZero(), "a month, not a day")
}

// TestHeldout25ErevChanukah: Chanukah's eve, 24 Kislev, which hebcal
// names "Chanukah: 1 Candle" too, is its eve: "Erev Chanukah 5785" (and
// "Chanukah Eve 5785", since TestHeldout25OccasionEve's class) read 24
// Kislev 5785, December 25, 2024, and reported it as an occasion error
// that named that same day as the right one ("the eve of Chanukah 5785 is
// 24 Kislev 5785 (December 25, 2024), not 24 Kislev 5785"). The eve of a
// second day is still none: Erev Rosh Hashana on 1 Tishrei is an error.
func TestHeldout25ErevChanukah(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, in := range []string{"Erev Chanukah 5785", "Chanukah Eve 5785", "Erev Chanukah, Wednesday, December 25, 2024", "ערב חנוכה תשפ״ה"} {
		t.Run(in, func(t *testing.T) {
			rep := dateline.Check(in, ref)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, "2024-12-25", rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, "24 Kislev 5785", rep.Dateline.Hebrew.String())
		})
	}
	for _, in := range []string{"Erev Chanukah, Thursday, December 26, 2024", "Erev Rosh Hashana, Thursday, October 3, 2024"} {
		t.Run(in, func(t *testing.T) {
			rep := dateline.Check(in, ref)
			require.False(t, rep.OK())
			assert.Equal(t, dateline.CodeOccasion, rep.Problems[0].Code)
		})
	}
}

// TestHeldout25DateThenBegins: a civil day, an occasion and a verb that
// says it begins, in that order, as a calendar's entries write them:
// "Friday, April 22, Passover begins". The day is the eve. It was read as
// the occasion's own day: in 2022, when April 22 is Passover's seventh
// day, with no problem but the inferred year's, and "Sunday, September
// 24, Yom Kippur begins at sundown" as an occasion error.
func TestHeldout25DateThenBegins(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ in, match, day, hebrew string }{
		{"Friday, April 22, Passover begins", "Friday, April 22, Passover begins", "2016-04-22", "15 Nisan 5776"},
		{"Sunday, September 24, Yom Kippur begins at sundown", "Sunday, September 24, Yom Kippur begins", "2023-09-24", "10 Tishrei 5784"},
		{"Sunday, September 24, 2023, Yom Kippur begins at sundown", "Sunday, September 24, 2023, Yom Kippur begins", "2023-09-24", "10 Tishrei 5784"},
		{"Sunday, September 24 - Yom Kippur will begin", "Sunday, September 24 - Yom Kippur will begin", "2023-09-24", "10 Tishrei 5784"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			m := findMatch(t, ref, tc.in, tc.match)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.hebrew, m.Dateline.Hebrew.String())
			assert.True(t, m.OK(), "%v", m.Problems)
		})
	}
	// The occasion's own day is not its eve; without the verb it is.
	rep := dateline.Check("Monday, September 25, 2023, Yom Kippur starts", ref)
	require.False(t, rep.OK())
	assert.Equal(t, dateline.CodeOccasion, rep.Problems[0].Code)
	rep = dateline.Check("Monday, September 25, 2023, Yom Kippur", ref)
	assert.True(t, rep.OK(), "%v", rep.Problems)
}

// findMatch finds the one dateline of in, whose text must be match, and
// returns it.
func findMatch(t *testing.T, ref dateline.Option, in, match string) dateline.Match {
	t.Helper()
	ms := dateline.Find(in, ref)
	require.Len(t, ms, 1)
	assert.Equal(t, match, in[ms[0].Start:ms[0].End])
	return ms[0]
}
