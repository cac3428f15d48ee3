package parse

import (
	"strings"

	"github.com/dualdate/dualdate/internal/layout"
)

// The Romance languages and Dutch say after a date without its year
// which way it lies from the page's day, where English says "this coming"
// or "last" before it: French "le 12 mai prochain", "le 27 janvier
// dernier"; Italian "il 15 settembre prossimo", "il 27 gennaio scorso";
// Spanish "el 15 de septiembre próximo", "el 27 de enero pasado";
// Portuguese "27 de janeiro passado"; Catalan "el 15 de setembre vinent",
// "el 27 de gener passat"; Dutch "op 12 mei aanstaande" and
// "jongstleden", which notices abbreviate, "12 mei a.s.", "5 november
// jl.". The word agrees with the month, a masculine noun in each. It is
// text of the dateline, a Literal marked Past or Next, as the same words
// before the day are (see dayLead): "Op 12 mei a.s." on a page of October
// is next year's May, which the year taken for a date without its own, the
// most recent, was not.
var (
	dateNextWords = [...]string{"prochain", "prossimo", "próximo", "proximo", "vinent", "aanstaande"}
	datePastWords = [...]string{"dernier", "scorso", "pasado", "passado", "passat", "jongstleden", "laatstleden"}
	// dateRelativeAbbrevs are Dutch's abbreviations, read with or
	// without their last point: a.s. (aanstaande), jl. and j.l.
	// (jongstleden), ll. and l.l. (laatstleden).
	dateRelativeAbbrevs = [...]struct {
		text string
		flag Flag
	}{{"a.s", Next}, {"j.l", Past}, {"jl", Past}, {"l.l", Past}, {"ll", Past}}
)

// dateRelative reads a word of dateNextWords or datePastWords, or an
// abbreviation of dateRelativeAbbrevs, right after a date's day and
// month with no year, set off by spaces on its line, as text of the
// dateline: a Literal marked Next or Past.
func (p *parser) dateRelative() {
	if p.n == 0 || !p.has(layout.Day) || !p.has(layout.Month) || p.has(layout.Year) {
		return
	}
	if last := p.buf[p.n-1].Kind; last != layout.Day && last != layout.Month {
		return
	}
	k := skipSpace(p.s, p.last)
	if k == p.last || strings.IndexByte(p.s[p.last:k], '\n') >= 0 {
		return
	}
	e, flag := relativeAfterDate(p.s, k)
	if e == k {
		return
	}
	p.push(Field{Element: layout.Lit(p.s[p.last:e]), Start: p.last, End: e, Flags: flag})
	p.last = e
}

// relativeAfterDate returns the end of a word of dateNextWords or
// datePastWords at s[k], or of an abbreviation of dateRelativeAbbrevs
// with its point or not, and Next or Past; or k. The word is a whole
// one: "dernier délai", a deadline, is no past day.
func relativeAfterDate(s string, k int) (int, Flag) {
	e := latinWord(s, k)
	if e == k || e-k > len("laatstleden") {
		return k, 0
	}
	if isWordOf(s[k:e], dateNextWords[:]) {
		return e, Next
	}
	if isWordOf(s[k:e], datePastWords[:]) {
		if foldEquals(s[k:e], "dernier") && matchWords(s, skipSpace(s, e), "délai") > skipSpace(s, e) {
			return k, 0 // le 12 mai, dernier délai: by May 12 at the latest
		}
		return e, Past
	}
	for _, a := range dateRelativeAbbrevs {
		j, ok := foldPrefix(s, k, a.text)
		if !ok {
			continue
		}
		if j < len(s) && s[j] == '.' {
			j++
		}
		if wordEnds(s, j) && !isDigit(s, j) {
			return j, a.flag
		}
	}
	return k, 0
}
