package parse

import (
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
	"github.com/dualdate/dualdate/occasion"
)

// closingGloss reads, in a whole dateline, the occasion's gloss in
// brackets that ends it, as the Interior Ministry's calendar of Jewish
// holidays, which Italian pages copy, glosses each holiday after its date
// ("Domenica 28 e Lunedì 29 marzo – Pesach (Pasqua);", "Martedì 7 e
// Mercoledì 8 settembre – Rosh Hashanà (Capodanno)"), and French and
// German pages theirs ("Kippour (Grand Pardon)", "Jom Kippur
// (Versöhnungstag)"). Before a date or a year the gloss was read as an
// aside (see aside); ending the text, it was an error. The bracket was
// opened at s[open], reading is stuck at s[j] inside it, and m is the
// mark before it, whose last field must be the occasion's name. The gloss
// is words only (see plainGloss) and nothing but closing punctuation
// follows it: it is text of the dateline, a Literal. It returns the index
// after the bracket, and whether there is such a gloss.
func (p *parser) closingGloss(open, j int, m mark) (int, bool) {
	s := p.s
	if open+1 >= len(s) || s[open] != '(' || j <= open || !p.holidayLast(m.n) {
		return 0, false
	}
	f := p.buf[lastField(p.buf[:m.n])]
	name := s[f.Start:f.End]
	if f.Shift != 0 {
		name = "" // Vigilia di Pesach: the eve, which no occasion's name glosses
	}
	end := plainGloss(s, open+1, name)
	if end <= open+1 {
		return 0, false
	}
	for k := end; k < len(s); {
		r, n := decode(s, k)
		if !script.IsSpace(r) && !isClosing(r) {
			return 0, false // more text: see aside
		}
		k += n
	}
	p.reset(m)
	p.push(Field{Element: layout.Lit(s[m.last:end]), Start: m.last, End: end})
	p.last = end
	return end, true
}

// holidayLast reports whether the last of the first n fields that is not
// literal text is an occasion's name.
func (p *parser) holidayLast(n int) bool {
	k := lastField(p.buf[:n])
	return k >= 0 && p.buf[k].Kind == layout.Holiday
}

// lastField returns the index of the last field of fs that is not literal
// text, or -1.
func lastField(fs []Field) int {
	for k := len(fs) - 1; k >= 0; k-- {
		if fs[k].Kind != layout.Literal {
			return k
		}
	}
	return -1
}

// plainGloss returns the index after the closing bracket of a gloss whose
// text starts at s[i], of at most glossMax bytes, that says no date: words
// of letters and spaces, none of them a month's or a weekday's name (but
// for a short one in lower case after the first word, Italian's "di",
// which is also German's Tuesday), a word for an eve, a night or an
// evening, or the name of another occasion than name's: "Pesach
// (Shavuot)" and "Pesach (domenica)" say more than a gloss does, and may
// say it wrong. It returns i otherwise.
func plainGloss(s string, i int, name string) int {
	k := i
	for first := true; k < len(s) && k-i <= glossMax; first = false {
		e := latinWord(s, k)
		if e == k {
			return i
		}
		if !glossWord(s, k, e, first, name) {
			return i
		}
		k = e
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if k < len(s) && s[k] == ')' {
			if k-i > glossMax {
				return i
			}
			return k + 1
		}
	}
	return i
}

// glossWord reports whether the word s[k:e] may be a gloss's (see
// plainGloss).
func glossWord(s string, k, e int, first bool, name string) bool {
	if _, end, ok := matchOccasion(s, k, false); ok {
		return sameOccasion(name, s[k:end]) || sameOccasion(eveOf(name), s[k:end])
	}
	w, ok := lookupLatin(s, k, e)
	if !ok {
		return true
	}
	switch w.kind {
	case wMonth, wWeekday:
		return !first && w.form == layout.Short && s[k] >= 'a' && s[k] <= 'z'
	case wYom, wOrdinalDay, wNight, wMotzei, wErev, wLeil, wRosh, wChodesh, wPortion, wLetter, wDaytime, wDayWord, wNoon:
		return false
	}
	return true
}

// eveOf returns the occasion an eve's name is the eve of, the name after
// its word for the eve ("Pesach" for "Erev Pesach"), or "" for a name
// that is no eve's. A gloss may name the occasion, not its eve: "Erev
// Pesach (Passover) 2024" was a syntax error where "Pesach (Passover)
// 2024" read.
func eveOf(name string) string {
	w, e, ok := wordAt(name, 0)
	if !ok || w.kind != wErev {
		return ""
	}
	return name[skipSpace(name, e):]
}

// sameOccasion reports whether the occasions named a and b fall on one
// day of a year (5785, in the Diaspora's schedule): "Jom Kippur" and
// "Versöhnungstag", "Pessach" and "passover" do; "Pesach" and "Shavuot"
// do not, nor a name the year does not know.
func sameOccasion(a, b string) bool {
	if a == "" {
		return false
	}
	x, ok := occasion.Find(a, 5785, occasion.Diaspora)
	y, ok2 := occasion.Find(b, 5785, occasion.Diaspora)
	return ok && ok2 && x.Date == y.Date
}
