package parse

import (
	"testing"

	"github.com/dualdate/dualdate/internal/words"
)

// TestWeekdaySlips: every word of letters that misspells a weekday name
// as slipWeekday reads it (one letter dropped, added or swapped) has a
// shape weekdaySlips keeps, so that the filter turns away no slip.
func TestWeekdaySlips(t *testing.T) {
	for _, w := range weekdayNames() {
		n := w.name
		if len(n) < 5 {
			continue
		}
		var slips []string
		for i := range len(n) {
			slips = append(slips, n[:i]+n[i+1:], n[:i]+"x"+n[i:], n[:i]+n[i:i+1]+n[i:])
			if i+1 < len(n) {
				slips = append(slips, n[:i]+n[i+1:i+2]+n[i:i+1]+n[i+2:])
			}
		}
		for _, s := range slips {
			if isLetters(s) && words.OneSlip(s, n) && !weekdaySlips.may(s) {
				t.Errorf("%q misspells %q, but weekdaySlips turns it away", s, n)
			}
		}
	}
}
