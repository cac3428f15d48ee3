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
// their dots, an operating system's as often, are left out.
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
			if e, cal, _ := matchMarker(text, k); e > k && e <= start && cal == layout.Julian && e-k > 2 {
				return text[k:e], true
			}
		}
		prevLetter = letter
		k += n
	}
	return "", false
}
