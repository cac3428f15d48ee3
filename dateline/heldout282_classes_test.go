package dateline_test

import (
	"testing"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout282CommaAndPair: two days listed in English with the list's
// comma before "and", each with its weekday, the year after the second
// ("Tuesday, Sept. 23, and Wednesday, Sept. 24, 2025", Studvoro's notice
// of New York's schools closing for Rosh Hashanah, the
// two-hundred-and-eighty-second held-out round), as "Tuesday, Sept. 23
// and Wednesday, Sept. 24, 2025" was read already: it was two datelines,
// the first with its year taken from the sentence. It now reads as the
// pair's first day. The pair must be two days in a row with their
// weekdays, as without the comma; the weekday must follow "and" at once,
// and a comma and "and" before prose still end the date.
func TestHeldout282CommaAndPair(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Tuesday, Sept. 23, and Wednesday, Sept. 24, 2025", "2025-09-23"},
		{"Tuesday, September 23, and Wednesday, September 24, 2025", "2025-09-23"},
		{"Tuesday, September 23, 2025, and Wednesday, September 24, 2025", "2025-09-23"},
		{"Thursday, October 3, and Friday, October 4, 2024", "2024-10-03"},
		{"Sat., Sept. 16, and Sun., Sept. 17, 2023", "2023-09-16"},
		{"Monday, April 22, and Tuesday, April 23, 2024", "2024-04-22"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Schools will be closed on Tuesday, Sept. 23, and Wednesday, Sept. 24, 2025, for Rosh Hashanah.",
			"Tuesday, Sept. 23, and Wednesday, Sept. 24, 2025", "2025-09-23", "1 Tishrei 5786"},
	})
	// Not two days in a row, or no weekday right after "and": unread
	// whole, as before.
	checkUnread(t, heldoutRef,
		"Tuesday, Sept. 23, and Thursday, Sept. 25, 2025",
		"Sept. 23, and Wednesday, Sept. 24, 2025",
		"Tuesday, Sept. 23, and the next day",
		"Tuesday, Sept. 23, and then Wednesday, Sept. 24, 2025",
	)
	// A wrong weekday on the second day is still no pair read as right.
	rep := dateline.Check("Tuesday, Sept. 23, and Thursday, Sept. 24, 2025", heldoutRef)
	if rep.OK() {
		t.Errorf("a pair whose second weekday is wrong was read with no error: %v", rep.Problems)
	}
}

// TestHeldout282BareEveningOf: English's "evening of" with no article
// before a range's ends, as a table's cell writes them ("Evening of
// 22/09/2025 to evening of 24/09/2025", the Union of Jewish Students'
// festival calendar for universities, its Rosh Hashanah row, the
// two-hundred-and-eighty-second held-out round): it was two datelines,
// where "the evening of 22/09/2025 to the evening of 24/09/2025" was one.
// The dateline is the evening of its first day, whose Hebrew date, from
// sunset, is the next day's. A day in digits or a month's or weekday's
// name must follow "of"; other words after "evening of" stay unread.
func TestHeldout282BareEveningOf(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Evening of 22/09/2025 to evening of 24/09/2025", "Evening of 22/09/2025 to evening of 24/09/2025", "2025-09-22", "1 Tishrei 5786"},
		{"Rosh Hashanah (2 Days): Evening of 22/09/2025 to evening of 24/09/2025.", "Evening of 22/09/2025 to evening of 24/09/2025", "2025-09-22", "1 Tishrei 5786"},
		{"Evening of 13/10/2025 to evening of 15/10/2025", "Evening of 13/10/2025 to evening of 15/10/2025", "2025-10-13", "22 Tishrei 5786"},
		{"evening of September 22 to evening of September 24, 2025", "evening of September 22 to evening of September 24, 2025", "2025-09-22", "1 Tishrei 5786"},
		{"Evening of Monday, September 22, 2025", "Evening of Monday, September 22, 2025", "2025-09-22", "1 Tishrei 5786"},
		{"Evening of 22/09/2025 to 24/09/2025", "Evening of 22/09/2025 to 24/09/2025", "2025-09-22", "1 Tishrei 5786"},
	})
	checkUnread(t, heldoutRef,
		"evening of the 22nd",
		"evening of 5 songs",
		"evening offers 22/09/2025",
	)
}

// TestHeldout282WeekdayBracketEvening: the evening, or the sunset, in
// brackets after a weekday, as a university's holiday guide writes the
// evening a holiday begins ("First Days of Passover: April 22—24, Monday
// (sundown) —Wednesday (sundown)", MIT's Passover page of 2024, the
// two-hundred-and-eighty-second held-out round). The brackets left out,
// "Passover: April 22—24, Monday" was read as 2019's 22 April, Passover's
// third day, where the page's 2024 has it as the eve, with only an info
// that the year was inferred. The weekday is now the evening's, as
// "Monday evening" is: its Hebrew date, from sunset, is the next day's,
// and a year-less date is the year whose evening fits. Another word in
// the brackets, or a bracket left open, reads as before.
func TestHeldout282WeekdayBracketEvening(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"First Days of Passover: April 22—24, Monday (sundown) —Wednesday (sundown)",
			"Passover: April 22—24, Monday (sundown) —Wednesday (sundown)", "2024-04-22", "15 Nisan 5784"},
		{"Passover: April 22, Monday (sundown)", "Passover: April 22, Monday (sundown)", "2024-04-22", "15 Nisan 5784"},
		{"Passover: Monday (sundown), April 22", "Passover: Monday (sundown), April 22", "2024-04-22", "15 Nisan 5784"},
		{"Rosh Hashana: September 15, Friday (sundown)", "Rosh Hashana: September 15, Friday (sundown)", "2023-09-15", "1 Tishrei 5784"},
		{"April 22, 2024, Monday (sundown)", "April 22, 2024, Monday (sundown)", "2024-04-22", "15 Nisan 5784"},
		{"Monday (sunset), April 22, 2024", "Monday (sunset), April 22, 2024", "2024-04-22", "15 Nisan 5784"},
		{"Passover: April 22, Monday (evening)", "Passover: April 22, Monday (evening)", "2024-04-22", "15 Nisan 5784"},
	})
	checkUnread(t, heldoutRef,
		"Monday (sunrise), April 22, 2024",
		"Monday (sundown, April 22, 2024",
		"April 22, 2024, Monday (noon service)",
	)
}
