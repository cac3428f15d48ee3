package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout105DutchOp: Dutch's "op" (on) between an occasion's year and
// its day, as English's "on" and German's "am" join them: "Poeriem 2023
// op 7 maart" (Purim 2023 on 7 March; a post title of Beth Yeshua,
// beth-yeshua.nl, the hundred-and-fifth held-out round) was two
// datelines, the occasion with its year and the date apart in a year of
// its own. It is one, the occasion's day checked against the date's.
func TestHeldout105DutchOp(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Poeriem 2023 op 7 maart", "2023-03-07", "14 Adar 5783"},
		{"Chanoeka 2025 op 15 december", "2025-12-15", "25 Kislev 5786"},
		{"Jom Kipoer 2024 op 12 oktober", "2024-10-12", "10 Tishrei 5785"},
	})
	// A day that is not the occasion's is said.
	m := oneMatch(t, "Poeriem 2023 op 8 maart", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	// "op" before no date joins nothing.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Poeriem 2023 op school", "2023-03-07"},
		{"op school", ""},
	})
}

// TestHeldout105HungarianRangeEnd: Hungarian's range end after "és" (and),
// its verb of ending with a word for when before it, as Hungarian puts
// "napnyugtakor" (at sunset) before its verb of beginning: "A hanuka
// napnyugtakor kezdődik 2025. december 14-én és napnyugtakor ér véget
// 2025. december 22-én" (Zsidók Jézusért, zsidokjezusert.org, the
// hundred-and-fifth held-out round) was two datelines; it is one range on
// its first day, the occasion's eve, checked against the occasion.
func TestHeldout105HungarianRangeEnd(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"A hanuka napnyugtakor kezdődik 2025. december 14-én és napnyugtakor ér véget 2025. december 22-én.", "2025-12-14", "25 Kislev 5786"},
		{"A hanuka napnyugtakor kezdődik 2025. december 14-én és véget ér 2025. december 22-én.", "2025-12-14", "25 Kislev 5786"},
		{"A pészah napnyugtakor kezdődik 2025. április 12-én és napnyugtakor ér véget 2025. április 20-án.", "2025-04-12", "15 Nisan 5785"},
	})
	// A first day that is not the occasion's eve is said.
	m := oneMatch(t, "A hanuka napnyugtakor kezdődik 2025. december 15-én és napnyugtakor ér véget 2025. december 22-én.", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	// Without a day after the verb the words join nothing.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"2025. december 14-én és napnyugtakor ér véget a film.", "2025-12-14"},
	})
}

// TestHeldout105UkrainianJewishPascha: Pesach as Ukrainian pages call it,
// "Єврейська Паска" (the Jewish Pascha): "Цього року Єврейська Паска
// припадає з 8 по 16 квітня" (this year the Jewish Pascha falls from 8
// to 16 April; the Odessa regional centre of national cultures,
// onmckim.com.ua, 2020, the hundred-and-fifth held-out round) was not
// read, its range having no year and no occasion. It is the range in the
// year whose Pesach it fits, from its eve; "Паска" alone, Easter, names
// no day.
func TestHeldout105UkrainianJewishPascha(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Цього року Єврейська Паска припадає з 8 по 16 квітня.", "2020-04-08", "15 Nisan 5780"},
		{"Єврейська Паска 2024", "2024-04-23", "15 Nisan 5784"},
		{"Свято Єврейської Паски 2025 року", "2025-04-13", "15 Nisan 5785"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Паска 2024", ""},
	})
}

// TestHeldout105EveningLasts: German's and Dutch's verb for "lasts" after
// a date said as its evening, with the occasion and its Hebrew range after
// it, as a participle before the date says it begins then: "Beginnend am
// Abend des 13. Oktober 2019 dauert Sukkot (15. bis 23. Tischrei)"
// (Synagogen-Gemeinde Köln, sgk.de, the hundred-and-fifth held-out round)
// was two datelines, the occasion and its Hebrew range read in a year of
// their own, 2026, with a warning. It is one, the evening's Hebrew date
// checked against the range's first day. After a day that is no evening
// the verb joins nothing.
func TestHeldout105EveningLasts(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Beginnend am Abend des 13. Oktober 2019 dauert Sukkot (15. bis 23. Tischrei)", "2019-10-13", "15 Tishrei 5780"},
		{"Beginnend am Abend des 6. Oktober 2025 dauert Sukkot (15. bis 23. Tischri)", "2025-10-06", "15 Tishrei 5786"},
		{"am Abend des 13. Oktober 2019 dauert Sukkot", "2019-10-13", "15 Tishrei 5780"},
	})
	// A date whose evening is not the range's first day is said.
	m := oneMatch(t, "Beginnend am Abend des 23. September 2025 dauert Sukkot (15. bis 23. Tischrei)", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeCalendar}, severityCodes(m, dateline.Error))
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"am Abend des 13. Oktober 2019 dauert die Feier zwei Stunden", "2019-10-13"},
	})
	const plain = "am 14. Oktober 2019 dauert Sukkot"
	if ms := dateline.Find(plain, heldoutRef); assert.Len(t, ms, 1) {
		assert.Equal(t, "14. Oktober 2019", plain[ms[0].Start:ms[0].End])
	}
}

// TestHeldout105HebrewDayBeginsThisYear: a Hebrew date without its year,
// then "this year" and a verb that says it begins, before a civil date,
// in English and Polish ("w tym roku zaczyna się"): "Jom Kipur, według
// kalendarza żydowskiego, obchodzone 10 dnia miesiąca tiszri, w tym roku
// zaczyna się w niedzielę 27 września o zachodzie słońca" (the Jewish
// Historical Institute, jhi.pl, the hundred-and-fifth held-out round)
// was two datelines, each in 2026: the Hebrew date's, and the civil
// date's with 17 Tishrei, with only the year-inferred info. It is one,
// the civil date the evening on which the Hebrew day begins, in the year
// whose dates fit; a day on whose evening it does not begin is an error.
// The verb alone says the evening, as a Hebrew day begins at sunset.
func TestHeldout105HebrewDayBeginsThisYear(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Jom Kipur, według kalendarza żydowskiego, obchodzone 10 dnia miesiąca tiszri, w tym roku zaczyna się w niedzielę 27 września o zachodzie słońca",
			"2020-09-27", "10 Tishrei 5781"},
		{"10 Tishrei, this year begins on Sunday, September 27 at sundown", "2020-09-27", "10 Tishrei 5781"},
		{"10 Tishrei, this year begins on Sunday, September 27", "2020-09-27", "10 Tishrei 5781"},
		{"10 Tishrei begins on Sunday, September 27, 2020", "2020-09-27", "10 Tishrei 5781"},
		{"24 Teves 5785, begins at sundown on Thursday, January 23, 2025", "2025-01-23", "24 Tevet 5785"},
	})
	for _, text := range []string{
		"10 Tishrei begins on Monday, September 28, 2020",
		"10 dnia miesiąca tiszri, w tym roku zaczyna się w poniedziałek 28 września o zachodzie słońca",
	} {
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, []dateline.Code{dateline.CodeCalendar}, severityCodes(m, dateline.Error), text)
	}
	// Without a date after the verb it joins nothing.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"10 Tishrei, this year begins with a fast", "2026-09-21"},
	})
}

// TestHeldout105PluralRangeEnd: Russian's and Ukrainian's range end with
// the verb of the people who keep the occasion, in the third person
// plural: "начнут отмечать вечером 2 марта и завершат вечером 3 марта"
// (they will begin to keep it on the evening of 2 March and end on the
// evening of 3 March; RIA Tomsk's "Пурим 2026" as 29ru.net copies it, the
// hundred-and-fifth held-out round) was read without its end. With a year
// the range is one dateline, on its first day's evening.
func TestHeldout105PluralRangeEnd(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Пурим отмечают вечером 2 марта 2026 года и завершат вечером 3 марта", "2026-03-02", "14 Adar 5786"},
		{"вечером 2 марта 2026 года и закончат вечером 3 марта", "2026-03-02", "14 Adar 5786"},
		{"Ханука почнеться ввечері 14 грудня 2025 року і завершать ввечері 22 грудня", "2025-12-14", "25 Kislev 5786"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"вечером 2 марта 2026 года и завершат работу", "2026-03-02"},
	})
}

// TestHeldout105ThisYearFromSunset: German's "ab Sonnenuntergang des"
// (from sunset of) after an occasion, as English's "from sundown on", and
// the words for "this year" before it, after the occasion's name or an
// apposition to it: "Sukkot, das Laubhüttenfest begangen, in diesem Jahr
// ab Sonnenuntergang des 20. September" (Sukkot, the Feast of Tabernacles,
// is kept, this year from sunset of 20 September; kirci.de, 2021, the
// hundred-and-fifth held-out round) was 20 September alone, in 2026, with
// only the year-inferred info. It is the occasion's eve in the year whose
// Sukkot begins on that evening, and a day that is not its eve is said.
func TestHeldout105ThisYearFromSunset(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Sukkot, das Laubhüttenfest begangen, in diesem Jahr ab Sonnenuntergang des 20. September", "2021-09-20", "15 Tishrei 5782"},
		{"Sukkot, das Laubhüttenfest begangen, in diesem Jahr ab Sonnenuntergang des 20. September 2021", "2021-09-20", "15 Tishrei 5782"},
		{"Sukkot ab Sonnenuntergang des 20. September", "2021-09-20", "15 Tishrei 5782"},
		{"Sukkot in diesem Jahr ab Sonnenuntergang des 20. September", "2021-09-20", "15 Tishrei 5782"},
		{"Sukkot, this year from sundown on September 20", "2021-09-20", "15 Tishrei 5782"},
		{"Sukkot, the Feast of Tabernacles, this year from sundown on September 20", "2021-09-20", "15 Tishrei 5782"},
	})
	m := oneMatch(t, "Sukkot, das Laubhüttenfest begangen, in diesem Jahr ab Sonnenuntergang des 21. September", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	// Without a date after them the words join nothing.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Sukkot, das Laubhüttenfest, in diesem Jahr ab Sonnenuntergang", ""},
	})
}
