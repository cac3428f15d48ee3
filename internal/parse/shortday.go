package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// The weekday abbreviations CLDR gives the languages beyond English, which
// a layout in them writes (mar., pt., gio, Pzt, Δευ, uto, po, mån, ma), and
// the word tables leave out: two or three letters are a word of prose in
// some language (so, per, to, pet), or another word of the tables (mar.
// is English's March, pt a zone). They are read only before a date whose
// month is named in the weekday's language ("mar. 5 mars", "Pzt, Oca 1
// 2024", "uto, 2 jan 2024"), where neither prose nor the other word fits:
// "Mar. 5, 2024" is still March, "so 5 May" no date of Czech's.

// shortWeekdays maps an abbreviation in lower case, without its dot, to
// the weekdays it names, one for each language that writes it.
var shortWeekdays = map[string][]word{}

// maxShortWeekday is the length in bytes of shortWeekdays' longest key: a
// longer word is none of them, and is not folded to look it up.
var maxShortWeekday int

// addShortWeekdayNames fills shortWeekdays from CLDR's names, leaving out
// an abbreviation the tables read as that weekday already, and the
// languages that write one of a single letter (Hungarian's H, K, P, V),
// too short to say anything: a layout read from one of their others
// would write one for another day ("Cs 1 jan." writes Monday as "H").
func addShortWeekdayNames() {
	add := func(name string, w word) {
		key := foldCaseString(strings.TrimSuffix(name, "."))
		if utf8.RuneCountInString(key) < 2 {
			return
		}
		if old, ok := latinWords[key]; ok && old.kind == wWeekday && old.value == w.value && old.langs&(1<<w.lang) != 0 {
			return
		}
		w.dot = strings.HasSuffix(name, ".")
		for _, o := range shortWeekdays[key] {
			if o.lang == w.lang && o.value == w.value {
				return // a short width that is the abbreviation (Italian's mar)
			}
		}
		shortWeekdays[key] = append(shortWeekdays[key], w)
		maxShortWeekday = max(maxShortWeekday, len(key))
	}
langs:
	for l := layout.French; l < layout.NumLangs; l++ {
		for d := 0; d < 7; d++ {
			if utf8.RuneCountInString(strings.TrimSuffix(l.WeekdayName(d, layout.Short), ".")) < 2 {
				continue langs
			}
		}
		for d := 0; d < 7; d++ {
			add(l.WeekdayName(d, layout.Short), word{kind: wWeekday, value: int8(d), form: layout.Short, lang: l, weak: true})
		}
	}
	// Spanish's short width in CLDR, shorter than its abbreviation, as
	// calendars and Spanish pages print it before a date, with a point
	// or without: "do., 10 de marzo de 2024" (domingo) was read as
	// German's Do. (Thursday) and "ma., 5 de marzo" as Dutch's ma
	// (Monday), which the Spanish month disowns (an adversarial review's
	// fifth finding). A variant, kept as written; read, as the others,
	// only before a month of its language: "Do., 7. März" is still
	// German's Thursday, "ma 4 maart" Dutch's Monday. Other languages'
	// short widths are left out: Swedish's and Danish's "on" and "to"
	// are English prose before a month they spell as English does ("on
	// April 22, 2024" was read as a Wednesday).
	//
	// The same width with the accent of the abbreviation it cuts short,
	// as moment.js, date-fns and Spanish calendars print it: "sá., 9 de
	// marzo de 2024" (sábado; CLDR's table writes "SA", its abbreviation
	// "sáb.") was a syntax error at "sá". Each is the abbreviation's
	// first letters, as many as the short width has, so that only a
	// spelling the language writes is added (sá; mi, do, lu ... are the
	// table's already).
	for d := 0; d < 7; d++ {
		w := word{kind: wWeekday, value: int8(d), form: layout.Short, lang: layout.Spanish, weak: true, variant: true}
		short := layout.Spanish.WeekdayMin(d)
		add(short, w)
		if n := utf8.RuneCountInString(short); n > 0 {
			abbr := []rune(layout.Spanish.WeekdayName(d, layout.Short))
			if len(abbr) > n && !strings.EqualFold(string(abbr[:n]), short) {
				add(string(abbr[:n]), w)
			}
		}
	}
	// English's weekdays of two letters, CLDR's short width, as calendars
	// and booking pages print them before a date: "Th, March 7, 2024"
	// was a syntax error at "Th" (found trying the command as an
	// adversary). As the others, they are read only before an English
	// month's name: "We 5 March" is no weekday before other words. Mo,
	// Fr and Sa are German's for the same days already, which the tables
	// read as they did ("Am Sa 14. September 2024").
	for d, s := range [7]string{"su", "mo", "tu", "we", "th", "fr", "sa"} {
		if old, ok := latinWords[s]; ok && old.kind == wWeekday && old.value == int8(d) {
			continue
		}
		add(s, word{kind: wWeekday, value: int8(d), form: layout.Short, lang: layout.English, weak: true, variant: true})
	}
	// Czech pages cut a weekday to three letters too: "čtv".
	for d, s := range [7]string{"ned", "pon", "úte", "stř", "čtv", "pát", "sob"} {
		add(s, word{kind: wWeekday, value: int8(d), form: layout.Short, lang: layout.Czech, weak: true, variant: true})
	}
}

// shortWeekday reads at s[i:e] a weekday abbreviation of shortWeekdays,
// with its dot if CLDR writes one, if a date whose month is named in the
// weekday's language follows it (see monthInLangAfter).
func (p *parser) shortWeekday(i, e int) (int, bool) {
	if p.has(layout.Weekday) {
		return i, false
	}
	w, ok := shortWeekdayAt(p.s, i, e)
	if !ok {
		return i, false
	}
	f := Field{Value: int(w.value), Start: i, End: e}
	f.Kind = layout.Weekday
	f = langField(p.s, f, w)
	if _, ok := tablesWeekday(p.s, &f); ok {
		f.Flags |= NameAmbiguous
	}
	p.add(f)
	p.bareDay = true // free text counts it only with names of its language
	p.shortDay = true
	return p.last, true
}

// shortWeekdayAt returns the weekday of shortWeekdays that the word
// s[i:e] names, with its dot if CLDR writes one, where a date whose month
// is named in the weekday's language follows it (see monthInLangAfter):
// where shortWeekday reads one, and so where Find must try a phrase (see
// startTable.shortLeads).
func shortWeekdayAt(s string, i, e int) (word, bool) {
	if e-i > maxShortWeekday || !mayBeShortWeekday(s[i:e]) {
		return word{}, false // most words: Sunday, March
	}
	if k := e; k < len(s) && s[k] == '.' {
		e1, _ := monthPlace(s, k+1)
		if !monthMayStart(s, e1) {
			return word{}, false
		}
	} else if k, _ = monthPlace(s, k); !monthMayStart(s, k) {
		return word{}, false // most words after a short word of prose (to, so)
	}
	for _, w := range shortWeekdayWords(s[i:e]) {
		end := e
		switch {
		case w.dot && end < len(s) && s[end] == '.':
			end++
		case w.dot && dropsPoint(w.lang):
			w.dot = false // "tor 12. des.", kept as written
		case w.dot && ofMonthAfter(s, end):
			// "mar 12 de noviembre": Spanish's martes without its
			// point, where the day has its month after "de"; it was
			// March 12, and November "a month, not a day".
			w.dot = false
		case w.dot:
			continue
		case w.variant && end < len(s) && s[end] == '.':
			end++ // a short width with a point: "do., 10 de marzo" (langField takes it)
		}
		if monthInLangAfter(s, end, w.lang) || clockDateAfter(s, end, w.lang) || spacedDateAfter(s, end, w.lang) {
			return w, true
		}
	}
	return word{}, false
}

// clockDateAfter reports whether, after the spaces at s[k], a day and
// month of digits with their points come ("10.12.", "6.1.2017"), and
// then language l's word for o'clock (see clockWordOf): Finnish's "ti
// 10.12. klo 18", Swedish's "fre 6.1. kl 18". No month names the
// language there; the clock word does, where "to 5.12." alone may be
// English's "to".
func clockDateAfter(s string, k int, l layout.Lang) bool {
	k = skipSpace(s, k)
	for range 2 {
		_, e, digits := number(s, k)
		if digits < 1 || digits > 2 || e >= len(s) || s[e] != '.' {
			return false
		}
		k = e + 1
	}
	if _, e, digits := number(s, k); digits == 2 || digits == 4 {
		k = e
	}
	k = skipSpace(s, k)
	return clockWordOf(s[k:letterEnd(s, k)], l)
}

// spacedDateAfter reports whether, after the spaces at s[k], a whole
// date of digits comes as Czech and Slovak write it, a space after each
// point, for l one of them: "Út 5. 3. 2024 v 19:00", "Po 4. 3. 2024",
// whose weekday was left unread, and the date with it. The year must be
// there: "po 5. 3." is Polish prose as well ("after"), and a year found
// from the weekday alone would be a guess; with it a weekday that is
// prose gets a weekday error, not a wrong day.
func spacedDateAfter(s string, k int, l layout.Lang) bool {
	if l != layout.Czech && l != layout.Slovak {
		return false
	}
	k = skipSpace(s, k)
	for range 2 {
		_, e, digits := number(s, k)
		if digits < 1 || digits > 2 || e+1 >= len(s) || s[e] != '.' || s[e+1] != ' ' {
			return false
		}
		k = e + 2
	}
	_, e, digits := number(s, k)
	return digits == 4 && (e == len(s) || !script.IsDigit(s[e]))
}

// clockWordOf reports whether word, in any letter case, is language l's
// word for o'clock before a time (see clockWordBefore, which reads them
// all): Finnish's klo and kello; Swedish's kl and klockan; Danish's and
// Norwegian's kl.
func clockWordOf(word string, l layout.Lang) bool {
	switch strings.ToLower(word) {
	case "klo", "kello":
		return l == layout.Finnish
	case "klockan":
		return l == layout.Swedish
	case "kl":
		return l == layout.Swedish || l == layout.Danish || l == layout.Norwegian
	}
	return false
}

// digitsDated reports whether the dateline's weekday is one of
// shortWeekdays read before a date of digits that says its language: with
// the language's word for o'clock after it (see clockDateAfter), or in
// Czech's and Slovak's spaced norm with its year (see spacedDateAfter).
// Free text counts it, as a month's name of the language would let it
// (see parser.bareDay).
func (p *parser) digitsDated() bool {
	for _, f := range p.fields() {
		if f.Kind != layout.Weekday || f.Flags&RangeEnd != 0 {
			continue
		}
		for _, w := range shortWeekdayWords(strings.TrimSuffix(p.s[f.Start:f.End], ".")) {
			if w.lang == f.Lang && int(w.value) == f.Value && (clockDateAfter(p.s, f.End, w.lang) || spacedDateAfter(p.s, f.End, w.lang)) {
				return true
			}
		}
	}
	return false
}

// dropsPoint reports whether pages in language l write its weekday
// abbreviations without the point CLDR gives them, as Norwegian and
// Danish calendars do ("tor 12. des.", "man 9. dec. kl. 17"): read
// beside a month of the language, as with the point, the word is its
// weekday, not another language's that writes it alike (Slovenian's
// tor., Tuesday), which the month disowns.
func dropsPoint(l layout.Lang) bool {
	return l == layout.Norwegian || l == layout.Danish
}

// monthInLangAfter reports whether, after the separators at s[k] (spaces
// and a comma), a month name of language l comes, or a day of one or two
// digits (with a dot after it, as Czech and Serbian write it) and then one.
// A misspelt month (see slipMonth) counts as the name it misspells, which
// is English's and so every language's that writes it alike: "so 01
// Decembe" is Slovak's Saturday, as "so 01 December" is.
func monthInLangAfter(s string, k int, l layout.Lang) bool {
	k, ok := monthPlace(s, k)
	if !ok || !monthMayStart(s, k) {
		return false
	}
	w, e, ok := wordAt(s, k)
	if ok && w.kind == wMonth && (w.lang == l || w.langs&(1<<l) != 0) {
		return true
	}
	if e <= k {
		return false
	}
	if isMonthOf(s[k:e], l, e < len(s) && s[e] == '.') {
		return true
	}
	if ok {
		return false // a word of the tables, which is no slip
	}
	gm, _, slip := slipMonth(s[k:e])
	return slip && gm != 0 && isMonthOf(englishMonths[gm], l, false)
}

// monthPlace returns where monthInLangAfter reads a month after s[k]:
// past the spaces and a comma, and a day of one or two digits with its
// dot, or with the "de" that Spanish, Portuguese and Catalan write between
// a day and its month ("mar. 12 de noviembre", "ter., 5 de março": the
// weekday before them was left to the tables, which read "mar." as March
// and the day as its own, an adversarial review's first finding). It
// reports false for a longer number.
func monthPlace(s string, k int) (int, bool) {
	k = skipSpace(s, k)
	if k < len(s) && s[k] == ',' {
		k = skipSpace(s, k+1)
	}
	if isDigit(s, k) {
		_, e, digits := number(s, k)
		if digits > 2 {
			return k, false
		}
		if e < len(s) && s[e] == '.' {
			e++
		}
		k = skipSpace(s, e)
		if d := ofWordEnd(s, k); d > k {
			k = skipSpace(s, d)
		}
	}
	return k, true
}

// ofWordEnd returns the end of the word "de" at s[k], in any letter case,
// followed by a space, or k.
func ofWordEnd(s string, k int) int {
	if k+2 < len(s) && s[k]|0x20 == 'd' && s[k+1]|0x20 == 'e' && (s[k+2] == ' ' || s[k+2] == '\t') {
		return k + 2
	}
	return k
}

// ofMonthAfter reports whether, after the spaces at s[k], a day of one or
// two digits, "de" and a month's name in some language come: "12 de
// noviembre", where the word before the day cannot be its month.
func ofMonthAfter(s string, k int) bool {
	k = skipSpace(s, k)
	if k < len(s) && s[k] == ',' {
		k = skipSpace(s, k+1)
	}
	_, e, digits := number(s, k)
	if digits < 1 || digits > 2 {
		return false
	}
	d := ofWordEnd(s, skipSpace(s, e))
	if d == skipSpace(s, e) {
		return false
	}
	w, _, ok := wordAt(s, skipSpace(s, d))
	return ok && w.kind == wMonth
}

// monthMayStart reports whether a month's name in some language may
// start at s[k], by startTable.monthLeads where two ASCII letters start
// it: false for most words.
func monthMayStart(s string, k int) bool {
	t := startsReady.Load()
	if t == nil || k+1 >= len(s) || script.Class[s[k]]&script.ClassLetter == 0 || script.Class[s[k+1]]&script.ClassLetter == 0 {
		return true
	}
	return t.monthLeads[pairIndex(s[k], s[k+1])]
}

// isMonthOf reports whether word is, in any letter case, a month's name or
// abbreviation (without its dot) in language l: Italian's and Turkish's
// mar and feb, which the tables have as English's; or, with a dot after it
// (cut), three letters or more that start one (Swedish's mars as mar.).
func isMonthOf(word string, l layout.Lang, cut bool) bool {
	if len(word) > 48 {
		return false
	}
	var buf [64]byte
	b := appendFoldCase(buf[:0], word)
	m := monthNamesOf[l]
	return m.names[string(b)] || cut && m.cuts[string(b)]
}

// monthNamesOf holds, by language, its months' names in lower case as
// isMonthOf reads them (short, long and stand-alone, without a dot), and
// their starts of three letters or more (cuts): made once, where
// isMonthOf folded the thirty-six names at each call, as Find now calls it
// at a short word of prose that may be a weekday (see shortWeekdayAt).
var monthNamesOf = func() []struct{ names, cuts map[string]bool } {
	out := make([]struct{ names, cuts map[string]bool }, len(layout.Langs()))
	for l := range out {
		names, cuts := map[string]bool{}, map[string]bool{}
		for m := 1; m <= 12; m++ {
			for _, f := range [...]layout.Form{layout.Short, layout.Long, layout.StandAlone} {
				name := []rune(foldCaseString(strings.TrimSuffix(layout.Lang(l).MonthName(m, f), ".")))
				names[string(name)] = true
				for k := 3; k <= len(name); k++ {
					cuts[string(name[:k])] = true
				}
			}
		}
		out[l] = struct{ names, cuts map[string]bool }{names, cuts}
	}
	return out
}()

// settleShortWeekday gives a Month field the language of a weekday read by
// shortWeekday, where the month's name is that language's too but the
// tables have it as another's (Turkish's May and Mar, English's): the
// layout then writes the month in the weekday's language, as the weekday
// is read only beside such a month ("Sal MAY 1" writes January as OCA,
// not JANUARY, before Pzt).
func settleShortWeekday(s string, fields []Field) {
	lang, ok := layout.English, false
	for i := range fields {
		f := &fields[i]
		if f.Kind == layout.Weekday && f.Lang != layout.English && f.Flags&RangeEnd == 0 && fromShortWeekdays(s, f) {
			lang, ok = f.Lang, true
		}
	}
	if !ok {
		return
	}
	for i := range fields {
		f := &fields[i]
		if f.Kind != layout.Month || f.Lang == lang {
			continue
		}
		text := strings.TrimSuffix(s[f.Start:f.End], ".")
		key := foldCaseString(text)
		m := f.Value
		switch {
		case f.Flags&Corrected != 0:
			// Misspelt (Decembe): the name it misspells, which is
			// English's, written in full where the language writes it
			// alike; not a name cut short.
			for _, form := range [...]layout.Form{layout.Long, layout.StandAlone} {
				if foldCaseString(lang.MonthName(m, form)) == foldCaseString(englishMonths[m]) {
					f.Lang, f.Form, f.Text, f.Of = lang, form, "", 0
					if f.Case == layout.AsIs {
						f.Case = layout.Title // as English's table writes it
					}
					break
				}
			}
			continue
		case key == foldCaseString(strings.TrimSuffix(lang.MonthName(m, layout.Short), ".")):
			f.Form = layout.Short
		case key == foldCaseString(lang.MonthName(m, layout.Long)):
			f.Form = layout.Long
		case key == foldCaseString(lang.MonthName(m, layout.StandAlone)):
			f.Form = layout.StandAlone
		case isMonthOf(text, lang, true):
			// Cut short: kept as written, the language's own for others.
			f.Lang, f.Form, f.Text, f.Of, f.Case = lang, layout.Short, s[f.Start:f.End], int8(m), layout.AsIs
			continue
		default:
			continue
		}
		f.Lang, f.Text, f.Of = lang, "", 0
		if c, ok := langCase(s[f.Start:f.End], lang.MonthName(m, f.Form)); ok {
			f.Case = c
		} else {
			f.Text, f.Of, f.Case = s[f.Start:f.End], int8(m), layout.AsIs
		}
	}
}

// shortWeekdayWords returns the weekdays of shortWeekdays that word, in
// any letter case, names; it allocates nothing.
func shortWeekdayWords(word string) []word {
	if len(word) > maxShortWeekday || !mayBeShortWeekday(word) {
		return nil
	}
	var buf [32]byte
	return shortWeekdays[string(appendFoldCase(buf[:0], word))]
}

// mayBeShortWeekday reports whether word may be one of shortWeekdays: a
// word of ASCII letters, as most words a phrase may start with are, is
// told by the start table without folding (see startTable.shortLeads);
// any other is left to the map.
func mayBeShortWeekday(word string) bool {
	if letterEnd(word, 0) != len(word) {
		return true
	}
	t := startsReady.Load()
	if t == nil {
		t = startTableOf()
	}
	return t.passesShortLeads(word, 0, len(word))
}

// appendFoldCase appends word to b in lower case, as foldCaseString
// writes it, without allocating for a b with room for it.
func appendFoldCase(b []byte, word string) []byte {
	for k := 0; k < len(word); {
		if c := word[k]; c < utf8.RuneSelf {
			b = append(b, byte(script.Lower(rune(c)))) // most words: ASCII, by their bytes
			k++
			continue
		}
		r, n := decode(word, k)
		b = utf8.AppendRune(b, script.FoldCase(r))
		k += n
	}
	return b
}

// tablesWeekday returns the word of the tables that names another weekday
// than f, a weekday read from shortWeekdays, where that word's language
// would have read it too: "tor." is Danish's and Norwegian's Thursday
// (shortWeekdays') and Slovenian's Tuesday (the tables'), and before
// "5. dec. 2023", a month both languages write so, it is either; the
// dateline's other words, or its date, say which (see
// Result.SwapWeekday). Before "5. decembra" or "7. des." one language
// reads it, and there is no other.
func tablesWeekday(s string, f *Field) (word, bool) {
	e := f.End
	if e > f.Start && s[e-1] == '.' {
		e--
	}
	w, ok := lookupLatin(s, f.Start, e) // without its dot, a variant: "tor 5. dec."
	if !ok || w.kind != wWeekday || int(w.value) == f.Value || !monthInLangAfter(s, f.End, w.lang) {
		return word{}, false
	}
	if w.langs == 0 {
		w.langs = 1 << w.lang
	}
	return w, true
}

// SwapWeekday returns r with its weekday read in its other meaning, and
// true, where its weekday is a NameAmbiguous one (see tablesWeekday):
// "tor., 5. dec. 2023" read as Slovenian's Tuesday rather than Danish's
// Thursday. It returns false where r has no such weekday.
func (r *Result) SwapWeekday() (Result, bool) {
	for i := range r.Fields {
		f := &r.Fields[i]
		if f.Kind != layout.Weekday || f.Flags&NameAmbiguous == 0 {
			continue
		}
		w, ok := tablesWeekday(r.Input, f)
		if !ok {
			return Result{}, false
		}
		return r.withField(i, weekdayMeaning(r.Input, *f, w)), true
	}
	return Result{}, false
}

// weekdayMeaning returns weekday f read as word w, the tables' meaning
// (see tablesWeekday), with the shift and flags of the words around it.
func weekdayMeaning(s string, f Field, w word) Field {
	g := Field{Value: int(w.value), Start: f.Start, End: f.End, Flags: f.Flags &^ NameAmbiguous}
	if w.dot && g.End > g.Start && s[g.End-1] == '.' {
		g.End-- // langField takes the dot again
	}
	g.Kind, g.Shift = layout.Weekday, f.Shift
	return langField(s, g, w)
}

// fromShortWeekdays reports whether the weekday field f was read from
// shortWeekdays.
func fromShortWeekdays(s string, f *Field) bool {
	for _, w := range shortWeekdayWords(s[f.Start:f.End]) {
		if w.lang == f.Lang && int(w.value) == f.Value {
			return true
		}
	}
	return false
}
