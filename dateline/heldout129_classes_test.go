package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout129WhichFallsOnEvening: a Hebrew date, then a relative
// clause whose verb says it falls on (or begins on) the evening of a
// civil day: "Chanukah on 25 Kislev, which falls on the evening of
// December 25" (Temple Emanu-El, Waterford, tewaterford.org, the 129th
// held-out round) was not found as one dateline: "25 Kislev" in 5787 and
// "the evening of December 25" in 2026, two days apart; with the
// occasion before it, it was one dateline of 2016, whose 25 Kislev is
// the 25th's day, not its evening, a wrong day with nothing said. The
// Hebrew date is now the evening's, as after "begins at sundown on", and
// a civil day whose evening is another Hebrew date an error.
func TestHeldout129WhichFallsOnEvening(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"25 Kislev, which falls on the evening of December 25", "2024-12-25", "25 Kislev 5785"},
		{"Chanukah on 25 Kislev, which falls on the evening of December 25", "2024-12-25", "25 Kislev 5785"},
		{"25 Kislev 5785, which falls on the evening of December 25, 2024", "2024-12-25", "25 Kislev 5785"},
		{"25 Kislev 5785, which falls on the evening of Wednesday, December 25, 2024", "2024-12-25", "25 Kislev 5785"},
		{"3 Tammuz, which this year falls on the evening of July 8", "2024-07-08", "3 Tammuz 5784"},
		{"24 Teves 5785, which begins at sundown on Thursday, January 23, 2025", "2025-01-23", "24 Tevet 5785"},
		{"25 Kislev, which falls on December 26", "2024-12-26", "25 Kislev 5785"},
	})
	// The evening of a day whose evening is another Hebrew date, and a
	// wrong weekday, are said.
	for _, tc := range []struct {
		text string
		code dateline.Code
	}{
		{"25 Kislev 5785, which falls on the evening of December 26, 2024", dateline.CodeCalendar},
		{"25 Kislev 5785, which falls on the evening of Thursday, December 25, 2024", dateline.CodeWeekday},
	} {
		m := oneMatch(t, tc.text, heldoutRef)
		assert.Equal(t, []dateline.Code{tc.code}, severityCodes(m, dateline.Error), tc.text)
	}
	// Without a date after the evening's words the clause is prose, and
	// the Hebrew date alone its own dateline.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"25 Kislev, which falls on the evening of our party", "2026-12-05"},
		{"The party, which falls on the evening of the concert", ""},
	})
}
