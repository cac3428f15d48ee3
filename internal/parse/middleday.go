package parse

import "github.com/dualdate/dualdate/internal/layout"

// middleVerbs say, after a range's first day and a comma, that the range
// goes on through a day before the one it ends on, which a verb of ending
// names next (endsJoin): "begins at sundown on the evening of Wednesday,
// 9/24, continues through Thursday, 9/25, and ends Friday, 9/26." (a
// school principal's letter, the ninetieth held-out round), read as three
// datelines.
var middleVerbs = [...]string{"continues through", "continuing through", "continues until", "continuing until", "continues thru"}

// middleDay reads, at the comma at s[at] after a range's first day, one
// of middleVerbs, the middle day (a date as a range's end is written) and
// the comma before the verb of ending that names the last day. It returns
// the index of that comma, the range's join (see fullRange), and where the
// middle day starts; or at where they are not there. The middle day is
// text of the dateline, checked by middleFits once the last day is read.
func (p *parser) middleDay(at int) (join, middle int) {
	s := p.s
	if at+len(", continues through") >= len(s) || s[at] != ',' || s[at+1] != ' ' || s[at+2]|0x20 != 'c' {
		return at, at // the cheap first test
	}
	j := skipSpace(s, at+1)
	e := matchPhrases(s, j, middleVerbs[:])
	if e == j {
		return at, at
	}
	if j = skipSpace(s, e); j == e {
		return at, at
	}
	var m parser
	m.init(s)
	k, _, ok := m.rangeEndDate(j, false, false)
	if !ok || k >= len(s) || s[k] != ',' || endsJoin(s, k) == k {
		return at, at
	}
	return k, j
}

// middleFits reports whether the middle day at s[j] (see middleDay)
// falls after the range's first day, p's, and before its last, q's, and
// on its weekday if it names one: the middle day is not a field of the
// dateline, so that nothing else checks it.
func (p *parser) middleFits(j int, q *parser) bool {
	var m parser
	m.init(p.s)
	if _, _, ok := m.rangeEndDate(j, false, false); !ok {
		return false
	}
	d1, _ := p.get(layout.Day)
	m1, ok1 := p.get(layout.Month)
	dm, mm, okm := dayOfMonth(m.fields(), false)
	if ok1 && numericMonth(m1) {
		dm, mm, okm = numericDayOfMonth(m.fields(), d1, m1)
	}
	d2, ok2 := q.get(layout.Day)
	m2, ok3 := q.get(layout.Month)
	if !ok1 || !okm || !ok2 || !ok3 || numericMonth(m2) != numericMonth(m1) {
		return false
	}
	y, _ := p.get(layout.Year)
	n1, ok := weekdayRangeDays(y.Value, m1.Value, d1.Value, mm.Value, dm.Value)
	if !ok {
		return false
	}
	if _, ok := weekdayRangeDays(y.Value, mm.Value, dm.Value, m2.Value, d2.Value); !ok {
		return false
	}
	w1, okw1 := p.get(layout.Weekday)
	wm, okwm := m.get(layout.Weekday)
	return !okw1 || !okwm || ((wm.Value-w1.Value-n1)%7+7)%7 == 0
}
