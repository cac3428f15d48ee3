package parse

import "github.com/dualdate/dualdate/internal/layout"

// fallsOnVerbs are the verbs that say on which day an occasion named
// before them falls or is celebrated, in the languages whose pages say it
// so, longer first: German "Jom Kippur fällt auf den 12. Oktober", French
// "tombe le", Spanish "cae el", "se celebra el", Portuguese "cai em",
// Dutch "valt op", Swedish "infaller den", "firas den", Danish "falder
// den", "fejres den", Norwegian "faller den", "feires den", Italian "si
// celebra il". As English's "falls on", "is celebrated on" (words of the
// tables that join the occasion and its date), they name the occasion's
// own day, not an evening. The words for "this year" (fallsThisYear) and
// for "on" (fallsOnWords) may follow them, or a range's word for "from"
// ("Rosh Hashana kommer i år att firas från solnedgången på onsdag den
// 20:e september till ...").
var (
	fallsOnVerbs = [...]string{
		"fällt", "tombe", "est célébré", "sera célébré", "caerá", "cae", "se celebrará", "se celebra",
		"cairá", "cai", "é celebrado", "será celebrado", "valt", "wordt gevierd",
		"infaller", "kommer i år att firas", "kommer att firas", "firas", "falder", "fejres", "faller", "feires",
		"si celebra", "si festeggia",
	}
	fallsThisYear = [...]string{"dieses Jahr", "in diesem Jahr", "cette année", "este año", "este ano", "dit jaar", "i år", "quest'anno"}
	fallsOnWords  = [...]string{"auf den", "auf", "am", "le", "el", "em", "no dia", "op", "den", "på", "il"}
)

// fallsOnFirst reports whether c may start one of fallsOnPhrases, in
// either case: the cheap first test.
func fallsOnFirst(c byte) bool {
	switch c | 0x20 {
	case 'f', 't', 'e', 'c', 's', 'v', 'w', 'i', 'k':
		return true
	}
	return c == 0xC3 // é
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
	e := matchPhrases(s, i, fallsOnVerbs[:])
	k := skipSpace(s, e)
	if e == i || k == e {
		return i
	}
	for _, words := range [2][]string{fallsThisYear[:], fallsOnWords[:]} {
		if a := matchPhrases(s, k, words); a > k {
			if j := skipSpace(s, a); j > a {
				k = j
			}
		}
	}
	if w, _, ok := wordAt(s, k); isDigit(s, k) || ok && (w.kind == wMonth || w.kind == wWeekday) {
		return k
	}
	if rangeStart(s, k) > k {
		return k // firas från solnedgången på onsdag den 20:e september till ...
	}
	return i
}

// occasionFallsHebrew reads, after an occasion's name and before any
// date, Hebrew's verb for "falls" (hebrewFalls), השנה (this year) and a
// comma or not, and בין (between) before a range or not, as text of the
// dateline: "יום כיפור יחול השנה, בין יום ראשון 24.09.23 ויום שני
// 25.09.23", "פורים יחול השנה ביום שישי, 14 במרץ 2025", "חנוכה חל ב-25
// בדצמבר". A civil date must follow, with ביום and its weekday or not,
// which is then the occasion's, as after English's "falls on"
// (occasionFallsOn); the occasion was read alone and the date apart. It
// returns the index of the date, or i. (A Hebrew date before the verb
// is fallsOnHebrew's.)
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
	at := k
	if w := hebrewWord(s, k); s[k:w] == "ביום" && skipSpace(s, w) > w {
		at = skipSpace(s, w) // ביום שני: the weekday's reading starts after it
	}
	var q parser
	q.init(s)
	if q.run(at, false); q.start != at || !q.has(layout.Month) || !q.has(layout.Day) || q.has(layout.HebrewMonth) {
		return i
	}
	return k
}
