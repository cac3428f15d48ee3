package parse

import (
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/occasion"
)

// newYearPassages are the words for "the passage to the year", with the
// name of Rosh Hashana in the occasion tables that each stands for, as
// Brazilian, Spanish, Italian and French pages name the Jewish New Year
// by the Hebrew year it opens: "Judeus comemoram em 15 de setembro, à
// noite, a passagem para o ano de 5784" (Jardins SP, the
// hundred-and-fourth held-out round), which was not read. They name the
// occasion only before a Hebrew year (see newYearPassage): "a passagem
// para o ano novo" on 31 December is the civil one.
var newYearPassages = [...]struct{ words, name string }{
	{"a passagem para o ano", "Ano Novo judaico"},
	{"passagem para o ano", "Ano Novo judaico"},
	{"el paso al año", "Año Nuevo judío"},
	{"il passaggio all'anno", "Rosh Hashana"},
	{"il passaggio all’anno", "Rosh Hashana"},
	{"le passage à l'an", "Nouvel An juif"},
	{"le passage à l’an", "Nouvel An juif"},
}

// newYearPassage reads, after a civil day and month, a comma or not, and
// one of newYearPassages before "de" (of) or not and a Hebrew year in
// four digits, as Rosh Hashana of that year: the day is then its eve or
// its first day, as beside the occasion's name. It returns the end of
// what it read, or i.
func (p *parser) newYearPassage(i int) int {
	s := p.s
	if i >= len(s) || !p.has(layout.Day) || !p.has(layout.Month) || p.has(layout.Holiday) || p.has(layout.HebrewYear) || p.has(layout.HebrewMonth) {
		return i
	}
	k := i
	if s[k] == ',' {
		k++
	}
	if k = skipSpace(s, k); k >= len(s) || !newYearPassageFirst[s[k]|0x20] {
		return i // the cheap first test
	}
	if e := slavicYearBegins(s, k); e > k {
		end, _ := p.newYearOf(i, k, s[k:e], "Rosh Hashana", false)
		return end
	}
	if e, rok := slavicYearBeforeRok(s, k); e > k {
		end, _ := p.newYearOf(i, k, s[k:e], "Rosh Hashana", false)
		if end > i && p.last <= rok {
			p.lit(rok) // the "rok" after the year's number is the dateline's
			return p.last
		}
		return end
	}
	for _, ph := range newYearPassages {
		if end, ok := p.newYearOf(i, k, ph.words, ph.name, true); ok {
			return end
		}
	}
	return i
}

// newYearPassageFirst has the first letters, in lower case, of
// newYearPassages and of slavicYearBeginsVerbs.
var newYearPassageFirst = [256]bool{'a': true, 'p': true, 'e': true, 'i': true, 'l': true, 'r': true, 'z': true, 's': true}

// slavicYearBeginsVerbs and slavicYearNouns are how Polish, Czech and
// Slovak say, after a day, that a year begins on it, before the Hebrew
// year's number: the verb of beginning ("rozpocznie się", will begin),
// then "rok" (year) with "nowy" (new) or "żydowski" (Jewish) or not:
// "Tak więc wieczorem 29 września rozpocznie się rok 5769" (Kopalnia
// Wiedzy, the hundred-and-eighty-sixth held-out round) was no date, the
// day having no civil year; "Večer 28. septembra 2011 sa začína nový
// židovský rok 5772". As newYearPassages, they name Rosh Hashana only
// before a Hebrew year: "rozpoczyna się rok szkolny" is the school's.
// The verbs are in the present, the future and the past, the year's
// subject ("rozpoczął się", it began; Czech "začal", Slovak "sa začal")
// or the people who keep it, whose object the year is ("rozpoczęli",
// they began; "rozpoczynają", "rozpoczną", "zaczęli"): "wieczorem 18
// września rozpoczęli nowy 5770 rok według kalendarza żydowskiego"
// (Pajpress, the 288th held-out round), whose year's number stands
// between "nowy" and "rok" (see slavicYearBeforeRok).
var (
	slavicYearBeginsVerbs = [...]string{"rozpocznie się", "rozpoczyna się", "rozpoczął się", "zacznie się", "zaczyna się",
		"zaczął się", "rozpoczęli", "rozpoczęły", "rozpoczynają", "rozpoczną", "zaczęli", "zaczęły", "zaczynają", "zaczną",
		"sa začína", "začína sa", "sa začne", "začne sa", "sa začal", "začal sa", "začíná", "začne", "začína", "začal"}
	slavicYearNouns = [...]string{"nowy rok żydowski", "nowy żydowski rok", "żydowski rok", "nowy rok", "rok",
		"nový židovský rok", "židovský rok", "nový rok"}
)

// slavicYearBegins returns the end of one of slavicYearBeginsVerbs and
// one of slavicYearNouns at s[k], or k.
func slavicYearBegins(s string, k int) int {
	v := matchPhrases(s, k, slavicYearBeginsVerbs[:])
	if j := skipSpace(s, v); v > k && j > v {
		if e := matchPhrases(s, j, slavicYearNouns[:]); e > j {
			return e
		}
	}
	return k
}

// slavicYearAdjectives are Polish's words before a Hebrew year's number
// that "rok" (year) follows, "nowy 5770 rok" (the new year 5770), or
// none, as longest first (see slavicYearBeforeRok).
var slavicYearAdjectives = [...]string{"nowy żydowski", "nowy", "żydowski"}

// slavicYearBeforeRok returns, where one of slavicYearBeginsVerbs, one of
// slavicYearAdjectives or none, a number of four digits and the word
// "rok" are at s[k], the end of the verb and adjective, before the
// number, and the end of "rok"; or k and k. The number's being a Hebrew
// year is newYearOf's to say: "rozpoczęli nowy 2009 rok" names none.
func slavicYearBeforeRok(s string, k int) (e, rok int) {
	v := matchPhrases(s, k, slavicYearBeginsVerbs[:])
	j := skipSpace(s, v)
	if v == k || j == v {
		return k, k
	}
	e = v
	if a := matchPhrases(s, j, slavicYearAdjectives[:]); a > j {
		e = a
		if j = skipSpace(s, a); j == a {
			return k, k
		}
	}
	_, ye, digits := number(s, j)
	r := skipSpace(s, ye)
	if digits != 4 || r == ye {
		return k, k
	}
	if rok = matchWord(s, r, "rok"); rok == r {
		return k, k
	}
	return e, rok
}

// newYearOf reads at s[k] words that stand for Rosh Hashana, whose name in
// the occasion tables is name, before a Hebrew year in four digits ("de"
// or "del" between them, where of is set), as the occasion of that year
// (see newYearPassage, newYearEntry). It returns the end of what it read,
// or i; ok is false where the words are not at k, and another phrase may
// be.
func (p *parser) newYearOf(i, k int, words, name string, of bool) (end int, ok bool) {
	s := p.s
	e := matchPhrase(s, k, words)
	if e == k {
		return i, false
	}
	j := skipSpace(s, e)
	if a := matchWords(s, j, "de", "del"); of && a > j {
		j = skipSpace(s, a)
	}
	if v, ye, digits := number(s, j); j == e || digits != 4 || v < 3000 || !yearEnds(s, ye) {
		return i, true
	}
	var buf [maxOccasions]int
	idx, _, _ := occasionList(buf[:0], name, 0)
	if len(idx) == 0 {
		return i, true
	}
	p.add(occasionField(s, layout.Holiday, idx[0], k, e))
	p.occasionYear(false)
	return p.last, true
}

// yearBeginsWords are English's words for the Jewish year before its
// number, in lower case (see yearBegins), and the Romance languages':
// Spanish "el año judío", "el año hebreo", Portuguese "o ano judaico", "o
// ano hebraico", Italian "l'anno ebraico", French "l'année juive",
// "l'année hébraïque", the article before them being no part of the
// dateline: "L’anno ebraico 5782 è iniziato il 6 settembre, con Rosh
// HaShanah" (Associazione Regina Elena, incoming.tsv) was read as
// September 6 of the reference's year, with an info that the sentence
// named 5782. Romanian's "anul evreiesc" is left out, as its verb
// "începe" is said of the eve and the first day alike (see startsWords),
// and Catalan's "l'any jueu", whose "any" would make each English "any"
// a place where a dateline may start.
var yearBeginsWords = [...]string{"jewish calendar year", "hebrew calendar year", "jewish year", "hebrew year",
	"año judío", "año hebreo", "ano judaico", "ano hebraico", "ano judeu", "anno ebraico", "anno giudaico",
	"année juive", "année hébraïque"}

// yearBegins reads, at a dateline's start, one of yearBeginsWords and a
// Hebrew year in four digits before a verb of beginsWords, as Rosh Hashana
// of that year, which begins on the evening the verb's date names: "The
// Jewish calendar year 5780 commences at sundown on Sunday, Sept. 29,
// 2019" (NBC4, Columbus, the 143rd held-out round) was the date alone,
// and a Hebrew year that did not fit it went unsaid. Without the verb,
// "the Jewish year 5780" names no day. It returns the end of what it
// read, or i.
func (p *parser) yearBegins(i int) int {
	s := p.s
	if p.n > 0 || i >= len(s) || s[i]|0x20 != 'j' && s[i]|0x20 != 'h' && s[i]|0x20 != 'a' {
		return i
	}
	w, _, ye, ok := phraseOfHebrewYear(s, i, yearBeginsWords[:])
	if !ok || !yearEnds(s, ye) {
		return i
	}
	b := skipSpace(s, ye)
	if b == ye || b >= len(s) || !beginsFirst(s[b]) || beginsVerb(s, b, latinWord(s, b)) == b {
		return i
	}
	end, _ := p.newYearOf(i, i, w, "Jewish New Year", false)
	return end
}

// YearBeginsSaid reports whether the sentence that holds text[start:end],
// a date, says within maxHebrewYearAfter bytes either side of it that a
// year begins: a verb of beginning (beginsWords, startsWords: "O ano que
// começa nesta sexta-feira (15) é o 5.784") or Rosh Hashana's name ("Ao
// pôr do sol deste domingo (29), iniciam-se ... as celebrações do Rosh
// Hashaná, o Ano-Novo judaico de número 5780"). Package dateline asks it
// of a weekday and its day in brackets (see bracketDay) whose sentence
// names a Hebrew year: the day is then the year's eve or first day, where
// one fits. A sentence that names another occasion says nothing of the
// year's beginning ("Neste domingo (29) começa Sucot, em 5780": Sukkot
// 5780 began on Sunday, October 13, 2019, and the year's eve was Sunday,
// September 29).
func YearBeginsSaid(text string, start, end int) bool {
	lo, hi := max(0, start-maxHebrewYearAfter), min(len(text), end+maxHebrewYearAfter)
	rosh, ok := occasion.Find("Rosh Hashana", 5785, occasion.Diaspora)
	said := false
	for j := lo; j < hi; j++ {
		if j == start {
			j = end - 1
			continue
		}
		if j > 0 && text[j-1] != ' ' && text[j-1] != '(' && text[j-1] != ',' || j < start && !SameSentence(text, j, start) ||
			j >= end && !SameSentence(text, end, j) {
			continue // a word starts after a space, a bracket or a comma
		}
		if e := latinWord(text, j); e > j && (beginsVerb(text, j, e) > j || isWordOf(text[j:e], startsWords[:])) {
			said = true
		}
		if idx, e, found := matchOccasion(text, j, false); found {
			if !ok || occasionNames()[idx].Kind == occasion.Erev || !rosh.Is(occasionNames()[idx].Text) {
				return false // another occasion's beginning
			}
			said, j = true, e-1
		}
	}
	return said
}
