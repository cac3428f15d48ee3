package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestYearOfDateBefore: a civil date without a year after a date of the
// same sentence that states one is of that year, or of the next where
// its month comes more than half a year before the other's: "Pesach begins April 12, 2025; it
// ends on April 20" was April 20, 2027, the year nearest the reference,
// with only an info. After a sentence's end, the year is the nearest
// again.
func TestYearOfDateBefore(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	tests := []struct {
		in   string
		want []string
	}{
		{"Pesach begins April 12, 2025; the fair ends on April 20.", []string{"2025-04-12", "2025-04-20"}},
		// One range since withLaterEnd, its end of the start's year.
		{"Pesach begins April 12, 2025; it ends on April 20.", []string{"2025-04-12"}},
		// One range since the seventy-third round (an end's weekday
		// alone, TestRangeEndWeekdayAlone), its end of the start's year.
		{"Yom Kippour commence le 1er octobre 2025 et se termine le jeudi 2 octobre.", []string{"2025-10-01"}},
		{"Yom Kippour commence le 1er octobre 2025. Le jeudi 2 octobre, on rentre.", []string{"2025-10-01", "2025-10-02"}},
		// One range since a start's year gives a range's yearless end
		// its year (TestRangeStartYearEndYearless), its end January 3,
		// 2026, as the two datelines were.
		{"From December 28, 2025 until January 3 we close.", []string{"2025-12-28"}},
		{"It ended on May 2, 2025, having begun on April 26.", []string{"2025-05-02", "2025-04-26"}},
		{"Pesach begins April 12, 2025. On April 20 we met.", []string{"2025-04-12", "2027-04-20"}},
		{"Pesach begins April 12, 2025\nApril 20: Seder", []string{"2025-04-12", "2027-04-20"}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, ref)
			require.Len(t, ms, len(tc.want))
			for i, m := range ms {
				assert.Equal(t, tc.want[i], m.Report.Dateline.Time.Format("2006-01-02"), tc.in[m.Start:m.End])
			}
		})
	}
}
