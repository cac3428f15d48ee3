package parse

// endsVerbs are the verbs that say, after a range's first day, when it
// ends or how long it goes on, as English holiday pages write a range
// with a verb on each end: "begins at sundown on Sunday, September 25,
// and ends at sundown on Tuesday, September 27", "began at sundown on
// Sunday, September 22, and concluded at nightfall on Tuesday, September
// 24", "begins Wednesday night, March 16 and continues through Thursday,
// March 17, 2022", and so in the languages of Europe: "begynner ved
// solnedgang den 22. april og slutter ved solnedgang den 29. april"
// (Norwegian), "und endet am", "en eindigt op", "y termina el".
var endsVerbs = [...]string{"ends", "ended", "concludes", "concluded", "continues", "continued", "lasts", "runs",
	"slutter", "slutar", "ender", "endet", "eindigt", "termine", "finit", "termina", "finaliza", "concluye", "finisce", "acaba"}

// endsAnd are the words for "and" before a verb of endsVerbs: English,
// Danish and Norwegian, Swedish, German, Dutch, French, Spanish,
// Portuguese and Italian.
var endsAnd = [...]string{"and", "og", "och", "und", "en", "et", "y", "e"}

// endsAfter are the words that may follow a verb of endsVerbs (and its
// sunset, skipAtSunset's, or its evening, beginsEvening's) before the
// range's last day: on, through, until, and German's am, Dutch's op,
// French's and Spanish's le and el, the Scandinavian languages' den.
var endsAfter = [...]string{"on", "through", "thru", "until", "till", "am", "op", "le", "el", "den"}

// endsJoin returns the index after the words that join the two ends of
// such a range at s[i], after the start's date: a comma or not, "and"
// (a word of endsAnd), a verb of endsVerbs, a sunset (at sundown, ved
// solnedgang den) or not, and a word of endsAfter or not, with the spaces
// after them. It returns i where they are not there; without "and" and
// its verb the comma is a list's.
func endsJoin(s string, i int) int {
	k := i
	if k < len(s) && s[k] == ',' {
		k++
	}
	// The cheap first test, in bytes: most text after a date is not a
	// space and "and".
	if k+len(" og ") >= len(s) || s[k] != ' ' || !endsAndFirst(s[k+1]) {
		return i
	}
	k = skipSpace(s, k)
	e := matchWords(s, k, endsAnd[:]...)
	if e == k {
		return i
	}
	if k = skipSpace(s, e); k == e {
		return i
	}
	e = matchWords(s, k, endsVerbs[:]...)
	if e == k {
		return i
	}
	if k = skipSpace(s, e); k == e {
		return i
	}
	k = skipAtSunset(s, k)
	k = skipEveningPhrase(s, k)
	if e := matchWords(s, k, endsAfter[:]...); e > k {
		if j := skipSpace(s, e); j > e {
			k = j
		}
	}
	return k
}

// endsAndFirst reports whether c, after the space after a date, may start
// a word of endsAnd (or be another space): endsJoin's cheap first test.
func endsAndFirst(c byte) bool {
	switch c | 0x20 {
	case 'a', 'o', 'u', 'e', 'y', ' ':
		return true
	}
	return false
}
