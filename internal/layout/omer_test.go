package layout_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/internal/layout"
)

// TestAppendOmer: the day of the Omer as hebcal-go renders it in each
// locale with words for it, and its label and number in the others; and
// OmerTail knows the words of each, in any letter case, after the number.
func TestAppendOmer(t *testing.T) {
	for l, want := range map[layout.Lang]string{
		layout.English: "33rd day of the Omer",
		layout.German:  "33. Tag des Omer",
		layout.Spanish: "33º día del Omer",
		layout.Dutch:   "33. dag van de Omer",
		layout.French:  "Omer: 33", // hebcal-go's French has no words for it
		layout.Russian: "Omer: 33",
	} {
		got := string(layout.AppendOmer(nil, 33, l))
		assert.Equal(t, want, got, l.String())
	}
	for _, l := range layout.Langs() {
		got := string(layout.AppendOmer([]byte("x"), 2, l))
		if got[1:] == "Omer: 2" {
			continue
		}
		n := len("x2")
		if l == layout.English {
			n = len("x2nd")
		}
		assert.Equal(t, len(got)-n, layout.OmerTail(got[n:]), "%s: %q", l, got)
	}
	assert.Equal(t, len(" DAY OF THE OMER"), layout.OmerTail(" DAY OF THE OMER, Lag BaOmer"))
	assert.Zero(t, layout.OmerTail(". Tag der Woche"))
	assert.Zero(t, layout.OmerTail(""))
}
