package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout189HaveBeginning: the Romance languages' "has (its)
// beginning", a verb of having and the noun for the start ("tem
// início", "tiene inicio", "ha inizio"), after an occasion's name and a
// description of it opened by "known as" in the occasion's language
// ("conhecida como", "conocida como", "nota come"): "A celebração
// judaica de Chanucá, conhecida como Festa das Luzes, tem início neste
// domingo (14 de dezembro de 2025)" (Estado 24h, estado24h.com.br, the
// hundred-and-eighty-ninth held-out round, incoming line 2711) was read
// from the weekday on, with the Sunday's own 24 Kislev and the occasion
// left out. The day after the verb is the eve, as after "começa"; a day
// that is not the eve is reported, and without an occasion's name the
// words join nothing.
func TestHeldout189HaveBeginning(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"A celebração judaica de Chanucá, conhecida como Festa das Luzes, tem início neste domingo (14 de dezembro de 2025)",
			"Chanucá, conhecida como Festa das Luzes, tem início neste domingo (14 de dezembro de 2025)", "2025-12-14", "25 Kislev 5786"},
		{"Chanucá tem início neste domingo, 14 de dezembro de 2025.", "Chanucá tem início neste domingo, 14 de dezembro de 2025",
			"2025-12-14", "25 Kislev 5786"},
		{"O Pessach terá início ao pôr do sol de 22 de abril de 2024.", "Pessach terá início ao pôr do sol de 22 de abril de 2024",
			"2024-04-22", "15 Nisan 5784"},
		{"Janucá tiene inicio el domingo 14 de diciembre de 2025", "Janucá tiene inicio el domingo 14 de diciembre de 2025",
			"2025-12-14", "25 Kislev 5786"},
		{"Hanukkah ha inizio domenica 14 dicembre 2025", "Hanukkah ha inizio domenica 14 dicembre 2025", "2025-12-14", "25 Kislev 5786"},
		{"Pessach, também conhecido como Páscoa Judaica, começa em 22 de abril de 2024",
			"Pessach, também conhecido como Páscoa Judaica, começa em 22 de abril de 2024", "2024-04-22", "15 Nisan 5784"},
		{"Janucá, conocida como la Fiesta de las Luces, comienza el 14 de diciembre de 2025",
			"Janucá, conocida como la Fiesta de las Luces, comienza el 14 de diciembre de 2025", "2025-12-14", "25 Kislev 5786"},
		{"Hanukkah, nota come la Festa delle Luci, ha inizio il 14 dicembre 2025",
			"Hanukkah, nota come la Festa delle Luci, ha inizio il 14 dicembre 2025", "2025-12-14", "25 Kislev 5786"},
	})
	// A day that is not the eve is the occasion's error.
	for _, text := range []string{"Chanucá tem início no dia 20 de dezembro de 2025",
		"Pessach, conhecido como Páscoa Judaica, tem início em 10 de maio de 2024"} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Contains(t, reportCodes(m.Report, dateline.Error), dateline.CodeOccasion)
		})
	}
	// Without an occasion's name, the date alone.
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"O festival tem início neste domingo, 14 de dezembro de 2025", "domingo, 14 de dezembro de 2025", "2025-12-14", "24 Kislev 5786"},
		{"La feria, conocida como la Fiesta, tiene inicio el 14 de diciembre de 2025", "14 de diciembre de 2025", "2025-12-14", "24 Kislev 5786"},
	})
}

// TestHeldout189GiveStart: the Romance languages' "give start (to)" ("dão
// início às", "dan inicio a", "danno inizio alla") after a day and the
// people who celebrate, before the occasion's name, and the words for
// "all over the country" or "the world" among those people ("judeus de
// todo o país", "los judíos de todo el mundo"): "Na noite de 19 de abril,
// cerca de 120 mil judeus de todo o país dão início às comemorações do
// Pessach" (Comida na Mesa, comidanamesa.com.br, the
// hundred-and-eighty-ninth held-out round, incoming line 2712) was no
// date, its year unsaid. The occasion begins on the day's evening: its
// eve fixes a year the text does not say, a day that is not the eve is
// the occasion's error, and without an occasion's name the words join
// nothing.
func TestHeldout189GiveStart(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Em 22 de abril de 2024, os judeus dão início às celebrações de Pessach",
			"22 de abril de 2024, os judeus dão início às celebrações de Pessach", "2024-04-22", "15 Nisan 5784"},
		{"24 de setembro de 2023 dará início ao Yom Kippur", "24 de setembro de 2023 dará início ao Yom Kippur", "2023-09-24", "10 Tishrei 5784"},
		{"El 22 de abril de 2024, los judíos de todo el mundo dan inicio a la fiesta de Pésaj",
			"22 de abril de 2024, los judíos de todo el mundo dan inicio a la fiesta de Pésaj", "2024-04-22", "15 Nisan 5784"},
		{"Il 22 aprile 2024 gli ebrei di tutto il mondo danno inizio alla festa di Pesach",
			"22 aprile 2024 gli ebrei di tutto il mondo danno inizio alla festa di Pesach", "2024-04-22", "15 Nisan 5784"},
	})
	for _, text := range []string{
		"Na noite de 19 de abril, cerca de 120 mil judeus de todo o país dão início às comemorações do Pessach",
		"Na noite de 19 de abril, os judeus dão início ao Pessach",
	} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, heldoutRef)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, "2019-04-19", rep.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, "15 Nisan 5779", rep.Dateline.Hebrew.String())
			assert.Contains(t, reportCodes(rep, dateline.Info), dateline.CodeYearInferred)
		})
	}
	t.Run("not the eve", func(t *testing.T) {
		m := oneMatch(t, "Em 23 de abril de 2024, os judeus dão início às celebrações de Pessach", heldoutRef)
		assert.Contains(t, reportCodes(m.Report, dateline.Error), dateline.CodeOccasion)
	})
	// No occasion after the words: the date alone, or nothing without a
	// year.
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Em 22 de abril de 2024, os judeus dão início à reunião anual", "22 de abril de 2024", "2024-04-22", "14 Nisan 5784"},
	})
	checkUnread(t, heldoutRef, "Na noite de 19 de abril, os alunos dão início às aulas")
}
