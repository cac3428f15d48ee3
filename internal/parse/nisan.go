package parse

import (
	"strings"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/era"
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
// a Turkish name near it. A year after it that the dateline's other
// year shows to be the other calendar's (see nisanYearOf) says which,
// whatever its digits.
func turkishAround(s string, k, e int) bool {
	if turkishEnding(s, e) > e {
		return true
	}
	if j := skipSpace(s, e); isDigit(s, j) {
		if v, end, digits := number(s, j); digits == 4 {
			switch nisanYearOf(s, k, j, end, v) {
			case layout.HebrewYear:
				return false
			case layout.Year:
				return turkishNear(s, k, e)
			}
			if v >= 4000 {
				return false // 2 Nisan 5784
			}
		}
	}
	return turkishNear(s, k, e)
}

// nisanYearOf returns which calendar's the year v at s[j:end], after the
// word nisan at s[k], is by another year of four digits within
// nisanWindow of it: HebrewYear where v is that year and 3760, the Hebrew
// year of a Gregorian March or April, Year where that year is v and 3760,
// or Literal where neither is. The 4000 that parts the Hebrew years from
// the Gregorian ones is no rule near a dateline's other date: "četvrtak,
// 10. mart 0050. | 1 Nisan 3810" and "13 Mart 0001 Salı | 1 Nisan 3761",
// what --lang sr and --lang tr write for 1 Nisan of those years, took
// that Nisan for Turkish's April and were no dateline, and so was "5 Nisan
// 4000 Çarşamba | 17 Adar II 7760", whose April was taken for the Hebrew
// month (adv42).
func nisanYearOf(s string, k, j, end, v int) layout.Kind {
	from, to := max(0, k-nisanWindow), min(len(s), end+nisanWindow)
	for i := from; i < to; {
		if !isDigit(s, i) {
			i++
			continue
		}
		w, e, digits := number(s, i)
		if digits == 4 && i != j && (i == 0 || !isDigit(s, i-1)) {
			switch {
			case v-w == era.BeforeTishrei:
				return layout.HebrewYear
			case w-v == era.BeforeTishrei:
				return layout.Year
			}
		}
		i = e
	}
	return layout.Literal
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
		if isWordOf(s[i:j], turkishDateWords[:]) {
			return true
		}
		i = j
	}
	return false
}

// turkishDateWords are Turkish's words for "on the date", "dated", "the
// day of" and "in the year", which Turkish text puts beside a date and no
// other language has: "Toplantı 3 Nisan 2024 tarihinde" (the meeting, on
// April 3, 2024) was read as 3 Nisan of the Hebrew year 2024, in 1736
// BCE (an adversarial review's ninth finding).
var turkishDateWords = [...]string{"tarihinde", "tarihli", "tarihinden", "tarihine", "tarihi", "tarihiyle", "günü", "gününde", "yılı", "yılında", "yılının"}

// turkishApril is the word that Nisan is when turkishNisan says so.
var turkishApril = word{kind: wMonth, value: 4, form: layout.Long, lang: layout.Turkish, langs: 1 << layout.Turkish}

// levantineMonths are the Syriac names Levantine Arabic gives the civil
// months that are also the Hebrew months' names in Arabic, and the civil
// month each names: آذار is March on a Lebanese, Syrian, Jordanian or
// Palestinian page, and Adar in Arabic on one about the Jewish calendar.
var levantineMonths = map[string]int8{
	"شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5, "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9,
}

// levantineCivil returns the Gregorian month that the Hebrew month's name
// at s[k], in Arabic letters, names in Levantine Arabic, where a civil year
// follows it: four digits below 4000, or a year that another year near it
// shows to be the civil one (see nisanYearOf), as Turkish's Nisan is read
// (see turkishAround). "2 آذار 2024" (March 2, 2024) was refused, the
// message saying that آذار is March in Levantine Arabic, and "السبت 2
// آذار 2024" with the error that February 4, 1736 BCE, 2 Adar of the
// Hebrew year 2024, is no Saturday (found by the forty-ninth adversarial
// review). A Hebrew year after it ("2 آذار 5784") keeps the Hebrew month,
// and so does the name without a year, which the resolver refuses as
// either (see dateline's levantineNoYear), or with a civil year beside a
// word for Hebrew or Jewish ("15 نيسان 2025 حسب التقويم العبري"), which
// it refuses too.
func levantineCivil(s string, k int, name hebrew.MonthName) (word, bool) {
	if name.Len != name.BaseLen || !levantineCivilAt(s, k, k+name.Len) {
		return word{}, false // آذار الأول: the Hebrew Adar I
	}
	m := levantineMonths[s[k:k+name.Len]]
	return word{kind: wMonth, value: m, form: layout.Long, lang: layout.Arabic, langs: 1 << layout.Arabic}, true
}

// levantineCivilAt is levantineCivil for the name at s[k:e], wherever a
// template's name table or field finds it (as turkishNisanAt is for
// Nisan): a layout read from a Hebrew date of such a name read "2 شباط
// 2024" as the Hebrew month.
func levantineCivilAt(s string, k, e int) bool {
	if levantineMonths[s[k:e]] == 0 || !wordEnds(s, e) {
		return false
	}
	j := skipSpace(s, e)
	if j == e || !isDigit(s, j) {
		return false
	}
	v, end, digits := number(s, j)
	if digits != 4 || !wordEnds(s, end) {
		return false
	}
	switch nisanYearOf(s, k, j, end, v) {
	case layout.HebrewYear:
		return false
	case layout.Literal:
		if v >= 4000 || jewishCalendarNear(s, k, end) {
			return false
		}
	}
	return true
}

// jewishCalendarWords are Arabic's words for Hebrew and Jewish, which a
// page that names the Hebrew months in Arabic puts near them ("15 نيسان
// العبري", "حسب التقويم اليهودي").
var jewishCalendarWords = [...]string{"العبري", "العبرية", "اليهودي", "اليهودية", "عبري", "يهودي"}

// jewishCalendarNear reports whether a word of jewishCalendarWords is
// within nisanWindow bytes of s[k:e]: there a Levantine name is the
// Hebrew month's, and a civil year after it is refused as before.
func jewishCalendarNear(s string, k, e int) bool {
	from, to := max(0, k-nisanWindow), min(len(s), e+nisanWindow)
	for from > 0 && s[from]&0xC0 == 0x80 {
		from--
	}
	for to < len(s) && s[to]&0xC0 == 0x80 {
		to++
	}
	near := s[from:to]
	for _, w := range jewishCalendarWords {
		if strings.Contains(near, w) {
			return true
		}
	}
	return false
}
