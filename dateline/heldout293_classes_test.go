package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout293ShabbatDes: French's "des" (of the) after Shabbat
// transliterated, before the days of a list: "durant le chabbat des 8 et
// 9 novembre 2024" (consistoiredefrance.fr, the two-hundred-and-ninety-
// third held-out round). Find took "des" for Norwegian's and Catalan's
// December cut short of its dot, confirmed by the weekday, and read
// "chabbat des 8" as Saturday, December 8, 2018, the year the weekday
// fits, beside the list's 9 November 2024. A month without its dot takes
// a weekday of its own language in free text, and Shabbat
// transliterated is of none: the list is read alone, from its first day.
// A weekday of a language still confirms the bare month ("lørdag des
// 8"), the month with its dot reads beside Shabbat as before, and Check,
// given the whole string, reads "Shabbat des 8" as it did.
func TestHeldout293ShabbatDes(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"durant le chabbat des 8 et 9 novembre 2024", "8 et 9 novembre 2024", "2024-11-08", "7 Cheshvan 5785"},
		{"pendant le Shabbat des 15 et 16 mars 2025, à la synagogue", "15 et 16 mars 2025", "2025-03-15", "15 Adar 5785"},
		{"Chabbat des 3 et 4 mai 2024", "3 et 4 mai 2024", "2024-05-03", "25 Nisan 5784"},
		// The month with its dot, and a weekday of its language.
		{"Shabbat, 8. des. 2018", "Shabbat, 8. des. 2018", "2018-12-08", "30 Kislev 5779"},
		{"lørdag 8. des. 2018", "lørdag 8. des. 2018", "2018-12-08", "30 Kislev 5779"},
	})
	// Near misses: the article and a day with no list after it are no
	// date in free text; Norwegian's weekday still says the bare month is
	// its December.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"le chabbat des 8 à la synagogue", ""},
		{"Chabbat des 8 et", ""},
		{"chabbat des 8", ""},
		{"Shabbat des 8", ""},
		{"lørdag des 8", "2018-12-08"},
	})
	// Check reads the whole string as before.
	rep := dateline.Check("Shabbat des 8", heldoutRef)
	assert.Equal(t, "2018-12-08", rep.Dateline.Time.Format("2006-01-02"))
}
