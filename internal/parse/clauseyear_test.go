package parse_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/internal/parse"
)

// TestSentenceYearOfClause: the year a sentence names is the year of a
// date without one only in the date's clause. A semicolon parts the
// sentence's clauses, and a year named only before it is none of the
// date's ("In 2023, 400 people came; on March 9 we expect more" was
// March 9, 2023); a year's lead after a comma or a conjunction opens a
// clause whose year is the nearest ("In 2023 the fair was on March 9,
// but in 2024 it is on March 7" was March 7, 2023). The year heading
// the date's own clause is read as before.
func TestSentenceYearOfClause(t *testing.T) {
	for _, tc := range []struct {
		text, date string // the date's last occurrence is the match's start
		year       int    // 0: none
		hebrew     int
	}{
		// A year of another clause.
		{"In 2023, 400 people came; on March 9 we expect more.", "March 9", 0, 0},
		{"In 2023 sales fell; the board meets on March 9.", "March 9", 0, 0},
		{"Im Jahr 2023 kamen 400 Besucher; am 9. März erwarten wir mehr.", "9. März", 0, 0},
		{"En 2023 vinrent 400 personnes ; le 9 mars nous en attendons plus.", "9 mars", 0, 0},
		{"En 2023 llegaron 400 personas; el 9 de marzo esperamos más.", "9 de marzo", 0, 0},
		{"W 2023 roku przyszło 400 osób; 9 marca czekamy na więcej.", "9 marca", 0, 0},
		{"В 2023 году пришло 400 человек; 9 марта ждём больше.", "9 марта", 0, 0},
		{"In 5783 many came; on March 9 we expect more.", "March 9", 0, 0},
		// The nearest year that opens the date's clause.
		{"In 2023 the fair was on March 9; in 2024 it is on March 7.", "March 7", 2024, 0},
		{"In 2023 the fair was on March 9, but in 2024 it is on March 7.", "March 7", 2024, 0},
		{"In 2023 the fair was on March 9 and in 2024 it is on March 7.", "March 7", 2024, 0},
		{"En 2023 la feria fue el 9 de marzo, pero en 2024 es el 7 de marzo.", "7 de marzo", 2024, 0},
		{"En 2023 fue el 9 de marzo y en 2024 es el 7 de marzo.", "7 de marzo", 2024, 0},
		{"In 2023 many came; in 5784, Purim falls on March 24.", "March 24", 0, 5784},
		// Near misses: the year heads the date's own clause.
		{"In 2023 the fair was on March 9; in 2024 it is on March 7.", "March 9", 2023, 0},
		{"In 2023, 400 people came on March 9.", "March 9", 2023, 0},
		{"In 2023 the fair opened on March 9, with 400 people.", "March 9", 2023, 0},
		{"Im Jahr 2023 kamen 400 Besucher am 9. März.", "9. März", 2023, 0},
		{"In 2024, Yom Kippur begins on the evening of October 11, and ends on October 12", "October 12", 2024, 0},
		{"In 5784, Purim falls on March 24.", "March 24", 0, 5784},
		// A comma after the later year's clause closes it before the
		// date; a semicolon of a character reference parts nothing; one
		// in brackets that close is no clause's end.
		{"In 2024 the fair, and in 1999 its founder, met on March 7.", "March 7", 2024, 0},
		{"In 2023 we moved &amp; the fair opened on March 9.", "March 9", 2023, 0},
		{"In 2024 (the leap year; a long one) the fair opened on March 9.", "March 9", 2024, 0},
	} {
		t.Run(tc.text+" "+tc.date, func(t *testing.T) {
			start := strings.LastIndex(tc.text, tc.date)
			y, _, _, ok := parse.SentenceYear(tc.text, start)
			assert.Equal(t, tc.year != 0, ok)
			assert.Equal(t, tc.year, y)
			hy, ok := parse.SentenceHebrewYear(tc.text, start)
			assert.Equal(t, tc.hebrew != 0, ok)
			assert.Equal(t, tc.hebrew, hy)
		})
	}
}

// TestSentenceYearAfterLifeVerb: a verb of being born or of dying before
// the year's lead opens the date's clause, as a comma does, where the
// year heads the date: its word for "year", a comma or not, and at most
// one short word between them ("El Rebe nació en el año 1902, el 11 de
// Nisán", Har Hamoriah, the 309th held-out round). Another clause between
// the year and the date, or another verb before the lead, names no year
// of the date's.
func TestSentenceYearAfterLifeVerb(t *testing.T) {
	for _, tc := range []struct {
		text, date string
		year       int // 0: none
	}{
		{"El Rebe nació en el año 1902, el 11 de Nisán, en Nikolaiev.", "11 de Nisán", 1902},
		{"He was born in 1902, on 11 Nisan, in Nikolaev.", "11 Nisan", 1902},
		{"He was born in 1902 on 11 Nisan.", "11 Nisan", 1902},
		{"Il est né en 1902, le 11 Nissan.", "11 Nissan", 1902},
		{"Ele nasceu em 1902, a 11 de Nissan.", "11 de Nissan", 1902},
		{"Rebe родился в 1902 году, 11 нисана.", "11 нисана", 1902},
		{"Rebe urodził się w 1902 roku, 11 nisana.", "11 nisana", 1902},
		{"She died in 1950, on 10 Shevat.", "10 Shevat", 1950},
		// Near misses.
		{"He was born in 1902, died on 11 Nisan.", "11 Nisan", 0},
		{"He was born in 1902 and died on 11 Nisan.", "11 Nisan", 0},
		{"He visited in 1902, on 11 Nisan.", "11 Nisan", 0},
		{"He was born in 1902, and moved on 11 Nisan.", "11 Nisan", 0},
	} {
		t.Run(tc.text, func(t *testing.T) {
			start := strings.LastIndex(tc.text, tc.date)
			y, _, _, ok := parse.SentenceYear(tc.text, start)
			assert.Equal(t, tc.year != 0, ok)
			assert.Equal(t, tc.year, y)
		})
	}
}
