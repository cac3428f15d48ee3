package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestCatalan: Catalan's names, from CLDR (the forty-ninth held-out
// round), as its pages write them: a month after "de" (of), elided to
// "d'" or "d’" before a vowel (27 de gener, 22 d'abril, 7 d’octubre), a
// year after "de" or "del" (de 2024, del 1945), "dia" (day) before the
// day, "a les" (at the) before a time and "hores" after it, and its
// evening, "el vespre del", "al vespre", "comença la nit del" (begins
// the night of). Before, "el 27 de gener del 1945"
// read as nothing and "7 d'octubre del 2023" as Spanish's October 2023.
func TestCatalan(t *testing.T) {
	checkDays(t, []struct{ in, day string }{
		{"dilluns, 2 de gener de 2006", "2006-01-02"},
		{"27 de gener del 1945", "1945-01-27"},
		{"7 d'octubre del 2023", "2023-10-07"},
		{"7 d’octubre de 2023", "2023-10-07"},
		{"dimecres, 20 de setembre del 2017", "2017-09-20"},
		{"Dissabte, 1 d'agost de 2020", "2020-08-01"},
		{"dijous 14 de març de 2024", "2024-03-14"},
		{"21 novembre 2005", "2005-11-21"},
	})
	ref := dateline.Reference(time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC))
	checkTimes(t, ref, []struct{ text, want string }{
		{"El sopar serà el dilluns dia 22 d'abril de 2024 a les 19.00 hores a Palma.", "2024-04-22 19:00"},
		{"divendres, 3 de maig de 2024 a les 18:30", "2024-05-03 18:30"},
		{"Concert: 9 d’agost del 2025 a les 21 hores, al pati", "2025-08-09 21:00"},
	})
	// A sentence's year before its date, and the evening of a day, whose
	// Hebrew date is the next day's.
	for _, tc := range []struct{ text, day, hebrew string }{
		{"Aquest 2019 la festivitat s’inicia el vespre del 22 de desembre.", "2019-12-22", "25 Kislev 5780"},
		{"El 2019 la festa comença el vespre del 22 de desembre.", "2019-12-22", "25 Kislev 5780"},
		{"L'any 2019 la festa comença el 22 de desembre.", "2019-12-22", "24 Kislev 5780"},
		{"dissabte 5 de novembre de 2022 al vespre", "2022-11-05", "12 Cheshvan 5783"},
		{"L'any nou comença la nit del 24 de setembre de 2014.", "2014-09-24", "1 Tishrei 5775"},
		{"Hanukkà comença el vespre del 7 de desembre de 2023", "2023-12-07", "25 Kislev 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.hebrew, ms[0].Dateline.Hebrew.String())
		})
	}
	// Prose: a month after d' with no day, d' before a word of French or
	// Italian, the words for night and hours without a date.
	for _, s := range []string{
		"Al mes d'agost fa calor.",
		"D'octubre a desembre, el museu obre cada dia.",
		"Il y a d'autres choses d'avril à mai.",
		"Una festa d'Israele e d'Italia.",
		"Tota la nit, a les hores fosques.",
		"The nit of the matter.",
	} {
		assert.Empty(t, dateline.Find(s, ref), s)
	}
}

// TestCatalanElision: a Catalan layout writes "de" before a month as the
// month's first letter wants it, "d’" before a vowel and "de " before a
// consonant, whichever day's month it was read from: "22 d'abril de 2024"
// wrote January as "d'gener", and "dilluns, 2 de gener" April as "de
// abril". The layout's own apostrophe is kept.
func TestCatalanElision(t *testing.T) {
	for _, tc := range []struct{ in, day, want string }{
		{"22 d'abril de 2024", "2024-01-22", "22 de gener de 2024"},
		{"22 d'abril de 2024", "2024-08-22", "22 d'agost de 2024"},
		{"dilluns, 2 de gener de 2006", "2024-04-22", "dilluns, 22 d’abril de 2024"},
		{"dilluns, 2 de gener de 2006", "2023-10-09", "dilluns, 9 d’octubre de 2023"},
		{"7 d’octubre de 2023", "2024-03-07", "7 de març de 2024"},
	} {
		t.Run(tc.in+"/"+tc.day, func(t *testing.T) {
			l, err := dateline.LayoutOf(tc.in)
			require.NoError(t, err)
			d, err := time.Parse("2006-01-02", tc.day)
			require.NoError(t, err)
			day := dateline.New(d)
			assert.Equal(t, tc.want, l.Format(day.Time, day.Hebrew))
		})
	}
}

// TestGreekYearAfterOf: Greek's "του" (of the) between a month and its
// year, as Spanish's and Catalan's "del" (the forty-ninth held-out round's
// "ανήμερα της 25ης Μαρτίου του 1944" read as nothing, and "Σάββατο 25
// Μαρτίου του 1944" as 2023's Saturday, its year not seen, with only a
// note that the text names none). Without a year after it, "του" is
// prose.
func TestGreekYearAfterOf(t *testing.T) {
	checkDays(t, []struct{ in, day string }{
		{"25ης Μαρτίου του 1944", "1944-03-25"},
		{"Σάββατο 25 Μαρτίου του 1944", "1944-03-25"},
		{"Κυριακή 17 Μαρτίου του 2024", "2024-03-17"},
		{"4ης Οκτωβρίου του 2022", "2022-10-04"},
	})
	ref := dateline.Reference(time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC))
	for _, s := range []string{
		"η γιορτή του 2024 ήταν ωραία",
		"το πρόγραμμα του Μαρτίου του μουσείου",
	} {
		assert.Empty(t, dateline.Find(s, ref), s)
	}
}
