package parse

import (
	"strings"
	"time"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// numericRange reads a range of days written in numbers day first, as
// German pages write it, whose start takes its month and year from the
// end: "11.-13.06.2024" (the days of one month: the start is a day with
// its dot, or a dash right after it, "12-20.04.2025"), and "10.12.-18.12.2020", "10.12. bis 18.12.20" (the start
// gives its month; the words of rangeJoin or a dash part them), and
// "04.12-06.12.2018" (the start's month without its dot, before a dash). The end
// is a whole numeric date, day first with dots. A start with its month
// may be the evening's ("24.9. abends/25.9.2023", the eve and the day of
// Yom Kippur) and end at a slash (see numericRangeJoin). The start is the
// dateline's day and the end's day (and month) are RangeEnd, as in
// "November 30-December 1". It reports false, having read nothing, for
// anything else.
func (p *parser) numericRange(i int) (int, bool) {
	s := p.s
	if p.has(layout.Day) || p.has(layout.Month) {
		return i, false
	}
	v1, e1, d1 := number(s, i)
	if d1 == 0 || d1 > 2 || v1 < 1 || v1 > 31 || e1+1 >= len(s) {
		return i, false
	}
	if k, ok := p.numericDayList(i, v1, e1, d1); ok {
		return k, true // 4, 11, 18.3.2024; 4, 11 und 18.3.2024
	}
	if k, ok := p.numericPairList(i); ok {
		return k, true // 4.3., 11.3. und 18.3.2024; 3/4, 3/11 and 3/18/2024
	}
	// The start's dot, or a dash right after its digits: "12-20.04.2025",
	// "12 – 20.04.2025", the days of one month as Polish and Czech pages
	// write them.
	if k, ok := p.monthFirstRange(i, v1, e1); ok {
		return k, true // 3/14-3/16/2024
	}
	dotted := s[e1] == '.'
	slashed := !dotted && (slashedRangeStart(s, e1) || slashedBetweenStart(s, i, e1))
	if !dotted && !slashed && programmeDay(s, i, e1) {
		return i, false // Dia 2 – 20/6/11: the second day of a programme, on 20 June
	}
	worded, dayFirstWord := false, false
	if slashed {
		// 28/02-1/03/2018: the start's day and month with a slash
		// (see slashedRangeStart).
	} else if !dotted && hebrewBetweenJoin(s, i, e1) >= 0 {
		worded, dayFirstWord = true, true // בין 5 ל-7.4.2024
	} else if !dotted && (e1 == i || rangeDash(s, e1) < 0) {
		// Or a word that says "to" after a day alone: "du 13 au
		// 20.04.2025", "del 13 al 20/04/2025".
		if worded, dayFirstWord = rangeToWordAt(s, e1); !worded {
			return i, false
		}
	}
	day := Field{Value: v1, Start: i, End: e1, Flags: DayFirst}
	day.Kind, day.Form = layout.Day, dayForm(s, i, d1)
	var month Field
	hasMonth := false
	k := e1
	if slashed {
		k++
	} else if dotted {
		k++
		if k+2 < len(s) && s[k] == ' ' && isDigit(s, k+1) {
			k++ // 28. 11. do 6. 12. 2021: the start's month after a space, in the spaced norm
		}
	}
	if v2, e2, d2 := number(s, k); (dotted || slashed) && d2 > 0 {
		// 10.12.: the start's month, with its dot; or without it
		// before a dash, "04.12-06.12.2018", as Polish, Latvian and
		// Russian pages write it.
		if d2 > 2 || v2 < 1 || v2 > 12 || e2 >= len(s) || s[e2] != '.' && rangeDash(s, e2) < 0 && !wordJoinAt(s, e2) && hebrewBetweenJoin(s, i, e2) < 0 {
			return i, false
		}
		month = Field{Value: v2, Start: k, End: e2, Flags: DayFirst}
		month.Kind, month.Form = layout.Month, monthNumericForm(dayForm(s, k, d2))
		hasMonth, k = true, e2
		if s[e2] == '.' {
			k++
		}
	}
	j := numericRangeJoin(s, k, hasMonth)
	if j < 0 {
		j = hebrewBetweenJoin(s, i, k) // בין 5.4 ל-7.4.2024: Hebrew's "between ... and"
	}
	if worded {
		j = skipRangeDayWord(s, j) // ao dia 20/6/2011 (see rangeDayWords)
	}
	if j < 0 || !isDigit(s, j) {
		return i, false
	}
	sep := byte('.')
	if _, e, _ := number(s, j); e+1 < len(s) && worded && dayFirstWord && (s[e] == '/' || s[e] == '-') {
		sep = s[e] // del 13 al 20/04/2025: a day-first language's word
	} else if e+1 < len(s) && !dotted && !worded && !hasMonth && s[e] == '/' {
		// 26-27/09/2022: days joined by a dash before a date with
		// slashes are days of one month written day first, as Hebrew,
		// French and Spanish pages write them; month first, the range
		// would be the middle number's (09/26-27/2022). Before, the start
		// went unread and the range was read as its last day.
		sep = '/'
	} else if slashed {
		sep = '/'
	}
	var rd numericRead
	if sep == '.' && spacedRangeStart(s, i) && (spacedDotNorm(s, j) || (hasMonth || dotted) && spacedYearEnd(s, j)) {
		// 18-19. 9. 2021, 4.-6. 10. 2019: the end in the norm of Czech,
		// Slovak and Serbian, a dot and a space after its day and month.
		// Before, Find read the end's day alone, the start left out.
		// And "4.4. – 5.5. 2023", "4.–5.10 2022" (see spacedYearEnd).
		rd = spacedEnd(s, j)
	} else if sep == '.' && yearlessEnd(s, j) && (p.dayMonthVouched() || !hasMonth && hebrewDateNounBefore(s, i) || occasionAfter(s, dayMonthEnd(s, j).end)) {
		// 5-6.10 after "חמישי שישי, טו'-טז' בתשרי,", or after
		// "בתאריכים" (see hebrewDateNounBefore): the end's day and month
		// without a year (see yearlessEnd). So with the start's month
		// after an occasion, "Passover 22.4-23.4", and with an occasion
		// after the range, "22.4-23.4 Pesach", "22-23.4 Pesach" (see
		// occasionAfter): the first was read as its start alone, the
		// end dropped with nothing said, and the others as their end.
		rd = dayMonthEnd(s, j)
	} else {
		if _, e, _ := number(s, j); e+1 >= len(s) || s[e] != sep || !isDigit(s, e+1) {
			return i, false // readNumericDate reads a separator after the number
		}
		var what string
		rd, _, what = readNumericDate(s, j)
		if what != "" || rd.n != 3 || s[rd.fields[0].End] != sep || !dayFirstFields(s, &rd, sep != '.') {
			return i, false
		}
	}
	end, endMonth := rd.fields[0], rd.fields[1]
	if slashed && rangeDash(s, month.End) >= 0 && day.Value <= 12 && end.Value <= 12 && gregorianRangeFits(day.Value, month.Value, end.Value, endMonth.Value) {
		// 3/4-5/4/2024 reads month first too, March 4 to May 4, as
		// slashes are read, and so it is read: the dateline layer turns
		// both ends to day first (see Result.SwapRange) where an option
		// or the text's weekday says so, and says where both read. It
		// was no range, and Find read its end alone, the start lost.
		p.addSlashedRange(day, month, &rd, 0)
		return rd.end, true
	}
	if hasMonth {
		// A range into the next year (30.12.-2.1.2021) starts in the
		// year before the one it states, as "December 30 - January 2,
		// 2021" does; one that runs back (10.12.-18.10.2020) is none.
		if !gregorianRangeFits(month.Value, day.Value, endMonth.Value, end.Value) && !rangeBack(month.Value, day.Value, endMonth.Value, end.Value) && rd.n != 3 {
			// A range forward over more than maxRange days is read where
			// the end states the year, which is then the start's too:
			// "10.01.-18.06.2021" was read as its end alone, the start
			// dropped with nothing said. Without a year its start's
			// year is not said.
			return i, false
		}
		back := backInto(month.Value, day.Value, endMonth.Value, end.Value)
		if back != 0 && s[month.End] != '.' && rangeDash(s, month.End) < 0 {
			// "עלה מ-1.5 עד 2.3.2024" (rose from 1.5 to 2.3.2024): a
			// start without its month's dot or a dash after it, joined
			// by a word, back into an earlier month, is a decimal, and
			// the end is read alone.
			return i, false
		}
		rd.fields[0].Flags |= back // 10.12.-18.10.2020, 04.12-06.10.2018: refused
	} else if end.Value <= day.Value {
		return i, false
	}
	if hasMonth {
		samePadding(s, false, &day, &month, &rd.fields[0], &rd.fields[1])
	} else {
		samePadding(s, false, &day, &rd.fields[0], &rd.fields[1])
	}
	p.addNumericRange(day, month, hasMonth, nil, &rd)
	return rd.end, true
}

// numericDayList reads a list of days of one month before a numeric date
// that gives their month and year, the first day at s[i:e1] (d1 digits):
// "Kurse am 4, 11, 18.3.2024", "4, 11 und 18.3.2024", "4 und
// 18.3.2024", "4., 11. und 18.3.2024", "ב-4, 11 ו-18.3.2024", "4, 11 y
// 18/3/2024". Only the last day was read, the days before it lost with
// nothing said (and with the days' dots, "4., 11. und 18.3.2024" was the
// 11th and 18th, the 4th lost). It reads them as dayList reads "4, 11 und
// 18 März": the first day is the dateline's, the others RangeEnd, each its
// Shift from the first, as a pair's end is (see addNumericRange). The
// days are written alike (each with its dot or none), parted by a comma
// and a space each, each later in the month than the one before; the
// last, the numeric date's day, follows a word of rangeWords that is not
// one for "to" ("und", "and", "y", "e", Hebrew's ו), or a comma where
// there are three days or more: "4, 18.3.2024" may be a count and a
// date, and "4 bis 18.3.2024" a range that a word for "from" opens (see
// numericRange). The date is day first: with points, or with slashes
// where its numbers read so (4, 11 and 3/18/2024 is no list of March's
// days). A date with slashes after days of its month is read day first:
// month first, the days listed before it would be of no month. It
// reports false, having read and kept nothing, for anything else.
func (p *parser) numericDayList(i, v1, e1, d1 int) (int, bool) {
	s := p.s
	k := e1
	dot := s[k] == '.'
	if dot {
		k++
	}
	if k+2 >= len(s) || s[k] != ',' && s[k] != ' ' {
		return i, false // the cheap first test
	}
	if fromWordBefore(s, i) {
		return i, false // from 13 and 20.04.2025: "from" opens a range, no list
	}
	day := Field{Value: v1, Start: i, End: e1, Flags: DayFirst}
	day.Kind, day.Form = layout.Day, dayForm(s, i, d1)
	n, prev, j := 0, day.Value, -1
	for k+1 < len(s) && s[k] == ',' && s[k+1] == ' ' {
		m := skipSpace(s, k+1)
		if m < len(s) && s[m] == 0xD7 {
			m = hebrewOnDay(s, m) // ב-4, ב-11, ב-18.3.2024
		}
		if n > 0 && numericDateAt(s, m) {
			j = m // 4, 11, 18.3.2024: the date after a comma
			break
		}
		f, ok := dayField(s, m)
		if !ok && n > 0 && !isDigit(s, m) {
			break // 4, 11, and 18.3.2024
		}
		if ok && n == len(p.mids) && f.Value > prev && f.Value <= 31 {
			p.cutList(f.Start)
		}
		if !ok || f.Form == layout.Ordinal || f.Value <= prev || f.Value > 31 || n == len(p.mids) {
			return i, false
		}
		fdot := f.End < len(s) && s[f.End] == '.'
		if fdot != dot || fdot && isDigit(s, f.End+1) {
			return i, false
		}
		p.mids[n], prev = f, f.Value
		n++
		k = f.End
		if dot {
			k++
		}
	}
	if j < 0 {
		if k < len(s) && s[k] == ',' && n > 0 {
			k++ // 4, 11, and 18.3.2024: a comma before the last's word too
		}
		var dash bool
		if j, dash = rangeJoin(s, k); j < 0 || dash || !numericDateAt(s, j) {
			return i, false
		}
		if to, _ := rangeToWordAt(s, k); to {
			return i, false // 4 bis 18.3.2024: a range, numericRange's
		}
	}
	_, e, _ := number(s, j)
	sep := s[e]
	rd, _, what := readNumericDate(s, j)
	if what != "" || rd.n != 3 || s[rd.fields[0].End] != sep || !dayFirstFields(s, &rd, sep != '.') || rd.fields[0].Value <= prev {
		return i, false
	}
	samePadding(s, false, &day, &rd.fields[0], &rd.fields[1])
	p.addNumericRange(day, Field{}, false, p.mids[:n], &rd)
	return rd.end, true
}

// numericListAhead reports whether, after the day that ends at s[e] and a
// space, a word that joins a list (see rangeJoin) comes before a numeric
// date: "4 und 18.3.2024". It is number's test before numericRange for a
// day with no comma after it (a comma is tested at number's call): a
// number in prose ("4 people") fails it at the word.
func numericListAhead(s string, e int) bool {
	j := skipSpace(s, e)
	if w := latinWord(s, j); j == e || !hebrewAndLead(s, j) && (w == j || w-j > len("and") || !isDigit(s, skipSpace(s, w))) {
		return false // the cheap first test: a short word, then a digit
	}
	k, dash := rangeJoin(s, e)
	if k < 0 || dash || !numericDateAt(s, k) {
		return false
	}
	to, _ := rangeToWordAt(s, e)
	return !to // 4 bis 18.3.2024: a range, which a word for "from" opens
}

// yearFirstRangeEnd reads the end of a range after rd, a date written
// year first with points (2019.10.23, or 2019.10.23. with the day's point
// as Hungarian writes it), when a dash and the end's month and day follow
// it, each with its point, and no more digits: "2019.10.23 - 10.31.", the
// days of the autumn festival of Jewish culture in Subotica on a Hungarian
// event calendar (visithusrb.com, the three-hundredth held-out round). The
// end was read as a time of day, 10:31, the range lost: a clock with its
// minutes' point and nothing after it is the end of a sentence, and a
// Hungarian day is written with its point. Only an end later in the
// start's own year, and within a range's length, is read so; "2019.10.23
// - 15.04." (no month 15), "- 10.45." (no day 45), "- 09.30." (before the
// start), "- 10.31" without the point and "- 10:31" are still times. It
// returns the index after the end's point, having added the end's month
// and day (RangeEnd), or rd.end, having added nothing.
func (p *parser) yearFirstRangeEnd(rd *numericRead) int {
	s := p.s
	k := rd.end
	if k < len(s) && s[k] == '.' {
		k++ // the start's own point, as Hungarian writes its day
	}
	j, dash := rangeJoin(s, k)
	if j < 0 || !dash {
		return rd.end
	}
	m, e1, d1 := number(s, j)
	if d1 == 0 || d1 > 2 || m < 1 || m > 12 || e1+1 >= len(s) || s[e1] != '.' {
		return rd.end
	}
	d, e2, d2 := number(s, e1+1)
	if d2 == 0 || d2 > 2 || d < 1 || e2 >= len(s) || s[e2] != '.' || isDigit(s, e2+1) || !wordEnds(s, e2+1) {
		return rd.end
	}
	y, m1, d0 := rd.fields[0].Value, rd.fields[1].Value, rd.fields[2].Value
	if d > time.Date(y, time.Month(m+1), 0, 0, 0, 0, 0, time.UTC).Day() || m < m1 || m == m1 && d <= d0 || !gregorianRangeFits(m1, d0, m, d) {
		return rd.end
	}
	month := Field{Value: m, Start: j, End: e1, Flags: RangeEnd}
	month.Kind, month.Form = layout.Month, monthNumericForm(dayForm(s, j, d1))
	day := Field{Value: d, Start: e1 + 1, End: e2, Flags: RangeEnd}
	day.Kind, day.Form = layout.Day, dayForm(s, e1+1, d2)
	samePadding(s, true, &month, &day)
	p.add(month) // the shift is counted by finish, once the year is known
	p.add(day)
	p.lit(e2 + 1)
	return e2 + 1
}

// isoIntervalEnd reads the end of an interval of ISO 8601 after a date of
// its extended format, rd, whose end leaves out the parts it shares with
// the start: "2024-12-24/12-26", "2024-12-24/26" (December 24 to 26), or
// with a dash for the slash. They were refused at the end ("expected a
// numeric date"), and Find read the start alone. As ISO 8601 reads them,
// the parts left out are the start's, so that the end is in the start's
// year (and month): "2024-12-30/01-02" would end on January 2, 2024,
// before its start, and is refused, not read as 2025 (the whole end,
// 2024-12-30/2025-01-02, is read by rangeJoin). It returns the index
// after the end, having added the end's month and day (RangeEnd), or
// rd.end, having added nothing.
func (p *parser) isoIntervalEnd(rd *numericRead) int {
	s := p.s
	j := rd.end
	if j < len(s) && s[j] == '/' {
		j++
	} else if j < len(s) && s[j] == '-' {
		return rd.end // 2020-07-20-07:00: a zone's offset, not a range
	} else if k, dash := rangeJoin(s, j); k < 0 || !dash {
		return rd.end
	} else {
		j = k
	}
	y, m0, d0 := rd.fields[0].Value, rd.fields[1].Value, rd.fields[2].Value
	m, e1, d1 := number(s, j)
	d, e2, d2 := m0, e1, 0
	monthAt := -1
	if d1 == 2 && e1+2 < len(s) && s[e1] == '-' {
		monthAt = j
		d, e2, d2 = number(s, e1+1)
	} else {
		d, m, d2 = m, m0, d1
	}
	if d1 != 2 || d2 != 2 || e2 < len(s) && (isDigit(s, e2) || s[e2] == '-' || s[e2] == '/' || s[e2] == ':') || !wordEnds(s, e2) {
		return rd.end
	}
	if m < 1 || m > 12 || d < 1 || d > time.Date(y, time.Month(m+1), 0, 0, 0, 0, 0, time.UTC).Day() || m < m0 || m == m0 && d <= d0 {
		return rd.end
	}
	if monthAt >= 0 {
		month := Field{Value: m, Start: j, End: e1, Flags: RangeEnd}
		month.Kind, month.Form = layout.Month, monthNumericForm(layout.Padded)
		p.add(month)
		j = e1 + 1
	}
	// The end is read in two digits only, as ISO 8601 writes it, so its
	// layout writes it padded whatever the start's: "2024-1-1 -02" took
	// the start's plain day, and its layout wrote "2006-1-2 -3", which
	// does not read (FuzzLayoutOf).
	day := Field{Value: d, Start: j, End: e2, Flags: RangeEnd}
	day.Kind, day.Form = layout.Day, layout.Padded
	if monthAt < 0 {
		day.Shift = int16(d - d0)
	}
	p.add(day)
	return e2
}

// slashedRangeStart reports whether the number before s[e] starts a
// range as a day and a month with a slash between them, then a dash and
// the end's whole date: "(28/02-1/03/2018)", Purim's two days on an
// Italian parish's page (the hundred-and-sixty-seventh held-out round),
// was read as its end alone, month first, as January 3 with a warning.
// The range is read day first only where month first it cannot be, its
// start's or its end's first number above 12 (see numericRange): US pages
// write "02/28-03/01/2018". A word for "to" of a language that writes the
// day first may join the ends too, and says day first: "מ-2/3 עד
// 5/3/2024", "du 2/3 au 5/3/2024" (see wordJoinAt) were refused at the
// word, and Find read the end alone.
func slashedRangeStart(s string, e int) bool {
	if e+1 >= len(s) || s[e] != '/' {
		return false
	}
	m, e2, d := number(s, e+1)
	return d > 0 && d <= 2 && m >= 1 && m <= 12 && (rangeDash(s, e2) >= 0 || wordJoinAt(s, e2))
}

// slashedBetweenStart reports whether the number at s[i:e] starts, after
// Hebrew's "between" (בין), a range as a day and a month with a slash
// between them, then Hebrew's "to" or "and" and the end's whole date:
// "בין 3/4 ל-4/5/2024", April 3 to May 4, day first as Hebrew text writes
// it. Find read its end alone, "ל-4/5/2024", the start dropped with
// nothing said, where "מ-3/4 עד 4/5/2024" and "בין 3.4 ל-4.5.2024" were
// read as ranges.
func slashedBetweenStart(s string, i, e int) bool {
	if e+1 >= len(s) || s[e] != '/' {
		return false
	}
	m, e2, d := number(s, e+1)
	return d > 0 && d <= 2 && m >= 1 && m <= 12 && hebrewBetweenJoin(s, i, e2) >= 0
}

// monthFirstRangeStart reports whether the number before s[e] starts a
// range month first only (see monthFirstRange): a slash, a day above 12
// and a dash, "3/14-3/16/2024", which slashedRangeStart, whose second
// number is a month, does not take.
func monthFirstRangeStart(s string, e int) bool {
	if e+1 >= len(s) || s[e] != '/' {
		return false
	}
	d, e2, n := number(s, e+1)
	return n > 0 && n <= 2 && d > 12 && d <= 31 && rangeDash(s, e2) >= 0
}

// wordJoinAt reports whether a word for "to" of a language that writes
// the day first follows a range's start at s[k], with spaces around it:
// "5.4 עד 7.4.2024", "du 5.4 au 7.4.2024", the start's month without its
// dot before the word. The range was read as its end's day, the start
// left out. English's "to" is not one: "5.4 to 7.4.2024" may be May 4 to
// July 4, and its end is read with the warning that says so.
func wordJoinAt(s string, k int) bool {
	j := skipSpace(s, k)
	if j == k || j >= len(s) {
		return false
	}
	if s[j] == 0xD7 {
		_, ok := hebrewUntil(s, j)
		return ok
	}
	ok, dayFirst := rangeToWordAt(s, k)
	return ok && dayFirst
}

// spacedRangeStart reports whether a range whose end is in the spaced
// norm may start at s[i]: not after a section's mark ("§ 3-4. 5. 2010")
// or a number with its dot and a space, where the start would be the
// second number of another date ("10. 12. - 18. 10. 2020", a range that
// runs back, is no "12. - 18. 10.").
func spacedRangeStart(s string, i int) bool {
	if i >= 3 && s[i-1] == ' ' && s[i-2] == '.' && isDigit(s, i-3) {
		return false
	}
	return !strings.HasSuffix(strings.TrimRight(s[:i], " "), "§")
}

// spacedYearEnd reports whether the end of a numeric range at s[j] is a
// day and a month with a point between them, then one space and a year of
// four digits that ends the date, as Czech pages type a range of days:
// "Kulturní festival DNY IZRAELE se koná ve dnech 4.4. – 5.5. 2023"
// (Pražský magazín, the hundred-and-third held-out round), the month with
// its point; and "Jom Kipur (10. tišri) 4.–5.10 2022" (the Jewish
// Community of Ostrava, the hundred-and-forty-fourth), the month's point
// left out before the year's space, as monthPointLeftOut reads "28. 10
// 2019". Neither range was read at all. Only a range's end is read so,
// after a start with its day's point (see numericRange): a version or a
// section's number, "5.5. 2023", "Ubuntu 5.10 2022", does not follow
// such a start and a word or a dash that joins a range. So is the third
// place of the one space, after the day alone: "Jom Kippur 11. 10. bis
// 12. 10.2024" (Ness Ziona, Mainz, a class the hundred-and-seventy-seventh
// held-out round found), whose end went unread and whose start Find read
// alone, in 2027. The norm itself,
// a point and a space after both the day and the month, is spacedDotNorm's.
func spacedYearEnd(s string, j int) bool {
	d, e1, d1 := number(s, j)
	if d1 == 0 || d1 > 2 || d < 1 || d > 31 || e1+1 >= len(s) || s[e1] != '.' {
		return false
	}
	k := e1 + 1
	spacedDay := s[k] == ' ' // 4.–5. 10 2022: the month's point alone left out
	if spacedDay {
		k++
	}
	m, e2, d2 := number(s, k)
	if d2 == 0 || d2 > 2 || m < 1 || m > 12 || e2+1 >= len(s) {
		return false
	}
	glued := spacedDay && s[e2] == '.' && isDigit(s, e2+1) // 12. 10.2024
	if s[e2] == '.' && !spacedDay {
		e2++ // 5.5. 2023
	}
	if s[e2] != ' ' && !glued {
		return false
	}
	y, e3, d3 := number(s, e2+1)
	return d3 == 4 && y >= 1000 && y <= 2999 && yearEnds(s, e3)
}

// spacedEnd reads the end of a numeric range at s[j], a date in the norm
// that spacedDotNorm has found there ("19. 9. 2021"), or in the form of
// spacedYearEnd ("5.5. 2023"): its day, month and year, day first.
func spacedEnd(s string, j int) numericRead {
	var rd numericRead
	kinds := [3]layout.Kind{layout.Day, layout.Month, layout.Year}
	k := j
	for n := range rd.fields {
		v, e, _ := number(s, k)
		rd.fields[n] = Field{Value: v, Start: k, End: e, Flags: DayFirst}
		rd.fields[n].Kind = kinds[n]
		k = skipSpace(s, e+1) // past the dot and the space after it, if any
	}
	day, month := &rd.fields[0], &rd.fields[1]
	day.Form = dayForm(s, day.Start, day.End-day.Start)
	month.Form = monthNumericForm(dayForm(s, month.Start, month.End-month.Start))
	samePadding(s, false, day, month)
	rd.n, rd.end = 3, rd.fields[2].End
	return rd
}

// addNumericRange adds the fields of a numeric range that numericRange
// read: the start's day, and its month where it has one, and the end, a
// numeric date rd whose fields are read day first and not ambiguous; and
// the days between them of a list of days (see numericDayList), each
// RangeEnd and its Shift from day, as addDays adds them.
func (p *parser) addNumericRange(day, month Field, hasMonth bool, mids []Field, rd *numericRead) {
	end, endMonth, year := rd.fields[0], rd.fields[1], rd.fields[2]
	end.Flags, endMonth.Flags, year.Flags = DayFirst|RangeEnd|end.Flags&Backward, DayFirst, 0
	p.add(day)
	for _, mid := range mids {
		mid.Kind, mid.Shift, mid.Flags = layout.Day, int16(mid.Value-day.Value), mid.Flags|DayFirst|RangeEnd
		p.add(mid)
	}
	if hasMonth {
		// The shift is counted by finish, once the year is known.
		p.add(month)
		endMonth.Flags |= RangeEnd
	} else {
		end.Shift = int16(end.Value - day.Value)
	}
	p.add(end)
	p.add(endMonth)
	if rd.n == 2 {
		p.weak = true // a day and month alone, as dotDayMonth reads them
		return
	}
	p.add(year)
}

// addSlashedRange adds a range of two dates with slashes whose numbers
// read month first as well as day first (see numericRange), month first:
// the start's month and day, the first numbers read as day and month, and
// the end's, rd read day first, RangeEnd, the shift counted by finish.
func (p *parser) addSlashedRange(day, month Field, rd *numericRead, back Flag) {
	monthFirst := func(m, d Field, flags Flag) (Field, Field) {
		mf := Field{Value: m.Value, Start: m.Start, End: m.End, Flags: flags}
		mf.Kind, mf.Form = layout.Month, monthNumericForm(dayForm(p.s, m.Start, m.End-m.Start))
		df := Field{Value: d.Value, Start: d.Start, End: d.End, Flags: flags}
		df.Kind, df.Form = layout.Day, dayForm(p.s, d.Start, d.End-d.Start)
		return mf, df
	}
	m1, d1 := monthFirst(day, month, 0)
	m2, d2 := monthFirst(rd.fields[0], rd.fields[1], RangeEnd)
	d2.Flags |= back
	year := rd.fields[2]
	year.Flags = 0
	p.add(m1)
	p.add(d1)
	p.add(m2)
	p.add(d2)
	p.add(year)
}

// rangeBack reports whether a range of numeric dates from m1/d1 to m2/d2
// runs back, its end on or before its start in one year: "4/22-4/21/2024",
// "22/4-21/4/2024", "22.4.-21.4.2024", and into an earlier month,
// "10.12.-18.10.2020", "12/10-10/18/2020". Such a range is read, and the
// resolver reports that it runs backwards, as it does for "April 22-21,
// 2024"; it was no range, and Find read its end alone, the start dropped
// with nothing said (into an earlier month until the fixmisc50 round).
// So is one whose end is in an earlier month by more than maxRange days
// and that runs on into the next year for more than maxRange days too,
// as a school year does: "10.09.-18.05.2021", "9/10-5/18/2021",
// "01.11.-15.02.2024" were read as their end alone, the start lost with
// nothing said, until the fixmisc51 round. The year they state is their
// end's, and a start in the year before is more than a range without its
// own year may span (see maxRange): the resolver refuses them, and its
// message asks for the start's year (see package dateline). A range into
// the next year within maxRange days ("28.12.-03.01.2024") is read
// forwards, as before (see gregorianRangeFits).
func rangeBack(m1, d1, m2, d2 int) bool {
	return m2 < m1 || m2 == m1 && d2 <= d1
}

// backInto returns Backward for a range from m1/d1 to m2/d2 that runs
// back into an earlier month (see rangeBack), the flag of its end's day,
// which has gregorianRangeShift count its shift back, not on into the
// next year as it counts "30.12.-2.1.2021"; or 0.
func backInto(m1, d1, m2, d2 int) Flag {
	if m2 < m1 && !gregorianRangeFits(m1, d1, m2, d2) && rangeBack(m1, d1, m2, d2) {
		return Backward
	}
	return 0
}

// monthFirstRange reads at s[i] a range of two dates with slashes joined
// by a dash that reads month first only, a number after a slash above 12,
// as US pages write it: "3/14-3/16/2024", "3/4-3/16/2024",
// "12/30-1/2/2025". The start's v1 ends at s[e1]. slashedRangeStart takes
// the start's second number for a month, and such a range was none:
// Find read its end alone, the start dropped with nothing said, and Check
// refused it at the slash, where "14/3-16/3/2024", day first only, was
// read. A range whose numbers read both ways is slashedRangeStart's; one
// that reads neither way, or runs back, is none. It reports false, having
// read nothing, for anything else.
func (p *parser) monthFirstRange(i, v1, e1 int) (int, bool) {
	s := p.s
	if v1 < 1 || v1 > 12 || e1+1 >= len(s) || s[e1] != '/' {
		return i, false
	}
	d1, e2, n2 := number(s, e1+1)
	if n2 == 0 || n2 > 2 || d1 < 1 || d1 > 31 {
		return i, false
	}
	j := rangeDash(s, e2)
	if j < 0 || !isDigit(s, j) {
		return i, false
	}
	if k, ok := p.monthFirstDays(i, v1, e1, d1, e2, j); ok {
		return k, true // 3/14-16/2024
	}
	if _, e, n := number(s, j); n == 0 || n > 2 || e+1 >= len(s) || s[e] != '/' || !isDigit(s, e+1) {
		return i, false
	}
	rd, _, what := readNumericDate(s, j)
	if what != "" || rd.n != 3 || s[rd.fields[0].End] != '/' {
		return i, false
	}
	m2, d2 := rd.fields[0].Value, rd.fields[1].Value
	if d1 <= 12 && d2 <= 12 || m2 < 1 || m2 > 12 || d2 < 1 || d2 > 31 || !gregorianRangeFits(v1, d1, m2, d2) && !rangeBack(v1, d1, m2, d2) {
		return i, false
	}
	day := Field{Value: v1, Start: i, End: e1}
	month := Field{Value: d1, Start: e1 + 1, End: e2}
	p.addSlashedRange(day, month, &rd, backInto(v1, d1, m2, d2)) // 12/10-10/18/2020: refused
	return rd.end, true
}

// monthFirstDays reads at s[i] a range of days of one month inside a
// numeric date written month first, the month, the first day, a dash,
// the last day and a year of four digits: "3/14-16/2024", "12/30-31/2024",
// as US pages write it. The start's month v1 ends at s[e1], its day d1
// at s[e2], and the last day starts at s[j], after the dash. Only where a
// day is above 12 is the order sure (read day first, "3/14" would be the
// 14th month), and the last day must come after the first: "3/4-6/2024"
// stays an error (but for a layout's reference day, see below). It was a syntax error at the slash after the last day.
func (p *parser) monthFirstDays(i, v1, e1, d1, e2, j int) (int, bool) {
	s := p.s
	d2, e, n := number(s, j)
	// A layout's reference day, January 2, is month first by its
	// numbers ("1/2-4/2006", the layout of "3/14-16/2024").
	sure := d1 > 12 || d2 > 12 || p.example && v1 == 1 && d1 == 2
	if n == 0 || n > 2 || d2 < 1 || d2 > 31 || e+1 >= len(s) || s[e] != '/' || !sure || d2 <= d1 {
		return i, false
	}
	yv, ye, yn := number(s, e+1)
	if yn != 4 || !yearEnds(s, ye) || ye < len(s) && s[ye] == '/' {
		return i, false
	}
	padded := func(k, n int) bool { return n == 2 && s[k] == '0' }
	month := Field{Value: v1, Start: i, End: e1}
	month.Kind, month.Form = layout.Month, layout.Numeric
	if padded(i, e1-i) {
		month.Form = layout.NumericPad
	}
	day := Field{Value: d1, Start: e1 + 1, End: e2}
	day.Kind, day.Form = layout.Day, dayForm(s, e1+1, e2-e1-1)
	end := Field{Value: d2, Start: j, End: e, Flags: RangeEnd}
	end.Kind, end.Form, end.Shift = layout.Day, dayForm(s, j, n), int16(d2-d1)
	year := Field{Value: yv, Start: e + 1, End: ye}
	year.Kind = layout.Year
	p.add(month)
	p.add(day)
	p.add(end)
	p.add(year)
	return ye, true
}

// dayMonthVouched reports whether what the dateline has read before a
// numeric day and month without a year shows them to be a date, as
// dotDayMonth asks of "20.9" alone: a weekday, an occasion, or a Hebrew
// day and month, whose calendar the dateline layer checks the civil one
// against.
func (p *parser) dayMonthVouched() bool {
	return p.has(layout.Weekday) || p.has(layout.Holiday) || p.has(layout.HebrewDay) && p.has(layout.HebrewMonth)
}

// yearlessEnd reports whether the end of a range of days at s[j] is a day
// and a month with a point between them and no year, "6.10" in "חמישי
// שישי, טו'-טז' בתשרי, 5-6.10", as Israeli municipalities write the days
// of a notice (Rehovot's refuse collection over the holidays, the
// hundred-and-forty-seventh held-out round). The range was not read, and
// Find gave the Hebrew range alone in the year nearest the reference.
// Another point and a digit after it make a date with its year, and a
// colon a time, which readNumericDate reads.
func yearlessEnd(s string, j int) bool {
	d, e1, d1 := number(s, j)
	if d1 == 0 || d1 > 2 || d < 1 || d > 31 || e1+1 >= len(s) || s[e1] != '.' {
		return false
	}
	m, e2, d2 := number(s, e1+1)
	if d2 == 0 || d2 > 2 || m < 1 || m > 12 || !wordEnds(s, e2) {
		return false
	}
	return e2 >= len(s) || !(s[e2] == '.' || s[e2] == ':') || !isDigit(s, e2+1)
}

// dayMonthEnd reads the day and month that yearlessEnd found at s[j], day
// first.
func dayMonthEnd(s string, j int) numericRead {
	var rd numericRead
	d, e1, d1 := number(s, j)
	m, e2, d2 := number(s, e1+1)
	rd.fields[0] = Field{Value: d, Start: j, End: e1, Flags: DayFirst}
	rd.fields[0].Kind, rd.fields[0].Form = layout.Day, dayForm(s, j, d1)
	rd.fields[1] = Field{Value: m, Start: e1 + 1, End: e2, Flags: DayFirst}
	rd.fields[1].Kind, rd.fields[1].Form = layout.Month, monthNumericForm(dayForm(s, e1+1, d2))
	rd.n, rd.end = 2, e2
	return rd
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

// rangeToWordAt reports whether a word of rangeToWords (or French
// "jusqu'au", Dutch "tot en met") follows the day that ends at s[e], and
// whether the word is one of a language that writes its numeric dates day
// first: all but English's to, through, thru and until.
func rangeToWordAt(s string, e int) (ok, dayFirst bool) {
	j := skipSpace(s, e)
	w := s[j:latinWord(s, j)]
	if j == e || w == "" {
		return false, false
	}
	f := foldCaseString(w)
	if !rangeToWords[f] && !elidedUntil(w) {
		return false, false
	}
	english := f == "to" || f == "through" || f == "thru" || f == "until"
	return true, !english
}

// dayFirstFields makes rd, the end of a numeric range, day first: a dotted
// date is so already; one with slashes or dashes after a day-first
// language's word (swap) is read so where its numbers allow it (12/04 is
// April 12, 04/20 no date). It reports false where rd cannot be.
func dayFirstFields(s string, rd *numericRead, swap bool) bool {
	first, second := &rd.fields[0], &rd.fields[1]
	if first.Kind == layout.Day {
		return true
	}
	if !swap || first.Value < 1 || first.Value > 31 || second.Value < 1 || second.Value > 12 {
		return false
	}
	day := Field{Value: first.Value, Start: first.Start, End: first.End, Flags: DayFirst}
	day.Kind, day.Form = layout.Day, dayForm(s, first.Start, first.End-first.Start)
	month := Field{Value: second.Value, Start: second.Start, End: second.End, Flags: DayFirst}
	month.Kind, month.Form = layout.Month, monthNumericForm(dayForm(s, second.Start, second.End-second.Start))
	*first, *second = day, month
	samePadding(s, false, first, second)
	return true
}

// numericEndAfterWord reports whether, after the day that ends at s[e],
// a word that joins a range (see rangeJoin) comes before a numeric date:
// "du 13 au 20.04.2025". It is number's test before numericRange, after
// fromWordBefore's: a number in prose ("13 people") fails it at the word.
func numericEndAfterWord(s string, e int) bool {
	if !digitAfterWords(s, e) {
		return false
	}
	k, dash := rangeJoin(s, e)
	if k < 0 || dash {
		return false
	}
	if k = skipRangeDayWord(s, k); !isDigit(s, k) {
		return false // al día 20/6/2011 (see rangeDayWords)
	}
	_, e2, d := number(s, k)
	return d <= 2 && e2+1 < len(s) && (s[e2] == '.' || s[e2] == '/' || s[e2] == '-') && isDigit(s, e2+1)
}

// digitAfterWords reports whether a digit follows s[e] after at most three
// short words and the spaces between them (au, hasta el, tot en met), as
// the cheap first test of numericEndAfterWord: most numbers in prose are
// followed by a word and more words.
func digitAfterWords(s string, e int) bool {
	if e+1 >= len(s) || !rangeToFirst(s[e+1]) {
		return false
	}
	j := e
	for range 3 {
		k := skipSpace(s, j)
		if k == j {
			return false
		}
		if isDigit(s, k) {
			return true
		}
		if j = letterEnd(s, k); j < len(s) && s[j] >= 0x80 {
			j = latinWord(s, k) // até, до, jusqu’au
		}
		if j == k || j-k > len("jusqu’au") {
			return false
		}
	}
	return isDigit(s, skipSpace(s, j))
}

// rangeToFirst reports whether c, the first byte of a word, may start one
// of rangeToWords, or French "jusqu'au": a, b, h, j, p, t, u in either
// case, or the first byte of Cyrillic по and до.
func rangeToFirst(c byte) bool {
	switch c | 0x20 {
	case 'a', 'b', 'h', 'j', 'p', 't', 'u':
		return true
	}
	return c == 0xD0
}

// fromRangeWords are the words for "from" before a bare day that opens a
// numeric range joined by a word: French "du", Spanish "del" and "desde",
// Italian "dal", Dutch "van", German "vom" and "von", English "from",
// Polish and Czech "od".
// Spanish's and Portuguese's "de" too: "de 2 a 20/6/2011".
var fromRangeWords = [...]string{"du", "del", "desde", "de", "dal", "van", "vom", "von", "from", "od"}

// rangeDayWords are Spanish's and Portuguese's word for "day", which they
// write before each end of a range of days: "del día 2 al 20/6/2011", "do
// dia 2 ao dia 20/6/2011". The range was read as its end alone, June 20,
// its start lost with nothing said, where "del 2 al 20/6/2011" was read
// whole. Portuguese's "do" (of the) opens such a range before the word
// alone: "do 2" is no start, Slavic's "do" is "until".
var rangeDayWords = [...]string{"día", "dia"}

// skipRangeDayWord returns the index after one of rangeDayWords at s[k]
// and the spaces after it, where a digit follows them, or k: the end's
// "dia" of "do dia 2 ao dia 20/6/2011".
func skipRangeDayWord(s string, k int) int {
	if k < 0 || k >= len(s) {
		return k
	}
	e := latinWord(s, k)
	if e == k || !isWordOf(s[k:e], rangeDayWords[:]) {
		return k
	}
	if j := skipSpace(s, e); j > e && isDigit(s, j) {
		return j
	}
	return k
}

// fromWordBefore reports whether one of fromRangeWords and a space come
// right before s[i]: number asks before it looks for a numeric range
// joined by a word ("du 13 au 20.04.2025"), which only a word for "from"
// opens, so that the numbers of prose cost a look back at one word.
func fromWordBefore(s string, i int) bool {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && j-k < len("desde") && script.Class[s[k-1]]&script.ClassLetter != 0 {
		k--
	}
	if j == i || k == j || k > 0 && script.Class[s[k-1]]&script.ClassLetter != 0 {
		return false
	}
	for _, w := range fromRangeWords {
		if len(w) == j-k && foldASCIIEqual(s[k:j], w) {
			return true
		}
	}
	if b, e := wordBeforeSpaces(s, i); e > b && isWordOf(s[b:e], rangeDayWords[:]) {
		// del día 2, do dia 2 (see rangeDayWords).
		if b2, e2 := wordBeforeSpaces(s, b); e2 > b2 && (isWordOf(s[b2:e2], fromRangeWords[:]) || foldEquals(s[b2:e2], "do")) {
			return true
		}
	}
	return false
}

// programmeDayWords are the words for "day", in the singular, that number
// the days of a programme or a journey before each day's date: "Dia 2 –
// 20/6/11 Madrid e Segovia", "Día 3 - 21/6/11", "Day 2 – 20/6/11",
// "Jour 2 - 20/06/2011", "Tag 2 – 20.6.2011", "Giorno 2 - 20/6/2011".
// Czech's and Swedish's "den" is not one: Swedish writes it as the article
// before a range of days ("den 9-10 november").
var programmeDayWords = [...]string{"dia", "día", "day", "jour", "tag", "dag", "giorno"}

// programmeDay reports whether the number s[i:e], before a dash with a
// space on each side, is the count of a programme's day, as one of
// programmeDayWords just before it says, and not the first day of a
// range: "Dia 2 – 20/6/11" (Amazônia Judaica's tour of Sefarad, the
// 301st held-out round) was read as the range from 2 to 20 June 2011, its
// first day the 2nd, a wrong day with nothing said. A range of days after
// the singular word for "day" is not written with a spaced dash (after
// the plural, "dias 2 – 20/6/11", it is read as a range still), nor is
// one with its dash unspaced ("dia 26-27/09/2022").
func programmeDay(s string, i, e int) bool {
	if e >= len(s) || s[e] != ' ' || rangeDash(s, e) < 0 {
		return false
	}
	j := skipSpace(s, e)
	if _, n := decode(s, j); j+n >= len(s) || s[j+n] != ' ' {
		return false // 2 –20/6/11: a dash spaced on one side only
	}
	b, k := wordBeforeSpaces(s, i)
	return k > b && k < i && isWordOf(s[b:k], programmeDayWords[:])
}
