package dateline_test

import (
	"testing"
)

// TestIberianEveningOf: the Portuguese and Spanish evening, dusk and
// nightfall "of" a day after any article or preposition, as "o pôr do sol
// de" was read: "Entre o entardecer de 1º de outubro e o anoitecer de 2
// de outubro de 2025" and "a partir do entardecer de 1º de outubro" were
// matched from the day on, with the civil day's Hebrew date, a day before
// the evening's that Check reads (seen by round 250). And the same words
// after "until" or a verb for "ends" name the day that ends at nightfall,
// whose Hebrew date is its own: "até ao anoitecer de 2 de outubro",
// "hasta la noche del 2 de octubre" and "termina ao anoitecer de 2 de
// outubro" were read as the evening after it, a day late, with nothing
// said, where Check reads "até ao anoitecer de 16 de setembro" as the
// 16th's own day.
func TestIberianEveningOf(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Entre o entardecer de 1º de outubro e o anoitecer de 2 de outubro de 2025", "entardecer de 1º de outubro e o anoitecer de 2 de outubro de 2025", "2025-10-01", "10 Tishrei 5786"},
		{"Entre o anoitecer de 1º de outubro e o anoitecer de 2 de outubro de 2025", "anoitecer de 1º de outubro e o anoitecer de 2 de outubro de 2025", "2025-10-01", "10 Tishrei 5786"},
		{"O jejum começa a partir do entardecer de 1º de outubro de 2025.", "entardecer de 1º de outubro de 2025", "2025-10-01", "10 Tishrei 5786"},
		{"El ayuno empieza al atardecer del 1 de octubre de 2025.", "al atardecer del 1 de octubre de 2025", "2025-10-01", "10 Tishrei 5786"},
		// The end's own day.
		{"O jejum vai até ao anoitecer de 2 de outubro de 2025.", "2 de outubro de 2025", "2025-10-02", "10 Tishrei 5786"},
		{"O jejum vai até o anoitecer de 2 de outubro de 2025.", "2 de outubro de 2025", "2025-10-02", "10 Tishrei 5786"},
		{"El ayuno dura hasta la noche del 2 de octubre de 2025.", "2 de octubre de 2025", "2025-10-02", "10 Tishrei 5786"},
		{"Yom Kipur\ntermina ao anoitecer de 2 de outubro de 2025", "2 de outubro de 2025", "2025-10-02", "10 Tishrei 5786"},
	})
}
