package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout162CatalanBeganAtSunset: Catalan's past said with its
// auxiliary, "va començar" (began), between an occasion's name and the
// day on whose evening it began, and Catalan's sunset and dusk before
// the day, "a la posta de sol del", "al capvespre del", "al vespre del":
// "Roix ha-Xanà, que va començar a la posta de sol del dia 13 de
// setembre" (a Generalitat de Catalunya press release, 2015,
// premsa.gencat.cat, the hundred-and-sixty-second held-out round) was no
// date, the verb looked for at "va" and the sunset no evening's words.
// French's near future, "va commencer", is made the same way. The day is
// the evening's, its Hebrew date the occasion's; a day not the occasion's
// eve is said.
func TestHeldout162CatalanBeganAtSunset(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Roix ha-Xanà, que va començar a la posta de sol del dia 13 de setembre", "2015-09-13", "1 Tishrei 5776"},
		{"Roix ha-Xanà va començar al capvespre del 13 de setembre de 2015", "2015-09-13", "1 Tishrei 5776"},
		{"Janucà comença a la posta de sol del diumenge 14 de desembre de 2025", "2025-12-14", "25 Kislev 5786"},
		{"Iom Kipur començarà al vespre del dimecres 1 d'octubre de 2025", "2025-10-01", "10 Tishrei 5786"},
		{"Pessah va començar el 22 d’abril de 2024", "2024-04-22", "15 Nisan 5784"},
		{"Roch Hachana va commencer le 15 septembre 2023", "2023-09-15", "1 Tishrei 5784"},
	})
	// A day that is not the occasion's eve is an occasion error.
	m := oneMatch(t, "Roix ha-Xanà va començar a la posta de sol del dia 14 de setembre de 2015", heldoutRef)
	assert.Equal(t, "2015-09-14", m.Dateline.Time.Format("2006-01-02"))
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	// The auxiliary without an occasion, or without a date, is prose.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"el tren va començar a la posta de sol del dia 13 de setembre", ""},
		{"Va començar a ploure el 13 de setembre", ""},
		{"Roix ha-Xanà va començar a ploure", ""},
	})
}
