package parse

import "github.com/dualdate/dualdate/internal/layout"

// fallsOnPhrases are the verbs, with the words for "on" after them, that
// say on which day an occasion named before them falls or is celebrated,
// in the languages whose pages say it so, longer phrases first: German
// "Jom Kippur fällt auf den 12. Oktober", French "tombe le", Spanish "cae
// el", "se celebra el", Portuguese "cai em", "cai no dia", Dutch "valt
// op", Swedish "infaller den", "firas den", Danish "falder den", "fejres
// den", Norwegian "faller den", "feires den", Italian "si celebra il". As
// English's "falls on", "is celebrated on" (words of the tables that join
// the occasion and its date), they name the occasion's own day, not an
// evening.
var fallsOnPhrases = [...]string{
	"fällt auf den", "fällt auf", "fällt am", "fällt",
	"tombe le", "tombe", "est célébré le", "sera célébré le",
	"caerá el", "cae el", "cae", "se celebrará el", "se celebra el",
	"cairá em", "cai no dia", "cai em", "cai", "é celebrado em", "será celebrado em",
	"valt op", "valt", "wordt gevierd op",
	"infaller den", "infaller", "firas den", "firas",
	"falder den", "falder på", "falder", "fejres den", "fejres",
	"faller den", "faller på", "faller", "feires den", "feires",
	"si celebra il", "si festeggia il",
}

// fallsOnFirst reports whether c may start one of fallsOnPhrases, in
// either case: the cheap first test.
func fallsOnFirst(c byte) bool {
	switch c | 0x20 {
	case 'f', 't', 'e', 'c', 's', 'v', 'w', 'i':
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
	for _, ph := range fallsOnPhrases {
		e := matchPhrase(s, i, ph)
		if e == i {
			continue
		}
		k := skipSpace(s, e)
		if k == e {
			return i
		}
		if w, _, ok := wordAt(s, k); isDigit(s, k) || ok && (w.kind == wMonth || w.kind == wWeekday) {
			return k
		}
		return i
	}
	return i
}
