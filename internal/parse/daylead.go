package parse

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
// from the page's day, which the year taken for a date without its own
// does not heed ("no passado dia 27 de janeiro" on a page of November
// would be next January's): such a dateline is read only with its year
// (see parser.relativeLead).
var (
	dayLeadArticles  = [...]string{"el", "els", "los", "il", "i", "lo", "o", "os", "no", "nos", "em"}
	dayLeadRelatives = [...]string{"passado", "próximo", "proximo", "pasado", "passat", "proper", "scorso", "prossimo"}
	dayLeadNouns     = [...]string{"dia", "dias", "día", "días", "dies", "giorno", "giorni"}
	// dayLeadBare are the articles read before the day itself, with no
	// noun or relative word between: "el 15 de septiembre", "il 15
	// settembre", "em 15 de setembro", "no 25 de Abril".
	dayLeadBare = [...]string{"el", "il", "em", "no"}
)

// dayLead returns the index of the day in one or two digits after the
// words of dayLeadArticles, dayLeadRelatives and dayLeadNouns at s[i], in
// that order, an article first: the article and a noun, the article, a
// relative word and the noun or not, or one of dayLeadBare alone; or i.
// relative says a word of dayLeadRelatives was read.
func dayLead(s string, i int) (k int, relative bool) {
	e := latinWord(s, i)
	if e == i || e-i > len("els") || !isWordOf(s[i:e], dayLeadArticles[:]) {
		return i, false // the cheap first test: a word of one to three letters
	}
	bare := isWordOf(s[i:e], dayLeadBare[:])
	k = skipSpace(s, e)
	if k == e {
		return i, false
	}
	if r := latinWord(s, k); r > k && isWordOf(s[k:r], dayLeadRelatives[:]) {
		if k = skipSpace(s, r); k == r {
			return i, false
		}
		bare, relative = true, true // el pasado 27 de enero, lo scorso 27 gennaio
	}
	if n := latinWord(s, k); n > k && isWordOf(s[k:n], dayLeadNouns[:]) {
		if k = skipSpace(s, n); k == n {
			return i, false
		}
		bare = true
	}
	if _, d, digits := number(s, k); !bare || digits == 0 || digits > 2 || d >= len(s) || s[d] != ' ' {
		return i, false // a day and a space: no year, time or numeric date
	}
	return k, relative
}
