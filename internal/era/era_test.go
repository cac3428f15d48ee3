package era_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/era"
)

// TestOffsets: the offsets are the Hebrew years of a Gregorian year's
// first and last days, and the first and last Gregorian years are those of
// hebrew's first and last days.
func TestOffsets(t *testing.T) {
	for _, gy := range []int{era.FirstGregorianYear + 1, 1, 1752, 2024, 2025, era.LastGregorianYear - 1} {
		jan, err := hebrew.FromGregorian(gy, time.January, 1)
		require.NoError(t, err)
		dec, err := hebrew.FromGregorian(gy, time.December, 31)
		require.NoError(t, err)
		assert.Equal(t, gy+era.BeforeTishrei, jan.Year, "January 1, %d", gy)
		assert.Equal(t, gy+era.FromTishrei, dec.Year, "December 31, %d", gy)
	}

	first, err := hebrew.NewDate(hebrew.MinYear, hebrew.Tishrei, 1)
	require.NoError(t, err)
	gy, _, _ := first.Gregorian()
	assert.Equal(t, era.FirstGregorianYear, gy)
	assert.Equal(t, hebrew.MinYear-era.FromTishrei, era.FirstGregorianYear)

	last, err := hebrew.NewDate(hebrew.MaxYear, hebrew.Elul, 29)
	require.NoError(t, err)
	gy, _, _ = last.Gregorian()
	assert.Equal(t, era.LastGregorianYear, gy)
	assert.Equal(t, hebrew.MaxYear-era.BeforeTishrei, era.LastGregorianYear)
}
