package parse

import (
	"strings"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// yearPointBracket reads, at the point s[i] right after a year, the full
// stop of a sentence that a page ends with the year, where the other
// calendar's date follows in brackets as its gloss: "zum jüdischen
// Neujahrsfest Rosch Haschana 5774. (5. und 6. September)" (Pfalz-Express,
// the hundred-and-twenty-first held-out round) was no dateline, the point
// ending it before its civil days. A point before a space ends a sentence
// elsewhere (see separator), and here too unless a bracket opens right
// after it with the other calendar's date: a civil day after a Hebrew
// year ("(5. September)", "(5. und 6. September)"), a Hebrew date after
// a civil year ("2. März 2024. (22 Adar I 5784)"). After a Hebrew year
// the words that name its calendar may come between, as Serbian and
// Croatian write the year's point before them (see hebrewNamed): "15.
// nisana 5784. po jevrejskom kalendaru (23. aprila 2024.)". It returns
// the index after the point, or i.
func (p *parser) yearPointBracket(i int) int {
	s := p.s
	if p.n == 0 {
		return i
	}
	y := p.buf[p.n-1]
	if y.End != i || y.Kind != layout.HebrewYear && y.Kind != layout.Year || y.Form == layout.TwoDigit {
		return i
	}
	k := skipSpaces(s, i+1)
	if k == i+1 || k >= len(s) || !sameLine(s, i, k) {
		return i
	}
	named := false // the words that name the Hebrew calendar
	if y.Kind == layout.HebrewYear {
		if e := calendarNamed(s, k, hebrewNamed[:]); e > k {
			k, named = e, true
		}
	}
	if k < len(s) && (s[k] == '(' || s[k] == '[') {
		k = skipSpaces(s, k+1)
	} else if !named {
		return i
	}
	switch {
	case y.Kind == layout.HebrewYear && !p.has(layout.Month):
		if !civilDaysAt(s, k) {
			return i
		}
	case y.Kind == layout.Year && p.has(layout.Month) && !p.has(layout.HebrewMonth):
		if !hebrewDateAt(s, k) {
			return i
		}
	default:
		return i
	}
	return i + 1
}

// civilDaysAt reports whether a civil date starts at s[k] (see
// gregorianDateAt), or a pair or range of its days does, joined by a dash
// or one of rangeWords: "5. und 6. September", "2.-4. Oktober", "2 to 4
// October".
func civilDaysAt(s string, k int) bool {
	for range 3 {
		if gregorianDateAt(s, afterWeekday(s, k)) {
			return true
		}
		_, e, digits := number(s, k)
		if digits == 0 || digits > 2 {
			return false
		}
		if e < len(s) && s[e] == '.' {
			e++
		}
		j := skipSpaces(s, e)
		if r, n := decode(s, j); script.IsDash(r) {
			k = skipSpaces(s, j+n)
			continue
		}
		w := latinWord(s, j)
		if w == j || !rangeWords[strings.ToLower(s[j:w])] {
			return false
		}
		k = skipSpaces(s, w)
	}
	return false
}
