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

// maxListPairs is the most pairs numericPairList reads before the date.
const maxListPairs = len(parser{}.mids) + 1

// A pairList is a list of days each with its month in digits before a
// numeric date, as scanPairList finds it: its pairs, the date, and the
// separator they share.
type pairList struct {
	pairs [maxListPairs]listPair
	n     int
	rd    numericRead
	sep   byte
}

// pairListFields is the most fields of a pairList read, with the
// literals between them: a day and a month, a day for each other pair,
// the date's three numbers, and a literal before each but the first.
const pairListFields = 2*(2+maxListPairs+3) - 1

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
// date or in a pair, for all the list. Where none does ("3/4, 4/5 and
// 5/6/2024"), the list is read month first, as a slashed date is, and
// [Result.SwapRange] gives its other reading, all its parts day first,
// which the dateline layer weighs as a range's (a warning that names
// both, the order option, a weekday that fits one), and Hebrew text
// takes (see settleListOrder): the list was refused, and scan kept its
// date alone, read month first, its days before lost. The days go
// forward, at most maxRange days from the first to the last, and two
// pairs or more come before the date: one is numericRange's ("4.3. und
// 18.3.2024"). It reports false, having read and kept nothing, for
// anything else.
func (p *parser) numericPairList(i int) (int, bool) {
	s := p.s
	l, ok := scanPairList(s, i)
	if !ok {
		return i, false
	}
	rd := &l.rd
	dayFirst := rd.fields[0].Kind == layout.Day
	if l.sep == '/' && rd.fields[0].Flags&Ambiguous != 0 {
		// 3/4, 3/11 and 3/12/2024: a pair's number above 12 shows the
		// order the date does not.
		byDay, byMonth := false, false
		for _, pr := range l.pairs[:l.n] {
			byDay = byDay || pr.a > 12
			byMonth = byMonth || pr.b > 12
		}
		if byDay && byMonth {
			return i, false
		}
		dayFirst = byDay
		if !dayFirstFields(s, rd, dayFirst) && dayFirst {
			return i, false
		}
		if !dayFirst && rd.fields[0].Kind != layout.Month {
			return i, false
		}
	}
	var out [pairListFields]Field
	n, ok := l.fields(s, dayFirst, out[:])
	if !ok {
		return i, false
	}
	for _, f := range out[:n] {
		if f.Kind != layout.Literal {
			p.add(f)
		}
	}
	return rd.end, true
}

// scanPairList finds, at s[i], the pairs of a list of days with their
// months in digits and the numeric date after them (see
// numericPairList), or reports false.
func scanPairList(s string, i int) (pairList, bool) {
	var l pairList
	_, e1, _ := number(s, i)
	if e1 >= len(s) {
		return l, false
	}
	l.sep = s[e1]
	sep := l.sep
	if sep != '.' && sep != '/' {
		return l, false
	}
	k, j := i, -1
	for {
		a, ea, da := number(s, k)
		if da == 0 || da > 2 || ea+1 >= len(s) || s[ea] != sep {
			return l, false
		}
		b, eb, db := number(s, ea+1)
		if db == 0 || db > 2 {
			return l, false
		}
		if eb+1 < len(s) && s[eb] == sep && isDigit(s, eb+1) {
			j = k // the date, with its year
			break
		}
		if l.n == len(l.pairs) {
			return l, false
		}
		l.pairs[l.n] = listPair{a, b, k, ea, ea + 1, eb}
		l.n++
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
				return l, false // 4.3. bis 18.3.2024: a range, numericRange's
			}
			k = w
		}
		if !isDigit(s, k) {
			return l, false
		}
	}
	if l.n < 2 {
		return l, false
	}
	var what string
	l.rd, _, what = readNumericDate(s, j)
	if what != "" || l.rd.n != 3 || s[l.rd.fields[0].End] != sep {
		return l, false
	}
	return l, true
}

// fields writes into out the fields of list l read day first or month
// first, the literals between them included, from its first pair to the
// end of its date, and returns how many; false where that order names no
// days, or days that do not go forward within maxRange days. The date's
// own order is l.rd's where dayFirst is its, and is turned where not.
func (l *pairList) fields(s string, dayFirst bool, out []Field) (int, bool) {
	rd := l.rd
	if (rd.fields[0].Kind == layout.Day) != dayFirst {
		f0, f1 := rd.fields[0], rd.fields[1]
		if f0.Value < 1 || f0.Value > 12 || f1.Value < 1 || f1.Value > 12 {
			return 0, false
		}
		if dayFirst {
			if !dayFirstFields(s, &rd, true) {
				return 0, false
			}
		} else {
			month := Field{Value: f0.Value, Start: f0.Start, End: f0.End}
			month.Kind, month.Form = layout.Month, monthNumericForm(dayForm(s, f0.Start, f0.End-f0.Start))
			day := Field{Value: f1.Value, Start: f1.Start, End: f1.End}
			day.Kind, day.Form = layout.Day, dayForm(s, f1.Start, f1.End-f1.Start)
			rd.fields[0], rd.fields[1] = month, day
			samePadding(s, false, &rd.fields[0], &rd.fields[1])
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
	if endMonth.Value < 1 || endMonth.Value > 12 {
		return 0, false
	}
	last := time.Date(y, time.Month(endMonth.Value), endDay.Value, 0, 0, 0, 0, time.UTC)
	if last.Day() != endDay.Value {
		return 0, false
	}
	n := l.n
	var days [maxListPairs]time.Time
	for x, pr := range l.pairs[:n] {
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
			return 0, false
		}
		days[x] = t
	}
	if !last.After(days[n-1]) || int(last.Sub(days[0]).Hours()/24) > maxRange {
		return 0, false
	}
	var flags Flag
	if dayFirst {
		flags = DayFirst
	}
	k, at := 0, l.pairs[0].as
	add := func(f Field) {
		if f.Start > at {
			out[k] = Field{Element: layout.Lit(s[at:f.Start]), Start: at, End: f.Start}
			k++
		}
		out[k] = f
		k++
		at = f.End
	}
	first := l.pairs[0]
	day := Field{Value: first.a, Start: first.as, End: first.ae, Flags: flags}
	month := Field{Value: first.b, Start: first.bs, End: first.be, Flags: flags}
	if !dayFirst {
		day.Value, day.Start, day.End, month.Value, month.Start, month.End = first.b, first.bs, first.be, first.a, first.as, first.ae
	}
	day.Kind, day.Form = layout.Day, dayForm(s, day.Start, day.End-day.Start)
	month.Kind, month.Form = layout.Month, monthNumericForm(dayForm(s, month.Start, month.End-month.Start))
	if dayFirst {
		add(day)
		add(month)
	} else {
		add(month)
		add(day)
	}
	for x, pr := range l.pairs[1:n] {
		d := Field{Value: pr.a, Start: pr.as, End: pr.ae}
		if !dayFirst {
			d.Value, d.Start, d.End = pr.b, pr.bs, pr.be
		}
		d.Kind, d.Form = layout.Day, dayForm(s, d.Start, d.End-d.Start)
		d.Shift, d.Flags = int16(days[x+1].Sub(days[0]).Hours()/24), flags|RangeEnd
		add(d)
	}
	endDay.Flags, endMonth.Flags = flags|RangeEnd, flags|RangeEnd
	endDay.Shift, endMonth.Shift = 0, 0 // gregorianRangeShift counts them
	year := rd.fields[2]
	year.Flags = 0
	if dayFirst {
		add(endDay)
		add(endMonth)
	} else {
		add(endMonth)
		add(endDay)
	}
	add(year)
	return k, true
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

// pairListOf finds, in fields read from s, the list of days with their
// months in digits that numericPairList read (its first own day and
// month start it, and its days and date are fields), and returns it and
// the indexes of its fields, fields[a:b].
func pairListOf(s string, fields []Field) (l pairList, a, b int, ok bool) {
	// Most datelines fail the first test: two days that are a range's
	// or a list's others.
	ends := 0
	for i := range fields {
		if f := &fields[i]; f.Kind == layout.Day && f.Flags&RangeEnd != 0 {
			ends++
		}
	}
	if ends < 2 {
		return l, 0, 0, false
	}
	d1, m1, _, _, ok := rangeFields(fields, layout.Day, layout.Month)
	if !ok || !numericMonth(fields[m1]) {
		return l, 0, 0, false
	}
	start := min(fields[d1].Start, fields[m1].Start)
	if l, ok = scanPairList(s, start); !ok {
		return l, 0, 0, false
	}
	a, b = min(d1, m1), -1
	ends = 0
	for i := a; i < len(fields); i++ {
		f := &fields[i]
		if f.Start >= l.rd.end {
			break
		}
		if f.Kind == layout.Day && f.Flags&RangeEnd != 0 {
			ends++
		}
		if f.Kind == layout.Year && f.End == l.rd.end {
			b = i + 1
		}
	}
	return l, a, b, b > a && ends == l.n
}

// swapPairList turns, in place, a list of days with their months in
// digits in fields (see numericPairList) into its other order, all its
// parts at once, the days after the first counted again from it: "3/4,
// 4/5 and 5/6/2024" read day first, April 3, May 4 and June 5. It reports
// whether fields hold such a list (list), and whether the other order
// reads (ok): not where a number above 12 shows the order ("3/4, 4/13
// and 5/6/2024"), or the days would not go forward. The end's day and
// month and the year are left without their Shift, for
// gregorianRangeShift and yearOfRangeEnd to count.
func swapPairList(s string, fields []Field) (ok, list bool) {
	l, a, b, list := pairListOf(s, fields)
	if !list {
		return false, false
	}
	var out [pairListFields]Field
	n, ok := l.fields(s, fields[a].Kind == layout.Month, out[:])
	if !ok || n != b-a {
		return false, true
	}
	for x := range out[:n] {
		f := &out[x]
		f.Flags |= fields[a+x].Flags &^ (DayFirst | RangeEnd | Ambiguous | Customary)
	}
	copy(fields[a:b], out[:n])
	return true, true
}

// monthFirstPairList reports whether fields hold a list of days with
// their months in digits read month first (see numericPairList), whose
// order settleListOrder may turn.
func monthFirstPairList(s string, fields []Field) bool {
	_, a, _, list := pairListOf(s, fields)
	return list && fields[a].Kind == layout.Month
}

// settleListOrder reads a list of days with their months in digits read
// month first (see monthFirstPairList) day first, all its parts, where
// the text's custom is day first as for a single date (see settleOrder):
// the dateline in Hebrew script or with Hebrew words (DayFirstText), or
// around set (Hebrew text around it in free text, or a day-first
// language's word before it). "ב-3/4, 4/5 ו-5/6/2024" is April 3, May 4
// and June 5, as "ב-3/4/2024" is April 3; the list was refused. The own
// day and month are then marked Customary: the order is the text's, and
// only an option turns it (see Result.SwapRange). A list that reads one
// way only stays as it is.
func settleListOrder(s string, fields []Field, around bool) {
	if !around && !DayFirstText(fields) {
		return
	}
	_, a, _, _ := pairListOf(s, fields)
	if ok, _ := swapPairList(s, fields); ok {
		for i := a; i < a+3 && i < len(fields); i++ {
			if f := &fields[i]; f.Kind == layout.Day || f.Kind == layout.Month {
				f.Flags |= Customary
			}
		}
	}
}
