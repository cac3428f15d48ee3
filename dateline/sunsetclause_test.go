package dateline_test

import "testing"

// TestSunsetClauseBefore: English's "after sunset on" and a clause of the
// sun's setting before a date ("As the sun dips below the horizon on
// April 12, 2025, Jewish communities around the world will begin the
// observance of Passover", incoming.tsv; "when the sun sets on") say its
// day is the evening, whose Hebrew date is the next day's, as "at sunset
// on" does. Each was the civil day with its own 14 Nisan.
func TestSunsetClauseBefore(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"As the sun dips below the horizon on April 12, 2025, Jewish communities around the world will begin the observance of Passover", "2025-04-12", "15 Nisan 5785"},
		{"after sunset on April 12, 2025", "2025-04-12", "15 Nisan 5785"},
		{"after sundown on Friday, December 5, 2025", "2025-12-05", "16 Kislev 5786"},
		{"as the sun sets on Saturday, April 12, 2025", "2025-04-12", "15 Nisan 5785"},
		{"When the sun goes down on April 12, 2025, Passover begins.", "2025-04-12", "15 Nisan 5785"},
		// An end after sundown is the day's own, as at sundown.
		{"Passover ends after sundown on April 20, 2025", "2025-04-20", "22 Nisan 5785"},
	})
}
