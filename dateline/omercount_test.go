package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
)

// TestOmerCountWithYear: a day of the Omer with a year and no date names
// its day, as an occasion with its year does ("Lag BaOmer 5784"): day N
// is 16 Nisan and the N-1 days after it, of the Hebrew year, or of the
// civil year's spring. Each was refused ("expected a month name", "expected
// a date"). The days are /tmp/tools/hd's.
func TestOmerCountWithYear(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, day, hebrew string }{
		{"33rd day of the Omer 5784", "2024-05-26", "18 Iyyar 5784"},
		{"the 49th day of the Omer 5784", "2024-06-11", "5 Sivan 5784"},
		{"The 1st day of the Omer, 5700", "1940-04-24", "16 Nisan 5700"},
		{"33rd Day of the Omer תשפ״ד", "2024-05-26", "18 Iyyar 5784"},
		{"Omer: day 33, 5784", "2024-05-26", "18 Iyyar 5784"},
		{"Omer: day 33 5785", "2025-05-16", "18 Iyyar 5785"},
		{"Omer 48, 5786", "2026-05-20", "4 Sivan 5786"},
		{"omer: 16th, 5784", "2024-05-09", "1 Iyyar 5784"},
		{"Day 33 of the Omer, 5784", "2024-05-26", "18 Iyyar 5784"},
		{"day 33 of the Omer 2024", "2024-05-26", "18 Iyyar 5784"},
		{"DAY 49 OF THE OMER 2025", "2025-06-01", "5 Sivan 5785"},
		{"day 1 of the Omer 2024", "2024-04-24", "16 Nisan 5784"},
		{"Day 33 of the Omer in 5785", "2025-05-16", "18 Iyyar 5785"},
		{"day 33 of the Omer of 2025", "2025-05-16", "18 Iyyar 5785"},
		{"Friday, day 33 of the Omer 2025", "2025-05-16", "18 Iyyar 5785"},
		{"33rd day of the Omer 5784 (2024)", "2024-05-26", "18 Iyyar 5784"},
		{"8. Tag des Omer 5783", "2023-04-14", "23 Nisan 5783"},
		{"8º día del Omer 5783", "2023-04-14", "23 Nisan 5783"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, ref)
			require.True(t, rep.OK(), "%+v", rep.Problems)
			assert.Empty(t, rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.hebrew, rep.Dateline.Hebrew.String())
		})
	}
}

// TestOmerCountWithYearRefused: near misses of the count with a year stay
// refused: a count outside 1 to 49 is out of range and names the count; a
// count with no year names no day; a weekday or civil year that is not the
// day's is an error, as beside an occasion.
func TestOmerCountWithYearRefused(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct {
		text, found string
		code        dateline.Code
	}{
		{"50th day of the Omer 5784", "50th", dateline.CodeOutOfRange},
		{"Omer: day 50, 5784", "50", dateline.CodeOutOfRange},
		{"day 0 of the Omer 2024", "0", dateline.CodeOutOfRange},
		{"Day 64 of the Omer, 5784", "64", dateline.CodeOutOfRange},
		{"33rd day of the Omer", "", dateline.CodeSyntax},
		{"Omer: day 33", "", dateline.CodeSyntax},
		{"day 33 of the Omer", "", dateline.CodeSyntax},
		{"day 33 of the Omer 25", "", dateline.CodeSyntax},
		{"day 33 of Omer 2024", "", dateline.CodeSyntax},
		{"day 33 of the Omers 2024", "", dateline.CodeSyntax},
		{"day 33 of the trip 2024", "", dateline.CodeSyntax},
		{"Monday, 33rd day of the Omer 5784", "", dateline.CodeWeekday},
		{"33rd day of the Omer 5784 (2025)", "", dateline.CodeCalendar},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, ref)
			require.False(t, rep.OK(), "%+v", rep.Dateline)
			p := rep.Problems[0]
			assert.Equal(t, tc.code, p.Code, "%+v", rep.Problems)
			if tc.found != "" {
				assert.Equal(t, tc.found, tc.text[p.Start:p.End], "%+v", p)
			}
		})
	}
	_, err := dateline.Parse("50th day of the Omer 5784")
	assert.ErrorIs(t, err, hebrew.ErrRange)
}

// TestOmerCountLayout: a layout of a count with a year alone writes the
// count of the day it is given in the Omer's season, with its year, and
// outside it is refused with an error that says so, as a layout of an
// occasion alone is on a day without one (ErrNoOccasion).
func TestOmerCountLayout(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, layout, inSeason, after string }{
		{"33rd day of the Omer 5784", "2nd day of the Omer 5766", "1st day of the Omer 5785", "49th day of the Omer 5785"},
		{"Omer: day 33, 5784", "Omer: day 2, 5766", "Omer: day 1, 5785", "Omer: day 49, 5785"},
		{"Day 33 of the Omer, 5784", "Day 2 of the Omer, 5766", "Day 1 of the Omer, 5785", "Day 49 of the Omer, 5785"},
		{"day 33 of the Omer 2024", "day 2 of the Omer 2006", "day 1 of the Omer 2025", "day 49 of the Omer 2025"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, ref)
			require.True(t, rep.OK(), "%+v", rep.Problems)
			assert.Equal(t, tc.layout, rep.Layout)
			_, err := dateline.Compile(tc.layout)
			require.NoError(t, err)
			assert.Equal(t, tc.inSeason, day("2025-04-14").Format(tc.layout)) // 16 Nisan 5785
			assert.Equal(t, tc.after, day("2025-06-01").Format(tc.layout))    // 5 Sivan 5785
			back := dateline.Check(tc.after, ref)
			require.True(t, back.OK(), "%+v", back.Problems)
			assert.Equal(t, "2025-06-01", back.Dateline.Time.Format(time.DateOnly))
			for _, d := range []string{"2025-06-02", "2025-04-13", "2024-01-01"} {
				assert.Equal(t, "%!Format(the day is not in the Omer's season, 16 Nisan to 5 Sivan, for the layout to count)", day(d).Format(tc.layout), d)
			}
		})
	}
}

// TestFindOmerCount: in free text a count with its year is a date, as
// "Lag BaOmer 5784" is; a count alone is not, nor "day" before another
// number.
func TestFindOmerCount(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	for in, want := range map[string]string{
		"We met on the 33rd day of the Omer 5784 at the park.": "33rd day of the Omer 5784",
		"Save the date: Day 33 of the Omer, 5784!":             "Day 33 of the Omer, 5784",
		"It falls on day 33 of the Omer 2024 this year.":       "day 33 of the Omer 2024",
		"Sunday, May 26, 2024 - day 33 of the Omer":            "Sunday, May 26, 2024 - day 33 of the Omer",
		"The 33rd day of the Omer is a day of joy.":            "",
		"On day 12 of the trip we rested.":                     "",
		"day 33 of the Omer, and 5784 people came":             "",
	} {
		t.Run(in, func(t *testing.T) {
			ms := dateline.Find(in, ref)
			if want == "" {
				assert.Empty(t, ms)
				return
			}
			require.Len(t, ms, 1)
			assert.Equal(t, want, ms[0].Input)
			assert.Equal(t, "2024-05-26", ms[0].Dateline.Time.Format(time.DateOnly))
		})
	}
}
