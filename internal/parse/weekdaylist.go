package parse

import (
	"github.com/dualdate/dualdate/internal/layout"
)

// weekdayDayList reads the rest of a list of days of one month that each
// have their weekday before them, after day, the first, whose weekday the
// dateline read right before it: ", Mercoledì 22 e Lunedì 27" of
// "Martedì 21, Mercoledì 22 e Lunedì 27 settembre" and ", Mercoledì 29"
// of "Martedì 28, Mercoledì 29 settembre", as the Interior Ministry's
// calendar of Jewish holidays, which Italian pages copy, lists a
// festival's days; "lundi 14, mardi 15 et mercredi 16 septembre",
// "Monday 14, Tuesday 15 and Wednesday 16 September". Two days with
// their weekdays were read when a word joined them ("jueves 3 y viernes
// 4"); parted by a comma, the first was left out, and Find read the
// list from the second day, whose occasion the ministry's line names
// for the first ("Martedì 28, Mercoledì 29 settembre - Shemini Atzeret"
// was said to be no Shemini Atzeret). The days are parted by commas, the
// last by a comma or a word of rangeWords, come later in the month each,
// are written alike (each with its dot or none) and a month's name
// follows the last. Each weekday must be its day's, counted from the
// first's: a list that says otherwise is not read as one. The middle
// days and their weekdays are kept in p.mids and p.midDays, the last
// day's weekday in p.endDay, for addDays. It returns the last day and
// its end, or false, having kept nothing.
func (p *parser) weekdayDayList(day Field) (last Field, end int, ok bool) {
	s := p.s
	first, ok := p.weekdayBefore(day)
	if !ok {
		return Field{}, 0, false
	}
	k := day.End
	dot := k < len(s) && s[k] == '.'
	if dot {
		k++
	}
	n, prev := 0, day.Value
	var wds [len(p.mids) + 1]Field
	var days [len(p.mids) + 1]Field
	joined := false
	for !joined && n < len(days) {
		j := -1
		if k < len(s) && s[k] == ',' {
			j = skipSpace(s, k+1)
		} else if n > 0 {
			var dash bool
			if j, dash = rangeJoin(s, k); dash {
				j = -1
			}
			joined = true
		}
		if j < 0 {
			break
		}
		f, wd, fok := p.weekdayDay(j)
		if !fok || f.Value <= prev || f.Value > 31 || dot != (f.End < len(s) && s[f.End] == '.') ||
			(wd.Value-first.Value+7)%7 != (f.Value-day.Value)%7 {
			break
		}
		wd.Shift, wd.Flags = int16((wd.Value-first.Value+7)%7), wd.Flags|RangeEnd
		wds[n], days[n], prev = wd, f, f.Value
		n++
		k = f.End
		if dot {
			k++
		}
	}
	if n == 0 || !monthNameAt(s, skipSpace(s, k)) {
		return Field{}, 0, false
	}
	if n > 1 && !joined && k < len(s) && s[k] == ',' {
		p.cutList(k)
		return Field{}, 0, false // more items than a list of days keeps
	}
	copy(p.mids[:], days[:n-1])
	copy(p.midDays[:], wds[:n-1])
	p.nmid, p.hasMidDays = n-1, n > 1
	p.endDay, p.hasEndDay = wds[n-1], true
	return days[n-1], days[n-1].End, true
}

// weekdayBefore returns the weekday the dateline read right before day,
// with only spaces or a comma between them.
func (p *parser) weekdayBefore(day Field) (Field, bool) {
	k := lastField(p.buf[:p.n])
	if k < 0 || p.buf[k].Kind != layout.Weekday || p.buf[k].Flags&RangeEnd != 0 {
		return Field{}, false
	}
	wd := p.buf[k]
	j := wd.End
	if j < len(p.s) && p.s[j] == ',' {
		j++
	}
	if skipSpace(p.s, j) != day.Start {
		return Field{}, false
	}
	return wd, true
}
