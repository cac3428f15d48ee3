package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHeldout111GreekHourWords: Greek's words before an event's time,
// "ώρα" (hour) and "στις" (at the), after a date with "και" (and) or a
// comma before them: "Σάββατο, 28 Ιανουαρίου και ώρα 20:00" (Πρωινός
// Λόγος of Ioannina, proinoslogos.gr, 2023, the hundred-and-eleventh
// held-out round) was its day alone, the time left out. "και" before no
// time still joins a range's two days, and "ώρα" before no time is no
// time.
func TestHeldout111GreekHourWords(t *testing.T) {
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"Σάββατο, 28 Ιανουαρίου 2023 και ώρα 20:00", "2023-01-28 20:00"},
		{"Σάββατο, 28 Ιανουαρίου 2023, ώρα 20:00", "2023-01-28 20:00"},
		{"Κυριακή 27 Ιανουαρίου 2019 στις 11:00", "2019-01-27 11:00"},
		{"Κυριακή 27 Ιανουαρίου 2019 και στις 11:00", "2019-01-27 11:00"},
		{"Τετάρτη 10 Απριλίου 2024 και ώρα 19.30", "2024-04-10 19:30"},
	})
	m := oneMatch(t, "Σάββατο, 28 Ιανουαρίου και ώρα 20:00", heldoutRef)
	assert.True(t, m.Dateline.HasTime)
	assert.Equal(t, "2023-01-28 20:00", m.Dateline.Time.Format("2006-01-02 15:04"))
	// No time after the words: the date alone.
	m = oneMatch(t, "Σάββατο, 28 Ιανουαρίου 2023 και ώρα πολύ", heldoutRef)
	assert.False(t, m.Dateline.HasTime)
	assert.Equal(t, "Σάββατο, 28 Ιανουαρίου 2023", "Σάββατο, 28 Ιανουαρίου 2023 και ώρα πολύ"[m.Start:m.End])
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"Παρασκευή 5 και Σάββατο 6 Μαΐου 2023", "2023-05-05"},
	})
}
