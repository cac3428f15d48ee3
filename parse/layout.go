package parse

import (
	"github.com/dualdate/dualdate/format"
)

// Layout compiles a layout string: every dateline, date, weekday and time
// of day in it becomes elements, as [Parse] reads them, and the text around
// them stays literal. A numeric date that reads both ways is read as the
// reference day, January 2 (01/02/2006 is month first, 02/01/2006 day
// first). It never fails: a layout with nothing to read is all literal, as
// it is for time.Format.
func Layout(s string) format.Layout {
	// A layout that is one whole dateline is read as Parse reads it, so
	// that the two never disagree on where it starts (",1 Adar 5783").
	if r, err := Parse(s); err == nil {
		r = referenceReading(r)
		elems := make([]format.Element, 0, len(r.Fields)+2)
		if r.Start > 0 {
			elems = append(elems, format.Lit(s[:r.Start]))
		}
		for _, f := range r.Fields {
			elems = append(elems, f.Element)
		}
		if r.End < len(s) {
			elems = append(elems, format.Lit(s[r.End:]))
		}
		return format.New(elems...)
	}
	var elems []format.Element
	pos := 0
	lit := func(end int) {
		if end > pos {
			elems = append(elems, format.Lit(s[pos:end]))
		}
	}
	scan(s, 0, func(p *parser) bool { return p.n > 0 }, func(p *parser) bool {
		r := referenceReading(Result{Input: s, Start: p.start, End: p.last, Fields: p.fields()})
		lit(r.Start)
		for _, f := range r.Fields {
			elems = append(elems, f.Element)
		}
		pos = r.End
		return true
	})
	lit(len(s))
	return format.New(elems...)
}

// referenceReading returns the reading of r whose numeric date, if it reads
// both ways, is the reference day's, January 2.
func referenceReading(r Result) Result {
	if m, ok := r.Get(format.Month); ok && m.Flags&Ambiguous != 0 {
		if d, _ := r.Get(format.Day); !(m.Value == 1 && d.Value == 2) {
			if sw, ok := r.Swap(); ok {
				return sw
			}
		}
	}
	return r
}
