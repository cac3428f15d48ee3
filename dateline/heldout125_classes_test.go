package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout125NewYearEntry: a verb for "enter" before a weekday (or its
// evening) and the words for "into the year" before a Hebrew year, which
// name the Jewish New Year by the year it opens: "Evreii intră miercuri
// seara în anul 5775" (the Jews enter the year 5775 on Wednesday evening;
// Radio România Cluj, radiocluj.ro, the 125th held-out round) was not
// found, a weekday's evening being no date without its occasion. It is
// now Rosh Hashana 5775's eve, Wednesday 24 September 2014, as
// "miercuri seara, Anul Nou evreiesc 5775" is; the weekday without its
// evening is the first day, and a weekday that is neither is an error.
// The match begins at the verb, without which the weekday and the year
// name no day, as they do not with a civil year either.
func TestHeldout125NewYearEntry(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Evreii intră miercuri seara în anul 5775", "2014-09-24", "1 Tishrei 5775"},
		{"intră miercuri seara în anul 5775", "2014-09-24", "1 Tishrei 5775"},
		{"(Evreii intră miercuri seara în anul 5775)", "2014-09-24", "1 Tishrei 5775"},
		{"Radio Cluj\nintră miercuri seara în anul 5775", "2014-09-24", "1 Tishrei 5775"},
		{"Evreii intră joi în anul 5775", "2014-09-25", "1 Tishrei 5775"},
		{"Evreii intră luni seara în anul 5786", "2025-09-22", "1 Tishrei 5786"},
		{"Les juifs entrent mercredi soir dans l'année 5775", "2014-09-24", "1 Tishrei 5775"},
		{"Gli ebrei entrano mercoledì sera nell'anno 5775", "2014-09-24", "1 Tishrei 5775"},
		{"Os judeus entram na quarta-feira à noite no ano 5775", "2014-09-24", "1 Tishrei 5775"},
		{"Los judíos entran el miércoles por la noche en el año 5775", "2014-09-24", "1 Tishrei 5775"},
		{"Els jueus entren dijous a l'any 5775", "2014-09-25", "1 Tishrei 5775"},
	})
	for _, text := range []string{
		"Evreii intră marți seara în anul 5775",
		"Evreii intră duminică seara în anul 5785",
	} {
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error), text)
	}
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"miercuri seara în anul 5775", ""},
		{"Ei cântă miercuri seara în anul 5775", ""},
		{"intră luni în anul 2025", ""},
		{"Hoy el miércoles por la noche en el año 5775", ""},
	})
}
