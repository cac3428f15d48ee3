package parse

import "strings"

// An occasion's day counted in words before its name, in the languages
// beyond English: "Trećeg dana Hanuke, u utorak, 4. decembra" (RTS,
// Serbian: the third day of Chanukah), "Во второй день Хануки",
// "drugiego dnia Chanuki", "zweiter Tag Rosch Haschana", "deuxième jour
// de Roch Hachana", "segundo día de Pésaj". The reader read the name alone
// as the occasion's first day, and where the text gives no year it took
// the year in which the date is that first day or its eve: the Serbian
// line was Tuesday, December 4, 2007, Chanukah's eve, where the page's
// is 2018's, whose Tuesday, December 4 ends on the eve of the third day.
// English's words are the parser's own (numberedOccasion).

// countedOrdinals has the ordinal words of the first eight days, the
// longest an occasion has, in lower case, by the day they count.
var countedOrdinals = func() map[string]int {
	m := make(map[string]int, 1024)
	words := func(v int, ws ...string) {
		for _, w := range ws {
			m[w] = v
		}
	}
	// stems adds each of stems[v-1] with each of the endings: an
	// adjective's forms by gender and case.
	stems := func(endings []string, stems ...[]string) {
		for i, ss := range stems {
			for _, s := range ss {
				for _, e := range endings {
					m[s+e] = i + 1
				}
			}
		}
	}
	one := func(ws ...string) [][]string {
		out := make([][]string, len(ws))
		for i, w := range ws {
			out[i] = strings.Split(w, "|")
		}
		return out
	}
	// Romance.
	words(1, "premier", "première", "premiere", "primer", "primero", "primera", "primeiro", "primeira", "primo", "prima")
	words(2, "deuxième", "deuxieme", "second", "seconde", "segundo", "segunda", "secondo", "seconda", "segon", "segona")
	words(3, "troisième", "troisieme", "tercer", "tercero", "tercera", "terceiro", "terceira", "terzo", "terza")
	words(4, "quatrième", "quatrieme", "cuarto", "cuarta", "quarto", "quarta", "quart")
	words(5, "cinquième", "cinquieme", "quinto", "quinta", "cinquè", "cinquena")
	words(6, "sixième", "sixieme", "sexto", "sexta", "sesto", "sesta", "sisè", "sisena")
	words(7, "septième", "septieme", "séptimo", "séptima", "septimo", "septima", "sétimo", "sétima", "settimo", "settima", "setè", "setena")
	words(8, "huitième", "huitieme", "octavo", "octava", "oitavo", "oitava", "ottavo", "ottava", "vuitè", "vuitena")
	// Germanic: German's by its endings; Dutch, Swedish, Danish and
	// Norwegian whole.
	stems([]string{"e", "er", "en", "es", "em"}, one("erst", "zweit", "dritt", "viert", "fünft|funft", "sechst", "siebt|siebent", "acht")...)
	words(1, "eerste", "första", "første", "forste")
	words(2, "tweede", "andra", "anden", "andre")
	words(3, "derde", "tredje")
	words(4, "vierde", "fjärde", "fjerde")
	words(5, "vijfde", "femte")
	words(6, "zesde", "sjätte", "sjette")
	words(7, "zevende", "sjunde", "syvende", "sjuende")
	words(8, "achtste", "åttonde", "ottende", "åttende")
	// Slavic, whose ordinals decline as adjectives do: the endings of
	// each language's by gender and case, on its stems.
	sh := []string{"i", "a", "e", "o", "u", "og", "oga", "om", "ome", "omu", "eg", "ega", "em", "emu"} // Croatian, Serbian, Bosnian
	stems(sh, one("prv", "drug", "treć|trec", "četvrt|cetvrt", "pet", "šest|sest", "sedm", "osm")...)
	shc := []string{"и", "а", "е", "о", "у", "ог", "ога", "ом", "оме", "ому", "ег", "ега", "ем", "ему"} // Serbian in Cyrillic
	stems(shc, one("прв", "друг", "трећ", "четврт", "пет", "шест", "седм", "осм")...)
	ru := []string{"ый", "ой", "ий", "ая", "ое", "ого", "ом", "ому", "ую", "ые", "ых"}
	stems(ru, one("перв", "втор", "", "четвёрт|четверт", "пят", "шест", "седьм", "восьм")...)
	words(3, "третий", "третья", "третье", "третьего", "третьем", "третьему", "третью", "третьей")
	uk := []string{"ий", "а", "е", "ого", "ому", "ім", "у", "ої"}
	stems(uk, one("перш", "друг", "", "четверт", "п'ят|п’ят|пʼят", "шост", "сьом", "восьм")...)
	words(3, "третій", "третя", "третє", "третього", "третьому", "третю")
	be := []string{"ы", "ая", "ае", "ага", "ым", "ай", "ую", "аму"} // Belarusian
	stems(be, one("перш", "", "", "чацвёрт|чацверт", "пят", "шост", "сём|сем", "восьм")...)
	words(2, "другі", "другая", "другое", "другога", "другім", "другой", "другую", "другому")
	words(3, "трэці", "трэцяя", "трэцяе", "трэцяга", "трэцім", "трэцяй", "трэцюю", "трэцяму")
	bg := []string{"и", "ия", "ият", "а", "ата", "о", "ото"}
	stems(bg, one("първ", "втор", "трет", "четвърт", "пет", "шест", "седм", "осм")...)
	pl := []string{"y", "a", "e", "ego", "ej", "ym", "ą"}
	stems(pl, one("pierwsz", "", "", "czwart", "piąt|piat", "szóst|szost", "siódm|siodm", "ósm|osm")...)
	words(2, "drugi", "druga", "drugie", "drugiego", "drugiej", "drugim", "drugą")
	words(3, "trzeci", "trzecia", "trzecie", "trzeciego", "trzeciej", "trzecim", "trzecią")
	csHard := []string{"ý", "á", "é", "ého", "ém", "ým", "ou", "y", "a", "e", "eho", "om", "ym"} // Czech and Slovak
	stems(csHard, one("prv", "druh", "", "čtvrt|štvrt", "pát|piat", "šest|šiest", "sedm|siedm", "osm|ôsm")...)
	words(1, "první", "prvního", "prvním", "prvnímu")
	words(3, "třetí", "třetího", "třetím", "třetímu", "tretí", "tretieho", "tretiemu", "tretím")
	// Hungarian's, which do not decline (első, második ... nyolcadik),
	// from its table of the days of a month (see hungarianOrdinals).
	for w, v := range hungarianOrdinals {
		if v <= 8 {
			m[w] = v
		}
	}
	delete(m, "") // the stems left empty above, whose forms are words
	return m
}()

// countedDayWords are the words for "day" between an ordinal (a word, or
// digits with their point) and an occasion's name, beyond
// occasionDayWords: the Slavic languages', whose name follows in the
// genitive with no word for "of", Swedish's definite "dagen", and the
// Baltic languages', Estonian's and Turkish's, which hebcal-go has no
// locale for ("2. diena", "2. päev", "2. gün").
var countedDayWords = [...]string{"dan", "dana", "danu", "дан", "дана", "дану", "день", "дня", "дню", "дзень", "ден", "dzień", "dnia", "dniu",
	"den", "dne", "dni", "deň", "dňa", "dagen", "diena", "dienā", "dienos", "dieną", "päev", "päeval", "gün", "günü"}

// CountedWordsBefore reads, right before text[start], where a match of
// Find opens with an occasion's name, an ordinal word of one of the
// languages beyond English, a word for "day", and a word for "of" or
// none: "trećeg dana Hanuke", "второй день Хануки", "deuxième jour de Roch
// Hachana". It returns where the ordinal starts and the day it counts,
// from 1 (see countedOrdinals).
func CountedWordsBefore(text string, start int) (int, int, bool) {
	k := trimSpaceBefore(text, start)
	if k == start || k == 0 {
		return start, 0, false
	}
	w := wordBefore(text, k)
	if w < k && isWordOf(text[w:k], occasionDayOf) {
		k = trimSpaceBefore(text, w)
		w = wordBefore(text, k)
	}
	if w == k || !isWordOf(text[w:k], occasionDayWords) && !isWordOf(text[w:k], countedDayWords[:]) {
		return start, 0, false
	}
	k = trimSpaceBefore(text, w)
	o := markedWordBefore(text, k) // (Trećeg, <p>Trećeg
	if k == w || o == k || !isWordStart(text, o) || latinWord(text, o) != k {
		return start, 0, false
	}
	v, ok := countedOrdinals[strings.ToLower(text[o:k])]
	return o, v, ok
}

// DayWordBefore reads, right before text[start], where a match of Find
// opens with a Hebrew month's name and no day, a word that may name the
// day: an ordinal of countedOrdinals, with Dutch's and German's old
// dative's n after it or not ("den eersten Adar", "le premier Adar", "am
// ersten Adar"), or a number glued to an ordinal's letters ("den 1sten
// Adar"). The reader reads none of them before a Hebrew month, and Find
// read "Vrijdag den eersten Adar het jaar 5481. (1 Maart 1721)" as Adar
// 5481 beside March 1, 1721, with nothing said of the first of Adar, 2
// Adar being March 1. It returns the word.
func DayWordBefore(text string, start int) (string, bool) {
	k := trimSpaceBefore(text, start)
	if k == start || k == 0 {
		return "", false
	}
	w := wordBefore(text, k)
	if w == k {
		return "", false
	}
	word := text[w:k]
	if _, e, digits := number(word, 0); digits > 0 && digits <= 2 && e < len(word) {
		if !isLetters(strings.ToLower(word[e:])) {
			return "", false
		}
		return word, true // 1sten, 2ten
	}
	lower := strings.ToLower(word)
	if _, ok := countedOrdinals[lower]; ok {
		return word, true
	}
	if n := strings.TrimSuffix(lower, "n"); n != lower {
		if _, ok := countedOrdinals[n]; ok {
			return word, true // eersten: Dutch's old dative of eerste
		}
	}
	return "", false
}
