package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/hebrew"
)

// TestDeclinedMonth: a Hebrew month's name in Latin letters with a Slavic
// case ending (the thirty-fourth held-out set's "15. - 22. nisana", "15.
// nisanu r. 5770") is the month, its length the whole word; a short stem
// (Av's "Ava"), an ending no month takes, a Hebrew family's name and a
// word that is no month with its ending cut are none.
func TestDeclinedMonth(t *testing.T) {
	for _, c := range []struct {
		s     string
		month hebrew.Month
		n     int
	}{
		{"nisana 5779", hebrew.Nisan, 6},
		{"Nisanu", hebrew.Nisan, 6},
		{"kisleva", hebrew.Kislev, 7},
		{"kislewu 5785", hebrew.Kislev, 7},
		{"Elula", hebrew.Elul, 5},
		{"tišrija 5785", hebrew.Tishrei, 8},
		{"Švata", hebrew.Shevat, 6},
		{"Adaru", hebrew.Adar, 5},
		{"sivanu", hebrew.Sivan, 6},
		{"Avu 5569", hebrew.Av, 3},
		{"awu 5784", hebrew.Av, 3},
	} {
		name, ok := declinedMonth(c.s, 0)
		if assert.True(t, ok, c.s) {
			assert.Equal(t, c.month, name.Month, c.s)
			assert.Equal(t, c.n, name.Len, c.s)
		}
	}
	for _, s := range []string{"Ava", "Ava 5784", "Avu", "Avu 15", "Avu, 5784", "Nisanja", "Nisanua", "Nisan", "Kislevi", "Menora", "persona", "Tevetxa", "Adar Ia"} {
		_, ok := declinedMonth(s, 0)
		assert.False(t, ok, s)
	}
}
