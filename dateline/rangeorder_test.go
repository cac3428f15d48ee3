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
	for _, tc := range []struct {
		text     string
		opt      []dateline.Option
		from, to string
		warn     bool
	}{
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
	} {
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
