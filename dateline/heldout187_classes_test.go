package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout187WireMonthCut: a wire service's dateline, a place's name
// and a comma at the start of the line and the day before a month cut
// short without its dot, ended by the agency's name in brackets, a dash
// or the line's end: "Barcelona, 18 dic (EFE).-" (elDiario.es, the
// hundred-and-eighty-seventh held-out round, incoming line 2711) and
// "Lisboa, 26 Set (Lusa)" (incoming line 2442) were no date, as free
// text takes such a month only with a weekday, a time or a Hebrew date
// beside it. The place says the day is the dateline's, as it did for
// a month written whole ("Barcelona, 5 de novembre"); the year, where
// none is written, is the reference's nearest. Without the place, with
// prose after the date, or with the month before the day ("out 2, 2022",
// English's "out"), it stays unread.
func TestHeldout187WireMonthCut(t *testing.T) {
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Barcelona, 18 dic (EFE).- La Comunidad Judía Jabad Lubavitch de Barcelona ha recordado", "2026-12-18"},
		{"Lisboa, 26 Set (Lusa)", "2026-09-26"},
		{"Lisboa, 26 Set 2025 (Lusa) - O Presidente", "2025-09-26"},
		{"Palma, 8 sep (Europa Press) - El Ayuntamiento", "2026-09-08"},
		{"Roma, 12 gen (ANSA) - La comunità ebraica", "2027-01-12"},
		{"Girona, 3 febr\nEl Patronat del Call", "2027-02-03"},
		{"Sant Cugat del Vallès, 14 des (ACN).- L'acte", "2026-12-14"},
		// No place, prose after the date, the month first, no month.
		{"La reunión será el 18 dic en la sede", ""},
		{"Barcelona, 18 dic los vecinos fueron", ""},
		{"Jones, out 2, 2022", ""},
		{"Madrid, 25 (SERVIMEDIA)", ""},
	})
}

// TestHeldout187BetweenLead: a word for "between" that opens the text
// before a period's first day, its end joined by "and" with its article
// ("entre el 30 de agosto y el 2 de septiembre", Catalan "entre el 3 i el
// 26 de setembre", Galician and Portuguese "entre o 3 e o 26", French
// "entre le 3 et le 26", Italian "tra il 3 e il 26", English "between 3
// and 26", German "zwischen dem 3. und dem 26."): "entre el 30 de agosto
// y el 2 de septiembre" (La Tribuna de Toledo, the
// hundred-and-eighty-seventh held-out round, incoming line 2714) was no
// date whole, and not found, as free text takes such a month without a
// year only beside one; Catalan's "i el" and Galician's "e o" read the
// end alone. The period gives its first day. A "between" with one day
// only, or a day out of its month, stays unread; Bulgarian's "от" (from)
// before one day is read as before.
func TestHeldout187BetweenLead(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"entre el 30 de agosto y el 2 de septiembre de 2012", "2012-08-30"},
		{"entre el 3 y el 26 de septiembre de 2023", "2023-09-03"},
		{"Entre el 3 i el 26 de setembre de 2023", "2023-09-03"},
		{"entre el 22 de desembre i el 30 de desembre de 2019", "2019-12-22"},
		{"entre o 3 e o 26 de setembro de 2023", "2023-09-03"},
		{"entre 3 e 26 de setembro de 2023", "2023-09-03"},
		{"entre le 3 et le 26 septembre 2023", "2023-09-03"},
		{"tra il 3 e il 26 settembre 2023", "2023-09-03"},
		{"between 3 and 26 September 2023", "2023-09-03"},
		{"zwischen dem 3. und dem 26. September 2023", "2023-09-03"},
		{"от 12 декабря 2022 года", "2022-12-12"},
	})
	checkWholeInferred(t, heldoutRef, "entre el 30 de agosto y el 2 de septiembre", "2026-08-30")
	checkUnread(t, heldoutRef, "entre el 30 de agosto", "entre el 30 de agosto de 2012", "entre el 3 y el 40 de septiembre de 2023",
		"between 3 March", "entre el 3 i el meu amic")
}

// TestHeldout187DoBeforeYear: Galician's and Portuguese's "do" (of the)
// between a month written after "de" and its year, as Catalan writes
// "del 2017": "15 de Sivan do 5767" (Rúa Xudea, the
// hundred-and-eighty-seventh held-out round, incoming line 2710) was
// read without its year, 15 Sivan of the Hebrew year nearest the
// reference, and "1 de junho do 2007" was no date. Where no "de" stands
// before the month, "do" is the Slavic languages' "until", and the year
// after it no date's.
func TestHeldout187DoBeforeYear(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"15 de Sivan do 5767", "2007-06-01"},
		{"1 de junho do 2007", "2007-06-01"},
		{"domingo, 3 de junho do 2007", "2007-06-03"},
		{"9 de Tishrei do 5779", "2018-09-18"},
	})
	checkUnread(t, heldoutRef, "12 maja do 2015", "od 12. maja do 2015.")
}

// TestHeldout187EqualsLink: the verbs for "is equal to" (equivale,
// equival, équivaut) in the relative clause that gives a Hebrew date's
// civil day, with Portuguese's and Galician's "o que" and Spanish's "lo
// que" (which), "according to the Hebrew calendar" in Galician and
// Catalan before it, and a word for "last" or "next" before the day, as
// "15 de Sivan do 5767, según o calendario hebreo, o que equivale ao
// pasado 1 de xuño" (Rúa Xudea, the hundred-and-eighty-seventh held-out
// round, incoming line 2710) writes it: such a line was the Hebrew date
// alone. The two dates are one dateline's, the civil year the Hebrew
// date's; a civil day that is not the Hebrew date's is an error. (The
// Rúa Xudea line itself, with Galician's "xuño", is read whole since the
// hundred-and-ninety-seventh round: see TestHeldout197GalicianNames.)
func TestHeldout187EqualsLink(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"15 de Sivan do 5767, según el calendario hebreo, lo que equivale al pasado 1 de junio", "2007-06-01"},
		{"15 de Sivan do 5767, segundo o calendário hebraico, o que equivale ao passado 1 de junho", "2007-06-01"},
		{"15 de Sivan de 5767, segundo o calendario hebreo, o que equivale ao 1 de junho de 2007", "2007-06-01"},
		{"15 de Nisan de 5784, que equival al 23 d'abril", "2024-04-23"},
		{"15 de Nisan de 5784, segons el calendari hebreu, que equival al 23 d'abril de 2024", "2024-04-23"},
		{"15 Nissan 5784, qui équivaut au 23 avril 2024", "2024-04-23"},
		{"15 de Nisán de 5784, lo que equivale al 23 de abril", "2024-04-23"},
	})
	rep := dateline.Check("15 de Sivan do 5767, o que equivale ao passado 2 de junho", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeCalendar)
}
