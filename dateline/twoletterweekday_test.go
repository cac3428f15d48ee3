package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestEnglishTwoLetterWeekdays: English's weekdays of two letters (CLDR's
// short width: Su, Mo, Tu, We, Th, Fr, Sa), as calendars and booking
// pages print them before a date, are read before an English month's
// name: "Th, March 7, 2024" was a syntax error at "Th". A wrong one is
// the weekday error; before words of prose, "We" is no weekday.
func TestEnglishTwoLetterWeekdays(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Th, March 7, 2024", "2024-03-07"},
		{"Tu, March 5, 2024", "2024-03-05"},
		{"Su, March 3, 2024", "2024-03-03"},
		{"We, Mar 6, 2024", "2024-03-06"},
		{"Sa 2 March 2024 | 22 Adar I 5784", "2024-03-02"},
	})
	rep := dateline.Check("Th, March 8, 2024", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	ms := dateline.Find("We met on March 6, 2024.", heldoutRef)
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "March 6, 2024", ms[0].Input)
	}
}
