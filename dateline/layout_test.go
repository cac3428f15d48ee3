package dateline_test

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// goLayouts are the layout constants of package time.
var goLayouts = []string{
	time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
	time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
	time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly,
	time.TimeOnly,
}

// TestGoLayouts writes many instants in every layout of package time, as
// time.Format writes them (issue 11): every part of those layouts is
// understood, none is kept as the reference day's text.
func TestGoLayouts(t *testing.T) {
	zones := []*time.Location{
		time.UTC,
		time.FixedZone("", 5*3600+30*60),
		time.FixedZone("", -(3*3600 + 30*60)),
		time.FixedZone("EST", -5*3600),
		time.FixedZone("", 3600+23*60+45), // an offset with seconds, as LMT has
	}
	for _, name := range []string{"America/New_York", "Asia/Jerusalem", "Asia/Kathmandu", "Pacific/Chatham"} {
		if loc, err := time.LoadLocation(name); err == nil {
			zones = append(zones, loc)
		}
	}
	var instants []time.Time
	for _, loc := range zones {
		// Years of the supported range, Hebrew 1 to 9999: Format writes
		// no day beyond it (TestWrittenReadsBack).
		for _, y := range []int{1, 99, 1000, 1999, 2000, 2006, 2024, 2038, 6238} {
			for _, c := range []struct{ mon, day, h, m, s, ns int }{
				{1, 2, 15, 4, 5, 0},
				{3, 2, 0, 0, 0, 0},
				{5, 9, 12, 0, 59, 100_000_000},
				{9, 28, 10, 39, 7, 123_456_789},
				{11, 30, 23, 59, 59, 999_999_999},
				{12, 31, 1, 5, 9, 1_000},
				{2, 29, 11, 30, 0, 500},
			} {
				instants = append(instants, time.Date(y, time.Month(c.mon), c.day, c.h, c.m, c.s, c.ns, loc))
			}
		}
	}
	for _, layout := range goLayouts {
		t.Run(layout, func(t *testing.T) {
			l, err := dateline.Compile(layout)
			require.NoError(t, err)
			for _, tm := range instants {
				want := tm.Format(layout)
				d := dateline.New(tm)
				if !assert.Equal(t, want, d.Format(layout), "%v", tm) {
					return
				}
				assert.Equal(t, want, l.Format(tm, d.Hebrew), "compiled, %v", tm)
			}
		})
	}
}

// TestCompileString compiles layouts, and the String of each back to the
// same layout.
func TestCompileString(t *testing.T) {
	layouts := append([]string{
		format.Header, format.Full, format.Published, format.HebrewDate, format.HebrewScript,
		"Jan 2, 2006 at 3:04pm (MST)", "Mon_2_Jan", "שני, ב׳ טבת תשס״ו", "שני", "יום שני", "יום ב׳",
		"2006-01-02T15:04:05,000-07", "15:04:05.9 Z070000 -07:00:00", "Monday, January 2nd | 2 Tevet 5766 #7-1",
	}, goLayouts...)
	for _, layout := range layouts {
		t.Run(layout, func(t *testing.T) {
			l, err := dateline.Compile(layout)
			require.NoError(t, err)
			back, err := dateline.Compile(l.String())
			require.NoError(t, err, "String %q", l.String())
			assert.Equal(t, l, back, "String %q", l.String())
			p, err := parse.Compile(layout)
			require.NoError(t, err)
			assert.Equal(t, p.String(), layout, "parse.Compile's String")
		})
	}
}

// TestHebrewWeekdayAlone writes a Hebrew weekday written alone in a layout
// as the day's weekday (issue 11).
func TestHebrewWeekdayAlone(t *testing.T) {
	for day := 1; day <= 7; day++ {
		tm := time.Date(2024, time.March, day, 0, 0, 0, 0, time.UTC) // Friday ... Thursday
		d := dateline.New(tm)
		w := int(tm.Weekday())
		assert.Equal(t, layout.WeekdayName(w, layout.ScriptBare, 0), d.Format("שני"), "%v", tm)
		assert.Equal(t, layout.WeekdayName(w, layout.Script, 0), d.Format("יום שני"), "%v", tm)
		assert.Equal(t, layout.WeekdayName(w, layout.ScriptShort, 0), d.Format("יום ב׳"), "%v", tm)
		assert.Equal(t, layout.WeekdayName(w, layout.ScriptBare, 0)+", "+d.Format(format.HebrewScript), d.Format("שני, ב׳ טבת תשס״ו"), "%v", tm)
	}
}

// TestCompileRefuses refuses layouts that keep a part of the reference day
// as text, or write a numeric date that is not the reference day's, naming
// the part; Format writes the error instead of a dateline.
func TestCompileRefuses(t *testing.T) {
	tests := []struct{ layout, found string }{
		{"Mon_2_Jan (5766)", "5766"},
		{"Jan 2 | Tevet", "Tevet"},
		{"Jan 2 | טבת", "טבת"},
		{"Monday (ב׳)", "ב׳"},
		{"Monday (תשס״ו)", "תשס״ו"},
		{"Mon __2", "__2"},
		{"Mon 002", "002"},
		// A numeric date of another day, whose numbers would be taken
		// for the order they were read in: "06-01-02 | 2 Tevet 5766"
		// wrote "02-03-24" for March 2, 2024.
		{"06-01-02 | 2 Tevet 5766", "06-01-02"},
		{"03-01-06 | 2 Tevet 5766", "03-01-06"},
		{"06/01/02 | 2 Tevet 5766", "06/01/02"},
		// A range that runs backwards, which a dateline is refused
		// for: its end has no day to write ("Jan. 2-Dec. 27" was the
		// message's own reading of "Mar. 7-1").
		{"Mar. 7-1", "1"},
		{"Jan 2-1, 2006", "1"},
	}
	d := dateline.New(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	for _, tc := range tests {
		t.Run(tc.layout, func(t *testing.T) {
			_, err := dateline.Compile(tc.layout)
			require.ErrorIs(t, err, dateline.ErrLayout)
			var pe *parse.Error
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tc.found, pe.Found)
			assert.Equal(t, tc.found, tc.layout[pe.Offset:pe.Offset+len(tc.found)])
			assert.Equal(t, fmt.Sprintf("%%!Format(%v)", err), d.Format(tc.layout))
			_, err = parse.Compile(tc.layout)
			assert.ErrorIs(t, err, dateline.ErrLayout)
		})
	}
}

// TestDotBeforeDay: a layout with a month abbreviated with a dot right
// before the day (Jan.2, 2006) writes every month so that it reads back:
// the dot is text between the month and the day, not the abbreviation's,
// so May and the months written in full keep it (May.7, Sept.5); the
// layout once wrote May7 and April28, which do not parse.
func TestDotBeforeDay(t *testing.T) {
	for _, layout := range []string{
		"Jan.2, 2006", "jan.2, 2006", "JAN.2, 2006", "Sept.5, 2023", "Mon. Jan.2, 2006",
		"2.Jan.2006", "Jan.2 2006", "Jan.02, 2006", "Jan.2nd, 2006", "Jan.2,2006", "Jan.2.2006",
		"Jan.2-8, 2006", "Jan.2, 2006 | 2 Tevet 5766",
	} {
		t.Run(layout, func(t *testing.T) {
			for m := time.January; m <= time.December; m++ {
				day := time.Date(2023, m, 7, 0, 0, 0, 0, time.UTC)
				d := dateline.New(day)
				s := d.Format(layout)
				got, err := dateline.Parse(s, dateline.Reference(day))
				if assert.NoError(t, err, "%v in %q: %q", m, layout, s) {
					assert.Equal(t, d.Time, got.Time, "%v in %q: %q", m, layout, s)
				}
			}
		})
	}
}

// assertWrittenBack asserts that the layout of example, a dateline of day
// d, writes example back for d. An example whose numeric date does not
// show whether a day or month below 10 is written with a zero
// (29.11.1955) has no one layout, and LayoutOf must refuse it with
// ErrLayout instead.
func assertWrittenBack(t *testing.T, example string, d dateline.Dateline) {
	t.Helper()
	l, err := dateline.LayoutOf(example)
	if r, perr := parse.Parse(example); perr == nil {
		if _, _, unshown := parse.UnshownPadding(&r); unshown {
			assert.ErrorIs(t, err, dateline.ErrLayout, "its layout does not show how 3/2 is written")
			return
		}
		if errors.Is(err, dateline.ErrAmbiguous) {
			assert.True(t, namesShared(example, &r), "refused as ambiguous: %v", err)
			return
		}
	}
	if dayOwnEnding.MatchString(example) {
		// "10טן אויגוסט": 26סטן on the 26th.
		assert.ErrorIs(t, err, dateline.ErrLayout, "its day's ending differs by the day")
		return
	}
	require.NoError(t, err)
	assert.Equal(t, example, l.Format(d.Time, d.Hebrew), "written back by its layout")
}

// dayOwnEnding matches a day in digits with an ending that its language
// writes differently after other days and that no layout writes
// (Yiddish's declined 2טער and 26סטער; its 2טן and 26סטן, Bulgarian's
// 1-ви and Swedish's 1:a are the day's forms): LayoutOf refuses the
// example (ErrLayout), and its Report.Layout is "".
var dayOwnEnding = regexp.MustCompile(`\d(סטער|טער)(\P{L}|$)`)

// namesShared reports whether example, read as r, writes its month's
// name and its weekday's, where it has them, as two languages do, up to
// case and a point, which write another month or weekday differently:
// "28 abril 2024" is Spanish's, Portuguese's and Catalan's (marzo, março,
// març), "sábado, 3 de agosto de 2024" Spanish's and Portuguese's, and a
// layout of it, which must write other days' names, is refused
// (ErrAmbiguous).
func namesShared(example string, r *parse.Result) bool {
	var m, w *parse.Field
	for i := range r.Fields {
		switch f := &r.Fields[i]; {
		case m == nil && f.Kind == layout.Month && f.Form != layout.Numeric && f.Form != layout.NumericPad:
			m = f // its name: "6/11/2011, 6 novembre 2011"
		case w == nil && f.Kind == layout.Weekday:
			w = f
		}
	}
	if m == nil && w == nil {
		return false
	}
	writes := func(name, text string) bool {
		return strings.EqualFold(strings.TrimSuffix(name, "."), strings.TrimSuffix(text, "."))
	}
	forms := []layout.Form{layout.Long, layout.Short, layout.StandAlone}
	var langs []layout.Lang
	for _, l := range layout.Langs() {
		month, weekday := m == nil, w == nil
		for _, f := range forms {
			month = month || writes(l.MonthName(m.Value, f), example[m.Start:m.End])
			weekday = weekday || writes(l.WeekdayName(w.Value, f), example[w.Start:w.End])
		}
		if month && weekday {
			langs = append(langs, l)
		}
	}
	for _, a := range langs {
		for _, b := range langs {
			for v := 1; v <= 12; v++ {
				if !writes(a.MonthName(v, layout.Long), b.MonthName(v, layout.Long)) ||
					v <= 7 && !writes(a.WeekdayName(v-1, layout.Long), b.WeekdayName(v-1, layout.Long)) {
					return true
				}
			}
		}
	}
	return false
}

// TestLayoutOfPadding learns the layout of numeric dates whose numbers
// have two digits (12, 28), which are written so padded or not: the
// layout writes a day or month below 10 as the date's other numbers show
// (12.03.2024 pads, 12.3.2024 does not), year first as ISO 8601 does
// (padded), and never one number padded and the other plain unless the
// example shows it so. An example that shows neither (12/28/2024) is
// refused. An hour of two digits (10:39) is padded on a 24-hour clock
// and plain on a 12-hour one, as each is written by custom. Report.Layout
// is the same layout.
func TestLayoutOfPadding(t *testing.T) {
	day := time.Date(2024, time.March, 2, 3, 4, 0, 0, time.UTC)
	tests := []struct {
		example, layout, written string // layout "" is refused
	}{
		{"2024-12-28", "2006-01-02", "2024-03-02"},
		{"2025-01-30", "2006-01-02", "2024-03-02"},
		{"2025-10-05", "2006-01-02", "2024-03-02"},
		{"2024/12/28", "2006/01/02", "2024/03/02"},
		{"2024.12.28", "2006.01.02", "2024.03.02"},
		{"2024:12:28 10:39:00", "2006:01:02 15:04:05", "2024:03:02 03:04:00"},
		{"2024-12-28 10:39", "2006-01-02 15:04", "2024-03-02 03:04"},
		{"01/30/2024", "01/02/2006", "03/02/2024"},
		{"1/30/2024", "1/2/2006", "3/2/2024"},
		{"30/01/2024", "02/01/2006", "02/03/2024"},
		{"30.01.2024", "02.01.2006", "02.03.2024"},
		{"30.1.2024", "2.1.2006", "2.3.2024"},
		{"30-01-2024", "02-01-2006", "02-03-2024"},
		{"30.01.24", "02.01.06", "02.03.24"},
		{"03/28", "01/02", "03/02"},
		{"3/28", "1/2", "3/2"},
		{"11.-13.06.2024", "02.-04.01.2006", "02.-04.03.2024"},
		{"8-15.03.2024", "2-9.01.2006", "2-9.03.2024"},
		{"01/30/2024 10:39 pm", "01/02/2006 3:04 pm", "03/02/2024 3:04 am"},
		{"01/30/2024 09:39 pm", "01/02/2006 03:04 pm", "03/02/2024 03:04 am"},
		{"30.01.2024 10:39", "02.01.2006 15:04", "02.03.2024 03:04"},
		{"Saturday, December 28, 2024 10:39", "Monday, January 2, 2006 15:04", "Saturday, March 2, 2024 03:04"},
		{"Saturday, December 28, 2024 10:39 pm", "Monday, January 2, 2006 3:04 pm", "Saturday, March 2, 2024 3:04 am"},
		// Shown, kept as shown.
		{"2024-3-28", "2006-1-2", "2024-3-2"},
		{"2024-12-8", "2006-1-2", "2024-3-2"},
		{"2024-03-2", "2006-01-2", "2024-03-2"},
		{"Saturday, December 28, 2024", "Monday, January 2, 2006", "Saturday, March 2, 2024"},
		{"28 December 2024", "2 January 2006", "2 March 2024"},
		// Shown by nothing: refused.
		{"12/28/2024", "", ""},
		{"28/12/2024", "", ""},
		{"28.12.2024", "", ""},
		{"28-12-2024", "", ""},
		{"28.12.24", "", ""},
		{"12/25", "", ""},
		{"11.-13.12.2024", "", ""},
		{"28. 12. 2024", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.example, func(t *testing.T) {
			l, err := dateline.LayoutOf(tc.example)
			if tc.layout == "" {
				require.ErrorIs(t, err, dateline.ErrLayout)
				var pe *dateline.ProblemError
				require.ErrorAs(t, err, &pe)
				assert.Equal(t, 0, pe.Problem.Start, "the span of its first number")
				_, err = dateline.Compile(tc.example)
				assert.ErrorIs(t, err, dateline.ErrLayout, "Compile")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.layout, l.String())
			assert.Equal(t, tc.written, l.Format(day, hebrew.DateOf(day)))
			assert.Equal(t, tc.layout, dateline.NewReader().Check(tc.example).Layout, "Report.Layout")
			c, err := dateline.Compile(tc.example)
			require.NoError(t, err)
			assert.Equal(t, tc.layout, c.String(), "Compile")
		})
	}
}

// TestLayoutOfPaddingYear writes every day of a leap year and of a common
// one in each numeric writing, learns its layout, and writes with it days
// whose numbers have one digit and two, each as the writing does; where
// both numbers of the example have two digits, the layout is padded year
// first (ISO 8601) and refused otherwise. An example that reads both ways
// is refused (ErrAmbiguous), and so is one whose day is its month
// (01/01/2024), which does not show its order.
func TestLayoutOfPaddingYear(t *testing.T) {
	if testing.Short() {
		t.Skip("every day of two years")
	}
	writings := []struct {
		layout, padded string
	}{
		{"2006-01-02", "2006-01-02"}, {"2006-1-2", "2006-01-02"}, {"2006/01/02", "2006/01/02"},
		{"2006.1.2", "2006.01.02"}, {"2006-01-02 15:04", "2006-01-02 15:04"},
		{"01/02/2006", ""}, {"1/2/2006", ""}, {"02/01/2006", ""}, {"2/1/2006", ""},
		{"02.01.2006", ""}, {"2.1.2006", ""}, {"02-01-2006", ""}, {"2.1.06", ""},
		{"02.01.2006 15:04", ""}, {"01/02/2006 03:04 PM", ""}, {"1/2/2006 3:04 PM", ""},
	}
	targets := []time.Time{
		time.Date(2024, time.March, 2, 3, 4, 0, 0, time.UTC),
		time.Date(2025, time.January, 30, 9, 5, 0, 0, time.UTC),
		time.Date(2025, time.October, 5, 10, 39, 0, 0, time.UTC),
		time.Date(2023, time.December, 28, 22, 59, 0, 0, time.UTC),
	}
	for _, w := range writings {
		t.Run(w.layout, func(t *testing.T) {
			for _, year := range []int{2024, 2025} {
				for d := time.Date(year, time.January, 1, 9, 39, 0, 0, time.UTC); d.Year() == year; d = d.AddDate(0, 0, 1) {
					example := d.Format(w.layout)
					l, err := dateline.LayoutOf(example)
					want := w.layout
					day, month := d.Day(), int(d.Month())
					switch {
					case day == month && w.padded == "":
						require.ErrorIs(t, err, dateline.ErrAmbiguous, "%s: order not shown", example) // with dots too
						continue
					case errors.Is(err, dateline.ErrAmbiguous) && day <= 12 && month <= 12 && day != month:
						continue // read both ways
					case day >= 10 && month >= 10 && w.padded == "":
						require.ErrorIs(t, err, dateline.ErrLayout, example)
						continue
					case day >= 10 && month >= 10:
						want = w.padded
					}
					require.NoError(t, err, example)
					for _, target := range targets {
						require.Equal(t, target.Format(want), l.Format(target, hebrew.DateOf(target)), "%s, written by the layout of %s", target, example)
					}
				}
			}
		})
	}
}

// TestLayoutOfDayIsMonth: a numeric date with slashes or dashes whose day
// is its month (01/01/2024) names one day but does not show whether its
// layout is month first or day first, and LayoutOf refuses it; dotted
// (day first by rule) or year first, or in text whose custom is day first
// (Hebrew, a year word: parse.DayFirstText), it shows its order. Compile, which
// reads a layout of the reference day where LayoutOf reads none, refuses
// them too, and a date that reads both ways (03/04/2024), where it wrote
// one order of the two.
func TestLayoutOfDayIsMonth(t *testing.T) {
	for _, in := range []string{"01/01/2024", "12/12/2024", "05-05-2024", "3/3/24", "Friday, 12/12/2025", "03/04/2024", "01.01.2024", "5.5.2024"} {
		_, err := dateline.LayoutOf(in)
		assert.ErrorIs(t, err, dateline.ErrAmbiguous, in)
		_, err = dateline.Compile(in)
		assert.ErrorIs(t, err, dateline.ErrAmbiguous, "Compile(%q)", in)
	}
	for in, want := range map[string]string{
		"יום שלישי, ז' אדר (3.3.2020)": "יום שני, ב' טבת (2.1.2006)", // Hebrew text: day first
		// The text's custom, as the reader reads it: a Hebrew weekday
		// or word, a year word of a day-first language.
		"יום שלישי (3.3.2020)": "יום שני (2.1.2006)",
		"3/3/2020 בשעה 10:00":  "2/1/2006 בשעה 15:04",
		"3.3.2020 г.":          "2.1.2006 г.",
		// Slashed beside a Hebrew date: day first too, where it gave
		// 1/2/2006, writing November 5 as 11/5, which reads as May 11.
		"יום שלישי, ז' אדר (3/3/2020)": "יום שני, ב' טבת (2/1/2006)",
		"2024-01-01": "2006-01-02",
		"2024/3/3":   "2006/1/2",
		"01/02/2006": "01/02/2006",
		"02/01/2006": "02/01/2006",
	} {
		l, err := dateline.LayoutOf(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, l.String(), in)
	}
}
