package dateline

import (
	"errors"

	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/parse"
)

// ErrAmbiguous is matched by the error LayoutOf returns for an example whose
// numeric date reads both ways and is not the reference day.
var ErrAmbiguous = errors.New("ambiguous example")

func init() { codeErrors[CodeDateAmbiguous] = ErrAmbiguous }

// LayoutOf returns the layout of a real dateline: the layout that writes
// example for its own day. The example must be one consistent dateline
// (every problem of severity Error is an error, as from Parse), and its
// numeric date, if any, must read one way only, unless it is the reference
// day, January 2, 2006. LayoutOf("Saturday, March 2nd | 22 Adar I 5784")
// gives the layout of format.Header.
func LayoutOf(example string) (format.Layout, error) {
	r, err := parse.Parse(example)
	if err != nil {
		return format.Layout{}, syntaxReport(example, err).Err()
	}
	if err := parse.TimeRange(&r); err != nil {
		return format.Layout{}, syntaxReport(example, err).Err()
	}
	var opts []Option
	if m, ok := r.Get(format.Month); ok && m.Flags&parse.Ambiguous != 0 && referenceYear(&r) {
		d, _ := r.Get(format.Day)
		switch {
		case m.Value == 1 && d.Value == 2:
			opts = append(opts, forceReading(d.Flags&parse.DayFirst != 0))
		case m.Value == 2 && d.Value == 1:
			opts = append(opts, forceReading(d.Flags&parse.DayFirst == 0))
		}
	}
	o := makeOptions(opts)
	rep, swapped := resolveResult(&r, &o, nil)
	chosen := r
	if swapped {
		chosen, _ = r.Swap()
	}
	if err := rep.Err(); err != nil {
		return format.Layout{}, err
	}
	if p, ok := julianExample(&rep); ok {
		return format.Layout{}, &ProblemError{Input: example, Problem: p}
	}
	for i := range r.Fields {
		if f := &r.Fields[i]; wordHour(f) {
			// Noon names one time of day, and a layout writes every one.
			return format.Layout{}, &ProblemError{Input: example, Problem: Problem{Code: CodeSyntax, Severity: Error,
				Start: f.Start, End: f.End, Message: "a layout writes any time of day, and " + quote(example[f.Start:f.End]) + " names one; write it as 12:00 pm"}}
		}
	}
	for _, p := range rep.Problems {
		if p.Code == CodeDateAmbiguous && numericAmbiguous(&r) {
			// A two-day Rosh Chodesh is written the same on either day.
			p.Severity = Error
			return format.Layout{}, &ProblemError{Input: example, Problem: p}
		}
	}
	elems := make([]format.Element, len(chosen.Fields))
	h := rep.Dateline.Hebrew
	for i, f := range chosen.Fields {
		if f.Kind == format.HebrewMonth && f.Flags&parse.Qualified == 0 &&
			(h.Month == hebrew.Adar || h.Month == hebrew.AdarII) && hebrew.IsLeapYear(h.Year) {
			// A bare Adar in a leap year: the site writes both Adars so.
			f.Spelling.Adar = hebrew.AdarPlain
		}
		elems[i] = f.Element
	}
	sameRangeLength(elems, chosen.Fields)
	l := format.New(elems...)
	if ref := l.String(); parse.Layout(ref).String() != ref {
		// "Feb 5th+0000" writes the reference day as "Jan 2nd-0700", which
		// reads as a year after the day: a layout that does not read as
		// itself would write datelines that read as another.
		return format.Layout{}, &ProblemError{Input: example, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: 0, End: len(example),
			Message: "its layout, written for the reference day, is " + quote(ref) + ", which reads as another layout; put a space or a word between its parts"}}
	}
	return l, nil
}

// sameRangeLength gives a layout's Gregorian range the length of its
// Hebrew one where the example's civil range starts on the evening
// before (October 21-28 | 2-8 Cheshvan, printed after sunset): the
// layout writes a range of the same days in both calendars, and a day
// written after sunset advances the Hebrew range as a whole.
func sameRangeLength(elems []format.Element, fields []parse.Field) {
	civil, heb := -1, -1
	for i := range fields {
		f := &fields[i]
		if f.Flags&parse.RangeEnd == 0 {
			continue
		}
		switch f.Kind {
		case format.Day:
			civil = i
		case format.HebrewDay:
			heb = i
		}
	}
	if civil < 0 || heb < 0 || elems[civil].Shift != elems[heb].Shift+1 {
		return
	}
	for i := range fields {
		if f := &fields[i]; f.Flags&parse.RangeEnd != 0 && (f.Kind == format.Day || f.Kind == format.Month) {
			elems[i].Shift = elems[heb].Shift
		}
	}
}

// referenceYear reports whether r states the reference day's year, 2006
// (06), or no Gregorian year: only then can its numeric date be the
// reference day, January 2, written day first or month first. "1.2.00"
// is January 2 or February 1 of 2000, and ambiguous.
func referenceYear(r *parse.Result) bool {
	y, ok := r.Get(format.Year)
	return !ok || y.Value == 2006 || y.Form == format.TwoDigit && y.Value == 6
}

// forceReading returns the option that reads an ambiguous numeric date day
// first (or month first).
func forceReading(dayFirst bool) Option {
	if dayFirst {
		return DayFirst()
	}
	return MonthFirst()
}

// Compile compiles a layout string as [Dateline.Format] reads it: a
// layout written for the reference day, Monday, January 2, 2006 at
// 15:04:05 MST, which is 2 Tevet 5766 (a preset of package format, a
// layout of package time such as time.RFC3339, or one of your own), or a
// consistent dateline of any other day, read as [LayoutOf] reads it. Text
// around the datelines in it is kept as it is.
//
// It fails, with an error wrapping [ErrLayout] that names the part and
// its byte offset, when a part of the reference day would be kept as
// literal text and written unchanged on every day: a layout that is only
// partly understood is refused rather than written wrong.
func Compile(layout string) (format.Layout, error) {
	if l, err := LayoutOf(layout); err == nil {
		return l, nil
	}
	return parse.Compile(layout)
}

// numericAmbiguous reports whether r has a numeric date that reads both
// ways.
func numericAmbiguous(r *parse.Result) bool {
	m, ok := r.Get(format.Month)
	return ok && m.Flags&parse.Ambiguous != 0
}
