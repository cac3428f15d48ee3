package parse_test

import (
	"testing"
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
