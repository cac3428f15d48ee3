package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout110FrenchPluralBeforeDays: French's plural "ces" (these)
// before two weekdays, and its plural article "les" before two days,
// after a verb of "takes place" or "falls": "Yom Kippour a lieu ces mardi
// et mercredi 4 et 5 octobre 2022" (codelamarga.blogspot.com, 2022, the
// hundred-and-tenth held-out round) was read from "mardi" on, the
// occasion left out, with the civil day's 9 Tishrei; it is 4 October
// with 10 Tishrei, the occasion's, as "a lieu ce mardi 4 octobre 2022"
// was read. A weekday or day that is not the occasion's is still said.
func TestHeldout110FrenchPluralBeforeDays(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Yom Kippour a lieu ces mardi et mercredi 4 et 5 octobre 2022", "2022-10-04", "10 Tishrei 5783"},
		{"Yom Kippour a lieu les 4 et 5 octobre 2022", "2022-10-04", "10 Tishrei 5783"},
		{"Roch Hachana se déroulera les 16 et 17 septembre 2023", "2023-09-16", "1 Tishrei 5784"},
		{"Chavouot tombe les 12 et 13 juin 2024", "2024-06-12", "6 Sivan 5784"},
	})
	// 5 October is Yom Kippur, a Wednesday, and 6 October is not: the
	// range's end is said too (see rangeOutlasts).
	m := oneMatch(t, "Yom Kippour a lieu ces mardi et mercredi 5 et 6 octobre 2022", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday, dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	m = oneMatch(t, "Pessah a lieu ces samedi et dimanche 6 et 7 avril 2024", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	// "ces" and "les" before no weekday or day join nothing.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Yom Kippour a lieu ces jours", ""},
		{"Yom Kippour a lieu les enfants", ""},
	})
}

// TestHeldout110HebrewMonthAdjective: the Romance words for "(day) of the
// month (of)" with "Hebrew" or "Jewish" after "month", between a day and
// its Hebrew month: "du 7 décembre au 15 décembre, soit à partir du 25 du
// mois hébraïque de Kislev" (Europe 1, 2023, the hundred-and-tenth
// held-out round) did not read its Hebrew day, as "du mois de" alone was
// known. Before a civil month the phrase is no date's.
func TestHeldout110HebrewMonthAdjective(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"le 25 du mois hébraïque de Kislev 5784", "2023-12-08", "25 Kislev 5784"},
		{"le 25 du mois juif de Tichri 5784", "2023-10-10", "25 Tishrei 5784"},
		{"o 15 do mês hebraico de Nissan de 5784", "2024-04-23", "15 Nisan 5784"},
		{"el 15 del mes hebreo de Nisán de 5784", "2024-04-23", "15 Nisan 5784"},
		{"il 15 del mese ebraico di Nisan 5784", "2024-04-23", "15 Nisan 5784"},
	})
	ms := dateline.Find("le 11 du mois hébraïque de mai 1965", heldoutRef)
	for _, m := range ms {
		assert.NotEqual(t, "1965-05-11", m.Dateline.Time.Format("2006-01-02"))
	}
}
