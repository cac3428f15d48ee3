package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout290PointedYear: a civil year printed with a point between
// its thousands and its hundreds, as a Spanish or Italian page may print
// any number, after the date's joining word: "inaugurada el 25 de Marzo
// de 1.971" (Campo de Gibraltar Siglo XXI, on the Ceuta synagogue, the
// two-hundred-and-ninetieth held-out round). Find read "25 de Marzo" in
// the year nearest the reference, 2027, with nothing said. The year is
// stated, in a way the reader does not read, so free text now takes no
// date there and Check reads none; the same date with its year in plain
// digits, and a point in a number that is no year ("de 3.500 personas",
// "de 1.5 millones"), read as before.
func TestHeldout290PointedYear(t *testing.T) {
	for _, text := range []string{
		"inaugurada el 25 de Marzo de 1.971",
		"el 25 de marzo de 1.971, con la presencia del rabino",
		"Fundada el 3 de enero de 1.918.",
		"el 14 de septiembre de 2.015",
	} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, heldoutRef))
		})
	}
	checkUnread(t, heldoutRef, "25 de Marzo de 1.971", "3 de enero de 1.918")
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"inaugurada el 25 de Marzo de 1971", "1971-03-25"},
		{"el 3 de enero de 1918 en Ceuta", "1918-01-03"},
	})
	// A point in a number that is not a year of four digits leaves the
	// day and month read as before, in the year nearest the reference.
	for _, text := range []string{
		"el 25 de marzo de 3.500 personas",
		"el 25 de marzo de 1.5 millones",
		"el 25 de marzo de 19.710 votos",
	} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, heldoutRef)
			if assert.Len(t, ms, 1) {
				assert.Equal(t, 3, int(ms[0].Dateline.Time.Month()))
				assert.Equal(t, 25, ms[0].Dateline.Time.Day())
			}
		})
	}
}
