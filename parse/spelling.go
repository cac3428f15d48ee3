package parse

import (
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
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
	e := latinWord(s, k)
	if _, known := lookupLatin(s, k, e); known {
		return 0, hebrew.MonthName{}, false
	}
	return slipMonth(s[k:e])
}

// slipMonth returns the month an unknown word misspells; see slipAt.
func slipMonth(word string) (gm int8, name hebrew.MonthName, ok bool) {
	if len(word) < 4 || len(word) > 12 || !isASCIIText(word) {
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

// slipFirst reads a date that starts with a misspelt month name at i.
func (p *parser) slipFirst(i int) (int, bool) {
	gm, name, ok := p.slipAt(i)
	if !ok {
		return i, false
	}
	m := p.mark()
	var k int
	if gm != 0 {
		k, ok = p.gregorianMonthFirst(i, latinWord(p.s, i), word{kind: wMonth, value: gm, form: format.Long})
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
		if f := &p.buf[j]; (f.Kind == format.Month || f.Kind == format.HebrewMonth) && f.Start == i {
			f.Flags |= Corrected
		}
	}
}

// englishMonths are the English month names, January first at 1.
var englishMonths = func() (t [13]string) {
	for m := 1; m <= 12; m++ {
		t[m] = format.MonthName(m, format.Long)
	}
	return t
}()

// englishSlips turns away the words that cannot misspell an English month
// name of five letters or more.
var englishSlips = func() (t words.Shapes) {
	for _, n := range englishMonths {
		if len(n) >= 5 {
			t.Add(n)
		}
	}
	return t
}()
