package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout154RomanianDateNoun: Romanian's noun for the date or the
// day, "data" or "ziua", and "de" (of) before the day, after the
// preposition that says when ("pe", "în", "la", "din"): "Iom Kipur din
// data de 26 septembrie" (Timp Online of Bistriţa, on 5773, the
// hundred-and-fifty-fourth held-out round) was not found, where "Iom
// Kipur din 26 septembrie" was read: the noun stood between the occasion
// and its date. The year the text does not name is the occasion's
// nearest before the reference, as without the noun; a day that is not
// the occasion's, or a wrong weekday, is still said.
func TestHeldout154RomanianDateNoun(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Iom Kipur din data de 26 septembrie", "2012-09-26", "10 Tishrei 5773"},
		{"Iom Kipur pe data de 26 septembrie", "2012-09-26", "10 Tishrei 5773"},
		{"Iom Kipur în data de 26 septembrie", "2012-09-26", "10 Tishrei 5773"},
		{"Iom Kipur la data de 26 septembrie", "2012-09-26", "10 Tishrei 5773"},
		{"Iom Kipur, în ziua de 26 septembrie 2012", "2012-09-26", "10 Tishrei 5773"},
		{"Purim, la data de 7 martie 2023", "2023-03-07", "14 Adar 5783"},
		{"Hanuka în data de 23.12.2019", "2019-12-23", "25 Kislev 5780"},
		{"Sucot din data de 1 octombrie 2012", "2012-10-01", "15 Tishrei 5773"},
		// The weekday before it, as before it joins a date.
		{"miercuri, în data de 26 septembrie 2012", "2012-09-26", "10 Tishrei 5773"},
	})
	// A day that is not the occasion's, and a wrong weekday, are said.
	m := oneMatch(t, "Iom Kipur în data de 27 septembrie 2012", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	m = oneMatch(t, "joi, în data de 26 septembrie 2012", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// The noun before anything but "de" and a day in digits joins
	// nothing; a label is no noun of the date ("Data: 22/12/2022", which
	// a Catalan page prints), and Portuguese's "na data de" leaves its
	// date as it was.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Iom Kipur în data de mâine", ""},
		{"Iom Kipur la data de 26", ""},
		{"Am citit data de 12 ori", ""},
		{"Data: 22/12/2022", "2022-12-22"},
		{"Purim na data de 14 de março de 2025", "2025-03-14"},
	})
}
