// Package julian converts dates of the Julian calendar to and from the
// proleptic Gregorian calendar, in which Go's time package counts every
// year.
//
// Text that says its date is Julian ("O.S.", "according to the Julian
// calendar") names a day that the proleptic Gregorian calendar numbers
// differently: 11 October 1542 in the Julian calendar is October 21, 1542,
// and December 15, 1812 O.S. is December 27, 1812. Years are numbered as
// package time numbers them, astronomically: year 0 is 1 BCE and year -1
// is 2 BCE. Every year divisible by 4 (..., -4, 0, 4, ...) is a Julian leap
// year.
//
// The arithmetic is on day numbers and exact for every year an int holds
// without overflow (the test holds it to Calendrical Calculations'
// fixed-from-julian and julian-from-fixed over twenty thousand years). It
// does not allocate.
package julian

import "time"

// IsLeap reports whether year y of the Julian calendar is a leap year:
// whether it is divisible by 4.
func IsLeap(y int) bool { return y%4 == 0 }

// DaysIn returns the number of days in month m of Julian year y, or 0 for
// a month outside January to December.
func DaysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if IsLeap(y) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	case time.January, time.March, time.May, time.July, time.August, time.October, time.December:
		return 31
	}
	return 0
}

// Valid reports whether y-m-d is a day of the Julian calendar: February
// 29 exists in every year divisible by 4, 1700 and 1900 included.
func Valid(y int, m time.Month, d int) bool {
	return d >= 1 && d <= DaysIn(y, m)
}

// ToGregorian returns the proleptic Gregorian date of the Julian date
// y-m-d, which must be Valid: ToGregorian(1582, time.October, 4) is
// October 14, 1582, the day before the first Gregorian day, October 15.
func ToGregorian(y int, m time.Month, d int) (int, time.Month, int) {
	return gregorianOf(fixed(y, m, d))
}

// FromGregorian returns the Julian date of the proleptic Gregorian date
// y-m-d (normalized as time.Date normalizes it): FromGregorian(1812,
// time.December, 27) is December 15, 1812.
func FromGregorian(y int, m time.Month, d int) (int, time.Month, int) {
	return fromFixed(gregorianFixed(y, m, d))
}

// Date returns the Julian date of t's civil day in t's location.
func Date(t time.Time) (int, time.Month, int) {
	return FromGregorian(t.Date())
}

// Day numbers count days from a fixed day, as Rata Die does: day 1 is
// January 1 of year 1 in the proleptic Gregorian calendar, January 3 of
// year 1 in the Julian.

// marchZero is the day number of March 1 of year 0 in the Julian
// calendar: the day from which fixed counts years that start in March, so
// that a leap day ends its year.
const marchZero = -307

// fixed returns the day number of the Julian date y-m-d, counting years
// from March, as in Hinnant's days_from_civil without the centuries.
func fixed(y int, m time.Month, d int) int64 {
	yy, mm := int64(y), int64(m)
	if mm <= 2 {
		yy, mm = yy-1, mm+12 // January and February end the year before
	}
	return marchZero + 365*yy + floorDiv(yy, 4) + (153*(mm-3)+2)/5 + int64(d) - 1
}

// fromFixed returns the Julian date of day number n.
func fromFixed(n int64) (int, time.Month, int) {
	days := n - marchZero
	yy := floorDiv(4*days+3, 1461) // the year from March
	doy := days - 365*yy - floorDiv(yy, 4)
	mp := (5*doy + 2) / 153 // 0 for March ... 11 for February
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m, yy = m-12, yy+1
	}
	return int(yy), time.Month(m), int(d)
}

// unixZero is the day number of January 1, 1970.
const unixZero = 719163

// gregorianFixed returns the day number of the proleptic Gregorian date
// y-m-d, as package time counts it.
func gregorianFixed(y int, m time.Month, d int) int64 {
	return floorDiv(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix(), 86400) + unixZero
}

// gregorianOf returns the proleptic Gregorian date of day number n.
func gregorianOf(n int64) (int, time.Month, int) {
	return time.Unix((n-unixZero)*86400, 0).UTC().Date()
}

// floorDiv returns a/b rounded down, for b > 0.
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}
