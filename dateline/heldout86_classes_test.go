package dateline_test

import (
	"testing"
)

// TestHeldout86CalendarYearWords: the words for "in the year" with the
// calendar's name, before a Hebrew year: "6 Tammuz in the Hebrew year
// 5747 corresponds to July 3, 1987" (Noah Weiss's blog, the
// eighty-sixth held-out round) was read as two datelines, "6 Tammuz"
// alone in the year 5747 with a warning that no year near the reference
// fits, as "in the Hebrew year" was prose where "in the year" was read.
// The same words in the other languages whose year words are read ("im
// jüdischen Jahr", "de l'année juive", "del año hebreo", "dell'anno
// ebraico", "do ano judaico", "in het joodse jaar"), and after "of",
// "de" and "van". They name a Hebrew year only: before a civil date, or
// with no year after them, they are prose.
func TestHeldout86CalendarYearWords(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"6 Tammuz in the Hebrew year 5747 corresponds to July 3, 1987",
			"6 Tammuz in the Hebrew year 5747 corresponds to July 3, 1987", "1987-07-03", "6 Tammuz 5747"},
		{"6 Tammuz in the Jewish year 5747 (July 3, 1987)", "6 Tammuz in the Jewish year 5747 (July 3, 1987)", "1987-07-03", "6 Tammuz 5747"},
		{"He was born on the 6th of Tammuz of the Jewish year 5747.", "6th of Tammuz of the Jewish year 5747", "1987-07-03", "6 Tammuz 5747"},
		{"gestorben am 24. Tischri im jüdischen Jahr 5640", "24. Tischri im jüdischen Jahr 5640", "1879-10-11", "24 Tishrei 5640"},
		{"am 14. Nisan des jüdischen Jahres 5784", "14. Nisan des jüdischen Jahres 5784", "2024-04-22", "14 Nisan 5784"},
		{"le 14 Nissan de l'année juive 5784", "14 Nissan de l'année juive 5784", "2024-04-22", "14 Nisan 5784"},
		{"el 14 de Nisan del año hebreo 5784", "14 de Nisan del año hebreo 5784", "2024-04-22", "14 Nisan 5784"},
		{"il 14 Nisan dell'anno ebraico 5784", "14 Nisan dell'anno ebraico 5784", "2024-04-22", "14 Nisan 5784"},
		{"em 14 de Nisan do ano judaico 5784", "14 de Nisan do ano judaico 5784", "2024-04-22", "14 Nisan 5784"},
		{"op 14 Nisan van het joodse jaar 5784", "14 Nisan van het joodse jaar 5784", "2024-04-22", "14 Nisan 5784"},
	})
	// Prose: no year after the words, or no date before them.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"In the Hebrew year 5784 there were 13 months.", ""},
		{"The Jewish year 5785 is a common year.", ""},
		{"6 Tammuz in the Hebrew year", "2026-06-21"},
	})
}
