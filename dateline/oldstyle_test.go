package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestDualDates: dual-dated Julian and Gregorian days, as English and
// colonial text wrote them before 1752, read as the Gregorian (New Style)
// day, the Old Style half checked to agree; a disagreement is a calendar
// error at the Old Style half. Layouts write them back.
func TestDualDates(t *testing.T) {
	tests := []struct {
		in, gregorian string
		ok            bool
		at            string // where the error is, for one that is not ok
	}{
		// George Washington's birth, as its records write it.
		{"February 11/22, 1732", "1732-02-22", true, ""},
		{"11/22 February 1732", "1732-02-22", true, ""},
		{"February 11, 1731/2", "1732-02-22", true, ""},
		{"February 11, 1731/32", "1732-02-22", true, ""},
		{"February 11, 1731/1732", "1732-02-22", true, ""},
		{"February 11/22, 1731/2", "1732-02-22", true, ""},
		{"Friday, February 11/22, 1732", "1732-02-22", true, ""},
		// The Julian day in the month before: January 31 (O.S.) is
		// February 10 (N.S.) in 1700; after the Julian leap day of
		// February 29, 1700, the calendars are 11 days apart.
		{"31/10 February 1700", "1700-02-10", true, ""},
		{"30/9 February 1700", "1700-02-09", true, ""},
		{"31/11 February 1700", "1700-02-11", false, "31"},
		{"March 1/12, 1700", "1700-03-12", true, ""},
		{"1 September 1641/2", "1642-09-11", false, "1641"}, // September: no double year
		{"February 12/22, 1732", "1732-02-22", false, "12"},
		{"February 11, 1730/1", "1731-02-22", true, ""},
		{"February 11, 1752/3", "1753-02-22", false, "1752"}, // from 1752 the year began on January 1
		{"Saturday, February 11/22, 1732", "1732-02-22", false, "Saturday"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in)
			require.NotEmpty(t, rep.Layout, "%v", rep.Problems)
			assert.Equal(t, tc.gregorian, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.ok, rep.OK(), "%v", rep.Problems)
			if !tc.ok {
				require.NotEmpty(t, rep.Problems)
				for _, p := range rep.Problems {
					if p.Severity == dateline.Error {
						assert.Equal(t, tc.at, tc.in[p.Start:p.End], p.Message)
						break
					}
				}
				return
			}
			l, err := dateline.LayoutOf(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.in, l.Format(rep.Dateline.Time, rep.Dateline.Hebrew))
		})
	}
	// Not dual dates: a season, and numbers that no calendars part.
	for _, in := range []string{"2019/20", "February 11/15, 1732"} {
		_, err := dateline.Parse(in)
		assert.Error(t, err, in)
	}
}
