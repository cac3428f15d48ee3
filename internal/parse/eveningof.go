package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// eveningArticles and eveningOfWords are the words around a word for the
// evening that say "the evening of" before a day, in the languages whose
// pages name an occasion's first evening so: Spanish "la noche del
// domingo 28 de noviembre", French "le soir du 15 septembre", Italian "la
// sera del 30 maggio", Portuguese "a noite de 2 de outubro", German "am
// Abend des 22. April", English "the evening of October 2". They are no
// words of the tables (la, le, de are prose everywhere); only the word
// for the evening between them is, so they are looked at only where one
// is.
// Portuguese also writes the article joined to the preposition before it,
// "ao" (a o), "à" (a a), "na" (em a) and "da" (de a): "até ao anoitecer
// de 16 de setembro", "até à noite de 16 de setembro", "começa da noite
// de 15 de setembro". So does Italian, "alla" (a la), "al" (a il) and
// "dal" (da il), and French "au" (à le): "fino alla sera del 4 ottobre",
// "al tramonto del 4 ottobre", "au coucher du soleil le 4 octobre".
var (
	eveningArticles = [...]string{"the", "la", "le", "el", "a", "na", "da", "il", "am", "ao", "alla", "al", "au", "dal", "du", "o"}
	eveningOfWords  = [...]string{"of", "del", "de", "du", "di", "della", "des", "vom", "do", "da", "van", "le"}
)

// elidedEveningArticles are Italian's prepositions fused with the
// article l', which an apostrophe joins to a word that starts with a
// vowel: "all’imbrunire del 27 settembre" (at dusk of; PisaNews, the
// two-hundredth held-out round), "dall'imbrunire di domenica", as "al
// tramonto del" is read.
var elidedEveningArticles = [...]string{"all", "dall"}

// eveningArticle returns the end of one of eveningArticles at s[k], or k.
// It is eveningOf's cheap first test, a word of one to three letters
// compared by its bytes. An article of elidedEveningArticles ends after
// its apostrophe, where the word for the evening starts.
func eveningArticle(s string, k int) int {
	e := letterEnd(s, k)
	if e == k && strings.HasPrefix(s[k:], "à") && wordEnds(s, k+len("à")) {
		return k + len("à") // Portuguese à, a with the article a
	}
	if a := elidedArticle(s, k, e); a > e {
		return a
	}
	if e == k || e-k > len("alla") || !wordEnds(s, e) {
		return k
	}
	for _, a := range eveningArticles {
		if len(a) == e-k && foldASCIIEqual(s[k:e], a) {
			return e
		}
	}
	return k
}

// skipEveningOf returns the index of the day after "the evening of" at
// s[k] (see eveningOf), or after skipEvening's words: a range's end may be
// said so ("hasta la noche del lunes 6 de diciembre").
func skipEveningOf(s string, k int) int {
	if j := eveningOf(s, k); j > k {
		return j
	}
	if j := bareEveningOf(s, k); j > k {
		return j
	}
	return skipEvening(s, k)
}

// bareEveningOf returns the index of the day after English's "evening
// of" with no article before it, as a table's cell writes a range's ends
// (a day in digits or a month's or weekday's name must follow; see
// dayAfterOf): "Evening of 22/09/2025 to evening of 24/09/2025" (the
// Union of Jewish Students' festival calendar, the
// two-hundred-and-eighty-second held-out round) was two datelines, where
// "the evening of 22/09/2025 to the evening of 24/09/2025" was one. Or k.
// English's "eve of" says it the same way, without its article at a
// dateline's start: "Eve of 14 Nisan 5784" was a syntax error, where
// "the eve of 14 Nisan 5784" was read as the evening that begins it, with
// a warning. The eve of a counted day ("Eve of 7th Day of Passover") is
// the occasion's (see erevCounted), and no evening.
func bareEveningOf(s string, k int) int {
	e := matchWord(s, k, "evening")
	if e == k {
		if e = matchWord(s, k, "eve"); e == k || countedAfterEve(s, e) {
			return k
		}
	}
	return dayAfterOf(s, e, k)
}

// eveningOf returns the index of the day after "the evening of" at s[k]
// (see eveningArticles: the article is read first, and the word for the
// evening looked up only after one), where a day in digits or a month's or
// weekday's name follows; or k. The evening, as a Gregorian date's, says nothing of
// the Hebrew day: the words are text of the dateline.
func eveningOf(s string, k int) int {
	a := eveningArticle(s, k)
	j := skipSpace(s, a)
	if a == k || j == a && !elidedBefore(s, a) {
		return k
	}
	return eveningWordOf(s, j, k)
}

// elidedArticle returns the index after the apostrophe of an article of
// elidedEveningArticles at s[k:e], where a letter follows it; or k.
func elidedArticle(s string, k, e int) int {
	if e == k || e >= len(s) || !isWordOf(s[k:e], elidedEveningArticles[:]) {
		return k
	}
	if r, n := decode(s, e); script.IsApostrophe(r) && isWordStart(s, e+n) {
		return e + n
	}
	return k
}

// elidedBefore reports whether s[:a] ends with an apostrophe, as an
// article of elidedEveningArticles does.
func elidedBefore(s string, a int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:a])
	return script.IsApostrophe(r)
}

// eveningWordOf returns the index of the day after a word for the evening
// at s[j] (or a sunset's phrase) and the word for "of" after it, as
// eveningOf reads them after their article; or k. A preposition that
// holds the article says it without one: Portuguese "a partir do pôr do
// sol do dia 16" (see fromPartir).
func eveningWordOf(s string, j, k int) int {
	w, e, ok := wordAt(s, j)
	if !ok || w.kind != wNight {
		// The sunset of a day, as a range's end names it: "fino al
		// tramonto del 4 ottobre 2014", "au coucher du soleil le 4
		// octobre" were read as the end alone, the range's first day
		// lost with nothing said.
		if e = matchPhrases(s, j, endsNearSunsets[:]); e == j {
			return k
		}
	}
	return dayAfterOf(s, e, k)
}

// dayAfterOf returns the index of the day after the word for "of" (see
// eveningOfWords) that follows the space at s[e], a day in digits, a
// month's or a weekday's name; or k.
func dayAfterOf(s string, e, k int) int {
	m := skipSpace(s, e)
	of := matchWords(s, m, eveningOfWords[:]...)
	if m == e {
		return k
	}
	if of == m {
		return gluedNameAfterOf(s, m, k)
	}
	n := skipSpace(s, of)
	if n > of {
		// The word for "day" before the day's number, as the Romance
		// languages write it after "of": "entre o pôr do sol do dia 13
		// de março e o pôr do sol do dia 15 de março" (Lider News, the
		// 127th held-out round), "la noche del día 15", "la sera del
		// giorno 15".
		n = skipDayWord(s, n)
		n = skipDayWordWeekday(s, n)
		// The word for "this" before a weekday (see beginsThis), as news
		// name the day of the week they are in: "hasta el atardecer de
		// este jueves 2 de octubre" (Tiempo de San Juan, the
		// hundred-and-forty-first held-out round), where the range's
		// start was left out of the span.
		n = skipThisWeekday(s, n)
	}
	if d, _, ok := wordAt(s, n); n > of && (isDigit(s, n) || ok && (d.kind == wMonth || d.kind == wWeekday)) {
		return n
	}
	if n > of && dayWordOfAt(s, n) {
		return n
	}
	return k
}

// dayWordOfAt reports whether a day named by an English ordinal word, with
// "the" before it or not, and "of" or "day of" after it, starts at s[n], as
// dayWord reads one, and a month's name of either calendar after them:
// "On the eve of the fourteenth of Nissan" (Dor Tikvah's Erev Pesach
// primer, the three-hundred-and-third held-out round) was read as 14
// Nisan alone, its evening left out, where "the eve of 14 Nisan" was read
// as the evening. So is a day in digits after "the", with its ordinal's
// suffix or not: "the eve of the 14th of Nisan 5784", "the evening of the
// 2nd of March, 2024" were refused at "the". A day of an occasion ("the eve of
// the first day of Passover") is the occasion's, which a month's day must
// not take: it would be read as the first day itself.
func dayWordOfAt(s string, n int) bool {
	i := n
	the := matchWord(s, n, "the")
	if the > n {
		if i = skipSpace(s, the); i == the {
			return false
		}
	}
	e := i
	if _, d, digits := number(s, i); digits > 0 {
		if the == n || digits > 2 {
			return false // 14th of Nisan: read as digits are
		}
		e = d
		if o, _, ok := ordinal(s, d); ok {
			e = o
		}
	} else if w, we, ok := wordAt(s, i); ok && w.kind == wDayWord && w.lang == layout.English && w.value != dayWordLast {
		e = we
	} else {
		return false
	}
	m := monthAfterDayWord(s, e)
	if m < 0 {
		return false
	}
	_, gregorian := latinMonth(s, m)
	return gregorian || hebrewMonthAt(s, m)
}

// gluedNameAfterOf returns the index of a weekday's or month's name glued
// to the word for "of" at s[m] (see eveningOfWords), as a page loses the
// space at a line break or between two tags: "will end on the evening
// ofThursday, 1st June" (IndiaMarks, the hundred-and-ninetieth held-out
// round), whose range was two datelines. Only a capital letter after the
// word's last small one starts the name, and only a name of the tables
// ("ofThe" or "ofJune's" are no date); or k.
func gluedNameAfterOf(s string, m, k int) int {
	for _, of := range eveningOfWords {
		n := m + len(of)
		if n >= len(s) || s[n] < 'A' || s[n] > 'Z' || !foldASCIIEqual(s[m:n], of) {
			continue
		}
		if d, _, ok := wordAt(s, n); ok && (d.kind == wMonth || d.kind == wWeekday) {
			return n
		}
	}
	return k
}

// afternoonWords are the words for the afternoon at which the Romance
// languages end a range that runs from one afternoon to the next, as an
// occasion's hours: Portuguese and Spanish "tarde", Catalan "tarda",
// Italian "pomeriggio" ("O Dia de Yom Kipur assinala-se na tarde de 15
// de setembro até a tarde de 16 de setembro de 2021", "hasta la tarde
// del 16 de septiembre", "fins a la tarda del 16 de setembre", "al
// pomeriggio del 16 settembre"). The range's end was read alone, its
// last day for its first, with nothing said. English's afternoon and
// "daylight hours" end a range the same way: "the evening of Dec. 16 and
// throughout the daylight hours of Dec. 24" (a blog's Hanukkah, the
// hundred-and-ninety-eighth held-out round) was two datelines, "until
// the afternoon of" too.
var afternoonWords = [...]string{"tarde", "tarda", "pomeriggio", "afternoon", "daylight hours"}

// afternoonOf returns the index of the day after "the afternoon of" at
// s[k], with or without eveningOf's article (Italian's "al" before it
// holds one), or k. Unlike the evening, the afternoon is before sunset:
// the words say nothing of the Hebrew day, and only a range's end is read
// after them (skipEndEvening), where a word for "until" came first.
func afternoonOf(s string, k int) int {
	j := k
	if a := eveningArticle(s, k); a > k {
		if j = skipSpace(s, a); j == a {
			return k
		}
	}
	if j >= len(s) || s[j]|0x20 != 't' && s[j]|0x20 != 'p' && s[j]|0x20 != 'a' && s[j]|0x20 != 'd' {
		return k // the cheap first test: tarde, tarda, pomeriggio, afternoon, daylight
	}
	e := matchPhrases(s, j, afternoonWords[:])
	if e == j || !wordEnds(s, e) {
		return k
	}
	return dayAfterOf(s, e, k)
}

// headingYearEnd returns the index of the field after a Gregorian year
// that heads r set off by a comma, with only text before it, where "the
// evening of" alone comes between it and the date, as yearHeading reads
// it ("Em 2023, da noite de 17 de abril"); or 0. Other words there
// ("2013, desde la puesta de sol en mayo 14", a sentence Find reads from
// its year) are no evening of the date's.
func headingYearEnd(r *Result) int {
	for j := range r.Fields {
		f := &r.Fields[j]
		if f.Kind == layout.Literal {
			continue
		}
		if f.Kind != layout.Year || f.End >= len(r.Input) || r.Input[f.End] != ',' || j+2 >= len(r.Fields) {
			return 0
		}
		if k := skipSpace(r.Input, f.End+1); eveningOf(r.Input, k) == r.Fields[j+2].Start {
			return j + 1
		}
		return 0
	}
	return 0
}

// LeadingEvening reports whether r opens with words that say its day is
// an evening: "the evening of March 23", "la noche del 23 de marzo", "с
// вечера 1 октября", "sundown December 25", the literal before its first
// field holding a word for the evening or the end of the day. The
// dateline's own day is then an evening, as after a weekday's night
// (Night): its Hebrew date, from sunset, is the next day's.
func LeadingEvening(r *Result) bool {
	f0 := headingYearEnd(r) // "Em 2023, da noite de 17 de abril": the words after the year
	if len(r.Fields) <= f0 || r.Fields[f0].Kind != layout.Literal {
		return false
	}
	f := &r.Fields[f0]
	s := r.Input[:f.End]
	if w := latinWord(s, f.Start); w > f.Start && isWordOf(s[f.Start:w], untilLeadWords[:]) {
		// "até o crepúsculo do dia 30 de setembro" (until the dusk of):
		// the day is a range's last, until its evening; its Hebrew date
		// is its own (see untilLead).
		return false
	}
	for k := f.Start; k < len(s); {
		if wordStarts(s, k) && eveLead(r.Input, k) > k {
			return true // la veille du 2 mars 2024, ערב 2 במרץ 2024 (see EveOfCivilDay)
		}
		if s[k] == 0xD7 {
			if nightOfDate(r.Input, k) > k {
				return true // בליל ה-4 בפברואר 1997
			}
			if leilOccasion(r.Input, k) {
				return true // ליל פסח
			}
		}
		if a := elidedArticle(s, k, letterEnd(s, k)); a > k {
			k = a // all’imbrunire: the word after the article
			continue
		}
		e := latinWord(s, k)
		if e == k {
			_, n := decode(s, k)
			k += max(n, 1)
			continue
		}
		if skipEvening(s, k) > k || phraseEnd(s, k, eveningDeixisPhrases[:]) > k {
			return true // вечером 6 октября; Tonight, September 8
		}
		if w, _, ok := wordAt(s, k); ok && w.kind == wNight && !erevEve(r, k, e) && skipThisWeekday(r.Input, k) == k || leilOccasion(r.Input, k) {
			// Not Spanish's "este" (this) before a weekday, which is
			// Hungarian's evening: "este lunes 24 de abril".
			return true
		}
		if _, ok := sunsetWord(s, k); ok {
			return true
		}
		if matchPhrases(s, k, endsNearSunsets[:]) > k {
			return true // la primera estrella del 18 de septiembre
		}
		if matchPhrases(s, k, nightFromLeads[:]) > k {
			return true // в ночь с 2 на 3 марта, in der Nacht vom 2. auf den 3. März
		}
		k = e
	}
	return false
}

// nightNouns are the words for the night, as against the evening, that
// LeadingOneNight looks for in the words before a range: a night runs
// into the next day's morning, where an evening ("the evening of March
// 2-3") may be one of each day.
var nightNouns = [...]string{"night", "overnight", "nacht", "ночь", "ніч", "ноч", "nocy", "noc", "nuit", "notte", "noche", "noite", "nit"}

// LeadingOneNight reports whether r opens with words that name a night
// (see LeadingEvening), with a word of nightNouns or hebrewNights
// ("בלילה שבין 7.1.24 ל-8.1.24"), before a range whose
// other day is the day after its first: "the night of March 2-3, 2024",
// "in der Nacht vom 2. auf den 3. März", "в ночь с 2 на 3 марта", "w nocy
// z 2 na 3 marca", "dans la nuit du 2 au 3 mars", "nella notte tra il 2
// e il 3 marzo". That is one night, the first day's evening, whose
// Hebrew date is the second day's, as the dateline's own day already
// reads it; the second day is its morning and names no other day. It
// was read as a range of two nights, the second day given as another,
// "also Sunday, March 3, 2024 | 24 Adar I 5784", the next night's date
// (an adversarial review's fourth finding). A range of more days ("the
// night of March 2-4") is not one night, and is read as before.
func LeadingOneNight(r *Result) bool {
	ends := 0
	for i := range r.Fields {
		f := &r.Fields[i]
		switch {
		case f.Flags&RangeEnd == 0:
		case f.Kind == layout.HebrewDay:
			// "בלילה שבין מוצאי שבת, י"ח בחשון – ליום ראשון י"ט
			// בחשון": each day with its own Hebrew date, the night's
			// the end's (see package dateline's facts.settle).
			return false
		case f.Kind == layout.Day && f.Shift != 1:
			return false
		case f.Kind == layout.Day:
			ends++
		}
	}
	// The words are in the literals before the date: the one that
	// LeadingEvening reads, or the one that package dateline puts before
	// a match of Find whose evening is said before it (see
	// EveningBefore), marked Night, or the one after a year that heads
	// the match ("2012: ночь со среды 9 на четверг 10 мая").
	if ends == 0 {
		return false
	}
	night, said := false, LeadingEvening(r)
	for i := range r.Fields {
		f := &r.Fields[i]
		if f.Kind == layout.Year {
			continue
		}
		if f.Kind != layout.Literal {
			break
		}
		said = said || f.Flags&Night != 0
		for k := f.Start; k < f.End && !night; {
			e := latinWord(r.Input, k)
			if r.Input[k] == 0xD7 {
				e = hebrewWord(r.Input, k)
			}
			if e == k {
				_, n := decode(r.Input, k)
				k += max(n, 1)
				continue
			}
			night = isWordOf(r.Input[k:e], nightNouns[:]) || isWordOf(r.Input[k:e], hebrewNights[:])
			k = e
		}
	}
	return night && said
}

// LeadingFirstNight reports whether r's leading literal ends with one of
// firstNightOf right before the occasion of r's next field: "la primera
// noche de Hanukkah cae el domingo 14 de diciembre de 2025" names
// Hanukkah's first night, as English's "the first night of" does (see
// numberedOccasion), and not any of its nights. Without it "la primera
// noche de Hanukkah cae el lunes 15 de diciembre de 2025", the second
// night, was read with nothing said, the evening being one of Hanukkah's.
func LeadingFirstNight(r *Result) bool {
	if len(r.Fields) < 2 || r.Fields[0].Kind != layout.Literal || r.Fields[1].Kind != layout.Holiday {
		return false
	}
	s, h := r.Input, r.Fields[1].Start
	for k := r.Fields[0].Start; k < h; k++ {
		if !wordStarts(s, k) {
			continue
		}
		if e := matchPhrases(s, k, firstNightOf[:]); e > k && skipSpace(s, e) == h {
			return true
		}
	}
	return false
}

// EveningOfOccasion returns the span of r's leading literal where it ends
// with a word for the evening (not English's "eve": see erevEve) and one
// of eveningOfWords (or German's "von") right before the occasion of r's
// next field, and whether it names the occasion's first evening. With an
// article or nothing before the word for the evening ("le soir de Pessah
// 2024", "la noche de Pésaj", "la sera di Pesach", "am Abend von
// Pessach", "na noite de Pessach", and Russian's genitive with no word
// for "of", "вечером Песаха") it is the evening that begins the
// occasion's day, as English's "the evening of Passover" is read (see
// nightOccasion): they were read as the occasion's day, a civil day late,
// with nothing said. Another word before it says which evening ("le
// dernier soir de Pessah", "la segunda noche de Pésaj"), the first only
// where LeadingFirstNight reads it so; package dateline refuses the rest.
func EveningOfOccasion(r *Result) (start, end int, first, ok bool) {
	if len(r.Fields) < 2 || r.Fields[0].Kind != layout.Literal || r.Fields[1].Kind != layout.Holiday || r.Fields[1].Flags&Night != 0 {
		return 0, 0, false, false
	}
	s, lead := r.Input, &r.Fields[0]
	k := trimSpaceBefore(s, r.Fields[1].Start)
	w := markedWordBefore(s, k)
	if w == k || w < lead.Start {
		return 0, 0, false, false
	}
	of := isWordOf(s[w:k], eveningOfWords[:]) || foldEquals(s[w:k], "von")
	if of {
		if k = trimSpaceBefore(s, w); k == w {
			return 0, 0, false, false
		}
		if w = markedWordBefore(s, k); w == k || w < lead.Start {
			return 0, 0, false, false
		}
	}
	n, e, known := wordAt(s, w)
	if !known || n.kind != wNight || e != k || foldEquals(s[w:k], "eve") || !of && n.lang != layout.Russian && n.lang != layout.Ukrainian {
		return 0, 0, false, false
	}
	first = true
	if p := trimSpaceBefore(s, w); p > lead.Start {
		if b := markedWordBefore(s, p); b < p && b >= lead.Start && eveningArticle(s, b) != p {
			first = !eveningQualifier(s, b, p) || countedOrdinals[strings.ToLower(s[b:p])] == 1 || LeadingFirstNight(r)
		}
	}
	return lead.Start, lead.End, first, true
}

// lastEveningWords are the words for "last" that say which of an
// occasion's evenings the words after them name, beside the ordinals of
// countedOrdinals: "le dernier soir de Pessah", "la última noche de
// Janucá", "the last evening of Passover".
var lastEveningWords = [...]string{"last", "final", "dernier", "dernière", "derniere", "último", "última", "ultimo", "ultima", "letzten", "letzte", "letzter", "последний", "последним", "последнего"}

// eveningQualifier reports whether the word s[w:k] says which of an
// occasion's evenings the word for the evening after it names: an ordinal
// (countedOrdinals, or English's words of dayWord) or a word of
// lastEveningWords.
func eveningQualifier(s string, w, k int) bool {
	if _, ok := countedOrdinals[strings.ToLower(s[w:k])]; ok {
		return true
	}
	if d, e, ok := wordAt(s, w); ok && e == k && d.kind == wDayWord {
		return true
	}
	return isWordOf(s[w:k], lastEveningWords[:])
}

// EveningBeforeOccasion returns where the words that name an evening of
// an occasion start before a match that begins at the occasion's name at
// text[end], as EveningOfOccasion reads them at a dateline's start: a
// word for the evening and one of eveningOfWords (Russian's genitive
// without it), with the article and a word that says which evening
// (eveningQualifier) before it; or end. Find matched "la noche de Pésaj
// 2024" and "am Abend von Pessach 2024" from the name on, the occasion's
// day with nothing said, where the evening that begins it is meant, and
// "le dernier soir de Pessah 2024" from "soir" on, as the first evening.
func EveningBeforeOccasion(text string, end int) int {
	k := trimSpaceBefore(text, end)
	w := markedWordBefore(text, k)
	if w == k || k == end {
		return end
	}
	of := isWordOf(text[w:k], eveningOfWords[:]) || foldEquals(text[w:k], "von")
	if of {
		if k = trimSpaceBefore(text, w); k == w {
			return end
		}
		if w = markedWordBefore(text, k); w == k {
			return end
		}
	}
	n, e, known := wordAt(text, w)
	if !known || n.kind != wNight || e != k || foldEquals(text[w:k], "eve") || !of && n.lang != layout.Russian && n.lang != layout.Ukrainian {
		return end
	}
	b := w
	for range 2 { // the article, a word that says which evening, or both
		p := trimSpaceBefore(text, b)
		if p == b {
			break
		}
		q := markedWordBefore(text, p)
		if q == p || eveningArticle(text, q) != p && !eveningQualifier(text, q, p) {
			break
		}
		b = q
	}
	return b
}

// erevEve reports whether the word w of r's leading literal is "eve"
// before the occasion that r's first field names as its eve (a Holiday
// with a Shift: see erevOccasion), as English says Erev: "the eve of
// Shavuot 5591 (May 5, 1831 OS)" is the day before Shavuot, 5 Sivan, as
// "Erev Shavuot 5591" is, and no evening (the hundred-and-first
// held-out round, where its civil day was read as the evening, 6 Sivan).
// The eve of a counted day ("Eve of 7th Day of Passover": see
// erevCounted) is the day before that day, and no evening, too.
func erevEve(r *Result, k, e int) bool {
	if !foldEquals(r.Input[k:e], "eve") || len(r.Fields) < 2 || r.Fields[1].Kind != layout.Holiday {
		return false
	}
	return r.Fields[1].Shift > 0 || countedAfterEve(r.Input, e)
}

// countedAfterEve reports whether "of" and a day counted in digits or a
// word ("7th Day", "Seventh Day", "the seventh day") follow the word
// "eve" that ends at s[e], as erevCounted reads them.
func countedAfterEve(s string, e int) bool {
	k := skipSpace(s, e)
	o := matchWord(s, k, "of")
	if o == k {
		return false
	}
	k = skipThe(s, skipSpace(s, o))
	if _, de, digits := number(s, k); digits == 1 {
		if k = countedEnding(s, de); k == de {
			return false
		}
	} else if w, we, ok := wordAt(s, k); ok && w.kind == wDayWord {
		k = we
	} else {
		return false
	}
	k = skipSpace(s, k)
	return matchWord(s, k, "day") > k
}

// leilOccasion reports whether a word for the night of Leil's kind at
// s[k] is followed by an occasion's name, as nightOccasion reads it
// ("Leil Shavuot", "ליל פסח"), or by the Seder's, as hebrewSeder reads it
// ("ליל הסדר", "בליל הסדר השני"): the night that begins the occasion's
// day. Before a weekday the words are the weekday's (ליל שישי, אור ליום
// שישי). "בשנת 2023 חוגגים את ליל הסדר ב5.4.23." (HaDoctor,
// incoming.tsv) was read as the evening's 15 Nisan, with an info that
// said so, while the words were not said to name the evening, as ליל
// פסח's are.
func leilOccasion(s string, k int) bool {
	w, e, ok := wordAt(s, k)
	if !ok || w.kind != wLeil {
		return false
	}
	j := skipSpace(s, e)
	if j == e {
		return false
	}
	if _, _, ok = hebrewSeder(s, j); ok {
		return true
	}
	_, _, ok = oneOccasion(s, j)
	return ok
}
