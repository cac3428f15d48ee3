package dateline_test

import (
	"testing"
	"time"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout239EveningThenClock: a word for the evening after a date,
// then the evening's hours without a comma between, as an event listing
// writes them: "Erev Rosh Hashanah:  Sept 6th evening  4 p.m. to 6
// p.m." (jccpeterborough.com's High Holy Days services, the 239th
// held-out round) failed at the evening, where "evening, 4 p.m." was
// read. The evening says, as before, that the Hebrew date is the next
// day's, from sunset; the clock is the time. A number after the evening
// that is no time of day (a year, a count) still leaves the text unread.
func TestHeldout239EveningThenClock(t *testing.T) {
	checkWholeTimes(t, heldoutRef, []struct{ text, want string }{
		{"September 6, 2021 evening 8 p.m.", "2021-09-06 20:00"},
		{"September 6, 2021 evening  4 p.m. to 6 p.m.", "2021-09-06 16:00"},
		{"Monday, September 6, 2021 evening 7:30 PM", "2021-09-06 19:30"},
		{"6 septembre 2021 soir 20 h", "2021-09-06 20:00"},
		{"6 septembre 2021 soir 20h30", "2021-09-06 20:30"},
		{"6. September 2021 abends 19 Uhr", "2021-09-06 19:00"},
		// As before, with a comma.
		{"September 6, 2021 evening, 8 p.m.", "2021-09-06 20:00"},
	})
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"September 6, 2021 evening 8 p.m.", "2021-09-06", "1 Tishrei 5782"},
		{"Erev Rosh Hashanah: September 6, 2021 evening 4 p.m. to 6 p.m.", "2021-09-06", "1 Tishrei 5782"},
		{"Thursday, December 7, 2023 evening 5:30 PM", "2023-12-07", "25 Kislev 5784"},
	})
	// The real row names no year: the occasion gives it (2021).
	ref := dateline.Reference(time.Date(2021, time.July, 1, 0, 0, 0, 0, time.UTC))
	checkDayHebsWholeRef(t, ref, []struct{ text, day, heb string }{
		{"Erev Rosh Hashanah:  Sept 6th evening  4 p.m. to 6 p.m.", "2021-09-06", "1 Tishrei 5782"},
		{"Sept 6th evening 4 p.m.", "2021-09-06", "1 Tishrei 5782"},
	})
	checkUnread(t, heldoutRef,
		"September 6 evening 2021",
		"September 6, 2021 evening 25 people",
		"September 6, 2021 evening 15 p.m.")
}
