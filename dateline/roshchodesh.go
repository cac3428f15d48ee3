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

// checkBareRoshChodesh checks a Rosh Chodesh named without its month
// after a civil date against d, the Hebrew date of the civil day, or
// after a Hebrew date against that date, d ("15 Cheshvan 5785, Rosh
// Chodesh" passed with nothing said, see parse's bareRoshChodesh): the
// first of a month but Tishrei (1 Tishrei is Rosh Hashana) or the 30th of
// one, the first day of a two-day Rosh Chodesh. The Rosh Chodesh it names
// is the day's; the month is not guessed for a day that has none.
func (rv *resolver) checkBareRoshChodesh(d hebrew.Date, report bool) int {
	if d.Day == 30 || d.Day == 1 && d.Month != hebrew.Tishrei {
		return 0
	}
	if report {
		f := &rv.f
		if f.hasHDay {
			rv.add(CodeOccasion, Error, f.bareRC.Start, f.bareRC.End, d.String()+" is not a day of Rosh Chodesh, the first of a month or the 30th before it")
			return weightError
		}
		y, m, dd := d.Gregorian()
		rv.add(CodeOccasion, Error, f.bareRC.Start, f.bareRC.End, dateText(y, m, dd)+" is "+d.String()+", not a day of Rosh Chodesh")
	}
	return weightError
}
