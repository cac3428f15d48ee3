package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout9Classes: made-up datelines of the classes that the ninth
// held-out set (real datelines of sites no test had seen) found misread,
// each with its day and the problems it must have.
//
//   - a slash glued between the civil date and the Hebrew date, the
//     Turkish community's "7 Aralık/24 Kislev Perşembe": the digits after
//     the month's slash were read as a two-digit year (December 7, 2024, a
//     wrong answer with no problem at all), and after a year the slash and
//     digits as a numeric date (a syntax error, and Find read "7 Dec" in a
//     year near the reference). Digits after the slash that a month's name
//     follows are the other calendar's day.
func TestHeldout9Classes(t *testing.T) {
	tests := []struct {
		in    string
		when  string // the dateline's day, YYYY-MM-DD
		codes []dateline.Code
	}{
		{"7 Aralık/24 Kislev Perşembe", "2023-12-07", nil},
		{"Thursday, 7 December/24 Kislev 5784", "2023-12-07", nil},
		{"7 Dec 2023/24 Kislev 5784", "2023-12-07", nil},
		{"24 Kislev 5784/7 December 2023", "2023-12-07", nil},
		{"7 Aralık 2023/24 Kislev 5784", "2023-12-07", nil},
		// The civil day that is not the Hebrew day's.
		{"8 December/24 Kislev 5784", "2023-12-08", []dateline.Code{dateline.CodeCalendar}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.when, "2006-01-02", tc.codes, true) })
	}
	// A two-digit year after a month's dash or slash stays one where no
	// month follows it.
	for in, want := range map[string]string{"28-Feb-02": "2002-02-28", "03/Jul/15 08:08": "2015-07-03"} {
		rep := dateline.Check(in, dateline.Reference(corpusReference))
		assert.Equal(t, want, rep.Dateline.Time.Format("2006-01-02"), in)
	}
	// Find never reads the slash's digits as a year.
	for _, m := range dateline.Find("7 Aralık/24 Kislev", dateline.Reference(corpusReference)) {
		assert.Equal(t, "2023-12-07", m.Report.Dateline.Time.Format("2006-01-02"))
	}
}
