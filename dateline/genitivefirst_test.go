package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestGenitiveMonthFirst: a language that writes some month's genitive in
// ASCII letters (Czech's ledna, Polish's stycznia, Slovak's marca) has
// none of its genitives read before a day, as ASCII's are not (they are
// as often names in English text): "června 1, 2024" was read, and its
// layout, "ledna 2, 2006", was not (found by FuzzParse). A language whose
// genitives are all in another script reads them so, as a template writes
// them ("квітня 22 / 2024"); the genitive after its day always reads.
func TestGenitiveMonthFirst(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	for _, s := range []string{"června 1, 2024", "ledna 2, 2006", "siječnja 2, 2024", "stycznia 5, 2024", "marca 3, 2024"} {
		t.Run(s, func(t *testing.T) {
			_, err := dateline.Parse(s, ref)
			assert.ErrorIs(t, err, dateline.ErrSyntax)
		})
	}
	for s, want := range map[string]string{
		"1. června 2024":   "2024-06-01",
		"2. ledna 2006":    "2006-01-02",
		"2 stycznia 2024":  "2024-01-02",
		"января 2, 2024":   "2024-01-02",
		"квітня 22 / 2024": "2024-04-22",
		"5. siječnja 2024": "2024-01-05",
	} {
		t.Run(s, func(t *testing.T) {
			d, err := dateline.Parse(s, ref)
			require.NoError(t, err)
			assert.Equal(t, want, d.Time.Format("2006-01-02"))
		})
	}
}
