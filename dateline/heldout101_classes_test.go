package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout101OrdinalHebrewAfterVerb: English's ordinal of a Hebrew
// day ("the fourth of Tevet", "26th of Nissan") after the words that give
// a civil date's other calendar, "which corresponds to" and "which is":
// "Dec. 28, 1992, which corresponds to the fourth of Tevet" (the Arizona
// Jewish Post's blog, jewishaz.wordpress.com) and "Yom HaShoah is
// observed on Thursday April 8 2021 which is 26th of Nissan" (Yesh Shem,
// yeshshem.com; the hundred-and-first held-out round) were two
// datelines each, the two calendars never checked against each other:
// the words joined only a day in digits or letters before the month.
// The two dates are one dateline now, and a Hebrew date that is not the
// civil day's is an error.
func TestHeldout101OrdinalHebrewAfterVerb(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Dec. 28, 1992, which corresponds to the fourth of Tevet", "1992-12-28", "4 Tevet 5753"},
		{"Dec. 28, 1992, which corresponds to the 4th of Tevet", "1992-12-28", "4 Tevet 5753"},
		{"Yom HaShoah is observed on Thursday April 8 2021 which is 26th of Nissan", "2021-04-08", "26 Nisan 5781"},
		{"Thursday April 8 2021, which is the 26th of Nissan", "2021-04-08", "26 Nisan 5781"},
		{"March 15, 2024, which is the fifth of Adar II", "2024-03-15", "5 Adar II 5784"},
		{"March 15, 2024, which is the 5th of Adar II 5784", "2024-03-15", "5 Adar II 5784"},
		{"September 17, 2023, which corresponds to the second day of Tishrei", "2023-09-17", "2 Tishrei 5784"},
	})
	// Two calendars that disagree are said.
	for _, text := range []string{
		"Dec. 28, 1992, which corresponds to the sixth of Tevet",
		"Thursday April 8 2021 which is 28th of Nissan",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Equal(t, []dateline.Code{dateline.CodeCalendar}, severityCodes(m, dateline.Error))
		})
	}
	// An ordinal of a civil month, or no month, is prose after "which is".
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"the meeting is on Thursday April 8 2021 which is the best day of the month", "2021-04-08"},
		{"which is the fourth of Tevet", "2026-12-14"},
	})
}

// TestHeldout101DayOfTheMonthGloss: a Hebrew day with "day of" and "the
// month of" between it and its month, as a gloss after a civil date
// without a year: "begins at sundown on Sunday, October 9, the 15th Day
// of the month of Tishrei, and ends at sundown on Sunday, October 16"
// (Jewish Secular Life, jslmi.org, on Sukkot 2022; the hundred-and-first
// held-out round) was two datelines, the gloss dropped: "the 15th day
// of" took a Hebrew month only with its year after it. After a civil
// date it is that date's other calendar, checked against it (the civil
// day's evening, from sundown, here); alone it is still no date.
func TestHeldout101DayOfTheMonthGloss(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"begins at sundown on Sunday, October 9, the 15th Day of the month of Tishrei, and ends at sundown on Sunday, October 16", "2022-10-09", "15 Tishrei 5783"},
		{"Sunday, October 9, 2022, the 14th day of the month of Tishrei", "2022-10-09", "14 Tishrei 5783"},
		{"Monday, April 22, 2024, the 14th day of Nisan", "2024-04-22", "14 Nisan 5784"},
		{"Tuesday, April 23, 2024, the 15th day of the Hebrew month of Nisan", "2024-04-23", "15 Nisan 5784"},
	})
	// A day of another month is said.
	m := oneMatch(t, "Sunday, October 9, 2022, the 17th day of the month of Tishrei", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeCalendar}, severityCodes(m, dateline.Error))
	// Without a civil date before it, the gloss's words without a year
	// are no date, and a day of anything else is prose.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"the 15th day of the month of Tishrei", ""},
		{"the 3rd day of the conference", ""},
		{"Sunday, October 9, 2022, the 15th day of the festival", "2022-10-09"},
	})
}

// TestHeldout101HebrewDayBeginsInTheEvening: a Hebrew day without its
// year, then "begins in the evening of" (or "on the evening of") and a
// civil date with an ordinal day: "Yud Tes Kislev begins in the evening
// of Sunday 18th December, and ends in the evening of Monday 19th
// December" (Jewish Thoughts, jewishthoughtsblog.wordpress.com, 2016;
// the hundred-and-first held-out round) was two datelines, 19 Kislev
// 5787 alone and the civil range in 2022, each with only the
// year-inferred info. "At sundown on" joined them, "in the evening of"
// did not, and "Sunday 18th December" (a day's ordinal ending before the
// month) was not seen as a civil date there. The civil day is the
// evening's, the year the one whose dates fit each other and the weekday.
func TestHeldout101HebrewDayBeginsInTheEvening(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Yud Tes Kislev begins in the evening of Sunday 18th December, and ends in the evening of Monday 19th December", "2016-12-18", "19 Kislev 5777"},
		{"19 Kislev begins in the evening of Sunday, December 18", "2016-12-18", "19 Kislev 5777"},
		{"19 Kislev begins on the evening of Sunday, December 18", "2016-12-18", "19 Kislev 5777"},
		{"Yud Tes Kislev begins at sundown on Sunday 18th December", "2016-12-18", "19 Kislev 5777"},
		{"Yud Shvat begins in the evening of Tuesday 19th January 2016", "2016-01-19", "10 Shevat 5776"},
		{"Chof Av begins in the evening of Sunday 6th August", "2023-08-06", "20 Av 5783"},
	})
	// A weekday that is not the date's is said.
	m := oneMatch(t, "Yud Tes Kislev begins in the evening of Sunday 19th December", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// Without a date after it, "begins in the evening of" joins nothing.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"19 Kislev 5777 begins in the evening of the day", "2016-12-19"},
	})
}

// TestHeldout101EveOfIsErev: English's "the eve of" an occasion is
// Erev, the day before it, with a civil date after it as before it:
// "the eve of Shavuot 5591 (May 5, 1831 OS)" (LiquiSearch's biography of
// the Tzemach Tzedek, liquisearch.com; the hundred-and-first held-out
// round) was read as the evening of May 17, 1831, 6 Sivan, where "Erev
// Shavuot 5591 (May 5, 1831 OS)" and "May 5, 1831 OS, the eve of
// Shavuot" are 5 Sivan: the word "eve" before the date was taken for an
// evening. "The evening of" an occasion is still its evening.
func TestHeldout101EveOfIsErev(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"the eve of Shavuot 5591 (May 5, 1831 OS)", "1831-05-17", "5 Sivan 5591"},
		{"eve of Shavuot (May 17, 1831)", "1831-05-17", "5 Sivan 5591"},
		{"the eve of Yom Kippur, October 8, 2019", "2019-10-08", "9 Tishrei 5780"},
		{"Eve of Yom Kippur (October 8, 2019)", "2019-10-08", "9 Tishrei 5780"},
		{"Erev Shavuot 5591 (May 5, 1831 OS)", "1831-05-17", "5 Sivan 5591"},
		{"the evening of Yom Kippur, October 8, 2019", "2019-10-08", "10 Tishrei 5780"},
	})
	// An eve on the occasion's own day is said.
	m := oneMatch(t, "the eve of Yom Kippur, October 9, 2019", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
}

// TestHeldout101BeginsWithService: an occasion that begins "with evening
// services on" a day, or with Kol Nidre, and a range's end "after
// Concluding Services on" (or Neilah, Havdalah): "Yom Kippur beginning
// with evening services on Oct. 4 and ending after Concluding Services
// on Oct. 5" (SaddleBrooke Ranch Roundup, a community paper, 2022; the
// hundred-and-first held-out round) was two year-less dates read alone
// in 2026: "beginning" was no verb of beginning, the service no evening,
// and the end's service no word before the last day. The day is now
// the occasion's eve, in the year whose eve it is.
func TestHeldout101BeginsWithService(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Yom Kippur beginning with evening services on Oct. 4 and ending after Concluding Services on Oct. 5", "2022-10-04", "10 Tishrei 5783"},
		{"Yom Kippur beginning with evening services on Oct. 4, 2022", "2022-10-04", "10 Tishrei 5783"},
		{"Yom Kippur beginning on the evening of Oct. 4", "2022-10-04", "10 Tishrei 5783"},
		{"Yom Kippur begins with Kol Nidre on Tuesday, October 4, 2022 and ends after Neilah on Wednesday, October 5", "2022-10-04", "10 Tishrei 5783"},
		{"Chanukah, beginning December 25", "2024-12-25", "25 Kislev 5785"},
	})
	// A day that is not the occasion's eve is said.
	m := oneMatch(t, "Yom Kippur beginning with evening services on Oct. 5, 2022", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	// "Beginning" without an occasion before it joins nothing.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"the beginning of the year on Oct. 4, 2022", "2022-10-04"},
		{"and ending after Concluding Services", ""},
	})
}
