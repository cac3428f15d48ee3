package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
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

// TestCapsSwap: a Hebrew month in capitals with its first two letters
// swapped is read as that month after a day, marked Corrected; a word in
// other case, a swap that spells no Hebrew month, and a swap inside the
// word are not.
func TestCapsSwap(t *testing.T) {
	for in, want := range map[string]hebrew.Month{
		"YIAR":    hebrew.Iyyar,
		"LEUL":    hebrew.Elul,
		"ITSHREI": hebrew.Tishrei,
		"IKSLEV":  hebrew.Kislev,
		"ETVET":   hebrew.Tevet,
		"SIVAN":   0, // the month itself, not a slip
		"Yiar":    0,
		"yiar":    0,
		"IYRA":    0,
		"AMRCH":   0, // March, no Hebrew month
		"NEAV":    0,
		"AV":      0,
	} {
		t.Run(in, func(t *testing.T) {
			name, ok := capsSwap(in)
			assert.Equal(t, want != 0, ok)
			assert.Equal(t, want, name.Month)
		})
	}
	for in, want := range map[string]int{
		"7 YIAR 5784":                 int(hebrew.Iyyar),
		"1 – 31 MAI 2009 7 YIAR 5769": int(hebrew.Iyyar),
		"22 IKSLEV 5785":              int(hebrew.Kislev),
	} {
		t.Run(in, func(t *testing.T) {
			r, err := Parse(in)
			require.NoError(t, err)
			m, ok := r.Get(layout.HebrewMonth)
			require.True(t, ok)
			assert.Equal(t, want, m.Value)
			assert.NotZero(t, m.Flags&Corrected)
		})
	}
}
