package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestTwoDigitYearWindow: a two-digit year is the one within the eighty
// years before the reference and the twenty after; a weekday that fits
// only another century chooses it.
func TestTwoDigitYearWindow(t *testing.T) {
	for _, tc := range []struct {
		in   string
		ref  int
		want int
	}{
		{"Oct 7, '70", 2021, 1970},
		{"Oct 7, '41", 2021, 1941},
		{"Oct 7, '40", 2021, 2040},
		{"Oct 7, '00", 2021, 2000},
		{"Oct 7, '99", 1980, 1999},
		{"Oct 7, '00", 1980, 1900},
		{"Oct 7, '46", 2026, 1946},
		{"Oct 7, '45", 2026, 2045},
		{"Wednesday, Oct 7, '71", 2021, 2071}, // 1971's was a Thursday, 2071's a Wednesday
	} {
		t.Run(tc.in, func(t *testing.T) {
			d, err := dateline.Parse(tc.in, dateline.Reference(time.Date(tc.ref, time.June, 1, 0, 0, 0, 0, time.UTC)))
			require.NoError(t, err)
			assert.Equal(t, tc.want, d.Time.Year())
		})
	}
}
