// Package words carries, from package hebrew to package parse, the first
// words of the Latin spellings of the Hebrew months, so that parse can tell
// by one table lookup that a word of prose starts no month name, and the
// shapes of the names a misspelt word may be read as, so that it can tell
// one cannot be. It is plumbing between the layers, not for users.
package words

// MonthFirst is set by package hebrew's initialisation: the first word of
// each Latin spelling of a month ("adar" of "adar rishon", "sh'vat"), lower
// case, each once, and each Cyrillic and Arabic spelling ("тишрея",
// "تشري").
var MonthFirst []string

// HebrewMonthStarts is set by package hebrew's initialisation: the first
// six bytes (three letters, cut where a rune starts) of each spelling of a month in Hebrew letters,
// or all of it if shorter, each once, so that parse can tell by its first
// letters that a word of Hebrew prose is no month name.
var HebrewMonthStarts []string

// AdarQualifiers is set by package hebrew's initialisation: the words in
// Latin letters, of four letters or more, that follow Adar to say which
// Adar of a leap year it is (rishon, sheni, aleph, ...), lower case, so
// that parse can tell a misspelt one ("Adar Risho") from a year or prose
// after a bare Adar.
var AdarQualifiers []string

// MonthSlips has the shape (see Shapes) of every month name a misspelt
// word is read as: package hebrew adds its spellings' when it
// initialises, package parse the English months'. A word it turns away
// is tried against none of them.
var MonthSlips Shapes

// OneSlip reports whether typed is word with one letter added, dropped, or
// swapped with the next (Septmber, Kislv, Novmeber, Tishrie), comparing
// ASCII letters in any case, after the first two letters, which must be
// word's, and a letter added only inside it or doubling its last: a slip
// there is rarer, and a word of prose that starts or ends so is likelier
// another word (Augusta, Julys). word itself is no slip. Both must be ASCII.
func OneSlip(typed, word string) bool {
	lower := func(c byte) byte {
		if c >= 'A' && c <= 'Z' {
			return c + 'a' - 'A'
		}
		return c
	}
	if len(typed) < 3 || len(word) < 3 || lower(typed[0]) != lower(word[0]) || lower(typed[1]) != lower(word[1]) {
		return false
	}
	a, b := typed, word
	added := false
	switch len(a) - len(b) {
	case 0:
		// One pair of neighbours swapped, and nothing else.
		i := 0
		for i < len(a) && lower(a[i]) == lower(b[i]) {
			i++
		}
		if i >= len(a)-1 {
			return false
		}
		return lower(a[i]) == lower(b[i+1]) && lower(a[i+1]) == lower(b[i]) && lower(a[i]) != lower(a[i+1]) &&
			equalFold(a[i+2:], b[i+2:])
	case 1: // a letter added
		added = true
	case -1: // a letter dropped
		a, b = b, a
	default:
		return false
	}
	// a is b with one letter more.
	i := 0
	for i < len(b) && lower(a[i]) == lower(b[i]) {
		i++
	}
	if added && i == len(b) && lower(a[i]) != lower(b[i-1]) {
		return false // a letter after the word is another word (Augusta, Tammuzi), but for its last doubled
	}
	return equalFold(a[i+1:], b[i:])
}

// equalFold reports whether a and b are the same ASCII text in any case.
func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i]|0x20, b[i]|0x20
		if x != y || a[i] < 'A' && a[i] != b[i] {
			return false
		}
	}
	return true
}

// Shapes has, by the first two letters of a word, a bit for each length
// (up to 31) at which it may be a slip of some name added (see OneSlip),
// and one for each letter it may end with: a slip ends with its name's
// last letter or, that dropped or swapped, the one before. Most words of a
// page are turned away by it before any comparison.
type Shapes struct {
	lengths [26][26]uint32
	lasts   [26][26]uint32 // bit c: the letter 'a'+c
}

// Add records name, whose slips are words of its length and, if it has
// more than five letters, one letter longer or shorter, as the callers of
// OneSlip read a five-letter name only with a letter swapped.
func (t *Shapes) Add(name string) {
	if len(name) < 2 {
		return
	}
	a, b := name[0]|0x20-'a', name[1]|0x20-'a'
	if a > 25 || b > 25 {
		return
	}
	for n := len(name) - 1; n <= len(name)+1; n++ {
		if n == len(name) || len(name) > 5 {
			t.lengths[a][b] |= 1 << min(n, 31)
		}
	}
	for _, c := range []byte{name[len(name)-1], name[len(name)-2]} {
		if z := c | 0x20 - 'a'; z <= 25 {
			t.lasts[a][b] |= 1 << z
		} else {
			t.lasts[a][b] = 1<<26 - 1 // not a letter: any
		}
	}
}

// Pair returns what t holds of the slips that start with the letters
// 'a'+a and 'a'+b: a bit for each length and one for each last letter.
func (t *Shapes) Pair(a, b int) (lengths, lasts uint32) {
	return t.lengths[a][b], t.lasts[a][b]
}

// May reports whether word may be a slip of a name added to t.
func (t *Shapes) May(word string) bool {
	if len(word) < 2 {
		return false
	}
	a, b, z := word[0]|0x20-'a', word[1]|0x20-'a', word[len(word)-1]|0x20-'a'
	return a <= 25 && b <= 25 && z <= 25 && t.lengths[a][b]&(1<<min(len(word), 31)) != 0 && t.lasts[a][b]&(1<<z) != 0
}

// JoinsNext reports whether w, a word folded as occasion names are (lower
// case, without diacritics), is the Hebrew article or a preposition as
// Latin and Cyrillic spellings write it before a word with a dash: Rosh
// Ha-Shana, Roš ha-šana, Lag Ba-Omer, Tu Bi-Shvat, Рош а-Шана, Рош
// га-Шана. A name's key joins it to the word after the dash, as the
// spellings without one write it (Rosh Hashana, Lag BaOmer), so that
// package hebrew's keys and package parse's reading of a name agree.
func JoinsNext(w []byte) bool {
	switch string(w) {
	case "ha", "ba", "be", "bi", "la", "le", "а", "га", "ха", "ба", "бе", "би", "ла", "ле":
		return true
	}
	return false
}
