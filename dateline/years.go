package dateline

import (
	"time"

	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
)

// Years that cannot be right, or are not likely: see CodeYearUnlikely.

const (
	// hebrewLooking is the first year that, after a Gregorian month, is
	// taken for a Hebrew year written in the wrong place: no page dates
	// its text three thousand years ahead, and the Hebrew years in use
	// are 5000 and more.
	hebrewLooking = 5000
	// farYears is how far from the reference a year chosen for a dateline
	// that names none may be before a warning says so.
	farYears = 20
)

// hebrewYearAsGregorian warns of a Gregorian year that looks like a Hebrew
// one ("12 November 5785"), saying which Gregorian day that is in the
// Hebrew year.
func (rv *resolver) hebrewYearAsGregorian(c cand) {
	f := &rv.f
	if f.gYear.Form != format.Plain || c.gy < hebrewLooking {
		return
	}
	m, d := rv.gregorianMonthDay(c)
	msg := itoa(c.gy) + " is a Hebrew year rather than a Gregorian one"
	if m >= 1 && m <= 12 {
		for _, gy := range [2]int{c.gy - 3761, c.gy - 3760} {
			day := max(d, 1)
			h, err := hebrew.FromGregorian(gy, time.Month(m), day)
			if err == nil && h.Year == c.gy {
				when := monthName(m) + " " + itoa(gy)
				if d > 0 {
					when = dateText(gy, time.Month(m), d)
				}
				msg += ": in Hebrew year " + itoa(c.gy) + " it is " + when
				break
			}
		}
	}
	rv.add(CodeYearUnlikely, Warning, f.gYear.Start, f.gYear.End, msg+"; it was read as the Gregorian year "+itoa(c.gy))
}

// gregorianLooking are the Hebrew years that, after a Hebrew month, are
// taken for a Gregorian year written in the wrong place: those of the
// Gregorian years in use, which as Hebrew years are three thousand years
// ago and more (9 Av 2024 is July 7, 1737 BCE).
const gregorianLookingFrom, gregorianLookingTo = 1000, 2999

// gregorianYearAsHebrew warns of a Hebrew year in digits that looks like
// a Gregorian one ("9 Av 2024", "תשעה באב 2024"), saying which day that is
// in the Gregorian year; a Gregorian date beside it would settle it.
func (rv *resolver) gregorianYearAsHebrew(c cand) {
	f := &rv.f
	if f.hYear.Form != format.Plain || c.hy < gregorianLookingFrom || c.hy > gregorianLookingTo {
		return
	}
	msg := itoa(c.hy) + " is a Gregorian year rather than a Hebrew one"
	if f.hasHDay {
		for _, hy := range [2]int{c.hy + 3760, c.hy + 3761} {
			h, err := hebrew.NewDate(hy, c.hm, f.hDay.Value)
			if gy, gm, gd := h.Gregorian(); err == nil && gy == c.hy {
				msg += ": in Gregorian year " + itoa(c.hy) + " it is " + h.String() + ", " + dateText(gy, gm, gd)
				break
			}
		}
	}
	rv.add(CodeYearUnlikely, Warning, f.hYear.Start, f.hYear.End, msg+"; it was read as the Hebrew year "+itoa(c.hy))
}

// yearFar warns of a year chosen for a dateline that names none that is
// more than farYears from the reference.
func (rv *resolver) yearFar(c cand) {
	f := &rv.f
	ref := rv.reference().Year()
	var s, e, year, n int
	if f.hasGMonth {
		s, e = f.gSpan()
		year, n = c.gy, c.gy-ref
	} else {
		s, e = f.hSpan()
		if !f.hasHMonth {
			s, e = f.holiday.Start, f.holiday.End
		}
		year, n = c.hy, c.hy-3760-ref
	}
	if abs(n) <= farYears {
		return
	}
	when := itoa(abs(n)) + " years before " + itoa(ref)
	if n > 0 {
		when = itoa(n) + " years after " + itoa(ref)
	}
	rv.add(CodeYearUnlikely, Warning, s, e, "no year near "+itoa(ref)+" fits the dateline: the nearest that does is "+itoa(year)+", "+when+
		"; check its weekday and dates, or give its year")
}
