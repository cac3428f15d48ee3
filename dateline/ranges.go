package dateline

import (
	"math"
	"strings"
	"time"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/civil"
	"github.com/dualdate/dualdate/internal/julian"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// checkRanges reports the other end of a range of days that does not
// exist ("2-31 Cheshvan"), or else a range whose length differs between the
// weekdays, the Gregorian dates and the Hebrew dates that write it:
// "Thursday night-Monday November 30-December 1" runs four days in
// weekdays and one in dates, and "2-9 Cheshvan --- October 22-28" seven
// in Hebrew dates and six in Gregorian ones. It runs once, on the
// resolved dateline.
func (rv *resolver) checkRanges() {
	rv.rangeShifts()
	// The other end of each range: its shift from the dateline's own day.
	var ends [3]parse.Field // weekday, Gregorian day, Hebrew day
	var has [3]bool
	for _, x := range rv.f.fields {
		if x.Flags&parse.RangeEnd == 0 {
			continue
		}
		i := -1
		switch x.Kind {
		case layout.Weekday:
			i = 0
			if x.Flags&parse.NamesNextDay != 0 {
				x.Shift-- // its civil date's (see parse.NamesNextDay)
			}
		case layout.Day:
			i = 1
		case layout.HebrewDay:
			i = 2
		}
		if i >= 0 && (!has[i] || abs(int(x.Shift)) > abs(int(ends[i].Shift))) {
			// The far end of a list of days (21., 22. und 23.).
			ends[i], has[i] = x, true
		}
	}
	d := rv.dl
	if !d.HasDay() || d.Hebrew.Day == 0 {
		return
	}
	civil := d.Time // the shifts count from the dateline's own day
	describe := func(i int) string {
		n := int(ends[i].Shift)
		a, b := 0, n
		if n < 0 {
			a, b = n, 0
		}
		// The days are counted with both ends: March 2 to March 4
		// is 3 days (it said 2, the shift between them).
		days := itoa(abs(n)+1) + " days"
		if n == 0 {
			days = "1 day"
		}
		switch i {
		case 0:
			return days + ", " + civil.AddDate(0, 0, a).Weekday().String() + " to " + civil.AddDate(0, 0, b).Weekday().String()
		case 1:
			return days + ", " + dayText(civil.AddDate(0, 0, a)) + " to " + dayText(civil.AddDate(0, 0, b))
		}
		return days + ", " + d.Hebrew.AddDays(a).String() + " to " + d.Hebrew.AddDays(b).String()
	}
	if rv.checkRangeDays() {
		return
	}
	names := [3]string{"the weekdays", "the Gregorian dates", "the Hebrew dates"}
	weekdayWrong := false // the start's weekday is another day's: its range says nothing more
	for _, p := range rv.problems {
		weekdayWrong = weekdayWrong || p.Code == CodeWeekday
	}
	for _, pair := range [3][2]int{{1, 2}, {0, 1}, {0, 2}} {
		i, j := pair[0], pair[1]
		if !has[i] || !has[j] || ends[i].Shift == ends[j].Shift || i == 0 && weekdayWrong {
			continue
		}
		if i == 0 && (int(ends[j].Shift)-int(ends[0].Shift))%7 == 0 {
			// A weekday names the day of its week: "zondag 18 tot
			// maandag 26 december 2022" runs 8 days, Sunday to Monday.
			continue
		}
		if j == 2 && ends[i].Shift == ends[2].Shift+1 && eveningAhead(d) {
			// "6 - 29 de SETEMBRO 2021 | 1 - 23 TISHREI 5782": the civil
			// range starts on the evening before its Hebrew one, the
			// Hebrew date a day ahead (after-sunset), and both end on
			// the same day; so do its weekdays ("from sundown Friday,
			// August 26, 2022 (Av 30 5782) until nightfall Sunday,
			// August 28, 2022 (Elul 1 5782)").
			continue
		}
		code := CodeCalendar
		if i == 0 {
			code = CodeWeekday
		}
		start, end := min(ends[i].Start, ends[j].Start), max(ends[i].End, ends[j].End)
		rv.add(code, Error, start, end, "the range runs "+describe(i)+" in "+names[i]+", and "+describe(j)+" in "+names[j])
		return
	}
	rv.checkListMiddles()
}

// checkListMiddles reports a day in the middle of a list of days written
// in both calendars whose Gregorian and Hebrew dates are not one day,
// where the lists' ends agree: "7, 15 and 22 October 2024 | 5, 7 and 20
// Tishrei 5785" was read with nothing said, though October 15 is 13
// Tishrei (found trying the command as an adversary). The lists pair
// their days in order; lists of different lengths, or a Hebrew date a
// day ahead of the civil one (after sunset), are left to checkRanges.
func (rv *resolver) checkListMiddles() {
	d := rv.dl
	if !d.HasDay() || d.Hebrew.Day == 0 || eveningAhead(d) {
		return
	}
	var civil, heb []*parse.Field
	for i := range rv.f.fields {
		x := &rv.f.fields[i]
		switch {
		case x.Flags&parse.RangeEnd == 0:
		case x.Kind == layout.Day:
			civil = append(civil, x)
		case x.Kind == layout.HebrewDay:
			heb = append(heb, x)
		}
	}
	if len(civil) < 2 || len(civil) != len(heb) {
		return
	}
	for k := range civil {
		g, h := civil[k], heb[k]
		if g.Shift == h.Shift {
			continue
		}
		day := d.Time.AddDate(0, 0, int(g.Shift))
		rv.add(CodeCalendar, Error, h.Start, h.End,
			dayText(day)+" is "+d.Hebrew.AddDays(int(g.Shift)).String()+", not "+d.Hebrew.AddDays(int(h.Shift)).String())
		return
	}
}

// rangesDisagree scores a candidate reading of a range written in both
// calendars whose two ranges do not run the same days from civil day g
// and Hebrew day h: checkRanges reports it on the dateline resolved, but
// a year the text does not state must be one whose ranges agree.
// "September 29 – October 1 – Tishrei 1-2" is 2019's, whose civil range
// starts on the evening before 1 Tishrei (September 30) and ends with
// it on October 1, not 2011's, whose September 29 is 1 Tishrei but whose
// civil range runs a day longer. It reports nothing.
func (rv *resolver) rangesDisagree(g, h hebrew.Date) int {
	fs := rv.f.fields
	y, m, d := g.Gregorian()
	gm, hm := int(m), int(h.Month) // an end without its month is in the start's
	gd, hd := -1, -1
	for i := range fs {
		x := &fs[i]
		if x.Flags&parse.RangeEnd == 0 {
			continue
		}
		switch x.Kind {
		case layout.Day:
			gd = x.Value
		case layout.Month:
			gm = x.Value
		case layout.HebrewDay:
			hd = x.Value
		case layout.HebrewMonth:
			hm = x.Value
		}
	}
	if gd < 0 || hd < 0 {
		return 0
	}
	gn, ok1 := gregorianDaysTo(time.Date(y, m, d, 0, 0, 0, 0, time.UTC), time.Month(gm), gd)
	hn, ok2 := hebrewDaysTo(h, hebrew.Month(hm), hd)
	if !ok1 || !ok2 || gn == hn || gn == hn+1 && g.AddDays(1) == h {
		return 0
	}
	return weightError
}

// rangeShifts counts again, in the resolved year, the days of a range
// that ends in another month: the parser counted them in a year of its
// choosing when the text states none of that calendar ("24 Cheshvan-1
// Kislev, November 8, 2023" is six days in 5784, whose Cheshvan has 29
// days, and seven in 5785). The layout is written with the count.
func (rv *resolver) rangeShifts() {
	d := rv.dl
	fs := rv.f.fields
	for i := range fs {
		x := &fs[i]
		if x.Flags&parse.RangeEnd == 0 || x.Kind != layout.Month && x.Kind != layout.HebrewMonth {
			continue
		}
		// The day of the range's other month, and its year.
		day, year := layout.Day, layout.Year
		if x.Kind == layout.HebrewMonth {
			day, year = layout.HebrewDay, layout.HebrewYear
		}
		j := rangeDayBeside(fs, i, day)
		if j < 0 {
			continue
		}
		if y := parse.EndYear(fs, year); y >= 0 {
			// The parser counted the days to the year the end states, in
			// the Gregorian calendar: counted again in the Julian, where
			// the text says so.
			if day == layout.Day && rv.f.calendar() == layout.Julian {
				rv.julianStatedShift(fs, i, j, fs[y].Value)
			}
			continue
		}
		if fs[j].Flags&parse.Backward != 0 {
			// A range back into an earlier month of the year it states
			// ("01.11.-15.02.2024"), which checkRangeDays refuses: the
			// parser counted it back, and the nearest day forward made
			// it November 1, 2024 to February 15, 2025, with nothing
			// said.
			continue
		}
		n, ok := 0, false
		if day == layout.Day {
			n, ok = rv.daysTo(d.Time, time.Month(x.Value), fs[j].Value)
		} else {
			n, ok = hebrewDaysTo(d.Hebrew, rv.endAdar(x), fs[j].Value)
		}
		if ok && n < 0 && x.Shift > 0 {
			// "10.01.-30.11.2021": a range forward over more than half
			// a year, which the parser counted in the year it states,
			// and whose nearest end is back (see parse's rangeBack).
			// It was refused as running backwards.
			continue
		}
		if ok && parse.FitsShift(n) && n != 0 {
			x.Shift, fs[j].Shift = int16(n), int16(n)
		}
	}
}

// endAdar is the Hebrew month of a range's end, its month field x: a bare
// Adar at both ends of a range in a leap year is one month, the one the
// dateline's own Adar was read as ("י״ד באדר – ט״ו באדר תשפ״ד" is 14 to 15
// Adar II 5784, with the warning that says so). Counted to Adar I, the
// end fell 29 days before the start, and a right range was said to run
// backwards.
func (rv *resolver) endAdar(x *parse.Field) hebrew.Month {
	m := hebrew.Month(x.Value)
	own := rv.f.hMonth
	if m == hebrew.Adar && x.Flags&parse.Qualified == 0 && rv.f.hasHMonth &&
		hebrew.Month(own.Value) == hebrew.Adar && own.Flags&parse.Qualified == 0 {
		return rv.dl.Hebrew.Month
	}
	return m
}

// julianStatedShift counts the days of a range of Julian dates whose end,
// month field m and day field d, states its year y, "September 4, 1745 –
// December 15, 1812 O.S.", from the dateline's day: the Julian calendar
// falls a day behind the Gregorian in each century year that is not a
// Gregorian leap year, so the parser's Gregorian count may be short. The
// end's fields, year included, take the count.
func (rv *resolver) julianStatedShift(fs []parse.Field, m, d, y int) {
	if !julian.Valid(y, time.Month(fs[m].Value), fs[d].Value) {
		return // checkRangeDays reports the day that does not exist
	}
	n := julianDays(y, time.Month(fs[m].Value), fs[d].Value) - julianDays(julian.Date(rv.dl.Time))
	if n <= 0 || n > math.MaxInt16 {
		return
	}
	for k := range fs {
		if f := &fs[k]; f.Flags&parse.RangeEnd != 0 && (f.Kind == layout.Day || f.Kind == layout.Month || f.Kind == layout.Year) {
			f.Shift = int16(n)
		}
	}
}

// rangeDayBeside returns the index of the range end's day field of kind
// day written beside month field i, across the literal text between them
// (1 Kislev, Kislev 1), or -1. A month in digits takes the day its
// date's separator joins it to: the end of "3/4, 4/5 and 5/6/2024", read
// month first, is 5/6, whose month had the 5 of the list's 4/5 before it
// and was counted to May 5, the day of that 4/5 given as May 5 where it
// is April 5.
func rangeDayBeside(fs []parse.Field, i int, day layout.Kind) int {
	if fs[i].Form == layout.Numeric || fs[i].Form == layout.NumericPad {
		for _, k := range [2]int{i + 2, i - 2} {
			if k >= 0 && k < len(fs) && fs[k].Kind == day && fs[k].Flags&parse.RangeEnd != 0 &&
				len(fs[(i+k)/2].Text) == 1 && strings.ContainsAny(fs[(i+k)/2].Text, "/.-") {
				return k
			}
		}
	}
	for _, dir := range [2]int{-1, 1} {
		for k := i + dir; k >= 0 && k < len(fs); k += dir {
			if fs[k].Kind == day && fs[k].Flags&parse.RangeEnd != 0 {
				return k
			}
			if fs[k].Kind != layout.Literal {
				break
			}
		}
	}
	return -1
}

// gregorianDaysTo counts the days from t's day to day d of month m, in
// t's year, or the next or the one before, whichever is nearest.
func gregorianDaysTo(t time.Time, m time.Month, d int) (int, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, false
	}
	y, tm, td := t.Date()
	from := time.Date(y, tm, td, 0, 0, 0, 0, time.UTC)
	best, ok := 0, false
	for _, yy := range [3]int{y, y + 1, y - 1} {
		to := time.Date(yy, m, d, 0, 0, 0, 0, time.UTC)
		if to.Day() != d {
			continue // no such day in that year
		}
		n := int(to.Sub(from).Hours() / 24)
		if !ok || abs(n) < abs(best) {
			best, ok = n, true
		}
	}
	return best, ok
}

// hebrewDaysTo counts the days from h to day d of Hebrew month m, in h's
// year, or the next or the one before, whichever is nearest.
func hebrewDaysTo(h hebrew.Date, m hebrew.Month, d int) (int, bool) {
	best, ok := 0, false
	for _, y := range [3]int{h.Year, h.Year + 1, h.Year - 1} {
		to, err := hebrew.NewDate(y, m, d)
		if err != nil {
			continue
		}
		if n := to.DaysSince(h); !ok || abs(n) < abs(best) {
			best, ok = n, true
		}
	}
	return best, ok
}

// checkRangeDays reports the other day of a range that does not exist:
// the 31 of "2-31 Cheshvan 5778", or the 30 of "2-30 Cheshvan 5778", a
// year whose Cheshvan has 29 days. It reports whether it found one.
func (rv *resolver) checkRangeDays() bool {
	d := rv.dl
	for i, x := range rv.f.fields {
		if x.Flags&parse.RangeEnd == 0 || x.Kind != layout.Day && x.Kind != layout.HebrewDay {
			continue
		}
		// The month the day is in: the range's other month, or the own.
		month := -1
		for _, m := range rv.f.fields[max(i-3, 0):min(i+4, len(rv.f.fields))] {
			if m.Flags&parse.RangeEnd != 0 && m.Shift == x.Shift && (m.Kind == layout.Month && x.Kind == layout.Day ||
				m.Kind == layout.HebrewMonth && x.Kind == layout.HebrewDay) {
				month = m.Value
			}
		}
		// A range runs forwards: its other end after the dateline's own
		// day when written after it ("2-8 Cheshvan"), before it when
		// written before it ("Thursday night-Friday November 30-December
		// 1"). "Jan 7-Jan 1" runs backwards.
		own, hasOwn := rv.f.gDay, rv.f.hasGDay
		if x.Kind == layout.HebrewDay {
			own, hasOwn = rv.f.hDay, rv.f.hasHDay
		}
		if x.Flags&parse.BothWays != 0 {
			// "12-6 בתשרי": 12 to 16, as read, or 6 to 12, the end first.
			short := rv.f.input[x.Start:x.End]
			rv.add(CodeDateAmbiguous, Warning, min(own.Start, x.Start), max(own.End, x.End), quote(rv.f.input[own.Start:x.End])+
				" reads as "+itoa(own.Value)+" to "+itoa(x.Value)+", its end cut to its last digit, as it was read, and as "+short+" to "+
				itoa(own.Value)+", its end written first, as Hebrew-script text may; write both days in full, the first day first")
		}
		after := x.Start > own.Start
		if x.Flags&parse.EndFirst != 0 {
			after = !after // 7-6 מערץ: the end written first (see parse.EndFirst)
		}
		if hasOwn && (x.Shift == 0 && !rv.laterHour() || after != (x.Shift >= 0)) {
			which := "after"
			if !after {
				which = "before"
			}
			msg := "the range runs backwards: its other day, " + quote(rv.f.input[x.Start:x.End]) + ", is not " + which +
				" its first, " + quote(rv.f.input[own.Start:own.End])
			if a, b, c, e, ok := rv.statedEnds(x.Shift); ok {
				// "Dec 4, 2026 - Nov 9, 2026": each end a whole date with
				// its year, the end before the start.
				msg = "the range runs backwards: its last day, " + quote(rv.f.input[c:e]) + ", comes before its first, " + quote(rv.f.input[a:b])
			} else if x.Flags&parse.Backward != 0 && month > 0 && month != int(d.Time.Month()) {
				// "10.09.-18.05.2021": an end in an earlier month, which
				// a range into the next year (a school year's) writes too.
				msg += "; a range into the next year gives its first day's year as well"
			}
			rv.add(CodeSyntax, Error, min(own.Start, x.Start), max(own.End, x.End), msg)
			return true
		}
		if x.Kind == layout.Day {
			ty, _, td := rv.timeDate(civil.AddDays(d.Time, int(x.Shift)))
			if x.Value == td {
				continue
			}
			y, m, _ := rv.timeDate(d.Time)
			if month > 0 {
				y, m = ty, time.Month(month)
			}
			n := rv.daysIn(y, m)
			rv.add(CodeNoSuchDay, Error, x.Start, x.End, monthName(int(m))+" "+itoa(y)+" has "+itoa(n)+
				" days, so there is no "+monthName(int(m))+" "+itoa(x.Value)+rv.otherDayRole(x.Kind))
			return true
		}
		h := d.Hebrew.AddDays(int(x.Shift))
		if h.IsZero() || x.Value == h.Day {
			continue
		}
		y, m := d.Hebrew.Year, d.Hebrew.Month
		if month > 0 {
			y, m = h.Year, hebrew.Month(month)
		}
		name := hebrew.Spelling{}.Name(m, hebrew.IsLeapYear(y))
		rv.add(CodeNoSuchDay, Error, x.Start, x.End, name+" "+itoa(y)+" has "+itoa(hebrew.DaysInMonth(y, m))+
			" days, so there is no "+itoa(x.Value)+" "+name+rv.otherDayRole(x.Kind))
		return true
	}
	return false
}

// otherDayRole ends the message of a range's or list's other day that
// does not exist with what that day was for: " for the range to end on"
// where a dash is between the two days ("10-30 Adar II 5784"), " in the list"
// where the dateline names more than one other day or a comma alone parts
// the two ("10, 20, 30 Adar II 5784" was told there was no 30 Adar II
// "for the range to end on"; found by an adversarial review of the
// texts), and nothing where a word joins them ("February 4 and 30, 2023",
// a pair, or "from 4 to 30", a range, in any of the languages).
func (rv *resolver) otherDayRole(k layout.Kind) string {
	n, first, last := 0, len(rv.f.input), 0
	for _, x := range rv.f.fields {
		if x.Kind == k {
			first, last = min(first, x.End), max(last, x.Start)
			if x.Flags&parse.RangeEnd != 0 {
				n++
			}
		}
	}
	between := ""
	if first < last {
		between = strings.TrimSpace(rv.f.input[first:last])
		between = strings.TrimSuffix(strings.TrimPrefix(between, "."), ".") // "10.-30." and "10., 20., 30."
		between = strings.TrimSpace(between)
	}
	switch {
	case n > 1 || between == ",":
		return " in the list"
	case strings.ContainsAny(between, "-–—"):
		return " for the range to end on" // and "24 Adar I-30 Adar II"
	}
	return ""
}

// eveningAhead reports whether d's Hebrew date is the day after its
// civil day's, as a site writes it from sunset on.
func eveningAhead(d Dateline) bool {
	y, m, day := d.Time.Date()
	h, err := hebrew.FromGregorian(y, m, day)
	return err == nil && h.AddDays(1) == d.Hebrew
}

// dayText writes t's day as "November 30, 2023".
func dayText(t time.Time) string {
	y, m, d := t.Date()
	return dateText(y, m, d)
}

// laterHour reports whether the range's other end has a time of day after
// the dateline's own, so that it may end on its first day: "05. 04. 2020
// 11:00 - 05. 04. 2020 15:00", a range of hours with each end's date.
func (rv *resolver) laterHour() bool {
	own, end := -1, -1
	for _, f := range rv.f.fields {
		var m *int
		if f.Flags&parse.RangeEnd != 0 {
			m = &end
		} else {
			m = &own
		}
		switch f.Kind {
		case layout.Hour:
			*m = max(*m, 0) + f.Value*60
		case layout.Minute:
			*m = max(*m, 0) + f.Value
		}
	}
	return own >= 0 && end > own
}

// statedEnds returns the spans of a range's two whole dates, [a, b) its
// start's and [c, e) its end's, whose end is the fields shifted by shift,
// where each states its Gregorian day, month and year.
func (rv *resolver) statedEnds(shift int16) (a, b, c, e int, ok bool) {
	a, c = -1, -1
	var own, end int
	for _, f := range rv.f.fields {
		if f.Kind != layout.Day && f.Kind != layout.Month && f.Kind != layout.Year {
			continue
		}
		if f.Flags&parse.RangeEnd != 0 && f.Shift == shift {
			if c < 0 {
				c = f.Start
			}
			e, end = max(e, f.End), end|1<<f.Kind
		} else if f.Flags&parse.RangeEnd == 0 {
			if a < 0 {
				a = f.Start
			}
			b, own = max(b, f.End), own|1<<f.Kind
		}
	}
	all := 1<<layout.Day | 1<<layout.Month | 1<<layout.Year
	return a, b, c, e, own == all && end == all && b <= c
}
