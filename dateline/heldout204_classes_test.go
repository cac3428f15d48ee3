package dateline_test

import "testing"

// TestHeldout204FirstOrdinalRange: a range whose first day is the first
// of a month with its ordinal mark, French's 1er, Italian's 1°, Spanish's
// and Portuguese's 1º, before the range's join or dash: "festivités
// organisées du 1er au 15 novembre" (Chiourim, chiourim.com, the
// two-hundred-and-fourth held-out round) was read as its end alone, 15
// November: a silent wrong day, as "du 2 au 15 novembre" was read from
// the 2nd. The mark is the first's alone (2er is none), and the end must
// still be a day of the month after the first.
func TestHeldout204FirstOrdinalRange(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"festivités organisées du 1er au 15 novembre", "1er au 15 novembre", "2026-11-01", "21 Cheshvan 5787"},
		{"du 1er au 15 novembre 2010", "1er au 15 novembre 2010", "2010-11-01", "24 Cheshvan 5771"},
		{"du 1er au 3 mai 2024", "1er au 3 mai 2024", "2024-05-01", "23 Nisan 5784"},
		{"1er-3 mai 2024", "1er-3 mai 2024", "2024-05-01", "23 Nisan 5784"},
		{"dal 1° al 15 novembre 2010", "1° al 15 novembre 2010", "2010-11-01", "24 Cheshvan 5771"},
		{"del 1º al 15 de noviembre de 2010", "1º al 15 de noviembre de 2010", "2010-11-01", "24 Cheshvan 5771"},
		{"del 1ro al 3 de mayo de 2024", "1ro al 3 de mayo de 2024", "2024-05-01", "23 Nisan 5784"},
		{"do 1º ao 15 de novembro de 2010", "1º ao 15 de novembro de 2010", "2010-11-01", "24 Cheshvan 5771"},
		// The first alone, and a range from the first to a day of
		// another month, read as before.
		{"le 1er novembre 2010", "1er novembre 2010", "2010-11-01", "24 Cheshvan 5771"},
		{"du 1er novembre au 15 novembre 2010", "1er novembre au 15 novembre 2010", "2010-11-01", "24 Cheshvan 5771"},
	})
	// No month after the range, or an end that is no day: nothing read.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"du 1er au 15", ""},
		{"du 1er au 40 mai 2024", ""},
		{"le 1er au soir", ""},
	})
	checkUnread(t, heldoutRef, "1er au 40 mai 2024")
}
