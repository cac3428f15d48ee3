package parse

import (
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
)

// yearPointSlash reads, at the point s[i] right after a civil month's
// year, the point that Croatian and Serbian write after a year, where a
// slash and the Hebrew month follow: a community bulletin's issue line
// "Broj 8 i 9 , Osijek, travanj 2011. /nisan 5771" (Menora, the Jewish
// Community of Osijek, the eighty-fifth held-out round) was read as two
// months, April 2011 and Nisan 5771, as "travanj 2011./nisan 5771" is
// not. A point before a space ends a sentence elsewhere (see separator);
// here the slash says the dateline goes on. It returns the index after
// the point, or i.
func (p *parser) yearPointSlash(i int) int {
	s := p.s
	if p.n == 0 {
		return i
	}
	if y := p.buf[p.n-1]; y.Kind != layout.Year || y.End != i || y.Form == layout.TwoDigit || !p.has(layout.Month) || p.has(layout.HebrewMonth) {
		return i
	}
	k := skipSpaces(s, i+1)
	if k >= len(s) || s[k] != '/' || !sameLine(s, i, k) {
		return i
	}
	if _, ok := hebrew.MatchMonth(s[skipSpaces(s, k+1):]); !ok {
		return i
	}
	return i + 1
}
