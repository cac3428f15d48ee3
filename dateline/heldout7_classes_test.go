package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout7Classes: made-up datelines of the classes that the seventh
// held-out set (real datelines of sites no test had seen) found misread,
// each with its day and the problems it must have.
//
//   - a Hebrew date with the civil year after a slash, as Chabad usage
//     writes it ("22 Shvat 5748/1988", "25 Adar, 5661/1901"): the civil
//     year is the year of the day, and one that is not is an error; before,
//     the Hebrew year was dropped with it and the date read in a year near
//     the reference, a wrong answer.
func TestHeldout7Classes(t *testing.T) {
	tests := []struct {
		in    string
		when  string // the dateline's day, YYYY-MM-DD
		codes []dateline.Code
	}{
		{"3 Tammuz 5754/1994", "1994-06-12", nil},
		{"Shabbos, 2 Iyar 5700/1940", "1940-05-10", []dateline.Code{dateline.CodeWeekday}},
		{"Friday, 2 Iyar 5700/1940", "1940-05-10", nil},
		{"10 Shevat, 5710/1950", "1950-01-28", nil},
		{"19 Kislev 5559 / 1798", "1798-11-27", nil},
		{"1 Tishrei 5785/2024", "2024-10-03", nil},
		// The year of the day, not of the Hebrew year's start.
		{"1 Nisan 5785/2024", "2025-03-30", []dateline.Code{dateline.CodeCalendar}},
		{"12 Tammuz 5687/1928", "1927-07-12", []dateline.Code{dateline.CodeCalendar}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, dateline.Reference(corpusReference))
			var codes []dateline.Code
			for _, p := range rep.Problems {
				require.NotEqual(t, dateline.CodeSyntax, p.Code, "%s", p.Message)
				if p.Severity != dateline.Info {
					codes = append(codes, p.Code)
				}
			}
			assert.Equal(t, tc.when, rep.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.codes, codes)
			if len(tc.codes) > 0 {
				return
			}
			l, err := dateline.LayoutOf(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.in, l.Format(rep.Dateline.Time, rep.Dateline.Hebrew))
		})
	}
	// Two Hebrew years, or a number too far from the Hebrew year, are no
	// civil year: they are not read as one.
	for _, in := range []string{"22 Shvat 5748/5749", "22 Shvat 5748/1950"} {
		rep := dateline.Check(in, dateline.Reference(corpusReference))
		assert.False(t, rep.OK(), in)
		assert.NotEqual(t, "1988-02-10", rep.Dateline.Time.Format("2006-01-02"), in)
	}
}
