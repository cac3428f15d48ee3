package parse

import "github.com/dualdate/dualdate/internal/layout"

// weekdayRelatives are the words for "next" and "last" that the Romance
// languages write after a weekday, before the date it is the weekday of:
// Italian "Domenica prossima, 6 settembre" (Insider Trend, the
// two-hundred-and-nineteenth held-out round), "sabato scorso, 5
// settembre"; French "dimanche prochain, 6 septembre", "dimanche dernier";
// Spanish and Portuguese "domingo próximo", "domingo pasado", "domingo
// passado"; Catalan "diumenge vinent". They agree with the weekday's
// gender (prossimo, prossima). The date after them says the day; the
// word says only which way it lies from the page's day, which the
// weekday and date already fix, and is read as a separator.
var weekdayRelatives = [...]string{
	"prossimo", "prossima", "scorso", "scorsa",
	"prochain", "prochaine", "dernier", "dernière",
	"próximo", "próxima", "proximo", "proxima", "pasado", "pasada", "passado", "passada",
	"vinent", "passat",
}

// weekdayRelative returns the end of a word of weekdayRelatives at s[i],
// right after the dateline's weekday and before a day of one or two
// digits and a month's name (a comma between or not: see dayMonthAt), or
// i. Without the
// day and month after it, the word is prose ("domenica prossima alle
// 18"), and a weekday alone no date.
func (p *parser) weekdayRelative(i int) int {
	if p.n == 0 || p.has(layout.Day) || p.has(layout.Month) || !p.endsWith(layout.Weekday) {
		return i
	}
	e := latinWord(p.s, i)
	if e == i || !isWordOf(p.s[i:e], weekdayRelatives[:]) {
		return i
	}
	k := skipSpace(p.s, e)
	if k < len(p.s) && p.s[k] == ',' {
		k = skipSpace(p.s, k+1)
	}
	if !dayMonthAt(p.s, k) {
		return i
	}
	return e
}

// dayMonthAt reports whether a day of one or two digits is at s[k] and a
// month's name after it, "de" between them or not: "6 settembre", "6 de
// septiembre".
func dayMonthAt(s string, k int) bool {
	_, e, digits := number(s, k)
	if digits == 0 || digits > 2 || skipSpace(s, e) == e {
		return false
	}
	w, _, ok := wordAt(s, skipSpace(s, skipDateJoin(s, e)))
	return ok && w.kind == wMonth
}
