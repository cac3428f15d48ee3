package parse

import "strings"

// Finnish names a yearly day by a noun for the day and "on" (is) before
// its day and month in digits, each with its point and no year:
// "Virallinen EU:n ja YK:n asettama holokaustin uhrien vuotuinen
// muistopäivä on 27.1." (israelpiiri.blogspot.com, the two hundred and
// seventy-first held-out round: the official annual remembrance day of
// the Holocaust's victims is 27.1.) was no date, as "27.1." alone is
// none, a section or a decimal number as often as a date. A noun that
// ends in "päivä" (day: muistopäivä, itsenäisyyspäivä, syntymäpäivä) or
// that is "päivämäärä" (date), then "on", say the numbers are a day of the
// year, as a weekday before them does; the point after the month, which
// Finnish writes after a date's last number, sets them apart from a
// length ("Työpäivä on 7.5 tuntia", the working day is 7.5 hours). The
// year is the page's, or the one nearest the reference.

// finnishDayNouns are the endings of the nouns that name a day.
var finnishDayNouns = [...]string{"päivä", "päivämäärä"}

// finnishDayIsBefore reports whether a Finnish noun for a day (see
// finnishDayNouns), one space or more, "on" and one space or more stand
// right before s[i], and a day and month in digits with a point after
// each and no year start there: "muistopäivä on 27.1.".
func finnishDayIsBefore(s string, i int) bool {
	if !finnishDayMonthAt(s, i) {
		return false
	}
	k := trimSpaceBefore(s, i)
	if k == i || k < len("on") || !foldEquals(s[k-len("on"):k], "on") {
		return false
	}
	k -= len("on")
	if k > 0 && letterBefore(s, k) {
		return false // "talon 27.1.": the house's, no copula
	}
	e := trimSpaceBefore(s, k)
	if e == k {
		return false
	}
	b := wordBefore(s, e)
	w := strings.ToLower(s[b:e])
	for _, n := range finnishDayNouns {
		if strings.HasSuffix(w, n) {
			return true
		}
	}
	return false
}

// finnishDayMonthAt reports whether a day and month in digits, a point
// after each, start at s[i] with no year or other digit after them:
// "27.1.", "6.12.".
func finnishDayMonthAt(s string, i int) bool {
	d, e1, d1 := number(s, i)
	if d1 == 0 || d1 > 2 || d < 1 || d > 31 || e1 >= len(s) || s[e1] != '.' {
		return false
	}
	m, e2, d2 := number(s, e1+1)
	if d2 == 0 || d2 > 2 || m < 1 || m > 12 || e2 >= len(s) || s[e2] != '.' {
		return false
	}
	return !isDigit(s, e2+1)
}
