package dateline_test

import "testing"

// TestHeldout132OccasionSpellings: two spellings of occasions that
// hebcal does not write and no table held, from the 132nd held-out
// round: Hungarian pages' "Rosh Hasana" (Ros Hásáná's Hungarian s with
// the first word's English sh: "Rosh Hasana 2016/5777 összefoglaló",
// hagyomanyaink.blogspot.co.il) and Dutch pages' Ashkenazi "Soekos"
// beside hebcal's Soekot ("Soekos – 5784", Jad Ezra, jadezra.nl). Each
// was no date at all; each is now its occasion.
func TestHeldout132OccasionSpellings(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Rosh Hasana 5777", "2016-10-03", "1 Tishrei 5777"},
		{"rosh hasana, 5785", "2024-10-03", "1 Tishrei 5785"},
		{"Soekos 5784", "2023-09-30", "15 Tishrei 5784"},
		{"Erev Soekos 5784", "2023-09-29", "14 Tishrei 5784"},
	})
	// The names alone are no date, as other occasions' are not.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Soekos", ""},
		{"Rosh Hasana", ""},
	})
}
