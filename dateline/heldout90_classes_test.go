package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout90MovedFastOwnDate: a fast whose date falls on a Shabbat is
// kept on another day (Tish'a B'Av, the 17th of Tammuz and Tzom Gedaliah
// the day after, Ta'anit Esther the Thursday before), and pages name it
// by its own date as well as by the day it is kept: "Tisha B’Av July 21,
// 2018 (9 Av 5778)" (Beth David Synagogue, the ninetieth held-out round)
// was refused with an occasion error, "Tish'a B'Av 5778 is 10 Av 5778
// (July 22, 2018), not 9 Av 5778", on a right line. The fast named on its
// own date, a Shabbat, is now read with a warning that says when it is
// kept (an info before the forty-sixth adversarial review: no one fasts
// that day), in every language whose name of the fast the reader knows.
func TestHeldout90MovedFastOwnDate(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Tisha B’Av July 21, 2018 (9 Av 5778)", "Tisha B’Av July 21, 2018 (9 Av 5778)", "2018-07-21", "9 Av 5778"},
		{"Tisha B'Av August 6, 2022 (9 Av 5782)", "Tisha B'Av August 6, 2022 (9 Av 5782)", "2022-08-06", "9 Av 5782"},
		{"Fast of Tammuz June 30, 2018 (17 Tammuz 5778)", "Fast of Tammuz June 30, 2018 (17 Tammuz 5778)", "2018-06-30", "17 Tammuz 5778"},
		{"Tzom Gedaliah September 23, 2017 (3 Tishrei 5778)", "Tzom Gedaliah September 23, 2017 (3 Tishrei 5778)", "2017-09-23", "3 Tishrei 5778"},
		{"Fast of Esther March 23, 2024 (13 Adar II 5784)", "Fast of Esther March 23, 2024 (13 Adar II 5784)", "2024-03-23", "13 Adar II 5784"},
		{"Tischa b'Aw, 21. Juli 2018 (9. Av 5778)", "Tischa b'Aw, 21. Juli 2018 (9. Av 5778)", "2018-07-21", "9 Av 5778"},
		{"Tich'ah beAv, samedi 21 juillet 2018 (9 Av 5778)", "Tich'ah beAv, samedi 21 juillet 2018 (9 Av 5778)", "2018-07-21", "9 Av 5778"},
		{"Девятое Ава, 21 июля 2018 (9 ава 5778)", "Девятое Ава, 21 июля 2018 (9 ава 5778)", "2018-07-21", "9 Av 5778"},
		{"Tisja BeAv, zaterdag 21 juli 2018 (9 Av 5778)", "Tisja BeAv, zaterdag 21 juli 2018 (9 Av 5778)", "2018-07-21", "9 Av 5778"},
		// The civil date alone: the fast's own date, not the eve of the
		// day it is kept (a fast from dawn has none; Tish'a B'Av's
		// Shabbat was read as its eve, warned).
		{"Saturday, October 5, 2024 | Tzom Gedaliah", "Saturday, October 5, 2024 | Tzom Gedaliah", "2024-10-05", "3 Tishrei 5785"},
		{"Tisha B'Av, Saturday, July 21, 2018", "Tisha B'Av, Saturday, July 21, 2018", "2018-07-21", "9 Av 5778"},
	})
	for _, text := range []string{
		"Tisha B’Av July 21, 2018 (9 Av 5778)",
		"Fast of Esther March 23, 2024 (13 Adar II 5784)",
	} {
		t.Run(text, func(t *testing.T) {
			m := findOneOK(t, text, heldoutRef)
			assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Warning), "the warning says when the fast is kept")
		})
	}
	// The day the fast is kept, and a fast on a weekday, have nothing
	// to say.
	for _, text := range []string{
		"Tisha B'Av July 22, 2018 (10 Av 5778)",
		"Fast of Esther March 21, 2024 (11 Adar II 5784)",
		"Tisha B'Av July 30, 2020 (9 Av 5780)",
	} {
		t.Run(text, func(t *testing.T) {
			m := findOneOK(t, text, heldoutRef)
			assert.Empty(t, m.Problems)
		})
	}
	// Still errors: a day that is neither the fast's date nor the day it
	// is kept; an occasion that no Shabbat moves (Purim is 14 Adar II);
	// the evening that begins the fast's own date, when the fast does
	// not begin; and the held-out row whose Hebrew date is not its civil
	// day's ("observed on July 22", 10 Av, with 9 Av), which keeps its
	// calendar error.
	for _, tc := range []struct {
		text string
		code dateline.Code
	}{
		{"Tisha B'Av July 20, 2018 (8 Av 5778)", dateline.CodeOccasion},
		{"Purim March 23, 2024 (13 Adar II 5784)", dateline.CodeOccasion},
		{"Tisha B'Av begins at sundown on Friday, July 20, 2018", dateline.CodeOccasion},
		{"Tisha B’Av is observed on July  22, 2018 (9 Av 5778)", dateline.CodeCalendar},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.False(t, m.OK(), "%v", m.Problems)
			assert.Contains(t, severityCodes(m, dateline.Error), tc.code)
		})
	}
}

// TestHeldout90BracketedStartEndsVerb: a range's start written whole in
// brackets, weekday and all, after the words that say the occasion
// begins, then a sunset or not and a verb of ending before the last day:
// "Yom Kippur for Hebrew Year 5784 begins tonight (Sunday, 24 September
// 2023) at sundown and ends at nightfall on Monday, 25 September 2023."
// (jimmy.ekota.net, the ninetieth held-out round) was read as two
// datelines, the bracket's day and the end's. Only a verb of ending joins
// after the bracket; a dash or "to" after a date in brackets, a verb with
// no day after it, and a bracket the dateline starts inside (no words of
// the dateline before it) join nothing.
func TestHeldout90BracketedStartEndsVerb(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Yom Kippur for Hebrew Year 5784 begins tonight (Sunday, 24 September 2023) at sundown and ends at nightfall on Monday, 25 September 2023.",
			"Yom Kippur for Hebrew Year 5784 begins tonight (Sunday, 24 September 2023) at sundown and ends at nightfall on Monday, 25 September 2023",
			"2023-09-24", "10 Tishrei 5784"},
		{"Yom Kippur begins tonight (Sunday, 24 September 2023) and ends at nightfall on Monday, 25 September 2023.",
			"Yom Kippur begins tonight (Sunday, 24 September 2023) and ends at nightfall on Monday, 25 September 2023", "2023-09-24", "10 Tishrei 5784"},
		{"Shavuot begins this evening (Tuesday, June 11, 2024) at sunset and concludes at nightfall on Thursday, June 13, 2024.",
			"Shavuot begins this evening (Tuesday, June 11, 2024) at sunset and concludes at nightfall on Thursday, June 13, 2024", "2024-06-11", "6 Sivan 5784"},
		{"Hanukkah begins (Sunday, December 14, 2025) at sundown, and ends on Monday, December 22, 2025.",
			"Hanukkah begins (Sunday, December 14, 2025) at sundown, and ends on Monday, December 22, 2025", "2025-12-14", "25 Kislev 5786"},
		{"Rosh Hashanah begins tonight (Wednesday, October 2, 2024) at sundown and continues through Friday, October 4, 2024.",
			"Rosh Hashanah begins tonight (Wednesday, October 2, 2024) at sundown and continues through Friday, October 4, 2024", "2024-10-02", "1 Tishrei 5785"},
		{"Pessah commence au coucher du soleil (lundi 22 avril 2024) et se termine le mardi 30 avril 2024.",
			"Pessah commence au coucher du soleil (lundi 22 avril 2024) et se termine le mardi 30 avril 2024", "2024-04-22", "15 Nisan 5784"},
	})
	for _, tc := range []struct {
		text    string
		matches []string
	}{
		{"Pesach begins tonight (Monday, April 22, 2024) – ends Tuesday, April 30, 2024",
			[]string{"Pesach begins tonight (Monday, April 22, 2024)", "Tuesday, April 30, 2024"}},
		{"Passover begins tonight (Monday, April 22, 2024) to Tuesday, April 30, 2024",
			[]string{"Passover begins tonight (Monday, April 22, 2024)", "Tuesday, April 30, 2024"}},
		{"Passover begins tonight (Monday, April 22, 2024) at sundown and ends the year on a high note.",
			[]string{"Passover begins tonight (Monday, April 22, 2024)"}},
		{"Our office opens (Sunday, March 3, 2024) and ends its season on Tuesday, March 5, 2024.",
			[]string{"Sunday, March 3, 2024", "Tuesday, March 5, 2024"}},
		{"Published (Sunday, March 3, 2024) - updated Tuesday, March 5, 2024",
			[]string{"Sunday, March 3, 2024", "Tuesday, March 5, 2024"}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			var got []string
			for _, m := range dateline.Find(tc.text, heldoutRef) {
				got = append(got, tc.text[m.Start:m.End])
			}
			assert.Equal(t, tc.matches, got)
		})
	}
}

// round90Matches returns the texts of Find's matches in text.
func round90Matches(text string) []string {
	var got []string
	for _, m := range dateline.Find(text, heldoutRef) {
		got = append(got, text[m.Start:m.End])
	}
	return got
}

// TestHeldout90NumericMonthDayRange: a range of year-less numeric dates,
// each with its weekday, as American pages write a holiday's days month
// first: "In 2014, Rosh Hashanah begins Wednesday, 9/24 and ends Friday,
// 9/26" was read as two datelines (the held-out row of the ninetieth
// round, below, also says the middle day). A range of such dates is read
// where their numbers fix the order (both days past the twelfth) and the
// two ends are written alike; "9/10 - 9/12", September or October, a day
// first end after a month first start, and two days joined by "and" (a
// list) stay apart, and weekdays that do not fit the days are an error.
func TestHeldout90NumericMonthDayRange(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"In 2014, Rosh Hashanah begins Wednesday, 9/24 and ends Friday, 9/26.",
			"2014, Rosh Hashanah begins Wednesday, 9/24 and ends Friday, 9/26", "2014-09-24", "1 Tishrei 5775"},
		{"In 2024 the exhibit runs Wednesday, 10/16 - Wednesday, 10/23.",
			"2024 the exhibit runs Wednesday, 10/16 - Wednesday, 10/23", "2024-10-16", "14 Tishrei 5785"},
		{"In 2024 the fair runs Monday, 22/4 - Tuesday, 30/4.",
			"2024 the fair runs Monday, 22/4 - Tuesday, 30/4", "2024-04-22", "14 Nisan 5784"},
	})
	for _, tc := range []struct {
		text    string
		matches []string
	}{
		{"In 2014 the office is closed Wednesday, 9/24 - Friday, 26/9.",
			[]string{"2014 the office is closed Wednesday, 9/24", "Friday, 26/9"}},
		{"The office is closed Wednesday, 9/10 - Friday, 9/12.", []string{"Wednesday, 9/10", "Friday, 9/12"}},
		{"Office closed Wednesday, 9/24 and Friday, 9/26", []string{"Wednesday, 9/24", "Friday, 9/26"}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			assert.Equal(t, tc.matches, round90Matches(tc.text))
		})
	}
	t.Run("weekdays that do not fit", func(t *testing.T) {
		m := oneMatch(t, "In 2014 the office is closed Wednesday, 9/24 - Sunday, 9/26.", heldoutRef)
		assert.False(t, m.OK(), "%v", m.Problems)
	})
}

// TestHeldout90MiddleDayRange: a range that says its middle day, after a
// comma and "continues through", before the verb of ending that names
// its last day: "In 2014, the Rosh Hashanah holiday observance begins at
// sundown on the evening of Wednesday, 9/24, continues through Thursday,
// 9/25, and ends Friday, 9/26." (a school principal's letter, the
// ninetieth held-out round) was read as three datelines. The middle day
// is the range's text, read only where it falls between the two ends
// and on its weekday; otherwise, and where no verb of ending and day
// follow it, the days stay apart as before.
func TestHeldout90MiddleDayRange(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"In 2014, the Rosh Hashanah holiday observance begins at sundown on the evening of Wednesday, 9/24, continues through Thursday, 9/25, and ends Friday, 9/26.",
			"2014, the Rosh Hashanah holiday observance begins at sundown on the evening of Wednesday, 9/24, continues through Thursday, 9/25, and ends Friday, 9/26",
			"2014-09-24", "1 Tishrei 5775"},
		{"Rosh Hashanah begins at sundown on Wednesday, September 24, 2014, continues through Thursday, September 25, and ends Friday, September 26, 2014.",
			"Rosh Hashanah begins at sundown on Wednesday, September 24, 2014, continues through Thursday, September 25, and ends Friday, September 26, 2014",
			"2014-09-24", "1 Tishrei 5775"},
		{"Sukkot 2024 begins at sundown on Wednesday, 10/16, continuing through Wednesday, 10/23, and ends Thursday, 10/24.",
			"Sukkot 2024 begins at sundown on Wednesday, 10/16, continuing through Wednesday, 10/23, and ends Thursday, 10/24",
			"2024-10-16", "15 Tishrei 5785"},
		{"The festival opens Sunday, December 14, 2025, continues through Sunday, December 21, and ends Monday, December 22, 2025.",
			"Sunday, December 14, 2025, continues through Sunday, December 21, and ends Monday, December 22, 2025", "2025-12-14", "24 Kislev 5786"},
	})
	for _, tc := range []struct {
		text    string
		matches []string
	}{
		// The middle day after the last.
		{"The festival opens Sunday, December 14, 2025, continues through Sunday, December 28, and ends Monday, December 22, 2025.",
			[]string{"Sunday, December 14, 2025", "Sunday, December 28", "Monday, December 22, 2025"}},
		// The middle day's weekday is not its day's (the 25th is a
		// Thursday): no range is read over it.
		{"In 2014, the office opens Wednesday, 9/24, continues through Tuesday, 9/25, and ends Friday, 9/26.",
			[]string{"2014, the office opens Wednesday, 9/24", "Tuesday, 9/25, and ends Friday, 9/26"}},
		// No last day after the verb of ending.
		{"The fair opens Monday, March 4, 2024, continues through Friday, March 8, and ends the season with a party.",
			[]string{"Monday, March 4, 2024", "Friday, March 8"}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			assert.Equal(t, tc.matches, round90Matches(tc.text))
		})
	}
}

// TestMovedFastOwnDateWarned: a fast named on its own date, a Shabbat,
// in a year it is kept on another day, is read as that date with a
// warning that names the day it is kept, not an info: no one fasts on
// the day the dateline gives, and "Ta'anit Esther, Saturday, March 23,
// 2024" passed check as right (the forty-sixth adversarial review). It
// stays no error, as pages name the fast by its date; the day it is kept
// is clean, and a day that is neither stays an error.
func TestMovedFastOwnDateWarned(t *testing.T) {
	for _, tc := range []struct{ text, kept string }{
		{"Ta'anit Esther, Saturday, March 23, 2024", "11 Adar II 5784 (March 21, 2024)"},
		{"Taanit Esther, samedi 23 mars 2024", "11 Adar II 5784 (March 21, 2024)"},
		{"תענית אסתר, 23 במרץ 2024", "11 Adar II 5784 (March 21, 2024)"},
		{"Tzom Gedaliah, October 5, 2024", "4 Tishrei 5785 (October 6, 2024)"},
		{"Tisha B'Av, Saturday, August 6, 2022", "10 Av 5782 (August 7, 2022)"},
		{"Tischa b'Aw, Samstag, 6. August 2022", "10 Av 5782 (August 7, 2022)"},
		{"Fast of Tammuz, June 30, 2018", "18 Tammuz 5778 (July 1, 2018)"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			require.Equal(t, []dateline.Code{dateline.CodeOccasion}, reportCodes(rep, dateline.Warning))
			assert.Contains(t, rep.Problems[0].Message, "is kept on "+tc.kept)
			assert.Empty(t, reportCodes(rep, dateline.Info))
		})
	}
	for _, text := range []string{
		"Ta'anit Esther, Thursday, March 21, 2024",
		"Tzom Gedaliah, Sunday, October 6, 2024",
		"Tisha B'Av, Sunday, August 7, 2022",
		"Fast of Tammuz, July 1, 2018",
	} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, heldoutRef)
			assert.Empty(t, rep.Problems)
		})
	}
	for _, text := range []string{"Ta'anit Esther, March 22, 2024", "Tzom Tammuz, June 26, 2021"} {
		t.Run(text, func(t *testing.T) {
			assert.Contains(t, reportCodes(dateline.Check(text, heldoutRef), dateline.Error), dateline.CodeOccasion)
		})
	}
}
