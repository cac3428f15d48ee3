package parse

import (
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
)

// numericDate reads a date written in numbers: 03/02/2024, 2.3.2024,
// 24.1.24, 1.21.20, 2024-03-02.
func (p *parser) numericDate(i int) (int, bool) {
	s := p.s
	rd, at, what := readNumericDate(s, i)
	if what != "" {
		return i, p.fail(at, what)
	}
	if p.has(layout.Day) || p.has(layout.Month) {
		return i, p.fail(i, "the end of the dateline")
	}
	if f := &rd.fields[0]; f.Kind == layout.Year && f.End-f.Start == 4 && solarHijri(s, i, f.Value) {
		p.unreadYear = true // ۱۴۰۲/۰۲/۱۰ in Persian text
		return i, p.failRange(i, solarHijriExpected)
	}
	m := p.mark()
	for _, f := range rd.fields[:rd.n] {
		p.add(f)
	}
	if rd.n == 2 {
		p.weak = true
		if e := p.slashedRangeEnd(&rd); e > rd.end {
			return e, true
		}
	}
	if rd.n == 3 && rd.fields[0].Kind == layout.Year && s[rd.fields[0].End] == '.' {
		if e := p.yearFirstRangeEnd(&rd); e > rd.end {
			return e, true // 2019.10.23 - 10.31.: the end's month and day
		}
	}
	if rd.n == 3 && rd.fields[0].Kind == layout.Year && s[rd.fields[0].End] == '-' {
		if e := p.isoIntervalEnd(&rd); e > rd.end {
			return e, true // 2024-12-24/12-26, 2024-12-24/26
		}
	}
	if rd.isoTime {
		// The hour after the T and its minute are parted by a colon:
		// "2024-01-01T10 30:00" was read as 10:30:00, the space taken
		// for it (clock reads any one byte there: 10.39, 10h39).
		if h, e, digits := number(s, rd.end+1); e >= len(s) || s[e] != ':' {
			if k, ok := p.isoHourOnly(rd.end+1, h, e, digits); ok {
				return k, true
			}
			p.reset(m)
			return i, p.fail(e, "a colon after the hour")
		}
		if _, ok := p.clock(rd.end + 1); !ok {
			p.reset(m)
			return i, false
		}
		return p.last, true
	}
	return rd.end, true
}

// A numericRead is a numeric date read at some index: its fields in text
// order, as Parse gives them before it settles an ambiguous date's order
// (settleOrder), and where it ends.
type numericRead struct {
	fields  [3]Field
	n       int  // 3, or 2 for a date without a year (12/25)
	end     int  // the index after the date
	isoTime bool // an ISO date with a time after a T: 2024-03-02T10:39
}

// readNumericDate reads a date written in numbers at s[i]: 03/02/2024,
// 2.3.2024, 24.1.24, 1.21.20, 2024-03-02, 12/25. It returns what it read,
// or the index where reading failed and what was expected there.
func readNumericDate(s string, i int) (numericRead, int, string) {
	var rd numericRead
	v1, e1, d1 := number(s, i)
	sep, gap, spaced := s[e1], 1, false
	if c := spacedSeparator(s, e1, d1); c != 0 {
		sep, gap, spaced = c, len(" - "), true
	} else if w := wideHyphen(s, e1); w > 0 && isDigit(s, e1+w) {
		sep, gap = '-', w
	}
	// sepAt reports whether the separator after the first number, a
	// hyphen, slash or point or a hyphen of wideHyphen's, and a digit
	// after it are at s[k] too.
	sepAt := func(k int) bool {
		return k+gap < len(s) && s[k:k+gap] == s[e1:e1+gap] && isDigit(s, k+gap)
	}
	v2, e2, d2 := number(s, e1+gap)
	if sep == '/' && gap == 1 && d1 <= 2 && d2 <= 2 && !sepAt(e2) {
		return readDayMonth(s, i, v1, e1, d1, v2, e2, d2)
	}
	if !spaced && !sepAt(e2) || d2 > 2 {
		return rd, e2, "a numeric date"
	}
	v3, e3, d3 := number(s, e2+gap)
	// A year of four digits may end in its word, unspaced: "05.05.2019г.",
	// "5.05.2019r." (see yearSuffixAt), which were no dates at all.
	// 2024-03-02T10:39:00Z: an ISO date and time.
	rd.isoTime = d1 == 4 && sep == '-' && e3+1 < len(s) && s[e3] == 'T' && isDigit(s, e3+1)
	if !rd.isoTime && !wordEnds(s, e3) && !(d3 == 4 && yearSuffixAt(s, e3)) || (spaced && isDigit(s, e3+1) && s[e3] == sep || !spaced && sepAt(e3)) && !isoOffset(s, d1, e3) && !isoRangeEnd(s, d1, e3) {
		return rd, e3, "the end of the numeric date"
	}
	num := func(k layout.Kind, v, start, end, digits int) Field {
		f := Field{Value: v, Start: start, End: end}
		f.Kind = k
		padded := digits == 2 && s[start] == '0'
		switch {
		case k == layout.Month && padded:
			f.Form = layout.NumericPad
		case k == layout.Month:
			f.Form = layout.Numeric
		case k == layout.Year && digits == 2:
			f.Form = layout.TwoDigit
		case padded:
			f.Form = layout.Padded
		}
		return f
	}
	rd.n, rd.end = 3, e3
	if d1 == 4 {
		// ISO order: year, month, day.
		if d3 > 2 || v2 < 1 || v2 > 12 || v3 < 1 || v3 > 31 {
			return rd, i, "a numeric date"
		}
		rd.fields[0] = num(layout.Year, v1, i, e1, d1)
		rd.fields[1] = num(layout.Month, v2, e1+gap, e2, d2)
		rd.fields[2] = num(layout.Day, v3, e2+gap, e3, d3)
		samePadding(s, true, &rd.fields[1], &rd.fields[2])
		return rd, 0, ""
	}
	if d1 > 2 || d3 != 2 && d3 != 4 || spaced && d3 != 4 {
		return rd, i, "a numeric date"
	}
	mdy := v1 >= 1 && v1 <= 12 && v2 >= 1 && v2 <= 31
	dmy := v2 >= 1 && v2 <= 12 && v1 >= 1 && v1 <= 31
	if !mdy && !dmy {
		return rd, i, "a numeric date with a month from 1 to 12"
	}
	dayFirst := !mdy || dmy && sep == '.'
	var flags Flag
	if mdy && dmy && v1 != v2 {
		flags = Ambiguous
	}
	k1, k2 := layout.Month, layout.Day
	if dayFirst {
		k1, k2 = layout.Day, layout.Month
		flags |= DayFirst
	}
	// Each field written in place, once: a Field is a hundred bytes.
	rd.fields[0] = num(k1, v1, i, e1, d1)
	rd.fields[1] = num(k2, v2, e1+gap, e2, d2)
	rd.fields[2] = num(layout.Year, v3, e2+gap, e3, d3)
	rd.fields[0].Flags |= flags
	rd.fields[1].Flags |= flags
	samePadding(s, false, &rd.fields[0], &rd.fields[1])
	return rd, 0, ""
}

// spacedSeparator returns the separator of a numeric date whose numbers
// it parts with a space on either side, at s[e] after the date's first
// number of digits digits, or 0: a year of four digits first, then a
// month and a day of one or two, "2009 - 09 - 01" (Lithuania's
// Department of Cultural Heritage, the hundred-and-fourteenth held-out
// round), or a day and a month of one or two digits before a year of
// four, "19 / 05 / 2024" (Emlak Kulisi's date line, the
// two-hundred-and-twenty-eighth), both no date. The separator is a
// hyphen, a slash or a point, the same between all three numbers: a
// spaced dash or slash between two numbers alone is a range (6 - 29 de
// SETEMBRO), a score or a fraction, and a year of two digits after
// spaced separators would read a page's "1 / 2 / 24" as a day. A
// vertical bar is such a separator too (see pipedDate).
func spacedSeparator(s string, e, digits int) byte {
	if !spacedSeparatorAt(s, e) || digits != 4 && digits > 2 {
		return 0
	}
	sep := s[e+1]
	_, e2, d2 := number(s, e+len(" - "))
	if d2 > 2 || !spacedSeparatorAt(s, e2) || s[e2+1] != sep {
		return 0
	}
	if digits == 4 {
		return sep // the day's digits are checked as an ISO date's
	}
	if _, e3, d3 := number(s, e2+len(" - ")); d3 != 4 || !wordEnds(s, e3) {
		return 0
	}
	return sep
}

// wideHyphen returns the length of the hyphen at s[e] that is no ASCII
// hyphen-minus, or 0: U+2011, the non-breaking hyphen that CMSs write in
// a date so that a line does not break inside it ("Posted 2024‑03‑05",
// &#8209; in HTML, "5‑Mar‑2024"), U+2010 or U+2012. A browser shows
// 2024-03-05, and the date was not read at all, while a range with the
// same dash ("March 4‑6, 2024") was (adv42). A date's layout keeps the
// character, as the text between its fields. The en dash and longer
// dashes stay a range's.
func wideHyphen(s string, e int) int {
	if e+2 < len(s) && s[e] == 0xE2 && s[e+1] == 0x80 && s[e+2] >= 0x90 && s[e+2] <= 0x92 {
		return 3
	}
	return 0
}

// dashOrSlash returns the length of the hyphen or slash at s[e] that
// parts a date's day, month name and year (03-Mar-2024, 03/Mar/2024,
// 5‑Mar‑2024: see wideHyphen), or 0.
func dashOrSlash(s string, e int) int {
	if e < len(s) && (s[e] == '-' || s[e] == '/') {
		return 1
	}
	return wideHyphen(s, e)
}

// spacedSeparatorAt reports whether a hyphen, a slash, a point or a
// vertical bar (see pipedDate) with a space on either side, and a digit
// after them, are at s[e].
func spacedSeparatorAt(s string, e int) bool {
	return e+3 < len(s) && s[e] == ' ' && (s[e+1] == '-' || s[e+1] == '/' || s[e+1] == '.' || s[e+1] == '|') && s[e+2] == ' ' && isDigit(s, e+3)
}

// pipedDate reports whether a vertical bar and a digit are at s[e], after
// a date's first number of digits digits, one or two: a numeric date whose
// numbers bars part, as news sites print a stamp: "11|10|20 09:46 hs."
// (La Voz del Pueblo, Tres Arroyos) and, spaced, "08 | 09 | 2019" (Hlavný
// denník; see spacedSeparator) were no dates (incoming.tsv). A bar parts
// a dateline's Gregorian date from its Hebrew one too, so the bars are
// read as a date's only between three numbers, the last a year of two or
// four digits (readNumericDate). The order is settled as a slashed date's
// is (see settleOrder): month first, unless the text's custom or its
// clock says day first, the ambiguity told either way.
func pipedDate(s string, e, digits int) bool {
	return digits <= 2 && e+1 < len(s) && s[e] == '|' && isDigit(s, e+1)
}

// isoRangeEnd reports whether an ISO date (a year of four digits first)
// that ends at e is followed by a dash and another, the end of a range as
// its layout writes it: 2006-1-2-2006-1-3. (Only the other end whose year
// read as an offset, 0000-1-1-0000-1-2, was read, and its layout not.)
func isoRangeEnd(s string, yearDigits, e int) bool {
	if yearDigits != 4 || e >= len(s) || s[e] != '-' {
		return false
	}
	_, e1, d1 := number(s, e+1)
	if d1 != 4 || e1 >= len(s) || s[e1] != '-' {
		return false
	}
	_, e2, d2 := number(s, e1+1)
	if d2 == 0 || d2 > 2 || e2 >= len(s) || s[e2] != '-' {
		return false
	}
	_, e3, d3 := number(s, e2+1)
	return d3 > 0 && d3 <= 2 && wordEnds(s, e3)
}

// slashedRangeEnd reads, after a month and day in numbers with a slash
// and no year (rd, 9/25), the other end of a range written the same way,
// in the start's order: "Shmini Atzeret (sunset 9/25 - sunset 9/26)"
// (Amherst College's religious holidays, the hundred-and-forty-ninth
// held-out round), whose end was no date, so that the dateline was a
// syntax error and Find read the start alone in the year nearest the
// reference, against its occasion. As dotDayMonth and the day-first
// "5-6.10" ask (see dayMonthVouched), an occasion or a weekday before
// the range must vouch for the numbers being dates ("9/25 - 9/26" alone
// may be scores), and the start may not read both ways (4/5): which of
// its numbers is the month decides the end's. The end's fields are
// RangeEnd, their shift counted once the year is known, as
// gregorianRange's month and day are. It returns the end of the range,
// or rd.end if there is none.
//
// Brazilian news put the start in brackets after its weekday, and may
// name the end's month: "a festa vai começar no domingo (14/12) e deverá
// durar até 22 de dezembro" (O Povo, incoming.tsv) was two datelines,
// the start alone and the end in the year nearest the reference; "no
// domingo (14/12) e vai até 22/12" was the start alone. The bracket's
// close is text of the range, and the end may be a day and its month's
// name, with Portuguese's or Spanish's "de" or not, and no year after it
// (see namedMonthEnd).
func (p *parser) slashedRangeEnd(rd *numericRead) int {
	s := p.s
	first, second := rd.fields[0], rd.fields[1]
	if first.Flags&Ambiguous != 0 || s[first.End] != '/' {
		return rd.end
	}
	vouched := p.has(layout.Holiday) || p.has(layout.Weekday)
	at := rd.end
	if at < len(s) && s[at] == ')' && first.Start > 0 && s[first.Start-1] == '(' {
		at++ // domingo (14/12) e deverá durar até 22 de dezembro
	}
	k, dash := rangeJoin(s, at)
	if k < 0 {
		return rd.end
	}
	v1, e1, d1 := number(s, k)
	if d1 > 0 && d1 <= 2 && !dash {
		if e := p.namedMonthEnd(first, second, k, v1, e1, d1); e > k {
			return e
		}
	}
	if dash && d1 > 0 && d1 <= 2 && first.Kind == layout.Month && v1 >= 1 && v1 < second.Value && (e1 >= len(s) || s[e1] != '/') && s[second.End:k] == "-" &&
		wordEnds(s, e1) && !(e1+1 < len(s) && (s[e1] == ':' || s[e1] == '.') && isDigit(s, e1+1)) && (vouched || occasionAfter(s, e1)) {
		// Passover 4/22-21: a range that runs back, read whole to be
		// refused (see Backward), where "Passover 4/22" was read alone
		// with nothing said.
		end := Field{Value: v1, Start: k, End: e1, Flags: RangeEnd | Backward}
		end.Kind, end.Form, end.Shift = layout.Day, dayForm(s, k, d1), int16(v1-second.Value)
		p.add(end)
		return e1
	}
	if dash && d1 > 0 && d1 <= 2 && first.Kind == layout.Month && v1 > second.Value && v1 <= 31 && (e1 >= len(s) || s[e1] != '/') {
		// Passover 4/22-23: the end a day of the start's month, as
		// "Passover, April 22-23" writes it. Its "-23" was dropped with
		// nothing said, the dateline read as the start alone.
		if !wordEnds(s, e1) || e1+1 < len(s) && (s[e1] == ':' || s[e1] == '.') && isDigit(s, e1+1) || !vouched && !occasionAfter(s, e1) {
			return rd.end // 4/22-23:00, 4/22-23.5
		}
		end := Field{Value: v1, Start: k, End: e1, Flags: RangeEnd}
		end.Kind, end.Form, end.Shift = layout.Day, dayForm(s, k, d1), int16(v1-second.Value)
		p.add(end)
		return e1
	}
	if d1 == 0 || d1 > 2 || e1+1 >= len(s) || s[e1] != '/' {
		return rd.end
	}
	v2, e2, d2 := number(s, e1+1)
	if d2 == 0 || d2 > 2 || !wordEnds(s, e2) || e2+1 < len(s) && (s[e2] == '/' || s[e2] == ':' || s[e2] == '.') && isDigit(s, e2+1) {
		return rd.end // 9/26/2013, 9/26 10:00: fullRange's and the clock's
	}
	if !vouched && !occasionAfter(s, e2) {
		return rd.end
	}
	end := Field{Value: v1, Start: k, End: e1, Flags: RangeEnd | first.Flags&DayFirst}
	end.Kind, end.Form = first.Kind, dayForm(s, k, d1)
	end2 := Field{Value: v2, Start: e1 + 1, End: e2, Flags: RangeEnd | first.Flags&DayFirst}
	end2.Kind, end2.Form = second.Kind, dayForm(s, e1+1, d2)
	month, day, endMonth, endDay := first, second, &end, &end2
	if first.Kind == layout.Day {
		month, day, endMonth, endDay = second, first, &end2, &end
	}
	endMonth.Form = monthNumericForm(endMonth.Form)
	if endMonth.Value < 1 || endMonth.Value > 12 || endDay.Value < 1 || endDay.Value > 31 ||
		!gregorianRangeFits(month.Value, day.Value, endMonth.Value, endDay.Value) || !dash && !p.pairEnds(e2) {
		return rd.end
	}
	samePadding(s, false, &end, &end2)
	p.add(end)
	p.add(end2)
	return e2
}

// occasionAfter reports whether an occasion's name follows s[e] after a
// space, which vouches for a range of numbers without a year before it
// as one before it does (see slashedRangeEnd): "4/22-4/23 Passover" was
// read as "4/23 Passover", its start dropped with nothing said.
func occasionAfter(s string, e int) bool {
	k := skipSpace(s, e)
	if k == e || k >= len(s) {
		return false
	}
	_, _, ok := oneOccasion(s, k)
	return ok
}

// namedMonthEnd reads the end of slashedRangeEnd's range as a day, v
// (s[k:e], in digits), and its month's name after it, with "de" or not
// ("até 22 de dezembro"), where no year follows the month: the start has
// none, and a year after the end alone would be the range's without
// being said of the start. The end must come after the start, within a
// year's turn (see gregorianRangeFits). It returns the end of the month's
// name, or k.
func (p *parser) namedMonthEnd(first, second Field, k, v, e, digits int) int {
	s := p.s
	j := skipSpace(s, e)
	if j == e {
		return k
	}
	if d := matchWords(s, j, "de", "del"); d > j && skipSpace(s, d) > d {
		j = skipSpace(s, d)
	}
	mon, ok := latinMonth(s, j)
	if !ok || v < 1 || v > 31 {
		return k
	}
	if y := skipSpace(s, mon.End); y < len(s) && (isDigit(s, y) || matchWord(s, y, "de") > y || matchWord(s, y, "del") > y) {
		return k // até 22 de dezembro de 2025: the year is the end's
	}
	month, day := first, second
	if first.Kind == layout.Day {
		month, day = second, first
	}
	if !gregorianRangeFits(month.Value, day.Value, mon.Value, v) || !p.pairEnds(mon.End) {
		return k
	}
	end := Field{Value: v, Start: k, End: e, Flags: RangeEnd}
	end.Kind, end.Form = layout.Day, dayForm(s, k, digits)
	mon.Flags |= RangeEnd
	p.add(end)
	p.add(mon)
	return mon.End
}

// readDayMonth reads a numeric date without its year, written with a
// slash: 12/25, 25/12, 03/02 (which reads both ways). The three-part
// date's rules for order apply. Before a month's name the two numbers
// are days ("4/5 April", a Friday and its Shabbat; see nextDaySlashed),
// and readDayMonth reads none.
func readDayMonth(s string, i, v1, e1, d1, v2, e2, d2 int) (numericRead, int, string) {
	var rd numericRead
	if d2 == 0 || !wordEnds(s, e2) || e2+1 < len(s) && (s[e2] == ':' || s[e2] == '.') && isDigit(s, e2+1) {
		return rd, e2, "a numeric date"
	}
	if e2 < len(s) && s[e2] == ' ' && monthNameAt(s, skipSpace(s, e2)) {
		return rd, e2, "a numeric date"
	}
	mdy := v1 >= 1 && v1 <= 12 && v2 >= 1 && v2 <= 31
	dmy := v2 >= 1 && v2 <= 12 && v1 >= 1 && v1 <= 31
	if !mdy && !dmy {
		return rd, i, "a numeric date with a month from 1 to 12"
	}
	first := Field{Value: v1, Start: i, End: e1}
	second := Field{Value: v2, Start: e1 + 1, End: e2}
	var flags Flag
	if mdy && dmy && v1 != v2 {
		flags = Ambiguous
	}
	if mdy {
		first.Kind, first.Form = layout.Month, monthNumericForm(dayForm(s, i, d1))
		second.Kind, second.Form = layout.Day, dayForm(s, e1+1, d2)
	} else {
		first.Kind, first.Form = layout.Day, dayForm(s, i, d1)
		second.Kind, second.Form = layout.Month, monthNumericForm(dayForm(s, e1+1, d2))
		flags |= DayFirst
	}
	first.Flags, second.Flags = flags, flags
	samePadding(s, false, &first, &second)
	rd.fields[0], rd.fields[1], rd.n, rd.end = first, second, 2, e2
	if e2+5 <= len(s) && s[e2] == ' ' && isDigit(s, e2+1) {
		// 19/4 2011: the year after a space, as Scandinavian pages
		// write it ("Tisdag den 19/4 2011"), where it was left out and
		// the nearest year taken.
		if v3, e3, d3 := number(s, e2+1); d3 == 4 && yearEnds(s, e3) {
			rd.fields[2] = Field{Value: v3, Start: e2 + 1, End: e3}
			rd.fields[2].Kind = layout.Year
			rd.n, rd.end = 3, e3
		}
	}
	return rd, 0, ""
}

// monthNameAt reports whether a month's name, of either calendar, starts
// at s[k].
func monthNameAt(s string, k int) bool {
	if _, ok := latinMonth(s, k); ok {
		return true
	}
	_, ok := hebrew.MatchMonth(s[k:])
	return ok
}

// dayForm returns the form of a day written with n digits at s[i]: Padded
// for 02, Plain otherwise.
func dayForm(s string, i, n int) layout.Form {
	if n == 2 && s[i] == '0' {
		return layout.Padded
	}
	return layout.Plain
}

// The digits of a number of a numeric date show how a layout writes it
// (02 padded, 2 plain) when it is below 10; from 10 on (12) it is written
// so either way, and the layout is told only by the date's other numbers:
// a layout that writes one number of a date padded and the other plain
// (2024-03-2) is one no site prints unless its example shows it so.

// padShown reports whether the digits of day or month field f, in s,
// show its writing (shown), and if so whether it is padded.
func padShown(s string, f *Field) (padded, shown bool) {
	switch f.End - f.Start {
	case 1:
		return false, true
	case 2:
		return s[f.Start] == '0', s[f.Start] == '0'
	}
	return false, false
}

// samePadding gives the numbers of one numeric date (or of a numeric
// range: "11.-13.06.2024"), its days and months, one writing: a number
// whose digits do not show its own (12) is written as the others show
// theirs, padded where one of them is (12.03.2024 is 02.01.2006 and
// 2024-01-30 is 2006-01-02), plain where one is plain (12.3.2024 is
// 2.1.2006). Where none shows it (2024-12-28, 28.12.2024), a date written
// year first is padded, as ISO 8601 (and every year-first writing after
// it) writes its numbers; any other is left plain, a writing its digits
// do not show, which UnshownPadding reports and LayoutOf refuses. Numbers
// that show their writings are kept as shown, even two different ones.
func samePadding(s string, yearFirst bool, fields ...*Field) {
	for _, f := range fields {
		if _, shown := padShown(s, f); !shown {
			setPadding(f, shownPadding(s, yearFirst, f.Kind, fields))
		}
	}
}

// shownPadding returns the writing that fields show for a number of kind
// k (see samePadding): the first a number of that kind shows (the end
// of "8-15.03.2024" is plain, as its start is), or else padded if any
// number shows it, plain if one shows plain, yearFirst if none.
func shownPadding(s string, yearFirst bool, k layout.Kind, fields []*Field) bool {
	pad, told := yearFirst, false
	for _, f := range fields {
		p, shown := padShown(s, f)
		switch {
		case shown && f.Kind == k:
			return p
		case shown && (!told || p):
			pad, told = p, true
		}
	}
	return pad
}

// setPadding sets the form of a day or month f of a numeric date: padded
// (02, 01) or plain (2, 1).
func setPadding(f *Field, pad bool) {
	switch {
	case f.Kind == layout.Month && pad:
		f.Form = layout.NumericPad
	case f.Kind == layout.Month:
		f.Form = layout.Numeric
	case pad:
		f.Form = layout.Padded
	default:
		f.Form = layout.Plain
	}
}

// UnshownPadding reports whether r has a numeric date whose digits do not
// show whether a layout writes a day or month below 10 padded or plain
// (12/28/2024, 28.12.2024: see samePadding), and the span of its first
// number. A date written year first is padded (2024-12-28), and shows it.
func UnshownPadding(r *Result) (start, end int, ok bool) {
	start = -1
	for i := range r.Fields {
		f := &r.Fields[i]
		if f.Kind == layout.Month && !numericMonth(*f) || f.Kind != layout.Day && f.Kind != layout.Month || f.Calendar != layout.Gregorian {
			continue
		}
		if f.Kind == layout.Day && f.Form != layout.Plain && f.Form != layout.Padded {
			continue
		}
		if _, shown := padShown(r.Input, f); shown || f.Form == layout.Padded || f.Form == layout.NumericPad {
			return 0, 0, false
		}
		if f.Kind == layout.Month {
			ok = true
		}
		if start < 0 {
			start, end = f.Start, f.End
		}
	}
	return start, end, ok
}

// isoHourOnly reads after an ISO 8601 date's T an hour of two digits with
// no minutes, which ISO 8601 allows, where its zone follows it, Z or an
// offset: "2024-03-02T10Z", "2024-03-02T10+02:00" were refused as "a
// colon after the hour"; the time is then the hour's start, 10:00. With
// no zone after it ("2024-03-02T10 30") it is still refused: the zone
// says the hour ends the time.
func (p *parser) isoHourOnly(i, h, e, digits int) (int, bool) {
	s := p.s
	if digits != 2 || h > 23 || e >= len(s) || s[e] != 'Z' && s[e] != '+' && s[e] != '-' || s[e] != 'Z' && !isDigit(s, e+1) {
		return i, false
	}
	m := p.mark()
	hour := Field{Value: h, Start: i, End: e}
	hour.Kind, hour.Form = layout.Hour, hourForm(false, digits, s[i])
	p.add(hour)
	p.zones(e)
	if !p.has(layout.Zone) || p.last < len(s) && !wordEnds(s, p.last) {
		p.reset(m)
		return i, false
	}
	return p.last, true
}
