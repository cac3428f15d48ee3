package parse_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

var presets = []string{layout.Header, layout.Full, layout.Published, layout.HebrewDate, layout.HebrewScript}

// valueOf returns the value a field of kind k, form and shift states for
// the Gregorian time t and Hebrew date h: what Parse must read from the
// text Format wrote for them. ok is false for a kind it does not know.
func valueOf(k layout.Kind, form layout.Form, shift int16, t time.Time, h hebrew.Date) (v int, ok bool) {
	if shift != 0 {
		t = t.AddDate(0, 0, int(shift))
		h = h.AddDays(int(shift))
	}
	if form == layout.RoshChodesh || form == layout.RoshChodeshScript {
		if h.Day == 30 {
			h = h.AddDays(1)
		}
	}
	switch k {
	case layout.Weekday:
		return int(t.Weekday()), true
	case layout.Month:
		return int(t.Month()), true
	case layout.Day:
		return t.Day(), true
	case layout.Year:
		if form == layout.TwoDigit {
			return t.Year() % 100, true
		}
		return t.Year(), true
	case layout.HebrewDay:
		return h.Day, true
	case layout.HebrewMonth:
		return int(h.Month), true
	case layout.HebrewYear:
		return h.Year, true
	case layout.Hour:
		if form == layout.Hour12 || form == layout.Hour12Pad {
			if hr := t.Hour() % 12; hr != 0 {
				return hr, true
			}
			return 12, true
		}
		return t.Hour(), true
	case layout.Minute:
		return t.Minute(), true
	case layout.Second:
		return t.Second(), true
	case layout.AMPM:
		if t.Hour() >= 12 {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// checkDay checks that r, read from layout l written for t and h, states
// that day: every field's value is the day's (the end of a range, the day
// its shift names), and every element of the layout is read.
func checkDay(t testing.TB, l layout.Layout, r parse.Result, tm time.Time, h hebrew.Date) {
	t.Helper()
	// On the 30th, Rosh Chodesh names the next month.
	next := h
	for i := 0; i < l.Len(); i++ {
		if f := l.At(i).Form; l.At(i).Kind == layout.HebrewDay && h.Day == 30 &&
			(f == layout.RoshChodesh || f == layout.RoshChodeshScript) {
			next = h.AddDays(1)
		}
	}
	if bad := badField(r, tm, h, next); bad >= 0 {
		// An ambiguous numeric date may be read the other way round.
		if s, ok := r.Swap(); ok && badField(s, tm, h, next) < 0 {
			r = s
		} else {
			f := r.Fields[bad]
			want, _ := valueOf(f.Kind, f.Form, f.Shift, tm, h)
			t.Fatalf("%q (%v, %v): %v %q is %d, want %d", r.Input, tm.Format(time.DateOnly), h, f.Kind, r.Text(f), f.Value, want)
		}
	}
	// Every element of the layout is read, with its shift.
	for i := 0; i < l.Len(); i++ {
		e := l.At(i)
		if e.Kind == layout.Literal {
			continue
		}
		found := false
		for _, f := range r.Fields {
			found = found || f.Kind == e.Kind && f.Shift == e.Shift
		}
		require.True(t, found, "%q: the %v of the layout is read", r.Input, e.Kind)
	}
	if m, ok := r.Get(layout.HebrewMonth); ok && (h.Month == hebrew.Adar || h.Month == hebrew.AdarII) {
		leap := hebrew.IsLeapYear(h.Year)
		require.Equal(t, leap, m.Flags&parse.Qualified != 0, "%q: an Adar of a leap year is qualified", r.Input)
	}
}

// badField returns the index of a field of r whose value is not the day's,
// or -1. Hebrew months and years are next's.
func badField(r parse.Result, tm time.Time, h, next hebrew.Date) int {
	for i, f := range r.Fields {
		hd := h
		if f.Kind == layout.HebrewMonth || f.Kind == layout.HebrewYear {
			hd = next
		}
		want, ok := valueOf(f.Kind, f.Form, f.Shift, tm, hd)
		if ok && want != f.Value {
			return i
		}
	}
	return -1
}

// days calls f for every day from first to last, stepping step days, with a
// time of day that differs from day to day.
func days(first, last time.Time, step int, f func(t time.Time, h hebrew.Date)) {
	for d, n := first, 0; !d.After(last); d, n = d.AddDate(0, 0, step), n+1 {
		t := d.Add(time.Duration(n*337%1440) * time.Minute).Add(time.Duration(n%60) * time.Second)
		f(t, hebrew.DateOf(t))
	}
}

// TestRoundTripPresets writes every day from 1900 to 2100 in each preset
// and reads it back.
func TestRoundTripPresets(t *testing.T) {
	step := 1
	if testing.Short() {
		step = 97
	}
	first, last := date(1900, 1, 1), date(2100, 12, 31)
	for _, preset := range presets {
		t.Run(preset, func(t *testing.T) {
			t.Parallel()
			l := parse.Layout(preset)
			buf := make([]byte, 0, 128)
			n := 0
			days(first, last, step, func(tm time.Time, h hebrew.Date) {
				buf = l.AppendFormat(buf[:0], tm, h)
				s := string(buf)
				r, err := parse.Parse(s)
				if err != nil {
					t.Fatalf("%s: %q: %v", tm.Format(time.DateOnly), s, err)
				}
				checkDay(t, l, r, tm, h)
				n++
			})
			if step == 1 {
				require.Equal(t, 73414, n, "every day of 1900-2100")
			}
		})
	}
}

// roundTripLayouts are layouts real sites print, each written for the
// reference day, to write and read back on many days.
var roundTripLayouts = []string{
	"Mon, Jan 2 2006 2 Tevet 5766",
	"MONDAY, JANUARY 2ND | 2ND TEVET 5766",
	"monday, january 2",
	"Teves 2, 5766",
	"Mon., Jan. 2, 2006",
	"Monday, Jan. 2, 2006 | 2 Tevet 5766",
	"01/02/2006 03:04:05 PM",
	"02.01.2006 15:04",
	"2006-01-02",
	"2006-01-02T15:04:05-07:00",
	"2.1.06",
	"Jan 2, '06",
	"Monday, 2 Tevet, 5766",
	"Yom Sheni, 2 Tevet 5766",
	"2nd of Tevet, 5766",
	"Tevet 2nd, 5766",
	"2 January 2006, 15:04",
	"Mon, 02 Jan 2006 15:04:05 -0700",
	"January 2, 2006 at 3:04 p.m.",
	"2 Tevet 5766 | Monday, January 2, 2006",
	"יום שני, ב׳ בטבת ה׳תשס״ו",
	"יום ב׳, ב׳ בטבת תשס״ו",
	"יום ב', ב' בטבת תשס\"ו (2.1.2006)",
	"ב טבת תשסו",
	"ב׳ טֵבֵת תשס״ו",
	"יום שני, 2 בינואר 2006",
	"Rosh Chodesh Tevet 5766",
	"ראש חודש טבת תשס״ו",
	"January 2-8, 2006",
	"Jan. 2 – 8, 2006",
	"2-3 January",
	"2-8 Tevet, 5766",
	"Tevet 2-8, 5766",
	"ב׳-ח׳ בטבת תשס״ו",
	"Sunday night-Monday 1-2 January / 2 Tevet",
	"Sunday night-Monday January 1-2 / 1-2 Tevet 5766",
	"Erev Yom Shlishi, 2 Tevet 5766",
	"Monday night, January 2 | 2 Tevet",
}

// TestRoundTripLayouts writes every other day of 2000 to 2040 in the
// layouts above and reads them back; ranges among them run into the next
// month on some of the days.
func TestRoundTripLayouts(t *testing.T) {
	step := 2
	if testing.Short() {
		step = 41
	}
	first, last := date(2000, 1, 1), date(2040, 12, 31)
	for _, ls := range roundTripLayouts {
		t.Run(ls, func(t *testing.T) {
			t.Parallel()
			l := parse.Layout(ls)
			if !strings.Contains(ls, "Rosh") && !strings.Contains(ls, "ראש") {
				// Written for 2 Tevet, Rosh Chodesh shows as a number.
				require.Equal(t, ls, l.String(), "the layout reads as itself")
			}
			days(first, last, step, func(tm time.Time, h hebrew.Date) {
				s := l.Format(tm, h)
				r, err := parse.Parse(s)
				if err != nil {
					t.Fatalf("%s: %q: %v", tm.Format(time.DateOnly), s, err)
				}
				checkDay(t, l, r, tm, h)
			})
		})
	}
}

// TestRoundTripEarlyHebrewYears writes days of every Hebrew year from 1
// to 999 in the presets and the layouts above, and in a few that put
// other text after the Hebrew year, and reads them back: a year in digits
// is written as it is (1 Tishrei 1, once 0001), and where it would not
// read back (one or two digits before text, a year in letters below
// 1000) Validate refuses it and Format writes %!HebrewYear(N).
func TestRoundTripEarlyHebrewYears(t *testing.T) {
	ls := append(append([]string{}, presets...), roundTripLayouts...)
	ls = append(ls, "Tevet 5766", "2 Tevet 5766 / January 2, 2006", "2 Tevet 5766 (Monday)", "2 Tevet 5766 | Monday", "Tevet 2, 5766 Monday")
	step := 1
	if testing.Short() {
		step = 37
	}
	for _, ls := range ls {
		t.Run(ls, func(t *testing.T) {
			t.Parallel()
			l := parse.Layout(ls)
			for y := 1; y <= 999; y += step {
				for _, h := range []hebrew.Date{{Year: y, Month: hebrew.Tishrei, Day: 1}, {Year: y, Month: hebrew.Adar, Day: 2}, {Year: y, Month: hebrew.Nisan, Day: 15}, {Year: y, Month: hebrew.Elul, Day: 29}} {
					gy, gm, gd := h.Gregorian()
					tm := time.Date(gy, gm, gd, 15, 4, 5, 0, time.UTC)
					s := l.Format(tm, h)
					if err := l.Validate(tm, h); err != nil {
						require.ErrorIs(t, err, layout.ErrUnwritable)
						require.Contains(t, s, "%!", "%v: written though refused", h)
						continue
					}
					r, err := parse.Parse(s)
					require.NoError(t, err, "%v: %q", h, s)
					checkDay(t, l, r, tm, h)
				}
			}
		})
	}
}
