package parse

import "strings"

// maxYearAside is the longest remark in brackets that asideBeforeYear skips,
// in bytes: a few words ("este año Shabat"), not a clause.
const maxYearAside = 40

// asideBeforeYear returns where the Hebrew year starts after a remark in
// brackets between a Hebrew month and the word that joins it to its year,
// or k where there is none: "El último 2 de Kislev( este año Shabat ) de
// 5784" (Mashala Digital, Buenos Aires, the 165th held-out round; the
// remark says that this year the anniversary falls on Shabbat) was read
// as 2 Kislev of the reference's year, the year after the brackets
// unread. The remark is text of the dateline, never read: its weekday is
// another year's. It must hold no digit (a date or year in brackets is
// the other calendar's, see civilBracketed), be short, and be followed by
// a word that joins a date to its year ("de", "del") and a year in digits.
// A weekday alone in the brackets is the date's own, which the reader
// checks, and is not skipped.
func asideBeforeYear(s string, k int) int {
	j := skipSpace(s, k)
	if j >= len(s) || s[j] != '(' {
		return k
	}
	c := strings.IndexByte(s[j:], ')')
	if c < 0 || c > maxYearAside || strings.ContainsAny(s[j+1:j+c], "0123456789([") {
		return k
	}
	if weekdayAlone(s, j+1, j+c) {
		return k // 2 de Kislev (miércoles) de 5784: the date's weekday, to check
	}
	after := j + c + 1
	y := skipDateJoin(s, after)
	if y == after {
		return k
	}
	if _, ok := hebrewYearField(s, y); !ok || !isDigit(s, y) {
		return k
	}
	return y
}

// weekdayAlone reports whether s[i:e] is one weekday's name and nothing
// else but spaces.
func weekdayAlone(s string, i, e int) bool {
	var q parser
	q.init(s[:e])
	k := skipSpace(s, i)
	w, end, ok := q.wordAt(k)
	return ok && w.kind == wWeekday && skipSpace(s[:e], end) == e
}

// calendarLabels are the names of the Hebrew calendar that calendarLabel
// skips in brackets, in lower case.
var calendarLabels = [...]string{"hebrew calendar", "jewish calendar", "hebrew date", "jewish date"}

// calendarLabel returns where the year starts after the Hebrew calendar's
// name in brackets between a Hebrew month and its year, or k where there
// is none: "Upon his passing on the 3rd of Tammuz (Hebrew calendar) in
// 1994" (humansofjudaism.com, seen by the 272nd held-out round: the date
// was read without its year, in the year nearest the reference), as an
// English page tells its reader which calendar the month is of. The
// bracket holds the name alone, in any letter case, and a year in digits
// follows it, after a comma or the words that lead a year ("in", "in the
// year"); the name is text of the dateline, never read. Another calendar's
// name, or no year after it, leaves the bracket where it stopped the
// date before.
func calendarLabel(s string, k int) int {
	j := skipSpace(s, k)
	if j >= len(s) || s[j] != '(' {
		return k
	}
	c := strings.IndexByte(s[j:], ')')
	if c < 0 {
		return k
	}
	if !isWordOf(s[j+1:j+c], calendarLabels[:]) {
		return k
	}
	after := pastComma(s, j+c+1)
	y := skipSpace(s, skipYearWords(s, after, false))
	if y == after || !isDigit(s, y) {
		return k
	}
	if _, ok := hebrewYearField(s, y); !ok {
		return k
	}
	return after
}
