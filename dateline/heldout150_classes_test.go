package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout150GlossBeforeDate: an occasion's gloss in brackets before
// its date, with a colon after it or not, as school calendars list the
// festivals by both names: "Rosch-Haschana (Neujahrsfest): 16. und
// 17.9.2023" (Niedersachsen's list for schools, aktuell.schure.de),
// "Schawuot (Wochenfest) 12.06. und 13.06.2022" (Johannes-Kepler-
// Gymnasium Stuttgart, jkg-stuttgart.de, whose year is wrong: Shavuot
// 5782 was 5 June; the hundred-and-fiftieth held-out round). Find read
// the date alone, so the second's occasion error went unsaid, and Parse
// took no colon after the gloss. The gloss is now text of the dateline,
// from the name to the date, as before a verb of beginning.
func TestHeldout150GlossBeforeDate(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Rosch-Haschana (Neujahrsfest): 16. und 17.9.2023", "2023-09-16", "1 Tishrei 5784"},
		{"Jom Kippur (Versöhnungstag): 25.9.2023", "2023-09-25", "10 Tishrei 5784"},
		{"Sukkot (Laubhüttenfest): 30.9. und 1.10.2023", "2023-09-30", "15 Tishrei 5784"},
		{"Rosch-Haschana (Neujahrsfest) 03.10. und 04.10.2024", "2024-10-03", "1 Tishrei 5785"},
		{"Yom Kippur (Day of Atonement): Monday, September 25, 2023", "2023-09-25", "10 Tishrei 5784"},
		{"Jom Kippur (Versöhnungstag): Montag, 25. September 2023", "2023-09-25", "10 Tishrei 5784"},
	})
	// The gloss is text of the dateline, and the occasion is checked.
	m := oneMatch(t, "Rosch-Haschana (Neujahrsfest): 16. und 17.9.2023", heldoutRef)
	assert.Equal(t, 0, m.Start)
	for _, text := range []string{
		"Schawuot (Wochenfest) 12.06. und 13.06.2022",
		"Schawuot (Wochenfest): 12.6.2022",
		"Jom Kippur (Versöhnungstag): 26.9.2023",
		"Yom Kippur (Day of Atonement): September 26, 2023",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Contains(t, severityCodes(m, dateline.Error), dateline.CodeOccasion)
		})
	}
	// A weekday the date does not fall on is still said.
	m = oneMatch(t, "Jom Kippur (Versöhnungstag): Dienstag, 25. September 2023", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// Parse reads the colon after the gloss.
	d, err := dateline.Parse("Rosch-Haschana (Neujahrsfest): 16. und 17.9.2023")
	require.NoError(t, err)
	assert.Equal(t, "1 Tishrei 5784", d.Hebrew.String())
	// A gloss before a number that is no date is prose.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Chanukka (Lichterfest) 8 Tage lang", ""},
		{"Purim (Losfest) 3 Mal im Jahr", ""},
		{"Sukkot (Laubhüttenfest): 7 Tage", ""},
		{"Schawuot (Wochenfest) 50 Tage nach Pessach", ""},
	})
}

// TestHeldout150VernacularFestivals: the festivals by the Dutch and
// German names in words that school and city calendars give them, and
// Tu BiShvat with the v of the Dutch month's name: "Toe Bisjvat, 21
// januari / 15 Sjevat" (Museum Joodse Schooltje, museumjoodseschooltje.nl,
// 2019), "Het Joods Paasfeest duurt van 4 t/m 10 april 2015" and "Grote
// verzoendag : 23 september 2015" (Bureau Leerplicht Amsterdam, copied
// on doczz.nl; the hundred-and-fiftieth held-out round). They were read
// as their dates alone, so a date that was not the occasion's went
// unsaid. "Paasfeest" and "Pasen" alone are Easter.
func TestHeldout150VernacularFestivals(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Toe Bisjvat, 21 januari / 15 Sjevat", "2019-01-21", "15 Shevat 5779"},
		{"Grote verzoendag : 23 september 2015", "2015-09-23", "10 Tishrei 5776"},
		{"Wekenfeest : 24 en 25 mei 2015", "2015-05-24", "6 Sivan 5775"},
		{"Loofhuttenfeest : 28 en 29 september 2015", "2015-09-28", "15 Tishrei 5776"},
		{"Joodse Paasfeest 2015", "2015-04-04", "15 Nisan 5775"},
		{"Versöhnungstag 2023", "2023-09-25", "10 Tishrei 5784"},
		{"Laubhüttenfest 2023", "2023-09-30", "15 Tishrei 5784"},
		{"Wochenfest 2024", "2024-06-12", "6 Sivan 5784"},
	})
	m := oneMatch(t, "Toe Bisjvat, 21 januari / 15 Sjevat", heldoutRef)
	assert.Equal(t, 0, m.Start)
	// A date that is not the occasion's is said.
	for _, text := range []string{
		"Grote verzoendag : 24 september 2015",
		"Wekenfeest : 24 en 25 juni 2015",
		"Joods Paasfeest : 4 mei 2015",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
		})
	}
	// Easter and the words alone name no day.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Paasfeest 2015", ""},
		{"Der Versöhnungstag ist der höchste Feiertag", ""},
		{"Wekenfeest", ""},
	})
}

// TestHeldout150LastsFrom: German's, Dutch's and the Scandinavian
// languages' verbs for "lasts" between an occasion and its range's
// "from", as English's "lasts from" and "runs from" are read: "Het Joods
// Paasfeest duurt van 4 t/m 10 april 2015" (Bureau Leerplicht
// Amsterdam, doczz.nl, the hundred-and-fiftieth held-out round) was its
// range alone, the occasion left out, so a range that was not Pesach's
// went unsaid. Without "from" ("dauert 8 Tage") the verb names no day,
// and a range after another subject is read alone, as before.
func TestHeldout150LastsFrom(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Het Joods Paasfeest duurt van 4 t/m 10 april 2015.", "2015-04-04", "15 Nisan 5775"},
		{"Pessach dauert vom 23. bis 30. April 2024", "2024-04-23", "15 Nisan 5784"},
		{"Pesach duurt van 23 tot 30 april 2024", "2024-04-23", "15 Nisan 5784"},
		{"Pesach varar från 23 till 30 april 2024", "2024-04-23", "15 Nisan 5784"},
		{"Pesach varer fra 23. til 30. april 2024", "2024-04-23", "15 Nisan 5784"},
		{"Pesach lasts from April 23 to April 30, 2024", "2024-04-23", "15 Nisan 5784"},
		// Another subject: the range alone, as before.
		{"Die Ausstellung dauert vom 23. bis 30. April 2024", "2024-04-23", "15 Nisan 5784"},
	})
	m := oneMatch(t, "Het Joods Paasfeest duurt van 4 t/m 10 april 2015.", heldoutRef)
	assert.Equal(t, len("Het "), m.Start)
	for _, text := range []string{
		"Pessach dauert vom 2. bis 9. April 2024",
		"Het Joods Paasfeest duurt van 4 t/m 10 mei 2015.",
		"Pesach varar från 2 till 9 april 2024",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
		})
	}
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Pessach dauert 8 Tage", ""},
		{"Pesach duurt acht dagen", ""},
	})
}
