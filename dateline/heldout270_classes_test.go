package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout270HyphenedSunset: Portugal's spelling of the sunset before
// 1990's reform, hyphened as one word, "pôr-do-sol", before the day
// whose evening begins an occasion, as the unhyphened "pôr do sol" was
// read: "a celebração do Rosh Hashaná (que significa cabeça do ano )
// começa ao pôr-do-sol de 12 de Setembro" (Fátima Missionária, 2007, the
// two hundred and seventieth held-out round) was not found, a civil day
// without its year naming none alone. The day is the evening's, its
// Hebrew date the next day's. Prose about a sunset is still no date, and
// a sunset half hyphened is not the word.
func TestHeldout270HyphenedSunset(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"a celebração do Rosh Hashaná (que significa cabeça do ano ) começa ao pôr-do-sol de 12 de Setembro",
			"Rosh Hashaná (que significa cabeça do ano ) começa ao pôr-do-sol de 12 de Setembro", "2007-09-12", "1 Tishrei 5768"},
		{"Rosh Hashaná começa ao pôr-do-sol do dia 12 de setembro", "Rosh Hashaná começa ao pôr-do-sol do dia 12 de setembro", "2007-09-12", "1 Tishrei 5768"},
		{"Yom Kipur começa ao pôr-do-sol de 24 de setembro de 2023", "Yom Kipur começa ao pôr-do-sol de 24 de setembro de 2023", "2023-09-24", "10 Tishrei 5784"},
		{"O Pôr-do-Sol deste 24 de setembro de 2023 dará início ao Yom Kipur", "Pôr-do-Sol deste 24 de setembro de 2023 dará início ao Yom Kipur", "2023-09-24", "10 Tishrei 5784"},
		// The unhyphened spelling, as before.
		{"Rosh Hashaná começa ao pôr do sol de 12 de setembro", "Rosh Hashaná começa ao pôr do sol de 12 de setembro", "2007-09-12", "1 Tishrei 5768"},
	})
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Rosh Hashaná começa ao pôr-do-sol do dia 12 de setembro", "2007-09-12"},
		{"Yom Kipur começa ao pôr-do-sol de 24 de setembro de 2023", "2023-09-24"},
	})
	// Prose about a sunset names no day, and "pôr-do sol" is no word of
	// the table: the date is read alone, its own Hebrew date.
	assert.Empty(t, dateline.Find("o pôr-do-sol de 12 de setembro foi lindo", heldoutRef))
	for _, text := range []string{
		"Yom Kipur começa ao pôr-do sol de 24 de setembro de 2023",
		"Yom Kipur começa ao pôr-do-sóis de 24 de setembro de 2023",
	} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, heldoutRef) {
				assert.NotEqual(t, "10 Tishrei 5784", m.Dateline.Hebrew.String())
			}
		})
	}
}
