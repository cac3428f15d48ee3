package dateline

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/civil"
	"github.com/dualdate/dualdate/internal/era"
	"github.com/dualdate/dualdate/internal/julian"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
	"github.com/dualdate/dualdate/internal/script"
	"github.com/dualdate/dualdate/occasion"
)

// eval scores candidate c: the weighted count of its problems. In report
// mode it also writes the problems, with their messages, and the resolved
// Dateline into rv. It reads the candidate in phases, each adding to the
// score of e: the Gregorian date, the Hebrew date (or the occasion named
// instead of one), the two calendars and the weekday compared, what was
// guessed, and the time of day.
func (rv *resolver) eval(c cand, report bool) int {
	if report {
		rv.problems = nil
		rv.dl = Dateline{}
	}
	e := evaluation{c: c, report: report}
	rv.evalGregorian(&e)
	if !rv.evalHebrew(&e) || !rv.evalOccasion(&e) {
		return invalid
	}
	rv.evalCalendars(&e)
	rv.evalGuesses(&e)
	hour, clockScore := rv.clock(report)
	if h, ok := rv.clockHour(); ok && h > 23 {
		// "March 29, 2024 at 24:00" is refused (see clock), and no
		// dateline is written beside the error, as none is of "12:75":
		// scan wrote "=> Friday, March 29, 2024 12:00 am" and the JSON
		// "2024-03-29T00:00:00+02:00", the start of the day whose end
		// the text names, 24 hours early (adversarial review 52).
		e.refused = true
	}
	hour, morning, nightScore := rv.nightHour(e.civil, hour, report)
	loc, zoneScore := rv.location(report)
	e.score += clockScore + nightScore + zoneScore + rv.leapSecond(e.civil, e.civilOK, hour, morning, loc, report)
	if report && !e.refused {
		rv.build(e.civil, e.civilOK, e.h, e.hOK, e.hm, c, hour, morning, loc)
	}
	return e.score
}

// afternoonClock reports whether the dateline's time of day is 4 pm or
// later, when an occasion's eve may have begun at sunset (in winter from
// about then): a synagogue's listing names the occasion by the evening it
// begins, with the hour of its service, as it does without one. "Purim
// March 6, 2023 8:00 PM" (the Megillah's reading) and "Pesach April 5,
// 2023 7:00 PM" (the first Seder) were occasion errors, where the same
// lines without their times were read as the eve, warned. A morning's
// time is the civil day's own, and the occasion still not its.
func (rv *resolver) afternoonClock() bool {
	h, ok := rv.clockHour()
	return ok && h >= 16 && h <= 23
}

// beforeSunsetClock reports whether the dateline's time of day, on the
// clock of the place it is written in, no zone named, is before any
// sunset (earliestSunsetHour): no evening's sunset has begun the next
// Hebrew day by then. It was the morning alone, and "March 2, 2024 12:30
// pm | 23 Adar I 5784" was an after-sunset warning where 9:00 am was the
// calendar error (found trying the command as an adversary).
func (rv *resolver) beforeSunsetClock() bool {
	h, ok := rv.clockHour()
	return ok && h < earliestSunsetHour && !rv.f.hasZone
}

// earliestSunsetHour is the hour before which the sun sets nowhere a
// dateline is written, but inside the polar circles: the earliest sunsets
// of the year are near 14:50 in Stockholm and 15:10 in Helsinki and Oslo,
// 15:50 in London, 16:30 in New York and Jerusalem.
const earliestSunsetHour = 14

// clockHour returns the hour of the dateline's time of day on the 24-hour
// clock, and whether it has one.
func (rv *resolver) clockHour() (int, bool) {
	f := &rv.f
	h := f.hour.Value
	if f.hasAMPM {
		h = layout.HourOf(h, f.ampm.Value)
	}
	return h, f.hasClock
}

// nightHour returns the hour of the time a dateline of an evening gives,
// and whether it falls on the next civil day, after midnight: "Monday
// night, March 4, 2024 at 1:30 am" is Tuesday at 1:30, where it was read
// as Monday at 1:30, before the evening it names. An hour before noon
// without AM or PM ("Monday night at 9:30", "ליל רביעי (18.8.2020) שעה
// 1:54") reads both as the evening's, on a 12-hour clock, and as the next
// morning's, on a 24-hour one: it is read as the clock of the text's
// language keeps it (English's 12 hours, the others' 24), with a
// warning. civil is the evening's civil day, for the message.
//
// A time from 6 am to 2 pm is neither the evening's nor the night's
// after it: "Saturday night, March 2, 2024 9:00 am" was read as Sunday at
// 9, and "Saturday night ... 12:00 pm" as Saturday noon with the next
// Hebrew date, with nothing said (found trying the command as an
// adversary). It is an error.
func (rv *resolver) nightHour(civil hebrew.Date, hour int, report bool) (int, bool, int) {
	f := &rv.f
	if f.night && f.hasClock && hour < layout.EveningFrom && (f.hasAMPM && hour >= layout.DayFrom || hour >= 12) {
		if report {
			s, e := rv.clockSpan()
			rv.add(CodeAfterSunset, Error, s, e, quote(f.input[s:e])+" is in the day, not in the evening of "+weekdayDate(civil)+
				" that the dateline names, nor in the night after it")
		}
		return hour, false, weightError
	}
	if !f.night || !f.hasClock || hour >= 12 {
		return hour, false, 0
	}
	if f.hasAMPM {
		return hour, true, 0 // 1:30 am: after midnight
	}
	// From 6 the next morning is day (see layout.DayFrom): the
	// evening's, whatever the language's clock.
	twelve := rv.twelveHourText() || hour >= layout.DayFrom
	if report {
		s, e := rv.clockSpan()
		clock := f.input[s:e]
		which := clock + " pm"
		if !twelve {
			which = clock + " the next morning"
		}
		rv.add(CodeDateAmbiguous, Warning, s, e, quote(clock)+" on the evening of "+weekdayDate(civil)+" reads both as "+clock+" pm and as "+
			clock+" the next morning, after midnight; it was read as "+which+" (write am or pm)")
	}
	if twelve {
		return hour + 12, false, weightWarning
	}
	return hour, true, weightWarning
}

// twelveHourText reports whether the dateline is written as English
// writes one, whose clock without AM or PM is still of 12 hours: no
// Hebrew letters, and its names, if any, English.
func (rv *resolver) twelveHourText() bool {
	f := &rv.f
	for i := range f.fields {
		x := &f.fields[i]
		if (x.Kind == layout.Month || x.Kind == layout.Weekday) && x.Lang != layout.English {
			return false
		}
	}
	return strings.IndexFunc(f.input, script.IsHebrewLetter) < 0
}

// An evaluation is what eval's phases find of one candidate.
type evaluation struct {
	c      cand
	report bool
	score  int
	// The Gregorian month and day the candidate reads, and the Hebrew
	// date of that day, if it exists.
	gm, gd int
	g      hebrew.Date
	gOK    bool
	// The Hebrew month (Adar for an Adar I or II a common year lacks), the
	// Hebrew date, if it exists, and whether the year is in range.
	hm        hebrew.Month
	h         hebrew.Date
	hOK       bool
	hyOK      bool
	qualified bool
	// The Hebrew date of the civil day the dateline names, and a reading
	// that agrees only as a Julian date.
	civil   hebrew.Date
	civilOK bool
	jr      julianRead
	// Whether the report refuses the day the candidate reads, which it
	// must then not give (see adarAmbiguous).
	refused bool
}

// evalGregorian reads the candidate's Gregorian date.
func (rv *resolver) evalGregorian(e *evaluation) {
	f, c := &rv.f, e.c
	e.gm, e.gd = rv.gregorianMonthDay(c)
	if f.hasGMonth && f.hasGDay {
		h, err := rv.hebrewOfText(c.gy, e.gm, e.gd)
		if err == nil && f.gDay.Shift > 0 && f.gDay.Flags&parse.RangeEnd == 0 {
			// "the eve of March 2, 2024": the text's day is the one
			// after the dateline's (see parse.EveOfCivilDay).
			if h = h.AddDays(-int(f.gDay.Shift)); h.IsZero() {
				err = hebrew.ErrRange
			}
		}
		if err == nil {
			e.g, e.gOK = h, true
			return
		}
		e.score += weightError
		if !f.hasGY {
			// A day the text states is only missing in a year the
			// text does not state: a reading that needs that year
			// is worse than one with a mistake in what is stated.
			e.score += weightError
		}
		if e.report {
			rv.gregorianError(c, e.gm, e.gd, err)
		}
	} else if f.hasGMonth && (c.gy < era.FirstGregorianYear || c.gy > era.LastGregorianYear) {
		e.score += weightError
		if e.report {
			rv.add(CodeOutOfRange, Error, f.gYear.Start, f.gYear.End,
				"the year "+itoa(c.gy)+" is outside the Gregorian years this calendar supports, "+gregorianYears)
		}
	}
}

// evalHebrew reads the candidate's Hebrew date, and reports false for a
// candidate that cannot be meant at all.
func (rv *resolver) evalHebrew(e *evaluation) bool {
	f, c := &rv.f, e.c
	e.hm = c.hm
	e.qualified = f.hMonth.Flags&parse.Qualified != 0
	e.hyOK = c.hy >= hebrew.MinYear && c.hy <= hebrew.MaxYear
	if !f.hasHMonth {
		if f.bareHebrewYear() {
			rv.evalBareHebrewYear(e)
		}
		return true
	}
	leap := hebrew.IsLeapYear(c.hy)
	if e.hm == hebrew.AdarII && !leap && !e.qualified {
		return false // a bare Adar is never Adar II in a common year
	}
	if e.qualified && (e.hm == hebrew.Adar || e.hm == hebrew.AdarII) && !leap && e.hyOK {
		e.score += weightError
		if e.report {
			which := "Adar I"
			if e.hm == hebrew.AdarII {
				which = "Adar II"
			}
			rv.add(CodeAdarCommonYear, Error, f.hMonth.Start, f.hMonth.End,
				itoa(c.hy)+" is a common year with a single Adar, so there is no "+which+"; it was read as Adar")
		}
		e.hm = hebrew.Adar
	}
	if f.hMonth.Flags&parse.AdarUnread != 0 && e.hm == hebrew.Adar && !leap && e.hyOK {
		// "22 Adar Sheny 5783": a qualifier misspelt (see
		// parse.AdarUnread) says Adar I or Adar II as "22 Adar Sheni
		// 5783" does, and a common year has neither. It was read as the
		// one Adar with nothing said, where the qualifier spelt right
		// was this error.
		e.score += weightError
		if e.report && f.hMonth.End <= len(f.input) {
			rv.add(CodeAdarCommonYear, Error, f.hMonth.Start, f.hMonth.End, itoa(c.hy)+" is a common year with a single Adar, so there is no Adar I or Adar II, which "+
				quote(f.input[f.hMonth.Start:f.hMonth.End])+" names in words this reader does not know; it was read as Adar")
		}
	}
	if !e.hyOK {
		e.score += weightError
		if e.report {
			s, end := f.hSpan()
			if f.hasHY {
				s, end = f.hYear.Start, f.hYear.End
			}
			rv.add(CodeOutOfRange, Error, s, end, "the Hebrew year "+itoa(c.hy)+" is outside the supported years 1 to 9999")
		}
		return true
	}
	if !f.hasHDay {
		return true
	}
	d, err := hebrew.NewDate(c.hy, e.hm, f.hDay.Value)
	if which := rv.roshChodeshDay(); err == nil && which != 0 {
		var bad int
		d, bad = rv.whichRoshChodesh(d, which, e.report)
		e.score += bad
	}
	if err == nil && c.rc30 {
		// The first day of a two-day Rosh Chodesh; a month of 29
		// days before X has none.
		if d = d.AddDays(-1); d.Day != 30 {
			return false
		}
	}
	if err != nil {
		e.score += weightError
		if e.report {
			rv.hebrewError(c.hy, e.hm, err)
		}
		return true
	}
	e.h, e.hOK = d, true
	return true
}

// evalOccasion reads the day of a holiday named instead of a Hebrew
// date, in the candidate's year, and reports false for a candidate that
// cannot be meant at all.
func (rv *resolver) evalOccasion(e *evaluation) bool {
	f, c := &rv.f, e.c
	if (f.hasHoliday || f.omerDay()) && !f.hasHMonth && !f.hasGDay && e.hyOK {
		d, ok := rv.occasionIn(c.hy)
		switch {
		case !ok && !f.hasHoliday:
			// A day of the Omer in a year the calendar has not.
			e.score += weightError
			if e.report {
				rv.add(CodeOutOfRange, Error, f.omer.Start, f.omer.End, "there is no day "+itoa(f.omer.Value)+" of the Omer in "+itoa(c.hy))
			}
		case !ok:
			e.score += weightError
			if e.report && c.rare == rareNone {
				// "Yom HaAtzmaut" read in 1900: no year searched
				// has it (see searchYears), and the year taken says
				// nothing of why; no info names it (see yearInferred).
				rv.add(CodeOccasion, Error, f.holiday.Start, f.holiday.End, "the text names no year, and there is no "+rv.f.holidayName+" in "+itoa(c.hy)+
					", nor in any Hebrew year back to "+itoa(rv.rareLow)+"; give the year")
			} else if e.report {
				rv.add(CodeOccasion, Error, f.holiday.Start, f.holiday.End, "there is no "+rv.f.holidayName+" in "+itoa(c.hy))
			}
		case c.rc30 && (d.Day != 1 || d.AddDays(-1).Day != 30):
			return false // a Rosh Chodesh of one day
		default:
			if c.rc30 {
				d = d.AddDays(-1) // the first day of a two-day Rosh Chodesh
			}
			if c.night == 1 && rv.motzeiOfShabbat(d) {
				// "Saturday night, Shabbat Zachor 5784": the evening
				// that ends it, whose Hebrew date is the next day's
				// (14 Adar II, Purim's night); it was the Shabbat's,
				// with nothing said (found trying the command as an
				// adversary).
				d = d.AddDays(1)
			}
			if c.night == 1 && f.holiday.Flags&parse.Motzei != 0 {
				// "Motzei Yom Kippur 5785": the evening of its last
				// day, 11 Tishrei from sunset.
				d = d.AddDays(1)
			}
			e.h, e.hOK = d, true
		}
	}
	if f.portionDay() && e.hyOK {
		rv.evalPortionDay(e)
	}
	if e.hOK && f.hasGY && !f.hasGMonth && !f.hasHY {
		// "Purim 2024", "Rosh Chodesh Elul, 1000": the Hebrew year whose
		// day is in that Gregorian year; a day of Chanukah's, that of its
		// first day (see chanukahStart).
		if rv.occasionYear(e.h) != c.gy {
			return false
		}
	}
	if e.hOK && f.hasGY && !f.hasGMonth && f.hasHY && (f.hasHDay || f.hasHoliday || f.omerDay()) {
		// "22 Shvat 5748/1988", "Purim 5784 (2024)": the civil year after
		// the Hebrew one is the year of the day; of an occasion of several
		// days, the year of any of them (see occasionTouchesYear).
		if y, m, d := e.h.Gregorian(); y != c.gy && !(f.hasHoliday && !f.hasHDay && rv.occasionTouchesYear(e.h, c.gy)) {
			e.score += weightError
			if e.report {
				rv.add(CodeCalendar, Error, f.gYear.Start, f.gYear.End, e.h.String()+" is "+monthName(int(m))+" "+itoa(d)+", "+itoa(y)+
					", not in "+itoa(c.gy))
			}
		}
	}
	return true
}

// motzeiOfShabbat reports whether the dateline names the evening of
// Saturday, and d, the day of the special Shabbat it names, is that
// Shabbat: the evening ends it.
func (rv *resolver) motzeiOfShabbat(d hebrew.Date) bool {
	return d.Weekday() == time.Saturday && rv.specialShabbatNight()
}

// specialShabbatNight reports whether the dateline names a special
// Shabbat (Shabbat Zachor) and the evening of a Saturday.
func (rv *resolver) specialShabbatNight() bool {
	names := occasionNames()
	v := rv.f.holiday.Value
	return rv.saturdayNight() && v >= 0 && v < len(names) && names[v].Kind == occasion.SpecialShabbat
}

// saturdayNight reports whether the dateline names the evening of a
// Saturday (Motzei Shabbat, Saturday night).
func (rv *resolver) saturdayNight() bool {
	f := &rv.f
	return f.night && f.hasW && f.civilW == time.Saturday
}

// evalPortionDay reads the day of a dateline named by a weekly portion
// and its Hebrew year (see facts.portionDay): the Shabbat the portion is
// read on that year, in a schedule the options allow (checkOccasions
// then says when only one schedule reads it that Shabbat). A year that
// reads the portion on two Shabbatot (5783's Vayeilech, alone on 6
// Tishrei and in Nitzavim-Vayeilech on 23 Elul) names neither: it is an
// error that gives both, unless a civil year says which ("Parashat
// Vayeilech 2023" is September 9, 2023). Before, the first was taken
// with nothing said, and "Parashat Vayeilech 2023", with only October 1,
// 2022 looked at, was "no Shabbat of 2023".
func (rv *resolver) evalPortionDay(e *evaluation) {
	f := &rv.f
	readings := rv.portionIn(e.c.hy)
	if f.portionAlone() {
		readings = rv.nearestReading(readings)
	}
	if f.hasGY && !f.hasHY && len(readings) > 1 {
		in := readings[:0:0]
		for _, r := range readings {
			if y, _, _ := r.day.Gregorian(); y == f.gYear.Value {
				in = append(in, r)
			}
		}
		if len(in) > 0 {
			readings = in
		}
	}
	if len(readings) > 1 {
		e.score += weightError
		if e.report {
			a, b := readings[0].day, readings[1].day
			rv.add(CodeDateAmbiguous, Error, f.portion.Start, f.portion.End, quote(f.input[f.portion.Start:f.portion.End])+" is read on two Shabbatot of "+itoa(e.c.hy)+", "+
				a.String()+" ("+weekdayDate(a)+") and "+b.String()+" ("+weekdayDate(b)+"); give the civil date to say which")
		}
	}
	if len(readings) > 0 {
		d, h := readings[0].shabbat, readings[0].day
		e.h, e.hOK = h, true
		if e.c.night == 1 && rv.saturdayNight() && e.h == d {
			// "Motzei Shabbat Parashat Ki Tisa 5784": the evening
			// that ends the Shabbat, whose Hebrew date is the next
			// day's; it was the Shabbat's own, 22 Adar I, with
			// nothing said (found trying the command as an
			// adversary).
			e.h = d.AddDays(1)
		}
		return
	}
	e.score += weightError
	if e.report {
		rv.add(CodeOccasion, Error, f.portion.Start, f.portion.End, "no Shabbat of "+itoa(e.c.hy)+" reads "+f.input[f.portion.Start:f.portion.End])
	}
}

// nearestReading returns, of readings of one Hebrew year, the one a
// dateline that names its portion alone names: the last that is not more
// than six months after the reference, as a year-less date is read (see
// searchYears), or the first. 5783 read Vayeilech on two Shabbatot (see
// evalPortionDay); with a year that is an error, and without one
// "Parashat Vayeilech" in March 2024 is the latest, September 9, 2023,
// where the year's error had it searched back to 5782's.
func (rv *resolver) nearestReading(readings []portionReading) []portionReading {
	if len(readings) < 2 {
		return readings
	}
	ly, lm, ld := rv.reference().AddDate(0, 6, 0).Date()
	limit := civilDays(ly, lm, ld)
	for k := len(readings) - 1; k > 0; k-- {
		if y, m, d := readings[k].day.Gregorian(); civilDays(y, m, d) <= limit {
			return readings[k : k+1]
		}
	}
	return readings[:1]
}

// A portionReading is a Shabbat that reads the dateline's weekly
// portion, and the day of it the dateline names (עש״ק משפטים: the
// Friday before it).
type portionReading struct{ shabbat, day hebrew.Date }

// portionIn returns the Shabbatot of Hebrew year hy that read the
// dateline's weekly portion, in a schedule the options allow, in the
// order of their days (see occasion.FindPortions); none where no
// Shabbat of hy does.
func (rv *resolver) portionIn(hy int) []portionReading {
	f := &rv.f
	names := occasionNames()
	v := f.portion.Value
	if v < 0 || v >= len(names) {
		return nil
	}
	for _, s := range rv.schedules() {
		var out []portionReading
		for _, o := range occasion.FindPortions(names[v].Text, hy, s) {
			out = append(out, portionReading{o.Date, rv.portionWeekday(o.Date).AddDays(-int(f.portion.Shift))})
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// eveningOfHebrewDay warns of a Hebrew date with no civil day and no
// weekday, read as the evening that begins it (civil, the day before h),
// where words of a script other than Hebrew's put it at an evening or a
// sunset: "au coucher du soleil le 5 Sivan", "at sunset on 9 Tishrei"
// name the sunset that ends the day as often, when the festival after it
// begins (Shavuot at the sunset that ends 5 Sivan, seen by round 241),
// where ליל ה׳ סיון is the night that begins it. The reading is kept, and
// the other given.
func (rv *resolver) eveningOfHebrewDay(civil, h hebrew.Date) {
	f := &rv.f
	if f.eveningWords[1] == 0 || !f.hasHDay || !f.hasHMonth || f.hasGDay || f.hasW {
		return
	}
	s, e := f.eveningWords[0], f.eveningWords[1]
	rv.add(CodeDateAmbiguous, Warning, s, e, quote(strings.TrimSpace(f.input[s:e]))+" before "+h.String()+" may name the evening that begins it, "+
		weekdayDate(civil)+", as it was read, or the one that ends it, "+weekdayDate(h)+"; give the civil date to say which")
}

// eveningClockOfHebrewDay warns of a Hebrew date or an occasion with no
// civil day, weekday or evening's words, and a time of the evening
// (eveningClockHour on): "22 Adar I 5784 8:00 pm", "Purim 5784 9 pm".
// The Hebrew day begins at sunset, so the time may be of the evening
// that begins it, the civil day before (Purim's Megillah is read on its
// evening), or of its civil day, whose Hebrew date a page prints all day,
// as it was read: it was read so with nothing said (found trying the
// command as an adversary).
func (rv *resolver) eveningClockOfHebrewDay(civil, h hebrew.Date, start, end int) {
	f := &rv.f
	hour, ok := rv.clockHour()
	if !ok || hour < eveningClockHour || f.night || f.hasGDay || f.hasW || f.holidayEve {
		return
	}
	eve := civil.AddDays(-1)
	if eve.IsZero() {
		return
	}
	s, e := rv.clockSpan()
	clock := f.input[s:e]
	rv.add(CodeDateAmbiguous, Warning, min(start, s), max(end, e), quote(clock)+" on "+h.String()+" may be of the evening that begins it, "+
		weekdayDate(eve)+", as the Hebrew day begins at sunset, or of its civil day, "+weekdayDate(civil)+", as it was read; "+
		"give the civil date or the weekday to say which")
}

// portionWeekday returns the day of the portion's week, Sunday to the
// Shabbat d it is read on, that the dateline's Hebrew-script weekday
// names: Hebrew letters and notices name the whole week by its portion,
// "יום ראשון פרשת נח תשפ״ד" its Sunday and "ערב שבת פרשת נח" its Friday
// (seen probing the 232nd held-out round's focus: each was the Shabbat's
// own day, then a weekday error). A weekday in another script ("Sunday,
// Parashat Noach 5784", round 16) stays the weekday error, as no page
// was seen to date a week so; a night (ליל שבת, ליל ראשון) keeps the
// Shabbat, as which week a night at the week's edge is named by is not
// settled here.
func (rv *resolver) portionWeekday(d hebrew.Date) hebrew.Date {
	f := &rv.f
	if !f.hasW || f.night || f.civilW == time.Saturday || d.Weekday() != time.Saturday {
		return d
	}
	if r, _ := utf8.DecodeRuneInString(f.input[f.weekday.Start:]); !script.IsHebrewLetter(r) && !erevShabbat(f.weekday) && !weekdayOfPortion(f) {
		return d
	}
	return d.AddDays(int(f.civilW) - int(time.Saturday))
}

// weekdayOfPortion reports whether the dateline's weekday is said of its
// portion with "of" between them, "Tuesday of Parashat Ki Tisa 5784",
// which names the day of the portion's week as Hebrew's "יום ג׳ פרשת כי
// תשא" does: it was a weekday error on the Shabbat (found trying the
// command as an adversary).
func weekdayOfPortion(f *facts) bool {
	if !f.hasPortion || f.weekday.End > f.portion.Start {
		return false
	}
	between := strings.Fields(strings.ToLower(f.input[f.weekday.End:f.portion.Start]))
	// "of", with the word for portion after it or not ("of Parashat",
	// "of the week of Parshas").
	return len(between) > 0 && len(between) <= 5 && between[0] == "of" && !strings.ContainsAny(strings.Join(between, ""), "0123456789,")
}

// erevShabbat reports whether weekday field w is Erev Shabbat, which
// names the Friday before the Shabbat in any script: "Erev Shabbos
// Parshas Vayakhel, 5722" is that Friday, not a weekday error (seen
// probing the 244th held-out round's focus, where Chabad letters date
// themselves so), as a plain "Sunday, Parashat Noach" still is.
func erevShabbat(w parse.Field) bool {
	return w.Value == int(time.Saturday) && w.Shift == 1 && w.Flags&parse.Night == 0
}

// evalCalendars compares the two calendars and the weekday, and checks
// the holiday and portion the dateline names on its day.
func (rv *resolver) evalCalendars(e *evaluation) {
	f, c, report := &rv.f, e.c, e.report
	wdStart, wdEnd := f.weekday.Start, f.weekday.End
	g, h := e.g, e.h
	switch {
	case e.gOK && e.hOK:
		e.civil, e.civilOK = g, true
		if e.jr = rv.julianReading(c, e.gm, e.gd, g, h, true); e.jr.read {
			e.civil, e.score = e.jr.day, e.score+weightWarning+rv.compare(c, e.jr.day, h, report)
		} else {
			e.score += rv.compare(c, g, h, report) + rv.rangesDisagree(g, h)
		}
	case e.gOK:
		e.civil, e.civilOK = g, true
		if f.hasHMonth && !f.hasHDay && e.hyOK {
			e.score += rv.monthContains(c.hy, e.hm, g, report)
		}
		if e.jr = rv.julianReading(c, e.gm, e.gd, g, h, false); e.jr.read {
			e.civil, e.score = e.jr.day, e.score+weightWarning
		} else {
			e.score += rv.checkWeekday(g, wdStart, wdEnd, report)
		}
		if f.hasBareRC {
			e.score += rv.checkBareRoshChodesh(e.civil, report)
		}
	case e.hOK:
		e.civil, e.civilOK = h.AddDays(-c.night), true
		if e.civil.IsZero() {
			e.civil = h
		}
		if f.hasGMonth && !f.hasGDay && c.gy != 0 {
			e.score += rv.gregorianMonthContains(c.gy, e.gm, h, report)
		}
		if f.hasGDay && !f.hasGMonth {
			e.score += rv.dayOfMonth(e.civil, report)
		}
		e.score += rv.checkWeekday(e.civil, wdStart, wdEnd, report)
		start, end := min(f.hDay.Start, f.hMonth.Start), max(f.hDay.End, f.hMonth.End)
		if !f.hasHDay {
			start, end = f.holiday.Start, f.holiday.End // Sunday evening, Rosh Hashana 5779
		}
		switch {
		case c.night == 1 && !f.night && !f.hasHDay && f.holidayEve:
			// "Pesach 5784 begins": the evening of its eve, read
			// with nothing else of the day given (see choose's
			// nights).
			if report {
				rv.add(CodeAfterSunset, Info, start, end, f.input[start:end]+" begins at sunset on "+weekdayDate(e.civil)+
					", whose evening is "+h.String())
			}
		case c.night == 1 && !f.night:
			e.score += rv.clockEvening(c, e.civil, h, start, end, report)
		}
		if c.night == 1 && report {
			rv.eveningOfHebrewDay(e.civil, h)
		}
		if c.night == 0 && report {
			rv.eveningClockOfHebrewDay(e.civil, h, start, end)
		}
		if c.night == 0 && !f.night && f.hasW {
			// "Saturday, 22 Adar I 5784 8:00 pm" where the day starts
			// at sunset: the weekday's day at 8:00 pm is already 23
			// Adar I, as it is beside the civil date (found trying the
			// command as an adversary, with Shabbat Parashat Ki Tisa).
			sc, _ := rv.dayStartAgrees(c, e.civil, h, start, end, report)
			e.score += sc
		}
		if c.night == 0 && f.night && f.hasHDay {
			// A Hebrew day beside an evening's weekday that is that
			// weekday's own: "Motzei Shabbat, 13 Adar II 5784". (With
			// c.night, the evening has the Hebrew date the dateline
			// gives, and the civil day is the one before.)
			e.score += rv.dayForEvening(e.civil, start, end, report)
		}
	case f.hasGMonth && !f.hasGDay && f.hasHMonth && !f.hasHDay && e.hyOK:
		e.score += rv.monthsOverlap(c, e.gm, e.hm, report)
	}
	if f.hasBareRC && e.hOK {
		e.score += rv.checkBareRoshChodesh(h, report) // 30 Cheshvan 5785, Rosh Chodesh
	}
	if jr := rv.occasionJulian(e); jr.read {
		e.jr, e.civil, e.score = jr, jr.day, e.score+weightWarning
	}
	if report && e.gOK {
		rv.julianProblem(e.jr, c, e.gm, e.gd, h, e.hOK)
	}
	if (f.hasHoliday || f.hasPortion) && (e.hOK || e.civilOK) {
		day := e.civil
		before := e.score
		if e.hOK {
			day = h
		} else if rv.occasionEve(e, report) {
			if e.score-before < weightError {
				e.score += rv.rangeOutlasts(e, report) // Sukkot: October 16-26, 2024
			}
			return
		}
		switch {
		case e.hOK && f.holiday.Flags&parse.Motzei != 0 && h == e.civil.AddDays(1):
			// "Motzei Yom Kippur 5785": the civil day is its last,
			// and h, from sunset, the day after (see evalOccasion).
			sc := rv.checkOccasions(e.civil, report)
			e.score += sc
			if report && sc == 0 {
				rv.eveningInfo(e, h)
			}
		case e.hOK && f.night && h == e.civil.AddDays(1):
			e.score += rv.checkEvening(day, report) // a night's Hebrew date
		case e.hOK && e.gOK && h == e.civil.AddDays(1):
			// The Hebrew date of the civil day's evening, after sunset
			// ("Wednesday, December 25, 2024 8:00 pm | 25 Kislev
			// 5785" in New York) or as sites print it from sunset: its
			// candles are the civil day's, as Format and
			// Dateline.Occasions write them. "Chanukah: 1 Candle" was
			// an error and 26 Kislev's "Chanukah: 3 Candles" on
			// December 26 at 8:00 pm was right (found trying the
			// command as an adversary).
			e.score += rv.checkAfterSunset(day, report)
		case !e.hOK && f.night && rv.namesCandles():
			// "Chanukah: 2 Candles, Tuesday night, December 12,
			// 2017": the evening's candles, which are not the
			// civil day's.
			e.score += rv.checkEvening(day.AddDays(1), report)
		default:
			e.score += rv.checkOccasions(day, report)
		}
		if e.score-before < weightError {
			// The range's end, where its first day is the occasion's.
			e.score += rv.rangeOutlasts(e, report)
		}
	}
}

// namesCandles reports whether the dateline names a day that hebcal names
// by its evening, Chanukah's candles (see occasion.EveningName).
func (rv *resolver) namesCandles() bool {
	f := &rv.f
	var idx [8]int
	names := occasionNames()
	list, _ := parse.OccasionListIn(idx[:0], f.input[f.holiday.Start:f.holiday.End])
	for _, v := range list {
		if occasion.EveningName(names[v].Text) {
			return true
		}
	}
	return false
}

// rangeEnd returns the Hebrew date of the last day of a year-less range of
// civil days that names an occasion ("Рош-ха-Шана припадає на 15-17
// вересня"), in the candidate's year, or the zero Date.
func (rv *resolver) rangeEnd(e *evaluation) hebrew.Date {
	if rv.f.hasGY {
		return hebrew.Date{}
	}
	return rv.rangeLast(e)
}

// rangeLast returns the Hebrew date of the last day of a range of civil
// days that names an occasion, with its year or in the candidate's, or
// the zero Date.
func (rv *resolver) rangeLast(e *evaluation) hebrew.Date {
	f := &rv.f
	if f.gEnd == 0 || !f.hasHoliday || f.hasPortion || !e.civilOK || f.hasHDay {
		return hebrew.Date{}
	}
	gy, gm := e.c.gy, e.gm
	if f.gEndMonth != 0 {
		if f.gEndMonth < gm {
			gy++ // 25 декабря – 2 января
		}
		gm = f.gEndMonth
	}
	h, err := rv.hebrewOfText(gy, gm, f.gEnd)
	if err != nil {
		return hebrew.Date{}
	}
	return h
}

// rangeOutlasts scores a range of days that names an occasion, whose
// first day is the occasion's in the candidate's year, where its last
// day is not: "Рош-ха-Шана припадає на 15-17 вересня" is not 2015,
// where the 15th is Rosh Hashana's second day and the 17th the fast of
// Gedaliah, but a year whose range runs from the eve (see occasionEve);
// it was the year taken, with only an info. With its year, "Hanukkah
// from Dec 7 through Dec 16, 2023" ends a day after Chanukah's last, and
// was read as its first day with nothing said. The end is the
// occasion's in either schedule, whichever the options choose (a range
// of Simchat Torah may run to the Diaspora's day), or, for Sukkot, the
// days after it, Shmini Atzeret and Simchat Torah, which pages count in
// it ("Souccot se tiendra du 17 au 24 octobre 2024"), and, for Purim,
// Shushan Purim: no problem, but
// a year whose range ends on the occasion's own day fits better ("Entre
// os dias 6 e 13 de outubro ... celebram Sucot" is 2025's, from the eve
// to Hoshana Rabba, not 2017's, from its second day to Simchat Torah).
func (rv *resolver) rangeOutlasts(e *evaluation, report bool) int {
	end := rv.rangeLast(e)
	if end.IsZero() || rv.checkOccasions(end, false) == 0 || rv.joinedEnd(end) {
		return 0
	}
	if rv.rangeEndsFestival(end) {
		return weightWarning
	}
	if report {
		f := &rv.f
		rv.add(CodeOccasion, Error, f.holiday.Start, f.holiday.End, f.holidayName+
			" is not "+end.String()+", the last day of the range")
	}
	return weightError
}

// joinedEnd reports whether Hebrew day end, the last of a range, is the
// day of the last name of a list of occasions joined by a slash, an
// ampersand or a word for "and", which names the days of the range in
// turn: "Shemini Atzeret & Simchat Torah, October 24 and 25, 2024" ends
// on Simchat Torah's day, which is not Shemini Atzeret's, and was said
// not to be the list's.
func (rv *resolver) joinedEnd(end hebrew.Date) bool {
	f := &rv.f
	var idx [8]int
	list, joined := parse.OccasionListIn(idx[:0], f.input[f.holiday.Start:f.holiday.End])
	if joined >= len(list) {
		return false
	}
	return rv.occasionSchedules(end, occasionNames()[list[len(list)-1]].Text) != 0
}

// rangeEndsFestival reports whether Hebrew day end, the last of a range
// that checkOccasions finds is not the occasion's, ends it all the same:
// it is the occasion's in a schedule the options leave out, Sukkot's
// Shmini Atzeret or Simchat Torah, or Purim's Shushan Purim (see
// rangeOutlasts).
func (rv *resolver) rangeEndsFestival(end hebrew.Date) bool {
	f := &rv.f
	name := f.holidayName
	if occasionSchedulesIn(end, name, eitherOne) != 0 {
		return true
	}
	for _, t := range festivalTails {
		if end.Day >= t.first && end.Day <= t.last && slices.Contains(t.months, end.Month) {
			last := hebrew.Date{Year: end.Year, Month: end.Month, Day: t.occasionDay}
			return occasionSchedulesIn(last, name, eitherOne) != 0
		}
	}
	return false
}

// festivalTails are the days after an occasion's last that pages count
// in its range (see rangeEndsFestival): Shmini Atzeret and Simchat
// Torah, 22 and 23 Tishrei, after Sukkot's Hoshana Rabba, 21 Tishrei
// ("Souccot se tiendra du 17 au 24 octobre 2024"); Shushan Purim, the
// walled cities' Purim, 15 Adar, after Purim ("Em 2025, Purim será
// celebrado entre o pôr do sol do dia 13 de março e o pôr do sol do dia
// 15 de março", Lider News, the 127th held-out round).
var festivalTails = [...]struct {
	months                   []hebrew.Month
	first, last, occasionDay int
}{
	{[]hebrew.Month{hebrew.Tishrei}, 22, 23, 21},
	{[]hebrew.Month{hebrew.Adar, hebrew.AdarII}, 15, 15, 14},
}

// occasionEve reads an occasion named with the civil date of its eve, as
// calendars list a festival by the day at whose sunset it begins ("Rosh
// Hashana – 15 Septembre 2023": Friday evening, 1 Tishrei 5784): where
// the civil day is not the occasion's and the next day is, the dateline
// states the next day's Hebrew date, from sunset, with a warning, as a
// Hebrew date a day ahead of its civil date is read. A dateline without
// its year is matched first to a year whose day is the occasion's (28
// Eylül Pazar Yom Kipur is no eve in some other year: see searchYears),
// and read as the eve, warned, only where no year of a Hebrew cycle is
// ("Shemini Atzeret: Monday, October 13", a page's listing by the eve,
// was read as 1941, 85 years back, where 2025's 13th is its eve; see
// yearlessEve and nearFit). The text may say the day is the evening: a
// weekday's ("Yom Kippur, Friday evening, October 11") or a verb's ("Jom
// Kippur begynder kl.18 fredag den 11. oktober", "Iom Kipur comenzará el
// 1 de octubre"), which may give the hour it begins too, or a counted
// night's ("the second night of Passover, which was on April 9, 2020":
// the eve of its second day; parse.Night on a Holiday with a Shift of its
// day). It reports whether it read the candidate so, having scored the
// occasion.
func (rv *resolver) occasionEve(e *evaluation, report bool) bool {
	f := &rv.f
	if f.holiday.Flags&parse.LastDay != 0 {
		if f.holiday.Flags&parse.Motzei == 0 {
			return false // the last day of Passover is that day, no evening before it
		}
		// "Motzei Yom Kippur 5785": the evening of its last day, whose
		// Hebrew date, from sunset, is the next day's, as Motzei
		// Shabbat's is, and an info says so.
		next := e.civil.AddDays(1)
		if next.IsZero() {
			return false
		}
		score := rv.checkOccasions(e.civil, report)
		e.score += score
		e.h, e.hOK = next, true
		if report && score == 0 {
			rv.eveningInfo(e, next)
		}
		return true
	}
	// A year-less range whose last day is the occasion's runs from its
	// eve: "Рош-ха-Шана припадає на 15-17 вересня" (2023).
	end := rv.rangeEnd(e)
	said := f.night || f.holidayEve || f.holiday.Flags&parse.Starts != 0 || !end.IsZero() && rv.checkOccasions(end, false) == 0
	if f.hasHoliday && f.holidayEve && f.holiday.Shift < 0 && !f.hasPortion {
		// "the second night of Chanukah, Thursday, December 26, 2024":
		// the evening on which its counted day begins, whose Hebrew
		// date, from sunset, is that day's. Where it is, an info says
		// so, as of the first night's (see occasionEvening): a Hebrew
		// date a day ahead of the civil one, said with nothing, looked
		// like a wrong conversion ("April 15, 2014, the second night
		// of Passover", 16 Nisan).
		next := e.civil.AddDays(1)
		if next.IsZero() {
			return false
		}
		e.h, e.hOK = next, true
		score := rv.checkOccasions(next, report)
		e.score += score
		if report && score == 0 {
			rv.eveningInfo(e, next)
		}
		return true
	}
	if !f.hasHoliday || f.hasPortion || f.holiday.Shift != 0 || f.hasClock && !said && !rv.afternoonClock() {
		return false
	}
	firstCandle := rv.firstCandleEve(e)
	if !f.hasGY && !f.hasHY && !said && !firstCandle && !rv.yearlessEve(e.c) {
		// (A Hebrew year gives the civil one too, as "Pesach 5784,
		// April 22" is 2024's eve; it was read as 2023's 22 April.)
		return false
	}
	next := e.civil.AddDays(1)
	if rv.eveOfFirst(next) && !rv.namesCandles() {
		// The evening of December 11, 2017 is 24 Kislev, the day at
		// whose sunset Chanukah's first candle is lit (hebcal's
		// "Chanukah: 1 Candle"), not Chanukah: the civil day is no
		// evening of it, nor its eve. Where a weekday's or a verb's
		// evening says the dateline is that evening, its Hebrew day is
		// 24 Kislev, which the error names.
		if f.night || f.holidayEve {
			e.h, e.hOK = next, true
			e.score += weightError
			if report {
				rv.eveNotOccasion(e.civil, next)
			}
			return true
		}
		return false
	}
	if f.night && !f.holidayEve && !next.IsZero() && rv.checkEvening(next, false) == 0 {
		// A weekday's evening on which the occasion begins ("Sunday
		// evening, October 9, Yom Kippur"): its Hebrew day, from
		// sunset, is the occasion's.
		e.h, e.hOK = next, true
		e.score += rv.checkEvening(next, report)
		return true
	}
	if rv.checkOccasions(e.civil, false) == 0 {
		// The occasion falls on the civil day. Where a verb says it
		// begins on that day's evening and it does not fall on the
		// next, the text names the next Hebrew day, not the occasion's:
		// "Yom Kippur begins on the evening of October 12, 2024" is 11
		// Tishrei, an occasion error, where it was read as Yom Kippur.
		if !f.holidayEve && !next.IsZero() && (rv.rangeFromEve(e) || rv.rangeFromEveElsewhere(e, next) || firstCandle) {
			// Unweighed: a range of Chanukah from its eve and one from
			// its first day are both what pages print, and a year-less
			// one is still the year nearest the reference whose days
			// fit either ("du 28 novembre au 5 décembre" is 2021's from
			// the eve, not 2013's from the first day). So is Chanukah
			// on the day of its first candle: see firstCandleEve.
			return rv.eveWarned(e, next, 0, report)
		}
		if f.night && !f.holidayEve && !next.IsZero() && rv.checkEvening(next, false) != 0 {
			return rv.eveningAfter(e, next, report)
		}
		if !f.holidayEve || next.IsZero() || rv.fastFromDawn(e.civil) {
			// A fast from dawn begins on its day, not that day's
			// evening: "The Fast of Gedaliah begins on October 6,
			// 2024" is 4 Tishrei, right, where it was read as the
			// evening's 5 Tishrei with an error that the fast is
			// October 6.
			return false
		}
		if rv.checkEvening(next, false) == 0 {
			// The next day is the occasion's too, a festival's later
			// day: it begins on one evening only, its first day's eve.
			// "Chanuka rozpoczęła się wieczorem 22 grudnia" is 2019's,
			// where the 22nd of 2022 is its fourth day.
			return rv.begunBefore(e, next, report)
		}
		// Its last day, or its only one: the evening is next, and the
		// error names the evening the occasion begins. "Tisha B'Av
		// begins on August 13, 2024" was said to be 10 Av, "not" the 9
		// Av of August 13 that the text gave.
		return rv.begunBefore(e, next, report) || rv.occasionEvening(e, next, report)
	}
	if !next.IsZero() && (f.holidayEve || f.night) && f.hasGY && rv.checkEvening(next, false) != 0 && !rv.dawnFast(next.Year) {
		// A verb, "the first night of" or a weekday's evening says the
		// dateline is the evening of its civil day, on which the
		// occasion falls not at all: its Hebrew date, from sunset, is
		// still next, which the error is of. "In 2024, the first night
		// of Hanukkah falls on December 11th" is 11 Kislev, where it was
		// read as the day's own 10 Kislev, and "Jom Kippur (eller Yom
		// Kippur) 2017 börjar vid solnedgången den 18 september" (the
		// seventy-seventh held-out round; 2018's eve) 28 Elul, not 27;
		// the error names the evening it begins.
		if rv.begunBefore(e, next, report) {
			return true
		}
		e.h, e.hOK = next, true
		e.score += rv.checkEvening(next, report)
		return true
	}
	if next.IsZero() || rv.checkEvening(next, false) != 0 || rv.fastFromDawn(next) {
		return false
	}
	if f.holidayEve {
		// A verb says the occasion begins on that day's evening
		// ("Yom Kippur begins on October 11, 2024"): the dateline
		// names the evening, whose Hebrew date is the occasion's, as
		// an info says (as of Chanukah's: see begunBefore).
		return rv.occasionEvening(e, next, report)
	}
	return rv.eveWarned(e, next, weightWarning, report)
}

// eveningAfter reads the evening of a civil day that is the occasion's
// last day, or its only one: the text names the evening, whose Hebrew
// date, from sunset, is next, after the occasion, as a warning says. "Yom
// Kippur, Saturday evening, October 12, 2024" is 11 Tishrei, and "С
// вечера 2 февраля 2026, Ту би-Шват" 16 Shevat, where both were given
// with no word that the Hebrew date is not the occasion's. It is a
// warning, not an error, as a page may name the evening an occasion ends
// ("Yom Kippur break-fast, Saturday evening, October 12").
func (rv *resolver) eveningAfter(e *evaluation, next hebrew.Date, report bool) bool {
	f := &rv.f
	e.h, e.hOK = next, true
	e.score += weightWarning
	if report {
		name := f.holidayName
		rv.add(CodeOccasion, Warning, f.holiday.Start, f.holiday.End, name+" is "+weekdayDate(e.civil)+
			" until sunset; the evening of that day is "+next.String()+", after it")
	}
	return true
}

// yearlessEve reports whether candidate c of a dateline without its year
// may be read as the occasion's eve where no word says the day is the
// evening: with a weekday, which the eve's day must have too, in a year
// of the Hebrew cycle before the reference (occasionYears). A date alone
// is some year's eve of most occasions near it ("Yom Kippur, September
// 17" was 2010's), and an eve long past no likelier than the nearest
// year's error ("28 Eylül Pazar Yom Kipur" is no eve nearer than 1952).
func (rv *resolver) yearlessEve(c cand) bool {
	ref := rv.reference().Year()
	return rv.f.hasW && c.gy >= ref-occasionYears && c.gy <= ref+1
}

// eveWarned reads candidate e as the eve of the occasion that begins at
// its civil day's sunset, Hebrew day next, warned as a Hebrew date a day
// ahead of its civil date is (see occasionEve), and scores the warning
// weight.
func (rv *resolver) eveWarned(e *evaluation, next hebrew.Date, weight int, report bool) bool {
	f := &rv.f
	e.h, e.hOK = next, true
	e.score += rv.checkEvening(next, report) + weight
	if report {
		rv.add(CodeAfterSunset, Warning, f.holiday.Start, f.holiday.End, f.holidayName+" is "+next.String()+
			", which begins at sunset on "+weekdayDate(e.civil)+", the day the dateline gives")
	}
	return true
}

// rangeFromEve reports whether the dateline is a range of civil days
// whose first is the day before the occasion's first and whose last is
// the occasion's: it runs from the eve, as "Рош-ха-Шана припадає на 15-17
// вересня" does, though hebcal names Chanukah's eve, 24 Kislev, by its
// first candle. "Со 2 по 10 декабря иудеи отмечают Хануку" (2018) and
// "Janucá se celebra desde el 7 al 15 de diciembre" (2023) were read as
// 24 Kislev, Chanukah's day with nothing said, where a range of Rosh
// Hashana or Pesach from its eve is the festival's first day from sunset,
// warned; and "Chanukah begins December 7, 2023", with its verb, was
// already the evening's 25 Kislev.
func (rv *resolver) rangeFromEve(e *evaluation) bool {
	if rv.f.gEnd == 0 || !rv.eveOfFirst(e.civil) {
		return false
	}
	end := rv.rangeLast(e)
	return !end.IsZero() && rv.checkOccasions(end, false) == 0
}

// rangeFromEveElsewhere reports whether the dateline is a range of two
// civil days, the second Hebrew day next, that is the occasion's in a
// schedule of holidays in which the first is not, where the first is
// the occasion's only in another: the range runs from the eve in the
// schedule whose day its end is. "Simchat Torah: Tuesday, October
// 14-Wednesday, October 15" (2025) is the Diaspora's 23 Tishrei from its
// eve, a synagogue's evening of dancing; it was read as Israel's 22
// Tishrei, whose next day is no Simchat Torah, with an info that it was
// Israel's schedule.
func (rv *resolver) rangeFromEveElsewhere(e *evaluation, next hebrew.Date) bool {
	f := &rv.f
	if f.gEnd == 0 || rv.rangeLast(e) != next {
		return false
	}
	name := f.holidayName
	onEnd := rv.occasionSchedules(next, name)
	return onEnd != 0 && rv.occasionSchedules(e.civil, name)&onEnd == 0
}

// firstCandleEve reports whether the dateline names Chanukah, the festival
// and not one of its candles (see namesCandles), on one civil day that is
// its eve, 24 Kislev: the day at whose sunset its first candle is lit,
// which hebcal lists under Chanukah's name. The page names the evening,
// whose Hebrew date is Chanukah's first day, as a festival named on its
// eve's civil date is read (see occasionEve): "Chanukka am 22. Dezember
// 2019", "Hanuka počinje 28. novembra" (2021) were 24 Kislev with nothing
// said, where "Rosh Hashana – 15 Septembre 2023" was the evening's 1
// Tishrei, warned. A fast named on its own date, a Shabbat, the day
// before the one it is kept on, is no such eve: it is its own date (see
// movedFastDay).
func (rv *resolver) firstCandleEve(e *evaluation) bool {
	return rv.f.gEnd == 0 && e.civilOK && rv.eveOfFirst(e.civil) && !rv.namesCandles() && rv.checkOccasions(e.civil, false) == 0 &&
		!rv.namesMovedFast(e.civil)
}

// eveOfFirst reports whether Hebrew day h is the day before the first
// day of the occasion the dateline names, in every schedule the options
// allow: its eve, which hebcal may list under the festival's name
// ("Chanukah: 1 Candle" on 24 Kislev), but which begins it only at its
// own sunset.
func (rv *resolver) eveOfFirst(h hebrew.Date) bool {
	f := &rv.f
	next := h.AddDays(1)
	if h.IsZero() || next.IsZero() {
		return false
	}
	name := f.holidayName
	for _, s := range rv.schedules() {
		if o, ok := occasion.Find(name, next.Year, s); !ok || o.Date != next {
			return false
		}
	}
	return true
}

// eveNotOccasion reports the evening of civil day civil, Hebrew day h,
// named as the occasion that begins a day later: "Hanukkah, Monday night,
// December 11, 2017" is 24 Kislev 5778, and Chanukah begins on the
// evening of December 12.
func (rv *resolver) eveNotOccasion(civil, h hebrew.Date) {
	f := &rv.f
	first := h.AddDays(1)
	y, m, d := civil.AddDays(1).Gregorian()
	cy, cm, cd := civil.Gregorian()
	name := f.holidayName
	rv.add(CodeOccasion, Error, f.holiday.Start, f.holiday.End, name+" "+itoa(first.Year)+" begins on the evening of "+dateText(y, m, d)+
		" ("+first.String()+"); the evening of "+dateText(cy, cm, cd)+" is "+h.String()+", the day before")
}

// fastFromDawn reports whether the occasion the dateline names is, on
// Hebrew day h, a fast that begins at dawn (Fast of Esther, Tzom
// Gedaliah): no sunset the day before begins it, so a dateline of that
// day names no eve of it.
func (rv *resolver) fastFromDawn(h hebrew.Date) bool { return rv.minorFast(h.Year, h) }

// fastNamedByDay reports whether the dateline's Hebrew date h, with its
// day in words, is the name of the fast from dawn that falls on it: the
// fasts of 10 Tevet and 17 Tammuz, which Hebrew names by their dates,
// "עשרה בטבת" and "שבעה עשר בתמוז", as English does in words ("the Tenth
// of Tevet", "the Seventeenth of Tammuz"). Written in digits or in the
// letters of a numeral ("10 Tevet", "י׳ בטבת", "Yud Teves") the day is a
// date as any, which a site prints from sunset.
func (rv *resolver) fastNamedByDay(h hebrew.Date) bool {
	f := &rv.f
	if !f.hasHDay || !(h.Month == hebrew.Tevet && h.Day == 10 || h.Month == hebrew.Tammuz && h.Day == 17) || !dayInWords(f.input, &f.hDay) {
		return false
	}
	for _, s := range rv.schedules() {
		for _, o := range occasion.On(h, s) {
			if o.Kind == occasion.MinorFast {
				return true
			}
		}
	}
	return false
}

// dayInWords reports whether the day field d of input is written in
// words: a word of the day's own (Tenth, десятое), or Hebrew's number
// words (עשרה, שבעה עשר), which are more letters than a numeral's two.
// The names of a numeral's letters (Yud-Aleph) are not.
func dayInWords(input string, d *parse.Field) bool {
	if d.Form == layout.Letters || d.Form == layout.LettersHyphen {
		return false
	}
	if d.Text != "" {
		return true
	}
	if d.Form != layout.Numeral || d.Start < 0 || d.End > len(input) {
		return false
	}
	letters := 0
	for _, r := range input[d.Start:d.End] {
		switch {
		case r >= 'א' && r <= 'ת':
			letters++
		case r != ' ':
			return false // a digit, or a numeral's marks
		}
	}
	return letters > 2
}

// dawnFast reports whether the occasion the dateline names is a fast
// from dawn in Hebrew year y, whose day a verb says it begins on, not
// that day's evening.
func (rv *resolver) dawnFast(y int) bool { return rv.minorFast(y, hebrew.Date{}) }

// minorFast reports whether the occasion the dateline names is a fast
// from dawn in Hebrew year y, on day on unless on is zero.
func (rv *resolver) minorFast(y int, on hebrew.Date) bool {
	f := &rv.f
	name := f.holidayName
	for _, s := range rv.schedules() {
		if o, ok := occasion.Find(name, y, s); ok && (on.IsZero() || o.Date == on) && o.Kind == occasion.MinorFast {
			return true
		}
	}
	return false
}

// evalGuesses scores and reports what the candidate guessed: which Adar
// a bare Adar is, a year the text does not state, a month without a day.
func (rv *resolver) evalGuesses(e *evaluation) {
	f, c, report := &rv.f, e.c, e.report
	if f.hasHMonth && !e.qualified && (e.hm == hebrew.Adar || e.hm == hebrew.AdarII) && e.hyOK && hebrew.IsLeapYear(c.hy) {
		confirmed := e.gOK && e.hOK && e.score == 0 || e.gOK && !f.hasHDay
		// A weekday that fits shows which too: the two Adars' days of
		// one number are 30 days, not a whole number of weeks, apart.
		byWeekday := !confirmed && !f.hasGMonth && f.hasW && f.hasHDay && e.hOK && e.score == 0
		byOccasion := !confirmed && !byWeekday && f.hasHDay && e.hOK && rv.adarByOccasion(c.hy, e.hm, f.hDay.Value)
		if !confirmed && f.hasGMonth {
			// Scored only where a Gregorian date could have confirmed
			// it: without one the warning is the same for Adar I and
			// Adar II, and would only count against a leap year, so
			// that a year-less "14 Adar" passed over the nearest year,
			// a leap year, for a common one (Purim 5783, not 5784's).
			e.score += weightWarning
		}
		if report {
			e.refused = rv.adarAmbiguous(c.hy, e.hm, confirmed, byWeekday, byOccasion)
		}
	}
	if !report {
		return
	}
	if f.monthYear != 0 {
		rv.monthInferred(c)
	} else if c.gyGuess && f.hasGMonth || c.hyGuess && (f.hasHMonth || f.hasHoliday || f.hasPortion) && !f.hasGMonth {
		rv.yearFar(c)
		rv.yearInferred(c, e.civil, e.civilOK)
	}
	if f.hasGY && f.hasGMonth && !f.hasHY {
		rv.hebrewYearAsGregorian(c)
	}
	rv.shortYearCentury(c)
	if f.hasHY && !f.hasGY {
		rv.hebrewYearShort(c)
	}
	if f.hasHY && f.hasHMonth && !f.hasGY {
		if c.civilYear && e.hOK {
			rv.civilYearRead(c, e.h)
		} else {
			rv.gregorianYearAsHebrew(c)
		}
	}
	if !f.hasGDay && !f.hasHDay && !e.hOK && !f.portionDay() && (f.hasGMonth || f.hasHMonth) {
		// An occasion alone that the year has not ("Purim Katan 5785")
		// names no month either: its error says so.
		s, end := f.gSpan()
		hs, he := f.hSpan()
		if f.hasHMonth && (!f.hasGMonth || hs < s) {
			s = hs
		}
		if he > end {
			end = he
		}
		rv.add(CodeMonthOnly, Info, s, end, rv.monthOnly(c, e.gm, e.hm))
	}
}

// add appends a problem in report mode.
func (rv *resolver) add(code Code, sev Severity, start, end int, msg string) {
	// A span is inside the input and does not end before it starts, for
	// any fields it is made of.
	n := len(rv.f.input)
	start, end = min(max(start, 0), n), min(max(end, 0), n)
	end = max(start, end)
	rv.problems = append(rv.problems, Problem{Code: code, Severity: sev, Start: start, End: end, Message: msg})
}

// dayStartAgrees checks, where the Hebrew day starts at sunset (or
// nightfall) and the dateline gives a time of day, that Hebrew date h is
// the one of the time on civil day g, or a day either side of it; ok is
// false where there is no such rule or time, or h is further from it.
func (rv *resolver) dayStartAgrees(c cand, g, h hebrew.Date, hs, he int, report bool) (score int, ok bool) {
	f := &rv.f
	if rv.o.rule == nil || !f.hasClock {
		return 0, false
	}
	t, ok := rv.instant(g, c)
	if !ok {
		return 0, false
	}
	expected := rv.o.hebrewAt(t)
	switch h.DaysSince(expected) {
	case 0:
		return 0, true
	case -1:
		start, _ := rv.o.dayStart(t)
		if start.After(t) {
			// 12:30 am on March 2 is before the day's sunset: a Hebrew
			// date a day behind is the day before's under any rule, a
			// calendar error, not a date left from before sunset
			// ("12:30 am is after sunset (5:37 pm)", found trying the
			// command as an adversary).
			return 0, false
		}
		if report {
			at, begins := dayStartClocks(t, start, rv.o.rule.Name)
			rv.add(CodeAfterSunset, Warning, hs, he, at+" is after "+rv.dayStartName()+" ("+begins+") in "+
				rv.o.rule.Name+", when "+expected.String()+" has begun, but the dateline still gives "+h.String())
		}
		return weightWarning, true
	case 1:
		start, _ := rv.o.dayStart(t)
		if !start.After(t) {
			// At or after sunset the expected date is already the next
			// day's: h is two days after the civil day, a calendar
			// error, which it was not ("March 2, 2024 11:30 pm | 24
			// Adar I 5784" passed with --city).
			return 0, false
		}
		if !f.hasSecond && start.Sub(t) < time.Minute {
			// "5:37 pm" of a sunset at 5:37:43 pm: the minute the text
			// gives holds the day's start, and either Hebrew date, as
			// the writer writes a time in it.
			return 0, true
		}
		if report {
			at, begins := dayStartClocks(t, start, rv.o.rule.Name)
			rv.add(CodeCalendar, Error, hs, he, at+" is before "+rv.dayStartName()+" ("+begins+") in "+
				rv.o.rule.Name+", when it is still "+expected.String()+", but the dateline gives the next day, "+h.String())
		}
		return weightError, true
	}
	// Days further apart are not a question of when the day starts: the
	// calendars disagree, which compare says. Every such Hebrew date
	// passed where the dateline gave a time and a sunset rule ("Saturday,
	// March 2, 2024 10:00 am | 3 Nisan 5784" with --city Jerusalem; found
	// trying the command as an adversary).
	return 0, false
}

// dayStartClocks returns how dayStartAgrees's messages write the
// dateline's instant t and the start of the Hebrew day at city, start, in
// the zone of city's rule: as clocks alone where t's zone shows the same
// clock there ("8:00 pm" after "sunset (5:48 pm)" in New York), to the
// second where the minutes are the same (not "5:37 pm is before sunset
// (5:37 pm)"). Where the text's zone is another, each names its zone, and
// t is given in both: "4:00 pm EST (11:00 pm IST in Jerusalem)" after
// "sunset (5:37 pm IST)". With --tz America/New_York and --city
// Jerusalem, "4:00 pm is after sunset (5:37 pm) in Jerusalem" compared a
// New York clock with Jerusalem's sunset in Jerusalem's clock, saying
// neither.
func dayStartClocks(t, start time.Time, city string) (at, begins string) {
	local := t.In(start.Location())
	clock := "3:04 pm"
	if local.Format(clock) == start.Format(clock) {
		clock = "3:04:05 pm"
	}
	at, begins = local.Format(clock), start.Format(clock)
	if tn, to := t.Zone(); tn == zoneAbbrev(local) && to == utcOffset(local) {
		return at, begins
	}
	// Format's MST: the zone's abbreviation, or for a zone without one
	// (a text's "+00:00"), its offset, +0000.
	return t.Format(clock+" MST") + " (" + local.Format(clock+" MST") + " in " + city + ")", start.Format(clock + " MST")
}

// utcOffset returns the offset from UTC of t's zone at t, in seconds.
func utcOffset(t time.Time) int {
	_, off := t.Zone()
	return off
}

// compare checks a Gregorian date against a Hebrew date and the weekday.
func (rv *resolver) compare(c cand, g, h hebrew.Date, report bool) int {
	f := &rv.f
	gs, ge := f.gSpan()
	hs, he := f.hSpan()
	wdOK := !f.hasW || f.civilW == g.Weekday()
	diff := h.DaysSince(g)
	if score, ok := rv.dayStartAgrees(c, g, h, hs, he, report); ok {
		return score + rv.checkWeekday(g, f.weekday.Start, f.weekday.End, report)
	}
	switch {
	case diff == 0 && f.begins:
		return rv.beginsOnItsDay(g, report) + rv.checkWeekday(g, f.weekday.Start, f.weekday.End, report)
	case diff == 0 && f.night:
		return rv.dayForEvening(g, hs, he, report) + rv.checkWeekday(g, f.weekday.Start, f.weekday.End, report)
	case diff == 0:
		return rv.checkWeekday(g, f.weekday.Start, f.weekday.End, report)
	case diff == 1 && f.night:
		// The evening the dateline names (Motzei Shabbat, Saturday
		// night) is, from sunset, the next day's: its Hebrew date.
		return rv.checkWeekday(g, f.weekday.Start, f.weekday.End, report)
	case diff == 1 && f.nightBefore && time.Weekday(f.weekday.Value) == h.Weekday():
		// "אור ליום שישי י״ד ניסן (29.3.2018)": the night before the
		// day the weekday and the Hebrew date name, with its evening's
		// civil date, Thursday's (see parse.NightBefore).
		if report {
			s, end := f.gSpan()
			rv.add(CodeAfterSunset, Info, s, end, "the night before "+weekdayDate(h)+" is the evening of "+weekdayDate(g)+", from whose sunset it is "+h.String())
		}
		return 0
	case diff == 1 && f.nightBefore:
		// "אור ליום חמישי י״ד ניסן (29.3.2018)": the night before
		// Thursday is Wednesday's, but the Hebrew date is Friday's.
		if report {
			rv.add(CodeWeekday, Error, f.weekday.Start, f.weekday.End, "the night before "+time.Weekday(f.weekday.Value).String()+
				" is not the night of "+h.String()+", a "+h.Weekday().String())
		}
		return weightError
	case diff == 1 && wdOK && rv.beforeSunsetClock():
		// "March 2, 2024 9:00 am | 23 Adar I 5784", "... 12:30 pm ...":
		// no sunset has begun the next Hebrew day by then; it was the
		// after-sunset warning below.
		if report {
			gy, gm, gd := g.Gregorian()
			s, e := rv.clockSpan()
			rv.add(CodeCalendar, Error, hs, he, h.String()+" is "+dateText(gy, gm, gd+1)+"; at "+f.input[s:e]+" on "+dateText(gy, gm, gd)+
				", before any sunset, it is still "+g.String()+", and the next day begins only at its sunset")
		}
		return weightError + rv.checkWeekday(g, f.weekday.Start, f.weekday.End, report)
	case diff == 1 && wdOK && f.morning && !f.night:
		// "Friday morning, March 1, 2024 | 22 Adar I 5784", "vendredi
		// matin", "в пятницу утром": the morning the words name is
		// before the sunset that begins the next Hebrew day, as a clock
		// before noon is (above); it was the after-sunset warning below.
		if report {
			gy, gm, gd := g.Gregorian()
			rv.add(CodeCalendar, Error, hs, he, h.String()+" is "+dateText(gy, gm, gd+1)+"; on the morning of "+dateText(gy, gm, gd)+
				", which the dateline names, it is still "+g.String()+", and the next day begins only at its sunset")
		}
		return weightError + rv.checkWeekday(g, f.weekday.Start, f.weekday.End, report)
	case diff == 1 && wdOK && rv.fastNamedByDay(h):
		// "עשרה בטבת, 9.1.2025", "Seventeenth of Tammuz, July 22,
		// 2024": the fast's name, which no site prints from the sunset
		// before it, as it begins at dawn; it was the after-sunset
		// warning below, where "Asara B'Tevet, January 9, 2025" was
		// already the occasion error.
		if report {
			gy, gm, gd := g.Gregorian()
			rv.add(CodeOccasion, Error, hs, he, f.input[hs:he]+" is the fast of "+h.String()+" ("+dateText(gy, gm, gd+1)+
				"), which begins at dawn, not on the evening before; "+dateText(gy, gm, gd)+" is "+g.String())
		}
		return weightError + rv.checkWeekday(g, f.weekday.Start, f.weekday.End, report)
	case diff == 1 && wdOK:
		if report {
			gy, gm, gd := g.Gregorian()
			rv.add(CodeAfterSunset, Warning, hs, he, h.String()+" is "+dateText(gy, gm, gd+1)+
				"; the Hebrew date is a day ahead, as sites print it from sunset on "+monthName(int(gm))+" "+itoa(gd))
		}
		return weightWarning + rv.checkWeekday(g, f.weekday.Start, f.weekday.End, report)
	}
	// The calendars disagree: the weekday, if there is one, says which side
	// is wrong.
	hy, hmo, hd := h.Gregorian()
	gy, gmo, gd := g.Gregorian()
	switch {
	case f.hasW && f.civilW == g.Weekday() || !f.hasW:
		if report {
			if g2, h2, ok := rv.civilYearDates(h, gy, gmo, gd); ok {
				// "In 2024, Kislev 25 falls on December 23rd": the year is
				// the Gregorian one (see gregorianYearAsHebrew), and the
				// date was compared in the year -1737.
				gy = h.Year
				g, h = g2, h2
			}
			rv.add(CodeCalendar, Error, hs, he, dateText(gy, gmo, gd)+" is "+g.String()+", not "+h.String())
		}
	case f.civilW == h.Weekday() && !f.night:
		if report {
			rv.add(CodeCalendar, Error, gs, ge, h.Weekday().String()+", "+h.String()+" is "+dateText(hy, hmo, hd)+", not "+dateText(gy, gmo, gd))
		}
	default:
		if report {
			rv.add(CodeCalendar, Error, min(gs, hs), max(ge, he), "the dates name different days: "+dateText(gy, gmo, gd)+" is "+g.String()+
				", and "+h.String()+" is "+dateText(hy, hmo, hd))
		}
		return weightError + rv.checkWeekday(g, f.weekday.Start, f.weekday.End, report)
	}
	return weightError
}

// eveningClockHour is the hour from which a time after a Hebrew date and
// a weekday may be the evening on which the date begins, where no sunset
// rule says when the day starts: sunset comes no earlier than 15:50 in
// the winter of London, 16:30 in New York's and Jerusalem's.
const eveningClockHour = 16

// eveningClock reports whether the dateline's time of day, after a Hebrew
// date and a weekday without a civil date, may be in the evening on which
// the Hebrew date begins: "ביום חמישי, י״ח באייר תשפ״א, בשעה 19:00" is
// Thursday evening, 18 Iyar 5781 from sunset, as event pages give an
// evening's Hebrew date. The weekday decides between that evening and the
// Hebrew date's own day (see clockEvening). It was Friday with the
// weekday's error.
func (rv *resolver) eveningClock() bool {
	hour, bad := rv.clock(false)
	return rv.f.hasClock && bad == 0 && hour >= eveningClockHour
}

// clockEvening scores civil day civil, the one before Hebrew date h, as
// the day at whose evening the dateline's time falls (see eveningClock):
// the Hebrew date is the evening's, from sunset, said as a warning at its
// span start to end. With a sunset rule the time must be after sunset (or
// nightfall) there; before it, the Hebrew date is not yet h, an error.
func (rv *resolver) clockEvening(c cand, civil, h hebrew.Date, start, end int, report bool) int {
	t, ok := rv.instant(civil, c)
	if !ok {
		return weightError
	}
	if begins, ok := rv.o.dayStart(t); ok && t.Before(begins) {
		return weightError
	}
	if report {
		rv.add(CodeAfterSunset, Warning, start, end, "the weekday names the day before "+h.String()+": "+clockText(t)+" on "+weekdayDate(civil)+
			" was read as its evening, on which "+h.String()+" begins at "+rv.dayStartName()+"; the dateline gives that evening's Hebrew date")
	}
	return weightWarning
}

// dayForEvening reports the Hebrew date of civil day g, the one the text
// gives, beside a word that names the day's evening (Motzei Shabbat,
// Saturday night, ליל רביעי), whose Hebrew date, from sunset, is the next
// day's (warning, at the Hebrew date's span hs to he).
func (rv *resolver) dayForEvening(g hebrew.Date, hs, he int, report bool) int {
	if report {
		msg := "the dateline names the evening of " + weekdayDate(g) + ", which is "
		if next := g.AddDays(1); !next.IsZero() {
			msg += next.String()
		} else {
			msg += "the next Hebrew day"
		}
		rv.add(CodeAfterSunset, Warning, hs, he, msg+" from sunset, but gives that day's Hebrew date, "+g.String())
	}
	return weightWarning
}

// beginsOnItsDay reports Hebrew date g said to begin on the evening of its
// own civil day ("22 Tishrei 5780 begins at sundown on October 21st,
// 2019"; parse.Begins): it began at sunset the day before, and that
// evening is the next Hebrew day's. An error, as a date said to begin a
// day late is no site's custom of printing (compare dayForEvening).
func (rv *resolver) beginsOnItsDay(g hebrew.Date, report bool) int {
	if report {
		f := &rv.f
		gs, ge := f.gSpan()
		hs, he := f.hSpan()
		y, m, d := g.Gregorian()
		msg := g.String() + " is " + dateText(y, m, d) + ": it begins at sunset on " + dateText(y, m, d-1) +
			"; the evening of " + monthName(int(m)) + " " + itoa(d) + " is " + g.AddDays(1).String()
		rv.add(CodeCalendar, Error, min(gs, hs), max(ge, he), msg)
	}
	return weightError
}

// checkWeekday checks the weekday against the civil day whose Hebrew date
// is d.
func (rv *resolver) checkWeekday(d hebrew.Date, start, end int, report bool) int {
	f := &rv.f
	if !f.hasW || f.civilW == d.Weekday() || rv.endWeekdayDate(d) {
		return 0
	}
	if report {
		// The most common problem of all, written in one buffer. Where the
		// weekday is a range's end's alone ("desde el 14 y hasta el martes
		// 22 de diciembre de 2025"), the message names that day, not the
		// start's weekday the two imply.
		day, is, named := d, " is a ", f.civilW
		endOnly := rv.endWeekdayOnly()
		if endOnly {
			day, is, named = d.AddDays(int(f.weekday.Shift)), ", the end of the range, is a ", time.Weekday(f.weekday.Value%7)
		}
		y, m, dd := day.Gregorian()
		var b [128]byte
		msg := appendDate(b[:0], y, m, dd)
		msg = append(msg, is...)
		msg = append(msg, day.Weekday().String()...)
		msg = append(msg, ", not a "...)
		msg = append(msg, named.String()...)
		switch {
		case endOnly:
		case f.weekday.Shift > 0 && !f.night:
			// "Erev Shabbat, March 2, 2024": the text names Friday, as
			// the eve of Saturday; "the weekday named is Saturday"
			// said the opposite of the message's "not a Friday".
			msg = append(msg, " (the eve of "...)
			msg = append(msg, time.Weekday(f.weekday.Value).String()...)
			msg = append(msg, ", which the text names)"...)
		case f.weekday.Shift < 0 && !f.night:
			msg = append(msg, " (the day after "...)
			msg = append(msg, time.Weekday(f.weekday.Value).String()...)
			msg = append(msg, ", which the text names)"...)
		case f.weekday.Shift != 0 || f.night:
			msg = append(msg, " (the weekday named is "...)
			msg = append(msg, time.Weekday(f.weekday.Value).String()...)
			msg = append(msg, ')')
		}
		if other, ok := foreignWeekday(f.input, &f.weekday, &f.gMonth); ok {
			// "do. 7 de janeiro de 2024": "do." is German's and
			// Dutch's Thursday, no Portuguese weekday, and was said to
			// be no Sunday as if the date's language had written it.
			msg = append(msg, "; but "...)
			msg = append(msg, quote(f.input[f.weekday.Start:f.weekday.End])...)
			msg = append(msg, " was read in "...)
			msg = append(msg, f.weekday.Lang.String()...)
			msg = append(msg, ", and the date is written in "...)
			msg = append(msg, other.String()...)
			msg = append(msg, ", which writes no weekday so: write the weekday as the date's language does"...)
		}
		rv.add(CodeWeekday, Error, start, end, string(msg))
	}
	return weightError
}

// foreignWeekday returns the language of month m, a name, where weekday w
// is another language's name, not English's, that m's language writes
// for no weekday in any of its forms: the weekday was read in a language
// the date is not written in, and its day is that language's guess ("do."
// is German's and Dutch's Thursday, Spanish's Sunday).
func foreignWeekday(s string, w, m *parse.Field) (layout.Lang, bool) {
	if m.Kind != layout.Month || m.Lang == layout.English || w.Lang == layout.English || m.Lang == w.Lang || w.End > len(s) || w.Start >= w.End ||
		m.Form != layout.Long && m.Form != layout.Short && m.Form != layout.ShortDot ||
		w.Form != layout.Long && w.Form != layout.Short && w.Form != layout.ShortDot {
		return 0, false
	}
	text := strings.TrimSuffix(s[w.Start:w.End], ".")
	for d := range 7 {
		for _, n := range [...]string{m.Lang.WeekdayName(d, layout.Long), m.Lang.WeekdayName(d, layout.Short), m.Lang.WeekdayMin(d)} {
			if n != "" && strings.EqualFold(strings.TrimSuffix(n, "."), text) {
				return 0, false
			}
		}
	}
	return m.Lang, true
}

// endWeekdayOnly reports whether the dateline's one weekday is the end's
// of a range whose start names none, after the start's day in the text
// and Shift days on: "desde el 14 y hasta el lunes 22 de diciembre" (see
// parse's endWeekdayDay).
func (rv *resolver) endWeekdayOnly() bool {
	f := &rv.f
	return f.hasW && f.hasGDay && f.hasRange && !f.night && f.weekday.Shift > 0 &&
		f.weekday.Flags&(parse.Night|parse.NightBefore|parse.NamesNextDay) == 0 && f.weekday.Start > f.gDay.End
}

// endWeekdayDate reports whether civil day d is the end of a range of
// weekdays with one date, that of its end: "Wednesday–Thursday, October
// 2, 2025" (the 141st held-out round's report) names Thursday's date,
// and was said to name a Wednesday that October 2 is not. A date that is
// neither weekday's is the weekday error still.
func (rv *resolver) endWeekdayDate(d hebrew.Date) bool {
	f := &rv.f
	return f.hasEndW && f.gEnd == 0 && !f.night && f.endW == d.Weekday()
}

// monthContains checks that a Gregorian day falls in Hebrew month hm of hy.
func (rv *resolver) monthContains(hy int, hm hebrew.Month, g hebrew.Date, report bool) int {
	if g.Year == hy && g.Month == hm {
		return 0
	}
	if report {
		s, e := rv.f.hSpan()
		y, m, d := g.Gregorian()
		rv.add(CodeCalendar, Error, s, e, dateText(y, m, d)+" is "+g.String()+", not in "+hebrew.Spelling{}.Name(hm, hebrew.IsLeapYear(hy))+" "+itoa(hy))
	}
	return weightError
}

// gregorianMonthContains checks that Hebrew date h falls in Gregorian month
// gm of gy.
func (rv *resolver) gregorianMonthContains(gy, gm int, h hebrew.Date, report bool) int {
	y, m, d := rv.textDate(h)
	if y == gy && int(m) == gm {
		return 0
	}
	if report {
		s, e := rv.f.gSpan()
		rv.add(CodeCalendar, Error, s, e, h.String()+" is "+dateText(y, m, d)+", not in "+monthName(gm)+" "+itoa(gy))
	}
	return weightError
}

// dayOfMonth checks a civil day stated without its month, whose month
// the Hebrew date beside it gives (domingo 14 (24 Kislev)), against the
// day civilDay of that Hebrew date.
func (rv *resolver) dayOfMonth(civilDay hebrew.Date, report bool) int {
	y, m, d := rv.textDate(civilDay)
	if d == rv.f.gDay.Value {
		return 0
	}
	if report {
		rv.add(CodeCalendar, Error, rv.f.gDay.Start, rv.f.gDay.End,
			civilDay.String()+" is "+dateText(y, m, d)+", not day "+itoa(rv.f.gDay.Value)+" of its month")
	}
	return weightError
}

// monthsOverlap checks that a Gregorian month and a Hebrew month share a
// day.
func (rv *resolver) monthsOverlap(c cand, gm int, hm hebrew.Month, report bool) int {
	if gm < 1 || gm > 12 || hebrew.DaysInMonth(c.hy, hm) == 0 {
		return 0
	}
	first := hebrew.Date{Year: c.hy, Month: hm, Day: 1}
	last := hebrew.Date{Year: c.hy, Month: hm, Day: hebrew.DaysInMonth(c.hy, hm)}
	fy, fm, _ := rv.textDate(first)
	ly, lm, _ := rv.textDate(last)
	key := func(y int, m time.Month) int { return y*12 + int(m) - 1 }
	g := c.gy*12 + gm - 1
	if g >= key(fy, fm) && g <= key(ly, lm) {
		return 0
	}
	if report {
		s, e := rv.f.gSpan()
		y1, m1, d1 := rv.textDate(first)
		y2, m2, d2 := rv.textDate(last)
		rv.add(CodeCalendar, Error, s, e, hebrew.Spelling{}.Name(hm, hebrew.IsLeapYear(c.hy))+" "+itoa(c.hy)+" runs from "+
			dateText(y1, m1, d1)+" to "+dateText(y2, m2, d2)+", not in "+monthName(gm)+" "+itoa(c.gy))
	}
	return weightError
}

// gregorianError reports a Gregorian date that does not exist.
func (rv *resolver) gregorianError(c cand, m, d int, err error) {
	f := &rv.f
	de, ok := dateErrorOf(err)
	if !ok {
		return
	}
	dayF, monthF := f.gDay, f.gMonth
	if c.swapped && !f.byName {
		dayF, monthF = monthF, dayF
	}
	switch {
	case de.Field == "year" || de.Err == hebrew.ErrRange && de.Field != "day" && de.Field != "month":
		s, e := f.gSpan()
		if f.hasGY {
			s, e = f.gYear.Start, f.gYear.End
		}
		rv.add(CodeOutOfRange, Error, s, e, "the year "+itoa(c.gy)+" is outside the Gregorian years this calendar supports, "+gregorianYears)
	case de.Field == "month":
		rv.add(CodeNoSuchDay, Error, monthF.Start, monthF.End, "there is no month "+itoa(m)+"; months run from 1 to 12")
	case de.Err == hebrew.ErrNoSuchDay:
		year := itoa(c.gy)
		if c.gy >= 0 && c.gy < 1000 {
			year = "of the year " + year // "February 1 has 28 days" reads as a day
		}
		msg := monthName(m) + " " + year + " has " + itoa(de.Limit) + " days, so there is no " + monthName(m) + " " + itoa(d)
		if m == 2 && d == 29 && c.gy < 1923 && rv.f.calendar() == layout.Gregorian && julian.Valid(c.gy, time.February, 29) {
			// February 29, 1900: a day of the Julian calendar, which
			// countries kept until 1918 and 1923 (see
			// settleJulianLeapDay for a year before the reform).
			gy, gm, gd := julian.ToGregorian(c.gy, time.February, 29)
			msg += "; it is a day of the Julian calendar, " + dateText(gy, gm, gd) + " in the Gregorian, as countries " +
				"that kept the Julian until 1918 or 1923 wrote it; if it is one, say so (O.S.)"
		}
		rv.add(CodeNoSuchDay, Error, dayF.Start, dayF.End, msg)
	case d < 1 || d > 31:
		rv.add(CodeNoSuchDay, Error, dayF.Start, dayF.End, "there is no day "+itoa(d)+" in any month")
	default:
		s, e := f.gSpan()
		rv.add(CodeOutOfRange, Error, s, e, monthName(m)+" "+itoa(d)+", "+itoa(c.gy)+" is outside the days this calendar supports")
	}
}

// dateErrorOf returns the *hebrew.DateError of a conversion of package
// hebrew that failed, as errors.As finds it, without errors.As's
// reflection: they return it unwrapped, and its Err is the sentinel
// (ErrRange, ErrNoSuchDay, ErrAdarCommonYear) that errors.Is matches.
func dateErrorOf(err error) (*hebrew.DateError, bool) {
	de, ok := err.(*hebrew.DateError)
	return de, ok
}

// hebrewError reports a Hebrew date that does not exist.
func (rv *resolver) hebrewError(hy int, hm hebrew.Month, err error) {
	f := &rv.f
	name := hebrew.Spelling{}.Name(hm, hebrew.IsLeapYear(hy))
	var sentinel error
	if de, ok := dateErrorOf(err); ok {
		sentinel = de.Err
	}
	switch {
	case sentinel == hebrew.ErrNoSuchDay:
		rv.add(CodeNoSuchDay, Error, f.hDay.Start, f.hDay.End, name+" "+itoa(hy)+" has 29 days, so there is no "+itoa(f.hDay.Value)+" "+name)
	case sentinel == hebrew.ErrAdarCommonYear:
		rv.add(CodeAdarCommonYear, Error, f.hMonth.Start, f.hMonth.End, itoa(hy)+" is a common year with a single Adar, so there is no Adar II")
	default:
		rv.add(CodeNoSuchDay, Error, f.hDay.Start, f.hDay.End, "there is no day "+itoa(f.hDay.Value)+" in a Hebrew month; months have 29 or 30 days")
	}
}

// adarAmbiguous says which Adar a bare Adar in a leap year was read as,
// and what showed it: the Gregorian date (confirmed), the weekday
// (byWeekday), the occasion named on that day (byOccasion), or nothing.
// It reports true if it refuses the reading, an Adar whose qualifier is
// misspelt, whose day the report must then not give: "22 Adar Sheny
// 5784" was refused, and scan still wrote "=> Monday, April 1, 2024 |
// 22 Adar II 5784" beside the error, the guess it refused.
func (rv *resolver) adarAmbiguous(hy int, hm hebrew.Month, confirmed, byWeekday, byOccasion bool) bool {
	f := &rv.f
	which := "Adar I"
	if hm == hebrew.AdarII {
		which = "Adar II"
	}
	if confirmed || byWeekday || byOccasion {
		by := "Gregorian date"
		switch {
		case byWeekday:
			by = "weekday"
		case byOccasion:
			by = "occasion named"
		}
		rv.add(CodeAdarAmbiguous, Info, f.hMonth.Start, f.hMonth.End,
			itoa(hy)+" is a leap year with two Adars; the "+by+" shows this Adar is "+which)
		return false
	}
	if f.hMonth.Flags&parse.AdarUnread != 0 && f.hMonth.End <= len(f.input) {
		// "22 Adar Risho 5784": the text says which, in a word not read
		// (see parse.AdarUnread). Taking it for Adar II, with a warning
		// that nothing said which, was a month off and untrue.
		rv.add(CodeAdarAmbiguous, Error, f.hMonth.Start, f.hMonth.End, itoa(hy)+" is a leap year with two Adars, and "+
			quote(f.input[f.hMonth.Start:f.hMonth.End])+" is no Adar I or Adar II this reader knows (write Adar I or Adar II)")
		return true
	}
	if f.hasHY && rv.adarDigitDay() == 1 {
		// "Adar 1 5784": Adar 1 is a spelling of Adar I, a month with no
		// day, or the 1st of an Adar nothing names; taking it for 1 Adar
		// II, with a warning that nothing said which, was a month off
		// where Adar I was meant (found trying the command as an
		// adversary). Without a year ("Adar 1", a layout's example) it
		// is the day, with the warning, as before.
		rv.add(CodeAdarAmbiguous, Error, f.hMonth.Start, f.hDay.End, itoa(hy)+" is a leap year with two Adars, and "+
			quote(f.input[f.hMonth.Start:f.hDay.End])+" is Adar I, a month with no day, or the 1st of an Adar it does not name (write 1 Adar I or 1 Adar II)")
		return true
	}
	rv.add(CodeAdarAmbiguous, Warning, f.hMonth.Start, f.hMonth.End, adarUnsaid(hy, which))
	return false
}

// adarDigitDay returns the day of a bare Adar written after it as the
// digit that also spells Adar I or Adar II ("Adar 1, 5784", "Adar 2
// 5784"; see hebrew.MonthName.BaseLen), 1 or 2, or 0 for any other.
func (rv *resolver) adarDigitDay() int {
	f := &rv.f
	if !f.hasHMonth || !f.hasHDay || f.hMonth.Value != int(hebrew.Adar) || f.hMonth.Flags&parse.Qualified != 0 ||
		f.hDay.Shift != 0 || f.hDay.Start < f.hMonth.End || f.hDay.End > len(f.input) {
		return 0
	}
	name, ok := hebrew.MatchMonth(f.input[f.hMonth.Start:])
	if !ok || !name.Qualified || name.BaseLen >= name.Len || f.hMonth.Start+name.Len != f.hDay.End {
		return 0
	}
	return f.hDay.Value
}

// adarByOccasion reports whether the occasion the dateline names on its
// own day, not its eve, falls on day day of month hm of Hebrew year hy:
// the name says which Adar a bare one is, as a weekday does. "Пурим 14 –
// 15 Адара 5771/ 2011" (a Chabad page's title, the 302nd held-out round)
// and "Purim 14 Adar 5784" were warned that nothing said which Adar,
// where Purim is Adar II's and Purim Katan Adar I's. A fast named on its
// own date, a Shabbat, that it is kept before (see movedFastDay) is that
// date's as much: "Ta'anit Esther, 13 Adar 5784" (13 Adar II, a
// Saturday; the fast was kept on Thursday, 11 Adar II) was warned that
// nothing said which Adar, where "Ta'anit Esther, 13 Adar 5785" was not.
func (rv *resolver) adarByOccasion(hy int, hm hebrew.Month, day int) bool {
	f := &rv.f
	if !f.hasHoliday || f.holidayEve || f.holiday.Shift != 0 {
		return false
	}
	if d, err := hebrew.NewDate(hy, hm, day); err == nil && rv.namesMovedFast(d) {
		return true
	}
	for _, s := range rv.schedules() {
		if o, ok := occasion.Find(f.holidayName, hy, s); ok && o.Date.Month == hm && o.Date.Day == day {
			return true
		}
	}
	return false
}

// adarUnsaid is the message of a bare Adar of leap year hy read as which,
// with nothing in the dateline to say so.
func adarUnsaid(hy int, which string) string {
	return itoa(hy) + " is a leap year with two Adars, and nothing in the dateline says which; it was read as " + which +
		" (write Adar I or Adar II)"
}

// sentenceNames says which year of its sentence a match of Find without
// one took: the one the sentence names, before or after it, or the one a
// date before it took by the occasion it names.
func (rv *resolver) sentenceNames() string {
	if rv.o.sentenceRelative != "" {
		return "the text names no year; its sentence says " + quote(rv.o.sentenceRelative) + ", " + itoa(rv.o.sentenceSaid) + " by the reference"
	}
	if rv.o.sentenceOccasion {
		return "the text names no year; the date before it in its sentence, dated by the occasion it names, is in " + itoa(rv.o.sentenceSaid)
	}
	return "the text names no year; its sentence names " + itoa(rv.o.sentenceSaid) + rv.sentenceWhere()
}

// sentenceWhere says where the sentence names the year a match of Find
// took: before it or after it.
func (rv *resolver) sentenceWhere() string {
	if rv.o.sentenceAfter {
		return " after it"
	}
	return " before it"
}

// yearInferred says which year was taken for a dateline that names none.
func (rv *resolver) yearInferred(c cand, civil hebrew.Date, ok bool) {
	f := &rv.f
	var s, e int
	var msg string
	ref := dateText(rv.reference().Date())
	if f.hasGMonth && rv.o.sentenceYear != 0 {
		s, e = f.gSpan()
		msg := rv.sentenceNames()
		if rv.o.sentenceSaid >= 3000 {
			// A Hebrew year (see hebrewSentenceYear, laterHebrewYear).
			msg = "the text names no year; its sentence names the Hebrew year " + itoa(rv.o.sentenceSaid) + rv.sentenceWhere()
			if ok && civil.Year < rv.o.sentenceSaid {
				msg += ", on whose eve the date falls in " + itoa(rv.o.sentenceYear)
			} else {
				msg += ", within which the date falls in " + itoa(rv.o.sentenceYear)
			}
		} else if rv.o.sentenceYear != rv.o.sentenceSaid && rv.o.sentenceAfter {
			msg += ", before whose date its month comes in " + itoa(rv.o.sentenceYear) // December 28 ... January 3, 2026
		} else if rv.o.sentenceYear != rv.o.sentenceSaid {
			msg += ", after whose date its month comes in " + itoa(rv.o.sentenceYear) // December 28, 2025 ... January 3
		}
		rv.add(CodeYearInferred, Info, s, e, msg)
		return
	}
	if _, ok := rv.sentenceHebrewYear(); ok {
		s, e = f.hSpan()
		msg := rv.sentenceNames()
		if rv.o.sentenceHebrew == 0 {
			msg += ", in which the day falls in " + itoa(c.hy)
		}
		rv.add(CodeYearInferred, Info, s, e, msg)
		return
	}
	if c.rare == rareNone {
		return // the occasion's error says no year has it
	}
	which, within := " is the most recent", ", up to six months after "+ref
	switch {
	case f.past && f.hasGMonth && !f.hasW:
		within = ", as the text says it is past, on or before " + ref // no passado dia 27 de janeiro
	case f.next && f.hasGMonth && !f.hasW:
		which, within = " is the next", ", as the text says it is to come, on or after "+ref
	case rv.afterHalfYear(c, civil, ok):
		// An occasion's date, which the next year may be the nearest
		// to fit (Yom Kippur – October 11).
		which, within = " is the next", ", after "+ref
	}
	if f.hasGMonth {
		s, e = f.gSpan()
		msg = "the text names no year; " + itoa(c.gy) + which + " year"
	} else {
		s, e = f.hebrewNameSpan()
		msg = "the text names no year; " + itoa(c.hy) + which + " Hebrew year"
	}
	switch {
	case c.rare == rareFound:
		// "Tisha B'Av Nidcheh": no nearer year has it (see searchYears).
		msg += " with " + f.holidayName
	case f.hasW && ok && civil.Weekday() != f.civilW && !rv.endWeekdayDate(civil):
		// "Yom Kippur, Sunday": no year's does, and the weekday error
		// says so, where this info said the year's date fit it.
		msg += " whose date is nearest, as no year's fits the weekday"
	case f.hasW && f.hasGMonth && f.hasHMonth:
		msg += " whose dates fit each other and the weekday"
	case f.hasW && f.hasGMonth && f.hasHoliday && ok && rv.checkOccasions(civil, false) == 0:
		msg += " whose date is the occasion's and fits the weekday" // Tisdag 15 april, pesach 1
	case f.hasW && f.hasGMonth && f.hasHoliday && ok && rv.checkEvening(civil.AddDays(1), false) == 0:
		msg += " whose date is the occasion's eve and fits the weekday" // Rosh Hashanah begins at sundown, Sunday, Sept. 13
	case f.hasW:
		msg += " whose date fits the weekday"
	case f.hasGMonth && f.hasHMonth:
		msg += " whose dates fit each other"
	case f.hasGMonth && f.hasHoliday && ok && rv.checkOccasions(civil, false) == 0:
		msg += " whose date is the occasion's" // 16.09. Jom Kippur
	case f.hasGMonth && f.hasHoliday && ok && (f.holidayEve || f.gEnd != 0) && rv.checkEvening(civil.AddDays(1), false) == 0:
		msg += " whose date is the occasion's eve" // Iom Kipur comenzará el 1 de octubre; Рош га-Шана 15-17 вересня
	default:
		msg += " whose date is nearest"
	}
	msg += within
	if c.rare == rareFound {
		msg += " (no year nearer has one)"
	}
	rv.add(CodeYearInferred, Info, s, e, msg)
}

// occasionEvening reads candidate e as the evening of its civil day, on
// which the occasion begins: its Hebrew date is next, the occasion's, and
// an info says so. It reports true.
func (rv *resolver) occasionEvening(e *evaluation, next hebrew.Date, report bool) bool {
	e.h, e.hOK = next, true
	e.score += rv.checkEvening(next, report)
	if report {
		rv.eveningInfo(e, next)
	}
	return true
}

// eveningInfo says, as an info on the civil date, that candidate e's
// evening is next, from sunset: the Hebrew date it gives, a day ahead of
// the civil one.
func (rv *resolver) eveningInfo(e *evaluation, next hebrew.Date) {
	s, end := rv.f.gSpan()
	rv.add(CodeAfterSunset, Info, s, end, "the evening of "+weekdayDate(e.civil)+" is "+next.String()+", from sunset")
}

// begunBefore reads an occasion that a verb says begins on the civil
// day's evening: where next is its first day, the text names next, from
// sunset, as occasionEve reads a day before the occasion's; where next is
// a later day of it (a festival's eve and first day both are its, see
// occasionEve), or no day of it, the text still names next, with an
// occasion error that names the evening it begins. It reports whether it
// scored the occasion, as occasionEve does: not where the year has none.
func (rv *resolver) begunBefore(e *evaluation, next hebrew.Date, report bool) bool {
	f := &rv.f
	name := f.holidayName
	if rv.erevOf(e.civil, next) {
		// "Erev Sukkot begins at sundown on Oct. 2" (the Stowe
		// Reporter, 2020, the hundred-and-fifty-seventh held-out round):
		// English pages say an Erev begins at the sundown of its own
		// day, the evening (erev) on which its festival begins, not at
		// the day before's. The text names that evening, the festival's
		// first day from sunset, as "Erev Sukkot, Friday, Oct. 2, 2020,
		// at sundown" does; the error said the Erev began on October 1.
		return rv.occasionEvening(e, next, report)
	}
	var first hebrew.Date
	for _, s := range rv.schedules() {
		o, ok := occasion.Find(name, next.Year, s)
		if !ok {
			return false
		}
		if first = o.Date; first == next {
			break
		}
		// The occasion nearest the evening named, which may be of the
		// next Hebrew year or the last: "Rosh Hashanah 2024 falls on the
		// evening of September 25th" (23 Elul 5784) is wrong by a week
		// to 5785's, where the error named 5784's, a year before.
		for _, y := range [...]int{next.Year + 1, next.Year - 1} {
			if o, ok := occasion.Find(name, y, s); ok && abs(o.Date.DaysSince(next)) < abs(first.DaysSince(next)) {
				first = o.Date
			}
		}
	}
	switch {
	case first.IsZero():
		return false
	case first == next:
		return rv.occasionEvening(e, next, report)
	case first == e.civil && rv.verbAlone():
		// "Hanukkah began on December 8, 2023": with no word for the
		// evening, the day its first, as calendars print a festival,
		// where the error said it begins on the evening of December 7.
		e.h, e.hOK = e.civil, true
		if report {
			y, m, d := first.AddDays(-1).Gregorian()
			cy, cm, cd := first.Gregorian()
			rv.add(CodeOccasion, Info, f.holiday.Start, f.holiday.End, name+" "+itoa(first.Year)+" begins on the evening of "+
				dateText(y, m, d)+"; "+dateText(cy, cm, cd)+" is its first day")
		}
		return true
	}
	// The text names the evening all the same: its Hebrew date, from
	// sunset, is next, which the error is of ("Passover 2025 will begin
	// at sundown on Friday, April 18th" is 21 Nisan, where it was read
	// as the Friday's own 20 Nisan).
	e.h, e.hOK = next, true
	e.score += weightError
	if report {
		y, m, d := first.AddDays(-1).Gregorian()
		rv.add(CodeOccasion, Error, f.holiday.Start, f.holiday.End, name+" "+itoa(first.Year)+" begins on the evening of "+
			dateText(y, m, d)+", not of "+weekdayDate(e.civil))
	}
	return true
}

// erevOf reports whether the dateline's occasion is an Erev (Erev
// Sukkot, Erev Rosh Hashana) that falls on civil, the day before next, in
// civil's Hebrew year: Erev Rosh Hashana's day is the last of the year
// before its festival's.
func (rv *resolver) erevOf(civil, next hebrew.Date) bool {
	if civil.IsZero() || civil.AddDays(1) != next {
		return false
	}
	for _, s := range rv.schedules() {
		if o, ok := occasion.Find(rv.f.holidayName, civil.Year, s); ok && o.Kind == occasion.Erev && o.Date == civil {
			return true
		}
	}
	return false
}

// verbAlone reports whether the words before the civil date, the
// occasion's and a verb's, say it begins with no word for the evening (see
// parse.SaysEvening), and the date states its year and no time of day:
// "began on December 8, 2023", not "will begin at sundown on", "the first
// night of", nor "begins at 7:21 p.m., Monday, Sept. 17". Without a year the eve's reading
// chooses it, as before: the first day's would put "Passover begins on
// April 22" in 2027, where 2024's eve was read.
func (rv *resolver) verbAlone() bool {
	f := &rv.f
	gs, _ := f.gSpan()
	return f.hasGDay && f.hasGY && !f.hasClock && f.holiday.End <= gs && !parse.SaysEvening(f.input[:gs])
}

// afterHalfYear reports whether the day taken for a dateline that names
// no year, c's (or civil, where the text names no Gregorian month), is
// more than six months after the reference: one whose year an occasion's
// date chose, which the message of yearInferred then says.
func (rv *resolver) afterHalfYear(c cand, civil hebrew.Date, ok bool) bool {
	ly, lm, ld := rv.reference().AddDate(0, 6, 0).Date()
	limit := time.Date(ly, lm, ld, 0, 0, 0, 0, time.UTC)
	if rv.f.hasGMonth {
		m, d := rv.gregorianMonthDay(c)
		return time.Date(c.gy, time.Month(m), max(d, 1), 0, 0, 0, 0, time.UTC).After(limit)
	}
	if !ok {
		return false
	}
	y, m, d := civil.Gregorian()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).After(limit)
}

// clock returns the hour of the day (0-23) the text gives, checking it.
func (rv *resolver) clock(report bool) (int, int) {
	f := &rv.f
	if !f.hasClock {
		return 0, 0
	}
	h, _ := rv.clockHour()
	score := 0
	if f.hasAMPM && parse.NightAM(&f.ampm) && !f.night {
		// "March 5 at 12:30 at night": the night that begins the 5th,
		// or the one that ends it.
		score = weightWarning
		if report {
			s, e := rv.clockSpan()
			rv.add(CodeDateAmbiguous, Warning, s, e, quote(f.input[s:e])+" may be in the night that begins the day named or in the one that ends it; it was read as the first, "+
				clockText(time.Date(2000, 1, 1, h, f.minute.Value, 0, 0, time.UTC))+" on the day named (name the evening, or write am)")
		}
	}
	if h > 23 {
		if report && rv.endOfDay() {
			// "March 2, 2024 24:00", "2024-03-02T24:00": ISO 8601's end of
			// the day, the same instant as 00:00 on the next. It is
			// refused, not read: read as the day it ends, its time
			// would be on the next day, and read as that instant, its day
			// would (a dateline names one day, its time on that day).
			// A range to it is the range to the day's end, whose end is
			// not kept: "18:00-24:00" reads 18:00 (see clockRange). It
			// was "there is no hour 24 in a day", which ISO 8601 has.
			rv.add(CodeOutOfRange, Error, f.hour.Start, max(f.hour.End, f.minute.End, f.second.End),
				quote(f.input[f.hour.Start:max(f.hour.End, f.minute.End, f.second.End)])+" is the end of the day, the same moment as 00:00 on the next, and names no time on the day the dateline names (write 23:59, or 00:00 with the next day's date)")
		} else if report {
			rv.add(CodeOutOfRange, Error, f.hour.Start, max(f.hour.End, f.minute.End), "there is no hour "+itoa(f.hour.Value)+" in a day; hours run from 0 to 23")
		}
		return 0, weightError
	}
	if f.hasSecond && f.second.Value > 59 && !(f.second.Value == 60 && f.minute.Value == 59) {
		if report {
			msg := "there is no second " + itoa(f.second.Value) + " in a minute"
			if f.second.Value == 60 {
				msg = noLeapSecond
			}
			rv.add(CodeOutOfRange, Error, f.second.Start, f.second.End, msg)
		}
		return h, weightError
	}
	return h, score // a second 60 after minute 59 is leapSecond's to judge
}

// endOfDay reports whether the dateline's time of day is 24:00 (24:00:00,
// 24:00:00.000), ISO 8601's end of the day, with no AM or PM.
func (rv *resolver) endOfDay() bool {
	f := &rv.f
	return f.hasClock && !f.hasAMPM && f.hour.Value == 24 && f.minute.Value == 0 &&
		(!f.hasSecond || f.second.Value == 0) && f.nanosecond() == 0
}

// clockSecond returns the second of the dateline's time of day: a leap
// second, 60, is read as 59, the second before it, which time.Time has no
// second for (see leapSecond).
func (f *facts) clockSecond() int {
	if !f.hasSecond {
		return 0
	}
	return min(f.second.Value, 59)
}

// leapSecond checks a time of day at second 60 of minute 59 on the civil
// day y-m-d (the next morning's for morning) at hour in loc, returning its
// score. A minute has a second 60 only at a leap second, which ends June
// 30 or December 31 UTC in the years of leapSecondDays: "2016-12-31T23:59:60Z"
// and "2017-01-01 08:59:60 +09:00" are that second, read as the second
// before it, 23:59:59 UTC, with a warning that says so; "2024-03-02
// 23:59:60" and "2024-06-30T23:59:60Z" (no leap second that year) are
// errors. Every second 60 was "there is no second 60 in a minute", the
// leap seconds' too.
func (rv *resolver) leapSecond(day hebrew.Date, ok bool, hour int, morning bool, loc *time.Location, report bool) int {
	f := &rv.f
	if !f.hasClock || !f.hasSecond || f.second.Value != 60 || f.minute.Value != 59 || hour > 23 {
		return 0
	}
	leap := false
	var end time.Time
	if ok {
		y, m, d := day.Gregorian()
		if next := day.AddDays(1); morning && !next.IsZero() {
			y, m, d = next.Gregorian()
		}
		end = time.Date(y, m, d, hour, 59, 59, 0, loc).Add(time.Second).UTC()
		ly, lm, ld := end.AddDate(0, 0, -1).Date()
		leap = end.Hour() == 0 && end.Minute() == 0 && end.Second() == 0 && slices.Contains(leapSecondDays[:], [3]int{ly, int(lm), ld})
	}
	if !leap {
		if report {
			rv.add(CodeOutOfRange, Error, f.second.Start, f.second.End, noLeapSecond)
		}
		return weightError
	}
	if report {
		s, e := rv.clockSpan()
		y, m, d := end.AddDate(0, 0, -1).Date()
		rv.add(CodeOutOfRange, Warning, s, e, quote(f.input[s:e])+" is the leap second at the end of "+dateText(y, m, d)+" UTC, which a time here has no second for; it was read as the second before it, 23:59:59 UTC")
	}
	return weightWarning
}

// noLeapSecond is the message for a second 60 that is no leap second.
const noLeapSecond = "there is no second 60 in this minute: a minute has one only at a leap second, " +
	"the last of June 30 or December 31 UTC in a year that had one (the last was December 31, 2016)"

// leapSecondDays are the days UTC whose last minute had a second 60, from
// IERS Bulletin C: none has been added since December 31, 2016.
var leapSecondDays = [...][3]int{
	{1972, 6, 30}, {1972, 12, 31}, {1973, 12, 31}, {1974, 12, 31}, {1975, 12, 31}, {1976, 12, 31},
	{1977, 12, 31}, {1978, 12, 31}, {1979, 12, 31}, {1981, 6, 30}, {1982, 6, 30}, {1983, 6, 30},
	{1985, 6, 30}, {1987, 12, 31}, {1989, 12, 31}, {1990, 12, 31}, {1992, 6, 30}, {1993, 6, 30},
	{1994, 6, 30}, {1995, 12, 31}, {1997, 6, 30}, {1998, 12, 31}, {2005, 12, 31}, {2008, 12, 31},
	{2012, 6, 30}, {2015, 6, 30}, {2016, 12, 31},
}

// location returns the zone of the dateline's time: the zone it names, or
// the In option's.
func (rv *resolver) location(report bool) (*time.Location, int) {
	f := &rv.f
	if !f.hasZone {
		return rv.o.loc, 0
	}
	text := f.input[f.zone.Start:f.zone.End]
	if f.zone.Form != layout.ZoneName {
		return rv.offsetZone(report)
	}
	if rv.o.inGiven || rv.o.rule != nil {
		if off, ok := abbreviationOffset(rv.o.loc, text); ok {
			return fixedZone(text, off), 0
		}
	}
	z, ok := parse.LookupZone(text)
	if !ok {
		return rv.o.loc, 0
	}
	score := 0
	if z.Ambiguous {
		score = weightWarning
		if report {
			rv.add(CodeZoneAmbiguous, Warning, f.zone.Start, f.zone.End,
				text+" names several zones (Israel, India and Irish Standard Time); it was read as "+z.Location)
		}
	}
	if z.Location != "" && !z.Ambiguous {
		loc := loadLocation(z.Location)
		if loc == nil {
			if report {
				rv.add(CodeZone, Error, f.zone.Start, f.zone.End, "the zone "+z.Location+" for "+text+" is not in this system's time zone database")
			}
			return rv.o.loc, score + weightError
		}
		return loc, score
	}
	return fixedZone(text, z.Offset), score
}

// instant returns the moment the dateline names on the civil day whose
// Hebrew date is g.
func (rv *resolver) instant(g hebrew.Date, c cand) (time.Time, bool) {
	hour, bad := rv.clock(false)
	if bad != 0 {
		return time.Time{}, false
	}
	hour, morning, _ := rv.nightHour(g, hour, false)
	loc, _ := rv.location(false)
	y, m, d := g.Gregorian()
	if next := g.AddDays(1); morning && !next.IsZero() {
		y, m, d = next.Gregorian()
	}
	f := &rv.f
	t, _ := civil.At(y, m, d, hour, f.minute.Value, f.clockSecond(), f.nanosecond(), loc)
	return t, true
}

func (rv *resolver) dayStartName() string {
	if rv.o.nightfall {
		return "nightfall"
	}
	return "sunset"
}

// build writes the resolved Dateline.
func (rv *resolver) build(civilDay hebrew.Date, civilOK bool, h hebrew.Date, hOK bool, hm hebrew.Month, c cand, hour int, morning bool, loc *time.Location) {
	f := &rv.f
	if !civilOK {
		if f.hasHMonth && !f.hasHDay && c.hy >= hebrew.MinYear && c.hy <= hebrew.MaxYear && hebrew.DaysInMonth(c.hy, hm) > 0 {
			rv.dl = Dateline{Hebrew: hebrew.Date{Year: c.hy, Month: hm}}
		}
		return
	}
	y, m, d := civilDay.Gregorian()
	if next := civilDay.AddDays(1); morning && !next.IsZero() {
		y, m, d = next.Gregorian() // the evening's time after midnight
	}
	var dl Dateline
	if f.hasClock {
		var clock civil.Clock
		dl.Time, clock = civil.At(y, m, d, hour, f.minute.Value, f.clockSecond(), f.nanosecond(), loc)
		dl.HasTime = true
		if f.hasZone && f.zone.Form == layout.ZoneName {
			dl.Time = beforeZoneRules(dl.Time, f.input[f.zone.Start:f.zone.End])
			rv.zoneSeason(dl.Time)
		}
		switch clock {
		case civil.Skipped:
			rv.skipped(civilDay, dl, loc)
		case civil.Repeated:
			s, e := rv.clockSpan()
			rv.add(CodeZoneAmbiguous, Warning, s, e, "the clocks of "+loc.String()+" show "+f.input[s:e]+" twice on "+weekdayDate(civilDay)+
				", going back over it; it was read as the first, "+clockText(dl.Time)+" "+zoneAbbrev(dl.Time))
		}
	} else {
		var exists bool
		if dl.Time, exists = civil.DayStart(y, m, d, loc); !exists {
			rv.skipped(civilDay, dl, loc)
		}
	}
	switch {
	case hOK:
		dl.Hebrew = h
	case dl.HasTime && rv.o.rule != nil:
		dl.Hebrew = rv.o.hebrewAt(dl.Time)
	case f.night && !civilDay.AddDays(1).IsZero():
		// The evening the text names (Motzei Shabbat, March 23, 2024) is,
		// from sunset, the next day's.
		dl.Hebrew = civilDay.AddDays(1)
	default:
		dl.Hebrew = civilDay // the Hebrew date of the civil day, as hebrewAt gives without a rule
	}
	if stated, ok := rv.statedOccasionDay(dl.Hebrew); ok && !hOK {
		dl.Hebrew = stated
	}
	dl.zeroDay = dl.Time.IsZero()
	rv.dl = dl
}

// skipped reports a day, or a time of day, that the clocks of loc skip:
// dl is what build made of it, the first instant after a skipped day, or
// a skipped time read in the offset before the skip.
func (rv *resolver) skipped(day hebrew.Date, dl Dateline, loc *time.Location) {
	f := &rv.f
	y, m, d := day.Gregorian()
	if ty, tm, td := dl.Time.Date(); ty != y || tm != m || td != d {
		s, e := f.gSpan()
		if !f.hasGDay {
			s, e = f.hSpan()
		}
		py, pm, pd := day.AddDays(-1).Gregorian()
		rv.add(CodeTimeSkipped, Error, s, e, "the clocks of "+loc.String()+" skip "+weekdayDate(day)+
			" altogether, going from "+dateText(py, pm, pd)+" to "+dayText(dl.Time)+", so no instant there is on that day")
		return
	}
	s, e := rv.clockSpan()
	how := ", where a clock not yet set forward shows it"
	if h, _ := rv.clockHour(); dl.Time.Hour()*60+dl.Time.Minute() < h*60+f.minute.Value {
		// Nuuk's clocks go from 11 pm to midnight: a clock not yet set
		// forward shows 11:30 pm on the next day (see civil.At).
		how = ", in the offset after the skip, which keeps it on that day; a clock not yet set forward shows it on the next day"
	}
	rv.add(CodeTimeSkipped, Warning, s, e, "the clocks of "+loc.String()+" skip "+f.input[s:e]+" on "+weekdayDate(day)+
		", going forward over it; it was read as "+clockText(dl.Time)+" "+zoneAbbrev(dl.Time)+how)
}

// clockSpan returns the span of the time of day.
func (rv *resolver) clockSpan() (int, int) {
	f := &rv.f
	return f.hour.Start, max(f.hour.End, f.minute.End, f.second.End, f.ampm.End)
}

func zoneAbbrev(t time.Time) string {
	name, _ := t.Zone()
	return name
}

// civilYearDates returns, for a Hebrew date h whose year is a Gregorian
// year near the reference written as a Hebrew one (see
// gregorianYearAsHebrew), and a Gregorian day and month that take their
// year from it, which was gy before the common era: the Hebrew date of
// that day and month in the Gregorian year h's number names, and h's day
// and month in that date's Hebrew year.
func (rv *resolver) civilYearDates(h hebrew.Date, gy int, gm time.Month, gd int) (hebrew.Date, hebrew.Date, bool) {
	f := &rv.f
	if gy > 0 || f.hasGY || f.hYear.Form != layout.Plain || abs(h.Year-rv.reference().Year()) > nearGregorian {
		return h, h, false
	}
	g2, err := hebrew.FromGregorian(h.Year, gm, gd)
	if err != nil {
		return h, h, false
	}
	h2, err := hebrew.NewDate(g2.Year, h.Month, h.Day)
	if err != nil {
		return h, h, false
	}
	return g2, h2, true
}
