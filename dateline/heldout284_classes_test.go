package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout284PortugueseFromRange: Portuguese's "de" (from) before a
// range of days of a month named in full, with no year: "Rosh Hashanah
// ... será de 15 a 17 de Setembro" (oturismo.pt, the two hundred and
// eighty-fourth held-out round). Find took a year-less day in Portuguese
// prose only after an article or "no dia", and so found nothing, where
// Spanish's "del 15 al 17 de septiembre" was found. A "de" before a day
// joined to a second by "a" now leads it; the year is the reference's
// nearest, as for any date without one, and the reader says it was
// inferred (or, after an occasion, the year whose occasion it is, as
// "Em 2025, ... será de 22 a 24 de setembro" was read). Before a single day "de" is a name's genitive as often ("a
// Lei de 13 de maio") and leads nothing, and a year after the month
// reads as before.
func TestHeldout284PortugueseFromRange(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"será de 15 a 17 de Setembro", "15 a 17 de Setembro", "2026-09-15", "4 Tishrei 5787"},
		{"Rosh Hashanah será de 15 a 17 de setembro.", "Rosh Hashanah será de 15 a 17 de setembro", "2023-09-15", "1 Tishrei 5784"},
		{"A festa vai de 25 a 27 de dezembro, com velas", "25 a 27 de dezembro", "2026-12-25", "15 Tevet 5787"},
		{"Pessach é celebrado de 2 a 9 de abril", "Pessach é celebrado de 2 a 9 de abril", "2026-04-02", "15 Nisan 5786"},
		// With its year, as before.
		{"será de 15 a 17 de setembro de 2023", "15 a 17 de setembro de 2023", "2023-09-15", "29 Elul 5783"},
	})
	for _, text := range []string{
		"será de 15 a 17 de Setembro",
		"de 2 a 9 de abril",
	} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, heldoutRef)
			if assert.Len(t, ms, 1) {
				assert.Contains(t, reportCodes(ms[0].Report, dateline.Info), dateline.CodeYearInferred)
			}
		})
	}
	// "de" before a single day, before a day not joined by "a", or with
	// words between it and the day leads nothing.
	for _, text := range []string{
		"a Lei de 13 de maio",
		"a Revolução de 25 de Abril",
		"de 15 de setembro",
		"de 15 e 17 de setembro",
		"de cerca 15 a 17 de setembro",
		"de 15 anos a 17 de setembro",
	} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, heldoutRef))
		})
	}
}
