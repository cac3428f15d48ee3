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

// TestHeldout270FallsOnNumericDay: a Hebrew date's civil day in digits,
// its year left out or not, after a verb for "falls" and the words for
// "on", a weekday before it or not, as the month's name was read there:
// "Neste ano, o jejum de 10 de Tevet cai na 3ª feira, 14/12." (Beit
// Aharon Israel Rio, 2021, the two hundred and seventieth held-out round)
// was two datelines, 10 Tevet in the Hebrew year nearest the reference
// and the civil day alone. The two dates are now one dateline's, in the
// year in which they fit; a civil day that is not the Hebrew date's is a
// calendar error, and a time or a year after the verb is no civil day.
func TestHeldout270FallsOnNumericDay(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		// "Jejum de 10 de Tevet" is the fast's name (see
		// TestFixincarFastByItsDate), read with its date and checked.
		{"Neste ano, o jejum de 10 de Tevet cai na 3ª feira, 14/12.", "jejum de 10 de Tevet cai na 3ª feira, 14/12", "2021-12-14", "10 Tevet 5782"},
		{"o jejum de 10 de Tevet cai em 14/12", "jejum de 10 de Tevet cai em 14/12", "2021-12-14", "10 Tevet 5782"},
		{"10 de Tevet cai na terça-feira, 14/12", "10 de Tevet cai na terça-feira, 14/12", "2021-12-14", "10 Tevet 5782"},
		{"10 de Tevet cai em 14/12/2021", "10 de Tevet cai em 14/12/2021", "2021-12-14", "10 Tevet 5782"},
		{"el 15 de Nisán, que cae el 23/4", "15 de Nisán, que cae el 23/4", "2024-04-23", "15 Nisan 5784"},
		// The month's name, as before.
		{"10 de Tevet cai na terça-feira, 14 de dezembro", "10 de Tevet cai na terça-feira, 14 de dezembro", "2021-12-14", "10 Tevet 5782"},
	})
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"10 de Tevet cai em 14/12", "2021-12-14"},
		{"10 de Tevet cai na 3ª feira, 14/12", "2021-12-14"},
	})
	rep := dateline.Check("10 de Tevet cai em 15/12/2021", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeCalendar)
	for _, text := range []string{"10 de Tevet cai em 14:30", "10 de Tevet cai em 2021"} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, heldoutRef)
			if assert.NotEmpty(t, ms) {
				assert.Equal(t, "10 de Tevet", text[ms[0].Start:ms[0].End])
			}
		})
	}
}
