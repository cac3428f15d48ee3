package dateline_test

import (
	"testing"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout11Sundown: a civil date "at sundown" (after sunset, at
// nightfall, at dusk) beside the Hebrew date of its evening is read, with
// the warning every date a day behind its Hebrew date has; beside the
// civil day's own Hebrew date it has none, and beside a Hebrew date two
// days off it is a calendar error, as it would be without the words. The
// eleventh held-out set's Rosh Hashanah line ("September 15 2023 at
// sundown (1st of Tishrei, 5784)") was a syntax error at "sundown"; and a
// Swedish weekday in its definite form that contradicts its date
// ("onsdagen den 2 oktober 2025", a Thursday) was unread, and so unsaid.
func TestHeldout11Sundown(t *testing.T) {
	tests := []struct {
		in    string
		when  string // the dateline's day, YYYY-MM-DD
		codes []dateline.Code
	}{
		{"September 15 2023 at sundown (1st of Tishrei, 5784)", "2023-09-15", []dateline.Code{dateline.CodeAfterSunset}},
		{"September 15, 2023 after sunset (1 Tishrei 5784)", "2023-09-15", []dateline.Code{dateline.CodeAfterSunset}},
		{"December 6, 2023 at nightfall (24 Kislev 5784)", "2023-12-06", []dateline.Code{dateline.CodeAfterSunset}},
		{"September 15 2023 at sundown (29 Elul 5783)", "2023-09-15", nil},
		{"September 15 2023 at sundown (2 Tishrei 5784)", "2023-09-15", []dateline.Code{dateline.CodeCalendar}},
		{"onsdagen den 2 oktober 2025", "2025-10-02", []dateline.Code{dateline.CodeWeekday}},
		{"torsdagen den 2 oktober 2025", "2025-10-02", nil},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.when, "2006-01-02", tc.codes, false) })
	}
}
