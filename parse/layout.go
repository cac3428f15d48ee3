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
	var elems []format.Element
	pos := 0
	lit := func(end int) {
		if end > pos {
			elems = append(elems, format.Lit(s[pos:end]))
		}
	}
	var p parser
	i := 0
	for {
		i = nextStart(s, i)
		if i >= len(s) {
			break
		}
		p.init(s)
		p.run(i, false)
		if p.n == 0 {
			i = skipToken(s, i)
			continue
		}
		closeParens(&p)
		p.finish()
		r := Result{Input: s, Start: p.start, End: p.last, Fields: p.fields()}
		if m, ok := r.Get(format.Month); ok && m.Flags&Ambiguous != 0 {
			if d, _ := r.Get(format.Day); !(m.Value == 1 && d.Value == 2) {
				if sw, ok := r.Swap(); ok {
					r = sw
				}
			}
		}
		lit(r.Start)
		for _, f := range r.Fields {
			elems = append(elems, f.Element)
		}
		pos, i = r.End, r.End
	}
	lit(len(s))
	return format.New(elems...)
}
