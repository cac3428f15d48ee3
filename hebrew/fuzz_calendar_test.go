package hebrew_test

import (
	"errors"
	"math"
	"testing"
	"time"

	"github.com/dualdate/dualdate/hebrew"
)

// The fuzz targets of this file give the calendar functions any integers:
// nothing panics, a date is refused with a *DateError rather than rolled
// over into another, and what is accepted converts back to itself.

// calendarSeeds are the edges of the calendar: years 0, -1 and 10000,
// the first and last supported days, months and days out of range, and
// the extremes of int.
var calendarSeeds = [][3]int{
	{2024, 3, 2}, {5784, 12, 22}, {0, 1, 1}, {-1, 12, 31}, {10000, 1, 1}, {1, 7, 1}, {9999, 6, 29},
	{-3760, 9, 7}, {-3760, 9, 6}, {6239, 9, 25}, {6239, 9, 26}, {2024, 2, 30}, {2023, 2, 29}, {2024, 4, 31},
	{5784, 8, 30}, {5783, 13, 1}, {5784, 14, 1}, {5784, 0, 1}, {5784, 7, 0}, {5784, 7, 31}, {1, 1, 1},
	{math.MaxInt, 1, 1}, {math.MinInt, 12, 31}, {2024, math.MaxInt, 1}, {2024, 1, math.MinInt},
}

func FuzzFromGregorian(f *testing.F) {
	for _, s := range calendarSeeds {
		f.Add(s[0], s[1], s[2])
	}
	f.Fuzz(func(t *testing.T, y, m, d int) {
		h, err := hebrew.FromGregorian(y, time.Month(m), d)
		if err != nil {
			var de *hebrew.DateError
			if !errors.As(err, &de) || !errors.Is(err, hebrew.ErrRange) && !errors.Is(err, hebrew.ErrNoSuchDay) {
				t.Fatalf("FromGregorian(%d, %d, %d): error %T %v", y, m, d, err, err)
			}
			if h != (hebrew.Date{}) {
				t.Fatalf("FromGregorian(%d, %d, %d): %v with error %v", y, m, d, h, err)
			}
			// Refused only if the day does not exist or is out of range.
			if m >= 1 && m <= 12 && d >= 1 && d <= 31 && y > -3760 && y < 6239 {
				if tt := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC); tt.Day() == d {
					t.Fatalf("FromGregorian(%d, %d, %d) refuses a day that exists: %v", y, m, d, err)
				}
			}
			return
		}
		if !h.IsValid() {
			t.Fatalf("FromGregorian(%d, %d, %d) = %#v, not valid", y, m, d, h)
		}
		// No roll-over: the day converts back to itself.
		if gy, gm, gd := h.Gregorian(); gy != y || int(gm) != m || gd != d {
			t.Fatalf("FromGregorian(%d, %d, %d) = %v, which is %d-%d-%d", y, m, d, h, gy, gm, gd)
		}
		if got := hebrew.DateOf(time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC)); got != h {
			t.Fatalf("DateOf(%d-%d-%d) = %v, FromGregorian %v", y, m, d, got, h)
		}
	})
}

func FuzzNewDate(f *testing.F) {
	for _, s := range calendarSeeds {
		f.Add(s[0], s[1], s[2], 1)
	}
	f.Add(1, 7, 1, -1)
	f.Add(9999, 6, 29, 1)
	f.Add(5784, 12, 22, math.MaxInt)
	f.Add(5784, 12, 22, math.MinInt)
	f.Fuzz(func(t *testing.T, y, m, d, n int) {
		h, err := hebrew.NewDate(y, hebrew.Month(m), d)
		if err != nil {
			var de *hebrew.DateError
			if !errors.As(err, &de) || h != (hebrew.Date{}) {
				t.Fatalf("NewDate(%d, %d, %d) = %v, %T %v", y, m, d, h, err, err)
			}
			if (hebrew.Date{Year: y, Month: hebrew.Month(m), Day: d}).IsValid() {
				t.Fatalf("NewDate(%d, %d, %d) refuses a valid date: %v", y, m, d, err)
			}
			// No method panics on an invalid Date.
			bad := hebrew.Date{Year: y, Month: hebrew.Month(m), Day: d}
			_ = bad.String()
			_, _, _ = bad.Gregorian()
			_ = bad.Weekday()
			_ = bad.AddDays(n)
			_ = bad.DaysSince(bad)
			_ = bad.MonthName()
			_, _ = bad.MarshalText()
			_ = hebrew.DaysInMonth(y, hebrew.Month(m))
			_ = hebrew.IsLeapYear(y)
			_ = hebrew.MonthsInYear(y)
			_ = hebrew.DaysInYear(y)
			return
		}
		if h.Year != y || int(h.Month) != m || h.Day != d {
			t.Fatalf("NewDate(%d, %d, %d) = %#v", y, m, d, h)
		}
		gy, gm, gd := h.Gregorian()
		back, err := hebrew.FromGregorian(gy, gm, gd)
		if err != nil || back != h {
			t.Fatalf("%v is %d-%d-%d, which is %v (%v)", h, gy, gm, gd, back, err)
		}
		text, err := h.MarshalText()
		if err != nil {
			t.Fatalf("%v: MarshalText: %v", h, err)
		}
		var read hebrew.Date
		if err := read.UnmarshalText(text); err != nil || read != h {
			t.Fatalf("%v writes %q, which reads as %v (%v)", h, text, read, err)
		}
		// Arithmetic stays in range or gives the zero Date.
		a := h.AddDays(n)
		if a.IsZero() {
			return
		}
		if !a.IsValid() {
			t.Fatalf("%v.AddDays(%d) = %#v, not valid", h, n, a)
		}
		if got := a.DaysSince(h); got != n {
			t.Fatalf("%v.AddDays(%d) = %v, %d days since", h, n, a, got)
		}
	})
}
