package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout153DoubledGeresh: a year's gershayim typed as two of the same
// geresh before its last letter: "September 16, 2022 – כ׳ באלול תשפ׳׳ב"
// (Temple Beth Am Los Angeles, tbala.org, a d'var Torah's dateline, the
// 153rd held-out round). The year stopped at the first geresh and was
// read as תשפ׳, 5780, so the line's Hebrew date was two years off its
// civil one. Two Hebrew gereshes (or two typographic apostrophes) before
// a last letter that may follow the others now read as a gershayim, as
// two ASCII apostrophes already did; a date whose two calendars disagree
// is still said.
func TestHeldout153DoubledGeresh(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"September 16, 2022 – כ׳ באלול תשפ׳׳ב", "2022-09-16", "20 Elul 5782"},
		{"כ׳ באלול תשפ׳׳ב", "2022-09-16", "20 Elul 5782"},
		{"November 29, 2021 – כ״ה בכסלו ה׳תשפ׳׳ב", "2021-11-29", "25 Kislev 5782"},
		{"February 17, 2023 – כ״ו בשבט תשפ’’ג", "2023-02-17", "26 Shevat 5783"},
		{"October 2, 2024 – כ׳׳ט באלול תשפ׳׳ד", "2024-10-02", "29 Elul 5784"},
		// The gershayim and two ASCII apostrophes, as before.
		{"September 16, 2022 – כ׳ באלול תשפ״ב", "2022-09-16", "20 Elul 5782"},
		{"September 16, 2022 – כ׳ באלול תשפ''ב", "2022-09-16", "20 Elul 5782"},
	})
	// Two calendars that disagree are said, not mended.
	m := oneMatch(t, "September 17, 2022 – כ׳ באלול תשפ׳׳ב", heldoutRef)
	assert.Contains(t, severityCodes(m, dateline.Error), dateline.CodeCalendar)
	// Two gereshes after the last letter, or before a letter that cannot
	// follow the others, are no gershayim.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"תשפ׳׳", ""},
		{"ב׳׳ק", ""},
	})
}
