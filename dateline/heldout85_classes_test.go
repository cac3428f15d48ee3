package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
		{"Роден е на 2.09.1911 г. по Юлианския, не на 7.09. по Григорианския календар", "2.09.1911 г. по Юлианския", "1911-09-15", "22 Elul 5671"},
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
// date is the Old Style half still, and the error says so (it was read as
// the bracket's Julian day alone, July 18, with an info).
func TestHeldout85SlavicOldStyleBracket(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Васил Левски (Васил Иванов Кунчев) е роден на 18 юли (6 юли стар стил) 1837 г. в Карлово в семейството на Иван Кунчев Иванов и Гина Василева Караиванова.",
			"18 юли (6 юли стар стил) 1837 г.", "1837-07-18", "15 Tammuz 5597"},
		{"Пушкин родился 6 июня (26 мая ст. ст.) 1799 года.", "6 июня (26 мая ст. ст.) 1799 года.", "1799-06-06", "3 Sivan 5559"},
		{"Пушкин родился 6 июня (26 мая по старому стилю) 1799 года.", "6 июня (26 мая по старому стилю) 1799 года.", "1799-06-06", "3 Sivan 5559"},
		{"Тесла је рођен 10. јула (28. јуна по старом календару) 1856.", "10. јула (28. јуна по старом календару) 1856", "1856-07-10", "7 Tammuz 5616"},
		{"Tesla je rođen 10. srpnja (28. lipnja po julijanskom kalendaru) 1856.", "10. srpnja (28. lipnja po julijanskom kalendaru) 1856", "1856-07-10", "7 Tammuz 5616"},
	})
	// 6 July is not 28 July's Julian date (16 July).
	ms := dateline.Find("роден на 28 юли (6 юли стар стил) 1837 г.", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "28 юли (6 юли стар стил) 1837 г.", ms[0].Input)
	assert.True(t, hasProblem(ms[0].Report, dateline.CodeCalendar, dateline.Error), "%+v", ms[0].Problems)
}

// TestHeldout85HebrewDateYearAside: a Hebrew date without its civil one,
// then a bracket that gives the civil date year first, the year said
// with its word for "year" ("в 2017 году", "у 2024 році", "u 2021.
// godini", "w 2017 roku"): "Отмечается ежегодно 6 сивана (в 2017 году –
// с вечера вторника, 30 мая, до вечера среды, 31 мая)" (HaifaInfo, the
// eighty-fifth held-out round) was read as two datelines, 6 Sivan and the
// range. The bracket's date is the Hebrew date's other calendar, as in "6
// сивана (30 мая 2017 года)", and a day that is not its date is said to
// be wrong. A bracket with a year and no date says nothing of the day.
func TestHeldout85HebrewDateYearAside(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Отмечается ежегодно 6 сивана (в 2017 году – с вечера вторника, 30 мая, до вечера среды, 31 мая).",
			"6 сивана (в 2017 году – с вечера вторника, 30 мая, до вечера среды, 31 мая)", "2017-05-30", "6 Sivan 5777"},
		{"6 сивана (в 2017 году – 31 мая)", "6 сивана (в 2017 году – 31 мая)", "2017-05-31", "6 Sivan 5777"},
		{"15 нисана (в 2024 году – 23 апреля)", "15 нисана (в 2024 году – 23 апреля)", "2024-04-23", "15 Nisan 5784"},
		{"15 нісана (у 2024 році – з вечора понеділка, 22 квітня)", "15 нісана (у 2024 році – з вечора понеділка, 22 квітня)", "2024-04-22", "15 Nisan 5784"},
		{"5. sivana (u 2021. godini – 16. svibnja)", "5. sivana (u 2021. godini – 16. svibnja)", "2021-05-16", "5 Sivan 5781"},
		{"6 siwan (w 2017 roku – 31 maja)", "6 siwan (w 2017 roku – 31 maja)", "2017-05-31", "6 Sivan 5777"},
	})
	t.Run("a day not the Hebrew date's", func(t *testing.T) {
		m := oneMatch(t, "6 сивана (в 2017 году – 12 мая)", heldoutRef)
		assert.False(t, m.OK(), "6 Sivan 5777 is May 31, not May 12")
		assert.Equal(t, "2017-05-12", m.Dateline.Time.Format("2006-01-02"))
	})
	t.Run("a year and no date", func(t *testing.T) {
		text := "6 сивана (в 2017 году в Москве)"
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, "6 сивана", text[m.Start:m.End])
	})
}

// TestHeldout85EveningOfWeekdayAfterHebrew: Russian's and Ukrainian's
// "from the evening of" with the weekday, in the genitive, and a comma
// before the day ("с вечера вторника, 30 мая", "з вечора понеділка, 22
// квітня"), as the other calendar of a Hebrew date or after a year said as
// such: in the HaifaInfo row above, and "22 нисана (с вечера
// понедельника, 29 апреля 2024 г.)", which was read as two datelines, 22
// Nisan and the civil day's 21 Nisan; "в 2017 году – вторник, 30 мая"
// left its year out. The Hebrew date is the evening's.
func TestHeldout85EveningOfWeekdayAfterHebrew(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"22 нисана (с вечера понедельника, 29 апреля 2024 г.)", "22 нисана (с вечера понедельника, 29 апреля 2024 г.)", "2024-04-29", "22 Nisan 5784"},
		{"6 сивана (с вечера вторника, 30 мая 2017 года)", "6 сивана (с вечера вторника, 30 мая 2017 года)", "2017-05-30", "6 Sivan 5777"},
		{"6 сивана (в 2017 году – с вечера вторника 30 мая)", "6 сивана (в 2017 году – с вечера вторника 30 мая)", "2017-05-30", "6 Sivan 5777"},
		{"в 2021 году празднуется в воскресенье, 28 ноября", "2021 году празднуется в воскресенье, 28 ноября", "2021-11-28", "24 Kislev 5782"},
		{"с вечера вторника, 30 мая, до вечера среды, 31 мая 2017 года", "с вечера вторника, 30 мая, до вечера среды, 31 мая 2017", "2017-05-30", "6 Sivan 5777"},
	})
	// The weekday with no day after it opens no range.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"с вечера вторника мы ждём гостей", ""},
	})
}

// TestHeldout85YearPointSlash: the point that Croatian and Serbian write
// after a year, before a space, a slash and the Hebrew month: a community
// bulletin's issue line "Broj 8 i 9 , Osijek, travanj 2011. /nisan 5771"
// (Menora, Osijek, the eighty-fifth held-out round) was read as two
// months, April 2011 and Nisan 5771, as "travanj 2011./nisan 5771" was
// not. A month that is not in the civil month is said to be wrong ("prosinac
// 2008. / tevet 5768", as another issue of the bulletin prints it); a
// slash before anything but a Hebrew month still ends the dateline at the
// point.
func TestHeldout85YearPointSlash(t *testing.T) {
	for _, tc := range []struct{ text, match, heb string }{
		{"Broj 8 i 9 , Osijek, travanj 2011. /nisan 5771", "travanj 2011. /nisan 5771", "Nisan 5771"},
		{"svibanj 2008. / ijar 5768.", "svibanj 2008. / ijar 5768", "Iyyar 5768"},
		{"април 2011. / нисан 5771.", "април 2011. / нисан 5771", "Nisan 5771"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findOneOK(t, tc.text, heldoutRef)
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.True(t, m.Dateline.Time.IsZero(), "a month, not a day")
		})
	}
	t.Run("a month not in the civil month", func(t *testing.T) {
		m := oneMatch(t, "prosinac 2008. / tevet 5768.", heldoutRef)
		assert.False(t, m.OK(), "Tevet 5768 is December 2007 - January 2008")
	})
	t.Run("no Hebrew month after the slash", func(t *testing.T) {
		text := "travanj 2011. / 2012."
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, "travanj 2011", text[m.Start:m.End])
	})
}
