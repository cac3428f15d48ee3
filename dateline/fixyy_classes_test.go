package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestFixyyLayoutUnlikelyYear: a layout's example whose numbers fit its
// weekday only in a year the reader warns of ("Tuesday 06/01/03", meant
// year first for Tuesday, January 3, 2006, fits day first in 1903 alone)
// compiled as "Monday 02/01/06" and wrote March 9, 2024 as "Saturday
// 09/03/24", in an order its author did not mean, with nothing said
// (found trying the command as an adversary). It is refused, with the
// slash, the hyphen and the dot, as the reference day written year first
// is, which read day first in 1902; the reference day itself, and an
// example of another day that reads one way in a likely year, still
// compile.
func TestFixyyLayoutUnlikelyYear(t *testing.T) {
	for _, l := range []string{
		"Tuesday 06/01/03", "Tuesday 06-01-03", "Tuesday 06.01.03",
		"Monday 06/01/02", "Monday 06.01.02",
		"Monday, 22 Dec 19", // 2019-12-22 is a Sunday, 1919-12-22 a Monday
		"Thursday 03/01/06", // March 1 or January 3 of 2006 is no Thursday; 1906-03-01 is
	} {
		t.Run(l, func(t *testing.T) {
			_, err := dateline.Compile(l)
			assert.ErrorIs(t, err, dateline.ErrLayout)
			_, err = dateline.LayoutOf(l)
			assert.ErrorIs(t, err, dateline.ErrLayout)
		})
	}
	for _, tc := range []struct{ layout, want string }{
		{"Monday 02/01/06", "Saturday 09/03/24"},
		{"Monday 02.01.06", "Saturday 09.03.24"},
		{"Monday 01/02/06", "Saturday 03/09/24"},
		{"Tuesday 2006-01-03", "Saturday 2024-03-09"},
		{"Tuesday 03/01/06", "Saturday 09/03/24"}, // January 3, 2006, day first
		{"Saturday 17.09.05", "Saturday 09.03.24"},
		{"Monday, 23 Dec 19", "Saturday, 9 Mar 24"},
	} {
		t.Run(tc.layout, func(t *testing.T) {
			l, err := dateline.Compile(tc.layout)
			require.NoError(t, err)
			d, err := dateline.Parse("2024-03-09")
			require.NoError(t, err)
			assert.Equal(t, tc.want, l.Format(d.Time, d.Hebrew))
		})
	}
}
