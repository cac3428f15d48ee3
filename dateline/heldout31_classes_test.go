package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout31YearWordsCivilYear: made-up sentences of the class the
// thirty-first held-out set (English pages of Jewish communities) found
// misread: a Hebrew date whose year comes after the words that name it
// ("in the year", "of the year", Portuguese's "do ano", German's "im
// Jahr") with the civil year glued on by a slash, as histories write a
// birth ("born on Monday, the eighteenth of Elul, in the year
// 5458/1698"). The slash and its digits made the year no year after the
// words, and the day was read without it, silently, in the Hebrew year
// nearest the reference (5786). The civil year must be the Hebrew
// year's: one that is not leaves the words and the year unread, as a
// Hebrew year alone with such a slash is (5785/5786 names two Hebrew
// years).
func TestHeldout31YearWordsCivilYear(t *testing.T) {
	for _, c := range []struct{ in, text, day, heb string }{
		{"The Baal Shem Tov was born on Monday, the eighteenth of Elul, in the year 5458/1698.",
			"Monday, the eighteenth of Elul, in the year 5458/1698", "1698-08-25", "18 Elul 5458"},
		{"He was born on 18 Elul, in the year 5505/1745, in Liozna",
			"18 Elul, in the year 5505/1745", "1745-09-15", "18 Elul 5505"},
		{"the 11th of Nissan of the year 5662/1902 was a Friday",
			"11th of Nissan of the year 5662/1902", "1902-04-18", "11 Nisan 5662"},
		{"no dia 9 de Tishrei do ano 5779/2018 às 18h", "9 de Tishrei do ano 5779/2018 às 18h", "2018-09-18", "9 Tishrei 5779"},
		{"Am 4. Tischri im Jahr 5782/2021 starb er", "4. Tischri im Jahr 5782/2021", "2021-09-10", "4 Tishrei 5782"},
	} {
		text, day, heb, ok := findOne(t, c.in)
		assert.Equal(t, c.text, text, c.in)
		assert.Equal(t, c.day, day, c.in)
		assert.Equal(t, c.heb, heb, c.in)
		assert.True(t, ok, c.in)
	}
	// A year after the slash that is not the Hebrew year's (1905 is no
	// year of 5662) does not make the words a year's.
	for _, in := range []string{"the 11th of Nissan of the year 5662/1905", "18 Elul, in the year 5505/5506"} {
		for _, m := range dateline.Find(in, dateline.Reference(corpusReference)) {
			assert.NotContains(t, in[m.Start:m.End], "year", in)
		}
	}
}
