package parse

import (
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/script"
)

// A Flag records something the text says about a field beyond its value.
type Flag uint8

const (
	// Night marks a weekday said of its evening: "Mon. night", "Motzei
	// Shabbat", "ליל רביעי". The dateline's own day is then an evening,
	// when sites often give the next Hebrew date already.
	Night Flag = 1 << iota
	// Ambiguous marks the day and month of a numeric date that reads both
	// ways (03/02/2024); [Result.Swap] gives the other reading.
	Ambiguous
	// DayFirst marks the day of a numeric date read day first (02.03.2024).
	DayFirst
	// Qualified marks a HebrewMonth Adar written with a qualifier (Adar I,
	// Adar II, אדר ב׳); an unqualified Adar is ambiguous in a leap year.
	Qualified
	// RangeEnd marks a field of a range that is not the dateline's own day:
	// the 8 of "2-8 Cheshvan", the Thursday of "Thursday night-Friday".
	// Its Shift says how many days it lies from the dateline's day.
	RangeEnd
)

// A Field is one element the text states: what it is and how it is written
// (the embedded format.Element), the value read, and where it stands.
type Field struct {
	format.Element
	// Value is the value as written: a Gregorian or Hebrew day of the
	// month; a Gregorian month (1-12); a hebrew.Month; a year as written
	// (two digits for a TwoDigit year; a Hebrew year written without its
	// thousands is counted in the sixth millennium, as is the custom, so
	// תשפ״ד is 5784); a time.Weekday of the day the word names; an hour as
	// written (1-12 beside AM or PM); 0 for AM and 1 for PM; a zone's offset
	// in seconds east of UTC for a numeric zone. It is 0 for a Literal.
	Value int
	// Start and End are the field's byte span in the input.
	Start, End int
	Flags      Flag
}

// A Result is what a dateline in the text states: its fields in order, the
// literal text between them included.
type Result struct {
	Input      string
	Start, End int // the dateline's byte span in Input
	Fields     []Field
}

// Layout returns the layout the dateline is written in.
func (r *Result) Layout() format.Layout {
	elems := make([]format.Element, len(r.Fields))
	for i := range r.Fields {
		elems[i] = r.Fields[i].Element
	}
	return format.New(elems...)
}

// AppendLayout appends the layout of the dateline written for the
// reference day, Layout().String(), to b, without compiling the layout.
func (r *Result) AppendLayout(b []byte) []byte {
	var buf [maxFields + 2]format.Element
	elems := buf[:0]
	for i := range r.Fields {
		if len(elems) == len(buf) {
			break
		}
		elems = append(elems, r.Fields[i].Element)
	}
	return format.AppendLayout(b, elems)
}

// Get returns the field of kind k that states the dateline's own day (not
// the other end of a range), and whether there is one.
func (r *Result) Get(k format.Kind) (Field, bool) {
	for i := range r.Fields {
		if f := &r.Fields[i]; f.Kind == k && f.Flags&RangeEnd == 0 {
			return *f, true
		}
	}
	return Field{}, false
}

// Text returns the input text of field f.
func (r *Result) Text(f Field) string { return r.Input[f.Start:f.End] }

// Swap returns the other reading of an ambiguous numeric date (03/02/2024
// read as February 3 rather than March 2) and true, or false if the date
// has no other reading.
func (r *Result) Swap() (Result, bool) {
	di, mi := ambiguousPair(r.Fields)
	if di < 0 {
		return Result{}, false
	}
	s := *r
	s.Fields = append([]Field(nil), r.Fields...)
	swapPair(s.Fields, di, mi)
	return s, true
}

// ambiguousPair returns the indexes of the day and month of an ambiguous
// numeric date, or -1, -1.
func ambiguousPair(fields []Field) (day, month int) {
	day, month = -1, -1
	for i := range fields {
		f := &fields[i]
		if f.Flags&Ambiguous == 0 {
			continue
		}
		switch f.Kind {
		case format.Day:
			day = i
		case format.Month:
			month = i
		}
	}
	if day < 0 || month < 0 {
		return -1, -1
	}
	return day, month
}

// swapPair turns the day and month fields di and mi into each other, in
// place: the other reading of an ambiguous numeric date.
func swapPair(fields []Field, di, mi int) {
	d, m := &fields[di], &fields[mi]
	d.Kind, m.Kind = format.Month, format.Day
	d.Form, m.Form = monthNumericForm(d.Form), dayNumericForm(m.Form)
	d.Flags ^= DayFirst
	m.Flags ^= DayFirst
}

func monthNumericForm(day format.Form) format.Form {
	if day == format.Padded {
		return format.NumericPad
	}
	return format.Numeric
}

func dayNumericForm(month format.Form) format.Form {
	if month == format.NumericPad {
		return format.Padded
	}
	return format.Plain
}

// Parse reads s as one dateline or timestamp: a Gregorian date, a Hebrew
// date, or both in either order, with a weekday and a time of day, in any of
// the layouts real sites print (see the package documentation). Spaces and
// enclosing punctuation around it are allowed; any other text is an error,
// and [All] finds datelines inside longer text. Errors are *Error values
// with the offset where reading stopped.
func Parse(s string) (Result, error) {
	return ParseAppend(nil, s)
}

// ParseAppend is Parse with the fields appended to dst, so that a caller
// reading many datelines can reuse one slice: Result.Fields is dst's
// storage when it is large enough.
func ParseAppend(dst []Field, s string) (Result, error) {
	if len(s) > MaxInput {
		return Result{}, &Error{Input: s, Offset: MaxInput, Expected: "at most 4096 bytes", Found: foundAt(s, MaxInput), Err: ErrTooLong}
	}
	var p parser
	p.init(s)
	start := skipSpace(s, 0)
	p.run(start, true)
	if !p.dated() {
		return Result{}, p.error(start, "a date")
	}
	end := p.last
	// Closing punctuation after the dateline belongs to it: "(July 27, 2021)".
	k := end
	for k < len(s) {
		r, n := decode(s, k)
		if !script.IsSpace(r) && !isClosing(r) {
			break
		}
		k += n
	}
	if rest := skipSpace(s, k); rest < len(s) {
		return Result{}, p.error(rest, "the end of the dateline")
	}
	for k > end {
		r, n := lastRune(s, k)
		if !script.IsSpace(r) {
			break
		}
		k -= n
	}
	if k > end {
		p.push(Field{Element: format.Lit(s[end:k]), Start: end, End: k})
		end = k
	}
	p.finish()
	return Result{Input: s, Start: p.start, End: end, Fields: p.result(dst)}, nil
}

func isClosing(r rune) bool {
	switch r {
	case ')', ']', '.', ',', ';', '}', '>', '»':
		return true
	}
	return false
}

// lastRuneOf returns the rune before s[i].
func lastRuneOf(s string, i int) rune {
	r, _ := lastRune(s, i)
	return r
}

func lastRune(s string, i int) (rune, int) {
	j := i - 1
	for j > 0 && s[j]&0xC0 == 0x80 {
		j--
	}
	r, _ := decode(s, j)
	return r, i - j
}

// maxFields is the most fields a dateline holds, literals included: a
// dateline is a line, and a run of phrases that would take more ends it.
const maxFields = 40

// parser reads one dateline. Phrase methods add fields as they read and,
// when a phrase fails, restore what they added with mark and reset.
//
// The fields are kept in an array inside the parser, so that reading
// allocates nothing: Parse and All copy them out once, into the Result.
type parser struct {
	s     string
	buf   [maxFields + 2]Field // two more for the closing literals
	n     int                  // the fields read are buf[:n]
	full  bool                 // a phrase did not fit in maxFields
	start int                  // where the dateline starts
	last  int                  // end of the last element added
	// failAt and expected describe the furthest point reading reached
	// without success, for the error.
	failAt   int
	expected string
	failErr  error // ErrRange when what failed there is a number out of range, else ErrSyntax
	// anchorSecond is set when a weekday range names the evening before
	// the dateline's day ("Thursday night-Friday"): date ranges then end
	// on the dateline's day rather than start on it.
	anchorSecond bool
	// weak is set when the Gregorian date is one that free text does not
	// count as a date by itself: a numeric date without its year (12/25, a
	// fraction or a score as often), or a month written in lower case that
	// is also an English word (march 10 blocks, may 2).
	weak bool
	// list is set when reading free text, where an item separator (see
	// itemSeparator) may end one item of a list as well as part the two
	// calendars of one dateline: see endsItem.
	list bool
	// item is set for the look-ahead of endsItem, which reads one side
	// of an item separator and does not cross the next.
	item bool
}

// init makes p ready to read a dateline of s, without clearing the array.
func (p *parser) init(s string) {
	p.s, p.n, p.full = s, 0, false
	p.start, p.last = 0, 0
	p.failAt, p.expected, p.failErr = -1, "", ErrSyntax
	p.anchorSecond, p.weak = false, false
	p.list, p.item = false, false
}

// fields returns the fields read so far; the slice is p's own.
func (p *parser) fields() []Field { return p.buf[:p.n] }

// result returns a copy of the fields read: the one allocation of a
// successful Parse.
func (p *parser) result(dst []Field) []Field {
	if cap(dst)-len(dst) < p.n {
		dst = append(make([]Field, 0, len(dst)+p.n), dst...)
	}
	return append(dst, p.buf[:p.n]...)
}

// push appends f, or records that the dateline is full.
func (p *parser) push(f Field) {
	if p.n >= maxFields && f.Kind != format.Literal || p.n == len(p.buf) {
		p.full = true
		return
	}
	p.buf[p.n] = f
	p.n++
}

type mark struct{ n, last int }

func (p *parser) mark() mark { return mark{p.n, p.last} }

func (p *parser) reset(m mark) { p.n, p.last = m.n, m.last }

// fail records that reading at i expected what.
func (p *parser) fail(i int, what string) bool {
	if i > p.failAt {
		p.failAt, p.expected, p.failErr = i, what, ErrSyntax
	}
	return false
}

// failRange records that reading at i found a number where what was
// expected, of the right shape but out of range (hour 25, the year 10000):
// the error then wraps ErrRange, not ErrSyntax. It wins over a syntax
// failure at the same place.
func (p *parser) failRange(i int, what string) bool {
	if i >= p.failAt {
		p.failAt, p.expected, p.failErr = i, what, ErrRange
	}
	return false
}

// error returns the *Error for a dateline that could not be read, at the
// furthest point reached, or at i expecting what if reading got no further.
func (p *parser) error(i int, what string) *Error {
	err := ErrSyntax
	if p.failAt >= i {
		i, what, err = p.failAt, p.expected, p.failErr
	}
	return &Error{Input: p.s, Offset: i, Expected: what, Found: foundAt(p.s, i), Err: err}
}

// add appends f, preceded by the literal text since the last element.
func (p *parser) add(f Field) {
	if f.Start > p.last {
		p.push(Field{Element: format.Lit(p.s[p.last:f.Start]), Start: p.last, End: f.Start})
	}
	p.push(f)
	p.last = f.End
}

// has reports whether the dateline already states its own day's k.
func (p *parser) has(k format.Kind) bool {
	for i := range p.n {
		if f := &p.buf[i]; f.Kind == k && f.Flags&RangeEnd == 0 {
			return true
		}
	}
	return false
}

// dated reports whether what was read names a date: a month with a day or
// a year, in either calendar.
func (p *parser) dated() bool {
	return p.has(format.Month) && (p.has(format.Day) || p.has(format.Year)) ||
		p.has(format.HebrewMonth) && (p.has(format.HebrewDay) || p.has(format.HebrewYear)) ||
		p.has(format.Holiday)
}

// maxGap is the most separators read between two phrases.
const maxGap = 6

// run reads phrases and the separators between them from i, as long as
// they fit one dateline. lenient allows separators before the first phrase.
func (p *parser) run(i int, lenient bool) {
	p.start, p.last = i, i
	gap := 0
	for {
		j := skipSpace(p.s, i)
		if j >= len(p.s) {
			return
		}
		if p.n == 0 && !lenient {
			p.start, p.last = j, j
		}
		m := p.mark()
		if k, ok := p.phrase(j); ok {
			if p.full {
				p.reset(m)
				p.full = false
				return
			}
			i, gap = k, 0
			continue
		}
		k := p.separator(j)
		if k == j || gap == maxGap {
			return
		}
		if p.n == 0 && !lenient {
			return
		}
		if (p.list || p.item) && itemSeparator(p.s, j) && (p.item || p.endsItem(k)) {
			return
		}
		i = k
		gap++
	}
}

// separator reads one separator at i: punctuation sites put between the
// parts of a dateline, or a joining word (on, at, of, the). It returns i if
// there is none.
func (p *parser) separator(i int) int {
	r, n := decode(p.s, i)
	switch r {
	case ',', ';', '|', '/', '\\', '•', '·', '▪', '■', '●', '◆', '♦', '*', ':', '(', ')', '[', ']', '~', '@', '¦', '‖', '⋅', '∙':
		return i + n
	case '.':
		// A dot before a space ends a sentence, and the dateline with it:
		// in "… 10:39 am. Friday, March 2nd" the weekday is the next one's.
		if r2, _ := decode(p.s, i+n); !script.IsSpace(r2) {
			return i + n
		}
		return i
	}
	if script.IsDash(r) {
		return i + n
	}
	if script.IsLatinLetter(r) {
		e := latinWord(p.s, i)
		if w, ok := lookupLatin(p.s, i, e); ok && w.kind == wJoin {
			return e
		}
	}
	return i
}

// itemSeparator reports whether the separator at s[i] is one that may
// end an item of a list ("Shabbat Shekalim, March 9, 2024 · Erev Shabbos,
// 21 Adar I 5784") as well as part the two calendars of one dateline
// ("Saturday, March 2nd | 22 Adar I 5784").
func itemSeparator(s string, i int) bool {
	switch r, _ := decode(s, i); r {
	case '|', '¦', '‖', '•', '·', '▪', '■', '●', '◆', '♦', '⋅', '∙', ';':
		return true
	}
	return false
}

// endsItem reports whether the item separator before k ends the dateline
// read so far, because what follows it, up to the next item separator, is
// the next item of a list rather than the rest of this dateline. Nothing
// ends before the dateline names a day. After that, the side after the
// separator is read on its own, and it is the next item when it states
// something the dateline states already (a second Gregorian date, a
// second Hebrew year: "Shabbat Shekalim, March 9, 2024", "Purim 5784:
// March 24"), or a weekday of its own after a Gregorian date ("March 9,
// 2024 · Erev Shabbos, 21 Adar I 5784": a weekday leads the Gregorian
// side of a masthead, and the Hebrew side only when it comes first, as
// in "2 Tevet 5766 | Monday, January 2, 2006"); unless what comes before
// that weekday or repetition is the date of the calendar the dateline
// lacks. Then the dateline takes that date and ends before the rest, as
// in back-to-back mastheads: "Saturday, March 2nd | 22 Adar I 5784
// Sunday, March 3rd | 23 Adar I 5784".
//
// Otherwise the two sides form one dateline: the other calendar's date,
// a time of day, the day's occasions ("… | 14 Adar II 5784 | Purim |
// Parashat Tzav", as dualdate convert --occasions writes them).
func (p *parser) endsItem(k int) bool {
	if !p.dated() {
		return false
	}
	var q parser
	q.init(p.s)
	q.item = true
	q.run(k, false)
	fs := q.fields()
	var gregorian, hebrewDate bool // a date of each calendar before any repetition
	var month, day, year, hmonth, hday, hyear bool
	for _, f := range fs {
		if f.Kind == format.Literal || f.Flags&RangeEnd != 0 {
			continue
		}
		if p.has(f.Kind) || f.Kind == format.Weekday && p.has(format.Month) {
			// The next item starts here, or before the separator.
			return !(gregorian && !p.has(format.Month) || hebrewDate && !p.has(format.HebrewMonth))
		}
		switch f.Kind {
		case format.Month:
			month = true
		case format.Day:
			day = true
		case format.Year:
			year = true
		case format.HebrewMonth:
			hmonth = true
		case format.HebrewDay:
			hday = true
		case format.HebrewYear:
			hyear = true
		}
		gregorian = month && (day || year)
		hebrewDate = hmonth && (hday || hyear)
	}
	return false
}

// phrase reads one phrase at i: a date of either calendar, a weekday, a
// numeric date or a time of day.
func (p *parser) phrase(i int) (int, bool) {
	s := p.s
	c := s[i]
	switch {
	case script.IsDigit(c):
		return p.number(i)
	case c == '-' && i+5 < len(s) && s[i+5] == '-' && (i == 0 || signMayFollow(lastRuneOf(s, i))):
		// An ISO date before the common era, as the proleptic calendar
		// counts: -0500-03-02 (year -500, 501 BCE), at the start of the
		// text or after a space or a bracket; after other punctuation
		// ("--2006-01-02") the dash is text.
		if _, e, digits := number(s, i+1); digits == 4 && e == i+5 {
			m := p.mark()
			if i > p.last {
				p.push(Field{Element: format.Lit(s[p.last:i]), Start: p.last, End: i})
			}
			p.last = i + 1 // the minus sign is the year's
			if k, ok := p.numericDate(i + 1); ok {
				for j := m.n; j < p.n; j++ {
					if f := &p.buf[j]; f.Kind == format.Year {
						f.Value, f.Start = -f.Value, i
					}
				}
				return k, true
			}
			p.reset(m)
		}
		return i, p.fail(i, "a date")
	case c < 0x80 && script.IsLatinLetter(rune(c)):
		// The words of the tables first: they are one map lookup, and
		// only "Mar" (of Mar Cheshvan) is also the start of a Hebrew month.
		e := latinWord(s, i)
		w, ok := lookupLatin(s, i, e)
		if !ok || w.kind == wMonth && e-i == 3 && w.value == 3 {
			if name, ok := hebrew.MatchMonth(s[i:]); ok {
				return p.hebrewMonthFirst(i, name)
			}
		}
		if !ok {
			if k, ok := p.occasion(i); ok {
				return k, true
			}
			return i, p.fail(i, "a date")
		}
		return p.known(i, e, w)
	case c == 0xD7: // Hebrew letters
		if name, ok := hebrew.MatchMonth(s[i:]); ok {
			return p.hebrewMonthFirst(i, name)
		}
		e := hebrewWord(s, i)
		if w, ok := p.hebrewWord(i, e); ok {
			if k, ok := p.known(i, e, w); ok {
				return k, true
			}
		}
		if k, ok := p.hebrewNumeralFirst(i); ok {
			return k, true
		}
		return p.occasion(i)
	}
	return i, p.fail(i, "a date")
}

// known reads a phrase that starts with a word of the tables, s[i:e].
// Weekday words, Yom, Erev and Rosh also start holiday names (Shabbat
// Zachor, Yom Kippur, Erev Pesach, Rosh Hashana), which are tried first.
func (p *parser) known(i, e int, w word) (int, bool) {
	switch w.kind {
	case wMonth:
		return p.gregorianMonthFirst(i, e, w)
	case wWeekday, wYom, wErev, wMotzei, wLeil, wMotzash:
		if k, ok := p.occasion(i); ok {
			return k, true
		}
		return p.weekdays(i)
	case wRosh:
		if k, ok := p.roshChodesh(i, e); ok {
			return k, true
		}
		return p.occasion(i)
	case wPortion:
		return p.portion(i, e)
	}
	return i, p.fail(i, "a date")
}

// hebrewWord looks up a Hebrew word, also without the prefix ב before a
// Gregorian month name (בספטמבר).
func (p *parser) hebrewWord(i, e int) (word, bool) {
	if w, ok := lookupHebrew(p.s, i, e); ok {
		return w, true
	}
	if e-i > 2 && p.s[i:i+2] == "ב" {
		if w, ok := lookupHebrew(p.s, i+2, e); ok && w.kind == wMonth {
			return w, true
		}
	}
	return word{}, false
}

// number reads a phrase that starts with a number: a time of day, a
// numeric date, or a date written day first.
func (p *parser) number(i int) (int, bool) {
	s := p.s
	_, e, digits := number(s, i)
	if digits > 4 {
		return i, p.fail(i, "a date")
	}
	if e < len(s) && s[e] == ':' && isDigit(s, e+1) {
		return p.clock(i)
	}
	if e < len(s) && (s[e] == '/' || s[e] == '.' || s[e] == '-') && isDigit(s, e+1) {
		if k, ok := p.numericDate(i); ok {
			return k, true
		}
	}
	return p.dayFirst(i)
}

// dayField reads a day of the month written in digits at i (2, 02, 2nd).
func dayField(s string, i int) (Field, bool) {
	v, e, digits := number(s, i)
	if digits == 0 || digits > 2 || v == 0 {
		return Field{}, false
	}
	f := Field{Value: v, Start: i, End: e}
	if digits == 2 && s[i] == '0' {
		f.Form = format.Padded
	}
	if k, c, ok := ordinal(s, e); ok {
		f.Form, f.Case, f.End = format.Ordinal, c, k
	} else if !wordEnds(s, e) {
		return Field{}, false
	}
	return f, true
}

// dayFirst reads a date that starts with its day: 2 January 2006, 2nd of
// Tevet, 2-8 Cheshvan, 15-16 February, 21. ספטמבר 2023.
func (p *parser) dayFirst(i int) (int, bool) {
	s := p.s
	day, ok := dayField(s, i)
	if !ok {
		return i, p.fail(i, "a date")
	}
	k := day.End
	// A range: 2-8, 22-28.
	var end Field
	hasEnd := false
	if r, n := decode(s, k); script.IsDash(r) {
		if f, ok := dayField(s, k+n); ok && f.Value > day.Value && f.Value <= 31 {
			end, hasEnd = f, true
			k = f.End
		}
	} else if j, dash := rangeJoin(s, k); j > k && !dash {
		// A pair: 10 & 11 March, 10 and 11 Adar II; afterDay requires
		// the month.
		if f, ok := dayField(s, j); ok && f.Value > day.Value && f.Value <= 31 {
			end, hasEnd = f, true
			k = f.End
		}
	}
	// "21. ספטמבר": a dot after the day; "03-Mar-2024", "03/Mar/2024": a
	// dash or slash before a month name.
	if k < len(s) && s[k] == '.' {
		k++
	} else if k+1 < len(s) && (s[k] == '-' || s[k] == '/') && !hasEnd {
		if w, _, ok := p.wordAt(k + 1); ok && w.kind == wMonth {
			k++
		}
	}
	k = skipSpace(s, k)
	// "22nd of Adar", "the 2nd of".
	if j := latinWord(s, k); j > k {
		if w, ok := lookupLatin(s, k, j); ok && w.kind == wJoin && (s[k]|0x20) == 'o' {
			k = skipSpace(s, j)
		}
	}
	return p.afterDay(i, day, end, hasEnd, k)
}

// afterDay reads the month after a day (and range end) and the year after
// that, in either calendar.
func (p *parser) afterDay(i int, day, end Field, hasEnd bool, k int) (int, bool) {
	s := p.s
	if k >= len(s) {
		return i, p.fail(k, "a month name")
	}
	if name, ok := hebrew.MatchMonth(s[k:]); ok {
		if p.has(format.HebrewDay) || p.has(format.HebrewMonth) {
			return i, p.fail(i, "the end of the dateline")
		}
		if !hasEnd {
			name = rangeAdar(s, k, name)
		}
		m := p.mark()
		day.Kind = format.HebrewDay
		p.add(day)
		if hasEnd {
			end.Kind = format.HebrewDay
			end.Shift = int8(end.Value - day.Value)
			end.Flags |= RangeEnd
			p.add(end)
		}
		p.add(hebrewMonthField(s, k, name))
		if !hasEnd {
			p.monthRange(day)
		}
		e, _ := p.hebrewYear(p.last)
		if e < 0 {
			p.reset(m)
			return i, false
		}
		return p.last, true
	}
	var w word
	var e int
	switch c := s[k]; {
	case c < 0x80 && script.IsLatinLetter(rune(c)):
		e = latinWord(s, k)
		w, _ = lookupLatin(s, k, e)
	case c == 0xD7:
		e = hebrewWord(s, k)
		w, _ = p.hebrewWord(k, e)
	}
	if w.kind != wMonth {
		return i, p.fail(k, "a month name")
	}
	if p.has(format.Day) || p.has(format.Month) {
		return i, p.fail(i, "the end of the dateline")
	}
	day.Kind = format.Day
	p.add(day)
	if hasEnd {
		end.Kind = format.Day
		end.Shift = int8(end.Value - day.Value)
		end.Flags |= RangeEnd
		p.add(end)
	}
	p.add(monthField(s, k, e, w))
	if !hasEnd {
		p.monthRange(day)
	}
	p.gregorianYear(p.last)
	return p.last, true
}

// monthField returns the field of the Gregorian month name s[i:e], taking a
// dot after an abbreviation (Jan., Sept.).
func monthField(s string, i, e int, w word) Field {
	f := Field{Value: int(w.value), Start: i, End: e}
	f.Kind, f.Form = format.Month, w.form
	if s[i] == 0xD7 {
		f.Form = format.Script
		f.Prefix = lookupHebrewPrefixed(s, i, e)
		if w.variant {
			f.Text, f.Of = s[i:e], w.value
			if f.Prefix {
				f.Text = s[i+len("ב") : e] // the prefix is the element's own
			}
		}
		return f
	}
	f.Case = caseOf(s, i, e)
	// A dot ends an abbreviation (Jan. 2), unless a digit follows it
	// (Jan.2): then it is text between the month and the day, which a
	// layout must write after May as after Jan.
	dot := e < len(s) && s[e] == '.' && !isDigit(s, e+1)
	switch {
	case w.form == format.AP: // Sept
		if dot {
			f.End++
		} else {
			f.Form, f.Text, f.Of = format.Short, s[i:e], w.value
		}
	case w.form == format.Short && dot && w.value != 5:
		f.Form = format.ShortDot
		f.End++
	case w.form == format.Long && dot && e-i <= 5 && w.value != 5:
		// June., July.: written out, then a stray dot; keep it literal.
	}
	return f
}

// lookupHebrewPrefixed reports whether the Hebrew word s[i:e] is a month
// name with the prefix ב.
func lookupHebrewPrefixed(s string, i, e int) bool {
	_, ok := lookupHebrew(s, i, e)
	return !ok && e-i > 2 && s[i:i+2] == "ב"
}

// gregorianMonthFirst reads a date that starts with a Gregorian month name:
// January 2, 2006; Jan. 2nd; September 16 2024; February 2022; November
// 30-December 1.
func (p *parser) gregorianMonthFirst(i, e int, w word) (int, bool) {
	s := p.s
	if p.has(format.Day) || p.has(format.Month) {
		return i, p.fail(i, "the end of the dateline")
	}
	m := p.mark()
	month := monthField(s, i, e, w)
	if month.Case == format.Lower && (month.Value == 3 || month.Value == 5) && month.Form == format.Long {
		p.weak = true // march, may
	}
	k := skipSpace(s, month.End)
	if k < len(s) && s[k] == '.' && isDigit(s, k+1) {
		k++ // "May.7": a dot between the month and the day, kept as text
	}
	if day, ok := dayField(s, k); ok {
		p.add(month)
		p.add(day.withKind(format.Day))
		p.gregorianRange(day)
		p.gregorianYear(p.last)
		return p.last, true
	}
	if v, ye, digits := number(s, k); digits == 4 && yearEnds(s, ye) {
		p.add(month)
		p.add(Field{Element: format.Element{Kind: format.Year}, Value: v, Start: k, End: ye})
		return p.last, true
	}
	p.reset(m)
	return i, p.fail(k, "a day of the month or a year")
}

func (f Field) withKind(k format.Kind) Field {
	f.Kind = k
	return f
}

// hebrewDayField reads a day of the month written in Hebrew letters at i
// (ב׳, כ״ב, טו).
func hebrewDayField(s string, i int) (Field, bool) {
	if i >= len(s) || s[i] != 0xD7 {
		return Field{}, false
	}
	v, n, ok := readNumeral(s, i)
	if !ok || v < 1 || v > 30 {
		return Field{}, false
	}
	e := i + n
	if r, _ := decode(s, e); script.IsHebrewLetter(r) {
		return Field{}, false
	}
	return Field{Element: format.Element{Form: format.Numeral, Punct: punctOf(s, i, e)}, Value: v, Start: i, End: e}, true
}

// yearEnds reports whether a number ending at e can be a year: it is not
// the start of a time (2017:), a numeric date or a longer word.
func yearEnds(s string, e int) bool {
	if e < len(s) {
		switch s[e] {
		case ':', '/', '-', '.':
			if isDigit(s, e+1) {
				return false
			}
		}
	}
	return wordEnds(s, e)
}

// gregorianYear reads an optional Gregorian year at k: , 2006 or '06.
func (p *parser) gregorianYear(k int) {
	s := p.s
	if p.has(format.Year) {
		return
	}
	if k < len(s) && (s[k] == ',' || s[k] == '.') {
		k++
	} else if k < len(s) && (s[k] == '-' || s[k] == '/') && isDigit(s, k+1) {
		k++ // 03-Mar-2024
	}
	k = skipSpace(s, k)
	if r, n := decode(s, k); script.IsApostrophe(r) {
		if v, e, digits := number(s, k+n); digits == 2 && yearEnds(s, e) {
			p.add(Field{Element: format.Element{Kind: format.Year, Form: format.TwoDigit}, Value: v, Start: k + n, End: e})
		}
		return
	}
	if k < len(s) && s[k] == '-' && p.last < k {
		// A year before 1, as the proleptic calendar counts and format
		// writes it: "January 1, -0001" (2 BCE).
		if v, e, digits := number(s, k+1); digits == 4 && yearEnds(s, e) {
			p.add(Field{Element: format.Element{Kind: format.Year}, Value: -v, Start: k, End: e})
			return
		}
	}
	if v, e, digits := number(s, k); digits == 4 && yearEnds(s, e) {
		p.add(Field{Element: format.Element{Kind: format.Year}, Value: v, Start: k, End: e})
	} else if digits > 4 && yearEnds(s, e) {
		p.failRange(k, "a year of at most four digits")
	}
}

// hebrewYear reads an optional Hebrew year at k: , 5784 or תשפ״ד or
// ה׳תשפ״ד. It returns the end, or -1 if a year was required and missing.
func (p *parser) hebrewYear(k int) (int, bool) {
	s := p.s
	if k < len(s) && s[k] == ',' {
		k++
	}
	k = skipSpace(s, k)
	if f, ok := hebrewYearField(s, k); ok {
		p.add(f)
		return f.End, true
	}
	if _, e, digits := number(s, k); digits > 4 && yearEnds(s, e) {
		p.failRange(k, "a Hebrew year from 1 to 9999")
	}
	// A year of one or two digits, as in the first years of the calendar
	// ("1 Tishrei 1"), only after a day and at the end of the dateline or
	// before a separator: elsewhere such a number is a day.
	if v, e, digits := number(s, k); digits >= 1 && digits <= 2 && p.has(format.HebrewDay) && yearEnds(s, e) {
		if r, n := decode(s, skipSpace(s, e)); n == 0 || r == '|' || r == '(' {
			p.add(Field{Element: format.Element{Kind: format.HebrewYear}, Value: v, Start: k, End: e})
			return e, true
		}
	}
	return k, false
}

// hebrewYearField reads a Hebrew year at k, in digits (3 or 4) or in Hebrew
// letters: a numeral of at least 100, or a count of thousands alone (ה׳).
func hebrewYearField(s string, k int) (Field, bool) {
	if v, e, digits := number(s, k); digits >= 3 && digits <= 4 && yearEnds(s, e) {
		return Field{Element: format.Element{Kind: format.HebrewYear}, Value: v, Start: k, End: e}, true
	}
	if k >= len(s) || s[k] != 0xD7 {
		return Field{}, false
	}
	v, n, ok := readNumeral(s, k)
	if !ok {
		return Field{}, false
	}
	e := k + n
	f := Field{Element: format.Element{Kind: format.HebrewYear, Punct: punctOf(s, k, e)}, Start: k, End: e}
	switch {
	case v >= 1000:
		f.Form, f.Value = format.Thousands, v
	case v >= 100:
		f.Form, f.Value = format.Numeral, v+5000
	case v < 10 && f.Punct != format.Bare:
		// ה׳ alone: the year 5000.
		f.Form, f.Value = format.Thousands, v*1000
	default:
		return Field{}, false
	}
	if r, _ := decode(s, e); script.IsHebrewLetter(r) {
		return Field{}, false
	}
	return f, true
}

// hebrewMonthField returns the field of the Hebrew month name read at k.
func hebrewMonthField(s string, k int, name hebrew.MonthName) Field {
	f := Field{Value: int(name.Month), Start: k, End: k + name.Len}
	f.Kind, f.Spelling = format.HebrewMonth, name.Spelling
	if !name.Spelling.Family.IsHebrew() {
		f.Case = caseOf(s, k, k+name.Len)
	}
	if name.Qualified {
		f.Flags |= Qualified
	}
	return f
}

// hebrewMonthFirst reads a Hebrew date that starts with its month: Tevet 2,
// 5766; Adar 6; Kislev 5, 5775; Adar I, 5782; אדר א תשע״ט.
func (p *parser) hebrewMonthFirst(i int, name hebrew.MonthName) (int, bool) {
	s := p.s
	if p.has(format.HebrewDay) || p.has(format.HebrewMonth) {
		return i, p.fail(i, "the end of the dateline")
	}
	m := p.mark()
	month := hebrewMonthField(s, i, name)
	k := skipSpace(s, month.End)
	day, ok := dayField(s, k)
	if !ok && name.BaseLen < name.Len && skipSpace(s, i+name.BaseLen) > i+name.BaseLen {
		// "Adar 1, 5784": the digit after Adar is its day, not Adar I
		// (which Adar1, without a space, is).
		month = hebrewMonthField(s, i, hebrew.MonthName{Month: hebrew.Adar, Spelling: name.Spelling, Len: name.BaseLen, BaseLen: name.BaseLen})
		month.Spelling.Adar = hebrew.AdarDefault
		k = skipSpace(s, month.End)
		day, ok = dayField(s, k)
	}
	p.add(month)
	if ok {
		day.Kind = format.HebrewDay
		p.add(day)
		p.hebrewRange(day)
		p.hebrewYear(p.last)
		return p.last, true
	}
	if _, ok := p.hebrewYear(month.End); ok {
		return p.last, true
	}
	p.reset(m)
	return i, p.fail(k, "a day of the month or a year")
}

// roshChodesh reads "Rosh Chodesh Elul, 5743" (or ראש חודש אלול): the first
// day of a month, which the dateline layer also tries as the 30th of the
// month before, the first day of a two-day Rosh Chodesh.
func (p *parser) roshChodesh(i, e int) (int, bool) {
	s := p.s
	w, e2, ok := p.wordAt(skipSpace(s, e))
	if !ok || w.kind != wChodesh {
		return i, p.fail(skipSpace(s, e), "Rosh Chodesh")
	}
	form := format.RoshChodesh
	if s[i] == 0xD7 {
		form = format.RoshChodeshScript
	}
	day := Field{Value: 1, Start: i, End: e2}
	day.Kind, day.Form = format.HebrewDay, form
	if s[i] != 0xD7 {
		day.Case = caseOf(s, i, e2)
	}
	k := skipSpace(s, e2)
	name, ok := hebrew.MatchMonth(s[k:])
	if !ok {
		return i, p.fail(k, "a month name")
	}
	if p.has(format.HebrewDay) || p.has(format.HebrewMonth) {
		return i, p.fail(i, "the end of the dateline")
	}
	p.add(day)
	p.add(hebrewMonthField(s, k, name))
	// "Rosh Chodesh Adar II 2024": a year below 3000 is Gregorian, as
	// after an occasion ("Purim 2024"), whose name this also is.
	k = p.last
	if k < len(s) && s[k] == ',' {
		k++
	}
	k = skipSpace(s, k)
	if v, e, digits := number(s, k); digits == 4 && v < 3000 && yearEnds(s, e) && !p.has(format.Year) {
		p.add(Field{Element: format.Element{Kind: format.Year}, Value: v, Start: k, End: e})
		return p.last, true
	}
	p.hebrewYear(p.last)
	return p.last, true
}

// hebrewNumeralFirst reads a date that starts with a day in Hebrew letters:
// כ״ב באדר א׳ תשפ״ד, ל' בשבט.
func (p *parser) hebrewNumeralFirst(i int) (int, bool) {
	s := p.s
	v, n, ok := readNumeral(s, i)
	e := i + n
	punct := punctOf(s, i, e)
	// A day past 30 (ל״א) is read, as 31 in digits is, for the dateline
	// layer to report, but only when punctuated as a numeral: bare, it is
	// as likely a word (לא, "not").
	if !ok || v < 1 || v > 99 || v > 30 && punct == format.Bare {
		return i, p.fail(i, "a date")
	}
	if r, _ := decode(s, e); script.IsHebrewLetter(r) {
		return i, p.fail(i, "a date")
	}
	day := Field{Element: format.Element{Form: format.Numeral, Punct: punct}, Value: v, Start: i, End: e}
	var end Field
	hasEnd := false
	k := e
	if r, n := decode(s, k); script.IsDash(r) {
		v2, n2, ok2 := readNumeral(s, k+n)
		if e-i == len("ב") && (!ok2 || punctOf(s, k+n, k+n+n2) != format.Bare) {
			// ב-18, ב-י״ח: a single bare letter before a hyphen is a
			// prefix ("on"), not a day, unless a bare letter follows
			// (ב-ח, 2-8).
			return i, p.fail(i, "a date")
		}
		if ok2 && v2 > v && v2 <= 30 {
			end = Field{Element: format.Element{Form: format.Numeral, Punct: day.Punct}, Value: v2, Start: k + n, End: k + n + n2}
			hasEnd = true
			k = end.End
		}
	}
	return p.afterDay(i, day, end, hasEnd, skipSpace(s, k))
}

// numericDate reads a date written in numbers: 03/02/2024, 2.3.2024,
// 24.1.24, 1.21.20, 2024-03-02.
func (p *parser) numericDate(i int) (int, bool) {
	s := p.s
	rd, at, what := readNumericDate(s, i)
	if what != "" {
		return i, p.fail(at, what)
	}
	if p.has(format.Day) || p.has(format.Month) {
		return i, p.fail(i, "the end of the dateline")
	}
	m := p.mark()
	for _, f := range rd.fields[:rd.n] {
		p.add(f)
	}
	if rd.n == 2 {
		p.weak = true
	}
	if rd.isoTime {
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
	sep := s[e1]
	v2, e2, d2 := number(s, e1+1)
	if sep == '/' && d1 <= 2 && d2 <= 2 && !(e2+1 < len(s) && s[e2] == sep && isDigit(s, e2+1)) {
		return readDayMonth(s, i, v1, e1, d1, v2, e2, d2)
	}
	if e2 >= len(s) || s[e2] != sep || !isDigit(s, e2+1) || d2 > 2 {
		return rd, e2, "a numeric date"
	}
	v3, e3, d3 := number(s, e2+1)
	// 2024-03-02T10:39:00Z: an ISO date and time.
	rd.isoTime = d1 == 4 && sep == '-' && e3+1 < len(s) && s[e3] == 'T' && isDigit(s, e3+1)
	if !rd.isoTime && !wordEnds(s, e3) || e3+1 < len(s) && s[e3] == sep && isDigit(s, e3+1) {
		return rd, e3, "the end of the numeric date"
	}
	num := func(k format.Kind, v, start, end, digits int) Field {
		f := Field{Value: v, Start: start, End: end}
		f.Kind = k
		padded := digits == 2 && s[start] == '0'
		switch {
		case k == format.Month && padded:
			f.Form = format.NumericPad
		case k == format.Month:
			f.Form = format.Numeric
		case k == format.Year && digits == 2:
			f.Form = format.TwoDigit
		case padded:
			f.Form = format.Padded
		}
		return f
	}
	rd.n, rd.end = 3, e3
	if d1 == 4 {
		// ISO order: year, month, day.
		if d3 > 2 || v2 < 1 || v2 > 12 || v3 < 1 || v3 > 31 {
			return rd, i, "a numeric date"
		}
		rd.fields = [3]Field{num(format.Year, v1, i, e1, d1), num(format.Month, v2, e1+1, e2, d2), num(format.Day, v3, e2+1, e3, d3)}
		return rd, 0, ""
	}
	if d1 > 2 || d3 != 2 && d3 != 4 {
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
	first, second := num(format.Month, v1, i, e1, d1), num(format.Day, v2, e1+1, e2, d2)
	if dayFirst {
		first, second = num(format.Day, v1, i, e1, d1), num(format.Month, v2, e1+1, e2, d2)
		flags |= DayFirst
	}
	first.Flags |= flags
	second.Flags |= flags
	rd.fields = [3]Field{first, second, num(format.Year, v3, e2+1, e3, d3)}
	return rd, 0, ""
}

// readDayMonth reads a numeric date without its year, written with a
// slash: 12/25, 25/12, 03/02 (which reads both ways). The three-part
// date's rules for order apply.
func readDayMonth(s string, i, v1, e1, d1, v2, e2, d2 int) (numericRead, int, string) {
	var rd numericRead
	if d2 == 0 || !wordEnds(s, e2) || e2+1 < len(s) && (s[e2] == ':' || s[e2] == '.') && isDigit(s, e2+1) {
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
		first.Kind, first.Form = format.Month, monthNumericForm(dayForm(s, i, d1))
		second.Kind, second.Form = format.Day, dayForm(s, e1+1, d2)
	} else {
		first.Kind, first.Form = format.Day, dayForm(s, i, d1)
		second.Kind, second.Form = format.Month, monthNumericForm(dayForm(s, e1+1, d2))
		flags |= DayFirst
	}
	first.Flags, second.Flags = flags, flags
	rd.fields[0], rd.fields[1], rd.n, rd.end = first, second, 2, e2
	return rd, 0, ""
}

// dayForm returns the form of a day written with n digits at s[i]: Padded
// for 02, Plain otherwise.
func dayForm(s string, i, n int) format.Form {
	if n == 2 && s[i] == '0' {
		return format.Padded
	}
	return format.Plain
}

// clock reads a time of day: 3:04 pm, 15:04, 15:04:05, 8:28pm, 03:05:48 PM,
// 10:39 a.m., with an optional zone (EDT, IST, -04:00).
func (p *parser) clock(i int) (int, bool) {
	s := p.s
	if p.has(format.Hour) {
		return i, p.fail(i, "the end of the dateline")
	}
	h, e, hd := number(s, i)
	mi, e2, md := number(s, e+1)
	if hd == 0 || hd > 2 || md != 2 {
		return i, p.fail(i, "a time of day")
	}
	if h > 24 {
		return i, p.failRange(i, "an hour from 0 to 23")
	}
	if mi > 59 {
		return i, p.failRange(e+1, "a minute from 0 to 59")
	}
	hour := Field{Value: h, Start: i, End: e}
	hour.Kind = format.Hour
	minute := Field{Value: mi, Start: e + 1, End: e2}
	minute.Kind, minute.Form = format.Minute, format.Padded
	var second Field
	hasSecond := false
	k := e2
	if k+2 < len(s) && s[k] == ':' && isDigit(s, k+1) {
		sec, e3, sd := number(s, k+1)
		if sd != 2 {
			return i, p.fail(k+1, "seconds")
		}
		if sec > 60 {
			return i, p.failRange(k+1, "a second from 0 to 59")
		}
		second = Field{Value: sec, Start: k + 1, End: e3}
		second.Kind, second.Form = format.Second, format.Padded
		hasSecond = true
		k = e3
	}
	ampm, ok := ampmAt(s, skipSpace(s, k))
	if ok && (h < 1 || h > 12) {
		ok = false
	}
	hour.Form = hourForm(ok, hd, s[i])
	m := p.mark()
	p.add(hour)
	p.add(minute)
	if hasSecond {
		p.add(second)
	}
	if ok {
		p.add(ampm)
	}
	if z, ok := zoneAt(s, skipSpace(s, p.last)); ok {
		p.add(z)
	}
	if p.last == k && !wordEnds(s, k) {
		// Letters glued to the time that are neither am/pm (8:28pm) nor
		// a zone (10:39Z, 15:04MST).
		p.reset(m)
		return i, p.fail(k, "a time of day")
	}
	return p.last, true
}

// hourForm returns the form of an hour of digits digits, the first of them
// lead, with or without AM or PM after it (twelve).
func hourForm(twelve bool, digits int, lead byte) format.Form {
	switch {
	case twelve && digits == 2 && lead == '0':
		return format.Hour12Pad
	case twelve:
		return format.Hour12
	case digits == 2:
		return format.Hour24Pad
	}
	return format.Hour24
}

// ampm reads am, pm, AM, PM, a.m. or p.m. at i.
func ampmAt(s string, i int) (Field, bool) {
	if i+2 > len(s) {
		return Field{}, false
	}
	a := s[i] | 0x20
	if a != 'a' && a != 'p' {
		return Field{}, false
	}
	f := Field{Start: i}
	f.Kind = format.AMPM
	if a == 'p' {
		f.Value = 1
	}
	upper := s[i] <= 'Z'
	switch {
	case s[i+1]|0x20 == 'm' && wordEnds(s, i+2):
		f.End = i + 2
		f.Form = format.AMPMLower
		if upper {
			f.Form = format.AMPMUpper
		}
	case i+4 <= len(s) && s[i+1] == '.' && s[i+2]|0x20 == 'm' && s[i+3] == '.':
		f.End = i + 4
		f.Form = format.AMPMLowerDots
		if upper {
			f.Form = format.AMPMUpperDots
		}
	default:
		return Field{}, false
	}
	return f, true
}

// zone reads a zone after a time: an abbreviation in capitals (EDT, IST),
// or an offset (-04:00, +0300).
func zoneAt(s string, i int) (Field, bool) {
	if i >= len(s) {
		return Field{}, false
	}
	if c := s[i]; c == '+' || c == '-' {
		h, e, hd := number(s, i+1)
		if hd == 4 && wordEnds(s, e) {
			off := (h/100*3600 + h%100*60)
			if c == '-' {
				off = -off
			}
			f := Field{Value: off, Start: i, End: e}
			f.Kind, f.Form = format.Zone, format.ZoneOffsetShort
			return f, h/100 <= 14 && h%100 < 60
		}
		if hd == 2 && e+3 <= len(s) && s[e] == ':' {
			m, e2, md := number(s, e+1)
			if md == 2 && h <= 14 && m < 60 && wordEnds(s, e2) {
				off := h*3600 + m*60
				if c == '-' {
					off = -off
				}
				f := Field{Value: off, Start: i, End: e2}
				f.Kind, f.Form = format.Zone, format.ZoneOffset
				return f, true
			}
		}
		return Field{}, false
	}
	e := latinWord(s, i)
	if e == i || caseOf(s, i, e) != format.Upper && e-i > 1 {
		return Field{}, false
	}
	w, ok := lookupLatin(s, i, e)
	if !ok || w.kind != wZone {
		return Field{}, false
	}
	f := Field{Value: zones[w.value].offset, Start: i, End: e}
	f.Kind, f.Form = format.Zone, format.ZoneName
	return f, true
}

// weekdays reads a weekday, or a range of two (Thursday night-Friday).
func (p *parser) weekdays(i int) (int, bool) {
	s := p.s
	if p.has(format.Weekday) {
		return i, p.fail(i, "the end of the dateline")
	}
	m := p.mark()
	first, ok := p.weekday(i)
	if !ok {
		p.reset(m)
		return i, false
	}
	if k, _ := rangeJoin(s, p.last); k >= 0 {
		// Thursday-Friday, Sunday & Monday, Sun. and Mon.: one dateline
		// over the days the two name.
		m2 := p.mark()
		if second, ok := p.weekday(k); ok {
			a, b := &p.buf[first], &p.buf[second]
			// The days the two words name, counted from the first.
			diff := ((b.Value-int(b.Shift))-(a.Value-int(a.Shift))+14)%7 + 0
			if a.Flags&Night != 0 && diff == 1 {
				// "Thursday night-Friday": the dateline is Friday's.
				a.Shift--
				a.Flags = a.Flags&^Night | RangeEnd
				p.anchorSecond = true
			} else {
				b.Shift += int8(diff)
				b.Flags |= RangeEnd
			}
		} else {
			p.reset(m2)
		}
	}
	return p.last, true
}

// weekday reads one weekday at i, with the words around it that say which
// part of which day it means (Erev Shabbat, Motzei Shabbat, Mon. night,
// ליל רביעי), adds its field and returns the field's index.
func (p *parser) weekday(i int) (int, bool) {
	s := p.s
	var shift int8
	var night bool
	k := i
	// A prefix word.
	prefixed := false
	if w, e, ok := p.wordAt(k); ok {
		switch w.kind {
		case wMotzash:
			// מוצ״ש: Saturday evening, written as one word.
			f := Field{Value: int(w.value), Start: k, End: e, Flags: Night}
			f.Kind, f.Form, f.Text, f.Of = format.Weekday, w.form, s[k:e], w.value
			p.add(f)
			return p.n - 1, true
		case wErev:
			shift, prefixed = 1, true
		case wMotzei:
			night, prefixed = true, true
		case wLeil:
			shift, night, prefixed = 1, true, true
		}
		if prefixed {
			k = skipSpace(s, e)
		}
	}
	f, ok := p.weekdayName(k, prefixed)
	if !ok {
		return 0, p.fail(k, "a weekday")
	}
	f.Shift = shift
	// A suffix: Mon. night, Thursday evening.
	if w, e, ok := p.wordAt(skipSpace(s, f.End)); ok && w.kind == wNight && !prefixed {
		night = true
		_ = e
	}
	if night {
		f.Flags |= Night
	}
	p.add(f)
	idx := p.n - 1
	if night && !prefixed {
		// Keep the word "night" inside the dateline: it is read, so the
		// literal after the weekday must reach it.
		_, e, _ := p.wordAt(skipSpace(s, f.End))
		p.last = e
		p.push(Field{Element: format.Lit(s[f.End:e]), Start: f.End, End: e})
	}
	return idx, true
}

// wordAt reads the Latin or Hebrew word at i and what the tables know of it.
func (p *parser) wordAt(i int) (word, int, bool) {
	s := p.s
	if i >= len(s) {
		return word{}, i, false
	}
	var e int
	if s[i] == 0xD7 {
		e = hebrewWord(s, i)
		w, ok := lookupHebrew(s, i, e)
		return w, e, ok
	}
	e = latinWord(s, i)
	if e == i {
		return word{}, i, false
	}
	w, ok := lookupLatin(s, i, e)
	return w, e, ok
}

// weekdayName reads the name of a weekday at i: Monday, Mon., Yom Sheni,
// Shabbat, יום שני, יום ב׳, שבת, or after a prefix a bare ordinal (רביעי).
func (p *parser) weekdayName(i int, prefixed bool) (Field, bool) {
	s := p.s
	w, e, ok := p.wordAt(i)
	if !ok {
		return Field{}, false
	}
	f := Field{Value: int(w.value), Start: i, End: e}
	f.Kind = format.Weekday
	hebrewScript := s[i] == 0xD7
	switch w.kind {
	case wWeekday:
		f.Form = w.form
		if hebrewScript {
			f.Form = format.ScriptBare
			if !prefixed {
				// שבת alone: other days are יום שני, as a bare שני
				// is no weekday without ליל or ערב before it.
				f.Form, f.Text, f.Of = format.Script, s[i:e], w.value
			}
			return f, true
		}
		f.Case = caseOf(s, i, e)
		if w.form == format.Short && e < len(s) && s[e] == '.' {
			f.Form = format.ShortDot
			f.End++
		}
		if w.variant {
			// Tues, THURS.: the word itself, in its own case.
			f.Text, f.Of = s[i:f.End], w.value
		}
		return f, true
	case wOrdinalDay:
		if !prefixed || !hebrewScript {
			return Field{}, false
		}
		f.Form = format.ScriptBare
		if w.variant {
			f.Text, f.Of = s[i:e], w.value
		}
		return f, true
	case wYom:
	default:
		return Field{}, false
	}
	// Yom and a day: Yom Sheni, Yom Shabbat, יום שני, יום ב׳, יום ו'.
	k := skipSpace(s, e)
	w2, e2, ok := p.wordAt(k)
	if hebrewScript {
		if r, n := decode(s, k); n > 0 && !ok || ok && e2-k == 2 {
			// A letter: יום א׳ ... יום ו׳, יום ש׳.
			if d := letterDay(r); d >= 0 {
				end := k + n
				punct := format.Bare
				if g, gn := decode(s, end); script.IsGeresh(g) {
					end += gn
					punct = format.ASCII
					if g == script.Geresh {
						punct = format.Gershayim
					}
				}
				if wordEnds(s, end) {
					f.Value, f.End, f.Form, f.Punct = d, end, format.ScriptShort, punct
					if d == 6 {
						f.Text, f.Of = s[i:end], 6
					}
					return f, true
				}
			}
		}
	}
	if !ok {
		return Field{}, false
	}
	switch {
	case w2.kind == wOrdinalDay && hebrewScript == (s[k] == 0xD7):
		f.Value, f.End = int(w2.value), e2
	case w2.kind == wWeekday && w2.value == 6 && w2.form != format.Long && w2.form != format.Short:
		f.Value, f.End = 6, e2
	default:
		return Field{}, false
	}
	f.Form = format.Yom
	if hebrewScript {
		f.Form = format.Script
	}
	if w2.variant || f.Value == 6 && !hebrewScript {
		f.Text, f.Of = s[i:e2], int8(f.Value)
	} else if !hebrewScript {
		f.Case = caseOf(s, i, e2)
		if f.Case == format.Upper || f.Case == format.Lower {
			f.Text, f.Of, f.Case = s[i:e2], int8(f.Value), format.AsIs
		}
	}
	return f, true
}

// letterDay returns the weekday a Hebrew letter names after יום (א is
// Sunday, ש Saturday), or -1.
func letterDay(r rune) int {
	switch {
	case r >= 'א' && r <= 'ו':
		return int(r - 'א')
	case r == 'ש':
		return 6
	}
	return -1
}

// settleOrder settles the order of an ambiguous numeric date written with
// slashes or dashes: month first, unless the dateline is in Hebrew script
// or gives a 24-hour time, as Israeli and European sites do.
func settleOrder(fields []Field) {
	dayFirstHint := false
	for i := range fields {
		switch f := &fields[i]; {
		case f.Kind == format.HebrewMonth && f.Spelling.Family.IsHebrew(),
			f.Kind == format.Hour && (f.Form == format.Hour24 || f.Form == format.Hour24Pad),
			f.Kind == format.Weekday && f.Form >= format.Script && f.Form <= format.ScriptBare:
			dayFirstHint = true
		}
	}
	if di, mi := ambiguousPair(fields); di >= 0 && fields[di].Flags&DayFirst == 0 && dayFirstHint {
		swapPair(fields, di, mi)
	}
}

// finish settles what can only be decided once the whole dateline is read:
// the order of an ambiguous numeric date, the length of a range that ends
// in another month, and the day a night range names.
func (p *parser) finish() {
	fields := p.fields()
	settleOrder(fields)
	gregorianRangeShift(fields)
	hebrewRangeShift(fields)
	if !p.anchorSecond {
		return
	}
	// "Thursday night-Friday November 30-December 1": each date range ends
	// on the dateline's day, so its end becomes the anchor.
	for _, kinds := range [2][2]format.Kind{{format.Day, format.Month}, {format.HebrewDay, format.HebrewMonth}} {
		var shift int8
		for i := range fields {
			if f := &fields[i]; f.Kind == kinds[0] && f.Flags&RangeEnd != 0 {
				shift = f.Shift
			}
		}
		if shift == 0 {
			continue
		}
		monthRange := false
		for i := range fields {
			if f := &fields[i]; f.Kind == kinds[1] && f.Flags&RangeEnd != 0 {
				monthRange = true
			}
		}
		for i := range fields {
			f := &fields[i]
			if f.Kind != kinds[0] && (f.Kind != kinds[1] || !monthRange) {
				continue
			}
			f.Shift -= shift
			f.Flags ^= RangeEnd
		}
	}
}

// signMayFollow reports whether the minus sign of a year may follow rune r:
// a space or an opening bracket.
func signMayFollow(r rune) bool {
	return script.IsSpace(r) || r == '(' || r == '['
}
