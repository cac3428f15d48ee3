package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestUntilSundownRangeEnd: the end of a range said with "until" and the
// sunset or nightfall that ends it (the forty-second held-out round).
// "Hanukkah begins at sundown on Sunday, Dec. 2nd and lasts until sundown
// on Monday, Dec. 10th" was read as two datelines, the end alone in a
// year near the reference: after a verb of endsJoin and its "until", a
// sunset and "on" before the day were not crossed, nor a comma, "until"
// and "nightfall on" after a whole date, as "до вечера" is in Russian.
// Without a day after the sunset, "until sundown" is prose, and the date
// before it is read alone.
func TestUntilSundownRangeEnd(t *testing.T) {
	for _, tc := range []struct{ in, text, day, heb string }{
		{"Passover begins at sundown on Friday, April 22, 2016 and lasts until sundown on Saturday, April 30.",
			"Passover begins at sundown on Friday, April 22, 2016 and lasts until sundown on Saturday, April 30", "2016-04-22", "15 Nisan 5776"},
		{"Sukkot begins Wednesday, October 16 and continues until sunset on Wednesday, October 23, 2024.",
			"Sukkot begins Wednesday, October 16 and continues until sunset on Wednesday, October 23, 2024", "2024-10-16", "15 Tishrei 5785"},
		{"Services: Friday, December 8, 2023, till sunset on Saturday, December 9, 2023",
			"Friday, December 8, 2023, till sunset on Saturday, December 9, 2023", "2023-12-08", "25 Kislev 5784"},
		{"The fast lasts from Tuesday, July 16, 2024, until nightfall on Wednesday, July 17, 2024.",
			"Tuesday, July 16, 2024, until nightfall on Wednesday, July 17, 2024", "2024-07-16", "10 Tammuz 5784"},
	} {
		t.Run(tc.in, func(t *testing.T) { assertFound(t, tc.in, tc.text, tc.day, tc.heb) })
	}
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ in, text string }{
		{"The office is open Monday, March 4, 2024, until sundown prayers begin.", "Monday, March 4, 2024"},
		{"We met on March 4, 2024, until nightfall of the next day.", "March 4, 2024"},
		{"Hanukkah began on December 7, 2023 and lasts until sundown, and we lit candles.", "Hanukkah began on December 7, 2023"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, ref)
			if assert.Len(t, ms, 1) {
				assert.Equal(t, tc.text, tc.in[ms[0].Start:ms[0].End], "no range without its end's day")
			}
		})
	}
}

// TestOccasionBeginsRelativeAndThisEvening: an occasion said to begin in
// a relative clause set off by a comma ("which begins", "that starts",
// "which will begin"), or "this evening" before its day (the forty-second
// held-out round). "the holiday of Hanukkah, which begins at sundown on
// Sunday, December 22, 2019" was read as the civil day alone, 24 Kislev,
// and "Yom Kippur begins this evening September 22" as September 22 of
// the reference's year with 12 Tishrei: the occasion, not joined to the
// day, neither gave the evening's Hebrew date nor the year. A clause that
// says anything else is prose, and the date after it is read alone.
func TestOccasionBeginsRelativeAndThisEvening(t *testing.T) {
	for _, tc := range []struct{ in, text, day, heb string }{
		{"We mark the holiday of Hanukkah, which begins at sundown on Sunday, December 22, 2019.",
			"Hanukkah, which begins at sundown on Sunday, December 22, 2019", "2019-12-22", "25 Kislev 5780"},
		{"Passover, which will begin on the evening of Friday, April 22, 2016, is a spring festival.",
			"Passover, which will begin on the evening of Friday, April 22, 2016", "2016-04-22", "15 Nisan 5776"},
		{"Purim, that starts at sundown on Saturday, March 23, 2024",
			"Purim, that starts at sundown on Saturday, March 23, 2024", "2024-03-23", "14 Adar II 5784"},
		{"The Jewish Holiday of Yom Kippur begins this evening September 22.",
			"Yom Kippur begins this evening September 22", "2015-09-22", "10 Tishrei 5776"},
		{"Rosh Hashanah begins this evening, Monday, September 22, 2025",
			"Rosh Hashanah begins this evening, Monday, September 22, 2025", "2025-09-22", "1 Tishrei 5786"},
		{"Shavuot begins this evening on Tuesday, June 11, 2024.",
			"Shavuot begins this evening on Tuesday, June 11, 2024", "2024-06-11", "6 Sivan 5784"},
	} {
		t.Run(tc.in, func(t *testing.T) { assertFound(t, tc.in, tc.text, tc.day, tc.heb) })
	}
	for _, tc := range []struct{ in, text, day, heb string }{
		{"Hanukkah, which we love, ends on December 30, 2019.", "December 30, 2019", "2019-12-30", "2 Tevet 5780"},
		{"Purim, that is a joyful day, March 24, 2024", "March 24, 2024", "2024-03-24", "14 Adar II 5784"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			text, day, heb, _ := findOne(t, tc.in)
			assert.Equal(t, tc.text, text, "the clause is prose")
			assert.Equal(t, tc.day, day)
			assert.Equal(t, tc.heb, heb)
		})
	}
}

// TestEraAfterYear: the era a year is counted in, in capitals right after
// it, "AM" (anno mundi) after a Hebrew year and "CE" or "AD" after a
// civil one (the forty-second held-out round). The Geniza's "Dated:
// Monday, 3 Nisan 4841 AM = 15 March 1081 CE" was read as two datelines,
// the civil one a Gregorian Tuesday of 26 Adar: "AM" ended the first.
// With it crossed, the two calendars are one dateline, and the civil date
// of a year before the reform of 1582 is read as the Julian date it is,
// with a warning. After a Hebrew day or an hour, "AM" is still a time's,
// and a word that only starts with the letters is prose.
func TestEraAfterYear(t *testing.T) {
	for _, tc := range []struct{ in, text, day, heb string }{
		{"Dated: Monday, 3 Nisan 4841 AM = 15 March 1081 CE.", "Monday, 3 Nisan 4841 AM = 15 March 1081", "1081-03-21", "3 Nisan 4841"},
		{"Dated: Friday, 4 Nisan 4782 AM, which is 9 March 1022 CE.", "Friday, 4 Nisan 4782 AM, which is 9 March 1022", "1022-03-15", "4 Nisan 4782"},
		{"Letter of 5 Tevet 5784 A.M. = 17 December 2023 C.E.", "5 Tevet 5784 A.M. = 17 December 2023", "2023-12-17", "5 Tevet 5784"},
		{"Deed of 12 Elul 5410 AM, 8 September 1650 AD", "12 Elul 5410 AM, 8 September 1650", "1650-09-08", "12 Elul 5410"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			text, day, heb, ok := findOne(t, tc.in)
			assert.Equal(t, tc.text, text)
			assert.Equal(t, tc.day, day)
			assert.Equal(t, tc.heb, heb)
			assert.True(t, ok, "a Julian date before 1582 is a warning, not an error")
		})
	}
	for _, tc := range []struct{ in, text string }{
		{"The service is on 5 Tevet 5784 AMEN chorus", "5 Tevet 5784"},
		{"Shacharit Nisan 10 AM", "Nisan 10"},
		{"Sunday, December 17, 2023 AMC theatre", "Sunday, December 17, 2023"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			text, _, _, _ := findOne(t, tc.in)
			assert.Equal(t, tc.text, text, "no era there")
		})
	}
}

// TestShabbatBeforeTwoDays: Shabbat's own name before a civil range of two
// days from a Friday names Friday evening and Saturday (the forty-second
// held-out round). "Shabbat, November 9-10, 2018" was a weekday error,
// November 9 being a Friday: the range starts on the evening Shabbat
// does, and its Hebrew date is Shabbat's. A language's word for Saturday
// is no such night, a range from a Saturday keeps its weekday, and a
// range without its year, whose Friday cannot be known, is read as
// before.
func TestShabbatBeforeTwoDays(t *testing.T) {
	for _, tc := range []struct{ in, text, day, heb string }{
		{"Many shuls are leaving a light on overnight on Shabbat, November 9-10, 2018 to commemorate the tragedy.",
			"Shabbat, November 9-10, 2018", "2018-11-09", "2 Kislev 5779"},
		{"Shabbos, March 1-2, 2024: a kiddush", "Shabbos, March 1-2, 2024", "2024-03-01", "22 Adar I 5784"},
		{"Shabbat, 9-10 November 2018", "Shabbat, 9-10 November 2018", "2018-11-09", "2 Kislev 5779"},
		{"Shabbat, November 10-11, 2018", "Shabbat, November 10-11, 2018", "2018-11-10", "2 Kislev 5779"},
	} {
		t.Run(tc.in, func(t *testing.T) { assertFound(t, tc.in, tc.text, tc.day, tc.heb) })
	}
	t.Run("Saturday, November 9-10, 2018", func(t *testing.T) {
		_, day, heb, ok := findOne(t, "Saturday, November 9-10, 2018")
		assert.Equal(t, "2018-11-09", day)
		assert.Equal(t, "1 Kislev 5779", heb)
		assert.False(t, ok, "a Friday called Saturday is a weekday error")
	})
}

// TestBracketedClauseYear: a year that opens a bracketed clause with a
// comma after it is the year of the dates inside the same bracket, and
// "until after nightfall on" (or ", to nightfall on") joins a range's end
// (the forty-second held-out round). A Yom Kippur page's "(in 2020, from
// several minutes before sunset on Sunday, September 28, until after
// nightfall on Monday, September 29)" was read as September 28, 2025, the
// nearest year whose date is a Sunday, with only a note: a wrong answer,
// where the text's year makes the Sunday a weekday error the page made
// (it kept another year's weekdays). A bracket closed before the date
// names no year of it.
func TestBracketedClauseYear(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	t.Run("weekday error", func(t *testing.T) {
		in := "When: Yom Kippur (in 2020, from several minutes before sunset on Sunday, September 28, until after nightfall on Monday, September 29)"
		var found bool
		for _, m := range dateline.Find(in, ref) {
			if m.Dateline.Time.Month() != 9 {
				continue
			}
			found = true
			assert.Equal(t, 2020, m.Dateline.Time.Year(), "the bracket's year")
			assert.False(t, m.OK(), "September 28, 2020 was a Monday")
		}
		assert.True(t, found)
	})
	for _, tc := range []struct{ in, text, day, heb string }{
		{"Yom Kippur (in 2024, from sunset on Friday, October 11, to nightfall on Saturday, October 12)",
			"2024, from sunset on Friday, October 11, to nightfall on Saturday, October 12", "2024-10-11", "10 Tishrei 5785"},
		{"Sunday, September 27, 2020, until after nightfall on Monday, September 28, 2020",
			"Sunday, September 27, 2020, until after nightfall on Monday, September 28, 2020", "2020-09-27", "9 Tishrei 5781"},
	} {
		t.Run(tc.in, func(t *testing.T) { assertFound(t, tc.in, tc.text, tc.day, tc.heb) })
	}
	for _, tc := range []struct{ in, text string }{
		{"Open Friday, October 11, 2024, until after sunset tomorrow.", "Friday, October 11, 2024"},
		{"We walked on Friday, October 11, 2024, to the park.", "Friday, October 11, 2024"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			text, _, _, _ := findOne(t, tc.in)
			assert.Equal(t, tc.text, text)
		})
	}
	t.Run("closed bracket", func(t *testing.T) {
		_, day, _, _ := findOne(t, "The book (in 2020, revised) appeared on September 28.")
		assert.NotEqual(t, "2020", day[:4], "a bracket closed before the date names no year of it")
	})
}

// TestYearBeforeCommonEra: a civil year before the common era, "44 BC",
// "1044 BCE", "70 B.C.E.", is no date the reader gives (found beside the
// forty-second held-out round's era words). "March 15, 1044 BC" was read
// as March 15, 1044 of the common era with nothing said, and "March 15,
// 44 BC", whose year of two digits is no year the reader takes, as March
// 15 of the year nearest the reference: wrong answers. Check now fails
// with the range error, and Find takes no date there. "BC" after a year
// of four digits is as often a name's, and is prose.
func TestYearBeforeCommonEra(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, in := range []string{"March 15, 44 BC", "March 15, 1044 BCE", "15 March 1044 B.C.", "Ides: March 15, 44 B.C.E."} {
		t.Run(in, func(t *testing.T) {
			_, err := dateline.Parse(in, ref)
			assert.Error(t, err)
			for _, m := range dateline.Find(in, ref) {
				assert.False(t, m.OK() && m.Dateline.Time.Month() == 3, "%q read as a day of the common era", in[m.Start:m.End])
			}
		})
	}
	t.Run("BC Hydro", func(t *testing.T) {
		text, day, _, ok := findOne(t, "On March 15, 2024 BC Hydro reported an outage.")
		assert.Equal(t, "March 15, 2024", text)
		assert.Equal(t, "2024-03-15", day)
		assert.True(t, ok)
	})
}

// TestDualRangeUntilNightfall: a range of two datelines of both calendars,
// each a Hebrew date (month first) and its civil weekday and date, joined
// by a comma, "until" and a sunset (the forty-second held-out round).
// "Av 9 - Saturday, August 13, until nightfall of Av 10 - Sunday, August
// 14" was read as two datelines: the end's Hebrew date and its civil one
// after a dash were read over such a join only after Hebrew's עד. Ends
// whose two calendars run different lengths are a calendar error.
func TestDualRangeUntilNightfall(t *testing.T) {
	for _, tc := range []struct{ in, text, day, heb string }{
		{"the fast is postponed until sundown of Av 9 - Saturday, August 13, until nightfall of Av 10 - Sunday, August 14",
			"Av 9 - Saturday, August 13, until nightfall of Av 10 - Sunday, August 14", "2016-08-13", "9 Av 5776"},
		{"Av 9 - Tuesday, August 13, 2024, until nightfall of Av 10 - Wednesday, August 14, 2024",
			"Av 9 - Tuesday, August 13, 2024, until nightfall of Av 10 - Wednesday, August 14, 2024", "2024-08-13", "9 Av 5784"},
		{"Tishrei 9, Friday, October 11, 2024, until nightfall on Tishrei 10, Saturday, October 12, 2024",
			"Tishrei 9, Friday, October 11, 2024, until nightfall on Tishrei 10, Saturday, October 12, 2024", "2024-10-11", "9 Tishrei 5785"},
	} {
		t.Run(tc.in, func(t *testing.T) { assertFound(t, tc.in, tc.text, tc.day, tc.heb) })
	}
	t.Run("ends disagree", func(t *testing.T) {
		_, _, _, ok := findOne(t, "Av 9 - Saturday, August 13, 2016, until nightfall of Av 11 - Sunday, August 14, 2016")
		assert.False(t, ok, "one civil day and two Hebrew days")
	})
}

// TestDayOfTheMonthAndYearInWords: "the thirteenth day of the month Ab"
// (a record of 1843, the forty-second held-out round) reads as a day of
// Av, "the month" right before a Hebrew month's name as "the month of" is;
// and a Hebrew year written in words after it ("in the year five thousand
// six hundred and three") is read (see TestHebrewYearInEnglishWords). A
// civil year in words is not read, and makes the date no date Find gives,
// where it would otherwise take the year nearest the reference, with a
// note that the text names none. "The year two" of prose, with no hundred
// or thousand, is no year in words.
func TestDayOfTheMonthAndYearInWords(t *testing.T) {
	for _, tc := range []struct{ in, text, day, heb string }{
		{"the thirteenth day of the month Ab, 5603", "thirteenth day of the month Ab, 5603", "1843-08-09", "13 Av 5603"},
		{"the 5th day of the month Nisan 5784", "5th day of the month Nisan 5784", "2024-04-13", "5 Nisan 5784"},
		{"on the 2nd of the month Adar II, 5784", "2nd of the month Adar II, 5784", "2024-03-12", "2 Adar II 5784"},
		{"On the fourth day of the week, the thirteenth day of the month Ab, in the year five thousand six hundred and three from the foundation of the world",
			"thirteenth day of the month Ab, in the year five thousand six hundred and three", "1843-08-09", "13 Av 5603"},
	} {
		t.Run(tc.in, func(t *testing.T) { assertFound(t, tc.in, tc.text, tc.day, tc.heb) })
	}
	ref := dateline.Reference(corpusReference)
	for _, in := range []string{
		"March 3, in the year nineteen hundred and five",
		"the 14th of Nisan, the year two thousand and twenty-four",
	} {
		t.Run(in, func(t *testing.T) {
			assert.Empty(t, dateline.Find(in, ref), "a civil year in words is not read, and no other year is given")
		})
	}
	for _, tc := range []struct{ in, text string }{
		{"on 5 Nisan, the year two was fine", "5 Nisan"},
		{"March 3, 1905, in the year nineteen hundred and five", "March 3, 1905"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			text, _, _, _ := findOne(t, tc.in)
			assert.Equal(t, tc.text, text)
		})
	}
}
