package parse

import (
	"time"

	"github.com/dualdate/dualdate/internal/layout"
)

// leadingAside reads at the ')' or ']' at s[j], that closes a bracket
// opened right before the day and month p has read, the New Style date
// after it whose Julian date the bracket holds: "was born (May 30) June
// 9 in 1672" (calendr.net's life of Peter I, the two-hundred-and-second
// held-out round), which was two dates of 1672, May 30 eleven days
// wrong, with an info only. Histories put the Old Style day before the
// New Style one as unmarkedAside reads it after. The bracket is the Old
// Style half only where its day is exactly the Julian date of the day
// after it in the year that date names, so that "(May 30) June 9, 1672"
// of other days ("(see May 3) June 9, 1672") stays two dates. It returns
// the end of the date after the bracket, or j.
func (p *parser) leadingAside(j int) int {
	s := p.s
	if j >= len(s) || s[j] != ')' && s[j] != ']' || p.has(layout.Year) || p.hasRangeEnd() ||
		p.has(layout.Weekday) || p.has(layout.HebrewMonth) || p.has(layout.Hour) {
		return j
	}
	opening := openerOf(s[j])
	o := p.dateStart() - 1
	for o >= 0 && s[o] == ' ' {
		o--
	}
	if o < 0 || s[o] != opening {
		return j
	}
	bd, bm, ok := p.newStyleDay()
	if !ok || numericMonth(bm) || bd.Form == layout.Ordinal {
		return j
	}
	k := skipSpace(s, j+1)
	if k == j+1 {
		return j
	}
	var q parser
	q.init(s)
	q.run(k, false)
	nd, okd := q.get(layout.Day)
	nm, okm := q.get(layout.Month)
	ny, oky := q.get(layout.Year)
	if !okd || !okm || !oky || numericMonth(nm) || q.has(layout.Weekday) || q.has(layout.HebrewMonth) ||
		q.hasRangeEnd() || q.n == 0 || q.buf[0].Start != k ||
		!julianOf(ny.Value, time.Month(nm.Value), nd.Value, ny.Value, time.Month(bm.Value), bd.Value) {
		return j
	}
	p.markOldStyle(layout.Day)
	p.markOldStyle(layout.Month)
	for _, f := range q.fields() {
		p.add(f)
	}
	return max(j+1, p.last)
}
