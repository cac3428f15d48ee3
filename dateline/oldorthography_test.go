package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestRussianOldOrthography: Russian before the reform of 1918 wrote a
// hard sign after a word's final consonant and ѣ where the reform writes
// е, as the almanacs of the Russian Empire date themselves ("30 марта
// ст. ст. вторникъ — 15 нисанъ", the 274th held-out round): the weekday
// and the Hebrew month were no words. They are read as the reform spells
// them, and checked so; a letter after the hard sign is still no word.
func TestRussianOldOrthography(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"вторникъ, 30 марта 1926", "1926-03-30"},
		{"понедѣльникъ, 29 марта 1926", "1926-03-29"},
		{"30 марта 1926 | 15 нисанъ 5686", "1926-03-30"},
		{"15 нисанъ 5686", "1926-03-30"},
	})
	rep := dateline.Check("понедѣльникъ, 30 марта 1926", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	for _, text := range []string{"15 нисанъа 5686", "вторникъа, 30 марта 1926"} {
		rep := dateline.Check(text, heldoutRef)
		assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeSyntax, text)
	}
}
