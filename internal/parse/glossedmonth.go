package parse

import (
	"unicode"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
)

// glossedMonth reads, at s[k] after a day, a month's name that no table
// has, glossed by the name the tables know in brackets right after it:
// "25 Eythaniym (Tishrei)", as sacred-name sites write the biblical names
// (Abiyb, Ziv, Eythaniym, Bul) with the usual one beside them. It returns
// where the glossing name starts, and that name: the dateline reads it
// as the month, and the name before it and the brackets as text. The
// name before is one capitalised word that is no word of the tables
// (a word the tables know was read as what it is, or refused). Only a
// whole dateline (parser.whole) reads a gloss: in free text, "23 killed
// (Tishrei)" is prose, and Find's start table need not know it.
func (p *parser) glossedMonth(k int) (int, hebrew.MonthName, bool) {
	s := p.s
	e := latinWord(s, k)
	if e-k < 3 || !unicode.IsUpper(rune(s[k])) {
		return k, hebrew.MonthName{}, false
	}
	if _, _, known := p.wordAt(k); known {
		return k, hebrew.MonthName{}, false
	}
	j := skipSpace(s, e)
	if j == e || j >= len(s) || s[j] != '(' {
		return k, hebrew.MonthName{}, false
	}
	g := j + 1
	name, ok := hebrew.MatchMonth(s[g:])
	if !ok || g+name.Len >= len(s) || s[g+name.Len] != ')' {
		return k, hebrew.MonthName{}, false
	}
	return g, name, true
}

// glossedDate reads the Hebrew date whose month's name is glossed at
// s[g] (see glossedMonth), and its year after the closing bracket:
// "23 Eythaniym (Tishrei) 5784".
func (p *parser) glossedDate(i, g int, day, end Field, hasEnd bool, name hebrew.MonthName) (int, bool) {
	k, ok := p.dayHebrewMonth(i, g, day, end, hasEnd, name, false)
	if !ok || p.has(layout.HebrewYear) || p.last >= len(p.s) || p.s[p.last] != ')' {
		return k, ok
	}
	if e, _ := p.hebrewYear(p.last + 1); e > 0 && p.has(layout.HebrewYear) {
		k = p.last
	}
	return k, ok
}

// GlossedMonth reports whether r names a Hebrew month by a name no table
// has, glossed by the usual one in brackets (see glossedMonth), and where
// the two are: a layout, which writes each month by a name the tables
// have, cannot write the other name for another month. So is a month
// glossed by a name in brackets after it that the dateline leaves as
// text, "15 Nisan (Aviv) 5784", "15 Nisan (April) 5784", which a layout
// would write after every month ("28 Iyyar (Aviv)").
func GlossedMonth(r *Result) (start, end int, ok bool) {
	for i := 1; i < len(r.Fields); i++ {
		f, lit := &r.Fields[i], &r.Fields[i-1]
		if f.Kind == layout.HebrewMonth && i+1 < len(r.Fields) && r.Fields[i+1].Kind == layout.Literal {
			if e, ok := glossAfter(r.Input, f.End); ok && e <= r.Fields[i+1].End {
				return f.Start, e, true
			}
		}
		if f.Kind != layout.HebrewMonth || lit.Kind != layout.Literal || lit.End != f.Start || lit.End == 0 || r.Input[lit.End-1] != '(' {
			continue
		}
		var p parser
		p.init(r.Input)
		k := skipSpace(r.Input, lit.Start)
		if g, _, ok := p.glossedMonth(k); ok && g == f.Start {
			return k, min(f.End+1, len(r.Input)), true
		}
	}
	return 0, 0, false
}

// glossAfter reports whether a name in brackets follows a month's name
// that ends at s[e], "Nisan (Aviv)", "Nisan (April)": one capitalised
// word of three letters or more, which the dateline left as text; and
// where the gloss ends.
func glossAfter(s string, e int) (int, bool) {
	j := skipSpace(s, e)
	if j == e || j+1 >= len(s) || s[j] != '(' || !unicode.IsUpper(rune(s[j+1])) {
		return 0, false
	}
	k := j + 1
	we := latinWord(s, k)
	if we-k < 3 || we >= len(s) || s[we] != ')' {
		return 0, false
	}
	return we + 1, true
}
