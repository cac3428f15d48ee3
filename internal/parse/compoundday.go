package parse

import "github.com/dualdate/dualdate/internal/layout"

// minCompoundPrefix is the fewest bytes before a weekday's name in a
// compound that names a day by it (Rosen of Rosenmontag).
const minCompoundPrefix = 3

// compounding are the languages, as word.langs bits, that join a word
// before a weekday's name into one: German, Dutch, Swedish, Finnish.
const compounding = 1<<layout.German | 1<<layout.Dutch | 1<<layout.Swedish | 1<<layout.Finnish

// compoundWeekday returns where a weekday's full name starts that ends
// the word s[i:e], a compound that names one day of the year by its
// weekday, as languages that join words write them: Swedish's
// Fastlagssöndagen (Shrove Sunday), German's Rosenmontag and
// Ostersonntag, Dutch's Paaszondag (see compounding). It returns i if
// there is none. The weekday is the dateline's, checked against its date
// like any; the words before it are text. Languages that write such
// names apart (Palm Sunday, dimanche des Rameaux) and abbreviations
// (Rosenmo, of Mo) take no part; only a whole dateline (parser.whole)
// reads a compound.
func compoundWeekday(s string, i, e int) int {
	for j := i + minCompoundPrefix; j < e; j++ {
		if s[j]&0xC0 == 0x80 {
			continue // inside a rune
		}
		w, ok := lookupLatin(s, j, e)
		if ok && w.kind == wWeekday && !w.weak && !w.bare && !w.dot && w.langs&compounding != 0 && w.form == layout.Long {
			return j
		}
	}
	return i
}
