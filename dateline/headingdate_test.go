package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeadingDateFound: a day and month without a year that open a
// line of a list, or a bullet's, and end with a colon are a programme's
// day, found in any language, in the year nearest the reference with the
// info that says so: "23. januarja: Mestni muzej Ljubljana" (Mladina,
// the 181st held-out round) was no date. Inside a sentence such a date
// stays prose, as before, but after an article or preposition of its
// language that puts a day there (see TestYearlessDateAfterLead).
func TestHeadingDateFound(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"23. januarja: Mestni muzej Ljubljana", "2027-01-23"},
		{"<li>23. januarja: muzej</li>", "2027-01-23"},
		{"Programm\n- 14. Dezember: Lichterzünden im Gemeindehaus\n", "2026-12-14"},
		{"• 14 décembre : allumage", "2026-12-14"},
		{"Programa:\n14 de diciembre: encendido de la primera vela", "2026-12-14"},
		{"Nos vemos el 9 de julio: traer comida", "2026-07-09"},
	} {
		m := oneMatch(t, tc.text, heldoutRef)
		assert.Equal(t, tc.want, m.Dateline.Time.Format("2006-01-02"), tc.text)
		assert.Contains(t, severityCodes(m, dateline.Info), dateline.CodeYearInferred, tc.text)
	}
	for _, text := range []string{
		"Die Adresse ist Platz 9 de Julio: dort",
		"23. januarja muzej",
	} {
		assert.Empty(t, dateline.Find(text, heldoutRef), text)
	}
}
