package parse

import "github.com/dualdate/dualdate/internal/layout"

// endDated makes the weekday that ends a range of two weekdays joined by a
// word for "until" the dateline's own, where the date after it is its
// date: "Desde el miércoles por la tarde y hasta el atardecer de este
// jueves 2 de octubre" (Tiempo de San Juan, the hundred-and-forty-first
// held-out round), "Wednesday until Thursday, October 2, 2025", "del
// lunes al jueves 2 de octubre". The date was read as the start's, so
// that a right string was said to name the wrong weekday, or, without
// its year, was put in a year whose date fell on the start's weekday,
// with nothing said. The start is then the weekday diff days before the
// dateline's day (a RangeEnd with a negative Shift, as "Thursday
// night-Friday" makes its Thursday), and its evening, if it names one,
// is the range's, not the dateline's: the dateline is the day the text
// dates. A range of dates after the end ("Wednesday until Thursday,
// October 1-2") is left as it was read, its first date the start's.
// diff is the days from the start's weekday to the end's (see weekdays).
func endDated(fields []Field, diff int16) {
	start, end := -1, -1
	for i := range fields {
		f := &fields[i]
		switch {
		case f.Kind == layout.Day && f.Flags&RangeEnd != 0:
			return
		case f.Kind == layout.Weekday && f.Flags&RangeEnd == 0 && start < 0:
			start = i
		case f.Kind == layout.Weekday && f.Flags&RangeEnd != 0 && end < 0:
			end = i
		}
	}
	if start < 0 || end < 0 {
		return
	}
	a, b := &fields[start], &fields[end]
	a.Shift -= diff
	a.Flags = a.Flags&^Night | RangeEnd
	b.Shift -= diff
	b.Flags &^= RangeEnd
}

// untilBetween reports whether a word of rangeToWords (until, hasta, al,
// até) is among the words of s[i:k], what joins two weekdays: "hasta"
// in " y hasta el atardecer de este ", "until" in " evening until ". A
// dash, "&" or "and" alone lists the two days, whose date is the
// first's.
func untilBetween(s string, i, k int) bool {
	var buf [16]byte
	for j := i; j < k; {
		e := latinWord(s, j)
		if e == j {
			_, n := decode(s, j)
			j += max(n, 1)
			continue
		}
		if e-j <= len("through") && rangeToWords[string(appendFoldCase(buf[:0], s[j:e]))] {
			return true
		}
		j = e
	}
	return false
}

// dayOfMonthAt reports whether a day of a month follows a weekday that
// ends at e, after a space or a comma: a month's name ("Thursday, October
// 2"), or a day of one or two digits and a month's name, with the word
// for "of" between them or not ("jueves 2 de octubre", "Donnerstag, 2.
// Oktober").
func dayOfMonthAt(s string, e int) bool {
	k := skipSpace(s, e)
	if k < len(s) && s[k] == ',' {
		k = skipSpace(s, k+1)
	}
	if k == e {
		return false
	}
	if w, _, ok := wordAt(s, k); ok && w.kind == wMonth {
		return true
	}
	_, n, digits := number(s, k)
	if digits == 0 || digits > 2 {
		return false
	}
	if n < len(s) && s[n] == '.' {
		n++
	}
	m := skipSpace(s, n)
	if of := matchWords(s, m, eveningOfWords[:]...); of > m {
		m = skipSpace(s, of)
	}
	w, _, ok := wordAt(s, m)
	return m > n && ok && w.kind == wMonth
}
