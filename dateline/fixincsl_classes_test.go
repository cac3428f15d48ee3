package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestBalticThisYearBefore: Latvian's and Lithuanian's "of this year"
// before a day and month, in full ("šā gada", "šių metų") or cut short
// ("š.g.", "š. m."), give the date the reference's year, as "this year"
// does: "Š.g. 4. jūlijā Rīgā notiks piemiņas pasākums" (incoming line
// 1918) was no date. The year is the reference's, not the nearest
// fitting one: 20 March this year is 2026's, before the reference of
// November 2026, where the nearest would be 2027's.
func TestBalticThisYearBefore(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		// hd: Friday 20 Mar 2026 = 2 Nisan 5786.
		{"Š.g. 20. martā notiks koncerts", "20. martā", "2026-03-20", "2 Nisan 5786"},
		{"š. g. 20. martā notiks koncerts", "20. martā", "2026-03-20", "2 Nisan 5786"},
		{"šā gada 20. martā notiks koncerts", "20. martā", "2026-03-20", "2 Nisan 5786"},
		// hd: Saturday 4 Jul 2026 = 19 Tammuz 5786.
		{"Š.g. 4. jūlijā Rīgā notiks piemiņas pasākums", "4. jūlijā", "2026-07-04", "19 Tammuz 5786"},
		// hd: Saturday 14 Mar 2026 = 25 Adar 5786.
		{"Š. m. kovo 14 d. vyks koncertas", "kovo 14 d.", "2026-03-14", "25 Adar 5786"},
		{"Šių metų kovo 14 d. vyks koncertas", "kovo 14 d.", "2026-03-14", "25 Adar 5786"},
	})
	// Near misses: the letters glued to a word, or no such words, leave
	// the day and month to what free text needs.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Nš.g. 4. jūlijā", ""},
		{"4. jūlijā Rīgā notiks", ""},
		{"Rīgā š.g. notiks koncerts", ""},
	})
}

// TestBelarusianFeastNoun: Belarusian's noun for the festival, "свята",
// and its classical spelling "сьвята" (as Radio Svaboda writes it, beside
// "сьнежня"), between a verb of beginning and the occasion, or opening
// the occasion's description in apposition, as Russian's "праздник" and
// Ukrainian's "свято" are read: "14 сьнежня пачынаецца габрэйскае сьвята
// Ханука" was no date, and "Ханука, свята агнёў, 14 снежня 2025" the date
// alone, its occasion unchecked.
func TestBelarusianFeastNoun(t *testing.T) {
	// hd: Sunday 14 Dec 2025 = 24 Kislev 5786, its evening 25 Kislev,
	// Chanukah's first day.
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"14 снежня пачынаецца габрэйскае свята Ханука.", "14 снежня пачынаецца габрэйскае свята Ханука", "2025-12-14", "25 Kislev 5786"},
		{"14 сьнежня пачынаецца габрэйскае сьвята Ханука.", "14 сьнежня пачынаецца габрэйскае сьвята Ханука", "2025-12-14", "25 Kislev 5786"},
		{"14 снежня 2025 пачынаецца свята Ханука", "14 снежня 2025 пачынаецца свята Ханука", "2025-12-14", "25 Kislev 5786"},
	})
	// The description's date is the occasion's: 14 December is its eve,
	// warned, as Russian's "Ханука, праздник огней, 14 декабря 2025" is.
	for _, text := range []string{"Ханука, свята агнёў, 14 снежня 2025", "Ханука, сьвята агнёў, 14 сьнежня 2025"} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Equal(t, text, m.Input)
			assert.Equal(t, "25 Kislev 5786", m.Dateline.Hebrew.String())
			assert.Equal(t, []dateline.Code{dateline.CodeAfterSunset}, severityCodes(m, dateline.Warning))
		})
	}
	// Near misses: the noun with no occasion after it stays prose.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"14 снежня пачынаецца свята", ""},
		{"14 сьнежня пачынаецца габрэйскае сьвята", ""},
	})
}
