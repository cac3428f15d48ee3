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
//
// A title ends its gloss with a colon, with or without the comma after the
// name, and may give the date as a range: "Hanukkah la festa delle luci:
// dal 7 al 15 dicembre" (piuculture.it, the hundred-and-ninety-third
// held-out round) was not found, as Find reads no year-less date of a
// month English has not apart from its occasion; "Hanouka, la fête des
// lumières : du 7 au 15 décembre", "Chanukah, the Festival of Lights,
// from December 7 to 15". The date after the gloss is the occasion's,
// whose day or eve it must be (see Find).

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
	if b == 0 || b == i || i >= len(s) || s[i]-'a' >= 26 || !p.occasionOnly() {
		return i // the cheap test first: a word in lower case after the occasion
	}
	if e := latinWord(s, i); e == i || !isWordOf(s[i:e], glossArticles[:]) {
		return i
	}
	e := commaAfterWords(s, i, maxGlossWords, len(s), true)
	if e < 0 || s[b-1] != ',' && s[e] != ':' {
		return i // without the name's comma, only a title's colon ends the gloss
	}
	n := skipSpace(s, e+1)
	if n == e+1 {
		return i
	}
	if k := rangeStart(s, n); k > n && p.dateAfterGloss(k) {
		return k // dal 7 al 15 dicembre: the range's start, as after the name
	}
	if !p.dateAfterGloss(n) {
		return i
	}
	return n
}

// commaAfterWords returns the index of the comma that ends at most n
// words of letters from s[k], spaces between them and the comma right
// after the last, all before limit; or -1. Where colon is true, a colon
// ends them as a comma does, right after the last word or after a space,
// as French writes it.
func commaAfterWords(s string, k, n, limit int, colon bool) int {
	for range n {
		e := latinWord(s, k)
		if e == k || e >= limit || !allLetters(s[k:e]) {
			return -1
		}
		if s[e] == ',' || colon && s[e] == ':' {
			return e
		}
		next := skipSpace(s, e)
		if next == e {
			return -1
		}
		if colon && next < limit && s[next] == ':' {
			return next // la fête des lumières : du 7 au 15 décembre
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
