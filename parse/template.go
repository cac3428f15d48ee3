package parse

import (
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/script"
)

// A Template reads datelines written in the layout of the one it was made
// from, as time.Parse reads a layout it is given, several times faster
// than Parse: a batch of datelines from one site is written in a few
// layouts. What Match reads is exactly what Parse would read; text in
// another layout is not matched, and is for Parse to read.
//
// Templates cover the common layouts: weekdays, months and days written in
// Latin letters, Hebrew months in any spelling, years and Hebrew days in
// digits or Hebrew numerals, times of day and zones. A layout with a
// numeric date, a range, an evening, a holiday or portion, or a word seen
// for one value only (Tues, Yom Rivi'i) has none; NewTemplate says so.
// A Template is immutable and safe for concurrent use.
type Template struct {
	fields []Field
}

// NewTemplate returns the template of a parsed dateline, and whether its
// layout has one.
func NewTemplate(r *Result) (*Template, bool) {
	if len(r.Fields) == 0 || len(r.Fields) > maxFields {
		return nil, false
	}
	for i := range r.Fields {
		if !templated(&r.Fields[i]) {
			return nil, false
		}
	}
	t := &Template{fields: make([]Field, len(r.Fields))}
	for i, f := range r.Fields {
		f.Value, f.Start, f.End = 0, 0, 0
		t.fields[i] = f
	}
	return t, true
}

// templated reports whether Match can read field f's element as Parse
// reads it.
func templated(f *Field) bool {
	if f.Kind == format.Literal {
		return f.Text != ""
	}
	if f.Shift != 0 || f.Flags&^Qualified != 0 || f.Text != "" || f.Prefix {
		return false
	}
	switch f.Kind {
	case format.Weekday:
		return f.Form == format.Long || f.Form == format.Short || f.Form == format.ShortDot
	case format.Month:
		return f.Form == format.Long || f.Form == format.Short || f.Form == format.ShortDot || f.Form == format.AP
	case format.Day:
		return f.Form == format.Plain || f.Form == format.Padded || f.Form == format.Ordinal
	case format.Year:
		return f.Form == format.Plain || f.Form == format.TwoDigit
	case format.HebrewDay:
		return f.Form == format.Plain || f.Form == format.Padded || f.Form == format.Ordinal || f.Form == format.Numeral
	case format.HebrewMonth, format.HebrewYear, format.Hour, format.Minute, format.Second, format.AMPM, format.Zone:
		return true
	}
	return false
}

// Match reads s as a dateline in the template's layout, appending its
// fields to dst as ParseAppend does. It reports false, having read
// nothing, if s is not written in that layout: the same elements, one
// after another, with the same text between them. The elements' forms may
// differ (2 and 02, Sat and Saturday): they are read as Parse reads them.
func (t *Template) Match(dst []Field, s string) (Result, bool) {
	if len(s) > MaxInput {
		return Result{}, false
	}
	start := skipSpace(s, 0)
	i := start
	n := len(dst)
	for k := range t.fields {
		tf := &t.fields[k]
		twelve := false // an hour that AM or PM follows
		if tf.Kind == format.Hour {
			for _, next := range t.fields[k+1:] {
				twelve = twelve || next.Kind == format.AMPM
			}
		}
		f, ok := matchField(s, i, tf, twelve)
		if !ok {
			return Result{}, false
		}
		dst = append(dst, f)
		i = f.End
	}
	if skipSpace(s, i) != len(s) {
		return Result{}, false
	}
	return Result{Input: s, Start: start, End: i, Fields: dst[n:]}, true
}

// matchField reads at s[i] a field of the kind of template field tf, as
// Parse reads it, and reports whether there is one. twelve says whether an
// hour is followed by AM or PM.
func matchField(s string, i int, tf *Field, twelve bool) (Field, bool) {
	f := Field{Start: i}
	f.Kind = tf.Kind
	if i >= len(s) {
		return f, false // every element and literal is at least a byte
	}
	switch tf.Kind {
	case format.Literal:
		if len(s)-i < len(tf.Text) || s[i:i+len(tf.Text)] != tf.Text {
			return f, false
		}
		f.Text, f.End = tf.Text, i+len(tf.Text)
		return f, true
	case format.Weekday:
		e := latinWord(s, i)
		w, ok := lookupLatin(s, i, e)
		if !ok || w.kind != wWeekday || w.variant || w.form == format.Yom {
			return f, false
		}
		f.Form, f.Case = w.form, caseOf(s, i, e)
		if f.Form == format.Short && e < len(s) && s[e] == '.' {
			f.Form, e = format.ShortDot, e+1
		}
		f.Value, f.End = int(w.value), e
		return f, true
	case format.Month:
		e := latinWord(s, i)
		w, ok := lookupLatin(s, i, e)
		if !ok || w.kind != wMonth {
			return f, false
		}
		if e-i == 3 && w.value == 3 {
			if _, ok := hebrew.MatchMonth(s[i:]); ok {
				return f, false // Mar Cheshvan
			}
		}
		return monthField(s, i, e, w), true
	case format.Day, format.HebrewDay:
		if s[i] == 0xD7 {
			if tf.Kind != format.HebrewDay {
				return f, false
			}
			v, n, err := hebrew.ReadNumeral(s[i:])
			if err != nil || v < 1 || v > 30 {
				return f, false
			}
			if r, _ := decode(s, i+n); script.IsHebrewLetter(r) || script.IsDash(r) {
				return f, false
			}
			f.Form, f.Punct, f.Value, f.End = format.Numeral, punctOf(s, i, i+n), v, i+n
			return f, true
		}
		d, ok := dayField(s, i)
		if !ok {
			return f, false
		}
		if r, _ := decode(s, d.End); script.IsDash(r) || r == '.' {
			return f, false // a range, or "21." before a month: for Parse
		}
		d.Kind = tf.Kind
		return d, true
	case format.Year:
		v, e, digits := number(s, i)
		if digits != 4 && digits != 2 || digits == 2 && tf.Form != format.TwoDigit || !yearEnds(s, e) {
			return f, false
		}
		if digits == 2 {
			f.Form = format.TwoDigit
		}
		f.Value, f.End = v, e
		return f, true
	case format.HebrewMonth:
		name, ok := hebrew.MatchMonth(s[i:])
		if !ok || name.Len != name.BaseLen {
			return f, false
		}
		return hebrewMonthField(s, i, name), true
	case format.HebrewYear:
		return hebrewYearField(s, i)
	case format.Hour:
		v, e, digits := number(s, i)
		if digits == 0 || digits > 2 || v > 24 || e >= len(s) || s[e] != ':' || twelve && (v < 1 || v > 12) {
			return f, false
		}
		switch {
		case twelve && digits == 2 && s[i] == '0':
			f.Form = format.Hour12Pad
		case twelve:
			f.Form = format.Hour12
		case digits == 2:
			f.Form = format.Hour24Pad
		default:
			f.Form = format.Hour24
		}
		f.Value, f.End = v, e
		return f, true
	case format.Minute, format.Second:
		v, e, digits := number(s, i)
		if digits != 2 || v > 59 && tf.Kind == format.Minute || v > 60 {
			return f, false
		}
		f.Form, f.Value, f.End = format.Padded, v, e
		return f, true
	case format.AMPM:
		return ampmAt(s, i)
	case format.Zone:
		return zoneAt(s, i)
	}
	return f, false
}
