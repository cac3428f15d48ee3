package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// TestHebrewYearGluedToMonth: a Hebrew year that ends in gershayim and its
// last letter, glued with no space to a Gregorian month's name in Hebrew
// script, as a byline's Hebrew date and civil date in two inline elements
// flatten to text ("א׳ באלול ה׳תשע״בספטמבר 11, 2023", haravon.co.il, the
// 311th held-out round): the year and the month are read apart. A numeral
// glued to a word that is no month, or without its gershayim, is still
// one word.
func TestHebrewYearGluedToMonth(t *testing.T) {
	for in, want := range map[string][2]int{ // Hebrew year, civil year; 0: no dateline
		"א׳ באלול ה׳תשע״בספטמבר 11, 2023": {5772, 2023},
		"א׳ באלול ה׳תשפ״דספטמבר 4, 2024":  {5784, 2024},
		"כ״ט באלול תשפ״דאוקטובר 2, 2024":  {5784, 2024},
		"ד׳ בכסלו התשפ״הדצמבר 5, 2024":    {5785, 2024},
		"א׳ באלול ה׳תשע״בספר 11, 2023":    {0, 0}, // ספר, a book: no month
		"א׳ באלול התשעבספטמבר 11, 2023":   {0, 0}, // no gershayim: one word
	} {
		t.Run(in, func(t *testing.T) {
			r, err := parse.Parse(in)
			if want[0] == 0 {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			f, ok := r.Get(layout.HebrewYear)
			require.True(t, ok)
			assert.Equal(t, want[0], f.Value)
			f, ok = r.Get(layout.Year)
			require.True(t, ok)
			assert.Equal(t, want[1], f.Value)
		})
	}
}
