package dateline_test

import (
	"sort"
	"strconv"
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
