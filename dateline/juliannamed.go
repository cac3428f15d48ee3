package dateline

import (
	"time"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/julian"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// julianNamedBefore warns of a match read as a Gregorian date of the
// years when countries still kept the Julian calendar, from the reform of
// 1582 to 1923, whose sentence names the Julian calendar before it in
// words the match did not take as its own marker (see
// parse.JulianNamedBefore): "According to the Julian Calendar, the Battle
// of the Boyne occurred on July 1, 1690" is the Julian July 1, and was read
// as the Gregorian one with nothing said. A sentence may name the Julian
// calendar of another date, so the match keeps its Gregorian reading, and
// the warning gives the Julian one. A match with a Hebrew date is left
// alone: the Hebrew date says which day it is, and the resolver says when
// it agrees only as a Julian date.
func julianNamedBefore(text string, start int, sub *parse.Result, rep *Report) {
	if !rep.OK() || !rep.Dateline.HasDay() {
		return
	}
	y, m, d, ok := gregorianText(sub)
	if !ok || !julian.Valid(y, m, d) || civilDays(y, m, d) < reform || civilDays(y, m, d) >= lastReform {
		return
	}
	for _, p := range rep.Problems {
		if p.Code == CodeJulian || p.Code == CodeDateAmbiguous {
			return
		}
	}
	words, named := parse.JulianNamedBefore(text, start)
	if !named {
		return
	}
	gy, gm, gd := julian.ToGregorian(y, m, d)
	j, err := hebrew.FromGregorian(gy, gm, gd)
	if err != nil {
		return
	}
	f := &sub.Fields[0]
	rep.Problems = append(rep.Problems, Problem{Code: CodeDateAmbiguous, Severity: Warning, Start: f.Start, End: sub.Fields[len(sub.Fields)-1].End,
		Message: quote(words) + " before it names the Julian calendar, and nothing says whether this date is in it; it was read " +
			"in the Gregorian calendar, but as a Julian (Old Style) date it is " + dateText(gy, gm, gd) + ", " + j.String() +
			"; say which (O.S. or N.S.)"})
}

// gregorianText returns the Gregorian date that the fields of sub write
// in full, day, month and a year of four digits, none of it marked as
// Julian or New Style, where no Hebrew date is beside it, nor an Old
// Style day of its own.
func gregorianText(sub *parse.Result) (y int, m time.Month, d int, ok bool) {
	for i := range sub.Fields {
		f := &sub.Fields[i]
		if f.Calendar == layout.Julian || f.Flags&parse.OldStyle != 0 {
			// The match writes its own Old Style day: "8 February [O.S.
			// 28 January] 1725", whose Julian day was taken for the
			// Gregorian one and offered as the date's Julian reading,
			// February 8 itself (the forty-ninth adversarial review).
			return 0, 0, 0, false
		}
		switch f.Kind {
		case layout.Day:
			d = f.Value
		case layout.Month:
			m = time.Month(f.Value)
		case layout.Year:
			if f.Form == layout.TwoDigit {
				return 0, 0, 0, false
			}
			y = f.Value
		case layout.HebrewDay, layout.HebrewMonth, layout.HebrewYear, layout.Holiday:
			return 0, 0, 0, false
		case layout.Literal:
			if f.Calendar != layout.Gregorian {
				return 0, 0, 0, false
			}
		}
	}
	return y, m, d, y > 0 && m >= 1 && m <= 12 && d > 0
}
