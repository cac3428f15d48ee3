package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout143OpeningSunset: a sentence that opens with the sunset of a
// day and "on", as news make the evening the subject:
// "Sundown on Wednesday, Oct. 2, marks the start of the Jewish holiday
// Rosh Hashanah" (KSTP, Minneapolis, the hundred-and-forty-third held-out
// round) was read from the weekday on, as the eve of the occasion's 1
// Tishrei with a warning that Rosh Hashanah begins at that day's sunset,
// which the text said, and without the occasion ("Sundown on Wednesday,
// October 2, 2024") with the civil day's 29 Elul. The sunset word is now the match's, and the day the evening,
// whose Hebrew date is the next day's, from sunset. Without "on" the word
// is no phrase ("Sundown, Wednesday, October 2, 2024 was cold", held by
// TestHeldout92ParticipleSunset), and inside a sentence a sunset word
// alone may be the day's own end ("until sundown on Friday"): both are
// read as before.
func TestHeldout143OpeningSunset(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Sundown on Wednesday, Oct. 2, marks the start of the Jewish holiday Rosh Hashanah", "2024-10-02", "1 Tishrei 5785"},
		{"Sundown on Wednesday, Oct. 2, 2024, marks the start of the Jewish holiday Rosh Hashanah", "2024-10-02", "1 Tishrei 5785"},
		{"Sunset on Friday, April 22, 2016 begins Passover.", "2016-04-22", "15 Nisan 5776"},
		{"Nightfall on Sunday, December 18, 2022 brings the first night of Hanukkah.", "2022-12-18", "25 Kislev 5783"},
		{"The holiday ends. Sundown on Friday, Dec. 18, 2020 marks its close.", "2020-12-18", "4 Tevet 5781"},
		{"sundown on Wednesday, October 2, 2024", "2024-10-02", "1 Tishrei 5785"},
		// Without "on", or inside a sentence, as before: the day's own
		// Hebrew date.
		{"Sundown, Sunday, December 14, 2025", "2025-12-14", "24 Kislev 5786"},
		{"The sunset on Friday, October 4, 2024 was beautiful.", "2024-10-04", "2 Tishrei 5785"},
		{"The fast ends at sundown on Friday, October 4, 2024.", "2024-10-04", "2 Tishrei 5785"},
		{"Hanukkah lasts until sundown on Friday, December 18, 2020.", "2020-12-18", "3 Tevet 5781"},
		{"Services end before sundown on Friday, October 4, 2024.", "2024-10-04", "2 Tishrei 5785"},
	})
	// The match holds the sunset word.
	m := oneMatch(t, "Sundown on Wednesday, Oct. 2, marks the start of the Jewish holiday Rosh Hashanah", heldoutRef)
	assert.Equal(t, 0, m.Start)
	assert.Empty(t, severityCodes(m, dateline.Warning))
	// A weekday that is not the day's is still an error.
	m = oneMatch(t, "Sundown on Thursday, October 2, 2024", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// A sunset word without a date is no dateline.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Sundown", ""},
		{"Sundown on Wednesday", ""},
	})
}

// TestHeldout143Commences: English's "commences" (and "commenced",
// "commencing") between an occasion and the day at whose sunset it
// begins, as "begins" is read: "The Jewish calendar year 5780 commences at
// sundown on Sunday, Sept. 29, 2019" (NBC4, Columbus, the
// hundred-and-forty-third held-out round) said it of a year; said of an
// occasion, "Rosh Hashanah 5780 commences at sundown on Sunday, Sept. 29,
// 2019" was two datelines, the occasion alone and the date alone, so a
// Hebrew year that did not fit the date went unsaid.
func TestHeldout143Commences(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Rosh Hashanah 5780 commences at sundown on Sunday, Sept. 29, 2019", "2019-09-29", "1 Tishrei 5780"},
		{"The Jewish New Year 5780 commences at sundown on Sunday, Sept. 29, 2019", "2019-09-29", "1 Tishrei 5780"},
		{"Passover commenced at sundown on Friday, April 22, 2016", "2016-04-22", "15 Nisan 5776"},
		{"Yom Kippur commences Tuesday, October 8, 2019", "2019-10-08", "10 Tishrei 5780"},
		{"Yom Kippur begins Tuesday, October 8, 2019", "2019-10-08", "10 Tishrei 5780"},
	})
	// A Hebrew year that is not the date's is an error.
	m := oneMatch(t, "Rosh Hashanah 5781 commences at sundown on Sunday, Sept. 29, 2019", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeCalendar}, severityCodes(m, dateline.Error))
}

// TestHeldout143AsOtherDate: English's "as" between a civil date with its
// year and the Hebrew date with its year, the latter in quotes or not:
// "The Jewish calendar also recognises 25 December 2016  as '25th of
// Kislev, 5777’" (SBS, Australia, the hundred-and-forty-third held-out
// round) was two datelines, each consistent alone, so that two dates that
// disagree went unsaid. They are now one dateline, checked against each
// other, either calendar first. "as" before a date without its year, or
// before words that are no date, is prose.
func TestHeldout143AsOtherDate(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"25 December 2016  as '25th of Kislev, 5777’", "2016-12-25", "25 Kislev 5777"},
		{"The Jewish calendar also recognises 25 December 2016  as '25th of Kislev, 5777’, recognising that", "2016-12-25", "25 Kislev 5777"},
		{"25 December 2016 as 25 Kislev 5777", "2016-12-25", "25 Kislev 5777"},
		{"December 25, 2016 as “25 Kislev 5777”", "2016-12-25", "25 Kislev 5777"},
		{"25 Kislev 5777 as December 25, 2016", "2016-12-25", "25 Kislev 5777"},
		{"Tuesday, October 8, 2019 as ‘10 Tishrei 5780’", "2019-10-08", "10 Tishrei 5780"},
	})
	// Two dates that disagree are an error, not two datelines.
	m := oneMatch(t, "25 December 2016 as '27th of Kislev, 5777’", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeCalendar}, severityCodes(m, dateline.Error))
	m = oneMatch(t, "25 Kislev 5777 as \"December 27, 2016\"", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeCalendar}, severityCodes(m, dateline.Error))
	// "as" that is no link: the dates are read apart, or alone.
	assert.Len(t, dateline.Find("The fast is on Sunday, October 2, 2022, as 3 Tishrei falls on Shabbat", heldoutRef), 2)
	assert.Len(t, dateline.Find("December 25 as 25 Kislev 5777", heldoutRef), 2)
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Published December 25, 2016 as 25 reasons", "2016-12-25"},
		{"December 25, 2016 as well as the rest", "2016-12-25"},
	})
}

// TestHeldout143YearBegins: the Jewish year named by its number before a
// verb of beginning, as news say the new year begins: "The Jewish
// calendar year 5780 commences at sundown on Sunday, Sept. 29, 2019"
// (NBC4, Columbus, the hundred-and-forty-third held-out round) was read as
// the date alone, the year no part of it, so a year that did not fit the
// date went unsaid. "Jewish calendar year", "Hebrew calendar year",
// "Jewish year" and "Hebrew year" with a Hebrew year and a verb of
// beginning after it are now Rosh Hashana of that year, as "the Jewish
// New Year 5780" is. Without the verb the year names no day.
func TestHeldout143YearBegins(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"The Jewish calendar year 5780 commences at sundown on Sunday, Sept. 29, 2019", "2019-09-29", "1 Tishrei 5780"},
		{"The Hebrew year 5785 begins at sundown on Wednesday, October 2, 2024.", "2024-10-02", "1 Tishrei 5785"},
		{"Jewish year 5785 starts at sunset on October 2", "2024-10-02", "1 Tishrei 5785"},
		{"The Hebrew calendar year 5786 begins at sundown on Monday, September 22, 2025", "2025-09-22", "1 Tishrei 5786"},
	})
	m := oneMatch(t, "The Jewish calendar year 5780 commences at sundown on Sunday, Sept. 29, 2019", heldoutRef)
	assert.Equal(t, "Jewish calendar year 5780 commences at sundown on Sunday, Sept. 29, 2019", m.Input)
	// A year that does not begin on that evening is an error.
	m = oneMatch(t, "The Jewish calendar year 5781 commences at sundown on Sunday, Sept. 29, 2019", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeCalendar}, severityCodes(m, dateline.Error))
	// Without a verb of beginning the year is no day's.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"In the Jewish year 5780 we met on Sunday, Sept. 29, 2019", "2019-09-29"},
		{"The Jewish year 5780 was a leap year", ""},
		{"The Hebrew year 5785", ""},
	})
}
