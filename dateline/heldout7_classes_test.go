package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

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
//     the reference, a wrong answer;
//   - the Old Style day in brackets, as Wikipedia's template writes it
//     between the New Style day and the year or after the date ("April 19
//     [O.S. April 6] 1903", "19–21 April [O.S. 6–8 April] 1903"): the
//     Julian half of a dual date, checked against the New Style day; before,
//     it split the text into two year-less datelines.
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
		{"March 14 [O.S. March 2] 1881", "1881-03-14", nil},
		{"14 March [O.S. 2 March] 1881", "1881-03-14", nil},
		{"July 17 [O.S. July 4] 1918", "1918-07-17", nil},
		{"March 8–12 [O.S. February 23–27] 1917", "1917-03-08", nil},
		{"8–12 March [O.S. 23–27 February] 1917", "1917-03-08", nil},
		{"January 7, 1905 (O.S. December 25)", "1905-01-07", nil},
		{"7 de enero [ OS 25 de diciembre] de 1905", "1905-01-07", nil},
		// The Old Style day that is not the New Style day's Julian date.
		{"March 14 [O.S. March 3] 1881", "1881-03-14", []dateline.Code{dateline.CodeCalendar}},
		// Whatever its day: its marker says it is the Old Style half.
		// It was read as two datelines, the New Style day in the year
		// after the bracket and the Julian one, nothing said of the two.
		{"April 29 [O.S. April 6] 1903", "1903-04-29", []dateline.Code{dateline.CodeCalendar}},
		{"March 8 [O.S. February 13] 1903", "1903-03-08", []dateline.Code{dateline.CodeCalendar}},
		{"28 юли (6 юли стар стил) 1837 г.", "1837-07-28", []dateline.Code{dateline.CodeCalendar}},
		{"April 23 (April 2, Old Style), 1743", "1743-04-23", []dateline.Code{dateline.CodeCalendar}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.when, "2006-01-02", tc.codes, true) })
	}
	// Two Hebrew years are no civil year: they are not read as one. An
	// Old Style month that is neither the New Style day's nor the one
	// before is no Old Style day of it.
	for _, in := range []string{"22 Shvat 5748/5749", "March 14 [O.S. May 2] 1881"} {
		rep := dateline.Check(in, dateline.Reference(corpusReference))
		assert.False(t, rep.OK(), in)
		assert.NotEqual(t, "1988-02-10", rep.Dateline.Time.Format("2006-01-02"), in)
	}
	// A civil year too far from the Hebrew year is read, and is an error
	// that points at it (the thirty-first round: Find read the day alone
	// in the year nearest the reference, as if the text named none).
	rep := dateline.Check("22 Shvat 5748/1950", dateline.Reference(corpusReference))
	if assert.False(t, rep.OK()) {
		assert.Equal(t, dateline.CodeCalendar, rep.Problems[0].Code)
		assert.Equal(t, "1950", rep.Input[rep.Problems[0].Start:rep.Problems[0].End])
	}
	ms := dateline.Find("born 22 Shvat 5748/1950 in", dateline.Reference(corpusReference))
	if assert.Len(t, ms, 1) {
		assert.False(t, ms[0].OK())
	}
}
