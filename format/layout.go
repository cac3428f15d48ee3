package format

import (
	"time"

	"github.com/dualdate/dualdate/hebrew"
)

// Layouts written for the reference day, Monday, January 2, 2006, 15:04:05
// MST, which is 2 Tevet 5766 in the Hebrew calendar. Each is a string to
// pass to dateline's Format, LayoutOf and Parse, as time.RFC3339 is to
// time.Time.Format.
const (
	// Header is the masthead dateline: "Saturday, March 2nd | 22 Adar I 5784".
	Header = "Monday, January 2nd | 2 Tevet 5766"
	// Full is the dateline with both years: "Saturday, March 2, 2024 | 22
	// Adar I 5784".
	Full = "Monday, January 2, 2006 | 2 Tevet 5766"
	// Published is an article's timestamp: "September 28, 2022 10:39 am".
	Published = "January 2, 2006 3:04 pm"
	// HebrewDate is the Hebrew date alone: "22 Adar I 5784".
	HebrewDate = "2 Tevet 5766"
	// HebrewScript is the Hebrew date in Hebrew script: "כ״ב אדר א׳ תשפ״ד".
	HebrewScript = "ב׳ טבת תשס״ו"
)

// Reference returns the reference day that layouts are written for: Monday,
// January 2, 2006 at 15:04:05 in a zone named MST, seven hours west of UTC,
// and the Hebrew date of that day, 2 Tevet 5766.
func Reference() (time.Time, hebrew.Date) {
	return time.Date(2006, time.January, 2, 15, 4, 5, 0, time.FixedZone("MST", -7*60*60)),
		hebrew.Date{Year: 5766, Month: hebrew.Tevet, Day: 2}
}

// A Layout is a compiled dateline layout: a sequence of elements. Layouts
// are read from an example dateline by the parse package (dateline.LayoutOf
// is the usual way), or built with [New]. The zero Layout writes nothing.
// A Layout is immutable and safe for concurrent use.
type Layout struct {
	elems []Element
}

// New returns a layout of the given elements, which it copies.
func New(elems ...Element) Layout {
	return Layout{elems: append([]Element(nil), elems...)}
}

// Elements returns a copy of the layout's elements.
func (l Layout) Elements() []Element {
	return append([]Element(nil), l.elems...)
}

// Len returns the number of elements.
func (l Layout) Len() int { return len(l.elems) }

// At returns element i, 0 <= i < Len().
func (l Layout) At(i int) Element { return l.elems[i] }

// Has reports whether the layout shows an element of kind k.
func (l Layout) Has(k Kind) bool {
	for i := range l.elems {
		if l.elems[i].Kind == k {
			return true
		}
	}
	return false
}

// AppendFormat appends the dateline of Gregorian time t and Hebrew date h,
// written in layout l, to b and returns the extended buffer. The Gregorian
// elements and the weekday show t's day in t's location (with its clock and
// zone); the Hebrew elements show h, which the caller has chosen (usually
// the Hebrew date of t's day, or of the next day after sunset). It does not
// allocate beyond growing b.
func (l Layout) AppendFormat(b []byte, t time.Time, h hebrew.Date) []byte {
	next := h // the month a Rosh Chodesh on the 30th belongs to
	if h.Day == 30 && l.roshChodesh() {
		next = h.AddDays(1)
	}
	for i := range l.elems {
		e := &l.elems[i]
		if e.Kind == HebrewMonth || e.Kind == HebrewYear {
			b = appendElement(b, e, t, next)
			continue
		}
		b = appendElement(b, e, t, h)
	}
	return b
}

// roshChodesh reports whether the layout writes the day as Rosh Chodesh.
func (l Layout) roshChodesh() bool {
	for i := range l.elems {
		if e := &l.elems[i]; e.Kind == HebrewDay && (e.Form == RoshChodesh || e.Form == RoshChodeshScript) {
			return true
		}
	}
	return false
}

// Format returns the dateline of t and h written in layout l; see
// [Layout.AppendFormat].
func (l Layout) Format(t time.Time, h hebrew.Date) string {
	var buf [96]byte
	return string(l.AppendFormat(buf[:0], t, h))
}

// String returns the layout written for the reference day (see
// [Reference]): the layout string that compiles to l.
func (l Layout) String() string {
	return l.Format(Reference())
}
