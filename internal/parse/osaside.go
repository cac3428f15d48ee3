package parse

import (
	"time"

	"github.com/dualdate/dualdate/internal/julian"
	"github.com/dualdate/dualdate/internal/layout"
)

// Wikipedia's Old Style template writes the Julian day in brackets between
// the New Style day and the year, or after the whole date: "April 19 [O.S.
// April 6] 1903", "19 April [O.S. 6 April] 1903", "April 19–21 [O.S. April
// 6–8] 1903", "April 19, 1903 [O.S. April 6]". Other pages put the marker
// after the Julian day, and the year, after a comma, after the bracket:
// "on April 13 (April 2, Old Style), 1743" (an encyclopedia's life of
// Jefferson, the seventy-sixth held-out round), which was read as two
// dates without a year, April 13 and Julian April 2 of 2027, with infos
// only; a bracket the marker does not close ("(April 2, old style
// furniture)") is not one. The bracket is the Old Style half of a dual date, as "April
// 6/19, 1903" is (see oldstyle.go): its first day and its month are Day
// and Month fields of Calendar layout.Julian flagged OldStyle, and package
// dateline checks that the day is the New Style day's Julian date (a
// layout writes both for the reference day, January 2); the rest of it, a
// range's end, is text. It is read only where its month is one its day
// may be in (the New Style day's, or the one before), and only after
// a Gregorian day and month: elsewhere the marker starts a dateline of its
// own, "15 September 1745 [OS: 4 September 1745]", which names its year.

// oldStyleAside reads at s[j] a bracket with the Old Style day of the
// Gregorian date read so far, and returns its end, or j if there is none.
func (p *parser) oldStyleAside(j int) int {
	s := p.s
	if j < len(s) && s[j] != '[' && s[j] != '(' {
		return p.asideAfterWord(j)
	}
	if j >= len(s) {
		return j
	}
	_, nm, ok := p.newStyleDay()
	if !ok {
		return j
	}
	closing := byte(']')
	if s[j] == '(' {
		closing = ')'
	}
	k := skipSpace(s, j+1)
	e, cal, _ := matchMarker(s, k)
	after := e == k // the marker after the day: "(April 2, Old Style)"
	if !after && cal != layout.Julian {
		return j
	}
	if after && !markerAfterDay(s, k) {
		if u := p.unmarkedAside(j, k, closing); u > j {
			return u
		}
	}
	if !after {
		k = skipMarkerLink(s, skipSpace(s, e))
	}
	if k >= len(s) {
		return j // "December 1(OS": the marker ends the text
	}
	var q parser
	q.init(s)
	end, ok := q.phrase(k)
	if !ok || q.has(layout.Weekday) || q.has(layout.HebrewMonth) || q.has(layout.Hour) {
		return j
	}
	os, okd := q.get(layout.Day)
	m, okm := q.get(layout.Month)
	if !okd || !okm {
		return j
	}
	y, oky := q.get(layout.Year)
	if oky && !p.asideYearAgrees(os.Value, m.Value, y) {
		return j
	}
	// The Julian day is in the New Style day's month (6 of April 19), or
	// in the month before (23 February of March 8). Its marker says it is
	// the Old Style half, whatever its day: a day that is not the New
	// Style day's Julian date is said by package dateline ("April 29
	// [O.S. April 6] 1903"), where it was read as two dates, April 29 in
	// the year after the bracket and the Julian April 6, with nothing
	// said of the two.
	if m.Value != nm.Value && m.Value%12+1 != nm.Value {
		return j
	}
	c := skipSpace(s, end)
	if os.Form == layout.Ordinal && c < len(s) && s[c] == '.' {
		c = skipSpace(s, c+1) // "(O.S. = November 19th.)"
	}
	if after {
		// The marker closes the bracket, after a comma or a space:
		// "April 13 (April 2, Old Style), 1743", "(April 2 O.S.)".
		if c < len(s) && s[c] == ',' {
			c = skipSpace(s, c+1)
		}
		e, cal, _ := matchMarker(s, c)
		if e == c || cal != layout.Julian {
			return j
		}
		c = skipSpace(s, e)
	}
	if c >= len(s) || s[c] != closing {
		return j
	}
	os.Kind, os.Calendar, os.Flags = layout.Day, layout.Julian, os.Flags|OldStyle
	m.Calendar, m.Flags = layout.Julian, m.Flags|OldStyle
	p.addInOrder(os, m)
	if oky {
		// The Julian year, which a layout writes as the day's (see
		// asideYearAgrees).
		y.Calendar, y.Flags = layout.Julian, y.Flags|OldStyle
		p.add(y)
	}
	if !p.has(layout.Year) {
		// The year after the bracket: "April 19 [O.S. April 6] 1903".
		p.gregorianYear(skipSpace(s, c+1))
	}
	if p.last <= c {
		// The bracket closes the dateline: "April 19, 1903 (April 6
		// Old Style)" ended at its day, before the marker, and a
		// whole text was no dateline.
		p.add(Field{Element: layout.Lit(s[p.last : c+1]), Start: p.last, End: c + 1})
	}
	return max(c+1, p.last)
}

// asideYearAgrees reports whether the year y written in an Old Style
// bracket, with its day and month, is the Julian date of the New Style
// date read so far, in the year that began on January 1 or, from January 1
// to March 24, on March 25 as England's did until 1752: Wikipedia's
// "February 22, 1732 [O.S. February 11, 1731]" and "4 January 1643 [O.S.
// 25 December 1642]". Such a bracket was read as a dateline of its own,
// Washington's birth a year early with a warning of the year's start, and
// the New Style date after it, his death's, warned of the marker before
// it (the forty-ninth adversarial review). A bracket whose year or day is
// another is left to be read alone, as before, with what is said of it.
func (p *parser) asideYearAgrees(day, month int, y Field) bool {
	gy, okg := p.get(layout.Year)
	gd, _, okd := p.newStyleDay()
	gm, okm := p.get(layout.Month)
	if !okg || !okd || !okm || gy.Form == layout.TwoDigit || y.Form == layout.TwoDigit || y.Calendar != layout.Gregorian {
		return false
	}
	jy, jm, jd := julian.FromGregorian(gy.Value, time.Month(gm.Value), gd.Value)
	if int(jm) != month || jd != day {
		return false
	}
	return y.Value == jy || y.Value == jy-1 && jy <= 1752 && (jm < time.March || jm == time.March && jd < 25)
}

// skipMarkerLink returns the index after the colon or equals sign, and
// the spaces after it, that links an Old Style marker at s[k] to its day:
// "[OS: 4 September 1745]", "(O.S. = November 19th.)" (a royal-history
// blog, held-out round 202). The equals sign made the marker the date
// before it's, "December 1st. 1825 (O.S." read as Julian December 1, a
// day twelve days late with an info only. It returns k where there is none.
func skipMarkerLink(s string, k int) int {
	if k < len(s) && (s[k] == ':' || s[k] == '=') {
		return skipSpace(s, k+1)
	}
	return k
}

// markerAfterDay reports whether the day and month at s[k] are followed,
// after a space or a comma, by an Old Style marker: "(April 6 Old Style)"
// is the marked bracket, read to its end, not an unmarked one whose last
// words ("Old Style") unmarkedAside would take for a place's and leave
// out of the dateline.
func markerAfterDay(s string, k int) bool {
	var q parser
	q.init(s)
	end, ok := q.phrase(k)
	if !ok {
		return false
	}
	c := skipSpace(s, end)
	if c < len(s) && s[c] == ',' {
		c = skipSpace(s, c+1)
	}
	e, cal, _ := matchMarker(s, c)
	return e > c && cal == layout.Julian
}

// newStyleDay returns the Gregorian day and month read so far, when there
// is no Old Style day yet.
func (p *parser) newStyleDay() (day, month Field, ok bool) {
	for _, f := range p.fields() {
		if f.Flags&OldStyle != 0 || f.Calendar == layout.Julian {
			return Field{}, Field{}, false
		}
	}
	day, okd := p.get(layout.Day)
	month, okm := p.get(layout.Month)
	return day, month, okd && okm
}

// get returns the first field of kind k that is not a range's end.
func (p *parser) get(k layout.Kind) (Field, bool) {
	for _, f := range p.fields() {
		if f.Kind == k && f.Flags&RangeEnd == 0 {
			return f, true
		}
	}
	return Field{}, false
}

// maxAsideWords is how many words may follow the day in a bracket without
// a marker, before the bracket closes: "(25. Oktober in Russland)".
const maxAsideWords = 3

// unmarkedAside reads at s[j] a bracket without a marker, its day at
// s[k], that holds the other half of a dual date: the Julian day of the
// Gregorian day before it, "am 7. November 1917 stattfand (25. Oktober in
// Russland)" (a German page on the calendar, incoming.tsv; see
// asideAfterWord), or the Gregorian day of a Julian day before it, "народився 29
// листопада (12 грудня) 1905 р." (born 29 November (12 December) 1905),
// as histories of Russia write either. Both were read as two Gregorian
// dates of the year, one of them 13 days wrong, with an info only. The
// bracket is the other half only where its day is exactly the other
// calendar's date of the day before it in the year the dateline names,
// before the bracket or after it, so that a bracket with another day
// ("(and again on 12 December)") stays a date of its own. A Julian half
// is flagged OldStyle, as a marked one is (see oldStyleAside), and the
// dateline is the Gregorian day. It returns the bracket's end, and the
// year after it, or j.
func (p *parser) unmarkedAside(j, k int, closing byte) int {
	s := p.s
	if p.hasRangeEnd() {
		return j
	}
	nd, nm, ok := p.newStyleDay()
	if !ok || numericMonth(nm) || nd.Form == layout.Ordinal {
		return j
	}
	var q parser
	q.init(s)
	end, ok := q.phrase(k)
	if !ok || q.has(layout.Weekday) || q.has(layout.HebrewMonth) || q.has(layout.Hour) || q.hasRangeEnd() {
		return j
	}
	bd, okd := q.get(layout.Day)
	bm, okm := q.get(layout.Month)
	if !okd || !okm || numericMonth(bm) || bd.Form == layout.Ordinal {
		return j
	}
	c := skipAsideWords(s, skipSpace(s, end))
	if c >= len(s) || s[c] != closing {
		return j
	}
	y, yearAt := 0, skipSpace(s, c+1)
	if yearAt < len(s) && s[yearAt] == ',' {
		yearAt = skipSpace(s, yearAt+1) // "November 29 (December 12), 1905"
	}
	yf, hasYear := p.get(layout.Year)
	if hasYear {
		y, yearAt = yf.Value, -1
	} else if v, e, digits := number(s, yearAt); digits == 4 && yearEnds(s, e) {
		y = v
	}
	by, bracketYear := q.get(layout.Year)
	if y == 0 || bracketYear && (!hasYear || by.Form != yf.Form) {
		return j
	}
	yb := y
	if bracketYear {
		yb = by.Value // "25 декабря 1837 (6 января 1838)"
	}
	first, second := time.Month(nm.Value), time.Month(bm.Value)
	switch {
	case julianOf(y, first, nd.Value, yb, second, bd.Value):
		// The bracket is the Julian half; its year, if it names one,
		// is text.
		bd.Kind, bd.Calendar, bd.Flags = layout.Day, layout.Julian, bd.Flags|OldStyle
		bm.Calendar, bm.Flags = layout.Julian, bm.Flags|OldStyle
		p.addInOrder(bd, bm)
	case julianOf(yb, second, bd.Value, y, first, nd.Value):
		// The day before the bracket is the Julian half, and its
		// year, if it names one, the legal year (see checkOldStyle).
		p.markOldStyle(layout.Day)
		p.markOldStyle(layout.Month)
		p.addInOrder(bd.withKind(layout.Day), bm)
		if bracketYear {
			p.markOldStyle(layout.Year)
			p.add(by)
		}
	default:
		return j
	}
	if yearAt >= 0 {
		p.gregorianYear(c + 1)
	}
	return max(c+1, p.last)
}

// asideAfterWord reads at s[j] a word, a space and a bracket without a
// marker that unmarkedAside takes, whose day proves it the other half:
// "am 7. November 1917 stattfand (25. Oktober in Russland)" (a German
// page on the calendar, incoming.tsv), whose bracket was a date of its
// own, the Gregorian October 25, 1917, with an info only. It returns the
// bracket's end, or j.
func (p *parser) asideAfterWord(j int) int {
	s := p.s
	w := latinWord(s, j)
	k := skipSpace(s, w)
	if w == j || k == w || k+1 >= len(s) || s[k] != '(' && s[k] != '[' {
		return j
	}
	closing := closerOf(s[k])
	if u := p.unmarkedAside(k, skipSpace(s, k+1), closing); u > k {
		return u
	}
	return j
}

// addInOrder adds a bracket's day and month in the order the text has
// them: add takes each field's end as the dateline's, so a month added
// after the day it comes before ("(April 6 Old Style)", a month-first
// bracket without a marker) cut the dateline back into the bracket, and
// Find gave a match shorter than its fields (a panic in package
// dateline).
func (p *parser) addInOrder(a, b Field) {
	if b.Start < a.Start {
		a, b = b, a
	}
	p.add(a)
	p.add(b)
}

// julianOf reports whether day jd of month jm of year jy is the Julian
// date of day gd of month gm of year gy.
func julianOf(gy int, gm time.Month, gd int, jy int, jm time.Month, jd int) bool {
	if gd > 31 || jd > 31 {
		return false
	}
	t := time.Date(gy, gm, gd, 0, 0, 0, 0, time.UTC)
	if t.Day() != gd {
		return false // no such day
	}
	yy, mm, dd := julian.Date(t)
	return yy == jy && mm == jm && dd == jd
}

// markOldStyle flags the first field of kind k that is not a range's end
// as the Julian half of a dual date.
func (p *parser) markOldStyle(k layout.Kind) {
	for i := range p.n {
		if f := &p.buf[i]; f.Kind == k && f.Flags&RangeEnd == 0 {
			f.Calendar, f.Flags = layout.Julian, f.Flags|OldStyle
			return
		}
	}
}

// skipAsideWords returns the index after up to maxAsideWords words of
// letters at s[i] and the spaces after them: the place a bracket's day is
// of ("in Russland", "в России").
func skipAsideWords(s string, i int) int {
	for range maxAsideWords {
		e := latinWord(s, i)
		if e == i {
			break
		}
		i = skipSpace(s, e)
	}
	return i
}
