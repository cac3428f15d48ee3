package layout

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/script"
)

// ErrUnwritable is the error of [Layout.Validate] for a date that a layout
// cannot write so that it reads back as that date. Package format sets it,
// at init, to its own ErrUnwritable, the value users match with errors.Is.
var ErrUnwritable = errors.New("cannot be written so that it reads back")

// Validate reports whether l writes Gregorian time t and Hebrew date h as
// text that reads back as them. It fails, with an error wrapping
// [ErrUnwritable], where no text of the layout would:
//
//   - a Hebrew date that does not exist (5 Adar II of a common year, 31
//     Adar I, month 0), in a layout that writes any part of it;
//   - a Hebrew year below 1000 in Hebrew letters: letters have no way to
//     say that a year has no thousands, and תש״ס, whether 760 or 5760 was
//     meant, reads as 5760;
//   - a Hebrew year in letters without a geresh that is a whole number of
//     thousands (ה, a lone letter) or 9006 or 9007 (טו, טז, read as 15 and
//     16), and 1000 or 2000 right after the Adar of a common year, where
//     אדר א׳ and אדר ב׳ read as Adar I and Adar II, and so a year from 1100
//     to 2999 with hundreds (אדר א׳ק״ג reads as Adar I 5103);
//   - a year before the common era (-0005) other than in full after a
//     month name (March 17, -0005) or at the start of an ISO date
//     (-0005-03-17): in a numeric date (3/17/-0005, -0005/03/17) or in
//     two digits it is no year, or another;
//   - a year below 1000 run together with the month (00100117);
//   - a double year (February 11, 1731/2) before 1100, and a pair of
//     Julian and Gregorian days (February 11/22, 1732) that are not 10 to
//     13 days apart (before 1500 and after 2099), which are read only
//     where they were written;
//   - a Hebrew year in digits below 3000 after an occasion or Rosh
//     Chodesh, where a year of four digits is read as Gregorian (Purim
//     2024);
//   - a Hebrew year in one or two digits (1 Tishrei 1) other than after
//     a Hebrew day and at the end of the dateline or before a bar or a
//     bracket, where it reads as a day (Tishrei 5), and 1 or 2 right
//     after the Adar of a common year (2 Adar 2 reads as Adar II);
//   - a range whose other end is past the Hebrew calendar's last day;
//   - the 1st or 2nd of a Gregorian month right after the Hebrew month
//     Adar (9 Adar 2 Mar 23), where Adar 1 and Adar 2 read as Adar I and
//     Adar II;
//   - a time past the hour (5:45 pm) in a layout that writes the hour
//     alone ("at 3 pm"), which would read back as the hour's start.
//     Seconds a layout leaves out are left out, as time.Format does:
//     a dateline's time is read to the minute.
//
// A Hebrew year in letters keeps its thousands outside 5100-5999 (ד׳תש״ס,
// ה׳י״א, ו׳), and a Gregorian year below 1000 in digits its leading
// zeros (0010), as time.Format writes it, so that they read back; a
// Hebrew year in digits is written as it is (1 Tishrei 1), as
// hebrew.Date.String writes it. [Layout.AppendFormat] writes what it
// cannot write as %!HebrewYear(760), %!Year(-5), %!HebrewMonth(13) or
// %!Day(3), which reads as no date, and package dateline refuses such a
// date before writing anything.
func (l Layout) Validate(t time.Time, h hebrew.Date) error {
	if _, p := l.unwritable(t, h); p.why != "" {
		return &unwritableError{p}
	}
	return nil
}

// A problem is why an element cannot write its value so that it reads
// back: the error's message is "the " + noun + " " + value + in + ": " +
// why. The zero problem is none.
type problem struct {
	noun  string
	value int
	in    string
	why   string
}

// unwritableError is the error of Validate.
type unwritableError struct{ p problem }

func (e *unwritableError) Error() string {
	return "the " + e.p.noun + " " + strconv.Itoa(e.p.value) + e.p.in + " " + ErrUnwritable.Error() + ": " + e.p.why
}

func (e *unwritableError) Unwrap() error { return ErrUnwritable }

// unwritable returns the index of the first element of l that cannot
// write t and h so that they read back, and why; -1 and the zero problem
// if every element can.
func (l *Layout) unwritable(t time.Time, h hebrew.Date) (int, problem) {
	if len(l.elems) == 0 {
		return -1, problem{}
	}
	if !h.IsZero() && !h.IsValid() {
		// A month's date, Day 0 (Adar I 5784), writes its month and year.
		if i, p := l.invalidHebrew(h); i >= 0 {
			return i, p
		}
	}
	if l.names != English && ReadsBack != nil {
		if i, p := l.namesProblem(t, h); i >= 0 {
			return i, p
		}
	}
	next := h // the date the month and year are written for
	if h.Day == 30 && l.roshChodesh() {
		if n := h.AddDays(1); !n.IsZero() {
			next = n
		}
	}
	for i := range l.elems {
		e := &l.elems[i]
		var p problem
		switch e.Kind {
		case HebrewYear, HebrewMonth, HebrewDay, Holiday, Portion, Omer:
			if h.IsZero() {
				continue // left out
			}
			hd := h
			if e.Kind == HebrewYear || e.Kind == HebrewMonth {
				hd = next
			}
			if e.Shift != 0 {
				s := hd.AddDays(int(e.Shift))
				if s.IsZero() && hd.IsValid() {
					p = problem{noun: "Hebrew day", value: hd.Day, why: "the range runs past the last day of the Hebrew calendar"}
					break
				}
				if !s.IsZero() {
					hd = s
				}
			}
			if e.Kind == HebrewYear {
				p = l.hebrewYearProblem(i, hd)
			}
		case Hour:
			if e.Zman == NoZman && t.Minute() != 0 && !l.writesMinutes() {
				// "January 2, 2006 at 3 pm" wrote 5:45 pm as "at 5 pm",
				// which reads back as 5:00 (found by an adversarial
				// review): an hour alone cannot write a time past it.
				p = problem{noun: "minute", value: t.Minute(), in: " of a time", why: "the layout writes the hour alone, which reads back as the hour's start; write the layout with minutes"}
				break
			}
			if e.Zman == NoZman && t.Hour() >= DayFrom && t.Hour() < EveningFrom && l.Evening() && l.eveningSaid(t, h) {
				// "Tuesday night, March 5 at 12:00 pm" reads as an
				// error: noon is no evening's time.
				p = problem{noun: "hour", value: t.Hour(), in: " of an evening", why: "a time of the day, from 6 am to 2 pm, is not of the evening the layout names, nor of its night"}
				break
			}
			if e.Zman == NoZman && t.Hour() < 12 && !l.Has(AMPM) && l.Evening() && l.twelveHourText() {
				// "Thursday night at 10:10" reads as 10:10 pm.
				p = problem{noun: "hour", value: t.Hour(), in: " of an evening's night", why: "an evening's hour before noon without AM or PM reads as the evening's, pm, in English; write the layout with am and pm"}
			}
		case Minute:
			if e.Zman == NoZman && e.Form == Plain && t.Minute() < 6 && !l.Has(Second) {
				// "Sep 12000 00:7Am", a minute of one digit as JavaScript
				// prints it, wrote 3:03 am as "03:3AM", which reads as
				// a time cut short (package parse reads a minute of one
				// digit only from 6 to 9, which no second digit can
				// follow; found by FuzzFormat).
				p = problem{noun: "minute", value: t.Minute(), in: " of a time", why: "a minute of one digit from 0 to 5 reads as a minute cut short; write the layout with minutes of two digits (3:04 pm)"}
			}
		case Year:
			p = l.yearProblem(i, t)
		case Day:
			p = l.dayProblem(i, t)
			if d := t.Day(); p.why == "" && e.Shift == 0 && (d == 1 || d == 2) && next.Month == hebrew.Adar && l.after(i, HebrewMonth) {
				// 9 Adar 2 Mar 23: Adar and a 1 or 2 after it read as
				// Adar I or Adar II.
				p = problem{noun: "day", value: d, in: " after Adar", why: "Adar 1 and Adar 2 read as Adar I and Adar II"}
			}
		}
		if p.why != "" {
			return i, p
		}
	}
	return -1, problem{}
}

// writesMinutes reports whether the layout writes the minutes of the
// dateline's own time of day, not only of a Zman's.
func (l *Layout) writesMinutes() bool {
	for i := range l.elems {
		if e := &l.elems[i]; e.Kind == Minute && e.Zman == NoZman {
			return true
		}
	}
	return false
}

// twelveHourText reports whether the layout is written as English writes
// a dateline, whose clock without AM or PM package dateline reads as one
// of 12 hours: no Hebrew letters, and its names English.
func (l *Layout) twelveHourText() bool {
	for i := range l.elems {
		e := &l.elems[i]
		switch {
		case (e.Kind == Month || e.Kind == Weekday) && e.Lang != English:
			return false
		case e.Kind == Literal && strings.IndexFunc(e.Text, script.IsHebrewLetter) >= 0:
			return false
		case e.Kind.IsHebrew() && e.Spelling.Family.IsHebrew():
			return false
		}
	}
	return true
}

// hebrewYearProblem says why element i, a Hebrew year, cannot write the
// year of h so that it reads back.
func (l *Layout) hebrewYearProblem(i int, h hebrew.Date) problem {
	e := &l.elems[i]
	y := h.Year
	if e.Form == TwoDigit && y%100 < 10 {
		// פ״א is the year's last two letters: a year of none or one
		// (5800, 5805) writes a lone letter, which reads as thousands.
		return problem{noun: "Hebrew year", value: y, in: " by its last two letters", why: "its tens are none, and a lone letter reads as thousands"}
	}
	if (e.Form == Letters || e.Form == LettersHyphen) && (y < 5100 || y > 5999) {
		// Tof Shin Nun Alef: the letters without the thousands, which
		// read as 5100 to 5999.
		return problem{noun: "Hebrew year", value: y, in: " by its letters' names", why: "the names write a year without its thousands, which reads from 5100 to 5999"}
	}
	if e.Form != Numeral && e.Form != Thousands && e.Form != TwoDigit {
		// Digits; but after an occasion or Rosh Chodesh, a year of four
		// digits below 3000 is Gregorian (Purim 2024, Rosh Chodesh Adar
		// II 2024).
		if y < 3000 && l.afterOccasion(i) {
			return problem{noun: "Hebrew year", value: y, in: " after an occasion", why: "a year of four digits below 3000 there is Gregorian"}
		}
		// A year is written as it is, 1 Tishrei 1, as hebrew.Date.String
		// writes it (it was 0001, which no page writes). One or two
		// digits read as a year only after a Hebrew day and at the end
		// of the dateline or before a bar or a bracket: "Tishrei 5" is
		// a day, "1 Tishrei 1 / September 7, -3760" no dateline; and
		// after Adar, 1 and 2 read as Adar I and Adar II ("2 Adar 2").
		if y < 100 && !l.shortYearReads(i) {
			return problem{noun: "Hebrew year", value: y, in: " of one or two digits", why: "such a year reads as one only after a Hebrew day, at the end of the dateline or before a bar or a bracket; elsewhere it reads as a day"}
		}
		if (y == 1 || y == 2) && h.Month == hebrew.Adar && !hebrew.IsLeapYear(y) && l.after(i, HebrewMonth) {
			return problem{noun: "Hebrew year", value: y, in: " after Adar", why: "after Adar, 1 and 2 read as Adar I and Adar II"}
		}
		return problem{}
	}
	p := problem{noun: "Hebrew year", value: y, in: " in Hebrew letters"}
	switch {
	case y < 1000:
		p.why = "letters cannot say that a year has no thousands, and without them it reads as 5000 or more"
	case e.Punct == Bare && y%1000 == 0:
		p.why = "a whole number of thousands is a lone letter, which without a geresh is no year"
	case e.Punct == Bare && (y == 9006 || y == 9007):
		p.why = "without a geresh, טו and טז read as 15 and 16"
	case (y == 1000 || y == 2000) && h.Month == hebrew.Adar && !hebrew.IsLeapYear(y) && l.after(i, HebrewMonth):
		p.why = "after Adar, א׳ and ב׳ read as Adar I and Adar II"
	case y > 1000 && y < 3000 && y%1000 >= 100 && e.Punct != Bare && h.Month == hebrew.Adar && !hebrew.IsLeapYear(y) && l.after(i, HebrewMonth):
		// אדר א׳ק״ג, Adar 1103: its thousands, glued to the hundreds,
		// are the qualifier a page glues to the year (אדר א׳תשפ״ד, as
		// two inline elements flatten), which reads as Adar I 5103.
		p.why = "after Adar, א׳ or ב׳ glued to the hundreds reads as Adar I or Adar II and a year of the sixth millennium"
	}
	return p
}

// yearProblem says why element i, a Gregorian year, cannot write the year
// of t so that it reads back.
func (l *Layout) yearProblem(i int, t time.Time) problem {
	e := &l.elems[i]
	t = shifted(e, t)
	y, m, d := dateOf(e, t)
	p := problem{noun: "year", value: y}
	switch {
	case e.Form == LegalYear:
		if y <= 1751 && (m < time.March || m == time.March && d < 25) {
			y--
		}
		if y < 1100 {
			p.value, p.in = y, " of a double year"
			p.why = "a double year is read only from 1100 on"
		}
	case e.Digits > 0:
		// The historical year after a legal one: its last digits.
	case y < 0 && e.Form == TwoDigit:
		p.in, p.why = " in two digits", "a year before the common era has no two digits"
	case y < 0 && l.numericMonth() && !l.isoYear(i):
		p.in, p.why = " in a numeric date", "a year before the common era is read only after a month name or at the start of an ISO date"
	case y < 1000 && e.Form != TwoDigit && l.runTogether(i):
		p.in, p.why = " run together with the month", "a year of fewer than four digits is read only apart from the month"
	}
	return p
}

// dayProblem says why element i, a Gregorian or Julian day, cannot write
// the day of t so that it reads back: the Julian day of a pair (11/22),
// which is read only 10 to 13 days before the Gregorian one.
func (l *Layout) dayProblem(i int, t time.Time) problem {
	e := &l.elems[i]
	if e.Calendar != Julian || e.Shift != 0 {
		return problem{}
	}
	for k := range l.elems {
		if g := &l.elems[k]; g.Kind == Day && g.Calendar != Julian && g.Shift == 0 {
			jy, jm, jd := dateOf(e, t)
			y, m, d := t.Date()
			apart := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Sub(time.Date(jy, jm, jd, 0, 0, 0, 0, time.UTC)) / (24 * time.Hour)
			if apart < 10 || apart > 13 {
				return problem{noun: "Julian day", value: jd, why: "a pair of Julian and Gregorian days is read only 10 to 13 days apart, as they were from 1500 to 2099"}
			}
			return problem{}
		}
	}
	return problem{}
}

// shifted returns the day of t that element e writes, Shift days on.
func shifted(e *Element, t time.Time) time.Time {
	if e.Shift == 0 {
		return t
	}
	y, m, d := t.Date()
	return time.Date(y, m, d+int(e.Shift), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
}

// numericMonth reports whether l writes a Gregorian month as a number.
func (l *Layout) numericMonth() bool {
	for i := range l.elems {
		if e := &l.elems[i]; e.Kind == Month && numeric(e) {
			return true
		}
	}
	return false
}

// isoYear reports whether element i, a year, starts an ISO date: it is
// the layout's first element and a hyphen follows it.
func (l *Layout) isoYear(i int) bool {
	return i == 0 && len(l.elems) > 1 && l.elems[1].Kind == Literal && l.elems[1].Text != "" && l.elems[1].Text[0] == '-'
}

// runTogether reports whether element i is written with a number right
// before or after it and nothing between: 20060102.
func (l *Layout) runTogether(i int) bool {
	number := func(k int) bool {
		if k < 0 || k >= len(l.elems) {
			return false
		}
		e := &l.elems[k]
		return (e.Kind == Day || e.Kind == Month) && numeric(e)
	}
	return number(i-1) || number(i+1)
}

// numeric reports whether e, a Day or Month, is written as a number.
func numeric(e *Element) bool {
	return e.Form < Long || e.Form == Numeric || e.Form == NumericPad
}

// afterOccasion reports whether element i comes after an occasion or
// after a month after a day written as Rosh Chodesh, with only text
// between them.
func (l *Layout) afterOccasion(i int) bool {
	prev := func(j int) int {
		j--
		for j >= 0 && l.elems[j].Kind == Literal {
			j--
		}
		return j
	}
	j := prev(i)
	switch {
	case j < 0:
		return false
	case l.elems[j].Kind == Holiday:
		return true
	case l.elems[j].Kind != HebrewMonth:
		return false
	}
	j = prev(j)
	return j >= 0 && l.elems[j].Kind == HebrewDay && (l.elems[j].Form == RoshChodesh || l.elems[j].Form == RoshChodeshScript)
}

// shortYearReads reports whether element i, a Hebrew year in digits,
// reads back when written in one or two digits: a Hebrew day comes
// before it, and after it the layout ends or, after spaces, a bar or a
// bracket follows (1 Tishrei 1 | Monday, 1 Tishrei 1 (Monday)).
func (l *Layout) shortYearReads(i int) bool {
	day := false
	for j := 0; j < i; j++ {
		day = day || l.elems[j].Kind == HebrewDay
	}
	if !day || i == len(l.elems)-1 {
		return day
	}
	e := &l.elems[i+1]
	if e.Kind != Literal {
		return false
	}
	t := strings.TrimLeft(e.Text, " \u00a0")
	if t == "" {
		return i+1 == len(l.elems)-1
	}
	return t[0] == '|' || t[0] == '('
}

// after reports whether element i comes right after an element of kind k,
// with nothing but spaces between them.
func (l *Layout) after(i int, k Kind) bool {
	for j := i - 1; j >= 0; j-- {
		e := &l.elems[j]
		switch {
		case e.Kind == k:
			return true
		case e.Kind != Literal:
			return false
		}
		for _, r := range e.Text {
			if r != ' ' && r != '\u00a0' {
				return false
			}
		}
	}
	return false
}

// appendUnwritable writes what element kind k cannot write so that it
// reads back, as time.Format writes a value it cannot: %!HebrewYear(760).
func appendUnwritable(b []byte, k Kind, p problem) []byte {
	b = append(b, "%!"...)
	switch k {
	case Hour:
		if p.noun == "minute" {
			b = append(b, "Minute"...) // of an hour alone: %!Minute(45)
		} else {
			b = append(b, "Hour"...)
		}
	case HebrewYear:
		b = append(b, "HebrewYear"...)
	case Year:
		b = append(b, "Year"...)
	case HebrewMonth:
		b = append(b, "HebrewMonth"...)
	case Month, Weekday:
		b = append(b, "Month"...) // a month whose names do not read back (see CheckNames)
	case HebrewDay, Holiday, Portion, Omer:
		b = append(b, "HebrewDay"...)
	default:
		b = append(b, "Day"...)
	}
	b = append(b, '(')
	b = strconv.AppendInt(b, int64(p.value), 10)
	return append(b, ')')
}

// invalidHebrew returns the element of l that would write the field of
// h, a Hebrew date that does not exist, that makes it so, or the first
// Hebrew element, and why; -1 if l writes no Hebrew element. Layout.Format
// of 5 Adar II 5785, 31 Adar I 5784 or month 0 wrote them as text ("5
// Adar II 5785") that reads as a date (an adversarial review's seventh
// finding).
func (l *Layout) invalidHebrew(h hebrew.Date) (int, problem) {
	day := h.Day
	if day == 0 {
		day = 1 // a month's date: its month and year must be
	}
	_, err := hebrew.NewDate(h.Year, h.Month, day)
	var de *hebrew.DateError
	if !errors.As(err, &de) {
		return -1, problem{}
	}
	want := HebrewDay
	switch de.Field {
	case "year":
		want = HebrewYear
	case "month":
		want = HebrewMonth
	}
	first := -1
	for i := range l.elems {
		if k := l.elems[i].Kind; k.IsHebrew() {
			if k == want {
				first = i
				break
			}
			if first < 0 {
				first = i
			}
		}
	}
	if first < 0 {
		return -1, problem{}
	}
	p := problem{noun: "Hebrew " + de.Field, value: de.Value, why: "no such Hebrew date"}
	if de.In != "" {
		p.in = " of " + de.In
	}
	if de.Err != nil {
		p.why = de.Err.Error()
	}
	return first, p
}
