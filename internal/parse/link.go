package parse

import (
	"strings"
	"unicode"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// link returns the end of the words at s[i] that some pages put between
// the two calendars of one dateline, where others print a bar or a
// slash: "Sunday, March 24, 1996 corresponds to 4 Nisan 5756", "03 de
// abril de 2015 ou 14 de Nisan de 5775" and English's "or", "soit" and
// Italian's "cioè" and "ossia" (that is) and "ovvero" (or), "Τρίτη
// 11 Απρίλη 2017 ή 15 Νισάν" (or), Turkish's "bu yıl" (this year), and
// in Hebrew "אור ל-כ״ה בכסלו" (the night of 25 Kislev), and the verb of a sentence that gives the other
// calendar's day (see fallsOn): "Kislev 30 this year falls on December
// 26, 2011". It returns i if there are none. They link a date
// of one calendar to the other's only: after a dateline that states
// both, or none, they are prose, and so is "o" of "1 o 2 de marzo".
//
// "אור ל-" says the Hebrew date that follows is the evening's, the next
// civil day's; it adds no field, and package dateline reads a Hebrew date
// one day ahead of the civil one as a date given from sunset on, as it
// reads "Wednesday, December 25, 2024 | 25 Kislev 5785".
func (p *parser) link(i int) int {
	s := p.s
	if thisYearLeads[s[i]] {
		if k := p.thisYearLink(i); k > i {
			return k // 14. nísana (letos 10. april)
		}
	}
	if k := p.relativeFallsOn(i); k > i {
		return k // 15 Nisan, care anul acesta cade pe 10 aprilie
	}
	// The words' first bytes, looked up in one table, turn most text
	// away before the fields are looked at: אור, corresponds, ou, o,
	// soit, bu, ή; falls, fell, this, which, that.
	switch linkLeads[s[i]] {
	case leadHebrew:
		if strings.HasPrefix(s[i:], "ב") {
			return p.placeBetween(i)
		}
		if hebrewFallsLead(s, i) {
			return p.fallsOnHebrew(i)
		}
		if !strings.HasPrefix(s[i:], "אור") {
			return i
		}
	case leadWord:
	case leadFallsCyrillic:
		if fallsCyrillicLead(s, i) && p.oneCalendar() {
			return p.fallsOnCyrillic(i)
		}
		if !p.oneCalendar() {
			return i
		}
		if k := matchPhrases(s, i, orLinks[:]); k > i {
			return p.linkedFrom(k) // 9 грудня 2007 року (або ж 29 кіслева 5768 року)
		}
		if p.has(layout.Month) {
			if k := onsetLink(s, i); k > i {
				return k
			}
		}
		return p.calendarNamedLink(i) // 29 элула 5778 года по еврейскому календарю (9 сентября 2018 г.)
	case leadFalls:
		if fallsOnLead(s, i) && p.oneCalendar() {
			if c := s[i] | 0x20; c != 'a' && c != 'd' && c != 'i' && s[i+1]|0x20 != 'i' {
				if k := p.fallsOn(i); k > i || c != 'w' && c != 't' {
					return k
				}
				return p.calendarNamedLink(i) // which in the Jewish calendar is
			}
			if k := p.aufDen(i); k > i || s[i]|0x20 != 'i' {
				return k // auf den, fiel auf den, der in diesem Jahr auf den
			}
		}
		if c := s[i] | 0x20; c != 'i' && c != 'a' {
			if c == 't' && p.oneCalendar() {
				if k := thatIs(s, i); k > i {
					return p.linkedFrom(k) // 14. adara, tj. od večeri 13. do večeri 14. ožujka 2025
				}
			}
			if (c == 'w' || c == 't') && p.oneCalendar() {
				return p.calendarNamedLink(i) // which in the Jewish calendar is
			}
			return i
		}
		// "(in the Gregorian calendar, October 3, 2016)", "and on the
		// Hebrew calendar day 1 Tishrei 5780": a word's too.
	default:
		return i
	}
	if !p.oneCalendar() {
		return i
	}
	if s[i] == 0xD7 {
		// אור ל-, אור ל־: the prefix ל joined to the date by a hyphen
		// or a maqaf.
		e := hebrewWord(s, i)
		if s[i:e] != "אור" {
			return i
		}
		k := skipSpace(s, e)
		if k == e || k+2 >= len(s) || s[k:k+2] != "ל" {
			return i
		}
		r, n := decode(s, k+2)
		if r != '-' && r != '\u05BE' {
			return i
		}
		return k + 2 + n
	}
	if k := matchWords(s, i, "corresponds", "corresponding"); k > i {
		if j := skipSpace(s, k); j > k {
			if e := matchWord(s, j, "to"); e > j {
				return e
			}
		}
		return i
	}
	if k := matchPhrases(s, i, orLinks[:]); k > i {
		return p.linkedFrom(k)
	}
	if k := matchWord(s, i, "or"); k > i && (p.has(layout.Year) || p.has(layout.HebrewYear)) {
		// "May 23, 1760 (or Sivan 6, 5520)": English's or, after a date
		// with its year; "March 5 or 12 Adar" is two days to choose from.
		return k
	}
	if k := p.asOtherDate(i); k > i {
		return k // 25 December 2016  as '25th of Kislev, 5777’
	}
	if k := calendarNamed(s, i, gregorianNamed[:]); k > i && p.has(layout.HebrewMonth) && !p.has(layout.Month) {
		return k // 1° de Tishrei (en el calendario gregoriano, domingo 2 de octubre)
	}
	if k := relativeCalendarNamed(s, i, gregorianNamed[:]); k > i && p.has(layout.HebrewMonth) && !p.has(layout.Month) && gregorianDateAt(s, afterWeekday(s, k)) {
		return k // 6. Iyar, mis on Gregoriuse kalendri järgi 10. mai
	}
	if k := p.calendarNamedLink(i); k > i {
		return k // September 29, 2019, and on the Hebrew calendar day 1 Tishrei 5780
	}
	if k := thisYear(s, i); k > i {
		return k
	}
	if e := i + len("ή"); e <= len(s) && s[i:e] == "ή" && script.WordEnds(s, e) {
		return e
	}
	return i
}

// orLinks are the words for "or" and "that is" between the two
// calendars' dates of one dateline (see link): Portuguese's and Spanish's
// "ou" and "o", French's "soit", and Italian's "cioè", "ossia" (that is)
// and "ovvero" (or): "dal 15 del mese ebraico di Nissan, cioè dal
// tramonto del 5 al tramonto del 13 aprile" (ANSA, the 167th held-out
// round) was its Hebrew date alone, in the year nearest the reference.
// matchPhrases reads them, as "cioè" is no word of ASCII letters. The
// East Slavic and Bulgarian ones, "або" and "або ж" (Ukrainian,
// Belarusian: or, or else), Belarusian's "альбо", Russian's and
// Bulgarian's "или", and "тобто", "то есть", "тоест" (that is), link the
// same way: "9 грудня 2007 року (або ж 29 кіслева 5768 року)"
// (pslava.info, the 230th held-out round) stopped at "або". A longer
// phrase comes before the word it starts with.
var orLinks = [...]string{"ou", "o", "soit", "ossia", "ovvero", "cioè", "czyli", "odnosno",
	"або ж", "або", "альбо", "или", "тобто", "то есть", "тоест"}

// linkedFrom returns the index of the range's first day after a word of
// orLinks or thatIs that ends at s[k], where the other calendar's date
// is a range opened by a word for "from" (see rangeStart): "cioè dal
// tramonto del 5 al tramonto del 13 aprile 2023", "tj. od večeri 13. do
// večeri 14. ožujka 2025". The opening word was read as no date, and the
// text after the link was unread. After "from the evening of" a Hebrew
// date read before is the evening's, as civilFromAfterHebrew reads it;
// such an evening before a Hebrew range, which no field could say, is
// left unread. It returns k otherwise.
func (p *parser) linkedFrom(k int) int {
	s := p.s
	j := skipSpace(s, k)
	r := rangeStart(s, j)
	if j == k || r == j || !isDigit(s, r) {
		return k
	}
	if eveningAt(s, j, r) || eveningAt(s, skipSpace(s, latinWord(s, j)), r) {
		if !p.has(layout.HebrewMonth) || p.has(layout.Month) {
			return k
		}
		p.push(Field{Element: layout.Lit(s[p.last:r]), Start: p.last, End: r, Flags: Night | Begins})
		p.last = r
	}
	return r
}

// eveningAt reports whether the words at s[w:r] name an evening, a night
// or a sunset before the day at s[r] (see skipEvening, eveningOf): "od
// večeri ", "dal tramonto del ", "from the evening of ".
func eveningAt(s string, w, r int) bool {
	return w < r && (skipEvening(s, w) == r || eveningOf(s, w) == r)
}

// thatIs returns the index after the West and South Slavic abbreviation
// for "that is" at s[i], its points kept: "tj." (Czech, Polish, Croatian,
// Serbian, Slovene "to jest", "to je", "to jest"), Slovak's "t. j." and
// Czech's "tzn." (to znamená); or i. Between a date of one calendar and
// the other's they link the two as "cioè" does (see orLinks, which adds
// Polish's "czyli" and Croatian's "odnosno"): "Purim je jedan – 14.
// adara, tj. od večeri 13. do večeri 14. ožujka 2025" (Net.hr, the
// 176th held-out round) was two datelines, the Hebrew day alone in the
// year nearest the reference. Without its point the word is no
// abbreviation, and is not read. Its point may be glued to the word
// after it, as a hasty page writes it: "24.adar roku 5584 (tj.středa
// 24.3.1824" (incoming.tsv) was two datelines.
func thatIs(s string, i int) int {
	for _, ab := range [...]string{"tj.", "tzn.", "t. j."} {
		e := i + len(ab)
		if e <= len(s) && foldEquals(s[i:e], ab) {
			if e == len(s) || s[e] == ' ' {
				return e
			}
			if r, _ := decode(s, e); unicode.IsLetter(r) || isDigit(s, e) {
				return e
			}
		}
	}
	return i
}

// asOtherDate returns the index of the date after English's "as" at s[i]
// and the spaces and the opening quote after it, where a date with its
// year was read and the other calendar's date, with its year, follows:
// "The Jewish calendar also recognises 25 December 2016  as '25th of
// Kislev, 5777’" (SBS, the 143rd held-out round) was two datelines, each
// consistent alone, so that two that disagree went unsaid. It returns i
// otherwise: "as" that says why, before a date without its year ("on
// October 2, 2022, as 3 Tishrei falls on Shabbat"), is prose.
func (p *parser) asOtherDate(i int) int {
	s := p.s
	e := matchWord(s, i, "as")
	k := skipSpace(s, e)
	if e == i || k == e || !p.has(layout.Year) && !p.has(layout.HebrewYear) {
		return i
	}
	k = skipOpeningQuote(s, k)
	var q parser
	q.init(s)
	q.run(k, false)
	if q.start != k {
		return i
	}
	if p.has(layout.Month) {
		if !q.has(layout.HebrewMonth) || !q.has(layout.HebrewYear) || q.has(layout.Month) {
			return i
		}
	} else if !q.has(layout.Month) || !q.has(layout.Year) || q.has(layout.HebrewMonth) {
		return i
	}
	return k
}

// skipOpeningQuote returns the index after a quotation mark that opens a
// quotation at s[k], straight or curly, single or double, before a
// letter or a digit; or k.
func skipOpeningQuote(s string, k int) int {
	r, n := decode(s, k)
	switch r {
	case '\'', '"', '‘', '“':
		if k+n < len(s) && script.Class[s[k+n]]&script.ClassWord != 0 {
			return k + n
		}
	}
	return k
}

// placeBetween returns the end of a place's name at s[i], a word of
// Hebrew script with the prefix ב (in) and a comma after it, that stands
// between a civil date and its Hebrew date: "השבת של ה-19 באוקטובר
// בירושלים, י״ז בתשרי התשפ״ה" (the Shabbat of October 19 in Jerusalem,
// 17 Tishrei 5785), as candle-lighting pages print the city whose times
// follow. The Hebrew date after the comma must be a day in letters and a
// month's name; the two dates are then checked against each other as one
// dateline's. It returns i otherwise.
func (p *parser) placeBetween(i int) int {
	s := p.s
	if !p.oneCalendar() || !p.has(layout.Month) {
		return i
	}
	e := hebrewWord(s, i)
	if e-i < 4*len("ב") || e >= len(s) || s[e] != ',' {
		return i // a prefix and at least three letters, then the comma
	}
	if _, ok := p.hebrewWord(i, e); ok {
		return i // a word of the tables (a month, a weekday): not a place
	}
	d, ok := hebrewDayField(s, skipSpace(s, e+1))
	if !ok {
		return i
	}
	m := skipSpace(s, d.End)
	if m == d.End {
		return i
	}
	if strings.HasPrefix(s[m:], "ב") {
		m += len("ב") // בתשרי
	}
	if _, ok := hebrew.MatchMonth(s[m:]); !ok {
		return i
	}
	return e
}

// The first bytes of link's words, by what link does with them.
const (
	leadNone          = iota
	leadHebrew        // א of אור
	leadWord          // corresponds, ou, o, soit, bu, ή, po (jevrejskom kalendaru), mis, joka, kas, kuri, što, που (see relativeCalendarNamed)
	leadFalls         // falls, fell, this, which, that: see fallsOn; auf, der, die, in: see aufDen
	leadFallsCyrillic // приходится на, припадає на: see fallsOnCyrillic
)

// linkLeads maps a byte to the kind of link's words it may start.
var linkLeads = func() (t [256]uint8) {
	t[0xD7] = leadHebrew
	t[0xCE] = leadWord          // ή
	t[0xC5] = leadWord          // š of što, ž of žydų
	t[0xCF] = leadWord          // π of που, σ of σύμφωνα
	t[0xD0] = leadFallsCyrillic // п of приходится, з of з настанням
	t[0xD1] = leadFallsCyrillic // с of с наступлением
	for _, c := range "bcoseinvphjkm" {
		t[c], t[c-'a'+'A'] = leadWord, leadWord
	}
	for _, c := range "adfitw" {
		t[c], t[c-'a'+'A'] = leadFalls, leadFalls
	}
	return t
}()

// fallsOnLead reports whether the word at s[i] may open fallsOn's words,
// from its first letters, so that the other words of prose after a date
// (the, to, with, for) are turned away before the fields are looked at.
func fallsOnLead(s string, i int) bool {
	if i+2 >= len(s) {
		return false
	}
	a, b := s[i+1]|0x20, s[i+2]|0x20
	switch s[i] | 0x20 {
	case 'a':
		return a == 'u' && b == 'f' // auf
	case 'f':
		return a == 'a' && b == 'l' || a == 'e' && b == 'l' || a == 'i' && b == 'e' // falls, fell, fiel
	case 't':
		return a == 'h' && (b == 'i' || b == 'a') || a == 'r' && b == 'a' // this, that, translates
	case 'd':
		return a == 'e' && b == 'r' || a == 'i' && b == 'e' // der, die (in diesem Jahr auf den)
	case 'i':
		return a == 'n' && b == ' ' // in (diesem Jahr auf den)
	}
	return a == 'h' && b == 'i' // which
}

// fallsOn returns the end of the words at s[i] by which a sentence gives
// the other calendar's day of the date read: "falls on", "falls out on"
// or "fell on", with "this year" before "on" or not, after "this year",
// "which" or "that" or both; or "is" or "was" after those ("Kislev 30
// this year falls on December 26, 2011", "Yud Tes Kislev falls out this
// year on Friday, December 20", "the 5th of Adar II, which this year is
// March 15, 2024"; "20 Tishrei, which falls on Sunday…" is no date of the
// other calendar and stays prose); and "corresponds to" or "translates
// to" after "which" or "that", or the latter alone, as a ketubah's text
// and a genealogist's blog give the civil day ("the fifth day of the
// month of Elul in the year 5773, which corresponds to Sunday, August
// 11, 2013", "Tishri, year 5661 translates to 5 October 1900"). The date
// after them must be the other calendar's, as crossJoin's must; fallsOn
// returns i otherwise.
func (p *parser) fallsOn(i int) int {
	s := p.s
	k := i
	if e := matchWords(s, k, "which", "that"); e > k {
		k = skipSpace(s, e)
	}
	k = skipThisYear(s, k)
	if e := matchWords(s, k, "is", "was"); e > k && k > i {
		// "the 5th of Adar II, which this year is March 15, 2024": "is"
		// after "which" or "this year", the date right after it.
		k = skipSpace(s, e)
	} else if e := correspondsTo(s, k, k > i); e > k {
		k = e
	} else {
		e := matchWords(s, k, "falls", "fell", "occurs", "occurred")
		if e == k {
			return i
		}
		k = skipSpace(s, e)
		if e := matchWord(s, k, "out"); e > k {
			k = skipSpace(s, e)
		}
		k = skipThisYear(s, k) // falls out this year on
		if c := p.calendarAs(k); c > k {
			k = c // falls on the Jewish calendar as
		} else if e = matchWord(s, k, "on"); e > k {
			k = skipSpace(s, e)
		} else {
			return i
		}
	}
	j := afterWeekday(s, k) // falls on Friday, December 20, 2024
	if p.has(layout.Month) {
		// English's ordinal of the Hebrew day too (see
		// hebrewMonthDayAt): "Dec. 28, 1992, which corresponds to the
		// fourth of Tevet", "Thursday April 8 2021 which is 26th of
		// Nissan" (the hundred-and-first held-out round, each read as
		// two datelines). After "and" or "to" (crossJoin) it is
		// another day ("March 3 and the 5th of Adar").
		if !hebrewDateAt(s, j) && !hebrewMonthDayAt(s, j) {
			return i
		}
	} else if !gregorianDateAt(s, j) {
		return i
	}
	return k
}

// calendarAs returns the index after a phrase at s[k] that names the
// other calendar than the date read, with "as" or "on" after it, and the
// spaces after that: "September 24, 2024, which falls on the Jewish
// calendar as Tishrei 21, 5785" (the eighty-sixth held-out round, where
// the two dates were read as two datelines, each consistent alone, and
// the page's error, the 24th being 21 Elul 5784, went unsaid), "which
// fell in the Hebrew calendar on 5 Iyar 5708", "which falls on the
// Gregorian calendar on March 24"; or k. The names are those that link
// reads before the other calendar's date (hebrewNamed, gregorianNamed).
func (p *parser) calendarAs(k int) int {
	s := p.s
	names := gregorianNamed[:]
	if p.has(layout.Month) {
		names = hebrewNamed[:]
	}
	for _, w := range names {
		e := matchPhrase(s, k, w)
		if e == k {
			continue
		}
		j := skipSpace(s, e)
		if a := matchWords(s, j, "as", "on"); j > e && a > j {
			if n := skipSpace(s, a); n > a {
				return n
			}
		}
		return k
	}
	return k
}

// correspondsTo returns the index after "corresponds to" (or
// "corresponded", "translates", "translated") and the spaces after it at
// s[k], where they follow "which" or "that" (after), or, for "translates",
// stand alone; or k. "Corresponds to" alone is link's.
func correspondsTo(s string, k int, after bool) int {
	e := matchWords(s, k, "translates", "translated")
	if e == k && after {
		e = matchWords(s, k, "corresponds", "corresponded")
	}
	j := skipSpace(s, e)
	if e == k || j == e {
		return k
	}
	to := matchWord(s, j, "to")
	if n := skipSpace(s, to); to > j && n > to {
		return n
	}
	return k
}

// skipThisYear returns the index after "this year" and the spaces after
// it at s[k], or k.
func skipThisYear(s string, k int) int {
	if e := matchWord(s, k, "this"); e > k {
		if j := skipSpace(s, e); j > e {
			if e2 := matchWord(s, j, "year"); e2 > j {
				return skipSpace(s, e2)
			}
		}
	}
	return k
}

// hebrewFalls are Hebrew's verbs for "falls" (on a day), in the past,
// present and future, of one occasion or date and of several.
var hebrewFalls = [...]string{"חל", "חלה", "חלו", "חלים", "יחול", "תחול", "יחולו"}

// hebrewFallsLead reports whether the word at s[i] may be one of
// hebrewFalls, from its first letter (ח, י or ת): link's cheap test.
func hebrewFallsLead(s string, i int) bool {
	return strings.HasPrefix(s[i:], "ח") || strings.HasPrefix(s[i:], "י") || strings.HasPrefix(s[i:], "ת")
}

// fallsOnHebrew returns the index of the civil date that Hebrew's verb
// for "falls" at s[i] gives a Hebrew date read before it, as fallsOn does
// in English: "ט״ו בשבט חל השנה ב-13 בפברואר 2025" (Tu BiShvat falls this
// year on 13 February 2025), "כ״א בתשרי ה׳תשפ״ו, יחול ביום שני ה-13
// באוקטובר 2025". השנה (this year) may follow the verb. The civil date
// after them, with ביום and its weekday or not, must read as a day and a
// month; the two are then checked as one dateline's. Without it the verb
// is prose, and the Hebrew date alone ("ט״ו בשבט חל השנה") is a date
// without a year. It returns i otherwise.
func (p *parser) fallsOnHebrew(i int) int {
	s := p.s
	if !p.has(layout.HebrewMonth) || p.has(layout.Month) || !p.oneCalendar() {
		return i
	}
	e := hebrewWord(s, i)
	verb := false
	for _, w := range hebrewFalls {
		verb = verb || s[i:e] == w
	}
	k := skipSpace(s, e)
	if !verb || k == e {
		return i
	}
	if w := hebrewWord(s, k); s[k:w] == "השנה" {
		if j := skipSpace(s, w); j > w {
			k = j
		}
	}
	if !civilDateAt(s, k) {
		return i
	}
	return k
}

// civilDateAt reports whether a civil date starts at s[k], with ביום and
// its weekday before it or not, as a dateline's phrase reads it after a
// Hebrew verb for "falls": a Gregorian day and month, and no Hebrew date
// (see fallsOnHebrew, occasionFallsHebrew).
func civilDateAt(s string, k int) bool {
	var q parser
	ok := readAfterFalls(&q, s, k)
	return ok && q.has(layout.Month) && q.has(layout.Day) && !q.has(layout.HebrewMonth)
}

// occasionDateAt reports whether a date of either calendar starts at
// s[k], with ביום and its weekday before it or not, as an occasion's
// verb for "falls" gives its day (see occasionFallsHebrew): a Gregorian
// day and month, or a Hebrew one, with the other calendar's after it or
// not.
func occasionDateAt(s string, k int) bool {
	var q parser
	ok := readAfterFalls(&q, s, k)
	return ok && (q.has(layout.Month) && q.has(layout.Day) || q.has(layout.HebrewMonth) && q.has(layout.HebrewDay))
}

// readAfterFalls reads with q the date at s[k] after a Hebrew verb for
// "falls", after ביום, whose weekday's reading starts after it; it
// reports whether the reading starts there. q is the caller's, on its
// stack: a parser is too big to allocate for each verb.
func readAfterFalls(q *parser, s string, k int) bool {
	at := k
	if w := hebrewWord(s, k); s[k:w] == "ביום" && skipSpace(s, w) > w {
		at = skipSpace(s, w) // ביום שני: the weekday's reading starts after it
	}
	q.init(s)
	q.run(at, false)
	return q.start == at
}

// aufDen returns the index of the civil date after German's "auf den" (on
// the) at s[i], or "fiel auf den" (fell on the), where it follows a Hebrew
// date and gives its civil day: "in diesem Jahr fiel der 10. Tischri auf
// den 27.-28. September" (the eve and the day), "der 10. Tischri 5781
// fiel auf den 28. September 2020", and in a relative clause, "Am 6.
// Siwan - der in diesem Jahr auf den 31. Mai fällt"; or i. The
// civil date must be a day in digits with its dot, or a range of two,
// and a month's name.
func (p *parser) aufDen(i int) int {
	s := p.s
	if !p.has(layout.HebrewMonth) || p.has(layout.Month) {
		return i
	}
	k := i
	// A relative clause, "6. Siwan - der in diesem Jahr auf den 31. Mai
	// fällt" (which this year falls on): its pronoun and "this year".
	if e := matchWords(s, k, "der", "die"); e > k {
		if k = skipSpace(s, e); k == e {
			return i
		}
	}
	if e := matchPhrases(s, k, aufDenYears[:]); e > k {
		if k = skipSpace(s, e); k == e {
			return i
		}
	}
	if e := matchPhrases(s, k, aufDenVerbs[:]); e > k {
		if k = skipSpace(s, e); k == e {
			return i
		}
	}
	e := matchWord(s, k, "auf")
	j := skipSpace(s, e)
	if e == k || j == e {
		return i
	}
	if e := matchWords(s, j, "den", "dem"); e > j {
		if j = skipSpace(s, e); j == e {
			return i
		}
	}
	_, e, digits := number(s, j)
	if digits == 0 || digits > 2 || e >= len(s) || s[e] != '.' {
		return i
	}
	if r, n := decode(s, e+1); script.IsDash(r) {
		_, e2, d2 := number(s, e+1+n)
		if d2 == 0 || d2 > 2 || e2 >= len(s) || s[e2] != '.' {
			return i
		}
		e = e2 // 27.-28. September
	}
	if m := skipSpace(s, e+1); m == e+1 || !gregorianDateAt(s, m) && !monthAt(s, m) {
		return i
	}
	return j
}

// aufDenYears and aufDenVerbs are the words for "this year" and "falls"
// that may come before German's "auf den" (see aufDen).
var (
	aufDenYears = [...]string{"in diesem jahr", "dieses jahr", "heuer"}
	aufDenVerbs = [...]string{"fiel", "fällt"}
)

// fallsCyrillicOn are the East Slavic verbs for "falls" that
// fallsOnCyrillic reads before "на" (on): Russian's, Ukrainian's and
// Belarusian's, singular and plural. fallsCyrillicArrives are their verbs
// for "comes" or "will come", which take the day without a preposition:
// "В 2024 году 1 нисана наступит 9 апреля." (arc.ask3.ru, the 188th
// held-out round) was two datelines, the Hebrew date and the civil day
// each alone.
var (
	fallsCyrillicOn = [...]string{"приходится", "приходятся", "припадає", "припадають", "выпадает", "выпадают", "випадає", "випадають",
		"прыпадае", "прыпадаюць", "выпадае", "выпадаюць"}
	fallsCyrillicArrives = [...]string{"наступит", "наступает", "наступил", "настане", "настає", "настав", "наступіць", "настае"}
)

// fallsCyrillicLead reports whether a verb of fallsCyrillicOn or
// fallsCyrillicArrives may start at s[i]: the cheap first test.
func fallsCyrillicLead(s string, i int) bool {
	for _, p := range [...]string{"при", "пры", "вып", "вип", "нас"} {
		if strings.HasPrefix(s[i:], p) {
			return true
		}
	}
	return false
}

// fallsOnCyrillic returns the index of the civil date after Russian's
// "приходится на" or "приходятся на" (falls on, fall on) and Ukrainian's
// "припадає на" or "припадають на" at s[i], where they follow a Hebrew
// date and give its civil day: "В этом году 1 и 2 тишрея приходится на 29
// и 30 сентября"; or i. So do their synonyms "выпадает на" and "випадає
// на" (falls out on): "10 Тевета в 5783 году выпадает на 3 января" was the
// Hebrew date alone, its civil day left out (newrezume.org, the 133rd
// held-out round). The civil date must be a day in digits, or two joined
// by и or і, and a month's name.
func (p *parser) fallsOnCyrillic(i int) int {
	s := p.s
	if !p.has(layout.HebrewMonth) || p.has(layout.Month) {
		return i
	}
	e := latinWord(s, i)
	j := skipSpace(s, e)
	if j == e {
		return i
	}
	switch w := s[i:e]; {
	case isWordOf(w, fallsCyrillicArrives[:]):
	case isWordOf(w, fallsCyrillicOn[:]):
		k := j
		e = latinWord(s, k)
		if j = skipSpace(s, e); !foldEquals(s[k:e], "на") || j == e {
			return i
		}
	default:
		return i
	}
	_, d, digits := number(s, j)
	if digits == 0 || digits > 2 {
		return i
	}
	m := skipSpace(s, d)
	if w := latinWord(s, m); w > m && (foldEquals(s[m:w], "и") || foldEquals(s[m:w], "і")) {
		_, d2, digits2 := number(s, skipSpace(s, w))
		if digits2 == 0 || digits2 > 2 {
			return i
		}
		m = skipSpace(s, d2) // 29 и 30 сентября
	}
	if m == d || !monthAt(s, m) {
		return i
	}
	return j
}

// monthAt reports whether a Gregorian month's name starts at s[k].
func monthAt(s string, k int) bool {
	if _, ok := hebrew.MatchMonth(s[k:]); ok {
		return false
	}
	_, ok := latinMonth(s, k)
	return ok
}

// afterWeekday returns the index of what follows a weekday's name at
// s[k], and a comma after it, or k if no weekday is there.
func afterWeekday(s string, k int) int {
	e := latinWord(s, k)
	if e == k {
		return k
	}
	if w, ok := lookupLatin(s, k, e); !ok || w.kind != wWeekday {
		return k
	}
	j := skipSpace(s, e)
	if j < len(s) && s[j] == ',' {
		j = skipSpace(s, j+1)
	}
	return j
}

// civilOnly reports whether the fields read so far are a civil date's
// (a month with its day or year) and no Hebrew date's, so that a Hebrew
// date read next is its gloss.
func (p *parser) civilOnly() bool {
	return p.has(layout.Month) && (p.has(layout.Day) || p.has(layout.Year)) && !p.has(layout.HebrewMonth)
}

// oneCalendar reports whether what was read so far states the date of one
// calendar and not the other's.
func (p *parser) oneCalendar() bool {
	gregorian := p.has(layout.Month) && (p.has(layout.Day) || p.has(layout.Year))
	hebrewDate := p.has(layout.HebrewMonth) && (p.has(layout.HebrewDay) || p.has(layout.HebrewYear))
	return gregorian != hebrewDate
}

// crossJoin returns the end of a word that joins the two days of a pair
// or a range (rangeWords: to, a, au, bis, до), with the spaces after it,
// where it stands between a date of one calendar and a date of the other:
// "May 8, 2012 to 16 Iyyar 5772", "3 de abril de 2015 a 14 de Nisan de
// 5775". The two calendars' dates of one day are no range; the words link
// them as "corresponds to" does. It returns i if there is no such word,
// or if the date after it is of the calendar already read (a range,
// which the date's own reader takes).
func (p *parser) crossJoin(i int) int {
	s := p.s
	e := latinWord(s, i)
	if e == i || e-i > len("hasta") || e >= len(s) || s[e] != ' ' || !p.oneCalendar() {
		return i
	}
	if !rangeWords[foldCaseString(s[i:e])] {
		return i
	}
	k := skipSpace(s, e)
	if p.has(layout.Month) {
		if hebrewDateAt(s, k) {
			return k
		}
	} else if gregorianDateAt(s, k) {
		return k
	}
	return i
}

// dayBeforeMonth returns the index of the month's name after a day in
// digits at s[k] (with an ordinal dot and a joining word: 16. Ijar, 14 de
// Nisan), or k if no day is there.
func dayBeforeMonth(s string, k int) int {
	_, e, digits := number(s, k)
	if digits == 0 || digits > 2 {
		return k
	}
	if e < len(s) && s[e] == '.' {
		e++
	} else if e+2 <= len(s) && ordinalSuffixes[s[e:e+2]] && wordEnds(s, e+2) {
		e += 2 // Sunday 18th December, the 4th of Tevet
	}
	return skipDateJoin(s, skipSpace(s, e))
}

// hebrewDateAt reports whether a Hebrew date starts at s[k]: one in
// Hebrew letters, a day in digits before a Hebrew month's name (16 Iyyar,
// 14 de Nisan) or before its name with a Slavic case ending (14. nisana,
// see declinedMonth), or the name itself (Iyyar 16).
func hebrewDateAt(s string, k int) bool {
	if k >= len(s) {
		return false
	}
	if s[k] == 0xD7 {
		return true
	}
	d := dayBeforeMonth(s, k)
	if _, ok := hebrew.MatchMonth(s[d:]); ok {
		return true
	}
	_, ok := declinedMonth(s, d)
	return ok && d > k
}

// gregorianDateAt reports whether a Gregorian date starts at s[k]: a day
// in digits before a Gregorian month's name (8 May, 8 de mayo) or the name
// itself (May 8), and not a Hebrew month's.
func gregorianDateAt(s string, k int) bool {
	k = dayBeforeMonth(s, k)
	if _, ok := hebrew.MatchMonth(s[k:]); ok {
		return false
	}
	_, ok := latinMonth(s, k)
	return ok
}

// thisYear returns the end of Turkish's "bu yıl" (this year) at s[i], as
// a page gives a Hebrew date's civil day in the year it is written:
// "Erev Yom Kipur (9 Tişri) Bu yıl 8 Ekim Salı"; or i.
func thisYear(s string, i int) int {
	k := matchWord(s, i, "bu")
	if k == i {
		return i
	}
	j := skipSpace(s, k)
	e := latinWord(s, j)
	if j == k || s[j:e] != "yıl" && s[j:e] != "Yıl" && s[j:e] != "YIL" {
		return i
	}
	return e
}

// thisYearLink returns the end of the words for "this year"
// (fallsThisYear) at s[i] and the spaces after them, where the other
// calendar's day follows a date of one calendar: a page gives a
// year-less Hebrew date's civil day in the year it is written, in
// brackets or not, "14. nísana (letos 10. april)" (14 Nisan, this year
// 10 April; RTV Slovenija, the 128th held-out round), "10. aprila (ove
// godine 14. nisana)", "14 Nisan, this year April 10". The two days are
// one dateline's, whose year is the one in which they fit each other.
// It returns i otherwise: "this year" before the same calendar's date,
// or before no date, is prose, as Turkish's "bu yıl" before a date of
// its own calendar is (see thisYear).
//
// A comma may set the words off, and an article or "on" stand before the
// day, as German's "heuer" (this year) takes one: "14 Adar (this year,
// March 21)", "am 14. Adar (heuer der 21. März)" (the 280th held-out
// round's row, two datelines).
//
// An occasion's name read alone, no date of either calendar with it,
// names its Hebrew day as a Hebrew date does, and the words link its
// civil day the same way: "Asarah B’Tevet (this year, January 10, 2025)"
// (Paarl Hebrew Congregation's holiday calendar, the 307th held-out
// round) was the civil date alone, the fast left out, so a day not the
// fast's went unsaid, and Check stopped at "this".
func (p *parser) thisYearLink(i int) int {
	s := p.s
	e := matchPhrases(s, i, fallsThisYear[:])
	if e > i && e < len(s) && s[e] == ',' {
		e++
	}
	k := skipSpace(s, e)
	occasionAlone := p.has(layout.Holiday) && !p.has(layout.Month) && !p.has(layout.HebrewMonth)
	if e == i || k == e || !p.oneCalendar() && !occasionAlone {
		return i
	}
	for range 2 {
		if (p.has(layout.HebrewMonth) || occasionAlone) && gregorianDateAt(s, k) || p.has(layout.Month) && hebrewDateAt(s, k) {
			return k
		}
		a := matchPhrases(s, k, thisYearArticles[:])
		if a == k || skipSpace(s, a) == a {
			break
		}
		k = skipSpace(s, a)
	}
	return i
}

// thisYearArticles are the articles and the word for "on" that may stand
// between the words for "this year" and the other calendar's day (see
// thisYearLink): "heuer der 21. März", "this year on March 21".
var thisYearArticles = [...]string{"der", "am", "on", "le", "el", "il", "o"}

// thisYearCopulas are the words for "it was" or "it is" (the day) that a
// sentence opening with the words for "this year" puts before the other
// calendar's day (see thisYearSentence): Polish "W tym roku był to dzień
// 5 maja", Czech's and Slovak's "Letos to bylo", English's "This year it
// was".
var thisYearCopulas = [...]string{"był to dzień", "była to", "był to", "jest to dzień", "jest to", "to był", "to jest",
	"to bylo", "to byl", "to bude", "to je", "to bolo", "to bol", "it falls on", "it fell on", "it was", "it is"}

// thisYearSentence returns the end of a sentence's opening words for
// "this year" (fallsThisYear), capitalised, after the dot at s[i-1] that
// ends a sentence with a year-less date of one calendar, and of the words
// for "it was (the day)" after them (thisYearCopulas) and the spaces
// after those, where the other calendar's day follows: "obchodzony jest
// wg żydowskiego kalendarza 27. dnia miesiąca nisan. W tym roku był to
// dzień 5 maja." (Oblicza Dialogu, obliczadialogu.pl, on Yom HaShoah of
// 2016; the 266th held-out round) gives the Hebrew day's civil day in
// the year it was written, as "14 nisan (w tym roku 10 kwietnia)" does
// in brackets (see thisYearLink); it was two datelines, 27 Nisan 5787
// and 5 May 2026. It returns i otherwise: a sentence of its own calendar,
// a lower-case "this year" or one before no date is the next sentence's.
func (p *parser) thisYearSentence(i int) int {
	s := p.s
	k := skipSpace(s, i)
	if k == i || k >= len(s) || !sameLine(s, i, k) || !p.oneCalendar() || p.has(layout.Year) || p.has(layout.HebrewYear) {
		return i
	}
	if c := s[k]; c < 'A' || c > 'Z' {
		return i
	}
	e := matchPhrases(s, k, fallsThisYear[:])
	j := skipSpace(s, e)
	if e == k || j == e {
		return i
	}
	if c := matchPhrases(s, j, thisYearCopulas[:]); c > j {
		if j = skipSpace(s, c); j == c {
			return i
		}
	}
	if p.has(layout.HebrewMonth) && gregorianDateAt(s, j) || p.has(layout.Month) && hebrewDateAt(s, j) {
		return j
	}
	return i
}

// thisYearLeads marks the bytes that a phrase of fallsThisYear starts
// with, in either case, so that link turns other words away at one look;
// a Cyrillic phrase marks both lead bytes of its letters.
var thisYearLeads = func() (t [256]bool) {
	for _, w := range fallsThisYear {
		switch c := w[0]; {
		case c == 0xD0 || c == 0xD1:
			t[0xD0], t[0xD1] = true, true
		case c >= 'a' && c <= 'z':
			t[c], t[c-'a'+'A'] = true, true
		default:
			t[c] = true
		}
	}
	return t
}()

// onsetWords say, between a civil day and a Hebrew date, that the Hebrew
// day begins at its end, "with the coming of": Russian's "14 декабря с
// наступлением 25-го дня месяца кислев" and Ukrainian's "з настанням".
// The Hebrew date is then one day ahead of the civil one, as package
// dateline reads a date given from sunset on.
var onsetWords = [...]string{"с наступлением", "з настанням"}

// onsetLink returns the end of a phrase of onsetWords at s[i] and the
// spaces after it, or i.
func onsetLink(s string, i int) int {
	for _, w := range onsetWords {
		if e := matchPhrase(s, i, w); e > i {
			if j := skipSpace(s, e); j > e {
				return j
			}
		}
	}
	return i
}

// gregorianNamed are the phrases that name the Gregorian calendar before
// a civil date that gives a Hebrew date's day in it, as pages write it in
// brackets: "1° de Tishrei (en el calendario gregoriano, domingo 2 de
// octubre al atardecer)", "(in the Gregorian calendar, October 3, 2016)",
// "nel calendario gregoriano", "no calendário gregoriano", "volgens de
// gregoriaanse kalender", and English's other names of the civil
// calendar ("on the secular calendar").
var gregorianNamed = [...]string{"en el calendario gregoriano", "in the gregorian calendar", "nel calendario gregoriano",
	"no calendário gregoriano", "volgens de gregoriaanse kalender", "on the gregorian calendar",
	"according to the gregorian calendar", "on the civil calendar", "on the secular calendar",
	"gregoriuse kalendri järgi", "gregoriaanisen kalenterin mukaan", "pēc gregoriāņu kalendāra", // Estonian, Finnish, Latvian
	"pagal grigaliaus kalendorių", "по григорианския календар", "po gregorijanskom kalendaru", // Lithuanian, Bulgarian, Serbian
	"по грегоријанском календару", "σύμφωνα με το γρηγοριανό ημερολόγιο", "κατά το γρηγοριανό ημερολόγιο"} // Greek

// hebrewNamed are the phrases that name the Hebrew calendar between the
// two calendars' dates of one day (see calendarNamedLink): before a Hebrew
// date that gives a civil date's day in it, "At sundown on the Gregorian
// calendar day of September 29, 2019, and on the Hebrew calendar day 1
// Tishrei 5780", "October 12, 2024 (on the Jewish calendar, 10 Tishrei
// 5785)"; or after the Hebrew date, before its civil day, as Russian,
// Ukrainian, Serbian and Croatian pages say a Hebrew date's calendar after
// it ("29 элула 5778 года по еврейскому календарю (9 сентября 2018 г.)",
// as holyscripture.ru says the civil date's, "(9 сентября 2018 г. по
// Григорианскому календарю)", the hundred-and-forty-second held-out
// round).
var hebrewNamed = [...]string{"on the hebrew calendar", "in the hebrew calendar", "on the jewish calendar",
	"in the jewish calendar", "according to the hebrew calendar", "according to the jewish calendar",
	"по еврейскому календарю", "по иудейскому календарю", // Russian
	"за єврейським календарем", "за юдейським календарем", "за іудейським календарем", // Ukrainian
	"па габрэйскім календары", "па яўрэйскім календары", "паводле габрэйскага календара", "паводле яўрэйскага календара", // Belarusian
	"по јеврејском календару", "po jevrejskom kalendaru", "po židovskom kalendaru", // Serbian, Croatian
	"după calendarul iudaic", "după calendarul evreiesc", "după calendarul ebraic", // Romanian
	"selon le calendrier hébraïque", "selon le calendrier juif", "según el calendario hebreo", "según el calendario judío",
	"segundo o calendário judaico", "segundo o calendário hebraico", "secondo il calendario ebraico",
	// Galician, and as a Galician blog wrote it, with Spanish's "según"
	// (Rúa Xudea, the hundred-and-eighty-seventh held-out round), and
	// Catalan.
	"segundo o calendario hebreo", "segundo o calendario xudeu", "según o calendario hebreo",
	"segons el calendari hebreu", "segons el calendari jueu",
	"według kalendarza żydowskiego", "podle židovského kalendáře", "podľa židovského kalendára",
	"juudikalendri järgi", "juudi kalendri järgi", "heebrea kalendri järgi", // Estonian
	"juutalaisen kalenterin mukaan", "heprealaisen kalenterin mukaan", // Finnish
	"pēc ebreju kalendāra", "pēc jūdu kalendāra", // Latvian
	"pagal žydų kalendorių", "pagal hebrajų kalendorių", // Lithuanian
	"по еврейския календар", "според еврейския календар", // Bulgarian
	"σύμφωνα με το εβραϊκό ημερολόγιο", "κατά το εβραϊκό ημερολόγιο"} // Greek

// calendarNamedLink returns the end of a phrase of hebrewNamed at s[i],
// with a comma and the spaces after it, where it stands between a date of
// one calendar and the other's date of the same day: after a civil date,
// before a Hebrew date; after a Hebrew date, before a civil date, with
// its weekday or not, or a numeric one, in a bracket or not. The two dates are then one dateline's and checked
// against each other: "29 элула 5778 года по еврейскому календарю (10
// сентября 2018 г.)" was two datelines, each right, the day between them
// unsaid. It returns i otherwise, as where no date of the other calendar
// follows ("15 нисана 5784 года по еврейскому календарю, в понедельник").
func (p *parser) calendarNamedLink(i int) int {
	s := p.s
	civil, hebrewDate := p.has(layout.Month), p.has(layout.HebrewMonth)
	if civil && !hebrewDate {
		// "10. mail, mis on juudikalendri järgi 6. Iyar" (Eesti
		// Päevaleht, the 171st held-out round): a relative clause
		// around the name, the civil date's only; after a Hebrew date
		// the name is that date's own (29 элула 5778 года по
		// еврейскому календарю).
		if k := relativeCalendarNamed(s, i, hebrewNamed[:]); k > i && hebrewDateAt(s, k) {
			return k
		}
		return i
	}
	k := calendarNamed(s, i, hebrewNamed[:])
	if k == i {
		return i
	}
	switch {
	case hebrewDate && !civil:
		j := k
		if j < len(s) && s[j] == '(' {
			j = skipSpace(s, j+1)
		}
		if w := afterWeekday(s, j); gregorianDateAt(s, w) || w == j && wholeNumericDateAt(s, j) {
			return k
		}
	}
	return i
}

// relativeCalendarNamed returns the end of a phrase of names at s[i]
// as calendarNamed reads it, or of a relative clause that says the other
// calendar's date of the same day follows: a pronoun of relativeWords,
// the phrase, and a verb for "is" (isVerbs) before the phrase or
// after it: "10. mail, mis on juudikalendri järgi 6. Iyar" (Estonian:
// which is by the Jewish calendar), "May 10, which in the Jewish calendar
// is 6 Iyar", "10 май, което по еврейския календар е 6 ияр". It returns
// i if there is no phrase: "which is" alone is fallsOn's.
func relativeCalendarNamed(s string, i int, names []string) int {
	if k := calendarNamed(s, i, names); k > i {
		return k
	}
	r := matchPhrases(s, i, relativeWords[:])
	j := skipSpace(s, r)
	if r == i || j == r {
		return i
	}
	if k := calendarNamed(s, j, names); k > j {
		return skipCopula(s, k) // mis juudikalendri järgi on, which in the Jewish calendar is
	}
	c := skipCopula(s, j)
	if k := calendarNamed(s, c, names); c > j && k > c {
		return k // mis on juudikalendri järgi, which is, on the Jewish calendar,
	}
	return i
}

// isVerbs are the verbs for "is" and "was" of a relative clause that
// names the other calendar (see relativeCalendarNamed), in the languages
// of relativeWords that put one there.
var isVerbs = [...]string{"is", "was", "on", "oli", "ir", "bija", "yra", "buvo", "je", "је", "е", "беше",
	"είναι", "ήταν", "є", "був", "була", "було", "был", "была", "было"}

// skipCopula returns the index after a verb of isVerbs at s[k], a
// comma and the spaces after them ("which is, on the Hebrew calendar,"),
// or k.
func skipCopula(s string, k int) int {
	if e := matchPhrases(s, k, isVerbs[:]); e > k {
		return afterPhrase(s, e, k)
	}
	return k
}

// wholeNumericDateAt reports whether a numeric date with its year starts
// at s[k] (23.04.2024, 2024-04-23).
func wholeNumericDateAt(s string, k int) bool {
	if !isDigit(s, k) {
		return false
	}
	rd, _, what := readNumericDate(s, k)
	return what == "" && rd.n == 3
}

// calendarNamed returns the end of a phrase of names at s[i], after "and"
// if it is there, with "day" or "date" after it (the Hebrew calendar
// day), a comma, and the spaces after them; or i.
func calendarNamed(s string, i int, names []string) int {
	k := i
	if e := matchWord(s, k, "and"); e > k {
		if k = skipSpace(s, e); k == e {
			return i
		}
	}
	for _, w := range names {
		e := matchPhrase(s, k, w)
		if e == k {
			continue
		}
		if j := skipSpace(s, e); j > e {
			if d := matchWords(s, j, "day", "date"); d > j {
				e = d
			}
		}
		if j := afterPhrase(s, e, i); j > i {
			return j
		}
	}
	return i
}
