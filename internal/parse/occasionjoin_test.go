package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// TestOccasionsJoined: occasions joined by a slash or an ampersand before
// one year are one Holiday field ("Shemini Atzeres/Simchas Torah 5779",
// the thirteenth held-out set's, where the slash stopped the dateline),
// whose names after the join may be of the days after the first's
// (OccasionsIn says from which name). A slash before anything but an
// occasion ends the list.
func TestOccasionsJoined(t *testing.T) {
	for in, want := range map[string]struct {
		names, joined int
		year          int
	}{
		"Shemini Atzeres/Simchas Torah 5779":                        {2, 1, 5779},
		"Sukkot & Simchat Torah 5779":                               {2, 1, 5779},
		"Pesach / Passover 5784":                                    {2, 1, 5784},
		"שמיני עצרת/שמחת תורה תשע\"ט":                               {2, 1, 5779},
		"Chag HaBanot, Chanukah: 7 Candles/Rosh Chodesh Tevet 5785": {3, 2, 5785},
		"Purim 5784": {1, 1, 5784},
	} {
		t.Run(in, func(t *testing.T) {
			r, err := parse.Parse(in)
			require.NoError(t, err)
			f, ok := r.Get(layout.Holiday)
			require.True(t, ok)
			list, joined := parse.OccasionListIn(nil, in[f.Start:f.End])
			assert.Len(t, list, want.names)
			assert.Equal(t, want.joined, joined)
			y, ok := r.Get(layout.HebrewYear)
			require.True(t, ok)
			assert.Equal(t, want.year, y.Value)
		})
	}
	_, err := parse.Parse("Purim/5784 guests")
	assert.Error(t, err)
}
