package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout85SlavicJulianMarker: the Slavic languages' words that say
// a date is Julian (or Gregorian), after it, as English's "according to
// the Julian calendar" is read: "на 2 септември 1911 г. по Юлианския
// календар в 9 часа сутринта" (24 Chasa, the eighty-fifth held-out
// round) was read as Gregorian September 2, 1911 with nothing said, a
// silent wrong day: it is September 15. Russian "по старому стилю",
// "старого стиля", "(по ст. ст.)", Ukrainian "за старим стилем",
// Bulgarian "стар стил", Serbian "по старом календару" and "po
// julijanskom kalendaru", Croatian "po julijanskom kalendaru"; the
// Gregorian ones ("по новому стилю") keep the day.
func TestHeldout85SlavicJulianMarker(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Документът сочи, че той се е появил на белия свят на 2 септември 1911 г. по Юлианския календар в 9 часа сутринта",
			"2 септември 1911 г. по Юлианския календар в 9 часа сутринта", "1911-09-15", "22 Elul 5671"},
		{"Никола Тесла роден е на 28 юни 1856 г. по юлианския календар.", "28 юни 1856 г. по юлианския календар", "1856-07-10", "7 Tammuz 5616"},
		{"роден на 6 юли 1837 г. стар стил", "6 юли 1837 г. стар стил", "1837-07-18", "15 Tammuz 5597"},
		{"роден на 6 юли 1837 г. по стар стил", "6 юли 1837 г. по стар стил", "1837-07-18", "15 Tammuz 5597"},
		{"Пушкин родился 26 мая 1799 года по старому стилю в Москве.", "26 мая 1799 года по старому стилю", "1799-06-06", "3 Sivan 5559"},
		{"родился 6 июля 1837 года (по ст. ст.)", "6 июля 1837 года (по ст. ст.)", "1837-07-18", "15 Tammuz 5597"},
		{"родился 6 июля 1837 г. (ст. ст.)", "6 июля 1837 г. (ст. ст.)", "1837-07-18", "15 Tammuz 5597"},
		{"родился 6 июля 1837 г. старого стиля", "6 июля 1837 г. старого стиля", "1837-07-18", "15 Tammuz 5597"},
		{"народився 29 листопада 1905 р. за старим стилем", "29 листопада 1905 р. за старим стилем", "1905-12-12", "14 Kislev 5666"},
		{"Никола Тесла рођен је 28. јуна 1856. по старом календару у Смиљану.", "28. јуна 1856. по старом календару", "1856-07-10", "7 Tammuz 5616"},
		{"рођен 28. јуна 1856. по јулијанском календару", "28. јуна 1856. по јулијанском календару", "1856-07-10", "7 Tammuz 5616"},
		{"Tesla je rođen 28. lipnja 1856. po julijanskom kalendaru u Smiljanu.", "28. lipnja 1856. po julijanskom kalendaru", "1856-07-10", "7 Tammuz 5616"},
		{"rođen 28. juna 1856. po starom kalendaru", "28. juna 1856. po starom kalendaru", "1856-07-10", "7 Tammuz 5616"},
		{"rođen 28. lipnja 1856. po starom stilu", "28. lipnja 1856. po starom stilu", "1856-07-10", "7 Tammuz 5616"},
		// Gregorian: the day as written.
		{"родился 18 июля 1837 г. по новому стилю", "18 июля 1837 г. по новому стилю", "1837-07-18", "15 Tammuz 5597"},
		{"народився 12 грудня 1905 р. за новим стилем", "12 грудня 1905 р. за новим стилем", "1905-12-12", "14 Kislev 5666"},
		{"рођен 10. јула 1856. по новом календару", "10. јула 1856. по новом календару", "1856-07-10", "7 Tammuz 5616"},
	})
	// The time after the marker is the dateline's.
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"на 2 септември 1911 г. по Юлианския календар в 9 часа сутринта", "1911-09-15 09:00"},
	})
	// The Julian day is said to be read as Julian.
	m := findOneOK(t, "Пушкин родился 26 мая 1799 года по старому стилю в Москве.", heldoutRef)
	if assert.NotEmpty(t, m.Problems) {
		assert.Equal(t, dateline.CodeJulian, m.Problems[0].Code)
	}
	// Not markers: a law's articles after "ст. ст.", a style of furniture,
	// an old address or custom, and the Old New Year's name before a
	// Gregorian date; the days are Gregorian.
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Приговор от 12 мая 2020 г. ст. ст. 159, 160 УК РФ", "12 мая 2020 г.", "2020-05-12", "18 Iyyar 5780"},
		{"Изложба 6 юли 2024 г. стар стил мебели", "6 юли 2024 г.", "2024-07-06", "30 Sivan 5784"},
		{"Встреча 12 мая 2020 г. по старому адресу", "12 мая 2020 г.", "2020-05-12", "18 Iyyar 5780"},
		{"Sastanak 12. maja 2020. po starom običaju", "12. maja 2020.", "2020-05-12", "18 Iyyar 5780"},
		{"Новый год по старому стилю 14 января 2025 года", "14 января 2025 года", "2025-01-14", "14 Tevet 5785"},
	})
}

// TestHeldout85SlavicOldStyleBracket: the Julian day and month in a
// bracket between the Gregorian day and the year, with a Slavic marker,
// as Wikipedia's "April 19 [O.S. April 6] 1903" and "(April 2, Old
// Style)" are read: "Васил Левски ... е роден на 18 юли (6 юли стар стил)
// 1837 г. в Карлово" (Studentski grad, the eighty-fifth held-out round)
// was not found. A bracket whose day is not the Gregorian day's Julian
// date is no Old Style aside.
func TestHeldout85SlavicOldStyleBracket(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Васил Левски (Васил Иванов Кунчев) е роден на 18 юли (6 юли стар стил) 1837 г. в Карлово в семейството на Иван Кунчев Иванов и Гина Василева Караиванова.",
			"18 юли (6 юли стар стил) 1837", "1837-07-18", "15 Tammuz 5597"},
		{"Пушкин родился 6 июня (26 мая ст. ст.) 1799 года.", "6 июня (26 мая ст. ст.) 1799", "1799-06-06", "3 Sivan 5559"},
		{"Пушкин родился 6 июня (26 мая по старому стилю) 1799 года.", "6 июня (26 мая по старому стилю) 1799", "1799-06-06", "3 Sivan 5559"},
		{"Тесла је рођен 10. јула (28. јуна по старом календару) 1856.", "10. јула (28. јуна по старом календару) 1856", "1856-07-10", "7 Tammuz 5616"},
		{"Tesla je rođen 10. srpnja (28. lipnja po julijanskom kalendaru) 1856.", "10. srpnja (28. lipnja po julijanskom kalendaru) 1856", "1856-07-10", "7 Tammuz 5616"},
	})
	for _, text := range []string{
		// 6 July is not 28 July's Julian date: no aside, and no day.
		"роден на 28 юли (6 юли стар стил) 1837 г.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, heldoutRef) {
				assert.NotEqual(t, "1837-07-28", m.Dateline.Time.Format("2006-01-02"), "%s", text[m.Start:m.End])
			}
		})
	}
}
