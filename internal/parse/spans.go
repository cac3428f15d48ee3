package parse

import (
	"strings"

	"github.com/dualdate/dualdate/internal/script"
)

// spansInBrackets reports whether the phrase read from j to k, after the
// fields before m, starts a span of dates in a bracket of its own, where
// what was read before it ended another span in the bracket before: a
// life's dates in each calendar, as memorial and genealogy pages print
// them, "(19/12/1910 - 05/01/2001)     ( יח כסלו תרע"א  -  י טבת תשס"א )",
// "(December 19, 1910 - January 5, 2001) (18 Kislev 5671 - 10 Tevet
// 5761)". The first span's end is the second span's end's day, not its
// start's: read as one dateline, the death's civil date and the birth's
// Hebrew date, the two were said to disagree. Each is a dateline of its
// own. A bracket that holds one date is read as before: "(19/12/1910 -
// 05/01/2001) (10 Tevet 5761)" gives the end's Hebrew date.
func (p *parser) spansInBrackets(m mark, j, k int) bool {
	s := p.s
	prev := p.buf[m.n-1].End
	if prev >= j {
		return false
	}
	gap := s[prev:j]
	c := strings.IndexByte(gap, ')')
	if c < 0 || strings.IndexByte(gap[c:], '(') < 0 {
		return false // the cheap first test: no bracket closed and opened
	}
	start := len(s)
	for _, f := range p.buf[:m.n] {
		start = min(start, f.Start)
	}
	return dashBefore(s, start) && dashAfter(s, k)
}

// dashBefore reports whether a dash, and a word or number before it, come
// before s[i] with only spaces between: i is a span's second date.
func dashBefore(s string, i int) bool {
	k := i
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	if k == 0 {
		return false
	}
	r, n := lastRune(s, k)
	if !script.IsDash(r) {
		return false
	}
	k -= n
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	return k > 0 && !script.IsSpace(lastRuneOf(s, k)) && s[k-1] != '('
}

// dashAfter reports whether a dash and a number or a letter follow s[i],
// with only spaces between: what ends at i is a span's first date.
func dashAfter(s string, i int) bool {
	k := skipSpace(s, i)
	r, n := decode(s, k)
	if n == 0 || !script.IsDash(r) {
		return false
	}
	k = skipSpace(s, k+n)
	r, n = decode(s, k)
	return n > 0 && (script.IsDigit(s[k]) || script.IsHebrewLetter(r) || script.IsLatinLetter(r))
}
