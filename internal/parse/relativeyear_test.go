package parse_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/internal/parse"
)

// TestRelativeYearLinked: a phrase for "this year", "last year" or "next
// year" says the year of a date without one only where it is of the
// date's clause: not where a semicolon parts them, where a word of
// comparison comes before it ("Unlike last year", "Anders als im
// vergangenen Jahr", "plus que l'année dernière"), or where a comma
// closes its own clause before the date ("The event, which drew 500
// people last year, returns on March 9"). It is still found, for the
// reader to say that its year was not taken. A phrase that opens the
// sentence, one right before or after the date, and one followed by a
// comma and the date's article are the date's.
func TestRelativeYearLinked(t *testing.T) {
	for _, tc := range []struct {
		text, date string
		offset     int
		linked     bool
	}{
		{"Unlike last year, the fair opens March 9.", "March 9", -1, false},
		{"Sales rose 5% from last year, the company said on March 1.", "March 1", -1, false},
		{"The event, which drew 500 people last year, returns on March 9.", "March 9", -1, false},
		{"The fair opens March 9, unlike last year.", "March 9", -1, false},
		{"Anders als im vergangenen Jahr öffnet die Messe am 9. März.", "9. März", -1, false},
		{"Im vergangenen Jahr kamen 500 Besucher; dieses Mal öffnet die Messe am 9. März.", "9. März", -1, false},
		{"Contrairement à l'année dernière, la foire ouvre le 9 mars.", "9 mars", -1, false},
		{"Il y avait plus de monde que l'année dernière, le 9 mars.", "9 mars", -1, false},
		{"A diferencia del año pasado, la feria abre el 9 de marzo.", "9 de marzo", -1, false},
		{"W zeszłym roku przyszło 500 osób; targi otwierają się 9 marca.", "9 marca", -1, false},
		{"Больше, чем в прошлом году, пришло 9 марта.", "9 марта", -1, false},
		{"В прошлом году пришло 500 человек; ярмарка откроется 9 марта.", "9 марта", -1, false},
		// The date's own.
		{"Last year the fair opened on March 9.", "March 9", -1, true},
		{"Last year, the fair opened on March 9.", "March 9", -1, true},
		{"Im vergangenen Jahr öffnete die Messe am 9. März.", "9. März", -1, true},
		{"L'année dernière, la foire a ouvert le 9 mars.", "9 mars", -1, true},
		{"El año pasado, la feria abrió el 9 de marzo.", "9 de marzo", -1, true},
		{"Le festival aura lieu l'année prochaine, le 3 juillet.", "3 juillet", 1, true},
		{"Chanuka trwa osiem dni, w tym roku święto zaczęło się 4 grudnia.", "4 grudnia", 0, true},
		{"u četvrtak, 9. septembra prošle godine", "9. septembra", -1, true},
		{"Unlike last year, this year the fair opens March 9.", "March 9", 0, true},
	} {
		t.Run(tc.text, func(t *testing.T) {
			start := strings.Index(tc.text, tc.date)
			offset, _, linked, ok := parse.RelativeYear(tc.text, start, start+len(tc.date))
			assert.True(t, ok)
			assert.Equal(t, tc.offset, offset)
			assert.Equal(t, tc.linked, linked)
		})
	}
}
