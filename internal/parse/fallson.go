package parse

import (
	"strings"

	"github.com/dualdate/dualdate/internal/layout"
)

// fallsOnVerbs are the verbs that say on which day an occasion named
// before them falls or is celebrated, in the languages whose pages say it
// so, longer first: German "Jom Kippur fällt auf den 12. Oktober", French
// "tombe le", Spanish "cae el", "se celebra el", Portuguese "cai em",
// Dutch "valt op", Swedish "infaller den", "firas den", Danish "falder
// den", "fejres den", Norwegian "faller den", "feires den", Italian "si
// celebra il". As English's "falls on", "is celebrated on" (words of the
// tables that join the occasion and its date), they name the occasion's
// own day, not an evening. The words for "this year" (fallsThisYear) and
// for "on" (fallsOnWords) may follow them, or a range's word for "from"
// ("Rosh Hashana kommer i år att firas från solnedgången på onsdag den
// 20:e september till ...").
var (
	fallsOnVerbs = [...]string{
		"fällt", "tombe", "est célébré", "sera célébré", "caerá", "cae", "se celebrará", "se celebra",
		"cairá", "cai", "é celebrado", "será celebrado", "valt", "wordt gevierd",
		"infaller", "kommer i år att firas", "kommer att firas", "firas", "falder", "fejres", "faller", "feires",
		"si celebra", "si festeggia",
	}
	fallsThisYear = [...]string{"dieses Jahr", "in diesem Jahr", "cette année", "este año", "este ano", "dit jaar", "i år", "quest'anno"}
	fallsOnWords  = [...]string{"auf den", "auf", "am", "le", "el", "em", "no dia", "op", "den", "på", "il"}
)

// fallsOnFirst reports whether c may start one of fallsOnPhrases, in
// either case: the cheap first test.
func fallsOnFirst(c byte) bool {
	switch c | 0x20 {
	case 'f', 't', 'e', 'c', 's', 'v', 'w', 'i', 'k':
		return true
	}
	return c == 0xC3 // é
}

// occasionFallsOn reads, after an occasion's name and before any date, a
// phrase of fallsOnPhrases and the spaces after it, as text of the
// dateline, where a day in digits or a month's or weekday's name follows:
// the day is the occasion's (its year, where the text gives none, the one
// whose occasion falls on it). The date was read alone, the occasion left
// out: "Yom Kipur cae el 12 de octubre" was read in the year nearest the
// reference. It returns the index of the date, or i.
func (p *parser) occasionFallsOn(i int) int {
	s := p.s
	if i >= len(s) || !fallsOnFirst(s[i]) || !p.has(layout.Holiday) || p.has(layout.Day) || p.has(layout.Month) || p.has(layout.Weekday) {
		return i
	}
	e := matchPhrases(s, i, fallsOnVerbs[:])
	if e == i {
		e = whichFalls(s, i)
	}
	k := skipSpace(s, e)
	if e == i || k == e {
		return i
	}
	for _, words := range [2][]string{fallsThisYear[:], fallsOnWords[:]} {
		if a := matchPhrases(s, k, words); a > k {
			if j := skipSpace(s, a); j > a {
				k = j
			}
		}
	}
	if w, _, ok := wordAt(s, k); isDigit(s, k) || ok && (w.kind == wMonth || w.kind == wWeekday) {
		return k
	}
	if rangeStart(s, k) > k {
		return k // firas från solnedgången på onsdag den 20:e september till ...
	}
	return i
}

// whichFalls returns the end of English's "which" or "that" and a verb
// of the joining words after it that says when the occasion before them
// is ("is", "was", "falls", "fell", "occurs", with "this year" between
// or not), where a comma set the occasion off: "the second night of
// Passover, which was on April 9, 2020" (an Omer page), "Purim, which
// this year falls on March 24"; or i. The date after them must follow,
// as after fallsOnVerbs.
func whichFalls(s string, i int) int {
	if i == 0 || s[i-1] != ' ' || !strings.HasSuffix(strings.TrimRight(s[:i], " "), ",") {
		return i
	}
	k := matchWords(s, i, "which", "that")
	j := skipThisYear(s, skipSpace(s, k))
	if k == i || j == k {
		return i
	}
	e := matchWords(s, j, "is", "was", "falls", "fell", "occurs", "occurred")
	if e == j {
		return i
	}
	if n := skipSpace(s, e); n > e {
		if on := matchWord(s, n, "on"); on > n {
			return on
		}
	}
	return e
}
