package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout124HebrewYearFor: Portuguese's and Spanish's "for the Hebrew
// year (of)" between an occasion and its Hebrew year, as English's "for
// Hebrew Year 5781" is read: "Chanukah (Hanukkah, o festival judaico de
// rededicação) para o ano hebraico de 5784 começa ao pôr do sol de
// Quarta, 25 de dezembro de 2024" (Israelita do Caminho, the 124th
// held-out round) was read as the date alone with nothing said, where
// Chanukah of 5784 began on 7 December 2023: the year it names is now
// the occasion's, and a date of another year's occasion an error.
func TestHeldout124HebrewYearFor(t *testing.T) {
	for _, text := range []string{
		"Chanukah (Hanukkah, o festival judaico de rededicação) para o ano hebraico de 5784 começa ao pôr do sol de Quarta, 25 de dezembro de 2024",
		"Pessach do ano hebraico 5784 começa ao pôr do sol de sábado, 12 de abril de 2025",
	} {
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, []dateline.Code{dateline.CodeCalendar}, severityCodes(m, dateline.Error), text)
	}
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Chanukah para o ano hebraico de 5785 começa ao pôr do sol de Quarta, 25 de dezembro de 2024", "2024-12-25", "25 Kislev 5785"},
		{"Pessach para o ano judaico de 5785 começa ao pôr do sol de sábado, 12 de abril de 2025", "2025-04-12", "15 Nisan 5785"},
		{"Janucá para el año hebreo 5785 comienza al atardecer del miércoles 25 de diciembre de 2024", "2024-12-25", "25 Kislev 5785"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"uma festa para o ano hebraico de 5784", ""},
	})
}
