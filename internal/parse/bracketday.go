package parse

import (
	"strings"

	"github.com/dualdate/dualdate/internal/layout"
)

// bracketDay reads the day of the month v, s[i:e] in digits, alone in
// brackets right after a weekday, as Brazilian news name the day they
// speak of with no month or year, the page's date saying which week:
// "Milhares de israelenses foram às ruas ... nesta terça-feira (2)" (R7,
// April 2024), "Neste domingo (18)", "na noite desta sexta-feira (27)",
// "ao pôr do sol desta quarta-feira (1º)". The text was no date, and the
// commonest way such news date an event went unread. The Day is marked
// Monthless: package dateline takes its month and year from the
// reference. The closing bracket is text of the dateline, and a layout
// learnt from it writes "terça-feira (2)" for another day.
//
// Only the weekday's name, in any language but English, then the bracket
// and the day in it, with the ordinal mark Portuguese and Spanish write
// after it ("(1º)", "(2ª)") and nothing else before the closing bracket:
// a count or a score ("terça-feira (2 a 0)"), a day and month ("(14/12)",
// "(2 de abril)", which read as dates), or a number in brackets after
// any other word ("capítulo (2)") stay as they were. English writes no
// day so; after its weekday a number in brackets is a footnote's or a
// count's ("Tuesday (2)", "Tuesday (2 people)"), and stays unread, as do
// a weekday in Hebrew letters, whose text dates a day by its Hebrew date,
// a weekday said of a range or of an eve (Erev Shabbat), and a weekday's
// abbreviation, a word of prose as often ("Mi (2)", "dom (2)"): the news
// write the name in full ("terça", "sexta" and "3ª feira" are). A month's
// name or a number after the bracket ("terça-feira (2) de abril") is not
// read as this shape either.
func (p *parser) bracketDay(i, v, e int) (int, bool) {
	s := p.s
	if v < 1 || v > 31 || p.n == 0 {
		return i, false
	}
	var wd *Field
	for k := range p.n {
		switch f := &p.buf[k]; f.Kind {
		case layout.Literal:
		case layout.Weekday:
			if wd != nil {
				return i, false
			}
			wd = f
		default:
			return i, false
		}
	}
	if wd == nil || wd.Flags&RangeEnd != 0 || wd.Shift != 0 || wd.Lang == layout.English || wd.Form != layout.Long || s[wd.Start] == 0xD7 ||
		p.last > i-1 || strings.TrimLeft(s[p.last:i-1], " ") != "" {
		return i, false
	}
	day := Field{Element: layout.Element{Kind: layout.Day}, Value: v, Start: i, End: e, Flags: Monthless}
	if e-i == 2 && s[i] == '0' {
		day.Form = layout.Padded
	}
	k := e
	for _, mark := range [...]string{"º", ".º", "°", ".°", "ª"} {
		if strings.HasPrefix(s[k:], mark) {
			if v == 1 && firstOrdinal(mark) {
				// 1º: the mark of the first alone, which a layout
				// writes on the 1st only, as "1º de outubro"'s.
				day.End, day.Text, day.Of = k+len(mark), s[i:k+len(mark)], 1
			}
			k += len(mark)
			break
		}
	}
	if k >= len(s) || s[k] != ')' {
		return i, false
	}
	j := skipSpace(s, k+1)
	if j > k+1 {
		if d := matchWords(s, j, "de", "del", "di"); d > j {
			j = skipSpace(s, d)
		}
		if w, _, ok := p.wordAt(j); ok && w.kind == wMonth || isDigit(s, j) {
			return i, false
		}
	}
	p.add(day)
	p.push(Field{Element: layout.Lit(s[day.End : k+1]), Start: day.End, End: k + 1})
	p.last = k + 1
	return k + 1, true
}

// monthlessDay reports whether the dateline's day is a Monthless one (see
// bracketDay) beside its weekday, with no month, year, Hebrew date or
// occasion read with it, which would say its month or contradict it.
func (p *parser) monthlessDay() bool {
	day := false
	for k := range p.n {
		f := &p.buf[k]
		switch f.Kind {
		case layout.Day:
			if f.Flags&Monthless == 0 {
				return false
			}
			day = true
		case layout.Month, layout.Year, layout.HebrewDay, layout.HebrewMonth, layout.HebrewYear, layout.Holiday, layout.Portion:
			return false
		}
	}
	return day && p.has(layout.Weekday)
}
