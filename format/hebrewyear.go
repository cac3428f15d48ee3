package format

import (
	"errors"
	"strconv"
	"time"

	"github.com/dualdate/dualdate/hebrew"
)

// ErrUnwritable is the error of [Layout.Validate] for a date that a layout
// cannot write so that it reads back as that date.
var ErrUnwritable = errors.New("cannot be written so that it reads back")

// Validate reports whether l writes Gregorian time t and Hebrew date h as
// text that reads back as them. It fails, with an error wrapping
// [ErrUnwritable], where the layout writes the Hebrew year in Hebrew
// letters and no spelling of that year reads back:
//
//   - a year below 1000: Hebrew letters have no way to say that a year has
//     no thousands, and תש״ס, whether 760 or 5760 was meant, reads as 5760;
//   - a year that is a whole number of thousands (ה׳), or 9006 or 9007
//     (טו, טז, read as 15 and 16), written without a geresh;
//   - 1000 or 2000 (א׳, ב׳) right after the Adar of a common year, where
//     אדר א׳ and אדר ב׳ read as Adar I and Adar II.
//
// Other years read back: the thousands are left out only from 5100 to
// 5999, where a year written without them is read (תשפ״ד); elsewhere they
// are written (ד׳תש״ס, ה׳י״א, ו׳). [Layout.AppendFormat] writes a year it
// cannot write as %!HebrewYear(760), which reads as no date, and package
// dateline refuses such a date before writing anything.
func (l Layout) Validate(t time.Time, h hebrew.Date) error {
	if h.IsZero() {
		return nil
	}
	next := h
	if h.Day == 30 && l.roshChodesh() {
		if n := h.AddDays(1); !n.IsZero() {
			next = n
		}
	}
	for i := range l.elems {
		if y, why := l.unwritableYear(i, next); why != "" {
			return &yearError{year: y, why: why}
		}
	}
	return nil
}

// A yearError is Validate's error: year, and why letters cannot write it.
type yearError struct {
	year int
	why  string
}

func (e *yearError) Error() string {
	return "the Hebrew year " + strconv.Itoa(e.year) + " in Hebrew letters " + ErrUnwritable.Error() + ": " + e.why
}

func (e *yearError) Unwrap() error { return ErrUnwritable }

// unwritableYear returns, if element i is a Hebrew year written in Hebrew
// letters that cannot write the year of h (the date the layout writes its
// month and year for, before the element's Shift) so that it reads back,
// that year and why; otherwise why is "".
func (l *Layout) unwritableYear(i int, h hebrew.Date) (year int, why string) {
	e := &l.elems[i]
	if e.Kind != HebrewYear || (e.Form != Numeral && e.Form != Thousands) {
		return 0, ""
	}
	if e.Shift != 0 {
		if s := h.AddDays(int(e.Shift)); !s.IsZero() {
			h = s
		}
	}
	y := h.Year
	if why := yearProblem(y, e.Punct); why != "" {
		return y, why
	}
	if (y == 1000 || y == 2000) && h.Month == hebrew.Adar && !hebrew.IsLeapYear(y) && l.afterMonth(i) {
		return y, "after Adar, א׳ and ב׳ read as Adar I and Adar II"
	}
	return 0, ""
}

// afterMonth reports whether element i comes right after a Hebrew month,
// with nothing but spaces between them.
func (l *Layout) afterMonth(i int) bool {
	for k := i - 1; k >= 0; k-- {
		e := &l.elems[k]
		switch {
		case e.Kind == HebrewMonth:
			return true
		case e.Kind != Literal:
			return false
		}
		for _, r := range e.Text {
			if r != ' ' && r != '\u00a0' {
				return false
			}
		}
	}
	return false
}

// yearProblem says why Hebrew year y, written in Hebrew letters in
// punctuation p, would not read back as y wherever it stands, or returns
// "" if it would.
func yearProblem(y int, p Punct) string {
	switch {
	case y < 1000:
		return "letters cannot say that a year has no thousands, and without them it reads as 5000 or more"
	case p == Bare && y%1000 == 0:
		return "a whole number of thousands is a lone letter, which without a geresh is no year"
	case p == Bare && (y == 9006 || y == 9007):
		return "without a geresh, טו and טז read as 15 and 16"
	}
	return ""
}

// appendUnwritableYear writes a Hebrew year that letters cannot write, as
// time.Format writes a value it cannot: %!HebrewYear(760).
func appendUnwritableYear(b []byte, y int) []byte {
	b = append(b, "%!HebrewYear("...)
	b = strconv.AppendInt(b, int64(y), 10)
	return append(b, ')')
}
