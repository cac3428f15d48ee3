package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// cosmeticRef is the reference of the adversarial review of the texts:
// March 2, 2024.
var cosmeticRef = dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))

// TestFixcosmeticListDayMessage: the other day of a list that does not
// exist was told there was no such day "for the range to end on"
// ("10, 20, 30 Adar II 5784"; Adar II 5784 has 29 days). A list says
// "in the list", a range joined by a dash keeps "for the range to end
// on", and two days joined by a word ("and", "al") say neither.
func TestFixcosmeticListDayMessage(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"10, 20, 30 Adar II 5784", "Adar II 5784 has 29 days, so there is no 30 Adar II in the list"},
		{"10, 20, 30 באדר ב׳ תשפ״ד", "Adar II 5784 has 29 days, so there is no 30 Adar II in the list"},
		{"February 10, 20, 30, 2023", "February 2023 has 28 days, so there is no February 30 in the list"},
		{"10., 20., 30. Februar 2023", "February 2023 has 28 days, so there is no February 30 in the list"},
		{"February 4 and 30, 2023", "February 2023 has 28 days, so there is no February 30"},
		{"del 10 al 30 de febrero de 2023", "February 2023 has 28 days, so there is no February 30"},
		// Near misses: ranges stay ranges.
		{"10-30 Adar II 5784", "Adar II 5784 has 29 days, so there is no 30 Adar II for the range to end on"},
		{"10 – 30 Adar II 5784", "Adar II 5784 has 29 days, so there is no 30 Adar II for the range to end on"},
		{"February 10-30, 2023", "February 2023 has 28 days, so there is no February 30 for the range to end on"},
		{"10.-30. Februar 2023", "February 2023 has 28 days, so there is no February 30 for the range to end on"},
		{"Monday, March 4, 2024 | 24 Adar I-30 Adar II 5784", "Adar II 5784 has 29 days, so there is no 30 Adar II for the range to end on"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, cosmeticRef)
			require.False(t, rep.OK())
			require.NotEmpty(t, rep.Problems)
			assert.Equal(t, dateline.CodeNoSuchDay, rep.Problems[0].Code)
			assert.Equal(t, tc.want, rep.Problems[0].Message)
		})
	}
}

// TestFixcosmeticHebrewLookingYear: "September 25, 6239", the last day
// supported, was warned that "6239 is a Hebrew year rather than a
// Gregorian one", though no September 25 falls in Hebrew year 6239
// (September 25, 2478 is 26 Elul 6238; September 25, 2479 is 8 Tishrei
// 6240). A Gregorian year of 5000 or more is warned of where its month
// and day fall in the Hebrew year of that number, saying when, or where
// the year is within a century of the reference's Hebrew year, saying
// that they do not; the warning says the year "looks like" a Hebrew one.
func TestFixcosmeticHebrewLookingYear(t *testing.T) {
	for _, tc := range []struct {
		in, day string
		want    string // the warning's message; "" for none
	}{
		{"September 25, 6239", "6239-09-25", ""},
		{"25 septembre 6239", "6239-09-25", ""},
		{"24 September 6239", "6239-09-24", ""}, // 7 Tishrei 6240 in 2479
		{"25 September 6100", "6100-09-25", ""}, // 23 Elul 6099 in 2339, 5 Tishrei 6101 in 2340
		{"12 November 2024", "2024-11-12", ""},  // near miss: no Hebrew-looking year
		{"12 November 4999", "4999-11-12", ""},  // below 5000
		{"2. September 6239", "6239-09-02", "6239 looks like a Hebrew year: in Hebrew year 6239 it is September 2, 2479; it was read as the Gregorian year 6239"},
		{"1 marzo 6239", "6239-03-01", "6239 looks like a Hebrew year: in Hebrew year 6239 it is March 1, 2479; it was read as the Gregorian year 6239"},
		{"12 November 5785", "5785-11-12", "5785 looks like a Hebrew year: in Hebrew year 5785 it is November 12, 2024; it was read as the Gregorian year 5785"},
		{"12 נובמבר 5785", "5785-11-12", "5785 looks like a Hebrew year: in Hebrew year 5785 it is November 12, 2024; it was read as the Gregorian year 5785"},
		{"September 25, 5785", "5785-09-25", "5785 looks like a Hebrew year, though no September 25 falls in Hebrew year 5785; it was read as the Gregorian year 5785"},
		{"25. September 5785", "5785-09-25", "5785 looks like a Hebrew year, though no September 25 falls in Hebrew year 5785; it was read as the Gregorian year 5785"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, cosmeticRef)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			var got []string
			for _, p := range rep.Problems {
				if p.Code == dateline.CodeYearUnlikely {
					got = append(got, p.Message)
				}
			}
			if tc.want == "" {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, []string{tc.want}, got)
		})
	}
}

// TestFixcosmeticNewPastRange: New of an instant past the supported days
// (September 26, 6239, or before September 7, -3760) keeps its Gregorian
// day, as New's doc says, and so is not the zero Dateline; Format and
// String wrote "" for it, as for the zero Dateline, and now write
// %!Format(…) with the range. The first and last days supported are
// written as before.
func TestFixcosmeticNewPastRange(t *testing.T) {
	for _, tc := range []struct {
		at   time.Time
		want string
	}{
		{time.Date(6239, time.September, 26, 12, 0, 0, 0, time.UTC), "%!Format(September 26, 6239 is outside the days this calendar supports, September 7, -3760 (1 Tishrei 1) to September 25, 6239 (29 Elul 9999))"},
		{time.Date(-3760, time.September, 6, 23, 59, 0, 0, time.UTC), "%!Format(September 6, -3760 is outside the days this calendar supports, September 7, -3760 (1 Tishrei 1) to September 25, 6239 (29 Elul 9999))"},
		{time.Date(6239, time.September, 25, 12, 0, 0, 0, time.UTC), "Wednesday, September 25, 6239 | 29 Elul 9999"},
		{time.Date(-3760, time.September, 7, 0, 0, 0, 0, time.UTC), "Monday, September 7, -3760 | 1 Tishrei 1"},
	} {
		t.Run(tc.at.Format(time.DateOnly), func(t *testing.T) {
			d := dateline.New(tc.at)
			assert.False(t, d.IsZero())
			assert.Equal(t, tc.want, d.String())
			assert.Equal(t, tc.want, d.Format("Monday, January 2, 2006 | 2 Tevet 5766"))
		})
	}
	assert.Equal(t, "", dateline.Dateline{}.String()) // the zero Dateline still writes nothing
}

// TestFixcosmeticGoYearFirstLayout: "06-01-02", Go's yy-mm-dd layout of
// the reference day, was refused with "give a day after the 12th, or the
// reference day, January 2, 2006", which is what it is. It is refused
// still (its two-digit year first is not read), saying so; other
// ambiguous examples keep their message, and the year last compiles.
func TestFixcosmeticGoYearFirstLayout(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"06-01-02", "a year of two digits is read last, not first; write the year first in four digits (2006-01-02), or last (02-01-06)"},
		{"06/01/02", "a year of two digits is read last, not first"},
		{"06.01.02", "a year of two digits is read last, not first"},
		{"06-01-02 15:04", "a year of two digits is read last, not first"},
		{"03/02/2024", "give a day after the 12th, or the reference day, January 2, 2006"},
		{"05/04/03", "give a day after the 12th, or the reference day, January 2, 2006"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			_, err := dateline.Compile(tc.in)
			require.Error(t, err)
			assert.ErrorIs(t, err, dateline.ErrAmbiguous)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
	for _, in := range []string{"02-01-06", "2006-01-02", "02.01.06"} {
		t.Run(in, func(t *testing.T) {
			_, err := dateline.Compile(in)
			assert.NoError(t, err)
		})
	}
}
