package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout243GreekHourSpan: Greek's span of hours after a date, "από
// τις 19:00 έως τις 20:00" (from the 19:00 until the 20:00), as Greek
// municipal announcements write an event's hours: "τη Δευτέρα 27
// Ιανουαρίου από τις 19:00 έως τις 20:00" (Kavala's town hall on
// kavalanews.gr, seen in the 243rd held-out round's searches) was a
// syntax error at "από", and "στις 19:00 έως τις 20:00" one at "έως".
// "από" with or without its article opens the hours, "έως τις" joins the
// span's end, whose start the dateline keeps. Before a day "από τις"
// still opens a range of days, and before hours with no minutes or word
// for o'clock it is no time.
func TestHeldout243GreekHourSpan(t *testing.T) {
	ref := heldoutRef
	for _, tc := range []struct{ text, want string }{
		{"τη Δευτέρα 27 Ιανουαρίου 2025 από τις 19:00 έως τις 20:00", "2025-01-27 19:00"},
		{"Δευτέρα 27 Ιανουαρίου 2025 στις 19:00 έως τις 20:00", "2025-01-27 19:00"},
		{"Δευτέρα 27 Ιανουαρίου 2025 από 19:00", "2025-01-27 19:00"},
		{"Κυριακή 2 Φεβρουαρίου 2025 Από τις 11:00", "2025-02-02 11:00"},
		{"Σάββατο 18 Μαρτίου 2017, από τις 19.00 έως τις 21.00", "2017-03-18 19:00"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, ref)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.True(t, rep.Dateline.HasTime)
			assert.Equal(t, tc.want, rep.Dateline.Time.Format("2006-01-02 15:04"))
		})
	}
	checkTimes(t, ref, []struct{ text, want string }{
		{"Ο Δήμος θα προβάλει τη Δευτέρα 27 Ιανουαρίου 2025 από τις 19:00 έως τις 20:00, στην πρόσοψη του Δημαρχείου", "2025-01-27 19:00"},
	})
	// Before a day, "από τις" opens a range of days, as before.
	checkWholeDays(t, ref, []struct{ text, want string }{
		{"από τις 22 έως 24 Ιουλίου 2014", "2014-07-22"},
	})
	// A weekday that is not the date's is said.
	rep := dateline.Check("Τρίτη 27 Ιανουαρίου 2025 από τις 19:00", ref)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	// No time after the words, or bare hours that are no time: unread.
	checkUnread(t, ref,
		"Δευτέρα 27 Ιανουαρίου 2025 από τις",
		"Δευτέρα 27 Ιανουαρίου 2025 από τις 22 έως τις 24",
		"Δευτέρα 27 Ιανουαρίου 2025 από το σπίτι")
}
