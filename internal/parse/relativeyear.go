package parse

import (
	"strings"

	"github.com/dualdate/dualdate/internal/script"
)

// Words that name a year by the one a page is written in: "this year",
// "last year", "next year". A date without a year is read in the year
// nearest the reference that fits its weekday or occasion; where its
// sentence says which year it is, that year is the reference's, or the
// one before or after, and a reading in another is to be said, not taken
// with an info: "u četvrtak, 9. septembra prošle godine" (Jadovno, a page
// of 2011: last year's Thursday, September 9, 2010; the 158th held-out
// round) was read as Thursday, September 9, 2021, and "This year,
// Hanukkah begins on Sunday, December 14" as 2025's, read on a reference
// of 2026, whose December 14 is a Monday.

// lastYearWords and nextYearWords are the phrases for "last year" and
// "next year", in lower case; fallsThisYear and thisYearOnly are those for
// "this year".
var (
	lastYearWords = [...]string{"last year", "letztes jahr", "im letzten jahr", "vergangenes jahr", "im vergangenen jahr",
		// And German's genitive after the date: "am 2. März letzten
		// Jahres" was read in the year after the reference's on a
		// page of December (found trying the command as an adversary).
		"letzten jahres", "vergangenen jahres", "vorigen jahres",
		// And its noun for "the year before": "Das war am 5. März des
		// Vorjahres" was read as the 5th of March nearest the
		// reference, in its year or the next (found trying scan).
		"vorjahres", "im vorjahr",
		"l'année dernière", "l’année dernière", "l'an dernier", "l’an dernier", "el año pasado", "o ano passado", "no ano passado",
		"vorig jaar", "förra året", "i fjor", "sidste år", "l'anno scorso", "l’anno scorso",
		"в прошлом году", "минулого року", "торік", "w zeszłym roku", "w ubiegłym roku", "loni", "vlani",
		"prošle godine", "прошле године", "миналата година", "anul trecut", "tavaly", "viime vuonna", "geçen yıl",
		// And the genitive "of last year" after a date, as Russian,
		// Polish, Czech, Slovak and Finnish pages write it, and the year
		// nouns of Romance's "of last year" (del año pasado, do ano
		// passado, dell'anno scorso), which the phrases above hold only
		// after their article: "2 марта прошлого года" and "el 2 de marzo
		// del año pasado" were no date.
		"прошлого года", "минувшего года", "мінулага года", "ubiegłego roku", "zeszłego roku", "minulého roku", "loňského roku",
		"minulého roka", "viime vuoden", "año pasado", "ano passado", "anno scorso"}
	nextYearWords = [...]string{"next year", "nächstes jahr", "im nächsten jahr", "nächsten jahres", "kommenden jahres", "l'année prochaine", "l’année prochaine",
		"l'an prochain", "l’an prochain", "el próximo año", "el año que viene", "o próximo ano", "no próximo ano",
		"volgend jaar", "nästa år", "neste år", "næste år", "l'anno prossimo", "l’anno prossimo",
		"в следующем году", "наступного року", "w przyszłym roku", "příští rok", "budúci rok", "sljedeće godine", "следеће године",
		"догодина", "anul viitor", "jövőre", "ensi vuonna", "gelecek yıl",
		// The genitive "of next year" (see lastYearWords).
		"следующего года", "будущего года", "наступнага года", "przyszłego roku", "příštího roku", "budúceho roka",
		"ensi vuoden", "próximo año", "próximo ano", "prossimo anno"}
	// thisYearOnly are the phrases for "this year" beyond fallsThisYear,
	// which do not stand before a verb of falling there.
	thisYearOnly = [...]string{"heuer", "idén", "tänä vuonna", "sel aastal", "sellel aastal", "tänavu", "bu yıl", "ebben az évben",
		"enguany", "aquest any", "neste ano", "quest’anno", "tohto roku", "tohoto roku", "bieżącego roku", "φέτος",
		// The genitive "of this year" after a date (see lastYearWords):
		// "2 марта этого года", "2 marca tego roku", "2. března letošního
		// roku", "2 de marzo de este año" (este año is fallsThisYear's).
		"этого года", "текущего года", "сего года", "гэтага года", "бягучага года", "поточного року", "tego roku",
		"letošního roku", "tämän vuoden", "deste ano", "dell'anno in corso", "dell’anno in corso",
		// German's "of this year" and "of the current year": "am 5.
		// Dezember dieses Jahres" was the nearest December 5.
		"dieses jahres", "laufenden jahres",
		// Latvian's and Lithuanian's "of this year" before the date:
		// "šā gada 4. jūlijā", "šių metų gruodžio 14 d." (see
		// thisYearAbbrevBefore for their abbreviations).
		"šā gada", "šī gada", "šių metų"}
)

// thisYearAbbrevs are Polish's, Czech's and Slovak's abbreviations of "of
// this year" after a day and month, "br." and "b.r." (bieżącego roku),
// "t.r." and "t. r." (tohoto roku, tohto roku): "Duża grupa członków
// Klubu Seniora zwiedzała 15 listopada br. Synagogę" (Rada Osiedla
// Ołtaszyn, osiedle.wroc.pl, the hundred-and-eighty-sixth held-out round)
// was no date. They are read right after the date only, and before no
// number: "br." is also South Slavic's "number" ("15. studenoga br. 5").
var thisYearAbbrevs = [...]string{"b.r.", "br.", "t. r.", "t.r."}

// thisYearAbbrevAfter returns the span of one of thisYearAbbrevs after
// the spaces at text[end], followed by no letter and no number; or end,
// end.
func thisYearAbbrevAfter(text string, end int) (int, int) {
	k := skipSpace(text, end)
	if k == end || k >= len(text) || text[k]|0x20 != 'b' && text[k]|0x20 != 't' {
		return end, end // the cheap first test
	}
	for _, a := range thisYearAbbrevs {
		e := k + len(a)
		if e <= len(text) && strings.EqualFold(text[k:e], a) && wordEnds(text, e) && !isDigit(text, skipSpace(text, e)) {
			return k, e
		}
	}
	return end, end
}

// thisYearAbbrevsBefore are Latvian's and Lithuanian's abbreviations of
// "of this year" (šā gada, šių metų), which stand right before the date
// they give the year of: "Š.g. 4. jūlijā Rīgā notiks piemiņas pasākums"
// (this year on 4 July a memorial event will take place in Riga;
// spikeri.lv, incoming line 1918) was no date, the day and month alone
// being taken in free text only with more; "š. m. gruodžio 14 d.".
var thisYearAbbrevsBefore = [...]string{"š.g.", "š. g.", "š.m.", "š. m."}

// thisYearAbbrevBefore returns the span of one of thisYearAbbrevsBefore
// that ends, after spaces, right before text[start], with no letter
// before it; or start, start.
func thisYearAbbrevBefore(text string, start int) (int, int) {
	e := trimSpaceBefore(text, start)
	if e == start || e < 2 || text[e-1] != '.' {
		return start, start // the cheap first test
	}
	for _, a := range thisYearAbbrevsBefore {
		k := e - len(a)
		if k < 0 || !strings.EqualFold(text[k:e], a) {
			continue
		}
		if k > 0 && script.IsWordRune(lastRuneOf(text, k)) {
			continue // "Nš.g.": no abbreviation of its own
		}
		return k, e
	}
	return start, start
}

// RelativeYear returns the year that a phrase for "this year", "last
// year" or "next year" names, by its offset from the reference's (0, -1
// or 1), where one stands in the sentence of text[start:end], within
// maxRelativeYearGap bytes of it, and the phrase; ok is false where there
// is none. "Next year in Jerusalem", the Seder's wish, names no year of a
// date. The phrases are those of the languages of Latin and Cyrillic
// letters: Hebrew's השנה (this year) is also the last word of ראש השנה.
//
// linked reports whether the phrase is the date's own, which its clause
// says (see relativeLinked): "Unlike last year, the fair opens March 9"
// names the year of something else, and was read as March 9 of the year
// before the reference's with an info alone. A phrase that is linked is
// taken before one that is not ("Unlike last year, this year the fair
// opens March 9"); where none is, the first is returned, for the reader
// to say that its year was not taken.
func RelativeYear(text string, start, end int) (offset int, phrase string, linked, ok bool) {
	if k, e := thisYearAbbrevAfter(text, end); e > k {
		return 0, text[k:e], true, true // 15 listopada br.
	}
	if k, e := thisYearAbbrevBefore(text, start); e > k {
		return 0, text[k:e], true, true // Š.g. 4. jūlijā
	}
	lo, hi := max(0, start-maxRelativeYearGap), min(len(text), end+maxRelativeYearGap)
	for k := lo; k < hi; k++ {
		if !isWordStart(text, k) || k > 0 && script.IsWordRune(lastRuneOf(text, k)) {
			continue
		}
		for n, words := range [...][]string{fallsThisYear[:], thisYearOnly[:], lastYearWords[:], nextYearWords[:]} {
			e := matchPhrases(text, k, words)
			if e == k || !wordEnds(text, e) {
				continue
			}
			if k < start && !SameSentence(text, k, start) || k >= end && !SameSentence(text, end, k) {
				break
			}
			if n == 3 && jerusalemAfter(text, e) {
				break
			}
			l := relativeLinked(text, k, e, start, end)
			if !ok || l {
				offset, phrase, linked, ok = [...]int{0, 0, -1, 1}[n], text[k:e], l, true
			}
			if l {
				return offset, phrase, linked, ok
			}
			k = e - 1
			break
		}
	}
	return offset, phrase, linked, ok
}

// comparedWords are the words right before a phrase for "this year",
// "last year" or "next year" that compare something with that year, not
// date a thing in it: "Unlike last year, the fair opens March 9", "Sales
// rose 5% from last year", "Anders als im vergangenen Jahr öffnet die
// Messe am 9. März", "plus que l'année dernière", "W 2023 roku, jak w
// tym roku", "больше, чем в прошлом году".
var comparedWords = [...]string{"unlike", "from", "than", "since", "as", "like", "over", "versus", "vs.",
	"als", "wie", "seit", "gegenüber", "que", "qu'", "qu’", "comme", "depuis", "desde", "como", "che", "come", "dal",
	"dan", "sinds", "än", "sedan", "jak", "niż", "od", "чем", "как", "с", "со", "ніж", "як", "з"}

// relativeLinked reports whether the phrase at text[k:e] for "this
// year", "last year" or "next year" says the year of the date at
// text[start:end], in the date's clause. It does not where a semicolon
// parts them ("Im vergangenen Jahr kamen 500 Besucher; dieses Mal öffnet
// die Messe am 9. März"), where a word of comparedWords comes right
// before it, and, before the date, where a comma parts them after which
// more than one word leads to the date, the comma closing the phrase's
// own clause ("The event, which drew 500 people last year, returns on
// March 9", "Unlike last year, the fair opens March 9"), unless the
// phrase opens its sentence ("This year, Hanukkah begins on Sunday,
// December 14"). One word after the comma is the date's preposition or
// article: "aura lieu l'année prochaine, le 3 juillet". All of these
// were read in the phrase's year with an info alone (an adversary's
// review).
func relativeLinked(text string, k, e, start, end int) bool {
	if b, w := wordBeforeSpaces(text, k); w > b && isWordOf(text[b:w], comparedWords[:]) {
		return false
	}
	if k >= end {
		return !strings.Contains(text[end:k], ";")
	}
	if e > start {
		return true // within the match: a range's "2 марта прошлого года"
	}
	between := text[e:start]
	if strings.Contains(between, ";") {
		return false
	}
	c := strings.LastIndexByte(between, ',')
	if c < 0 || sentenceStart(text, k) == k {
		return true
	}
	return len(strings.Fields(between[c+1:])) <= 1
}

// maxRelativeYearGap is how far from a date, in bytes, RelativeYear
// looks for its words, as far as the sentence year's (see
// dateline.maxSentenceGap).
const maxRelativeYearGap = 240

// jerusalemAfter reports whether "in Jerusalem" follows the spaces at
// text[e]: the Seder's "next year in Jerusalem".
func jerusalemAfter(text string, e int) bool {
	k := skipSpace(text, e)
	return matchPhrase(text, k, "in jerusalem") > k
}
