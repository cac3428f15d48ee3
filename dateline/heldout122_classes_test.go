package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout122SederOfPesach: the Seder named with "of" before Pesach,
// as Spanish, Italian, Catalan and Portuguese pages announce Pesach's
// first night by its meal ("Séder de Pésaj", "Seder di Pesach", "Séder de
// Péssah", "Sêder de Pessach"), is Pesach's eve, as "víspera de Pésaj" is.
// Pages seen while collecting the hundred-and-twenty-second held-out
// round print it beside the date ("El primer séder de pésaj se celebra el
// día 22 de abril del 2024", Aish Latino; "El Séder se extiende a las dos
// primeras noches en la Diáspora (22 y 23 de abril de 2024)", the CPCE of
// Buenos Aires; sites earlier rounds used, and none of the round's rows):
// "El Séder de Pésaj será el lunes 22 de abril a las 20 hs." was
// Pesach's own day, 22 April of 2019 (17 Nisan, a Monday), with only the
// year-inferred info, and is 2024's first night. The second Seder is on
// Pesach's first day, and a Seder of another occasion (Tu BiShvat's, Rosh
// Hashana's) or before a weekday is no eve.
func TestHeldout122SederOfPesach(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"El Séder de Pésaj será el lunes 22 de abril a las 20 hs.", "2024-04-22", "14 Nisan 5784"},
		{"Séder de Pésaj: lunes 22 de abril de 2024, 20 hs.", "2024-04-22", "14 Nisan 5784"},
		{"Seder di Pesach lunedì 22 aprile 2024", "2024-04-22", "14 Nisan 5784"},
		{"Séder de Péssah, dilluns 22 d'abril de 2024", "2024-04-22", "14 Nisan 5784"},
		{"Sêder de Pessach na segunda-feira, 22 de abril de 2024", "2024-04-22", "14 Nisan 5784"},
		// The eve's word, as before.
		{"víspera de Pésaj, lunes 22 de abril a las 20 hs.", "2024-04-22", "14 Nisan 5784"},
		// The second Seder is the evening of Pesach's first day.
		{"el segundo Séder de Pésaj, martes 23 de abril de 2024", "2024-04-23", "15 Nisan 5784"},
		// Another occasion's Seder is that occasion's day.
		{"Seder de Tu Bishvat el lunes 6 de febrero de 2023", "2023-02-06", "15 Shevat 5783"},
	})
	// A Seder on another day than Pesach's eve is said.
	for _, text := range []string{
		"el Séder de Pésaj del martes 23 de abril de 2024",
		"El Séder de Pésaj será el martes 22 de abril a las 20 hs.",
	} {
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error), text)
	}
	// A Seder alone, or of no occasion, is no date.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Séder", ""},
		{"el Séder de la familia", ""},
		{"Seder viernes 13 de diciembre de 2024", "2024-12-13"},
	})
}
