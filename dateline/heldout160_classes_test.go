package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout160HungarianMonthWords: a Hebrew date written month first
// with Hungarian's words between its parts: the word for month after the
// month's name (hónap, hó, havának), the day as an ordinal word or in
// digits with a case ending or with its point, and the word for day
// (napján, napjától): "Tisri hónap tizenötödik napjától" (from the
// fifteenth day of the month of Tishrei; zsima.hu, the 160th held-out
// round) was not found, the word for month taken for the end of the date.
// The civil month takes the word for month too, as official letters
// write it ("1944. május hó 15-én"). An ordinal word is a day only before
// the word for day, and a month's name with its word alone is no date.
func TestHeldout160HungarianMonthWords(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		// The real line, no year: the nearest 15 Tishrei to the reference.
		{"Tisri hónap tizenötödik napjától", "2026-09-26"},
		{"Tisri hónap tizenötödik napjától 5786", "2025-10-07"},
		{"kiszlév hó 25-én, 5784", "2023-12-08"},
		{"kiszlév hó huszonötödik napján 5784", "2023-12-08"},
		{"niszán havának 15. napján, 5784", "2024-04-23"},
		{"Tisri 15-én, 5782", "2021-09-21"},
		{"5784. niszán hó 15-én", "2024-04-23"},
		{"5784. niszán 15-én", "2024-04-23"},
		{"2023. december hó 9-én", "2023-12-09"},
		{"1944. május hó 15-én, hétfőn", "1944-05-15"},
	})
	// A weekday that is not the date's is said.
	m := oneMatch(t, "1944. május hó 15-én, kedden", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// No day: the second half of Tishrei, the word for month alone, an
	// ordinal with no month.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Tisri hónap második fele", ""},
		{"kiszlév hó", ""},
		{"a hónap tizenötödik napján", ""},
	})
}

// TestHeldout160HebrewDayBeginsOccasion: a Hebrew date, a verb for
// "begins" and the occasion that begins on it, then the civil day in
// brackets: "Tisri hónap 15-én kezdődik szukot (2021.09.20)" (Sukkot
// begins on 15 Tishrei, 20 September 2021; zsblog.hu, the 160th held-out
// round), like "15 Tishrei begins Sukkot", was two datelines, the Hebrew
// date alone and the occasion with the civil day. The verb was read only
// after a civil date, whose evening it names; after a Hebrew day, which
// begins at sunset, the occasion begins on that day. The civil day in
// brackets is the evening's, with the after-sunset warning; a day that is
// not the occasion's, or a civil day that is neither the Hebrew date's
// nor its evening's, is an error.
func TestHeldout160HebrewDayBeginsOccasion(t *testing.T) {
	for _, text := range []string{
		"Tisri hónap 15-én kezdődik szukot (2021.09.20)",
		"15 Tishrei begins Sukkot (2021.09.20)",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Equal(t, "2021-09-20", m.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, "15 Tishrei 5782", m.Dateline.Hebrew.String())
			assert.Empty(t, severityCodes(m, dateline.Error))
			assert.Equal(t, []dateline.Code{dateline.CodeAfterSunset}, severityCodes(m, dateline.Warning))
		})
	}
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Tisri hónap 15-én kezdődik szukot (2021.09.21)", "2021-09-21", "15 Tishrei 5782"},
		{"15 Tishrei 5782 begins Sukkot", "2021-09-21", "15 Tishrei 5782"},
		{"25 Kislev 5784 begins Chanukah (December 8, 2023)", "2023-12-08", "25 Kislev 5784"},
	})
	// The occasion's wrong day, and calendars that disagree, are said.
	m := oneMatch(t, "Tisri hónap 16-án kezdődik szukot 5782", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	m = oneMatch(t, "Tisri hónap 15-én kezdődik szukot (2021.09.19)", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeCalendar}, severityCodes(m, dateline.Error))
}

// TestHeldout160HungarianCountedDay: an occasion's day counted after its
// name, as Hungarian counts it: an ordinal word, a number with its point
// or a Roman one, and the word for day: "Szukot I. napja", "Szukot II.
// napja" (the first and second days of Sukkot; the prayer times of the
// BZSH Hegedűs Gyula utca district on breuerpress.com, a page of the
// 160th held-out round), "Szukot első napja" (frankel.hu's prayer times),
// and the round's focus, "Hanuka második napján" (on the second day of
// Chanukah). The words after the name were not read, so a dateline that
// named them was not read at all; the day counted is now the occasion's,
// and a date that is not that day is said.
func TestHeldout160HungarianCountedDay(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"Szukot I. napja, 2020. október 3.", "2020-10-03"},
		{"Szukot II. napja, 2020. október 4.", "2020-10-04"},
		{"Szukot első napja, 2019. október 14.", "2019-10-14"},
		{"Hanuka második napján, 2023. december 9-én", "2023-12-09"},
		{"Hanuka második napja, 2023. december 9.", "2023-12-09"},
		{"Hanuka 2. napja, 2023. december 9.", "2023-12-09"},
		{"2023. december 9-én, a Hanuka második napján", "2023-12-09"},
		{"2023. szeptember 17., Ros Hasana második napja", "2023-09-17"},
		{"Peszách nyolcadik napja, 2024. április 30.", "2024-04-30"},
		{"Peszách első napja, 2024. április 23.", "2024-04-23"},
	})
	// A date that is not the day counted is said.
	for _, text := range []string{
		"Hanuka harmadik napján, 2023. december 9-én",
		"Hanuka második napján, 2023. december 8-án",
	} {
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error), text)
	}
	// "Hanuka második fele" (the second half of Chanukah) counts no day:
	// the date is read alone.
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"Hanuka második fele, 2023. december 12.", "2023-12-12"},
	})
}

// TestHeldout160SlavicCountedGenitive: an occasion's day counted in
// digits before it with a Slavic word for day and the name in the
// genitive: "13. dubna 1. den Pesachu – svátek nekvašených chlebů" (13
// April, the first day of Passover; Prague Information Services, an
// earlier round's open row, seen with this round's focus, "1. den
// Pesachu") was not found: the parser read digits and a word for day
// before an occasion only with the words of the languages it counted in
// ("2. Tag", "2e jour"), so the Slavic ones were the name's first day
// with a warning ("2. den Chanuka 5783", TestCountedDigitsBeforeOccasion)
// and, with the name in the genitive, nothing. The words are now read as
// "2. Tag" is, the genitive name after them as the occasion. A wrong day
// is said, and "5. den v týdnu" (the fifth day of the week) counts no
// occasion's day.
func TestHeldout160SlavicCountedGenitive(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"1. den Pesachu, 23. dubna 2024", "2024-04-23"},
		{"23. dubna 2024, 1. den Pesachu", "2024-04-23"},
		{"2. dzień Chanuki, 9 grudnia 2023", "2023-12-09"},
		{"2. deň Chanuky, 9. decembra 2023", "2023-12-09"},
		{"2. den Sukotu, 1. října 2023", "2023-10-01"},
		{"1. den Chanuka, 8. prosince 2023", "2023-12-08"},
	})
	m := oneMatch(t, "2. den Pesachu, 23. dubna 2024", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"5. den v týdnu, 23. dubna 2024", "2024-04-23"},
	})
}
