package hebrew

import (
	"strconv"
	"time"

	"github.com/hebcal/hdate"

	"github.com/dualdate/dualdate/internal/civil"
	"github.com/dualdate/dualdate/internal/era"
)

// A Month is a month of the Hebrew calendar, numbered as hdate numbers them:
// Nisan is 1 and Elul 6, Tishrei 7, Shevat 11, Adar 12 and Adar II 13. The
// year starts at Tishrei, so months 7 to 13 come before months 1 to 6 within
// a year. In a leap year month 12 is Adar I; in a common year it is the only
// Adar, and month 13 does not exist.
type Month int

// The months, in hdate's numbering.
const (
	Nisan Month = 1 + iota
	Iyyar
	Sivan
	Tammuz
	Av
	Elul
	Tishrei
	Cheshvan
	Kislev
	Tevet
	Shevat
	Adar
	AdarII

	// AdarI is month 12 by its leap-year name.
	AdarI = Adar
)

// String returns the month's canonical English name: Nisan, Iyyar, Sivan,
// Tammuz, Av, Elul, Tishrei, Cheshvan, Kislev, Tevet, Shevat, Adar and Adar
// II (hebcal's names, with Shevat for Sh'vat). Month 12 prints as "Adar"
// because a Month alone does not know its year; see [Date.MonthName]. A
// value outside 1 to 13 prints as "%!Month(14)".
func (m Month) String() string {
	if m < Nisan || m > AdarII {
		return "%!Month(" + strconv.Itoa(int(m)) + ")"
	}
	return canonicalNames[m]
}

// canonicalNames are the names String, Date.String and Date.MonthName use,
// indexed by Month; 14 is Adar I.
var canonicalNames = [AdarII + 2]string{
	"", "Nisan", "Iyyar", "Sivan", "Tammuz", "Av", "Elul",
	"Tishrei", "Cheshvan", "Kislev", "Tevet", "Shevat", "Adar", "Adar II", "Adar I",
}

// MonthName returns the canonical English name of d's month in d's year:
// "Adar I" for month 12 of a leap year, "Adar" in a common year, and
// Month.String otherwise.
func (d Date) MonthName() string {
	if d.Month == Adar && IsLeapYear(d.Year) {
		return canonicalNames[AdarII+1]
	}
	return d.Month.String()
}

// order returns the position of m within its year, counting from Tishrei = 0;
// Adar II (6) falls between Adar (5) and Nisan (7).
func (m Month) order() int {
	if m >= Tishrei {
		return int(m - Tishrei)
	}
	return int(m) + 6
}

// The supported range: Hebrew years 1 to 9999.
const (
	MinYear = 1
	MaxYear = 9999
)

// A Date is a day of the Hebrew calendar. Dates are comparable with ==.
//
// The zero Date means "no date": IsZero reports true, IsValid false, and
// every method returns a zero result for it (and for any other invalid Date)
// rather than panicking. Build Dates with [NewDate], [FromGregorian] or
// [DateOf], which validate their input; a Date built as a struct literal is
// checked by [Date.IsValid].
type Date struct {
	Year  int   // 1 to 9999
	Month Month // Nisan (1) to Adar II (13)
	Day   int   // 1 to 29 or 30
}

// rd bounds: the Rata Die numbers of 1 Tishrei 1 and 29 Elul 9999.
var (
	minRD = hdate.ToRD(MinYear, hdate.Tishrei, 1)
	maxRD = hdate.ToRD(MaxYear+1, hdate.Tishrei, 1) - 1
)

// NewDate returns the date of day in month of year, or an error wrapping
// ErrRange (a year outside 1 to 9999, a month outside 1 to 13, a day outside
// 1 to 30), ErrAdarCommonYear (Adar II in a common year) or ErrNoSuchDay (day
// 30 of a 29-day month). It never rolls a date over into another month.
func NewDate(year int, month Month, day int) (Date, error) {
	d := Date{year, month, day}
	if err := d.check(); err != nil {
		return Date{}, err
	}
	return d, nil
}

// check returns why d is not a day of the calendar, or nil.
func (d Date) check() error {
	switch {
	case d.Year < MinYear || d.Year > MaxYear:
		return &DateError{Calendar: "hebrew", Field: "year", Value: d.Year, Limit: MaxYear, Err: ErrRange}
	case d.Month < Nisan || d.Month > AdarII:
		return &DateError{Calendar: "hebrew", Field: "month", Value: int(d.Month), Limit: int(AdarII), Err: ErrRange}
	case d.Month == AdarII && !IsLeapYear(d.Year):
		return &DateError{Calendar: "hebrew", Field: "month", Value: int(d.Month), In: strconv.Itoa(d.Year), Limit: int(Adar), Err: ErrAdarCommonYear}
	case d.Day < 1 || d.Day > 30:
		return &DateError{Calendar: "hebrew", Field: "day", Value: d.Day, Limit: 30, Err: ErrRange}
	case d.Day == 30 && daysInMonth(d.Year, d.Month) < 30:
		in := Spelling{}.Name(d.Month, IsLeapYear(d.Year)) + " " + strconv.Itoa(d.Year)
		return &DateError{Calendar: "hebrew", Field: "day", Value: d.Day, In: in, Limit: 29, Err: ErrNoSuchDay}
	}
	return nil
}

// IsValid reports whether d is a day of the calendar within years 1 to 9999.
func (d Date) IsValid() bool { return d.check() == nil }

// common reports whether d is a day that every year has: one before the
// 30th, in a month other than Adar II, which IsValid need not check.
func (d Date) common() bool {
	return uint(d.Year-MinYear) <= MaxYear-MinYear && uint(d.Month-Nisan) < uint(AdarII-Nisan) && uint(d.Day-1) < 29
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// rd returns the Rata Die number of d (day 1 is Monday, January 1 of year 1
// in the proleptic Gregorian calendar) and whether d is valid. Day 0, 17
// Tevet 3761, is as valid as any other.
func (d Date) rd() (int64, bool) {
	if !d.common() && !d.IsValid() {
		return 0, false
	}
	return toRD(d), true
}

// fromRD returns the Hebrew date of Rata Die day n, or the zero Date if n is
// outside the supported years.
func fromRD(n int64) Date {
	if n < minRD || n > maxRD {
		return Date{}
	}
	return hebrewOfRD(n)
}

// hebrewOfRD is fromRD for an n known to be in range.
func hebrewOfRD(n int64) Date { return dateOfRD(n) }

// FromGregorian returns the Hebrew date of a day of the proleptic Gregorian
// calendar, the calendar of Go's time package, for every year (never the
// Julian calendar, unlike hdate.FromGregorian before 1752). It returns an
// error wrapping ErrRange for a month outside 1 to 12, a day outside 1 to 31
// or a day outside the Hebrew years 1 to 9999 (Gregorian -3760 to 6239), and
// ErrNoSuchDay for a day its month lacks, such as February 30; it never rolls
// over into the next month.
func FromGregorian(year int, month time.Month, day int) (Date, error) {
	n, err := gregorianRD(year, month, day)
	if err != nil {
		return Date{}, err
	}
	return hebrewOfRD(n), nil
}

// gregorianRD validates a Gregorian date and returns its Rata Die number.
func gregorianRD(year int, month time.Month, day int) (int64, error) {
	switch {
	case month < time.January || month > time.December:
		return 0, &DateError{Calendar: "gregorian", Field: "month", Value: int(month), Limit: 12, Err: ErrRange}
	case day < 1 || day > 31:
		return 0, &DateError{Calendar: "gregorian", Field: "day", Value: day, Limit: 31, Err: ErrRange}
	case day > 28 && day > civil.DaysIn(year, month):
		in := month.String() + " " + strconv.Itoa(year)
		return 0, &DateError{Calendar: "gregorian", Field: "day", Value: day, In: in, Limit: civil.DaysIn(year, month), Err: ErrNoSuchDay}
	case year < era.FirstGregorianYear || year > era.LastGregorianYear:
		return 0, &DateError{Calendar: "gregorian", Field: "year", Value: year, Limit: era.LastGregorianYear, Err: ErrRange}
	}
	n := civilToRD(year, month, day)
	// Only the first and last years hold days outside the Hebrew years.
	if (year == era.FirstGregorianYear || year == era.LastGregorianYear) && (n < minRD || n > maxRD) {
		in := month.String() + " " + strconv.Itoa(year)
		return 0, &DateError{Calendar: "gregorian", Field: "day", Value: day, In: in, Err: ErrRange}
	}
	return n, nil
}

// DateOf returns the Hebrew date of the civil day of t in t's location (not
// adjusted for sunset), or the zero Date if that day lies outside the
// supported years.
func DateOf(t time.Time) Date {
	d, _ := FromGregorian(t.Date())
	return d
}

// Gregorian returns the day of the proleptic Gregorian calendar that d falls
// on (the day that ends at the sunset that starts d+1), or (0, 0, 0) if d is
// not valid.
func (d Date) Gregorian() (year int, month time.Month, day int) {
	n, ok := d.rd()
	if !ok {
		return 0, 0, 0
	}
	return rdToCivil(n)
}

// Weekday returns the day of the week d falls on (Sunday for an invalid d).
func (d Date) Weekday() time.Weekday {
	n, _ := d.rd()
	return time.Weekday((n%7 + 7) % 7)
}

// AddDays returns the date n days after d (before it, for a negative n), or
// the zero Date if d is not valid or the result falls outside the supported
// years.
func (d Date) AddDays(n int) Date {
	r, ok := d.rd()
	if !ok {
		return Date{}
	}
	return fromRD(r + int64(n))
}

// DaysSince returns the number of days from u to d: positive if d is after
// u. It returns 0 if either is not valid.
func (d Date) DaysSince(u Date) int {
	a, okA := d.rd()
	b, okB := u.rd()
	if !okA || !okB {
		return 0
	}
	return int(a - b)
}

// Compare compares d and u in calendar order (Tishrei comes before Nisan of
// the same year), returning -1, 0 or +1. Invalid dates are ordered by their
// fields in the same way.
func (d Date) Compare(u Date) int {
	switch {
	case d.Year != u.Year:
		return sign(d.Year - u.Year)
	case d.Month != u.Month:
		return sign(d.Month.order() - u.Month.order())
	}
	return sign(d.Day - u.Day)
}

// Before reports whether d comes before u.
func (d Date) Before(u Date) bool { return d.Compare(u) < 0 }

// After reports whether d comes after u.
func (d Date) After(u Date) bool { return d.Compare(u) > 0 }

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// IsLeapYear reports whether year has thirteen months (Adar I and Adar II):
// years 3, 6, 8, 11, 14, 17 and 19 of each 19-year cycle.
func IsLeapYear(year int) bool {
	r := (7*year + 1) % 19
	if r < 0 {
		r += 19
	}
	return r < 7
}

// MonthsInYear returns 13 for a leap year and 12 otherwise.
func MonthsInYear(year int) int {
	if IsLeapYear(year) {
		return 13
	}
	return 12
}

// DaysInYear returns the length of year: 353, 354 or 355 days in a common
// year, 383, 384 or 385 in a leap year; 0 for a year outside 1 to 9999.
func DaysInYear(year int) int {
	if year < MinYear || year > MaxYear {
		return 0
	}
	return int(elapsed(year+1) - elapsed(year))
}

// DaysInMonth returns the length of month m of year (29 or 30), or 0 if the
// month does not exist that year (Adar II in a common year) or either
// argument is out of range.
func DaysInMonth(year int, m Month) int {
	if year < MinYear || year > MaxYear || m < Nisan || m > AdarII || m == AdarII && !IsLeapYear(year) {
		return 0
	}
	return daysInMonth(year, m)
}

// daysInMonth is DaysInMonth for arguments known to be valid. Only Cheshvan,
// Kislev and Adar vary from year to year, so only they cost a year lookup.
func daysInMonth(year int, m Month) int {
	switch m {
	case Iyyar, Tammuz, Elul, Tevet, AdarII:
		return 29
	case Adar:
		if IsLeapYear(year) {
			return 30
		}
		return 29
	case Cheshvan:
		if yearKind(elapsed(year+1)-elapsed(year))%3 == 2 {
			return 30 // a complete year
		}
		return 29
	case Kislev:
		if yearKind(elapsed(year+1)-elapsed(year))%3 == 0 {
			return 29 // a deficient year
		}
		return 30
	}
	return 30
}

// civilToRD returns the Rata Die number of a proleptic Gregorian date of
// the supported years (-3760 to 6239), after Howard Hinnant's
// days_from_civil. Shifting the years by 4000, a whole number of 400-year
// eras, keeps every quantity positive, so the arithmetic is unsigned.
func civilToRD(year int, month time.Month, day int) int64 {
	y := uint32(year + shiftYears)
	m := uint32(month)
	if m <= 2 {
		y--
		m += 9
	} else {
		m -= 3
	}
	era := y / 400
	yoe := y - era*400
	doy := (153*m+2)/5 + uint32(day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int64(era*146097+doe) - shiftDays + marchFirst0RD
}

// rdToCivil is the inverse of civilToRD, after Hinnant's civil_from_days,
// for the Rata Die numbers of the supported years.
func rdToCivil(n int64) (int, time.Month, int) {
	z := uint32(n - marchFirst0RD + shiftDays)
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := int(yoe+era*400) - shiftYears
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := int(doy - (153*mp+2)/5 + 1)
	m := time.Month(mp + 3)
	if mp >= 10 {
		m = time.Month(mp - 9)
		y++
	}
	return y, m, d
}

const (
	// shiftYears moves the supported years to positive ones, keeping
	// leap years where they are; shiftDays is its length in days.
	shiftYears = 4000
	shiftDays  = shiftYears / 400 * 146097
	// marchFirst0RD is the Rata Die number of March 1 of year 0, the start
	// of Hinnant's era 0.
	marchFirst0RD = -305
)
