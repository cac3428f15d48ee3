package parse

import (
	"unicode"
	"unicode/utf8"
)

// periodEndYear reports whether the reading that ends at s[e] is the
// start of a period whose end, after one of rangeWords (and the article
// some languages put before its day: "och den", "und dem"), is a day and
// a month's name with its year in digits: "3 maart tot 20 juli 1943",
// "vom 3. März bis 20. Juli 1943", "fra 3. mars til 20. juli 1943".
// Such a period, longer than a range (see maxRange), is read as two
// dates, as English's "from 3 March to 20 July 1943" is, unless a word
// for "between" opens it (see betweenPeriod: "tussen 3 maart en 20 juli
// 1943", sobibor.org, the hundred-and-eighty-fifth held-out round, was
// two dates until then); the end's year confirms the
// start, whose month English has not, as a year at the sentence's start
// does (see parser.confirmed), and package dateline gives the start the
// end's year. Without that year ("3 maart en 20 gasten", "3 maart en 20
// juli") the start stays unread, and Find read the end alone, the
// period's last day for its first, with nothing said.
func periodEndYear(s string, e int) bool {
	j := skipSpace(s, e)
	w := latinWord(s, j)
	if j == e || w == j || w-j > len("through") || !rangeWords[foldCaseString(s[j:w])] {
		return false
	}
	k := skipUntilArticle(s, j, w)
	if k == w || !isDigit(s, k) {
		return false
	}
	m := dayBeforeMonth(s, k)
	f, ok := latinMonth(s, m)
	if m == k || !ok || !gregorianDateAt(s, k) {
		return false
	}
	y := f.End
	if y < len(s) && (s[y] == '.' || s[y] == ',') {
		y++
	}
	n := skipSpace(s, y)
	_, ye, digits := number(s, n)
	return n > y && digits == 4 && !isDigit(s, ye)
}

// periodBetweens are the words for "between" that open a period before
// its first day (see betweenPeriod), with the article some languages put
// before the day; a phrase that ends another is listed before it.
// Italian's "fra" only with its article: alone it is Danish's and
// Norwegian's "from" ("fra 3. mars til 20. juli 1943").
var periodBetweens = [...]string{"between", "tussen", "zwischen dem", "zwischen", "entre le", "entre el", "entre o", "entre",
	"tra il", "fra il", "tra", "mellan den", "mellan", "mellem den", "mellem", "mellom den", "mellom", "między", "между", "між"}

// betweenPeriod reports whether a range of days without the start's year
// whose end, up to s[to], is longer than a range (see maxRange) is a
// period: a word of periodBetweens before the start, whose date begins
// at s[start], and the end's year in four digits after it. "tussen 3
// maart en 20 juli 1943" (between 3 March and 20 July 1943; sobibor.org,
// incoming.tsv) was two dates (see periodEndYear), as were "between
// March 3 and July 20, 1943", "zwischen dem 3. März und dem 20. Juli
// 1943" and "entre el 3 de marzo y el 20 de julio de 1943": "between"
// says the two days are the ends of one period, and the end's year is
// the start's. A period that would cross into the end's year ("between
// 20 July and 3 March 1943") is not read so: its start's year is not
// said. Without "between" ("3 maart en 20 juli 1943" lists two
// days; "from March 3 to July 20, 1943" may move an event from one day to
// the other), or without the end's year, the days stay apart.
func betweenPeriod(s string, start, to int) bool {
	y := to
	if y < len(s) && (s[y] == ',' || s[y] == '.') {
		y++
	}
	if d := matchWord(s, skipSpace(s, y), "de"); d > y && skipSpace(s, d) > d {
		y = d // 20 de julio de 1943
	}
	n := skipSpace(s, y)
	_, ye, digits := number(s, n)
	if n == y || digits != 4 || isDigit(s, ye) {
		return false
	}
	e := start
	for e > 0 && s[e-1] == ' ' {
		e--
	}
	if e == start {
		return false
	}
	for _, ph := range periodBetweens {
		b := e - len(ph)
		if b < 0 || !foldEquals(s[b:e], ph) {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:b]); b == 0 || !unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
