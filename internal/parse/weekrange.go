package parse

import (
	"time"

	"github.com/dualdate/dualdate/internal/layout"
)

// weekdayRange reads, where fullRange found no whole date at the other end
// of a range, an end that is a weekday and a day of a month without a
// year, after a start written so too: "vendredi 15 septembre au dimanche
// 17 septembre", "Friday, September 15 – Sunday, September 17", "domingo
// 28 de noviembre hasta el lunes 6 de diciembre". Community pages print
// an occasion's days so, the year being the page's; the two weekdays say
// which days are meant, as a lone weekday-date's does, and the resolver
// infers the year from the start's. Without the weekdays, "15 septembre
// au 17 septembre" is gregorianRange's.
//
// The days are counted in a common year, as gregorianRangeShift counts a
// range without a year, unless February 29 is an end. An end's
// weekday that is not the start's plus the range's days keeps the days
// between the two weekdays as its shift, as addRangeEnd does, for the
// resolver to report. It returns the end of the range, or i.
//
// Joined by a verb on each end, the days need no weekdays: "began on
// the evening of September 22 and concludes at sundown on September 24"
// is such a range too (see endsJoin), where gregorianRange reads only a
// dash or a word for "to".
//
// A start with its year gives the end that year, or the next where the
// range crosses into it, and the days are counted in it: Israeli school
// calendars write "מיום שישי ה-29 בספטמבר 2023 ועד יום ראשון ה-8
// באוקטובר" (from Friday, September 29, 2023 until Sunday, October 8).
// Such a start needs no weekdays either, its month named and its year
// after it: the year says which days are meant, and gregorianRange reads
// a year only at the end. A year before the month may be a heading's
// ("2021-ben | szeptember 6-án este - szeptember 8-án este", whose end
// would be read without its case ending and evening), and is left out.
// "December 30, 2024 - January 2" and "Dec 31, 2024–Jan 1" were refused
// (expected the end of the dateline, found January), where "December 30
// - January 2, 2025" was read; they are now the range into the next year.
//
// A range with a verb on each end (verb, see endsJoin) says so without its
// weekdays: "Pesach begins at sunset on April 22 and ends at sunset on
// April 29", "begynner ved solnedgang den 22. april og slutter ved
// solnedgang den 29. april"; the verbs, not the weekdays, tell a range
// from a list of two days.
//
// Such a range may name the weekday of its end alone, before the end's
// day: "В 2025 году Ханука начинается вечером 14 декабря и продлится до
// понедельника 22 декабря" (Telegraf, the seventy-third held-out round,
// read as two datelines), "і триватиме до понеділка 22 грудня", "and
// ends on Monday, December 22". The weekday is then the dateline's own,
// the range's days before it (a Shift), so that the resolver checks it,
// and infers a year by it, as it does a start's weekday.
func (p *parser) weekdayRange(q *parser, i, k int, verb, dual bool) int {
	w1, ok1 := p.get(layout.Weekday)
	w2, ok2 := q.get(layout.Weekday)
	d1, _ := p.get(layout.Day)
	m1, ok3 := p.get(layout.Month)
	d2, m2, ok4 := dayOfMonth(q.fields(), dual)
	numeric := ok3 && numericMonth(m1)
	if numeric {
		// "Wednesday, 9/24, and ends Friday, 9/26" (see
		// numericDayOfMonth).
		d2, m2, ok4 = numericDayOfMonth(q.fields(), d1, m1)
	}
	// Each end's weekday before its day, or, in a range joined by verbs,
	// after it at both ends, as Turkish writes it: "6 Eylül Pazartesi
	// akşamı başlayıp 8 Eylül Çarşamba akşamı".
	weekdays := ok1 && ok2 && (w2.Start <= d2.Start || verb && w1.Start > d1.Start && w2.Start > d2.Start)
	endOnly := !ok1 && ok2 && w2.Start <= d2.Start // ... и продлится до понедельника 22 декабря
	// Joined by verbs, the end may name no weekday beside a start that
	// does: "άρχισε ... την Κυριακή 14 Δεκεμβρίου 2025 και διαρκεί έως
	// τις 22 Δεκεμβρίου", "begins on Sunday, December 14, 2025 and lasts
	// until December 22" were two datelines.
	// Each end with its own time and no weekday, as an events calendar
	// prints a festival that runs for days: "Apr 5 @ 7:00 PM – Apr 13 @
	// 7:00 PM" (New Zealand Friends of Israel's Pesach, the 246th
	// held-out round, read as two datelines). The two times tell a range
	// from two datelines as the weekdays do; the end's is read below
	// (rangeEndClock), and without it the range is refused. Without the
	// times, "April 5 – April 13" is gregorianRange's.
	timed := !ok1 && !ok2 && !verb && p.has(layout.Hour)
	y, ownYear := p.get(layout.Year)
	ownYear = ownYear && !numeric && y.Start > m1.Start // December 30, 2024 - January 2
	if !weekdays && !endOnly && !(verb && !ok2) && !timed && !ownYear || !ok3 || !ok4 || numeric && !weekdays {
		return i
	}
	n, ok := weekdayRangeDays(y.Value, m1.Value, d1.Value, m2.Value, d2.Value)
	if !ok {
		return i
	}
	m := p.mark()
	for _, f := range q.fields() {
		if f.Kind == layout.Literal {
			continue
		}
		if f.Kind.IsClock() {
			f.Flags |= RangeEnd
			p.add(f) // the end's time, as rangeEndClock adds it
			continue
		}
		f.Shift = int16(n)
		if f.Kind == layout.Weekday && endOnly {
			p.add(f) // without RangeEnd: the dateline's own weekday, n days on
			continue
		}
		f.Flags |= RangeEnd
		if f.Kind == layout.Weekday && (n-(w2.Value-w1.Value))%7 != 0 {
			f.Shift = int16((w2.Value - w1.Value + 7) % 7)
		}
		p.add(f)
	}
	e := p.rangeEndClock(k)
	if timed && e == k && !q.has(layout.Hour) {
		p.reset(m) // "April 5 at 7:00 pm - April 13": the end has no time
		return i
	}
	return e
}

// dayOfMonth returns the day and the month named by a word of fields that
// are one date without a year, a weekday's name beside it or not (and the
// time of a range's end before it, see rangeEndClockFirst), and whether
// they are.
func dayOfMonth(fields []Field, dual bool) (day, month Field, ok bool) {
	for _, f := range fields {
		switch {
		case f.Kind == layout.Literal || f.Kind == layout.Weekday || f.Kind.IsClock():
		case dual && (f.Kind == layout.HebrewDay || f.Kind == layout.HebrewMonth):
			// the end's Hebrew date beside its civil one (see fullRange)
		case f.Kind == layout.Day && f.Flags&RangeEnd == 0 && day.Kind != layout.Day:
			day = f
		case f.Kind == layout.Month && f.Flags&RangeEnd == 0 && month.Kind != layout.Month && !numericMonth(f):
			month = f
		default:
			return day, month, false
		}
	}
	return day, month, day.Kind == layout.Day && month.Kind == layout.Month
}

// weekdayRangeDays counts the days from m1/d1 to m2/d2, into the next year
// if m2 comes before m1: in the start's year y, or where there is none (y
// is 0) in a common year as gregorianRangeShift does, or in a leap year
// where February 29 is an end; it reports false for a range that does not
// run forward for at most maxRange days.
func weekdayRangeDays(y, m1, d1, m2, d2 int) (int, bool) {
	switch {
	case y != 0:
	case m1 == 2 && d1 == 29 || m2 == 2 && d2 == 29:
		y = 2000
	default:
		y = 2001
	}
	a := time.Date(y, time.Month(m1), d1, 0, 0, 0, 0, time.UTC)
	b := time.Date(y, time.Month(m2), d2, 0, 0, 0, 0, time.UTC)
	if m2 < m1 {
		b = b.AddDate(1, 0, 0)
	}
	n := int(b.Sub(a).Hours() / 24)
	return n, a.Day() == d1 && b.Day() == d2 && n > 0 && n <= maxRange
}

// rangeEndClock reads, after the end of a range of days at k whose start
// has a time of day, the end's own time, after a word that says "at" or a
// comma: "du vendredi 15 septembre à 19h46 jusqu'au dimanche 17 septembre
// à 20h48" (when a holiday begins and ends). Its fields are marked
// RangeEnd, as a range of times' end is (see clockRange): the dateline's
// instant is the start's, and a layout, which writes one time of day,
// refuses it (see TimeRange). It returns the end of the time, or k.
func (p *parser) rangeEndClock(k int) int {
	s := p.s
	if !p.has(layout.Hour) || p.rangeEnd {
		return k
	}
	j := skipSpace(s, k)
	if j < len(s) && (s[j] == ',' || s[j] == '@') {
		j = skipSpace(s, j+1) // "@" for "at": "April 13, 2023 @ 7:00 pm", an events calendar's
	} else if w, e, ok := p.wordAt(j); ok && w.kind == wJoin && e > j {
		j = skipSpace(s, e)
	}
	if j == k || !isDigit(s, j) {
		return k
	}
	var q parser
	q.init(s)
	q.rangeEnd = true
	e, ok := q.phrase(j)
	if !ok || !q.has(layout.Hour) {
		return k
	}
	for _, f := range q.fields() {
		if f.Kind != layout.Literal && !f.Kind.IsClock() {
			return k
		}
	}
	for _, f := range q.fields() {
		if f.Kind != layout.Literal {
			f.Flags |= RangeEnd
			p.add(f)
		}
	}
	return e
}
