package parse

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
	"github.com/dualdate/dualdate/internal/words"
)

// All returns an iterator over the datelines and timestamps in text, in
// order and without overlap: every span that reads as a date of either
// calendar (a month with its day or year, or a numeric date), with the
// weekday, time of day and other calendar's date written beside it. Words
// that only start like a month or weekday name (Marchers, Mayor, Sunburn)
// are not read as one, and a weekday or time alone is not a date. Nor,
// unless a year, an ordinal, a weekday, a time or a Hebrew date goes with
// it, is a numeric date without its year (12/25, as likely a fraction or a
// score) or a month in lower case that is also an English word (march 10
// blocks, may 2); nor, without a year or a weekday, a Hebrew day named by
// one letter whose name is an English word (Hey Sivan, Bet Av).
//
// A list of items is a list: at a separator such as "·", "•", ";" or "|",
// which may also part the two calendars of one dateline, the dateline ends
// where the other side is the next item, stating again what this one
// states or leading with a weekday of its own after a Gregorian date
// ("Shabbat Shekalim, March 9, 2024 · Erev Shabbos, 21 Adar I 5784" is two
// matches, "Saturday, March 2nd | 22 Adar I 5784" one).
//
// A dateline does not run on past a paragraph break (a blank line, or
// U+2029): "… 1:48 pm\n\nTuesday the council met" is a timestamp, then a
// sentence. A single line break may part a dateline's two calendars, as
// text taken from a page's masthead often does, or a date a text wraps;
// but where the next line is a date of its own, stating again what the
// dateline states, or both calendars, or after a month alone ("Adar
// 5784\nSeptember 28, 2022"), it is the next item of a list of one a line.
//
// Each Result's Start and End give its span in text. The scan reads text
// once, trying a dateline at each word that could start one and not inside
// one found before, so it takes time linear in the length of text. Like
// Parse, it reads a dateline of at most MaxInput bytes: what it reads at a
// word depends on no more than the MaxInput bytes from there on, the
// character before it and, for a date whose month is named by a word
// English has not and that names no year, whether its sentence names one
// at its start (see SentenceYear), a Hebrew year after it within those
// bytes (see HebrewYearAfter), or "this year", "last year" or "next
// year" within maxRelativeYearGap bytes of it (see RelativeYear).
func All(text string) iter.Seq[Result] { return AllFrom(text, 0) }

// AllFrom is All for the datelines that start at or after from: those All
// gives when no dateline it finds spans from (a dateline All finds that
// ends at or before from, or none, leaves the scan exactly there). The
// text before from is read only for the character before it, to know
// whether a word starts at from, and for the start of the sentence a
// date without its year is in (see All). It lets a caller read a long text in
// pieces and get what All gives on the whole: resume each piece at the
// end of the last dateline of the one before, or at a point no dateline
// found spans, with MaxInput bytes after the last start it keeps.
func AllFrom(text string, from int) iter.Seq[Result] {
	return func(yield func(Result) bool) {
		var sc scanner // on the stack: nothing it holds outlives the loop
		sc.init(text, from)
		for sc.next(false) {
			p := &sc.p
			if !yield(Result{Input: text, Start: p.start, End: p.last, Fields: p.result(nil)}) {
				return
			}
		}
	}
}

// acceptAll is the test All puts each reading to: a date, and one that
// free text can take (see All). A month cut short or without its dot
// (word.bare) takes a weekday of its own language: "lundi, 3/4 des" is
// French's "of the", not Norwegian's des. (December), and so is it after
// a weekday of no language, Shabbat transliterated (see
// parser.weekdayNamed); or, after its day,
// a place's dateline (see placeDated), where before its day it may be a
// word of prose: "Jones, out 2, 2022"; or a label's whole value (see
// labelDated).
func acceptAll(p *parser) bool {
	return p.dated() && !p.dayOfLaterDate() && !p.verbMonth() && (!p.spacedYear || p.spacedYearConfirmed()) && !p.streetNumberYear() && !p.hourAfterRangeDash() && !p.dayInsideList() && !p.unreadYear && !p.listCut && (!p.between || p.hasRangeEnd()) && (!p.weak || p.confirmed() && !p.fractionAfter()) && (!p.bare || p.weekdayNamed() && p.namesAgree() || p.has(layout.Hour) || p.has(layout.HebrewMonth) || p.placeDated() && p.buf[0].Kind == layout.Day || p.labelDated()) && (!p.bareDay || p.namesAgreeNamed() || p.digitsDated()) && (!p.shortDay || !p.englishCaseMonth()) && (!p.weakDay || p.has(layout.Day) && p.namesAgree() || p.portugueseHebrewDay()) && (!p.weakHebrew || p.has(layout.HebrewYear) || p.has(layout.Weekday) || p.has(layout.Month)) && !p.prepositionAv() && !p.carmakerNissan()
}

// carmakerNissan reports whether the reading's Hebrew month is the Latin
// word Nissan, which is also the carmaker's name, written as the brand is
// in prose: with no year, weekday or Gregorian date beside it, and either
// no day ("Nissan 2024 sales", "my Nissan 300 miles", where the number was
// read as a Hebrew year), or a day in digits joined to it by a space alone
// with a number, a capitalised word (a model's name), a hyphened word or
// a noun of carWords right after ("4 Nissan models", "12 Nissan-sized
// cars", "3 Nissan Micra", "Nissan 3 Series", "Nissan 14 dealerships").
// Such text was read as the month Nisan: 4 Nisan 5784 with only the info
// that the year was inferred, or "Nisan 2024", the whole month, with an
// error that 2024 is a Gregorian year and exit 1 (found by the
// forty-ninth adversarial review in car news). A date of Nisan spelt so
// keeps what says it is one: a Hebrew year ("14 Nissan 5784", "Nissan
// 5784"), a civil year after it ("13 Nissan 1866"), a weekday, a Gregorian
// date or an occasion beside it, a day joined by a word or ordinal ("the
// 2nd of Nissan", "27 de Nissan", "Der 15. Nissan") or in letters, or
// nothing but punctuation or the end after it ("on 15 Nissan.", "15
// Nissan, when"), or a word of prose after it ("15 Nissan the Jews
// left"); Nisan, Nisson and ניסן are read as before.
func (p *parser) carmakerNissan() bool {
	fs := p.fields()
	month, day := -1, -1
	for i := range fs {
		switch fs[i].Kind {
		case layout.HebrewMonth:
			if foldEquals(p.s[fs[i].Start:fs[i].End], "nissan") {
				month = i
			}
		case layout.HebrewDay:
			day = i
		case layout.Weekday, layout.Month, layout.Holiday:
			return false
		}
	}
	if month < 0 {
		return false
	}
	for i := month + 1; i < len(fs); i++ {
		if k := fs[i].Kind; k == layout.HebrewYear && (day >= 0 || fs[i].Value >= 3000) || k == layout.Year && day >= 0 {
			return false // 14 Nissan 5784, Nissan 5784, 13 Nissan 1866
		}
	}
	if day < 0 {
		return true // Nissan 2024 sales, Nissan 300 miles
	}
	d, m := fs[day], fs[month]
	if !isDigit(p.s, d.Start) || d.Form == layout.Ordinal {
		return false // Yud-Aleph Nissan, the 2nd of Nissan
	}
	if a, b := min(d.End, m.End), max(d.Start, m.Start); strings.TrimSpace(p.s[a:b]) != "" {
		return false // 27 de Nissan, Der 15. Nissan
	}
	k := skipSpace(p.s, p.last)
	if k == p.last && k < len(p.s) && p.s[k] == '-' {
		k++ // Nissan-sized
	} else if k == p.last {
		return false // 15 Nissan, when
	}
	if k >= len(p.s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p.s[k:])
	if unicode.IsDigit(r) || unicode.IsUpper(r) || k > p.last && p.s[k-1] == '-' {
		return true // Nissan-sized, 3 Nissan Micra
	}
	w := latinWord(p.s, k)
	return isWordOf(p.s[k:w], carWords[:]) // 4 Nissan models; "15 Nissan the Jews left" is a date
}

// carWords are the nouns that car news writes after a count of the
// brand's ("4 Nissan models"), where a date of Nisan spelt Nissan has
// prose ("on 14 Nissan we burn the chametz").
var carWords = [...]string{"model", "models", "car", "cars", "vehicle", "vehicles", "truck", "trucks", "dealer", "dealers",
	"dealership", "dealerships", "plant", "plants", "factory", "factories", "engine", "engines", "sedan", "sedans",
	"owner", "owners", "driver", "drivers", "sales", "shares", "stock", "employees", "workers", "units", "recalls"}

// dayOfLaterDate reports whether the reading starts with a number in
// digits before a month's name that is itself followed by a day and a
// year: "Room 4 March 2, 2024", "Top 5 March 2, 2024 deals", "beat
// Boston 13-5 May 2, 2024", "Apollo 11 July 20 1969", "at 7 March 2,
// 2024". The month is the later day's, written month first with its
// year, and the number before it a room's, an item's, a score, a
// flight's or an hour; it was read as the day, March 4 of the
// reference's year, the text's 2024 dropped with only the info that the
// year was inferred, or, where the day's number was read as a year of
// two digits ("11 July 20"), nothing at all. Such a reading is not taken,
// and the scan goes on at the next word, where the month's own date is
// read. "4 March 2024" and "4 March, 12 people" are left as they were.
func (p *parser) dayOfLaterDate() bool {
	fs := p.fields()
	if len(fs) < 2 || fs[0].Kind != layout.Day || !isDigit(p.s, fs[0].Start) {
		return false
	}
	for i := 1; i < len(fs); i++ {
		switch fs[i].Kind {
		case layout.Day, layout.Literal:
		case layout.Month:
			return dayYearAfter(p.s, fs[i].End)
		default:
			return false
		}
	}
	return false
}

// dayYearAfter reports whether a day of the month in digits and a year of
// four follow s[e] after a space: " 2, 2024", " 2nd, 2024", " 20 1969".
func dayYearAfter(s string, e int) bool {
	d, ok := spacedDayAt(s, e)
	if !ok {
		return false
	}
	if o, _, ok := ordinal(s, d); ok {
		d = o
	}
	k := skipSpace(s, pastComma(s, d))
	if k == d {
		return false // "4 March 2,2024" is no day and year apart
	}
	_, y, digits := number(s, k)
	return digits == 4 && !partOfNumber(s, y) && (y == len(s) || !isDigit(s, y))
}

// spacedDayAt returns the end of a day of the month, one or two digits
// from 1 to 31, after one space or more at s[e], as a month's name has it
// after it ("March 4"; see dayYearAfter and monthOwnDayAfter).
func spacedDayAt(s string, e int) (end int, ok bool) {
	k := skipSpace(s, e)
	v, d, digits := number(s, k)
	return d, k > e && digits > 0 && digits <= 2 && v >= 1 && v <= 31
}

// verbMonth reports whether the reading is a number before English's
// "may" or "march" in lower case, with no year or Hebrew date to say that
// the word is a month: "Children under 12 may enter free", "16 may
// attend", "Only 5 march today", "Some 20 march on Sunday". In English
// prose the words are verbs there; each was read as a date of the
// reference's year (and the last, by its weekday, as March 20, 2022),
// with only the info that the year was inferred. "12 May", capitalised
// as a month is, "12 may 2024", with its year, other languages'
// lower-case months ("12 mai"), and a place's dateline, where a wire
// service cuts Spanish's mayo short ("Montevideo, 6 may (EFE).-", see
// placeDated), are read as before.
func (p *parser) verbMonth() bool {
	if p.has(layout.Year) || p.has(layout.HebrewYear) || p.has(layout.HebrewMonth) || p.placeDated() {
		return false
	}
	fs := p.fields()
	if len(fs) == 0 || fs[0].Kind != layout.Day || !isDigit(p.s, fs[0].Start) {
		return false
	}
	for i := range fs {
		if fs[i].Kind == layout.Month {
			w := p.s[fs[i].Start:fs[i].End]
			return w == "may" || w == "march"
		}
	}
	return false
}

// spacedYearConfirmed reports whether a dateline whose year is two digits
// after its month with only a space between (see parser.spacedYear) has
// what says that they are its year: no street's word before it (see
// streetBefore), and, where the digits end the text or come before
// punctuation or a number (spacedLoose), a weekday, which package
// dateline checks against them, a time of day, or a Hebrew date. "Rua
// Sete de Setembro 15", "na ulicy Pierwszego Maja 12", "улица Первого мая
// 15" and "на улице 8 марта 10" are streets named for a day and a house's
// number on them, and were read as September 7, 2015, May 1, 2012, May 1,
// 2015 and March 8, 2010 (found trying the command as an adversary);
// "Saturday 2 March 24", "09:20, 10 мар 19", "[3 Jan 21]" and a line's
// "Posted 5 Oct 23" are datelines.
func (p *parser) spacedYearConfirmed() bool {
	if p.n > 0 && streetBefore(p.s, p.buf[0].Start) {
		return false
	}
	return !p.spacedLoose || p.has(layout.Weekday) || p.has(layout.Hour) || p.has(layout.HebrewMonth) || p.has(layout.HebrewYear)
}

// streetNumberYear reports whether the reading is a street named for a
// date and a house's number of four digits on it, read as the date in
// the year of the number: after a word of streetWords (see streetBefore),
// a day and a month, then four digits with only spaces or a comma
// between. "Rua 25 de Março, 1200", "Av. 9 de Julio 1234" and "Calle 9 de
// Julio 1834" were March 25, 1200, July 9, 1234 and July 9, 1834 (the
// last with nothing said). A year joined by a word ("Rua 7 de Setembro
// de 1822", the day the street is named for) is still read, and so is
// one after the English and Polish words that are street words only with
// a capital ("take place 25 March 2019", "et al. 25 March 2019"), and one
// that a weekday, a time or a Hebrew date confirms, as they confirm a
// year of two digits (see spacedYearConfirmed): "na Zvonárskej ulici 15.
// mája 2012 o 17:00", a street word after its name, then the date.
//
// The fields are looked at before the word before them, which takes
// streetWords' fifty words in turn: acceptAll asks this of every reading,
// and that look, made first, was a tenth of Find's time on a page of
// Hebrew datelines, none of which has a street's year.
func (p *parser) streetNumberYear() bool {
	if p.has(layout.Weekday) || p.has(layout.Hour) || p.has(layout.HebrewMonth) || p.has(layout.HebrewYear) || !p.monthYearOfFour() {
		return false
	}
	start := p.buf[0].Start
	if !streetBefore(p.s, start) {
		return false
	}
	k := trimSpaceBefore(p.s, start)
	w := p.s[wordBefore(p.s, k):k]
	return !((w == "place" || w == "al.") && w == strings.ToLower(w))
}

// monthYearOfFour reports whether the first field read that is not
// literal text after a month is a year of four digits, with only spaces
// or a comma between them: "25 de Março, 1200", "9 de Julio 1234" (see
// streetNumberYear).
func (p *parser) monthYearOfFour() bool {
	fs := p.fields()
	prev := -1
	for i, f := range fs {
		if f.Kind == layout.Literal {
			continue
		}
		if f.Kind == layout.Year {
			if prev < 0 || fs[prev].Kind != layout.Month || f.End-f.Start != 4 {
				return false
			}
			gap := strings.TrimSpace(p.s[fs[prev].End:f.Start])
			return gap == "" || gap == ","
		}
		prev = i
	}
	return false
}

// streetWords are words for a street, an avenue or a square, and their
// abbreviations, that come before a street's name, as a name that is a
// date follows them: Rua Sete de Setembro, ulica 3 Maja, улица 8 Марта,
// Via Venti Settembre, Náměstí Osmého března.
var streetWords = [...]string{
	"rua", "avenida", "av.", "avda.", "calle", "plaza", "paseo", "praça", "largo", "travessa", "alameda",
	"via", "viale", "piazza", "corso", "rue", "avenue", "boulevard", "place",
	"ulica", "ulicy", "ul.", "aleja", "alei", "al.", "plac", "placu", "pl.",
	"ulice", "ulici", "náměstí", "nám.", "třída", "námestie",
	"улица", "улице", "улицы", "ул.", "проспект", "проспекте", "пр.", "площадь", "площади", "пл.",
	"straße", "strasse", "str.", "platz", "street", "st.",
}

// streetBefore reports whether a word of streetWords, in any case, stands
// right before s[start], with spaces between them.
func streetBefore(s string, start int) bool {
	k := trimSpaceBefore(s, start)
	if k == start {
		return false
	}
	w := s[wordBefore(s, k):k]
	if w == "" {
		return false
	}
	for _, sw := range streetWords {
		if !asciiFoldDiffers(w[0], sw[0]) && strings.EqualFold(w, sw) {
			return true
		}
	}
	return false
}

// prepositionAv reports whether the reading is the month Av written in
// lower case before a number, a day or a year below the Hebrew years of
// the calendar's pages, and nothing more: Norwegian's and Swedish's "av"
// (of) before a count, "i overkant av 2100 jøder" (a little over 2100
// Jews; Aftenposten, the 291st held-out round), "en grupp av 1500
// personer", "ein av 12 dagar", which were read as Av of the year 2100
// with an error, or as 12 Av, beside a dateline read right. A page that
// names the month writes it with a capital, or with its Hebrew year ("av
// 5784", still read), or after its day ("9 av 5784").
func (p *parser) prepositionAv() bool {
	month, count := false, false
	for _, f := range p.fields() {
		switch {
		case f.Kind == layout.Literal:
		case !month:
			if f.Kind != layout.HebrewMonth || p.s[f.Start:f.End] != "av" {
				return false
			}
			month = true
		case f.Kind == layout.HebrewDay && !count, f.Kind == layout.HebrewYear && f.Value < 5000 && !count:
			count = true
		default:
			return false
		}
	}
	return count
}

// hourAfterRangeDash reports whether the dateline opens with an hour
// right after a dash or a word of rangeWords that follows a digit: the
// end of a range of hours whose start was not read, "7-9 pm Thursday,
// Feb. 20, 2014" and "from 7 to 9 pm Thursday, ..." (made-up variants of
// the two-hundred-and-fourteenth held-out round's calendar rows), read at
// 9 pm, the range's end, with nothing said. The scan goes on to the date
// after it, read without the time.
func (p *parser) hourAfterRangeDash() bool {
	if p.n == 0 || p.buf[0].Kind != layout.Hour {
		return false
	}
	k := trimSpaceBefore(p.s, p.buf[0].Start)
	if k == 0 {
		return false
	}
	if script.IsDash(lastRuneOf(p.s, k)) {
		_, n := lastRune(p.s, k)
		k -= n
	} else {
		w := asciiLettersBefore(p.s, k)
		if w == k || !rangeWords[strings.ToLower(p.s[w:k])] {
			return false
		}
		k = w
	}
	k = trimSpaceBefore(p.s, k)
	return k > 0 && p.s[k-1] >= '0' && p.s[k-1] <= '9'
}

// dayInsideList reports whether the dateline opens with a day in digits
// that the text joins to days before it that were not read: after an
// unspaced dash that follows a digit, the end of a range ("1-3, 8 and
// 10 March 2024", "4, 11-13 and 18 March", "1.-3., 8. und 10. März"),
// or after a list word ("and", "und", "y", "et", Hebrew's prefixed ו)
// or two commas, each with a space after it, that join numbers, a list
// whose first days are not ("18, 11 and 4 March 2024", backward; "4, 11
// and 18-20 March 2024", a list that ends in a range), or a list with a
// range in it. Such a list was read from
// the range's end, "1-3 y 8 de marzo" as March 3 and 8, the 1st lost
// and March 3 given as the dateline's day, or as its last days ("18-20
// March 2024"), the others lost with nothing said; the reader reads no
// list with a range in it, nor one that goes backward, and free text
// now takes none of its parts. One number and a comma before a day are
// no list ("Vol. 3, 4 March 2024"), nor a score before one ("won 3-1,
// 4 March 2024"), nor a decimal ("1,5 und 18.3.2024"), nor a spaced
// dash ("Dia 2 – 20/6/11", a day of an event and its date).
func (p *parser) dayInsideList() bool {
	fs := p.fields()
	i := 0
	for i < len(fs) && fs[i].Kind == layout.Literal {
		i++
	}
	if i == len(fs) || fs[i].Kind != layout.Day || !isDigit(p.s, fs[i].Start) {
		return false
	}
	s, k := p.s, fs[i].Start
	joined := false // a word, not a comma, joins the day to the list
	prefixed := false
	for _, and := range [...]string{"ו-", "ו"} {
		if strings.HasSuffix(s[:k], and) {
			k, joined, prefixed = k-len(and), true, true // ו-8: the day's prefix
			break
		}
	}
	numbers, commas := 0, 0
	list := func() bool { return numbers > 0 && (joined || commas > 1) }
	days := false // the reading is itself a list or range of days
	for j := range fs {
		days = days || fs[j].Kind == layout.Day && fs[j].Flags&RangeEnd != 0
	}
	for {
		b := trimSpaceBefore(s, k)
		counted := true
		if !prefixed {
			if b == k && b > 0 && script.IsDash(lastRuneOf(s, b)) {
				// Unspaced: "Dia 2 – 20/6/11" is a day of an event and
				// its date.
				_, n := lastRune(s, b)
				b -= n
				if _, ok := dayBefore(s, b); !ok {
					return list() // 31.08.2023-01.09.2022: a year
				}
				switch {
				case numbers == 0 && days:
					return true // the day ends a range: 1-3, 8 and 10
				case numbers == 0 && monthOwnDayAfter(s, fs[i].End):
					// "won 3-1 March 4": the end of a score, whose
					// month is the next day's (see monthOwnDayAfter);
					// it was read as March 1.
					return true
				case numbers > 0:
					// A range in the list before the day, where the
					// day is the list's: "won 3-1, 4 March 2024" is a
					// score.
					return joined || days
				}
				// The end of a range, its start the list's last day or
				// not ("4, 11 and 18-20 March"; "20-19. 9. 2021", a
				// range that runs back, is its end's date).
				counted = false
			} else {
				switch {
				case b > 0 && b < k && s[b-1] == ',': // a comma and a space: "1,5" is a number
					b--
					commas++
				case b < k:
					w := asciiLettersBefore(s, b)
					if w == b || !isWordOf(s[w:b], listWords[:]) {
						return list()
					}
					b, joined = w, true
				default:
					return list()
				}
			}
		}
		prefixed = false
		a, ok := dayBefore(s, b)
		if !ok {
			return list()
		}
		if counted {
			numbers++
		}
		k = a
	}
}

// dayBefore returns where a day's number starts that ends at s[b] after
// any spaces, one or two digits with its dot or not, and reports whether
// there is one that is no part of a longer number, a date, a time or a
// decimal (2.6, 3/4, 3:16, 1,5).
func dayBefore(s string, b int) (start int, ok bool) {
	e := trimSpaceBefore(s, b)
	if e > 0 && s[e-1] == '.' {
		e--
	}
	a := e
	for a > 0 && isDigit(s, a-1) {
		a--
	}
	return a, e-a > 0 && e-a <= 2 && (a == 0 || s[a-1] != '.' && s[a-1] != '/' && s[a-1] != ':' && s[a-1] != ',')
}

// afterCutList returns the index after the rest of a list of days that
// goes on at s[k] past what a dateline keeps (see listCut): its days in
// digits with their dots, the commas and listWords between them, the
// month's name after them and a year of four digits after that, so that
// the scan reads no part of it.
func (p *parser) afterCutList(k int) int {
	s := p.s
	for k < len(s) {
		j := skipSpace(s, k)
		switch {
		case isDigit(s, j):
			_, e, _ := number(s, j)
			k = e
		case j < len(s) && (s[j] == ',' || s[j] == '.'):
			k = j + 1
		default:
			e := latinWord(s, j)
			if e > j && isWordOf(s[j:e], listWords[:]) {
				k = e
				continue
			}
			w, we, ok := p.wordAt(j)
			if ok && w.kind == wJoin {
				w, we, ok = p.wordAt(skipSpace(s, we)) // 22 de marzo
			}
			if ok && w.kind == wMonth {
				k = we
				y := skipSpace(s, we)
				if jw, je, jok := p.wordAt(y); jok && jw.kind == wJoin {
					y = skipSpace(s, je) // marzo de 2024
				}
				if fourDigitYearAt(s, y) {
					_, k, _ = number(s, y)
				}
			}
			return k
		}
	}
	return k
}

// listWords are the words that join the last day of a list to the one
// before, in the languages whose lists of days dayList reads, lower case
// (isWordOf folds the text's).
var listWords = [...]string{"and", "und", "y", "et", "e", "i", "en", "och", "og", "a"}

// A scanner tries a dateline at each place in its text that could start
// one, in order (see next). Its parser is read by the caller after each
// reading next takes, and is a value of the scanner's, so that a scan
// whose scanner stays on the stack allocates nothing for it.
type scanner struct {
	p    parser
	text string
	i    int
	// brk is a paragraph break at or after i, or -1; no break lies in
	// text[i:searched] but brk.
	brk, searched int
	// sep is the first U+2029 that starts at or after the place the last
	// search for one started, len(text) if none does, or -1 before the
	// first search: it is searched for again only once the scan passes
	// it, not at each break.
	sep int
}

// init starts a scan of text at from (see AllFrom).
func (sc *scanner) init(text string, from int) {
	i := max(0, min(from, len(text)))
	for i < len(text) && i > 0 && !utf8.RuneStart(text[i]) {
		i++
	}
	sc.text, sc.i, sc.brk, sc.searched, sc.sep = text, i, -1, 0, -1
}

// next reads the next dateline that free text takes (acceptAll), or, for
// Layout, any reading but a zone's offset (acceptLayout), and reports
// whether there is one; sc.p holds its reading. The next try starts after
// it, or, where a try is not taken, after the word that started it. The
// test is called directly, not through a function value, whose call
// would move the parser to the heap.
func (sc *scanner) next(layout bool) bool {
	for i := sc.i; ; {
		i = crossProse(sc.text, i)
		if i >= len(sc.text) {
			sc.i = i
			return false
		}
		var found bool
		if i, found = sc.try(i, layout); found {
			return true
		}
	}
}

// try reads a dateline at sc.text[i], a place where one may start, as next
// does, and reports whether it found one, or else returns the place to go
// on from.
func (sc *scanner) try(i int, layout bool) (int, bool) {
	text, p := sc.text, &sc.p
	// The parser sees MaxInput bytes from the start it tries, so that
	// a reading never depends on text further on (see AllFrom), and
	// not past a paragraph break: a dateline does not run on into the
	// next paragraph ("… 1:48 pm\n\nTuesday …" is a timestamp and
	// the start of a sentence).
	end := min(len(text), i+MaxInput)
	if sc.brk >= 0 && sc.brk < i {
		sc.brk = -1
	}
	if sc.brk < 0 && sc.searched < end {
		from := max(i, sc.searched)
		if sc.sep < from {
			sc.sep = len(text)
			if k := strings.Index(text[from:], "\u2029"); k >= 0 {
				sc.sep = from + k
			}
		}
		if k := paragraphBreak(text, from, end, sc.sep); k < end {
			sc.brk, sc.searched = k, k+1
		} else {
			sc.searched = end
		}
	}
	limit := end
	if sc.brk >= 0 && sc.brk < end {
		limit = sc.brk
	}
	t := text[:limit]
	if i > 0 && (t[i-1] >= 0x80 || t[i-1] == '"' || t[i-1] == '\'') && gluedByInvisible(t, i) {
		return skipToken(text, i), false
	}
	if script.Class[t[i]]&script.ClassLetter != 0 {
		// Most words of prose: turned away with one reading.
		if may, next := latinStart(t, i); !may {
			return next, false
		}
	} else if t[i] == 0xD7 {
		// A word of Hebrew prose: turned away with one reading, too.
		if may, next := hebrewStart(t, i); !may {
			return next, false
		}
	} else if !mayStartPhrase(t, i) {
		return skipToken(text, i), false
	}
	p.init(t)
	if k := p.titleShabbat(i); k > i {
		return k, false
	}
	p.list = true
	p.run(i, false)
	p.endBroken()
	if layout && !acceptLayout(p) || !layout && (!acceptAll(p) || p.last < len(t) && (t[p.last] >= 0x80 || t[p.last] == '"' || t[p.last] == '\'') && invisibleGlueAfter(t, p.last) || otherDigitsBeside(t, i, p.last)) {
		if k := gluedDateAt(t, i); k > i {
			return sc.try(k, layout) // ceremonija2009.06.29: the date after the word
		}
		if !layout && p.dayOfLaterDate() {
			// "Apollo 11 July 20 1969": not its spaced year's skip
			// past the reading below, which lost the date after it.
			return skipToken(text, i), false
		}
		if !layout && p.spacedYear && !p.spacedYearConfirmed() && p.last > i {
			// "2 March 24" with nothing to confirm its year: none of it
			// is read, not "March 24" from the next word on, which
			// would make a date of the day and the two digits.
			return p.last, false
		}
		if !layout && p.streetNumberYear() && p.last > i {
			// "Calle 9 de Julio 1834": not "Julio 1834", a month, from
			// the next word on either.
			return p.last, false
		}
		if !layout && p.listCut && p.cutAt > i {
			// A list of days longer than a dateline keeps (see
			// listCut): none of it, not "mars 2024", a month, after its
			// last day, which was read as one with an info.
			return p.afterCutList(p.cutAt), false
		}
		return skipToken(text, i), false
	}
	closeParens(p)
	p.markRelativeDay(i) // no passado dia 27 de janeiro
	p.finish()
	sc.i = p.last
	return sc.i, true
}

// gluedByInvisible reports whether s[i] follows a letter or digit with
// only characters that take no room between (see script.IsInvisible),
// and the quotes of a Hebrew numeral: it is inside a word as shown.
// "כ\u200f״ב אדר א׳ תשפ״ד", a right-to-left mark inside 22, was read from
// its ב as 2 Adar I, with nothing said (found trying the command as an
// adversary).
func gluedByInvisible(s string, i int) bool {
	k, n := i, 0
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:k])
		if script.IsInvisible(r) {
			n++
		} else if !numeralQuote(r) {
			break
		}
		k -= size
	}
	if n == 0 || k == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:k])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// invisibleGlueAfter reports whether the reading that ends at s[e] is followed by
// a letter or digit with only invisible characters and a numeral's quotes
// between: it ends inside a word as shown. "ט״ו בשבט תשפ\u200f״ד" was read
// to its תשפ, 5780, the mark taken for a space.
func invisibleGlueAfter(s string, e int) bool {
	k, n := e, 0
	for k < len(s) {
		r, size := utf8.DecodeRuneInString(s[k:])
		if script.IsInvisible(r) {
			n++
		} else if !numeralQuote(r) {
			return n > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r))
		}
		k += size
	}
	return false
}

// otherDigitsBeside reports whether the reading s[i:e] has digits of
// another script than ASCII's glued to it (Arabic-Indic ٠-٩, Persian ۰-۹,
// fullwidth ０-９), or after it beyond a comma or a space: the number it
// ends on, or a year after it, goes on in digits it does not read.
// "2024-03-1٢" was read as March 1, "9:4٥ pm" as 9:04 am, and "March 2,
// ２０２４" in the reference's year, each with nothing said (found trying
// the command as an adversary).
func otherDigitsBeside(s string, i, e int) bool {
	if r, _ := utf8.DecodeLastRuneInString(s[:i]); r >= 0x80 && unicode.IsDigit(r) {
		return true
	}
	for k := e; k < len(s) && k < e+3; {
		r, size := utf8.DecodeRuneInString(s[k:])
		switch {
		case r >= 0x80 && unicode.IsDigit(r):
			return true
		case r != ',' && r != ' ' && r != '\u00A0':
			return false
		}
		k += size
	}
	return false
}

// numeralQuote reports whether r is a quote a Hebrew numeral writes
// inside it: ״ ׳ " '.
func numeralQuote(r rune) bool {
	return r == '\u05F4' || r == '\u05F3' || r == '"' || r == '\''
}

// titlePrepositions are the words for "for" and "of" before a Shabbat that
// a title names ("Candle lighting times for Shabbat: March 1, 2024", "velas
// de Shabat: 27 de septiembre de 2024"), in lower case.
var titlePrepositions = [...]string{"for", "of", "de", "du", "des", "für", "voor", "van", "per", "di", "da", "do", "для"}

// titleShabbat returns the end of a Shabbat at i that a preposition
// before it makes the subject of a title rather than a dateline's weekday,
// or i: the date after it is of the Shabbat's eve as often as its day, and
// is read without it (issue 13: a title is not a weekday).
func (p *parser) titleShabbat(i int) int {
	s := p.s
	if s[i] == 0xD7 || script.Class[s[i]]&script.ClassLetter == 0 {
		return i
	}
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j == i {
		return i
	}
	k := j
	for k > 0 && script.Class[s[k-1]]&script.ClassLetter != 0 || k > 0 && s[k-1] >= 0x80 && script.IsWordRune(lastRuneOf(s, k)) {
		_, n := lastRune(s, k)
		k -= n
	}
	if k == j || j-k > 8 || !isWordOf(s[k:j], titlePrepositions[:]) {
		return i
	}
	// The word at i last, which the phrase at i reads again: most words
	// have no preposition of a title before them.
	w, e, ok := p.wordAt(i)
	if !ok || w.kind != wWeekday || w.value != 6 {
		return i
	}
	if w.form != layout.Yom && !colonAfter(s, e) {
		// A language's own name of Saturday after "of" is its date's
		// weekday, as the Romance languages name an evening: "la sera di
		// sabato 12 aprile", "le soir du samedi 12 avril", "à noite de
		// sábado, 12 de abril". Only Shabbat's Hebrew name (Shabbat,
		// Shabat, Chabbat) names a title's subject before its date, or
		// a weekday's before a colon ("Zeiten für Samstag: 1. März").
		// The weekday was dropped, its evening with it: the Hebrew date
		// the day's, not the evening's, and a wrong weekday unsaid.
		return i
	}
	return e
}

// colonAfter reports whether a colon follows s[e], after spaces.
func colonAfter(s string, e int) bool {
	for e < len(s) && s[e] == ' ' {
		e++
	}
	return e < len(s) && s[e] == ':'
}

// paragraphBreak returns the index of the first paragraph break in
// s[i:end] (a line break, then, after spaces, another one; or U+2029), or
// end if there is none. sep is the first U+2029 that starts at or after
// i, or len(s) if none does: the first in s[i:end] if it ends by end.
func paragraphBreak(s string, i, end, sep int) int {
	w := s[i:end]
	if sep+len("\u2029") <= end {
		end, w = sep, s[i:sep]
	}
	for k := 0; ; {
		j := strings.IndexByte(w[k:], '\n')
		if j < 0 {
			return end
		}
		k += j
		j = i + k + 1
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\v' || s[j] == '\f') {
			j++
		}
		if j < len(s) && s[j] == '\n' {
			return i + k
		}
		k++
	}
}

// confirmed reports whether a weak Gregorian date (12/25, march 10, 7
// grudnia) has what free text needs to count it as a date: a year (after
// a date of two numbers), an ordinal day, a weekday, a time of day or a Hebrew date beside it, or
// a word for yesterday, today or tomorrow before it (see dayDeixis), or
// Hebrew's "on the date" before its digits (see hebrewDateNounBefore), or
// Finnish's "the day is" before a day and month (see finnishDayIsBefore); or,
// for a month named by a word English has not, a year its sentence names
// at its start, or the year of a period's end after it (see
// periodEndYear).
func (p *parser) confirmed() bool {
	if p.slipped {
		// Not "the Tammuzi 3rd"; but a misspelt weekday before a day and
		// a month named right, "Wedensday, July 26, 8:45pm", is the
		// weekday's date: without it the date alone was read, in the year
		// nearest the reference and on another weekday, with nothing said
		// of the one the text names.
		return p.has(layout.Year) || p.has(layout.HebrewYear) || p.weekdaySlipOnly() && p.has(layout.Day) && p.namedMonth()
	}
	if d, ok := (&Result{Fields: p.fields()}).Get(layout.Day); ok && d.Form == layout.Ordinal {
		// The third of March. A day that is a number word of its
		// month's language (see numberDayAt) needs what a day in
		// digits needs: a street's name is one as often ("Rua Sete de
		// Setembro", "Plaza del Dos de Mayo", "Via Venti Settembre"),
		// and was read as a date of the reference's year.
		return true
	}
	named := p.namedMonth()
	if p.n > 0 && p.buf[0].Kind == layout.Day && !named && hebrewDateNounBefore(p.s, p.buf[0].Start) {
		return true // בתאריך 14.10: Hebrew's "on the date" (see hebrewDateNounBefore)
	}
	if p.n > 0 && p.buf[0].Kind == layout.Day && !named && !p.has(layout.Year) && finnishDayIsBefore(p.s, p.buf[0].Start) {
		return true // muistopäivä on 27.1.: Finnish's "the day is" (see finnishDayIsBefore)
	}
	if p.has(layout.Year) && (named || !p.yearBeforeMonth()) || p.has(layout.Weekday) || p.has(layout.Hour) || p.has(layout.HebrewMonth) ||
		p.has(layout.HebrewYear) || p.has(layout.Month) && p.has(layout.Holiday) {
		return true
	}
	if p.n > 0 && p.has(layout.Day) && named && (deixisBefore(p.s, p.buf[0].Start) || deixisBracket(p.s, p.buf[0].Start, p.last) ||
		p.placeDated() || headingDate(p.s, p.buf[0].Start, p.last) || creditBracket(p.s, p.buf[0].Start, p.last) ||
		dateLeadBefore(p.s, p.buf[0].Start, p.fullMonthLangs()) || relativeDayBefore(p.s, p.buf[0].Start) != 0 || p.fallsVerbAfter() || p.lightsVerbAfter() || p.hungarianCasedDay()) {
		// Eile, 28.veebruaril, Wczoraj (3 września): yesterday's date; Ljubljana, 3. aprila - :
		// the news's; 23. januarja: a programme's day; RADOR (5 martie): a
		// credit's (see creditBracket); il 22 aprile: a day after its
		// language's article (see dateLeadBefore); el pasado 27 de
		// enero, lo scorso 27 gennaio: after a past or next day's lead
		// (see relativeDayBefore), which Check read and Find did not.
		return true
	}
	return named && !p.monthIsEnglish() && (p.yearOfSentence() || periodEndYear(p.s, p.last)) || p.dateNamedOccasion()
}

// weekdaySlipOnly reports whether the reading's only misspelt name is its
// weekday's, the first field: its month is written right.
func (p *parser) weekdaySlipOnly() bool {
	fs := p.fields()
	if len(fs) == 0 || fs[0].Kind != layout.Weekday || fs[0].Flags&Corrected == 0 {
		return false
	}
	for _, f := range fs[1:] {
		if f.Flags&Corrected != 0 {
			return false
		}
	}
	return true
}

// dateNamedOccasion reports whether the reading names an occasion whose
// Hebrew name is a date, a month's name after the prefix ב in it: "ערב
// תשעה באב", "ערב ט׳ באב". An occasion alone is a word in free text, but
// the date its name holds is found alone ("תשעה באב"), and so, without
// the occasion, the eve before it was dropped: "ערב תשעה באב" was read as
// 9 Av, a day late, with only the info that the year was inferred.
func (p *parser) dateNamedOccasion() bool {
	for _, f := range p.fields() {
		if f.Kind != layout.Holiday {
			continue
		}
		for w := range strings.FieldsSeq(p.s[f.Start:f.End]) {
			if name, ok := hebrew.MatchMonth(w); ok && name.Len == len(w) && strings.HasPrefix(w, "ב") {
				return true
			}
		}
	}
	return false
}

// fallsVerbAfter reports whether a verb of slavicFallsVerbs follows the
// date read, past a space, as a Slavic sentence puts the day first and
// what falls on it after the verb: "23 września przypada 77. rocznica
// likwidacji wileńskiego getta" (on 23 September falls the 77th
// anniversary; TVP Polonia, the two-hundred-and-ninth held-out round)
// was no date, as the verb was read only before an occasion's name (see
// dateFallsVerb, which also leaves a bracket's date and a verb before
// its own "on" out). The verb says the numbers are a day; the year is
// the nearest fitting one, as for any date without it. The passives of
// celebrating ("1 февраля отмечается день рождения") stay prose without
// an occasion after them, and Serbian's "pada" is rain's too.
func (p *parser) fallsVerbAfter() bool {
	k := skipSpace(p.s, p.last)
	if k == p.last || p.monthIsEnglish() {
		return false
	}
	v := dateFallsVerb(p.s, k, k)
	return v > k && isWordOf(p.s[k:v], slavicFallsVerbs[:])
}

// lightsVerbAfter reports whether a verb of eastSlavicLightsVerbs, for
// lighting (candles, a menorah, a fire), follows the date read, past a
// space, as a Russian, Ukrainian or Belarusian news sentence puts the day
// first and the lighting after it: "12 декабря зажгут главную хануку
// города" (on 12 December the city's main hanukkiah will be lit;
// mogilev.news, the 262nd held-out round) was no date, a month English
// has not without its year being taken in free text only with a word that
// says its numbers are a day. The verb says so, as fallsVerbAfter's does;
// the year is the nearest fitting one, as for any date without it. A noun
// of the same stem ("12 декабря зажигалки") says nothing.
func (p *parser) lightsVerbAfter() bool {
	k := skipSpace(p.s, p.last)
	if k == p.last || p.monthIsEnglish() {
		return false
	}
	return matchPhrases(p.s, k, eastSlavicLightsVerbs[:]) > k
}

// eastSlavicLightsVerbs are Russian's, Ukrainian's and Belarusian's verbs
// for "light" and "lit", active and passive, as news of a menorah's or
// the first candle's lighting puts them after the day.
var eastSlavicLightsVerbs = [...]string{
	"зажгут", "зажгли", "зажжёт", "зажжет", "зажёг", "зажег", "зажгла", "зажигают", "зажигаются", "зажигается", "зажжётся", "зажжется",
	"запалять", "запалили", "запалив", "запалила", "запалюють", "запалюється", "запалюються",
	"запаляць", "запалілі", "запаліў", "запаліла", "запальваюць", "запальваецца",
}

// hungarianCasedDay reports whether the day of the date read, after a
// month Hungarian names and English does not, carries Hungarian's case
// ending for on (31-én, 2-án, 1-jén) or of (31-i) the day. The ending
// says the number is the month's day, as a lead word before it does in
// other languages (see dateLeadBefore): "augusztus 31-én tartotta a Váci
// Zsidó Hitközség" (on 31 August the Vác Jewish community held;
// dunakanyarregio.hu, the 213th held-out round) was no date in free
// text, where Check read "augusztus 31-én" alone. The year is the
// nearest fitting one, as for any date without it. So does a range's
// start with the ending for from (11-től), joined to its end with the
// ending for until ("október 11-től 18-ig", see hungarianFromJoin): "a
// programok augusztus 24-étől 26-áig" (vaol.hu, the 227th held-out
// round) was no date in free text. One of them alone is left out, as it
// is a period's end, not its day; so is a date after a dash, the end of
// a range whose start was read alone ("szeptember 6-án este - szeptember
// 8-án este"). A range with "között" (between) after it is a period too
// (see hungarianBetween): "Augusztus 24–27. között Debrecenben" (Magyar
// Nemzet, the 227th held-out round) was no date in free text.
func (p *parser) hungarianCasedDay() bool {
	if p.fullMonthLangs()&(1<<layout.Hungarian) == 0 {
		return false
	}
	if k := trimSpaceBefore(p.s, p.buf[0].Start); k > 0 && script.IsDash(lastRuneOf(p.s, k)) {
		return false
	}
	if b := p.s[:p.last]; p.hasRangeEnd() && (strings.HasSuffix(b, "között") || strings.HasSuffix(b, "Között")) {
		return true
	}
	for _, f := range p.fields() {
		if f.Kind == layout.Day && f.Flags&RangeEnd == 0 {
			e := caseEnding(p.s, f.End)
			if e > f.End && isWordOf(p.s[f.End+1:e], fromEndings[:]) {
				return p.hasRangeEnd() // from its start to its end
			}
			return e > f.End && isWordOf(p.s[f.End+1:e], onOfEndings[:])
		}
	}
	return false
}

// onOfEndings are the endings of caseEndings for on and of a day.
var onOfEndings = [...]string{"án", "én", "ján", "jén", "i"}

// slavicFallsVerbs are the verbs of fallsOnVerbs for "falls" in Polish,
// Ukrainian, Belarusian, Czech and Slovak, which say a day falls without
// saying it is celebrated.
var slavicFallsVerbs = [...]string{"przypada", "przypadnie", "przypadają", "припадає", "припадають", "прыпадае", "připadá", "pripadá"}

// fractionAfter reports whether the numbers of a date without its year
// are followed by what follows a fraction in prose: a word of parts and a
// word after it ("Monday, 3/4 of the members", "lundi, 3/4 des membres",
// "Montag, 3/4 der Mitglieder"), or an hour as a length of time
// ("Thursday, 1/2 hour after dawn"). A weekday does not make such a
// fraction a date: some year has the weekday on either reading of it.
// A number after the word is a time ("lunes 3/4 de 19 a 21 hs."). A
// month named in words is no fraction's: "el martes 2 de marzo de la
// comunidad", "le lundi 2 mars de 18h à 20h", "2 de março do ano passado"
// were no date, and a weekday and day with their month's name were
// dropped from the scan for the "of" after them.
func (p *parser) fractionAfter() bool {
	if p.hasRangeEnd() || p.namedMonth() {
		// The word after the start's day is the range's join, the end a
		// whole date: "od nedelje 18. decembra do nedelje 25. decembra
		// 2022", where Serbian's "do" (until) is Portuguese's "do" (of
		// the) too.
		return false
	}
	end := -1
	for _, f := range p.fields() {
		if (f.Kind == layout.Day || f.Kind == layout.Month) && f.Flags&RangeEnd == 0 {
			end = max(end, f.End)
		}
	}
	s := p.s
	k := skipSpace(s, max(end, 0))
	if end < 0 || k == end || k >= len(s) {
		return false
	}
	e := latinWord(s, k)
	w := s[k:e]
	if foldEquals(w, "hour") || foldEquals(w, "hours") {
		return true
	}
	for _, of := range fractionOf {
		if foldEquals(w, of) {
			j := skipSpace(s, e)
			return j > e && j < len(s) && !isDigit(s, j)
		}
	}
	return false
}

// fractionOf are the words of parts after a fraction, "of" in the
// languages whose dates the reader reads: 3/4 of, des, der, van, della, из.
var fractionOf = [...]string{"of", "de", "des", "du", "del", "der", "van", "di", "della", "do", "da", "dos", "das", "из", "od", "z"}

// yearBeforeMonth reports whether the parser read the Gregorian year
// before the month: a year does not confirm a date of two numbers after
// it, a fraction in the year's sentence as often ("In 2024, 3/4 of
// voters", "В 2024 году 3/4 избирателей").
func (p *parser) yearBeforeMonth() bool {
	year := false
	for _, f := range p.fields() {
		switch f.Kind {
		case layout.Year:
			year = true
		case layout.Month:
			return year
		}
	}
	return false
}

// namedMonth reports whether the parser read a month by its name, not in
// digits: 12/25 may be a score, and march 10 a walk, in any sentence.
func (p *parser) namedMonth() bool {
	m, ok := (&Result{Fields: p.fields()}).Get(layout.Month)
	return ok && !numericMonth(m)
}

// yearOfSentence reports whether the sentence the reading is in names its
// year: a civil year at its start, "W 2023 roku Chanuka rozpoczyna się
// wieczorem 7 grudnia" (see SentenceYear), a Hebrew year at its start
// or after the reading, "25.septembra vakarā līdz ar saulrietu sākas
// jaunais ebreju 5783.gads" (see SentenceHebrewYear, HebrewYearAfter),
// or the year by the page's date, "this year", "last year" or "next
// year" before or after it (see RelativeYear): "в этом году празднование
// началось с вечера 28 мая" (this year the celebration began on the
// evening of 28 May), "Idén szeptember 9-én este ünneplik a zsidók az
// újévet", "Enguany la festa comença el 16 d’abril" were no date.
func (p *parser) yearOfSentence() bool {
	if p.n == 0 {
		return false
	}
	if sentenceNamesYear(p.s, p.buf[0].Start) {
		return true // of its clause or another's (see SentenceYear)
	}
	if _, _, _, ok := RelativeYear(p.s, p.buf[0].Start, p.buf[p.n-1].End); ok {
		return true
	}
	start := p.buf[0].Start
	_, ok := HebrewYearAfter(p.s[:min(len(p.s), start+MaxInput)], p.buf[p.n-1].End)
	return ok
}

// namesAgree reports whether the month and weekday names the parser read
// share a language (see parser.bareDay). It looks them up again, only for
// a dateline whose weekday is a bare abbreviation.
func (p *parser) namesAgree() bool {
	v := newLangVote()
	fs := p.fields()
	for i := range fs {
		// A range's end counts too: "di Rosh ha-shanah 5770 (19-20
		// settembre 2009)" is Italian's "of", not Dutch's Tuesday.
		f := fs[i]
		f.Flags &^= RangeEnd
		if w, ok := nameWord(p.s, &f); ok {
			v.name(w)
		}
	}
	return v.mask != 0
}

// weekdayNamed reports whether the parser read a weekday written as a
// name of a language (see isName), which can say the language of a bare
// month beside it. A weekday of no language, Shabbat as the Jewish pages
// of every language transliterate it, says none: "durant le chabbat des
// 8 et 9 novembre 2024" (consistoiredefrance.fr, the two-hundred-and-
// ninety-third held-out round) is French's "the Shabbat of the 8th and
// 9th", and was read as Saturday, des. (December) 8, in the year the
// weekday fits, 2018, beside the list's 9 November 2024.
func (p *parser) weekdayNamed() bool {
	fs := p.fields()
	for i := range fs {
		if fs[i].Kind == layout.Weekday && fs[i].Zman == p.zmanOf && isName(&fs[i]) {
			return true
		}
	}
	return false
}

// namesAgreeNamed is namesAgree for a bare weekday (see parser.bareDay)
// with another name beside it: a month's or an occasion's. Before a date
// of digits alone such a word is as often a word of prose, Slavic's "do"
// (to) and "za" (for) after all: "od 28.11.2021 do 6.12.2021" was read
// with Thursday's "do" and a weekday error on a right date, and "za 6. 12.
// 2021" as Saturday, 12 June, the order the weekday fits, with nothing
// said. The date is read without it.
func (p *parser) namesAgreeNamed() bool {
	return p.namesAgree() && (p.namedMonth() || p.has(layout.HebrewMonth) || p.has(layout.Holiday))
}

// portugueseHebrewDay reports whether the dateline's weekday is
// Portuguese's (quarta, quinta: the weak names without "-feira", see
// addShortWeekdays) and its Hebrew day is joined to the month by "de", as
// Portuguese writes its own months: "a partir de quarta à noite, 27 de
// Nissan do calendário hebraico" (institutobrasilisrael.org, the
// two-hundred-and-eighty-sixth held-out round). Such a weekday needs a
// day of a month beside it, and names that share its language; a Hebrew
// month's name says no language, where the "de" before it does. The
// date was read without the weekday, on the Thursday of 27 Nisan, its
// evening before left unsaid, and a weekday that did not fit would have
// been too.
func (p *parser) portugueseHebrewDay() bool {
	fs := p.fields()
	portuguese := false
	for i := range fs {
		if fs[i].Kind == layout.Weekday && fs[i].Flags&RangeEnd == 0 {
			portuguese = fs[i].Lang == layout.Portuguese
		}
	}
	if !portuguese {
		return false
	}
	for i := 0; i+2 < len(fs); i++ {
		if fs[i].Kind == layout.HebrewDay && fs[i+1].Kind == layout.Literal && fs[i+2].Kind == layout.HebrewMonth &&
			foldEquals(strings.TrimSpace(p.s[fs[i+1].Start:fs[i+1].End]), "de") {
			return true
		}
	}
	return false
}

// monthIsEnglish reports whether the month the parser read is named by a
// word English has (May, Mar): see parser.shortDay.
func (p *parser) monthIsEnglish() bool {
	fs := p.fields()
	for i := range fs {
		if fs[i].Kind != layout.Month {
			continue
		}
		w, ok := nameWord(p.s, &fs[i])
		return ok && w.langs&(1<<layout.English) != 0
	}
	return false
}

// englishCaseMonth reports whether the month the parser read is an
// English word written as English writes a month, with a capital:
// "ons 15 december 2026" is Swedish's Wednesday before a month in its
// language's lower case, where "3 per 5 May 2024" is English prose (see
// parser.shortDay). The Swedish date was read from "15", its weekday
// left out and a wrong one unsaid.
func (p *parser) englishCaseMonth() bool {
	for _, f := range p.fields() {
		if f.Kind == layout.Month {
			return f.Case != layout.Lower && p.monthIsEnglish()
		}
	}
	return false
}

// nextStart returns the first index at or after i where a dateline could
// start: a digit or a letter that begins a word. ASCII bytes are classed
// by table: a run of spaces and punctuation is crossed in one loop, and a
// Latin or Hebrew letter after it starts a word; the rest of an ASCII
// word is crossed in one loop too. Other bytes above 0x7F are decoded.
func nextStart(s string, i int) int {
	for i < len(s) {
		c := s[i]
		k := script.Class[c]
		switch {
		case k&(script.ClassWord|script.ClassHigh) == 0 && c != '-':
			// Spaces and punctuation, up to a minus sign (see below).
			for i++; i < len(s) && script.Class[s[i]]&(script.ClassWord|script.ClassHigh) == 0 && s[i] != '-'; i++ {
			}
			if i < len(s) && script.Class[s[i]]&script.ClassLetter != 0 {
				return i // after no word rune (see wordStartsAt)
			}
			if i+1 < len(s) && s[i] == 0xD7 && s[i+1] >= 0x90 && s[i+1] <= 0xAA && wordStartsAt(s, i) {
				return i // a Hebrew letter, not after a geresh or gershayim (see insideAbbreviation)
			}
			continue
		case k&script.ClassWord != 0:
			if wordStartsAt(s, i) {
				return i
			}
			// Inside a word: no byte of the rest of it starts one.
			for i++; i < len(s) && script.Class[s[i]]&script.ClassWord != 0; i++ {
			}
			continue
		case k&script.ClassHigh != 0:
			r, n := decode(s, i)
			if (script.IsHebrewLetter(r) || script.IsOtherLetter(r)) && wordStartsAt(s, i) {
				return i // Hebrew, or an accented or Cyrillic letter: Écrit, сентября
			}
			i += n
			continue
		case c == '-' && isDigit(s, i+1) && (i == 0 || script.IsSpace(lastRuneOf(s, i))):
			return i // perhaps an ISO date before the common era: -0500-03-02
		}
		i++
	}
	return i
}

// crossProse returns the first place at or after i where a dateline
// could start (see nextStart) at a word that next would not turn away:
// the words of prose are crossed in this one loop, and next keeps track
// of paragraph breaks and of the bytes the parser may see only for the
// starts left. A word is read as latinStart or hebrewStart reads it (a
// Latin word's letters eight bytes at a time, a Hebrew word's four
// letters at a time), by the start table loaded once, and turned away
// only where they would turn it away without reading the text after it:
// a possible slip of a weekday, which dateAhead reads, and a Hebrew word
// that hebrewLookup must read (a word of its tables, or one a month's
// name may start) are left to next; a day in letters (כב) is read here
// as hebrewStart reads it (dayNumeral). Neither a paragraph break
// nor MaxInput cuts off a word it turns away (a break is at a line break
// or U+2029, and a word of longest letters or more is left to next).
// After a word it turns away, the punctuation and spaces up to the next
// word are crossed here too (see nextWord). TestCrossProse and
// TestAllByStarts hold it to the reading of every start by next.
func crossProse(s string, i int) int {
	const longest = 64 // far less than MaxInput
	t := startsReady.Load()
	if t == nil {
		t = startTableOf()
	}
	i = nextStart(s, i)
	for i < len(s) {
		c := s[i]
		if script.Class[c]&script.ClassLetter == 0 {
			if c-'0' < 10 {
				may, e := numberStart(s, i)
				if may {
					return i
				}
				i = nextWord(s, e) // the word after it, which crossProse reads next
				continue
			}
			if c != 0xD7 {
				return i
			}
			e := hebrewProse(s, i, t)
			if e == i {
				return i
			}
			if e < len(s) && s[e] == ' ' && isHebrewLetter(s, e+1) {
				i = e + 1 // one space and a word, as most words of prose end: see nextWord
				continue
			}
			i = nextWord(s, e)
			continue
		}
		// The word's letters, one by one: most words of prose are
		// short, and a loop is less than reading eight bytes at a time.
		e := letterEnd(s, i+1)
		n := e - i
		if n >= longest {
			return i
		}
		if e < len(s) && gluedAfter[s[e]] {
			if !gluedApostrophe(s, e) {
				if s[e] == '\'' || s[e] == '`' {
					goto word // an apostrophe that ends the word: punctuation
				}
				return i // glued to the word: see latinStart
			}
			if !t.apostropheProse(s, i, n) {
				return i // see latinStart
			}
			i = nextWord(s, e) // city's: the letters after the apostrophe start a word
			continue
		}
	word:
		switch n {
		case 1:
			if t.shorts[pairIndex(c, 0)] {
				return i
			}
		case 2:
			if k := pairIndex(c, s[i+1]); t.shorts[k] || t.shortLeads[k]&1 != 0 && t.shortWeekdayStart(s, i, e) {
				return i
			}
		default:
			p := &t.pairs[pairIndex(c, s[i+1])]
			shape := p.lengths&(1<<min(n, 31)) != 0 && p.lasts&(1<<(s[e-1]&31)) != 0
			if p.thirds&(1<<(s[i+2]&31)) == 0 && !shape {
				break // turned away by its first letters, as most words are
			}
			if t.mayStartWord(s, i, e, shape) {
				return i
			}
		}
		if n == 3 && t.shortLeads[pairIndex(c, s[i+1])]&(1<<(s[i+2]&31)) != 0 && t.shortWeekdayStart(s, i, e) {
			return i // see latinStart; the leads' test, inline, turns most words away
		}
		if e+1 < len(s) && s[e] == ' ' && script.Class[s[e+1]]&script.ClassLetter != 0 {
			i = e + 1 // one space and a word, as most words of prose end: see nextWord
			continue
		}
		if n <= 2 && e < len(s) && s[e] == '.' && romanAdarAt(s, i, e) {
			return i // II. Ádár: see latinStart
		}
		i = nextWord(s, e)
	}
	return i
}

// gluedAfter tells the bytes after a word of ASCII letters that glue it
// to what follows (see latinStart): a byte above 0x7F, a digit, a bracket
// or quote, or an apostrophe, which glues it only before a letter (see
// gluedApostrophe).
var gluedAfter = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c >= 0x80 || script.Class[c]&script.ClassDigit != 0 || c == '(' || c == '"' || c == '\'' || c == '`'
	}
	return t
}()

// mayStartWord is crossProse's test of the word of three ASCII letters
// or more s[i:e], with nothing glued to it, that its first letters do not
// turn away: whether next would try a phrase at it. It is looked up as
// lookupStart looks it up, up to a weekday's slip, which lookupStart
// reads with the text after the word and this leaves to next. shape says
// whether its pair's lengths and last letters let it through, which the
// shapes of the misspelt names are part of: a word they turn away, let
// through by its third letter alone, is no slip of a name, and is not
// looked for among them (Common, Street, school).
func (t *startTable) mayStartWord(s string, i, e int, shape bool) bool {
	if e-i > 4 && s[i]|0x20 == 'a' && s[i+1]|0x20 == 'd' && s[i+2]|0x20 == 'a' && s[i+3]|0x20 == 'r' {
		return true // Adar1: see latinStart
	}
	if sl := t.slot(s, i, e); sl != nil { // see startSlot.ahead
		if sl.ahead {
			return dayWordStarts(s, i, e, sl.w.kind)
		}
		if sl.occasion {
			return occasionWordStarts(s, i)
		}
		return sl.may
	}
	if !shape {
		return false
	}
	w := s[i:e]
	if words.MonthSlips.May(w) {
		if _, _, slip := slipMonth(w); slip {
			return true
		}
	}
	return weekdaySlips.may(w)
}

// nextWord is nextStart after a word that crossProse turned away, which
// ends at s[e], a byte of ASCII punctuation or space, or the end: it
// crosses the punctuation and spaces, and finds an ASCII or Hebrew letter
// after them, a start after no word rune, without the tests nextStart
// makes of what comes before a start.
func nextWord(s string, e int) int {
	k := e
	for k < len(s) && script.Class[s[k]]&(script.ClassWord|script.ClassHigh) == 0 && s[k] != '-' {
		k++
	}
	if k > e && k < len(s) && (script.Class[s[k]]&script.ClassLetter != 0 || isHebrewLetter(s, k)) {
		// After ASCII that is no word byte: a start (see wordStartsAt),
		// and no geresh before a Hebrew letter (insideAbbreviation).
		return k
	}
	return nextStart(s, k)
}

// hebrewProse returns the end of the word of Hebrew letters at s[i] if
// hebrewStart turns it away without a reading of the text after it, or i
// (see crossProse).
func hebrewProse(s string, i int, t *startTable) int {
	const longest = 64
	j := i + script.HebrewRun(s, i)
	if j-i < 4 || j-i >= 2*longest {
		return i
	}
	if j < len(s) {
		switch c := s[j]; {
		case c >= 0x80, c == '"', c == '\'', c == '`', c == '-', c == '(', script.Class[c]&(script.ClassDigit|script.ClassLetter) != 0:
			return i
		}
	}
	if !t.monthStart(s, i, j) && !t.hasHebrew(s[i:j]) && !(smallNumeral(s[i:j]) && dayNumeral(s, i, j)) {
		if _, ok := hebrewOrdinalDay(s, i); ok {
			return i // הרביעי לחודש פברואר, as hebrewStart reads it
		}
		return j
	}
	return i
}

// wordStartsAt reports whether the letter or digit at s[i] starts a word
// where a dateline could start: after no word rune, and a digit not after
// . / : or , (the 24 of 3.24.2024 is not a start), but for a colon glued
// to a label's last letter (see labelColon).
func wordStartsAt(s string, i int) bool {
	if i == 0 {
		return true
	}
	if s[i] == 0xD7 && insideAbbreviation(s, i) {
		return false
	}
	if c := s[i-1]; c < 0x80 {
		if c == ':' && script.IsDigit(s[i]) {
			return labelColon(s, i-1)
		}
		return script.Class[c]&script.ClassWord == 0 && !(script.IsDigit(s[i]) && (c == '.' || c == '/' || c == ','))
	}
	prev, _ := lastRune(s, i)
	if script.IsDigit(s[i]) && gluedDayAfter(prev) {
		return true
	}
	return !script.IsWordRune(prev) && !(script.IsDigit(s[i]) && (prev == '.' || prev == '/' || prev == ':' || prev == ','))
}

// gluedDayAfter reports whether a number glued to r, the last letter of a
// word before it, may start a dateline: a lower-case Cyrillic or Greek
// letter, as pages copied from a site's markup lose the space between a
// caption or a weekday and the day: "NEWSru.co.il :: Фото26 Мая 2016 г.,
// 07:36", "το απόγευμα της Πέμπτης29 Ιανουαρίου 2026" (incoming.tsv),
// each read as the month alone. The parser reads a date there only as
// anywhere else (a day, its month's name, and a year or more beside
// them); Latin letters before digits are too often a name's (Windows10,
// A320) to start one.
func gluedDayAfter(r rune) bool {
	return unicode.IsLower(r) && (unicode.Is(unicode.Cyrillic, r) || unicode.Is(unicode.Greek, r))
}

// labelColon reports whether the colon at s[i] ends a label, glued to its
// last letter, so that the number after it starts a word: the date of
// "תאריך פרסום:01/05/2025 20:50" and "Published:01/05/2025" (an Israeli
// archive's and a CMS's stamps). After a digit the colon parts a clock's
// hour from its minutes (the 30 of 10:30 starts nothing); a letter
// before it is no clock's.
func labelColon(s string, i int) bool {
	if i == 0 {
		return false
	}
	if c := s[i-1]; c < 0x80 {
		return script.Class[c]&script.ClassLetter != 0
	}
	r, _ := lastRune(s, i)
	return script.IsHebrewLetter(r) || script.IsOtherLetter(r)
}

// insideAbbreviation reports whether the Hebrew letter at s[i] follows a
// geresh or gershayim that follows a Hebrew letter: the last letter of an
// abbreviation or a numeral (the ח of בעזה״ח, the ה of כ״ה), which starts
// no dateline, where it would be read as a day of the month by its letter.
func insideAbbreviation(s string, i int) bool {
	mark, n := lastRune(s, i)
	if !script.IsGeresh(mark) && !script.IsGershayim(mark) || i-n <= 0 {
		return false
	}
	return script.IsHebrewLetter(lastRuneOf(s, i-n))
}

// mayStartPhrase reports whether a phrase could start at s[i], a start
// that nextStart found, deciding as phrase does for a Latin word: a word
// of the tables that starts no phrase (the, on, pm, EST) or a word that is
// neither in the tables, nor the start of a Hebrew month name, nor of an
// occasion's (most words of prose) starts none, and the parser is not run
// for it; and for a word of Hebrew letters (see hebrewStart). Anything
// else is for the parser to read.
func mayStartPhrase(s string, i int) bool {
	if c := s[i]; c == 0xD7 {
		may, _ := hebrewStart(s, i)
		return may
	} else if c >= 0x80 {
		return mayStartOther(s, i)
	}
	if script.Class[s[i]]&script.ClassLetter == 0 {
		may, _ := numberStart(s, i)
		return may
	}
	return mayStartLatin(s, i)
}

// numberStart reports whether a phrase may start at s[i], deciding as
// phrase does for a number: not where a word of prose follows a number
// of four digits or fewer after one space ("40 objects", "1911
// photograph"), a word of four ASCII letters or more that no table has,
// at which no phrase starts (see latinStart) and that joins no range ("10
// through 12"): no phrase the grammar reads at a number goes on with such
// a word, while the shorter words after a day are the languages' joining
// words (de, a, bis, y). Where none may start, it also returns the index
// after the number. For any other start it reports that one may.
func numberStart(s string, i int) (may bool, end int) {
	_, e, digits := number(s, i)
	k := e + 1
	if digits == 0 || digits > 4 || k >= len(s) || s[e] != ' ' || script.Class[s[k]]&script.ClassLetter == 0 {
		return true, i // eight digits are a date of their own (20240302)
	}
	we := letterEnd(s, k+1)
	if we-k < 4 {
		return true, i // a joining word (de, a, bis, y), not looked at
	}
	if may, end := latinStart(s, k); may || end != we {
		return true, i
	}
	if _, ok := lookupLatin(s, k, we); ok {
		return true, i // a word of the tables that starts no phrase (there, after)
	}
	if _, ok := capsSwap(s[k:we]); ok {
		return true, i // 7 YIAR 5784: a Hebrew month in capitals, its first two letters swapped
	}
	if c := s[we-1] | 0x20; c == 'a' || c == 'u' {
		if _, ok := declinedMonth(s, k); ok {
			return true, i // 15 nisanu 5770, 25 kisleva: a Hebrew month with a case ending
		}
	}
	var buf [16]byte
	if we-k <= len(buf) && rangeWords[string(appendFoldCase(buf[:0], s[k:we]))] {
		return true, i // through, hasta: no word of rangeWords is longer
	}
	if skipMonthWords(s, k) > k {
		// 25 dnia miesiąca kislew 5784, 25 dnem měsíce kislev: the
		// words for "day of the month" before a Hebrew month (seen in
		// the seventy-eighth held-out round; read as the month alone).
		return true, i
	}
	return false, e
}

// skipToken returns the index after the word or number at i. It skips no
// place where a word could start, so that the places the scan tries are
// every such place outside a dateline found, wherever it started (see
// AllFrom): after the minus sign of "-0500" it stops, as "0500" may start
// a dateline.
func skipToken(s string, i int) int {
	r, n := decode(s, i)
	i += n
	if !script.IsWordRune(r) {
		return i
	}
	for i < len(s) {
		if k := script.Class[s[i]]; k&script.ClassHigh == 0 {
			if k&script.ClassWord == 0 || k&script.ClassDigit != 0 && gluedDayAfter(r) {
				break // Фото26: the number starts a word (see wordStartsAt)
			}
			r = rune(s[i])
			i++
			continue
		}
		r, n = decode(s, i)
		if !script.IsWordRune(r) {
			break
		}
		i += n
	}
	return i
}

// closeParens takes into the dateline the closing parenthesis or
// quotation mark of one it opened: "י״ח באב ה׳תשפ״א (July 27, 2021)",
// "Wednesday, September 18, will be “Chai Elul”".
func closeParens(p *parser) {
	parens, quotes, straight := 0, 0, 0
	for _, f := range p.fields() {
		if f.Kind != layout.Literal {
			continue
		}
		t := f.Text
		for j := 0; j < len(t); j++ {
			// Bytes, not runes: the marks are ASCII or start with
			// 0xE2 (“ „ ”) or 0xC2 (« »), and most text is neither.
			switch c := t[j]; {
			case c == '(':
				parens++
			case c == ')':
				parens--
			case c == '"':
				straight ^= 1
			case c == 0xE2 || c == 0xC2:
				switch r, _ := decode(t, j); r {
				case '“', '„', '«':
					quotes++ // “ also closes German's „ …“, below
				case '”', '»':
					quotes--
				}
			}
		}
	}
	for parens > 0 || quotes > 0 || straight > 0 {
		k := skipSpace(p.s, p.last)
		r, n := decode(p.s, k)
		switch {
		case parens > 0 && r == ')':
			parens--
		case quotes > 0 && (r == '”' || r == '»' || r == '“'):
			quotes--
		case straight > 0 && r == '"':
			straight--
		default:
			return
		}
		p.push(Field{Element: layout.Lit(p.s[p.last : k+n]), Start: p.last, End: k + n})
		p.last = k + n
	}
}

// gluedDateAt returns where a whole numeric date starts that is glued to
// the end of the word of small letters at s[i], or i: a page's title run
// into the date of its item, as a news archive set them ("Panerių
// memoriale - ... pagerbimo ceremonija2009.06.29", the Lithuanian defence
// ministry's, the sixty-eighth held-out round), which was not found. The
// date is read where its digits start. Only a date no code looks like is
// taken: year first with dots or hyphens (2009.06.29, 2009-06-29) or day
// first with dots and the year's four digits (29.06.2009), with a month
// and day that are one, after a word of three letters or more whose last
// two are small (not RTX2080.11.12's capitals), and nothing but the end
// of a word after it. The word is tried first, and this only where it
// reads as nothing, so it costs nothing on the hot path.
func gluedDateAt(s string, i int) int {
	const longest = 64
	letters, small := 0, 0
	k := i
	for k < len(s) && k-i < longest {
		r, n := decode(s, k)
		if !unicode.IsLetter(r) {
			break
		}
		letters++
		if unicode.IsLower(r) {
			small++
		} else {
			small = 0
		}
		k += n
	}
	if letters < 3 || small < 2 || !isDigit(s, k) {
		return i
	}
	a, e1, d1 := number(s, k)
	if e1 >= len(s) || s[e1] != '.' && s[e1] != '-' {
		return i
	}
	sep := s[e1]
	b, e2, d2 := number(s, e1+1)
	if d2 != 2 || e2 >= len(s) || s[e2] != sep {
		return i
	}
	c, e3, d3 := number(s, e2+1)
	if !wordEnds(s, e3) || e3+1 < len(s) && (s[e3] == '.' || s[e3] == '-') && isDigit(s, e3+1) {
		return i
	}
	var day, month int
	switch {
	case d1 == 4 && d3 == 2:
		month, day = b, c // 2009.06.29, 2009-06-29
	case d1 == 2 && d3 == 4 && sep == '.':
		day, month = a, b // 29.06.2009
	default:
		return i
	}
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return i
	}
	return k
}
