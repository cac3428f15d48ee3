package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestShortDayLowerMonth: a short weekday of another language (Swedish
// "ons", "tis") before a month that English has too, in the lower case
// its own language writes it, is the date's in free text: "ons 15
// december 2026" was read from "15", its weekday left out, and the wrong
// one (a Wednesday for a Tuesday) unsaid. Before the capital English
// writes ("3 per 5 May 2024") the word is still prose.
func TestShortDayLowerMonth(t *testing.T) {
	for _, tc := range []struct {
		text, match string
		codes       []dateline.Code
	}{
		{"ons 15 december 2026", "ons 15 december 2026", []dateline.Code{dateline.CodeWeekday}},
		{"ons 16 december 2026", "ons 16 december 2026", nil},
		{"tis 15 december 2026", "tis 15 december 2026", nil},
		{"3 per 5 May 2024", "5 May 2024", nil},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.Equal(t, tc.codes, severityCodes(m, dateline.Error))
		})
	}
}
