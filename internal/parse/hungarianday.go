package parse

import "strings"

// Hungarian writes a Hebrew date month first, as it writes its own dates,
// with words of its own between the parts: its word for month after the
// month's name ("Tisri hónap 15-én", "kiszlév hó 25-én", "niszán havának
// 15. napján"), the day with a case ending or with its point and the word
// for day ("15. napján", on the 15th day), and the day as an ordinal word
// before the word for day ("Tisri hónap tizenötödik napjától", from the
// fifteenth day of the month of Tishrei: zsima.hu, the 160th held-out
// round, not found). The reader took the word for month for no date and
// stopped at it. The words are text of the dateline; an ordinal word is a
// day only with the word for day after it, as "Tisri hónap második fele"
// (the second half of the month of Tishrei) names no day.

// hungarianMonthWords are Hungarian's words for month after a month's
// name, longest first: hónap (month), hó (its short form, as in "május
// hó 15-én"), and their possessive forms (hónapja, hava: its month;
// hónapjának, havának: of its month).
var hungarianMonthWords = [...]string{"hónapjának", "hónapja", "hónap", "havának", "hava", "hó"}

// hungarianDayNouns are Hungarian's word for day in the forms a date
// puts after its day, longest first: napjától (from the day of), napjáig
// (until), napján (on), napjára, napjának, napját, napja, and napon.
var hungarianDayNouns = [...]string{"napjától", "napjáig", "napján", "napjára", "napjának", "napját", "napja", "napon"}

// hungarianOrdinals has the ordinal words of the days of a Hebrew month,
// 1 to 30, in lower case: első, második, harmadik ... tizenötödik ...
// harmincadik. Hungarian joins the tens and the units into one word, and
// writes 1 and 2 as egyedik and kettedik only after a ten.
var hungarianOrdinals = func() map[string]int {
	m := map[string]int{"első": 1, "második": 2, "tizedik": 10, "huszadik": 20, "harmincadik": 30}
	units := [...]string{"egyedik", "kettedik", "harmadik", "negyedik", "ötödik", "hatodik", "hetedik", "nyolcadik", "kilencedik"}
	for i, u := range units {
		if i >= 2 {
			m[u] = i + 1
		}
		m["tizen"+u] = 11 + i
		m["huszon"+u] = 21 + i
	}
	return m
}()

// hungarianMonthWord returns the end of one of hungarianMonthWords at
// s[k], in any case, or k.
func hungarianMonthWord(s string, k int) int {
	return matchPhrases(s, k, hungarianMonthWords[:])
}

// hungarianMonthDay returns where the day starts after a month's name
// whose next word, at s[k], is one of hungarianMonthWords with a day in
// digits after it ("május hó 15-én", "2023. december hó 9-én": the civil
// month with Hungarian's word for month, as official letters write it),
// or k.
func hungarianMonthDay(s string, k int) int {
	if e := hungarianMonthWord(s, k); e > k && isDigit(s, skipSpace(s, e)) {
		return skipSpace(s, e)
	}
	return k
}

// hungarianDayNoun returns the end of one of hungarianDayNouns at s[k],
// in any case, or k.
func hungarianDayNoun(s string, k int) int {
	return matchPhrases(s, k, hungarianDayNouns[:])
}

// hungarianDay reads the day of a Hungarian date at s[k], after its
// month: digits with a case ending (15-én) or with a point and the word
// for day (15. napján), or an ordinal word with the word for day
// (tizenötödik napjától). It returns the day's field and the end of the
// words after it, which are text of the dateline.
func hungarianDay(s string, k int) (Field, int, bool) {
	if day, ok := dayField(s, k); ok {
		if e := caseEnding(s, day.End); e > day.End {
			return day, e, true // Tisri hónap 15-én
		}
		if day.End+1 < len(s) && s[day.End] == '.' && s[day.End+1] == ' ' {
			if e := hungarianDayNoun(s, skipSpace(s, day.End+1)); e > day.End+1 {
				return day, e, true // niszán hónap 15. napján
			}
		}
		return Field{}, k, false
	}
	e := latinWord(s, k)
	v, ok := hungarianOrdinals[strings.ToLower(s[k:e])]
	if e == k || !ok {
		return Field{}, k, false
	}
	n := hungarianDayNoun(s, skipSpace(s, e))
	if n == skipSpace(s, e) {
		return Field{}, k, false // Tisri hónap második fele: no day
	}
	return Field{Value: v, Start: k, End: e}, n, true
}

// hungarianCounted reads, after an occasion's name that ends at s[e], the
// day of the occasion that Hungarian counts after its name: an ordinal
// word (második), a number with its point (2.) or a Roman one (II.), then
// the word for day (napja, napján): "Hanuka második napján", "a Hanuka 2.
// napja" (the second day of Chanukah), as other languages count it before
// the name (see countedOccasion and CountedWordsBefore). It returns the
// day, from 1, and the end of the words, or 0 and e. After a name that
// counts its day itself ("Ros Hasana II", Rosh Hashana's second day), the
// point and the word for day are the name's: day 0, and their end.
func hungarianCounted(s string, e int) (int, int) {
	if e > 0 && e+1 < len(s) && s[e] == '.' && s[e+1] == ' ' && romanLetter(s[e-1]) {
		if n := hungarianDayNoun(s, skipSpace(s, e+1)); n > e+1 {
			return 0, n // Ros Hasana II. napja
		}
		return 0, e
	}
	k := skipSpace(s, e)
	if k == e || k == len(s) { // "Ханука ": spaces, then nothing
		return 0, e
	}
	v, w := 0, latinWord(s, k)
	switch {
	case isDigit(s, k):
		n, d, _ := number(s, k)
		v, w = n, d
	case romanLetter(s[k]):
		v = romanMonthNames[s[k:w]]
	default:
		if c, ok := countedOrdinals[strings.ToLower(s[k:w])]; ok && hungarianOrdinals[strings.ToLower(s[k:w])] == c {
			return hungarianCountedDay(s, c, w, e) // második napján
		}
		return 0, e
	}
	if v < 1 || v > 8 || w+1 >= len(s) || s[w] != '.' || s[w+1] != ' ' {
		return 0, e
	}
	return hungarianCountedDay(s, v, w+1, e) // 2. napja, II. napja
}

// hungarianCountedDay returns v and the end of the word for day after the
// count that ends at s[w], or 0 and e where there is none.
func hungarianCountedDay(s string, v, w, e int) (int, int) {
	if n := hungarianDayNoun(s, skipSpace(s, w)); n > skipSpace(s, w) {
		return v, n
	}
	return 0, e
}

// hungarianEndingBefore reports whether s[:i] ends with a day in digits,
// a hyphen and one of endings (see caseEndings).
func hungarianEndingBefore(s string, i int, endings []string) bool {
	for _, c := range endings {
		if h := i - len(c) - 1; h > 0 && s[h] == '-' && isDigit(s, h-1) && s[h+1:i] == c {
			return true
		}
	}
	return false
}

// hungarianFromJoin returns j, where a range's last day or its month
// starts after spaces, where s[:i], the range's first day, ends with
// Hungarian's ending for "from" (see fromEndings) and that last day has
// the ending for "until": "augusztus 27-től szeptember 10-ig", "augusztus
// 24-étől 26-áig" (azuzlet.hu and vaol.hu, the 227th held-out round,
// were no date). Hungarian says "from" and "until" with the endings
// alone, as Turkish does (see turkishFromJoin); a start whose end has no
// "until" after it is no range (-1), and the start is read alone.
func hungarianFromJoin(s string, i, j int) int {
	if !hungarianEndingBefore(s, i, fromEndings[:]) {
		return -1
	}
	k := j
	if !isDigit(s, k) {
		k = skipSpace(s, latinWord(s, k)) // the last day's month
	}
	_, e, digits := number(s, k)
	if digits == 0 || digits > 2 {
		return -1
	}
	if c := caseEnding(s, e); c == e || !hungarianEndingBefore(s, c, untilEndings[:]) {
		return -1
	}
	return j
}

// hungarianBetween returns the end of Hungarian's "között" (between),
// after the space at s[i] that follows a range's or a pair's last day,
// which Hungarian puts after the two ends ("december 7. és 15. között",
// between December 7 and 15; "Augusztus 24–27. között", Magyar Nemzet,
// the 227th held-out round), as other languages put "between" before
// them; or i. After one day it says nothing of a date, and is left
// unread.
func (p *parser) hungarianBetween(i int) int {
	k := skipSpace(p.s, i)
	if k == i || k >= len(p.s) || p.s[k]|0x20 != 'k' || !p.hasRangeEnd() {
		return i
	}
	if e := matchWord(p.s, k, "között"); e > k {
		return e
	}
	return i
}
