package dateline_test

import (
	"errors"
	"sort"
	"strconv"
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

var presets = []string{format.Header, format.Full, format.Published, format.HebrewDate, format.HebrewScript}

// dayStride returns how many days the exhaustive tests step: every day
// normally, a sample under -short or the race detector.
func dayStride() int {
	switch {
	case testing.Short():
		return 97
	case raceEnabled:
		return 11
	}
	return 1
}

// eachDay calls fn for every day from 1900 to 2100 (or a sample).
func eachDay(t *testing.T, fn func(t time.Time)) {
	start := time.Date(1900, time.January, 1, 0, 0, 0, 0, time.UTC)
	end := time.Date(2100, time.December, 31, 0, 0, 0, 0, time.UTC)
	for d := start; !d.After(end); d = d.AddDate(0, 0, dayStride()) {
		fn(d)
	}
}

// A mutation is a dateline with one field changed, and the code Check must
// report for it.
type mutation struct {
	what string
	text string
	want dateline.Code
}

// mutate returns the single-field mutations of s, a dateline of day d
// written in a preset: the changes a careless site or a scraper's bug makes.
// It finds the fields with the parser and writes each changed value itself.
// (mutateRow makes the mutations of the corpus's datelines, whose codes
// weigh more of what a row states.)
func mutate(t *testing.T, s string, d dateline.Dateline) []mutation {
	r, err := parse.Parse(s)
	require.NoError(t, err, s)
	_, hasGregorian := r.Get(layout.Day)
	_, hasWeekday := r.Get(layout.Weekday)
	replace := func(f parse.Field, with string) string { return s[:f.Start] + with + s[f.End:] }
	h := d.Hebrew
	gy, gm, gd := d.Time.Date()

	var out []mutation
	if f, ok := r.Get(layout.Weekday); ok {
		other := time.Weekday((f.Value + 3) % 7)
		out = append(out, mutation{"weekday", replace(f, layout.WeekdayName(int(other), f.Form, f.Punct)), dateline.CodeWeekday})
	}
	if f, ok := r.Get(layout.Day); ok && (hasWeekday || h.Year != 0 && hasHebrew(r)) {
		nd := gd + 1
		if nd > time.Date(gy, gm+1, 0, 0, 0, 0, 0, time.UTC).Day() {
			nd = gd - 1
		}
		out = append(out, mutation{"gregorian day", replace(f, dayText(nd, f.Form)), dateline.CodeCalendar})
	}
	compared := hasGregorian || hasWeekday // something a Hebrew date is compared with
	if f, ok := r.Get(layout.HebrewDay); ok {
		for _, k := range []int{-1, 1, 2} {
			if want, ok := presetHebrewDay(h, k, compared); ok {
				out = append(out, mutation{"hebrew day " + strconv.Itoa(k), replace(f, hebrewDayText(h.Day+k, f)), want})
			}
		}
	}
	if f, ok := r.Get(layout.HebrewMonth); ok && (h.Month == hebrew.Adar || h.Month == hebrew.AdarII) {
		for _, m := range presetAdars(h, compared) {
			out = append(out, mutation{m.what, replace(f, f.Spelling.Name(m.month, true)), m.want})
		}
	}
	if f, ok := r.Get(layout.HebrewYear); ok && compared {
		for _, k := range []int{-1, 1} {
			out = append(out, mutation{"hebrew year " + strconv.Itoa(k), replace(f, yearText(h.Year+k, f)), presetHebrewYear(h, h.Year+k)})
		}
	}
	return out
}

// presetHebrewDay returns the code for Hebrew date h written k days off,
// and false for no mutation: a day before the first, or a day that exists
// with nothing to compare it with.
func presetHebrewDay(h hebrew.Date, k int, compared bool) (dateline.Code, bool) {
	nd := h.Day + k
	switch {
	case nd < 1:
		return "", false
	case nd > hebrew.DaysInMonth(h.Year, h.Month):
		return dateline.CodeNoSuchDay, true
	case !compared:
		return "", false // nothing to compare a Hebrew date alone with
	case k == 1:
		return dateline.CodeAfterSunset, true
	}
	return dateline.CodeCalendar, true
}

// An adarMutation is an Adar written for the Adar of a date.
type adarMutation struct {
	what  string
	month hebrew.Month
	want  dateline.Code
}

// presetAdars returns the Adars to write for h's Adar: Adar I and Adar II
// in a common year, or the other Adar of a leap year when a date is
// compared with it.
func presetAdars(h hebrew.Date, compared bool) []adarMutation {
	switch {
	case !hebrew.IsLeapYear(h.Year):
		return []adarMutation{
			{"adar in a common year", hebrew.AdarI, dateline.CodeAdarCommonYear},
			{"adar in a common year", hebrew.AdarII, dateline.CodeAdarCommonYear},
		}
	case compared:
		other := hebrew.AdarII
		if h.Month == hebrew.AdarII {
			other = hebrew.AdarI
		}
		want := dateline.CodeCalendar
		if h.Day > hebrew.DaysInMonth(h.Year, other) {
			want = dateline.CodeNoSuchDay // 30 Adar I has no Adar II twin
		}
		return []adarMutation{{"the other adar", other, want}}
	}
	return nil
}

// presetHebrewYear returns the code for Hebrew date h written in year ny.
func presetHebrewYear(h hebrew.Date, ny int) dateline.Code {
	m := h.Month
	switch {
	case m == hebrew.AdarII && !hebrew.IsLeapYear(ny):
		return dateline.CodeAdarCommonYear
	case m == hebrew.Adar && hebrew.IsLeapYear(h.Year) && !hebrew.IsLeapYear(ny):
		return dateline.CodeAdarCommonYear // Adar I named in a common year
	case h.Day > hebrew.DaysInMonth(ny, m) && hebrew.DaysInMonth(ny, m) > 0:
		return dateline.CodeNoSuchDay
	}
	return dateline.CodeCalendar
}

func hasHebrew(r parse.Result) bool {
	_, ok := r.Get(layout.HebrewDay)
	return ok
}

func dayText(n int, f layout.Form) string {
	l := layout.New(layout.Element{Kind: layout.Day, Form: f})
	return l.Format(time.Date(2001, time.January, n, 0, 0, 0, 0, time.UTC), hebrew.Date{})
}

func hebrewDayText(n int, f parse.Field) string {
	return string(f.Element.AppendValue(nil, time.Time{}, hebrew.Date{Year: 5784, Month: hebrew.Tishrei, Day: n}))
}

func yearText(y int, f parse.Field) string {
	return string(f.Element.AppendValue(nil, time.Time{}, hebrew.Date{Year: y, Month: hebrew.Tishrei, Day: 1}))
}

// TestMutations: for every day from 1900 to 2100 in every preset, Check
// flags nothing on the dateline as written and flags every single-field
// mutation with the right code; it reports the detection rate per code.
func TestMutations(t *testing.T) {
	// A long test: it runs beside the package's other long ones, one a core.
	t.Parallel()
	caught := map[dateline.Code][2]int{} // code -> {caught, total}
	failures := 0
	shown := map[dateline.Code]int{} // failures printed per code
	eachDay(t, func(day time.Time) {
		d := dateline.New(day)
		for _, layout := range presets {
			s := d.Format(layout)
			rep := dateline.Check(s)
			if !assert.Empty(t, rep.Problems, "%s", s) {
				failures++
			}
			for _, m := range mutate(t, s, d) {
				rep := dateline.Check(m.text)
				ok := false
				for _, p := range rep.Problems {
					if p.Code == m.want {
						ok = true
					}
				}
				n := caught[m.want]
				n[1]++
				if ok {
					n[0]++
				} else if shown[m.want] < 5 {
					shown[m.want]++
					t.Errorf("%s of %q: %q: want %s, got %+v", m.what, s, m.text, m.want, rep.Problems)
				} else {
					t.Fail()
				}
				caught[m.want] = n
			}
		}
	})
	codes := make([]string, 0, len(caught))
	for c := range caught {
		codes = append(codes, string(c))
	}
	sort.Strings(codes)
	for _, c := range codes {
		n := caught[dateline.Code(c)]
		t.Logf("%-18s caught %7d of %7d (%.2f%%)", c, n[0], n[1], 100*float64(n[0])/float64(n[1]))
	}
}

// TestPresetRoundTrip: for every day from 1900 to 2100 and every preset,
// Parse(Format(d)) is d: the same Gregorian day and Hebrew date (and time
// of day for Published).
func TestPresetRoundTrip(t *testing.T) {
	eachDay(t, func(day time.Time) {
		d := dateline.New(day.Add(15*time.Hour + 4*time.Minute))
		for _, layout := range presets {
			s := d.Format(layout)
			got, err := dateline.Parse(s)
			if !assert.NoError(t, err, s) {
				return
			}
			assert.Equal(t, d.Hebrew, got.Hebrew, s)
			switch layout {
			case format.Published:
				assert.True(t, got.HasTime && got.Time.Equal(d.Time), "%s: %v", s, got.Time)
			default:
				y, m, dd := got.Time.Date()
				wy, wm, wd := d.Time.Date()
				assert.Equal(t, [3]int{wy, int(wm), wd}, [3]int{y, int(m), dd}, s)
			}
		}
	})
}

// corpusMutation is a mutation of a corpus row, with the options to check
// it with.
type corpusMutation struct {
	mutation
	opts []dateline.Option
}

// render writes field f's element for Gregorian time t and Hebrew date h:
// the field as the site writes it, for another value.
func render(f parse.Field, t time.Time, h hebrew.Date) string {
	e := f.Element
	e.Shift = 0
	return string(e.AppendValue(nil, t, h))
}

// mutateRow returns the single-field mutations of s, a consistent
// dateline of day d from the corpus: a wrong weekday, the Gregorian day
// one off, the Hebrew day one or two off, the other Adar or an Adar I/II
// in a common year, the Hebrew year one off, the other end of a range one
// off, the month and day of a numeric date swapped, and a day that does
// not exist (February 30, April 31, 30 Cheshvan of a 29-day year). Each
// carries the code Check must report; a mutation the row has no field for
// is left out, and so is one that leaves nothing to compare (a Hebrew day
// changed with no weekday or Gregorian date beside it). Each kind of
// mutation is a method of rowMutator.
func mutateRow(t *testing.T, s string, d dateline.Dateline) []corpusMutation {
	r, err := parse.Parse(s)
	require.NoError(t, err, s)
	m := &rowMutator{s: s, r: r, d: d}
	_, m.hasGregorian = r.Get(layout.Day)
	_, m.hasHebrewDay = r.Get(layout.HebrewDay)
	_, m.hasWeekday = r.Get(layout.Weekday)
	// An evening (Mon. night, מליל רביעי, at sundown) has the next day's
	// Hebrew date: the day's own is the after-sunset warning.
	m.evening = evening(t, s) && m.hasGregorian
	// What a changed Hebrew date is compared with: the Gregorian date, or
	// else the weekday.
	m.against = dateline.CodeCalendar
	if !m.hasGregorian {
		m.against = dateline.CodeWeekday
	}
	m.weekday()
	m.gregorianDay()
	m.hebrewDay()
	m.adar()
	m.hebrewYear()
	m.rangeEnds()
	m.swapped()
	return m.out
}

// TestMutateRow: the helper that the mutation tests rest on makes, for two
// datelines, the mutations it says it makes, each with its code, and no
// other (March has 31 days, so the first has no day that does not exist;
// the second has no Hebrew date, so only its weekday is contradicted).
func TestMutateRow(t *testing.T) {
	type want struct {
		what, text string
		code       dateline.Code
		opts       int
	}
	tests := []struct {
		in   string
		d    dateline.Dateline
		want []want
	}{
		{
			"Saturday, March 2nd | 22 Adar I 5784",
			dateline.New(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC)),
			[]want{
				{"weekday", "Tuesday, March 2nd | 22 Adar I 5784", dateline.CodeWeekday, 0},
				{"gregorian day", "Saturday, March 3rd | 22 Adar I 5784", dateline.CodeCalendar, 0},
				{"hebrew day -1", "Saturday, March 2nd | 21 Adar I 5784", dateline.CodeCalendar, 0},
				{"hebrew day 1", "Saturday, March 2nd | 23 Adar I 5784", dateline.CodeAfterSunset, 0},
				{"hebrew day 2", "Saturday, March 2nd | 24 Adar I 5784", dateline.CodeCalendar, 0},
				{"the other adar", "Saturday, March 2nd | 22 Adar II 5784", dateline.CodeCalendar, 0},
				{"hebrew year -1", "Saturday, March 2nd | 22 Adar I 5783", dateline.CodeCalendar, 0},
				{"hebrew year 1", "Saturday, March 2nd | 22 Adar I 5785", dateline.CodeCalendar, 0},
			},
		},
		{
			"Wednesday, 04/03/2024",
			dateline.New(time.Date(2024, time.April, 3, 0, 0, 0, 0, time.UTC)),
			[]want{
				{"weekday", "Saturday, 04/03/2024", dateline.CodeWeekday, 0},
				{"gregorian day", "Wednesday, 04/04/2024", dateline.CodeWeekday, 0},
				{"no such gregorian day", "Wednesday, 04/31/2024", dateline.CodeNoSuchDay, 0},
				{"month and day swapped", "Wednesday, 03/04/2024", dateline.CodeWeekday, 1}, // read month first
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			var got []want
			for _, m := range mutateRow(t, tc.in, tc.d) {
				got = append(got, want{m.what, m.text, m.want, len(m.opts)})
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// A rowMutator makes the mutations of one dateline, s, of day d, read as r.
type rowMutator struct {
	s string
	r parse.Result
	d dateline.Dateline

	hasGregorian, hasHebrewDay, hasWeekday bool
	evening                                bool
	against                                dateline.Code // what a changed Hebrew date contradicts
	out                                    []corpusMutation
}

// add adds the mutation to text, unless text is s itself.
func (m *rowMutator) add(what, text string, want dateline.Code, opts ...dateline.Option) {
	if text != m.s {
		m.out = append(m.out, corpusMutation{mutation{what, text, want}, opts})
	}
}

// replace returns s with field f written as with.
func (m *rowMutator) replace(f parse.Field, with string) string {
	return m.s[:f.Start] + with + m.s[f.End:]
}

// weekday: three days off.
func (m *rowMutator) weekday() {
	if f, ok := m.r.Get(layout.Weekday); ok {
		m.add("weekday", m.replace(f, render(f, m.d.Time.AddDate(0, 0, 3), m.d.Hebrew)), dateline.CodeWeekday)
	}
}

// gregorianDay: the day after (or, on the month's last, before), and a
// day the month does not have.
func (m *rowMutator) gregorianDay() {
	f, ok := m.r.Get(layout.Day)
	if !ok {
		return
	}
	h := m.d.Hebrew
	gy, gm, gd := m.d.Time.Date()
	daysIn := time.Date(gy, gm+1, 0, 0, 0, 0, 0, time.UTC).Day()
	nd := gd + 1
	if nd > daysIn {
		nd = gd - 1
	}
	want := dateline.CodeCalendar
	switch {
	case !m.hasHebrewDay, m.evening && nd > gd && m.hasWeekday:
		want = dateline.CodeWeekday
	case m.evening && nd > gd:
		want = dateline.CodeAfterSunset // the Hebrew date is the day's own, not its evening's
	case nd < gd && !m.hasWeekday && !m.evening:
		want = dateline.CodeAfterSunset // the Hebrew date is the next day's
	}
	if m.hasHebrewDay || m.hasWeekday {
		m.add("gregorian day", m.replace(f, render(f, time.Date(gy, gm, nd, 0, 0, 0, 0, time.UTC), h)), want)
	}
	if _, isRange := rangeEnd(m.r, layout.Day); isRange {
		return // "October 31-28" is not a range.
	}
	switch {
	case gm == time.February:
		m.add("no such gregorian day", m.replace(f, render(f, time.Date(2001, time.January, 30, 0, 0, 0, 0, time.UTC), h)), dateline.CodeNoSuchDay)
	case daysIn < 31:
		m.add("no such gregorian day", m.replace(f, render(f, time.Date(2001, time.January, 31, 0, 0, 0, 0, time.UTC), h)), dateline.CodeNoSuchDay)
	}
}

// hebrewDay: a day before, one and two after, and the 30th of a 29-day
// month.
func (m *rowMutator) hebrewDay() {
	f, ok := m.r.Get(layout.HebrewDay)
	if !ok {
		return
	}
	h := m.d.Hebrew
	for _, k := range []int{-1, 1, 2} {
		nd := h.Day + k
		if nd < 1 {
			continue
		}
		want := m.against
		switch {
		case nd > hebrew.DaysInMonth(h.Year, h.Month):
			want = dateline.CodeNoSuchDay
		case k == 1 && m.hasGregorian && !m.evening, k == -1 && m.evening:
			want = dateline.CodeAfterSunset
		}
		if want != dateline.CodeNoSuchDay && !m.hasGregorian && !m.hasWeekday {
			continue
		}
		m.add("hebrew day "+strconv.Itoa(k), m.replace(f, hebrewDayText(nd, f)), want)
	}
	// A day written as Rosh Chodesh (ב' דראש חודש) writes the 30th as
	// the first day of the next month's: no day that does not exist.
	if _, isRange := rangeEnd(m.r, layout.HebrewDay); !isRange && hebrew.DaysInMonth(h.Year, h.Month) == 29 && h.Day < 28 && !f.Form.IsRoshChodesh() {
		m.add("no such hebrew day", m.replace(f, hebrewDayText(30, f)), dateline.CodeNoSuchDay)
	}
}

// adar: Adar I and Adar II in a common year, or the other Adar of a leap
// year.
func (m *rowMutator) adar() {
	h := m.d.Hebrew
	f, ok := m.r.Get(layout.HebrewMonth)
	if !ok || h.Month != hebrew.Adar && h.Month != hebrew.AdarII {
		return
	}
	switch {
	case !hebrew.IsLeapYear(h.Year):
		_, hasHebrewYear := m.r.Get(layout.HebrewYear)
		_, hasYear := m.r.Get(layout.Year)
		for _, month := range []hebrew.Month{hebrew.AdarI, hebrew.AdarII} {
			want := dateline.CodeAdarCommonYear
			if !hasHebrewYear && !hasYear {
				want = m.against // no year is stated, and one with two Adars is taken
			}
			m.add("adar in a common year", m.replace(f, f.Spelling.Name(month, true)), want)
		}
	case m.hasGregorian || m.hasWeekday:
		other := hebrew.AdarII
		if h.Month == hebrew.AdarII {
			other = hebrew.AdarI
		}
		want := m.against
		if h.Day > hebrew.DaysInMonth(h.Year, other) {
			want = dateline.CodeNoSuchDay
		}
		sp := f.Spelling
		if sp.Adar == hebrew.AdarPlain {
			sp.Adar = 0
		}
		m.add("the other adar", m.replace(f, sp.Name(other, true)), want)
	}
}

// hebrewYear: the year before and the year after.
func (m *rowMutator) hebrewYear() {
	f, ok := m.r.Get(layout.HebrewYear)
	if !ok || !m.hasGregorian && !m.hasWeekday {
		return
	}
	h := m.d.Hebrew
	for _, k := range []int{-1, 1} {
		ny := h.Year + k
		want := m.against
		switch {
		case h.Month == hebrew.AdarII && !hebrew.IsLeapYear(ny):
			want = dateline.CodeAdarCommonYear
		case h.Month == hebrew.Adar && hebrew.IsLeapYear(h.Year) && !hebrew.IsLeapYear(ny) && f.Flags&parse.Qualified != 0:
			want = dateline.CodeAdarCommonYear
		case h.Day > hebrew.DaysInMonth(ny, h.Month) && hebrew.DaysInMonth(ny, h.Month) > 0:
			want = dateline.CodeNoSuchDay
		}
		m.add("hebrew year "+strconv.Itoa(k), m.replace(f, yearText(ny, f)), want)
	}
}

// rangeEnds: the other end of a range one day off, so that the weekdays
// or the other calendar's range run another length; or a day that does
// not exist.
func (m *rowMutator) rangeEnds() {
	_, weekdayRange := rangeEnd(m.r, layout.Weekday)
	for _, kinds := range [2][2]layout.Kind{{layout.Day, layout.HebrewDay}, {layout.HebrewDay, layout.Day}} {
		f, ok := rangeEnd(m.r, kinds[0])
		if !ok {
			continue
		}
		_, otherRange := rangeEnd(m.r, kinds[1])
		if !otherRange && !weekdayRange {
			continue // a range of one calendar alone is any length
		}
		want := dateline.CodeCalendar
		if !otherRange {
			want = dateline.CodeWeekday
		}
		for _, k := range []int{-1, 1} {
			if text, w, ok := m.rangeEnd(f, kinds[0], f.Value+k, want); ok {
				m.add("range end "+strconv.Itoa(k), text, w)
			}
		}
	}
}

// rangeEnd returns s with range end f, of kind k, written as day nd, and
// the code to expect (want, or CodeNoSuchDay for a day its month does not
// have); false if nd cannot be written.
func (m *rowMutator) rangeEnd(f parse.Field, k layout.Kind, nd int, want dateline.Code) (string, dateline.Code, bool) {
	if nd < 1 {
		return "", "", false
	}
	if k == layout.Day {
		if nd > 31 {
			return "", "", false // rendered through a date, a 32nd would be the 1st of the next month
		}
		end := m.d.Time.AddDate(0, 0, int(f.Shift))
		if nd > time.Date(end.Year(), end.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day() {
			want = dateline.CodeNoSuchDay
		}
		return m.replace(f, render(f, time.Date(2001, time.January, nd, 0, 0, 0, 0, time.UTC), m.d.Hebrew)), want, true
	}
	end := m.d.Hebrew.AddDays(int(f.Shift))
	if nd > hebrew.DaysInMonth(end.Year, end.Month) {
		want = dateline.CodeNoSuchDay
	}
	return m.replace(f, hebrewDayText(nd, f)), want, true
}

// swapped: a numeric date with its month and day swapped, read in the
// order the site writes. Without an order, either reading is accepted by
// design, and the other calendar or the weekday picks one.
func (m *rowMutator) swapped() {
	month, okM := m.r.Get(layout.Month)
	day, okD := m.r.Get(layout.Day)
	if !okM || !okD || month.Form != layout.Numeric && month.Form != layout.NumericPad || month.Value == day.Value ||
		!m.hasHebrewDay && !m.hasWeekday {
		return
	}
	// 15/01/2024 reads only one way, as the site's 01/15/2024 does: the
	// swap changes the day only where both read as months.
	if month.Value > 12 || day.Value > 12 {
		return
	}
	s := m.s
	first, second := month, day
	if day.Start < month.Start {
		first, second = day, month
	}
	swapped := s[:first.Start] + s[second.Start:second.End] + s[first.End:second.Start] + s[first.Start:first.End] + s[second.End:]
	order := dateline.MonthFirst()
	if day.Flags&parse.DayFirst != 0 {
		order = dateline.DayFirst()
	}
	want := dateline.CodeCalendar
	if !m.hasHebrewDay {
		want = dateline.CodeWeekday
	}
	m.add("month and day swapped", swapped, want, order)
}

// rangeEnd returns the field of kind k that is the other end of a range.
func rangeEnd(r parse.Result, k layout.Kind) (parse.Field, bool) {
	for _, f := range r.Fields {
		if f.Kind == k && f.Flags&parse.RangeEnd != 0 {
			return f, true
		}
	}
	return parse.Field{}, false
}

// A verdict is what Check made of a mutation.
type verdict int

const (
	missed     verdict = iota
	caught             // reported with the right code
	anotherDay         // the mutation is a consistent dateline of another day
)

// judge returns the verdict on report got of mutation m of a dateline of
// day d in layout: caught if it has the code m wants, anotherDay if it has
// no error and names a day that layout writes as the mutated text, so that
// no checker could tell (6 Kislev 5782 was a Wednesday, as 6 Kislev 5783
// was), and missed otherwise.
func judge(m mutation, got dateline.Report, layout format.Layout, d dateline.Dateline) verdict {
	for _, p := range got.Problems {
		if p.Code == m.want {
			return caught
		}
	}
	g := got.Dateline
	if got.OK() && !g.Time.Equal(d.Time) && strings.EqualFold(layout.Format(g.Time, g.Hebrew), m.text) {
		return anotherDay
	}
	return missed
}

// TestCorpusMutations: every single-field mutation of every consistent
// corpus row is reported with the right code, unless the mutation is
// itself a consistent dateline of another day: the row's layout writes
// that day as the mutated text (6 Kislev 5782 was a Wednesday, as 6 Kislev
// 5783 was). In a row that states no year in either calendar, the year is
// inferred as the most recent that fits, and a mutation may be read in
// another year with another error: it is counted as caught with another
// code. The detection rate per code is logged.
func TestCorpusMutations(t *testing.T) {
	opts := []dateline.Option{dateline.Reference(corpusReference)}
	type count struct{ caught, other, anotherDay, total int }
	counts := map[dateline.Code]*count{}
	kinds := map[string]int{} // mutations made, by kind
	for _, row := range readCorpus(t) {
		if row.consistent != "yes" && row.consistent != "evening+1" || row.gregorian == "" {
			continue
		}
		text := row.text
		if ms := dateline.Find(text, opts...); len(ms) == 1 && (ms[0].Start > 0 || ms[0].End < len(text)) {
			text = text[ms[0].Start:ms[0].End]
		}
		if checkerVerdict(t, row, text) != "yes" {
			continue
		}
		rep := dateline.Check(text, opts...)
		require.True(t, rep.OK(), "%s: %+v", text, rep.Problems)
		d := rep.Dateline
		if motzei(t, text) {
			continue // no layout writes it (TestCorpusLayoutRoundTrip)
		}
		l, err := dateline.LayoutOf(text)
		if errors.Is(err, dateline.ErrLayout) || errors.Is(err, dateline.ErrAmbiguous) {
			// 29.11.1955 does not show whether 9.11.1955 is written
			// 09.11.1955, nor "28 abril 2024" whether it is Spanish's or
			// Portuguese's: a mutation is judged by the layout it is read
			// in.
			l, err = dateline.Compile(rep.Layout)
		}
		require.NoError(t, err, text)
		r, err := parse.Parse(text)
		require.NoError(t, err)
		_, hasYear := r.Get(layout.Year)
		_, hasHebrewYear := r.Get(layout.HebrewYear)
		yearless := !hasYear && !hasHebrewYear
		for _, m := range mutateRow(t, text, d) {
			n := counts[m.want]
			if n == nil {
				n = &count{}
				counts[m.want] = n
			}
			n.total++
			kinds[strings.TrimRight(m.what, "-0123456789 ")]++
			t.Run(m.what+"/"+m.text, func(t *testing.T) {
				got := dateline.Check(m.text, append(opts, m.opts...)...)
				switch judge(m.mutation, got, l, d) {
				case caught:
					n.caught++
					return
				case anotherDay:
					n.anotherDay++
					return
				}
				if yearless && !got.OK() {
					n.other++
					return
				}
				t.Errorf("%s of %q: %q: want %s, got %+v", m.what, text, m.text, m.want, got.Problems)
			})
		}
	}
	codes := make([]string, 0, len(counts))
	for c := range counts {
		codes = append(codes, string(c))
	}
	sort.Strings(codes)
	for _, c := range codes {
		n := counts[dateline.Code(c)]
		t.Logf("%-18s caught %3d of %3d (%5.1f%%); %2d are datelines of another day; of the rest %5.1f%% caught (%d as another code, no year stated)",
			c, n.caught, n.total, 100*float64(n.caught)/float64(n.total), n.anotherDay,
			100*float64(n.caught+n.other)/float64(n.total-n.anotherDay), n.other)
	}
	what := make([]string, 0, len(kinds))
	for k := range kinds {
		what = append(what, k)
	}
	sort.Strings(what)
	for _, k := range what {
		t.Logf("%-24s %4d mutations", k, kinds[k])
	}
}

// numericLayouts are layouts with numeric dates, as US and Israeli sites
// write them, for TestNumericMutations.
var numericLayouts = []string{
	"01/02/2006 | 2 Tevet 5766",
	"02.01.2006 | ב׳ בטבת תשס״ו",
	"Monday, 01/02/2006",
	"Mon 02.01.06",
}

// TestNumericMutations: for every day from 1900 to 2100 (or a sample),
// every single-field mutation of a dateline with a numeric date, the swap
// of its month and day included, is reported with the right code when
// read in the site's order.
func TestNumericMutations(t *testing.T) {
	counts := map[string][3]int{} // kind => code: {caught, another day, total}
	failures := 0
	compiled := map[string]format.Layout{}
	for _, l := range numericLayouts {
		c, err := dateline.LayoutOf(l)
		require.NoError(t, err, l)
		compiled[l] = c
	}
	eachDay(t, func(day time.Time) {
		if day.YearDay()%3 != 0 && !testing.Short() {
			return // a third of the days is enough for the numeric layouts
		}
		d := dateline.New(day)
		for _, layout := range numericLayouts {
			s := d.Format(layout)
			order := dateline.MonthFirst()
			if strings.Contains(layout, ".") {
				order = dateline.DayFirst()
			}
			opts := []dateline.Option{order, dateline.Reference(day)}
			if rep := dateline.Check(s, opts...); !rep.OK() {
				t.Errorf("%q: %+v", s, rep.Problems)
				continue
			}
			for _, m := range mutateRow(t, s, d) {
				got := dateline.Check(m.text, append(opts, m.opts...)...)
				key := m.what + " => " + string(m.want)
				n := counts[key]
				n[2]++
				switch judge(m.mutation, got, compiled[layout], d) {
				case caught:
					n[0]++
				case anotherDay:
					n[1]++
				default:
					if failures++; failures <= 10 {
						t.Errorf("%s of %q: %q: want %s, got %+v", m.what, s, m.text, m.want, got.Problems)
					} else {
						t.Fail()
					}
				}
				counts[key] = n
			}
		}
	})
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		n := counts[k]
		t.Logf("%-40s caught %6d of %6d (%6.2f%%); %5d are datelines of another day, so %6.2f%% of the rest",
			k, n[0], n[2], 100*float64(n[0])/float64(n[2]), n[1], 100*float64(n[0])/float64(n[2]-n[1]))
	}
}
