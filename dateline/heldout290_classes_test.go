package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout290PointedYear: a civil year printed with a point between
// its thousands and its hundreds, as a Spanish, Portuguese, Catalan or
// Italian page may print any number, after the date's joining word:
// "inaugurada el 25 de Marzo de 1.971" (Campo de Gibraltar Siglo XXI, on
// the Ceuta synagogue, the two-hundred-and-ninetieth held-out round).
// Find read "25 de Marzo" in the year nearest the reference, 2027, with
// nothing said; then, the year being unread, no date at all. It is the
// year, 1971, as the same date with its year in plain digits. A point in
// a number that is no year ("de 3.500 personas", "de 1.5 millones"), and
// English's "of" before it, which English does not write, leave the day
// and month read as before. Days verified with hd.
func TestHeldout290PointedYear(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"inaugurada el 25 de Marzo de 1.971", "1971-03-25"},
		{"el 25 de marzo de 1.971, con la presencia del rabino", "1971-03-25"},
		{"Fundada el 3 de enero de 1.918.", "1918-01-03"},
		{"el 14 de septiembre de 2.015", "2015-09-14"},
		{"em 25 de março de 1.971", "1971-03-25"},
		{"foi inaugurada no dia 3 de junho de 1.985", "1985-06-03"},
		{"el 3 de juny del 1.985", "1985-06-03"},
		{"il 25 marzo del 1.971", "1971-03-25"},
		{"inaugurada el 25 de Marzo de 1971", "1971-03-25"},
		{"el 3 de enero de 1918 en Ceuta", "1918-01-03"},
	})
	for _, tc := range []struct{ text, day, heb string }{
		{"25 de Marzo de 1.971", "1971-03-25", "28 Adar 5731"},
		{"el 25 de marzo de 1.971", "1971-03-25", "28 Adar 5731"},
		{"3 de enero de 1.918", "1918-01-03", "19 Tevet 5678"},
		{"lunes, 14 de septiembre de 2.015", "2015-09-14", "1 Tishrei 5776"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
		})
	}
	// A point in a number that is not a year of four digits leaves the
	// day and month read as before, in the year nearest the reference.
	for _, text := range []string{
		"el 25 de marzo de 3.500 personas",
		"el 25 de marzo de 1.5 millones",
		"el 25 de marzo de 19.710 votos",
		"the 25th of March of 1.971",
	} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, heldoutRef)
			if assert.Len(t, ms, 1) {
				assert.Equal(t, 3, int(ms[0].Dateline.Time.Month()))
				assert.Equal(t, 25, ms[0].Dateline.Time.Day())
				assert.NotEqual(t, 1971, ms[0].Dateline.Time.Year())
			}
		})
	}
}
