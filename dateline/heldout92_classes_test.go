package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout92AppositiveYear: an occasion's description set off by
// commas, longer than four words or with the year of the occasion after
// it, before the verb that says when it begins: "Rosh Hashanah, the
// celebration of the Jewish New Year, 5776 – begins at Sundown, Sunday,
// Sept. 13." (Citizens Journal, the ninety-second held-out round) was
// read from "at Sundown" on, as September 13, 2026 (3 Tishrei 5787) with
// only an info that no year was named: a silent wrong day, the year the
// reader chose for the date, not the one the text names. The description
// now takes up to six words, and a year of four digits, Hebrew or civil,
// after its comma (a dash or a comma after the year) or as its last word,
// is the occasion's, which chooses the date's civil year and is checked
// against it as after the name alone ("Rosh Hashanah, 5776 – begins").
func TestHeldout92AppositiveYear(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Rosh Hashanah, the celebration of the Jewish New Year, 5776 – begins at Sundown, Sunday, Sept. 13.",
			"Rosh Hashanah, the celebration of the Jewish New Year, 5776 – begins at Sundown, Sunday, Sept. 13", "2015-09-13", "1 Tishrei 5776"},
		{"Rosh Hashanah, the Jewish New Year 5776, begins at sundown, Sunday, Sept. 13.",
			"Rosh Hashanah, the Jewish New Year 5776, begins at sundown, Sunday, Sept. 13", "2015-09-13", "1 Tishrei 5776"},
		{"Rosh Hashanah, the Jewish New Year, 2015 – begins at sundown, Sunday, Sept. 13.",
			"Rosh Hashanah, the Jewish New Year, 2015 – begins at sundown, Sunday, Sept. 13", "2015-09-13", "1 Tishrei 5776"},
		{"Yom Kippur, the Day of Atonement, 5776, begins at sundown on Tuesday, September 22.",
			"Yom Kippur, the Day of Atonement, 5776, begins at sundown on Tuesday, September 22", "2015-09-22", "10 Tishrei 5776"},
		{"Passover, the festival of our freedom from slavery, 5776 — begins at sundown on Friday, April 22.",
			"Passover, the festival of our freedom from slavery, 5776 — begins at sundown on Friday, April 22", "2016-04-22", "15 Nisan 5776"},
		{"Hanukkah, the Festival of Lights, 5786 - will begin at sundown on Sunday, December 14.",
			"Hanukkah, the Festival of Lights, 5786 - will begin at sundown on Sunday, December 14", "2025-12-14", "25 Kislev 5786"},
		// Six words without a year: the occasion chooses the year, as
		// after a shorter description.
		{"Rosh Hashanah, the celebration of the Jewish New Year, begins at sundown, Sunday, Sept. 13.",
			"Rosh Hashanah, the celebration of the Jewish New Year, begins at sundown, Sunday, Sept. 13", "2015-09-13", "1 Tishrei 5776"},
	})
	// A year that the day does not fit is the occasion's all the same,
	// and the dateline says so: an error, no silent day.
	for _, tc := range []struct{ text, day string }{
		{"Rosh Hashanah, the Jewish New Year, 5770 – begins at sundown, Sunday, Sept. 13.", "2009-09-13"},
		{"Rosh Hashanah, the celebration of the Jewish New Year, 5776 – begins at sundown, Sunday, Sept. 20.", "2015-09-20"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.False(t, m.OK(), "the occasion is not on that day")
			assert.Contains(t, round92Codes(m, dateline.Error), dateline.CodeOccasion)
		})
	}
	// No year: a number that is no year, a year with no verb after it,
	// and a description of seven words, which stays prose.
	for _, tc := range []struct{ text, match string }{
		{"Rosh Hashanah, the Jewish New Year, 7776 – begins at sundown, Sunday, Sept. 13, 2015.", "at sundown, Sunday, Sept. 13, 2015"},
		{"Rosh Hashanah, the Jewish New Year, 5776 – a time to reflect, Sunday, Sept. 13, 2015.", "Sunday, Sept. 13, 2015"},
		{"Hanukkah, the festival of 2015 lights, begins at sundown, Sunday, Dec. 6, 2015.", "at sundown, Sunday, Dec. 6, 2015"},
		{"Hanukkah, the festival of lights that we all love, begins at sundown, Sunday, Dec. 6, 2015.", "at sundown, Sunday, Dec. 6, 2015"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
		})
	}
}

// round92Codes returns the codes of m's problems of severity sev.
func round92Codes(m dateline.Match, sev dateline.Severity) []dateline.Code {
	var codes []dateline.Code
	for _, p := range m.Problems {
		if p.Severity == sev {
			codes = append(codes, p.Code)
		}
	}
	return codes
}
