package parse

import (
	"time"

	"github.com/dualdate/dualdate/internal/layout"
)

// A Flag records something the text says about a field beyond its value.
type Flag uint32

// A Field is one element the text states: what it is and how it is written
// (the embedded layout.Element), the value read, and where it stands.
type Field struct {
	layout.Element
	// Value is the value as written: a Gregorian or Hebrew day of the
	// month; a Gregorian month (1-12); a hebrew.Month; a year as written
	// (two digits for a TwoDigit year; a Hebrew year written without its
	// thousands is counted in the sixth millennium, as is the custom, so
	// תשפ״ד is 5784); a time.Weekday of the day the word names; an hour as
	// written (1-12 beside AM or PM); 0 for AM and 1 for PM; a zone's offset
	// in seconds east of UTC for a numeric zone. It is 0 for a Literal.
	Value int
	// Start and End are the field's byte span in the input.
	Start, End int
	Flags      Flag
}

// A Result is what a dateline in the text states: its fields in order, the
// literal text between them included.
type Result struct {
	Input      string
	Start, End int // the dateline's byte span in Input
	Fields     []Field

	// own is the template that read the fields in its own forms (Saturday,
	// not Sat), whose layout string is theirs: see Template.Layout.
	own *Template
}

// Layout returns the layout the dateline is written in. The end of a
// range of times (the 9:00PM of 8:00-9:00PM) stays literal text: a layout
// writes one time of day (see TimeRange).
func (r *Result) Layout() layout.Layout {
	return layout.New(appendFields(make([]layout.Element, 0, len(r.Fields)), r)...)
}

// element returns the element of field i as a layout writes it.
func (r *Result) element(i int) layout.Element {
	f := &r.Fields[i]
	if f.Flags&RangeEnd != 0 && f.Kind.IsClock() && f.Start <= f.End && f.End <= len(r.Input) {
		return layout.Lit(r.Input[f.Start:f.End])
	}
	if f.Kind == layout.Hour && f.Flags&RangeEnd == 0 && (f.Form == layout.Hour12 || f.Form == layout.Hour12Pad) && r.borrowsHalf() {
		// 01:00-1:00AM: the start took the end's AM, being in its half
		// of the day (see clockRange), which the reference hour, 3, is
		// not beside the end kept as text: 03:04-1:00AM reads the start
		// on a 24-hour clock, and so the layout writes it.
		e := f.Element
		e.Form = layout.Hour24
		if f.Form == layout.Hour12Pad {
			e.Form = layout.Hour24Pad
		}
		return e
	}
	return f.Element
}

// endClock marks a time of day after the end of a range of whole dates,
// whose end has its own weekday or month, as the end's: "du vendredi 15
// septembre 2023 jusqu'au dimanche 17 septembre 2023 à 20h48" ends at
// 20:48 on Sunday, and was read as Friday at 20:48. The dateline then
// states no time of its own, and a layout of it is refused (see
// TimeRange), as one of a range of times is. A time before the end
// ("Friday 8 pm until Sunday") is the start's, and so is one after a range
// of days of one month ("15-17 septembre 2023 à 20h48").
func endClock(fields []Field) {
	last, whole := -1, false
	for i := range fields {
		if f := &fields[i]; f.Flags&RangeEnd != 0 && !f.Kind.IsClock() {
			last = i
			whole = whole || f.Kind == layout.Month || f.Kind == layout.Weekday || f.Kind == layout.HebrewMonth
		}
	}
	if !whole {
		return
	}
	for i := range last {
		if f := &fields[i]; f.Kind.IsClock() && f.Zman == layout.NoZman {
			return // the start's time
		}
	}
	for i := last + 1; i < len(fields); i++ {
		if f := &fields[i]; f.Kind.IsClock() && f.Zman == layout.NoZman {
			f.Flags |= RangeEnd
		}
	}
}

// Evening reports whether f is the word of a weekday or a literal that
// says its dateline is the evening of its civil day (Saturday night, ליל
// שלישי, "12 April 2025 evening"), not of the end of a range, nor an
// occasion's eve.
func (f *Field) Evening() bool {
	return f.Flags&Night != 0 && f.Flags&RangeEnd == 0 && f.Kind != layout.Holiday
}

// borrowsHalf reports whether r's time of day has no AM or PM of its own
// and ends a range of times whose end has one, at an hour before the
// reference day's 3 of a 12-hour clock (12, 1 or 2).
func (r *Result) borrowsHalf() bool {
	end, endAMPM := -1, false
	for i := range r.Fields {
		f := &r.Fields[i]
		switch {
		case f.Kind == layout.AMPM && f.Flags&RangeEnd == 0:
			return false
		case f.Kind == layout.AMPM:
			endAMPM = true
		case f.Kind == layout.Hour && f.Flags&RangeEnd != 0:
			end = f.Value
		}
	}
	return endAMPM && end >= 0 && end%12 < 3
}

// AppendLayout appends the layout of the dateline written for the
// reference day, Layout().String(), to b, without compiling the layout.
func (r *Result) AppendLayout(b []byte) []byte {
	var buf [maxFields + 2]layout.Element
	elems := buf[:0]
	for i := range r.Fields {
		if len(elems) == len(buf) {
			break
		}
		elems = append(elems, r.element(i))
	}
	return layout.AppendLayout(b, elems)
}

// Get returns the field of kind k that states the dateline's own day (not
// the other end of a range), and whether there is one.
func (r *Result) Get(k layout.Kind) (Field, bool) {
	for i := range r.Fields {
		if f := &r.Fields[i]; f.Kind == k && f.Flags&RangeEnd == 0 {
			return *f, true
		}
	}
	return Field{}, false
}

// Text returns the input text of field f.
func (r *Result) Text(f Field) string { return r.Input[f.Start:f.End] }

// Swap returns the other reading of an ambiguous numeric date (03/02/2024
// read as February 3 rather than March 2), or of a NameAmbiguous month
// (listopada read as Croatian's October rather than Polish's November),
// and true, or false if the date has no other reading.
func (r *Result) Swap() (Result, bool) {
	for i := range r.Fields {
		if f := &r.Fields[i]; f.Kind == layout.Month && f.Flags&NameAmbiguous != 0 {
			o, ok := otherMeaning(r.Input, f)
			if !ok {
				return Result{}, false
			}
			return r.withField(i, meaning(r.Input, *f, o)), true
		}
	}
	di, mi := ambiguousPair(r.Fields)
	if di < 0 {
		return Result{}, false
	}
	s := r.withField(di, r.Fields[di])
	swapPair(s.Fields, di, mi)
	return s, true
}

// yearFirst reports whether the numeric date whose first number is field
// i is written year first: a year and one separator right before it
// (2024-03-04, 2024/03/04, 2024.03.04).
func yearFirst(fields []Field, i int) bool {
	return i >= 2 && fields[i-2].Kind == layout.Year && fields[i-1].Kind == layout.Literal &&
		len(fields[i-1].Text) == 1 && fields[i-2].Flags&RangeEnd == 0
}

// withField returns a copy of r, its fields copied, with field i f.
func (r *Result) withField(i int, f Field) Result {
	s := *r
	s.Fields = append([]Field(nil), r.Fields...)
	s.Fields[i] = f
	return s
}

// ambiguousPair returns the indexes of the day and month of an ambiguous
// numeric date, or -1, -1.
func ambiguousPair(fields []Field) (day, month int) {
	day, month = flaggedDayMonth(fields, Ambiguous)
	if day < 0 || month < 0 {
		return -1, -1
	}
	return day, month
}

// flaggedDayMonth returns the indexes of the last Day and the last Month
// of fields marked flag, each -1 where there is none.
func flaggedDayMonth(fields []Field, flag Flag) (day, month int) {
	day, month = -1, -1
	for i := range fields {
		f := &fields[i]
		if f.Flags&flag == 0 {
			continue
		}
		switch f.Kind {
		case layout.Day:
			day = i
		case layout.Month:
			month = i
		}
	}
	return day, month
}

// swapPair turns the day and month fields di and mi into each other, in
// place: the other reading of an ambiguous numeric date.
func swapPair(fields []Field, di, mi int) {
	d, m := &fields[di], &fields[mi]
	d.Kind, m.Kind = layout.Month, layout.Day
	d.Form, m.Form = monthNumericForm(d.Form), dayNumericForm(m.Form)
	d.Flags ^= DayFirst
	m.Flags ^= DayFirst
}

// numericMonth reports whether month field f is written in digits (3,
// 03), as a numeric date writes it, not by its name.
func numericMonth(f Field) bool { return f.Form == layout.Numeric || f.Form == layout.NumericPad }

func monthNumericForm(day layout.Form) layout.Form {
	if day == layout.Padded {
		return layout.NumericPad
	}
	return layout.Numeric
}

func dayNumericForm(month layout.Form) layout.Form {
	if month == layout.NumericPad {
		return layout.Padded
	}
	return layout.Plain
}

// SwapRange returns a range of two numeric dates read in the other order,
// both ends at once, with its end's distance from its start counted
// again, and true: "4/4/2024 - 5/4/2024" day first, April 4 to 5, where
// slashes read month first make it April 4 to May 4. It returns false
// where r is no such range, where the other order names no month or runs
// backward, or where the end's weekday cannot be counted again (no year,
// or an evening's weekday), or where its start is written year first
// (2024-03-04 - 2024-03-06), as ISO 8601 writes it: a year first is
// followed by its month, in every order, as a single date's is read.
// That range with the day-first option was April 3 to June 3, and
// without one came with a warning that named that reading. Swap turns
// one day and month; the ends of a range share their order, and its
// end's distance (Shift) is the order's. A list of days with their
// months in digits (see numericPairList) turns all its parts: "3/4, 4/5
// and 5/6/2024" day first is April 3, May 4 and June 5; where a part
// reads one way only (4/13), the list has no other reading.
func (r *Result) SwapRange() (Result, bool) {
	if s, ok, list := r.swapList(); list {
		return s, ok
	}
	return r.swapRange()
}

// swapRange is SwapRange for a range of two numeric dates, not a list.
// Unlike swapList, it keeps r's fields off the heap: the parser calls it
// on its own buffer (see settleRangeDayFirst).
func (r *Result) swapRange() (Result, bool) {
	d1, m1, d2, m2, ok := rangeFields(r.Fields, layout.Day, layout.Month)
	if !ok || !numericMonth(r.Fields[m1]) || !numericMonth(r.Fields[m2]) ||
		r.Fields[d1].Value > 12 || r.Fields[d2].Value > 12 || r.Fields[d1].Shift != 0 || r.Fields[d2].Shift <= 0 ||
		yearFirst(r.Fields, min(d1, m1)) {
		return Result{}, false
	}
	old := r.Fields[d2].Shift
	s := r.withField(d1, r.Fields[d1])
	swapPair(s.Fields, d1, m1)
	swapPair(s.Fields, d2, m2)
	s.Fields[d2].Shift, s.Fields[m2].Shift = 0, 0 // counted again below, or left 0 where they cannot be
	gregorianRangeShift(s.Fields)
	n := s.Fields[m2].Shift // the end's day, now at m2
	if n <= 0 {
		return Result{}, false
	}
	for i := range s.Fields {
		if f := &s.Fields[i]; f.Flags&RangeEnd != 0 && f.Kind != layout.Weekday && f.Shift == old {
			f.Shift = n // the end's month and year
		}
	}
	for i := range s.Fields {
		f := &s.Fields[i]
		if f.Kind != layout.Weekday || f.Flags&RangeEnd == 0 {
			continue
		}
		y, hasYear := s.Get(layout.Year)
		if !hasYear || y.Form == layout.TwoDigit || f.Flags&NamesNextDay != 0 {
			return Result{}, false
		}
		// The end's weekday counts to its date where it is its date's,
		// and from the start's weekday where it is not, as
		// RangeEndFields counts it.
		a := time.Date(y.Value, time.Month(s.Fields[d1].Value), s.Fields[m1].Value, 0, 0, 0, 0, time.UTC)
		civil := time.Weekday(f.Value % 7)
		f.Shift = n
		if a.AddDate(0, 0, int(n)).Weekday() != civil {
			f.Shift = int16((int(civil) - int(a.Weekday()) + 7) % 7)
		}
	}
	return s, true
}

// swapList returns r with its list of days with their months in digits
// in the other order (see swapPairList), and ok; list is false where r
// holds no such list.
func (r *Result) swapList() (s Result, ok, list bool) {
	if _, _, _, list = pairListOf(r.Input, r.Fields); !list {
		return Result{}, false, false
	}
	s = r.withField(0, r.Fields[0])
	if ok, list = swapPairList(r.Input, s.Fields); !ok {
		return Result{}, false, list
	}
	gregorianRangeShift(s.Fields)
	yearOfRangeEnd(s.Fields)
	return s, true, true
}
