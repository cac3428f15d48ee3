package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout276RussianOrdinalDay: a day of a month named by a Russian
// ordinal word, the neuter of число (the date) in the nominative or the
// genitive, before the month in the genitive ("Суббота, шестое октября
// 1973 года. Судный день.", teleor.net, Ashdod, the two hundred and
// seventy-sixth held-out round). Find read only "октября 1973 года", a
// month, as the word was no day's. The words from первое to тридцатое,
// and the tens with a unit's ordinal from 21 on (двадцать первое,
// тридцать первого), now name the day with a month after them, Gregorian
// or Hebrew; without a month they stay prose, a unit after the tens that
// makes no day is no day, and a weekday that is not the date's is an
// error.
func TestHeldout276RussianOrdinalDay(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"шестое октября 1973 года", "1973-10-06"},
		{"Шестого октября 1973 года", "1973-10-06"},
		{"Суббота, шестое октября 1973 года", "1973-10-06"},
		{"первое сентября 2024 года", "2024-09-01"},
		{"третье марта 2024 года", "2024-03-03"},
		{"четвёртое июля 2025 года", "2025-07-04"},
		{"двадцать первое мая 2024 года", "2024-05-21"},
		{"тридцать первого декабря 2023 года", "2023-12-31"},
		{"тридцатое ноября 2025 года", "2025-11-30"},
		{"десятое тишрея 5784 года", "2023-09-25"},
		{"пятнадцатое швата 5784 года", "2024-01-25"},
		{"первое нисана 5784 года", "2024-04-09"},
		{"Девятое Ава 5784 года", "2024-08-13"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Суббота, шестое октября 1973 года. Судный день.", "Суббота, шестое октября 1973 года.", "1973-10-06", "10 Tishrei 5734"},
		{"Праздник начнётся вечером двадцать второго сентября 2025 года.", "вечером двадцать второго сентября 2025 года.", "2025-09-22", "1 Tishrei 5786"},
	})
	// Without a month after them the words are prose, and a unit after
	// the tens that makes no day names none.
	for _, text := range []string{
		"он занял шестое место",
		"это случилось шестого числа",
		"в шестой раз",
		"двадцать октября",
		"тридцать второе декабря",
		"первое, что он сказал",
	} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, heldoutRef))
		})
	}
	for _, text := range []string{"шестое место", "шестого числа", "тридцать второе декабря 2023 года"} {
		t.Run("check "+text, func(t *testing.T) {
			assert.False(t, dateline.Check(text, heldoutRef).OK())
		})
	}
	// A weekday that is not the date's, and a day the month does not
	// have, are errors.
	for _, text := range []string{"Пятница, шестое октября 1973 года", "тридцатое февраля 2024 года"} {
		t.Run(text, func(t *testing.T) {
			assert.False(t, dateline.Check(text, heldoutRef).OK())
		})
	}
}
