package dateline_test

import (
	"testing"
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
