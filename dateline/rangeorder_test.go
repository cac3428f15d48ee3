package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestNumericRangeOrder: both ends of a range of numeric dates take one
// order, the one the day-first or month-first option says, or, without
// one, the one its weekdays fit, with a warning where both orders read.
// The option turned the start alone: "4/4/2024 - 5/4/2024" day first was
// April 4 to May 4, as its start reads the same both ways, with nothing
// said, and "3/4/2024 - 5/4/2024" was refused for a May 4 no end was
// read as (found trying the command as an adversary).
func TestNumericRangeOrder(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.June, 1, 0, 0, 0, 0, time.UTC))
	checkRangeOrder(t, ref, []rangeOrderCase{
		{"4/4/2024 - 5/4/2024", []dateline.Option{dateline.DayFirst()}, "2024-04-04", "2024-04-05", false},
		{"2/3/2024 - 3/3/2024", []dateline.Option{dateline.DayFirst()}, "2024-03-02", "2024-03-03", false},
		{"3/4/2024 - 5/4/2024", []dateline.Option{dateline.DayFirst()}, "2024-04-03", "2024-04-05", false},
		{"10/4/2024 - 12/4/2024", []dateline.Option{dateline.DayFirst()}, "2024-04-10", "2024-04-12", false},
		{"2-3-2024 - 3-3-2024", []dateline.Option{dateline.DayFirst()}, "2024-03-02", "2024-03-03", false},
		{"2.3.2024 - 3.3.2024", []dateline.Option{dateline.MonthFirst()}, "2024-02-03", "2024-03-03", false},
		{"4/4/2024 - 5/4/2024", []dateline.Option{dateline.MonthFirst()}, "2024-04-04", "2024-05-04", false},
		// The weekdays say which.
		{"Thursday 4/4/2024 - Friday 5/4/2024", nil, "2024-04-04", "2024-04-05", false},
		{"Monday 4/3/2024 - Tuesday 5/3/2024", nil, "2024-03-04", "2024-03-05", false},
		{"Monday 4/3/2024 - Tuesday 5/3/2024", []dateline.Option{dateline.DayFirst()}, "2024-03-04", "2024-03-05", false},
		// Both read: the text's order, said.
		{"4/4/2024 - 5/4/2024", nil, "2024-04-04", "2024-05-04", true},
		{"3/4/2024 - 5/4/2024", nil, "2024-03-04", "2024-05-04", true},
		// Points are day first where they are written, as for one date.
		{"2.3.2024 - 3.3.2024", nil, "2024-03-02", "2024-03-03", false},
		// One order only: 13 is no month.
		{"3/4/2024 - 13/4/2024", []dateline.Option{dateline.MonthFirst()}, "2024-04-03", "2024-04-13", false},
	})
	// The weekdays fit neither order the option allows: an error.
	for _, text := range []string{"Thursday 4/4/2024 - Friday 5/4/2024"} {
		rep := dateline.Check(text, ref, dateline.MonthFirst())
		assert.False(t, rep.OK(), text)
	}
}

// TestNumericRangeYearFirst: a range of two dates written year first, as
// ISO 8601 writes them, is year, month, day in every order, as one such
// date is. With the day-first option "2024-03-04 - 2024-03-06" was April
// 3 to June 3, with nothing said (and with its weekdays written, an error
// that April 3 is no Monday); without an option it came with a warning
// that named that reading and pointed to the option (found trying the
// command as an adversary).
func TestNumericRangeYearFirst(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	orders := map[string][]dateline.Option{
		"none": nil, "day first": {dateline.DayFirst()}, "month first": {dateline.MonthFirst()},
	}
	for _, tc := range []struct {
		text     string
		from, to string
	}{
		{"2024-03-04 - 2024-03-06", "2024-03-04", "2024-03-06"},
		{"2024-03-04 – 2024-03-06", "2024-03-04", "2024-03-06"},
		{"2024/03/04 - 2024/03/06", "2024-03-04", "2024-03-06"},
		{"2024.03.04 - 2024.03.06", "2024-03-04", "2024-03-06"},
		{"2024-03-04T10:00 - 2024-03-06T12:00", "2024-03-04", "2024-03-06"},
		{"from 2024-03-04 to 2024-03-06", "2024-03-04", "2024-03-06"},
		{"vom 2024-03-04 bis 2024-03-06", "2024-03-04", "2024-03-06"},
		{"du 2024-03-04 au 2024-03-06", "2024-03-04", "2024-03-06"},
		{"Mon 2024-03-04 – Wed 2024-03-06", "2024-03-04", "2024-03-06"},
		{"2024-05-01 – 2024-06-02", "2024-05-01", "2024-06-02"},
		{"2024-11-10 עד 2024-12-09", "2024-11-10", "2024-12-09"},
		{"2024-12-09 - 2025-01-02", "2024-12-09", "2025-01-02"},
	} {
		for name, opt := range orders {
			t.Run(tc.text+"/"+name, func(t *testing.T) {
				rep := dateline.Check(tc.text, append([]dateline.Option{ref}, opt...)...)
				assert.True(t, rep.OK(), "%v", rep.Problems)
				assert.Equal(t, tc.from, rep.Dateline.Time.Format(time.DateOnly))
				if assert.NotEmpty(t, rep.Also) {
					assert.Equal(t, tc.to, rep.Also[len(rep.Also)-1].Time.Format(time.DateOnly))
				}
				assert.False(t, hasProblem(rep, dateline.CodeDateAmbiguous, dateline.Warning), "%v", rep.Problems)
			})
		}
	}
	// In running text too.
	ms := dateline.Find("Conference: 2024-03-04 – 2024-03-06, Tel Aviv", ref, dateline.DayFirst())
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "2024-03-04", ms[0].Dateline.Time.Format(time.DateOnly))
	}
	// Near misses: a year last still reads both ways, and the option
	// says which.
	for _, tc := range []struct {
		text     string
		opt      dateline.Option
		from, to string
	}{
		{"04/03/2024 - 06/03/2024", dateline.DayFirst(), "2024-03-04", "2024-03-06"},
		{"04/03/2024 - 06/03/2024", dateline.MonthFirst(), "2024-04-03", "2024-06-03"},
		{"4-3-2024 - 6-3-2024", dateline.DayFirst(), "2024-03-04", "2024-03-06"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, ref, tc.opt)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.from, rep.Dateline.Time.Format(time.DateOnly))
			if assert.NotEmpty(t, rep.Also) {
				assert.Equal(t, tc.to, rep.Also[len(rep.Also)-1].Time.Format(time.DateOnly))
			}
		})
	}
}

// TestNumericSlashedRangeBothOrders: a range whose start is a day and a
// month with a slash, joined by a dash to the end's whole date, where
// both orders read (every number 12 or under), is read whole, month first
// as slashes are, and turned day first as TestNumericRangeOrder's ranges
// are: by the option, or by the weekdays, with a warning where both fit.
// "3/4-5/4/2024" was no range: convert refused it, and scan read its end
// alone ("הכנס יתקיים 3/4-5/4/2024 באולם" with the day-first option was
// April 5, the start lost; found trying the command as an adversary).
func TestNumericSlashedRangeBothOrders(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	checkRangeOrder(t, ref, []rangeOrderCase{
		{"3/4-5/4/2024", []dateline.Option{dateline.DayFirst()}, "2024-04-03", "2024-04-05", false},
		{"3/4-5/4/2024", []dateline.Option{dateline.MonthFirst()}, "2024-03-04", "2024-05-04", false},
		{"3/4-5/4/2024", nil, "2024-03-04", "2024-05-04", true},
		{"3/4 - 5/4/2024", []dateline.Option{dateline.DayFirst()}, "2024-04-03", "2024-04-05", false},
		{"01/03-02/03/2018", []dateline.Option{dateline.DayFirst()}, "2018-03-01", "2018-03-02", false},
		{"01/03-02/03/2018", []dateline.Option{dateline.MonthFirst()}, "2018-01-03", "2018-02-03", false},
		{"6/9 – 8/9/2024", []dateline.Option{dateline.DayFirst()}, "2024-09-06", "2024-09-08", false},
		{"6/9 – 8/9/2024", []dateline.Option{dateline.MonthFirst()}, "2024-06-09", "2024-08-09", false},
		// The weekdays say which.
		{"Thu 4/4 - Fri 5/4/2024", nil, "2024-04-04", "2024-04-05", false},
		{"Wed 3/4 - Fri 5/4/2024", nil, "2024-04-03", "2024-04-05", false},
		// Near misses: a first number above 12 reads day first alone.
		{"28/02-1/03/2018", nil, "2018-02-28", "2018-03-01", false},
		{"15/04-17/04/2018", []dateline.Option{dateline.MonthFirst()}, "2018-04-15", "2018-04-17", false},
	})
	// In running text, the start is the match's.
	for _, tc := range []struct {
		text, start string
		opt         dateline.Option
		from, to    string
	}{
		{"הכנס יתקיים 3/4-5/4/2024 באולם", "3/4", dateline.DayFirst(), "2024-04-03", "2024-04-05"},
		{"Event runs 3/4-5/4/2024 at the hall.", "3/4", dateline.MonthFirst(), "2024-03-04", "2024-05-04"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref, tc.opt)
			if assert.Len(t, ms, 1) {
				assert.Equal(t, tc.start, tc.text[ms[0].Start:ms[0].Start+len(tc.start)])
				assert.Equal(t, tc.from, ms[0].Dateline.Time.Format(time.DateOnly))
				if assert.NotEmpty(t, ms[0].Also) {
					assert.Equal(t, tc.to, ms[0].Also[len(ms[0].Also)-1].Time.Format(time.DateOnly))
				}
			}
		})
	}
}

// TestNumericRangeHebrewText: a range of two numeric dates that each read
// both ways is day first in Hebrew text, both ends at once, as one date
// is ("2/3/2024 בערב" is March 2): "2/3-5/3/2024 בערב" and "יום שבת
// 2/3-5/3/2024" were February 3 to May 3, with a warning, and "2/3/2024 -
// 5/3/2024 בערב" February 3 to March 5, its end turned alone. A slashed
// start joined by a day-first language's word for "to" reads too: "מ-2/3
// עד 5/3/2024", "du 2/3 au 5/3/2024" were refused at the word. Without
// Hebrew text or such a word, the range is month first, with the warning.
func TestNumericRangeHebrewText(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	checkRangeOrder(t, ref, []rangeOrderCase{
		{"2/3-5/3/2024 בערב", nil, "2024-03-02", "2024-03-05", false},
		{"2/3/2024 - 5/3/2024 בערב", nil, "2024-03-02", "2024-03-05", false},
		{"2/3/2024 - 5/3/2024 (בערב)", nil, "2024-03-02", "2024-03-05", false},
		{"יום שבת 2/3-5/3/2024", nil, "2024-03-02", "2024-03-05", false},
		{"4/10-5/10/2022 בערב", nil, "2022-10-04", "2022-10-05", false},
		{"מ-2/3 עד 5/3/2024", nil, "2024-03-02", "2024-03-05", false},
		{"מ-4/10 עד 5/10/2022", nil, "2022-10-04", "2022-10-05", false},
		{"du 2/3 au 5/3/2024", nil, "2024-03-02", "2024-03-05", false},
		{"del 2/3 al 5/3/2024", nil, "2024-03-02", "2024-03-05", false},
		{"vom 2/3 bis 5/3/2024", nil, "2024-03-02", "2024-03-05", false},
		// Points are day first anyway.
		{"2.3-5.3.2024 בערב", nil, "2024-03-02", "2024-03-05", false},
		{"מ-2.3 עד 5.3.2024", nil, "2024-03-02", "2024-03-05", false},
		// Near misses: no Hebrew, no day-first word: month first, said.
		{"2/3-5/3/2024", nil, "2024-02-03", "2024-05-03", true},
		{"2/3/2024 - 5/3/2024", nil, "2024-02-03", "2024-05-03", true},
		// One order only: 14 is no month.
		{"14/3-16/3/2024", nil, "2024-03-14", "2024-03-16", false},
	})
	// In a Hebrew sentence, as a date in one is.
	for _, tc := range []struct{ text, span, from, to string }{
		{"האירוע יתקיים 4/10-5/10/2022 באולם", "4/10-5/10/2022", "2022-10-04", "2022-10-05"},
		{"האירוע יתקיים 2/3/2024 - 5/3/2024 באולם", "2/3/2024 - 5/3/2024", "2024-03-02", "2024-03-05"},
		{"הכנס יתקיים מ-2/3 עד 5/3/2024 בתל אביב", "מ-2/3 עד 5/3/2024", "2024-03-02", "2024-03-05"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			if assert.Len(t, ms, 1) {
				m := ms[0]
				assert.Equal(t, tc.span, tc.text[m.Start:m.End])
				assert.Equal(t, tc.from, m.Dateline.Time.Format(time.DateOnly))
				if assert.NotEmpty(t, m.Also) {
					assert.Equal(t, tc.to, m.Also[len(m.Also)-1].Time.Format(time.DateOnly))
				}
			}
		})
	}
}

// rangeOrderCase is a range of numeric dates read with options opt: its
// first and last days, and whether a warning says both orders read.
type rangeOrderCase struct {
	text     string
	opt      []dateline.Option
	from, to string
	warn     bool
}

// checkRangeOrder checks each case read with reference ref.
func checkRangeOrder(t *testing.T, ref dateline.Option, cases []rangeOrderCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, append([]dateline.Option{ref}, tc.opt...)...)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.from, rep.Dateline.Time.Format(time.DateOnly))
			if assert.NotEmpty(t, rep.Also) {
				assert.Equal(t, tc.to, rep.Also[len(rep.Also)-1].Time.Format(time.DateOnly))
			}
			assert.Equal(t, tc.warn, hasProblem(rep, dateline.CodeDateAmbiguous, dateline.Warning), "%v", rep.Problems)
		})
	}
}
