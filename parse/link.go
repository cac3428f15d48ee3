package parse

import (
	"strings"

	"github.com/dualdate/dualdate/format"
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
	case c|0x20 == 'c' || c|0x20 == 'o' || c|0x20 == 's' || c == 0xCE:
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
