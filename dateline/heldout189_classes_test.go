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
