package parse

import (
	"strings"

	"github.com/dualdate/dualdate/format"
)

// beginsWords are the verbs that say an occasion begins, between its name
// and the civil day at whose sunset it does, as community pages and papers
// announce a holiday: "Jom Kippur begynder kl.18 fredag den 11. oktober"
// (Danish), "Iom Kipur comenzará el 1 de octubre" (Spanish), "Rosch
// Haschana beginnt am 15. September", "Yom Kippour commence le 11
// octobre", "Yom Kippur begins on October 11". They are no words of the
// tables: they are looked at only after an occasion's name.
var beginsWords = [...]string{
	"begins", "starts", "beginnt", "begint", "begynder", "begynner", "börjar", "commence", "débute",
	"comienza", "comenzará", "empieza", "empezará", "inicia", "iniciará", "começa", "começará", "inizia", "comincia",
}

// beginsAfter are the words for "on" (and the articles) that may follow a
// word of beginsWords before the day: on, am, op, den, le, el, il, em, no.
var beginsAfter = [...]string{"on", "am", "op", "den", "le", "el", "il", "em", "no"}

// occasionBegins reads, after an occasion's name and before any date, a
// word of beginsWords and a word of beginsAfter after it, as text of the
// dateline, and marks the occasion Night: the day that follows is the one
// on whose evening the occasion begins, its eve (see the dateline layer's
// occasionEve). It returns the index after them, or i.
func (p *parser) occasionBegins(i int) int {
	s := p.s
	if i >= len(s) || !beginsFirst(s[i]) || !p.has(format.Holiday) || p.has(format.Day) || p.has(format.Month) || p.has(format.Weekday) {
		return i
	}
	e := latinWord(s, i)
	if e == i || e-i > len("comenzará") || !beginsWord(s[i:e]) {
		return i
	}
	k := skipSpace(s, e)
	if k == e {
		return i
	}
	if a := matchWords(s, k, beginsAfter[:]...); a > k {
		if j := skipSpace(s, a); j > a {
			k = j
		}
	}
	for n := range p.n {
		if p.buf[n].Kind == format.Holiday {
			p.buf[n].Flags |= Night
		}
	}
	return k
}

// beginsWord reports whether w is one of beginsWords, in any case.
func beginsWord(w string) bool {
	for _, b := range beginsWords {
		if len(w) == len(b) && strings.EqualFold(w, b) {
			return true
		}
	}
	return false
}

// beginsFirst reports whether c may start one of beginsWords: b, c, d, e,
// i or s in either case. It is occasionBegins's cheap first test, at every
// separator of a dateline.
func beginsFirst(c byte) bool {
	switch c | 0x20 {
	case 'b', 'c', 'd', 'e', 'i', 's':
		return true
	}
	return false
}
