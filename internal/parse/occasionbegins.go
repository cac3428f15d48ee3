package parse

import "github.com/dualdate/dualdate/internal/layout"

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
	if i >= len(s) || !beginsFirst(s[i]) && s[i]|0x20 != 't' || !p.has(layout.Holiday) || p.has(layout.Day) || p.has(layout.Month) || p.has(layout.Weekday) {
		return i
	}
	if s[i]|0x20 == 't' {
		return appositive(s, i)
	}
	e := latinWord(s, i)
	if e == i || e-i > len("comenzará") || !beginsWord(s[i:e]) {
		return i
	}
	k := skipSpace(s, e)
	if k == e {
		return i
	}
	k = skipAtSunset(s, k)
	if a := matchWords(s, k, beginsAfter[:]...); a > k {
		if j := skipSpace(s, a); j > a {
			k = j
		}
	}
	p.holidayNight()
	return k
}

// appositive returns the index of a word of beginsWords after an
// occasion's description set off by commas at s[i], "the" and at most
// four words: "Rosh Hashanah, the Jewish New Year, begins at sunset on
// Monday, September 22, 2025", "Yom Kippur, the Day of Atonement, begins
// at sundown". The description is text of the dateline, and the begins
// word is occasionBegins's when the separator reads it next. It returns
// i where there is none.
func appositive(s string, i int) int {
	b := i
	for b > 0 && s[b-1] == ' ' {
		b--
	}
	if b == 0 || s[b-1] != ',' {
		return i
	}
	k := matchWord(s, i, "the")
	if k == i {
		return i
	}
	for range 4 {
		j := skipSpace(s, k)
		if j == k {
			return i
		}
		e := latinWord(s, j)
		if e == j {
			return i
		}
		k = e
		if k < len(s) && s[k] == ',' {
			b := skipSpace(s, k+1)
			if e := latinWord(s, b); b > k+1 && e > b && e-b <= len("comenzará") && beginsWord(s[b:e]) {
				return b
			}
			return i
		}
	}
	return i
}

// skipAtSunset returns the index after "at sundown" (at sunset, at
// nightfall, at dusk, after nightfall) at s[k] and the spaces after it,
// or k: English holiday pages say when a day begins or ends so, "Rosh
// Hashanah begins at sundown on Sunday, September 25, and ends at sundown
// on Tuesday, September 27". The words are text of the dateline; the
// occasion's Night says what they mean (see occasionBegins).
func skipAtSunset(s string, k int) int {
	a := skipEveningPreposition(s, k)
	if a == k {
		return k
	}
	if e, ok := sunsetWord(s, a); ok {
		if j := skipSpace(s, e); j > e {
			return j
		}
	}
	return k
}

// The words that say "on the night of" between an occasion's name and
// the civil day on whose evening it begins, as Spanish and Portuguese
// community pages announce Chanukah ("Janucá en la noche del 11 de
// diciembre", "Hanukkah na noite de 27 de novembro", "Chanukah on the
// night of December 11"): a preposition and an article each may lead, then
// the word for night or evening, then the word for "of" (or "of the").
var (
	nightBefore = [...]string{"on", "en", "na", "am", "in", "the", "la", "le", "a"}
	nightWords  = [...]string{"night", "evening", "noche", "noite", "soir", "abend", "sera"}
	nightOfWord = [...]string{"of", "del", "de", "du", "des", "da", "do", "di"}
)

// nightFirst has the first bytes, in lower case, of the words that may
// start "on the night of": occasionNight's cheap first test, at every
// separator of a dateline.
var nightFirst = func() (t [256]bool) {
	for _, list := range [][]string{nightBefore[:], nightWords[:]} {
		for _, w := range list {
			t[w[0]] = true
		}
	}
	return t
}()

// occasionNight reads, after an occasion's name and before any date, the
// words of "on the night of", as text of the dateline, and marks the
// occasion Night as occasionBegins does. It returns the index after them,
// or i.
func (p *parser) occasionNight(i int) int {
	s := p.s
	if i >= len(s) || !nightFirst[s[i]|0x20] || !p.has(layout.Holiday) || p.has(layout.Day) || p.has(layout.Month) || p.has(layout.Weekday) {
		return i
	}
	k := i
	for range 2 { // on the, en la, na, the
		e := matchWords(s, k, nightBefore[:]...)
		if e == k {
			break
		}
		if k = skipSpace(s, e); k == e {
			return i
		}
	}
	e := matchWords(s, k, nightWords[:]...)
	if e == k {
		return i
	}
	if k = skipSpace(s, e); k == e {
		return i
	}
	if e = matchWords(s, k, nightOfWord[:]...); e == k {
		return i
	}
	if k = skipSpace(s, e); k == e {
		return i
	}
	p.holidayNight()
	return k
}

// holidayNight marks the occasions read Night: the day that follows is
// the one on whose evening they begin (see occasionBegins).
func (p *parser) holidayNight() {
	for n := range p.n {
		if p.buf[n].Kind == layout.Holiday {
			p.buf[n].Flags |= Night
		}
	}
}

// beginsWord reports whether w is one of beginsWords, in any case.
func beginsWord(w string) bool {
	for _, b := range beginsWords {
		if foldEquals(w, b) {
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
