package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestOccasionNotInItsYear: an occasion that the Hebrew year it names has
// not, Purim Katan of a common year, is an error that says so, without a
// day. "Purim Katan 5785" was 14 Adar I 5784, with the error "Purim Katan
// 5785 is 14 Adar I 5784 (February 23, 2024), not 14 Adar I 5784", and an
// info that the dateline names a month.
func TestOccasionNotInItsYear(t *testing.T) {
	for _, tc := range []struct{ text, msg string }{
		{"Purim Katan 5785", "there is no Purim Katan in 5785"},
		{"Shushan Purim Katan 5785", "there is no Shushan Purim Katan in 5785"},
	} {
		r := dateline.Check(tc.text, heldoutRef)
		if assert.Len(t, r.Problems, 1, tc.text) {
			assert.Equal(t, dateline.CodeOccasion, r.Problems[0].Code)
			assert.Equal(t, tc.msg, r.Problems[0].Message)
		}
		assert.True(t, r.Dateline.Time.IsZero(), tc.text)
	}
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Purim Katan 5784", "2024-02-23", "14 Adar I 5784"},
		{"Erev Rosh Hashana 5760", "1999-09-10", "29 Elul 5759"},
	})
}
