package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// A layout in the reference day's own words with the year's two digits
// after a comma ("Jan 2, 06") would write "Jan 5, 12" for January 5, 2012,
// which reads as two days of a list, no date: Compile refuses it, as
// LayoutOf refuses "Dec 22, 19".
func TestCompileCommaTwoDigitYear(t *testing.T) {
	for _, l := range []string{"Jan 2, 06", "January 2, 06", "Mon, Jan 2, 06", "2 Jan, 06"} {
		_, err := dateline.Compile(l)
		assert.ErrorIs(t, err, dateline.ErrLayout, l)
	}
	for _, l := range []string{"Jan 2 06", "01/02/06", "Jan 2, 2006", "Jan 2, 06:00"} {
		_, err := dateline.Compile(l)
		require.NoError(t, err, l)
	}
}
