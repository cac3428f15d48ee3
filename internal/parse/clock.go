package parse

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// clock reads a time of day: 3:04 pm, 15:04, 15:04:05, 8:28pm, 03:05:48 PM,
// 10:39 a.m., 5:7:51 PM, 02:54:32.845, 08:20:13,787, with an optional zone
// (EDT, IST, -04:00, +0200 (CEST), GMT+0100; see zones).
func (p *parser) clock(i int) (int, bool) { return p.clockAt(i, ':') }

// unpaddedMinute reports whether the minute of one digit mi, which ends
// at s[e], is a clock's as JavaScript's and PHP's string concatenation
// print it without its zero ("4:8 PM", 16:08), which was refused as "a
// minute of two digits": an am or pm right after it says it is a clock,
// as seconds after it do ("5:7:51 PM"; a verse or a score has no am), and
// the digit is 6 to 9, which no second digit can follow in a minute, so
// that it is no minute cut short. "3:1 pm" may be 3:10 to 3:19 cut short
// (or a typo of one), and is still refused; so are "Genesis 4:8" and a
// score without am or pm.
func unpaddedMinute(s string, mi, e int) bool {
	if mi < 6 {
		return false
	}
	_, ok := ampmAt(s, skipSpace(s, e))
	return ok
}

// clockAt reads a time of day whose hour and minute sep parts: ':', or
// 'h' (10h11, and spaced, 19 h 04: see spacedH), which takes no
// seconds, or '.' (13.12, see dotClock), which takes them only where its
// minutes cannot be a month (01.51.00).
func (p *parser) clockAt(i int, sep byte) (int, bool) {
	s := p.s
	if p.has(layout.Hour) {
		return i, p.fail(i, "the end of the dateline")
	}
	h, e, hd := number(s, i)
	ms := e + 1 // where the minute starts
	if sep == 'h' {
		if k := spacedH(s, e); k > e {
			ms = k // 19 h 04
		}
	}
	mi, e2, md := number(s, ms)
	if hd == 0 || hd > 2 || md == 0 || md > 2 || sep != ':' && md != 2 {
		return i, p.fail(i, "a time of day")
	}
	if md == 1 && !p.example && (e2+1 >= len(s) || s[e2] != ':' || !isDigit(s, e2+1)) && !otherDigitAt(s, e2) && !unpaddedMinute(s, mi, e2) {
		// A minute of one digit with no seconds after it is no clock's
		// ("5:7:51 PM" is one, as a machine writes it): "Malachi
		// 1:1–2:7 | Shabbat, November 18, 2023" was read at 1:01 am,
		// a score, "won 3:1 on March 2, 2024", at 3:01 am (found trying
		// the command as an adversary). One that goes on in digits of
		// another script, "9:4٥ pm", is read as far as it goes, and the
		// scan refuses the text whole (see otherDigitsBeside).
		return i, p.fail(ms, "a minute of two digits")
	}
	if verseBefore(s, i, e2) {
		return i, p.fail(i, "a time of day, not a verse")
	}
	if h > 24 {
		return i, p.failRange(i, "an hour from 0 to 23")
	}
	if mi > 59 {
		return i, p.failRange(ms, "a minute from 0 to 59")
	}
	hour := Field{Value: h, Start: i, End: e}
	hour.Kind = layout.Hour
	minute := Field{Value: mi, Start: ms, End: e2}
	minute.Kind, minute.Form = layout.Minute, sixtyForm(md)
	var second, fraction Field
	hasSecond, hasFraction := false, false
	k := e2
	if (sep == ':' || sep == '.' && mi > 12 && dotSeconds(s, k+1)) && k+1 < len(s) && s[k] == sep && isDigit(s, k+1) {
		sec, e3, sd := number(s, k+1)
		if sd > 2 {
			return i, p.fail(k+1, "seconds")
		}
		if sec > 60 {
			return i, p.failRange(k+1, "a second from 0 to 59")
		}
		second = Field{Value: sec, Start: k + 1, End: e3}
		second.Kind, second.Form = layout.Second, sixtyForm(sd)
		hasSecond = true
		k = e3
		if fraction, hasFraction = fractionAt(s, k); hasFraction {
			k = fraction.End
		}
	}
	ampm, ok := ampmAt(s, skipSpace(s, k))
	if ok && h == 0 && ampm.Value == 0 {
		// "0:30 am": a 24-hour clock's hour of midnight, with the am
		// that agrees with it, which pages write too; it was "expected
		// a date, found "am"". It is read as 12:30 am. "0:30 pm" is
		// still refused.
		h, hour.Value = 12, 12
	}
	if ok && (h < 1 || h > 12) {
		ok = false
	}
	hour.Form = hourForm(ok, hd, s[i])
	hadAMPM := ok // before a part of the day may say one (see partOfDay)
	m := p.mark()
	p.add(hour)
	hourAt := p.n - 1
	p.add(minute)
	if hasSecond {
		p.add(second)
	}
	if hasFraction {
		p.add(fraction)
	}
	if ok {
		p.add(ampm)
	}
	if sep == 'h' && !hasSecond && !ok && k < len(s) && s[k] == 'm' {
		// 19h59m, as Portuguese and French pages write it: the m of
		// minutes is text after them; and 18h49min, as Brazilian pages
		// and Portuguese Wikipedia's revision stamps write it ("Revisão
		// das 18h49min de 23 de maio de 2024"), which was read as the
		// date without its time.
		if wordEnds(s, k+1) {
			p.lit(k + 1)
		} else if strings.HasPrefix(s[k:], "min") && wordEnds(s, k+len("min")) {
			p.lit(k + len("min"))
		}
	}
	p.zones(p.last)
	if z := skipSpace(s, p.last); z > p.last && unknownZoneAt(s, z) {
		// 10:30 HKT: a zone the table does not know, whose time would
		// be read in the reader's zone, hours off.
		p.reset(m)
		return i, p.fail(z, "a zone this reader knows (EST, CET, IST, +0800)")
	}
	if p.last == k && !ok && !wordEnds(s, k) {
		// 17:35hs, 20:30Uhr, 18:00h: the word for hours glued to a time,
		// as Latin American, Portuguese and German pages set it, the
		// way they glue it to an hour alone (20hs, 19h: see hoursWords).
		// It is text after the time, as when a space comes before it.
		if w := latinWord(s, k); w > k && isHoursWord(s[k:w]) {
			p.lit(w)
		}
	}
	if p.last == k && !wordEnds(s, k) && !isHebrewLetter(s, k) && !p.gluedName(i, e, k) {
		// Letters glued to the time that are neither am/pm (8:28pm) nor
		// a zone (10:39Z, 15:04MST). A Hebrew word glued to it is the
		// next word, which a page set without its space ("09:40ע"י",
		// 09:40 by): no unit of a time is written in Hebrew letters.
		p.reset(m)
		return i, p.fail(k, "a time of day")
	}
	if !ok {
		var bad bool
		if ok, bad = p.partOfDay(hourAt, hd, s[i]); bad {
			p.reset(m)
			return i, p.fail(i, "an hour that the part of the day said with it holds")
		}
		hourAt = p.fieldAt(layout.Hour, i) // a part of the day before it may have moved it (see partOfDayBefore)
	}
	p.clockRange(hourAt, ok)
	if last := p.buf[p.n-1].Kind; !hasSecond && (last == layout.Minute && p.last == k || last == layout.AMPM && hadAMPM && p.last == ampm.End) {
		// Nothing read after the clock (no zone, no range, no part of
		// the day): the same time in the other clock may follow it in
		// brackets (see clockGloss).
		twelve := -1
		if hadAMPM {
			twelve = ampm.Value
		}
		if g := clockGloss(s, p.last, h, mi, twelve); g > p.last {
			p.lit(g)
		}
	}
	return p.last, true
}

// clockGloss returns the end of the brackets after the spaces at s[k]
// that hold the time of day read before them, hour h, in the other clock,
// or k: the same hour and minute mi, a 24-hour clock's time in 12 hours with am or pm, or a 12-hour
// one's in 24 hours, as pages for readers of both write it: "Sunday 30th
// April, 2017 at 20:00 (8:00 pm)" (an Israeli holiday-flat agency's
// Memorial Day post, the 269th held-out round) was an error at the
// bracket. twelve is the first time's pm (1), am (0), or -1 where it has
// neither. Only a bracket that says the same time in the other clock is
// read: one that says another time ("20:00 (9:00 pm)"), or the same in
// the same clock, is no gloss, and the text still ends before it.
func clockGloss(s string, k, h, mi, twelve int) int {
	i := skipSpace(s, k)
	if i == k || i >= len(s) || s[i] != '(' {
		return k
	}
	gh, e, hd := number(s, i+1)
	if hd == 0 || hd > 2 || e >= len(s) || s[e] != ':' {
		return k
	}
	gm, e2, md := number(s, e+1)
	if md != 2 || gm != mi {
		return k
	}
	e = e2
	a, isAMPM := ampmAt(s, skipSpace(s, e))
	if isAMPM {
		e = a.End
	}
	if e >= len(s) || s[e] != ')' || isAMPM == (twelve >= 0) {
		return k // the same clock twice, or no closing bracket
	}
	want, got := h, gh
	if twelve >= 0 {
		want = layout.HourOf(h, twelve)
	} else {
		if gh < 1 || gh > 12 {
			return k
		}
		got = layout.HourOf(gh, a.Value)
	}
	if got != want || gh > 23 {
		return k
	}
	return e + 1
}

// gluedName reports whether the letters glued to the time whose hour
// s[i:e] writes, and whose minutes end at k, are the next word of a page
// that lost its space, as a byline's name after a stamp: "17.05.2007
// 00:01Kaia Otti, Postimees" (Virumaa Teataja, the sixty-eighth held-out
// round), as a Hebrew word glued to the time is. Only a capitalised word
// (a capital, then a small letter) glued to a time of two digits and two
// after a whole date: no unit of a time is written so (8:28pm, 20:30Uhr,
// 10:39Z and 15:04MST are read before), and a time alone with letters on
// it (a score, a verse, a model's code) stays unread; so does a time
// with a word glued to it that starts as a word for hours does (17:35Uhren,
// see TestGluedHoursWordAfterTime).
func (p *parser) gluedName(i, e, k int) bool {
	s := p.s
	if e-i != 2 || k-e != 3 || !p.dated() || !p.has(layout.Year) && !p.has(layout.HebrewYear) {
		return false
	}
	r, n := decode(s, k)
	l, _ := decode(s, k+n)
	if !unicode.IsUpper(r) || !unicode.IsLower(l) {
		return false
	}
	for _, w := range hoursWords {
		if len(w) > 2 || len(w) == 2 && w[0] < 0x80 {
			if k+len(w) <= len(s) && foldEqual(s[k:k+len(w)], w) {
				return false // 17:35Uhren: a word for hours, run on, is no name
			}
		}
	}
	return true
}

// atTime returns the end of the word "a" at s[i] (Spanish's "a las", "a
// la", Catalan's "a les") when a time of day follows it, as French pages
// write à without its accent ("samedi 30 septembre 2017 a 19 h 04"),
// Spanish ones "a las 20:00" and Catalan ones "a les 19.00 hores", and
// whether the article says whose it is; or i. Elsewhere "a" is a word of
// prose, or joins the days of a range (see rangeWords).
func atTime(s string, i int) (int, bool) {
	k := matchWord(s, i, "a")
	if k == i {
		return i, false
	}
	k = skipSpace(s, k)
	e := matchWords(s, k, "las", "la", "les")
	article := e > k
	if article {
		k = skipSpace(s, e)
	}
	end := timeAfter(s, i, k)
	return end, end > i && article
}

// fromTimeWords are the words for "from" that an event listing writes
// between a date and the time it starts: German "ab 19 Uhr", Dutch
// "vanaf 20:00 uur", English "from 9:00 AM", Swedish "från 18:00",
// French "dès 19h", Spanish and Portuguese "desde las 20:00", Italian
// "dalle 19:00", Polish and Czech "od 17:00"; and Dutch "aanvang" (start),
// as a synagogue's notice writes the hour a service begins: "18/09/2020
// aanvang 19 u."; English's participles "beginning", "starting" and
// "commencing" with the hour right after them, as without "at": "Nov.
// 11, beginning 11:45 a.m. EST" (The CJN's podcast page on Remembrance
// Day at Parliament Hill, the 259th held-out round) was the day without
// its hour, where "beginning at 11:45 a.m." had it in free text; and the
// participles with "at" before the hour, which a whole dateline did not
// read: "On Sunday, December 10, 2023, starting at 6:30 PM (GMT)"
// (OutSavvy's Chanukah evening at the Manchester Jewish Museum, the 289th
// held-out round) was a syntax error at "starting" for Check, where Find
// took the hour as the sentence's (the other words take no "at": "from
// at 7" is none); and the words for "about" that a news page writes
// before the hour of an event: German "am 7. Oktober 2023 gegen 06:30
// Uhr", French "vers 19h", Dutch "rond 19.00 uur" and "omstreeks",
// Italian "verso le 19:00", Spanish "hacia las 20:00", Swedish, Danish and
// Norwegian "omkring 19.00": the hour is the one the page states, which
// the words only say is not exact. No language is read from them: "from"
// and "od" are the words of several. A range of hours is begun by its
// own "from" too, Dutch "van", German "von", French's, Spanish's and
// Portuguese's "de": "Zondag 9 december 2018 van 20:00 - 20:30" (a
// Kampen synagogue's Chanukah, seen in the 226th held-out round's
// searches), "von 17 bis 19 Uhr", "de 17h à 19h" were read without their
// time, or not at all; before a day the words open a range of days (see
// fromWord), as a time after them does not.
var fromTimeWords = [...]string{"ab", "vanaf", "from", "från", "dès", "desde", "dalle", "od", "aanvang",
	"beginning", "starting", "commencing",
	"gegen", "vers", "rond", "omstreeks", "verso", "hacia", "omkring", "van", "von", "de",
	// And Portuguese's "das" (from the), before the hours that its
	// "às" (to the) ends: "Nos dias 7, 15, 22 e 29 de outubro, das 19
	// às 21h" (a Recife blog, incoming.tsv) and "das 19h às 21h" were
	// read without their time, where "de 19h à 21h" had it.
	"das"}

// fromTimePhrases are the Romance languages' "from" in several words,
// "starting at", before the hour an event begins, as Spanish's and
// Portuguese's community schedules and French and Italian listings write
// it: "domingo 6 de octubre de 2024 a partir de las 12:15", "domingo, 6
// de outubro de 2024, a partir das 19h", "à partir de 19h", "a partire
// dalle 19:00". The day was read without its hour, where "desde las 19
// horas" had it (probing the grammar of the hundred-and-eighty-fourth
// held-out round's pages). A phrase that starts another is listed after
// it. Before a day ("a partir del 22 de abril") the words open a range
// (see fromPartir): only a time of day after them is read here (see
// timeAfter).
var fromTimePhrases = [...]string{"a partir de las", "a partir de la", "a partir das", "a partir da", "a partir de",
	"à partir de", "a partire dalle", "a partire dalla", "a partire da"}

// fromTimeLongest is the length of the longest of fromTimeWords: a longer
// word after a date is none of them.
const fromTimeLongest = len("commencing")

// fromFirst has the first bytes, in either case, of fromTimeWords:
// fromTime's cheap first test before it compares a word with each.
var fromFirst = func() (t [256]bool) {
	for _, w := range fromTimeWords {
		t[w[0]], t[w[0]&^0x20] = true, true
	}
	return t
}()

// betweenTimePhrases are the words for "between" or "in the interval"
// that an event listing writes between a date and the span of hours it
// lasts: Romanian "sâmbătă, 18 octombrie, în intervalul 20:00-00:00" and
// "între orele 18:00-20:00", English "between 20:00 and 22:00", German
// "zwischen", Dutch "tussen", Swedish "mellan", Polish "między",
// Spanish and Portuguese "entre las", "entre", and German's "in der Zeit
// von" (in the time from) and "in der Zeit zwischen": "am Freitag, 5.
// November 2021, in der Zeit von 17:00 bis 19:00 Uhr" was the day without
// its time, with nothing said. The time after them is the span's start;
// a phrase that starts another is listed after it.
var betweenTimePhrases = [...]string{"în intervalul orar", "în intervalul", "între orele", "între", "between",
	"zwischen", "tussen", "mellan", "między", "entre las", "entre", "in der zeit von", "in der zeit zwischen", "im zeitraum von"}

// betweenFirst has the first bytes, in either case, of
// betweenTimePhrases: betweenTime's cheap first test.
var betweenFirst = func() (t [256]bool) {
	for _, ph := range betweenTimePhrases {
		t[ph[0]], t[ph[0]&^0x20] = true, true
	}
	return t
}()

// betweenTime returns the end of a phrase of betweenTimePhrases at s[i],
// or i. The word at s[i] is compared with each phrase's first word only
// where its length is one of theirs, as most words after a date are not.
func betweenTime(s string, i int) int {
	if !betweenFirst[s[i]] {
		return i
	}
	switch n := latinWord(s, i) - i; {
	case n == len("în"):
		if s[i] != 0xC3 {
			return i // the, two, mit ...: "în" is 0xC3 0xAE 'n'
		}
	case n == len("in") && s[i]|0x20 == 'i':
		// in der Zeit von, im Zeitraum von
	case n < len("entre") || n > len("zwischen"):
		return i
	}
	return matchPhrases(s, i, betweenTimePhrases[:])
}

// fromTime returns the end of one of fromTimeWords at s[i] (with Spanish's
// "las" after "desde"), or of betweenTimePhrases, when a time of day
// follows it, or i. Before a day
// ("from December 23 to 30", "od 23 do 30 grudnia") such a word opens a
// range (see fromWord), which a time of day is not.
func fromTime(s string, i int) int {
	if i < len(s) && s[i] == 0xCE {
		return greekFromTime(s, i) // από, Από: α and Α are 0xCE 0xB1 and 0xCE 0x91
	}
	if i+1 < len(s) && s[i] == 0xD7 {
		if s[i+1] != 0x94 && s[i+1] != 0x9E && s[i+1] != 0x91 {
			return i // each word starts with ה, מ or ב: most Hebrew after a date does not
		}
		return hebrewFromTime(s, i)
	}
	if i >= len(s) || script.Class[s[i]]&script.ClassLetter == 0 && s[i] != 0xC3 {
		return i // each word starts with an ASCII letter or î (0xC3 0xAE): most text after a date does not
	}
	k := i
	participle := false // beginning, starting, commencing
	if e := latinWord(s, i); e-i <= fromTimeLongest && fromFirst[s[i]] {
		for _, w := range fromTimeWords {
			if foldEquals(s[i:e], w) {
				k = e // by foldEquals: matchWord folds ASCII letters only (från)
				participle = strings.HasSuffix(w, "ing")
				break
			}
		}
	}
	if k == i {
		if k = matchPhrases(s, i, fromTimePhrases[:]); k > i && (s[i]|0x20 == 'a' || s[i] == 0xC3) {
			return timeAfter(s, i, skipSpace(s, k))
		}
		if k = startingAt(s, i); k > i {
			return timeAfter(s, i, k)
		}
		if k = betweenTime(s, i); k > i {
			return timeAfter(s, i, skipSpace(s, k))
		}
		return i
	}
	k = skipSpace(s, k)
	if e := matchWord(s, k, "at"); participle && e > k && skipSpace(s, e) > e {
		k = skipSpace(s, e) // starting at 6:30 PM
	}
	if e := matchWords(s, k, "las", "le", "as"); e > k {
		k = skipSpace(s, e) // desde las, hacia las, verso le; Portuguese's desde as
	}
	if polishHourWord(s, k) > k {
		return k // od godziny 18.00, od godz. 18: the word is read next, as after "o"
	}
	return timeAfter(s, i, k)
}

// greekFromTime returns the end of Greek's "από" (from) at s[i], with
// the article "τις" after it (see greekTimeArticle), where a time of day
// follows, or i: Greek announcements give an event's span of hours so,
// "τη Δευτέρα 27 Ιανουαρίου από τις 19:00 έως τις 20:00" (kavalanews.gr,
// seen in the 243rd held-out round's searches), which was a syntax error
// at "από". Before a day the word opens a range of days ("από 24 έως 28
// Ιανουαρίου", "από τις 22 έως 24 Ιουλίου"), which a time is not.
func greekFromTime(s string, i int) int {
	e := i
	for _, w := range [...]string{"από", "Από"} {
		if strings.HasPrefix(s[i:], w) && wordEnds(s, i+len(w)) {
			e = i + len(w)
		}
	}
	if e == i {
		return i
	}
	k := skipSpace(s, e)
	if a := greekTimeArticle(s, k); a > k {
		k = skipSpace(s, a)
	}
	return timeAfter(s, i, k)
}

// greekTimeArticle returns the end of Greek's accusative plural article
// "τις" at s[k] where a number follows it, as Greek writes it before an
// hour after "στις"' own words for from and until ("από τις 19:00 έως τις
// 20:00"); or k.
func greekTimeArticle(s string, k int) int {
	const the = "τις"
	if !strings.HasPrefix(s[k:], the) || !wordEnds(s, k+len(the)) {
		return k
	}
	if e := k + len(the); isDigit(s, skipSpace(s, e)) {
		return e
	}
	return k
}

// dottedClock reports whether an hour and its minutes joined by a point
// start at s[k], as Dutch, the Scandinavian languages, Czech and Slovak
// write them after a word for "from" or "about": "vanaf 19.00 uur", "rond
// 19.00", "omkring 19.00", "od 18.15 hodin". A third number after another
// point makes it a date (19.05.2024); a word after it other than one for
// o'clock, a price or a measure ("vanaf 12.50 euro", "omkring 19.50
// kronor"); and minutes that a month could be, without that word, a day
// and a month ("od 10.12"), which it is not.
func dottedClock(s string, k int) bool {
	h, e, digits := number(s, k)
	if digits == 0 || digits > 2 || h > 23 || e+3 > len(s) || s[e] != '.' {
		return false
	}
	m, f, mdigits := number(s, e+1)
	if mdigits != 2 || m > 59 {
		return false
	}
	if f < len(s) && s[f] == '.' && isDigit(s, f+1) {
		return false
	}
	if hoursWordAfter(s, f) || dottedRangeEnd(s, f) {
		return true
	}
	if n := skipSpace(s, f); n < len(s) {
		if w := latinWord(s, n); isDigit(s, n) || w-n > 2 || currencyAt(s, n) {
			// A number or a word, not a preposition of a place ("od
			// 19.30 v synagoze"): a price's currency, a measure's unit.
			return false
		}
	}
	return m == 0 || m > 12
}

// dottedRangeEnd reports whether a word or dash that joins a range of
// times and a time with a point follow the time that ends at s[f]: "van
// 17.00 tot 19.00 uur", "vanaf 20.00 tot 22.00", as a dash did ("10.00 –
// 16.00"), where the word after the start left it no time.
func dottedRangeEnd(s string, f int) bool {
	j := clockRangeJoin(s, f)
	if j < 0 {
		return false
	}
	h, e, digits := number(s, j)
	return digits > 0 && digits <= 2 && h <= 24 && e < len(s) && s[e] == '.' && dottedEnd(s, e)
}

// currencyAt reports whether a currency's sign or a short currency word
// starts at s[n]: €, $, £, kr, Kč, zł.
func currencyAt(s string, n int) bool {
	for _, c := range [...]string{"€", "$", "£", "kr", "Kč", "zł", "Ft", "lei"} {
		if strings.HasPrefix(s[n:], c) && (script.Class[c[0]]&script.ClassLetter == 0 || wordEnds(s, n+len(c))) {
			return true // a sign, or a word that ends there
		}
	}
	return false
}

// hebrewFromTime returns where the time of day starts after Hebrew's
// "from the hour" (מהשעה, משעה), with "starting" (החל) before it or not,
// or after החל and the prefix מ- ("from"), glued or with a hyphen, at
// s[i]: "ביום חמישי, י"ח באייר תשפ"א, החל מהשעה 19:00", "החל מ-20:30";
// or after "between the hours" and "at the hours" (see hebrewBetweenTime),
// which a notice writes before the span of hours an event lasts. Without
// a time after them, and for a bare מ- without החל (a range's "from"), it
// returns i.
func hebrewFromTime(s string, i int) int {
	if s[i+1] == 0x91 { // ב
		return hebrewBetweenTime(s, i)
	}
	k := i
	if strings.HasPrefix(s[k:], "החל ") {
		k = skipSpace(s, k+len("החל"))
		if strings.HasPrefix(s[k:], "מ") {
			if j := k + len("מ"); j < len(s) && (s[j] == '-' || isDigit(s, j)) {
				if s[j] == '-' {
					j++
				}
				return timeAfter(s, i, j) // החל מ-20:30
			}
		}
	}
	e := hebrewWord(s, k)
	if w := s[k:e]; w != "מהשעה" && w != "משעה" {
		return i
	}
	return timeAfter(s, i, skipSpace(s, e))
}

// hebrewBetweenTime returns where the time of day starts after Hebrew's
// "between" (בין), alone or with "the hours" or "the hour" after it (בין
// השעות, בין השעה, בין שעות), or "at the hours" (בשעות), at s[i]: "ביום
// ראשון 19.08.18 בין השעה 17:00 לשעה 21:00", the span's start being the
// dateline's time (see clockRange for its end); or i. Before a date, בין
// joins the days of a range, which a time of day is not.
func hebrewBetweenTime(s string, i int) int {
	e := hebrewWord(s, i)
	switch s[i:e] {
	case "בשעות":
		return timeAfter(s, i, skipSpace(s, e))
	case "בין":
	default:
		return i
	}
	k := skipSpace(s, e)
	switch w := s[k:hebrewWord(s, k)]; w {
	case "השעות", "השעה", "שעות":
		k = skipSpace(s, k+len(w))
	}
	return timeAfter(s, i, k)
}

// startingAt returns where the time starts after Serbian's and Bosnian's
// "s početkom u" or "sa početkom u" (starting at) at s[i], or i: "u
// ponedeljak 25. marta 2013. godine s početkom u 19:00 sati".
func startingAt(s string, i int) int {
	// Most words start with another letter: look no further.
	if i >= len(s) || s[i]|0x20 != 's' {
		return i
	}
	e := i + 1
	if e < len(s) && s[e]|0x20 == 'a' {
		e++
	}
	if e >= len(s) || s[e] != ' ' {
		return i
	}
	k := skipSpace(s, e)
	if k == e {
		return i
	}
	e = latinWord(s, k)
	if !strings.EqualFold(s[k:e], "početkom") {
		return i
	}
	k = skipSpace(s, e)
	if e = matchWord(s, k, "u"); e > k {
		return skipSpace(s, e)
	}
	return i
}

// timeAfter returns k if a time of day starts at s[k] (an hour of one or
// two digits and its minutes after a colon or h (Flemish u), an hour with
// h alone, 19h, 19u, or an hour's word after it: 19 Uhr, 17 hodin, or
// after the range it starts: 10 do 15 sati, or an hour of twelve with am
// or pm after it: 5 p.m., 9am), or i.
func timeAfter(s string, i, k int) int {
	h, e, digits := number(s, k)
	if digits == 0 || digits > 2 || e >= len(s) {
		return i
	}
	if s[e] == ':' && isDigit(s, e+1) || (s[e] == 'h' || s[e] == 'H' || s[e] == 'u') && (isDigit(s, e+1) || wordEnds(s, e+1)) || spacedH(s, e) > e || hoursWordAfter(s, e) || dottedClock(s, k) || hoursRangeAfter(s, e) || partAfterHour(s, e) || ampmHourAfter(s, h, e) {
		return k
	}
	return i
}

// ampmHourAfter reports whether the hour h that ends at s[e] has AM or PM
// after it, glued or after a space, or is the start of a range of hours
// whose end has: "from 7pm", "Tuesday, Dec. 20 from 5 p.m. to 5:30 p.m.",
// "from 10 a.m. to 2 p.m.", "from 7 to 9 pm". The words for "from" were
// left unread, and the dateline failed at them. An hour of a twelve-hour
// clock is 1 to 12: "from 15 am" is none.
func ampmHourAfter(s string, h, e int) bool {
	if h < 1 || h > 12 {
		return false
	}
	if _, ok := ampmAt(s, skipSpace(s, e)); ok {
		return true
	}
	k := clockRangeJoin(s, e)
	if k < 0 {
		return false
	}
	_, ee, digits := number(s, k)
	if digits == 0 || digits > 2 {
		return false
	}
	_, ok := ampmAt(s, skipSpace(s, ee))
	return ok
}

// partAfterHour reports whether a part of the day follows the hour that
// ends at s[e], after a space: "a les 8 del vespre", "a las 9 de la
// noche". The part says it is an hour, as h or Uhr does; the hour was
// left unread, and the dateline read without its time.
func partAfterHour(s string, e int) bool {
	if e+1 >= len(s) || s[e] != ' ' || !script.IsLatinLetter(rune(s[e+1])) && s[e+1] != '\'' && s[e+1] != 0xD0 && s[e+1] != 0xD1 {
		return false // the cheap test first: most numbers are followed by no Latin or Cyrillic word
	}
	_, found, _ := partOfDayAt(s, e, 1)
	return found
}

// atHour returns the end of Romanian's "la ora" or "ora" (at the hour)
// before the number of an hour, or of "la" (at) before a clock with its
// minutes, or i: "duminică 2 iunie 2013, la ora 10 a.m.", "la ora
// 18:00", "ora 19", "la 18:30". It ends at the word, so that the hour
// after it sees "ora" before it (see hourWordsBefore). Before anything
// else "la" is a word of prose (French's, Spanish's, Italian's article).
func atHour(s string, i int) int {
	e := matchWord(s, i, "la")
	k := skipSpace(s, e)
	if o := matchWord(s, k, "ora"); o > k {
		if _, _, digits := number(s, skipSpace(s, o)); digits == 1 || digits == 2 {
			return o
		}
		return i
	}
	if e == i {
		return i
	}
	_, n, digits := number(s, k)
	if (digits == 1 || digits == 2) && n+1 < len(s) && s[n] == ':' && isDigit(s, n+1) {
		return e
	}
	return i
}

// atLaHora returns the end of Spanish's "a la hora" (at the hour) at s[i]
// where the number of an hour of the 24-hour clock follows it, or i:
// Uruguay's and Argentina's papers write an event's time so, "este
// jueves 9 de noviembre, a la hora 11.00, en Casa Pueblo"
// (maldonadonoticias.com, the 258th held-out round), "a la hora 20". The
// day was read without its time, and Check stopped at "a", where "a las
// 11.00" was read. It ends at "hora", so that the hour after it sees the
// phrase before it (see laHoraBefore), as Romanian's "la ora 19" (see
// atHour). Before anything else the words are prose: "a la hora de la
// cena" (at dinner time), "a la hora 25".
func atLaHora(s string, i int) int {
	a := matchWord(s, i, "a")
	if a == i {
		return i
	}
	l := skipSpace(s, a)
	e := matchWord(s, l, "la")
	if e == l {
		return i
	}
	k := skipSpace(s, e)
	o := matchWord(s, k, "hora")
	if o == k {
		return i
	}
	if h, _, digits := number(s, skipSpace(s, o)); (digits == 1 || digits == 2) && h <= 23 {
		return o
	}
	return i
}

// laHoraBefore reports whether Spanish's "a la hora" (see atLaHora) ends
// s[from:i], past the spaces before the number at s[i].
func laHoraBefore(s string, from, i int) bool {
	j := trimSpaceBefore(s, i)
	for _, w := range [...]string{"hora", "la", "a"} {
		b := wordBefore(s, j)
		if b < from || b == j || !foldEquals(s[b:j], w) {
			return false
		}
		j = trimSpaceBefore(s, b)
	}
	return true
}

// andHourGreek returns the end of Greek's "και" (and) at s[i] before
// "ώρα" (hour) or "στις" (at) and a time of day, as Greek announcements
// join an event's time to its date: "Σάββατο, 28 Ιανουαρίου και ώρα
// 20:00" (Πρωινός Λόγος of Ioannina, the hundred-and-eleventh held-out
// round); or i. Elsewhere "και" joins a range's two days ("5 και 6
// Μαΐου"), which the time after it tells apart.
func andHourGreek(s string, i int) int {
	const and = "και"
	if !strings.HasPrefix(s[i:], and) || !wordEnds(s, i+len(and)) {
		return i
	}
	e := i + len(and)
	k := skipSpace(s, e)
	for _, w := range [...]string{"ώρα", "στις"} {
		if strings.HasPrefix(s[k:], w) && wordEnds(s, k+len(w)) && timeAfter(s, i, skipSpace(s, k+len(w))) > i {
			return e
		}
	}
	return i
}

// atHourPolish returns the end of Polish's "o" (at) at s[i] before a time
// of day or before Polish's word for hour and its hour (see
// polishHourWord), as an event's time is written before or after its
// date ("o g. 17.45, 12 grudnia 2017", "12 grudnia 2017 o godz. 18", "o
// godzinie 18.00"); or i. Elsewhere "o" is a word of prose (the
// Portuguese article, the Spanish "or" of "1 o 2 de marzo").
func atHourPolish(s string, i int) int {
	e := matchWord(s, i, "o")
	if e == i {
		return i
	}
	k := skipSpace(s, e)
	if k == e {
		return i
	}
	if timeAfter(s, i, k) > i || polishHourWord(s, k) > k {
		return e
	}
	return i
}

// polishHourWords are Polish's word for hour in the cases its
// prepositions take before the hour it names: "o godzinie 18.00" (at the
// hour), "od godziny 18.00" (from the hour), as "godz." and "g." cut it
// (see hourWordsBefore).
var polishHourWords = [...]string{"godzinie", "godziny"}

// polishHourWord returns the end of Polish's word for hour at s[k], cut
// short with its dot (godz., g.) or in full (see polishHourWords), where
// an hour of one or two digits follows it; or k.
func polishHourWord(s string, k int) int {
	w := latinWord(s, k)
	e := w
	switch {
	case w < len(s) && s[w] == '.' && (foldEquals(s[k:w], "godz") || foldEquals(s[k:w], "g")):
		e = w + 1
	case !isWordOf(s[k:w], polishHourWords[:]):
		return k
	}
	if _, _, digits := number(s, skipSpace(s, e)); digits == 1 || digits == 2 {
		return e
	}
	return k
}

// foreign reports whether a month or weekday read so far is named in a
// language other than English, or by a word another language shares with
// English (Jan., Dutch's and German's too), where "a" before a time is "à"
// (see atTime): in English "March 5, 2024 a 10:30 meeting" it is not the
// dateline's. A layout written for January 2 names Dutch's "MAA" by such
// a word, "JAN.", and its "(A 15h" read as no time (FuzzParse). A name
// that only English has ("Tuesday, December 1 a 9.30") keeps the line
// English. Shared words are then read in the first other language they
// share, so that the layout names the month as that language does:
// "December 1 A 0.00" wrote "January 2 A 15.04", whose January is
// English's alone and whose "A 15.00" read as no time (FuzzParse).
func (p *parser) foreign() bool {
	shared := ^uint64(0)
	for i, f := range p.fields() {
		if f.Kind != layout.Month && f.Kind != layout.Weekday {
			continue
		}
		if f.Lang != layout.English {
			return true
		}
		w, ok := nameWord(p.s, &p.buf[i])
		if !ok {
			continue
		}
		if w.langs&^(1<<layout.English) == 0 {
			return false
		}
		shared &= w.langs
	}
	shared &^= 1 << layout.English
	if shared == ^uint64(0)&^(1<<layout.English) || shared == 0 {
		return false
	}
	for i := range p.fields() {
		if _, ok := nameWord(p.s, &p.buf[i]); ok {
			p.buf[i].Lang = firstLang(shared)
		}
	}
	return true
}

// spacedH returns where the minute starts after the " h " that parts the
// hour ending at s[e] from it, as French pages write a time with spaces
// ("samedi 30 septembre 2017 a 19 h 04"), or e: the h has a space on
// each side and two digits follow that end the time. The spaces may be
// no-break ones, as French typography sets them (U+00A0, and U+202F, the
// narrow one ICU writes): "22\u00a0h\u00a039" was read as 10:00 pm.
func spacedH(s string, e int) int {
	h := skipSpace(s, e)
	if h == e || h+1 >= len(s) || s[h] != 'h' {
		return e
	}
	m := skipSpace(s, h+1)
	if m == h+1 {
		return e
	}
	if _, e2, md := number(s, m); md != 2 || !wordEnds(s, e2) || e2 < len(s) && (s[e2] == ':' || s[e2] == '.' && isDigit(s, e2+1)) {
		return e
	}
	return m
}

// hourForm returns the form of an hour of digits digits, the first of them
// lead, with or without AM or PM after it (twelve).
func hourForm(twelve bool, digits int, lead byte) layout.Form {
	switch {
	case twelve && digits == 2 && lead == '0':
		return layout.Hour12Pad
	case twelve:
		return layout.Hour12
	case digits == 2:
		return layout.Hour24Pad
	}
	return layout.Hour24
}

// ampm reads am, pm, AM, PM, a.m. or p.m. at i, and a. m. or p. m. with a
// space after the first point (see spacedAMPM), or Greek's π.μ. and μ.μ.,
// or Hungarian's de. and du. (before and after noon).
func ampmAt(s string, i int) (Field, bool) {
	if i+2 > len(s) {
		return Field{}, false
	}
	if s[i] >= 0xCE {
		return greekAMPMAt(s, i)
	}
	if s[i] == 'd' {
		return hungarianAMPMAt(s, i)
	}
	a := s[i] | 0x20
	if a != 'a' && a != 'p' {
		return Field{}, false
	}
	f := Field{Start: i}
	f.Kind = layout.AMPM
	if a == 'p' {
		f.Value = 1
	}
	upper := s[i] <= 'Z'
	switch {
	case s[i+1]|0x20 == 'm' && wordEnds(s, i+2):
		if s[i] == 'a' && dottedDayAfter(s, i+2) {
			// German's "am" (on the) before a day with its point: "9
			// auf 10 am 5. November 2020" is no 10 a.m.
			return Field{}, false
		}
		f.End = i + 2
		f.Form = layout.AMPMLower
		if upper {
			f.Form = layout.AMPMUpper
		}
	case i+3 <= len(s) && s[i+1] == '.' && s[i+2]|0x20 == 'm' && (i+3 == len(s) || s[i+3] == '.' || wordEnds(s, i+3)):
		// a.m., and a.m without its last dot (1 a.m 20.07.2021).
		f.End = i + 3
		if i+3 < len(s) && s[i+3] == '.' {
			f.End++
		}
		f.Form = layout.AMPMLowerDots
		if upper {
			f.Form = layout.AMPMUpperDots
		}
	case spacedAMPM(s, i):
		f.End = i + len("p. m.")
		f.Form = layout.AMPMLowerSpaced
		if upper {
			f.Form = layout.AMPMUpperSpaced
		}
	default:
		return Field{}, false
	}
	return f, true
}

// spacedAMPM reports whether s[i:] starts with a. m. or p. m. (or A. M.,
// P. M.), a space after the first point, as the Spanish Academy spells
// them and Colombian and Mexican sites print a story's time: "5 de
// diciembre de 2023 - 02:30 p. m." was read at 2:30 am, its p. m. left
// out with nothing said (seen probing the 229th held-out round's focus).
func spacedAMPM(s string, i int) bool {
	return i+5 <= len(s) && s[i+1] == '.' && s[i+2] == ' ' && s[i+3]|0x20 == 'm' && s[i+4] == '.' &&
		(s[i] <= 'Z') == (s[i+3] <= 'Z') && (i+5 == len(s) || !script.IsWordRune(rune(s[i+5])))
}

// dottedDayAfter reports whether a space and a day of the month with
// its point, as German writes one, follow s[i:]: "am 5. November", "am
// 5.11.2020".
func dottedDayAfter(s string, i int) bool {
	if i >= len(s) || s[i] != ' ' {
		return false
	}
	v, e, digits := number(s, i+1)
	return digits >= 1 && digits <= 2 && v >= 1 && v <= 31 && e+1 < len(s) && s[e] == '.' && (s[e+1] == ' ' || isDigit(s, e+1))
}

// unknownZoneAt reports whether s[i:] starts with what can only be a
// zone's abbreviation the table of zones does not know: three to five
// capital letters, the last a T (HKT, SGT, JST, KST, PHT, AEST), a word
// of its own. A time before it is in that zone, which the reader cannot
// tell; a known zone has been read before this is asked.
func unknownZoneAt(s string, i int) bool {
	e := i
	for e < len(s) && s[e] >= 'A' && s[e] <= 'Z' {
		e++
	}
	return e-i >= 3 && e-i <= 5 && s[e-1] == 'T' && wordEnds(s, e)
}

// zone reads a zone after a time: an abbreviation in capitals (EDT, IST),
// or an offset (-04:00, +0300).
func zoneAt(s string, i int) (Field, bool) {
	if i >= len(s) {
		return Field{}, false
	}
	if c := s[i]; c == '+' || c == '-' {
		h, e, hd := number(s, i+1)
		if hd == 4 && wordEnds(s, e) {
			off := (h/100*3600 + h%100*60)
			if c == '-' {
				off = -off
			}
			f := Field{Value: off, Start: i, End: e}
			f.Kind, f.Form = layout.Zone, layout.ZoneOffsetShort
			return f, h/100 <= 14 && h%100 < 60
		}
		if hd == 2 && e+3 <= len(s) && s[e] == ':' {
			m, e2, md := number(s, e+1)
			if md == 2 && h <= 14 && m < 60 && wordEnds(s, e2) {
				off := h*3600 + m*60
				if c == '-' {
					off = -off
				}
				f := Field{Value: off, Start: i, End: e2}
				f.Kind, f.Form = layout.Zone, layout.ZoneOffset
				return f, true
			}
		}
		return Field{}, false
	}
	e := latinWord(s, i)
	if e == i || !capitals(s, i, e) && e-i > 1 {
		return Field{}, false
	}
	w, ok := lookupLatin(s, i, e)
	if !ok || w.kind != wZone {
		return Field{}, false
	}
	f := Field{Value: zones[w.value].offset, Start: i, End: e}
	f.Kind, f.Form = layout.Zone, layout.ZoneName
	if s[i:e] == "Z" {
		// ISO 8601's Z is an offset of zero, not a zone's name: a
		// layout of "2024-03-02T09:00:00Z" wrote New York's time as
		// "…18:30:00EST" (found by an adversarial review), where
		// Z07:00 writes -05:00, and Z at UTC.
		f.Form = layout.ZoneISO
	}
	if slices.Contains(dayFirstZones[:], zones[w.value].name) {
		f.Flags |= ZoneDayFirst
	}
	return f, true
}

// capitals reports whether the word s[i:e] has two letters or more, all
// capitals, in Latin or another script: EDT, and Moscow time's МСК, which
// caseOf, counting ASCII letters only, takes for no case at all.
func capitals(s string, i, e int) bool {
	n := 0
	for _, r := range s[i:e] {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// greekAMPMAt reads Greek's π.μ. (πριν το μεσημέρι, am) or μ.μ. (μετά το
// μεσημέρι, pm) at i, the last dot optional as a.m.'s is.
func greekAMPMAt(s string, i int) (Field, bool) {
	const pi, mu = "π", "μ"
	f := Field{Start: i}
	f.Kind, f.Form = layout.AMPM, layout.AMPMGreek
	switch {
	case strings.HasPrefix(s[i:], pi+"."+mu):
		// π.μ.: am, Value 0
	case strings.HasPrefix(s[i:], mu+"."+mu):
		f.Value = 1
	default:
		return Field{}, false
	}
	e := i + len(pi+"."+mu)
	if e < len(s) && s[e] == '.' {
		e++
	} else if !wordEnds(s, e) {
		return Field{}, false
	}
	f.End = e
	return f, true
}

// hungarianAMPMAt reads Hungarian's de. (délelőtt, am) or du. (délután,
// pm) at i, with its dot, as a post's stamp writes it after a twelve-hour
// time: "2015 április 5 1:18 du." (Kanadai Magyar Hírlap, the 116th
// held-out round) was 01:18. Without the dot the letters are Romance's
// "de" and French's "du" (of), which may follow an hour ("a las 10 de la
// noche"), so the dot, then a space or the text's end, is required.
func hungarianAMPMAt(s string, i int) (Field, bool) {
	if i+3 > len(s) || s[i+2] != '.' || (i+3 < len(s) && s[i+3] != ' ') {
		return Field{}, false
	}
	f := Field{Start: i, End: i + 3}
	f.Kind, f.Form = layout.AMPM, layout.AMPMHungarian
	switch s[i+1] {
	case 'e':
		// de.: am, Value 0
	case 'u':
		f.Value = 1
	default:
		return Field{}, false
	}
	return f, true
}

// clockDigits reads at s[i] a time of day written in four digits with no
// separator, 1200 for 12:00, as Nordic pages write it after their word
// for o'clock (see clockWordBefore): "20. november 2017 kl 1200". Only
// after a date and that word: four digits elsewhere are a year.
func (p *parser) clockDigits(i int) (int, bool) {
	s := p.s
	v, e, digits := number(s, i)
	if digits != 4 || !p.dated() || p.has(layout.Hour) || !wordEnds(s, e) || !clockWordBefore(s, i) {
		return i, false
	}
	h, mi := v/100, v%100
	if h > 23 || mi > 59 {
		return i, false
	}
	hour := Field{Value: h, Start: i, End: i + 2}
	hour.Kind, hour.Form = layout.Hour, layout.Hour24Pad
	minute := Field{Value: mi, Start: i + 2, End: e}
	minute.Kind, minute.Form = layout.Minute, layout.Padded
	p.add(hour)
	p.add(minute)
	return p.last, true
}

// clockWordBefore reports whether the word before the spaces before s[i]
// is a word for o'clock that takes such a time: Swedish's, Danish's and
// Norwegian's "kl" (with its point or not), Swedish's "klockan",
// Finnish's "klo" and "kello", Estonian's "kell", Latvian's "plkst" and
// "pulksten".
func clockWordBefore(s string, i int) bool {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j == i {
		return false
	}
	if j > 0 && s[j-1] == '.' {
		j--
	}
	k := j
	for k > 0 && (s[k-1]|0x20 >= 'a' && s[k-1]|0x20 <= 'z') {
		k--
	}
	if k > 0 && script.IsWordRune(lastRuneOf(s, k)) {
		return false
	}
	switch strings.ToLower(s[k:j]) {
	case "kl", "klockan", "klo", "kello", "kell", "plkst", "pulksten":
		return true
	}
	return false
}

// verseBefore reports whether the number pair at s[i:e], which a clock's
// hour and minute would be, is a chapter and verse of the Bible: after
// the name of a book ("Read Genesis 22:19, March 2, 2024" was read at
// 10:19 pm, which with a city moved the Hebrew date to the next day;
// found trying the command as an adversary), or after the first verse
// of a range ("Malachi 1:1–2:17"). A book's name that is a common word
// or name too (Kings, Mark, John, Numbers) still lets a clock with its
// am or pm after it be read: "Lakers vs Kings 7:30 pm, March 2".
func verseBefore(s string, i, e int) bool {
	if verseRangeBefore(s, i) {
		return true
	}
	b := i
	for b > 0 && s[b-1] == ' ' {
		b--
	}
	if b == i || b == 0 {
		return false
	}
	dot := s[b-1] == '.'
	if dot {
		b--
	}
	a := b
	for a > 0 && script.IsLatinLetter(rune(s[a-1])) {
		a--
	}
	if a == b || a > 0 && s[a-1] >= 0x80 {
		return false
	}
	book, ok := bibleBooks[strings.ToLower(s[a:b])]
	if !ok || book == bookDotted && !dot {
		return false
	}
	if book == bookCommon {
		if _, am := ampmAt(s, skipSpace(s, e)); am {
			return false
		}
	}
	return true
}

// verseRangeBefore reports whether a chapter and verse and a dash, "1:1–"
// or "25:19 – ", end right before s[i]: the end of a range of verses,
// "1:1–2:17", is no clock either.
func verseRangeBefore(s string, i int) bool {
	b := i
	for b > 0 && s[b-1] == ' ' {
		b--
	}
	switch {
	case b >= 1 && s[b-1] == '-':
		b--
	case b >= len("–") && s[b-len("–"):b] == "–":
		b -= len("–")
	default:
		return false
	}
	for b > 0 && s[b-1] == ' ' {
		b--
	}
	a := b
	for a > 0 && isDigit(s, a-1) {
		a--
	}
	if a == b || a < 2 || s[a-1] != ':' || !isDigit(s, a-2) {
		return false
	}
	c := a - 1
	for c > 0 && isDigit(s, c-1) {
		c--
	}
	return verseBefore(s, c, b) || b-a == 1
}

// How a book of the Bible's name before a chapter and verse is told
// from other words (see verseBefore).
const (
	bookName   = iota // a name no other word is: Genesis, Deuteronomy, Gen
	bookCommon        // a name that is a common word or name too: Kings, John
	bookDotted        // an abbreviation that is a book's only with its dot: Num., Dan.
)

// bibleBooks are the English names of the books of the Bible, lower case,
// and their common abbreviations, as a chapter and verse follows them.
var bibleBooks = map[string]int{
	"genesis": bookName, "exodus": bookName, "leviticus": bookName, "numbers": bookCommon, "deuteronomy": bookName,
	"joshua": bookCommon, "judges": bookCommon, "ruth": bookCommon, "samuel": bookCommon, "kings": bookCommon,
	"chronicles": bookCommon, "ezra": bookCommon, "nehemiah": bookName, "esther": bookCommon, "job": bookCommon,
	"psalm": bookName, "psalms": bookName, "proverbs": bookName, "ecclesiastes": bookName, "songs": bookCommon,
	"isaiah": bookName, "jeremiah": bookName, "lamentations": bookName, "ezekiel": bookName, "daniel": bookCommon,
	"hosea": bookName, "joel": bookCommon, "amos": bookCommon, "obadiah": bookName, "jonah": bookCommon,
	"micah": bookCommon, "nahum": bookName, "habakkuk": bookName, "zephaniah": bookName, "haggai": bookName,
	"zechariah": bookName, "malachi": bookName, "matthew": bookCommon, "mark": bookCommon, "luke": bookCommon,
	"john": bookCommon, "acts": bookCommon, "romans": bookCommon, "corinthians": bookName, "galatians": bookName,
	"ephesians": bookName, "philippians": bookName, "colossians": bookName, "thessalonians": bookName,
	"timothy": bookCommon, "titus": bookCommon, "philemon": bookName, "hebrews": bookCommon, "james": bookCommon,
	"peter": bookCommon, "jude": bookCommon, "revelation": bookCommon,
	"gen": bookName, "exod": bookName, "lev": bookDotted, "deut": bookName, "judg": bookName, "kgs": bookName,
	"chron": bookName, "neh": bookName, "esth": bookName, "ps": bookDotted, "psa": bookName, "prov": bookName,
	"eccl": bookName, "eccles": bookName, "isa": bookDotted, "jer": bookName, "lam": bookDotted, "ezek": bookName,
	"obad": bookName, "zeph": bookName, "zech": bookName, "matt": bookName, "thess": bookName,
	"ex": bookDotted, "num": bookDotted, "dt": bookDotted, "josh": bookDotted, "sam": bookDotted, "dan": bookDotted,
	"hos": bookDotted, "mic": bookDotted, "hab": bookDotted, "hag": bookDotted, "mal": bookDotted, "mt": bookDotted,
	"mk": bookDotted, "lk": bookDotted, "jn": bookDotted, "rom": bookDotted, "cor": bookDotted, "gal": bookDotted,
	"eph": bookDotted, "phil": bookDotted, "col": bookDotted, "tim": bookDotted, "heb": bookDotted, "jas": bookDotted,
	"pet": bookDotted, "rev": bookDotted, "nah": bookDotted, "tit": bookDotted,
}

// otherDigitAt reports whether a digit of a script other than ASCII's
// (Arabic-Indic, Persian, fullwidth) starts at s[k].
func otherDigitAt(s string, k int) bool {
	if k >= len(s) || s[k] < 0x80 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[k:])
	return unicode.IsDigit(r)
}

// ImpossibleClockAt reports whether s[i:] starts with a time of day that
// no clock shows, with a part of the day after it: an hour above 12, or
// minutes above 59, before am, pm, a.m., p.m., π.μ., μ.μ., de. or du.,
// or an hour above 23 or minutes above 59 before a part of the day in
// words after a space ("25:30 pm", "13 pm", "3:75 pm", "25 in the
// evening", "25 בערב"). It returns the end of the
// part of the day. The grammar reads no such time, so a match ends before it;
// Find reports it rather than leave it out with nothing said.
func ImpossibleClockAt(s string, i int) (end int, ok bool) {
	h, e, digits := number(s, i)
	if digits == 0 || digits > 2 {
		return 0, false
	}
	m := 0
	if e+2 < len(s) && (s[e] == ':' || s[e] == '.') {
		v, me, md := number(s, e+1)
		if md != 2 {
			return 0, false
		}
		m, e = v, me
	}
	if e < len(s) && script.IsDigit(s[e]) {
		return 0, false
	}
	k := e
	for k < len(s) && s[k] == ' ' {
		k++
	}
	if h <= 12 && m <= 59 {
		return 0, false
	}
	if f, found := ampmAt(s, k); found {
		return f.End, true
	}
	if pe, _, found := partPhraseAt(s, k); found && k > e && (h > 23 || m > 59) {
		// A part of the day in words, after an hour that no clock
		// shows: "25 in the evening", "25:30 abends". "20 abends" is
		// a 24-hour clock's hour, which the words do not contradict.
		return pe, true
	}
	return 0, false
}
