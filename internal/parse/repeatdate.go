package parse

import (
	"strings"
	"time"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// repeatDate reads at s[j], after a comma, the dateline's Gregorian date
// written again in the other way, in digits after it in words or in words
// after it in digits: "l’Unità 20/9/2001, 20 settembre 2001", as an
// archive heads an article with the paper's date and then spells it
// out. Its day, month and year are marked Repeat: they are no second
// dateline. The date in words settles the order of the one in digits:
// "6/11/2011, 6 novembre 2011" is day first, read so with no doubt. A
// date that names another day, or that does not state the day, month
// and year both ways, is none: the dateline ends before it, and free
// text reads it as another. It returns the end of the date, or j.
//
// The date may be written again in a bracket instead, closed after it:
// "Пурим 2015 начался вечером среда 4 марта 2015 (04/03/2015)"
// (calendarz.com, the two-hundred-and-fifteenth held-out round) was two
// datelines, the bracket's read month first as 3 April with a warning;
// "March 4, 2015 (03/04/2015)", "4. März 2015 (4.3.2015)". (A bracket
// that begins as the dateline does is repeatBracket's too; this one need
// not: its day may be padded, as "04", and the dateline may begin with
// an occasion or a weekday.) The ')' stays for the separator after it.
func (p *parser) repeatDate(j int) int {
	if p.n == 0 {
		return j
	}
	k, bracket := j, j < len(p.s) && p.s[j] == '('
	if bracket {
		k = skipSpace(p.s, j+1)
	} else if !commaBefore(p.s, j) {
		return j
	}
	day, dok := p.ownIndex(layout.Day)
	month, mok := p.ownIndex(layout.Month)
	year, yok := p.ownIndex(layout.Year)
	if !dok || !mok || !yok {
		return j
	}
	var q parser
	q.init(p.s)
	e, ok := q.phrase(k)
	if !ok || q.full || bracket && (skipSpace(p.s, e) >= len(p.s) || p.s[skipSpace(p.s, e)] != ')') {
		return j
	}
	// 19-20 settembre: a range, not the day again; a weekday, a time:
	// another dateline's.
	d, m, y, found := q.dateFields(layout.Day, layout.Month, layout.Year)
	digits := numericMonth(p.buf[month])
	if !found || digits == numericMonth(q.buf[m]) ||
		q.buf[y].Value != p.buf[year].Value || q.buf[y].Form != p.buf[year].Form {
		return j
	}
	// The date in digits is settled by the one in words.
	if digits && !settleByRepeat(p.buf[:p.n], day, month, q.buf[d].Value, q.buf[m].Value) ||
		!digits && !settleByRepeat(q.buf[:q.n], d, m, p.buf[day].Value, p.buf[month].Value) {
		return j
	}
	p.addRepeat(&q)
	return e
}

// repeatStamp reads at s[j] the dateline's Gregorian date written again
// as a blog platform prints it after the date in words: the weekday's
// number (1 for Monday to 7 for Sunday), the day, then, each after a space
// and a slash, the month's number, the month's name cut short and the
// year, and the post's time after them: "Lundi 15 décembre 2014 1 15 /12
// /Déc /2014 00:26" and "Mardi 6 décembre 2011 2 06 /12 /Déc /2011 12:44"
// (over-blog's stamp, the two-hundred-and-eighteenth held-out round). The
// dateline ended at the year, and the time was lost. The day, month and
// year are marked Repeat, as repeatDate's are. Only a stamp whose numbers
// are the dateline's own weekday, day, month and year, and whose short
// name begins the month's name the dateline wrote (Déc, décembre), is
// one: the dateline ends before anything else, as before. It returns the
// end of the stamp's year, or j.
func (p *parser) repeatStamp(j int) int {
	s := p.s
	if j+2 >= len(s) || s[j] < '1' || s[j] > '7' || s[j+1] != ' ' || p.n == 0 {
		return j // the cheap first test: a weekday's number and a space
	}
	day, dok := p.ownIndex(layout.Day)
	month, mok := p.ownIndex(layout.Month)
	year, yok := p.ownIndex(layout.Year)
	if !dok || !mok || !yok || numericMonth(p.buf[month]) || p.buf[year].Form != 0 {
		return j // a date in digits is not the one a stamp repeats
	}
	d, m, y := p.buf[day].Value, p.buf[month].Value, p.buf[year].Value
	if isoWeekday(y, m, d) != int(s[j]-'0') {
		return j
	}
	dv, de, dn := number(s, j+2)
	k := slashAfter(s, de)
	mv, me, mn := number(s, k)
	w := slashAfter(s, me)
	we := latinWord(s, w)
	v := slashAfter(s, we)
	yv, ye, yn := number(s, v)
	if dn == 0 || dn > 2 || dv != d || k == de || mn == 0 || mn > 2 || mv != m || w == me ||
		we-w < 3 || !abbreviates(s[w:we], s[p.buf[month].Start:p.buf[month].End]) ||
		v == we || yn != 4 || yv != y || !yearEnds(s, ye) {
		return j
	}
	p.add(Field{Element: layout.Element{Kind: layout.Day, Form: dayForm(s, j+2, dn)}, Value: dv, Start: j + 2, End: de, Flags: Repeat})
	p.add(Field{Element: layout.Element{Kind: layout.Month, Form: monthNumericForm(dayForm(s, k, mn))}, Value: mv, Start: k, End: me, Flags: Repeat})
	p.add(Field{Element: layout.Element{Kind: layout.Year}, Value: yv, Start: v, End: ye, Flags: Repeat})
	return ye
}

// isoWeekday returns the weekday of y-m-d numbered as ISO 8601 numbers
// it, 1 for Monday to 7 for Sunday.
func isoWeekday(y, m, d int) int {
	w := int(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// slashAfter returns the index after a slash at s[i], or after spaces
// and a slash and spaces ("15 /12 /Déc"), or i if none is there.
func slashAfter(s string, i int) int {
	k := skipSpace(s, i)
	if k >= len(s) || s[k] != '/' {
		return i
	}
	return skipSpace(s, k+1)
}

// abbreviates reports whether short, in any letter case, is the start of
// name in any letter case (see foldPrefix for a phrase in lower case),
// without allocating: Déc begins décembre.
func abbreviates(short, name string) bool {
	i, j := 0, 0
	for i < len(short) && j < len(name) {
		r, n := decode(short, i)
		q, m := decode(name, j)
		if script.FoldCase(r) != script.FoldCase(q) {
			return false
		}
		i, j = i+n, j+m
	}
	return i == len(short)
}

// settleByRepeat reports whether the day and month of fields[day] and
// fields[month] are dv and mv, as read or, for an ambiguous numeric date,
// in the other order, which it then takes. Either way the date is no
// longer ambiguous.
func settleByRepeat(fields []Field, day, month, dv, mv int) bool {
	d, m := &fields[day], &fields[month]
	switch {
	case d.Value == dv && m.Value == mv:
	case d.Flags&Ambiguous != 0 && d.Value == mv && m.Value == dv:
		swapPair(fields, day, month)
	default:
		return false
	}
	d.Flags &^= Ambiguous
	m.Flags &^= Ambiguous
	return true
}

// ownIndex returns the index of the dateline's own field of kind k read so
// far (see ownField).
func (p *parser) ownIndex(k layout.Kind) (int, bool) {
	for i := range p.n {
		if f := &p.buf[i]; f.Kind == k && f.Flags&(RangeEnd|OldStyle|Repeat) == 0 {
			return i, true
		}
	}
	return -1, false
}

// commaBefore reports whether a comma comes before s[j], spaces between.
func commaBefore(s string, j int) bool {
	for j > 0 {
		c := s[j-1]
		if c != ' ' {
			return c == ','
		}
		j--
	}
	return false
}

// repeatBracket reads at s[j] an opening bracket and, inside it, the
// dateline's own date of one calendar written again: the same day, month
// and year as read before, as a page's template prints a date twice
// ("Published On: 28 Heshvan 5771 (28 Heshvan 5771 (November 5, 2010))").
// Its fields are marked Repeat, as repeatDate's are, and the rest of the
// bracket (the other calendar's date) is read as the dateline's. A date
// that names another day, or that does not state its day, month and year,
// is none: the bracket is read as it was; so is a repeat that does not
// begin as the dateline's first field does. It returns the end of the
// date, or j.
func (p *parser) repeatBracket(j int) int {
	s := p.s
	if j >= len(s) || s[j] != '(' || p.n == 0 {
		return j
	}
	k := skipSpace(s, j+1)
	if f := p.buf[0]; f.Kind == layout.Literal || f.End <= f.Start || !strings.HasPrefix(s[k:], s[f.Start:f.End]) {
		// The cheap test, before a phrase is read: the repeat begins
		// as the dateline did ("28 Heshvan 5771 (28 …").
		return j
	}
	var q parser
	q.init(s)
	e, ok := q.phrase(k)
	if !ok || q.full {
		return j
	}
	n := 0
	for i := range q.n {
		f := q.buf[i]
		if f.Kind == layout.Literal {
			continue
		}
		own, ok := p.ownField(f.Kind)
		if !ok || f.Flags&RangeEnd != 0 || own.Value != f.Value || !dateKind(f.Kind) {
			return j // another day, a range, a weekday or a time: the bracket's own
		}
		n++
	}
	if n != 3 {
		return j
	}
	p.addRepeat(&q)
	return e
}

// dateKind reports whether k is a day, month or year of either calendar.
func dateKind(k layout.Kind) bool {
	switch k {
	case layout.Day, layout.Month, layout.Year, layout.HebrewDay, layout.HebrewMonth, layout.HebrewYear:
		return true
	}
	return false
}

// repeatHebrew reads at s[j] the dateline's Hebrew date written again in
// Hebrew script, after a separator, as a masthead prints a day in both
// calendars and then the Hebrew date in its own letters ("Domingo 23 de
// febrero de 2025 • 25 Shevat 5785 • כ"ה שבט ה' תשפ"ה"). Its day, month
// and year are marked Repeat, as repeatDate's are: no second dateline.
// Only a whole Hebrew date (day, month and year) that names the
// dateline's own Hebrew day, month and year, written in other letters,
// is one; another day, a date
// without its year, or one with a weekday or a civil date is none: the
// dateline ends before it, and free text reads it as another, as before.
// It returns the end of the date, or j.
func (p *parser) repeatHebrew(j int) int {
	s := p.s
	if j >= len(s) || s[j] != 0xD7 || p.n == 0 {
		return j // the cheap test: a Hebrew letter starts it
	}
	month, mok := p.ownIndex(layout.HebrewMonth)
	if !mok || p.buf[month].Spelling.Family.IsHebrew() {
		// A date in script is no repetition of one in script, and
		// Hebrew text, where a Hebrew letter follows most separators,
		// reads no phrase here.
		return j
	}
	day, dok := p.ownIndex(layout.HebrewDay)
	year, yok := p.ownIndex(layout.HebrewYear)
	if !dok || !yok {
		return j
	}
	var q parser
	q.init(s)
	e, ok := q.phrase(j)
	if !ok || q.full {
		return j
	}
	d, m, y, found := q.dateFields(layout.HebrewDay, layout.HebrewMonth, layout.HebrewYear) // not a weekday, a civil date
	if !found || q.buf[d].Value != p.buf[day].Value ||
		q.buf[m].Value != p.buf[month].Value || q.buf[y].Value != p.buf[year].Value {
		return j
	}
	p.addRepeat(&q)
	return e
}

// addRepeat adds the fields of q, the reading of a date that repeats the
// dateline's, but its literal text, marked Repeat.
func (p *parser) addRepeat(q *parser) {
	for i := range q.n {
		if f := q.buf[i]; f.Kind != layout.Literal {
			f.Flags |= Repeat
			p.add(f)
		}
	}
}

// dateFields returns the indices among q's fields of the day, month and
// year of one calendar, of kinds day, month and year, and whether q read
// that date alone: all three, with no range's end and no field of another
// kind but literal text.
func (q *parser) dateFields(day, month, year layout.Kind) (d, m, y int, ok bool) {
	d, m, y = -1, -1, -1
	for i := range q.n {
		f := &q.buf[i]
		if f.Flags&RangeEnd != 0 {
			return d, m, y, false
		}
		switch f.Kind {
		case layout.Literal:
		case day:
			d = i
		case month:
			m = i
		case year:
			y = i
		default:
			return d, m, y, false
		}
	}
	return d, m, y, d >= 0 && m >= 0 && y >= 0
}
