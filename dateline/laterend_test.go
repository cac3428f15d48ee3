package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestOccasionEndLaterInSentence: a civil date later in an occasion's
// sentence, after words that say something ends on it with the occasion
// for their subject ("that will conclude at nightfall on", ", and it ends
// at nightfall on", "continuing through"), is the end of the range the
// occasion's day starts: "Hanukkah ... officially began at sundown on
// Sunday, December 14, 2025, marking the start of an eight-day Jewish
// celebration that will conclude at nightfall on Monday, December 22,
// 2025" (incoming.tsv) was two datelines, the end unchecked as the
// occasion's. A clause with a subject of its own ("the market ends on"),
// a verb of its own before "until", or an end that makes the range not
// the occasion's keeps the two datelines.
func TestOccasionEndLaterInSentence(t *testing.T) {
	for _, tc := range []struct{ text, end string }{
		{"Hanukkah officially began at sundown on Sunday, December 14, 2025, marking the start of an eight-day Jewish celebration that will conclude at nightfall on Monday, December 22, 2025.",
			"Monday, December 22, 2025"},
		{"Hanukkah began at sundown on Sunday, December 14, 2025, and it ends at nightfall on Monday, December 22, 2025.", "Monday, December 22, 2025"},
		{"Passover begins at sundown on April 12, 2025, with the first Seder that evening, continuing through April 20, 2025.", "April 20, 2025"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.True(t, m.OK(), "%v", m.Problems)
			assert.Contains(t, tc.text[m.Start:m.End], tc.end)
		})
	}
	for _, text := range []string{
		"Hanukkah began at sundown on Sunday, December 14, 2025; the market ends on December 20, 2025.",
		"Hanukkah began at sundown on Sunday, December 14, 2025 and the lights stay on until December 20, 2025.",
		"Hanukkah officially began at sundown on Sunday, December 14, 2025, marking the start of a fair that will conclude at nightfall on Monday, December 29, 2025.",
	} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, heldoutRef)
			require.Len(t, ms, 2)
			for _, m := range ms {
				assert.True(t, m.OK(), "%v", m.Problems)
			}
		})
	}
}
