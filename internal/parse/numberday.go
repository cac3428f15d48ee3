package parse

import (
	"strings"

	"github.com/dualdate/dualdate/internal/layout"
)

// Days of a month written as a number word right before the month's
// name, as pages in the languages of Europe spell a date out in prose:
// "En ce deux octobre, certains se préparent à fêter Nouvel An." (BX1,
// Brussels, 2 October 2024), "el miércoles ocho de septiembre al
// atardecer" (El Pueblo de Ceuta, 8 September 2010), "pripadol na
// deviateho septembra" (Plus 7 dní, 9 September 2018), "večer
// dvadsiateho ôsmeho novembra 2021", none of which was read. The
// Romance languages write the day as a cardinal (deux, ocho, vingt-cinq,
// treinta y uno, vinte e cinco, venticinque, vint-i-u), Spanish,
// Portuguese and Catalan with "de" before the month; the Slavic ones as
// the genitive of the ordinal (deviateho, dwudziestego piątego,
// prvního, першого; Russian's are russianDayWord's); German as the
// ordinal after "am", "dem" or "den" (am fünfundzwanzigsten Dezember).
//
// The words are prose everywhere else (deux personnes, el ocho, pierwszego
// razu), so a word is a day only with the name of a Gregorian month of
// its own language right after it (or after the language's "de"): "deux
// octobre", never "deux October" or "ocho octobre". The day is read as
// russianDayWord's and firstDayWord's are: the word is the day's Text,
// which a layout writes back for that day, and writes every other day in
// digits ("9 de septiembre", "10 septembra"), as the languages write
// them; the words of other days are not written.
//
// The Romance languages' 1st alone is left to the ordinals they write
// for it (premier, primero, primo, primeiro: see firstDayWord): "un mars"
// is "a March"; their 21st and 31st are here (vingt et un, treinta y
// uno). A word that is also another word of the tables keeps that
// word: French's "sept" is September's abbreviation, Catalan's "set" and
// Portuguese's "dez" September's and December's.

// numberDayTable has the spellings of the days of each language, by day:
// each is one word or several, joined by spaces or hyphens as the
// language writes them.
var numberDayTable = [...]struct {
	lang layout.Lang
	days [32][]string
}{
	{layout.French, [32][]string{
		2: {"deux"}, 3: {"trois"}, 4: {"quatre"}, 5: {"cinq"}, 6: {"six"}, 8: {"huit"}, 9: {"neuf"},
		10: {"dix"}, 11: {"onze"}, 12: {"douze"}, 13: {"treize"}, 14: {"quatorze"}, 15: {"quinze"}, 16: {"seize"},
		17: {"dix-sept"}, 18: {"dix-huit"}, 19: {"dix-neuf"}, 20: {"vingt"}, 21: {"vingt et un", "vingt-et-un"},
		22: {"vingt-deux"}, 23: {"vingt-trois"}, 24: {"vingt-quatre"}, 25: {"vingt-cinq"}, 26: {"vingt-six"},
		27: {"vingt-sept"}, 28: {"vingt-huit"}, 29: {"vingt-neuf"}, 30: {"trente"}, 31: {"trente et un", "trente-et-un"},
	}},
	{layout.Spanish, [32][]string{
		2: {"dos"}, 3: {"tres"}, 4: {"cuatro"}, 5: {"cinco"}, 6: {"seis"}, 7: {"siete"}, 8: {"ocho"}, 9: {"nueve"},
		10: {"diez"}, 11: {"once"}, 12: {"doce"}, 13: {"trece"}, 14: {"catorce"}, 15: {"quince"}, 16: {"dieciséis"},
		17: {"diecisiete"}, 18: {"dieciocho"}, 19: {"diecinueve"}, 20: {"veinte"}, 21: {"veintiuno", "veintiún"},
		22: {"veintidós"}, 23: {"veintitrés"}, 24: {"veinticuatro"}, 25: {"veinticinco"}, 26: {"veintiséis"},
		27: {"veintisiete"}, 28: {"veintiocho"}, 29: {"veintinueve"}, 30: {"treinta"}, 31: {"treinta y uno", "treinta y un"},
	}},
	{layout.Portuguese, [32][]string{
		2: {"dois"}, 3: {"três"}, 4: {"quatro"}, 5: {"cinco"}, 6: {"seis"}, 7: {"sete"}, 8: {"oito"}, 9: {"nove"},
		11: {"onze"}, 12: {"doze"}, 13: {"treze"}, 14: {"catorze", "quatorze"}, 15: {"quinze"},
		16: {"dezesseis", "dezasseis"}, 17: {"dezessete", "dezassete"}, 18: {"dezoito"}, 19: {"dezenove", "dezanove"},
		20: {"vinte"}, 21: {"vinte e um"}, 22: {"vinte e dois"}, 23: {"vinte e três"}, 24: {"vinte e quatro"},
		25: {"vinte e cinco"}, 26: {"vinte e seis"}, 27: {"vinte e sete"}, 28: {"vinte e oito"}, 29: {"vinte e nove"},
		30: {"trinta"}, 31: {"trinta e um"},
	}},
	{layout.Catalan, [32][]string{
		2: {"dos"}, 3: {"tres"}, 4: {"quatre"}, 5: {"cinc"}, 6: {"sis"}, 8: {"vuit"}, 9: {"nou"},
		10: {"deu"}, 11: {"onze"}, 12: {"dotze"}, 13: {"tretze"}, 14: {"catorze"}, 15: {"quinze"}, 16: {"setze"},
		17: {"disset"}, 18: {"divuit"}, 19: {"dinou"}, 20: {"vint"}, 21: {"vint-i-u", "vint-i-un"},
		22: {"vint-i-dos"}, 23: {"vint-i-tres"}, 24: {"vint-i-quatre"}, 25: {"vint-i-cinc"}, 26: {"vint-i-sis"},
		27: {"vint-i-set"}, 28: {"vint-i-vuit"}, 29: {"vint-i-nou"}, 30: {"trenta"}, 31: {"trenta-u", "trenta-un"},
	}},
	{layout.Italian, [32][]string{
		2: {"due"}, 3: {"tre"}, 4: {"quattro"}, 5: {"cinque"}, 6: {"sei"}, 7: {"sette"}, 8: {"otto"}, 9: {"nove"},
		10: {"dieci"}, 11: {"undici"}, 12: {"dodici"}, 13: {"tredici"}, 14: {"quattordici"}, 15: {"quindici"},
		16: {"sedici"}, 17: {"diciassette"}, 18: {"diciotto"}, 19: {"diciannove"}, 20: {"venti"}, 21: {"ventuno"},
		22: {"ventidue"}, 23: {"ventitré", "ventitre"}, 24: {"ventiquattro"}, 25: {"venticinque"}, 26: {"ventisei"},
		27: {"ventisette"}, 28: {"ventotto"}, 29: {"ventinove"}, 30: {"trenta"}, 31: {"trentuno"},
	}},
	{layout.Slovak, slavicDays(
		[]string{"prvého", "druhého", "tretieho", "štvrtého", "piateho", "šiesteho", "siedmeho", "ôsmeho", "deviateho", "desiateho",
			"jedenásteho", "dvanásteho", "trinásteho", "štrnásteho", "pätnásteho", "šestnásteho", "sedemnásteho", "osemnásteho",
			"devätnásteho", "dvadsiateho"}, "tridsiateho")},
	{layout.Czech, czechDays()},
	{layout.Polish, slavicDays(
		[]string{"pierwszego", "drugiego", "trzeciego", "czwartego", "piątego", "szóstego", "siódmego", "ósmego", "dziewiątego",
			"dziesiątego", "jedenastego", "dwunastego", "trzynastego", "czternastego", "piętnastego", "szesnastego",
			"siedemnastego", "osiemnastego", "dziewiętnastego", "dwudziestego"}, "trzydziestego")},
	{layout.Ukrainian, ukrainianDays()},
	{layout.German, [32][]string{
		1: {"ersten"}, 2: {"zweiten"}, 3: {"dritten"}, 4: {"vierten"}, 5: {"fünften"}, 6: {"sechsten"}, 7: {"siebten", "siebenten"},
		8: {"achten"}, 9: {"neunten"}, 10: {"zehnten"}, 11: {"elften"}, 12: {"zwölften"}, 13: {"dreizehnten"},
		14: {"vierzehnten"}, 15: {"fünfzehnten"}, 16: {"sechzehnten"}, 17: {"siebzehnten"}, 18: {"achtzehnten"},
		19: {"neunzehnten"}, 20: {"zwanzigsten"}, 21: {"einundzwanzigsten"}, 22: {"zweiundzwanzigsten"},
		23: {"dreiundzwanzigsten"}, 24: {"vierundzwanzigsten"}, 25: {"fünfundzwanzigsten"}, 26: {"sechsundzwanzigsten"},
		27: {"siebenundzwanzigsten"}, 28: {"achtundzwanzigsten"}, 29: {"neunundzwanzigsten"},
		30: {"dreißigsten", "dreissigsten"}, 31: {"einunddreißigsten", "einunddreissigsten"},
	}},
}

// slavicDays returns the days of a language that writes them as the
// genitive ordinals of the first twenty days, ord, and of the 30th,
// thirty, and the days from 21 on as two words, the tens' ordinal and the
// unit's: Slovak's "dvadsiateho ôsmeho", Polish's "dwudziestego piątego".
func slavicDays(ord []string, thirty string) [32][]string {
	var d [32][]string
	for i, w := range ord {
		d[i+1] = []string{w}
	}
	for u := 1; u <= 9; u++ {
		d[20+u] = []string{ord[19] + " " + ord[u-1]}
	}
	d[30] = []string{thirty}
	d[31] = []string{thirty + " " + ord[0]}
	return d
}

// czechDays returns Czech's days (see slavicDays), whose days from 21 on
// are written in two words or in one, the unit first: "dvacátého pátého"
// or "pětadvacátého", "jednatřicátého".
func czechDays() [32][]string {
	d := slavicDays([]string{"prvního", "druhého", "třetího", "čtvrtého", "pátého", "šestého", "sedmého", "osmého", "devátého",
		"desátého", "jedenáctého", "dvanáctého", "třináctého", "čtrnáctého", "patnáctého", "šestnáctého", "sedmnáctého",
		"osmnáctého", "devatenáctého", "dvacátého"}, "třicátého")
	for u, w := range [...]string{"jedna", "dva", "tři", "čtyři", "pět", "šest", "sedm", "osm", "devět"} {
		d[21+u] = append(d[21+u], w+"advacátého")
	}
	d[31] = append(d[31], "jednatřicátého")
	return d
}

// ukrainianDays returns Ukrainian's days (see slavicDays), whose
// apostrophe pages write in three ways: п'ятого, п’ятого, пʼятого.
func ukrainianDays() [32][]string {
	d := slavicDays([]string{"першого", "другого", "третього", "четвертого", "п'ятого", "шостого", "сьомого", "восьмого",
		"дев'ятого", "десятого", "одинадцятого", "дванадцятого", "тринадцятого", "чотирнадцятого", "п'ятнадцятого",
		"шістнадцятого", "сімнадцятого", "вісімнадцятого", "дев'ятнадцятого", "двадцятого"}, "тридцятого")
	for v, ws := range d {
		for _, w := range ws {
			for _, a := range [...]string{"’", "ʼ"} {
				if strings.Contains(w, "'") {
					d[v] = append(d[v], strings.ReplaceAll(w, "'", a))
				}
			}
		}
		for i, w := range d[v] {
			if strings.HasPrefix(w, "двадцятого ") {
				d[v][i] = "двадцять " + strings.TrimPrefix(w, "двадцятого ") // двадцять п'ятого
			} else if strings.HasPrefix(w, "тридцятого ") {
				d[v][i] = "тридцять " + strings.TrimPrefix(w, "тридцятого ")
			}
		}
	}
	return d
}

// A numberDaySpelling is one spelling of a day of numberDayTable.
type numberDaySpelling struct {
	text string
	day  int
	lang layout.Lang
}

// numberDaySpellings has the spellings of numberDayTable by their first
// word, without diacritics and in lower case (see foldString); each is
// there as written and without its diacritics (ôsmeho, osmeho).
var numberDaySpellings = map[string][]numberDaySpelling{}

// addNumberDays adds the first words of numberDayTable's spellings to
// latinWords, after every other word of the tables, which keeps a word
// they have (sept, dez).
func addNumberDays() {
	for _, t := range numberDayTable {
		for v, ws := range t.days {
			for _, text := range ws {
				texts := []string{text}
				if bare := foldString(text); bare != strings.ToLower(text) {
					texts = append(texts, bare)
				}
				for _, tx := range texts {
					first := tx
					if j := strings.IndexAny(tx, " -"); j > 0 {
						first = tx[:j]
					}
					key := foldString(first)
					numberDaySpellings[key] = append(numberDaySpellings[key], numberDaySpelling{text: tx, day: v, lang: t.lang})
					addNumberDayKey(foldCaseString(first), t.lang)
					addNumberDayKey(key, t.lang)
				}
			}
		}
	}
}

// addNumberDayKey adds the first word of a day's spelling in the
// language l to latinWords, or adds l to the word's languages where
// another language has it too (quinze, nove); a word of another kind
// keeps its key.
func addNumberDayKey(key string, l layout.Lang) {
	old, dup := latinWords[key]
	switch {
	case !dup:
		latinWords[key] = word{kind: wNumberDay, lang: l, langs: 1 << l}
	case old.kind == wNumberDay:
		old.langs |= 1 << l
		latinWords[key] = old
	}
}

// numberDayAt reads at s[i] a day written as a number word of
// numberDayTable with the name of a Gregorian month of the word's
// language after it, and returns the day, the end of its words and the
// index of the month's name. A word with a tens' word before it is the
// unit of a day that is no day ("trente-deux octobre", "trzydziestego
// drugiego"), and no day of its own.
func numberDayAt(s string, i int) (day, end, month int, ok bool) {
	e := latinWord(s, i)
	if e == i || i >= 2 && s[i-1] == '-' && s[i-2] != ' ' {
		// The end of a longer number's words: "quatre-vingt-deux mars"
		// (82) was read as March 22.
		return 0, i, i, false
	}
	spellings := numberDaySpellings[foldString(s[i:e])]
	if len(spellings) == 0 || numberDayTensBefore(s, i) || numberDayListBefore(s, i) {
		return 0, i, i, false
	}
	for _, sp := range spellings {
		k := matchPhrase(s, i, sp.text)
		if k <= i || k < end || !wordEnds(s, k) {
			continue
		}
		m, mok := numberDayMonth(s, i, k, sp.lang)
		if !mok {
			continue
		}
		if k > end {
			day, end, month, ok = sp.day, k, m, true
		}
	}
	return day, end, month, ok
}

// numberDayMonth returns the index of the month's name after a day's
// words ending at k in the language l, with the words the language puts
// before and between them: Spanish's, Portuguese's and Catalan's "de"
// (and Catalan's "d'" before a vowel: vuit d'octubre), German's "am",
// "dem" or "den" before the day; and whether the name is that of a
// Gregorian month in l.
func numberDayMonth(s string, i, k int, l layout.Lang) (int, bool) {
	j := skipSpace(s, k)
	if j == k {
		return k, false
	}
	switch l {
	case layout.Spanish, layout.Portuguese, layout.Catalan:
		if d := matchWord(s, j, "de"); d > j {
			j = skipSpace(s, d)
		} else if a := catalanElided(s, j); l == layout.Catalan && a > j {
			j = a // vuit d'octubre
		} else {
			return k, false
		}
	case layout.German:
		b := trimSpaceBefore(s, i)
		if b == i {
			return k, false
		}
		if w := strings.ToLower(s[wordBefore(s, b):b]); w != "am" && w != "dem" && w != "den" {
			return k, false
		}
	}
	w, _, ok := wordAt(s, j)
	if !ok || w.kind != wMonth || w.weak {
		return k, false
	}
	langs := w.langs | 1<<w.lang
	return j, langs&(1<<l) != 0
}

// catalanElided returns the index after Catalan's "d'" (or "d’") at
// s[j], "de" before a vowel, or j.
func catalanElided(s string, j int) int {
	if j >= len(s) || s[j]|0x20 != 'd' {
		return j
	}
	if strings.HasPrefix(s[j+1:], "'") {
		return j + 2
	}
	if strings.HasPrefix(s[j+1:], "’") {
		return j + 1 + len("’")
	}
	return j
}

// numberDayTens are the first words of the days from 21 on, and of
// French's 17 to 19, folded: the words a unit's word after them is part
// of (see numberDayAt).
var numberDayTens = map[string]bool{
	"dix": true, "vingt": true, "trente": true, "treinta": true, "vinte": true, "trinta": true, "vint": true,
	"trenta": true, "dvadsiateho": true, "tridsiateho": true, "dvacateho": true, "tricateho": true,
	"dwudziestego": true, "trzydziestego": true, "двадцять": true, "тридцять": true,
	// And the tens and hundreds past a month's days, whose units are no
	// day either: "el cuarenta y dos de marzo" (42) was read as March 2
	// (found trying the command as an adversary).
	"quarante": true, "cinquante": true, "soixante": true, "septante": true, "huitante": true, "nonante": true, "cent": true, "cents": true,
	"cuarenta": true, "cincuenta": true, "sesenta": true, "setenta": true, "ochenta": true, "noventa": true, "cien": true, "ciento": true,
	"quarenta": true, "cinquenta": true, "sessenta": true, "oitenta": true, "cem": true, "cento": true,
	"quaranta": true, "cinquanta": true, "seixanta": true, "setanta": true, "vuitanta": true, "noranta": true,
	"czterdziestego": true, "pięćdziesiątego": true, "sześćdziesiątego": true, "siedemdziesiątego": true, "osiemdziesiątego": true, "dziewięćdziesiątego": true,
	"štyridsiateho": true, "päťdesiateho": true, "čtyřicátého": true, "padesátého": true,
	"сорок": true, "п'ятдесят": true, "шістдесят": true, "сімдесят": true, "вісімдесят": true, "дев'яносто": true, "сто": true,
	// And English's, before an ordinal word of a day (see dayWord): "the
	// thirty second of March 2024" and "the forty second" were read as
	// March 2 (found trying the command as an adversary).
	"twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true, "seventy": true, "eighty": true, "ninety": true, "hundred": true,
}

// numberDayTensBefore reports whether a word of numberDayTens is before
// s[i], after a space or a hyphen, or after a word that joins them (et,
// y, e, i): the word at s[i] is the unit of the tens.
func numberDayTensBefore(s string, i int) bool {
	for n := 0; n < 2; n++ {
		b := i
		for b > 0 && (s[b-1] == ' ' || s[b-1] == '-') {
			b--
		}
		if b == i || b == 0 {
			return false
		}
		a := b
		for a > 0 && s[a-1] != ' ' && s[a-1] != '-' && s[a-1] != '\n' {
			a--
		}
		w := foldString(s[a:b])
		if numberDayTens[w] {
			return true
		}
		if w != "et" && w != "y" && w != "e" && w != "i" {
			return false
		}
		i = a
	}
	return false
}

// numberDayListJoins are the words, folded, between the days of a range
// or a list written in words (see numberDayListBefore): "du deux au
// cinq", "del dos al cinco", "el dos y el tres", "entre o dois e o
// cinco", "dal due al cinque", "od drugiego do piątego", "vom ersten bis
// zum dritten".
var numberDayListJoins = map[string]bool{
	"au": true, "aux": true, "a": true, "à": true, "al": true, "y": true, "e": true, "et": true, "i": true, "o": true,
	"el": true, "le": true, "il": true, "ao": true, "do": true, "до": true, "по": true, "bis": true, "zum": true,
	"und": true, "ou": true, "ni": true, "oder": true, "albo": true, "lub": true, "nebo": true, "alebo": true, "і": true, "й": true,
	"fins": true, "hasta": true, "até": true, "ate": true, "fino": true, "-": true, "–": true,
}

// numberDayListBefore reports whether a day's word of numberDayTable is
// before s[i], with words of numberDayListJoins alone between them: the
// word at s[i] ends a range or a list whose first days have no month of
// their own ("du deux au cinq octobre 2024"), which read as its last day
// alone would be the wrong answer, where the first days are not read.
func numberDayListBefore(s string, i int) bool {
	for n := 0; n < 4; n++ {
		b := trimSpaceBefore(s, i)
		if b == i || b == 0 {
			return false
		}
		a := wordBefore(s, b)
		w := foldString(strings.TrimRight(s[a:b], ","))
		if h := strings.IndexByte(w, '-'); h > 0 {
			w = w[:h] // vingt-quatre: "du vingt-quatre au vingt-six décembre" was the 26th alone
		}
		if _, ok := numberDaySpellings[w]; ok {
			return true
		}
		if n, e, digits := number(w, 0); digits > 0 && digits <= 2 && e == len(w) && n >= 1 && n <= 31 {
			return true // "le 24 et vingt-cinq décembre"
		}
		if _, ok := russianOrdinals[w]; ok {
			return true
		}
		if !numberDayListJoins[w] && !numberDayListJoins[strings.ToLower(s[a:b])] {
			return false
		}
		i = a
	}
	return false
}

// numberDay reads a date whose day is written in words at s[i] (see
// numberDayAt), with the year after the month, which reads as after a
// day in digits (see afterDay).
func (p *parser) numberDay(i int) (int, bool) {
	v, e, k, ok := numberDayAt(p.s, i)
	if !ok {
		return i, p.fail(i, "a day before its month")
	}
	day := Field{Value: v, Start: i, End: e}
	day.Text, day.Of = p.s[i:e], int8(v)
	return p.afterDay(i, day, Field{}, false, k)
}

// numberDayStarts reports whether a phrase may start at the word s[i:e],
// the first of a day's words (see numberDayAt).
func numberDayStarts(s string, i int) bool {
	_, _, _, ok := numberDayAt(s, i)
	return ok
}
