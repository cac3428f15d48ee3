package parse

import (
	"strings"
	"sync"
	"unicode"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
	"github.com/dualdate/dualdate/internal/words"
)

// Misspelt month names: a word of ASCII letters that no table knows, read
// as the one month name it is with a letter added, dropped or swapped with
// the next (Septmber, Kislv, Novmeber), in either calendar. Its field is
// marked Corrected, and package dateline says what it was read as; free
// text counts it as a date only with a year, weekday, time or Hebrew date
// beside it.

// slipAt returns the month the word at s[k] misspells: a Gregorian month
// (1-12, with a zero MonthName) or a Hebrew one (gm 0); ok is false when
// the word is known, or no month or more than one fits.
func (p *parser) slipAt(k int) (gm int8, name hebrew.MonthName, ok bool) {
	s := p.s
	if k < len(s) && s[k] == 0xD7 {
		name, ok := hebrew.MatchScriptSlip(s[k:]) // יח בטבט
		return 0, name, ok
	}
	e := latinWord(s, k)
	if _, known := lookupLatin(s, k, e); known {
		return 0, hebrew.MonthName{}, false
	}
	return slipMonth(s[k:e])
}

// slipMonth returns the month an unknown word misspells; see slipAt.
func slipMonth(word string) (gm int8, name hebrew.MonthName, ok bool) {
	if len(word) >= 4 && word[0]-'A' < 26 && word[1]-'A' < 26 {
		if name, ok := capsSwap(word); ok {
			return 0, name, true // 7 YIAR 5784
		}
	}
	if len(word) < 4 || len(word) > 12 || !words.MonthSlips.May(word) || !script.IsASCII(word) {
		return 0, hebrew.MonthName{}, false
	}
	for m := 1; m <= 12 && englishSlips.May(word); m++ {
		n := englishMonths[m]
		if n[0]|0x20 != word[0]|0x20 || len(n) < 5 || len(n) == 5 && len(word) != 5 || !words.OneSlip(word, n) {
			continue
		}
		if gm != 0 {
			return 0, hebrew.MonthName{}, false
		}
		gm = int8(m)
	}
	h, _, hok := hebrew.MatchSlip(word)
	switch {
	case gm != 0 && hok, gm == 0 && !hok:
		return 0, hebrew.MonthName{}, false // both calendars, or neither
	case hok:
		return 0, h, true
	}
	return gm, hebrew.MonthName{}, true
}

// capsSwap returns the Hebrew month that a word of four to twelve
// capitals names with its first two letters swapped, as a masthead set in
// capitals has it ("7 YIAR - 8 SIVAN 5769" for Iyar): a slip that
// MatchSlip, which keeps a name's first two letters and guesses no name
// of four, does not read. Only a whole spelling of one month fits, and no
// Gregorian month's.
func capsSwap(word string) (hebrew.MonthName, bool) {
	if len(word) < 4 || len(word) > 12 || word[0] == word[1] {
		return hebrew.MonthName{}, false
	}
	var buf [12]byte
	for i := 0; i < len(word); i++ {
		if word[i] < 'A' || word[i] > 'Z' {
			return hebrew.MonthName{}, false
		}
		buf[i] = word[i]
	}
	buf[0], buf[1] = word[1], word[0]
	swapped := string(buf[:len(word)])
	name, ok := hebrew.MatchMonth(swapped)
	if !ok || name.Len != len(word) || name.Qualified {
		return hebrew.MonthName{}, false
	}
	if w, known := lookupLatin(swapped, 0, len(swapped)); known && w.kind == wMonth {
		return hebrew.MonthName{}, false // a Gregorian month's name too (MAI, Mai)
	}
	name.BaseLen = len(word)
	return name, true
}

// slipFirst reads a date that starts with a misspelt month name at i, or
// a misspelt weekday (saato 24 dicembre), or one with its accent written
// otherwise (Martedí 7 Marzo: see misaccented).
func (p *parser) slipFirst(i int) (int, bool) {
	gm, name, ok := p.slipAt(i)
	if !ok {
		if w, _, aok := misaccented(p.s, i, wWeekday); aok && w.form == layout.Long {
			return p.weekdays(i)
		}
		// The word's shape first: slipWeekday reads no word that
		// weekdaySlips turns away, and dateAhead takes longer.
		if e := latinWord(p.s, i); weekdaySlips.may(p.s[i:e]) && dateAhead(p.s, e) {
			if _, wok := slipWeekday(p.s[i:e]); wok {
				return p.weekdays(i)
			}
		}
		return i, false
	}
	m := p.mark()
	var k int
	if gm != 0 {
		k, ok = p.gregorianMonthFirst(i, latinWord(p.s, i), word{kind: wMonth, value: gm, form: layout.Long})
	} else {
		k, ok = p.hebrewMonthFirst(i, name)
	}
	if !ok {
		p.reset(m)
		return i, false
	}
	p.corrected(m, i)
	return k, true
}

// corrected marks the month field read at i since mark m as a misspelt
// name's.
func (p *parser) corrected(m mark, i int) {
	p.weak, p.slipped = true, true
	for j := m.n; j < p.n; j++ {
		if f := &p.buf[j]; (f.Kind == layout.Month || f.Kind == layout.HebrewMonth) && f.Start == i {
			f.Flags |= Corrected
		}
	}
}

// englishMonths are the English month names, January first at 1.
var englishMonths = func() (t [13]string) {
	for m := 1; m <= 12; m++ {
		t[m] = layout.MonthName(m, layout.Long)
	}
	return t
}()

// englishSlips turns away the words that cannot misspell an English month
// name of five letters or more.
var englishSlips = func() (t words.Shapes) {
	for _, n := range englishMonths {
		if len(n) >= 5 {
			t.Add(n)
			words.MonthSlips.Add(n)
		}
	}
	return t
}()

// slipWeekday returns the weekday an unknown word of ASCII letters
// misspells by one letter added, dropped or swapped, in any language's
// long names of five letters or more (saato for sabato), and whether
// exactly one weekday fits (the same weekday in several languages counts
// once, in the first).
func slipWeekday(typed string) (word, bool) {
	if len(typed) < 4 || len(typed) > 14 || !script.IsASCII(typed) {
		return word{}, false
	}
	var buf [14]byte
	for i := 0; i < len(typed); i++ {
		buf[i] = typed[i] | 0x20 // ASCII letters
	}
	if _, known := latinWords[string(buf[:len(typed)])]; known {
		return word{}, false
	}
	if !weekdaySlips.may(typed) {
		return word{}, false
	}
	var found word
	ok := false
	for _, w := range weekdayNames() {
		if len(w.name) < 5 || w.name[0] != typed[0]|0x20 || !words.OneSlip(typed, w.name) {
			continue
		}
		if ok && found.value != w.w.value {
			return word{}, false
		}
		if !ok {
			found, ok = w.w, true
		}
	}
	return found, ok
}

// dateAhead reports whether a date follows s[e], past a comma and spaces:
// a number or a month name of either calendar, as a misspelt weekday must
// have after it (saato 24 dicembre, Wednsday, March 6).
func dateAhead(s string, e int) bool {
	k := e
	if k < len(s) && s[k] == ',' {
		k++
	}
	k = skipSpace(s, k)
	if k == e || k >= len(s) {
		return false
	}
	if isDigit(s, k) {
		return true
	}
	if t := startsReady.Load(); t != nil {
		if e := letterEnd(s, k); e-k >= 2 && e == latinWord(s, k) && t.slot(s, k, e) == nil {
			// A word of ASCII letters that the start table does not
			// hold, as most of prose: no month of either calendar starts
			// so (its keys hold each Latin spelling's first word), and
			// MatchMonth, which takes longer, is not asked.
			return false
		}
	}
	if _, ok := hebrew.MatchMonth(s[k:]); ok {
		return true
	}
	w, _, ok := wordAt(s, k)
	return ok && w.kind == wMonth
}

// weekdaySlips turns away, by its first two letters, its last and its
// length, a word that misspells no weekday name slipWeekday reads it as:
// a slip (see words.OneSlip) keeps a name's first two letters, and ends
// with its last letter or, the last dropped or swapped, the one before.
// Find asks it of every word of prose no table knows, so it is tighter
// than words.Shapes.
var weekdaySlips = func() *slipShapes {
	var t slipShapes
	for _, w := range weekdayNames() {
		if n := w.name; len(n) >= 5 && isLetters(n[:2]) && isLetters(n[len(n)-2:]) {
			t.add(n) // segunda-feira too: segundafeira drops its hyphen
		}
	}
	return &t
}()

// slipShapes records, by first, second and last letter, the lengths of
// the words that may be slips of the names added.
type slipShapes [26 * 26 * 26]uint32

func (t *slipShapes) add(name string) {
	a, b := int(name[0]-'a'), int(name[1]-'a')
	for _, last := range []byte{name[len(name)-1], name[len(name)-2]} {
		for n := len(name) - 1; n <= len(name)+1; n++ {
			t[(a*26+b)*26+int(last-'a')] |= 1 << min(n, 31)
		}
	}
}

// pair returns what t holds of the slips that start with the letters
// 'a'+a and 'a'+b: a bit for each length and one for each last letter.
func (t *slipShapes) pair(a, b int) (lengths, lasts uint32) {
	for z := range 26 {
		if n := t[(a*26+b)*26+z]; n != 0 {
			lengths |= n
			lasts |= 1 << z
		}
	}
	return lengths, lasts
}

// may reports whether the ASCII letters w may misspell a name added to t.
func (t *slipShapes) may(w string) bool {
	if len(w) < 3 {
		return false
	}
	a, b, z := int(w[0]|0x20)-'a', int(w[1]|0x20)-'a', int(w[len(w)-1]|0x20)-'a'
	return uint(a) < 26 && uint(b) < 26 && uint(z) < 26 && t[(a*26+b)*26+z]&(1<<min(len(w), 31)) != 0
}

// isLetters reports whether s is lower-case ASCII letters only.
func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

type namedWeekday struct {
	name string // lower case, without diacritics
	w    word
}

// weekdayNames returns the long weekday names of every language, English
// first, for slipWeekday.
var weekdayNames = sync.OnceValue(func() []namedWeekday {
	var t []namedWeekday
	for _, l := range layout.Langs() {
		if l.Family().IsHebrew() {
			continue
		}
		for d := range 7 {
			n := foldString(l.WeekdayName(d, layout.Long))
			if script.IsASCII(n) {
				t = append(t, namedWeekday{n, word{kind: wWeekday, value: int8(d), form: layout.Long, lang: l}})
			}
		}
	}
	return t
})

// monthCaseEndings are the endings that the Slavic languages give a Hebrew
// month's name in a date, after the name in Latin letters: the genitive
// -a (Slovak, Serbian, Croatian, Bosnian: "15. - 22. nisana", "29.
// elula") and -u (Czech and Polish: "15. nisanu r. 5770", "25
// kislewu"), and Serbian's -ja after a name that ends in i (1. tišrija).
var monthCaseEndings = [...]string{"ja", "a", "u"}

// declinedMonth reads at s[k], after a day, a Hebrew month's name in
// Latin letters with one of monthCaseEndings after it, where hebrew.MatchMonth
// reads none: the month of the name without its ending, a stem of four
// letters or more of no Hebrew family (Av is no stem of "Ava"), its
// length the whole word. No family spells the declined names, and they
// were no month: "15. nisanu" was no date. It is tried only after a
// day's number, where a month is looked for (afterDay, numberStart), not
// at every word MatchMonth reads.
func declinedMonth(s string, k int) (hebrew.MonthName, bool) {
	j := k
	for j < len(s) {
		if c := s[j] | 0x20; s[j] < 0x80 {
			if c < 'a' || c > 'z' {
				break
			}
			j++ // most words: ASCII letters, by their bytes
			continue
		}
		r, n := decode(s, j)
		if !unicode.Is(unicode.Latin, r) {
			break
		}
		j += n
	}
	if j-k == 3 && s[j-1]|0x20 == 'u' && wordEnds(s, j) {
		return declinedAv(s, k, j)
	}
	if j-k < 5 || s[j-1]|0x20 != 'a' && s[j-1]|0x20 != 'u' || !wordEnds(s, j) {
		return hebrew.MonthName{}, false
	}
	for _, ending := range monthCaseEndings {
		base := j - len(ending)
		if !strings.EqualFold(s[base:j], ending) || ending == "ja" && s[base-1]|0x20 != 'i' {
			continue
		}
		name, ok := hebrew.MatchMonth(s[k:base])
		if !ok || name.Len != base-k || base-k < 4 || name.Spelling.Family.IsHebrew() || name.Qualified {
			continue
		}
		name.Len, name.BaseLen = j-k, j-k
		if name.Month == hebrew.Adar {
			declinedAdar(s, k, &name)
		}
		return name, true
	}
	return hebrew.MonthName{}, false
}

// declinedAv reads at s[k:j] Av's Czech and Polish genitive, Avu or Awu,
// a stem too short for declinedMonth to read with any ending, only with
// a year of four digits after it: "8. srpna 1809, 26. Avu 5569", "28.
// avu 5653" (eretz.cz, the 305th held-out round), whose Hebrew date was
// left out and went unchecked. "15 Ava" stays no month.
func declinedAv(s string, k, j int) (hebrew.MonthName, bool) {
	name, ok := hebrew.MatchMonth(s[k : j-1])
	if !ok || name.Month != hebrew.Av || name.Len != j-1-k || name.Spelling.Family.IsHebrew() {
		return hebrew.MonthName{}, false
	}
	y := skipSpace(s, j)
	if _, _, digits := number(s, y); y == j || digits != 4 {
		return hebrew.MonthName{}, false
	}
	name.Len, name.BaseLen = j-k, j-k
	return name, true
}

// declinedAdar reads after a declined Adar at s[k:], name, the Roman
// numeral that tells Adar I from Adar II, as MatchMonth reads it after
// Adar: "22. adaru I 5784", "14. adara II" (the Czech and Polish, the
// Slovak and Croatian genitives).
func declinedAdar(s string, k int, name *hebrew.MonthName) {
	i := k + name.Len
	if i >= len(s) || s[i] != ' ' {
		return
	}
	i++
	n := 0
	for n < 2 && i+n < len(s) && s[i+n] == 'I' {
		n++
	}
	if n == 0 || !wordEnds(s, i+n) {
		return
	}
	if n == 2 {
		name.Month = hebrew.AdarII
	}
	name.Qualified = true
	name.Spelling.Adar = hebrew.AdarRoman
	name.Len, name.BaseLen = i+n-k, i+n-k
}
