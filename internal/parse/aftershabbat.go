package parse

import "github.com/dualdate/dualdate/internal/layout"

// afterShabbatWords are the words for "after" that, before Shabbat's name
// (see the Yom weekday words: Shabbat, Shabat, Shabbos, Chabbat), say the
// evening after it, Saturday's: Portuguese "após o", "depois do",
// Spanish "después del", "después de", English "after", French "après
// le", "après", Italian "dopo lo", "dopo il", "dopo". Longer first.
var afterShabbatWords = [...]string{"após o", "após", "depois do", "depois de", "después del", "después de",
	"after", "après le", "après", "dopo lo", "dopo il", "dopo"}

// afterShabbat reads, at s[k] after a Gregorian date (see dateEvening),
// "after Shabbat": the evening after the Saturday the date names, whose
// Hebrew date, from sunset, is the next day's. "no dia 28 de Agosto de
// 2021, após o Shabat" (Comunidade Judaica do Amazonas, jcam.com.br, the
// hundred-and-eighty-fourth held-out round) was the civil day's Hebrew
// date in free text, 20 Elul, and no date alone. The phrase says the day
// is a Saturday: with no weekday it is read as Saturday's evening, which
// the day must be (an error says another day is not); beside another
// weekday it is no part of the dateline ("viernes 27 de agosto, después
// de Shabat" says two days). It returns whether it read the phrase;
// paren asks for the bracket that closes it.
func (p *parser) afterShabbat(k int, paren bool) bool {
	w0 := matchPhrases(p.s, k, afterShabbatWords[:])
	if w0 == k {
		return false
	}
	ws := skipSpace(p.s, w0)
	w, we, ok := p.wordAt(ws)
	if ws == w0 || !ok || w.kind != wWeekday || w.value != 6 || w.form != layout.Yom {
		return false // después de las 19 hs: no Shabbat
	}
	e := we
	if paren {
		if e >= len(p.s) || p.s[e] != ')' {
			return false
		}
		e++
	}
	wd := -1
	for i := range p.n {
		if f := &p.buf[i]; f.Kind == layout.Weekday && f.Flags&RangeEnd == 0 {
			wd = i
		}
	}
	if wd < 0 {
		f := Field{Value: 6, Start: ws, End: we, Flags: Night | Motzei}
		f.Kind, f.Form, f.Text, f.Of = layout.Weekday, w.form, p.s[ws:we], w.value
		p.add(f)
		if e > we {
			p.push(Field{Element: layout.Lit(p.s[we:e]), Start: we, End: e})
		}
		p.last = e
		return true
	}
	if f := &p.buf[wd]; f.Value != 6 || f.Shift != 0 {
		return false
	}
	// Saturday's own weekday says it already: the phrase is its evening,
	// which no layout writes for another day (see motzeiError).
	p.buf[wd].Flags |= Night | Motzei
	p.push(Field{Element: layout.Lit(p.s[p.last:e]), Start: p.last, End: e, Flags: Night})
	p.last = e
	return true
}
