package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// listDays returns the dateline's day and its Also, as dates.
func listDays(m dateline.Report) []string {
	got := []string{m.Dateline.Time.Format(time.DateOnly)}
	for _, d := range m.Also {
		got = append(got, d.Time.Format(time.DateOnly))
	}
	return got
}

// TestNumericListOrder: a list of days each with its month in digits
// before a slashed date, where every number is 12 or less, so that each
// part reads day first and month first: "3/4, 4/5 and 5/6/2024". It was
// no list: scan kept "5/6/2024" alone, the days before lost with nothing
// said. It now follows the rule of one numeric date ("3/4/2024") for all
// its parts at once: month first, as US sites write it, with a warning
// that names both readings; day first with the day-first option, or in
// Hebrew text, or after a word of a day-first language ("el", "du"),
// with nothing said; and a part that shows its order (13/5, 4/13) gives
// it to all. No part is read in one order and another in the other.
// Month first, 3/4, 4/5, 5/6 are Monday March 4 (24 Adar I), Friday
// April 5 (26 Adar II), Monday May 6 (28 Nisan 5784); day first,
// Wednesday April 3 (24 Adar II), Saturday May 4 (26 Nisan), Wednesday
// June 5 (28 Iyyar 5784).
func TestNumericListOrder(t *testing.T) {
	mf := []string{"2024-03-04", "2024-04-05", "2024-05-06"}
	df := []string{"2024-04-03", "2024-05-04", "2024-06-05"}
	for _, tc := range []struct {
		text, match string
		opts        []dateline.Option
		days        []string
		warn        bool // a date-ambiguous warning names both readings
	}{
		{"Sessions on 3/4, 4/5 and 5/6/2024 at the hall.", "3/4, 4/5 and 5/6/2024", nil, mf, true},
		{"Sessions on 3/4, 4/5 and 5/6/2024 at the hall.", "3/4, 4/5 and 5/6/2024", []dateline.Option{dateline.DayFirst()}, df, false},
		{"Sessions on 3/4, 4/5 and 5/6/2024 at the hall.", "3/4, 4/5 and 5/6/2024", []dateline.Option{dateline.MonthFirst()}, mf, false},
		{"Dates: 1/2, 2/3, 3/4 and 4/5/2024.", "1/2, 2/3, 3/4 and 4/5/2024", nil,
			[]string{"2024-01-02", "2024-02-03", "2024-03-04", "2024-04-05"}, true},
		{"Dates: 1/2, 2/3, 3/4 and 4/5/2024.", "1/2, 2/3, 3/4 and 4/5/2024", []dateline.Option{dateline.DayFirst()},
			[]string{"2024-02-01", "2024-03-02", "2024-04-03", "2024-05-04"}, false},
		{"Kurse am 3/4, 4/5 und 5/6/2024 in Berlin", "3/4, 4/5 und 5/6/2024", nil, mf, true},
		{"Clases los días 3/4, 4/5 y 5/6/2024", "3/4, 4/5 y 5/6/2024", nil, mf, true},
		// A day-first language's word before it, as before "el 3/4/2024".
		{"Clases el 3/4, 4/5 y 5/6/2024", "3/4, 4/5 y 5/6/2024", nil, df, false},
		{"les séances du 3/4, 4/5 et 5/6/2024", "3/4, 4/5 et 5/6/2024", nil, df, false},
		// Hebrew text: day first, as "ב-3/4/2024" is April 3.
		{"הכנסים ייערכו ב-3/4, 4/5 ו-5/6/2024", "ב-3/4, 4/5 ו-5/6/2024", nil, df, false},
		{"הכנסים ייערכו 3/4, 4/5 ו-5/6/2024 באולם", "3/4, 4/5 ו-5/6/2024", nil, df, false},
		{"הכנסים ייערכו ב-3/4, 4/5 ו-5/6/2024", "ב-3/4, 4/5 ו-5/6/2024", []dateline.Option{dateline.MonthFirst()}, mf, false},
		// A part above 12 shows the order for all, whatever the option.
		{"on 3/4, 13/5 and 5/6/2024", "3/4, 13/5 and 5/6/2024", nil, []string{"2024-04-03", "2024-05-13", "2024-06-05"}, false},
		{"on 3/4, 13/5 and 5/6/2024", "3/4, 13/5 and 5/6/2024", []dateline.Option{dateline.MonthFirst()}, []string{"2024-04-03", "2024-05-13", "2024-06-05"}, false},
		{"on 3/4, 4/13 and 5/6/2024", "3/4, 4/13 and 5/6/2024", []dateline.Option{dateline.DayFirst()}, []string{"2024-03-04", "2024-04-13", "2024-05-06"}, false},
		{"on 3/4, 4/5 and 13/6/2024", "3/4, 4/5 and 13/6/2024", nil, []string{"2024-04-03", "2024-05-04", "2024-06-13"}, false},
		{"on 3/4, 4/5 and 5/13/2024", "3/4, 4/5 and 5/13/2024", []dateline.Option{dateline.DayFirst()}, []string{"2024-03-04", "2024-04-05", "2024-05-13"}, false},
		// Both orders the same days: nothing to warn of.
		{"on 3/3, 4/4 and 5/5/2024", "3/3, 4/4 and 5/5/2024", nil, []string{"2024-03-03", "2024-04-04", "2024-05-05"}, false},
		// A weekday that fits one reading only takes it, for all.
		{"Wed 3/4, 4/5 and 5/6/2024", "Wed 3/4, 4/5 and 5/6/2024", nil, df, false},
		{"3/4, 4/5 and 5/6/2024 | 24 Adar II 5784", "3/4, 4/5 and 5/6/2024 | 24 Adar II 5784", nil, df, false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, append([]dateline.Option{numListRef}, tc.opts...)...)
			require.Len(t, ms, 1)
			m := ms[0]
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.True(t, m.OK(), "%v", m.Problems)
			assert.Equal(t, tc.days, listDays(m.Report))
			assert.Equal(t, tc.warn, hasProblem(m.Report, dateline.CodeDateAmbiguous, dateline.Warning), "%v", m.Problems)
		})
	}
	// Near misses: no list, and never a list read in two orders. Parts
	// that show both orders (13/4, 4/13), or no order that goes forward
	// within a few months, leave the date alone, as before; scores,
	// verses and fractions are no dates.
	for _, tc := range []struct{ text, match string }{
		{"on 13/4, 4/13 and 5/6/2024", "5/6/2024"},
		{"call 3/4, 5/6 and 7/8/2024 tomorrow", "7/8/2024"},
		{"final score 3-1, 2-0 and 4-2", ""},
		{"John 3:16, 4:5 and 5:6", ""},
		{"3/4, 5/8 and 7/16 inch", ""},
		{"dial 054-123-4567 or 3/4, 5/6", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, numListRef)
			if tc.match == "" {
				assert.Empty(t, ms)
				return
			}
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
			assert.Empty(t, ms[0].Also)
		})
	}
	// check reads a whole dateline alike.
	for _, tc := range []struct {
		text string
		opts []dateline.Option
		days []string
	}{
		{"3/4, 4/5 and 5/6/2024", nil, mf},
		{"3/4, 4/5 and 5/6/2024", []dateline.Option{dateline.DayFirst()}, df},
		{"ב-3/4, 4/5 ו-5/6/2024", nil, df},
	} {
		t.Run("check "+tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, append([]dateline.Option{numListRef}, tc.opts...)...)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.days, listDays(rep))
		})
	}
}
