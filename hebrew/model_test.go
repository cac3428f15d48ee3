package hebrew

// An independent model of the two calendars, after E. M. Reingold and
// N. Dershowitz, Calendrical Calculations (3rd edition, chapters 2 and 8),
// for the tests to check the package against. It shares no code with the
// package (which rests on hdate and on Hinnant's civil-day formulas) and is
// written for clarity, not speed: it is called once per year.

// floorDiv and floorMod are the book's quotient and mod, rounding toward
// minus infinity.
func floorDiv(x, y int64) int64 {
	q := x / y
	if (x%y != 0) && ((x < 0) != (y < 0)) {
		q--
	}
	return q
}

func floorMod(x, y int64) int64 { return x - y*floorDiv(x, y) }

// fixedFromJulian is the book's fixed-from-julian: the R.D. number of a day
// of the Julian calendar, whose years count 1 BCE as -1 (no year 0).
func fixedFromJulian(year, month, day int64) int64 {
	y := year
	if year < 0 {
		y = year + 1
	}
	leap := floorMod(year, 4) == 0
	if year < 0 {
		leap = floorMod(year, 4) == 3
	}
	const julianEpoch = -1 // fixed-from-gregorian(0, December, 30)
	f := julianEpoch - 1 + 365*(y-1) + floorDiv(y-1, 4) + floorDiv(367*month-362, 12) + day
	switch {
	case month <= 2:
	case leap:
		f--
	default:
		f -= 2
	}
	return f
}

// modelHebrewEpoch is R.D. -1,373,427: October 7, 3761 BCE, Julian.
var modelHebrewEpoch = fixedFromJulian(-3761, 10, 7)

func modelGregorianLeap(year int64) bool {
	return floorMod(year, 4) == 0 && (floorMod(year, 400) != 100 && floorMod(year, 400) != 200 && floorMod(year, 400) != 300)
}

// fixedFromGregorian is the book's fixed-from-gregorian (proleptic; the
// years are astronomical, so 1 BCE is 0).
func fixedFromGregorian(year, month, day int64) int64 {
	const gregorianEpoch = 1
	f := gregorianEpoch - 1 + 365*(year-1) + floorDiv(year-1, 4) - floorDiv(year-1, 100) + floorDiv(year-1, 400) +
		floorDiv(367*month-362, 12) + day
	switch {
	case month <= 2:
	case modelGregorianLeap(year):
		f--
	default:
		f -= 2
	}
	return f
}

// gregorianYearFromFixed is the book's gregorian-year-from-fixed.
func gregorianYearFromFixed(date int64) int64 {
	d0 := date - 1
	n400, d1 := floorDiv(d0, 146097), floorMod(d0, 146097)
	n100, d2 := floorDiv(d1, 36524), floorMod(d1, 36524)
	n4, d3 := floorDiv(d2, 1461), floorMod(d2, 1461)
	n1 := floorDiv(d3, 365)
	year := 400*n400 + 100*n100 + 4*n4 + n1
	if n100 == 4 || n1 == 4 {
		return year
	}
	return year + 1
}

// gregorianFromFixed is the book's gregorian-from-fixed.
func gregorianFromFixed(date int64) (year, month, day int64) {
	year = gregorianYearFromFixed(date)
	priorDays := date - fixedFromGregorian(year, 1, 1)
	var correction int64
	switch {
	case date < fixedFromGregorian(year, 3, 1):
	case modelGregorianLeap(year):
		correction = 1
	default:
		correction = 2
	}
	month = floorDiv(12*(priorDays+correction)+373, 367)
	day = date - fixedFromGregorian(year, month, 1) + 1
	return year, month, day
}

// modelGregorianDays is the length of a Gregorian month.
func modelGregorianDays(year, month int64) int64 {
	return fixedFromGregorian(year+month/12, month%12+1, 1) - fixedFromGregorian(year, month, 1)
}

// modelHebrewLeap is the book's hebrew-leap-year?.
func modelHebrewLeap(year int64) bool { return floorMod(7*year+1, 19) < 7 }

// modelElapsedDays is the book's hebrew-calendar-elapsed-days: the days
// from the epoch to the molad of Tishrei of year, counted in parts (25920 a
// day, 13753 over 29 days a month, the first molad, BaHaRaD, advanced by
// the six hours of molad zaken), then put off a day if it falls on Sunday,
// Wednesday or Friday (lo ADU rosh).
func modelElapsedDays(year int64) int64 {
	monthsElapsed := floorDiv(235*year-234, 19)
	partsElapsed := 12084 + 13753*monthsElapsed
	days := 29*monthsElapsed + floorDiv(partsElapsed, 25920)
	if floorMod(3*(days+1), 7) < 3 {
		return days + 1
	}
	return days
}

// modelYearLengthCorrection is the book's hebrew-year-length-correction,
// the other two postponements (GaTaRaD and BeTUTaKPaT): no year may be 356
// days long, and no year 382.
func modelYearLengthCorrection(year int64) int64 {
	ny0 := modelElapsedDays(year - 1)
	ny1 := modelElapsedDays(year)
	ny2 := modelElapsedDays(year + 1)
	switch {
	case ny2-ny1 == 356:
		return 2
	case ny1-ny0 == 382:
		return 1
	}
	return 0
}

// modelNewYear is the book's hebrew-new-year: the R.D. number of 1 Tishrei.
func modelNewYear(year int64) int64 {
	return modelHebrewEpoch + modelElapsedDays(year) + modelYearLengthCorrection(year)
}

// A modelYear holds what the model says of one Hebrew year.
type modelYear struct {
	newYear int64 // R.D. of 1 Tishrei
	next    int64 // R.D. of 1 Tishrei of the next year
	length  int64
	leap    bool
	months  []Month   // in calendar order, from Tishrei
	days    [14]int64 // days[m] is the length of month m (0 if absent)
	starts  [14]int64 // starts[m] is the R.D. of day 1 of month m
	greg    [3]int64  // the Gregorian date of newYear
}

// modelHebrewYear is the book's last-day-of-hebrew-month and
// fixed-from-hebrew, computed for every month of year at once.
func modelHebrewYear(year int64) modelYear {
	y := modelYear{newYear: modelNewYear(year), leap: modelHebrewLeap(year)}
	y.next = modelNewYear(year + 1)
	y.length = y.next - y.newYear
	longCheshvan := y.length == 355 || y.length == 385
	shortKislev := y.length == 353 || y.length == 383
	last := Adar
	if y.leap {
		last = AdarII
	}
	for m := Tishrei; m <= last; m++ {
		y.months = append(y.months, m)
	}
	for m := Nisan; m <= Elul; m++ {
		y.months = append(y.months, m)
	}
	start := y.newYear
	for _, m := range y.months {
		n := int64(30)
		switch {
		case m == Iyyar, m == Tammuz, m == Elul, m == Tevet, m == AdarII,
			m == Adar && !y.leap,
			m == Cheshvan && !longCheshvan,
			m == Kislev && shortKislev:
			n = 29
		}
		y.days[m] = n
		y.starts[m] = start
		start += n
	}
	g0, g1, g2 := gregorianFromFixed(y.newYear)
	y.greg = [3]int64{g0, g1, g2}
	return y
}

// modelHebrewFromFixed is the book's hebrew-from-fixed: the Hebrew date of
// R.D. date.
func modelHebrewFromFixed(date int64) Date {
	// The book's estimate, from the mean year of 35975351/98496 days, is
	// never more than a year early.
	year := floorDiv(98496*(date-modelHebrewEpoch), 35975351)
	for modelNewYear(year+1) <= date {
		year++
	}
	y := modelHebrewYear(year)
	for _, m := range y.months {
		if date < y.starts[m]+y.days[m] {
			return Date{int(year), m, int(date-y.starts[m]) + 1}
		}
	}
	panic("unreachable")
}
