package dateline_test

import (
	"testing"
)

// TestDotDayMonthBeforeWeekday: a day and month with dots and no year
// before a weekday's name, as Czech, German and Scandinavian schedules
// list the days ("11. 12. pátek 1. den Chanuka", the Prague community's
// services; incoming.tsv, line 135), are the dateline's date, day first,
// in the year the weekday (and the occasion) fits. The date was left out
// and the weekday read alone: with the occasion counted in digits before
// a Slavic word for "day" ("1. den", "2. dan", "8. dzień"), now read as
// the occasion's day as "2. Tag" is, the Czech line was the Friday that
// is Chanukah's first day nearest the reference, December 8, 2023.
func TestDotDayMonthBeforeWeekday(t *testing.T) {
	checkMatchCases(t, []matchCase{
		{text: "11. 12. pátek 1. den Chanuka", day: "2020-12-11"},
		{text: "11.12. Freitag", day: "2026-12-11"},
		{text: "12.11. pátek", day: "2021-11-12"},
		// With the weekday the days of a schedule's week: the Thursday
		// before, 10 December, is 2026's too.
		{text: "10.12. Donnerstag", day: "2026-12-10"},
	})
}

// TestCountedDayDigitsSlavic: an occasion's day counted in digits before
// a Slavic word for "day" is that day, as "2. Tag Chanukka" is: "2. den
// Chanuka 5783" (Czech) was read as Chanukah's first day with a warning
// that the words before it may count another.
func TestCountedDayDigitsSlavic(t *testing.T) {
	checkMatchCases(t, []matchCase{
		{text: "2. den Chanuka 5783", day: "2022-12-20"},
		{text: "8. dzień Chanuka 5784", day: "2023-12-15"},
		{text: "1. den Chanuka 5783", day: "2022-12-19"},
	})
}

// TestWeekdayWordBeforeDotDate: a short word before a year-less day and
// month with dots and a word for o'clock that the tables know as a
// weekday, or that is a weekday's abbreviation in some language ("ma",
// Finnish's and Dutch's Monday; "pe", Finnish's Friday and Romanian's
// "on"), is taken for the date's weekday, which its year hangs on: the
// date is not read without it. "ma 13.12. klo 18" was Sunday, December
// 13, 2026, the Monday left out with nothing said. Another word before
// it leaves the date read. Since round 207 Finnish's abbreviations
// before its "klo" are read as its weekdays, with the date, in the year
// they fit (see TestHeldout207ClockWordWeekday); the date is still
// never read without them.
func TestWeekdayWordBeforeDotDate(t *testing.T) {
	checkMatchCases(t, []matchCase{
		{text: "ma 13.12. klo 18", day: "2021-12-13"},
		{text: "pe 13.12. klo 18", day: "2024-12-13"},
		{text: "ti 14.12. klo 17", day: "2021-12-14"},
	})
	checkMatchCases(t, []matchCase{
		{text: "Juhla 14.12. klo 16", match: "14.12. klo 16", day: "2026-12-14"},
	})
}
