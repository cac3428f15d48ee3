package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout105DutchOp: Dutch's "op" (on) between an occasion's year and
// its day, as English's "on" and German's "am" join them: "Poeriem 2023
// op 7 maart" (Purim 2023 on 7 March; a post title of Beth Yeshua,
// beth-yeshua.nl, the hundred-and-fifth held-out round) was two
// datelines, the occasion with its year and the date apart in a year of
// its own. It is one, the occasion's day checked against the date's.
func TestHeldout105DutchOp(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Poeriem 2023 op 7 maart", "2023-03-07", "14 Adar 5783"},
		{"Chanoeka 2025 op 15 december", "2025-12-15", "25 Kislev 5786"},
		{"Jom Kipoer 2024 op 12 oktober", "2024-10-12", "10 Tishrei 5785"},
	})
	// A day that is not the occasion's is said.
	m := oneMatch(t, "Poeriem 2023 op 8 maart", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	// "op" before no date joins nothing.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Poeriem 2023 op school", "2023-03-07"},
		{"op school", ""},
	})
}

