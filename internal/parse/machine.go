package parse

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// What machine and mail timestamps add to the datelines people write, as
// pages carry them in JSON-LD, meta tags, feeds, mail archives and server
// output: fractions of a second (2016-09-23T02:54:32.845Z, 08:20:13,787),
// the year after the time (Mon Jan  2 15:04:05 MST 2006, as Go's ANSIC,
// UnixDate and RubyDate write it), an offset with the zone's name or a
// comment after it (+0200 (CEST), -0700 MST, GMT+0100 (GMT Daylight
// Time)), a date with an offset and no time (2020-07-20+08:00), an hour
// alone (5 PM), noon and midnight, 10h11, 13.12 after a date, the year
// first before a month name (2013-Feb-03), EXIF's 2012:08:03, the access
// log's 06/May/2008:08:11:17, and ISO 8601's basic 20140601.

// sixtyForm returns the form of a minute or second of n digits: 7 is
// written unpadded, 07 padded.
func sixtyForm(n int) layout.Form {
	if n == 1 {
		return layout.Plain
	}
	return layout.Padded
}

// fractionAt reads the fraction of a second at s[k], right after the
// seconds: a decimal mark, "." or ",", and one to nine digits
// (.845, ,787, .257000000), or a colon and three to nine
// (18:31:59:257, as some logs write milliseconds; a colon and two digits
// is a timecode's frame, 01:02:03:04, not a fraction). Its form writes
// every digit, as time.Format writes .000; nines alone (.999) are
// time.Format's notation for the digits without trailing zeros, which is
// also how they write their value.
func fractionAt(s string, k int) (Field, bool) {
	if k+1 >= len(s) || s[k] != '.' && s[k] != ',' && s[k] != ':' || !isDigit(s, k+1) {
		return Field{}, false
	}
	v, e, n := number(s, k+1)
	if n > 9 || s[k] == ':' && n < 3 || e+1 < len(s) && (s[e] == '.' || s[e] == ',' || s[e] == ':') && isDigit(s, e+1) {
		return Field{}, false
	}
	f := Field{Value: v, Start: k, End: e}
	f.Kind, f.Form, f.Text, f.Digits = layout.Fraction, layout.FractionZeros, s[k:k+1], int8(n)
	if strings.Trim(s[k+1:e], "9") == "" {
		f.Form = layout.FractionNines
	}
	return f, true
}

// offsetAt reads an offset at s[i]: -0700, -07:00, or with hour, -07 (the
// hour alone, which a letter, a digit or a colon may not follow).
func offsetAt(s string, i int, hour bool) (Field, bool) {
	if i >= len(s) || s[i] != '+' && s[i] != '-' {
		return Field{}, false
	}
	if z, ok := zoneAt(s, i); ok {
		return z, true
	}
	h, e, hd := number(s, i+1)
	if !hour || hd != 2 || h > 14 || !wordEnds(s, e) || e < len(s) && s[e] == ':' {
		return Field{}, false
	}
	f := Field{Value: h * 3600, Start: i, End: e}
	if s[i] == '-' {
		f.Value = -f.Value
	}
	f.Kind, f.Form = layout.Zone, layout.ZoneOffsetHour
	return f, true
}

// bareOffsetAt reads at s[i] an offset of one digit, the hour without
// padding, as pages write it after GMT or UTC: GMT-7, UTC+2. A digit, a
// colon, a dot or a letter may not follow it.
func bareOffsetAt(s string, i int) (Field, bool) {
	if i+1 >= len(s) || s[i] != '+' && s[i] != '-' || !isDigit(s, i+1) {
		return Field{}, false
	}
	e := i + 2
	if e < len(s) && (isDigit(s, e) || s[e] == ':' || s[e] == '.' || !wordEnds(s, e)) {
		return Field{}, false
	}
	f := Field{Value: int(s[i+1]-'0') * 3600, Start: i, End: e}
	if s[i] == '-' {
		f.Value = -f.Value
	}
	f.Kind, f.Form = layout.Zone, layout.ZoneOffsetHourBare
	return f, true
}

// universal reports whether a zone name is UTC's own (UTC, GMT, UT), which
// an offset may follow as in GMT+0100: the offset from it, not a zone.
func universal(name string) bool { return name == "UTC" || name == "GMT" || name == "UT" }

// lit adds the text from the last field to end as a literal.
func (p *parser) lit(end int) {
	if end > p.last {
		p.push(Field{Element: layout.Lit(p.s[p.last:end]), Start: p.last, End: end})
		p.last = end
	}
}

// zones reads the zone after a time of day that ends at k, and what mail
// and programs write after it:
//
//	15:04:05 MST          a name (the table of zones: EST, CEST, IDT ...)
//	15:04:05 -0700        an offset, -07:00, or -07 right after an ISO time
//	15:04:05 (PDT)        a name in brackets
//	15:44:11 PST-0700     a name and the offset, unspaced; UTC-05, GMT+08:00
//	                      are offsets from UTC, whose name is kept as text
//	04:08:03 +0200 (CEST) an offset and its zone's name, in brackets or not
//	18:04:07 GMT+0100 (GMT Daylight Time)
//	                      a comment in brackets, as JavaScript writes it
//	19:09:57 +0300 +03    the offset again, as Go writes a zone without a name
//	03:02:00 +0300 MSK m=+0.000000001
//	                      Go's reading of the monotonic clock, kept as text
//
// An offset and a name may disagree (-0700 (CEST)): both are read, and
// package dateline takes the offset.
func (p *parser) zones(k int) {
	s := p.s
	i := skipSpace(s, k)
	if i >= len(s) {
		return
	}
	if s[i] == '(' {
		if i == k {
			return
		}
		if z, ok := zoneAt(s, i+1); ok && z.Form == layout.ZoneName && z.End < len(s) && s[z.End] == ')' {
			p.add(z)
			p.lit(z.End + 1)
			p.goMonotonic(p.last)
		}
		return
	}
	z, ok := zoneAt(s, i)
	if !ok && i == k && (p.isoClock() || p.spacedISOClock(s[i] == '+')) {
		z, ok = offsetAt(s, i, true) // 2019-05-29T08:41-04, 2024-03-02 10:39:00+00
	}
	rangeToo := false
	if !ok && i == k && s[i] == '-' && p.spacedISOClock(true) {
		// 2024-03-02 09:30-10: an offset of the hour alone, as after
		// seconds (see spacedISOClock), or a range to 10:00 whose end
		// writes no minutes. It is read as the offset, with the other
		// reading marked (see RangeToo); it was dropped.
		if o, isOff := offsetAt(s, i, true); isOff && o.Form == layout.ZoneOffsetHour {
			z, ok, rangeToo = o, true, p.laterClock(o)
		}
	} else if ok && i == k && z.Form == layout.ZoneOffsetShort && s[i] == '-' && !p.isoClock() && p.laterClock(z) {
		rangeToo = true // 09:30-1000: at UTC-10:00, or to 10:00
	}
	if !ok && i > k {
		// 09:00:00 -03, 11:30 pm -03: an offset of the hour alone after
		// a space, as Go's zone database names the zones of South
		// America, the Gulf and the Pacific (America/Sao_Paulo's -03,
		// Asia/Dubai's +04, Pacific/Kiritimati's +14) and time.Format
		// writes them. The time was read in the reader's zone, hours
		// off, with nothing said (found by an adversarial review). A
		// range's end is none: 9:00 -10, 9 am -10 am.
		if o, isOff := offsetAt(s, i, true); isOff && o.Form == layout.ZoneOffsetHour && !p.rangeEndNotOffset(o) {
			if _, ampm := ampmAt(s, skipSpace(s, o.End)); !ampm {
				z, ok = o, true
			}
		}
	}
	if !ok && i > k {
		if e := zonePhraseAt(s, i); e > i {
			z, ok = Field{Start: i, End: e}, true // 10:00 pm Israel time
			z.Kind, z.Form = layout.Zone, layout.ZoneName
		}
	}
	if !ok || i == k && !rangeToo && p.rangeEndNotOffset(z) {
		return
	}
	if rangeToo {
		z.Flags |= RangeToo
	}
	if z.Form == layout.ZoneName {
		o, ok := offsetAt(s, z.End, true)
		if !ok && universal(s[z.Start:z.End]) {
			o, ok = bareOffsetAt(s, z.End) // GMT-7
		}
		if !ok {
			p.add(z)
			p.goMonotonic(p.last)
			return
		}
		if !universal(s[z.Start:z.End]) {
			p.add(z)
		}
		z = o
	}
	p.add(z)
	p.afterOffset(z)
	p.goMonotonic(p.last)
}

// rangeEndNotOffset reports whether z, read as an offset glued by its
// minus to a time of day ("kl. 11:00-12:30", "10:00-11:30"), is a range
// of times' end: where the time has no seconds and follows no ISO date's
// T, and the offset, read as a time of the same day, is later than it (on
// the clock of twelve after AM or PM: "10:00am-11:30").
// Event pages write times so far more often than an offset: the times
// were read at UTC-12:30 and UTC-11:30, hours off, with nothing said,
// and "10:00-13:00" at an offset no zone has. An offset after seconds
// (15:04:05-07:00) or an ISO time (2019-05-29T08:41-04:00), or earlier
// than the time (11:00-05:00), stays one.
func (p *parser) rangeEndNotOffset(z Field) bool {
	if z.Form != layout.ZoneOffset && z.Form != layout.ZoneOffsetHour || z.Value >= 0 || p.isoClock() {
		return false
	}
	return p.laterClock(z)
}

// laterClock reports whether offset z, read as a time of the same day,
// is later than the time of day just read, which has no seconds (see
// rangeEndNotOffset).
func (p *parser) laterClock(z Field) bool {
	if z.Value >= 0 {
		return false
	}
	minute, twelve := -1, false
	for j := p.n - 1; j >= 0; j-- {
		switch f := &p.buf[j]; f.Kind {
		case layout.Second, layout.Fraction:
			return false
		case layout.AMPM:
			twelve = true // 10:00am-11:30: both on the clock of twelve
		case layout.Minute:
			minute = f.Value
		case layout.Hour:
			start, end := f.Value*60+minute, -z.Value/60
			if twelve {
				start = f.Value%12*60 + minute
				return minute >= 0 && end > start && end <= 12*60+59
			}
			return minute >= 0 && end > start && end < 24*60
		}
	}
	return false
}

// isoClock reports whether the time of day just read follows the T of an
// ISO 8601 date and time, where an offset may be the hour alone (-04).
func (p *parser) isoClock() bool {
	for j := p.n - 1; j >= 0; j-- {
		if f := &p.buf[j]; f.Kind == layout.Hour {
			return f.Start > 0 && p.s[f.Start-1] == 'T'
		}
	}
	return false
}

// spacedISOClock reports whether the time of day just read follows an
// ISO 8601 date and a space, as PostgreSQL writes a timestamptz
// ("2024-03-02 10:39:00+00", "2024-03-02 22:39:00-05"), with its
// seconds, or, before a plus, which starts no range of times, without
// them: there an offset of the hour alone is glued to the time. Convert
// refused "+00" ("expected a date, found "+"), and scan dropped "-05",
// a day early (found by the forty-ninth adversarial review).
func (p *parser) spacedISOClock(plus bool) bool {
	seconds := false
	for j := p.n - 1; j >= 0; j-- {
		switch f := &p.buf[j]; f.Kind {
		case layout.Second, layout.Fraction:
			seconds = true
		case layout.Hour:
			b := f.Start - 11 // "2024-03-02 "
			if !seconds && !plus || b < 0 || p.s[f.Start-1] != ' ' {
				return false
			}
			d := p.s[b : f.Start-1]
			for k := range len(d) {
				if (k == 4 || k == 7) != (d[k] == '-') || k != 4 && k != 7 && !isDigit(d, k) {
					return false
				}
			}
			return b == 0 || !isDigit(p.s, b-1)
		}
	}
	return false
}

// afterOffset reads what may follow an offset off, after a space: its
// zone's name (-0600 MST, +0200 (CEST)), the offset again (+0300 +03,
// +0800 (GMT+08:00)), or a comment in brackets ((GMT Daylight Time)).
func (p *parser) afterOffset(off Field) {
	s := p.s
	if p.last < len(s) && s[p.last] == '[' {
		p.bracketedZone(off)
		return
	}
	j := skipSpace(s, p.last)
	if j == p.last || j >= len(s) {
		return
	}
	switch c := s[j]; {
	case c == '(':
		if z, ok := zoneAt(s, j+1); ok && z.Form == layout.ZoneName && z.End < len(s) {
			if s[z.End] == ')' {
				p.add(z)
				p.lit(z.End + 1)
				return
			}
			if o, ok := offsetAt(s, z.End, true); ok && universal(s[z.Start:z.End]) && o.Value == off.Value && o.End < len(s) && s[o.End] == ')' {
				p.add(o)
				p.lit(o.End + 1)
				return
			}
		}
		if e := commentEnd(s, j); e > 0 {
			p.lit(e)
		}
	case c == '+' || c == '-':
		if o, ok := offsetAt(s, j, true); ok && o.Value == off.Value {
			p.add(o)
		}
	default:
		if z, ok := zoneAt(s, j); ok && z.Form == layout.ZoneName {
			p.add(z)
		}
	}
}

// commentEnd returns the end of a comment in brackets at s[i], words of
// Latin letters such as "(GMT Daylight Time)", or 0 if there is none.
func commentEnd(s string, i int) int {
	letters := 0
	for j := i + 1; j < len(s) && j < i+64; j++ {
		switch c := s[j]; {
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			letters++
		case c == ' ' || c == '.' || c == '-' || c == '\'':
			// between the comment's words
		case c == ')':
			if letters < 2 {
				return 0
			}
			return j + 1
		default:
			return 0
		}
	}
	return 0
}

// goMonotonic reads, after a space at k, the reading of the monotonic
// clock that Go's time.Time.String writes after the zone
// (m=+0.000000001), as text.
func (p *parser) goMonotonic(k int) {
	s := p.s
	j := skipSpace(s, k)
	if j == k || j+3 >= len(s) || s[j] != 'm' || s[j+1] != '=' || s[j+2] != '+' && s[j+2] != '-' || !isDigit(s, j+3) {
		return
	}
	_, e, _ := number(s, j+3)
	if e+1 < len(s) && s[e] == '.' && isDigit(s, e+1) {
		_, e, _ = number(s, e+1)
	}
	if wordEnds(s, e) {
		p.lit(e)
	}
}

// machineNumber reads the phrases that start with a number and that the
// general reader (number) does not: it reports false, having read nothing,
// for any other.
func (p *parser) machineNumber(i, e, digits int) (int, bool) {
	s := p.s
	var next byte
	if e < len(s) {
		next = s[e]
	}
	switch {
	case digits == 8:
		return p.basicDate(i)
	case digits == 4 && next == ':' && isDigit(s, e+1):
		return p.colonDate(i)
	case digits == 4 && next == ' ' && (spacedDateAt(s, e) || spacedDateLineAt(s, i, e) || spacedDateProseAt(s, i, e)):
		return p.spacedDate(i) // 2018 01 26 7:54; 2018 01 26 on its own line; 1941 06 27 Kauno ...
	case digits == 4:
		return p.yearAfterClock(i, e)
	case digits > 2:
		// three digits, or five or more: not read here
	case next|0x20 >= 'a' && next|0x20 <= 'z' && compactDateAt(s, e):
		return p.compactDate(i, e) // 20Sep17, 01JAN2024
	case (next == 'h' || next == 'H') && isDigit(s, e+1), spacedH(s, e) > e:
		// 10h11, 19 h 04, and 17H40, as a heading in capitals writes it
		// ("LE 13 DÉCEMBRE DÈS 17H40", Massorti Toulouse, incoming.tsv),
		// where the hour alone was read (17H) and the minutes were not.
		return p.clockAt(i, 'h')
	case next == 'u' && isDigit(s, e+1) && p.dated():
		return p.clockAt(i, 'u') // 19u30, as Flemish pages write it
	case next == '.' && isDigit(s, e+1) && p.has(layout.Day) && p.has(layout.Month) && p.has(layout.Year) && sameLine(s, p.last, i):
		return p.dotClock(i)
	default:
		return p.hourOnly(i, e, digits)
	}
	return i, false
}

// compactDateAt reports whether the day in digits that ends at s[e] has a
// month's three-letter abbreviation and a year of two or four digits run
// together after it, and nothing after them: 20Sep17, 01JAN2024, and
// with the abbreviation's dot, 17Mar.23, as a layout of a language whose
// abbreviations have one (Portuguese's mar.) writes it.
func compactDateAt(s string, e int) bool {
	me := letterEnd(s, e)
	if me-e != 3 {
		return false
	}
	if w, ok := lookupLatin(s, e, me); !ok || w.kind != wMonth {
		return false
	}
	_, ye, digits := number(s, compactYear(s, me))
	return (digits == 2 || digits == 4) && wordEnds(s, ye) && !partOfNumber(s, ye)
}

// compactYear returns where the year of a compact date starts after its
// month, which ends at me: there, or after the abbreviation's dot.
func compactYear(s string, me int) int {
	if me < len(s) && s[me] == '.' {
		return me + 1
	}
	return me
}

// compactDate reads a date whose day, month and year are run together
// with no separator (see compactDateAt), as military and aviation
// date-time groups write it and as some pages and blogs copy it ("hoy en
// la tarde (20Sep17) da inicio el año 5778"): the day of digits that ends
// at e, the month's abbreviation in its case, and the year.
func (p *parser) compactDate(i, e int) (int, bool) {
	s := p.s
	day, ok := dayField(s[:e], i)
	if !ok || day.Value > 31 || p.has(layout.Day) || p.has(layout.Month) || p.has(layout.Year) {
		return i, false
	}
	day.Kind = layout.Day
	me := letterEnd(s, e)
	w, _ := lookupLatin(s, e, me)
	month := monthField(s, e, me, w)
	month.Kind = layout.Month
	ys := compactYear(s, me)
	v, ye, digits := number(s, ys)
	year := Field{Value: v, Start: ys, End: ye}
	year.Kind = layout.Year
	if digits == 2 {
		year.Form = layout.TwoDigit
	}
	p.add(day)
	p.add(month)
	p.add(year)
	return ye, true
}

// yearAfterClock reads the year after the time of day of a date without
// one, as Go's ANSIC, UnixDate and RubyDate layouts and C's asctime write
// it (Mon Jan  2 15:04:05 2006, Mon Jan 02 15:04:05 -0700 2006): a time
// with seconds, so that "March 5 at 10:30 1234 views" keeps its number.
func (p *parser) yearAfterClock(i, e int) (int, bool) {
	if !p.has(layout.Second) || !p.has(layout.Month) || !p.has(layout.Day) || p.has(layout.Year) || !yearEnds(p.s, e) {
		return i, false
	}
	v, _, _ := number(p.s, i)
	p.add(Field{Element: layout.Element{Kind: layout.Year}, Value: v, Start: i, End: e})
	return e, true
}

// sameLine reports whether no line break lies between s[from] and s[to]:
// a time written with a dot on the line after a date ("22 September
// 2025\n16.09 ...") is a list's next day and month as likely, and was
// read as 4:09 pm of the line before's date.
func sameLine(s string, from, to int) bool {
	return strings.IndexByte(s[from:to], '\n') < 0
}

// dotClock reads a time of day written with a dot after a whole date:
// 29.02.2020 13.12, 22nd June, 2016, 12.16 pm, and with its seconds, as
// Danish and Finnish write them ("tirsdag den 9. januar 2029 01.51.00"),
// where the minutes cannot be a month. Elsewhere 13.12 is a date, and
// 10.05.24 after a date another.
func (p *parser) dotClock(i int) (int, bool) {
	s := p.s
	h, e, _ := number(s, i)
	mi, e2, md := number(s, e+1)
	if h > 23 || md != 2 || e2+1 < len(s) && s[e2] == '.' && isDigit(s, e2+1) && (mi <= 12 || !dotSeconds(s, e2+1)) {
		return i, false
	}
	m := p.mark()
	k, ok := p.clockAt(i, '.')
	if !ok {
		p.reset(m)
	}
	return k, ok
}

// dotSeconds reports whether the seconds of a dotted time start at s[k]:
// two digits up to 59 that end the time.
func dotSeconds(s string, k int) bool {
	sec, e, digits := number(s, k)
	return digits == 2 && sec <= 59 && (e == len(s) || s[e] != '.' && wordEnds(s, e))
}

// hourOnly reads an hour with AM or PM and no minutes: 5 PM, 5 am UTC,
// 1 a.m.
func (p *parser) hourOnly(i, e, digits int) (int, bool) {
	s := p.s
	h, _, _ := number(s, i)
	if k, ok := p.hoursWord(i, e, digits); ok {
		return k, true
	}
	if k, ok := p.hourAfterWord(i, e, digits); ok {
		return k, true
	}
	if k, ok := p.hourWithPart(i, e, digits); ok {
		return k, true // às 4 da tarde de 14 de Maio de 1948
	}
	a, ok := ampmAt(s, skipSpace(s, e))
	if !ok || h < 1 || h > 12 || p.has(layout.Hour) {
		return i, false
	}
	hour := Field{Value: h, Start: i, End: e}
	hour.Kind, hour.Form = layout.Hour, hourForm(true, digits, s[i])
	m := p.mark()
	p.add(hour)
	hourAt := p.n - 1
	p.add(a)
	p.zones(p.last)
	if z := skipSpace(s, p.last); z > p.last && unknownZoneAt(s, z) {
		p.reset(m)
		return i, false // 5 PM HKT: see clockAt
	}
	p.clockRange(hourAt, true) // 7pm to 9pm, 11 AM - 1 PM
	return p.last, true
}

// hourRange reads, after a date with its day, a range of hours whose
// start has no minutes and whose end has AM or PM: "Friday, March 1,
// 2024, 7-9 pm", "7 to 9 PM", and with the end's minutes, "Shabbat, 19th
// January, 1 to 2:30 PM" (Brighton and Hove Progressive Synagogue's Tu
// Bishvat seder, seen by the 251st held-out round: a syntax error at the
// colon, and Find read the date without its time). The start takes the
// end's AM or PM where it is in the end's half of the day (see
// clockRange). The digits were read as a day, and the AM or PM, or the
// end's colon, failed the dateline ("expected a month name, found pm").
func (p *parser) hourRange(i, e int) (int, bool) {
	s := p.s
	h, _, digits := number(s, i)
	if h < 1 || h > 12 || p.has(layout.Hour) {
		return i, false
	}
	k := clockRangeJoin(s, e)
	if k < 0 {
		return i, false
	}
	eh, ee, ed := number(s, k)
	if ed == 0 || ed > 2 || eh < 1 || eh > 12 {
		return i, false
	}
	if ee+1 < len(s) && s[ee] == ':' {
		// 2:30 PM: the end's minutes, two digits, before its AM or PM.
		mi, me, md := number(s, ee+1)
		if md != 2 || mi > 59 {
			return i, false
		}
		ee = me
	}
	if _, ok := ampmAt(s, skipSpace(s, ee)); !ok {
		return i, false
	}
	m := p.mark()
	hour := Field{Value: h, Start: i, End: e}
	hour.Kind, hour.Form = layout.Hour, hourForm(false, digits, s[i])
	p.add(hour)
	p.clockRange(p.n-1, false)
	if !p.has(layout.AMPM) && p.buf[p.n-1].Flags&RangeEnd == 0 {
		p.reset(m)
		return i, false
	}
	return p.last, true
}

// hoursWords are the words that say a number after a date is an hour of
// the 24-hour clock, as Spanish and Portuguese pages write it: 20 hs.,
// 20 hrs, 20 horas; and German, Dutch, Hungarian and Serbian: um 19 Uhr,
// om 19 uur, 19 óra (and its cases "18 órakor", at, and "18 órától",
// from, glued to the hour or not: "szerdán 18órától"), u 19 časova
// (sati, časa); and French's and
// Portuguese's h, glued to the hour or not (à 19h, às 20h, à 19 h),
// where minutes may follow it (19h30, 19 h 04: see clockAt); and
// Flemish's u (uur), with or without its dot, "aanvang 19 u.", "om 20u"
// (and 19u30: see machineNumber); and Lithuanian's val. (valanda, hour):
// "rugsėjo 12 d., 19 val."; and Czech's and Slovak's hodin and hod.
// (hours): "od 18.15 hodin", "o 18.00 hod."; and Slovak's hodine (at the
// hour), after an hour written as an ordinal too, as Slovenian's uri:
// "v piatok 8. septembra o 18. hodine" (see ordinalHour); and Serbian Cyrillic's and
// Bulgarian's "у 18 часова", "в 18 часа", "18 ч."; and Slovenian's uri (at the
// hour), after an hour written as an ordinal, with its point, or not: "ob
// 11. uri" (see ordinalHour); and Catalan's hores: "a les 19 hores";
// and Russian's "в 19 часов" (hours), Ukrainian's "о 19 годині" and
// Belarusian's "а 19 гадзіне" (at the hour), after the hour written as an
// ordinal too, its ending after a hyphen: "о 19-й годині", "а 19-й
// гадзіне" (see ordinalHour). "Сёлета 3 красавіка, а 19-й гадзіне,
// пасля заходу сонца, пачынаецца ПЕСАХ" (Radio Racyja, the hundred-and-
// sixty-ninth held-out round) was no date; so was "3 апреля в 19 часов".
// The word may be glued to the hour: 20hs, 19h. French's heures and
// heure, as Spanish's horas: "à 20 heures", "à 8 heures du soir" were
// refused after the date ("expected a month name, found heures") where
// "à 20h" and "à 8h du soir" were read.
var hoursWords = [...]string{"hs", "hrs", "horas", "hr", "uhr", "uur", "óra", "órakor", "órától", "časova", "časa", "sati", "hodin", "hodine", "hod", "h", "u", "val", "uri", "hores", "heures", "heure",
	"часова", "сати", "часа", "ч", "часов", "годині", "гадзіне", "час"}

// minutesOnlyHoursWords are words for the hour, not among hoursWords, read only with minutes and a
// word for the minutes after them (see wordMinutes): Ukrainian's "год."
// (годин, hours) is Russian's year ("2024 год"), and "18 год. 30 хв." is
// an hour only by its minutes.
var minutesOnlyHoursWords = [...]string{"год"}

// pointHourWords are the words for the hour, in the locative, that may
// follow an hour written as an ordinal with its point: Slovenian's "ob
// 11. uri" and Slovak's "o 18. hodine" (at the 11th, the 18th hour).
var pointHourWords = [...]string{"uri", "hodine"}

// ordinalHour returns where the word after an hour that ends at s[e]
// starts, after the point of an hour written as an ordinal before one of
// pointHourWords, or after the hyphened ending of one before
// ordinalHourWords; or e. Only before those words: "19. Uhr" is no
// German, and a number with a point before another word is a day.
func ordinalHour(s string, e int) int {
	if e < len(s) && s[e] == '.' {
		if k := skipSpace(s, e+1); k > e+1 && isWordOf(s[k:latinWord(s, k)], pointHourWords[:]) {
			return e + 1
		}
	}
	if e < len(s) && s[e] == '-' {
		// Ukrainian's and Belarusian's: "о 19-й годині", "о 19-ій
		// годині", "а 19-й гадзіне"; "19-й" alone may be a day.
		o := latinWord(s, e+1)
		if w := s[e+1 : o]; !foldEquals(w, "й") && !foldEquals(w, "ій") {
			return e
		}
		if k := skipSpace(s, o); k > o && isWordOf(s[k:latinWord(s, k)], ordinalHourWords[:]) {
			return o
		}
	}
	return e
}

// belarusianAtHour returns the index of the hour after Belarusian's "а"
// (at) at s[i], where the hour has "гадзіне" (at the hour) after it: "3
// красавіка, а 19-й гадзіне", "а 19 гадзіне"; or i. Before anything
// else "а" is the conjunction of Russian and Belarusian (and, but: "3
// красавіка, а 4 красавіка ..."), which joins no hour to a date.
func belarusianAtHour(s string, i int) int {
	e, ok := matchFolded(s, i, "а")
	if !ok || !wordEnds(s, e) {
		return i
	}
	k := skipSpace(s, e)
	h, d, digits := number(s, k)
	if k == e || digits == 0 || digits > 2 || h > 23 {
		return i
	}
	if a := skipSpace(s, ordinalHour(s, d)); foldEquals(s[a:latinWord(s, a)], "гадзіне") {
		return k
	}
	return i
}

// ordinalHourWords are the words for the hour that may follow an hour
// written as an ordinal with its hyphened ending (see ordinalHour).
var ordinalHourWords = [...]string{"годині", "гадзіне"}

// partAfterHoursWord reports whether a part of the day that holds the
// hour h follows the word for the hour that ends at s[we]: "à 8 h du
// soir".
func partAfterHoursWord(s string, we, h int) bool {
	if h > 12 {
		h -= 12
	}
	_, found, ok := partOfDayAt(s, we, h)
	return found && ok
}

// isHoursWord reports whether t is one of hoursWords, in any case.
func isHoursWord(t string) bool {
	for _, w := range hoursWords {
		if len(w) == len(t) && foldEqual(t, w) {
			return true
		}
	}
	return false
}

// hoursWordAfter reports whether one of hoursWords follows s[:e], after
// spaces or glued to it: "ab 19 Uhr", "à 19h", whose number is an hour;
// or Yiddish's after a space (see yiddishHours): "16 אַ״ז".
func hoursWordAfter(s string, e int) bool {
	k := skipSpace(s, e)
	if k > e && k < len(s) && s[k] == 0xD7 {
		d := e
		for d > 0 && isDigit(s, d-1) {
			d--
		}
		h, _, _ := number(s, d)
		return d < e && h >= 13 && h <= 23 && yiddishHours(s, k) > k
	}
	if k == e {
		k = skipSpace(s, ordinalHour(s, e))
	}
	return isHoursWord(s[k:latinWord(s, k)])
}

// yiddishHours returns the end of Yiddish's words for o'clock at s[k],
// "אַ זייגער" (a zeyger), or their abbreviation "אַ״ז", with or without
// the patah under the alef, with gershayim or a double quote: "16 אַ״ז",
// "7 א זייגער" (YIVO's spelling and the Hasidic press's); or k. The
// abbreviation is looked at only after an hour's number, where "a" and a
// word starting with ז are no prose of Yiddish. Yiddish says the hours of
// a twelve-hour clock so too ("10 אַ זייגער אין דער פֿרי", in the
// morning; "4 אַ זייגער נאָכמיטאָג"), with a word for the part of the day
// after them: only an hour from 13 to 23 is read with them, as no guess.
func yiddishHours(s string, k int) int {
	const alef, patah, zayin, zeyger = "א", "\u05B7", "ז", "זייגער"
	if !strings.HasPrefix(s[k:], alef) {
		return k
	}
	j := k + len(alef)
	if strings.HasPrefix(s[j:], patah) {
		j += len(patah)
	}
	if r, n := decode(s, j); r == '״' || r == '"' {
		if e := j + n + len(zayin); strings.HasPrefix(s[j+n:], zayin) && !letterAfter(s, e) {
			return e
		}
		return k
	}
	if e := j + 1 + len(zeyger); j < len(s) && s[j] == ' ' && strings.HasPrefix(s[j+1:], zeyger) && !letterAfter(s, e) {
		return e
	}
	return k
}

// hoursWord reads an hour written alone with a word that says so after a
// whole date ("Domingo 25/9 Erev Rosh Hashaná 20 hs."): an Hour field of
// the 24-hour clock, and the word, with its dot, as text. The end of a
// range may be 24, the end of the day, as a clock's 24:00 ends one ("von
// 18 bis 24 Uhr", "de 18h à 24h", which were syntax errors at the end).
func (p *parser) hoursWord(i, e, digits int) (int, bool) {
	s := p.s
	h, _, _ := number(s, i)
	if h > 24 || h == 24 && !p.rangeEnd || p.has(layout.Hour) {
		return i, false
	}
	if !p.dated() && !p.rangeEnd {
		return p.leadingTime(i, func() (int, bool) { return p.hoursWordAt(i, e, digits, h) })
	}
	return p.hoursWordAt(i, e, digits, h)
}

// hoursWordAt is hoursWord past its test of what was read before it.
func (p *parser) hoursWordAt(i, e, digits, h int) (int, bool) {
	s := p.s
	if i >= 2 && s[i-1] == '-' && letterBefore(s, i-1) {
		// "January-0 u": a number glued to a month by a dash is its
		// year (January-15, Jan-15), whatever follows, or a layout
		// that read it as an hour would write one that reads as a year.
		return i, false
	}
	if afterDayDash(s, i) && !p.rangeEnd {
		// "January 2–0 U": a number after a day and a dash ends a
		// range of days, or a layout that read it as an hour would
		// write "January 2–15 U", which reads as one. The end of a
		// range of hours is read after its start, an hour (see
		// dashedHours): "18-20 Uhr".
		return i, false
	}
	k := skipSpace(s, ordinalHour(s, e))
	we := latinWord(s, k)
	if he := hourEnding(s, e, true); he > e {
		k, we = e, he // délután 5-kor: Hungarian's "at" glued to the hour
	}
	needPart := false
	if k > e && k < len(s) && s[k] == 0xD7 {
		// 16 אַ״ז; an hour of the twelve, "8 אַ זייגער אין אָוונט", with
		// the part of the day that says which half it is in.
		we = yiddishHours(s, k)
		needPart = h <= 12
		if needPart && (h == 0 || we == k) {
			return i, false
		}
	}
	if we == k || s[k] != 0xD7 && s[k] != '-' && !isHoursWord(s[k:we]) && !isWordOf(s[k:we], minutesOnlyHoursWords[:]) {
		return p.hoursRange(i, e, digits)
	}
	if a := skipSpace(s, we); a+3 <= len(s) && foldASCIIEqual(s[a:a+3], "ago") && wordEnds(s, a+3) {
		return i, false // "2 hrs ago": a span of time, not an hour
	}
	if a := skipSpace(s, we); k > e && we-k == 1 && isWordStart(s, a) && !partAfterHoursWord(s, we, h) {
		// "5 h later": a span too; "à 19 h" ends the time, and so does
		// "à 8 h du soir", the part of the day after it, which was
		// refused where "à 8h du soir" was read.
		return i, false
	}
	hw := s[k:we]
	if we < len(s) && s[we] == '.' {
		we++
	}
	hour := Field{Value: h, Start: i, End: e}
	hour.Kind, hour.Form = layout.Hour, hourForm(false, digits, s[i])
	m := p.mark()
	p.add(hour)
	hourAt := p.n - 1
	p.lit(we)
	if !p.wordMinutes(we, hw) && isWordOf(hw, minutesOnlyHoursWords[:]) {
		p.reset(m)
		return i, false // 18 год. alone: Russian's year, not Ukrainian's hours
	}
	read, bad := p.partOfDay(hourAt, digits, s[i])
	if bad || needPart && !read {
		p.reset(m)
		return i, false // 3h du soir: no hour the evening has; 4 אַ זייגער alone: which 4
	}
	if !read && we == e+1 {
		p.clockRange(hourAt, false) // de 17h à 19h, van 20u tot 22u
	}
	if !p.has(layout.Zone) {
		p.zones(p.last) // 19 Uhr MEZ, as 19:00 MEZ (see suffix)
	}
	return p.last, true
}

// minuteWords are the words for the minutes of a time of day said in
// words after the word for its hour: Hungarian's perc (minute), and its
// cases perckor (at), perctől (from) and percig (until); Russian's мин.
// (минут), Ukrainian's хв. (хвилин), French's minutes, German's Minuten
// and Dutch's minuten.
var minuteWords = [...]string{"perc", "perckor", "perctől", "percig", "мин", "минут", "минуты", "хв", "хвилин", "хвилини", "min", "minutes", "minuten"}

// minuteAbbrevs are the minuteWords that are abbreviations, whose point
// is theirs.
var minuteAbbrevs = [...]string{"мин", "хв", "min"}

// bareMinutesHoursWords are the words for the hour after which a
// number of two digits alone is the time's minutes: "17 Uhr 50", "17
// heures 50", "18 uur 30".
var bareMinutesHoursWords = [...]string{"uhr", "heures", "heure", "uur"}

// wordMinutes reads the minutes of a time of day said in words after the
// word for its hour, hw, which ends at s[k], and reports whether it read
// them: "19 óra 30 perctől" (from 19 hours 30 minutes), "17 ч. 50 мин.",
// "18 час. 30 мин.", "18 год. 30 хв.", and after German's, French's and
// Dutch's word, two digits without a word: "17 Uhr 50", "17 heures 50",
// "18 uur 30", where no word follows them. "Október 26-án a Zsinagógában 19 óra 30 perctől fellép a
// Pressburger klezmer band" (visithusrb.com, the three-hundredth
// held-out round) was read at 19:00, the minutes left out with nothing
// said, and so were "Freitag, 1. März 2024, 17 Uhr 50" and "1 марта 2024
// г., 17 ч. 50 мин." (the adv53 hostile round), whose evening after
// sunset is the next Hebrew day. Otherwise a number needs one of
// minuteWords after it ("19 óra 30" may be anything), and none above 59
// is read.
func (p *parser) wordMinutes(k int, hw string) bool {
	s := p.s
	j := skipSpace(s, k)
	mi, e, md := number(s, j)
	if j == k || md == 0 || md > 2 || mi > 59 {
		return false
	}
	w := skipSpace(s, e)
	we := latinWord(s, w)
	switch {
	case w > e && isWordOf(s[w:we], minuteWords[:]) && (wordEnds(s, we) || s[we] == '.'):
		if we < len(s) && s[we] == '.' && isWordOf(s[w:we], minuteAbbrevs[:]) {
			we++ // мин., хв.: the abbreviation's point
		}
	case md == 2 && isWordOf(hw, bareMinutesHoursWords[:]) && wordEnds(s, e) && !(e < len(s) && (s[e] == ':' || s[e] == '.' || s[e] == '-') && isDigit(s, e+1)) && !isWordStart(s, w) && !isDigit(s, w):
		// Not before a word: "um 19 Uhr 30 Personen" counts people.
		we = e
	default:
		return false
	}
	minute := Field{Value: mi, Start: j, End: e}
	minute.Kind, minute.Form = layout.Minute, sixtyForm(md)
	p.add(minute)
	p.lit(we)
	return true
}

// afterDayDash reports whether a day's one or two digits and a dash,
// spaced or not, end s[:i]: 2–, 12 - ; a year's (2022 - 20 hs) do not.
func afterDayDash(s string, i int) bool {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j == 0 {
		return false // at the text's start: no day before
	}
	r, n := lastRune(s, j)
	if !script.IsDash(r) {
		return false
	}
	j -= n
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	d := j
	for d > 0 && isDigit(s, d-1) {
		d--
	}
	return j-d == 1 || j-d == 2
}

// amountAt reports whether the number at s[i] is an amount of money, a
// currency's sign right before it: "Price: $20 March 3, 2024" was read as
// the 20th of March, "Tickets: $20 - 5 Adar 5784" as the 20th of Adar,
// the price taken for the day with nothing said. No date writes such a
// sign before its day.
func amountAt(s string, i int) bool {
	if i == 0 {
		return false
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return c == '$'
	}
	return unicode.Is(unicode.Sc, lastRuneOf(s, i))
}

// numberLabels are the abbreviations that label the number after them as
// one of a series, an issue's, a volume's, a page's, an article's: never
// a date's day.
var numberLabels = [...]string{"no.", "nr.", "nro.", "nº", "n°", "№", "vol.", "p.", "pp.", "art."}

// numberLabelBefore reports whether a label of numberLabels, or "#",
// stands right before the number at s[i]: "Vol. 5784 No. 22" above "May
// 2024 Newsletter" was May 22, 2024, an issue's number taken for the
// day of the month its next line names, and "#22 May 2024" so too.
func numberLabelBefore(s string, i int) bool {
	if i > 0 && s[i-1] == '#' || strings.HasSuffix(s[:i], "№") {
		return true
	}
	k := trimSpaceBefore(s, i)
	if k == i || k == 0 || s[k-1] != '.' && s[k-1] != 0xBA && s[k-1] != 0xB0 && s[k-1] != 0x96 {
		return false // most numbers: no point or sign before the space
	}
	b := markedWordBefore(s, k) // a line's start too: "2024\nNr. 5"
	return isWordOf(s[b:k], numberLabels[:])
}

// nameNumberAt reports whether the number at s[i] ends a name that a
// hyphen joins it to, a word of Latin letters before the hyphen:
// "COVID-19 March 2020 lockdown" was March 19, 2020, the disease's
// number taken for the day, as "F-16", "MH-17" and "Boeing 737-800"
// would be. A day after a Hebrew prefix and its hyphen ("ב-15 במרץ", on
// the 15th of March), or after a weekday's or month's name and a hyphen
// ("Mon-15 March 2024"), is a day, as is one after a dash with spaces.
func nameNumberAt(s string, i int) bool {
	if i < 2 || s[i-1] != '-' {
		return false
	}
	if c := s[i-2] | 0x20; c < 'a' || c > 'z' {
		return false
	}
	b := asciiLettersBefore(s, i-1)
	w, ok := lookupLatin(s, b, i-1)
	return !ok || w.kind != wWeekday && w.kind != wMonth
}

// letterBefore reports whether a letter of a word, Latin or another
// script's, ends s[:i].
func letterBefore(s string, i int) bool {
	r := lastRuneOf(s, i)
	return script.IsLatinLetter(r) || script.IsOtherLetter(r)
}

// hourWordsBefore are the words that say the number after them, after a
// whole date, is an hour of the 24-hour clock, as Italian, Polish and
// Romanian pages write it: "Domenica 29 ottobre 2023, ore 14", "1 lutego,
// godz. 16.00", "2 iunie 2013, la ora 19", "sabato 5 aprile alle 20.30"
// (Italian's "at the", before the hour as before "ore"), "o g. 17.45"
// (Polish's godz. cut to its letter), "fredag den 11. oktober kl.18"
// (Danish's, Norwegian's and Swedish's kl., klokken or klockan, o'clock,
// glued to its hour or not), and as Finnish, Estonian and Latvian write
// their o'clock: "24.12.2016 klo 18", "kello 18", "kell 18", "plkst. 18"
// or "pulksten 14";
// an AM or PM after the hour makes it one of the 12-hour clock: "la ora
// 10 a.m.", see hourOnly. Latvian cuts its o'clock to "pl." too:
// "Svētdien, 12. martā pl. 15.00 Rēzeknes ebreju kopiena ielūdz uz Purima
// svētkiem" (the Rēzekne Green Synagogue, 2017; incoming.tsv), whose time
// was not read. Polish's word for hour in full is one of them too, in the
// cases of polishHourWords.
var hourWordsBefore = append([]string{"ore", "godz", "g", "ora", "alle", "kl", "klockan", "klo", "kello", "kell", "plkst", "pulksten", "pl"}, polishHourWords[:]...)

// scriptHourWordsBefore are the words for "at" (the hour) in the scripts
// that write from right to left, before an hour without its minutes after
// a whole date: Hebrew's "בשעה" and "השעה" (at the hour, the hour),
// Yiddish's "אום" (at), Arabic's "الساعة" and Persian's "ساعت" (the
// hour). "ההרצאה תתקיים ב-2 במרץ 2024 בשעה 20" and "… בשעה 8 בערב"
// were read as the day alone, 22 Adar I 5784 with nothing said, where
// "בשעה 20:00" was read at 8 pm, which in Jerusalem is after sunset and
// so 23 Adar I; in a dateline of its own, "2 במרץ 2024 בשעה 8 בערב" was
// refused ("expected a month name, found בערב"). As in hebrewWordHour,
// an hour from 1 to 12 is read only with a part of the day after it that
// says its half ("בשעה 8 בערב", "الساعة 8 مساءً"): "בשעה 8" alone is
// 8:00 or 20:00, and is left unread as before; 0 and 13 to 23 are read
// alone.
var scriptHourWordsBefore = [...]string{"בשעה", "השעה", "אום", "الساعة", "ساعت"}

// scriptHourWordBefore reports whether the text s[from:i] before a number
// ends with one of scriptHourWordsBefore and a space, as a word of its
// own.
func scriptHourWordBefore(s string, from, i int) bool {
	j := trimSpaceBefore(s, i)
	if j == i || j == 0 || s[j-1] < 0x80 {
		return false // the cheap test first: an ASCII letter or mark ends most words before a number
	}
	w := wordBefore(s, j)
	return w >= from && w < j && slices.Contains(scriptHourWordsBefore[:], s[w:j])
}

// cutHourWords are the words of hourWordsBefore cut short, which are
// taken only with their dot: a letter or two alone is too often other
// text ("MAA 1 g 27 IYAr").
var cutHourWords = [...]string{"g", "pl"}

// cutHourWord reports whether w is one of cutHourWords.
func cutHourWord(w string) bool {
	for _, c := range cutHourWords {
		if w == c {
			return true
		}
	}
	return false
}

// hourAfterWord reads an hour after one of hourWordsBefore and a date
// (see hoursWord): the hour alone, or with its minutes after a dot or a
// colon (godz. 16.00).
func (p *parser) hourAfterWord(i, e, digits int) (int, bool) {
	s := p.s
	h, _, _ := number(s, i)
	script12 := scriptHourWordBefore(s, p.last, i)
	bare := !script12 && partHourAfterDate(s, p.last, i, e)
	if h > 23 || !p.dated() || p.has(layout.Hour) || !script12 && !bare && !hourWordBefore(s, p.last, i) && !articleHourBefore(s, p.last, i, e) && !laHoraBefore(s, p.last, i) {
		return i, false
	}
	if e+2 < len(s) && (s[e] == '.' || s[e] == ':') && isDigit(s, e+1) {
		m := p.mark()
		k, ok := p.clockAt(i, s[e])
		if !ok {
			p.reset(m)
		}
		return k, ok
	}
	if e < len(s) && (isDigit(s, e) || script.IsLatinLetter(rune(s[e]))) {
		return i, false
	}
	if _, ok := ampmAt(s, skipSpace(s, e)); ok {
		return i, false // la ora 10 a.m.: hourOnly reads it
	}
	if strings.IndexByte(s[p.last:i], '\n') >= 0 && dateAfterHour(s, e) {
		// "venerdì 16 settembre 2022\nore 12 venerdì 23 settembre":
		// the next line's hour is of the date after it, not this one's.
		return i, false
	}
	hour := Field{Value: h, Start: i, End: e}
	hour.Kind, hour.Form = layout.Hour, hourForm(false, digits, s[i])
	m := p.mark()
	p.add(hour)
	read, bad := p.partOfDay(p.n-1, digits, s[i])
	if bad {
		// alle 21 di mattina: the hour is in no such part of the day.
		p.reset(m)
		return i, false
	}
	if bare && !read {
		p.reset(m)
		return i, false // see partHourAfterDate
	}
	if script12 && !read && h >= 1 && h <= 12 {
		// בשעה 8, الساعة 8: which half of the day is not said (see
		// scriptHourWordsBefore).
		p.reset(m)
		return i, false
	}
	// A part of the day after the hour makes it one of the 12-hour
	// clock: "sabato 12 aprile 2025 alle 9 di sera" was read at 09:00,
	// and is 21:00.
	return p.last, true
}

// partHourAfterDate reports whether the hour at s[i:e] follows the date
// that ends at s[from] right away, after spaces or a comma alone, and a
// part of the day of partsOfDay follows it: "2 במרץ 2024 8 בערב", "March
// 2, 2024, 8 in the evening", "2 марта 2024 8 вечера", with no word for
// "at" (בשעה, at, в) before the hour. The part says the number is an hour
// and which half of the day it is in, as AM and PM do (see hourOnly);
// such an hour was left unread, Find reading the day alone with nothing
// said and Check refusing the dateline at the part ("expected a month
// name, found בערב"). The hour is read only with its part (hourAfterWord
// resets it otherwise): "March 2, 2024 8 copies" is no time.
func partHourAfterDate(s string, from, i, e int) bool {
	j := trimSpaceBefore(s, i)
	if j > from && s[j-1] == ',' {
		j = trimSpaceBefore(s, j-1)
	}
	if j != from || j == i || strings.IndexByte(s[from:i], '\n') >= 0 {
		return false
	}
	_, found, _ := partOfDayAt(s, e, 1)
	return found
}

// dateAfterHour reports whether a weekday, or a day and month, follows
// the hour that ends at s[e], after spaces and a comma, "di" or "del":
// the date that hour is of (see hourLead).
func dateAfterHour(s string, e int) bool {
	j := skipSpace(s, e)
	if j < len(s) && s[j] == ',' {
		j = skipSpace(s, j+1)
	} else if d := matchWords(s, j, hourOfWords[:]...); d > j {
		j = skipSpace(s, d)
	}
	return weekdayOrDayMonthAt(s, j)
}

// weekdayOrDayMonthAt reports whether a weekday's name, or a day and a
// month's name (see dayMonthAt), starts at s[j]: the date an hour before
// it is of.
func weekdayOrDayMonthAt(s string, j int) bool {
	w, _, ok := wordAt(s, j)
	return ok && w.kind == wWeekday || dayMonthAt(s, j)
}

// articleHourBefore reports whether Spanish's or Catalan's "a las" or
// "a les" (at the) ends s[from:i] before the hour that ends at s[e], and
// a part of the day follows it: "a les 8 del vespre", "a las 9 de la
// noche". Without the part the hour alone is no time: "a las 9" is said
// of the morning and the evening alike.
func articleHourBefore(s string, from, i, e int) bool {
	if !partAfterHour(s, e) {
		return false // the cheap test first
	}
	j := trimSpaceBefore(s, i)
	w := wordBefore(s, j)
	if w < from || w == j || !isWordOf(s[w:j], []string{"las", "les"}) {
		return false
	}
	a := wordBefore(s, trimSpaceBefore(s, w))
	return a >= from && foldEquals(s[a:trimSpaceBefore(s, w)], "a")
}

// hourWordBefore reports whether the text s[from:i] before a number ends
// with one of hourWordsBefore, and a dot, spaces or both after it.
func hourWordBefore(s string, from, i int) bool {
	j := i
	for j > from && (s[j-1] == ' ' || s[j-1] == '.') {
		j--
	}
	if j == i {
		return false
	}
	for _, w := range hourWordsBefore {
		k := j - len(w)
		if cutHourWord(w) && (j >= len(s) || s[j] != '.') {
			continue // a word cut short (g., pl.) only with its dot
		}
		if k >= from && foldASCIIEqual(s[k:j], w) && (k == 0 || !script.IsLatinLetter(lastRuneOf(s, k))) {
			return true
		}
	}
	return false
}

// foldEqual reports whether s is w (lower case) in any letter case,
// without allocating: Óra is óra.
func foldEqual(s, w string) bool {
	i, j := 0, 0
	for i < len(s) && j < len(w) {
		r, n := decode(s, i)
		q, m := decode(w, j)
		if script.FoldCase(r) != q {
			return false
		}
		i, j = i+n, j+m
	}
	return i == len(s) && j == len(w)
}

// foldASCIIEqual reports whether s is w (lower case) in any ASCII case.
func foldASCIIEqual(s, w string) bool {
	for j := 0; j < len(s); j++ {
		if s[j]|0x20 != w[j] {
			return false
		}
	}
	return true
}

// noon reads noon or midnight after a date ("November 19, 2014 at noon"):
// an hour with no minutes whose Text is the word and Of its hour, 12 or 0.
func (p *parser) noon(i, e int, w word) (int, bool) {
	if !p.dated() || p.has(layout.Hour) {
		return i, p.fail(i, "a date")
	}
	f := Field{Value: int(w.value), Start: i, End: e}
	f.Kind, f.Form, f.Text, f.Of = layout.Hour, layout.Hour24, p.s[i:e], w.value
	p.add(f)
	p.zones(p.last)
	return p.last, true
}

// twelveNoon reads "12 noon", "12 midnight", "12:00 noon", as event pages
// write the hour that a.m. and p.m. do not say plainly, as noon reads the
// word alone: an hour whose text names it. The digits ending at e were
// read as a day, and the word failed the dateline ("expected a month
// name").
func (p *parser) twelveNoon(i, e int) (int, bool) {
	s := p.s
	if strings.HasPrefix(s[e:], ":00") {
		e += len(":00")
	}
	k := skipSpace(s, e)
	w, we, ok := p.wordAt(k)
	if k == e || !ok || w.kind != wNoon || p.has(layout.Hour) {
		return i, false
	}
	f := Field{Value: int(w.value), Start: i, End: we}
	f.Kind, f.Form, f.Text, f.Of = layout.Hour, layout.Hour24, s[i:we], w.value
	p.add(f)
	p.zones(p.last)
	return p.last, true
}

// colonDate reads a date written year first with colons, as EXIF writes
// it: 2012:08:03.
func (p *parser) colonDate(i int) (int, bool) {
	s := p.s
	y, e1, _ := number(s, i)
	mo, e2, md := number(s, e1+1)
	if md == 0 || md > 2 || e2+1 >= len(s) || s[e2] != ':' || !isDigit(s, e2+1) {
		return i, false
	}
	d, e3, dd := number(s, e2+1)
	if dd > 2 || mo < 1 || mo > 12 || d < 1 || d > 31 || !wordEnds(s, e3) || e3+1 < len(s) && s[e3] == ':' && isDigit(s, e3+1) {
		return i, false
	}
	if p.has(layout.Day) || p.has(layout.Month) || p.has(layout.Year) {
		return i, false
	}
	year := Field{Value: y, Start: i, End: e1}
	year.Kind = layout.Year
	month := Field{Value: mo, Start: e1 + 1, End: e2}
	month.Kind, month.Form = layout.Month, monthNumericForm(dayForm(s, e1+1, md))
	day := Field{Value: d, Start: e2 + 1, End: e3}
	day.Kind, day.Form = layout.Day, dayForm(s, e2+1, dd)
	samePadding(s, true, &month, &day)
	p.add(year)
	p.add(month)
	p.add(day)
	return e3, true
}

// basicDate reads a date of ISO 8601's basic format, eight digits, year,
// month and day: 20140601. Free text has too many numbers of eight digits
// for it, so only a whole dateline is read so (the rule for a bare
// number of eight digits: a date only where it is the whole dateline, or
// where a T and a time in the same basic format follow it, as a machine
// writes a timestamp; a number in prose is no date). With that time,
// "20240302T103900Z" (see basicTime), it was refused.
func (p *parser) basicDate(i int) (int, bool) {
	s := p.s
	timed := i+8 < len(s) && s[i+8] == 'T'
	if p.list || p.item || p.has(layout.Day) || p.has(layout.Month) || p.has(layout.Year) || !timed && !wordEnds(s, i+8) {
		return i, false
	}
	y, _, _ := number(s[:i+4], i)
	mo, _, _ := number(s[:i+6], i+4)
	d, _, _ := number(s[:i+8], i+6)
	if y < 1000 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return i, false
	}
	m := p.mark()
	p.addPaddedYMD(y, mo, d, i, i+4, i+6)
	if timed {
		if k, ok := p.basicTime(i + 9); ok {
			return k, true
		}
		p.reset(m)
		return i, p.fail(i+9, "a time of ISO 8601's basic format")
	}
	return i + 8, true
}

// basicTime reads at s[i], after a basic date's T, a time of ISO 8601's
// basic format, hour, minute and seconds of two digits each or the hour
// and minute alone, with its zone or not: 103900Z, 1039+0200, 103900.
func (p *parser) basicTime(i int) (int, bool) {
	s := p.s
	_, e, digits := number(s, i)
	if digits != 4 && digits != 6 {
		return i, false
	}
	h, _, _ := number(s[:i+2], i)
	mi, _, _ := number(s[:i+4], i+2)
	if h > 23 || mi > 59 {
		return i, false
	}
	hour := Field{Value: h, Start: i, End: i + 2}
	hour.Kind, hour.Form = layout.Hour, layout.Hour24Pad
	minute := Field{Value: mi, Start: i + 2, End: i + 4}
	minute.Kind, minute.Form = layout.Minute, layout.Padded
	p.add(hour)
	p.add(minute)
	if digits == 6 {
		sec, _, _ := number(s[:i+6], i+4)
		if sec > 59 {
			return i, false
		}
		second := Field{Value: sec, Start: i + 4, End: i + 6}
		second.Kind, second.Form = layout.Second, layout.Padded
		p.add(second)
	}
	p.zones(e)
	if !wordEnds(s, p.last) {
		return i, false
	}
	return p.last, true
}

// addPaddedYMD adds a date written year first in numbers of four, two
// and two digits, at s[ys], s[ms] and s[ds]: 20140601, 2018 01 26.
func (p *parser) addPaddedYMD(y, mo, d, ys, ms, ds int) {
	year := Field{Value: y, Start: ys, End: ys + 4}
	year.Kind = layout.Year
	month := Field{Value: mo, Start: ms, End: ms + 2}
	month.Kind, month.Form = layout.Month, layout.NumericPad
	day := Field{Value: d, Start: ds, End: ds + 2}
	day.Kind, day.Form = layout.Day, layout.Padded
	p.add(year)
	p.add(month)
	p.add(day)
}

// dashedHours reads, after a date, a range of hours joined by a dash with
// the word for o'clock after its end only: Lithuanian "gegužės 19 d.,
// sekmadienį, 12-15 val.", German "19. Mai 2024, 18-20 Uhr", Dutch
// "18-20 uur", Hungarian "18-20 óra", Czech "18-20 hod.". Read as days,
// the two numbers wanted a month after them, and the date was cut before
// its time. Only after a date whose time is not yet read, and only where
// the end is an hour with the word after it (see hoursRangeAfter): a
// dash between two numbers is a range of days far more often.
func (p *parser) dashedHours(i, e, v, digits int) (int, bool) {
	if digits > 2 || v > 23 || p.s[e] == '.' || !p.dated() && p.n > 0 || p.has(layout.Hour) || rangeDash(p.s, e) < 0 {
		return i, false
	}
	if !p.dated() {
		return p.leadingTime(i, func() (int, bool) { return p.hoursRange(i, e, digits) })
	}
	return p.hoursRange(i, e, digits)
}

// leadingTime reads, with read, a time of day whose hour has no minutes
// at the start of the dateline, where a comma after it parts it from the
// date it is the time of: German "11-18 Uhr, Sonntag, 21. Mai" (an event
// calendar's hours, then its day), "11 Uhr, Sonntag, 21. Mai 2023",
// French "19h, jeudi 4 septembre", English "7–9 pm, Thursday, Feb. 20".
// Read as days, the numbers wanted a month after them (or, Find, read
// the date alone or the range's end as its time: "9 pm, Thursday"). No
// comma, no time: an hour's number before other words may be a count
// ("2 hrs ago"), and the dateline must still name its day.
func (p *parser) leadingTime(i int, read func() (int, bool)) (int, bool) {
	if p.n > 0 {
		return i, false
	}
	m := p.mark()
	k, ok := read()
	if !ok {
		return i, false
	}
	c := skipSpace(p.s, k)
	if w := latinWord(p.s, c); w > c && isHoursWord(p.s[c:w]) {
		p.lit(w) // the word for o'clock after the range's end: 11-18 Uhr
		k, c = w, skipSpace(p.s, w)
	}
	if c >= len(p.s) || p.s[c] != ',' {
		p.reset(m)
		return i, false
	}
	return k, true
}

// hoursRange reads an hour that starts a range of hours whose word for
// o'clock comes after its end only, "od 10 do 15 sati", "od 10 do 17
// hodin" (from 10 to 15 o'clock): an Hour field, and the end as
// clockRange reads it. The hour is the dateline's time, as a range of
// days is its first day's.
func (p *parser) hoursRange(i, e, digits int) (int, bool) {
	s := p.s
	if p.rangeEnd || !hoursRangeAfter(s, e) {
		return i, false
	}
	h, _, _ := number(s, i)
	hour := Field{Value: h, Start: i, End: e}
	hour.Kind, hour.Form = layout.Hour, hourForm(false, digits, s[i])
	m := p.mark()
	p.add(hour)
	p.clockRange(p.n-1, false)
	if p.last == e {
		p.reset(m)
		return i, false
	}
	return p.last, true
}

// hoursRangeAfter reports whether, after the hour that ends at s[e], the
// end of a range of hours follows with the word for o'clock after it: "do
// 15 sati" (see hoursRange).
func hoursRangeAfter(s string, e int) bool {
	if k := skipSpace(s, e); k < len(s) && s[k] < 0x80 && script.Class[s[k]]&script.ClassLetter != 0 {
		// The cheap test first: most words after a number are no "to"
		// with an hour after it, and are not looked up.
		if w := latinWord(s, k); !isDigit(s, skipSpace(s, w)) || skipSpace(s, w) == w {
			return false
		}
	}
	j := clockRangeJoin(s, e)
	if j < 0 {
		return false
	}
	h, e2, digits := number(s, j)
	return digits > 0 && digits <= 2 && h <= 24 && hoursWordAfter(s, e2)
}

// spacedDateAt reports whether, after the year that ends at s[e], a month
// and a day of two digits each follow, parted by single spaces, and then a
// time of day after another: "2018 01 26 7:54", as the Baltic news
// agencies stamp their items (BNS 2018 01 26 7:54). Year first, the order
// is ISO's; without the time the numbers may be any of a table's, unless
// they have their line to themselves (see spacedDateLineAt).
func spacedDateAt(s string, e int) bool {
	if e+7 > len(s) || s[e+3] != ' ' || s[e+6] != ' ' {
		return false
	}
	mo, me, md := number(s, e+1)
	d, de, dd := number(s, e+4)
	if md != 2 || me != e+3 || dd != 2 || de != e+6 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return false
	}
	_, he, hd := number(s, e+7)
	return (hd == 1 || hd == 2) && he+2 < len(s) && s[he] == ':' && isDigit(s, he+1) && isDigit(s, he+2)
}

// spacedDate reads the date that spacedDateAt finds at s[i]: its year,
// month and day, as numbers, parted by spaces.
func (p *parser) spacedDate(i int) (int, bool) {
	s := p.s
	if p.has(layout.Day) || p.has(layout.Month) || p.has(layout.Year) || i > 0 && isDigit(s, trimSpaceBefore(s, i)-1) {
		return i, false // a fourth number before it: one of a table's
	}
	y, e, _ := number(s, i)
	mo, _, _ := number(s, e+1)
	d, _, _ := number(s, e+4)
	p.addPaddedYMD(y, mo, d, i, e+1, e+4)
	return e + 6, true
}

// yearMonthName reads a date written year first with a month name:
// 2013-Feb-03, 2016 july 13.
func (p *parser) yearMonthName(i int) (int, bool) {
	s := p.s
	y, e, digits := number(s, i)
	if digits != 4 || e+1 >= len(s) || p.has(layout.Day) || p.has(layout.Month) || p.has(layout.Year) {
		return i, false
	}
	sep := s[e]
	if sep != '-' && sep != '/' && sep != ' ' && sep != '.' {
		return i, false
	}
	k := e + 1
	if sep == ' ' {
		k = skipSpace(s, k)
	}
	month, ok := latinMonth(s, k)
	if !ok {
		return i, false
	}
	j := month.End
	switch {
	case sep == ' ':
		j = skipSpace(s, j)
	case j < len(s) && s[j] == sep:
		j++
	default:
		return i, false
	}
	day, ok := dayField(s, j)
	if !ok || day.Value > 31 {
		return i, false
	}
	year := Field{Value: y, Start: i, End: e}
	year.Kind = layout.Year
	day.Kind = layout.Day
	p.add(year)
	p.add(month)
	p.add(day)
	if sep == ' ' && month.Lang == layout.Lithuanian {
		// 2023 birželio 14 d. 11:45 (an event page of the Kėdainiai
		// culture centre, the sixty-eighth held-out round): the word
		// for the day after it, as after "2023 m. birželio 14", where
		// the year has its own word (see yearFirst). Without it the
		// date ended at the day, and the time after "d." was lost.
		p.lithuanianDay()
	}
	return p.last, true
}

// spacedDotDate reads a numeric date written day first with dots and
// spaces between its numbers, as some forums print it: 26. 10.21,
// 30 . 09 . 22, 11. 12. 2014. Free text has numbered lists and sections
// that look so, and only a whole dateline is read so; but for the form
// Czech and Slovak set down as their norm, a dot and one space after the
// day and the month and a year of four digits ("schválilo shromáždění
// členů 26. 10. 2003"), which free text reads too (see spacedDotFree).
func (p *parser) spacedDotDate(i int) (int, bool) {
	s := p.s
	if p.has(layout.Day) || p.has(layout.Month) || p.has(layout.Year) {
		return i, false
	}
	if i+5 < len(s) && s[i+4] == '.' && s[i+5] == ' ' && isDigit(s, i+3) && isDigit(s, i+1) {
		return p.spacedYearFirst(i) // 2022. 01. 06.
	}
	if (p.list || p.item) && !p.spacedDotFree(i) {
		return i, false
	}
	var v [3]int
	var start, end [3]int
	spaced := false
	k := i
	for n := 0; n < 3; n++ {
		if n > 0 {
			j := skipSpace(s, k)
			if j >= len(s) || s[j] != '.' {
				return i, false
			}
			l := skipSpace(s, j+1)
			spaced = spaced || j > k || l > j+1
			k = l
		}
		x, e, digits := number(s, k)
		if digits == 0 || n < 2 && digits > 2 || n == 2 && digits != 2 && digits != 4 {
			return i, false
		}
		v[n], start[n], end[n] = x, k, e
		k = e
	}
	if !spaced || !wordEnds(s, k) || k+1 < len(s) && s[k] == '.' && isDigit(s, k+1) || v[0] < 1 || v[0] > 31 || v[1] < 1 || v[1] > 12 {
		return i, false
	}
	day := Field{Value: v[0], Start: start[0], End: end[0]}
	day.Kind, day.Form, day.Flags = layout.Day, dayForm(s, start[0], end[0]-start[0]), DayFirst
	month := Field{Value: v[1], Start: start[1], End: end[1]}
	month.Kind, month.Form, month.Flags = layout.Month, monthNumericForm(dayForm(s, start[1], end[1]-start[1])), DayFirst
	samePadding(s, false, &day, &month)
	if v[0] <= 12 && v[0] != v[1] {
		day.Flags |= Ambiguous
		month.Flags |= Ambiguous
	}
	year := Field{Value: v[2], Start: start[2], End: end[2]}
	year.Kind = layout.Year
	if end[2]-start[2] == 2 {
		year.Form = layout.TwoDigit
	}
	p.add(day)
	p.add(month)
	p.add(year)
	return k, true
}

// monthPointLeftOut reads a date written day first with the day's point
// and a space, whose month's point is left out before a year of four
// digits, as a page types the norm of spacedDotNorm in haste: "28. 10
// 2019 održan je sastanak lože" (28. 10. 2019). Only this spaced form is
// read: a number with a point and no space before another (18.04 2018)
// is a version's as often ("Ubuntu 18.04 2018"). As for the norm, a
// number with its point and a space before the day (a numbered list's
// "1. 2. 3 2019") or a section's mark before it makes it none; and the
// year, from 1800 to 2199, must end the date. The year's point before a
// time or the word for "year" is the date's, as after the norm: "5. 3
// 2019. u 18:00".
func (p *parser) monthPointLeftOut(i int) (int, bool) {
	s := p.s
	if p.has(layout.Day) || p.has(layout.Month) || p.has(layout.Year) {
		return i, false
	}
	d, e1, _ := number(s, i)
	m, e2, md := number(s, e1+2)
	if md == 0 || md > 2 || d < 1 || d > 31 || m < 1 || m > 12 || e2+5 > len(s) || s[e2] != ' ' {
		return i, false
	}
	y, e3, yd := number(s, e2+1)
	if yd != 4 || y < 1800 || y > 2199 || !wordEnds(s, e3) || e3+1 < len(s) && (s[e3] == '.' || s[e3] == ':') && isDigit(s, e3+1) {
		return i, false
	}
	if i >= 3 && s[i-1] == ' ' && s[i-2] == '.' && isDigit(s, i-3) || i > 0 && isDigit(s, i-1) ||
		strings.HasSuffix(strings.TrimRight(s[:i], " "), "§") {
		return i, false
	}
	day := Field{Value: d, Start: i, End: e1}
	day.Kind, day.Form, day.Flags = layout.Day, dayForm(s, i, e1-i), DayFirst
	month := Field{Value: m, Start: e1 + 2, End: e2}
	month.Kind, month.Form, month.Flags = layout.Month, monthNumericForm(dayForm(s, e1+2, md)), DayFirst
	samePadding(s, false, &day, &month)
	if d <= 12 && d != m {
		day.Flags |= Ambiguous // as the norm's: see spacedDotDate
		month.Flags |= Ambiguous
	}
	year := Field{Value: y, Start: e2 + 1, End: e3}
	year.Kind = layout.Year
	p.add(day)
	p.add(month)
	p.add(year)
	if e3+1 < len(s) && s[e3] == '.' && script.IsSpace(rune(s[e3+1])) && (timeAfterSpaced(s, skipSpace(s, e3+1)) || skipYearWord(s, e3+1) > e3+1) {
		p.lit(e3 + 1)
		return e3 + 1, true
	}
	return e3, true
}

// spacedYearFirst reads a numeric date written year first with a dot and
// a space after the year and the month and a dot after the day, as
// Hungarian sets it down ("2022. 01. 06.", CLDR's short date), which
// free text reads too: its year of four digits and its last dot tell it
// from a numbered list.
func (p *parser) spacedYearFirst(i int) (int, bool) {
	s := p.s
	var v [3]int
	var start, end [3]int
	k := i
	for n := 0; n < 3; n++ {
		x, e, digits := number(s, k)
		if digits == 0 || n == 0 && digits != 4 || n > 0 && digits > 2 || e+1 >= len(s) && n < 2 || e >= len(s) || s[e] != '.' {
			return i, false
		}
		v[n], start[n], end[n] = x, k, e
		k = e + 1
		if n < 2 {
			if s[k] != ' ' || !isDigit(s, k+1) {
				return i, false
			}
			k++
		}
	}
	if !wordEnds(s, k) || v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > 31 {
		return i, false
	}
	year := Field{Value: v[0], Start: start[0], End: end[0]}
	year.Kind = layout.Year
	month := Field{Value: v[1], Start: start[1], End: end[1]}
	month.Kind, month.Form = layout.Month, monthNumericForm(dayForm(s, start[1], end[1]-start[1]))
	day := Field{Value: v[2], Start: start[2], End: end[2]}
	day.Kind, day.Form = layout.Day, dayForm(s, start[2], end[2]-start[2])
	samePadding(s, true, &month, &day)
	p.add(year)
	p.add(month)
	p.add(day)
	p.lit(k) // the day's dot
	return k, true
}

// spacedDotFree reports whether free text reads the spaced date at i: one
// in the norm of Czech and Slovak (see spacedDotNorm) whose day cannot be
// a month (26. 10. 2003), or after one of dayFirstWords ("dne 5. 10.
// 2003"), or with a weekday or an occasion before it ("četvrtak, 02. 10.
// 2025.", "Jom kipur 5. 10. 2022", the 144th held-out round's report), or a
// time or the word for "year" after it ("10. 05. 2022. у 12:43", "05. 10.
// 2019. godine"), or that starts a range (see spacedRangeBegins). Sections
// and list items are numbered so too ("see sections 11. 12. 2014 and
// on"), but in small numbers and without a word for "on the day" before
// them.
func (p *parser) spacedDotFree(i int) bool {
	if !spacedDotNorm(p.s, i) {
		return false
	}
	d, _, _ := number(p.s, i)
	if d > 12 || p.dayFirstWordBefore() || p.has(layout.Weekday) || p.has(layout.Holiday) {
		return true
	}
	k := afterSpaced(p.s, i)
	return k < len(p.s) && (afterWeekday(p.s, k) > k || timeAfterSpaced(p.s, k) || yearWordAt(p.s, k) || spacedRangeBegins(p.s, i))
}

// spacedRangeBegins reports whether the date in the norm of spacedDotNorm
// at s[i] starts a range whose other end, after what joins a range's
// days (see rangeJoin), is a whole date in that norm too: "od 5. 4. 2023
// – 13. 4. 2023", "Začína predvečer 5. 4. 2023 a končí 13. 4. 2023" (it
// begins on the eve of ... and ends ...). A numbered list goes on with its
// next number, not with a word that joins two days and a year after them.
func spacedRangeBegins(s string, i int) bool {
	e := i
	for n := 0; n < 3; n++ {
		_, e, _ = number(s, e)
		if n < 2 {
			e += 2 // the dot and the space of the norm
		}
	}
	k, _ := rangeJoin(s, e)
	return k > e && k < len(s) && isDigit(s, k) && spacedDotNorm(s, k)
}

// yearWordAt reports whether a word for "year" after a year starts at
// s[k] ("godine", "године", "г.", "r."): no numbered list or section goes
// on with one.
func yearWordAt(s string, k int) bool {
	e := latinWord(s, k)
	if n, _ := decode(s, k); e == k+utf8.RuneLen(n) && (e >= len(s) || s[e] != '.') {
		return false // г, r: a letter alone is the word only with its dot
	}
	w, ok := lookupLatin(s, k, e)
	return e > k && ok && w.kind == wSuffix && w.value == suffixYear
}

// afterSpaced returns where the text goes on after the date in the norm of
// spacedDotNorm at s[i], past its year's point, a comma and spaces, or
// none ("02. 10. 2025.četvrtak", as a table prints it): a weekday there,
// as before the date, says it is one, as no numbered list or section is
// named with one.
func afterSpaced(s string, i int) int {
	k := i
	for n := 0; n < 2; n++ {
		_, e, _ := number(s, k)
		k = e + 2
	}
	_, k, _ = number(s, k)
	if k < len(s) && s[k] == '.' {
		k++
	}
	if k < len(s) && s[k] == ',' {
		k++
	}
	return skipSpace(s, k)
}

// timeAfterSpaced reports whether a time of day with its colon starts at
// s[k], after the date of spacedDotNorm, alone or after a word of at most
// two letters ("u", "у", "v", "ve", "o", "в", "à"), the word between a
// date and its time: "10. 05. 2022. у 12:43", or after a spaced dash, as
// an event's line sets them apart ("Date: 6. 4. 2023 - 17:00", the 242nd
// held-out round's). A time says the numbers are a date, as no numbered
// list or section goes on with one; a dash before a date instead is a
// range's, which spacedRangeBegins reads.
func timeAfterSpaced(s string, k int) bool {
	if k > 0 && s[k-1] == ' ' {
		if d := rangeDash(s, k); d > k && s[d-1] == ' ' {
			k = d
		}
	}
	if !isDigit(s, k) {
		w := letterEnd(s, k)
		if w < len(s) && s[w] >= 0x80 {
			w = latinWord(s, k)
		}
		if w == k || len([]rune(s[k:w])) > 2 {
			return false
		}
		k = skipSpace(s, w)
	}
	_, e, digits := number(s, k)
	if digits == 0 || digits > 2 || e+2 >= len(s) || s[e] != ':' {
		return false
	}
	_, e2, d2 := number(s, e+1)
	return d2 == 2 && wordEnds(s, e2)
}

// spacedDotNorm reports whether s[i:] is a date in the norm of Czech and
// Slovak, "26. 10. 2003": a day and a month of one or two digits, each
// with a dot and one space after it, and a year of four digits (1000 to
// 2999) that no digit or dot and digit goes on from; and whether no
// number with its dot and space comes right before it, as in a numbered
// list's "1. 2. 3. 2003" or a section's "§ 4. 5. 2010", where the day
// would be read out of a run of numbers.
func spacedDotNorm(s string, i int) bool {
	k := i
	for n := 0; n < 2; n++ {
		v, e, digits := number(s, k)
		if digits == 0 || digits > 2 || v < 1 || v > 31 || n == 1 && v > 12 || e+2 >= len(s) || s[e] != '.' || s[e+1] != ' ' {
			return false
		}
		k = e + 2
	}
	y, e, digits := number(s, k)
	if digits != 4 || y < 1000 || y > 2999 || e < len(s) && (isDigit(s, e) || s[e] == '.' && isDigit(s, e+1)) {
		return false
	}
	if i >= 3 && s[i-1] == ' ' && s[i-2] == '.' && isDigit(s, i-3) {
		return false
	}
	return !strings.HasSuffix(s[:i], "§ ") && !strings.HasSuffix(s[:i], "§") && (i == 0 || !isDigit(s, i-1))
}

// twoDigitYear reads a year of two digits after a date with a month name,
// when nothing else can be meant by the number: after a dash (28-Feb-02,
// 03-Jul-15 08:08:08), or at the end of the text or before a time of day
// (7 oct 70, 9 Jan 11 0:00), or after a comma where commaYear says so
// ("Dec 22, 19", a post's date). "12 May 15 people" is no date, and after
// a slash, digits before a Hebrew month are its day: "7 Aralık/24 Kislev"
// is a civil date, a slash and a Hebrew date; so are digits before a
// civil month's name after a space, the next date's day: "12 Jul/22 Jul
// 1645" (the Julian and the Gregorian day) was July 12, 2022, and "12
// Jul-22 Jul 1645" a range. After a space alone, free text asks more of
// the digits (see parser.spacedYear): "Rua 7 de Setembro 15" is a street
// and a house's number.
func (p *parser) twoDigitYear(k int) {
	s := p.s
	if p.has(layout.Year) || k >= len(s) {
		return
	}
	j := k
	n := dashOrSlash(s, k)
	dash := n > 0
	comma := s[k] == ','
	if dash && p.n > 0 && p.buf[p.n-1].Kind == layout.Day {
		// The day after the month, then a slash or a dash: "August
		// 11/12" is two days, not August 11, 2012 (which "August
		// 11/12, 2024" was too, with nothing said); the year follows
		// the month only (28-Feb-02).
		return
	}
	switch {
	case dash:
		j += n
	case comma:
		j = skipSpace(s, k+1)
	default:
		j = skipSpace(s, k)
		if j == k {
			return
		}
	}
	v, e, digits := number(s, j)
	if digits != 2 || !yearEnds(s, e) || dash && (hebrewMonthAfter(s, e) || civilMonthAfter(s, e)) || comma && !p.commaYear(v, e) {
		return
	}
	if !dash && !comma {
		next := skipSpace(s, e)
		p.spacedYear = true
		switch {
		case next == len(s), isDigit(s, next):
			// a year at the end or before a number: taken
			p.spacedLoose = true
		case next < len(s) && (s[next] == ',' || s[next] == '|' || s[next] == ')' || s[next] == ']') && !p.list:
			// a year before punctuation that ends a date: taken
			p.spacedLoose = true
		case next < len(s) && (s[next] == ')' || s[next] == ']') && p.bracketed(next):
			// in free text, a year that closes a bracket holding the
			// whole dateline: "(09:20, 10 мар 19)"
		case strings.IndexByte(s[e:next], '\n') >= 0 || strings.HasPrefix(s[next:], "</"):
			// a year that ends its line or a tag's block, as one that
			// ends the text: "10 мар 19\nMore text", "10 мар 19</p>"
		default:
			p.spacedYear = false
			return
		}
	}
	p.add(Field{Element: layout.Element{Kind: layout.Year, Form: layout.TwoDigit}, Value: v, Start: j, End: e})
}

// civilMonthAfter reports whether a Gregorian month's name follows the
// space at s[e].
func civilMonthAfter(s string, e int) bool {
	k := skipSpace(s, e)
	if k == e {
		return false
	}
	_, ok := latinMonth(s, k)
	return ok
}

// commaYear reports whether the two digits v that end at s[e], after a
// comma that follows a day and a month, are the date's year: "Dec 22, 19"
// (2019), as a blog prints its post's date. They must end the text, its
// line or a tag's block, or come before a bar or a bracket that holds the
// whole dateline, as a year ends a dateline;
// and digits after a day and a comma are as often the next day of a list
// ("Sundays: Jan 5, 12", "March 5, 12, 19 and 26"), so a number a later
// day of the month could be (above the day, up to 31) is no year: the
// text does not say which it is.
//
// Before a time of day, the two digits are the year: "Posted Mar 2, 24 at
// 10:00 am" and "Updated: Dec 5, 23, 4:15 PM" were read in the
// reference's year, with an info that the text names none, and their
// times lost (found trying the command as an adversary); a list of days
// does not run on into one time.
func (p *parser) commaYear(v, e int) bool {
	s := p.s
	next := skipSpace(s, e)
	if clockAfterYear(s, next) {
		return true
	}
	if day, ok := p.get(layout.Day); ok && v > day.Value && v <= 31 {
		return false
	}
	return next == len(s) || s[next] == '|' || strings.IndexByte(s[e:next], '\n') >= 0 || strings.HasPrefix(s[next:], "</") ||
		(s[next] == ')' || s[next] == ']') && p.bracketed(next) // "(Dec 22, 19)"
}

// clockAfterYear reports whether a time of day in digits (10:00, 4:15)
// starts at s[k], after a comma or "at" or "@" and spaces, or none.
func clockAfterYear(s string, k int) bool {
	if k < len(s) && s[k] == ',' {
		k = skipSpace(s, k+1)
	}
	if e := matchWord(s, k, "at"); e > k {
		k = skipSpace(s, e)
	} else if k < len(s) && s[k] == '@' {
		k = skipSpace(s, k+1)
	}
	_, e, digits := number(s, k)
	return (digits == 1 || digits == 2) && e+2 < len(s) && s[e] == ':' && isDigit(s, e+1) && isDigit(s, e+2)
}

// bracketed reports whether the dateline read so far opens right after
// the bracket that the bracket at s[next] closes: "(09:20, 10 мар 19)",
// where free text takes the two-digit year before it, as it does at the
// text's end. A bracket that closes words before the date ("(see 12 May
// 15) ...") does not hold the date whole, and its number is left.
func (p *parser) bracketed(next int) bool {
	if p.n == 0 {
		return false
	}
	open := openerOf(p.s[next])
	k := p.buf[0].Start
	for k > 0 && p.s[k-1] == ' ' {
		k--
	}
	return k > 0 && p.s[k-1] == open
}

// logYear reports whether the year that ends at e is followed by a colon
// and a time of day with seconds, as web servers write in their access
// logs after a date with slashes: 06/May/2008:08:11:17.
func logYear(s string, start, e int) bool {
	if start == 0 || s[start-1] != '/' || e >= len(s) || s[e] != ':' {
		return false
	}
	_, e1, d1 := number(s, e+1)
	if d1 != 2 || e1 >= len(s) || s[e1] != ':' {
		return false
	}
	_, e2, d2 := number(s, e1+1)
	if d2 != 2 || e2 >= len(s) || s[e2] != ':' {
		return false
	}
	_, e3, d3 := number(s, e2+1)
	return d3 == 2 && wordEnds(s, e3)
}

// isoOffset reports whether an ISO date (a year of four digits first)
// that ends at e is followed by an offset, as XML Schema writes a date
// with its zone: 2002-09-24-06:00.
func isoOffset(s string, yearDigits, e int) bool {
	_, ok := offsetAt(s, e, false)
	return yearDigits == 4 && ok
}

// dateOffset reads an offset right after a date with no time of day:
// 2020-07-20+08:00, 2020-07-20+0800.
func (p *parser) dateOffset(i int) (int, bool) {
	if i != p.last || !p.has(layout.Day) || p.has(layout.Zone) || p.has(layout.Hour) {
		return i, false
	}
	z, ok := zoneAt(p.s, i)
	if !ok || z.Form == layout.ZoneName {
		return i, false
	}
	// Only after an ISO date, year first: its layout writes the
	// reference day's offset, -0700, which after another date would read
	// as a number of it: a fourth after 1-2-06 (1-1-00+0000), a year
	// after January 2 (MAY 1+0000).
	if first := firstDateField(p.fields()); first == nil || first.Kind != layout.Year || first.End-first.Start != 4 {
		return i, false
	}
	p.add(z)
	return z.End, true
}

// firstDateField returns the first Day, Month or Year field of fs, or nil.
func firstDateField(fs []Field) *Field {
	for i := range fs {
		switch fs[i].Kind {
		case layout.Day, layout.Month, layout.Year:
			return &fs[i]
		}
	}
	return nil
}

// yearDot takes, after a numeric date written with dots, the dot some
// write after its year (29.01.2008. 00:00) as text of the date, rather
// than as the end of a sentence.
func (p *parser) yearDot(k int) int {
	s := p.s
	if k >= len(s) || s[k] != '.' || k < 1 || !isDigit(s, k-1) {
		return k
	}
	// Dots between the numbers too: the date is the one just read.
	j := k - 1
	for j > p.start && isDigit(s, j) {
		j--
	}
	if s[j] == ' ' && j > p.start && s[j-1] == '.' {
		j-- // a space after the month's dot: "10. 05. 2022. у 12:43"
	}
	if s[j] != '.' {
		return k
	}
	if r, _ := decode(s, k+1); k+1 < len(s) && !script.IsSpace(r) {
		return k
	}
	p.lit(k + 1)
	return k + 1
}

// bracketedZone reads, right after the offset off, the IANA zone in
// brackets that RFC 9557 and Java's ZonedDateTime write after it:
// "2024-03-02T10:39:00+02:00[Asia/Jerusalem]" was no dateline (the
// command took it for a file's name). The zone must give the offset the
// text gives at that instant: "+03:00[Asia/Jerusalem]" on March 2, 2024,
// when Israel's clocks are at +02:00, is a range error at the zone's
// closing bracket, not one of the two read. A name the system does not
// know is left unread, an error at its bracket.
func (p *parser) bracketedZone(off Field) {
	s := p.s
	i := p.last + 1
	e := i
	for e < len(s) && e-i < 64 && (s[e] >= 'A' && s[e] <= 'Z' || s[e] >= 'a' && s[e] <= 'z' || s[e] >= '0' && s[e] <= '9' || s[e] == '/' || s[e] == '_' || s[e] == '-' || s[e] == '+') {
		e++
	}
	if e == i || e >= len(s) || s[e] != ']' || off.Form == layout.ZoneName {
		return
	}
	loc, err := time.LoadLocation(s[i:e])
	if err != nil {
		return
	}
	var y, mo, d, h, mi, sec int
	for _, f := range p.fields() {
		switch f.Kind {
		case layout.Year:
			y = f.Value
		case layout.Month:
			mo = f.Value
		case layout.Day:
			d = f.Value
		case layout.Hour:
			h = f.Value
		case layout.Minute:
			mi = f.Value
		case layout.Second:
			sec = f.Value
		}
	}
	if y == 0 || mo == 0 || d == 0 {
		return
	}
	at := time.Date(y, time.Month(mo), d, h, mi, sec, 0, time.UTC).Add(-time.Duration(off.Value) * time.Second)
	if _, zoneOff := at.In(loc).Zone(); zoneOff != off.Value {
		p.failRange(e, "the offset of "+s[i:e]+" at that time, "+at.In(loc).Format("-07:00"))
		return
	}
	p.lit(e + 1)
}
