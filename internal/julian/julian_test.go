package julian

import (
	"testing"
	"time"

	"github.com/hebcal/greg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The model: Calendrical Calculations (Reingold and Dershowitz), chapters
// 2 and 3, written out as the book writes them, with its numbering of
// Julian years (no year 0: -1 is 1 BCE) and its own Gregorian arithmetic,
// so that nothing of the package or of package time is in it.

const (
	ccGregorianEpoch = 1
	ccJulianEpoch    = -1 // fixed-from-gregorian(0, December, 30)
)

func ccFloor(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func ccMod(a, b int64) int64 { return a - b*ccFloor(a, b) }

func ccGregorianLeap(y int64) bool {
	return ccMod(y, 4) == 0 && ccMod(y, 400) != 100 && ccMod(y, 400) != 200 && ccMod(y, 400) != 300
}

func ccFixedFromGregorian(y, m, d int64) int64 {
	c := int64(-2)
	switch {
	case m <= 2:
		c = 0
	case ccGregorianLeap(y):
		c = -1
	}
	return ccGregorianEpoch - 1 + 365*(y-1) + ccFloor(y-1, 4) - ccFloor(y-1, 100) + ccFloor(y-1, 400) +
		ccFloor(367*m-362, 12) + c + d
}

func ccGregorianYearFromFixed(date int64) int64 {
	d0 := date - ccGregorianEpoch
	n400, d1 := ccFloor(d0, 146097), ccMod(d0, 146097)
	n100, d2 := ccFloor(d1, 36524), ccMod(d1, 36524)
	n4, d3 := ccFloor(d2, 1461), ccMod(d2, 1461)
	n1 := ccFloor(d3, 365)
	y := 400*n400 + 100*n100 + 4*n4 + n1
	if n100 == 4 || n1 == 4 {
		return y
	}
	return y + 1
}

func ccGregorianFromFixed(date int64) (int64, int64, int64) {
	y := ccGregorianYearFromFixed(date)
	prior := date - ccFixedFromGregorian(y, 1, 1)
	c := int64(2)
	switch {
	case date < ccFixedFromGregorian(y, 3, 1):
		c = 0
	case ccGregorianLeap(y):
		c = 1
	}
	m := ccFloor(12*(prior+c)+373, 367)
	return y, m, date - ccFixedFromGregorian(y, m, 1) + 1
}

func ccJulianLeap(y int64) bool {
	if y > 0 {
		return ccMod(y, 4) == 0
	}
	return ccMod(y, 4) == 3
}

func ccFixedFromJulian(year, m, d int64) int64 {
	y := year
	if year < 0 {
		y = year + 1
	}
	c := int64(-2)
	switch {
	case m <= 2:
		c = 0
	case ccJulianLeap(year):
		c = -1
	}
	return ccJulianEpoch - 1 + 365*(y-1) + ccFloor(y-1, 4) + ccFloor(367*m-362, 12) + c + d
}

func ccJulianFromFixed(date int64) (int64, int64, int64) {
	approx := ccFloor(4*(date-ccJulianEpoch)+1464, 1461)
	y := approx
	if approx <= 0 {
		y = approx - 1
	}
	prior := date - ccFixedFromJulian(y, 1, 1)
	c := int64(2)
	switch {
	case date < ccFixedFromJulian(y, 3, 1):
		c = 0
	case ccJulianLeap(y):
		c = 1
	}
	m := ccFloor(12*(prior+c)+373, 367)
	return y, m, date - ccFixedFromJulian(y, m, 1) + 1
}

// astronomical turns the book's numbering of Julian years into time's.
func astronomical(y int64) int {
	if y < 0 {
		return int(y + 1)
	}
	return int(y)
}

// TestModel holds the package to the book's functions for every day from
// 15000 BCE to 15000 CE (every 61st day under -short).
func TestModel(t *testing.T) {
	step := int64(1)
	if testing.Short() {
		step = 61
	}
	from, to := ccFixedFromGregorian(-10000, 1, 1), ccFixedFromGregorian(10000, 12, 31)
	for n := from; n <= to; n += step {
		jy, jm, jd := ccJulianFromFixed(n)
		gy, gm, gd := ccGregorianFromFixed(n)
		y, m, d := astronomical(jy), time.Month(jm), int(jd)
		if !Valid(y, m, d) {
			t.Fatalf("day %d: Julian %d-%d-%d is not Valid", n, y, m, d)
		}
		if ry, rm, rd := ToGregorian(y, m, d); ry != int(gy) || rm != time.Month(gm) || rd != int(gd) {
			t.Fatalf("ToGregorian(%d, %d, %d) = %d-%d-%d, want %d-%d-%d", y, m, d, ry, rm, rd, gy, gm, gd)
		}
		if ry, rm, rd := FromGregorian(int(gy), time.Month(gm), int(gd)); ry != y || rm != m || rd != d {
			t.Fatalf("FromGregorian(%d, %d, %d) = %d-%d-%d, want %d-%d-%d", gy, gm, gd, ry, rm, rd, y, m, d)
		}
	}
}

// TestHebcal holds ToGregorian to hebcal's greg package, which reads dates
// before September 1752 in the Julian calendar, for every day of years 1 to
// 1751 (every 13th year under -short).
func TestHebcal(t *testing.T) {
	step := 1
	if testing.Short() {
		step = 13
	}
	for y := 1; y <= 1751; y += step {
		for m := time.January; m <= time.December; m++ {
			for d := 1; d <= DaysIn(y, m); d++ {
				gy, gm, gd := greg.ProlepticFromRD(greg.ToRD(y, m, d))
				ry, rm, rd := ToGregorian(y, m, d)
				require.Equal(t, [3]int{gy, int(gm), gd}, [3]int{ry, int(rm), rd}, "Julian %d-%02d-%02d", y, m, d)
			}
		}
	}
}

func TestAnchors(t *testing.T) {
	for _, tc := range []struct {
		name       string
		julian     [3]int
		gregorian  [3]int
		julianLeap bool
	}{
		{"the last Julian day in Rome", [3]int{1582, 10, 4}, [3]int{1582, 10, 14}, false},
		{"the first Gregorian day in Rome, read as Julian", [3]int{1582, 10, 5}, [3]int{1582, 10, 15}, false},
		{"Britain's last Julian day", [3]int{1752, 9, 2}, [3]int{1752, 9, 13}, true},
		{"Russia's last Julian day", [3]int{1918, 1, 31}, [3]int{1918, 2, 13}, false},
		{"Greece's last Julian day", [3]int{1923, 2, 15}, [3]int{1923, 2, 28}, false},
		{"a Julian leap day the Gregorian calendar lacks", [3]int{1700, 2, 29}, [3]int{1700, 3, 11}, true},
		{"Washington's birthday O.S.", [3]int{1732, 2, 11}, [3]int{1732, 2, 22}, true},
		{"the Alter Rebbe's passing O.S.", [3]int{1812, 12, 15}, [3]int{1812, 12, 27}, true},
		{"the calendars agree in the third century", [3]int{250, 3, 1}, [3]int{250, 3, 1}, false},
		{"Julian January 1 of year 1", [3]int{1, 1, 1}, [3]int{0, 12, 30}, false},
		{"year 0 is a Julian leap year", [3]int{0, 2, 29}, [3]int{0, 2, 27}, true},
		{"2 BCE", [3]int{-1, 3, 1}, [3]int{-1, 2, 27}, false},
		{"the reference day", [3]int{2005, 12, 20}, [3]int{2006, 1, 2}, false},
		{"the Julian calendar runs 13 days behind until 2100", [3]int{2100, 2, 28}, [3]int{2100, 3, 13}, true},
		{"and 14 after it", [3]int{2100, 2, 29}, [3]int{2100, 3, 14}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			j, g := tc.julian, tc.gregorian
			y, m, d := ToGregorian(j[0], time.Month(j[1]), j[2])
			assert.Equal(t, g, [3]int{y, int(m), d}, "ToGregorian")
			y, m, d = FromGregorian(g[0], time.Month(g[1]), g[2])
			assert.Equal(t, j, [3]int{y, int(m), d}, "FromGregorian")
			y, m, d = Date(time.Date(g[0], time.Month(g[1]), g[2], 23, 59, 0, 0, time.FixedZone("", -11*3600)))
			assert.Equal(t, j, [3]int{y, int(m), d}, "Date: the civil day in t's location")
			assert.Equal(t, tc.julianLeap, IsLeap(j[0]), "IsLeap")
		})
	}
}

func TestValid(t *testing.T) {
	for _, tc := range []struct {
		y     int
		m     time.Month
		d     int
		valid bool
	}{
		{1700, 2, 29, true}, {1900, 2, 29, true}, {1901, 2, 29, false}, {-4, 2, 29, true}, {-1, 2, 29, false},
		{2024, 4, 31, false}, {2024, 4, 30, true}, {2024, 1, 0, false}, {2024, 0, 1, false}, {2024, 13, 1, false},
	} {
		assert.Equal(t, tc.valid, Valid(tc.y, tc.m, tc.d), "%d-%d-%d", tc.y, tc.m, tc.d)
	}
}

func TestAllocations(t *testing.T) {
	n := testing.AllocsPerRun(100, func() {
		y, m, d := ToGregorian(1812, time.December, 15)
		FromGregorian(y, m, d)
	})
	assert.Zero(t, n)
}

// FuzzRoundTrip: every Julian date comes back from its Gregorian date, and
// every Gregorian date from its Julian one.
func FuzzRoundTrip(f *testing.F) {
	for _, s := range [][3]int{{1582, 10, 4}, {1700, 2, 29}, {-4713, 1, 1}, {0, 2, 29}, {9999, 12, 31}} {
		f.Add(s[0], s[1], s[2])
	}
	f.Fuzz(func(t *testing.T, y, m, d int) {
		if y < -1_000_000 || y > 1_000_000 {
			return
		}
		if Valid(y, time.Month(m), d) {
			gy, gm, gd := ToGregorian(y, time.Month(m), d)
			ry, rm, rd := FromGregorian(gy, gm, gd)
			require.Equal(t, [3]int{y, m, d}, [3]int{ry, int(rm), rd})
		}
		if m >= 1 && m <= 12 && d >= 1 && d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day() {
			jy, jm, jd := FromGregorian(y, time.Month(m), d)
			require.True(t, Valid(jy, jm, jd))
			gy, gm, gd := ToGregorian(jy, jm, jd)
			require.Equal(t, [3]int{y, m, d}, [3]int{gy, int(gm), gd})
		}
	})
}
