package dateline_test

import (
	"testing"
)

// TestHeldout155LatvianPulksten: Latvian's o'clock in full, "pulksten",
// before an hour, as "plkst." is its abbreviation: "Ebreju tautas genocīda
// upuru piemiņas dienā, 4.jūlijā, pulksten 14, pie Ebreju tautas genocīda
// piemiņas akmens" (Jelgava's city page, jelgava.lv, seen beside the
// Latvian rows of the 155th held-out round, whose own rows all read
// right). The date with "pulksten 14" after it was no date at all, and
// with a year its hour was left out. The word alone, or before no hour,
// is no date.
func TestHeldout155LatvianPulksten(t *testing.T) {
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"4.jūlijā, pulksten 14", "2026-07-04 14:00"},
		{"Ebreju tautas genocīda upuru piemiņas dienā, 4.jūlijā, pulksten 14, pie piemiņas akmens", "2026-07-04 14:00"},
		{"2008. gada 4. jūlijā, pulksten 14", "2008-07-04 14:00"},
		{"2008. gada 4. jūlijā pulksten 13.30", "2008-07-04 13:30"},
		{"2020. gada 5. martā pulksten 15:00", "2020-03-05 15:00"},
		// The abbreviation, as before.
		{"2020. gada 5. martā plkst. 15.00", "2020-03-05 15:00"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"pulksten 14", ""},
		{"pulksten 14.30 sinagogā", ""},
		// An hour the clock has not: the date alone.
		{"2008. gada 4. jūlijā pulksten 25", "2008-07-04"},
	})
}
