package dateline_test

import (
	"testing"
	"time"

	"github.com/dualdate/dualdate/dateline"
)

// TestErevOfDateNamedOccasion: an occasion whose Hebrew name is a date
// ("תשעה באב", "ט״ו בשבט") is found in free text with the eve before it,
// as the date alone is found: "ערב תשעה באב" was read from the date on,
// 9 Av, a day late, with only the info that the year was inferred, where
// Check read 8 Av. An occasion alone whose name is no date stays a word.
func TestErevOfDateNamedOccasion(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"ערב תשעה באב", "ערב תשעה באב", "2026-07-22", "8 Av 5786"},
		{"ביום ערב תשעה באב נקיים", "ערב תשעה באב", "2026-07-22", "8 Av 5786"},
		{"ערב ט״ו בשבט", "ערב ט״ו בשבט", "2027-01-22", "14 Shevat 5787"},
		{"תשעה באב", "תשעה באב", "2026-07-23", "9 Av 5786"},
	})
	checkDayOrNone(t, ref, []struct{ text, day string }{
		{"ערב פסח", ""},
		{"מסיבת חנוכה", ""},
	})
}
