package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestDateBeginsStarts: a verb of startsWords between a civil date and an
// occasion, as the Slavic languages order it ("12. dubna začíná Pesach"),
// says the date is the occasion's first day or its eve, as after the
// occasion ("Pesah počinje 12. aprila"): it was read as any of its days,
// so that "17. dubna 2025 začíná Pesach", Pesach's third day, passed with
// nothing said, and a year-less date took the nearest year in which it
// was one. Russian's "наступает" (comes) is such a verb, and the noun for
// "holiday" or an epithet set off by a dash may stand between it and the
// name: "Вечером 6 марта наступает самый веселый еврейский праздник –
// Пурим!" (incoming.tsv) was not found.
func TestDateBeginsStarts(t *testing.T) {
	for _, tc := range []struct {
		text, day string
		ok        bool // no problem above an info
	}{
		{"Вечером 6 марта наступает самый веселый еврейский праздник – Пурим!", "2023-03-06", true},
		{"Вечером 6 марта начинается праздник Пурим", "2023-03-06", true},
		{"13. dubna 2025 začíná Pesach", "2025-04-13", true},
		// The eve without an evening's words: read, with a warning.
		{"6 марта наступает Пурим", "2023-03-06", false},
		{"12. dubna 2025 začíná Pesach", "2025-04-12", false},
		// A later day of the occasion is no day it begins.
		{"15. dubna 2025 začíná Pesach", "2025-04-15", false},
		{"17. dubna 2025 začíná Pesach", "2025-04-17", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			clean := true
			for _, p := range m.Problems {
				clean = clean && p.Severity == dateline.Info
			}
			assert.Equal(t, tc.ok, clean, "%v", m.Problems)
		})
	}
	// Words before a dash with no occasion after it are prose.
	assert.Empty(t, dateline.Find("6 марта наступает весна – время цветов", heldoutRef))
}
