package parse

// eveningArticles and eveningOfWords are the words around a word for the
// evening that say "the evening of" before a day, in the languages whose
// pages name an occasion's first evening so: Spanish "la noche del
// domingo 28 de noviembre", French "le soir du 15 septembre", Italian "la
// sera del 30 maggio", Portuguese "a noite de 2 de outubro", German "am
// Abend des 22. April", English "the evening of October 2". They are no
// words of the tables (la, le, de are prose everywhere); only the word
// for the evening between them is, so they are looked at only where one
// is.
var (
	eveningArticles = [...]string{"the", "la", "le", "el", "a", "na", "il", "am"}
	eveningOfWords  = [...]string{"of", "del", "de", "du", "di", "della", "des", "do", "da", "van"}
)

// eveningOf returns the index of the day after "the evening of" at s[k]
// (see eveningArticles), where a day in digits or a month's or weekday's
// name follows; or k. The evening, as a Gregorian date's, says nothing of
// the Hebrew day: the words are text of the dateline.
func eveningOf(s string, k int) int {
	j := k
	if e := matchWords(s, k, eveningArticles[:]...); e > k {
		if j = skipSpace(s, e); j == e {
			return k
		}
	}
	w, e, ok := wordAt(s, j)
	if !ok || w.kind != wNight {
		return k
	}
	m := skipSpace(s, e)
	of := matchWords(s, m, eveningOfWords[:]...)
	if m == e || of == m {
		return k
	}
	n := skipSpace(s, of)
	if d, _, ok := wordAt(s, n); n > of && (isDigit(s, n) || ok && (d.kind == wMonth || d.kind == wWeekday)) {
		return n
	}
	return k
}
