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

// TestHeldout122FirstNightOf: the Romance languages' "the first night of"
// and "the first candle of" before an occasion name its first night, as
// English's "the first night of" does, not any of its nights. The
// hundred-and-twenty-second held-out round's Enlace Judío line (Mexico)
// names Hanukkah's first night by its candle, "La noche del martes 16 de
// Diciembre se encenderá la primera vela de Janucá"; before the occasion
// the words were read as an evening only, so "Este año, la primera noche
// de Hanukkah cae el domingo 14 de diciembre de 2025" (Fundación
// Estrellas Amarillas, the seventy-ninth round) was right, but its second
// night, "la primera noche de Hanukkah cae el lunes 15 de diciembre de
// 2025", was read with nothing said, the evening being one of
// Hanukkah's; and "la primera vela de Janucá cae el domingo 14 de
// diciembre de 2025", a right line, had the warning that the date may be
// a day off.
func TestHeldout122FirstNightOf(t *testing.T) {
	for _, text := range []string{
		"Este año, la primera noche de Hanukkah cae el domingo 14 de diciembre de 2025",
		"Este año, la primera vela de Janucá cae el domingo 14 de diciembre de 2025",
		"la prima sera di Chanukkà cade domenica 14 dicembre 2025",
		"la primera noche de Pésaj cae el lunes 22 de abril de 2024",
	} {
		m := oneMatch(t, text, heldoutRef)
		assert.Empty(t, severityCodes(m, dateline.Error), text)
		assert.Empty(t, severityCodes(m, dateline.Warning), text)
	}
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Este año, la primera vela de Janucá cae el domingo 14 de diciembre de 2025", "2025-12-14", "25 Kislev 5786"},
		{"la prima sera di Chanukkà cade domenica 14 dicembre 2025", "2025-12-14", "25 Kislev 5786"},
		{"la primera noche de Pésaj cae el lunes 22 de abril de 2024", "2024-04-22", "15 Nisan 5784"},
	})
	// Another night than the first is said, as in English.
	for _, text := range []string{
		"Este año, la primera noche de Hanukkah cae el lunes 15 de diciembre de 2025",
		"la primera noche de Hanukkah cae el martes 16 de diciembre de 2025",
		"la primera vela de Janucá cae el lunes 15 de diciembre de 2025",
		"la prima sera di Chanukkà cade lunedì 15 dicembre 2025",
		"la primera noche de Pésaj cae el martes 23 de abril de 2024",
		"the first night of Hanukkah is Monday, December 15, 2025",
	} {
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error), text)
	}
	// A first candle of no occasion is no date, and the date beside it
	// its own.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"la primera vela de la tarta", ""},
		{"la primera vela de la tarta, domingo 14 de diciembre de 2025", "2025-12-14"},
	})
}
