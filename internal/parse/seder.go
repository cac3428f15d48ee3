package parse

import (
	"strings"
	"sync"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/occasion"
)

// sederWords are the Seder's names in the Romance languages, which name
// it with "of" before Pesach as they name the eve ("Séder de Pésaj",
// "Seder di Pesach", "Sêder de Pessach"). The words are Erev (see
// words.go) before Pesach alone: see sederOf.
var sederWords = [...]string{"seder", "séder", "sêder"}

// secondWords are the words for "second" before a Seder: the second
// Seder, outside Israel, is the evening of Pesach's first day, not its
// eve.
var secondWords = [...]string{"second", "segundo", "segunda", "secondo", "seconda", "segon", "segona", "deuxième"}

// sederWord reports whether s[i:e] is one of sederWords.
func sederWord(s string, i, e int) bool {
	for _, sw := range sederWords {
		if strings.EqualFold(s[i:e], sw) {
			return true
		}
	}
	return false
}

// sederOf reports whether the eve word at s[i:e] may stand before the
// occasion of occasionNames()[idx]: any word but a Seder's, and a Seder's
// before Pesach when no word for "second" is before it. The Seder of Tu
// BiShvat or of Rosh Hashana is no eve, and the second Seder is on
// Pesach's first day.
func sederOf(s string, i, e, idx int) bool {
	if !sederWord(s, i, e) {
		return true
	}
	if b := wordBefore(s, trimSpaceBefore(s, i)); b < i && matchPhrases(s, b, secondWords[:]) > b {
		return false
	}
	pesach, ok := pesachDay()
	return ok && pesach.Is(occasionNames()[idx].Text)
}

// numberedSeder reads at s[d] the Seder an ordinal before it counts, as
// English synagogue schedules name Pesach's first two evenings: "First
// Seder: Saturday night, April 12", "1st Seder, Friday, 4/19", "2nd Seder
// Night". The word Seder was no occasion, so the date after it was read
// alone, in the most recent year that fits its weekday: the Chabad and
// synagogue schedule line "1st Seder, Friday, 4/19" of 2019 was 19 April
// 2024 (11 Nisan), with nothing said. The n-th Seder is the evening that
// begins Pesach's n-th day; only the first two are counted, as a "third
// Seder" is a community's meal on another night, and a Seder "of" an
// occasion named after it (the Seder of Tu BiShvat) is no Pesach's. It
// returns the end of the word Seder, the end of the words (with "Night"
// after Seder), and the index in occasion.Names of Pesach.
func numberedSeder(s string, d, n int) (sederEnd, end, idx int, ok bool) {
	de := latinWord(s, d)
	if n < 1 || n > 2 || de == d || !sederWord(s, d, de) {
		return 0, 0, 0, false
	}
	end = de
	if k := matchWord(s, skipSpace(s, de), "night"); k > de {
		end = k
	}
	if matchWord(s, skipSpace(s, end), "of") > skipSpace(s, end) {
		return 0, 0, 0, false
	}
	idx, ok = pesachIndex()
	return de, end, idx, ok
}

// seder adds the n-th Seder read by numberedSeder at s[d]: Pesach's n-th
// day, marked Night, as "the second night of Passover" is (see
// numberedOccasion).
func (p *parser) seder(d, n int) (int, bool) {
	sederEnd, end, idx, ok := numberedSeder(p.s, d, n)
	if !ok {
		return 0, false
	}
	p.lit(d)
	f := occasionField(p.s, layout.Holiday, idx, d, sederEnd)
	f.Shift = -int16(n - 1)
	f.Flags |= Night
	p.add(f)
	p.lit(end)
	p.occasionYear(false)
	return p.last, true
}

// hebrewSeder reads at s[k], after Hebrew's word for the night (ליל,
// בליל), the word for the Seder and the word for "second" after it or
// not: "ליל הסדר", "בליל הסדר השני". The night of the Seder is the
// evening that begins Pesach's first day, the second's its second day's
// (shift -1, as "the second Seder" is read). "בליל הסדר השנה, תשפ״ב,
// ב-19:31" (Negi Shut, the incoming corpus) was not read: the Seder was
// no occasion in Hebrew. It returns the end of the words, the shift, and
// whether they are there.
func hebrewSeder(s string, k int) (end, shift int, ok bool) {
	e := hebrewWord(s, k)
	if s[k:e] != "הסדר" || !wordEnds(s, e) {
		return 0, 0, false
	}
	if j := skipSpace(s, e); j > e {
		if n := hebrewWord(s, j); s[j:n] == "השני" && wordEnds(s, n) {
			return n, -1, true
		} else if s[j:n] == "הראשון" && wordEnds(s, n) {
			return n, 0, true
		}
	}
	return e, 0, true
}

// sederNight adds, for the Seder's words at s[k:end] that hebrewSeder
// read, Pesach's day, marked Night and shifted by shift, as seder does,
// and reads the occasion's year after it.
func (p *parser) sederNight(k, end, shift int) (int, bool) {
	idx, ok := pesachIndex()
	if !ok {
		return 0, false
	}
	f := occasionField(p.s, layout.Holiday, idx, k, end)
	f.Shift = int16(shift)
	f.Flags |= Night
	p.add(f)
	p.occasionYear(false)
	return p.last, true
}

// pesachIndex returns the index in occasion.Names of hebcal's name of
// Pesach, the festival of several days.
var pesachIndex = sync.OnceValues(func() (int, bool) {
	for i, n := range occasionNames() {
		if n.Text == "Pesach" && n.Family == hebrew.Hebcal {
			return i, true
		}
	}
	return 0, false
})

// pesachDay returns Pesach's first day, whose Is names every spelling of
// Pesach the tables know.
var pesachDay = sync.OnceValues(func() (occasion.Occasion, bool) {
	return occasion.Find("Pesach", 5785, occasion.Diaspora)
})

// sederOfPesach reads the n-th Seder that numberedSeder finds at s[d]
// after a date of a dateline that already names Pesach, as a city's list
// of holidays glosses the festival's evenings: "Passover: Sundown on
// April 10 (First Seder) through Sundown on April 11 (Second Seder)"
// (Nashville's Human Relations Commission, the hundred-and-forty-ninth
// held-out round). The ordinal was read as a counted day's, which wanted
// "of", and the dateline was a syntax error. The Seder says which
// evening of Pesach the date is: the occasion's n-th day, from its
// evening (Night), as "First Seder, Saturday, April 12" is read. After a
// range's end the Seder is the end's, the one after the start's, whose
// day must be the next (see nextDayEnd); the end's is then text, the
// start's the dateline's. A Seder that says another day is not read, and
// the dateline fails as before. It returns the end of the words, or d
// and false.
func (p *parser) sederOfPesach(d, n int) (int, bool) {
	sederEnd, end, _, ok := numberedSeder(p.s, d, n)
	f := p.pesachField()
	if !ok || f == nil {
		return d, false
	}
	if p.hasRangeEnd() {
		if f.Flags&Night == 0 || int(-f.Shift)+2 != n || !p.nextDayEnd() {
			return d, false
		}
	} else {
		if f.Shift != 0 {
			return d, false
		}
		f.Shift = -int16(n - 1)
		f.Flags |= Night
	}
	p.lit(sederEnd)
	p.lit(end)
	return end, true
}

// pesachField returns the Holiday field the dateline has read that names
// Pesach, or nil.
func (p *parser) pesachField() *Field {
	pesach, ok := pesachDay()
	if !ok {
		return nil
	}
	for i := range p.n {
		if f := &p.buf[i]; f.Kind == layout.Holiday && f.Flags&RangeEnd == 0 && pesach.Is(occasionNames()[f.Value].Text) {
			return f
		}
	}
	return nil
}

// nextDayEnd reports whether the range's end the dateline has read is the
// day after its start, as the text writes them: the next day of the
// month, or the first of the end's month where it names another.
func (p *parser) nextDayEnd() bool {
	day, ok := p.get(layout.Day)
	if !ok {
		return false
	}
	fs := p.fields()
	end, endMonth := flaggedDayMonth(fs, RangeEnd)
	if end < 0 {
		return false
	}
	if m, ok := p.get(layout.Month); ok && endMonth >= 0 && fs[endMonth].Value != m.Value {
		return fs[end].Value == 1
	}
	return fs[end].Value == day.Value+1
}

// sederGloss returns, for a numbered Seder in brackets at s[k] ("(First
// Seder)", "(1st Seder)"), its number, the index of the word Seder and
// the index after the closing bracket; or n 0.
func sederGloss(s string, k int) (n, d, end int) {
	if k >= len(s) || s[k] != '(' {
		return 0, k, k
	}
	o := k + 1
	var e int
	if isDigit(s, o) {
		v, ve, digits := number(s, o)
		if digits != 1 {
			return 0, k, k
		}
		n, e = v, countedEnding(s, ve)
		if e == ve {
			return 0, k, k
		}
	} else if w, we, ok := wordAt(s, o); ok && w.kind == wDayWord {
		n, e = int(w.value), we
	} else {
		return 0, k, k
	}
	d = skipSpace(s, e)
	_, se, _, ok := numberedSeder(s, d, n)
	if d == e || !ok || se >= len(s) || s[se] != ')' {
		return 0, k, k
	}
	return n, d, se + 1
}

// rangeSeder reads a numbered Seder in brackets (sederGloss) between a
// range's start at s[at] and the word or dash that joins the range:
// "April 10 (First Seder) through Sundown on April 11" (Nashville, the
// hundred-and-forty-ninth held-out round), where the range was not read
// past the brackets and its end made a dateline of its own. The Seder is
// the start's: Pesach's, as after a date (see numberedSeder), or the one
// the dateline names (sederOfPesach). It returns the index after the
// closing bracket, or at.
func (p *parser) rangeSeder(at int) int {
	s := p.s
	n, d, end := sederGloss(s, skipSpace(s, at))
	if n == 0 {
		return at
	}
	if k, _ := rangeJoin(s, end); k < 0 {
		return at
	}
	m := p.mark()
	var ok bool
	if p.has(layout.Holiday) {
		_, ok = p.sederOfPesach(d, n)
	} else {
		_, ok = p.seder(d, n)
	}
	if !ok {
		p.reset(m)
		return at
	}
	p.lit(end)
	return end
}
