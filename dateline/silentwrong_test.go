package dateline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// The answers a round of trying the command as an adversary found given
// with nothing said, each now an error or a warning; and their right
// neighbours, which stay right.

// TestErevChanukahFirstCandle: the eve of Chanukah is 24 Kislev, the day
// before its first, though hebcal lists the first candle under Chanukah's
// name on that day: "Erev Chanukah, December 24, 2024" (23 Kislev) was
// read with nothing said.
func TestErevChanukahFirstCandle(t *testing.T) {
	for _, text := range []string{
		"Erev Chanukah, December 24, 2024",
		"Hanukkah Eve, December 24, 2024",
		"ערב חנוכה | כ״ג כסלו תשפ״ה",
		"Erev Chanukah, December 13, 2025",
	} {
		rep := dateline.Check(text, heldoutRef)
		assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeOccasion, text)
	}
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Erev Chanukah, December 25, 2024", "2024-12-25"},
		{"ערב חנוכה | כ״ד כסלו תשפ״ה", "2024-12-25"},
		{"Erev Chanukah, December 14, 2025", "2025-12-14"},
		{"Erev Pesach, April 22, 2024", "2024-04-22"},
	})
}

// TestHebrewYearShortTwoDigits: a Hebrew year of two digits ("22 Adar I
// 84") was read as the year 84 with nothing said, and one in letters
// whose hundreds are stacked past a thousand ("כ״ב ניסן תתשפ״ד", a tav
// doubled) as 1184: both are warned of, as "22 Nisan 784" was, the first
// with the year it may mean, its century chosen as a two-letter year's is
// (in Kislev 5787, 06 is 5806 and 07 is 5707), and with a leading zero
// ("22 Adar I 06") too.
func TestHebrewYearShortTwoDigits(t *testing.T) {
	for text, want := range map[string]string{
		"22 Adar I 84":    "5784",
		"22 Adar I 06":    "5806",
		"22 Shevat 07":    "5707",
		"22 Nisan 784":    "5784",
		"כ״ב ניסן תתשפ״ד": "1184",
	} {
		rep := dateline.Check(text, heldoutRef)
		if assert.Contains(t, reportCodes(rep, dateline.Warning), dateline.CodeYearUnlikely, text) {
			assert.Contains(t, rep.Problems[0].Message, want, text)
		}
	}
	for _, text := range []string{"כ״ב ניסן ה׳תשפ״ד", "כ״ב ניסן תשפ״ד", "כ״ב ניסן תת״ק", "22 Nisan 5784"} {
		rep := dateline.Check(text, heldoutRef)
		assert.Empty(t, rep.Problems, text)
	}
}

// TestTwoDigitYearWindowByDay: a two-digit year falls within the eighty
// years before the reference and the twenty after it, counted from day
// to day: "Jan 1 '46" read on November 26, 2026 is 2046, nineteen years
// on (it was 1946, eighty years and ten months back), and "Nov 27 '46"
// 1946.
func TestTwoDigitYearWindowByDay(t *testing.T) {
	for text, want := range map[string]string{
		"Jan 1 '46":  "2046-01-01",
		"Nov 25 '46": "2046-11-25",
		"Nov 27 '46": "1946-11-27",
		"Dec 31 '46": "1946-12-31",
		"Jan 1 '45":  "2045-01-01",
		"Jan 1 '47":  "1947-01-01",
		"7 oct 70":   "1970-10-07",
	} {
		rep := dateline.Check(text, heldoutRef)
		assert.Equal(t, want, rep.Dateline.Time.Format("2006-01-02"), text)
	}
}

// TestMorningClockHebrewAhead: a Hebrew date a day ahead of its civil date
// is the after-sunset warning only where its time of day may be after
// sunset: in the morning, with no zone named, it is the calendar error.
func TestMorningClockHebrewAhead(t *testing.T) {
	for _, text := range []string{"March 2, 2024 9:00 am | 23 Adar I 5784", "Saturday, March 2, 2024 1:30 am | 23 Adar I 5784"} {
		rep := dateline.Check(text, heldoutRef)
		assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeCalendar, text)
	}
	for _, text := range []string{"March 2, 2024 21:00 | 23 Adar I 5784", "March 2, 2024 | 23 Adar I 5784", "March 2, 2024 9:00 am EST | 23 Adar I 5784"} {
		rep := dateline.Check(text, heldoutRef)
		assert.Empty(t, reportCodes(rep, dateline.Error), text)
		assert.Contains(t, reportCodes(rep, dateline.Warning), dateline.CodeAfterSunset, text)
	}
}

// TestRangeDaysCountBothEnds: a range's days are counted with both its
// ends: March 2-4 is 3 days, where the message said 2.
func TestRangeDaysCountBothEnds(t *testing.T) {
	rep := dateline.Check("March 2–4, 2024 | 22–23 Adar I 5784", heldoutRef)
	if assert.NotEmpty(t, rep.Problems) {
		assert.Contains(t, rep.Problems[0].Message, "runs 3 days, March 2, 2024 to March 4, 2024")
		assert.Contains(t, rep.Problems[0].Message, "and 2 days, 22 Adar I 5784 to 23 Adar I 5784")
	}
}

// TestNextLineYearAfterComma: a date whose line ends with its comma goes
// on to the year that opens the next line ("Published March 2,\n2024 by
// staff" was March 2, 2027); without the comma that year is still the
// next line's.
func TestNextLineYearAfterComma(t *testing.T) {
	m := oneMatch(t, "Published March 2,\n2024 by staff", heldoutRef)
	assert.Equal(t, "2024-03-02", m.Dateline.Time.Format("2006-01-02"))
	ms := dateline.Find("nightfall, 5 April\n2021 date | Sunset, 27 March 2021", heldoutRef)
	if assert.Len(t, ms, 2) {
		assert.Equal(t, "5 April", ms[0].Input)
	}
}

// TestLaterChangeoverWarning: a date in the language of a country that
// kept the Julian calendar into the twentieth century, before it took the
// Gregorian, is warned of as a date before 1582 is: "25 октября 1917
// года" was read as October 25 (N.S.) with nothing said, where Russian
// texts of its time mean the Julian day, November 7. A dual date, a date
// the text says is Julian, and one after the changeover or in another
// language are not.
func TestLaterChangeoverWarning(t *testing.T) {
	for text, julian := range map[string]string{
		"25 октября 1917 года": "November 7, 1917",
		"1 січня 1900":         "January 13, 1900",
		"1 януари 1915":        "January 14, 1915",
		"1 Μαρτίου 1922":       "March 14, 1922",
	} {
		rep := dateline.Check(text, heldoutRef)
		if assert.Contains(t, reportCodes(rep, dateline.Warning), dateline.CodeDateAmbiguous, text) {
			assert.Contains(t, rep.Problems[0].Message, julian, text)
		}
	}
	for _, text := range []string{"25 октября 1918 года", "25 октября (7 ноября) 1917 года", "October 25, 1917", "1 Μαρτίου 1923"} {
		rep := dateline.Check(text, heldoutRef)
		assert.Empty(t, reportCodes(rep, dateline.Warning), text)
	}
	rep := dateline.Check("25 октября 1917 года по старому стилю", heldoutRef)
	assert.Equal(t, "1917-11-07", rep.Dateline.Time.Format("2006-01-02"))
}

// TestOrdinalSuffixOfAnotherDay: a day written with another day's English
// ordinal suffix ("March 2th", "22st") is read as its digits say, as
// before, with a spelling info; it was read with nothing said. A layout
// writes the suffix right.
func TestOrdinalSuffixOfAnotherDay(t *testing.T) {
	for _, text := range []string{"March 2th, 2024", "March 22st, 2024", "11st March 2024"} {
		rep := dateline.Check(text, heldoutRef)
		assert.True(t, rep.OK(), text)
		assert.Contains(t, reportCodes(rep, dateline.Info), dateline.CodeSpelling, text)
	}
	for _, text := range []string{"March 2nd, 2024", "March 22nd, 2024", "March 11th, 2024", "March 21st, 2024"} {
		rep := dateline.Check(text, heldoutRef)
		assert.Empty(t, rep.Problems, text)
	}
	l, err := dateline.LayoutOf("March 2th, 2024")
	if assert.NoError(t, err) {
		d := dateline.New(time.Date(2024, time.March, 22, 12, 0, 0, 0, time.UTC))
		assert.Equal(t, "March 22nd, 2024", l.Format(d.Time, d.Hebrew))
	}
}

// TestNameSettledInfo: a month name two languages give two months
// (listopada: Polish's November, Croatian's October), read as the meaning
// its form does not give because only that one fits the rest of the
// dateline, says so in an info: "2 listopada 2024 | 29 Elul 5784" was read
// as October 2 with nothing said.
func TestNameSettledInfo(t *testing.T) {
	rep := dateline.Check("2 listopada 2024 | 29 Elul 5784", heldoutRef)
	assert.Equal(t, "2024-10-02", rep.Dateline.Time.Format("2006-01-02"))
	assert.Contains(t, reportCodes(rep, dateline.Info), dateline.CodeDateAmbiguous)
	for _, text := range []string{"2 listopada 2024 | 1 Cheshvan 5785", "2. listopada 2024. | 29 Elul 5784", "sobota, 2 listopada 2024"} {
		rep := dateline.Check(text, heldoutRef)
		assert.Empty(t, rep.Problems, text)
	}
}

// TestJoinWordBeforeComma: a one-letter word that joins a dateline's
// parts, opening it before a comma, is none: "W, 2 March 2024" was read
// as Polish's "w" (in) before the date, with nothing said, where W is a
// weekday's initial (Wednesday, which March 2, 2024 is not). It is
// refused, and Find reads the date after it; the same words before a
// date without a comma join as they did.
func TestJoinWordBeforeComma(t *testing.T) {
	for _, text := range []string{"W, 2 March 2024", "U, 2 March 2024", "V, 2 March 2024"} {
		rep := dateline.Check(text, heldoutRef)
		assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeSyntax, text)
	}
	m := oneMatch(t, "Posted W, 2 March 2024 by staff", heldoutRef)
	assert.Equal(t, "2 March 2024", m.Input)
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"w 2 marca 2024", "2024-03-02"},
		{"On 2 March 2024", "2024-03-02"},
	})
}

// TestRangeBothWays: a range of days before a Hebrew-script month whose
// end is one digit below the first day's last ("12-6 בתשרי") reads as
// the first day and its end cut to its last digit (12 to 16, as an
// English calendar's "February 16-7" does) and as the end written first
// (6 to 12, as "7-6 מערץ" is): it was read the first way with nothing
// said. It is read so, with a warning; in full nothing is said. Before a
// Latin-script month, with no weekday for each day, the short end is the
// day it names, and the range runs backwards (see
// TestOneDigitRangeEndBackward).
func TestRangeBothWays(t *testing.T) {
	for text, want := range map[string]string{
		"12-6 בתשרי תשפ״ה":  "2024-10-14",
		"16-7 אדר ב׳ תשפ״ד": "2024-03-26",
	} {
		rep := dateline.Check(text, heldoutRef)
		assert.Equal(t, want, rep.Dateline.Time.Format("2006-01-02"), text)
		assert.Contains(t, reportCodes(rep, dateline.Warning), dateline.CodeDateAmbiguous, text)
	}
	for _, text := range []string{"12-16 בתשרי תשפ״ה", "7-6 מערץ, 2010"} {
		rep := dateline.Check(text, heldoutRef)
		assert.Empty(t, rep.Problems, text)
	}
}

// TestNightDayTime: a time of the day, from 6 am to 2 pm, beside words
// that name an evening or its night is an error: "Saturday night, March
// 2, 2024 9:00 am" was read as Sunday at 9, and "... 12:00 pm" as Saturday
// noon with the next Hebrew date, with nothing said. An hour without am
// or pm from 6 is the evening's in any language ("Samstagabend ... 9:00
// Uhr" was 9 the next morning); the night's small hours and the evening's
// stay as they were.
func TestNightDayTime(t *testing.T) {
	for _, text := range []string{
		"Saturday night, March 2, 2024 9:00 am",
		"Saturday night, March 2, 2024 12:00 pm",
		"Motzei Shabbat, March 2, 2024 10:00 am",
		"Saturday night, March 2, 2024 13:00",
	} {
		rep := dateline.Check(text, heldoutRef)
		assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeAfterSunset, text)
	}
	for text, want := range map[string]string{
		"Saturday night, March 2, 2024 1:30 am": "2024-03-03 01:30",
		"Saturday night, March 2, 2024 8:30 pm": "2024-03-02 20:30",
		"Friday evening, March 1, 2024 4:15 pm": "2024-03-01 16:15",
		"Samstagabend, 2. März 2024, 9:00 Uhr":  "2024-03-02 21:00",
		"Samstagabend, 2. März 2024, 1:00 Uhr":  "2024-03-03 01:00",
	} {
		rep := dateline.Check(text, heldoutRef)
		assert.Empty(t, reportCodes(rep, dateline.Error), text)
		assert.Equal(t, want, rep.Dateline.Time.Format("2006-01-02 15:04"), text)
	}
}

// TestPortionNight: a weekly portion named with an evening and no date is
// the evening that begins its Shabbat ("Friday night, Parashat Ki Tisa
// 5784", Friday, March 1, 22 Adar I: it was a weekday error) or ends it
// ("Motzei Shabbat Parashat Ki Tisa 5784", Saturday, March 2, whose
// evening is 23 Adar I: it was 22 Adar I, with nothing said).
func TestPortionNight(t *testing.T) {
	for _, tc := range []struct{ text, day, heb string }{
		{"Motzei Shabbat Parashat Ki Tisa 5784", "2024-03-02", "23 Adar I 5784"},
		{"מוצ״ש פרשת כי תשא תשפ״ד", "2024-03-02", "23 Adar I 5784"},
		{"Saturday night, Parashat Ki Tisa 5784", "2024-03-02", "23 Adar I 5784"},
		{"Friday night, Parashat Ki Tisa 5784", "2024-03-01", "22 Adar I 5784"},
		{"ליל שבת פרשת כי תשא תשפ״ד", "2024-03-01", "22 Adar I 5784"},
		{"Shabbat Parashat Ki Tisa 5784", "2024-03-02", "22 Adar I 5784"},
	} {
		rep := dateline.Check(tc.text, heldoutRef)
		assert.Empty(t, rep.Problems, tc.text)
		assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"), tc.text)
		assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String(), tc.text)
	}
}

// TestHebrewDateEveningClock: a Hebrew date or an occasion with a time of
// the evening and no civil date, weekday or evening's words ("22 Adar I
// 5784 8:00 pm", "Purim 5784 9 pm") may be of the evening that begins the
// Hebrew day, the civil day before, or of its civil day: it was read as
// the civil day's with nothing said. It is read so, with a warning; with
// a weekday or civil date, or in the day, nothing is said.
func TestHebrewDateEveningClock(t *testing.T) {
	for text, want := range map[string]string{
		"22 Adar I 5784 8:00 pm": "2024-03-02 20:00",
		"כ״ב אדר א׳ תשפ״ד 20:00": "2024-03-02 20:00",
		"Purim 5784 9 pm":        "2024-03-24 21:00",
	} {
		rep := dateline.Check(text, heldoutRef)
		assert.Contains(t, reportCodes(rep, dateline.Warning), dateline.CodeDateAmbiguous, text)
		assert.Equal(t, want, rep.Dateline.Time.Format("2006-01-02 15:04"), text)
	}
	for _, text := range []string{"Saturday, 22 Adar I 5784 8:00 pm", "22 Adar I 5784 10:00 am", "March 2, 2024 | 22 Adar I 5784 8:00 pm"} {
		rep := dateline.Check(text, heldoutRef)
		assert.Empty(t, rep.Problems, text)
	}
}

// TestLayoutDayLeftAsText: a layout string with a weekday or a Hebrew
// day and a number that is not read as the day of the month ("Monday the
// 2nd", "2 | 2 Tevet") compiled with the number as text, and wrote
// "Tuesday the 2nd" for December 31. It is refused; with its month, or a
// monthly masthead's own numbers, it compiles.
func TestLayoutDayLeftAsText(t *testing.T) {
	for _, l := range []string{"Monday the 2nd", "Monday 2nd", "Mon 2 · 2 Tevet", "2 | 2 Tevet", "2 Mon"} {
		_, err := dateline.Compile(l)
		assert.ErrorIs(t, err, dateline.ErrLayout, l)
	}
	day := dateline.New(time.Date(2024, time.December, 31, 0, 0, 0, 0, time.UTC))
	for l, want := range map[string]string{
		"Monday, January 2nd":                       "Tuesday, December 31st",
		"Vol. 12 No. 3 | Tevet 5766 / January 2006": "Vol. 12 No. 3 | Kislev 5785 / December 2024",
	} {
		assert.Equal(t, want, day.Format(l), l)
	}
}

// TestYearFirstTwoDigits: three two-digit numbers joined by dashes or
// slashes whose first is no month ("24-03-02") were read day first,
// March 24, 2002, with nothing said, where an ISO date cut to two-digit
// years writes March 2, 2024 so. It is read day first, with a warning;
// with points, or where the year-first day does not exist, nothing is
// said.
func TestYearFirstTwoDigits(t *testing.T) {
	for _, text := range []string{"24-03-02", "24/03/02"} {
		rep := dateline.Check(text, heldoutRef)
		assert.Equal(t, "2002-03-24", rep.Dateline.Time.Format("2006-01-02"), text)
		if assert.Contains(t, reportCodes(rep, dateline.Warning), dateline.CodeDateAmbiguous, text) {
			assert.Contains(t, rep.Problems[0].Message, "March 2, 2024", text)
		}
	}
	for _, text := range []string{"24.03.02", "13-02-30", "31-12-99", "2024-03-02"} {
		rep := dateline.Check(text, heldoutRef)
		assert.Empty(t, rep.Problems, text)
	}
}

// TestSpecialShabbatNight: a special Shabbat named with Saturday's
// evening is the evening that ends it, whose Hebrew date is the next
// day's: "Saturday night, Shabbat Zachor 5784" was 13 Adar II with
// nothing said (its evening is 14 Adar II, Purim's night), and the same
// with "| 14 Adar II 5784" an occasion error.
func TestSpecialShabbatNight(t *testing.T) {
	for _, tc := range []struct{ text, day, heb string }{
		{"Saturday night, Shabbat Zachor 5784", "2024-03-23", "14 Adar II 5784"},
		{"Saturday night, Shabbat Zachor 5784 | 14 Adar II 5784", "2024-03-23", "14 Adar II 5784"},
		{"Saturday night, Shabbat HaGadol 5784", "2024-04-20", "13 Nisan 5784"},
		{"Shabbat Zachor 5784", "2024-03-23", "13 Adar II 5784"},
		{"Friday night, Shabbat Zachor 5784", "2024-03-22", "13 Adar II 5784"},
	} {
		rep := dateline.Check(tc.text, heldoutRef)
		assert.Empty(t, rep.Problems, tc.text)
		assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"), tc.text)
		assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String(), tc.text)
	}
}

// TestLayoutWeekNumber: an ISO week date ("2006-W01-1") and a week's
// number beside a date ("January 2, 2006 (week 01)") compiled the week's
// 01 as the month, and the weekday's 1 as text, and wrote "2024-W03-1"
// for March 2, 2024, in ISO week 9. A month's number that no numeric day
// or year stands beside, and a number left as text beside a year alone,
// are refused; a numeric date's month, with or without separators, and
// a month's masthead numbers compile.
func TestLayoutWeekNumber(t *testing.T) {
	for _, l := range []string{"2006-W01-1", "2006-W01", "2006-W1-1", "Monday, January 2, 2006 (week 01)",
		"Mon, Jan 2, 2006 (wk 01)", "Jan 2006 (01)"} {
		_, err := dateline.Compile(l)
		assert.ErrorIs(t, err, dateline.ErrLayout, l)
	}
	day := dateline.New(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	for l, want := range map[string]string{
		"01/2006": "03/2024", "2006-01": "2024-03", "02.01.2006": "02.03.2024", "2. 01. 2006": "2. 03. 2024",
		"20060102": "20240302", "2006 01 02": "2024 03 02", "January 2006 No. 3": "March 2024 No. 3",
	} {
		assert.Equal(t, want, day.Format(l), l)
	}
}

// TestGivenZoneAbbreviation: a zone abbreviation several zones write
// (CST: China's and the United States' Central; PST: the Philippines';
// CDT: Cuba's) was read as the United States' even where In named the
// zone whose clocks write it: "July 3, 2024 11:46 pm CST" in
// Asia/Shanghai was 1:46 pm the next day there. In's zone reads its own
// abbreviations, in the offset they name; an abbreviation it does not
// write keeps its meaning, and so does one without In.
func TestGivenZoneAbbreviation(t *testing.T) {
	for _, c := range []struct{ text, tz, want string }{
		{"July 3, 2024 11:46 pm CST", "Asia/Shanghai", "2024-07-03T23:46:00+08:00"},
		{"January 3, 2024 11:46 pm CST", "America/Havana", "2024-01-03T23:46:00-05:00"},
		{"July 3, 2024 11:46 pm CDT", "America/Havana", "2024-07-03T23:46:00-04:00"},
		{"Thursday, July 4, 2024 10:00 am PST", "Asia/Manila", "2024-07-04T10:00:00+08:00"},
		{"July 4, 2024 10:00 am IST", "Asia/Kolkata", "2024-07-04T10:00:00+05:30"},
		{"January 4, 2024 10:00 am CST", "America/Chicago", "2024-01-04T10:00:00-06:00"},
		{"July 4, 2024 10:00 am PDT", "Asia/Manila", "2024-07-04T10:00:00-07:00"},
	} {
		rep := dateline.Check(c.text, heldoutRef, dateline.In(mustLoad(t, c.tz)))
		assert.Empty(t, rep.Problems, c.text)
		assert.Equal(t, c.want, rep.Dateline.Time.Format(time.RFC3339), c.text+" in "+c.tz)
	}
	// Chicago's CST in July, when its clocks show CDT, is read in its
	// offset all the same, with a warning (see TestZoneOffSeason).
	rep := dateline.Check("July 4, 2024 10:00 am CST", heldoutRef, dateline.In(mustLoad(t, "America/Chicago")))
	assert.Equal(t, "2024-07-04T10:00:00-06:00", rep.Dateline.Time.Format(time.RFC3339))
	if assert.Len(t, rep.Problems, 1) {
		assert.Equal(t, dateline.CodeZoneAmbiguous, rep.Problems[0].Code)
		assert.Equal(t, dateline.Warning, rep.Problems[0].Severity)
	}
	rep = dateline.Check("July 3, 2024 11:46 pm CST", heldoutRef)
	assert.Equal(t, "2024-07-03T23:46:00-06:00", rep.Dateline.Time.Format(time.RFC3339))
	// What the writer writes in a zone reads back in it.
	sh := mustLoad(t, "Asia/Shanghai")
	d := dateline.New(time.Date(2024, time.July, 3, 23, 46, 0, 0, sh), dateline.In(sh))
	text := d.Format("Monday, January 2, 2006 3:04 pm MST")
	back := dateline.Check(text, heldoutRef, dateline.In(sh))
	assert.True(t, back.Dateline.Time.Equal(d.Time), text)
}

// TestSunsetMinute: a time of the minute that holds sunset, without its
// seconds, ("5:37 pm" of a sunset at 5:37:43 pm in Jerusalem on March 2,
// 2024) holds either Hebrew date: the writer wrote 5:37:50 pm so, with
// the next day's, and Check called that an error, "5:37 pm is before
// sunset (5:37 pm)". Either date is read without a problem; with its
// seconds, or a minute before, the time is before sunset, and the error
// names the seconds where the minutes agree.
func TestSunsetMinute(t *testing.T) {
	at := dateline.Sunset(city(t, "Jerusalem"))
	for _, text := range []string{"Saturday, March 2, 2024 5:37 pm | 23 Adar I 5784", "Saturday, March 2, 2024 5:37 pm | 22 Adar I 5784"} {
		assert.Empty(t, dateline.Check(text, heldoutRef, at).Problems, text)
	}
	jer := mustLoad(t, "Asia/Jerusalem")
	written := dateline.New(time.Date(2024, time.March, 2, 17, 37, 50, 0, jer), at).Format("Monday, January 2, 2006 3:04 pm | 2 Tevet 5766")
	assert.Equal(t, "Saturday, March 2, 2024 5:37 pm | 23 Adar I 5784", written)
	for text, msg := range map[string]string{
		"Saturday, March 2, 2024 5:36 pm | 23 Adar I 5784":    "5:36 pm is before sunset (5:37 pm)",
		"Saturday, March 2, 2024 5:37:10 pm | 23 Adar I 5784": "5:37:10 pm is before sunset (5:37:43 pm)",
	} {
		rep := dateline.Check(text, heldoutRef, at)
		if assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeCalendar, text) {
			assert.Contains(t, rep.Problems[0].Message, msg, text)
		}
	}
}

// TestSunsetMessageOtherZone: where the dateline's zone is not the sunset
// city's (In New York, Sunset in Jerusalem), a message comparing its time
// with the sunset names the zone of each and gives the time in the city's
// clock too: "4:00 pm is after sunset (5:37 pm) in Jerusalem" compared a
// New York clock with Jerusalem's, saying neither (Jerusalem's sunset on
// March 2, 2024 at 5:37:43 pm IST; 4:00 pm EST is 11:00 pm there). In the
// city's own zone, or one of its offset, the message is as it was.
func TestSunsetMessageOtherZone(t *testing.T) {
	jer := dateline.Sunset(city(t, "Jerusalem"))
	ny := dateline.In(mustLoad(t, "America/New_York"))
	for _, tc := range []struct {
		text string
		opts []dateline.Option
		code dateline.Code
		msg  string
	}{
		{"Saturday, March 2, 2024 at 4:00 pm | 22 Adar I 5784", []dateline.Option{ny, jer}, dateline.CodeAfterSunset,
			"4:00 pm EST (11:00 pm IST in Jerusalem) is after sunset (5:37 pm IST) in Jerusalem"},
		{"Saturday, March 2, 2024 at 4:00 pm EST | 22 Adar I 5784", []dateline.Option{ny, jer}, dateline.CodeAfterSunset,
			"4:00 pm EST (11:00 pm IST in Jerusalem) is after sunset (5:37 pm IST) in Jerusalem"},
		{"Saturday, March 2, 2024 at 9:00 am | 23 Adar I 5784", []dateline.Option{ny, jer}, dateline.CodeCalendar,
			"9:00 am EST (4:00 pm IST in Jerusalem) is before sunset (5:37 pm IST) in Jerusalem"},
		{"Saturday, March 2, 2024 at 10:00 +00:00 | 23 Adar I 5784", []dateline.Option{jer}, dateline.CodeCalendar,
			"10:00 am +0000 (12:00 pm IST in Jerusalem) is before sunset (5:37 pm IST) in Jerusalem"},
		// The city's own zone, or its offset: clocks alone.
		{"Saturday, March 2, 2024 at 9:00 am | 23 Adar I 5784", []dateline.Option{jer}, dateline.CodeCalendar,
			"9:00 am is before sunset (5:37 pm) in Jerusalem"},
		{"Saturday, March 2, 2024 at 8:00 pm | 22 Adar I 5784", []dateline.Option{ny, dateline.Sunset(city(t, "New York"))}, dateline.CodeAfterSunset,
			"8:00 pm is after sunset (5:48 pm) in New York"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, append([]dateline.Option{heldoutRef}, tc.opts...)...)
			require.Len(t, rep.Problems, 1, "%v", rep.Problems)
			assert.Equal(t, tc.code, rep.Problems[0].Code)
			assert.True(t, strings.HasPrefix(rep.Problems[0].Message, tc.msg), rep.Problems[0].Message)
		})
	}
}

// TestWeekdayHebrewDateAfterSunset: a weekday, a Hebrew date and a time
// after sunset where the Hebrew day starts there ("Saturday, 22 Adar I
// 5784 8:00 pm", "Shabbat Parashat Ki Tisa 5784 8:00 pm" in Jerusalem)
// were read with nothing said, though at 8:00 pm that Saturday 23 Adar I
// had begun, as the same dateline with its civil date warns. They warn
// so; a time of the day, or no sunset rule, says nothing.
func TestWeekdayHebrewDateAfterSunset(t *testing.T) {
	at := dateline.Sunset(city(t, "Jerusalem"))
	for _, text := range []string{"Saturday, 22 Adar I 5784 8:00 pm", "Shabbat Parashat Ki Tisa 5784 8:00 pm", "Shabbat, 22 Adar I 5784 8:00 pm"} {
		rep := dateline.Check(text, heldoutRef, at)
		assert.Equal(t, "2024-03-02 20:00", rep.Dateline.Time.Format("2006-01-02 15:04"), text)
		assert.Contains(t, reportCodes(rep, dateline.Warning), dateline.CodeAfterSunset, text)
	}
	for _, text := range []string{"Saturday, 22 Adar I 5784 10:00 am", "Shabbat Parashat Ki Tisa 5784 10:00 am"} {
		assert.Empty(t, dateline.Check(text, heldoutRef, at).Problems, text)
	}
	assert.Empty(t, dateline.Check("Saturday, 22 Adar I 5784 8:00 pm", heldoutRef).Problems)
}

// TestLayoutReferenceLeftAsText: a layout that keeps a part of the
// reference day as text, minutes without their hour, the year in digits
// padded or Roman, an o'clock's hour, the Hebrew year by its letters'
// names where no letter-named day reads it, the week's portion without
// "Parashat", the eighth day of Chanukah by its number, or an
// Omer count by a number of its own, wrote it unchanged on every day; a
// numeric Hebrew date (2.10.5766) was read as a Gregorian one in the year
// 5766, and wrote the Gregorian date. Each is refused; the letters after a letter-named day, and a
// masthead's own numbers, compile.
func TestLayoutReferenceLeftAsText(t *testing.T) {
	for _, l := range []string{"2 Tevet 05766", "January 2, 2006 15 04", "MMVI", "January 2, 2006 3 o'clock", "January 15:04",
		"2 Tevet 5766 · Vayigash", "2 Tevet 5766 · ויגש", "2 Tevet 5766 · Chanukah 8",
		// "January 2, 2006 | Day 2 of the Omer" is the count's field since f0403295 (TestDayOfOmerLayout); a second
		// count's words stay refused.
		"January 2, 2006 | Day 2 of the Omer, Day 2 of the Omer",
		"January 2, 2006 | ספירת העומר: 2", "Jan 2 | 2.10.5766", "Jan 2 | 2/10/5766",
		"Monday, January 2, 2006 | Tof Shin Samech Vav", "2 Tevet Tav Shin Samech Vav", "January 2, 2006 | Tof-Shin-Samech-Vav",
		// The hour alone after a word for "at": "at 15" was written for
		// every time (found trying the command as an adversary).
		"Jan 2 '06 at 15", "Jan 2 at 3", "Jan 2, 2006 @ 3", "2. Januar 2006 um 15", "2 janvier 2006 à 15"} {
		_, err := dateline.Compile(l)
		assert.ErrorIs(t, err, dateline.ErrLayout, l)
	}
	// "Zot Chanukah" is a name of the eighth day's occasion (see
	// TestZosChanukah): the layout writes each day's occasion, as with
	// hebcal's "Chanukah: 8th Day", not the reference's text.
	_, err := dateline.Compile("2 Tevet 5766 · Zot Chanukah")
	assert.NoError(t, err)
	assert.Equal(t, "27 Kislev 5785 · Chanukah: 4 Candles, Shabbat Mevarchim Chodesh Tevet",
		dateline.New(time.Date(2024, time.December, 28, 12, 0, 0, 0, time.UTC)).Format("2 Tevet 5766 · Zot Chanukah"))
	day := dateline.New(time.Date(2024, time.March, 2, 20, 5, 0, 0, time.UTC))
	for l, want := range map[string]string{
		"Beis Teves Tof Shin Samech Vav":            "Chof Beis Adar Rishon Tof Shin Pei Daled",
		"Vol. 12 No. 3 | Tevet 5766 / January 2006": "Vol. 12 No. 3 | Adar I 5784 / March 2024",
		"Monday, January 2, 2006 3:04 pm":           "Saturday, March 2, 2024 8:05 pm",
		"2 Tevet 5766 · Parashat Vayigash":          "22 Adar I 5784 · Parashat Ki Tisa",
	} {
		assert.Equal(t, want, day.Format(l), l)
	}
	// The hour alone writes a time on the hour, and refuses 8:05 pm,
	// which it would write as "8 pm" (see format.Layout.Validate).
	assert.Equal(t, "No. 15, Mar 2, 2024 at 8 pm", dateline.New(day.Time.Truncate(time.Hour)).Format("No. 15, Jan 2, 2006 at 3 pm"))
	assert.True(t, strings.HasPrefix(day.Format("No. 15, Jan 2, 2006 at 3 pm"), "%!Format("))
}

// TestSkippedBeforeMidnight: a time a zone skips where its clocks go from
// 11 pm to midnight (America/Nuuk, March 30, 2024) is read in the offset
// after the skip, to keep its day; the warning said a clock not yet set
// forward shows it so, an hour off. It says which offset it took.
func TestSkippedBeforeMidnight(t *testing.T) {
	rep := dateline.Check("March 30, 2024 11:30 pm", heldoutRef, dateline.In(mustLoad(t, "America/Nuuk")))
	assert.Equal(t, "2024-03-30T22:30:00-02:00", rep.Dateline.Time.Format(time.RFC3339))
	if assert.Contains(t, reportCodes(rep, dateline.Warning), dateline.CodeTimeSkipped) {
		assert.Contains(t, rep.Problems[0].Message, "in the offset after the skip")
		assert.NotContains(t, rep.Problems[0].Message, "where a clock not yet set forward shows it")
	}
}

// TestOldStyleUnmarkedLayout: an Old Style date in brackets that no
// marker names ("7 November 1917 (25 October)") is told from the New
// Style one by its days; its Report.Layout, "2 January 2006 (2
// January)", read back as the New Style date written twice. Its layout
// is "" and LayoutOf refuses it; compiled as an example, it writes the
// Old Style date; marked, its layout keeps the marker.
func TestOldStyleUnmarkedLayout(t *testing.T) {
	for _, text := range []string{"7 November 1917 (25 October)", "7 November (25 October) 1917"} {
		rep := dateline.Check(text, heldoutRef)
		assert.Equal(t, "1917-11-07", rep.Dateline.Time.Format("2006-01-02"), text)
		assert.Empty(t, rep.Layout, text)
		_, err := dateline.LayoutOf(text)
		assert.Error(t, err, text)
	}
	day := dateline.New(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	assert.Equal(t, "2 March 2024 (18 February)", day.Format("7 November 1917 (25 October)"))
	rep := dateline.Check("April 19 [O.S. April 6] 1903", heldoutRef)
	assert.Equal(t, "January 2 [O.S. January 2] 2006", rep.Layout)
	assert.Equal(t, "March 2 [O.S. February 18] 2024", day.Format(rep.Layout))
}

// TestSharedWeekdayAbbreviation: "tor." is Thursday in Danish and
// Norwegian and Tuesday in Slovenian, and before "5. mar. 2024", a month
// both write so, the date's own weekday chose the language with nothing
// said: a Norwegian page that wrote its Tuesday "tor." passed. An info
// says which the date chose; where both fit, the warning stands.
func TestSharedWeekdayAbbreviation(t *testing.T) {
	for text, want := range map[string]string{"tor. 5. mar. 2024": "2024-03-05", "tor. 7. mar. 2024": "2024-03-07"} {
		rep := dateline.Check(text, heldoutRef)
		assert.True(t, rep.OK(), text)
		assert.Equal(t, want, rep.Dateline.Time.Format("2006-01-02"), text)
		assert.Contains(t, reportCodes(rep, dateline.Info), dateline.CodeDateAmbiguous, text)
	}
	assert.Contains(t, reportCodes(dateline.Check("tor. 6. mar. 2024", heldoutRef), dateline.Error), dateline.CodeWeekday)
}

// TestInvisibleCharacters: characters a browser does not show, a soft
// hyphen that hyphenates a word, a zero-width space or joiner, a
// direction mark, split words and numerals that show whole: "כ&rlm;״ב
// אדר א׳ תשפ״ד" was read from its ב as 2 Adar I, "Sep&shy;tem&shy;ber 28,
// 2022" was not found, "22\u00a0h\u00a039" lost its minutes and
// "10:39\u2060PM" its PM. A page's text leaves them out; in plain text a
// reading that starts or ends inside a word glued by them is none.
func TestInvisibleCharacters(t *testing.T) {
	page := "<p>Sep&shy;tem&shy;ber 28, 2022</p><p>Fri&#173;day, March 2, 2024</p><p>כ&rlm;״ב אדר א׳ תשפ״ד</p>" +
		"<p>2 mars 2024 à 9&#8239;h&#8239;05</p><p>Saturday, March 2nd | 2&#8207;2 Adar I 5784</p>"
	var got []string
	for _, m := range dateline.FindHTML(page, heldoutRef) {
		got = append(got, m.Dateline.Time.Format("2006-01-02 15:04")+" "+m.Dateline.Hebrew.String())
	}
	assert.Equal(t, []string{"2022-09-28 00:00 3 Tishrei 5783", "2024-03-02 00:00 22 Adar I 5784", "2024-03-02 00:00 22 Adar I 5784",
		"2024-03-02 09:05 22 Adar I 5784", "2024-03-02 00:00 22 Adar I 5784"}, got)
	ms := dateline.FindHTML("<p>Fri&shy;day, March 2, 2024</p>", heldoutRef)
	if assert.Len(t, ms, 1) {
		assert.Contains(t, severityCodes(ms[0], dateline.Error), dateline.CodeWeekday)
	}
	// Plain text: a numeral glued by a mark is read whole, as a browser
	// shows it (see TestInvisibleInsideToken), never from inside it.
	for text, want := range map[string]string{"כ\u200f״ב אדר א׳ תשפ״ד": "22 Adar I 5784", "ט״ו בשבט תשפ\u200f״ד": "15 Shevat 5784", "י\u200e\"ד באדר ב' תשפ\"ד": "14 Adar II 5784"} {
		ms := dateline.Find(text, heldoutRef)
		if assert.Len(t, ms, 1, text) {
			assert.Equal(t, want, ms[0].Dateline.Hebrew.String(), text)
			assert.Equal(t, 0, ms[0].Start, text)
			assert.Equal(t, len(text), ms[0].End, text)
		}
	}
	for text, want := range map[string]string{
		"2 mars 2024 à 22\u00a0h\u00a039": "2024-03-02 22:39", "September 28, 2022 10:39\u2060PM": "2022-09-28 22:39",
	} {
		ms := dateline.Find(text, heldoutRef)
		if assert.Len(t, ms, 1, text) {
			assert.Equal(t, want, ms[0].Dateline.Time.Format("2006-01-02 15:04"), text)
		}
	}
}

// TestSunsetRuleCalendarError: with a sunset rule and a time of day, a
// Hebrew date that is neither the time's nor a day either side of it is
// the calendar error it is without the rule; every such date passed
// (found trying the command as an adversary), and a date two days after
// the civil one passed after sunset.
func TestSunsetRuleCalendarError(t *testing.T) {
	jerusalem := dateline.Sunset(city(t, "Jerusalem"))
	ref := dateline.Reference(time.Date(2024, 3, 2, 12, 0, 0, 0, time.UTC))
	for _, text := range []string{
		"Saturday, March 2, 2024 10:00 am | 3 Nisan 5784",
		"Saturday, March 2, 2024 11:30 pm | 10 Adar I 5784",
		"Saturday, March 2, 2024 11:30 pm | 24 Adar I 5784",
		"Saturday, March 2, 2024 10:00 am | 20 Adar I 5784",
		"Saturday, March 2, 2024 10:00 am | 23 Adar I 5784",
		"Wednesday, September 28, 2022 10:39 am | 3 Nisan 5783",
	} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, ref, jerusalem)
			assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeCalendar)
		})
	}
	for text, want := range map[string]string{
		"Saturday, March 2, 2024 10:00 am | 22 Adar I 5784": "22 Adar I 5784",
		"Saturday, March 2, 2024 11:30 pm | 23 Adar I 5784": "23 Adar I 5784",
		"Saturday, March 2, 2024 11:30 pm | 22 Adar I 5784": "22 Adar I 5784", // the date left from before sunset: a warning
		"Saturday, March 2, 2024 10:00 am | 22 Adar 5784":   "22 Adar I 5784", // the Adar the civil date says, not Adar II
	} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, ref, jerusalem)
			assert.Empty(t, reportCodes(rep, dateline.Error))
			assert.Equal(t, want, rep.Dateline.Hebrew.String())
		})
	}
}

// TestAfternoonClockHebrewAhead: a Hebrew date a day ahead of its civil
// date with a time of day before any sunset, in the early afternoon as in
// the morning, is the calendar error; from 2 pm, when the sun sets in the
// north's winter, it is the after-sunset warning.
func TestAfternoonClockHebrewAhead(t *testing.T) {
	for _, text := range []string{"March 2, 2024 12:30 pm | 23 Adar I 5784", "Saturday, March 2, 2024 1:30 pm | 23 Adar I 5784", "2.3.2024 13:45 | 23 Adar I 5784"} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, heldoutRef)
			assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeCalendar)
		})
	}
	for _, text := range []string{"March 2, 2024 3:00 pm | 23 Adar I 5784", "March 2, 2024 14:00 | 23 Adar I 5784", "March 2, 2024 12:30 pm EST | 23 Adar I 5784"} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, heldoutRef)
			assert.Empty(t, reportCodes(rep, dateline.Error))
			assert.Contains(t, reportCodes(rep, dateline.Warning), dateline.CodeAfterSunset)
		})
	}
}
