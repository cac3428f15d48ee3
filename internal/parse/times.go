package parse

import (
	"strings"

	"github.com/dualdate/dualdate/internal/layout"
)

// Times of day as pages print them beside a date: a range of two
// (8:00-9:00PM, whose PM is both ends'), a clock with a dot (10.39 BST,
// 7.15pm) or a comma (4,30 p.m.), and a day and month with a dot after a
// weekday (Sunday, 8.9 at 7:15 pm).

// dotClock reports whether the number at s[i], ending at e before a dot,
// is the hour of a clock written with a dot: 10.39 BST, 7.15pm. The
// minutes are two digits, and AM, PM or a zone in capitals follows them,
// so that a decimal number (3.14, 1.5 hours) is not one.
func dotClock(s string, i, e int) bool {
	if e >= len(s) || s[e] != '.' {
		return false
	}
	h, _, hd := number(s, i)
	m, e2, md := number(s, e+1)
	if hd == 0 || hd > 2 || md != 2 || h > 23 || m > 59 {
		return false
	}
	k := skipSpace(s, e2)
	if _, ok := ampmAt(s, k); ok {
		return h >= 1 && h <= 12
	}
	if k == e2 {
		return false // 10.39GMT
	}
	_, ok := zoneAt(s, k)
	return ok && s[k] != '+' && s[k] != '-'
}

// dotClockAfterDate reports whether the number at s[i], ending at e before
// a dot, is the hour of a clock written with a dot after a date that has
// its day and month: "október 01. 10.02 kedd" (a Hungarian prayer-times
// row). The minutes are two digits that end the word, so that a numeric
// date (10.02.2019, 10.02.) is not one. The caller reads it on the
// date's line only (see sameLine); the time may end it, or a tag's start
// or a semicolon follow it, as a comma does: "23. 1. ob 17.00" on a
// programme's line of its own (Mladina, the hundred-and-eighty-first
// held-out round) was read only where it was the whole text.
func dotClockAfterDate(s string, i, e int) bool {
	if e+3 > len(s) || s[e] != '.' {
		return false
	}
	h, _, hd := number(s, i)
	m, e2, md := number(s, e+1)
	if hd == 0 || hd > 2 || md != 2 || h > 23 || m > 59 {
		return false
	}
	return e2 == len(s) || strings.IndexByte(" ,);<\n\r\t", s[e2]) >= 0
}

// hyphenedClock reports whether the number at s[i], ending at e before a
// hyphen, is the hour of a clock whose minutes a hyphen parts from it, as
// Russian and Ukrainian pages type the colon after their word for "at",
// "в" or "о": "В понедельник 25 июня в 18-30 пройдет фарбренген" (a
// Kostroma community's blog, the 283rd held-out round) was read without
// its time. Elsewhere 18-30 is a range, of days or of ages; here too a
// range of hours is written so ("в 10-12 часов"), and only minutes that
// end no such range are read, 00 to 09 or above 24, with no word for
// hours after them, nor one for years of age ("в 18-30 лет"). The caller
// reads it after a day and a month only.
func hyphenedClock(s string, i, e int) bool {
	if e+3 > len(s) || s[e] != '-' {
		return false
	}
	h, _, hd := number(s, i)
	m, e2, md := number(s, e+1)
	if hd == 0 || hd > 2 || md != 2 || h > 23 || m > 59 || m > 9 && m <= 24 || s[e+1] != '0' && m < 10 {
		return false
	}
	if e2 < len(s) && (isDigit(s, e2) || strings.IndexByte("-.:/", s[e2]) >= 0 && isDigit(s, e2+1)) || hoursWordAfter(s, e2) {
		return false
	}
	if k := skipSpace(s, e2); k > e2 && (strings.HasPrefix(s[k:], "лет") || strings.HasPrefix(s[k:], "років")) {
		return false // в 18-30 лет: ages
	}
	b, k := wordBeforeSpaces(s, i)
	if b == k {
		return false
	}
	switch s[b:k] {
	case "в", "В", "во", "Во", "о", "О":
		return true
	}
	return false
}

// commaClock reports whether the number at s[i], ending at e before a
// comma, is the hour of a clock whose minutes a comma parts from it, as
// some pages type the colon: "Sunday Dec. 18 at 4,30 p.m.". The minutes
// are two digits and AM or PM follows them, so that a list of days (4,30
// June) or a number (1,500 people) is not one.
func commaClock(s string, i, e int) bool {
	if e >= len(s) || s[e] != ',' {
		return false
	}
	h, _, hd := number(s, i)
	m, e2, md := number(s, e+1)
	if hd == 0 || hd > 2 || md != 2 || h < 1 || h > 12 || m > 59 || partOfNumber(s, e2) {
		return false
	}
	_, ok := ampmAt(s, skipSpace(s, e2))
	return ok
}

// commaHours reports whether the number at s[i], ending at e before a
// comma, is the hour of a clock of 24 hours whose minutes a comma parts
// from it, before a word that says it is one (see hoursWords), as
// Serbian, Croatian and Bulgarian pages write it after a date: "u 16,30
// sati", "u 11,30 časova", "в 19,30 часа". Without the word, 19,30 is a
// number with its decimals (19,30 €, 2,50 m); and a word of one letter
// before another word says a span, not a time ("2,50 h later").
func commaHours(s string, i, e int) bool {
	if e >= len(s) || s[e] != ',' {
		return false
	}
	h, _, hd := number(s, i)
	m, e2, md := number(s, e+1)
	if hd == 0 || hd > 2 || md != 2 || h > 23 || m > 59 || partOfNumber(s, e2) || e2 < len(s) && s[e2] == ',' {
		return false
	}
	k := skipSpace(s, e2)
	if w := latinWord(s, k); k == e2 || w-k == 1 && isWordStart(s, skipSpace(s, w)) {
		return false
	}
	return hoursWordAfter(s, e2)
}

// dotClockFirst reports whether the number at s[i], ending at e before a
// dot, is the hour of a clock written with a dot that comes before the
// date, after one of hourWordsBefore: "godz. 17.45, 12 grudnia 2017", "o
// g. 17.45, 12 Grudnia 2017" (Polish's at the hour). Without such a word
// 17.45 reads as a day and a month; after a date, hourAfterWord reads it.
func (p *parser) dotClockFirst(i, e, digits int) bool {
	s := p.s
	if digits == 0 || digits > 2 || e+3 > len(s) || s[e] != '.' {
		return false
	}
	h, _, _ := number(s, i)
	m, e2, md := number(s, e+1)
	if h > 23 || md != 2 || m > 59 || e2 < len(s) && s[e2] == '.' && isDigit(s, e2+1) {
		return false // 17.45.2017 is no clock
	}
	return !p.has(layout.Day) && !p.has(layout.Month) && !p.has(layout.Year) && !p.has(layout.Hour) && hourWordBefore(s, 0, i)
}

// clockRange reads the end of a range of times after the time of day that
// ends at p.last: -9:00PM, – 10:30 pm. Its fields are marked RangeEnd. A
// range written with AM or PM only at its end gives it to the start too
// when the start comes before the end in the same half of the day
// (8:00-9:00PM is from 8 pm; 11:00-1:00PM from 11 am): hour is the
// start's field, which then takes the 12-hour form, and ampm whether the
// start has AM or PM of its own.
func (p *parser) clockRange(hour int, ampm bool) {
	s := p.s
	if p.rangeEnd {
		return
	}
	k := clockRangeJoin(s, p.last)
	if k < 0 {
		k = betweenAndJoin(s, p.last, p.buf[hour].Start)
	}
	if k < 0 || !isDigit(s, k) {
		return
	}
	_, e, hd := number(s, k)
	if hd == 0 || hd > 2 || e >= len(s) {
		return
	}
	dotted := s[e] == '.' && dottedStart(s, &p.buf[hour]) && dottedEnd(s, e)
	// 19h, 19h00, Flemish 22u: an hour with its h ends a range as a
	// clock does ("de 17h à 19h", "van 20u tot 22u").
	lettered := (s[e] == 'h' || s[e] == 'u') && (isDigit(s, e+1) || wordEnds(s, e+1))
	if (s[e] != ':' || !isDigit(s, e+1)) && !dotted && !lettered {
		// An hour alone ends a range only with its AM or PM (9:30am to
		// 2pm), or a word for o'clock (od 10 do 15 sati): "8:00 - 10
		// April" is a time and then a date.
		if _, ok := ampmAt(s, skipSpace(s, e)); !ok && !hoursWordAfter(s, e) {
			return
		}
	}
	var q parser
	q.init(s)
	q.rangeEnd = true
	read := q.clock
	switch {
	case dotted:
		// kl. 18.00–20.00, klo 18.00-20.00, 12.00–15.00 val.: a time
		// with a point ends a range that starts with one, as the Nordic
		// and Baltic languages write their times; after a date it was
		// read as the start of a numeric date.
		read = func(k int) (int, bool) { return q.clockAt(k, '.') }
	case s[e] != ':' && !(lettered && isDigit(s, e+1)):
		read = func(k int) (int, bool) { return q.hourOnly(k, e, hd) }
	}
	if _, ok := read(k); !ok {
		return
	}
	end := q.fields()
	endAMPM, eh := -1, 0
	for i := range end {
		switch end[i].Kind {
		case layout.AMPM:
			endAMPM = end[i].Value
		case layout.Hour:
			eh = end[i].Value
		}
		if end[i].Kind == layout.Zone && p.has(layout.Zone) {
			return
		}
	}
	start := &p.buf[hour]
	offsetToo := offsetTooEnd(s, p.last, start, end)
	if !ampm && endAMPM >= 0 && start.Value >= 1 && start.Value <= 12 {
		if start.Value%12 <= eh%12 {
			// The start is in the end's half of the day: a 12-hour
			// clock without AM or PM of its own takes the end's.
			// (11:00-1:00PM starts before noon, on a 24-hour clock.)
			start.Form = hourForm(true, start.End-start.Start, s[start.Start])
		}
	}
	for i := range end {
		f := end[i]
		f.Flags |= RangeEnd
		if offsetToo && f.Kind == layout.Hour {
			f.Flags |= OffsetToo
		}
		if f.Kind == layout.Literal && !(lettered && i > 0 && i == len(end)-1 && f.Start == end[i-1].End) {
			// The text before the end is the join's; after it, what
			// the dateline reads next. Only the word for o'clock
			// glued to the end's hour is the end's own: 22u.
			continue
		}
		p.add(f)
	}
}

// offsetTooEnd reports whether the end of a range of times, its fields
// end, glued by a minus at s[dash] to a start whose hour is start, may be
// the start's offset (see OffsetToo): the start follows an ISO date
// (2024-03-02) and one space, in two digits, and the end is an offset's hh:mm, an hour
// from 01 to 14 and a minute of 00, 30 or 45, with nothing after it that
// only a time has (seconds, AM or PM, a zone). "2024-03-02 09:00-17:00"
// and "March 2, 2024 09:00-11:00" are ranges alone; "2024-03-02
// 10:39-05:00", whose offset is earlier than the time, is read at its
// offset (see rangeEndNotOffset).
func offsetTooEnd(s string, dash int, start *Field, end []Field) bool {
	if dash >= len(s) || s[dash] != '-' || start.End-start.Start != 2 || start.Start < len("2024-03-02 ") || s[start.Start-1] != ' ' {
		return false
	}
	var h, m *Field
	for i := range end {
		switch end[i].Kind {
		case layout.Hour:
			h = &end[i]
		case layout.Minute:
			m = &end[i]
		case layout.Literal:
		default:
			return false // 01:30-05:00:00, 01:30-05:00 pm, 01:30-05:00 EST: a time's
		}
	}
	if h == nil || m == nil || h.Start != dash+1 || h.End-h.Start != 2 || m.End-m.Start != 2 || m.Start != h.End+1 ||
		h.Value < 1 || h.Value > 14 || m.Value != 0 && m.Value != 30 && m.Value != 45 {
		return false
	}
	d := s[start.Start-len("2024-03-02 ") : start.Start-1]
	for i := range len(d) {
		if i == 4 || i == 7 {
			if d[i] != '-' {
				return false
			}
		} else if !isDigit(d, i) {
			return false
		}
	}
	return start.Start == len("2024-03-02 ") || !isDigit(s, start.Start-len("2024-03-02 ")-1)
}

// clockRangeJoin returns the index after what joins the two times of a
// range after the time that ends at i, with the spaces after it: a dash
// (8:00-9:00PM) or a word of rangeToWords ("9:30am to 2pm, Thursday, April
// 25, 2019", a college's listing of an event that ends the same day) or
// clockToWords; or -1. A word joins only what clockRange then reads as a time of day.
func clockRangeJoin(s string, i int) int {
	if k := rangeDash(s, i); k >= 0 {
		return k
	}
	j := skipSpace(s, i)
	if j > i && j+1 < len(s) && s[j] == 0xD7 {
		return hebrewClockJoin(s, j)
	}
	e := latinWord(s, j)
	if j == i || e == j || e >= len(s) || s[e] != ' ' || e-j > len("through") {
		return -1
	}
	var buf [16]byte
	if w := appendFoldCase(buf[:0], s[j:e]); !clockToWord(w) && !rangeToWords[string(w)] {
		return -1 // folded on the stack: most words after a number are none
	}
	k := skipSpace(s, e)
	if h := polishHourWord(s, k); h > k {
		return skipSpace(s, h) // od godziny 18.00 do godziny 20.00, as עד השעה
	}
	if a := greekTimeArticle(s, k); a > k {
		return skipSpace(s, a) // από τις 19:00 έως τις 20:00
	}
	return k
}

// betweenAndWords are the words for "and" that join the two times after
// a phrase of betweenTimePhrases: "between 20:00 and 22:00", Dutch
// "tussen 10.00 en 17.00 uur", German "zwischen 20 und 22 Uhr", Swedish
// "mellan 18 och 20", Polish "między 10:00 a 12:00", Spanish "entre las
// 18:00 y las 20:00", Portuguese "entre 18h e 20h", Romanian "între orele
// 18:00 și 20:00".
var betweenAndWords = [...]string{"and", "en", "und", "och", "a", "y", "e", "și"}

// betweenAndJoin returns the index after one of betweenAndWords after the
// time that ends at i, with the spaces (and Spanish's "las") after it,
// when a phrase of betweenTimePhrases ends right before the time's
// start; or -1. "and" alone lists two times, the first of which a date
// keeps: "Zaterdag 9 september, tussen 10.00 en 17.00 uur" (Aalten's
// synagogue on bredevoort.nu, seen in the 226th held-out round's
// searches) was a syntax error at "en", and English "between 20:00 and
// 22:00" one at "between".
func betweenAndJoin(s string, i, start int) int {
	j := skipSpace(s, i)
	e := latinWord(s, j)
	if j == i || e == j || e >= len(s) || s[e] != ' ' || e-j > len("und") || !isWordOf(s[j:e], betweenAndWords[:]) {
		return -1
	}
	for b := start - 1; b >= 0 && b >= start-len("în intervalul orar "); b-- {
		if (b == 0 || s[b-1] == ' ') && skipSpace(s, betweenTime(s, b)) == start && betweenTime(s, b) > b {
			k := skipSpace(s, e)
			if w := matchWord(s, k, "las"); w > k {
				k = skipSpace(s, w)
			}
			return k
		}
	}
	return -1
}

// hebrewClockJoin returns the index after Hebrew's word that joins the
// two times of a range at s[j], with the spaces after it, or -1: "until"
// (עד, ועד) with "the hour" (השעה) after it or not, "to the hour" (לשעה),
// or the prefix ל ("to") before the end's digits, glued or with a hyphen:
// "בין השעה 17:00 לשעה 21:00", "בין השעות 08:30 ל-13:00", "19:00 עד
// 22:00". The caller reads a clock after it, or no range.
func hebrewClockJoin(s string, j int) int {
	e := hebrewWord(s, j)
	switch s[j:e] {
	case "עד", "ועד":
		k := skipSpace(s, e)
		if strings.HasPrefix(s[k:], "השעה") {
			return skipSpace(s, k+len("השעה"))
		}
		return k
	case "לשעה":
		return skipSpace(s, e)
	case "ל":
		if e < len(s) && s[e] == '-' {
			e++
		}
		return e
	}
	return -1
}

// clockToWords are the Slavic words for "to" between two times, which
// rangeToWords leaves to the ranges of days that range.go reads: "od 10
// do 15 sati", "od 10.00 do 17.00", Czech's "10.00 až 17.00"; and
// French's "à" and Portuguese's "às" ("de 17h à 19h", "das 17h às
// 19h"), which are "at" before a time alone.
var clockToWords = [...]string{"do", "až", "à", "às"}

// clockToWord reports whether w, in lower case, is one of clockToWords,
// compared by its bytes: a map's lookup for two words cost the scan of
// every word after a number.
func clockToWord(w []byte) bool {
	for _, c := range clockToWords {
		if string(w) == c {
			return true
		}
	}
	return false
}

// dotDayMonth reads a day and month with a dot and no year after a
// weekday, as Israeli and European pages write them: Sunday, 8.9 (8
// September; day first, as a dot says, and not ambiguous: without a year
// a reading month first would be taken wherever its weekday fits nearer);
// or beside an occasion, which says the year, as German calendars list
// the holidays: "16.09. Jom Kippur", "Jom Kippur 16.09."; or after a
// Hebrew day and month, which the civil one must fit ("ל’ בסיון, 3.7");
// with a space after the day's point too, "u nedjelju 20. 09." (see
// spacedDayMonth and dayMonthVouched); or after Finnish's "the day is",
// "muistopäivä on 27.1." (see finnishDayIsBefore).
// It reports false for anything else, such as a decimal number.
func (p *parser) dotDayMonth(i int) (int, bool) {
	s := p.s
	if p.has(layout.Day) || p.has(layout.Month) {
		return i, false
	}
	if !p.dayMonthVouched() && !occasionAfterDate(s, i) && !hourAfterDayMonth(s, i) && !weekdayAfterDayMonth(s, i) && !leadYearAfterDayMonth(s, i) && !hebrewDateNounBefore(s, i) && !finnishDayIsBefore(s, i) {
		return i, false
	}
	v1, e1, d1 := number(s, i)
	if e1 >= len(s) || s[e1] != '.' {
		return i, false
	}
	m := e1 + 1
	if spacedDayMonth(s, e1) {
		m++ // u nedjelju 20. 09.: a space after the day's point
	}
	v2, e2, d2 := number(s, m)
	if d1 == 0 || d1 > 2 || d2 == 0 || d2 > 2 || !wordEnds(s, e2) || v1 < 1 || v1 > 31 || v2 < 1 || v2 > 12 {
		return i, false
	}
	if e2 < len(s) && (s[e2] == '.' || s[e2] == ':') && isDigit(s, e2+1) {
		return i, false
	}
	day := Field{Value: v1, Start: i, End: e1, Flags: DayFirst}
	day.Kind, day.Form = layout.Day, dayForm(s, i, d1)
	month := Field{Value: v2, Start: m, End: e2, Flags: DayFirst}
	month.Kind, month.Form = layout.Month, monthNumericForm(dayForm(s, m, d2))
	samePadding(s, false, &day, &month)
	p.add(day)
	p.add(month)
	p.weak = true
	if e2+6 <= len(s) && s[e2] == '.' && s[e2+1] == ' ' && m == e1+1 {
		// maanantaina 27.11. 2017 klo 18.00 (a Turku society's notice,
		// seen in the sixty-eighth held-out round): the year after the
		// month's point and a space, as Finnish and German pages write
		// it. It was left out, and the year nearest the reference that
		// fits the weekday taken, 2023, with only an info.
		if y, ye, yd := number(s, e2+2); yd == 4 && y >= 1000 && y <= 2999 && yearEnds(s, ye) {
			year := Field{Value: y, Start: e2 + 2, End: ye}
			year.Kind = layout.Year
			p.add(year)
			p.weak = false
			return ye, true
		}
	}
	if e2+5 <= len(s) && s[e2] == ' ' && m == e1+1 {
		// Erev Rosh Hashana 16.09 2012. u 19 sati (the Jewish community
		// of Banja Luka, incoming.tsv): the year after the month without
		// its point, a space between, as readDayMonth reads "19/4 2011";
		// only where dotDayMonth reads the day and month at all, after
		// an occasion or a weekday that vouches for them ("16.09 2012"
		// alone stays unread). The date was read in the year nearest
		// the reference that the occasion fits, 2012 here by chance,
		// the year and the hour after it left out with a warning.
		if y, ye, yd := number(s, e2+1); yd == 4 && y >= 1000 && y <= 2999 && yearEnds(s, ye) {
			year := Field{Value: y, Start: e2 + 1, End: ye}
			year.Kind = layout.Year
			p.lit(e2 + 1)
			p.add(year)
			p.weak = false
			p.yearPoint(day) // 2012.: Serbian's point after the year
			return p.last, true
		}
	}
	if e2 < len(s) && s[e2] == '.' && (hourWordAfterPoint(s, e2) || leadClockAfterPoint(s, e2)) {
		// sunnuntaina 14.12. klo 17, 5.6. klo 10: the month's point
		// before a word for o'clock and its hour, which the point would
		// part from the date as a sentence's end does.
		p.lit(e2 + 1)
		return e2 + 1, true
	}
	if e2 < len(s) && s[e2] == '.' && !p.dayMonthVouched() {
		// 16.09. Jom Kippur: the month's dot, which would end the
		// dateline as a sentence's does.
		p.push(Field{Element: layout.Lit("."), Start: e2, End: e2 + 1})
		p.last = e2 + 1
		return e2 + 1, true
	}
	return e2, true
}

// leadYearAfterDayMonth reports whether the number at s[i] is the day of
// a day and month with points and no space between them, whose month's
// point a space and a year of four digits follow ("16.3. 1971"), right
// after a word that leads a date in a language that writes it day first
// (dayFirstWords), as Czech, Slovak and German prose dates a letter or an
// event: "Dopis MNV z 16.3. 1971 obsahuje sdělení" (the council's letter
// of 16 March 1971; Holocaust Litomyšl, the two-hundred-and-ninth
// held-out round) was no date, where "z 16. 3. 1971" and "16.3.1971"
// were. Alone, such numbers are as often a section's and a count
// ("Kapitola 5.5. 2023 stran"), and stay unread; the word before says
// they are a date, and dotDayMonth reads the year after the space.
func leadYearAfterDayMonth(s string, i int) bool {
	_, e1, d1 := number(s, i)
	if d1 == 0 || d1 > 2 || e1+1 >= len(s) || s[e1] != '.' {
		return false
	}
	_, e2, d2 := number(s, e1+1)
	if d2 == 0 || d2 > 2 || e2+6 > len(s) || s[e2] != '.' || s[e2+1] != ' ' {
		return false
	}
	if y, ye, yd := number(s, e2+2); yd != 4 || y < 1000 || y > 2999 || !yearEnds(s, ye) {
		return false
	}
	b := backOverSpace(s, i)
	return b < i && dayFirstWordEnds(s, b)
}

// hourAfterDayMonth reports whether the number at s[i] is the day of a
// day and month with dots and no year whose month's point a word for
// o'clock and its hour follow (see hourWordAfterPoint), as Finnish,
// Scandinavian and Baltic notices write a year-less date without its
// weekday: "alkavat Turussa 5.6. klo 10" (Lähetysyhdistys Kylväjä, the
// hundred-and-twenty-third held-out round), "14.12. kl. 16". The word
// for o'clock says the numbers are a date, which without it may be a
// decimal number or a section (5.6.), and dotDayMonth reads it day first,
// as the dots say. A short word the tables do not know right before the
// date may be a weekday's abbreviation they lack ("ti 14.12. klo 17",
// Finnish's Tuesday, "tis", "tirs."), which the year of a date without
// one hangs on: such a date is not read, rather than read in the nearest
// year with the weekday left out. So is one they know as a weekday in
// some language, or as another word and a weekday's abbreviation in
// another (see shortWeekdays): "ma 13.12. klo 18" (Finnish's Monday,
// Dutch's "ma" too) was read as Sunday, December 13, 2026, its Monday
// left out with nothing said.
//
// So does a word for "at" before a time of day that says it is one (see
// leadClockAfterPoint), with one space after the day's point or none, as
// Slovene, Croatian, German and Dutch programmes list their events: "23.
// 1. ob 17.00: Mestni muzej Ljubljana" (Mladina's programme for Holocaust
// Remembrance Day, the hundred-and-eighty-first held-out round), which
// was no date, "23.1. um 17 Uhr".
func hourAfterDayMonth(s string, i int) bool {
	_, e1, d1 := number(s, i)
	if d1 == 0 || d1 > 2 || e1+1 >= len(s) || s[e1] != '.' {
		return false
	}
	m := e1 + 1
	if s[m] == ' ' {
		m++
	}
	_, e2, d2 := number(s, m)
	if d2 == 0 || d2 > 2 || weekdayMayBeBefore(s, i) {
		return false
	}
	return hourWordAfterPoint(s, e2) || leadClockAfterPoint(s, e2) || commaClockAfterPoint(s, e2)
}

// leadClockAfterPoint reports whether the point at s[e] is followed by a
// space, one of clockLeads or atHourWords (ob, um, om, u, o, à ...) and a
// time that says it is one: its hour and two digits of minutes after a
// colon or a point (17.00, 17:00), or an hour and one of hoursWords (17
// Uhr, 18 sati). An hour alone after "at" ("u 2", "o 5") may be other
// text.
func leadClockAfterPoint(s string, e int) bool {
	if e+2 >= len(s) || s[e] != '.' || s[e+1] != ' ' {
		return false
	}
	w := latinWord(s, e+2)
	if w == e+2 || !isWordOf(s[e+2:w], clockLeads[:]) && !isWordOf(s[e+2:w], atHourWords[:]) {
		return false
	}
	k := skipSpace(s, w)
	return k > w && timeSaysClock(s, k, false)
}

// commaClockAfterPoint reports whether the point at s[e] is followed by a
// comma and a time that says it is one (see timeSaysClock), or a range of
// hours before one of hoursWords, as German listings put the hours after
// a year-less date: "22. 12.,15–17 Uhr" (taz, the 220th held-out round),
// "22.12., 15 Uhr", which were no date where "22.12. um 15 Uhr" was. The
// comma alone after a day and month may end a section's number or a
// list's item ("5.6., 7 Punkte"): the time's word or minutes say it is a
// date.
func commaClockAfterPoint(s string, e int) bool {
	if e+2 >= len(s) || s[e] != '.' || s[e+1] != ',' {
		return false
	}
	return timeSaysClock(s, skipSpace(s, e+2), true)
}

// timeSaysClock reports whether a time of day that says it is one starts
// at s[k]: its hour and two digits of minutes after a colon or a point
// (17.00, 17:00), or an hour and one of hoursWords (17 Uhr, 18 sati), or,
// where span, two hours joined by a dash before one of hoursWords (15–17
// Uhr).
func timeSaysClock(s string, k int, span bool) bool {
	h, he, hd := number(s, k)
	if hd == 0 || hd > 2 || h > 23 {
		return false
	}
	if he+1 < len(s) && (s[he] == ':' || s[he] == '.') {
		mi, me, md := number(s, he+1)
		return md == 2 && mi <= 59 && wordEnds(s, me) && !(me+1 < len(s) && s[me] == '.' && isDigit(s, me+1))
	}
	if span {
		if d := rangeDash(s, he); d > he {
			if h2, e2, d2 := number(s, d); d2 > 0 && d2 <= 2 && h2 > h && h2 <= 24 {
				he = e2
			}
		}
	}
	n := skipSpace(s, he)
	return n > he && isWordOf(s[n:latinWord(s, n)], hoursWords[:])
}

// maxAbbrevLetters is the most letters of a word that weekdayMayBeBefore
// takes for a weekday's abbreviation: "tirs", "tors", "sön".
const maxAbbrevLetters = 4

// weekdayMayBeBefore reports whether a word of Latin letters, of at most
// maxAbbrevLetters and with a point after it or not, ends one space
// before s[i] that the tables do not know, or know as a weekday, or that
// is a weekday's abbreviation of shortWeekdays.
func weekdayMayBeBefore(s string, i int) bool {
	j := i
	if j > 0 && s[j-1] == ' ' {
		j--
	}
	if j == i {
		return false
	}
	if j > 0 && s[j-1] == '.' {
		j--
	}
	w := wordBefore(s, j)
	if w == j || latinWord(s, w) != j || len([]rune(s[w:j])) > maxAbbrevLetters {
		return false
	}
	wd, known := lookupLatin(s, w, j)
	return !known || wd.kind == wWeekday || len(shortWeekdayWords(s[w:j])) > 0
}

// hourWordAfterPoint reports whether the point at s[e] is followed by a
// space, one of hourWordsBefore (klo, kl., kello, kell, plkst, klockan,
// godz., ore ...) and an hour of one or two digits: the point ends a
// date, not a sentence.
func hourWordAfterPoint(s string, e int) bool {
	if e+2 >= len(s) || s[e] != '.' || s[e+1] != ' ' {
		return false
	}
	w := latinWord(s, e+2)
	if w == e+2 {
		return false
	}
	k := w
	if k < len(s) && s[k] == '.' {
		k++
	}
	k = skipSpace(s, k)
	h, he, hd := number(s, k)
	return hd > 0 && hd <= 2 && h <= 23 && wordEnds(s, he) && hourWordBefore(s, e+1, k)
}

// spacedDayMonth reports whether a day and month are written with a
// point and one space after the day that ends at s[e], and a point after
// the month, whose year does not follow: "u nedjelju 20. 09. sa zalaskom
// sunca", as Croatian and Czech write them (see dotDayMonth, which reads
// them after a weekday or beside an occasion only).
func spacedDayMonth(s string, e int) bool {
	if e+3 >= len(s) || s[e] != '.' || s[e+1] != ' ' || !isDigit(s, e+2) {
		return false
	}
	_, me, digits := number(s, e+2)
	if digits == 0 || digits > 2 || me >= len(s) || s[me] != '.' {
		return false
	}
	_, _, yd := number(s, skipSpace(s, me+1))
	return yd == 0 // 20. 09. 2026 is spacedDotDate's
}

// TimeRange returns an *Error wrapping ErrLayout if r states the time of
// day of a range's end (8:00-9:00PM; "jusqu'au dimanche 17 septembre à
// 20h48", see endClock), or nil: a layout writes one time of day, the
// dateline's own, and cannot know the end's on another day.
func TimeRange(r *Result) *Error {
	for _, f := range r.Fields {
		if f.Flags&RangeEnd != 0 && f.Kind.IsClock() {
			return &Error{Input: r.Input, Offset: f.Start, Expected: "no time of day of a range's end, which a layout cannot write on another day",
				Found: r.Input[f.Start:f.End], Err: ErrLayout}
		}
	}
	return nil
}

// BracketedZone returns the error of a zone's name in brackets after an
// offset, RFC 9557's "2024-03-02T10:39:00+02:00[Asia/Jerusalem]", or nil:
// the name is text a layout would write on every day, beside the offset
// of the zone the day is written in ("-04:00[Asia/Jerusalem]" for a day
// in New York), which reads as an error. A layout leaves it out.
func BracketedZone(r *Result) *Error {
	for i := 1; i < len(r.Fields); i++ {
		if f := &r.Fields[i]; f.Kind == layout.Literal && r.Fields[i-1].Kind == layout.Zone && f.Start < f.End && r.Input[f.Start] == '[' {
			return &Error{Input: r.Input, Offset: f.Start, Expected: "no zone's name in brackets, which a layout would write beside another zone's offset",
				Found: r.Input[f.Start:f.End], Err: ErrLayout}
		}
	}
	return nil
}

// occasionAfterDate reports whether the name of an occasion follows the
// day and month with dots at s[i], as "16.09. Jom Kippur" (see
// dotDayMonth), or a colon after them, as a list of the holidays writes
// it: "24.09: Yom Kippur aften".
func occasionAfterDate(s string, i int) bool {
	_, e1, _ := number(s, i)
	if e1+1 >= len(s) || s[e1] != '.' {
		return false
	}
	_, e2, _ := number(s, e1+1)
	if e2 < len(s) && (s[e2] == '.' || s[e2] == ':') {
		e2++
	}
	j := skipSpace(s, e2)
	if j == e2 {
		return false
	}
	_, _, ok := matchOccasion(s, j, false)
	return ok
}

// weekdayAfterDayMonth reports whether a weekday's name follows the day
// and month with dots and no year at s[i], the month's point and a space
// between them, as Czech, German and Scandinavian schedules list the
// days: "11. 12. pátek 1. den Chanuka" (the Prague community's services,
// incoming.tsv), "11.12. Freitag". The date was left out and the weekday
// read alone, with the occasion after it, in the year whose occasion
// falls on such a weekday: December 8, 2023, where the page's is 11
// December 2020. dotDayMonth reads the date day first, as the dots say,
// and the weekday after it as the dateline's.
func weekdayAfterDayMonth(s string, i int) bool {
	_, e1, d1 := number(s, i)
	if d1 == 0 || d1 > 2 || e1+1 >= len(s) || s[e1] != '.' {
		return false
	}
	m := e1 + 1
	if s[m] == ' ' {
		m++
	}
	_, e2, d2 := number(s, m)
	if d2 == 0 || d2 > 2 || e2+1 >= len(s) || s[e2] != '.' || s[e2+1] != ' ' {
		return false
	}
	w, _, ok := wordAt(s, skipSpace(s, e2+1))
	return ok && w.kind == wWeekday
}

// dottedStart reports whether the hour h starts a time written with a
// point between it and its minutes (18.00), as the end of its range may
// then be written (see clockRange).
func dottedStart(s string, h *Field) bool {
	return h.End+2 < len(s) && s[h.End] == '.' && isDigit(s, h.End+1) && isDigit(s, h.End+2)
}

// dottedEnd reports whether the point at s[e], after an hour, starts the
// two digits of its minutes that end the time: not a date's month and
// year (18.00–12.05.2025, a range from a time to a date).
func dottedEnd(s string, e int) bool {
	_, e2, md := number(s, e+1)
	return md == 2 && !(e2+1 < len(s) && s[e2] == '.' && isDigit(s, e2+1))
}
