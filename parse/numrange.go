package parse

import "github.com/dualdate/dualdate/format"

// numericRange reads a range of days written in numbers day first, as
// German pages write it, whose start takes its month and year from the
// end: "11.-13.06.2024" (the days of one month: the start is a day with
// its dot, or a dash right after it, "12-20.04.2025"), and "10.12.-18.12.2020", "10.12. bis 18.12.20" (the start
// gives its month; the words of rangeJoin or a dash part them). The end
// is a whole numeric date, day first with dots. A start with its month
// may be the evening's ("24.9. abends/25.9.2023", the eve and the day of
// Yom Kippur) and end at a slash (see numericRangeJoin). The start is the
// dateline's day and the end's day (and month) are RangeEnd, as in
// "November 30-December 1". It reports false, having read nothing, for
// anything else.
func (p *parser) numericRange(i int) (int, bool) {
	s := p.s
	if p.has(format.Day) || p.has(format.Month) {
		return i, false
	}
	v1, e1, d1 := number(s, i)
	if d1 == 0 || d1 > 2 || v1 < 1 || v1 > 31 || e1+1 >= len(s) {
		return i, false
	}
	// The start's dot, or a dash right after its digits: "12-20.04.2025",
	// "12 – 20.04.2025", the days of one month as Polish and Czech pages
	// write them.
	dotted := s[e1] == '.'
	if !dotted && (e1 == i || rangeDash(s, e1) < 0) {
		return i, false
	}
	day := Field{Value: v1, Start: i, End: e1, Flags: DayFirst}
	day.Kind, day.Form = format.Day, dayForm(s, i, d1)
	var month Field
	hasMonth := false
	k := e1
	if dotted {
		k++
	}
	if v2, e2, d2 := number(s, k); dotted && d2 > 0 {
		// 10.12.: the start's month, with its dot.
		if d2 > 2 || v2 < 1 || v2 > 12 || e2 >= len(s) || s[e2] != '.' {
			return i, false
		}
		month = Field{Value: v2, Start: k, End: e2, Flags: DayFirst}
		month.Kind, month.Form = format.Month, monthNumericForm(dayForm(s, k, d2))
		hasMonth, k = true, e2+1
	}
	j := numericRangeJoin(s, k, hasMonth)
	if j < 0 || !isDigit(s, j) {
		return i, false
	}
	if _, e, _ := number(s, j); e+1 >= len(s) || s[e] != '.' || !isDigit(s, e+1) {
		return i, false // readNumericDate reads a separator after the number
	}
	rd, _, what := readNumericDate(s, j)
	if what != "" || rd.n != 3 || s[rd.fields[0].End] != '.' || rd.fields[0].Kind != format.Day {
		return i, false
	}
	end, endMonth := rd.fields[0], rd.fields[1]
	if hasMonth {
		// A range into the next year (30.12.-2.1.2021) starts in the
		// year before the one it states: not read, rather than read a
		// year late.
		if endMonth.Value < month.Value || !gregorianRangeFits(month.Value, day.Value, endMonth.Value, end.Value) {
			return i, false
		}
	} else if end.Value <= day.Value {
		return i, false
	}
	// A dotted date is read day first: the end's fields say so, and
	// are not ambiguous.
	end.Flags, endMonth.Flags = DayFirst|RangeEnd, DayFirst
	year := rd.fields[2]
	year.Flags = 0
	p.add(day)
	if hasMonth {
		// The shift is counted by finish, once the year is known.
		p.add(month)
		endMonth.Flags |= RangeEnd
		p.add(end)
		p.add(endMonth)
	} else {
		end.Shift = int8(end.Value - day.Value)
		p.add(end)
		p.add(endMonth)
	}
	p.add(year)
	return rd.end, true
}

// numericRangeJoin returns where the end of a numeric range starts after
// its start, which ends at s[k], or -1: after the words of rangeJoin or a
// dash, and after the evening's word of the start before them ("24.9.
// abends bis 25.9.2023"). A start with its month's dot (hasMonth) may end
// at a slash too, "24.9./25.9.2023": after the dot a slash parts two
// dates, where in 24/9/2023 it parts a date's numbers.
func numericRangeJoin(s string, k int, hasMonth bool) int {
	if hasMonth {
		if w := skipSpace(s, k); eveningWordAt(s, w) > w {
			k = eveningWordAt(s, w)
		}
		if k < len(s) && s[k] == '/' {
			return skipSpace(s, k+1)
		}
	}
	j, _ := rangeJoin(s, k)
	return j
}

// eveningWordAt returns the end of German's "abends" or "am Abend" at
// s[i] (see dateEvening), or i.
func eveningWordAt(s string, i int) int {
	if e := matchWord(s, i, "abends"); e > i {
		return e
	}
	if e := matchWord(s, i, "am"); e > i {
		if e2 := matchWord(s, skipSpace(s, e), "abend"); e2 > e {
			return e2
		}
	}
	return i
}
