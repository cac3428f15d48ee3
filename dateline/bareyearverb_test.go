package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestBareYearAfterOccasionVerb: an occasion, a verb, and a year of four
// digits with no word before it that says it is one, right before the
// date or before a word for "on" and the date, as German and Dutch write
// it: "Purim beginnt 2024 am 23. März" (a made-up variant of a German
// page's "er beginnt 2024 am 23. März", the 139th held-out round) was
// not found, a German date without its year being taken only where its
// sentence names one. A count before its noun is no year
// ("Purim drew 2000 visitors on March 23").
func TestBareYearAfterOccasionVerb(t *testing.T) {
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Purim beginnt 2024 am 23. März", "2024-03-23"},
		{"Pessach beginnt 2025 am 12. April.", "2025-04-12"},
		{"Chanoeka begint 2025 op 14 december.", "2025-12-14"},
		{"Pesaj comienza 2025 el 12 de abril.", "2025-04-12"},
		{"Hanukkah begins 2025 on December 14.", "2025-12-14"},
	})
	for _, text := range []string{
		"Purim drew 2000 visitors on March 23.",
		"Pessach brachte 2000 Gäste am 12. April.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, heldoutRef) {
				assert.NotEqual(t, 2000, m.Dateline.Time.Year(), "%q", m.Input)
			}
		})
	}
}
