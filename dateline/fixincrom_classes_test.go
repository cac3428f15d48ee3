package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestFixincromYearBegins: the Romance languages' "the Jewish (Hebrew)
// year" and its number before a verb of beginning name Rosh Hashana of
// that year, as English's "The Jewish calendar year 5780 commences at
// sundown on" does: "L’anno ebraico 5782 è iniziato il 6 settembre, con
// Rosh HaShanah (Capodanno)" (Associazione Regina Elena, incoming.tsv)
// was September 6 of the reference's year, 2026, with an info that the
// sentence named 5782. The date is the year's eve, its Hebrew date the
// evening's; the perfect of the verb ("è iniziato", "a commencé", "ha
// comenzado") is read as its present is.
func TestFixincromYearBegins(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"L’anno ebraico 5782 è iniziato il 6 settembre, con Rosh HaShanah (Capodanno)",
			"anno ebraico 5782 è iniziato il 6 settembre", "2021-09-06", "1 Tishrei 5782"},
		{"L'anno ebraico 5785 inizia il 2 ottobre", "anno ebraico 5785 inizia il 2 ottobre", "2024-10-02", "1 Tishrei 5785"},
		{"El año judío 5785 comienza el 2 de octubre", "año judío 5785 comienza el 2 de octubre", "2024-10-02", "1 Tishrei 5785"},
		{"El año hebreo 5785 ha comenzado el 2 de octubre", "año hebreo 5785 ha comenzado el 2 de octubre", "2024-10-02", "1 Tishrei 5785"},
		{"L'année juive 5785 commence le 2 octobre", "année juive 5785 commence le 2 octobre", "2024-10-02", "1 Tishrei 5785"},
		{"L'année juive 5785 a commencé le 2 octobre.", "année juive 5785 a commencé le 2 octobre", "2024-10-02", "1 Tishrei 5785"},
		{"O ano judaico 5785 começa em 2 de outubro", "ano judaico 5785 começa em 2 de outubro", "2024-10-02", "1 Tishrei 5785"},
		{"O ano hebraico 5786 começa ao pôr do sol de 22 de setembro",
			"ano hebraico 5786 começa ao pôr do sol de 22 de setembro", "2025-09-22", "1 Tishrei 5786"},
	})
	// A day that is not the year's eve is said, as in English.
	m := oneMatch(t, "El año judío 5785 comienza el 5 de octubre", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	// Near misses: no Hebrew year, a civil one, no verb of beginning
	// before the date, or the year and verb in separate clauses: the
	// date stays of the reference's year, as before.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"El año judío comienza el 2 de octubre", "2026-10-02"},
		{"El año 2024 comienza el 1 de enero", "2027-01-01"},
		{"L'anno ebraico 5785 ha 354 giorni e il 2 ottobre c'è una festa", "2026-10-02"},
		{"L'année juive 5785, qui commence le 2 octobre", "2026-10-02"},
		{"Anul evreiesc 5785 începe pe 2 octombrie", "2026-10-02"},
	})
}
