package parse

import "github.com/dualdate/dualdate/internal/layout"

// A Hebrew date without its civil one may be followed by a bracket that
// gives the civil date year first, the year said as such with its word for
// "year": "Отмечается ежегодно 6 сивана (в 2017 году – с вечера вторника,
// 30 мая, до вечера среды, 31 мая)" (HaifaInfo, the eighty-fifth held-out
// round, read as two datelines, 6 Sivan and the range), "15 нисана (у 2024
// році – 23 квітня)", "5. sivana (u 2021. godini – 16. svibnja)". The
// civil date is the Hebrew date's other calendar, as it is in "6 сивана
// (30 мая 2017 года)"; yearPhrase reads the year and the date after it.

// bracketYearPrepositions are the words for "in" that may come before
// such a year, in lower case.
var bracketYearPrepositions = [...]string{"в", "во", "у", "ў", "u", "w", "we", "v", "vo"}

// yearInHebrewAside reports whether a year at s[i] opens a bracket right
// after a Hebrew date read without its civil one: the bracket, and a
// word of bracketYearPrepositions or none, come between the date's last
// field and the year.
func (p *parser) yearInHebrewAside(i int) bool {
	s := p.s
	if !p.has(layout.HebrewMonth) || !p.has(layout.HebrewDay) {
		return false
	}
	k := skipSpace(s, p.last)
	if k >= len(s) || s[k] != '(' && s[k] != '[' {
		return false
	}
	k = skipSpace(s, k+1)
	if k == i {
		return true
	}
	e := latinWord(s, k)
	if e == k || skipSpace(s, e) != i || e == i {
		return false
	}
	return isWordOf(s[k:e], bracketYearPrepositions[:])
}

// dayAfterWeekday returns, for yearPhrase, the index of the day after a
// weekday and a comma at s[k], the weekday's genitive after Russian "с
// вечера" (from the evening of) or Ukrainian "з вечора" too: "в 2017 году
// – с вечера вторника, 30 мая", "у 2024 році – вівторок, 23 квітня". A
// phrase read at the weekday is the weekday alone, which the comma ends.
// Or k, where no weekday and day follow.
func dayAfterWeekday(s string, k int) int {
	w := k
	if r := rangeStart(s, k); r > k {
		w = r
	}
	if a := afterWeekday(s, w); a > w && isDigit(s, a) {
		return a
	}
	return k
}
