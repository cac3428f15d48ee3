package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout267SpanishOrdinalDay: a day of a month named by Spanish's
// ordinal word and "día de" (or "día del mes de") before the month, as
// Spanish pages name a Hebrew day ("culminado por el Yom Kipur -el décimo
// día de Tishri o 25 de septiembre-", El Mundo on Madrid's community, the
// two hundred and sixty-seventh held-out round). Find read nothing in it,
// as the word was no day's and "25 de septiembre" alone names no year.
// The words from primer to décimo now name the day with the month after
// "día de"; without a month after them they stay prose, and a civil day
// that is not the Hebrew one is an error.
func TestHeldout267SpanishOrdinalDay(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"décimo día de Tishri de 5784", "2023-09-25"},
		{"quinto día del mes de Nisán 5784", "2024-04-13"},
		{"tercer día de Nisán de 5785", "2025-04-01"},
		{"noveno día de Av 5784", "2024-08-13"},
		{"primer día de Nisán 5784", "2024-04-09"},
		{"décimo día de Tishri o 25 de septiembre de 2023", "2023-09-25"},
		// The civil months, as before with primero.
		{"tercer día de marzo de 2024", "2024-03-03"},
		{"primero de octubre de 2024", "2024-10-01"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"culminado por el Yom Kipur -el décimo día de Tishri o 25 de septiembre de 2023-.", "décimo día de Tishri o 25 de septiembre de 2023", "2023-09-25", "10 Tishrei 5784"},
		{"Pésaj cae el quinto día del mes de Nisán 5784, en sábado.", "quinto día del mes de Nisán 5784, en sábado", "2024-04-13", "5 Nisan 5784"},
	})
	// The words without "día de" and a month are prose.
	for _, text := range []string{
		"el primer ministro llegó",
		"un cuarto de hora",
		"el segundo día de Pésaj",
		"el quinto día de la semana",
		"el décimo aniversario",
		"el tercer día del festival",
	} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, heldoutRef))
		})
	}
	// A civil day that is not the Hebrew day is an error.
	rep := dateline.Check("noveno día de Tishri o 25 de septiembre de 2023", heldoutRef)
	assert.False(t, rep.OK())
}
