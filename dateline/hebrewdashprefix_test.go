package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestDashedPrefixBareDay: one prefix letter joined by a hyphen or a
// maqaf to a day in bare letters before a Hebrew month is the day with
// its preposition, as glued on ("בטו בשבט"): "ב-טו בשבט תשפ״ד" was the
// range 2 to 15 Shevat 5784, its first day 2 Shevat, with nothing said.
// A range that marks its first day (ב׳-ט״ו בשבט) stays a range. Each day
// is hd's: 15 Shevat 5784 is January 25, 2024; 4 Kislev 5784 November 17,
// 2023.
func TestDashedPrefixBareDay(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	for s, want := range map[string]string{
		"ב-טו בשבט תשפ״ד":   "2024-01-25",
		"ב־טו בשבט תשפ״ד":   "2024-01-25",
		"ה-טו בשבט תשפ״ד":   "2024-01-25",
		"ב-ד כסלו תשפ״ד":    "2023-11-17",
		"ב-ט\"ו בשבט תשפ״ד": "2024-01-25",
	} {
		t.Run(s, func(t *testing.T) {
			d, err := dateline.Parse(s, ref)
			require.NoError(t, err)
			assert.Equal(t, want, d.Time.Format(time.DateOnly))
		})
	}
	r := dateline.Check("ב׳-ט״ו בשבט תשפ״ד", ref)
	require.True(t, r.OK(), "%v", r.Problems)
	assert.Equal(t, "2024-01-12", r.Dateline.Time.Format(time.DateOnly))
	if assert.NotEmpty(t, r.Also) {
		assert.Equal(t, "2024-01-25", r.Also[len(r.Also)-1].Time.Format(time.DateOnly))
	}
}
