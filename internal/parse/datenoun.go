package parse

// Romanian names the date it gives with a noun, "data" (the date) or
// "ziua" (the day), and "de" (of) before the day, after the preposition
// that says when: "Iom Kipur din data de 26 septembrie" (Timp Online of
// Bistriţa, the hundred-and-fifty-fourth held-out round: not found, where
// "Iom Kipur din 26 septembrie" was read), "pe data de 15 septembrie",
// "în data de 8 decembrie", "la data de 9 octombrie", "în ziua de 10
// Tișri". The noun and its preposition are text of the dateline between
// an occasion and its date, as "pe" and "din" alone are.

// dateNouns are Romanian's nouns for the date and the day, in the
// definite form that comes before "de".
var dateNouns = [...]string{"data", "ziua"}

// dateNounPrepositions are the prepositions before a date noun that are
// not read before a bare day: "în" (in) and "la" (at). "pe" (on) is a
// joining word of its own, and "din" (from) opens a range (rangeStart).
var dateNounPrepositions = [...]string{"în", "la"}

// dateNoun returns the index of the day in digits after a date noun at
// s[i], one of dateNounPrepositions before it or not, and "de"; or i. Only before "de" and a number: "data" is Portuguese's,
// Italian's, Catalan's and Polish's word for the date too, and a label
// before a date elsewhere ("Data: 22/12/2022").
func dateNoun(s string, i int) int {
	k := wordOfThenSpace(s, i, dateNounPrepositions[:])
	de := wordOfThenSpace(s, k, dateNouns[:])
	if de == k {
		return i
	}
	a := latinWord(s, de)
	d := skipSpace(s, a)
	if !foldEquals(s[de:a], "de") || d == a || !isDigit(s, d) {
		return i
	}
	return d
}
