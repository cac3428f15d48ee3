package parse

import "github.com/dualdate/dualdate/internal/layout"

// An occasion, its gloss set off by commas, then its date: "... que
// culmina com o Yom Kipur, o dia da Expiação, dia 14 de setembro, dia
// importante ..." (Nuno Canilho's blog, the eighty-fourth held-out round:
// not found), and in English "Yom Kippur, the Day of Atonement, September
// 14" (read as the date alone, September 14, 2026, the year nearest the
// reference, with only an info: a silent wrong day, where Yom Kippur on
// September 14 is 2013's). The gloss is text of the dateline, and the
// occasion is read with the date, as "Yom Kipur, dia 14 de setembro" is.

// maxGlossWords is the most words of an occasion's gloss that
// occasionGlossDate crosses: "le jour du Grand Pardon".
const maxGlossWords = 5

// glossArticles are the articles a gloss starts with: English's, the
// Romance languages'. Not German's and Dutch's der, die, das, de, het,
// which start a relative clause as well ("Pessach, der Montag war schön,
// 22. April 2024", "Chanukka, das Lichterfest, am 25. Dezember 2016": the
// date alone, see TestGermanRelativeDay), nor "that" or "which" ("Purim,
// that is a joyful day, March 24, 2024": prose).
var glossArticles = [...]string{"the", "a", "an", "o", "os", "as", "um", "uma", "el", "los", "las", "la", "un", "una",
	"le", "les", "une", "il", "lo", "gli", "els"}

// glossDateWords are the words that may come before the date after the
// gloss: Portuguese's "dia" (day) and the words for "on".
var glossDateWords = [...]string{"dia", "día", "on", "le", "el", "il", "am", "op", "pe"}

// occasionGlossDate returns the index of the date after an occasion's
// gloss at p.s[i], where only the occasion and a comma have been read: at
// most maxGlossWords words of letters, the first an article of
// glossArticles in lower case (not a name, which a list of occasions
// writes next), a comma, and a date with its day and month, a word of
// glossDateWords before it or not; or i.
func (p *parser) occasionGlossDate(i int) int {
	s := p.s
	b := trimSpaceBefore(s, i)
	if b == 0 || b == i || s[b-1] != ',' || i >= len(s) || s[i]-'a' >= 26 || !p.occasionOnly() {
		return i // the cheap test first: a word in lower case after the occasion's comma
	}
	if e := latinWord(s, i); e == i || !isWordOf(s[i:e], glossArticles[:]) {
		return i
	}
	e := commaAfterWords(s, i, maxGlossWords, len(s))
	if e < 0 {
		return i
	}
	n := skipSpace(s, e+1)
	if n == e+1 || !p.dateAfterGloss(n) {
		return i
	}
	return n
}

// commaAfterWords returns the index of the comma that ends at most n
// words of letters from s[k], spaces between them and the comma right
// after the last, all before limit; or -1.
func commaAfterWords(s string, k, n, limit int) int {
	for range n {
		e := latinWord(s, k)
		if e == k || e >= limit || !allLetters(s[k:e]) {
			return -1
		}
		if s[e] == ',' {
			return e
		}
		next := skipSpace(s, e)
		if next == e {
			return -1
		}
		k = next
	}
	return -1
}

// dateAfterGloss reports whether a date with its day and month starts at
// p.s[n], its weekday before it or not, after a word of glossDateWords or
// not.
func (p *parser) dateAfterGloss(n int) bool {
	s := p.s
	if e := matchPhrases(s, n, glossDateWords[:]); e > n {
		if j := skipSpace(s, e); j > e {
			n = j
		}
	}
	var q parser
	q.init(s)
	if _, ok := q.phrase(n); !ok {
		return false
	}
	if q.has(layout.Weekday) && !q.has(layout.Day) {
		return gregorianDateAt(s, afterWeekday(s, n)) // Saturday, September 14
	}
	return q.has(layout.Day) && q.has(layout.Month) || q.has(layout.HebrewDay) && q.has(layout.HebrewMonth)
}
