package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestEveningAfterOccasion: the evening of a civil day that is an
// occasion's last day, or its only one, has the next Hebrew date, after
// the occasion, which a warning says, where the reader gave the evening's
// Hebrew date beside the occasion with no word ("С вечера 2 февраля,
// Ту би-Шват" read as 16 Shevat 2026 in silence, where the text says Tu
// BiShvat begins that evening). The occasion's eve and a later day of a
// festival stay clean, and a year-less one takes a year whose evening
// is the occasion's.
func TestEveningAfterOccasion(t *testing.T) {
	tests := []struct {
		text, day, heb string
		warned         bool
	}{
		{"Yom Kippur, Saturday evening, October 12, 2024", "2024-10-12", "11 Tishrei 5785", true},
		{"Saturday evening, October 12, 2024, Yom Kippur", "2024-10-12", "11 Tishrei 5785", true},
		{"С вечера 2 февраля 2026, Ту би-Шват", "2026-02-02", "16 Shevat 5786", true},
		{"Le soir du 2 février 2026, Tou Bichvat", "2026-02-02", "16 Shevat 5786", true},
		{"Yom Kippur, Friday evening, October 11, 2024", "2024-10-11", "10 Tishrei 5785", false},
		{"С вечера 1 февраля 2026, Ту би-Шват", "2026-02-01", "15 Shevat 5786", false},
		{"Passover, Tuesday evening, April 23, 2024", "2024-04-23", "16 Nisan 5784", false},
		{"С вечера 2 февраля, Ту би-Шват", "2007-02-02", "15 Shevat 5767", false},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.day, m.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.Empty(t, severityCodes(m, dateline.Error))
			var want []dateline.Code
			if tc.warned {
				want = []dateline.Code{dateline.CodeOccasion}
			}
			assert.Equal(t, want, severityCodes(m, dateline.Warning))
		})
	}
}
