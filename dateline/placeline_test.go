package dateline_test

import "testing"

// TestPlaceLineDate: a line that opens with a place's name and a comma
// before a day and month, as news and letters head what they say with
// where and when they were written, is a date though its month's name
// is no English word and it names no year: "Barcelona, 5 de novembre,
// marxa en record de la nit dels vidres trencats" (incoming.tsv) was no
// date. A name inside a line, or a word in lower case, says nothing.
func TestPlaceLineDate(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"Barcelona, 5 de novembre, marxa en record de la nit dels vidres trencats", "2026-11-05"},
		{"Intro\nPARIS, 3 avril (AFP) - Le texte", "2027-04-03"},
		{"Sant Cugat del Vallès, 12 de març", "2027-03-12"},
		{"<p>Tel Aviv, 12 aprile - Il testo", "2027-04-12"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Ho detto a Maria, 5 aprile non va bene", ""},
		{"la ciutat, 5 de novembre", ""},
		{"Barcelona", ""},
	})
}
