package parse

import (
	"time"

	"github.com/dualdate/dualdate/internal/layout"
)

// A listPair is a day and month in digits of a list before a numeric
// date: its two numbers and where they stand.
type listPair struct {
	a, b           int // the first and second number
	as, ae, bs, be int
}

// numericPairList reads, at s[i], a list of days each written with its
// month in digits before a numeric date with its year, the last of the
// list: "Kurse am 4.3., 11.3. und 18.3.2024", "4.3, 11.3 und 18.3.2024",
// "Sessions on 3/4, 3/11 and 3/18/2024", "on 4/3, 11/3 and 18/3/2024".
// Only the date was read, or with the last pair before it ("11.3. und
// 18.3.2024"), and the days before lost with nothing said (found trying
// the command as an adversary). The first day is the dateline's, the
// others RangeEnd, each its Shift from the first, counted in the date's
// year (the year before, for a month after the date's: "28.12., 4.1. und
// 11.1.2025"), as numericDayList gives a list of days of one month. The
// pairs and the date share their separator and their order: day first
// with points; with slashes, the order a number above 12 shows, in the
// date or in a pair, and no list where none does (3/4, 4/5 and
// 5/6/2024), which the reader would have to guess. The days go forward,
// at most maxRange days from the first to the last, and two pairs or
// more come before the date: one is numericRange's ("4.3. und 18.3.2024").
// It reports false, having read and kept nothing, for anything else.
func (p *parser) numericPairList(i int) (int, bool) {
	s := p.s
	_, e1, _ := number(s, i)
	sep := s[e1]
	if sep != '.' && sep != '/' {
		return i, false
	}
	var pairs [len(p.mids) + 1]listPair
	n, k, j := 0, i, -1
	for {
		a, ea, da := number(s, k)
		if da == 0 || da > 2 || ea+1 >= len(s) || s[ea] != sep {
			return i, false
		}
		b, eb, db := number(s, ea+1)
		if db == 0 || db > 2 {
			return i, false
		}
		if eb+1 < len(s) && s[eb] == sep && isDigit(s, eb+1) {
			j = k // the date, with its year
			break
		}
		if n == len(pairs) {
			return i, false
		}
		pairs[n] = listPair{a, b, k, ea, ea + 1, eb}
		n++
		e := eb
		if sep == '.' && e < len(s) && s[e] == '.' {
			e++ // 4.3., as German writes a day and month
		}
		switch {
		case e+1 < len(s) && s[e] == ',' && s[e+1] == ' ':
			k = skipSpace(s, e+1)
			if !isDigit(s, k) {
				if w, dash := rangeJoin(s, e+1); w >= 0 && !dash {
					k = w // 4.3., 11.3., and 18.3.2024
				}
			}
		default:
			w, dash := rangeJoin(s, e)
			if to, _ := rangeToWordAt(s, e); w < 0 || dash || to {
				return i, false // 4.3. bis 18.3.2024: a range, numericRange's
			}
			k = w
		}
		if !isDigit(s, k) {
			return i, false
		}
	}
	if n < 2 {
		return i, false
	}
	rd, _, what := readNumericDate(s, j)
	if what != "" || rd.n != 3 || s[rd.fields[0].End] != sep {
		return i, false
	}
	dayFirst := rd.fields[0].Kind == layout.Day
	if sep == '/' && rd.fields[0].Flags&Ambiguous != 0 {
		// 3/4, 3/11 and 3/12/2024: a pair's number above 12 shows the
		// order the date does not.
		byDay, byMonth := false, false
		for _, pr := range pairs[:n] {
			byDay = byDay || pr.a > 12
			byMonth = byMonth || pr.b > 12
		}
		if byDay == byMonth {
			return i, false
		}
		dayFirst = byDay
		if !dayFirstFields(s, &rd, dayFirst) && dayFirst {
			return i, false
		}
		if !dayFirst && rd.fields[0].Kind != layout.Month {
			return i, false
		}
	}
	endDay, endMonth := rd.fields[0], rd.fields[1]
	if !dayFirst {
		endDay, endMonth = endMonth, endDay
	}
	y := rd.fields[2].Value
	if rd.fields[2].Form == layout.TwoDigit {
		y += 2000 // as gregorianRangeShift counts the days
	}
	last := time.Date(y, time.Month(endMonth.Value), endDay.Value, 0, 0, 0, 0, time.UTC)
	var days [len(pairs)]time.Time
	for x, pr := range pairs[:n] {
		d, m := pr.a, pr.b
		if !dayFirst {
			d, m = m, d
		}
		yy := y
		if m > endMonth.Value {
			yy-- // 28.12., 4.1. und 11.1.2025
		}
		t := time.Date(yy, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if m < 1 || m > 12 || t.Day() != d || x > 0 && !t.After(days[x-1]) {
			return i, false
		}
		days[x] = t
	}
	if !last.After(days[n-1]) || int(last.Sub(days[0]).Hours()/24) > maxRange {
		return i, false
	}
	var flags Flag
	if dayFirst {
		flags = DayFirst
	}
	first := pairs[0]
	day := Field{Value: first.a, Start: first.as, End: first.ae, Flags: flags}
	month := Field{Value: first.b, Start: first.bs, End: first.be, Flags: flags}
	if !dayFirst {
		day.Value, day.Start, day.End, month.Value, month.Start, month.End = first.b, first.bs, first.be, first.a, first.as, first.ae
	}
	day.Kind, day.Form = layout.Day, dayForm(s, day.Start, day.End-day.Start)
	month.Kind, month.Form = layout.Month, monthNumericForm(dayForm(s, month.Start, month.End-month.Start))
	if dayFirst {
		p.add(day)
		p.add(month)
	} else {
		p.add(month)
		p.add(day)
	}
	for x, pr := range pairs[1:n] {
		d := Field{Value: pr.a, Start: pr.as, End: pr.ae}
		if !dayFirst {
			d.Value, d.Start, d.End = pr.b, pr.bs, pr.be
		}
		d.Kind, d.Form = layout.Day, dayForm(s, d.Start, d.End-d.Start)
		d.Shift, d.Flags = int16(days[x+1].Sub(days[0]).Hours()/24), flags|RangeEnd
		p.add(d)
	}
	endDay.Flags, endMonth.Flags = flags|RangeEnd, flags|RangeEnd
	year := rd.fields[2]
	year.Flags = 0
	if dayFirst {
		p.add(endDay)
		p.add(endMonth)
	} else {
		p.add(endMonth)
		p.add(endDay)
	}
	p.add(year)
	return rd.end, true
}

// slashPairListAhead reports whether a list of days with their months
// goes on after the day and month in digits whose slash is at s[e]: the
// second number, then a comma, a space and a digit ("3/4, 3/11 and
// 3/18/2024"). It is number's cheap test before numericRange, which
// numericPairList reads such a list in.
func slashPairListAhead(s string, e int) bool {
	_, e2, d2 := number(s, e+1)
	return d2 > 0 && d2 <= 2 && e2+2 < len(s) && s[e2] == ',' && s[e2+1] == ' ' && isDigit(s, skipSpace(s, e2+1))
}
