package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout271FinnishDayIs: Finnish's noun for a day and "on" (is)
// before a day and month in digits with a point after each and no year:
// "Virallinen EU:n ja YK:n asettama holokaustin uhrien vuotuinen
// muistopäivä on 27.1." (israelpiiri.blogspot.com, the two hundred and
// seventy-first held-out round: the official annual remembrance day of
// the Holocaust's victims is 27.1.) was not found, as "27.1." alone is
// not, a section or a decimal number as often as a date. A word that
// ends in "päivä" (day) or is "päivämäärä" (date), then "on", say the
// numbers are a day of the year; they are read day first, in the year
// nearest the reference (the row's page says 2012), and a year or a
// weekday after them still fixes the year.
func TestHeldout271FinnishDayIs(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Virallinen EU:n ja YK:n asettama holokaustin uhrien vuotuinen muistopäivä on 27.1.", "27.1.", "2027-01-27", "19 Shevat 5787"},
		{"Itsenäisyyspäivä on 6.12.", "6.12.", "2026-12-06", "26 Kislev 5787"},
		{"Kansainvälinen naistenpäivä on 8.3. ja", "8.3.", "2027-03-08", "29 Adar I 5787"},
		{"Päivämäärä on 27.1.", "27.1.", "2027-01-27", "19 Shevat 5787"},
		{"Joulupäivä on 25.12.!", "25.12.", "2026-12-25", "15 Tevet 5787"},
		{"Muistopäivä on 27.1. klo 18", "27.1. klo 18", "2027-01-27", "19 Shevat 5787"},
		// A year or a weekday after them fixes the year, as before.
		{"Muistopäivä on 27.1. 2012", "27.1. 2012", "2012-01-27", "3 Shevat 5772"},
		{"Itsenäisyyspäivä on 6.12. perjantaina", "6.12. perjantaina", "2024-12-06", "5 Kislev 5785"},
		{"Muistopäivä on 27.1.2012", "27.1.2012", "2012-01-27", "3 Shevat 5772"},
	})
	// Without the noun or "on", with the noun glued to "on" or "on" to the
	// digits, with a word that does not end in "päivä" ("päivät", the
	// days; "versio", version), without the month's point (a length, "7.5
	// tuntia", 7.5 hours), or with a day or month out of range, the
	// numbers stay unread.
	for _, s := range []string{
		"muistopäivä 27.1.",
		"muistopäiväon 27.1.",
		"muistopäivä on27.1.",
		"päivät on 27.1.",
		"versio on 2.1.",
		"talon 27.1.",
		"Työpäivä on 7.5 tuntia",
		"Työpäivä on 7.5",
		"muistopäivä on 27.13.",
		"Muistopäivä on 32.1.",
		"muistopäivä on 127.1.",
		"27.1.",
	} {
		assert.Empty(t, dateline.Find(s, heldoutRef), s)
	}
}
