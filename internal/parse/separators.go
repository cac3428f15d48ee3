package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// Between a dateline's phrases the parser crosses separators (a comma, a
// bar, a dash, a connecting word, an article), an aside in brackets and a
// title after a dash; and a list's separator ends a dateline where the
// next item starts (see endsItem).

// maxAside is the longest aside in brackets, in bytes, that a dateline
// reads over.
const maxAside = 200

// aside returns the end of the bracket opened at s[open] that reading,
// stuck at s[j] inside it, may pass over as text: words that are no date,
// as a page writes a gloss or a remark between a dateline's parts ("(in de
// regio Amsterdam)", "(פרײַטיק, איין⸗און⸗צוואַנציק טעג אין חודש מנחם
// אב)"). It holds no digit and no other bracket, and a phrase follows it;
// aside returns 0 otherwise. Only a whole dateline reads over one: in free
// text the bracket ends it. before is the count of fields read before
// the bracket.
func (p *parser) aside(open, j, before int) int {
	s := p.s
	for k := open + 1; k < len(s) && k < open+maxAside; k++ {
		switch c := s[k]; {
		case c == ')':
			if k < j {
				return 0
			}
			end := k + 1
			n := skipSpace(s, end)
			if n == end || n >= len(s) {
				return 0
			}
			if p.yearAfterAside(n, before) {
				return end
			}
			var q parser
			q.init(s)
			if _, ok := q.phrase(n); !ok && p.separator(n) == n {
				return 0
			}
			return end
		case c == '(' || c == '[' || c == ']' || script.IsDigit(c):
			return 0
		}
	}
	return 0
}

// maxTitleWords is the most words of a title that a dateline reads over.
const maxTitleWords = 8

// title returns the end of the words at s[j], after a spaced dash, that
// name what the day is before the rest of the dateline, as a list of a
// month's days writes them: "Chof Daled Teves - Yartzeit of the Alter
// Rebbe Motzoei Shabbos-Sunday /January 5-6". They are words in Latin
// letters, at most maxTitleWords, with no digit, bracket or other
// punctuation among them, and a phrase follows them; title returns j
// otherwise. Only a whole dateline that has read a date before the dash
// reads over a title.
func (p *parser) title(j int) int {
	s := p.s
	k := j
	for n := 0; n < maxTitleWords && k < len(s) && k < j+maxAside; n++ {
		e := latinWord(s, k)
		if e == k {
			return j
		}
		if r, _ := decode(s, e); e < len(s) && !script.IsSpace(r) {
			return j // a word glued to punctuation: not a title's
		}
		k = skipSpace(s, e)
		if k >= len(s) {
			return j
		}
		var q parser
		q.init(s)
		if _, ok := q.phrase(k); ok && !q.has(layout.Holiday) {
			return k // not an occasion, which a title names (Rosh Hashana of Chassidus)
		}
	}
	return j
}

// yearAfterAside reports whether the Hebrew year of the dateline's Hebrew
// date, which has none, follows an aside at s[k]: "כ״א אב (…) תרע״ז".
// The date is the last of the first n fields.
func (p *parser) yearAfterAside(k, n int) bool {
	if n == 0 || p.buf[n-1].Kind != layout.HebrewMonth || p.has(layout.HebrewYear) {
		return false
	}
	_, ok := hebrewYearField(p.s, skipSpace(p.s, k))
	return ok
}

// separator reads one separator at i: punctuation sites put between the
// parts of a dateline, a joining word (on, at, of, the), "a" before a time
// (see atTime), or the words that link the two calendars (see link). It
// returns i if there is none.
func (p *parser) separator(i int) int {
	r, n := decode(p.s, i)
	switch r {
	case '|', '•':
		if k := skipSpace(p.s, i+n); k < len(p.s) && script.Class[p.s[k]]&script.ClassLetter != 0 && p.has(layout.Day) && !p.has(layout.Hour) {
			if k := p.placeBetweenBars(i+n, r); k > i+n {
				return k // Sunday, April 23, 2017 | at Temple Emanu-El | 6:30 p.m.
			}
		}
		return i + n
	case ':':
		if p.dayGluedToClock(i) {
			return i
		}
		return i + n
	case ',', '،', ';', '/', '\\', '·', '▪', '■', '●', '◆', '♦', '*', '(', ')', '[', ']', '~', '@', '¦', '‖', '⋅', '∙', '=':
		return i + n
	case '“', '”', '„', '«', '»':
		return i + n // will be “Chai Elul”: quotation marks around a part
	case '<', '↔', '⇔', '⟷', '⟺':
		return sameAsMark(p.s, i) // 26 Kislev 5784 <> December 8-9, '23
	case '"':
		if asciiQuote(p.s, i) {
			return i + n
		}
		return i
	case '\'', '‘', '’':
		if singleQuoted(p.s, i) {
			return i + n // domingo 27 de septiembre 'Yom Kipur'
		}
	case '.':
		// A dot before a space ends a sentence, and the dateline with it:
		// in "… 10:39 am. Friday, March 2nd" the weekday is the next one's.
		if r2, _ := decode(p.s, i+n); !script.IsSpace(r2) {
			return i + n
		}
		if k := p.yearPointSlash(i); k > i {
			return k // travanj 2011. /nisan 5771
		}
		if k := p.yearPointBracket(i); k > i {
			return k // Rosch Haschana 5774. (5. und 6. September)
		}
		if k := p.weekdayPoint(i); k > i {
			return k // в Субботу. 23-го Февраля в 8:00 вечера
		}
		if k := p.thisYearSentence(i + n); k > i+n {
			return k // 27. dnia miesiąca nisan. W tym roku był to dzień 5 maja.
		}
		if p.dated() && !p.has(layout.Hour) {
			if j := skipSpace(p.s, i+n); sameLine(p.s, i, j) {
				if k := startLabelBeforeTime(p.s, j); k > j {
					return k // 8.2.23. פתיחת דלתות 20:00
				}
			}
		}
		return i
	}
	if script.IsDash(r) {
		if e := caseEnding(p.s, i); e > i {
			return e // 22-én
		}
		if e := p.daytimeLabel(i + n); e > i+n {
			return e // Fri. May 26th -day Sivan 6, 5783
		}
		return i + n
	}
	if k := p.noonWord(i); k > i {
		return k // 15 kwietnia 2008 w południe, à minuit, délben
	}
	if k := p.wordHour(i); k > i {
		return k // 29 de desembre a les vuit del vespre
	}
	if k := p.eraWord(i); k > i {
		return k // 3 Nisan 4841 AM = 15 March 1081 CE
	}
	if k := p.datePurpose(i); k > i {
		return k // 20 de março, para iniciar as celebrações do Purim; before "to" joins a range
	}
	if k := p.hebrewCalendarSaid(i); k > i {
		return k // (29 кіслева 5768 року – за єврейським календарем)
	}
	if k := p.link(i); k > i {
		return k
	}
	if k := p.crossJoin(i); k > i {
		return k // May 8, 2012 to 16 Iyyar 5772
	}
	if k := willBe(p.s, i); k > i {
		return k // Wednesday, September 18, will be “Chai Elul”
	}
	if k := sameDayWords(p.s, i); k > i && p.oneCalendar() {
		return k // December 9, 2023 aka the 26th of Kislev 5784
	}
	if k := p.newYearPassage(i); k > i {
		return k // 15 de setembro, à noite, a passagem para o ano de 5784
	}
	if k := p.newYearEntry(i); k > i {
		return k // Evreii intră miercuri seara în anul 5775
	}
	if k := p.occasionYearSaid(i); k > i {
		return k // Janucá en 2024 se celebra del 25 de diciembre
	}
	if p.has(layout.Holiday) && p.has(layout.HebrewMonth) {
		// The evening after an occasion's Hebrew date is the date's, not
		// the occasion's alone: "Chanukah on 25 Kislev, which falls on the
		// evening of December 25" (see hebrewDayFalls), read as the
		// occasion's, was 25 December 2016, whose 25 Kislev is the day.
		if k := p.eveningBefore(i); k > i {
			return k
		}
	}
	if k := p.occasionBegins(i); k > i {
		return k // Iom Kipur comenzará el 1 de octubre
	}
	if k := p.occasionFallsOn(i); k > i {
		return k // Yom Kipur cae el 12 de octubre
	}
	if k := p.occasionRunsFrom(i); k > i {
		return k // Passover 2023 runs from April 5 to April 13
	}
	if k := p.occasionFallsHebrew(i); k > i {
		return k // יום כיפור יחול השנה, בין יום ראשון 24.09.23 ויום שני 25.09.23
	}
	if k := p.occasionNight(i); k > i {
		return k // Janucá en la noche del 11 de diciembre
	}
	if k := p.occasionApposition(i); k > i {
		return k // Песах, еврейская пасха в 2018 году — с 30 марта по 7 апреля
	}
	if k := p.occasionGlossDate(i); k > i {
		return k // o Yom Kipur, o dia da Expiação, dia 14 de setembro
	}
	if k := p.occasionBeforeSunset(i); k > i {
		return k // Rosh Hashanà (Capodanno), da mezz’ora prima del tramonto di mercoledì 2 ottobre
	}
	if k := p.occasionFromSunset(i); k > i {
		return k // Shmini Atzeret (sunset 9/25 - sunset 9/26)
	}
	if k := p.dateBegins(i); k > i {
		return k // Am 12. April beginnt abends das diesjährige Pessach-Fest
	}
	if k := p.finalBegins(i); k > i {
		return k // Sukot Bayramı, 6 Ekim'de başlıyor
	}
	if k := p.bayramNoun(i); k > i {
		return k // Hanuka Bayramı 14 Aralık
	}
	if k := p.dateCelebrates(i); k > i {
		return k // Со 2 по 10 декабря иудеи отмечают Хануку
	}
	if k := p.weekdayRelative(i); k > i {
		return k // Domenica prossima, 6 settembre
	}
	if p.n == 0 {
		if k, relative := dayLead(p.s, i); k > i {
			p.relativeLead = relative
			return k // no passado dia 27 de janeiro de 2017, els dies 27 i 28 de novembre
		}
		if k := untilLead(p.s, i); k > i {
			return k // até o crepúsculo do dia 30 de setembro
		}
		if k := eveningDeixisLead(p.s, i); k > i {
			return k // Tonight, September 8, 2025; Domani sera, 8 settembre
		}
		if k := dayDeixisLead(p.s, i); k > i {
			return k // Вчера, 16 сентября; Yesterday, September 16, 2012
		}
		if k := eveningWeekdayLead(p.s, i); k > i {
			return k // Увечері в п’ятницю, 27 січня 2017 року
		}
		if k := greekLead(p.s, i); k > i {
			return k // Η 27η Ιανουαρίου, την Κυριακή 19 Μαρτίου
		}
		if k := betweenLead(p.s, i); k > i {
			p.between = true
			return k // entre el 30 de agosto y el 2 de septiembre
		}
		if k := headingYearLead(p.s, i); k > i {
			return k // Em 2023, da noite de 17 de abril até o entardecer de 18 de abril
		}
		if k := hebrewDateNounLead(p.s, i); k > i {
			return k // בתאריכים 14-15.10 החל משעה 10:30
		}
		if k := erevArticle(p.s, i); k > i {
			return k // la veille de Pessah 2024
		}
	}
	if p.n == 0 || p.occasionOnly() || p.occasionAndYear() || p.headingYearOnly() {
		if k := rangeStart(p.s, i); k > i {
			if j := skipSpace(p.s, latinWord(p.s, i)); p.n > 0 && abendDes(p.s, j) > j {
				// "Jom Kippur, vom Abend des 11. bis Abend des 12.
				// Oktober": the occasion begins on the start's evening,
				// as after "beginnt am Abend des" (see occasionBegins).
				p.holidayNight()
			}
			return k // с 28 ноября по 6 декабря; chanukkah fra 29. november til 6. december
		}
	} else if k := skipEvening(p.s, i); k > i && dayAndMonthAt(p.s, k) && p.dated() {
		return k // 27 Кислева 5786 (ввечері 17 грудня 2025)
	} else if k := p.eveningBefore(i); k > i {
		return k // 3 Tammuz 5784 (beginning the evening of July 8, 2024)
	} else if k := p.cyrillicFromAfterHebrew(i); k > i {
		return k // 22 нисана (с вечера 29 апреля до захода солнца 30 апреля 2024 г.)
	}
	if k, las := atTime(p.s, i); k > i && p.dated() && (las || p.foreign()) {
		return k // 28/09/2022 a las 10:39: Spanish's article says whose "a" it is
	}
	if k := fromTime(p.s, i); k > i && p.dated() {
		return k // Zondag 23 april 2017 vanaf 20:00 uur
	}
	if i < len(p.s) && serviceFirst(p.s[i]) && p.dated() {
		if k := serviceBeforeTime(p.s, i); k > i {
			return k // 25.05.23 – Erew Schawuoth / Arvit um 19.00 Uhr
		}
	}
	if i < len(p.s) && p.s[i]-'A' < 26 && p.has(layout.Day) && !p.has(layout.Hour) {
		if k := serviceLabelBeforeTime(p.s, i); k > i {
			return k // Friday, September 15, Evening Service @ 7 pm
		}
	}
	if i < len(p.s) && startLabelFirst(p.s[i]) && p.dated() && !p.has(layout.Hour) {
		if k := startLabelBeforeTime(p.s, i); k > i {
			return k // 24.08.2023 | פתיחת שערים 19:00; Doors open at 7 pm
		}
	}
	if k := atHour(p.s, i); k > i && p.dated() {
		return k
	}
	if k := atLaHora(p.s, i); k > i && p.dated() && !p.has(layout.Hour) {
		return k // jueves 9 de noviembre, a la hora 11.00: the hour is read next
	}
	if k := atHourPolish(p.s, i); k > i {
		return k // o godz. 17.45, o g. 17.45, o 17:45
	}
	if k := andHourGreek(p.s, i); k > i && p.dated() && !p.has(layout.Hour) {
		return k // και ώρα 20:00: the next word joins the time
	}
	if k := p.partBeforeHour(i); k > i {
		return k // 2024. január 18-án délután 5 órakor
	}
	if k := p.article(i); k > i {
		return k
	}
	if k := dateNoun(p.s, i); k > i {
		return k // Iom Kipur în data de 26 septembrie; pe data de, ziua de
	}
	if k := belarusianAtHour(p.s, i); k > i && p.dated() {
		return k // 3 красавіка, а 19-й гадзіне
	}
	if isWordStart(p.s, i) {
		if w, e, ok := p.wordAt(i); ok && w.kind == wJoin && !p.occasionAt(i, e) {
			if p.n == 0 && e < len(p.s) && p.s[e] == ',' && utf8.RuneCountInString(p.s[i:e]) == 1 {
				// "W, 2 March 2024": a letter that opens a dateline
				// before a comma is no preposition but a weekday's
				// initial, or prose, and was read as Polish's "w"
				// (in) with nothing said (found trying the command
				// as an adversary). After a field, a comma may follow
				// a join word ("quinta-feira de dia, 17 de Março").
				return i
			}
			if w.value == joinCalendar && !p.otherCalendarAt(skipSpace(p.s, e)) {
				return i
			}
			if w.dot && e < len(p.s) && p.s[e] == '.' {
				e++ // godz.
			}
			return e
		}
	}
	if script.IsHebrewLetter(r) {
		e := hebrewWord(p.s, i)
		if w, ok := lookupHebrew(p.s, i, e); ok && w.kind == wJoin || onDay(p.s, i, e) || of(p.s, i, e) {
			return e // בשעה, ביום, של
		}
	}
	return i
}

// otherCalendarAt reports whether the other calendar's date starts at
// s[k]: a Hebrew one after a civil date read, a civil one (its weekday
// before it or not) after a Hebrew date, as "er" and "är" (is) join them.
func (p *parser) otherCalendarAt(k int) bool {
	switch {
	case p.has(layout.Month):
		return hebrewDateAt(p.s, k)
	case p.has(layout.HebrewMonth):
		return gregorianDateAt(p.s, afterWeekday(p.s, k))
	}
	return false
}

// occasionAt reports whether, after a date or before anything read, an
// occasion's name that is longer than the joining word at s[i:e] starts
// at i: Portuguese's "Dia da Imigração" and "Dia de Jerusalém", whose dia
// joins a date's parts too ("dia 5 de maio"), are the occasion's; so,
// opening the dateline, are the Day of Atonement's names in words, "o
// Dia do Perdão, que aconteceu entre os dias 17 e 18 de setembro" (a
// community's blog, the hundred-and-eighteenth held-out round), "El Día
// del Perdón comienza el 11 de octubre", which were read as their dates
// alone or not at all.
func (p *parser) occasionAt(i, e int) bool {
	if p.n > 0 && !p.dated() || p.has(layout.Holiday) {
		return false
	}
	_, end, ok := oneOccasion(p.s, i)
	return ok && end > e
}

// onDay reports whether s[i:e] is Hebrew's "ביום" (on the day), which
// joins a date as "on" does: "ביום 26 בדצמבר 2002", "ביום י' ניסן תרע"א".
// It is no word of the tables: Find, which tries a phrase at every word
// of them, would try one at each "on the day" of Hebrew prose. (Before a
// weekday's bare ordinal, "ביום שלישי", it would start a phrase, and so a
// Find start; it is not read there.)
//
// So do "מיום" (from the day), which opens a range as מ- does ("מיום
// שישי, כ"ו בכסלו, 27 בדצמבר 2024"), and "ליום" (to, or the night of, the
// day: "אור ליום שישי ב' בניסן").
//
// The prefixes Hebrew glues before them, ו (and), ש (that), כש (when)
// and their clusters, leave them the same word, as afterOnDay reads
// them before a weekday: "וביום ש 2.3.2024" (and on Shabbat) was
// refused by Check at וביום, where Find read it.
func onDay(s string, i, e int) bool {
	for n := 0; n < 3 && e-i > len("ביום"); n++ {
		switch s[i : i+len("ו")] {
		case "ו", "ש", "כ":
			i += len("ו") // וביום, שביום, כשביום, וכשביום
		default:
			return false
		}
	}
	if e-i != len("ביום") || s[i] != 0xD7 || s[i+2:e] != "יום" {
		return false
	}
	switch s[i+1] {
	case 0x91, 0x9E, 0x9C: // ב, מ, ל
		return true
	}
	return false
}

// onTheDay reports whether s[i:e] is onDay's ביום (on the day) itself,
// with the prefixes onDay takes or without: not מיום or ליום.
func onTheDay(s string, i, e int) bool {
	return e-i >= len("ביום") && s[e-len("ביום"):e] == "ביום" && onDay(s, i, e)
}

// untilDay reports whether s[i:e], after Hebrew's עד or ועד (until) in a
// range, is a word for "the day" before the end's date: onDay's ליום
// ("עד ליום רביעי"), or "יום" bare before a date written in digits, "ועד
// יום 29.06.2019 14:00" (and until the day 29.06.2019, as a gallery's
// exhibition runs). Bare יום before anything else is the weekday's own
// word, "עד יום שלישי", which the end's reader takes with its ordinal.
func untilDay(s string, i, e int) bool {
	if onDay(s, i, e) {
		return true
	}
	if e-i != len("יום") || s[i:e] != "יום" {
		return false
	}
	j := skipSpace(s, e)
	return j > e && isDigit(s, j)
}

// of reports whether s[i:e] is Hebrew's "של" (of), which joins a weekday
// to its date as "of" does: "השבת של ה-30 במרץ" (the Shabbat of March 30).
// Like ביום, it is no word of the tables, which Find would try a phrase
// at in every sentence of Hebrew prose.
func of(s string, i, e int) bool { return e-i == len("של") && s[i:e] == "של" }

// turkishEndings are the case endings Turkish joins with an apostrophe to
// a number or a proper name: in or at (2018'de, 16.00'da, 7 Aralık'ta),
// from (2018'den) and to (19.00'a) the day or hour, of it (2021'in,
// 2022'nin, 6 Eylül'ün: "6 Eylül 2021'in gün batımından", from the
// sunset of 6 September 2021, which the 136th held-out round's
// tr.wikiital.com wrote and the ending stopped), and the day or year
// as an object (Mart'ı, 2018'i, 10 Eylül'ü: "10 eylül’ü 11 eylül’e
// bağlayan akşam", the evening that joins 10 September to 11
// September, which the 228th round's eksisozluk.com wrote; see
// turkishNight).
var turkishEndings = [...]string{"da", "de", "ta", "te", "dan", "den", "tan", "ten", "a", "e", "ya", "ye",
	"nin", "nın", "nun", "nün", "in", "ın", "un", "ün", "ı", "i", "u", "ü", "yı", "yi", "yu", "yü"}

// turkishAblatives are turkishEndings's "from", turkishGenitives its
// "of" (see turkishFromJoin), and turkishAccusatives and turkishDatives
// the object and "to" that name a night by the two days it joins (see
// turkishNight).
var (
	turkishAblatives   = [...]string{"dan", "den", "tan", "ten"}
	turkishGenitives   = [...]string{"nin", "nın", "nun", "nün", "in", "ın", "un", "ün"}
	turkishAccusatives = [...]string{"ı", "i", "u", "ü", "yı", "yi", "yu", "yü"}
	turkishDatives     = [...]string{"a", "e", "ya", "ye"}
)

// turkishEndingBefore returns the case ending of turkishEndings that ends
// s[:i] after its apostrophe, or "".
func turkishEndingBefore(s string, i int) string {
	for a := i - 1; a > 0 && i-a <= len("’nün"); a-- {
		if (s[a] == '\'' || s[a] == 0xE2) && turkishEnding(s, a) == i {
			_, n := decode(s, a)
			return s[a+n : i]
		}
	}
	return ""
}

// turkishEnding returns the end of an apostrophe at s[i] and a Turkish
// case ending after it (see turkishEndings), or i. The ending is text of
// the dateline, as caseEnding's are.
func turkishEnding(s string, i int) int {
	if i == 0 || i >= len(s) || s[i] != '\'' && s[i] != 0xE2 {
		return i
	}
	r, n := decode(s, i)
	if !script.IsApostrophe(r) || script.IsSpace(lastRuneOf(s, i)) {
		return i
	}
	for _, c := range turkishEndings {
		if e := i + n + len(c); e <= len(s) && strings.EqualFold(s[i+n:e], c) && wordEnds(s, e) {
			return e
		}
	}
	return i
}

// turkishStem returns the end of the word s[k:e] before the apostrophe of
// a Turkish case ending that ends it ("Aralık'ta", in December), or e.
func turkishStem(s string, k, e int) int {
	for j := k + 1; j < e; j++ {
		if s[j] == '\'' || s[j] == 0xE2 {
			if turkishEnding(s, j) == e {
				return j
			}
			return e
		}
	}
	return e
}

// caseEndings are the endings Hungarian joins with a hyphen to a day in
// digits: on (2-án, 22-én, 1-jén), of (2-i), and until and from the day
// (see untilEndings and fromEndings).
var caseEndings = append(append([]string{"án", "én", "ján", "jén", "a", "e", "i"}, untilEndings[:]...), fromEndings[:]...)

// fromEndings are Hungarian's endings for from a day (2-tól, 4-től), and
// after the possessive vowel a day's ordinal takes (24-étől, 2-ától,
// 1-jétől: from its 24th), which opens a range as a word for
// "from" does in other languages (see hungarianFromJoin).
var fromEndings = [...]string{"tól", "től", "étől", "ától", "jétől", "jától"}

// untilEndings are Hungarian's endings for until a day (2-ig), plain and
// after the possessive vowel a day's ordinal takes (26-áig, 24-éig,
// 1-jéig: until its 26th): the end of a range whose start has one of
// fromEndings.
var untilEndings = [...]string{"ig", "éig", "áig", "jéig"}

// caseEnding returns the end of a hyphen at s[i] and a Hungarian case
// ending after a day in digits (see caseEndings), or i: "április 22-én",
// "2007. szeptember 13-án". The ending is text of the dateline, which a
// layout writes after every day as it was read.
func caseEnding(s string, i int) int {
	if i == 0 || i >= len(s) || s[i] != '-' || !isDigit(s, i-1) {
		return i
	}
	for _, c := range caseEndings {
		if e := i + 1 + len(c); e <= len(s) && s[i+1:e] == c && wordEnds(s, e) {
			return e
		}
	}
	return i
}

// hourEndings are the endings Hungarian joins with a hyphen to a time of
// day: at (18.00-kor, 5-kor), from (18.00-tól, 9.30-től) and until
// (20.00-ig) the hour. Only "kor" says that a number alone is an hour:
// "2-tól", "2-ig" are a day's too (see caseEndings).
var hourEndings = [...]string{"kor", "tól", "től", "ig"}

// hourEnding returns the end of a hyphen at s[i] and a Hungarian ending of
// hourEndings after a time in digits, or i: "18.00-kor" (at 18:00), which
// was no time, the ending left over. atOnly takes "kor" alone, after an
// hour without its minutes (see hoursWord): "délután 5-kor".
func hourEnding(s string, i int, atOnly bool) int {
	if i == 0 || i >= len(s) || s[i] != '-' || !isDigit(s, i-1) {
		return i
	}
	for _, c := range hourEndings {
		if atOnly && c != "kor" {
			break
		}
		if e := i + 1 + len(c); e <= len(s) && s[i+1:e] == c && wordEnds(s, e) {
			return e
		}
	}
	return i
}

// shabbatWord reports whether w, a word the tables have as Saturday, is
// Shabbat's own name (Shabbat, Shabbos, Shabbes, Shabat, French Chabbat,
// Dutch Sjabbat, German Schabbat, Polish Szabat, Czech Šabat, Russian
// Шаббат, שבת) rather than a language's name for the weekday (sábado,
// sobota, szombat). Sjabbat and Schabbat were the weekday's name.
func shabbatWord(w string) bool {
	if w == "שבת" {
		return true
	}
	if len(w) < len("shabat") {
		return false
	}
	for _, p := range shabbatStems {
		if len(w) > len(p) && strings.EqualFold(w[:len(p)], p) {
			return true
		}
	}
	return false
}

// shabbatStems are the first letters, in lower case, of Shabbat's own
// name in the languages that write it (see shabbatWord).
var shabbatStems = [...]string{"shab", "chab", "sjab", "schab", "szab", "šab", "шаб"}

// articles are the words for "the" and "on" that some languages put before
// a weekday (el domingo, no domingo, na sexta-feira, il lunedì, am
// Dienstag, op zondag), by the lower-case word.
var articles = map[string]bool{"el": true, "no": true, "na": true, "il": true, "am": true, "op": true}

// occasionArticles are the Romance languages' words for "the" that may
// come before an occasion's name after its day: Italian's lo, il and la,
// French's le and la, Spanish's el and la, Portuguese's o and a.
var occasionArticles = map[string]bool{"lo": true, "il": true, "la": true, "le": true, "el": true, "o": true, "a": true}

// article returns the end of an article before a weekday at s[i], with the
// spaces after it (see articles), or of German's "den" (the) before a day
// of the month after a weekday ("am Dienstag, den 4. Dezember"), and its
// abbreviation "d." in Danish and Norwegian, or "am"
// and "dem" before a day with its dot; or i.
// The weekday must be another language's than English, whose "no" and
// "am" are words of their own: "am" before "Monday" is none of this.
func (p *parser) article(i int) int {
	s := p.s
	if s[i]|0x20 == 'l' && p.n > 0 && i+1 < len(s) {
		// Italian's and French's elided article before a day: "l'8 e il
		// 9 ottobre", after what the dateline has read.
		if r, n := decode(s, i+1); script.IsApostrophe(r) && isDigit(s, i+1+n) {
			return i + 1 + n
		}
	}
	e := latinWord(s, i)
	if e == i || e-i > 3 {
		return i
	}
	if e == i+1 && s[i]|0x20 == 'd' && e < len(s) && s[e] == '.' && p.has(layout.Weekday) {
		// Danish's and Norwegian's "d." (den, the) before a day after
		// a weekday: "Fredag d. 27. januar 2023", as "den" (below).
		if k := skipSpace(s, e+1); k > e+1 && isDigit(s, k) {
			return k
		}
		return i
	}
	k := skipSpace(s, e)
	if k == e {
		return i
	}
	w := s[i:e]
	if (strings.EqualFold(w, "am") || strings.EqualFold(w, "dem")) && (germanDay(s, k) || numberDayStarts(s, k)) {
		// German's "am" (on the) and "dem" (the) before a day with its
		// ordinal dot, "= am 25. Kislev 5781", "Am 6. Siwan", "dem 29.
		// September (9. Tischri 5778)", or in words with its month
		// after it (see numberDayAt), with a weekday before or not: "am
		// fünfundzwanzigsten Dezember" was no date to Check, which read
		// "am 25. Dezember". English's am follows a time, not a day.
		return k
	}
	if (strings.EqualFold(w, "il") || strings.EqualFold(w, "el")) && isDigit(s, k) && p.has(layout.Holiday) && !p.has(layout.Day) {
		// The article before an occasion's day: "Pesach 2024 cade il 23
		// aprile".
		return k
	}
	if strings.EqualFold(w, "den") {
		if (isDigit(s, k) || numberDayStarts(s, k)) && p.has(layout.Weekday) {
			// And a day in words: "Freitag, den zweiten März 2024" was
			// read without its weekday, a wrong one passed (found
			// trying the command as an adversary).
			return k
		}
		return i
	}
	if j, ok := p.relativeDay(i, k, w); ok {
		return j
	}
	if occasionArticles[strings.ToLower(w)] && p.has(layout.Day) && p.has(layout.Month) && !p.has(layout.Holiday) {
		// The article before an occasion's name after its day: "9
		// ottobre, lo Yom Kippur", "le 12 octobre, le Yom Kippour".
		var buf [maxOccasions]int
		if idx, _, _ := occasionList(buf[:0], s, k); len(idx) > 0 {
			return k
		}
	}
	var buf [3]byte
	b := buf[:0]
	for j := i; j < e; j++ {
		b = append(b, s[j]|0x20)
	}
	if !articles[string(b)] {
		return i
	}
	if wd, _, ok := p.wordAt(k); ok && wd.kind == wWeekday && wd.lang != layout.English {
		return k
	}
	return p.dayNounWeekday(k, i)
}

// weekdayDayNouns are the Romance words for "day" (one) that stand
// between the article and a weekday's name: Spanish "el día domingo 20 de
// septiembre" (Hashavúa Bogotá, the hundred-and-seventy-eighth held-out
// round: on Sunday 20 September), Catalan and Portuguese "el dia
// diumenge", "no dia domingo", Italian "il giorno domenica". The plural
// ("los días lunes y martes") names two days and is not read.
var weekdayDayNouns = [...]string{"día", "dia", "giorno"}

// dayNounWeekday returns the index of the weekday after a word of
// weekdayDayNouns at s[k] (the article read before it), where a
// non-English weekday's name follows; or i. The weekday and its date
// are read as after the article alone.
func (p *parser) dayNounWeekday(k, i int) int {
	e := latinWord(p.s, k)
	if e == k || !isWordOf(p.s[k:e], weekdayDayNouns[:]) {
		return i
	}
	w := skipSpace(p.s, e)
	if w == e {
		return i
	}
	if wd, _, ok := p.wordAt(w); ok && wd.kind == wWeekday && wd.lang != layout.English {
		return w
	}
	return i
}

// germanDay reports whether a day of the month in one or two digits with
// an ordinal dot and a space starts at s[k]: "25. Kislev".
// relativeDay returns the index of the day after German's relative
// pronoun w at s[i] (der, die, das; k after it), and "am" or not, where a
// comma sets the clause off after an occasion's name and the occasion's
// day follows: "am Jom Kippur, der Freitagabend, dem 3. Oktober, beginnt"
// (on Yom Kippur, which begins on Friday evening, 3 October). The date was
// read without the occasion, in the nearest year whose 3 October is a
// Friday (2025, not 2014). ok is false where there is none.
func (p *parser) relativeDay(i, k int, w string) (int, bool) {
	s := p.s
	if len(w) != 3 || !strings.EqualFold(w, "der") && !strings.EqualFold(w, "die") && !strings.EqualFold(w, "das") ||
		!p.has(layout.Holiday) || p.has(layout.Day) || p.has(layout.Weekday) || !commaBefore(s, i) {
		return k, false
	}
	j := k
	if a := matchWord(s, k, "am"); a > k {
		if j = skipSpace(s, a); j == a {
			return k, false
		}
	}
	if germanDay(s, j) {
		return j, true
	}
	if f, ok := p.weekdayName(j, false); ok {
		// Its day must follow: "der Freitagabend, dem 3. Oktober", not
		// "der Montag war schön".
		d := skipSpace(s, f.End)
		if d < len(s) && s[d] == ',' {
			d = skipSpace(s, d+1)
		}
		if a := matchWord(s, d, "dem"); a > d {
			d = skipSpace(s, a)
		}
		if germanDay(s, d) {
			return j, true
		}
	}
	return k, false
}

func germanDay(s string, k int) bool {
	_, e, digits := number(s, k)
	return digits >= 1 && digits <= 2 && e+1 < len(s) && s[e] == '.' && s[e+1] == ' '
}

// rangeWordAfter reports whether a word that joins a range follows the
// spaces at s[e]: "mardi 20 décembre au soir au mercredi 28 décembre 2011".
func rangeWordAfter(s string, e int) bool {
	j, dash := rangeJoin(s, e)
	return j > e && !dash
}

// sameAsMarks are the marks that a page puts between the two calendars
// to say that they name the same day, in ASCII ("<>", "<=>", "<->") or as
// a double arrow.
var sameAsMarks = [...]string{"<>", "<=>", "<->", "↔", "⇔", "⟷", "⟺"}

// sameAsMark returns the end of a mark of sameAsMarks at s[i], or i: a
// '<' alone, or before other text, is no separator ("5 < 6").
func sameAsMark(s string, i int) int {
	for _, m := range sameAsMarks {
		if strings.HasPrefix(s[i:], m) {
			return i + len(m)
		}
	}
	return i
}

// itemSeparator reports whether the separator at s[i] is one that may
// end an item of a list ("Shabbat Shekalim, March 9, 2024 · Erev Shabbos,
// 21 Adar I 5784") as well as part the two calendars of one dateline
// ("Saturday, March 2nd | 22 Adar I 5784").
func itemSeparator(s string, i int) bool {
	switch r, _ := decode(s, i); r {
	case '|', '¦', '‖', '•', '·', '▪', '■', '●', '◆', '♦', '⋅', '∙', ';':
		return true
	}
	return false
}

// endsLine reports whether the line break before j ends the dateline read
// so far in free text, where a dateline goes on over a line break ("Saturday,
// March 2nd\n22 Adar I 5784", a masthead on two lines; "March 5,\n2024
// 3:12 pm", a timestamp that a text wraps) but a list writes an item on
// each line. The line that starts at j, read on its own, is the next item
// when it is a date of its own (dated) that states again something the
// dateline states, or states the dates of both calendars, or when the
// dateline states no day (a month, "Adar 5784", is a heading or an item of
// its own, not the other calendar of the next line's day), or when its
// date goes on as prose on its line (see goesOnAsProse).
func (p *parser) endsLine(j int) bool {
	if !p.dated() {
		return p.clockEndsLine()
	}
	if c := p.s[j]; c-'A' < 26 && j+1 < len(p.s) && p.s[j+1]-'a' < 26 {
		// A line that opens with a capital joining word opens a
		// sentence ("... 23. decembra)\nThe 24 Teves farbrengen"): its
		// date is the sentence's, not the other calendar of this one.
		if w, _, ok := p.wordAt(j); ok && w.kind == wJoin {
			return true
		}
	}
	// A line that starts with a word no phrase starts with, as most do
	// ("Home | News"), is read no further: run would stop at it too.
	if c := p.s[j]; script.Class[c]&script.ClassLetter != 0 {
		if may, _ := latinStart(p.s, j); !may {
			return false
		}
	} else if c == 0xD7 {
		if may, _ := hebrewStart(p.s, j); !may {
			return false
		}
	}
	end := len(p.s)
	if k := strings.IndexByte(p.s[j:], '\n'); k >= 0 {
		end = j + k
	}
	var q parser
	q.init(p.s[:end])
	q.list = true
	q.run(j, false)
	if !q.dated() {
		return false
	}
	day := p.has(layout.Day) || p.has(layout.HebrewDay) || p.has(layout.Holiday)
	for _, f := range q.fields() {
		if f.Kind != layout.Literal && f.Flags&RangeEnd == 0 && p.has(f.Kind) {
			return true
		}
	}
	both := q.has(layout.Month) && (q.has(layout.Day) || q.has(layout.Year)) && q.has(layout.HebrewMonth)
	return both || !day || q.goesOnAsProse(end)
}

// goesOnAsProse reports whether the date read on a line that ends at end
// is followed on that line by prose: a word or a dash, not only spaces,
// closing punctuation or an item separator and the masthead's next field.
// A masthead writes each calendar's half alone on its line ("Posted
// March 2, 2024\n23 Adar I 5784"), but a line that goes on after its date
// is an item or a sentence of its own: "Posted March 2, 2024\n23 Adar I
// 5784 is the yahrzeit of our founder" was one dateline, the yahrzeit of
// March 3 read as March 2's Hebrew date after sunset, and "כ״ב אדר א׳
// תשפ״ד\n3.3.2024 - אסיפה כללית" a calendar error on two right dates. An
// occasion on the next line goes the same way (see lineOccasion).
func (p *parser) goesOnAsProse(end int) bool {
	k := p.last
	for k < end && (p.s[k] == ' ' || p.s[k] == '\t' || p.s[k] == '\r' || p.s[k] == '.' || p.s[k] == ',' || p.s[k] == ':') {
		k++
	}
	return k < end && !itemSeparator(p.s, k)
}

// clockEndsLine reports whether a time of day read so far, with no date,
// ends its line after other numbers of that line: "Friday, March 1, 2024
// from 7 to 9 pm" ends with the end of a range of hours, which took the
// next line's date ("9 pm\nFriday, March 8, 2024" was 9 pm of March 8),
// as "10:00 a.m. until 12:00 p.m." took the next event's. A time that
// opens its line, or follows a label ("Updated: 10:39 AM"), goes on to
// the date on the next, as sites print a time above its date.
func (p *parser) clockEndsLine() bool {
	if !p.has(layout.Hour) {
		return false
	}
	for k := p.start - 1; k >= 0 && p.s[k] != '\n'; k-- {
		if isDigit(p.s, k) {
			return true
		}
	}
	return false
}

// endsItem reports whether the item separator before k ends the dateline
// read so far, because what follows it, up to the next item separator, is
// the next item of a list rather than the rest of this dateline. Nothing
// ends before the dateline names a day. After that, the side after the
// separator is read on its own, and it is the next item when it states
// something the dateline states already (a second Gregorian date, a
// second Hebrew year: "Shabbat Shekalim, March 9, 2024", "Purim 5784:
// March 24"), or a weekday of its own after a Gregorian date ("March 9,
// 2024 · Erev Shabbos, 21 Adar I 5784": a weekday leads the Gregorian
// side of a masthead, and the Hebrew side only when it comes first, as
// in "2 Tevet 5766 | Monday, January 2, 2006"); unless what comes before
// that weekday or repetition is the date of the calendar the dateline
// lacks. Then the dateline takes that date and ends before the rest, as
// in back-to-back mastheads: "Saturday, March 2nd | 22 Adar I 5784
// Sunday, March 3rd | 23 Adar I 5784".
//
// Otherwise the two sides form one dateline: the other calendar's date,
// a time of day, the day's occasions ("… | 14 Adar II 5784 | Purim |
// Parashat Tzav", as dualdate convert --occasions writes them).
func (p *parser) endsItem(k int) bool {
	if !p.dated() {
		return false
	}
	var q parser
	q.init(p.s)
	q.item = true
	q.list = p.list // a line break ends the side as it ends the dateline
	q.run(k, false)
	fs := q.fields()
	var gregorian, hebrewDate bool // a date of each calendar before any repetition
	var month, day, year, hmonth, hday, hyear bool
	for _, f := range fs {
		if f.Kind == layout.Literal || f.Flags&RangeEnd != 0 {
			continue
		}
		if p.has(f.Kind) || f.Kind == layout.Weekday && p.has(layout.Month) {
			// The next item starts here, or before the separator.
			return !(gregorian && !p.has(layout.Month) || hebrewDate && !p.has(layout.HebrewMonth))
		}
		switch f.Kind {
		case layout.Month:
			month = true
		case layout.Day:
			day = true
		case layout.Year:
			year = true
		case layout.HebrewMonth:
			hmonth = true
		case layout.HebrewDay:
			hday = true
		case layout.HebrewYear:
			hyear = true
		}
		gregorian = month && (day || year)
		hebrewDate = hmonth && (hday || hyear)
	}
	return false
}

// eraWord returns the index after the era a year is counted in, written
// in capitals right after the year: "AM" or "A.M." (anno mundi) after a
// Hebrew year of three or four digits, "CE", "C.E.", "AD" or "A.D." after
// a civil one of any digits ("August 4, 70 CE"), as catalogues of old documents write both: "Dated:
// Monday, 3 Nisan 4841 AM = 15 March 1081 CE". The word is text of the
// dateline, and the two calendars' link after it is read next. It
// returns i anywhere else: after a day or an hour "AM" is a time's ("10
// AM"), and "BCE" or "BC" is no era the reader counts in. After a civil
// year it reads the eras German, Dutch and the Scandinavian languages
// write ("2021 n. Chr.", "2021 e.Kr.", see commonEras).
func (p *parser) eraWord(i int) int {
	s := p.s
	if i == 0 || i >= len(s) || s[i-1] != ' ' || p.n == 0 {
		return i
	}
	f := p.buf[p.n-1]
	if f.Kind != layout.HebrewYear && f.Kind != layout.Year || f.Kind == layout.HebrewYear && f.End-f.Start < 3 || skipSpace(s, f.End) != i {
		return i
	}
	if f.Kind == layout.Year && s[i] != 'A' && s[i] != 'C' {
		return dottedEra(s, i, commonEras[:]) // 10 september 2021 n.Chr.
	}
	eras := [...]string{"CE", "C.E.", "AD", "A.D."}
	if f.Kind == layout.HebrewYear {
		eras = [...]string{"AM", "A.M.", "", ""}
	}
	for _, w := range eras {
		if e := i + len(w); w != "" && strings.HasPrefix(s[i:], w) && (w[len(w)-1] == '.' || wordEnds(s, e)) {
			return e
		}
	}
	return i
}

// willBe returns the end of "will be" or "will fall" at s[i], the future
// of "is" and "falls" (see the joining words in words.go), which an
// announcement puts between a date and the other calendar's day or an
// occasion: "Wednesday, September 18, will be “Chai Elul”", "Yom Kippur
// will be on October 12"; or i. "Will" alone, before any other word, is
// prose.
func willBe(s string, i int) int {
	if i >= len(s) || s[i]|0x20 != 'w' {
		return i
	}
	e := matchWord(s, i, "will")
	k := skipSpace(s, e)
	if e == i || k == e {
		return i
	}
	if e := matchWords(s, k, "be", "fall"); e > k {
		return e
	}
	return i
}

// sameDayWords returns the end of English's words at s[i] that say the
// date before them and the one after are the same day, as "is" does (see
// the joining words in words.go): "aka" or "a.k.a." ("Shabbat December
// 9, 2023 aka the 26th of Kislev 5784", the ninety-eighth held-out
// round), "also known as", and the verbs of coinciding, "coincides",
// "aligns", "corresponds" (or their past, "lines up"), with "with" after
// them and an adverb in -ly before them or not ("September 1st
// coincidentally aligns with the first of the Hebrew month Elul"); or i.
// Like "is", they join only where one calendar's date is read and the
// other's follows (link's oneCalendar), and the two are then checked
// against each other as one dateline's.
func sameDayWords(s string, i int) int {
	if i >= len(s) || s[i] >= 0x80 || latinLetterLower(s[i]) == 0 {
		return i
	}
	if e := matchWord(s, i, "aka"); e > i {
		return e
	}
	if strings.HasPrefix(s[i:], "a.k.a.") || strings.HasPrefix(s[i:], "A.K.A.") {
		return i + len("a.k.a.")
	}
	if e := matchPhrase(s, i, "also known as"); e > i {
		return e
	}
	k := i
	if e := latinWord(s, k); e-k > 4 && s[e-2:e] == "ly" {
		if j := skipSpace(s, e); j > e {
			k = j // coincidentally, exactly, conveniently
		}
	}
	e := matchWords(s, k, "coincides", "coincided", "aligns", "aligned", "corresponds", "corresponded")
	if e == k {
		if e = matchPhrases(s, k, []string{"lines up", "lined up"}); e == k {
			return i
		}
	}
	j := skipSpace(s, e)
	if w := matchWord(s, j, "with"); j > e && w > j {
		return w
	}
	return i
}

// latinLetterLower returns the ASCII letter c in lower case, or 0.
func latinLetterLower(c byte) byte {
	if c|0x20 >= 'a' && c|0x20 <= 'z' {
		return c | 0x20
	}
	return 0
}

// asciiQuote reports whether the straight double quote at s[i] stands
// where a quotation mark would, around a part of a dateline ("is "Lag
// BaOmer""): after a space and before a Latin letter or digit, or after
// one and before a space, a closing mark or the end. Inside a word it is
// Hebrew's gershayim written with the keyboard's quote (כ"ה, תשפ"ד),
// which the numeral's reader takes.
func asciiQuote(s string, i int) bool {
	before := i == 0 || script.IsSpace(lastRuneOf(s, i))
	after := i+1 >= len(s) || script.IsSpace(rune(s[i+1])) || isClosing(rune(s[i+1]))
	latin := func(c byte) bool { return script.Class[c]&script.ClassWord != 0 }
	switch {
	case before && i+1 < len(s):
		return latin(s[i+1])
	case after && i > 0:
		// A word's own quote, or an abbreviation's after its dot: a
		// layout writes "Fr." for a bare "Sa" (FuzzFormat's
		// `Sa" MAA 1 19`, whose "Fr.\" ..." did not read).
		return latin(s[i-1]) || s[i-1] == '.' && i > 1 && latin(s[i-2])
	}
	return false
}

// singleQuoted reports whether the single quote at s[i], ASCII or
// curly, opens or closes a quotation of a few words, as Spanish and
// Italian pages put around an occasion's name after its date: "La
// comunidad judía española celebra este domingo 27 de septiembre 'Yom
// Kipur'" (20minutos, the hundred-and-forty-eighth held-out round) was
// read without the occasion, as 2026's Sunday 27 September, with only
// the year-inferred info, where "Yom Kipur" in double quotes or «…» was
// read. A single quote is an apostrophe far more often (d'Israël, '23,
// the Jews', l’anno), so it counts only in a pair on one line: the
// opening one (' or ‘) after a space and before a letter, the closing one
// (' or ’) after a letter and before no letter or digit, with no digit
// and no other quote between them. Any other quote is left to what
// follows in separator ('s avonds).
func singleQuoted(s string, i int) bool {
	if singleQuoteCloses(s, i) > i {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-maxEpithet; k-- {
		if s[k] == '\'' || strings.HasPrefix(s[k:], "‘") {
			return singleQuoteCloses(s, k) == i
		}
	}
	return false
}

// singleQuoteCloses returns the index of the quote that closes the one
// opening at s[i] (see singleQuoted), or -1.
func singleQuoteCloses(s string, i int) int {
	word := func(c byte) bool { return script.Class[c]&script.ClassWord != 0 }
	closing := "'"
	if strings.HasPrefix(s[i:], "‘") {
		closing = "’"
	} else if s[i] != '\'' {
		return -1
	}
	k := i + len(closing)
	if i > 0 && !script.IsSpace(lastRuneOf(s, i)) || k >= len(s) || !word(s[k]) {
		return -1
	}
	for j := k; j < len(s) && j <= i+maxEpithet; j++ {
		switch c := s[j]; {
		case strings.HasPrefix(s[j:], closing):
			e := j + len(closing)
			if word(s[j-1]) && (e == len(s) || !word(s[e]) && s[e]-'0' >= 10) {
				return j
			}
			return -1
		case c == '\'' || c == '\n' || c-'0' < 10:
			return -1
		}
	}
	return -1
}

// hebrewDayBegins are the words after a Hebrew date that say it begins
// on the civil day after them, on whose evening it does: English's, and
// Polish's "zaczyna się" (begins): "Jom Kipur, według kalendarza
// żydowskiego, obchodzone 10 dnia miesiąca tiszri, w tym roku zaczyna się
// w niedzielę 27 września o zachodzie słońca" (Yom Kippur, kept on the
// 10th day of Tishri, this year begins on Sunday 27 September at sunset;
// the Jewish Historical Institute, the hundred-and-fifth held-out round)
// was two datelines, each in 2026, the Hebrew date's and the civil
// date's, 17 Tishrei, with only the year-inferred info.
var hebrewDayBegins = [...]string{"beginning", "starting", "from", "begins", "starts",
	"zaczyna się", "rozpoczyna się", "zacznie się", "rozpocznie się"}

// hebrewDayFalls are English's verbs for "falls" in a relative clause
// after a Hebrew date, before the evening on which it begins: "Chanukah on
// 25 Kislev, which falls on the evening of December 25" (Temple Emanu-El,
// Waterford, the 129th held-out round) was two datelines, the Hebrew date
// in the year nearest the reference and the civil one in 2026; and with
// the occasion before it, one dateline of 2016, whose 25 Kislev is the
// 25th's day, not its evening, a wrong day with nothing said. Unlike
// hebrewDayBegins, they say no evening alone: "which falls on December 26"
// is the day itself, fallsOn's.
var hebrewDayFalls = [...]string{"falls out", "falls", "fell"}

// relativePronouns are the words that open a relative clause after a
// date, before a verb of hebrewDayBegins or hebrewDayFalls.
var relativePronouns = [...]string{"which", "that"}

// eveningBefore returns the index of the civil date after English's words
// at s[i] that say the Hebrew date read before it begins on that day's
// evening, as yahrzeit notices give it: "3 Tammuz 5784 (evening of July
// 8)", "(beginning the evening of July 8, 2024)", "(from sundown July 8,
// 2024)", "(starting at sundown on Monday, July 8)", "24 Teves 5785,
// begins at sundown on Thursday, January 23, 2025", with "this year"
// before the verb or not (see fallsThisYear), and after the verb alone, as
// a Hebrew day begins at sunset: "10 Tishrei, this year begins on Sunday,
// September 27"; or i. The words are
// text of the dateline, and its Hebrew date the evening's, a day ahead of
// the civil one, as package dateline reads a date given from sunset on.
// A date of the other calendar must follow them. They are a Literal
// marked Night and Begins: the Hebrew date is the evening's, and the day's
// own an error (see Begins).
func (p *parser) eveningBefore(i int) int {
	s := p.s
	if i >= len(s) || s[i] >= 0x80 || !script.IsLatinLetter(rune(s[i])) {
		return i // its words are English's: the cheap test first
	}
	if !p.dated() || !p.has(layout.HebrewMonth) || p.has(layout.Month) {
		return i
	}
	k := i
	relative := false
	if e := matchWords(s, k, relativePronouns[:]...); e > k {
		if k = skipSpace(s, e); k == e {
			return i
		}
		relative = true // which begins at sundown on, which falls on the evening of
	}
	if e := matchPhrases(s, k, fallsThisYear[:]); e > k {
		if k = skipSpace(s, e); k == e {
			return i // 10 Tishrei, this year begins on
		}
	}
	if j := otherBeginsEvening(s, k); j > k {
		return p.beginsLiteral(j) // 1 Tishrei 5777 börjar på kvällen den 2 oktober 2016
	}
	verb := false
	if e := matchPhrases(s, k, hebrewDayBegins[:]); e > k {
		// "from" alone says no evening: 22 Nisan (from April 29 to April
		// 30, 2024) is civilFromAfterHebrew's.
		verb = matchWord(s, k, "from") == k
		if k = skipSpace(s, e); k == e {
			return i
		}
	} else if e := matchPhrases(s, k, hebrewDayFalls[:]); e > k {
		if k = skipSpace(s, e); k == e {
			return i // the evening's words must follow: see hebrewDayFalls
		}
	} else if relative {
		return i // which is, which corresponds to: link's
	}
	if e := matchWords(s, k, "at", "in", "on", "w", "we"); e > k {
		// begins at sundown, begins in the evening of, begins on the
		// evening of: "Yud Tes Kislev begins in the evening of Sunday
		// 18th December" (the hundred-and-first held-out round)
		if k = skipSpace(s, e); k == e {
			return i
		}
	}
	j := eveningOf(s, k) // the evening of
	if w, e, ok := wordAt(s, k); j == k && ok && w.kind == wNight {
		m := skipSpace(s, e)
		if of := matchWord(s, m, "of"); m > e && of > m {
			j = skipSpace(s, of) // evening of
		}
	}
	if j == k {
		j = skipEvening(s, k) // sundown, sunset, nightfall
		if on := matchWord(s, j, "on"); j > k && on > j {
			j = skipSpace(s, on)
		}
	}
	bare := j == k && verb // 10 Tishrei, this year begins on Sunday, September 27
	if j == k && !bare || !gregorianDateAt(s, afterWeekday(s, j)) {
		return p.civilFromAfterHebrew(i) // 22 Nisan (from April 29 to April 30, 2024)
	}
	return p.beginsLiteral(j)
}

// beginsLiteral reads the text from the last field to j, the civil day
// after eveningBefore's words, as a Literal marked Night and Begins, and
// returns j.
func (p *parser) beginsLiteral(j int) int {
	p.push(Field{Element: layout.Lit(p.s[p.last:j]), Start: p.last, End: j, Flags: Night | Begins})
	p.last = j
	return j
}

// otherBeginsEvening returns the index of the civil day after a verb of
// beginsWords or startsWords at s[k] that is no English one and a phrase
// of beginsEvening after it, as the other languages say that a Hebrew
// date begins on a civil day's evening: "1 Tishrei 5777 börjar på kvällen
// den 2 oktober 2016" (kadosh.se's table of month beginnings, the
// 234th held-out round, was two datelines), "1 Tishri 5777 beginnt am
// Abend des 2. Oktober 2016", "begynder om aftenen den", "begint op de
// avond van", "alkaa illalla". The evening must be said: without it the
// verb does not tell the evening from the day (a Hebrew day "begins" on
// the civil day it mostly falls on, too), and the text stays unread.
// Or k.
func otherBeginsEvening(s string, k int) int {
	e := latinWord(s, k)
	if e == k || e-k > beginsMax || matchPhrases(s, k, hebrewDayBegins[:]) > k {
		return k
	}
	if w := s[k:e]; !beginsWord(w) && !isWordOf(w, startsWords[:]) {
		return k
	}
	j := skipSpace(s, e)
	if j == e {
		return k
	}
	if a := skipEveningPhrase(s, j); a > j && gregorianDateAt(s, afterWeekday(s, a)) {
		return a
	}
	return k
}

// civilFromAfterHebrew returns the index of the civil date after a word
// for "from" (rangeStart's: Russian "с" and "с вечера", Ukrainian "з
// вечора", French "du", English "from", ...) at s[i], after a Hebrew date
// read without its civil one: "22 нисана (с вечера 29 апреля до захода
// солнца 30 апреля 2024 г.)", "22 Nisan (from April 29 to April 30,
// 2024)". The civil date, a range's start, is the Hebrew date's other
// calendar, as it is without the word; after "from the evening of" the
// Hebrew date is the evening's, as eveningBefore reads English's. A day
// and a month must follow: "22 Nisan from 8 to 10" is no date. Or i.
//
// It is called where eveningBefore has found a Hebrew date without its
// civil one before a Latin letter (the tests are made once), and by
// cyrillicFromAfterHebrew before a Cyrillic one.
func (p *parser) civilFromAfterHebrew(i int) int {
	s := p.s
	k := rangeStart(s, i)
	if k == i || !dayAndMonthAt(s, k) && !gregorianDateAt(s, afterWeekday(s, k)) {
		return i
	}
	if j := skipSpace(s, latinWord(s, i)); j < k && (skipEvening(s, j) == k || eveningOf(s, j) == k) {
		// "с вечера 29 апреля", from the evening of: the Hebrew date is
		// the evening's, given from sunset as eveningBefore's.
		p.push(Field{Element: layout.Lit(s[p.last:k]), Start: p.last, End: k, Flags: Night | Begins})
		p.last = k
	}
	return k
}

// cyrillicFromAfterHebrew is civilFromAfterHebrew before a Cyrillic letter,
// after a Hebrew date without its civil one: "22 нисана (с вечера 29
// апреля ...)", "15 Нисана 5784 з вечора 22 квітня 2024 року". Or i.
func (p *parser) cyrillicFromAfterHebrew(i int) int {
	if i >= len(p.s) || p.s[i] != 0xD0 && p.s[i] != 0xD1 {
		return i // the cheap test first
	}
	if !p.dated() || !p.has(layout.HebrewMonth) || p.has(layout.Month) {
		return i
	}
	return p.civilFromAfterHebrew(i)
}

// services are the names of the prayer services, in lower case, as a
// community's schedule writes one between a day and the hour it begins:
// "Donnerstag – 25.05.23 – Erew Schawuoth / Arvit um 19.00 Uhr",
// "Vendredi 22 septembre : Min'ha 19h00", "Freitag, 2. Dezember 2016,
// Kabbalat Schabbat 18:30 Uhr". The time was left out, and the date read
// without it.
var services = [...]string{"arvit", "arwit", "arvith", "maariv", "maariw", "ma'ariv", "mincha", "minha", "min'ha",
	"schacharit", "shacharit", "shacharis", "cha'harit", "chaharit", "musaf", "mussaf", "neila", "neilah",
	"kabbalat schabbat", "kabbalat shabbat", "kabbalat chabbat", "kabalat shabat", "kol nidre", "kol nidrei"}

// serviceBeforeTime returns the index of the time after a service's name
// at s[i] (see services): the name, a colon or not, and a time in digits
// or a word of the tables before one (um, à, at); or i. Before anything
// else the name is prose.
func serviceBeforeTime(s string, i int) int {
	if i >= len(s) || !serviceFirst(s[i]) {
		return i // most words after a date: no name to match
	}
	e := i
	for _, sv := range services {
		if a, ok := foldPrefix(s, i, sv); ok && wordEnds(s, a) {
			e = a
			break
		}
	}
	if e == i {
		return i
	}
	k := skipSpace(s, e)
	if k < len(s) && s[k] == ':' {
		k = skipSpace(s, k+1)
	}
	if k == e {
		return i
	}
	if _, n, digits := number(s, k); (digits == 1 || digits == 2) && n < len(s) && (s[n] == ':' || s[n] == '.' || s[n]|0x20 == 'h') {
		return k // Min'ha 19h00, Kabbalat Schabbat 18:30 Uhr
	}
	if w, a, ok := wordAt(s, k); ok && w.kind == wJoin && isDigit(s, skipSpace(s, a)) {
		return k // Arvit um 19.00 Uhr
	}
	return i
}

// serviceFirst reports whether c, in either case, starts a name of
// services.
func serviceFirst(c byte) bool {
	switch c | 0x20 {
	case 'a', 'm', 's', 'c', 'n', 'k':
		return true
	}
	return false
}

// occasionApposition returns the index of a year's lead after an
// occasion's gloss set off by a comma at p.s[i:], where only the occasion
// has been read (see skipApposition): "Песах, еврейская пасха в 2018 году
// — с 30 марта по 7 апреля" (Looksrare, the seventy-third held-out round,
// read without its occasion: from 14 Nisan, the eve, with nothing said of
// Pesach). It returns i otherwise.
func (p *parser) occasionApposition(i int) int {
	b := trimSpaceBefore(p.s, i)
	if b == 0 || p.s[b-1] != ',' || !p.occasionOnly() {
		return i
	}
	if k := skipApposition(p.s, b-1, len(p.s)); k > i {
		return k
	}
	return i
}

// daytimeLabel returns the end of the word "day" at s[k], just after a
// dash between a civil date and its Hebrew date, as a reading schedule
// labels the Hebrew date as the daytime's: "Shavuot 1 Fri. May 26th -day
// Sivan 6, 5783" (the hundred-and-thirty-eighth held-out round). The
// Hebrew date is then the civil day's, as after a bare dash. Only "day":
// the same page's "-eve Sivan 5" is the civil day's date too, not the
// evening's, so the word for evening would say nothing sure. It returns k
// otherwise: the civil date must be read alone and a Hebrew month's name
// must follow.
func (p *parser) daytimeLabel(k int) int {
	s := p.s
	if !p.oneCalendar() || !p.has(layout.Month) {
		return k
	}
	e := matchWord(s, skipSpace(s, k), "day")
	if e <= k {
		return k
	}
	if j := skipSpace(s, e); j > e && hebrewDateAt(s, j) && s[j] != 0xD7 {
		return e
	}
	return k
}

// weekdayPoint returns the index of the date after a point that closes a
// weekday's name, the last thing read and no date yet, in a whole
// dateline, where a civil date follows on the same line: "в Субботу.
// 23-го Февраля в 8:00 вечера" (an invitation on orazion.org, the
// hundred-and-ninety-sixth held-out round, incoming line 2778) was no
// date whole, the point read as a sentence's end, and its date read
// without the weekday in another year. In free text the point ends the
// sentence as before ("Встречаемся в субботу. 23 февраля концерт." says
// nothing of Saturday 23 February), and after a date or a time it ends
// the dateline. It returns i otherwise.
// In free text a point glued to an abbreviated weekday that CLDR writes
// without one (Dutch's ma, wo, za, Swedish's mån), before a day and a
// month of the weekday's language, is the abbreviation's: "ma. 4 dec.
// 2023", "wo. 6 december 2023 om 19.30 uur", as Flemish and Dutch agendas
// write them (the 226th held-out round's focus). Find read the date
// without its weekday, so a weekday the date does not fall on went
// unsaid ("wo. 4 dec. 2023"), where Check read it. The date must name
// its year: a sentence may end with such a word ("Dat is zo. 4 december
// ..."), whose weekday would choose the year of a date without one.
func (p *parser) weekdayPoint(i int) int {
	if p.n == 0 || p.buf[p.n-1].Kind != layout.Weekday || p.dated() || p.has(layout.Hour) {
		return i
	}
	if f := &p.buf[p.n-1]; !p.whole && (f.Form != layout.Short || f.End != i || !monthInLangAfter(p.s, i+1, f.Lang) || !yearedDayMonthAt(p.s, skipSpace(p.s, i+1))) {
		return i
	}
	j := skipSpace(p.s, i+1)
	if j == i+1 || !sameLine(p.s, i, j) || !gregorianDateAt(p.s, j) && !ordinalDayAt(p.s, j) {
		return i
	}
	return j
}

// yearedDayMonthAt reports whether a day of one or two digits (with its
// point), a month's word (with its point) and a year of four digits
// start at s[k]: "4 dec. 2023", "6 december 2023".
func yearedDayMonthAt(s string, k int) bool {
	_, e, digits := number(s, k)
	if digits == 0 || digits > 2 {
		return false
	}
	if e < len(s) && s[e] == '.' {
		e++
	}
	m := skipSpace(s, e)
	w := latinWord(s, m)
	if m == e || w == m {
		return false
	}
	if w < len(s) && s[w] == '.' {
		w++
	}
	y := skipSpace(s, w)
	_, _, yd := number(s, y)
	return y > w && yd == 4
}

// ordinalDayAt reports whether a day in digits with an ordinal ending
// (ordinalEnding: "23-го", "1°") and a Gregorian month's name after it
// starts at s[k], as gregorianDateAt does for a day without one.
func ordinalDayAt(s string, k int) bool {
	_, e, digits := number(s, k)
	if digits == 0 || digits > 2 {
		return false
	}
	o := ordinalEnding(s, e)
	return o > e && gregorianDateAt(s, skipSpace(s, o))
}

// dayGluedToClock reports whether the colon at s[i] stands between a
// yearless date's day and digits, with no space on either side, as a
// clock's colon does: "January 15:04:05" is January and 15:04:05, not
// January 15 at 04:05, as it was read.
func (p *parser) dayGluedToClock(i int) bool {
	if p.n == 0 || !isDigit(p.s, i+1) || i == 0 || !isDigit(p.s, i-1) || p.has(layout.Year) {
		return false
	}
	last := p.buf[p.n-1]
	return last.Kind == layout.Day && last.End == i
}
