package hebrew

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Year lengths used below, from the Gregorian dates of Rosh Hashanah:
// 5781 began on September 19, 2020 and lasted 353 days (Cheshvan and Kislev
// short); 5783 began on September 26, 2022 and lasted 355 (both long);
// 5784, a leap year, began on September 16, 2023 and lasted 383 (both
// short). TestModelFacts checks them against the model.

// timeRD returns the R.D. number of a Gregorian day by way of Go's time
// package, which is proleptic Gregorian for every year.
func timeRD(year int, month time.Month, day int) int64 {
	unix := time.Date(year, month, day, 0, 0, 0, 0, time.UTC).Unix()
	return floorDiv(unix, 86400) + fixedFromGregorian(1970, 1, 1)
}

func TestModelFacts(t *testing.T) {
	// The book gives the epoch as R.D. -1,373,427.
	assert.Equal(t, int64(-1373427), modelHebrewEpoch)
	// September 7, 3761 BCE is the epoch in the proleptic Gregorian
	// calendar of Go's time package.
	assert.Equal(t, modelHebrewEpoch, timeRD(-3760, time.September, 7))
	assert.Equal(t, int64(719163), fixedFromGregorian(1970, 1, 1))
	tests := []struct {
		year    int64
		newYear [3]int64
		length  int64
	}{
		{5781, [3]int64{2020, 9, 19}, 353},
		{5782, [3]int64{2021, 9, 7}, 384},
		{5783, [3]int64{2022, 9, 26}, 355},
		{5784, [3]int64{2023, 9, 16}, 383},
		{5785, [3]int64{2024, 10, 3}, 355},
		{5766, [3]int64{2005, 10, 4}, 354},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprint(tc.year), func(t *testing.T) {
			y := modelHebrewYear(tc.year)
			assert.Equal(t, tc.newYear, y.greg)
			assert.Equal(t, tc.length, y.length)
		})
	}
}

// TestExhaustive walks every day of years 1 to 9999, checking each against
// the model and each conversion against its inverse.
func TestExhaustive(t *testing.T) {
	if testing.Short() {
		t.Skip("walks 3.6 million days")
	}
	const chunks = 16
	for c := range chunks {
		lo := MinYear + c*MaxYear/chunks
		hi := MinYear + (c+1)*MaxYear/chunks - 1
		t.Run(fmt.Sprintf("%d-%d", lo, hi), func(t *testing.T) {
			t.Parallel()
			checkYears(t, lo, hi)
		})
	}
}

// checkYears checks years lo to hi day by day. It calls assert only on a
// mismatch, to keep the walk fast, and stops after a few failures.
func checkYears(t *testing.T, lo, hi int) {
	epoch := Date{1, Tishrei, 1}
	fails := 0
	fail := func() {
		if fails++; fails >= 10 {
			t.FailNow()
		}
	}
	prev := Date{}
	if lo > MinYear {
		prev = Date{lo - 1, Elul, 29}
	} else {
		assert.Equal(t, Date{}, epoch.AddDays(-1), "the day before 1 Tishrei 1")
	}
	for y := lo; y <= hi; y++ {
		my := modelHebrewYear(int64(y))
		if !assert.Equal(t, my.leap, IsLeapYear(y), "IsLeapYear(%d)", y) ||
			!assert.Equal(t, len(my.months), MonthsInYear(y), "MonthsInYear(%d)", y) ||
			!assert.Equal(t, int(my.length), DaysInYear(y), "DaysInYear(%d)", y) {
			fail()
		}
		// The model's Gregorian calendar agrees with Go's.
		gy, gm, gd := int(my.greg[0]), time.Month(my.greg[1]), int(my.greg[2])
		if !assert.Equal(t, my.newYear, timeRD(gy, gm, gd), "1 Tishrei %d on %d-%02d-%02d", y, gy, gm, gd) {
			fail()
		}
		if !my.leap {
			_, err := NewDate(y, AdarII, 1)
			if !assert.ErrorIs(t, err, ErrAdarCommonYear, "Adar II %d", y) ||
				!assert.Zero(t, DaysInMonth(y, AdarII), "DaysInMonth(%d, AdarII)", y) {
				fail()
			}
		}
		gdays := int(modelGregorianDays(int64(gy), int64(gm)))
		rd := my.newYear
		for _, m := range my.months {
			if n := DaysInMonth(y, m); int64(n) != my.days[m] {
				assert.Equal(t, my.days[m], int64(n), "DaysInMonth(%d, %v)", y, m)
				fail()
			}
			if my.days[m] == 29 {
				if _, err := NewDate(y, m, 30); !errors.Is(err, ErrNoSuchDay) {
					assert.ErrorIs(t, err, ErrNoSuchDay, "30 %v %d", m, y)
					fail()
				}
			}
			for day := 1; int64(day) <= my.days[m]; day++ {
				want := Date{y, m, day}
				d, err := NewDate(y, m, day)
				if err != nil || d != want {
					assert.NoError(t, err)
					assert.Equal(t, want, d)
					fail()
				}
				if y2, m2, d2 := d.Gregorian(); y2 != gy || m2 != gm || d2 != gd {
					assert.Equal(t, fmt.Sprint(gy, gm, gd), fmt.Sprint(y2, m2, d2), "%v.Gregorian()", d)
					fail()
				}
				if back, err := FromGregorian(gy, gm, gd); err != nil || back != d {
					assert.NoError(t, err)
					assert.Equal(t, d, back, "FromGregorian(%d, %v, %d)", gy, gm, gd)
					fail()
				}
				if wd := time.Weekday(floorMod(rd, 7)); d.Weekday() != wd {
					assert.Equal(t, wd, d.Weekday(), "%v.Weekday()", d)
					fail()
				}
				if prev != (Date{}) {
					if next := prev.AddDays(1); next != d || d.AddDays(-1) != prev || d.DaysSince(prev) != 1 {
						assert.Equal(t, d, next, "%v.AddDays(1)", prev)
						assert.Equal(t, prev, d.AddDays(-1), "%v.AddDays(-1)", d)
						assert.Equal(t, 1, d.DaysSince(prev), "%v.DaysSince(%v)", d, prev)
						fail()
					}
				}
				if n := d.DaysSince(epoch); int64(n) != rd-modelHebrewEpoch {
					assert.Equal(t, rd-modelHebrewEpoch, int64(n), "%v.DaysSince(%v)", d, epoch)
					fail()
				}
				prev = d
				rd++
				if gd++; gd > gdays {
					gd = 1
					if gm++; gm > time.December {
						gm = time.January
						gy++
					}
					gdays = int(modelGregorianDays(int64(gy), int64(gm)))
				}
			}
		}
		if !assert.Equal(t, my.next, rd, "days walked in %d", y) {
			fail()
		}
	}
	if hi == MaxYear {
		assert.Equal(t, Date{}, prev.AddDays(1), "the day after %v", prev)
	}
}

func TestNewDate(t *testing.T) {
	tests := []struct {
		year  int
		month Month
		day   int
	}{
		{1, Tishrei, 1},
		{5784, Adar, 22},
		{5784, AdarII, 29},
		{5783, Adar, 29},
		{5783, Cheshvan, 30}, // a complete year
		{5783, Kislev, 30},
		{5781, Tevet, 1},
		{5784, Nisan, 30},
		{9999, Elul, 29},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprint(tc.year, " ", int(tc.month), " ", tc.day), func(t *testing.T) {
			d, err := NewDate(tc.year, tc.month, tc.day)
			require.NoError(t, err)
			assert.Equal(t, Date{tc.year, tc.month, tc.day}, d)
			assert.True(t, d.IsValid())
			assert.False(t, d.IsZero())
		})
	}
}

func TestNewDateErrors(t *testing.T) {
	tests := []struct {
		year  int
		month Month
		day   int
		err   error
		field string
		value int
	}{
		{0, Nisan, 1, ErrRange, "year", 0},
		{-1, Nisan, 1, ErrRange, "year", -1},
		{10000, Tishrei, 1, ErrRange, "year", 10000},
		{5784, 0, 1, ErrRange, "month", 0},
		{5784, 14, 1, ErrRange, "month", 14},
		{5784, -1, 1, ErrRange, "month", -1},
		{5783, AdarII, 1, ErrAdarCommonYear, "month", 13},
		{5785, AdarII, 29, ErrAdarCommonYear, "month", 13},
		{5784, Nisan, 0, ErrRange, "day", 0},
		{5784, Nisan, 31, ErrRange, "day", 31},
		{5784, Nisan, -5, ErrRange, "day", -5},
		{5784, Cheshvan, 30, ErrNoSuchDay, "day", 30}, // 383 days: short
		{5784, Kislev, 30, ErrNoSuchDay, "day", 30},
		{5781, Cheshvan, 30, ErrNoSuchDay, "day", 30}, // 353 days: short
		{5781, Kislev, 30, ErrNoSuchDay, "day", 30},
		{5784, Iyyar, 30, ErrNoSuchDay, "day", 30},
		{5784, Tammuz, 30, ErrNoSuchDay, "day", 30},
		{5784, Elul, 30, ErrNoSuchDay, "day", 30},
		{5784, Tevet, 30, ErrNoSuchDay, "day", 30},
		{5784, AdarII, 30, ErrNoSuchDay, "day", 30},
		{5783, Adar, 30, ErrNoSuchDay, "day", 30}, // a common year's Adar
	}
	for _, tc := range tests {
		t.Run(fmt.Sprint(tc.year, " ", int(tc.month), " ", tc.day), func(t *testing.T) {
			d, err := NewDate(tc.year, tc.month, tc.day)
			assert.Equal(t, Date{}, d)
			assert.ErrorIs(t, err, tc.err)
			var de *DateError
			require.ErrorAs(t, err, &de)
			assert.Equal(t, "hebrew", de.Calendar)
			assert.Equal(t, tc.field, de.Field)
			assert.Equal(t, tc.value, de.Value)
			assert.False(t, Date{tc.year, tc.month, tc.day}.IsValid())
			for _, other := range []error{ErrRange, ErrNoSuchDay, ErrAdarCommonYear, ErrSyntax} {
				if other != tc.err {
					assert.NotErrorIs(t, err, other)
				}
			}
		})
	}
	// The limit of a short month is its length.
	_, err := NewDate(5784, Cheshvan, 30)
	var de *DateError
	require.ErrorAs(t, err, &de)
	assert.Equal(t, 29, de.Limit)
}

func TestFromGregorian(t *testing.T) {
	tests := []struct {
		year  int
		month time.Month
		day   int
		want  Date
	}{
		{2006, time.January, 2, Date{5766, Tevet, 2}},      // Go's reference day
		{2024, time.March, 2, Date{5784, Adar, 22}},        // 22 Adar I
		{2024, time.April, 1, Date{5784, AdarII, 22}},      // 30 days later
		{2023, time.September, 16, Date{5784, Tishrei, 1}}, // Rosh Hashanah
		{2024, time.October, 3, Date{5785, Tishrei, 1}},
		{2022, time.September, 28, Date{5783, Tishrei, 3}},
		{2024, time.February, 29, Date{5784, Adar, 20}},
		{2000, time.February, 29, Date{5760, Adar, 23}}, // 23 Adar I, nine days after Purim Katan
		{-3760, time.September, 7, Date{1, Tishrei, 1}}, // first supported day
		{0, time.December, 31, modelHebrewFromFixed(0)}, // R.D. 0
		{1, time.January, 1, modelHebrewFromFixed(1)},
		{6239, time.September, 25, Date{9999, Elul, 29}}, // last supported day
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%d-%02d-%02d", tc.year, tc.month, tc.day), func(t *testing.T) {
			d, err := FromGregorian(tc.year, tc.month, tc.day)
			require.NoError(t, err)
			assert.Equal(t, tc.want, d)
			y, m, dd := d.Gregorian()
			assert.Equal(t, []int{tc.year, int(tc.month), tc.day}, []int{y, int(m), dd})
			// The model agrees.
			rd := fixedFromGregorian(int64(tc.year), int64(tc.month), int64(tc.day))
			my := modelHebrewYear(int64(tc.want.Year))
			assert.Equal(t, rd, my.starts[tc.want.Month]+int64(tc.want.Day)-1)
		})
	}
}

func TestFromGregorianErrors(t *testing.T) {
	tests := []struct {
		year  int
		month time.Month
		day   int
		err   error
		field string
		value int
	}{
		{2024, 0, 1, ErrRange, "month", 0},
		{2024, 13, 1, ErrRange, "month", 13},
		{2024, time.January, 0, ErrRange, "day", 0},
		{2024, time.January, 32, ErrRange, "day", 32},
		{2023, time.February, 29, ErrNoSuchDay, "day", 29},
		{1900, time.February, 29, ErrNoSuchDay, "day", 29}, // a century, not a leap year
		{2024, time.February, 30, ErrNoSuchDay, "day", 30},
		{2024, time.April, 31, ErrNoSuchDay, "day", 31},
		{-3761, time.December, 31, ErrRange, "year", -3761},
		{6240, time.January, 1, ErrRange, "year", 6240},
		{-3760, time.September, 6, ErrRange, "day", 6},  // the day before 1 Tishrei 1
		{-3760, time.January, 1, ErrRange, "day", 1},    // same year, earlier
		{6239, time.September, 26, ErrRange, "day", 26}, // the day after 29 Elul 9999
		{6239, time.December, 31, ErrRange, "day", 31},
		{-1 << 40, time.January, 1, ErrRange, "year", -1 << 40},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%d-%02d-%02d", tc.year, int(tc.month), tc.day), func(t *testing.T) {
			d, err := FromGregorian(tc.year, tc.month, tc.day)
			assert.Equal(t, Date{}, d)
			assert.ErrorIs(t, err, tc.err)
			var de *DateError
			require.ErrorAs(t, err, &de)
			assert.Equal(t, "gregorian", de.Calendar)
			assert.Equal(t, tc.field, de.Field)
			assert.Equal(t, tc.value, de.Value)
		})
	}
}

// TestProlepticGregorian checks days long before the Gregorian reform, and
// before the common era, against Go's time package: the day counts must
// agree, where the Julian calendar would be ten or more days off.
func TestProlepticGregorian(t *testing.T) {
	ref := Date{5760, Tevet, 23} // January 1, 2000
	refRD := timeRD(2000, time.January, 1)
	tests := []struct {
		year  int
		month time.Month
		day   int
	}{
		{1752, time.September, 14}, // Britain's first Gregorian day
		{1752, time.September, 2},  // and its last Julian day, Gregorian 13
		{1751, time.December, 31},
		{1582, time.October, 15},
		{1582, time.October, 4},
		{1000, time.January, 1},
		{1, time.January, 1},
		{0, time.December, 31}, // R.D. 0
		{0, time.February, 29}, // 1 BCE, a Gregorian leap year
		{0, time.March, 1},
		{-1, time.December, 31},
		{-100, time.February, 28},
		{-1000, time.June, 15},
		{-3000, time.March, 1},
		{-3760, time.September, 8},
		{-3760, time.December, 31},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%d-%02d-%02d", tc.year, tc.month, tc.day), func(t *testing.T) {
			d, err := FromGregorian(tc.year, tc.month, tc.day)
			require.NoError(t, err)
			assert.Equal(t, timeRD(tc.year, tc.month, tc.day)-refRD, int64(d.DaysSince(ref)))
			y, m, dd := d.Gregorian()
			assert.Equal(t, []int{tc.year, int(tc.month), tc.day}, []int{y, int(m), dd})
			wd := time.Date(tc.year, tc.month, tc.day, 0, 0, 0, 0, time.UTC).Weekday()
			assert.Equal(t, wd, d.Weekday())
		})
	}
}

func TestDateOf(t *testing.T) {
	jerusalem := time.FixedZone("IST", 2*60*60)
	newYork := time.FixedZone("EST", -5*60*60)
	instant := time.Date(2024, time.March, 2, 23, 30, 0, 0, time.UTC)
	tests := []struct {
		name string
		t    time.Time
		want Date
	}{
		{"2024-03-02T23:30Z", instant, Date{5784, Adar, 22}},
		{"2024-03-03T01:30+02:00", instant.In(jerusalem), Date{5784, Adar, 23}},
		{"2024-03-02T18:30-05:00", instant.In(newYork), Date{5784, Adar, 22}},
		{"2024-03-02T00:00-05:00", time.Date(2024, time.March, 2, 0, 0, 0, 0, newYork), Date{5784, Adar, 22}},
		{"2024-03-02T23:59:59.999+02:00", time.Date(2024, time.March, 2, 23, 59, 59, 999999999, jerusalem), Date{5784, Adar, 22}},
		{"-3760-09-07", time.Date(-3760, time.September, 7, 12, 0, 0, 0, time.UTC), Date{1, Tishrei, 1}},
		{"-3760-09-06", time.Date(-3760, time.September, 6, 12, 0, 0, 0, time.UTC), Date{}},
		{"6239-09-25", time.Date(6239, time.September, 25, 12, 0, 0, 0, time.UTC), Date{9999, Elul, 29}},
		{"6239-09-26", time.Date(6239, time.September, 26, 0, 0, 0, 0, time.UTC), Date{}},
		{"-5000-01-01", time.Date(-5000, time.January, 1, 0, 0, 0, 0, time.UTC), Date{}},
		{"9000-01-01", time.Date(9000, time.January, 1, 0, 0, 0, 0, time.UTC), Date{}},
		// time.Time{} is January 1 of year 1, well inside the range.
		{"0001-01-01", time.Time{}, modelHebrewFromFixed(1)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, DateOf(tc.t))
		})
	}
}

func TestZeroAndInvalid(t *testing.T) {
	tests := []Date{{}, {5784, 14, 40}, {0, Nisan, 1}, {5783, AdarII, 1}, {5784, Cheshvan, 30}, {-5, -5, -5}, {1 << 40, 1 << 40, 1 << 40}}
	for _, d := range tests {
		t.Run(fmt.Sprintf("%d-%d-%d", d.Year, int(d.Month), d.Day), func(t *testing.T) {
			assert.False(t, d.IsValid())
			assert.Equal(t, d == Date{}, d.IsZero())
			y, m, dd := d.Gregorian()
			assert.Equal(t, []int{0, 0, 0}, []int{y, int(m), dd})
			assert.Equal(t, Date{}, d.AddDays(0))
			assert.Equal(t, Date{}, d.AddDays(1))
			assert.Equal(t, time.Sunday, d.Weekday())
			assert.Zero(t, d.DaysSince(Date{5784, Nisan, 1}))
			assert.Zero(t, Date{5784, Nisan, 1}.DaysSince(d))
			assert.NotPanics(t, func() {
				_ = d.String()
				_ = d.AppendText(nil)
				_ = d.Compare(Date{5784, Nisan, 1})
			})
			b, err := d.MarshalText()
			if d.IsZero() {
				require.NoError(t, err)
				assert.Empty(t, b)
				assert.Equal(t, "", d.String())
				assert.Empty(t, d.AppendText(nil))
			} else {
				var de *DateError
				assert.ErrorAs(t, err, &de)
				assert.NotEmpty(t, d.String())
			}
		})
	}
	assert.Equal(t, "40 %!Month(14) 5784", Date{5784, 14, 40}.String())
}

func TestAddDays(t *testing.T) {
	d := Date{5784, Adar, 22}
	rd := modelHebrewYear(5784).starts[Adar] + 21
	tests := []struct {
		n    int
		want Date
	}{
		{0, d},
		{8, Date{5784, Adar, 30}}, // Adar I has 30 days
		{9, Date{5784, AdarII, 1}},
		{-21, Date{5784, Adar, 1}},
		{-22, Date{5784, Shevat, 30}}, // Shevat has 30
		{37, Date{5784, AdarII, 29}},  // Adar II has 29
		{38, Date{5784, Nisan, 1}},
		{366, modelHebrewFromFixed(rd + 366)},
		{-100000, modelHebrewFromFixed(rd - 100000)},
		{1000000, modelHebrewFromFixed(rd + 1000000)},
		{-1 << 40, Date{}},
		{1 << 40, Date{}},
		{int(^uint(0) >> 1), Date{}}, // must not wrap around into the range
		{-int(^uint(0)>>1) - 1, Date{}},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprint(tc.n), func(t *testing.T) {
			got := d.AddDays(tc.n)
			assert.Equal(t, tc.want, got)
			if tc.want != (Date{}) {
				assert.Equal(t, tc.n, got.DaysSince(d))
				assert.Equal(t, -tc.n, d.DaysSince(got))
			}
		})
	}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		a, b Date
		want int
	}{
		{Date{5784, Tishrei, 1}, Date{5784, Nisan, 1}, -1}, // Tishrei opens the year
		{Date{5784, Elul, 29}, Date{5785, Tishrei, 1}, -1},
		{Date{5784, Adar, 30}, Date{5784, AdarII, 1}, -1},
		{Date{5784, AdarII, 29}, Date{5784, Nisan, 1}, -1},
		{Date{5784, Shevat, 30}, Date{5784, Adar, 1}, -1},
		{Date{5784, Adar, 1}, Date{5784, Adar, 2}, -1},
		{Date{5783, Elul, 1}, Date{5784, Tishrei, 1}, -1},
		{Date{5784, Nisan, 1}, Date{5784, Nisan, 1}, 0},
		{Date{}, Date{}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.a.String()+" vs "+tc.b.String(), func(t *testing.T) {
			assert.Equal(t, tc.want, tc.a.Compare(tc.b))
			assert.Equal(t, -tc.want, tc.b.Compare(tc.a))
			assert.Equal(t, tc.want < 0, tc.a.Before(tc.b))
			assert.Equal(t, tc.want > 0, tc.a.After(tc.b))
			assert.Equal(t, tc.want > 0, tc.b.Before(tc.a))
			assert.Equal(t, tc.want < 0, tc.b.After(tc.a))
			if tc.a.IsValid() && tc.b.IsValid() {
				// Calendar order is the order of days.
				assert.Equal(t, tc.want, sign(tc.a.DaysSince(tc.b)))
			}
		})
	}
}

func TestMonthOrder(t *testing.T) {
	// Every pair of months of a leap year compares as their first days do.
	for _, a := range []Month{Tishrei, Cheshvan, Kislev, Tevet, Shevat, Adar, AdarII, Nisan, Iyyar, Sivan, Tammuz, Av, Elul} {
		for _, b := range []Month{Tishrei, Cheshvan, Kislev, Tevet, Shevat, Adar, AdarII, Nisan, Iyyar, Sivan, Tammuz, Av, Elul} {
			da, db := Date{5784, a, 1}, Date{5784, b, 1}
			assert.Equal(t, sign(da.DaysSince(db)), da.Compare(db), "%v vs %v", a, b)
		}
	}
}

func TestText(t *testing.T) {
	tests := []struct {
		text string
		date Date
	}{
		{"22 Adar I 5784", Date{5784, Adar, 22}},
		{"22 Adar II 5784", Date{5784, AdarII, 22}},
		{"1 Tishrei 5785", Date{5785, Tishrei, 1}},
		{"5 Adar 5783", Date{5783, Adar, 5}}, // a common year's only Adar
		{"2 Tevet 5766", Date{5766, Tevet, 2}},
		{"15 Shevat 5784", Date{5784, Shevat, 15}},
		{"30 Cheshvan 5783", Date{5783, Cheshvan, 30}},
		{"29 Elul 9999", Date{9999, Elul, 29}},
		{"1 Tishrei 1", Date{1, Tishrei, 1}},
		{"29 Adar 1", Date{1, Adar, 29}}, // year 1, not Adar 1
		{"29 Adar 2", Date{2, Adar, 29}}, // year 2, not Adar 2
		{"1 Adar I 3", Date{3, Adar, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			assert.Equal(t, tc.text, tc.date.String())
			b, err := tc.date.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tc.text, string(b))
			assert.Equal(t, "x"+tc.text, string(tc.date.AppendText([]byte("x"))))
			var d Date
			require.NoError(t, d.UnmarshalText([]byte(tc.text)))
			assert.Equal(t, tc.date, d)
		})
	}
}

func TestUnmarshalTextSpellings(t *testing.T) {
	tests := []struct {
		text string
		want Date
	}{
		{"22 Adar Aleph 5784", Date{5784, Adar, 22}},
		{"22 adar 2 5784", Date{5784, AdarII, 22}},
		{"22 Ve'adar 5784", Date{5784, AdarII, 22}},
		{"  2 Teves 5766  ", Date{5766, Tevet, 2}},
		{"2\tTEVET\u00a05766", Date{5766, Tevet, 2}},
		{"2 טבת 5766", Date{5766, Tevet, 2}},
		{"2 בטבת 5766", Date{5766, Tevet, 2}},
		{"02 Tevet 05766", Date{5766, Tevet, 2}},
		{"1 Nissan 5784", Date{5784, Nisan, 1}},
		{"", Date{}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			d := Date{5000, Nisan, 1}
			require.NoError(t, d.UnmarshalText([]byte(tc.text)))
			assert.Equal(t, tc.want, d)
		})
	}
}

func TestUnmarshalTextErrors(t *testing.T) {
	syntax := []struct {
		text   string
		err    error
		offset int
	}{
		{"22 Adar 5784", ErrSyntax, 3}, // a leap year: which Adar?
		{"22 Adar   5784", ErrSyntax, 3},
		{"garbage", ErrSyntax, 0},
		{" ", ErrSyntax, 1},
		{"22", ErrSyntax, 2},
		{"22 ", ErrSyntax, 2},
		{"22 Adar I", ErrSyntax, 9},
		{"22 Adar I ", ErrSyntax, 9},
		{"Adar I 5784", ErrSyntax, 0},
		{"22 Chicken 5784", ErrSyntax, 3},
		{"22 Adar I 5784 x", ErrSyntax, 14},
		{"22 Adar I 5784x", ErrSyntax, 14},
		{"22 Nisan -5784", ErrSyntax, 9},
		{"1 Nisan 1234567890", ErrRange, 8},
		{"1234567890 Nisan 5784", ErrRange, 0},
		{"22 Adar I 5785", ErrRange, 3}, // a common year: its one Adar was taken
	}
	for _, tc := range syntax {
		t.Run(tc.text, func(t *testing.T) {
			before := Date{5784, Nisan, 1}
			d := before
			err := d.UnmarshalText([]byte(tc.text))
			assert.ErrorIs(t, err, tc.err)
			var se *SyntaxError
			require.ErrorAs(t, err, &se)
			assert.Equal(t, tc.text, se.Input)
			assert.Equal(t, tc.offset, se.Offset)
			assert.Equal(t, before, d, "the receiver must be left alone")
		})
	}
	dates := []struct {
		text string
		err  error
	}{
		{"30 Cheshvan 5784", ErrNoSuchDay},
		{"30 Iyyar 5784", ErrNoSuchDay},
		{"1 Adar II 5783", ErrAdarCommonYear},
		{"0 Nisan 5784", ErrRange},
		{"31 Nisan 5784", ErrRange},
		{"1 Nisan 0", ErrRange},
		{"1 Nisan 10000", ErrRange},
	}
	for _, tc := range dates {
		t.Run(tc.text, func(t *testing.T) {
			before := Date{5784, Nisan, 1}
			d := before
			err := d.UnmarshalText([]byte(tc.text))
			assert.ErrorIs(t, err, tc.err)
			var de *DateError
			require.ErrorAs(t, err, &de)
			assert.Equal(t, "hebrew", de.Calendar)
			assert.Equal(t, before, d, "the receiver must be left alone")
		})
	}
}

func TestJSON(t *testing.T) {
	type doc struct {
		Date Date `json:"date"`
	}
	b, err := json.Marshal(doc{Date{5784, Adar, 22}})
	require.NoError(t, err)
	assert.JSONEq(t, `{"date":"22 Adar I 5784"}`, string(b))
	var back doc
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, Date{5784, Adar, 22}, back.Date)
	_, err = json.Marshal(doc{Date{5784, 14, 1}})
	assert.ErrorIs(t, err, ErrRange)
}

func TestYearFunctions(t *testing.T) {
	for y := range 19 * 3 {
		// Years 3, 6, 8, 11, 14, 17 and 19 of each cycle are leap years.
		want := false
		switch (y + 19*1000) % 19 {
		case 3, 6, 8, 11, 14, 17, 0:
			want = true
		}
		assert.Equal(t, want, IsLeapYear(y), "IsLeapYear(%d)", y)
		assert.Equal(t, want, IsLeapYear(y-19*300), "IsLeapYear(%d)", y-19*300)
		months := 12
		if want {
			months = 13
		}
		assert.Equal(t, months, MonthsInYear(y), "MonthsInYear(%d)", y)
	}
	lengths := map[int]bool{}
	for y := MinYear; y <= MaxYear; y += 7 {
		n := DaysInYear(y)
		lengths[n] = true
		assert.Contains(t, []int{353, 354, 355, 383, 384, 385}, n, "DaysInYear(%d)", y)
		assert.Equal(t, IsLeapYear(y), n > 355, "DaysInYear(%d)", y)
	}
	assert.Len(t, lengths, 6, "every year length occurs")
	assert.Equal(t, 353, DaysInYear(5781))
	assert.Equal(t, 355, DaysInYear(5783))
	assert.Equal(t, 383, DaysInYear(5784))
	for _, y := range []int{0, -1, 10000} {
		assert.Zero(t, DaysInYear(y), "DaysInYear(%d)", y)
		assert.Zero(t, DaysInMonth(y, Nisan), "DaysInMonth(%d, Nisan)", y)
	}
}

func TestDaysInMonth(t *testing.T) {
	tests := []struct {
		year  int
		month Month
		want  int
	}{
		{5784, Nisan, 30}, {5784, Iyyar, 29}, {5784, Sivan, 30}, {5784, Tammuz, 29},
		{5784, Av, 30}, {5784, Elul, 29}, {5784, Tishrei, 30}, {5784, Cheshvan, 29},
		{5784, Kislev, 29}, {5784, Tevet, 29}, {5784, Shevat, 30}, {5784, Adar, 30},
		{5784, AdarII, 29},
		{5783, Cheshvan, 30}, {5783, Kislev, 30}, {5783, Adar, 29}, {5783, AdarII, 0},
		{5781, Cheshvan, 29}, {5781, Kislev, 29},
		{5784, 0, 0}, {5784, 14, 0}, {5784, -1, 0},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprint(tc.year, " ", int(tc.month)), func(t *testing.T) {
			assert.Equal(t, tc.want, DaysInMonth(tc.year, tc.month))
			if tc.want > 0 {
				assert.Equal(t, int64(tc.want), modelHebrewYear(int64(tc.year)).days[tc.month], "the model")
			}
		})
	}
}

func TestMonthString(t *testing.T) {
	tests := []struct {
		month Month
		want  string
	}{
		{Nisan, "Nisan"}, {Iyyar, "Iyyar"}, {Sivan, "Sivan"}, {Tammuz, "Tammuz"},
		{Av, "Av"}, {Elul, "Elul"}, {Tishrei, "Tishrei"}, {Cheshvan, "Cheshvan"},
		{Kislev, "Kislev"}, {Tevet, "Tevet"}, {Shevat, "Shevat"}, {Adar, "Adar"},
		{AdarII, "Adar II"},
		{0, "%!Month(0)"}, {14, "%!Month(14)"}, {-1, "%!Month(-1)"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.month.String())
		})
	}
	assert.Equal(t, Adar, AdarI)
}

// TestErrorMessages checks the shape of the messages, as STYLE.md asks:
// the package name first for a DateError, `parsing "…": ` first for a
// SyntaxError (the one syntax error of every layer), lower case, no final
// period, and the value or input and offset they concern.
func TestErrorMessages(t *testing.T) {
	_, noSuchDay := NewDate(5784, Cheshvan, 30)
	_, badYear := NewDate(0, Nisan, 1)
	_, feb30 := FromGregorian(2024, time.February, 30)
	_, early := FromGregorian(-3760, time.September, 6)
	_, badNumeral := ParseNumeral("כבא")
	_, badMonth := LookupMonth("Chicken")
	var d Date
	badText := d.UnmarshalText([]byte("22 Adar 5784"))
	tests := []struct {
		name   string
		err    error
		prefix string // "hebrew: " for a DateError; a SyntaxError's, shared with package parse, is the input's
		parts  []string
	}{
		{"NewDate(5784, Cheshvan, 30)", noSuchDay, "hebrew: ", []string{"day 30", "Cheshvan 5784", "29"}},
		{"NewDate(0, Nisan, 1)", badYear, "hebrew: ", []string{"year 0"}},
		{"FromGregorian(2024, February, 30)", feb30, "hebrew: ", []string{"gregorian day 30", "February 2024", "29"}},
		{"FromGregorian(-3760, September, 6)", early, "hebrew: ", []string{"gregorian day 6", "September -3760"}},
		{"ParseNumeral(כבא)", badNumeral, `parsing "כבא": `, []string{"at byte 4", `"א"`}},
		{"LookupMonth(Chicken)", badMonth, `parsing "Chicken": `, []string{"at byte 0", "month name"}},
		{"UnmarshalText(22 Adar 5784)", badText, `parsing "22 Adar 5784": `, []string{"at byte 3"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.Error(t, tc.err)
			msg := tc.err.Error()
			assert.True(t, strings.HasPrefix(msg, tc.prefix), "%q", msg)
			assert.False(t, strings.HasSuffix(msg, "."), "%q", msg)
			for _, p := range tc.parts {
				assert.Contains(t, msg, p)
			}
		})
	}
}
