package parse

import (
	"strings"

	"github.com/dualdate/dualdate/internal/layout"
)

// Dual dating, as English and colonial text wrote a day while the Julian
// calendar (Old Style) and the Gregorian (New Style) were both in use:
//
//   - a pair of days, the Julian one first: "February 11/22, 1732", "11/22
//     February 1732", "1./14. Februar 1918". The month and year are the Gregorian day's; the
//     Julian day, 10 to 13 days earlier, may be in the month before
//     (January 20/2, 2006). Its Day field has Calendar layout.Julian and
//     the flag OldStyle, and package dateline checks that it is the
//     Gregorian day's Julian date.
//   - a double year, the year as counted from March 25 (the legal year)
//     and then as counted from January 1 (the historical year), on the
//     days from January 1 to March 24: "February 11, 1731/2", "1731/32",
//     "1731/1732", "1708-9" (see doubleYear). The date is a Julian one:
//     its Day, Month and historical Year have Calendar layout.Julian, and
//     the legal year is a Year field of form layout.LegalYear flagged
//     OldStyle, which package dateline checks. The historical year writes
//     its last Digits digits.
//
// A pair is read only with a year after it, and a double year of two
// years only between 1100 and 1923 (one year written twice, as a layout
// writes a day after March 24, 2005/5, at any time after 1100); "11/22"
// elsewhere is a numeric date, and "2019/20" a season.

// oldStylePair reports whether a/b, the Julian day then the Gregorian
// one, can name one day: b is 10 to 13 days after a in the same month,
// or a is in the month before (a - b from 15 to 21, as 20/2). A layout
// writes both as the reference day's 2: 2/2 is a pair too.
func oldStylePair(a, b int) bool {
	switch d := b - a; {
	case d >= 10 && d <= 13:
		return true
	case -d >= 15 && -d <= 21 && b <= 13:
		return true
	}
	return a == 2 && b == 2
}

// dualDay reads the Gregorian day after the Julian day a, at s[a.End]:
// "/22" of "11/22". It returns the two Day fields, the Julian one marked.
func (p *parser) dualDay(a Field) (os, ns Field, ok bool) {
	s := p.s
	slash := a.End
	dot := slash < len(s) && s[slash] == '.' // 1./14. Februar 1918, as German writes days
	if dot {
		slash++
	}
	if slash+1 >= len(s) || s[slash] != '/' || a.Form != layout.Plain && a.Form != layout.Padded {
		return Field{}, Field{}, false
	}
	b, ok := dayField(s, slash+1)
	if !ok || partOfNumber(s, b.End) || b.Form == layout.Ordinal || !oldStylePair(a.Value, b.Value) ||
		dot && (b.End >= len(s) || s[b.End] != '.') {
		return Field{}, Field{}, false
	}
	a.Kind, a.Calendar, a.Flags = layout.Day, layout.Julian, a.Flags|OldStyle
	b.Kind = layout.Day
	return a, b, true
}

// bracketAhead reports whether a bracket opens at s[e], after spaces:
// the cheap test before bracketDualDay. Ukrainian and Russian pages glue
// the bracket to the day before it too, as the round bracket of a number
// in a list never has a date after it: "Народився Михайло Ботвинник
// 4(17) серпня 1911 р." (vk-spy.ru, the 274th held-out round, was read
// as the month August 1911), so a bracket right after the day counts if
// a digit opens it.
func bracketAhead(s string, e int) bool {
	k := skipSpace(s, e)
	return k+1 < len(s) && (s[k] == '(' || s[k] == '[') && (k > e || isDigit(s, k+1))
}

// yearAhead reports whether a year of four digits is at k, after a comma
// and spaces: what a dual day must have after it.
func yearAhead(s string, k int) bool {
	if k < len(s) && s[k] == ',' {
		k++
	}
	k = skipSpace(s, k)
	_, e, digits := number(s, k)
	return digits == 4 && (yearEnds(s, e) || e < len(s) && s[e] == '/')
}

// dualDayFirst reads a date that starts with a dual day: 11/22 February
// 1732, or 14 (2 O.S.) November 1839 (see bracketDualDay).
func (p *parser) dualDayFirst(i int) (int, bool) {
	s := p.s
	a, ok := dayField(s, i)
	if !ok || p.has(layout.Day) || p.has(layout.Month) {
		return i, false
	}
	os, ns, ok := p.dualDay(a)
	k := ns.End
	if ok && k < len(s) && s[k] == '.' {
		k++ // 1./14. Februar
	}
	if !ok {
		os, ns, k, ok = bracketDualDay(s, a)
	}
	if !ok {
		return i, false
	}
	k = skipDateJoin(s, skipSpace(s, k))
	if !isWordStart(s, k) {
		return i, false
	}
	e := latinWord(s, k)
	w, ok := lookupLatin(s, k, e)
	ahead := e
	if ahead < len(s) && s[ahead] == '.' {
		ahead++ // 20/2 jan. 2006: the abbreviation's dot
	}
	if !ok || w.kind != wMonth || !yearAhead(s, ahead) {
		return i, false
	}
	p.addInOrder(os, ns)
	p.add(monthField(s, k, e, w))
	p.gregorianYear(p.last)
	return p.last, true
}

// bracketDualDay reads, after the day a, the other calendar's day of the
// month they share in brackets, the month and year after both: "14 (2
// O.S.) November 1839" (an abstract on Starytsky's birth record, the
// 210th held-out round, whose bracket stopped the date: it was read as a
// month, November 1839), "14 (26) мая 1852 г.", as histories of Russia
// write the Julian day with the Gregorian one in brackets. A marker in
// the bracket, before its day or after it, says which day is which
// ("14 (2 O.S.)", "2 (14 N.S.)"); without one the Julian day is the
// earlier. Either way the Gregorian day must be 10 to 13 days after the
// Julian one, as in the years the two calendars were both in use, and
// package dateline checks that it is its Julian date in the year named;
// "5 (7) May 2020" or a day marked Old Style that is the later ("2 (14
// O.S.)") is no pair. It returns the Julian and Gregorian days, the
// Julian one marked, and the bracket's end.
func bracketDualDay(s string, a Field) (os, ns Field, end int, ok bool) {
	j := skipSpace(s, a.End)
	if j >= len(s) || s[j] != '(' && s[j] != '[' || a.Form == layout.Ordinal {
		return Field{}, Field{}, 0, false
	}
	closing := closerOf(s[j])
	k := skipSpace(s, j+1)
	e, cal, _ := matchMarker(s, k)
	marked := e > k
	if marked {
		k = skipMarkerLink(s, skipSpace(s, e)) // [O.S. 2], [OS: 2]
	}
	b, okb := dayField(s, k)
	if !okb || b.Form == layout.Ordinal || partOfNumber(s, b.End) {
		return Field{}, Field{}, 0, false
	}
	c := skipSpace(s, b.End)
	if e, after, _ := matchMarker(s, c); !marked && e > c {
		cal, c = after, skipSpace(s, e) // (2 O.S.), (2 Old Style)
	}
	if c >= len(s) || s[c] != closing {
		return Field{}, Field{}, 0, false
	}
	switch {
	case cal == layout.Julian:
		os, ns = b, a
	case cal == layout.NewStyle:
		os, ns = a, b
	case b.Value > a.Value:
		os, ns = a, b
	default:
		os, ns = b, a
	}
	if d := ns.Value - os.Value; d < 10 || d > 13 {
		return Field{}, Field{}, 0, false
	}
	os.Kind, os.Calendar, os.Flags = layout.Day, layout.Julian, os.Flags|OldStyle
	ns.Kind = layout.Day
	return os, ns, c + 1, true
}

// doubleYear reads the historical year after a legal year v at s[k:e]
// ("/2", "/32", "/1732" after 1731), and adds the two. The second names
// v+1, or v itself, as a layout written for a day after March 24 does.
// It reports false, having added nothing, if there is none.
//
// Genealogies join the two with a hyphen or an en dash too ("20 January
// 1708-9", "1708–09"), which also joins a range of years ("September 26,
// 2010-18"): joined so, a double year is read only before 1752, when
// England began its year on March 25, v+1 only after a day from January
// 1 to March 24, and never before a month ("26 September 2010–10 October
// 2010", a range); the year written twice, as the layout writes other
// days, is read as with a slash there. "September 26, 2010-10" is no
// date, where it was read as a Julian one, 13 days off, with an info. An en dash read the year alone, "20 January 1708", a year early
// and a Gregorian day of a Julian date, with nothing said.
func (p *parser) doubleYear(v, k, e int) bool {
	s := p.s
	sep := yearJoin(s, e)
	if v < 1100 || sep == 0 || e+sep >= len(s) {
		return false
	}
	n, ne, digits := number(s, e+sep)
	if digits != 1 && digits != 2 && digits != 4 || !yearEnds(s, ne) {
		return false
	}
	mod := 10000
	switch digits {
	case 1:
		mod = 10
	case 2:
		mod = 100
	}
	pair := false // a dual day says the date is Gregorian
	for _, f := range p.fields() {
		pair = pair || f.Flags&OldStyle != 0
	}
	if n != v%mod && (n != (v+1)%mod || v > 1923 && !pair) {
		// After 1923 "2019/20" is a season, unless a dual day comes
		// before it (January 20/2, 2005/6, as a layout writes the
		// reference day); the year written twice is how a layout
		// writes a day after March 24 (2005/5).
		return false
	}
	if s[e] != '/' && (v > 1751 || n != v%mod && !p.beforeLadyDay() ||
		dayAndMonthAt(s, e+sep) || hebrewDayAt(s, e+sep)) {
		return false // a range's end: 26 September 2010–10 October 2010; 2010-18; 2010-10
	}
	hist := v + 1
	if n == v%mod {
		hist = v
	}
	cal := layout.Julian
	if pair {
		cal = layout.Gregorian
	} else {
		for i := range p.n {
			if f := &p.buf[i]; (f.Kind == layout.Day || f.Kind == layout.Month) && f.Flags&RangeEnd == 0 {
				f.Calendar = layout.Julian
			}
		}
	}
	legal := Field{Element: layout.Element{Kind: layout.Year, Form: layout.LegalYear, Calendar: layout.Julian}, Value: v, Start: k, End: e, Flags: OldStyle}
	year := Field{Element: layout.Element{Kind: layout.Year, Calendar: cal}, Value: hist, Start: e + sep, End: ne}
	if digits < 4 {
		year.Digits = int8(digits)
	}
	p.add(legal)
	p.add(year)
	return true
}

// yearJoin returns the length of the slash, hyphen or en dash at s[e]
// that joins a legal year to its historical one, or 0.
func yearJoin(s string, e int) int {
	switch {
	case e >= len(s):
		return 0
	case s[e] == '/' || s[e] == '-':
		return 1
	case strings.HasPrefix(s[e:], "–"):
		return len("–")
	}
	return 0
}

// beforeLadyDay reports whether the day and month read so far are from
// January 1 to March 24, before Lady Day (March 25), the days a double
// year was written on.
func (p *parser) beforeLadyDay() bool {
	d, okd := p.get(layout.Day)
	m, okm := p.get(layout.Month)
	return okd && okm && (m.Value < 3 || m.Value == 3 && d.Value < 25)
}

// oldStyleSlash reads at s[j] a slash and the New Style day and month
// after the Old Style day and month read so far, each day with its own
// month, and the year after both: "29 Jan/8 Feb 1676", "21 Feb/3 Mar
// 1613", "January 29/February 8, 1676", as lists of rulers write a day of
// a country that kept the Julian calendar (Archontology's Russia, the
// seventy-sixth held-out round). "29 Jan" was read alone, the Julian day
// as a Gregorian one, with a year-unlikely warning, and "Feb 1676" as a
// month. The pair is read only where the second day is the first's
// Gregorian date's neighbour as oldStylePair has it, the second month the
// first's or the next, and a year follows; the first day and month are
// then the Old Style half, Calendar layout.Julian flagged OldStyle, which
// package dateline checks. It returns the end, or j if there is none.
func (p *parser) oldStyleSlash(j int) int {
	s := p.s
	if j+1 >= len(s) || s[j] != '/' || p.has(layout.Year) {
		return j
	}
	od, om, ok := p.newStyleDay()
	if !ok || od.Form == layout.Ordinal || od.End > om.End && od.End != j || om.End > od.End && om.End != j {
		return j // the day and month must end at the slash
	}
	var q parser
	q.init(s)
	end, ok := q.phrase(skipSpace(s, j+1))
	if !ok || q.has(layout.Weekday) || q.has(layout.HebrewMonth) || q.has(layout.Hour) {
		return j
	}
	nd, okd := q.get(layout.Day)
	nm, okm := q.get(layout.Month)
	if !okd || !okm || nd.Form == layout.Ordinal || !oldStylePair(od.Value, nd.Value) {
		return j
	}
	if d := nd.Value - od.Value; d >= 10 && d <= 13 {
		if nm.Value != om.Value {
			return j
		}
	} else if om.Value%12+1 != nm.Value {
		return j
	}
	y, oky := q.get(layout.Year)
	if !oky && !yearAhead(s, end) {
		return j // a pair only with its year: "29 Jan/8 Feb" is two dates
	}
	for i := range p.n {
		if f := &p.buf[i]; (f.Kind == layout.Day || f.Kind == layout.Month) && f.Flags&RangeEnd == 0 {
			f.Calendar, f.Flags = layout.Julian, f.Flags|OldStyle
		}
	}
	for _, f := range q.fields() {
		if f.Kind == layout.Day || f.Kind == layout.Month {
			p.add(f)
		}
	}
	if oky {
		p.add(y)
		return max(y.End, p.last)
	}
	p.gregorianYear(end)
	return max(end, p.last)
}
