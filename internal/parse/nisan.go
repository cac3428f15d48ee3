package parse

import (
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
)

// Turkish calls April Nisan, the Hebrew month's name: "19 Nisan 2024
// Cuma" is Friday, April 19, and "2 Nisan 5784" is a Hebrew date. The
// word is left to the Hebrew month in the tables (see addLang), and the
// dateline around it decides: Nisan is Turkish's April only where a
// Turkish month or weekday name is near (Cuma, Çarşamba, Aralık) and no
// Hebrew year follows it. Without a Turkish word it stays the Hebrew
// month, as before Turkish was read, so that no English, Spanish or
// Portuguese dateline of Nisan changes; a Turkish dateline that names
// nothing else Turkish ("19 Nisan 2024") reads as a Hebrew date of a year
// the resolver reports.

// nisanWindow bounds how far from Nisan a Turkish word is looked for: a
// dateline's length, so that Find does not scan a page for each Nisan.
const nisanWindow = 48

// turkishNisan reports whether the month name at s[k] is Turkish's April:
// the word Nisan, with a Turkish name near it and no Hebrew year (four
// digits from 4000) after it.
func turkishNisan(s string, k int, name hebrew.MonthName) bool {
	if name.Month != hebrew.Nisan || name.Len != len("nisan") || !isWordStart(s, k) {
		return false
	}
	if e := latinWord(s, k); e != k+name.Len && turkishEnding(s, k+name.Len) != e {
		return false
	}
	if !foldedEqual(s[k:k+name.Len], "nisan") { // name.Len is its length
		return false // Nissan, ניסן: the Hebrew month's own spellings
	}
	return turkishAround(s, k, k+name.Len)
}

// turkishNisanAt is turkishNisan for the word nisan, in any letter case,
// that a template's name table found at s[k:e] (see knownName.nisan).
func turkishNisanAt(s string, k, e int) bool {
	return isWordStart(s, k) && latinWord(s, k) == e && turkishAround(s, k, e)
}

// turkishAround reports whether the word nisan at s[k:e] is Turkish's
// April: a Turkish case ending on it ("23 Nisan'da", on 23 April, as a
// layout of "6 Ekim'de" writes it; it was read as 23 Nisan of the
// Hebrew year), or no Hebrew year (four digits from 4000) after it and
// a Turkish name near it.
func turkishAround(s string, k, e int) bool {
	if turkishEnding(s, e) > e {
		return true
	}
	if j := skipSpace(s, e); isDigit(s, j) {
		if v, _, digits := number(s, j); digits == 4 && v >= 4000 {
			return false // 2 Nisan 5784
		}
	}
	return turkishNear(s, k, e)
}

// turkishNear reports whether a Turkish month or weekday name other than
// Nisan is within nisanWindow bytes of s[k:e].
func turkishNear(s string, k, e int) bool {
	from, to := max(0, k-nisanWindow), min(len(s), e+nisanWindow)
	for i := from; i < to; {
		if !isWordStart(s, i) || i > 0 && isWordRune(lastRuneOf(s, i)) {
			_, n := decode(s, i)
			i += n
			continue
		}
		j := latinWord(s, i)
		if j == i {
			_, n := decode(s, i)
			i += n
			continue
		}
		if w, ok := lookupLatin(s, i, j); ok && (w.kind == wMonth || w.kind == wWeekday) && w.langs&(1<<layout.Turkish) != 0 {
			return true
		}
		i = j
	}
	return false
}

// turkishApril is the word that Nisan is when turkishNisan says so.
var turkishApril = word{kind: wMonth, value: 4, form: layout.Long, lang: layout.Turkish, langs: 1 << layout.Turkish}
