package dateline

import (
	"errors"
	"time"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/julian"
	"github.com/dualdate/dualdate/internal/layout"
)

// Julian dates. Text that says its date is Julian ("December 15, 1812
// O.S.", "according to the Julian calendar") is read in the Julian
// calendar: the parser gives its Gregorian-kind fields Calendar Julian,
// and the Dateline's Time is the proleptic Gregorian day of that Julian
// date, December 27, 1812, with an info saying so. Text that says nothing
// is read in the proleptic Gregorian calendar; a date before the reform
// of October 15, 1582 that agrees with its Hebrew date or weekday only as
// a Julian date is read as one, with a warning; a later one (countries
// kept the Julian calendar until 1918 and 1923) keeps its calendar error,
// with an info that it would agree as a Julian date.

// calendar returns the calendar the dateline's text says its
// Gregorian-kind date is in.
func (f *facts) calendar() layout.Calendar {
	switch {
	case f.hasGMonth:
		return f.gMonth.Calendar
	case f.hasGY:
		return f.gYear.Calendar
	}
	return layout.Gregorian
}

// hebrewOfText returns the Hebrew date of the day the dateline's
// Gregorian-kind date y-m-d names, read in the calendar its text names,
// or the error hebrew.FromGregorian gives for a date that does not exist
// (a *hebrew.DateError of Calendar "julian" for a Julian one).
func (rv *resolver) hebrewOfText(y, m, d int) (hebrew.Date, error) {
	if rv.f.calendar() != layout.Julian || m < 1 || m > 12 || d < 1 || d > 31 {
		return hebrew.FromGregorian(y, time.Month(m), d)
	}
	if !julian.Valid(y, time.Month(m), d) {
		return hebrew.Date{}, &hebrew.DateError{Calendar: "julian", Field: "day", Value: d,
			In: monthName(m) + " " + itoa(y), Limit: julian.DaysIn(y, time.Month(m)), Err: hebrew.ErrNoSuchDay}
	}
	gy, gm, gd := julian.ToGregorian(y, time.Month(m), d)
	return hebrew.FromGregorian(gy, gm, gd)
}

// settleJulianLeapDay reads in the Julian calendar a dateline whose text
// names no calendar and February 29 of a year before the Gregorian
// reform of 1582 that only the Julian calendar has, a century's year not
// divisible by 400: "February 29, 1500 | 29 Adar 5260" and "Saturday,
// February 29, 1500" were no such day, where the day is the Julian one,
// March 10, 1500 (found trying the command as an adversary). A day that
// exists in one calendar alone names that calendar's day. After the
// reform (February 29, 1700, 1900) it is no such day, as a later date
// that agrees only as a Julian one keeps its error, and the error says
// what it is as a Julian date (see gregorianError).
func (f *facts) settleJulianLeapDay() {
	if !f.hasGMonth || !f.hasGDay || !f.hasGY || f.gMonth.Value != 2 || f.gDay.Value != 29 || f.calendar() != layout.Gregorian {
		return
	}
	y := f.gYear.Value
	if y < 1 || y >= 1582 || y%4 != 0 || y%100 != 0 || y%400 == 0 {
		return
	}
	f.julianLeapDay = true
	f.gMonth.Calendar, f.gDay.Calendar, f.gYear.Calendar = layout.Julian, layout.Julian, layout.Julian
}

// textDays is civilDays for the dateline's Gregorian-kind date y-m-d, read
// in the calendar its text names.
func (rv *resolver) textDays(y int, m time.Month, d int) int64 {
	if rv.f.calendar() == layout.Julian {
		y, m, d = julian.ToGregorian(y, m, d)
	}
	return civilDays(y, m, d)
}

// textDate returns the date of Hebrew date h's day in the calendar the
// dateline's text names.
func (rv *resolver) textDate(h hebrew.Date) (int, time.Month, int) {
	y, m, d := h.Gregorian()
	if rv.f.calendar() == layout.Julian && y != 0 {
		return julian.FromGregorian(y, m, d)
	}
	return y, m, d
}

// timeDate returns the date of t's day in the calendar the dateline's text
// names.
func (rv *resolver) timeDate(t time.Time) (int, time.Month, int) {
	if rv.f.calendar() == layout.Julian {
		return julian.Date(t)
	}
	return t.Date()
}

// daysIn returns the number of days of month m of year y in the calendar
// the dateline's text names.
func (rv *resolver) daysIn(y int, m time.Month) int {
	if rv.f.calendar() == layout.Julian {
		return julian.DaysIn(y, m)
	}
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// daysTo is gregorianDaysTo in the calendar the dateline's text names: the
// days from t's day to day d of month m, in the year of t's date in that
// calendar, or the next or the one before, whichever is nearest.
func (rv *resolver) daysTo(t time.Time, m time.Month, d int) (int, bool) {
	if rv.f.calendar() != layout.Julian {
		return gregorianDaysTo(t, m, d)
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, false
	}
	y, tm, td := julian.Date(t)
	from := julianDays(y, tm, td)
	best, ok := 0, false
	for _, yy := range [3]int{y, y + 1, y - 1} {
		if !julian.Valid(yy, m, d) {
			continue // no such day in that year
		}
		n := int(julianDays(yy, m, d) - from)
		if !ok || abs(n) < abs(best) {
			best, ok = n, true
		}
	}
	return best, ok
}

// julianDays is civilDays for a Julian date.
func julianDays(y int, m time.Month, d int) int64 {
	return civilDays(julian.ToGregorian(y, m, d))
}

// The Gregorian reform: October 15, 1582 followed October 4 in Rome, and
// countries followed until 1923, when Greece went from February 15 to
// March 1.
var (
	reform     = civilDays(1582, time.October, 15)
	lastReform = civilDays(1923, time.March, 1)
)

// A julianRead is what julianReading found: whether a date whose text
// names no calendar agrees with the Hebrew date or the weekday only as a
// Julian date, and if so the Hebrew date of that Julian day and whether
// it is read as one.
type julianRead struct {
	agrees, read bool
	day          hebrew.Date
	occasion     bool // it agrees with the occasion named (see occasionJulian)
}

// julianReading looks at a Gregorian date y-m-d whose text names no
// calendar and that does not agree with the Hebrew date h (hOK) or the
// weekday: does it agree as a Julian date? Before the reform it is then
// read as one, as it is where the Julian reading is only nearer, a day
// behind the Hebrew date as after sunset where the Gregorian reading is
// days off; until the last country's reform it is not (the calendar
// error is compare's), and julianProblem says it would agree. g is the
// Hebrew date of the Gregorian reading.
func (rv *resolver) julianReading(c cand, m, d int, g, h hebrew.Date, hOK bool) julianRead {
	f := &rv.f
	if c.gy > 1923 || hOK && g == h || f.calendar() != layout.Gregorian ||
		!hOK && (!f.hasW || f.hasHMonth || f.civilW == g.Weekday()) {
		return julianRead{}
	}
	day := civilDays(c.gy, time.Month(m), d)
	gs := weightError // the weekday alone, which the Gregorian date does not fit
	if hOK {
		gs = rv.compare(c, g, h, false)
	}
	if day >= lastReform || hOK && gs == 0 {
		return julianRead{} // the Gregorian date agrees
	}
	jy, jm, jd := julian.ToGregorian(c.gy, time.Month(m), d)
	j, err := hebrew.FromGregorian(jy, jm, jd)
	if err != nil || !hOK && f.civilW != j.Weekday() {
		return julianRead{}
	}
	js := 0
	if hOK {
		js = rv.compare(c, j, h, false)
	}
	return julianRead{agrees: js == 0, read: day < reform && js < gs, day: j}
}

// occasionJulian looks at a civil date whose text names no calendar,
// with an occasion or portion beside it and no Hebrew date or weekday,
// that is not the occasion's day: is it as a Julian date? Before the
// reform it is then read as one, with a warning, as a date that agrees
// with its Hebrew date only so is (see julianReading): "Tisha B'Av,
// August 2, 1492" was read as the proleptic Gregorian day, 29 Tammuz, an
// occasion error, where the Julian day is 9 Av. A weekday already chose
// the calendar (julianReading), and an evening's day is not the
// occasion's own.
func (rv *resolver) occasionJulian(e *evaluation) julianRead {
	f := &rv.f
	y, m, d := e.c.gy, time.Month(e.gm), e.gd
	if e.hOK || !e.gOK || e.jr.read || f.hasW || f.night || !f.hasGDay || !f.hasHoliday && !f.hasPortion ||
		f.calendar() != layout.Gregorian || !beforeReform(y, m, d) || !julian.Valid(y, m, d) || rv.checkOccasions(e.g, false) < weightError {
		return julianRead{}
	}
	j, err := hebrew.FromGregorian(julian.ToGregorian(y, m, d))
	if err != nil || rv.checkOccasions(j, false) != 0 {
		return julianRead{}
	}
	return julianRead{agrees: true, read: true, day: j, occasion: true}
}

// julianProblem says how the Gregorian-kind date y-m-d was read, when a
// calendar other than the Gregorian came into it: the text says it is
// Julian (info), or it agrees only as a Julian date (jr: a warning where
// it was read as one, an info where it was not).
func (rv *resolver) julianProblem(jr julianRead, c cand, m, d int, h hebrew.Date, hOK bool) {
	f := &rv.f
	s, e := f.gSpan()
	text := f.input[s:e]
	switch {
	case f.calendar() == layout.Julian:
		if !julian.Valid(c.gy, time.Month(m), d) {
			return
		}
		gy, gm, gd := julian.ToGregorian(c.gy, time.Month(m), d)
		if f.julianLeapDay {
			rv.add(CodeJulian, Warning, s, e, quote(text)+" is no day of the Gregorian calendar, in which "+itoa(c.gy)+
				" is not a leap year, and was read in the Julian calendar, in which it is, as dates of its time were written: it is "+
				dateText(gy, gm, gd)+" in the proleptic Gregorian calendar")
			return
		}
		rv.add(CodeJulian, Info, s, e, quote(text)+" is read in the Julian calendar, as the text says: it is "+
			dateText(gy, gm, gd)+" in the proleptic Gregorian calendar")
	case jr.read:
		gy, gm, gd := jr.day.Gregorian()
		how := "agrees with " + agreesWith(jr.day, h, hOK, f.hasW) + " only as a Julian date"
		switch {
		case jr.occasion && f.hasHoliday:
			how = "is " + f.input[f.holiday.Start:f.holiday.End] + " only as a Julian date, " + jr.day.String()
		case jr.occasion:
			how = "is the Shabbat of " + f.input[f.portion.Start:f.portion.End] + " only as a Julian date, " + jr.day.String()
		case !jr.agrees:
			how = "is nearer " + h.String() + " as a Julian date"
		}
		rv.add(CodeJulian, Warning, s, e, quote(text)+" "+how+", as dates before the Gregorian reform of October 15, 1582 were "+
			"written; it was read as "+dateText(gy, gm, gd)+" in the proleptic Gregorian calendar")
	case jr.agrees:
		gy, gm, gd := jr.day.Gregorian()
		rv.add(CodeJulian, Info, s, e, quote(text)+" would agree with "+agreesWith(jr.day, h, hOK, f.hasW)+" as a Julian (Old Style) date, "+
			dateText(gy, gm, gd)+" in the Gregorian calendar, as countries that kept the Julian calendar until 1918 or 1923 wrote "+
			"it; if it is one, say so (O.S.)")
	case !hOK && !f.hasW && f.hasGDay && f.calendar() == layout.Gregorian && beforeReform(c.gy, time.Month(m), d) && julian.Valid(c.gy, time.Month(m), d):
		// Nothing in the dateline says which calendar its date is in,
		// and before the reform a page means the Julian more often than
		// not: "el 17 de setembre de 1391" (the 140th held-out round)
		// was read as proleptic Gregorian, 10 Tishrei 5152, with
		// nothing said, where the page's day is the Julian date's,
		// September 25, 1391, 18 Tishrei.
		gy, gm, gd := julian.ToGregorian(c.gy, time.Month(m), d)
		j, err := hebrew.FromGregorian(gy, gm, gd)
		if err != nil {
			return
		}
		rv.add(CodeDateAmbiguous, Warning, s, e, quote(text)+" is before the Gregorian reform of October 15, 1582, and nothing says "+
			"which calendar it is in; it was read in the proleptic Gregorian calendar, but dates of its time were written in the "+
			"Julian, as which it is "+dateText(gy, gm, gd)+", "+j.String()+"; say which (O.S. or N.S.)")
	case !hOK && !f.hasW && f.hasGDay && f.hasGMonth && !f.hasOSDay && f.calendar() == layout.Gregorian && julian.Valid(c.gy, time.Month(m), d):
		// The same in the language of a country that kept the Julian
		// calendar after 1582, before it took the Gregorian: "25
		// октября 1917 года" was read as October 25 (N.S.) with nothing
		// said, where a Russian text of its time means the Julian day,
		// November 7 (found trying the command as an adversary).
		co, ok := laterChangeover(f.gMonth.Lang)
		day := civilDays(c.gy, time.Month(m), d)
		if !ok || day >= civilDays(co.first.Date()) || co.country == "Sweden" && day >= swedishCalendar && day < swedishCalendarEnd {
			return
		}
		gy, gm, gd := julian.ToGregorian(c.gy, time.Month(m), d)
		j, err := hebrew.FromGregorian(gy, gm, gd)
		if err != nil {
			return
		}
		rv.add(CodeDateAmbiguous, Warning, s, e, quote(text)+" is before "+co.country+" took the Gregorian calendar on "+dayText(co.first)+
			", and nothing says which calendar it is in; it was read in the Gregorian, but "+co.country+"'s dates of its time were "+
			"written in the Julian, as which it is "+dateText(gy, gm, gd)+", "+j.String()+"; say which (O.S. or N.S.)")
	}
}

// A changeover is the first Gregorian day of a country whose language's
// dates were Julian until long after 1582 (the last in Europe: Bulgaria
// in 1916, Russia in 1918, Serbia and Romania in 1919, Greece in 1923),
// or whose language is that country's alone: Sweden, with Finland, in
// 1753 ("10 augusti 1750", "10. elokuuta 1750" were read as Gregorian
// with nothing said).
type changeover struct {
	country string
	first   time.Time
}

// swedishCalendar and swedishCalendarEnd bound, as day numbers of the
// date as written, the Swedish calendar of March 1, 1700 to February 30,
// 1712, a day ahead of the Julian: a date of its time is neither
// Gregorian nor Julian, and the changeover warning, which gives the Julian
// reading, would give it a day off; it is left as read.
var swedishCalendar, swedishCalendarEnd = civilDays(1700, time.March, 1), civilDays(1712, time.March, 1)

// lastChangeover is the day number (civilDays) of the last changeover,
// Greece's, and lastChangeoverYear its year: a later year needs no day
// number to tell.
var lastChangeover = civilDays(lastChangeoverYear, time.March, 1)

const lastChangeoverYear = 1923

// laterChangeover returns the changeover of the country whose language
// is l, if it kept the Julian calendar into the twentieth century.
func laterChangeover(l layout.Lang) (changeover, bool) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	switch l {
	case layout.Russian, layout.Ukrainian, layout.Belarusian:
		return changeover{"Russia", day(1918, time.February, 14)}, true
	case layout.Bulgarian:
		return changeover{"Bulgaria", day(1916, time.April, 14)}, true
	case layout.Serbian, layout.SerbianCyrillic:
		return changeover{"Serbia", day(1919, time.January, 28)}, true
	case layout.Romanian:
		return changeover{"Romania", day(1919, time.April, 14)}, true
	case layout.Greek:
		return changeover{"Greece", day(1923, time.March, 1)}, true
	case layout.Swedish, layout.Finnish:
		return changeover{"Sweden", day(1753, time.March, 1)}, true
	}
	return changeover{}, false
}

// beforeReform reports whether Gregorian y-m-d is before the reform of
// October 15, 1582.
func beforeReform(y int, m time.Month, d int) bool { return civilDays(y, m, d) < reform }

// agreesWith names what a Julian reading of day j agrees with: the
// Hebrew date h (hOK), and the weekday (w).
func agreesWith(j, h hebrew.Date, hOK, w bool) string {
	switch {
	case hOK && w:
		return h.String() + " and the weekday"
	case hOK:
		return h.String()
	}
	return "its weekday, " + j.Weekday().String() + ","
}

// ErrJulian is matched by the error LayoutOf returns for an example whose
// date agrees with its Hebrew date or weekday only as a Julian date and
// does not say it is one: a layout made of it would write Gregorian dates.
var ErrJulian = errors.New("agrees only as a Julian date")

func init() { codeErrors[CodeJulian] = ErrJulian }

// julianExample reports the problem that keeps an example from being a
// layout: a date that agrees only as a Julian date, which the text does
// not say is one. A layout made of it would write Gregorian dates.
func julianExample(rep *Report) (Problem, bool) {
	for _, p := range rep.Problems {
		if p.Code == CodeJulian && p.Severity == Warning {
			p.Severity = Error
			p.Message += "; an example whose date is Julian says so (O.S.) to be a layout"
			return p, true
		}
	}
	return Problem{}, false
}
