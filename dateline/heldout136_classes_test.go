package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout136InfoboxSunsetWords: the words for the sunset and the
// nightfall of a holiday's row in the infoboxes of Wikipedia and its
// copies, as Turkish copies write the sunset in one word and the
// nightfall as "night's darkness", before the end's day or after it:
// "2025 tarihi Günbatımı, 13 Mart - 14 Mart gece karanlığı"
// (bilgipedi.com.tr's Purim, the 136th held-out round), and as Serbian
// Wikipedia writes them in either script, its row labelled by the year
// alone: "2024 Залазак сунца 23. март – сумрак 24. март"
// (sr.m.wikipedia.org's Purim, the same round). Neither was found: the
// words were unknown, and a year without Turkish's "tarihi" (date) labels
// no row. A range gives its first day, the sunset's civil day.
func TestHeldout136InfoboxSunsetWords(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"2025 tarihi Günbatımı, 13 Mart - 14 Mart gece karanlığı", "2025-03-13"},
		{"2024 tarihi Günbatımı, 23 Mart - gece karanlığı, 24 Mart", "2024-03-23"},
		{"2023 tarihi Günbatımı, 6 Mart - Akşam karanlığı, 7 Mart", "2023-03-06"},
		{"2024 Залазак сунца 23. март – сумрак 24. март", "2024-03-23"},
		{"2025 Залазак сунца 13. март – сумрак 14. март", "2025-03-13"},
		{"2025 Zalazak sunca 13. mart – sumrak 14. mart", "2025-03-13"},
		{"2024 Zalazak sunca 23. mart – sumrak 24. mart", "2024-03-23"},
		// The rows read before, as before.
		{"2019 tarihi | Gün batımı, 8 Ekim - akşam karanlığı, 9 Ekim", "2019-10-08"},
		{"2022 päivämäärä Auringonlasku 16. maaliskuuta – yön tulo 17. maaliskuuta", "2022-03-16"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		// Without a day the words and the year are no date.
		{"2024 Залазак сунца", ""},
		{"2024 сумрак", ""},
		{"Günbatımı, gece karanlığı", ""},
		// A year before another word labels no row: the year-less
		// day in prose is not read.
		{"2024 Зима 23. март", ""},
	})
}

// TestHeldout136TurkishCaseEndingRange: Turkish's range whose ends take
// the case endings for "from" and "to", with "kadar" (until) after the
// last: "6 Eylül 2021'in gün batımından 25 Eylül 2022'nin gün batımına
// kadar" (from the sunset of 6 September 2021 until the sunset of 25
// September 2022; tr.wikiital.com's Hebrew calendar, the 136th held-out
// round, on the year 5782). It was not found as one dateline: the
// genitive ending "'in" was not the year's, and the ends were read apart.
// The genitive before "from the sunset", and the ablative ending alone
// ("14 Aralık 2025'ten 22 Aralık 2025'e kadar"), now join the ends; the
// range gives its first day.
func TestHeldout136TurkishCaseEndingRange(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"6 Eylül 2021'in gün batımından 25 Eylül 2022'nin gün batımına kadar", "2021-09-06"},
		{"Mevcut Yahudi yılı 5782'dir (Gregoryen takvimi: 6 Eylül 2021'in gün batımından 25 Eylül 2022'nin gün batımına kadar).", "2021-09-06"},
		{"14 Aralık 2025'ten 22 Aralık 2025'e kadar", "2025-12-14"},
		{"14 Aralık 2025 Pazar'dan 22 Aralık 2025 Pazartesi'ye kadar", "2025-12-14"},
		{"2 Ekim 2024'ün akşamından 4 Ekim 2024'e kadar", "2024-10-02"},
		// A year's genitive or ablative ending alone, as before.
		{"6 Eylül 2021'in", "2021-09-06"},
		{"6 Eylül 2021'den 12 kişi katıldı", "2021-09-06"},
		{"6 Eylül 2021'in gün batımından sonra", "2021-09-06"},
	})
	// The span is the range: its end is text of the dateline.
	text := "6 Eylül 2021'in gün batımından 25 Eylül 2022'nin gün batımına kadar"
	m := findOneOK(t, text, heldoutRef)
	assert.Contains(t, text[m.Start:m.End], "25 Eylül 2022")
	// A weekday that is not the start's is said.
	m = oneMatch(t, "14 Aralık 2025 Cumartesi'den 22 Aralık 2025'e kadar", heldoutRef)
	assert.False(t, m.OK())
	// A genitive without "from the sunset" joins no range: two datelines.
	assert.Len(t, dateline.Find("6 Eylül 2021'in 25 Eylül 2022'nin", heldoutRef), 2)
}
