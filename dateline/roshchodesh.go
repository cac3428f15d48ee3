package dateline

import (
	"github.com/dualdate/dualdate/hebrew"
)

// whichRoshChodesh returns the day that the day of Rosh Chodesh which (1
// or 2, as א׳ and ב׳ דר״ח write it) of the month whose first day is first
// is, and the score of its problem: Rosh Chodesh of a month after one of
// 29 days is one day, the first of the month, without a first and second.
func (rv *resolver) whichRoshChodesh(first hebrew.Date, which int, report bool) (hebrew.Date, int) {
	before := first.AddDays(-1)
	twoDays := before.Day == 30
	switch {
	case which == 1 && twoDays:
		return before, 0
	case which == 2 && twoDays:
		return first, 0
	}
	if report {
		f := &rv.f
		name := hebrew.Spelling{}.Name(first.Month, hebrew.IsLeapYear(first.Year))
		msg := "Rosh Chodesh " + name + " " + itoa(first.Year) + " is one day, " + first.String() + " (" + weekdayDate(first) + "), as " +
			hebrew.Spelling{}.Name(before.Month, hebrew.IsLeapYear(before.Year)) + " has 29 days, so it has no first and second day"
		if which != 1 && which != 2 {
			msg = "there is no day " + itoa(which) + " of Rosh Chodesh, which is one or two days"
		}
		rv.add(CodeNoSuchDay, Error, f.hDay.Start, f.hDay.End, msg)
	}
	return first, weightError
}
