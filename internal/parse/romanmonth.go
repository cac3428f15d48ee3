package parse

import "github.com/dualdate/dualdate/internal/layout"

// Dates whose month is a Roman numeral, as Polish, Czech, Slovak,
// Romanian and the Balkan languages' pages write them: "7 XII 2022",
// "7.XII.2022", "7. XII. 2022". The numeral is the month's, in form
// layout.Roman, which a layout writes back; it says the day comes first.
// A numeral is prose too (Pius XII, chapter IV), so the date is read only
// with a day of one or two digits before it and a year of four after it.

// firstRomanYear is the first year read after a Roman month: the
// calendar's first whole year, where "2 X 1000" is a size's two times a
// thousand as often.
const firstRomanYear = 1583

// romanMonthNames maps a month's Roman numeral to its number, from the
// layout's own numerals.
var romanMonthNames = func() map[string]int {
	m := make(map[string]int, 12)
	for i := 1; i <= 12; i++ {
		m[layout.MonthName(i, layout.Roman)] = i
	}
	return m
}()

// romanLetter reports whether c is a letter of the months' numerals.
func romanLetter(c byte) bool { return c == 'I' || c == 'V' || c == 'X' }

// romanSep returns the index after the separator that may part a Roman
// month from the number beside it at s[k]: a dot, a space, or a dot and
// a space; or k.
func romanSep(s string, k int) int {
	if k < len(s) && s[k] == '.' {
		k++
	}
	if k < len(s) && s[k] == ' ' {
		k++
	}
	return k
}

// romanMonthAfter reports whether a Roman month, after its separator,
// follows the day that ends at s[e]: number's cheap test before
// romanMonthDate.
func romanMonthAfter(s string, e int) bool {
	k := romanSep(s, e)
	return k > e && k < len(s) && romanLetter(s[k])
}

// romanMonthDate reads at s[i] a day of value v whose digits end at e, a
// Roman month and a year: "7 XII 2022", "7.XII.2022", "7. XII. 2022".
// It reports false, having read nothing, for anything else.
func (p *parser) romanMonthDate(i, v, e int) (int, bool) {
	s := p.s
	if v < 1 || v > 31 || e-i > 2 || p.has(layout.Day) || p.has(layout.Month) {
		return i, false
	}
	month, year, ok := romanMonthYear(s, romanSep(s, e))
	if !ok {
		return i, false
	}
	day := Field{Value: v, Start: i, End: e, Flags: DayFirst}
	day.Kind, day.Form = layout.Day, dayForm(s, i, e-i)
	p.add(day)
	p.add(month)
	p.add(year)
	return year.End, true
}

// romanMonthYear reads at s[k] a Roman month, its separator and a year of
// four digits: the fields of a date's month and year after its day.
func romanMonthYear(s string, k int) (month, year Field, ok bool) {
	me := k
	for me < len(s) && me-k < 4 && romanLetter(s[me]) {
		me++
	}
	m, ok := romanMonthNames[s[k:me]]
	if !ok || latinWord(s, k) != me {
		return month, year, false
	}
	j := romanSep(s, me)
	y, ye, digits := number(s, j)
	if j == me || digits != 4 || y < firstRomanYear || !yearEnds(s, ye) {
		return month, year, false
	}
	month = Field{Value: m, Start: k, End: me, Flags: DayFirst}
	month.Kind, month.Form = layout.Month, layout.Roman
	year = Field{Value: y, Start: j, End: ye}
	year.Kind = layout.Year
	return month, year, true
}

// romanRange reads at s[k] the Roman month and year after a range of days
// that afterDay read, day first: "26. — 27. V 1993." (Borba's holiday
// calendar: Shavuot's two days), "4.–6. X 2019", "26-27 V 1993". Find
// read the end's day alone, as "27. V 1993", the start left out: the
// range's last day for its first, with nothing said. It reports false,
// having read nothing, for anything else.
func (p *parser) romanRange(i int, day, end Field, k int) (int, bool) {
	if !romanLetter(p.s[k]) || end.Value <= day.Value || p.has(layout.Day) || p.has(layout.Month) {
		return i, false
	}
	month, year, ok := romanMonthYear(p.s, k)
	if !ok {
		return i, false
	}
	day.Flags |= DayFirst
	end.Flags |= DayFirst
	p.addDays(layout.Day, &day, end, true)
	p.add(month)
	p.add(year)
	return year.End, true
}
