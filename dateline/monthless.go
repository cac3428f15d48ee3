package dateline

import (
	"time"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/civil"
	"github.com/dualdate/dualdate/internal/era"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// A weekday and its day of the month alone in brackets, "nesta terça-feira
// (2)", "Neste domingo (18)" (parse.Monthless), name no month or year: the
// page's date, the reference, says which week, as Brazilian news write
// the day they speak of. The day is the one of the reference's month, the
// month before or the month after, that has that day of the month and
// falls on the weekday named, the nearest to the reference. None
// further away is guessed: where none of the three fits, the dateline is
// an error that says to give the page's date as the reference.

// monthlessDay reports whether the dateline is a Monthless day beside its
// weekday, with nothing else of a date (see parse.Monthless).
func (f *facts) monthlessDay() bool {
	return f.monthless && f.hasGDay && f.hasW && !f.hasGMonth && !f.hasGY && !f.hasHMonth && !f.hasHDay && !f.hasHY &&
		!f.hasHoliday && !f.hasPortion
}

// monthOfReference gives a Monthless day its month and year: the nearest
// to the reference of the three months around it in which the day falls
// on the weekday named. The month is set as if the text had named it (the
// day's span standing for it in messages), and the year is kept for
// years to try alone. Where no month fits, it returns the error to
// report and false.
func (rv *resolver) monthOfReference() (Problem, bool) {
	f := &rv.f
	if rv.yearBeginsMonth() {
		return Problem{}, true
	}
	ref := rv.reference()
	refDay := civilDays(ref.Year(), ref.Month(), ref.Day())
	d := f.gDay.Value
	best, found := time.Time{}, false
	var bestDist int64
	for dm := -1; dm <= 1; dm++ {
		t := time.Date(ref.Year(), ref.Month()+time.Month(dm), 1, 12, 0, 0, 0, time.UTC)
		y, m := t.Year(), t.Month()
		if !civil.InMonth(y, m, d) || civil.Weekday(y, m, d) != f.civilW {
			continue
		}
		dist := abs64(civilDays(y, m, d) - refDay)
		if !found || dist < bestDist {
			best, bestDist, found = time.Date(y, m, d, 12, 0, 0, 0, time.UTC), dist, true
		}
	}
	if !found {
		return Problem{Code: CodeWeekday, Severity: Error, Start: f.weekday.Start, End: f.gDay.End,
			Message: "no " + f.civilW.String() + " the " + itoa(d) + layout.OrdinalSuffix(d) + " within a month of " +
				dateText(ref.Year(), ref.Month(), ref.Day()) + "; the text names no month or year: give the page's date as the reference"}, false
	}
	f.gMonth = parse.Field{Element: layout.Element{Kind: layout.Month}, Value: int(best.Month()), Start: f.gDay.Start, End: f.gDay.End}
	f.hasGMonth, f.monthYear = true, best.Year()
	return Problem{}, true
}

// monthYears tries the one candidate of a Monthless day: the year of the
// month monthOfReference found.
func (rv *resolver) monthYears(base cand) {
	c := base
	c.gy, c.hy, c.gyGuess = rv.f.monthYear, rv.f.monthYear+era.FromTishrei, true
	if rv.alone {
		rv.speak(c)
		return
	}
	rv.try(c)
}

// monthInferred says where a Monthless day's month and year came from,
// and warns where the day is more than a week from the reference: "nesta
// terça-feira" (this Tuesday) names a day of the page's week, and one
// further away is the nearest that fits, no more.
func (rv *resolver) monthInferred(c cand) {
	f := &rv.f
	if f.yearEve != 0 {
		m := time.Month(f.gMonth.Value)
		day := weekdayDate(hebrew.DateOf(time.Date(c.gy, m, f.gDay.Value, 12, 0, 0, 0, time.UTC)))
		msg := "the text names no month or year; its sentence says the Hebrew year " + itoa(rv.o.yearBegins) + " begins, whose "
		if f.yearEve > 0 {
			msg += "eve is " + day
		} else {
			msg += "first day is " + day
		}
		rv.add(CodeYearInferred, Info, f.weekday.Start, f.gDay.End, msg)
		if f.yearEve > 0 {
			rv.add(CodeAfterSunset, Info, f.weekday.Start, f.gDay.End, "the Hebrew year "+itoa(rv.o.yearBegins)+" begins at sunset on "+
				dateText(c.gy, m, f.gDay.Value)+", whose evening is "+hebrew.Date{Year: rv.o.yearBegins, Month: hebrew.Tishrei, Day: 1}.String())
		}
		return
	}
	ref := rv.reference()
	m := time.Month(f.gMonth.Value)
	msg := "the text names no month or year; " + monthName(int(m)) + " " + itoa(c.gy) + " is the month nearest " +
		dateText(ref.Year(), ref.Month(), ref.Day()) + " whose " + itoa(f.gDay.Value) + layout.OrdinalSuffix(f.gDay.Value) +
		" is a " + f.civilW.String()
	rv.add(CodeYearInferred, Info, f.weekday.Start, f.gDay.End, msg)
	days := abs64(civilDays(c.gy, m, f.gDay.Value) - civilDays(ref.Year(), ref.Month(), ref.Day()))
	if days > 7 {
		rv.add(CodeYearInferred, Warning, f.weekday.Start, f.gDay.End, dateText(c.gy, m, f.gDay.Value)+" is "+itoa(int(days))+
			" days from "+dateText(ref.Year(), ref.Month(), ref.Day())+", not in its week; if the reference is not the page's date, give it")
	}
}

// A Monthless day whose sentence names a Hebrew year and says that it
// begins, with a verb of beginning or Rosh Hashana's name, is the year's
// eve or its first day, where the day of the month and the weekday fit
// one: "Ao pôr do sol deste domingo (29), iniciam-se para a comunidade
// judaica as celebrações do Rosh Hashaná, o Ano-Novo judaico de número
// 5780" (GZH, incoming.tsv) is Sunday, September 29, 2019, the eve of
// 5780, and "O ano que começa nesta sexta-feira (15) é o 5.784" (Band)
// Friday, September 15, 2023, the eve of 5784; they were November 29,
// 2026, the reference's month, with a warning that the sentence named
// 5780, and an error that no Friday the 15th was within a month of the
// reference. The eve is read as its evening, from whose sunset the year
// is, as "the Jewish year 5784 begins on Friday" is (see
// parse.YearBeginsSaid). Where neither day fits, or the sentence names no
// beginning ("Neste domingo (29), Chanucá do ano 5780": Chanukah's
// Sunday the 29th is in December), the month is the reference's, as
// before.

// yearBeginsFor returns the options for match r, a Monthless day beside
// its weekday with nothing else of a date, whose sentence names a Hebrew
// year (see sentenceYearNamed) and that it begins (see
// parse.YearBeginsSaid): the options with yearBegins set to that year.
// Otherwise it returns o.
func yearBeginsFor(text string, r *parse.Result, o *options) *options {
	monthless, weekday := false, false
	for i := range r.Fields {
		switch f := &r.Fields[i]; f.Kind {
		case layout.Month, layout.Year, layout.HebrewYear, layout.HebrewMonth, layout.HebrewDay, layout.Holiday, layout.Portion:
			return o
		case layout.Day:
			monthless = f.Flags&parse.Monthless != 0
		case layout.Weekday:
			weekday = true
		}
	}
	if !monthless || !weekday {
		return o
	}
	hy := sentenceYearNamed(text, r.Start, r.End, o.reference().Year())
	if hy < era.FromTishrei || !parse.YearBeginsSaid(text, r.Start, r.End) {
		return o
	}
	so := *o
	so.yearBegins = hy
	return &so
}

// yearBeginsMonth gives a Monthless day the month and year of the eve or
// the first day of the Hebrew year its sentence says begins
// (options.yearBegins), where the day of the month and the weekday fit
// one, and reports whether it did. The eve is its evening.
func (rv *resolver) yearBeginsMonth() bool {
	f := &rv.f
	hy := rv.o.yearBegins
	if hy == 0 {
		return false
	}
	first := hebrew.Date{Year: hy, Month: hebrew.Tishrei, Day: 1}
	for i, h := range [2]hebrew.Date{first.AddDays(-1), first} {
		y, m, d := h.Gregorian()
		if d != f.gDay.Value || h.Weekday() != f.civilW {
			continue
		}
		f.gMonth = parse.Field{Element: layout.Element{Kind: layout.Month}, Value: int(m), Start: f.gDay.Start, End: f.gDay.End}
		f.hasGMonth, f.monthYear = true, y
		f.yearEve = 1 - 2*i // 1: the eve; -1: the first day
		f.night = f.night || i == 0
		return true
	}
	return false
}
