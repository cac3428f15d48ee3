package parse

import (
	"strings"

	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/script"
)

// link returns the end of the words at s[i] that some pages put between
// the two calendars of one dateline, where others print a bar or a
// slash: "Sunday, March 24, 1996 corresponds to 4 Nisan 5756", "03 de
// abril de 2015 ou 14 de Nisan de 5775" (or), "soit" (that is), "Τρίτη
// 11 Απρίλη 2017 ή 15 Νισάν" (or), and in Hebrew "אור ל-כ״ה בכסלו" (the
// night of 25 Kislev). It returns i if there are none. They link a date
// of one calendar to the other's only: after a dateline that states
// both, or none, they are prose, and so is "o" of "1 o 2 de marzo".
//
// "אור ל-" says the Hebrew date that follows is the evening's, the next
// civil day's; it adds no field, and package dateline reads a Hebrew date
// one day ahead of the civil one as a date given from sunset on, as it
// reads "Wednesday, December 25, 2024 | 25 Kislev 5785".
func (p *parser) link(i int) int {
	s := p.s
	// The words' first bytes turn most text away before the fields are
	// looked at: אור, corresponds, ou, o, soit, ή.
	switch c := s[i]; {
	case c == 0xD7 && strings.HasPrefix(s[i:], "אור"):
		// אור: looked at below
	case c|0x20 == 'c' || c|0x20 == 'o' || c|0x20 == 's' || c == 0xCE:
		// corresponds, ou, o, soit, ή: looked at below
	default:
		return i
	}
	if !p.oneCalendar() {
		return i
	}
	if s[i] == 0xD7 {
		// אור ל-, אור ל־: the prefix ל joined to the date by a hyphen
		// or a maqaf.
		e := hebrewWord(s, i)
		if s[i:e] != "אור" {
			return i
		}
		k := skipSpace(s, e)
		if k == e || k+2 >= len(s) || s[k:k+2] != "ל" {
			return i
		}
		r, n := decode(s, k+2)
		if r != '-' && r != '\u05BE' {
			return i
		}
		return k + 2 + n
	}
	if k := matchWords(s, i, "corresponds", "corresponding"); k > i {
		if j := skipSpace(s, k); j > k {
			if e := matchWord(s, j, "to"); e > j {
				return e
			}
		}
		return i
	}
	if k := matchWords(s, i, "ou", "o", "soit"); k > i {
		return k
	}
	if e := i + len("ή"); e <= len(s) && s[i:e] == "ή" && script.WordEnds(s, e) {
		return e
	}
	return i
}

// oneCalendar reports whether what was read so far states the date of one
// calendar and not the other's.
func (p *parser) oneCalendar() bool {
	gregorian := p.has(format.Month) && (p.has(format.Day) || p.has(format.Year))
	hebrewDate := p.has(format.HebrewMonth) && (p.has(format.HebrewDay) || p.has(format.HebrewYear))
	return gregorian != hebrewDate
}

// crossJoin returns the end of a word that joins the two days of a pair
// or a range (rangeWords: to, a, au, bis, до), with the spaces after it,
// where it stands between a date of one calendar and a date of the other:
// "May 8, 2012 to 16 Iyyar 5772", "3 de abril de 2015 a 14 de Nisan de
// 5775". The two calendars' dates of one day are no range; the words link
// them as "corresponds to" does. It returns i if there is no such word,
// or if the date after it is of the calendar already read (a range,
// which the date's own reader takes).
func (p *parser) crossJoin(i int) int {
	s := p.s
	e := latinWord(s, i)
	if e == i || e-i > len("hasta") || e >= len(s) || s[e] != ' ' || !p.oneCalendar() {
		return i
	}
	if !rangeWords[foldCaseString(s[i:e])] {
		return i
	}
	k := skipSpace(s, e)
	if p.has(format.Month) {
		if hebrewDateAt(s, k) {
			return k
		}
	} else if gregorianDateAt(s, k) {
		return k
	}
	return i
}

// dayBeforeMonth returns the index of the month's name after a day in
// digits at s[k] (with an ordinal dot and a joining word: 16. Ijar, 14 de
// Nisan), or k if no day is there.
func dayBeforeMonth(s string, k int) int {
	_, e, digits := number(s, k)
	if digits == 0 || digits > 2 {
		return k
	}
	if e < len(s) && s[e] == '.' {
		e++
	}
	return skipDateJoin(s, skipSpace(s, e))
}

// hebrewDateAt reports whether a Hebrew date starts at s[k]: one in
// Hebrew letters, a day in digits before a Hebrew month's name (16 Iyyar,
// 14 de Nisan), or the name itself (Iyyar 16).
func hebrewDateAt(s string, k int) bool {
	if k >= len(s) {
		return false
	}
	if s[k] == 0xD7 {
		return true
	}
	k = dayBeforeMonth(s, k)
	_, ok := hebrew.MatchMonth(s[k:])
	return ok
}

// gregorianDateAt reports whether a Gregorian date starts at s[k]: a day
// in digits before a Gregorian month's name (8 May, 8 de mayo) or the name
// itself (May 8), and not a Hebrew month's.
func gregorianDateAt(s string, k int) bool {
	k = dayBeforeMonth(s, k)
	if _, ok := hebrew.MatchMonth(s[k:]); ok {
		return false
	}
	_, ok := latinMonth(s, k)
	return ok
}
