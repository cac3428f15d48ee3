package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// eveRef is the reference day of these tests: every text names its year.
var eveRef = dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))

// TestEveOfBareLead: "Eve of" at a dateline's start, without "the", as a
// heading or a table's cell writes it: "Eve of 14 Nisan 5784" was a
// syntax error at "Eve", where "the eve of 14 Nisan 5784" is the evening
// that begins 14 Nisan, with a warning. It now reads as that. An
// occasion's eve and the eve of a counted day stay the occasion's Erev.
func TestEveOfBareLead(t *testing.T) {
	for _, tc := range []struct{ bare, the string }{
		{"Eve of 14 Nisan 5784", "the eve of 14 Nisan 5784"},
		{"eve of 9 Av 5784", "the eve of 9 Av 5784"},
		{"EVE OF 1 Tishrei 5785", "the eve of 1 Tishrei 5785"},
		{"Eve of 22 Adar I 5784", "the eve of 22 Adar I 5784"},
	} {
		t.Run(tc.bare, func(t *testing.T) {
			got, want := dateline.Check(tc.bare, eveRef), dateline.Check(tc.the, eveRef)
			require.True(t, want.OK(), "%v", want.Problems)
			assert.True(t, got.OK(), "%v", got.Problems)
			assert.Equal(t, want.Dateline.Time.Format(time.DateOnly), got.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, want.Dateline.Hebrew, got.Dateline.Hebrew)
			assert.Equal(t, problemCodesOf(want), problemCodesOf(got))
		})
	}
	rep := dateline.Check("Eve of 14 Nisan 5784", eveRef)
	assert.Equal(t, "2024-04-21", rep.Dateline.Time.Format(time.DateOnly), "the evening that begins 14 Nisan")
	for _, tc := range []struct{ text, day, heb string }{
		{"Eve of Yom Kippur 5785", "2024-10-11", "9 Tishrei 5785"},
		{"Eve of 7th Day of Passover, Sunday, April 16, 2017", "2017-04-16", "20 Nisan 5777"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, eveRef)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
		})
	}
}
