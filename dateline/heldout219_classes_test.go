package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHeldout219SharedWeekdayAbbreviation: a weekday's abbreviation that
// two languages write for the same day, the tables' for one (French's
// ven. and mer.) and CLDR's for the other (Italian's ven and mer), before
// a month of the other: "Iscritto il: ven ago 31, 2007 08:51" (Edilclima's
// forum, the two-hundred-and-nineteenth held-out round) was read from the
// month on, without its weekday, and "Ven 7 Dic 2018" was no date of
// Find's, the weekday counted as French's alone and the month Italian's.
// Both languages now say the dateline's. A weekday the date does not
// fall on is still an error, and a French month still reads with it.
func TestHeldout219SharedWeekdayAbbreviation(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Iscritto il: ven ago 31, 2007 08:51", "ven ago 31, 2007 08:51", "2007-08-31", "17 Elul 5767"},
		{"Ven 7 Dic 2018", "Ven 7 Dic 2018", "2018-12-07", "29 Kislev 5779"},
		{"ven 7 dic 2018", "ven 7 dic 2018", "2018-12-07", "29 Kislev 5779"},
		{"Ven Dic 07, 2018 14:58", "Ven Dic 07, 2018 14:58", "2018-12-07", "29 Kislev 5779"},
		{"Mer 4 Dic 2024", "Mer 4 Dic 2024", "2024-12-04", "3 Kislev 5785"},
		{"mer. 4 dicembre 2024", "mer. 4 dicembre 2024", "2024-12-04", "3 Kislev 5785"},
		{"Messaggio da silvs » Mer Dic 05, 2018 14:58", "Mer Dic 05, 2018 14:58", "2018-12-05", "27 Kislev 5779"},
		{"ven. 7 déc. 2018", "ven. 7 déc. 2018", "2018-12-07", "29 Kislev 5779"},
		{"Ven 7 Déc 2018", "Ven 7 Déc 2018", "2018-12-07", "29 Kislev 5779"},
	})
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"Iscritto il: ven ago 31, 2007 08:51", "2007-08-31 08:51"},
		{"Ven Dic 07, 2018 14:58", "2018-12-07 14:58"},
	})
	// Another day than the date's: the weekday is read, and said wrong.
	for _, text := range []string{"Ven 8 Dic 2018", "mer 5 dic 2024"} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.False(t, m.OK(), text)
			assert.Equal(t, 0, m.Start, text)
		})
	}
}
