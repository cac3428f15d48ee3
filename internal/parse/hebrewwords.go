package parse

import (
	"strings"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
)

// The days of a Hebrew month written out in words, as letters and
// documents date them: "חמשה עשר בשבט" (the fifteenth of Shevat), "עשרים
// ואחד באדר", "ביום שלשה עשר לחודש אדר". The words are the cardinal
// numbers, masculine (after יום) or feminine, in full and defective
// spelling, read without their points.

// hebrewUnits are the numbers one to nine, and ten alone.
var hebrewUnits = map[string]int{
	"אחד": 1, "אחת": 1,
	"שנים": 2, "שניים": 2, "שתים": 2, "שתיים": 2,
	"שלשה": 3, "שלושה": 3, "שלש": 3, "שלוש": 3,
	"ארבעה": 4, "ארבע": 4,
	"חמשה": 5, "חמישה": 5, "חמש": 5,
	"ששה": 6, "שישה": 6, "שש": 6,
	"שבעה": 7, "שבע": 7,
	"שמונה": 8,
	"תשעה":  9, "תשע": 9,
	"עשרה": 10, "עשר": 10,
}

// hebrewTens are twenty and thirty, which a unit may follow with its ו
// (עשרים ואחד).
var hebrewTens = map[string]int{"עשרים": 20, "שלשים": 30, "שלושים": 30}

// hebrewWordAt returns the Hebrew word at s[i] without its points, and
// its end.
func hebrewWordAt(s string, i int) (string, int) {
	if i >= len(s) || s[i] != 0xD7 {
		return "", i
	}
	e := hebrewWord(s, i)
	return stripMarks(s[i:e]), e
}

// hebrewDayWords reads a day of the month from 1 to 30 written in words at
// s[i]: its value and end, or false.
func hebrewDayWords(s string, i int) (int, int, bool) {
	// Each number starts with א, ח, ע, ש or ת: most words of a page
	// are turned away before they are looked up.
	if i+1 >= len(s) || s[i] != 0xD7 {
		return 0, i, false
	}
	switch s[i+1] {
	case 0x90, 0x97, 0xA2, 0xA9, 0xAA: // א ח ע ש ת
	default:
		return 0, i, false
	}
	w, e := hebrewWordAt(s, i)
	if w == "" {
		return 0, i, false
	}
	if w == "עשר" || w == "עשרה" {
		if u, ok := hebrewUnits[unitBefore(s, i)]; ok && u < 10 {
			// The ten of a number from 11 to 19 whose unit went unread
			// (its prefix, a point): "עשר בניסן" of "לארבעה עשר בניסן"
			// is no 10 Nisan.
			return 0, i, false
		}
	}
	if u, ok := hebrewUnits[w]; ok {
		if u == 10 {
			return 10, e, true
		}
		// A unit, or with עשר after it, a number from 11 to 19.
		if w2, e2 := hebrewWordAt(s, skipSpace(s, e)); w2 == "עשר" || w2 == "עשרה" {
			return u + 10, e2, true
		}
		return u, e, true
	}
	t, ok := hebrewTens[w]
	if !ok {
		return 0, i, false
	}
	if t == 20 {
		if w2, e2 := hebrewWordAt(s, skipSpace(s, e)); len(w2) > 2 && w2[:2] == "ו" {
			if u, ok := hebrewUnits[w2[2:]]; ok && u < 10 {
				return t + u, e2, true
			}
		}
	}
	return t, e, true
}

// unitBefore returns the word before s[i], past one space, without the
// prefix letters ב, ל, מ or ה (see dayWordPrefix), or "".
func unitBefore(s string, i int) string {
	if i < 2 || s[i-1] != ' ' {
		return ""
	}
	j := i - 1
	for j >= 2 && s[j-2] == 0xD7 && isHebrewLetter(s, j-2) {
		j -= 2
	}
	w := stripMarks(s[j : i-1])
	// Up to two prefixes: "להארבעה עשר" (to the fourteenth) is no 10.
	for n := 0; n < 2 && len(w) > 2 && dayWordPrefix(w[:2]); n++ {
		if _, ok := hebrewUnits[w]; ok {
			break
		}
		w = w[2:]
	}
	return w
}

// dayWordPrefix reports whether the letter p (two bytes) is a prefix that
// a day written in words takes before its first word: ב (on), ל (to, or
// the night of after אור), מ (from) and ה (the): "אור לארבעה עשר בניסן"
// (the night of the fourteenth of Nisan), "בחמשה עשר בשבט", "מעשרים ואחד
// באדר", "הארבעה עשר במאי 1948".
func dayWordPrefix(p string) bool { return p == "ב" || p == "ל" || p == "מ" || p == "ה" }

// civilDayWordPrefix reports whether the letter p (two bytes) is a prefix
// after which a day written in words may have a Gregorian month: ב (on)
// and ה (the), as a date says it ("בארבעה עשר במאי", "הארבעה עשר במאי
// 1948"). Without one the words are as often a count ("נהרגו שלושה במאי
// 2002", three were killed in May 2002), which is no day: a Gregorian
// month is read after them only with the prefix.
func civilDayWordPrefix(p string) bool { return p == "ב" || p == "ה" }

// hebrewWordsFirst reads a date that starts with its day written in words:
// חמשה עשר בשבט, עשרים ואחד באדר תשפ״ד, and after a prefix of
// dayWordPrefix, לארבעה עשר בניסן, which is text of the dateline. The
// day's field has the form of a numeral, which a layout writes (ט״ו
// בשבט): no element writes words.
//
// A Gregorian month may follow the words too, after a prefix of
// civilDayWordPrefix: "ב- ה' באייר תש"ח, הארבעה עשר במאי 1948, הכריזו
// ..." (a school's Memorial Day page, the eighty-eighth held-out round:
// the Hebrew date was read alone and "במאי 1948" as a month). That day's
// field is a number's, which a layout writes (14 במאי).
func (p *parser) hebrewWordsFirst(i int) (int, bool) {
	s := p.s
	if k, ok := p.hebrewOrdinalFirst(i); ok {
		return k, true
	}
	at := i
	if i+3 < len(s) && dayWordPrefix(s[i:i+2]) && isHebrewLetter(s, i+2) {
		if _, e, ok := hebrewDayWords(s, i+2); ok && e > i+2 {
			at = i + 2 // the prefix is the dateline's text
		}
	}
	v, e, ok := hebrewDayWords(s, at)
	if !ok {
		return i, p.fail(i, "a date")
	}
	k := skipMonthWord(s, skipSpace(s, e))
	if k >= len(s) {
		return i, p.fail(k, "a month name")
	}
	if _, ok := hebrew.MatchMonth(s[k:]); !ok {
		if at > i && civilDayWordPrefix(s[i:at]) && v <= 31 && (civilMonthInWords(p, k) || k > skipSpace(s, e) && civilMonthBare(s, k)) {
			// בארבעה עשר במאי, and with "of the month" between, whose
			// month has no prefix: בעשרים ואחד לחודש מרץ 2024 (see
			// monthWordEnd), where the month's name was not read.
			day := Field{Value: v, Start: at, End: e}
			return p.afterDay(i, day, Field{}, false, k)
		}
		return i, p.fail(k, "a month name")
	}
	day := Field{Element: layout.Element{Form: layout.Numeral, Punct: layout.Gershayim}, Value: v, Start: at, End: e}
	return p.afterDay(i, day, Field{}, false, k)
}

// civilMonthBare reports whether a Gregorian month's Hebrew name without
// a prefix is at s[k]: "מרץ", "פברואר", as it follows לחודש.
func civilMonthBare(s string, k int) bool {
	w, e, ok := wordAt(s, k)
	return ok && w.kind == wMonth && e > k && !strings.HasPrefix(s[k:], "ב") && !strings.HasPrefix(s[k:], "ל")
}

// hebrewOrdinals are the ordinal numbers one to ten, by which Hebrew
// names a day of the month up to the tenth ("הרביעי לחודש פברואר", the
// fourth of the month of February); a later day is a cardinal's (see
// hebrewDayWords). Alone most are also the weekdays' names (יום רביעי,
// Wednesday), and with the article an adjective's (השבוע הראשון, the
// first week).
var hebrewOrdinals = map[string]int{
	"ראשון": 1, "שני": 2, "שלישי": 3, "רביעי": 4, "חמישי": 5, "חמשי": 5,
	"שישי": 6, "ששי": 6, "שביעי": 7, "שמיני": 8, "תשיעי": 9, "עשירי": 10,
}

// ordinalBeforeWords are the words after which an ordinal names a day:
// the night (ליל, בליל, אור) and the day (יום, ביום) of it, a bracket or
// a tag before them or not ("(בליל הרביעי", "<p>בליל הרביעי").
var ordinalBeforeWords = [...]string{"ליל", "בליל", "אור", "יום", "ביום"}

// An ordinalDay is a day of the month written as an ordinal word (see
// hebrewOrdinalDay): its value, its word's span, where the month's name
// after it starts, and whether that month is the Hebrew calendar's.
type ordinalDay struct {
	value, start, end, month int
	hebrew                   bool
}

// hebrewOrdinalDay reads at s[i] a day of the month as an ordinal word
// with the article or ב (on the) joined to it, then "of the month"
// (לחודש, בחודש) and a month's name of either calendar: "הרביעי לחודש
// פברואר", "בעשירי בחודש טבת". Only after no word of the clause, or
// after one of ordinalBeforeWords, is it a day: after another word it is
// that word's adjective ("השבוע הראשון לחודש ינואר", the first week of
// January), and without "of the month" it may be a weekday's name
// ("ברביעי בינואר", on Wednesday in January).
func hebrewOrdinalDay(s string, i int) (ordinalDay, bool) {
	if i+3 >= len(s) || s[i] != 0xD7 || s[i+1] != 0x94 && s[i+1] != 0x91 { // ה or ב
		return ordinalDay{}, false
	}
	at := i + 2
	e := hebrewWord(s, at)
	v, ok := hebrewOrdinals[s[at:e]]
	if !ok || !wordEnds(s, e) {
		return ordinalDay{}, false
	}
	if b := trimSpaceBefore(s, i); b < i && b > 0 && hebrewWordEndsAt(s, b) {
		if w := markedWordBefore(s, b); w == b || !isWordOf(s[w:b], ordinalBeforeWords[:]) {
			return ordinalDay{}, false
		}
	}
	j := skipSpace(s, e)
	m := monthWordEnd(s, j)
	if j == e || m == j {
		return ordinalDay{}, false
	}
	k := skipSpace(s, m)
	if k == m || k >= len(s) {
		return ordinalDay{}, false
	}
	_, hok := hebrew.MatchMonth(s[k:])
	if !hok && !civilMonthBare(s, k) {
		return ordinalDay{}, false
	}
	return ordinalDay{value: v, start: at, end: e, month: k, hebrew: hok}, true
}

// hebrewOrdinalFirst reads a date that starts with its day as an ordinal
// word (see hebrewOrdinalDay): "בליל הרביעי לחודש פברואר בשנת 1997"
// (Mapah, incoming.tsv; on the night of the fourth of February 1997) was
// not read, the word after בליל taken for a weekday's.
func (p *parser) hebrewOrdinalFirst(i int) (int, bool) {
	d, ok := hebrewOrdinalDay(p.s, i)
	if !ok {
		return i, false
	}
	day := Field{Value: d.value, Start: d.start, End: d.end}
	if d.hebrew {
		day.Form, day.Punct = layout.Numeral, layout.Gershayim
	}
	return p.afterDay(i, day, Field{}, false, d.month)
}

// civilMonthInWords reports whether a Gregorian month's Hebrew name, with
// its prefix ב, is at s[k]: "במאי", "בספטמבר", as a day in words has it.
func civilMonthInWords(p *parser, k int) bool {
	if !strings.HasPrefix(p.s[k:], "ב") || !isHebrewLetter(p.s, k+len("ב")) {
		return false
	}
	w, _ := p.monthWordAt(k)
	return w.kind == wMonth
}

// skipMonthWord returns the end of a word of "the month" with its
// preposition at s[k] and the spaces after it, as a date may put it
// between its day and its month (ד׳ לחודש מנחם אב), or k (see
// monthWordEnd).
func skipMonthWord(s string, k int) int {
	if e := monthWordEnd(s, k); e > k {
		return skipSpace(s, e)
	}
	return k
}

// monthWordEnd returns the end of Hebrew's "לחודש" (of the month) or
// "בחודש" (in the month), written full or defective (לחדש, בחדש), at
// s[k], or k. A date puts either between its day and its month's name,
// of either calendar: "ב-4 לחודש פברואר 1997", "ט״ו לחודש שבט", and "ב-11
// בחודש מאי 1965 נפתח ברוב עם מוזיאון ישראל" (the Israel State
// Archives, the eighty-second held-out round, read as the month May 1965
// alone, its day dropped). The callers ask for the month after it: alone
// the word is prose ("ב-15 בחודש", on the 15th of the month).
func monthWordEnd(s string, k int) int {
	// The cheap first test: ל or ב, the words' first letters.
	if k+1 >= len(s) || s[k] != 0xD7 || s[k+1] != 0x9C && s[k+1] != 0x91 {
		return k
	}
	switch w, e := hebrewWordAt(s, k); w {
	case "לחודש", "לחדש", "בחודש", "בחדש":
		return e
	}
	return k
}
