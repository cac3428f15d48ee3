package parse

import (
	"unicode"
	"unicode/utf8"

	"github.com/dualdate/dualdate/internal/layout"
)

// JulianNamedBefore returns the words in the sentence before text[start]
// that name the Julian calendar or the Old Style, a calendar marker as
// matchMarker reads one, where a date at start took no marker of its own:
// "According to the Julian Calendar, the Battle of the Boyne occurred on
// July 1, 1690" (incoming.tsv) was read as the Gregorian July 1, with
// nothing said, where the sentence says the Julian one, July 11. Such a
// sentence may as well name the Julian calendar of another date ("Orthodox
// Christmas, December 25 in the Julian calendar, is January 7, 1900"), so
// the caller does not read the date as Julian: it warns. OS and NS without
// their dots, an operating system's as often, are left out, and so is a
// marker that opens a bracket closed before start (see closedAside).
func JulianNamedBefore(text string, start int) (string, bool) {
	from := sentenceStart(text, start)
	if from < 0 {
		return "", false
	}
	prevLetter := false
	for k := from; k < start; {
		r, n := utf8.DecodeRuneInString(text[k:])
		letter := unicode.IsLetter(r)
		if letter && !prevLetter {
			if e, cal, _ := matchMarker(text, k); e > k && e <= start && cal == layout.Julian && e-k > 2 && !closedAside(text, k, e, start) {
				return text[k:e], true
			}
		}
		prevLetter = letter
		k += n
	}
	return "", false
}

// closedAside reports whether the marker at text[k:e] opens a bracket,
// "[O.S." or "(Old Style", that closes, after a digit, before
// text[start]: the Old Style half of another date, "George Washington (February 22, 1732 [O.S.
// February 11, 1731] – December 14, 1799)", whose death's date after it
// was warned of the marker as if it named its calendar (the forty-ninth
// adversarial review).
func closedAside(text string, k, e, start int) bool {
	b := k
	for b > 0 && text[b-1] == ' ' {
		b--
	}
	if b == 0 || text[b-1] != '[' && text[b-1] != '(' {
		return false
	}
	closing := byte(']')
	if text[b-1] == '(' {
		closing = ')'
	}
	digits := false // "(O.S.) on July 1, 1690" names the calendar of the date after it
	for i := e; i < start; i++ {
		if text[i] == closing {
			return digits
		}
		digits = digits || text[i]-'0' < 10
	}
	return false
}
