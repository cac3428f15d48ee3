package dateline_test

import (
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
	"github.com/dualdate/dualdate/parse"
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
func mutate(t *testing.T, s string, d dateline.Dateline) []mutation {
	r, err := parse.Parse(s)
	require.NoError(t, err, s)
	_, hasGregorian := r.Get(format.Day)
	_, hasWeekday := r.Get(format.Weekday)
	var out []mutation
	replace := func(f parse.Field, with string) string { return s[:f.Start] + with + s[f.End:] }
	h := d.Hebrew
	gy, gm, gd := d.Time.Date()

	if f, ok := r.Get(format.Weekday); ok {
		other := time.Weekday((f.Value + 3) % 7)
		out = append(out, mutation{"weekday", replace(f, format.WeekdayName(int(other), f.Form, f.Punct)), dateline.CodeWeekday})
	}
	if f, ok := r.Get(format.Day); ok && (hasWeekday || h.Year != 0 && hasHebrew(r)) {
		nd := gd + 1
		if nd > time.Date(gy, gm+1, 0, 0, 0, 0, 0, time.UTC).Day() {
			nd = gd - 1
		}
		out = append(out, mutation{"gregorian day", replace(f, dayText(nd, f.Form)), dateline.CodeCalendar})
	}
	if f, ok := r.Get(format.HebrewDay); ok {
		for _, k := range []int{-1, 1, 2} {
			nd := h.Day + k
			if nd < 1 {
				continue
			}
			want := dateline.CodeCalendar
			switch {
			case nd > hebrew.DaysInMonth(h.Year, h.Month):
				want = dateline.CodeNoSuchDay
			case k == 1:
				want = dateline.CodeAfterSunset
			}
			if want != dateline.CodeNoSuchDay && !hasGregorian && !hasWeekday {
				continue // nothing to compare a Hebrew date alone with
			}
			out = append(out, mutation{"hebrew day " + strconv.Itoa(k), replace(f, hebrewDayText(nd, f)), want})
		}
	}
	if f, ok := r.Get(format.HebrewMonth); ok && (h.Month == hebrew.Adar || h.Month == hebrew.AdarII) {
		leap := hebrew.IsLeapYear(h.Year)
		switch {
		case !leap:
			for _, m := range []hebrew.Month{hebrew.AdarI, hebrew.AdarII} {
				out = append(out, mutation{"adar in a common year", replace(f, f.Spelling.Name(m, true)), dateline.CodeAdarCommonYear})
			}
		case hasGregorian || hasWeekday:
			other := hebrew.AdarII
			if h.Month == hebrew.AdarII {
				other = hebrew.AdarI
			}
			want := dateline.CodeCalendar
			if h.Day > hebrew.DaysInMonth(h.Year, other) {
				want = dateline.CodeNoSuchDay // 30 Adar I has no Adar II twin
			}
			out = append(out, mutation{"the other adar", replace(f, f.Spelling.Name(other, true)), want})
		}
	}
	if f, ok := r.Get(format.HebrewYear); ok && (hasGregorian || hasWeekday) {
		for _, k := range []int{-1, 1} {
			ny := h.Year + k
			want := dateline.CodeCalendar
			m := h.Month
			switch {
			case m == hebrew.AdarII && !hebrew.IsLeapYear(ny):
				want = dateline.CodeAdarCommonYear
			case m == hebrew.Adar && hebrew.IsLeapYear(h.Year) && !hebrew.IsLeapYear(ny):
				want = dateline.CodeAdarCommonYear // Adar I named in a common year
			case h.Day > hebrew.DaysInMonth(ny, m) && hebrew.DaysInMonth(ny, m) > 0:
				want = dateline.CodeNoSuchDay
			}
			out = append(out, mutation{"hebrew year " + strconv.Itoa(k), replace(f, yearText(ny, f)), want})
		}
	}
	return out
}

func hasHebrew(r parse.Result) bool {
	_, ok := r.Get(format.HebrewDay)
	return ok
}

func dayText(n int, f format.Form) string {
	l := format.New(format.Element{Kind: format.Day, Form: f})
	return l.Format(time.Date(2001, time.January, n, 0, 0, 0, 0, time.UTC), hebrew.Date{})
}

func hebrewDayText(n int, f parse.Field) string {
	l := format.New(f.Element)
	return l.Format(time.Time{}, hebrew.Date{Year: 5784, Month: hebrew.Tishrei, Day: n})
}

func yearText(y int, f parse.Field) string {
	l := format.New(f.Element)
	return l.Format(time.Time{}, hebrew.Date{Year: y, Month: hebrew.Tishrei, Day: 1})
}

// TestMutations: for every day from 1900 to 2100 in every preset, Check
// flags nothing on the dateline as written and flags every single-field
// mutation with the right code; it reports the detection rate per code.
func TestMutations(t *testing.T) {
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
	return format.New(e).Format(t, h)
}

// mutateRow returns the single-field mutations of s, a consistent
// dateline of day d from the corpus: a wrong weekday, the Gregorian day
// one off, the Hebrew day one or two off, the other Adar or an Adar I/II
// in a common year, the Hebrew year one off, the month and day of a
// numeric date swapped, and a day that does not exist (February 30, April
// 31, 30 Cheshvan of a 29-day year). Each carries the code Check must
// report; a mutation the row has no field for is left out, and so is one
// that leaves nothing to compare (a Hebrew day changed with no weekday or
// Gregorian date beside it).
func mutateRow(t *testing.T, s string, d dateline.Dateline) []corpusMutation {
	r, err := parse.Parse(s)
	require.NoError(t, err, s)
	_, hasGregorian := r.Get(format.Day)
	_, hasHebrewDay := r.Get(format.HebrewDay)
	_, hasWeekday := r.Get(format.Weekday)
	var out []corpusMutation
	add := func(what, text string, want dateline.Code, opts ...dateline.Option) {
		if text != s {
			out = append(out, corpusMutation{mutation{what, text, want}, opts})
		}
	}
	replace := func(f parse.Field, with string) string { return s[:f.Start] + with + s[f.End:] }
	h := d.Hebrew
	gy, gm, gd := d.Time.Date()
	gDay := func(n int) time.Time { return time.Date(gy, gm, n, 0, 0, 0, 0, time.UTC) }
	daysIn := time.Date(gy, gm+1, 0, 0, 0, 0, 0, time.UTC).Day()
	// What a changed Hebrew date is compared with: the Gregorian date, or
	// else the weekday.
	against := dateline.CodeCalendar
	if !hasGregorian {
		against = dateline.CodeWeekday
	}

	if f, ok := r.Get(format.Weekday); ok {
		add("weekday", replace(f, render(f, d.Time.AddDate(0, 0, 3), h)), dateline.CodeWeekday)
	}
	if f, ok := r.Get(format.Day); ok {
		nd := gd + 1
		if nd > daysIn {
			nd = gd - 1
		}
		want := dateline.CodeCalendar
		switch {
		case !hasHebrewDay:
			want = dateline.CodeWeekday
		case nd < gd && !hasWeekday:
			want = dateline.CodeAfterSunset // the Hebrew date is the next day's
		}
		if hasHebrewDay || hasWeekday {
			add("gregorian day", replace(f, render(f, gDay(nd), h)), want)
		}
		if _, isRange := rangeEnd(r, format.Day); isRange {
			// "October 31-28" is not a range.
		} else if gm == time.February {
			add("no such gregorian day", replace(f, render(f, time.Date(2001, time.January, 30, 0, 0, 0, 0, time.UTC), h)), dateline.CodeNoSuchDay)
		} else if daysIn < 31 {
			add("no such gregorian day", replace(f, render(f, time.Date(2001, time.January, 31, 0, 0, 0, 0, time.UTC), h)), dateline.CodeNoSuchDay)
		}
	}
	if f, ok := r.Get(format.HebrewDay); ok {
		for _, k := range []int{-1, 1, 2} {
			nd := h.Day + k
			if nd < 1 {
				continue
			}
			want := against
			switch {
			case nd > hebrew.DaysInMonth(h.Year, h.Month):
				want = dateline.CodeNoSuchDay
			case k == 1 && hasGregorian:
				want = dateline.CodeAfterSunset
			}
			if want != dateline.CodeNoSuchDay && !hasGregorian && !hasWeekday {
				continue
			}
			add("hebrew day "+strconv.Itoa(k), replace(f, hebrewDayText(nd, f)), want)
		}
		// A day written as Rosh Chodesh (ב' דראש חודש) writes the 30th as
		// the first day of the next month's: no day that does not exist.
		if _, isRange := rangeEnd(r, format.HebrewDay); !isRange && hebrew.DaysInMonth(h.Year, h.Month) == 29 && h.Day < 28 && !f.Form.IsRoshChodesh() {
			add("no such hebrew day", replace(f, hebrewDayText(30, f)), dateline.CodeNoSuchDay)
		}
	}
	if f, ok := r.Get(format.HebrewMonth); ok && (h.Month == hebrew.Adar || h.Month == hebrew.AdarII) {
		leap := hebrew.IsLeapYear(h.Year)
		switch {
		case !leap:
			_, hasHebrewYear := r.Get(format.HebrewYear)
			_, hasYear := r.Get(format.Year)
			for _, m := range []hebrew.Month{hebrew.AdarI, hebrew.AdarII} {
				want := dateline.CodeAdarCommonYear
				if !hasHebrewYear && !hasYear {
					want = against // no year is stated, and one with two Adars is taken
				}
				add("adar in a common year", replace(f, f.Spelling.Name(m, true)), want)
			}
		case hasGregorian || hasWeekday:
			other := hebrew.AdarII
			if h.Month == hebrew.AdarII {
				other = hebrew.AdarI
			}
			want := against
			if h.Day > hebrew.DaysInMonth(h.Year, other) {
				want = dateline.CodeNoSuchDay
			}
			sp := f.Spelling
			if sp.Adar == hebrew.AdarPlain {
				sp.Adar = 0
			}
			add("the other adar", replace(f, sp.Name(other, true)), want)
		}
	}
	if f, ok := r.Get(format.HebrewYear); ok && (hasGregorian || hasWeekday) {
		for _, k := range []int{-1, 1} {
			ny := h.Year + k
			want := against
			m := h.Month
			switch {
			case m == hebrew.AdarII && !hebrew.IsLeapYear(ny):
				want = dateline.CodeAdarCommonYear
			case m == hebrew.Adar && hebrew.IsLeapYear(h.Year) && !hebrew.IsLeapYear(ny) && f.Flags&parse.Qualified != 0:
				want = dateline.CodeAdarCommonYear
			case h.Day > hebrew.DaysInMonth(ny, m) && hebrew.DaysInMonth(ny, m) > 0:
				want = dateline.CodeNoSuchDay
			}
			add("hebrew year "+strconv.Itoa(k), replace(f, yearText(ny, f)), want)
		}
	}
	// The other end of a range one day off: the weekdays or the other
	// calendar's range then run another length; or a day that does not
	// exist.
	_, weekdayRange := rangeEnd(r, format.Weekday)
	for _, kinds := range [2][2]format.Kind{{format.Day, format.HebrewDay}, {format.HebrewDay, format.Day}} {
		f, ok := rangeEnd(r, kinds[0])
		if !ok {
			continue
		}
		_, otherRange := rangeEnd(r, kinds[1])
		want := dateline.CodeCalendar
		if !otherRange {
			want = dateline.CodeWeekday
		}
		if !otherRange && !weekdayRange {
			continue // a range of one calendar alone is any length
		}
		for _, k := range []int{-1, 1} {
			nd := f.Value + k
			if nd < 1 {
				continue
			}
			w := want
			var text string
			if kinds[0] == format.Day {
				if nd > 31 {
					continue // rendered through a date, a 32nd would be the 1st of the next month
				}
				end := d.Time.AddDate(0, 0, int(f.Shift))
				if nd > time.Date(end.Year(), end.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day() {
					w = dateline.CodeNoSuchDay
				}
				text = replace(f, render(f, time.Date(2001, time.January, nd, 0, 0, 0, 0, time.UTC), h))
			} else {
				end := h.AddDays(int(f.Shift))
				if nd > hebrew.DaysInMonth(end.Year, end.Month) {
					w = dateline.CodeNoSuchDay
				}
				text = replace(f, hebrewDayText(nd, f))
			}
			add("range end "+strconv.Itoa(k), text, w)
		}
	}

	// A numeric date with its month and day swapped, read in the order the
	// site writes: without an order, either reading is accepted by design,
	// and the other calendar or the weekday picks one.
	month, okM := r.Get(format.Month)
	day, okD := r.Get(format.Day)
	if okM && okD && (month.Form == format.Numeric || month.Form == format.NumericPad) && month.Value != day.Value &&
		(hasHebrewDay || hasWeekday) {
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
		if !hasHebrewDay {
			want = dateline.CodeWeekday
		}
		// 15/01/2024 reads only one way, as the site's 01/15/2024 does:
		// the swap changes the day only where both read as months.
		if month.Value <= 12 && day.Value <= 12 {
			add("month and day swapped", swapped, want, order)
		}
	}
	return out
}

// rangeEnd returns the field of kind k that is the other end of a range.
func rangeEnd(r parse.Result, k format.Kind) (parse.Field, bool) {
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
		if row.consistent != "yes" || row.gregorian == "" {
			continue
		}
		text := row.text
		if ms := dateline.Find(text, opts...); len(ms) == 1 && (ms[0].Start > 0 || ms[0].End < len(text)) {
			text = text[ms[0].Start:ms[0].End]
		}
		rep := dateline.Check(text, opts...)
		require.True(t, rep.OK(), "%s: %+v", text, rep.Problems)
		d := rep.Dateline
		layout, err := dateline.LayoutOf(text)
		require.NoError(t, err, text)
		r, err := parse.Parse(text)
		require.NoError(t, err)
		_, hasYear := r.Get(format.Year)
		_, hasHebrewYear := r.Get(format.HebrewYear)
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
				switch judge(m.mutation, got, layout, d) {
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
