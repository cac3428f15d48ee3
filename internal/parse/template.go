package parse

import (
	"slices"
	"strings"
	"sync/atomic"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// A Template reads datelines written in the layout of the one it was made
// from, as time.Parse reads a layout it is given, several times faster
// than Parse: a batch of datelines from one site is written in a few
// layouts. What Match reads is exactly what Parse would read; text in
// another layout is not matched, and is for Parse to read.
//
// Templates cover the common layouts: weekdays and months written in
// Latin letters, weekdays after Yom (Yom Sheni, יום שני, יום ב׳), Hebrew
// months in any spelling, days and years in digits or Hebrew numerals,
// numeric dates, times of day and zones. A layout with a range, an
// evening, a holiday or portion, a weekday in each calendar's words, or a
// word seen for one value only (Tues, Yom Rivi'i) has none, nor one whose
// template would not read the dateline it is made of; NewTemplate says
// so. A Template is safe for concurrent use: what it learns as it reads
// (its tables of names) is published atomically.
type Template struct {
	fields []Field
	// twelve[k] is set when field k is an hour that AM or PM follows.
	twelve []bool
	// numeric[k] is the number of fields, separators included, of the
	// numeric date that starts at field k (5, or 3 without a year), or 0.
	numeric []int8
	// layout is the layout string of the dateline the template was made
	// from, which every dateline read in the same forms shares.
	layout string
	// words is set when the text between the fields holds letters, which
	// may say the dateline's language (à, Uhr): see settleLang.
	words bool
	// dates is set when the layout has a numeric date; states when State
	// can read it (see States).
	dates, states bool
	// For State's reading of a layout with a numeric date (see
	// stateOrder): whether its order is day first or year first,
	// whether the layout is Hebrew text by its literals or a year's word
	// (see settleOrder), and the layout string of each writing of its
	// numbers (numForms).
	dayFirst, yearFirst, hebrewLits bool
	numLayouts                      [8]string
	// names holds, for a weekday, month or day field, the words its
	// element writes, as the field readers read them, by bucket, and the
	// steps State reads them in: see compileNames. They are made once the
	// template has read namesAfter datelines (reads counts them), as
	// making them costs what a few hundred readings by the field readers
	// save.
	names atomic.Pointer[compiled]
	reads atomic.Int32
}

// namesAfter is the number of datelines a template reads by the field
// readers alone before it makes its tables of names: a batch of one
// layout pays for them over its first lines, and text in many layouts,
// each seen a few times, does not make them.
const namesAfter = 32

// used counts a dateline the template read, and makes its tables of names
// at the namesAfter-th.
func (t *Template) used() {
	if t.names.Load() == nil && t.reads.Add(1) == namesAfter {
		t.compileNames()
	}
}

// NewTemplate returns the template of a parsed dateline, and whether its
// layout has one.
func NewTemplate(r *Result) (*Template, bool) {
	if len(r.Fields) == 0 || len(r.Fields) > maxFields {
		return nil, false
	}
	if _, ok := r.Get(layout.Month); !ok {
		if _, ok := r.Get(layout.Day); ok {
			// A civil day without its month (Jueves 8 – 14 Adar 5772)
			// is one the parser reads by the calendars, which a
			// template that reads forms cannot: the same text with
			// another weekday is a range of Hebrew days.
			return nil, false
		}
	}
	numeric := numericGroups(r.Fields)
	zones, weekdays := 0, 0
	for i := 0; i < len(r.Fields); i++ {
		if n := int(numeric[i]); n > 0 {
			i += n - 1
			continue
		}
		if !templated(&r.Fields[i]) || signedAfterClock(r.Fields, i) || offsetOrRangeEnd(r, i) {
			return nil, false
		}
		if foreignAt(r.Fields, i) {
			return nil, false
		}
		if pointAfterLetterDay(r.Fields, i) {
			return nil, false // כ״ז. כסלו: Parse reads the point after a marked day only (see pointBeforeMonth)
		}
		if f := &r.Fields[i]; f.Kind == layout.Year && f.Form == layout.TwoDigit && literalComma(r.Fields, i) {
			return nil, false // Dec 22, 19: Parse reads the digits by the day (see commaYear)
		}
		if r.Fields[i].Kind == layout.Year && i >= 2 && r.Fields[i-1].Kind == layout.Literal &&
			(r.Fields[i-2].Kind == layout.HebrewYear || r.Fields[i-2].Kind == layout.HebrewMonth) {
			// 10 Shvat 5510 (1950): Parse reads a civil year beside a
			// Hebrew year's only from 1000 to 2999 (see civilYear),
			// where a template reads any four digits: "10 Shvat 5510
			// (3950)" was a syntax error read alone and a calendar
			// error after "(1950)" had made the template (found by
			// the 307th held-out round). So after a Hebrew month with
			// no year (see civilYearInBrackets): after "13 Adar
			// (1915)", "13 Adar (5675)" was read as the Gregorian year
			// 5675, and "13 Adar (0915)" as 915.
			return nil, false
		}
		if f := &r.Fields[i]; f.Kind == layout.HebrewYear && i >= 2 && r.Fields[i-2].Kind == layout.HebrewMonth && isDigit(r.Input, f.Start) &&
			strings.HasSuffix(strings.TrimRight(r.Fields[i-1].Text, " "), "(") {
			// 13 Adar (5675): Parse reads digits in the bracket as the
			// Hebrew year from 3000 on and as the civil year below it
			// (see yearInBrackets); a template read "13 Adar (1915)"
			// as the Hebrew year 1915.
			return nil, false
		}
		switch r.Fields[i].Kind {
		case layout.Zone:
			// An offset and a name (+0200 (CEST), PST-0700) are read
			// together, each seen beside the other (see zones).
			if zones++; zones > 1 {
				return nil, false
			}
		case layout.Weekday:
			// A weekday in each calendar's words (Friday ... Yom Shishi)
			// is one the parser reads only in the other's words.
			if weekdays++; weekdays > 1 {
				return nil, false
			}
		}
	}
	t := &Template{fields: make([]Field, len(r.Fields)), twelve: make([]bool, len(r.Fields)), numeric: numeric}
	for _, g := range numeric {
		t.dates = t.dates || g > 0
	}
	var kinds uint64
	t.states = true
	for i := range r.Fields {
		if k := r.Fields[i].Kind; k != layout.Literal {
			t.states = t.states && k <= layout.Zone && kinds&(1<<k) == 0
			kinds |= 1 << k
		}
	}
	t.layout = script.Latin1Spaces(string(r.AppendLayout(nil))) // as dateline's Report writes it
	for i := range r.Fields {
		if f := &r.Fields[i]; f.Kind == layout.Literal && hasLetter(f.Text) {
			t.words = true
		}
	}
	ampm := false
	for i := len(r.Fields) - 1; i >= 0; i-- {
		f := r.Fields[i]
		f.Value, f.Start, f.End = 0, 0, 0
		t.fields[i] = f
		t.twelve[i] = f.Kind == layout.Hour && ampm
		ampm = ampm || f.Kind == layout.AMPM
	}
	if t.dates && t.states {
		t.numericState(r)
	}
	// A template reads its layout, but may not read the dateline it is
	// made of (Adar 1, 5778, whose Adar 1 the parser took for Adar I,
	// where the template reads no qualifier): one that does not would
	// take a reader's place for nothing.
	if _, ok := t.Match(nil, r.Input[r.Start:r.End]); !ok {
		return nil, false
	}
	return t, true
}

// foreignAt reports whether fields[i] is the bare word "a" before a time
// of day, which Parse reads as the "à" of a language other than English
// only after a name of that language (see foreign): "December 1, 2024 a
// 9:30" is Hungarian's and Dutch's December, and a template made of it
// read "March 5, 2024 a 10:30", English's March, which Parse refuses, so
// that the same line was a syntax error or a dateline by what the batch
// had read before it.
func foreignAt(fields []Field, i int) bool {
	f := &fields[i]
	if f.Kind != layout.Literal || i+1 >= len(fields) || !fields[i+1].Kind.IsClock() {
		return false
	}
	t := strings.TrimSpace(f.Text)
	return t == "a" || t == "A"
}

// numericGroups finds the numeric date of a dateline (03/02/2024,
// 2024-03-02, 12/25): the length of its run of fields at the index of its
// first field.
func numericGroups(fields []Field) []int8 {
	out := make([]int8, len(fields))
	value := func(k int) bool {
		if k >= len(fields) || fields[k].Shift != 0 || fields[k].Flags&^(Ambiguous|DayFirst|Customary) != 0 {
			return false
		}
		switch f := &fields[k]; f.Kind {
		case layout.Month:
			return numericMonth(*f)
		case layout.Day, layout.Year:
			return f.Form == layout.Plain || f.Form == layout.Padded || f.Form == layout.TwoDigit
		}
		return false
	}
	sep := func(k int) bool {
		return k < len(fields) && fields[k].Kind == layout.Literal && len(fields[k].Text) == 1 && strings.Contains("/.-", fields[k].Text)
	}
	for k := 0; k+2 < len(fields); k++ {
		if !value(k) || !sep(k+1) || !value(k+2) {
			continue
		}
		n := 3
		if sep(k+3) && value(k+4) && fields[k+3].Text == fields[k+1].Text {
			n = 5
		}
		month := false
		for j := k; j < k+n; j += 2 {
			month = month || fields[j].Kind == layout.Month
		}
		if month {
			out[k] = int8(n)
			k += n - 1
		}
	}
	return out
}

// signedAfterClock reports whether field i is a year after a literal that
// ends with a sign, after a time of day: "5:04:05 -1999", which Parse
// reads as a year only where the sign and digits are no zone's offset
// (-0702 is one). A template would read every such text as a year.
func signedAfterClock(fields []Field, i int) bool {
	if fields[i].Kind != layout.Year || i < 2 {
		return false
	}
	lit, clock := &fields[i-1], fields[i-2].Kind
	return lit.Kind == layout.Literal && lit.Text != "" && strings.ContainsRune("+-", rune(lit.Text[len(lit.Text)-1])) &&
		(clock == layout.Second || clock == layout.Minute || clock == layout.Hour || clock == layout.AMPM)
}

// offsetOrRangeEnd reports whether field i is an offset glued to a time
// (or of the hour alone after a space: 9:00 -10) with no seconds and no
// ISO T before its hour, which Parse reads as a
// range's end where it is later than the time (see rangeEndNotOffset):
// a template made of "2024-03-02 10:39-05:00" read every later
// "2024-03-02 09:00-11:00" of a batch at UTC-11:00, 8:00 pm UTC, where
// Parse, and the same text alone, reads 9:00 am, with nothing said (found
// with an adversarial review's fourth finding).
func offsetOrRangeEnd(r *Result, i int) bool {
	f := &r.Fields[i]
	if f.Kind != layout.Zone || f.Form != layout.ZoneOffset && f.Form != layout.ZoneOffsetHour {
		return false
	}
	if f.Form == layout.ZoneOffset && (f.Start == 0 || spaceByte(r.Input[f.Start-1])) {
		return false // 3:04 PM -07:00: an offset after a space is no range's end (see zones)
	}
	for j := i - 1; j >= 0; j-- {
		switch g := &r.Fields[j]; g.Kind {
		case layout.Literal, layout.AMPM, layout.Minute:
		case layout.Hour:
			return g.Start == 0 || r.Input[g.Start-1] != 'T'
		default:
			return false // a second or a fraction: 15:04:05-07:00 is no range
		}
	}
	return false
}

// templated reports whether Match can read field f's element as Parse
// reads it.
func templated(f *Field) bool {
	if f.Calendar != layout.Gregorian {
		return false // a date read in the calendar its text names
	}
	if f.Kind == layout.Literal {
		// An evening, and a past or next day, are Parse's to mark.
		return f.Text != "" && f.Flags&(Night|Past|Next) == 0
	}
	if f.Shift != 0 || f.Flags&^Qualified != 0 || f.Text != "" || f.Prefix || f.Zman != layout.NoZman {
		return false // the clock of a zman is Parse's to read: Match would lose its Zman
	}
	switch f.Kind {
	case layout.Weekday:
		switch f.Form {
		case layout.Long, layout.Short, layout.ShortDot, layout.Yom, layout.Script, layout.ScriptShort:
			return true
		}
		return false
	case layout.Month:
		return f.Form == layout.Long || f.Form == layout.Short || f.Form == layout.ShortDot || f.Form == layout.AP
	case layout.Day:
		return f.Form == layout.Plain || f.Form == layout.Padded || f.Form == layout.Ordinal
	case layout.Year:
		return f.Form == layout.Plain || f.Form == layout.TwoDigit
	case layout.HebrewDay:
		return f.Form == layout.Plain || f.Form == layout.Padded || f.Form == layout.Ordinal || f.Form == layout.Numeral
	case layout.HebrewYear:
		// פ״א: Parse's to read; and a year of three digits read with its
		// thousands (370 podle malého počtu, 5370: see smallCount),
		// whose label a template would not ask for, and whose digits it
		// would read as written.
		return f.Form != layout.TwoDigit && !(f.Form == layout.Plain && f.End-f.Start == 3 && f.Value >= 1000)
	case layout.HebrewMonth, layout.Hour, layout.Minute, layout.Second, layout.AMPM, layout.Zone:
		return true
	}
	return false
}

// pointAfterLetterDay reports whether field i is a day in Hebrew letters
// with a point after it: Parse reads the point before the month only
// when the day has its geresh or gershayim (כ״ז. כסלו ה׳תשפ״ד), which a
// template, reading a numeral in any punctuation, would not ask for
// ("א. אדר תשפ״ד" numbers a list).
func pointAfterLetterDay(fields []Field, i int) bool {
	f := &fields[i]
	return f.Kind == layout.HebrewDay && f.Form == layout.Numeral && i+1 < len(fields) &&
		fields[i+1].Kind == layout.Literal && strings.HasPrefix(fields[i+1].Text, ".")
}

// Match reads s as a dateline in the template's layout, appending its
// fields to dst as ParseAppend does. It reports false, having read
// nothing, if s is not written in that layout: the same elements, one
// after another, with the same text between them. The elements' forms may
// differ (2 and 02, Sat and Saturday): they are read as Parse reads them.
func (t *Template) Match(dst []Field, s string) (Result, bool) {
	n := len(dst)
	rd := reading{keep: true, fields: slices.Grow(dst, len(t.fields))} // a field for each of the template's
	if !t.read(s, &rd, nil) {
		return Result{}, false
	}
	fields := rd.fields[n:]
	if t.dates {
		ok, own := t.settleOrder(fields)
		if !ok {
			return Result{}, false
		}
		if !own {
			rd.other("")
		}
	}
	touched := rd.vote.settle(s, fields, t.words)
	r := Result{Input: s, Start: rd.start, End: rd.end, Fields: fields}
	if rd.own && !touched {
		r.own = t
	}
	return r, true
}

// State reads s as Match does into st, without writing out its fields,
// where what Match reads needs no more to be told: no two fields of a
// kind (see States), and names whose language no choice of settleLang's
// changes; a numeric date's order it settles as Match does (stateOrder).
// It reports whether it stated s, and whether s is written in the
// template's layout at all: where it is and State could not state it,
// Match reads it.
func (t *Template) State(s string, st *Statement) (stated, read bool) {
	// Fields[k] is read only where Has says: no need to clear them.
	st.Input, st.Start, st.End, st.Has, st.Flags, st.Layout = s, 0, 0, 0, 0, ""
	var rd reading
	if !t.states {
		return false, true // for Match to say
	}
	if !t.read(s, &rd, st) || t.dates && !t.stateOrder(st, &rd) {
		return false, false
	}
	// What settle would choose, where it needs no more than the vote: a
	// Hebrew month of another language or a word between the fields
	// (t.words) may hint at one, which settle's reading of the fields
	// decides.
	const english = 1 << layout.English
	switch v := &rd.vote; {
	case v.names > 0 && (v.mask == 0 || v.mask == english):
		// Mixed, or English's only: settle keeps them, whatever the hint.
	case rd.marks&markHint != 0 || t.words:
		return false, true
	case v.names > 0 && v.mask&english == 0:
		return false, true // names of other languages: settle gives them theirs
	}
	st.Start, st.End = rd.start, rd.end
	if rd.own {
		st.Layout = t.layout
	} else {
		st.Layout = rd.layout
	}
	return true, true
}

// States reports whether State can read a dateline in t's layout: not
// one with two fields of a kind, or a field a Statement does not hold (a
// fraction of a second).
func (t *Template) States() bool { return t.states }

// A reading is what Template.read gathers of a dateline: its fields, when
// it keeps them (Match), and what decides its layout and language.
type reading struct {
	keep   bool
	fields []Field
	vote   langVote
	// own is set while every field is in the template's own form (see
	// Layout); where one field is not, layout is the dateline's layout
	// if its name table knows it (see other). marks say what the fields
	// read so far say of the ones after them (see note).
	own        bool
	layout     string
	marks      marks
	start, end int
}

// marks are what a reading notes of the fields it has read, as bits, so
// that a name sets them without a branch: a Hebrew month, and one of a
// family of a language other than English, which hints at the names'
// language.
type marks uint8

const (
	markHebrewMonth marks = 1 << iota
	markHint
)

// read reads s as a dateline in the template's layout, field by field,
// into rd, or, where rd does not keep the fields, into st: the same
// elements one after another with the same text between them, each read
// by its name table or matchField. (st is apart from rd, whose fields may
// grow on the heap, so that a caller's Statement stays on its stack.)
func (t *Template) read(s string, rd *reading, st *Statement) bool {
	if len(s) > MaxInput {
		return false
	}
	rd.start = skipSpace(s, 0)
	i := rd.start
	rd.vote, rd.own, rd.layout = newLangVote(), true, ""
	c := t.names.Load()
	var ok bool
	if c != nil && !rd.keep {
		i, ok = t.readSteps(s, i, c.steps, rd, st)
	} else {
		i, ok = t.readFields(s, i, c, rd, st)
	}
	if !ok || skipSpace(s, i) != len(s) {
		return false
	}
	rd.end = i
	if c == nil {
		t.used()
	}
	return true
}

// readFields is read field by field, from s[i], and returns the end of
// the last: each field is read by its name table, in c if it has one, or
// by matchField.
func (t *Template) readFields(s string, i int, c *compiled, rd *reading, st *Statement) (int, bool) {
	var one Field // the field being read, when they are not kept
	for k := 0; k < len(t.fields); k++ {
		tf := &t.fields[k]
		if g := int(t.numeric[k]); g > 0 {
			if i = t.readNumeric(s, i, k, rd, st); i < 0 {
				return 0, false
			}
			k += g - 1
			continue
		}
		if tf.Kind == layout.Literal {
			// Most fields are literals: compare them in place.
			if !strings.HasPrefix(s[i:], tf.Text) {
				return 0, false
			}
			if rd.keep {
				rd.fields = append(rd.fields, Field{Element: tf.Element, Start: i, End: i + len(tf.Text)})
			}
			i += len(tf.Text)
			continue
		}
		if c != nil && c.tables[k] != nil {
			if n, v, e, next, ok := c.tables[k].lookup(s, i); ok {
				// A name the template knows by its writing.
				if n.nisan && (turkishNisanAt(s, i, e) || levantineCivilAt(s, i, e)) || !rd.name(n, v, i, e, tf, st) {
					return 0, false
				}
				if next > e {
					// lookup read the literal after the name too.
					lit := &t.fields[k+1]
					if rd.keep {
						rd.fields = append(rd.fields, Field{Element: lit.Element, Start: e, End: next})
					}
					k++
				}
				i = next
				continue
			}
		}
		f := &one
		if rd.keep {
			rd.fields = append(rd.fields, Field{})
			f = &rd.fields[len(rd.fields)-1]
		} else {
			one = Field{}
		}
		var table *nameTable
		if c != nil {
			table = c.tables[k]
		}
		if !rd.field(s, i, tf, table, t.twelve[k], f, st) {
			return 0, false
		}
		i = f.End
	}
	return i, true
}

// A compiled is what a template makes once it has read namesAfter
// datelines: the name table of each field that has one, and the steps
// State reads a dateline in.
type compiled struct {
	tables []*nameTable
	steps  []step
}

// A step is one of the fields State reads, in order: a literal (lit),
// compared in place; a field that its name table reads, with the literal
// after it (lit), when the field is written as the table has it; a
// numeric date, read by readNumeric; or a field that matchField reads.
type step struct {
	kind     layout.Kind
	bit      uint32 // 1 << kind, its bit in Statement.Has
	twelve   bool
	rangeEnd bool // the field is a range's end: see reading.note
	lit      string
	table    *nameTable
	field    *Field
	// numeric is set for a numeric date, which starts at field at.
	numeric bool
	at      int
}

// steps returns the steps State reads a dateline in, with the name
// tables of the fields; a numeric date is one step.
func (t *Template) steps(tables []*nameTable) []step {
	steps := make([]step, 0, len(t.fields))
	for k := 0; k < len(t.fields); k++ {
		f := &t.fields[k]
		sp := step{kind: f.Kind, bit: 1 << f.Kind, twelve: t.twelve[k], rangeEnd: f.Flags&RangeEnd != 0, table: tables[k], field: f}
		if g := int(t.numeric[k]); g > 0 {
			sp.numeric, sp.at = true, k
			steps = append(steps, sp)
			k += g - 1
			continue
		}
		switch {
		case f.Kind == layout.Literal:
			sp.lit = f.Text
		case sp.table != nil && !sp.table.last:
			sp.lit = t.fields[k+1].Text // read with the field
			k++
		}
		steps = append(steps, sp)
	}
	return steps
}

// readSteps is read by the steps, from s[i], into st, and returns the end
// of the last: readFields, once the tables are made, with nothing kept,
// for a template that States (one field of each kind, so that a kind's
// bit is set without a test). It is the reader's inner loop: a name
// table's lookup and what reading.name does with the name are written out
// in it.
func (t *Template) readSteps(s string, i int, steps []step, rd *reading, st *Statement) (int, bool) {
	for j := range steps {
		sp := &steps[j]
		if sp.kind == layout.Literal {
			if !strings.HasPrefix(s[i:], sp.lit) {
				return 0, false
			}
			i += len(sp.lit)
			continue
		}
		if table := sp.table; table != nil {
			rest := s[i:]
			if table.digits {
				if isDigit4(rest) && table.litAt(rest, 4) {
					st.put(sp, atoi4(rest), i, i+4, table.year.form, table.year.flags)
					if !table.year.own {
						rd.other(table.year.layout)
					}
					i += 4 + len(table.lit)
					continue
				}
			} else {
				// A name of sixteen bytes or fewer, with its literal, first
				// of its bucket as most are, told by two words of it here:
				// a call in this loop would spill what it holds in registers.
				var n *knownName
				if len(rest) >= 16 && !table.last {
					w := load8(rest)
					if b := table.buckets[nameBucket(byte(w), byte(w>>8))]; len(b) > 0 && w&b[0].mask == b[0].head && load8(rest[8:])&b[0].tailMask == b[0].tail && len(b[0].read) <= 16 {
						n = &b[0]
					}
				} else if len(rest) >= 8 && !table.last {
					w := load8(rest)
					if b := table.buckets[nameBucket(byte(w), byte(w>>8))]; len(b) > 0 && w&b[0].mask == b[0].head && len(b[0].read) <= 8 {
						n = &b[0]
					}
				}
				if n == nil {
					n = table.find(rest)
				}
				if n != nil {
					if n.nisan && (turkishNisanAt(s, i, i+n.textLen) || levantineCivilAt(s, i, i+n.textLen)) {
						return 0, false // April, as matchField reads it
					}
					// The name's vote and marks, as reading.name counts
					// them: a name that does not vote has every language.
					rd.vote.mask &= n.langs
					rd.vote.names += n.votes
					if !n.own {
						rd.other(n.layout)
					}
					if n.numeral && rd.marks&markHebrewMonth != 0 && !sp.rangeEnd {
						return 0, false // see note
					}
					rd.marks |= n.marks
					st.put(sp, n.value, i, i+n.textLen, n.form, n.flags)
					i += len(n.read)
					continue
				}
			}
		}
		if sp.numeric { // which has no name table
			if i = t.readNumeric(s, i, sp.at, rd, st); i < 0 {
				return 0, false
			}
			continue
		}
		var f Field
		if !rd.field(s, i, sp.field, sp.table, sp.twelve, &f, st) {
			return 0, false
		}
		i = f.End
		if sp.lit != "" {
			if !strings.HasPrefix(s[i:], sp.lit) {
				return 0, false
			}
			i += len(sp.lit)
		}
	}
	return i, true
}

// put states the field of step sp, as Statement.Add does, without a
// test: a template that States has one field of each kind.
func (st *Statement) put(sp *step, value, start, end int, form layout.Form, flags Flag) {
	st.Has |= sp.bit
	st.Flags |= flags
	st.Fields[sp.kind].put(value, start, end, form, flags)
}

// field reads into f, at s[i], a field of the kind of template field tf
// by matchField, and keeps or states it. The field is in the template's
// own form if its element is the template's, or the one its name table,
// if it has one, knows to keep the layout (nameTable.alike).
func (rd *reading) field(s string, i int, tf *Field, table *nameTable, twelve bool, f *Field, st *Statement) bool {
	if !matchField(s, i, tf, twelve, f, &rd.vote) {
		return false
	}
	if f.Element != tf.Element && !(table != nil && table.hasAlike && f.Element == table.alike) {
		rd.other("")
	}
	return rd.note(f, tf, hints(f)) && (rd.keep || st.Add(f))
}

// other notes that a field is not in the template's own form, and the
// dateline's layout, if the field's name table knows it with the other
// fields in theirs, or "": where a second field is not, the layout is
// left to the fields (see Template.Layout).
func (rd *reading) other(layout string) {
	if rd.own {
		rd.own, rd.layout = false, layout
	} else {
		rd.layout = ""
	}
}

// note notes in rd what field f, read for template field tf, says of the
// ones after it: a Hebrew month, and whether its spelling hints at the
// names' language (see hints). It reports false for Hebrew letters after
// the month, which are its year for Parse (אב ה׳ is Av 5000), never its
// day.
func (rd *reading) note(f, tf *Field, hint bool) bool {
	switch f.Kind {
	case layout.HebrewDay:
		if f.Form == layout.Numeral && tf.Flags&RangeEnd == 0 && rd.marks&markHebrewMonth != 0 {
			return false
		}
	case layout.HebrewMonth:
		rd.marks |= markHebrewMonth
		if hint {
			rd.marks |= markHint
		}
	}
	return true
}

// hints reports whether f is a Hebrew month spelt in the family of a
// language other than English, which settle takes as a hint at the
// language of the names around it.
func hints(f *Field) bool {
	l, ok := layout.LangOf(f.Spelling.Family)
	return f.Kind == layout.HebrewMonth && ok && l != layout.English
}

// name keeps or states the field of name n, of value v, that a name table
// found at s[i:e] for template field tf, as read does a field matchField
// reads.
func (rd *reading) name(n *knownName, v, i, e int, tf *Field, st *Statement) bool {
	f := &n.field
	rd.vote.mask &= n.langs
	rd.vote.names += n.votes
	if !n.own {
		rd.other(n.layout)
	}
	if !rd.note(f, tf, n.hint) {
		return false
	}
	if rd.keep {
		rd.fields = append(rd.fields, *f)
		kept := &rd.fields[len(rd.fields)-1]
		kept.Value, kept.Start, kept.End = v, i, e
		return true
	}
	return st.set(f.Kind, Stated{Value: int32(v), Start: int32(i), End: int32(e), Form: f.Form, Flags: f.Flags})
}

// readNumeric reads the numeric date at s[i] that template field k starts
// whole, as Parse reads it, where Parse would read one: digits, and a
// separator and a digit after them. It appends its fields to rd's, or
// states them in st, in the order its numbers read in alone (see
// stateOrder), and returns its end, or -1 if it reads none.
func (t *Template) readNumeric(s string, i, k int, rd *reading, st *Statement) int {
	_, e, digits := number(s, i)
	if digits == 0 || digits > 4 || e+1 >= len(s) || s[e] != '/' && s[e] != '.' && s[e] != '-' || !isDigit(s, e+1) {
		return -1
	}
	nd, _, what := readNumericDate(s, i)
	if what != "" || nd.isoTime || 2*nd.n-1 != int(t.numeric[k]) {
		return -1
	}
	for j := 0; j < nd.n; j++ {
		if j > 0 {
			sep := s[nd.fields[j-1].End:nd.fields[j].Start]
			if sep != t.fields[k+2*j-1].Text {
				return -1
			}
			if rd.keep {
				rd.fields = append(rd.fields, Field{Element: layout.Lit(sep), Start: nd.fields[j-1].End, End: nd.fields[j].Start})
			}
		}
		if rd.keep {
			rd.fields = append(rd.fields, nd.fields[j])
		} else if !st.Add(&nd.fields[j]) {
			return -1
		}
	}
	return nd.end
}

// settleOrder settles which number of each numeric date is the day and
// which the month, as Parse does, and reports whether that is the
// template's order, and whether the numbers are in the template's own
// forms (09 as 09: see Layout). Only a numeric date leaves the order
// open; see numericGroups.
func (t *Template) settleOrder(fields []Field) (ok, own bool) {
	settleOrder(fields, false)
	own = true
	for k, g := range t.numeric {
		for j := k; j < k+int(g); j += 2 {
			if fields[j].Kind != t.fields[j].Kind {
				return false, false
			}
			own = own && fields[j].Element == t.fields[j].Element
		}
	}
	return true, own
}

// numericState makes what State needs of the numeric date of t, a
// template that states, made of r: its order, whether the layout is
// Hebrew text by what it writes between the fields, and the layout
// string of each writing of its numbers.
func (t *Template) numericState(r *Result) {
	for k, g := range t.numeric {
		if g > 0 {
			t.dayFirst = t.fields[k].Kind == layout.Day
			t.yearFirst = t.fields[k].Kind == layout.Year
		}
	}
	for i := range t.fields {
		if f := &t.fields[i]; f.Kind == layout.Literal && hasHebrewLetter(f.Text) {
			t.hebrewLits = true
		}
	}
	t.hebrewLits = t.hebrewLits || yearWordDayFirst(t.fields)
	fields := slices.Clone(r.Fields)
	for forms := range len(t.numLayouts) {
		for k, g := range t.numeric {
			for j := k; j < k+int(g); j += 2 {
				fields[j].Form = numForm(fields[j].Kind, forms)
			}
		}
		l := script.Latin1Spaces(string((&Result{Fields: fields}).AppendLayout(nil)))
		if l != t.layout {
			t.numLayouts[forms] = l
		}
	}
}

// hebrewFields reports whether what st states makes the dateline Hebrew
// text, as hebrewText finds it in the fields: a Hebrew month in Hebrew
// letters (Hebrew, Niqqud or Yiddish), or a weekday in Hebrew script.
// (The month of a layout with a numeric date is in digits.)
func hebrewFields(st *Statement) bool {
	if st.States(layout.HebrewMonth) && st.Input[st.Fields[layout.HebrewMonth].Start] == 0xD7 {
		return true
	}
	f := st.Fields[layout.Weekday].Form
	return st.States(layout.Weekday) && f >= layout.Script && f <= layout.ScriptLetter
}

// hour24 reports whether st states an hour of the 24-hour clock, which
// settleOrder takes for a hint that a numeric date is day first.
func hour24(st *Statement) bool {
	f := st.Fields[layout.Hour].Form
	return st.States(layout.Hour) && (f == layout.Hour24 || f == layout.Hour24Pad)
}

// numForms returns the writing of the numbers of a numeric date, as an
// index of Template.numLayouts: a padded day (02), a padded month (01),
// a year of two digits (06); -1 for a form no numeric date has.
func numForms(st *Statement) int {
	forms := 0
	for _, k := range [...]layout.Kind{layout.Day, layout.Month, layout.Year} {
		if !st.States(k) {
			continue
		}
		switch f := st.Fields[k].Form; {
		case f == numForm(k, 7):
			forms |= numBit(k)
		case f != numForm(k, 0):
			return -1
		}
	}
	return forms
}

// numForm returns the form of a number of kind k of a numeric date in
// the writing forms (see numForms).
func numForm(k layout.Kind, forms int) layout.Form {
	on := forms&numBit(k) != 0
	switch {
	case k == layout.Day && on:
		return layout.Padded
	case k == layout.Month && on:
		return layout.NumericPad
	case k == layout.Month:
		return layout.Numeric
	case k == layout.Year && on:
		return layout.TwoDigit
	}
	return layout.Plain
}

// numBit is the bit of a number of kind k in numForms.
func numBit(k layout.Kind) int {
	switch k {
	case layout.Day:
		return 1
	case layout.Month:
		return 2
	}
	return 4
}

// stateOrder settles the order of the numeric date that State read into
// st, as settleOrder does over the fields Match reads: an ambiguous one
// (01.03.2024) is day first in Hebrew text or beside an hour of the 24,
// by the custom of the text where the text is Hebrew. It reports whether
// that is the template's order, as Match does, and notes whether the
// numbers are written as the template's are, or else the dateline's
// layout (see numForms).
func (t *Template) stateOrder(st *Statement, rd *reading) bool {
	if !st.States(layout.Day) || !st.States(layout.Month) {
		return false // a numeric date states both
	}
	d, m := &st.Fields[layout.Day], &st.Fields[layout.Month]
	if d.Flags&m.Flags&Ambiguous != 0 {
		hebrewText := t.hebrewLits || hebrewFields(st)
		if d.Flags&DayFirst == 0 && (hebrewText || hour24(st)) {
			*d, *m = *m, *d
			d.Form, m.Form = dayNumericForm(d.Form), monthNumericForm(m.Form)
			d.Flags ^= DayFirst
			m.Flags ^= DayFirst
			st.Flags |= DayFirst
		}
		if hebrewText {
			d.Flags |= Customary
			m.Flags |= Customary
			st.Flags |= Customary
		}
	}
	if (d.Start < m.Start) != t.dayFirst || st.States(layout.Year) && (st.Fields[layout.Year].Start < m.Start) != t.yearFirst {
		return false // 01/30/2024 in the layout of 2024/12/28
	}
	forms := numForms(st)
	if forms < 0 {
		rd.other("")
	} else if l := t.numLayouts[forms]; l != "" {
		rd.other(l)
	}
	return true
}

// Layout returns the layout string of r, a dateline t matched, when r is
// written in the very forms of the dateline t was made from (Saturday, not
// Sat; 2nd, not 2), or in forms the layout string does not show (Adar I
// in a layout written for 2 Tevet), which is the string of
// Result.AppendLayout without writing it (in UTF-8: a byte 0xA0 that parse
// read as the no-break space of a Latin-1 page is written as that space);
// otherwise it reports false. Match knows it as it reads; for a Result it
// did not mark, a literal field is the template's own by the match, so
// only the others are compared.
func (t *Template) Layout(r *Result) (string, bool) {
	if r.own == t {
		return t.layout, true // known as its fields were read
	}
	if len(r.Fields) != len(t.fields) {
		return "", false
	}
	for i := range r.Fields {
		if t.fields[i].Kind != layout.Literal && r.Fields[i].Element != t.fields[i].Element {
			return "", false
		}
	}
	return t.layout, true
}

// matchField reads into f, at s[i], an element of the kind of template
// field tf (not a literal), as Parse reads it, and reports whether there is
// one. twelve says whether an hour is followed by AM or PM. A name read
// is counted in vote, as settleLang's nameWord would count it.
func matchField(s string, i int, tf *Field, twelve bool, f *Field, vote *langVote) bool {
	f.Start, f.Kind = i, tf.Kind
	if i >= len(s) {
		return false // every element is at least a byte
	}
	switch tf.Kind {
	case layout.Weekday:
		return matchWeekday(s, i, f, vote)
	case layout.Month:
		return matchMonth(s, i, f, vote)
	case layout.Day, layout.HebrewDay:
		return matchDay(s, i, tf.Kind, f)
	case layout.Year:
		return matchYear(s, i, tf.Form, f)
	case layout.HebrewMonth:
		name, ok := hebrew.MatchMonth(s[i:])
		if !ok || name.Len != name.BaseLen || turkishNisan(s, i, name) || levantineCivilAt(s, i, i+name.Len) {
			return false // nisan beside Turkish names, 2 آذار 2024: Parse's April, March
		}
		*f = hebrewMonthField(s, i, name)
		return true
	case layout.HebrewYear:
		y, ok := hebrewYearField(s, i)
		if ok && y.Punct == layout.Bare && i >= len("ב") && s[i-len("ב"):i] == "ב" {
			return false // בתשע after a layout's בתשס״ו: a word (at nine), as Parse reads it (see prefixedYear)
		}
		*f = y
		return ok
	case layout.Hour, layout.Minute, layout.Second:
		return matchClock(s, i, tf.Kind, twelve, f)
	case layout.AMPM:
		a, ok := ampmAt(s, i)
		*f = a
		return ok
	case layout.Zone:
		z, ok := zoneAt(s, i)
		*f = z
		return ok
	}
	return false
}

// matchWeekday is matchField for a weekday name: in Latin letters, or
// after Yom (Yom Sheni, יום שני, יום ב׳).
func matchWeekday(s string, i int, f *Field, vote *langVote) bool {
	if s[i] == 0xD7 || s[i]|0x20 == 'y' {
		if w, e, ok := wordAt(s, i); ok && w.kind == wYom {
			return matchYom(s, i, e, f, vote)
		}
	}
	e := latinWord(s, i)
	w, ok := lookupLatin(s, i, e)
	if !ok || w.kind != wWeekday || w.variant || w.form == layout.Yom || namesOtherDay(s[i:e], w) {
		return false
	}
	if w.lang != layout.English {
		*f = langField(s, Field{Element: layout.Element{Kind: layout.Weekday}, Value: int(w.value), Start: i, End: e}, w)
		vote.field(f, w)
		return f.Text == ""
	}
	f.Form, f.Case = w.form, caseOf(s, i, e)
	if f.Form == layout.Short && e < len(s) && s[e] == '.' {
		f.Form, e = layout.ShortDot, e+1
	}
	f.Value, f.End = int(w.value), e
	vote.field(f, w)
	return true
}

// namesOtherDay reports whether word, which the tables read as weekday
// w, is an abbreviation of shortWeekdays that names another day, or the
// same day in a language the tables do not give it: "do." is German's
// Thursday and Spanish's Sunday, "SA." German's Saturday and Spanish's.
// A template does not read it by the tables, which know one language's;
// the grammar reads it in the language of the month after it (see
// shortWeekdayAt). A template made of "mar. 5 de marzo de 2024" read
// "do., 10 de marzo de 2024" as Thursday, a weekday error on the right
// day, and "do., 7 de marzo" passed; one made of "Mon, Jan 1" read "SA.,
// MAY 1" as German, where the grammar reads Spanish's Saturday before
// Spanish's may (found by FuzzTemplate).
func namesOtherDay(word string, w word) bool {
	langs := w.langs
	if langs == 0 {
		langs = 1 << w.lang
	}
	for _, sw := range shortWeekdayWords(word) {
		if sw.value != w.value || langs&(1<<sw.lang) == 0 {
			return true
		}
	}
	return false
}

// matchYom is matchWeekday for a weekday named after Yom, whose word ends
// at e, as the parser's weekdayName reads it after no prefix word.
func matchYom(s string, i, e int, f *Field, vote *langVote) bool {
	g, ok := yomDay(s, Field{Element: layout.Element{Kind: layout.Weekday}, Start: i, End: e}, e, s[i] == 0xD7)
	if !ok || g.Text != "" || eveningCompound(s[g.Start:g.End]) {
		return false // a word seen for one value (Yom Shabbat)
	}
	*f = g
	if w, ok := nameWord(s, f); ok {
		vote.name(w)
	}
	return true
}

// matchMonth is matchField for a Gregorian month name in Latin letters.
func matchMonth(s string, i int, f *Field, vote *langVote) bool {
	e := latinWord(s, i)
	w, ok := lookupLatin(s, i, e)
	if !ok || w.kind != wMonth || w.variant {
		return false
	}
	if e-i == 3 && w.value == 3 {
		if _, ok := hebrew.MatchMonth(s[i:]); ok {
			return false // Mar Cheshvan
		}
	}
	if _, ok := dayField(s, skipSpace(s, e)); ok && genitiveMonth(s[i:e], w) {
		// A genitive before a day, which Parse reads as no date (see
		// monthFirst): "marca 2, 2024" was March 2 after "March 2,
		// 2024" made the template, and a syntax error before it, the
		// same text read two ways by what the reader had read before.
		return false
	}
	*f = monthField(s, i, e, w)
	vote.field(f, w)
	return true
}

// matchDay is matchField for a day of the month of kind k (Day or
// HebrewDay), in digits or, for a Hebrew day, a Hebrew numeral.
func matchDay(s string, i int, k layout.Kind, f *Field) bool {
	if s[i] == 0xD7 {
		if k != layout.HebrewDay {
			return false
		}
		v, n, ok := readNumeral(s, i)
		if !ok || v < 1 || v > 30 {
			return false
		}
		if r, _ := decode(s, i+n); letterAfter(s, i+n) || script.IsDash(r) {
			return false
		}
		f.Form, f.Punct, f.Value, f.End = layout.Numeral, punctOf(s, i, i+n), v, i+n
		return true
	}
	d, ok := dayField(s, i)
	if !ok {
		return false
	}
	if r, _ := decode(s, d.End); script.IsDash(r) || r == '.' {
		return false // a range, or "21." before a month: for Parse
	}
	d.Kind = k
	*f = d
	return true
}

// matchYear is matchField for a Gregorian year in digits, of four digits
// or, in a layout of form TwoDigit, two.
func matchYear(s string, i int, form layout.Form, f *Field) bool {
	v, e, digits := number(s, i)
	if digits != 4 && digits != 2 || digits == 2 && form != layout.TwoDigit || !yearEnds(s, e) {
		return false
	}
	if digits == 4 && i > 0 && script.IsApostrophe(lastRuneOf(s, i)) {
		return false // '2145: Parse reads two digits after an apostrophe ('14)
	}
	if digits == 2 {
		f.Form = layout.TwoDigit
	}
	f.Value, f.End = v, e
	return true
}

// matchClock is matchField for an hour, minute or second (kind k); twelve
// says whether an hour is followed by AM or PM.
func matchClock(s string, i int, k layout.Kind, twelve bool, f *Field) bool {
	v, e, digits := number(s, i)
	if k == layout.Hour {
		if digits == 0 || digits > 2 || v > 24 || e >= len(s) || s[e] != ':' || twelve && (v < 1 || v > 12) {
			return false
		}
		f.Form = hourForm(twelve, digits, s[i])
		f.Value, f.End = v, e
		return true
	}
	if digits != 2 || v > 59 && k == layout.Minute || v > 60 {
		return false
	}
	f.Form, f.Value, f.End = layout.Padded, v, e
	return true
}

// hasHebrewLetter reports whether s holds a Hebrew letter, which makes a
// layout Hebrew text (see hebrewText).
func hasHebrewLetter(s string) bool {
	for _, r := range s {
		if script.IsHebrewLetter(r) {
			return true
		}
	}
	return false
}

// hasLetter reports whether s holds a letter that may start a word.
func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if isWordStart(s, i) {
			return true
		}
	}
	return false
}
