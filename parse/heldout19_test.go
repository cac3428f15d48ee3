package parse_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/parse"
)

// TestHeldout19SentenceYear: the year a sentence names before a date, in
// the forms the nineteenth held-out set's pages write (see
// SentenceYear): a Hebrew year, whose civil year in brackets is the
// sentence's and which without one names no Gregorian year (see
// SentenceHebrewYear); a year phrase in brackets inside the sentence; an
// occasion before the lead; the leads of Ukrainian, Slovak, Serbian and
// Bulgarian, whose year's point or "г." ends no sentence; and a year in
// brackets alone, a citation's, which names none.
func TestHeldout19SentenceYear(t *testing.T) {
	tests := []struct {
		text, date string // the date's first occurrence is the match's start
		year       int    // 0: none
		hebrew     int    // the Hebrew year named in place of a Gregorian one
	}{
		{"В 5781 (2020) году Рош а-Шана начинается 18 сентября.", "18 сентября", 2020, 0},
		{"In 5784 (2023), Yom Kippur begins on September 24.", "September 24", 2023, 0},
		{"В 5781 году Рош а-Шана начинается 18 сентября.", "18 сентября", 0, 5781},
		{"In 5784, Purim falls on March 24.", "March 24", 0, 5784},
		{"In 5784 (yes), Purim falls on March 24.", "March 24", 0, 5784},
		{"Pierwsze zapalanie świateł (w roku 2020) w czwartek, 10 grudnia.", "10 grudnia", 2020, 0},
		{"Światła (in 2020) w czwartek, 10 grudnia.", "10 grudnia", 2020, 0},
		{"Smith (2020) wrote on 10 December.", "10 December", 0, 0},
		{"Světla (w roku 2020 w czwartek, 10 grudnia.", "10 grudnia", 0, 0},
		{"Chanuka w roku 2017 zaczyna się we wtorek, 12 grudnia.", "12 grudnia", 2017, 0},
		{"Hanukkah in 2017 begins on December 12.", "December 12", 2017, 0},
		{"Grandma in 2017 begins on December 12.", "December 12", 0, 0},
		{"У 2024 році Рош га-Шана розпочнеться ввечері 2 жовтня.", "2 жовтня", 2024, 0},
		{"V roku 2024 sa Chanuka začína 25. decembra.", "25. decembra", 2024, 0},
		{"U 2024. godini Hanuka počinje 25. decembra.", "25. decembra", 2024, 0},
		{"През 2024 г. Ханука започва на 25 декември.", "25 декември", 2024, 0},
		{"U 2024. Hanuka počinje 25. decembra.", "25. decembra", 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			start := strings.LastIndex(tc.text, tc.date)
			y, ys, ye, ok := parse.SentenceYear(tc.text, start)
			assert.Equal(t, tc.year != 0, ok)
			assert.Equal(t, tc.year, y)
			if ok {
				assert.Equal(t, tc.text[ys:ye], itoa4(tc.year))
			}
			hy, ok := parse.SentenceHebrewYear(tc.text, start)
			assert.Equal(t, tc.hebrew != 0, ok)
			assert.Equal(t, tc.hebrew, hy)
		})
	}
}
