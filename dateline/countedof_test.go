package dateline_test

import "testing"

// TestCountedDayOf: an occasion's day counted in digits, with German's
// and Dutch's words for "of" (von, van) or a possessive (unseres) before
// its name, and the name with its word for the feast after a hyphen
// (Chanukka-Festes), is that day: an invitation's "am Dienstag, den 4.
// Dezember, dem 2. Tag unseres Chanukka-Festes, um 19:00 Uhr"
// (incoming.tsv) was read as the date alone, in the year nearest the
// reference that fits its weekday, and the name as a dateline of its own,
// Chanukah of 5787 at 19:00.
func TestCountedDayOf(t *testing.T) {
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"am Dienstag, den 4. Dezember, dem 2. Tag unseres Chanukka-Festes, um 19:00 Uhr", "2018-12-04"},
		{"2. Tag von Chanukka 5779", "2018-12-04"},
		{"am 2. Tag des Chanukkafestes 5779", "2018-12-04"},
		{"8e dag van Chanoeka 5779", "2018-12-10"},
		{"2. Tag Chanukka 5779", "2018-12-04"},
	})
	m := oneMatch(t, "am Dienstag, den 4. Dezember, dem 2. Tag unseres Chanukka-Festes, um 19:00 Uhr", heldoutRef)
	if m.Dateline.Time.Hour() != 19 {
		t.Errorf("time %v, want 19:00", m.Dateline.Time)
	}
}
