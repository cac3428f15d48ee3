package dateline_test

import "testing"

// TestHeldout216YearLeadHeading: a year that opens a dateline after its
// word for "in" (Portuguese "Em", Spanish and French "En", Italian "Nel",
// English "In"), or alone, set off by a comma before a date without a
// year, and that date opened by "the evening of" ("da noite de", "la
// noche del", "le soir du", "the evening of"), as a page gives one year's
// civil days of an occasion: "Em 2023, da noite de 17 de abril até o
// entardecer de 18 de abril" (Templo Beth-El, São Paulo, on Yom HaShoah,
// the 216th held-out round) was no date to Check; Find read it from
// the year, its evening said by no field the corpus test reads. The year
// is the date's; the evening gives the next Hebrew day. A date with a
// year of its own, a year without the comma (a sentence goes on, which
// Find reads) and a fraction after the year stay unread.
func TestHeldout216YearLeadHeading(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"Em 2023, da noite de 17 de abril até o entardecer de 18 de abril", "2023-04-17", "27 Nisan 5783"},
		{"Em 2024, da noite de 5 de maio até o entardecer de 6 de maio", "2024-05-05", "28 Nisan 5784"},
		{"2023, da noite de 17 de abril", "2023-04-17", "27 Nisan 5783"},
		{"Em 2023, 17 de abril", "2023-04-17", "26 Nisan 5783"},
		{"En 2024, la noche del 11 de octubre", "2024-10-11", "10 Tishrei 5785"},
		{"En 2019, le soir du 22 décembre", "2019-12-22", "25 Kislev 5780"},
		{"In 2024, the evening of October 11", "2024-10-11", "10 Tishrei 5785"},
		{"In 2024, October 11", "2024-10-11", "9 Tishrei 5785"},
		{"Nel 2025, 12 aprile", "2025-04-12", "14 Nisan 5785"},
		// Year headings read before, unchanged.
		{"2018: 30 de Marzo al 7 de Abril", "2018-03-30", "14 Nisan 5778"},
		{"Hoshaná Rabá - 2010, 29 de Setembro", "2010-09-29", "21 Tishrei 5771"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Feriado nacional em Israel. Em 2023, da noite de 17 de abril até o entardecer de 18 de abril.",
			"2023, da noite de 17 de abril até o entardecer de 18 de abril", "2023-04-17", "27 Nisan 5783"},
	})
	checkUnread(t, heldoutRef,
		"In 2023, 17 de abril de 2024",             // two years
		"Em 2023, da noite de 17 de abril de 2024", // two years
		"In 2024, October 11, 2025",
		"In 2024 October 11",                                      // no comma: a sentence, Find's
		"In 2024, 3/4 of voters",                                  // a fraction
		"In 2024, Yom Kippur begins on the evening of October 11", // a sentence, Find's
	)
}

