package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout291PrepositionAv: Norwegian's and Swedish's "av" (of) before
// a count is no month. "Natt til 26. november 1942: Det bor litt i
// overkant av 2100 jøder i Norge." (Aftenposten, the 291st held-out round)
// was two datelines, the day read right and "av 2100" read as the month
// Av of a Hebrew year 2100 with an error. Av in lower case with a number
// below the Hebrew years of the pages and no day is now prose in free
// text; Av with a capital, with its Hebrew year or after its day is read
// as before.
func TestHeldout291PrepositionAv(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Natt til 26. november 1942: Det bor litt i overkant av 2100 jøder i Norge.", "26. november 1942", "1942-11-26", "17 Kislev 5703"},
		{"Den 26. november 1942 ble 529 av 773 deporterte jøder sendt med Donau.", "26. november 1942", "1942-11-26", "17 Kislev 5703"},
		{"Mötet den 12 mars 2024 samlade en grupp av 1500 personer.", "12 mars 2024", "2024-03-12", "2 Adar II 5784"},
		{"Fasten den 9 av 5784 i synagogan", "9 av 5784", "2024-08-13", "9 Av 5784"},
		{"Tisha b'av 5784 i synagogan", "Tisha b'av 5784", "2024-08-13", "9 Av 5784"},
	})
	for _, text := range []string{
		"i overkant av 2100 jøder",
		"en grupp av 1500 personer",
		"tre av 300 elever",
		"ein av 12 dagar",
	} {
		assert.Empty(t, dateline.Find(text, heldoutRef), text)
	}
	// The month with a capital, or with a Hebrew year, is still a month:
	// found, and its problems said.
	for _, text := range []string{"Av 2100", "av 5784", "Av 5784"} {
		ms := dateline.Find(text, heldoutRef)
		if assert.Len(t, ms, 1, text) {
			assert.Equal(t, text, text[ms[0].Start:ms[0].End])
		}
	}
}

// TestHeldout291NynorskWeekdays: Norwegian Nynorsk's weekdays that are not
// Bokmål's, tysdag, laurdag and sundag (Tuesday, Saturday, Sunday). "på
// kvelden, tysdag 1. desember" (Liberaleren, the 291st held-out round)
// was not read at all. They now read as Bokmål's tirsdag, lørdag and
// søndag do, and a weekday that is not the date's is still an error.
func TestHeldout291NynorskWeekdays(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"tysdag 1. desember 1942", "1942-12-01"},
		{"laurdag 5. desember 1942", "1942-12-05"},
		{"sundag 6. desember 1942", "1942-12-06"},
		{"Tysdag 26. november 2024", "2024-11-26"},
		{"laurdag 14. september 2024 kl. 10.00", "2024-09-14"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Toget kom fram tysdag 1. desember 1942 til Auschwitz", "tysdag 1. desember 1942", "1942-12-01", "22 Kislev 5703"},
		{"Gudsteneste sundag 6. desember 1942 i synagogen", "sundag 6. desember 1942", "1942-12-06", "27 Kislev 5703"},
	})
	rep := dateline.Check("tysdag 2. desember 1942", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	// Words that only start like them are not weekdays.
	checkUnread(t, heldoutRef, "tysdagane 1. desember 1942", "sundags 6. desember 1942")
}
