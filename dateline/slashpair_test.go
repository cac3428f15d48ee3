package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestSlashedDayPairAfterMonth: a day and the next joined by a slash after
// the month's name, with the year, are a pair, as "13/14 July" is: "August
// 11/12, 2024" was August 11, 2012, the 12 taken for a two-digit year,
// with nothing said (seen with the hundred and sixth held-out round).
// Without a year the second number is no year either; days further apart
// stay Old Style's and New Style's day of one date; two weekdays joined
// by a slash name the pair's days.
func TestSlashedDayPairAfterMonth(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"August 11/12, 2024", "2024-08-11", "7 Av 5784"},
		{"August 11/12 2024", "2024-08-11", "7 Av 5784"},
		{"Friday/Saturday, March 3/4, 2023", "2023-03-03", "10 Adar 5783"},
		{"Friday/Saturday, 3/4 March 2023", "2023-03-03", "10 Adar 5783"},
		{"February 11/22, 1732", "1732-02-22", "26 Shevat 5492"},
		// The dd-Mon-yy year after the month, as before.
		{"28-Feb-02", "2002-02-28", "16 Adar 5762"},
	})
	for _, m := range dateline.Find("On August 11/12 we met.", heldoutRef) {
		assert.NotEqual(t, 2012, m.Dateline.Time.Year())
	}
	m := oneMatch(t, "Friday/Sunday, March 3/4, 2023", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
}
