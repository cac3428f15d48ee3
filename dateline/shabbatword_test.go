package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestShabbatSpellings: Dutch's "Sjabbat" is Shabbat's own name, as
// "Shabbat" and French "Chabbat" are, not only the weekday's: "Sjabbat
// Noach 5785", the Shabbat named by its portion, was a syntax error where
// "Shabbat Noach 5785" was read (seen by round 240).
func TestShabbatSpellings(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
	for _, text := range []string{"Shabbat Noach 5785", "Sjabbat Noach 5785"} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, ref)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, "2024-11-02", rep.Dateline.Time.Format(time.DateOnly))
		})
	}
}
