package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout275DayNounLead: the noun for "day" right before a day and
// month without a year, in Spanish and Italian prose: "que este
// 2018 da inicio el día 2 de diciembre y termina el próximo día 10" (El
// Informador, Guadalajara, the two hundred and seventy-fifth held-out
// round) was found only from the year before it; without that year, "el
// día 2 de diciembre" was no date, where "el 2 de diciembre" and
// Portuguese's "o dia 2 de dezembro" were found, and Check read it
// whole. The noun now leads the day as the article does, for a month of
// its own language; the year is the one nearest the reference, said to
// be inferred, and a year after the month is still the date's.
func TestHeldout275DayNounLead(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"La comunidad invita al acto que se realizará el día 2 de diciembre en la sinagoga", "2 de diciembre", "2026-12-02", "22 Kislev 5787"},
		{"da inicio el día 2 de diciembre y termina el próximo día 10", "2 de diciembre", "2026-12-02", "22 Kislev 5787"},
		{"Día 2 de mayo", "2 de mayo", "2027-05-02", "25 Nisan 5787"},
		{"el dia 2 de diciembre, sin su tilde", "2 de diciembre", "2026-12-02", "22 Kislev 5787"},
		{"il giorno 14 dicembre si accende la prima candela", "14 dicembre", "2026-12-14", "4 Tevet 5787"},
		// A year after the month, or a time, as before.
		{"el día 2 de diciembre de 2018", "2 de diciembre de 2018", "2018-12-02", "24 Kislev 5779"},
	})
	ms := dateline.Find("El acto será el día 15 de septiembre a las 19 hrs.", heldoutRef)
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "2026-09-15 19:00", ms[0].Dateline.Time.Format("2006-01-02 15:04"))
	}
	// The noun glued to its neighbours, inside another word (mediodía,
	// noon), after a month (a range's end, whose start was not read),
	// before a month of another language or a day the month has not, or
	// before a number that is no day: no date.
	for _, s := range []string{
		"el día2 de diciembre",
		"el día 2de diciembre",
		"eldía 2 de diciembre",
		"mediodía 2 de diciembre",
		"diciembre día 3 de enero",
		"el día 2 de dezembro",
		"il giorno 2 de diciembre",
		// Catalan's, after its sunset words without an occasion (see
		// TestHeldout162CatalanBeganAtSunset).
		"el tren va començar a la posta de sol del dia 13 de setembre",
		"el día 32 de diciembre",
		"tiene 3 días 2 de ellos",
	} {
		assert.Empty(t, dateline.Find(s, heldoutRef), s)
	}
}
