package parse

import "github.com/dualdate/dualdate/internal/layout"

// weekdayDayEnd reads at j, where fullRange found no date at the far end
// of a range, an end that is a weekday and a bare day, of the start's
// month or, for a smaller day, the next month's: "Desde este viernes 15 de
// septiembre al miércoles 17" (Redboing, the 165th held-out round), "du
// vendredi 15 septembre au dimanche 17", "Friday, September 15 to Sunday,
// 17". The start read alone as a dateline of its own, with nothing said of
// the end, whose weekday here is wrong (17 September is two days after a
// Friday). The start must name its weekday, day and month in words, as
// weekdayRange's must: the two weekdays say that the bare number is a day
// of a range, not a count or a time. The end's fields are added as
// weekdayRange adds them, its weekday shifted by the weekdays' difference
// where that is not the range's days, for the resolver to report. It
// returns the end of the range, or i.
func (p *parser) weekdayDayEnd(i, j int) int {
	s := p.s
	w1, ok1 := p.get(layout.Weekday)
	d1, ok2 := p.get(layout.Day)
	m1, ok3 := p.get(layout.Month)
	if !ok1 || !ok2 || !ok3 || numericMonth(m1) {
		return i
	}
	var q parser
	q.init(s)
	wd, ok := q.weekdayName(j, false)
	if !ok {
		return i
	}
	k := skipSpace(s, wd.End)
	if k < len(s) && s[k] == ',' {
		k = skipSpace(s, k+1)
	}
	day, ok := dayField(s, k)
	if !ok || k == wd.End || partOfNumber(s, day.End) || !bareDayEnds(s, day.End) {
		return i
	}
	m2 := m1.Value
	if day.Value <= d1.Value {
		m2 = m1.Value%12 + 1 // viernes 29 de septiembre al domingo 1
	}
	y, _ := p.get(layout.Year)
	n, ok := weekdayRangeDays(y.Value, m1.Value, d1.Value, m2, day.Value)
	if !ok {
		return i
	}
	day.Kind, day.Shift, day.Flags = layout.Day, int16(n), day.Flags|RangeEnd
	wd.Kind, wd.Shift, wd.Flags = layout.Weekday, int16(n), wd.Flags|RangeEnd
	if (n-(wd.Value-w1.Value))%7 != 0 {
		wd.Shift = int16((wd.Value - w1.Value + 7) % 7)
	}
	p.add(wd)
	p.add(day)
	return p.rangeEndClock(day.End)
}

// bareDayEnds reports whether a bare day ending at s[e] ends the range's
// text: the end of the text, or a space or punctuation before anything
// but a month's name, which would make the day a date of its own that
// rangeEndDate reads.
func bareDayEnds(s string, e int) bool {
	if e == len(s) {
		return true
	}
	if isWordStart(s, e) || isDigit(s, e) {
		return false
	}
	var q parser
	q.init(s)
	w, _, ok := q.wordAt(skipSpace(s, e))
	return !ok || w.kind != wMonth
}
