package parse

import (
	"errors"
	"strconv"
	"strings"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// ErrLayout is wrapped by the *Error that [Compile] returns for a layout
// that keeps a part of the reference day as literal text, or asks for a
// value a dateline never shows (a day of the year). Package dateline sets
// it, at init, to its own ErrLayout, as it does ErrTooLong.
var ErrLayout = errors.New("layout not understood")

// Compile compiles a layout string: a dateline, or any text with datelines,
// dates, weekdays and times of day in it, written for the reference day
// (see layout.Reference). Every one of them becomes elements, as [Parse]
// reads them; text around them stays literal, and in that text the
// notation of Go's time.Format is read too (January, Jan, Monday, Mon,
// 01, 02, _2, 2006, 06, 03, 04, 05; 15, 3, 4, 5 beside a colon; PM, pm,
// MST, -07:00, -0700, -07, Z07:00, Z0700, Z07 and their forms with
// seconds; .000, .999 or ,000 after a digit), so that every layout of
// package time writes its part exactly as time.Format does. A single
// digit elsewhere (Page 1) stays text. A bare Hebrew
// weekday, שני, is the weekday. A numeric date that reads both ways is
// read as the reference day, January 2 (01/02/2006 is month first,
// 02/01/2006 day first).
//
// Compile fails, with an *Error wrapping [ErrLayout] whose Offset and Found
// name the part, when a part of the reference day would be left as literal
// text and written unchanged on every day: the Hebrew year 5766, the
// Hebrew day ב׳ or month Tevet where no Hebrew date is read, January or
// Monday glued to other text, or a day of the year (002, __2), or a
// weekday said with Motzei (Motzei Yom Sheni, Motzei Shabbat), which names
// Saturday's evening alone and would be made up for the other days.
//
// It fails too for a numeric date whose numbers do not show whether a day
// or month below 10 is written padded, as no number of 12/28/2024 does
// (see UnshownPadding); 2024-12-28, year first, is padded.
//
// It fails too for a time of the day after its label before the date
// ("Candle lighting 3:04 pm, Monday, January 2"): the label is read after
// the date only (see layout.Zman), and before it the clock would write
// the dateline's own time of day under the label.
//
// It fails too, naming no part, for a layout that its own String would not
// give back: one whose parts, written for the reference day, read another
// way ("יום  כ מרץ" has the word יום before a day; written for the
// reference day, "יום ב ינואר", the day's letter ב makes it Monday).
func Compile(s string) (layout.Layout, error) {
	l, err := compile(s)
	if err != nil {
		return layout.Layout{}, err
	}
	if err := labelledClock(s, l); err != nil {
		return layout.Layout{}, err
	}
	if str := l.String(); str != s {
		if back, err := compile(str); err != nil || back.String() != str {
			return layout.Layout{}, &Error{Input: s, Expected: "a layout that reads one way: written for the reference day it is " +
				strconv.Quote(str) + ", which reads as another", Err: ErrLayout}
		}
	}
	return l, nil
}

// Layout compiles a layout string as [Compile] does, but never fails: a
// part of the reference day that Compile refuses stays literal text, and a
// layout with nothing to read is all literal, as it is for time.Format.
func Layout(s string) layout.Layout {
	l, _ := compile(s)
	return l
}

// compile is Compile, returning the layout with any part it refuses kept
// literal, and the first such part's error.
func compile(s string) (layout.Layout, *Error) {
	var (
		elems []layout.Element
		first *Error
		pos   int
	)
	lit := func(end int) {
		if end > pos {
			if k := len(elems) - 1; first == nil && k >= 0 && (elems[k].Kind == layout.Day || elems[k].Kind == layout.Month) {
				first = commaYearLiteral(s, pos, end)
			}
			var err *Error
			elems, err = appendLiteral(elems, s, pos, end)
			if first == nil {
				first = err
			}
		}
	}
	// A layout that is one whole dateline is read as Parse reads it, so
	// that the two never disagree on where it starts (",1 Adar 5783").
	if r, err := parseAppend(nil, s, true); err == nil {
		first = unwritable(&r)
		r = referenceReading(r)
		elems = make([]layout.Element, 0, len(r.Fields)+2)
		lit(r.Start)
		elems = appendFields(elems, &r)
		pos = r.End
		lit(len(s))
		return layout.New(elems...), first
	}
	var sc scanner
	sc.init(s, 0)
	sc.p.example = true
	for sc.next(true) {
		p := &sc.p
		r := referenceReading(Result{Input: s, Start: p.start, End: p.last, Fields: p.fields()})
		if err := unwritable(&r); err != nil && first == nil {
			first = err
		}
		lit(r.Start)
		elems = appendFields(elems, &r)
		pos = r.End
	}
	lit(len(s))
	return layout.New(elems...), first
}

// LayoutReadings returns the readings that Compile takes from layout s,
// which is not one whole dateline: the datelines in its text, in order.
func LayoutReadings(s string) []Result {
	var rs []Result
	var sc scanner
	sc.init(s, 0)
	sc.p.example = true
	for sc.next(true) {
		p := &sc.p
		rs = append(rs, Result{Input: s, Start: p.start, End: p.last, Fields: p.fields()})
	}
	return rs
}

// commaYearLiteral returns the error of the reference year's two digits
// after a day or month and a comma, s[pos:end] being the text after it: "Jan
// 2, 06", which the literal vocabulary reads as the year, writes "Jan 5,
// 12" for January 5, 2012, two days of a list, as a dateline's "Dec 22,
// 19" would (see commaYearError); or nil.
func commaYearLiteral(s string, pos, end int) *Error {
	if s[pos] != ',' {
		return nil
	}
	k := skipSpace(s, pos+1)
	if k+2 > end || s[k:k+2] != "06" || k+2 < len(s) && isDigit(s, k+2) {
		return nil
	}
	return &Error{Input: s, Offset: k, Expected: "a year of four digits after the comma (Jan 2, 2006, not Jan 2, 06)",
		Found: s[k : k+2], Err: ErrLayout}
}

// unshownError returns the *Error for a numeric date of r whose numbers
// do not show whether a day or month below 10 is written padded (see
// UnshownPadding), or nil.
func unshownError(r *Result) *Error {
	start, end, ok := UnshownPadding(r)
	if !ok {
		return nil
	}
	return &Error{Input: r.Input, Offset: start, Expected: "a numeric date that shows whether a day or month below 10 is written with a zero (01/02 or 1/2)",
		Found: r.Input[start:end], Err: ErrLayout}
}

// gluedMonthError returns the error of a layout whose month's name is
// glued to its day (see GluedMonth), or nil.
func gluedMonthError(r *Result) *Error {
	start, end, ok := GluedMonth(r)
	if !ok {
		return nil
	}
	return &Error{Input: r.Input, Offset: start, Expected: "a space between the month's name and its day (May 23, not May23)",
		Found: r.Input[start:end], Err: ErrLayout}
}

// unwritable returns the error of a reading that no layout writes for
// every day (see TimeRange, backwardError, motzeiError, unshownError,
// gluedMonthError, commaYearError, dashedYearError and otherDayError), or
// nil.
func unwritable(r *Result) *Error {
	for _, check := range [...]func(*Result) *Error{TimeRange, BracketedZone, backwardError, motzeiError, unshownError, gluedMonthError, commaYearError, dashedYearError, bareHebrewRangeError, otherDayError} {
		if err := check(r); err != nil {
			return err
		}
	}
	return nil
}

// backwardError returns the error of a range whose end comes before its
// start in the month ("Mar. 7-1", see Backward), or nil: package dateline
// refuses the dateline, and the end has no day a layout could write.
func backwardError(r *Result) *Error {
	for _, f := range r.Fields {
		if f.Flags&Backward != 0 {
			return &Error{Input: r.Input, Offset: f.Start, Expected: "a range's end after its start (Jan 2-5), not one that runs backwards",
				Found: r.Input[f.Start:f.End], Err: ErrLayout}
		}
	}
	return nil
}

// otherDayError returns the error of a numeric date in a layout string
// whose numbers are not the reference day's, January 2, 2006, in either
// order, or nil. Its numbers were taken for the fields of the order they
// were read in, and written in it: "06-01-02 | 2 Tevet 5766", the two
// digits of the year first, compiled as day, month and year and wrote
// "02-03-24" for March 2, 2024, and "03-01-06" compiled as "02-01-06",
// with nothing said (found trying the command as an adversary). A date
// with its month's name is written as the layout of its day, and is no
// layout string's (see dateline.Compile).
func otherDayError(r *Result) *Error {
	m, ok := r.Get(layout.Month)
	if !ok || !isDigit(r.Input, m.Start) {
		return nil
	}
	d, dok := r.Get(layout.Day)
	y, yok := r.Get(layout.Year)
	if m.Value == 1 && (!dok || d.Value == 2) && (!yok || y.Value == 2006 || y.Form == layout.TwoDigit && y.Value == 6) {
		return nil
	}
	start, end := m.Start, m.End
	for _, f := range [...]Field{d, y} {
		if f.End > f.Start {
			start, end = min(start, f.Start), max(end, f.End)
		}
	}
	return &Error{Input: r.Input, Offset: start, Expected: "the reference day's numeric date, January 2, 2006 (01/02/2006, 2006-01-02, 02.01.06), which a layout is written for",
		Found: r.Input[start:end], Err: ErrLayout}
}

// dashedYearError returns the error of a layout with a double year joined
// by a dash (see DashedYear), or nil.
func dashedYearError(r *Result) *Error {
	start, end, ok := DashedYear(r)
	if !ok {
		return nil
	}
	return &Error{Input: r.Input, Offset: start, Expected: "a double year joined by a slash (1708/9, not 1708-9)",
		Found: r.Input[start:end], Err: ErrLayout}
}

// DashedYear returns the span of a double year joined by a hyphen or an
// en dash in r ("20 January 1708-9"; see doubleYear), which no layout
// writes: the reader takes it for one only before 1752, where "2010-18"
// is a range of years and "September 26, 2010-10" no date, and a layout
// writes every day, of 2005 too.
func DashedYear(r *Result) (start, end int, ok bool) {
	for i := range r.Fields {
		f := &r.Fields[i]
		if f.Kind != layout.Year || f.Form != layout.LegalYear || f.End >= len(r.Input) || r.Input[f.End] == '/' {
			continue
		}
		for _, g := range r.Fields[i+1:] {
			if g.Kind == layout.Year {
				return f.Start, g.End, true
			}
		}
	}
	return 0, 0, false
}

// bareHebrewRangeError returns the error of a layout with a range of Hebrew
// days in letters without the geresh (see BareHebrewRange), or nil.
func bareHebrewRangeError(r *Result) *Error {
	start, end, ok := BareHebrewRange(r)
	if !ok {
		return nil
	}
	return &Error{Input: r.Input, Offset: start, Expected: "a range of Hebrew days with the geresh and gershayim (ב׳-כ״ב טבת, not ב-כב טבת)",
		Found: r.Input[start:end], Err: ErrLayout}
}

// BareHebrewRange returns the span of a range of Hebrew days written in
// letters without geresh or gershayim ("י-ל שבט", the 10th to the 30th),
// which no layout writes: it writes the reference day's 2nd, ב, before
// the hyphen, and "ב-כב טבת" reads as the prefix ב- (on) before the
// 22nd, as "ה-ז טבת" reads the article ה- before the 7th. "י-ל שבט" wrote
// the layout "ב-כב טבת", which compiled as "ב-ב טבת" (FuzzLayoutRoundTrip).
func BareHebrewRange(r *Result) (start, end int, ok bool) {
	for i := range r.Fields {
		f := &r.Fields[i]
		if f.Kind != layout.HebrewDay || f.Punct != layout.Bare || f.Flags&RangeEnd != 0 {
			continue
		}
		for _, g := range r.Fields[i+1:] {
			if g.Kind == layout.HebrewDay && g.Flags&RangeEnd != 0 {
				return f.Start, g.End, true
			}
		}
	}
	return 0, 0, false
}

// commaYearError returns the error of a layout with a year of two digits
// after a comma (see CommaYear), or nil.
func commaYearError(r *Result) *Error {
	start, end, ok := CommaYear(r)
	if !ok {
		return nil
	}
	return &Error{Input: r.Input, Offset: start, Expected: "a year of four digits after the comma (Jan 2, 2006, not Jan 2, 06)",
		Found: r.Input[start:end], Err: ErrLayout}
}

// CommaYear returns the span of a year of two digits after a comma in r
// ("Dec 22, 19"), which no layout writes: the reader takes such digits
// for the year only where a later day of the month cannot be meant (see
// commaYear), and a layout writes every day, "Jan 5, 12" too, which
// reads as no date.
func CommaYear(r *Result) (start, end int, ok bool) {
	for i := 1; i < len(r.Fields); i++ {
		if f := &r.Fields[i]; f.Kind == layout.Year && f.Form == layout.TwoDigit && literalComma(r.Fields, i) {
			return r.Fields[i-1].Start, f.End, true
		}
	}
	return 0, 0, false
}

// literalComma reports whether the literal before fields[i] ends with a
// comma and spaces: "Dec 22, 19", not "Sept. 2, '06", whose apostrophe
// says the digits are a year.
func literalComma(fields []Field, i int) bool {
	return i > 0 && fields[i-1].Kind == layout.Literal && strings.HasSuffix(strings.TrimRight(fields[i-1].Text, " "), ",")
}

// GluedMonth returns the span of a month's name glued to its day in r
// ("December17", see gluedMonthDay), which no layout writes: read on a
// page, the reader takes it for a full name of four letters or more only,
// and a layout writes every month, "May23" too, which reads as no date.
func GluedMonth(r *Result) (start, end int, ok bool) {
	for i := 0; i+1 < len(r.Fields); i++ {
		if f, g := &r.Fields[i], &r.Fields[i+1]; f.Kind == layout.Month && g.Kind == layout.Day && f.End == g.Start &&
			f.Start < len(r.Input) && !isDigit(r.Input, f.Start) { // a name, not 20060102's 01
			return f.Start, g.End, true
		}
	}
	return 0, 0, false
}

// motzeiError returns the error of a layout with a weekday said with
// Motzei (Motzei Shabbat, מוצ״ש), which names Saturday's evening alone: a
// layout writes every day, and would make up "Motzei Yom Sheni".
func motzeiError(r *Result) *Error {
	for i := range r.Fields {
		if f := &r.Fields[i]; f.Kind == layout.Weekday && f.Flags&Motzei != 0 {
			return &Error{Input: r.Input, Offset: f.Start, Expected: "a weekday's evening that every day has (Monday night, ליל שלישי), not Motzei, Saturday's alone",
				Found: r.Input[f.Start:f.End], Err: ErrLayout}
		}
		if f := &r.Fields[i]; f.Kind == layout.Holiday && f.Flags&Motzei != 0 {
			// Motzei Yom Kippur (see motzeiOccasion): the evening of an
			// occasion's last day, which no other day has.
			return &Error{Input: r.Input, Offset: f.Start, Expected: "an occasion's name that every day of it has, not Motzei, the evening after its last day",
				Found: r.Input[f.Start:f.End], Err: ErrLayout}
		}
	}
	return nil
}

// acceptLayout is the test Layout puts each reading to: any reading, but
// one that starts at the digits of time.Format's zone offset (the
// 07:00:00 of -07:00:00), which is for the literal text to read.
func acceptLayout(p *parser) bool {
	s, i := p.s, p.start
	if p.n == 0 {
		return false
	}
	if i == 0 || s[i-1] != '-' {
		return true
	}
	n, _ := goZone(s[i-1:])
	return n == 0 || isDigit(s, i-1+n)
}

// appendFields appends the elements of r's fields; the end of a range of
// times, which a layout cannot write (see TimeRange), stays literal text.
func appendFields(elems []layout.Element, r *Result) []layout.Element {
	n := len(elems)
	for i := range r.Fields {
		elems = append(elems, r.element(i))
	}
	MarkEvening(elems[n:], r)
	return elems
}

// MarkEvening marks the elements of r's fields, elems[i] of r.Fields[i],
// that say the dateline is the evening of its civil day: a field that
// says so (Field.Evening), an occasion said to begin that evening
// ("Iom Kipur comenzará el 1 de octubre", "Pesach begins at sundown on
// April 22": the layout writes, for another day, the occasion that begins
// on its evening, not the day's own, which reads back as a day earlier),
// and the words before the date that LeadingEvening reads (the evening of
// March 23, la noche del 23 de marzo).
func MarkEvening(elems []layout.Element, r *Result) {
	for i := range elems {
		f := &r.Fields[i]
		elems[i].Evening = f.Evening() || f.Kind == layout.Holiday && f.Flags&(Night|RangeEnd) == Night
	}
	if len(elems) > 0 && LeadingEvening(r) {
		elems[0].Evening = true
	}
}

// referenceReading returns the reading of r whose numeric date, if it reads
// both ways, is the reference day's, January 2.
func referenceReading(r Result) Result {
	if m, ok := r.Get(layout.Month); ok && m.Flags&Ambiguous != 0 {
		if d, _ := r.Get(layout.Day); !(m.Value == 1 && d.Value == 2) {
			if sw, ok := r.Swap(); ok {
				return sw
			}
		}
	}
	return r
}

// goClock are the numbers of time.Format's notation for a clock, read in
// text between datelines beside a colon (T15:04:05, where the parser reads
// a date and stops at the T).
var goClock = map[string]layout.Element{
	"15": {Kind: layout.Hour, Form: layout.Hour24Pad},
	"3":  {Kind: layout.Hour, Form: layout.Hour12},
	"4":  {Kind: layout.Minute, Form: layout.Plain},
	"5":  {Kind: layout.Second, Form: layout.Plain},
}

// goNumbers are the numbers of time.Format's notation that text between
// datelines does not have (a year, or two digits with a leading zero), and
// the elements they are. Other numbers of that notation (1, 2, and 15, 3,
// 4, 5 away from a colon) stay text where the parser reads no date or time
// in them, as in "Page 1" or "No. 15"; in "Jan 2" or "15:04" it reads them.
var goNumbers = map[string]layout.Element{
	"2006": {Kind: layout.Year, Form: layout.Plain},
	"06":   {Kind: layout.Year, Form: layout.TwoDigit},
	"01":   {Kind: layout.Month, Form: layout.NumericPad},
	"02":   {Kind: layout.Day, Form: layout.Padded},
	"03":   {Kind: layout.Hour, Form: layout.Hour12Pad},
	"04":   {Kind: layout.Minute, Form: layout.Padded},
	"05":   {Kind: layout.Second, Form: layout.Padded},
}

// goZones are time.Format's zone offsets, longest first where one is the
// start of another.
var goZones = []struct {
	text string
	form layout.Form
}{
	{"-070000", layout.ZoneOffsetSecondsShort}, {"-07:00:00", layout.ZoneOffsetSeconds},
	{"-0700", layout.ZoneOffsetShort}, {"-07:00", layout.ZoneOffset}, {"-07", layout.ZoneOffsetHour},
	{"Z070000", layout.ZoneISOSecondsShort}, {"Z07:00:00", layout.ZoneISOSeconds},
	{"Z0700", layout.ZoneISOShort}, {"Z07:00", layout.ZoneISO}, {"Z07", layout.ZoneISOHour},
}

// appendLiteral appends the elements of s[start:end], text that the parser
// read no dateline in: time.Format's notation and a bare Hebrew weekday
// become elements, other text stays literal. It returns the first part of
// the reference day it must leave literal, as an error.
func appendLiteral(elems []layout.Element, s string, start, end int) ([]layout.Element, *Error) {
	var first *Error
	from := start // where the pending literal text starts
	t := s[:end]
	for i := start; i < end; {
		g := readGoElement(s, t, i)
		switch {
		case g.refuse != "":
			if first == nil {
				first = &Error{Input: s, Offset: i, Expected: g.refuse, Found: s[i:g.end], Err: ErrLayout}
			}
		case g.elem.Kind != layout.Literal:
			if i > from {
				elems = append(elems, layout.Lit(s[from:i]))
			}
			elems = append(elems, g.elem)
			from = g.end
		}
		i = g.end
	}
	if end > from {
		elems = append(elems, layout.Lit(s[from:end]))
	}
	return elems, first
}

// A goRead is what readGoElement read: an element of the layout, a part of
// the reference day it must refuse (what it expected there), or neither,
// the text up to end staying literal.
type goRead struct {
	end    int
	elem   layout.Element
	refuse string
}

// readGoElement reads at t[i] one element of time.Format's notation or a
// bare Hebrew weekday, or the text to skip past. s is the whole layout, for
// the character before i.
func readGoElement(s, t string, i int) goRead {
	c := t[i]
	switch {
	case c == '-' || c == 'Z' && !(i > 0 && script.IsLatinLetter(rune(s[i-1]))):
		if n, f := goZone(t[i:]); n > 0 && !isDigit(t, i+n) {
			return goRead{end: i + n, elem: layout.Element{Kind: layout.Zone, Form: f}}
		}
		if c == '-' && strings.HasPrefix(t[i:], "-7") && !isDigit(t, i+2) && universalBefore(s, i) {
			// GMT-7: the offset's hour unpadded, after UTC's own name
			// only, as elsewhere -7 is text (#6-7).
			return goRead{end: i + 2, elem: layout.Element{Kind: layout.Zone, Form: layout.ZoneOffsetHourBare}}
		}
	case c == '_':
		if strings.HasPrefix(t[i:], "__2") && !isDigit(t, i+3) {
			return goRead{end: i + 3, refuse: "no day of the year, which a dateline does not show"}
		}
		if strings.HasPrefix(t[i:], "_2") && !isDigit(t, i+2) {
			return goRead{end: i + 2, elem: layout.Element{Kind: layout.Day, Form: layout.SpacePadded}}
		}
	case (c == '.' || c == ',' || c == ':' && strings.HasPrefix(t[i+1:], "000")) && i > 0 && isDigit(s, i-1) && i+1 < len(t) && (t[i+1] == '0' || t[i+1] == '9'):
		if g, ok := goFraction(s, t, i); ok {
			return g
		}
	case script.IsDigit(c):
		return goDigits(s, t, i)
	case script.IsLatinLetter(rune(c)):
		return goWord(s, t, i)
	case c == 0xD7:
		if g, ok := hebrewLiteral(t, i); ok {
			return g
		}
	}
	_, n := decode(s, i)
	return goRead{end: i + n}
}

// goFraction reads time.Format's fraction of a second at t[i]: .000,
// ,999999.
func goFraction(s, t string, i int) (goRead, bool) {
	j := i + 1
	for j < len(t) && t[j] == t[i+1] {
		j++
	}
	if isDigit(t, j) || j-i-1 > 9 {
		return goRead{}, false
	}
	f := layout.Element{Kind: layout.Fraction, Form: layout.FractionZeros, Text: s[i : i+1], Digits: int8(j - i - 1)}
	if t[i+1] == '9' {
		f.Form = layout.FractionNines
	}
	return goRead{end: j, elem: f}, true
}

// goDigits reads a run of digits at t[i]: one of time.Format's numbers
// (01, 02, 06, 2006; 15, 3, 4, 5 beside a colon), or the reference day's
// day of the year or Hebrew year, which it refuses.
func goDigits(s, t string, i int) goRead {
	j := i
	for j < len(t) && script.IsDigit(t[j]) {
		j++
	}
	if i > 0 && script.IsDigit(s[i-1]) {
		return goRead{end: j} // the end of a number read as something else
	}
	run := t[i:j]
	e, ok := goNumbers[run]
	if !ok && (j < len(t) && t[j] == ':' || i > 0 && s[i-1] == ':') {
		e, ok = goClock[run]
	}
	switch {
	case ok:
		return goRead{end: j, elem: e}
	case (run == "15" || run == "3") && hourLeadBefore(s, i):
		// "Jan 2 '06 at 15", "2. Januar 2006 um 15": the reference
		// time's hour after a word for "at", which stayed text, as "No.
		// 15" does, and wrote "at 15" for every time, with nothing said.
		return goRead{end: j, refuse: "the reference time's hour with its minutes (15:04, 3:04 pm) or its part of the day (3 pm), not an hour alone after a word for \"at\""}
	case run == "002":
		return goRead{end: j, refuse: "no day of the year, which a dateline does not show"}
	case run == "5766":
		return goRead{end: j, refuse: "the reference day's Hebrew year beside its Hebrew month"}
	}
	return goRead{end: j}
}

// hourLeadBefore reports whether a word for "at" (see clockLead) or "@"
// stands before s[i], with spaces between.
func hourLeadBefore(s string, i int) bool {
	k := trimSpaceBefore(s, i)
	if k == i || k == 0 {
		return false // " 3": no word before the spaces
	}
	if s[k-1] == '@' {
		return true
	}
	return clockLead(s[wordBefore(s, k):k])
}

// goWord reads a Latin word at t[i]: MST, PM, pm, the reference day's
// weekday or month name, or the Hebrew month Tevet without its day, which
// it refuses.
func goWord(s, t string, i int) goRead {
	j := i
	for j < len(t) && script.IsLatinLetter(rune(t[j])) {
		j++
	}
	if i > 0 && script.IsLatinLetter(rune(s[i-1])) {
		return goRead{end: j}
	}
	switch t[i:j] {
	case "MST":
		return goRead{end: j, elem: layout.Element{Kind: layout.Zone, Form: layout.ZoneName}}
	case "PM":
		return goRead{end: j, elem: layout.Element{Kind: layout.AMPM, Form: layout.AMPMUpper}}
	case "pm":
		return goRead{end: j, elem: layout.Element{Kind: layout.AMPM, Form: layout.AMPMLower}}
	}
	if w, ok := lookupLatin(t, i, j); ok && !w.variant && w.value == 1 {
		switch {
		case w.kind == wWeekday && (w.form == layout.Long || w.form == layout.Short):
			e := layout.Element{Kind: layout.Weekday, Form: w.form, Case: caseOf(t, i, j)}
			k := j
			if w.form == layout.Short && k < len(t) && t[k] == '.' {
				e.Form, k = layout.ShortDot, k+1
			}
			return goRead{end: k, elem: e}
		case w.kind == wMonth && (w.form == layout.Long || w.form == layout.Short):
			f := monthField(t, i, j, w)
			return goRead{end: f.End, elem: f.Element}
		}
	}
	if name, ok := hebrew.MatchMonth(t[i:]); ok && name.Month == hebrew.Tevet && i+name.Len == j {
		return goRead{end: j, refuse: "the reference day's Hebrew month beside its Hebrew day"}
	}
	return goRead{end: j}
}

// hebrewLiteral reads a Hebrew word at t[i]: a bare weekday (שני), or the
// reference day's Hebrew month or numerals (טבת, ב׳, תשס״ו), which it
// refuses.
func hebrewLiteral(t string, i int) (goRead, bool) {
	j := hebrewWord(t, i)
	if j == i {
		return goRead{}, false
	}
	if w, ok := lookupHebrew(t, i, j); ok && w.kind == wOrdinalDay && w.value == 1 && !w.variant {
		return goRead{end: j, elem: layout.Element{Kind: layout.Weekday, Form: layout.ScriptBare}}, true
	}
	if name, ok := hebrew.MatchMonth(t[i:]); ok && name.Month == hebrew.Tevet && i+name.Len == j {
		return goRead{end: j, refuse: "the reference day's Hebrew month beside its Hebrew day"}, true
	}
	if v, n, ok := readNumeral(t, i); ok && n > 0 && (v == 2 || v == 766 || v == 5766) && numeralMarked(t[i:i+n]) {
		return goRead{end: i + n, refuse: "the reference day's Hebrew date where it can be read"}, true
	}
	return goRead{end: max(j, i+1)}, true
}

// universalBefore reports whether s[:i] ends with UTC's own name (GMT,
// UTC, UT; see universal), not the end of a longer word.
func universalBefore(s string, i int) bool {
	for _, name := range [...]string{"GMT", "UTC", "UT"} {
		k := i - len(name)
		if k >= 0 && s[k:i] == name && (k == 0 || !script.IsLatinLetter(lastRuneOf(s, k))) {
			return true
		}
	}
	return false
}

// goZone returns the length and form of time.Format's zone offset at the
// start of s, or 0.
func goZone(s string) (int, layout.Form) {
	for _, z := range goZones {
		if strings.HasPrefix(s, z.text) {
			return len(z.text), z.form
		}
	}
	return 0, 0
}

// numeralMarked reports whether the Hebrew numeral s is written with a
// geresh or gershayim, as a numeral (ב׳, תשס״ו) and not a word or a letter.
func numeralMarked(s string) bool {
	for _, r := range s {
		if script.IsGeresh(r) || script.IsGershayim(r) {
			return true
		}
	}
	return false
}
