package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/internal/parse"
)

// TestHeldout30ConverbRange: a Turkish range joined by a converb
// (başlayıp, başlayarak, başlar ve) is one dateline, each end's weekday
// after its day; where no date follows the converb, or the end has no
// weekday after a start that has one, the start alone is a dateline and
// the whole text is not.
func TestHeldout30ConverbRange(t *testing.T) {
	for _, in := range []string{
		"6 Eylül Pazartesi başlayıp 8 Eylül Çarşamba",
		"27 Mart Cumartesi akşamı başlayıp, 4 Nisan Pazar",
		"14 Aralık 2025 başlayarak 22 Aralık 2025",
		"2 Ekim 2024 başlar ve 4 Ekim 2024",
	} {
		r, err := parse.Parse(in)
		if assert.NoError(t, err, in) {
			assert.Equal(t, in, in[r.Start:r.End], in)
		}
	}
	for _, in := range []string{
		"14 Aralık 2025 Pazar başlayıp bitti",
		"6 Eylül Pazartesi başlayıp 8 Eylül sona erer",
		"6 Eylül 2021 başlar ve herkes gelir",
		"6 Eylül 2021 bayram",
	} {
		_, err := parse.Parse(in)
		assert.Error(t, err, in)
	}
}
