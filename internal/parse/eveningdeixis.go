package parse

import (
	"slices"
	"unicode/utf8"

	"github.com/dualdate/dualdate/internal/script"
)

// News and notices name the evening they speak of by its distance from
// the day they are written, then give its date after a comma: "Tonight,
// September 8, 2025", "Domani sera, 8 settembre" (incoming.tsv), "Ce soir,
// 8 septembre", "Heute Abend, 8. September". The date was found alone and
// read as its daytime, whose Hebrew date is the day before the evening's,
// with nothing said. The words say the date's evening, as "the evening
// of" does (see eveningOf): the Hebrew date is the next one, from sunset.

// eveningDeixisPhrases are the words for this evening and tomorrow
// evening, in lower case, words parted by one space; the date after them
// is the evening's own, whichever day the page was written.
var eveningDeixisPhrases = [...]string{
	"tonight", "this evening", "tomorrow evening", "tomorrow night",
	"ce soir", "demain soir", "esta noche", "mañana por la noche", "mañana en la noche",
	"stasera", "questa sera", "domani sera", "heute abend", "morgen abend",
	"hoje à noite", "esta noite", "amanhã à noite", "vanavond", "morgenavond",
	"сегодня вечером", "завтра вечером", "dziś wieczorem", "jutro wieczorem",
}

// eveningDeixisLasts are the last letters of eveningDeixisPhrases. A
// phrase ends the text before a date only where the letter there folds
// to its last (see foldPrefix), so that the others are turned away
// before any phrase is compared: a Hebrew word, a geresh, a "·".
var eveningDeixisLasts = func() (out []rune) {
	for _, ph := range eveningDeixisPhrases {
		if r, _ := utf8.DecodeLastRuneInString(ph); !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}()

// eveningDeixisLead returns the index of the date after a phrase of
// eveningDeixisPhrases at s[i], a comma after it or not, and the spaces:
// a month's or weekday's name, or a day in one or two digits before a
// space or a point; or i.
func eveningDeixisLead(s string, i int) int {
	e := phraseEnd(s, i, eveningDeixisPhrases[:])
	if e == i {
		return i
	}
	if e < len(s) && s[e] == ',' {
		e++
	}
	k := skipSpace(s, e)
	if k == e || !deixisDateAt(s, k) {
		return i
	}
	return k
}

// eveningDeixisBefore returns where a phrase of eveningDeixisPhrases
// starts that ends the text before k, a comma after it or not, as Find
// takes it into the match of the date after it (see EveningBefore); or k.
// Its first tests are cheap: no word ends there, or the letter there,
// folded, ends no phrase (see eveningDeixisLasts). A page of Hebrew
// datelines has a Hebrew word or a mark before most dates, and each
// phrase was compared with the text before them (a twentieth of Find's
// time on bench's article-he.txt).
func eveningDeixisBefore(text string, k int) int {
	e := k
	if e > 0 && text[e-1] == ',' {
		e = trimSpaceBefore(text, e-1)
	}
	if e == 0 || !script.IsLatinLetter(rune(text[e-1])) && text[e-1] < 0x80 {
		return k // the cheap first test: no word ends there
	}
	if r, _ := utf8.DecodeLastRuneInString(text[:e]); !slices.Contains(eveningDeixisLasts, script.FoldCase(r)) {
		return k
	}
	for _, ph := range eveningDeixisPhrases {
		b := e - len(ph)
		if b < 0 || b > 0 && !wordEnds(text, b) && !wordStartsAt(text, b) {
			continue
		}
		if n, ok := foldPrefix(text, b, ph); ok && n == e {
			if untilBefore(text, b) {
				return k // until tomorrow evening: the end's own day
			}
			return b
		}
	}
	return k
}

// untilBefore reports whether a word for "until" (untilLeadWords,
// endWords, French's "jusqu'à"), and a short word after it or not, ends
// the text before k: "Si celebra fino a domani sera, 9 ottobre, lo Yom
// Kippur" names the festival's last day, until its evening, whose Hebrew
// date is its own (see untilLead).
func untilBefore(text string, k int) bool {
	for range 2 {
		k = trimSpaceBefore(text, k)
		w := wordBefore(text, k)
		if w == k {
			return false
		}
		word := text[w:k]
		if isWordOf(word, untilLeadWords[:]) || isWordOf(word, endWords[:]) || elidedUntil(word) {
			return true
		}
		if utf8.RuneCountInString(word) > 2 {
			return false
		}
		k = w // fino a, hasta la, até à
	}
	return false
}
