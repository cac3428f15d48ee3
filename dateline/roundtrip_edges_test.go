package dateline_test

import (
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
)

// TestWrittenReadsBack holds issue 11's seventh item: whatever Format or
// MarshalJSON writes reads back to the same day (and instant), or they
// refuse to write it, over years from -9999 to 10000 and beyond, zones of
// any offset and zones whose clocks skip midnight.
func TestWrittenReadsBack(t *testing.T) {
	zones := []*time.Location{time.UTC, time.FixedZone("", 100*60*60), time.FixedZone("", -25*60*60), time.FixedZone("", 5*60*60+30*60)}
	for _, name := range []string{"America/Santiago", "America/New_York", "Pacific/Apia"} {
		loc, err := time.LoadLocation(name)
		require.NoError(t, err)
		zones = append(zones, loc)
	}
	years := []int{-100000, -10000, -9999, -3761, -3760, -1, 0, 1, 1752, 2024, 6239, 6240, 9999, 10000, 123456789012}
	r := rand.New(rand.NewPCG(11, 7))
	n := 3000
	if testing.Short() {
		n = 300
	}
	for range n {
		years = append(years, r.IntN(10000)-3760)
	}
	for i, y := range years {
		loc := zones[i%len(zones)]
		tm := time.Date(y, time.Month(1+r.IntN(12)), 1+r.IntN(28), r.IntN(24), r.IntN(60), 0, 0, loc)
		d := dateline.New(tm, dateline.In(loc))
		for _, layout := range []string{format.Full, format.Published} {
			s := d.Format(layout)
			if d.Hebrew.IsZero() {
				// Out of the Hebrew years, which Parse refuses
				// (out-of-range): not written, but said.
				assert.True(t, strings.HasPrefix(s, "%!Format("), "%v has no Hebrew date: %q", tm, s)
				continue
			}
			back, err := dateline.Parse(s, dateline.In(loc))
			if assert.NoError(t, err, "%v written as %q", tm, s) {
				assert.Equal(t, dayOf(tm), dayOf(back.Time), "%v written as %q", tm, s)
				if layout == format.Full {
					assert.Equal(t, d.Hebrew, back.Hebrew, "%v written as %q", tm, s)
				}
			}
		}
		b, err := json.Marshal(d)
		if err != nil {
			continue // refused
		}
		var back dateline.Dateline
		if assert.NoError(t, json.Unmarshal(b, &back), "%s", b) {
			assert.True(t, d.Time.Equal(back.Time), "%s", b)
			assert.Equal(t, d.Hebrew, back.Hebrew, "%s", b)
		}
	}
}

func TestEdgeYears(t *testing.T) {
	for _, in := range []string{"Purim 9999", "14 Adar 9999", "Friday, January 1, -0001 | 27 Tevet 3759", "January 1, -3000"} {
		_, err := dateline.Parse(in)
		assert.NoError(t, err, in)
	}
	_, err := json.Marshal(dateline.New(time.Date(2024, 1, 1, 0, 0, 0, 0, time.FixedZone("", 100*60*60))))
	assert.Error(t, err)
	assert.Equal(t, "%!Format(January 1, 10000 is outside the days this calendar supports, September 7, -3760 (1 Tishrei 1) to September 25, 6239 (29 Elul 9999))",
		dateline.New(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)).String())
}
