package dateline

import (
	"errors"
	"time"

	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/civil"
	"github.com/dualdate/dualdate/parse"
)

// invalid is the score of a candidate that cannot be meant at all.
const invalid = 1 << 20

// eval scores candidate c: the weighted count of its problems. In report
// mode it also writes the problems, with their messages, and the resolved
// Dateline into rv.
func (rv *resolver) eval(c cand, report bool) int {
	f := &rv.f
	score := 0
	if report {
		rv.problems = nil
		rv.dl = Dateline{}
	}

	// The Gregorian date.
	var g hebrew.Date // the Hebrew date of the Gregorian day
	gOK := false
	gm, gd := rv.gregorianMonthDay(c)
	if f.hasGMonth && f.hasGDay {
		h, err := rv.hebrewOfText(c.gy, gm, gd)
		if err == nil {
			g, gOK = h, true
		} else {
			score += weightError
			if !f.hasGY {
				// A day the text states is only missing in a year the
				// text does not state: a reading that needs that year
				// is worse than one with a mistake in what is stated.
				score += weightError
			}
			if report {
				rv.gregorianError(c, gm, gd, err)
			}
		}
	} else if f.hasGMonth && (c.gy < -3760 || c.gy > 6239) {
		score += weightError
		if report {
			rv.add(CodeOutOfRange, Error, f.gYear.Start, f.gYear.End,
				"the year "+itoa(c.gy)+" is outside the Gregorian years this calendar supports, -3760 to 6239")
		}
	}

	// The Hebrew date.
	var h hebrew.Date
	hOK := false
	hm := c.hm
	qualified := f.hMonth.Flags&parse.Qualified != 0
	hyOK := c.hy >= hebrew.MinYear && c.hy <= hebrew.MaxYear
	if f.hasHMonth {
		leap := hebrew.IsLeapYear(c.hy)
		if hm == hebrew.AdarII && !leap && !qualified {
			return invalid // a bare Adar is never Adar II in a common year
		}
		if qualified && (hm == hebrew.Adar || hm == hebrew.AdarII) && !leap && hyOK {
			score += weightError
			if report {
				which := "Adar I"
				if hm == hebrew.AdarII {
					which = "Adar II"
				}
				rv.add(CodeAdarCommonYear, Error, f.hMonth.Start, f.hMonth.End,
					itoa(c.hy)+" is a common year with a single Adar, so there is no "+which+"; it was read as Adar")
			}
			hm = hebrew.Adar
		}
		if !hyOK {
			score += weightError
			if report {
				s, e := f.hSpan()
				if f.hasHY {
					s, e = f.hYear.Start, f.hYear.End
				}
				rv.add(CodeOutOfRange, Error, s, e, "the Hebrew year "+itoa(c.hy)+" is outside the supported years 1 to 9999")
			}
		} else if f.hasHDay {
			d, err := hebrew.NewDate(c.hy, hm, f.hDay.Value)
			if which := rv.roshChodeshDay(); err == nil && which != 0 {
				var bad int
				d, bad = rv.whichRoshChodesh(d, which, report)
				score += bad
			}
			if err == nil && c.rc30 {
				// The first day of a two-day Rosh Chodesh; a month of 29
				// days before X has none.
				if d = d.AddDays(-1); d.Day != 30 {
					return invalid
				}
			}
			if err == nil {
				h, hOK = d, true
			} else {
				score += weightError
				if report {
					rv.hebrewError(c.hy, hm, err)
				}
			}
		}
	}

	// A holiday named instead of a Hebrew date: its day in the year.
	if f.hasHoliday && !f.hasHMonth && !f.hasGDay && hyOK {
		d, ok := rv.occasionIn(c.hy)
		switch {
		case !ok:
			score += weightError
			if report {
				rv.add(CodeOccasion, Error, f.holiday.Start, f.holiday.End, "there is no "+rv.f.input[f.holiday.Start:f.holiday.End]+" in "+itoa(c.hy))
			}
		case c.rc30 && (d.Day != 1 || d.AddDays(-1).Day != 30):
			return invalid // a Rosh Chodesh of one day
		default:
			if c.rc30 {
				d = d.AddDays(-1) // the first day of a two-day Rosh Chodesh
			}
			h, hOK = d, true
		}
	}
	if hOK && f.hasGY && !f.hasGMonth && !f.hasHY {
		// "Purim 2024", "Rosh Chodesh Elul, 1000": the Hebrew year whose
		// day is in that Gregorian year.
		if y, _, _ := h.Gregorian(); y != c.gy {
			return invalid
		}
	}

	// The comparison of the two calendars and the weekday.
	wdStart, wdEnd := f.weekday.Start, f.weekday.End
	var civil hebrew.Date // the Hebrew date of the civil day the dateline names
	civilOK := false
	var jr julianRead // a date that agrees only as a Julian date
	switch {
	case gOK && hOK:
		civil, civilOK = g, true
		if jr = rv.julianReading(c, gm, gd, g, h, true); jr.read {
			civil, score = jr.day, score+weightWarning+rv.compare(c, jr.day, h, report)
		} else {
			score += rv.compare(c, g, h, report)
		}
	case gOK:
		civil, civilOK = g, true
		if f.hasHMonth && !f.hasHDay && hyOK {
			score += rv.monthContains(c.hy, hm, g, report)
		}
		if jr = rv.julianReading(c, gm, gd, g, h, false); jr.read {
			civil, score = jr.day, score+weightWarning
		} else {
			score += rv.checkWeekday(g, wdStart, wdEnd, report)
		}
	case hOK:
		civil, civilOK = h.AddDays(-c.night), true
		if civil.IsZero() {
			civil, civilOK = h, true
		}
		if f.hasGMonth && !f.hasGDay && c.gy != 0 {
			score += rv.gregorianMonthContains(c.gy, gm, h, report)
		}
		score += rv.checkWeekday(civil, wdStart, wdEnd, report)
		if c.night == 1 && report {
			rv.add(CodeAfterSunset, Warning, min(f.hDay.Start, f.hMonth.Start), max(f.hDay.End, f.hMonth.End),
				h.String()+" begins at sunset on "+weekdayDate(civil)+", the evening the dateline names, so the Hebrew date is a day ahead of that day")
		}
	case f.hasGMonth && !f.hasGDay && f.hasHMonth && !f.hasHDay && hyOK:
		score += rv.monthsOverlap(c, gm, hm, report)
	}

	if report && gOK {
		rv.julianProblem(jr, c, gm, gd, h, hOK)
	}

	// The holiday and portion the dateline names, on its day.
	if (f.hasHoliday || f.hasPortion) && (hOK || civilOK) {
		day := civil
		if hOK {
			day = h
		}
		score += rv.checkOccasions(day, report)
	}

	// What was guessed.
	if f.hasHMonth && !qualified && (hm == hebrew.Adar || hm == hebrew.AdarII) && hyOK && hebrew.IsLeapYear(c.hy) {
		confirmed := gOK && hOK && score == 0 || gOK && !f.hasHDay
		if !confirmed {
			score += weightWarning
		}
		if report {
			rv.adarAmbiguous(c.hy, hm, confirmed)
		}
	}
	if report && (c.gyGuess && f.hasGMonth || c.hyGuess && (f.hasHMonth || f.hasHoliday) && !f.hasGMonth) {
		rv.yearFar(c)
		rv.yearInferred(c, civil, civilOK)
	}
	if report && f.hasGY && f.hasGMonth && !f.hasHY {
		rv.hebrewYearAsGregorian(c)
	}
	if report && f.hasHY && f.hasHMonth && !f.hasGY {
		rv.gregorianYearAsHebrew(c)
	}
	if report && !f.hasGDay && !f.hasHDay && !hOK {
		s, e := f.gSpan()
		hs, he := f.hSpan()
		if f.hasHMonth && (!f.hasGMonth || hs < s) {
			s = hs
		}
		if he > e {
			e = he
		}
		rv.add(CodeMonthOnly, Info, s, e, rv.monthOnly(c, gm, hm))
	}

	// The time of day.
	hour, clockScore := rv.clock(report)
	score += clockScore
	loc, zoneScore := rv.location(report)
	score += zoneScore

	if report {
		rv.build(civil, civilOK, h, hOK, hm, c, hour, loc)
	}
	return score
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

// compare checks a Gregorian date against a Hebrew date and the weekday.
func (rv *resolver) compare(c cand, g, h hebrew.Date, report bool) int {
	f := &rv.f
	gs, ge := f.gSpan()
	hs, he := f.hSpan()
	wdOK := !f.hasW || f.civilW == g.Weekday()
	diff := h.DaysSince(g)
	if rv.o.rule != nil && f.hasClock {
		if t, ok := rv.instant(g, c); ok {
			expected := rv.o.hebrewAt(t)
			score := rv.checkWeekday(g, f.weekday.Start, f.weekday.End, report)
			switch h.DaysSince(expected) {
			case 0:
				return score
			case -1:
				if report {
					start, _ := rv.o.dayStart(t)
					rv.add(CodeAfterSunset, Warning, hs, he, clockText(t)+" is after "+rv.dayStartName()+" ("+clockText(start)+") in "+
						rv.o.rule.Name+", when "+expected.String()+" has begun, but the dateline still gives "+h.String())
				}
				return score + weightWarning
			case 1:
				if report {
					start, _ := rv.o.dayStart(t)
					rv.add(CodeCalendar, Error, hs, he, clockText(t)+" is before "+rv.dayStartName()+" ("+clockText(start)+") in "+
						rv.o.rule.Name+", when it is still "+expected.String()+", but the dateline gives the next day, "+h.String())
				}
				return score + weightError
			}
		}
	}
	switch {
	case diff == 0:
		return rv.checkWeekday(g, f.weekday.Start, f.weekday.End, report)
	case diff == 1 && (wdOK || f.night):
		score := 0
		if !f.night {
			score = weightWarning
		}
		if report {
			gy, gm, gd := g.Gregorian()
			msg := h.String() + " is " + dateText(gy, gm, gd+1) + "; the Hebrew date is a day ahead, as sites print it from sunset on " + monthName(int(gm)) + " " + itoa(gd)
			if f.night {
				msg = h.String() + " begins at sunset on " + weekdayDate(g) + ", the evening the dateline names"
			}
			rv.add(CodeAfterSunset, Warning, hs, he, msg)
		}
		return score + rv.checkWeekday(g, f.weekday.Start, f.weekday.End, report)
	}
	// The calendars disagree: the weekday, if there is one, says which side
	// is wrong.
	hy, hmo, hd := h.Gregorian()
	gy, gmo, gd := g.Gregorian()
	switch {
	case f.hasW && f.civilW == g.Weekday() || !f.hasW:
		if report {
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

// checkWeekday checks the weekday against the civil day whose Hebrew date
// is d.
func (rv *resolver) checkWeekday(d hebrew.Date, start, end int, report bool) int {
	f := &rv.f
	if !f.hasW || f.civilW == d.Weekday() {
		return 0
	}
	if report {
		y, m, day := d.Gregorian()
		msg := dateText(y, m, day) + " is a " + d.Weekday().String() + ", not a " + f.civilW.String()
		if f.weekday.Shift != 0 || f.night {
			msg += " (the weekday named is " + time.Weekday(f.weekday.Value).String() + ")"
		}
		rv.add(CodeWeekday, Error, start, end, msg)
	}
	return weightError
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
	var de *hebrew.DateError
	if !errors.As(err, &de) {
		return
	}
	dayF, monthF := f.gDay, f.gMonth
	if c.swapped {
		dayF, monthF = monthF, dayF
	}
	switch {
	case de.Field == "year" || errors.Is(err, hebrew.ErrRange) && de.Field != "day" && de.Field != "month":
		s, e := f.gSpan()
		if f.hasGY {
			s, e = f.gYear.Start, f.gYear.End
		}
		rv.add(CodeOutOfRange, Error, s, e, "the year "+itoa(c.gy)+" is outside the Gregorian years this calendar supports, -3760 to 6239")
	case de.Field == "month":
		rv.add(CodeNoSuchDay, Error, monthF.Start, monthF.End, "there is no month "+itoa(m)+"; months run from 1 to 12")
	case errors.Is(err, hebrew.ErrNoSuchDay):
		year := itoa(c.gy)
		if c.gy >= 0 && c.gy < 1000 {
			year = "of the year " + year // "February 1 has 28 days" reads as a day
		}
		rv.add(CodeNoSuchDay, Error, dayF.Start, dayF.End, monthName(m)+" "+year+" has "+itoa(de.Limit)+" days, so there is no "+monthName(m)+" "+itoa(d))
	case d < 1 || d > 31:
		rv.add(CodeNoSuchDay, Error, dayF.Start, dayF.End, "there is no day "+itoa(d)+" in any month")
	default:
		s, e := f.gSpan()
		rv.add(CodeOutOfRange, Error, s, e, monthName(m)+" "+itoa(d)+", "+itoa(c.gy)+" is outside the days this calendar supports")
	}
}

// hebrewError reports a Hebrew date that does not exist.
func (rv *resolver) hebrewError(hy int, hm hebrew.Month, err error) {
	f := &rv.f
	name := hebrew.Spelling{}.Name(hm, hebrew.IsLeapYear(hy))
	switch {
	case errors.Is(err, hebrew.ErrNoSuchDay):
		rv.add(CodeNoSuchDay, Error, f.hDay.Start, f.hDay.End, name+" "+itoa(hy)+" has 29 days, so there is no "+itoa(f.hDay.Value)+" "+name)
	case errors.Is(err, hebrew.ErrAdarCommonYear):
		rv.add(CodeAdarCommonYear, Error, f.hMonth.Start, f.hMonth.End, itoa(hy)+" is a common year with a single Adar, so there is no Adar II")
	default:
		rv.add(CodeNoSuchDay, Error, f.hDay.Start, f.hDay.End, "there is no day "+itoa(f.hDay.Value)+" in a Hebrew month; months have 29 or 30 days")
	}
}

// adarAmbiguous says which Adar a bare Adar in a leap year was read as.
func (rv *resolver) adarAmbiguous(hy int, hm hebrew.Month, confirmed bool) {
	f := &rv.f
	which := "Adar I"
	if hm == hebrew.AdarII {
		which = "Adar II"
	}
	if confirmed {
		rv.add(CodeAdarAmbiguous, Info, f.hMonth.Start, f.hMonth.End,
			itoa(hy)+" is a leap year with two Adars; the Gregorian date shows this Adar is "+which)
		return
	}
	rv.add(CodeAdarAmbiguous, Warning, f.hMonth.Start, f.hMonth.End,
		itoa(hy)+" is a leap year with two Adars, and nothing in the dateline says which; it was read as "+which+" (write Adar I or Adar II)")
}

// yearInferred says which year was taken for a dateline that names none.
func (rv *resolver) yearInferred(c cand, civil hebrew.Date, ok bool) {
	f := &rv.f
	var s, e int
	var msg string
	ref := dateText(rv.reference().Date())
	if f.hasGMonth {
		s, e = f.gSpan()
		msg = "the text names no year; " + itoa(c.gy) + " is the most recent year"
	} else {
		s, e = f.hSpan()
		if !f.hasHMonth {
			s, e = f.holiday.Start, f.holiday.End
		}
		msg = "the text names no year; " + itoa(c.hy) + " is the most recent Hebrew year"
	}
	switch {
	case f.hasW && f.hasGMonth && f.hasHMonth:
		msg += " whose dates fit each other and the weekday"
	case f.hasW:
		msg += " whose date fits the weekday"
	case f.hasGMonth && f.hasHMonth:
		msg += " whose dates fit each other"
	default:
		msg += " whose date is nearest"
	}
	msg += ", up to six months after " + ref
	if ok && f.hasGMonth {
		_ = civil
	}
	rv.add(CodeYearInferred, Info, s, e, msg)
}

// clock returns the hour of the day (0-23) the text gives, checking it.
func (rv *resolver) clock(report bool) (int, int) {
	f := &rv.f
	if !f.hasClock {
		return 0, 0
	}
	h := f.hour.Value
	if f.hasAMPM {
		h = h%12 + 12*f.ampm.Value
	}
	if h > 23 {
		if report {
			rv.add(CodeOutOfRange, Error, f.hour.Start, max(f.hour.End, f.minute.End), "there is no hour "+itoa(f.hour.Value)+" in a day; hours run from 0 to 23")
		}
		return 0, weightError
	}
	if f.hasSecond && f.second.Value > 59 {
		if report {
			rv.add(CodeOutOfRange, Error, f.second.Start, f.second.End, "there is no second "+itoa(f.second.Value)+" in a minute")
		}
		return h, weightError
	}
	return h, 0
}

// location returns the zone of the dateline's time: the zone it names, or
// the In option's.
func (rv *resolver) location(report bool) (*time.Location, int) {
	f := &rv.f
	if !f.hasZone {
		return rv.o.loc, 0
	}
	text := f.input[f.zone.Start:f.zone.End]
	if f.zone.Form != format.ZoneName {
		return rv.offsetZone(report)
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
	loc, _ := rv.location(false)
	y, m, d := g.Gregorian()
	f := &rv.f
	sec := 0
	if f.hasSecond && f.second.Value < 60 {
		sec = f.second.Value
	}
	t, _ := civil.At(y, m, d, hour, f.minute.Value, sec, f.nanosecond(), loc)
	return t, true
}

func (rv *resolver) dayStartName() string {
	if rv.o.nightfall {
		return "nightfall"
	}
	return "sunset"
}

// build writes the resolved Dateline.
func (rv *resolver) build(civilDay hebrew.Date, civilOK bool, h hebrew.Date, hOK bool, hm hebrew.Month, c cand, hour int, loc *time.Location) {
	f := &rv.f
	if !civilOK {
		if f.hasHMonth && !f.hasHDay && c.hy >= hebrew.MinYear && c.hy <= hebrew.MaxYear && hebrew.DaysInMonth(c.hy, hm) > 0 {
			rv.dl = Dateline{Hebrew: hebrew.Date{Year: c.hy, Month: hm}}
		}
		return
	}
	y, m, d := civilDay.Gregorian()
	var dl Dateline
	if f.hasClock {
		sec := 0
		if f.hasSecond && f.second.Value < 60 {
			sec = f.second.Value
		}
		var clock civil.Clock
		dl.Time, clock = civil.At(y, m, d, hour, f.minute.Value, sec, f.nanosecond(), loc)
		dl.HasTime = true
		if f.hasZone && f.zone.Form == format.ZoneName {
			dl.Time = beforeZoneRules(dl.Time, f.input[f.zone.Start:f.zone.End])
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
	default:
		dl.Hebrew = civilDay // the Hebrew date of the civil day, as hebrewAt gives without a rule
	}
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
	rv.add(CodeTimeSkipped, Warning, s, e, "the clocks of "+loc.String()+" skip "+f.input[s:e]+" on "+weekdayDate(day)+
		", going forward over it; it was read as "+clockText(dl.Time)+" "+zoneAbbrev(dl.Time)+", where a clock not yet set forward shows it")
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
