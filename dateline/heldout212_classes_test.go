package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout212PointAfterLetterDay: a day in Hebrew letters, marked as a
// numeral with a geresh or gershayim, with a point after it before the
// month and a Hebrew year, as he.chabad.org heads its day pages ("יום
// ראשון כ״ז. כסלו ה׳תשפ״ד") with the point its civil heading writes after
// a day in digits ("שבת 9. דצמבר 2023"). Seen probing the layouts of the
// two-hundred-and-twelfth held-out round (all seven of whose rows were
// read right), it was read as the month Kislev 5784 alone. Without the
// mark ("כז.") or the year, the point numbers a list item or ends a
// sentence, and the day is not read.
func TestHeldout212PointAfterLetterDay(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"יום ראשון כ״ז. כסלו ה׳תשפ״ד", "2023-12-10"},
		{"כ״ז. כסלו ה׳תשפ״ד", "2023-12-10"},
		{"כ״ז. בכסלו תשפ״ד", "2023-12-10"},
		{"יום ראשון, כ״ז. כסלו תשפ״ד", "2023-12-10"},
		{"ה׳. טבת ה׳תשפ״ד", "2023-12-17"},
		{"יום שישי ה׳. אדר ב׳ ה׳תשפ״ד", "2024-03-15"},
		{"כ\"ב. אדר א' תשפ\"ד", "2024-03-02"},
		{"יום חמישי ט״ו. שבט ה׳תשפ״ה", "2025-02-13"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"ב\"ה\nיום ראשון כ״ז. כסלו ה׳תשפ״ד\nזמנים הלכתיים", "יום ראשון כ״ז. כסלו ה׳תשפ״ד", "2023-12-10", "27 Kislev 5784"},
	})
	// The weekday is still checked against the day read.
	rep := dateline.Check("יום רביעי כ״ט. כסלו ה׳תשפ״ד", heldoutRef)
	if assert.NotEmpty(t, rep.Problems) {
		assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
	}
	// No mark on the day, no year after the month, no space after the
	// point: not a day.
	checkUnread(t, heldoutRef, "כז. כסלו תשפ״ד", "א. אדר תשפ״ד", "כ״ז. כסלו", "כ״ז.כסלו ה׳תשפ״ד")
}
