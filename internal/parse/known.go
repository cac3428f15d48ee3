package parse

import (
	"slices"
	"strings"
	"time"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// A template reads most of its fields by their writing: the words, days
// and clock values its layout writes, each read by the field readers once
// when the template is made, in the place the layout puts it, are
// compared as bytes (see compileNames). Any other spelling goes to
// matchField, the same readers.

// A nameTable holds the words a name field writes, bucketed by their
// first two bytes, the literal's after a word of one (nameBucket): a name
// is found in a comparison or two.
type nameTable struct {
	buckets [64][]knownName
	names   int
	// lit is the literal after the field, and last is set for the last
	// field, which nothing but spaces follows.
	lit  string
	last bool
	// litHead and litMask are the literal's first eight bytes and the
	// mask of those it has, as knownName's head and mask.
	litHead, litMask uint64
	// digits is set for a year that reads any four ASCII digits as year
	// does, with their value.
	digits bool
	year   knownName
	// alike is the element of the field's one writing that the table
	// leaves to matchField, an Adar with no qualifier, where it keeps the
	// template's layout string (hasAlike): a template made on an Adar I
	// day reads the Adar of a common year in its own layout, as
	// sameLayout says of the names it knows.
	alike    layout.Element
	hasAlike bool
}

// nameBucket returns the bucket of a word that starts with bytes a, b.
func nameBucket(a, b byte) int { return int(a^b<<2) & 63 }

// A knownName is a word a template's name field writes for one value
// (Saturday, March, 2nd, Adar I), with what matchField reads of it before the
// literal that follows the field in the template. Match reads a name
// written so by comparing bytes, and any other spelling with matchField:
// the field readers, run on the template's own writing once when it is
// made, decide what a name reads as, so the two can never differ.
type knownName struct {
	// read is the text with the literal after it, as find compares
	// them: head is its first eight bytes, little-endian, of which mask
	// keeps those it has, and tail and tailMask the same of the eight
	// after them (none for a read of eight bytes or fewer).
	head, mask, tail, tailMask uint64
	read                       string
	// What State states of the name (see Stated): its value, form and
	// flags, and the length of its text.
	value   int
	textLen int
	form    layout.Form
	flags   Flag
	// own is set when the name is in the template's own form, or one
	// its layout string does not show; layout is, for a name that is
	// not, the layout of a dateline whose other fields are (see
	// reading.other).
	own    bool
	layout string
	// hint is set for a Hebrew month of a family of a language other
	// than English, which may say the names' language (see settle);
	// marks are what reading.note notes of the name, and numeral is set
	// for a Hebrew day in Hebrew letters, which note may refuse.
	hint    bool
	numeral bool
	marks   marks
	// nisan is set for the Hebrew month written Nisan, which is April
	// beside Turkish names, or with a Levantine Arabic name (آذار, March,
	// before a civil year): the text around it is read for them (see
	// turkishNisanAt, levantineCivilAt) wherever the name is found.
	nisan bool
	// The name's vote (see langVote): the languages that have it (all of
	// them for a name that does not vote), and whether it counts.
	langs uint64
	votes int
	text  string
	field Field // Start 0, End len(text)
}

// compileNames makes t.names: for each weekday, month or day field of
// either calendar, and each clock field, the word the field's element
// writes for each value (Saturday, March, 2nd, Adar I, כ״ב, 10, pm), and
// for a year of four digits its digits, each read by matchField between
// the literals around the field, which is what Match reads of the same
// bytes in the same place. A field
// must be followed by a literal that ends a name, or end the layout. A
// word whose reading looks further than its literal is left to
// matchField: the Gregorian Mar, which may start Mar Cheshvan; a Hebrew
// Adar with no qualifier, which another style's may follow (Adar 2). Nisan,
// which is April beside Turkish names, is read as matchField reads it
// (knownName.nisan).
func (t *Template) compileNames() {
	names := make([]*nameTable, len(t.fields))
	defer func() { t.names.Store(&compiled{tables: names, steps: t.steps(names)}) }()
	for k := range t.fields {
		tf := &t.fields[k]
		if tf.Kind == layout.Literal || t.numeric[k] != 0 {
			continue
		}
		prev, next := "", ""
		if k > 0 {
			if t.fields[k-1].Kind != layout.Literal {
				continue // what the field reads may hang on the one before
			}
			prev = t.fields[k-1].Text
		}
		if k+1 < len(t.fields) {
			if t.fields[k+1].Kind != layout.Literal || !endsName(t.fields[k+1].Text) {
				continue
			}
			next = t.fields[k+1].Text
		}
		table := &nameTable{lit: next, last: k+1 == len(t.fields)}
		table.litHead, table.litMask = headOf(next)
		if tf.Kind == layout.Year || tf.Kind == layout.HebrewYear {
			var year Field
			table.digits, year = t.knownDigits(k, prev, next)
			table.year = knownName{field: year, form: year.Form, flags: year.Flags, langs: ^uint64(0)}
			table.year.own, table.year.layout = t.layoutWith(k, year.Element)
		}
		segs := writings(tf, prev, next)
		known := make([]knownName, 0, len(segs)) // the buckets' one array
		for _, seg := range segs {
			// seg is prev, the writing, then next: one string of the
			// field's, sliced.
			if n, ok := t.knownName(k, seg, len(prev), len(seg)-len(next)); ok && len(n.read) >= 2 {
				known = append(known, n)
			} else if f, ok := t.bareAdar(k, seg, len(prev), len(seg)-len(next)); ok && t.sameLayout(k, f.Element) {
				table.alike, table.hasAlike = f.Element, true
			}
		}
		slices.SortStableFunc(known, func(a, b knownName) int {
			return nameBucket(a.read[0], a.read[1]) - nameBucket(b.read[0], b.read[1])
		})
		for lo := 0; lo < len(known); {
			b := nameBucket(known[lo].read[0], known[lo].read[1])
			hi := lo + 1
			for hi < len(known) && nameBucket(known[hi].read[0], known[hi].read[1]) == b {
				hi++
			}
			table.buckets[b] = known[lo:hi:hi]
			lo = hi
		}
		table.names = len(known)
		if table.names > 0 || table.digits {
			names[k] = table
		}
	}
}

// spellingsOf returns the elements whose writings a name table of field
// f holds: f's own, and for a Hebrew month in one of English's families
// of spellings (Tevet, Teves, Iyyar, Iyar, Adar I, Adar Rishon), the
// others, which the pages of one site mix and a batch's first line may
// not tell apart (Nisan, Av are alike in all).
func spellingsOf(f *Field) []layout.Element {
	elems := []layout.Element{f.Element}
	if f.Kind != layout.HebrewMonth || !englishFamily(f.Spelling.Family) {
		return elems
	}
	for _, fam := range [...]hebrew.Family{hebrew.Hebcal, hebrew.Sephardi, hebrew.Ashkenazi, hebrew.Academic} {
		if fam != f.Spelling.Family {
			e := f.Element
			e.Spelling = hebrew.Spelling{Family: fam}
			elems = append(elems, e)
		}
	}
	return elems
}

// englishFamily reports whether fam is one of English's families of
// spellings of the Hebrew months.
func englishFamily(fam hebrew.Family) bool {
	return fam == hebrew.Hebcal || fam == hebrew.Sephardi || fam == hebrew.Ashkenazi || fam == hebrew.Academic
}

// writingDays returns a day of each value a field of kind k writes: the
// seven weekdays, Sunday first, the twelve months, the thirteen Hebrew
// months of a leap year and the Adar of a common year, the 31 days of a
// month and the 30 of a Hebrew month.
func writingDays(k layout.Kind) []hebrew.Date {
	var days []hebrew.Date
	switch k {
	case layout.Weekday:
		for d := range 7 {
			days = append(days, hebrew.DateOf(time.Date(2006, 1, 1+d, 0, 0, 0, 0, time.UTC))) // Sunday first
		}
	case layout.Month:
		for m := range 12 {
			days = append(days, hebrew.DateOf(time.Date(2006, time.Month(m+1), 1, 0, 0, 0, 0, time.UTC)))
		}
	case layout.HebrewMonth:
		for m := hebrew.Nisan; m <= hebrew.AdarII; m++ {
			d, _ := hebrew.NewDate(5784, m, 1) // a leap year: Adar I and Adar II
			days = append(days, d)
		}
		common, _ := hebrew.NewDate(5783, hebrew.Adar, 1) // and the Adar of a common year
		days = append(days, common)
	case layout.Day:
		for d := range 31 {
			days = append(days, hebrew.DateOf(time.Date(2006, 1, 1+d, 0, 0, 0, 0, time.UTC)))
		}
	case layout.HebrewDay:
		for d := range 30 {
			h, _ := hebrew.NewDate(5784, hebrew.Tishrei, 1+d)
			days = append(days, h)
		}
	}
	return days
}

// writingTimes returns a time of day of each value a clock field of kind
// k writes.
func writingTimes(k layout.Kind) []time.Time {
	var times []time.Time
	switch k {
	case layout.Hour, layout.AMPM:
		for h := range 24 {
			times = append(times, time.Date(2006, 1, 2, h, 4, 5, 0, time.UTC))
		}
	case layout.Minute, layout.Second:
		for m := range 60 {
			times = append(times, time.Date(2006, 1, 2, 15, m, m, 0, time.UTC))
		}
	}
	return times
}

// writings returns what element f writes for each value of a weekday, a
// month or day of either calendar, or a clock field (hour, minute,
// second, AM or PM), as a day or time of each value writes it, each
// between the literals prev and next, as slices of one string; for a
// Hebrew month, both Adars of a leap year and the Adar of a common year,
// in each spelling of spellingsOf.
func writings(f *Field, prev, next string) []string {
	days, times := writingDays(f.Kind), writingTimes(f.Kind)
	elems := spellingsOf(f)
	buf := make([]byte, 0, len(elems)*(len(days)+len(times))*(len(prev)+len(next)+12))
	var ends []int
	var l layout.Layout
	add := func(t time.Time, h hebrew.Date) {
		start := len(buf)
		buf = append(buf, prev...)
		buf = l.AppendFormat(buf, t, h)
		if len(buf) == start+len(prev) {
			buf = buf[:start] // nothing written
			return
		}
		buf = append(buf, next...)
		from := 0
		for _, e := range ends {
			if string(buf[from:e]) == string(buf[start:]) {
				buf = buf[:start] // AM, twelve times: once
				return
			}
			from = e
		}
		ends = append(ends, len(buf))
	}
	for _, e := range elems {
		l = layout.New(e)
		for _, h := range days {
			y, m, d := h.Gregorian()
			add(time.Date(y, m, d, 0, 0, 0, 0, time.UTC), h)
		}
		for _, t := range times {
			add(t, hebrew.DateOf(t))
		}
	}
	all := string(buf)
	segs := make([]string, len(ends))
	for k, e := range ends {
		from := 0
		if k > 0 {
			from = ends[k-1]
		}
		segs[k] = all[from:e]
	}
	return segs
}

// knownDigits reports whether year field k reads any four ASCII digits
// between the literals prev and next as their value, in the one element
// it returns: matchField's reading of a year's digits hangs on what is
// around them, never on their value (FuzzTemplate), which the samples
// confirm.
func (t *Template) knownDigits(k int, prev, next string) (bool, Field) {
	var year Field
	for _, sample := range [...]string{"0001", "2006", "5766", "9999"} {
		s := prev + sample + next
		var f Field
		vote := newLangVote()
		if !matchField(s, len(prev), &t.fields[k], t.twelve[k], &f, &vote) || f.End != len(prev)+4 || f.Value != atoi4(sample) {
			return false, Field{}
		}
		f.Value, f.Start, f.End = 0, 0, 0
		if sample != "0001" && f != year {
			return false, Field{}
		}
		year = f
	}
	return true, year
}

// atoi4 returns the value of four ASCII digits.
func atoi4(s string) int {
	return int(s[0]-'0')*1000 + int(s[1]-'0')*100 + int(s[2]-'0')*10 + int(s[3]-'0')
}

// endsName reports whether literal text after a name ends it where
// nothing else can read on: not a dot (Sat., janv.), a hyphen
// (segunda-feira), an apostrophe or a letter.
func endsName(lit string) bool {
	switch c := lit[0]; {
	case c == ' ', c == ',', c == '|', c == '/', c == ';', c == ')', c == ':':
		return true
	}
	return false
}

// knownName reads s[i:j], what template field k writes for a value, as
// Match would read it between the literals before and after it in s.
func (t *Template) knownName(k int, s string, i, j int) (knownName, bool) {
	text := s[i:j]
	var f Field
	vote := newLangVote()
	if !matchField(s, i, &t.fields[k], t.twelve[k], &f, &vote) || f.End != j {
		return knownName{}, false
	}
	switch {
	case f.Kind == layout.Month && f.Value == 3 && len(text) == 3 && !t.digitsAfter(k), // Mar Cheshvan
		f.Kind == layout.HebrewMonth && hebrew.Month(f.Value) == hebrew.Adar && f.Flags&Qualified == 0,
		f.Flags&NameAmbiguous != 0: // listopada, whose month the other names decide
		return knownName{}, false
	}
	f.Start, f.End = 0, len(text)
	n := knownName{text: text, read: s[i:], field: f, langs: vote.mask, votes: vote.names}
	n.own, n.layout = t.layoutWith(k, f.Element)
	n.value, n.textLen, n.form, n.flags = f.Value, len(text), f.Form, f.Flags
	if n.votes == 0 {
		n.langs = ^uint64(0) // a vote of nothing, which read counts without a branch
	}
	n.hint = hints(&f)
	n.numeral = f.Kind == layout.HebrewDay && f.Form == layout.Numeral
	n.nisan = f.Kind == layout.HebrewMonth && (hebrew.Month(f.Value) == hebrew.Nisan && foldedEqual(text, "nisan") || levantineMonths[text] != 0)
	if f.Kind == layout.HebrewMonth {
		n.marks = markHebrewMonth
		if n.hint {
			n.marks |= markHint
		}
	}
	n.head, n.mask = headOf(n.read)
	if len(n.read) > 8 {
		n.tail, n.tailMask = headOf(n.read[8:])
	}
	return n, true
}

// digitsAfter reports whether template field k is followed by spaces and
// a day in digits, which no Mar Cheshvan has after its Mar: the Gregorian
// Mar of "Mar 14, 2005" is then a name the table knows (a dateline with
// Mar Cheshvan there does not read in the layout at its day).
func (t *Template) digitsAfter(k int) bool {
	if k+2 >= len(t.fields) || t.fields[k+1].Kind != layout.Literal || strings.Trim(t.fields[k+1].Text, " ") != "" {
		return false
	}
	d := &t.fields[k+2]
	return d.Kind == layout.Day && (d.Form == layout.Plain || d.Form == layout.Padded)
}

// bareAdar reads s[i:j], what template field k writes for a value, as
// knownName does, and reports whether it is an Adar with no qualifier,
// which knownName leaves to matchField.
func (t *Template) bareAdar(k int, s string, i, j int) (Field, bool) {
	var f Field
	vote := newLangVote()
	if !matchField(s, i, &t.fields[k], t.twelve[k], &f, &vote) || f.End != j {
		return Field{}, false
	}
	return f, f.Kind == layout.HebrewMonth && hebrew.Month(f.Value) == hebrew.Adar && f.Flags&Qualified == 0
}

// sameLayout reports whether the template's layout string stays the same
// with element e in place of field k's: Adar I read by the template of a
// Tevet day is in a form of its own (AdarRoman), which the layout,
// written for 2 Tevet, does not show.
func (t *Template) sameLayout(k int, e layout.Element) bool {
	same, _ := t.layoutWith(k, e)
	return same
}

// layoutWith reports whether the template's layout string stays the same
// with element e in place of field k's (see sameLayout), and if it does
// not, returns the layout string with e: a name in a form of its own
// ("Shevat" read by the template of a "Teves" day, which spellings of two
// families write alike) gives its dateline's layout string without the
// dateline's fields being written out.
func (t *Template) layoutWith(k int, e layout.Element) (same bool, layout string) {
	if e == t.fields[k].Element {
		return true, ""
	}
	fields := slices.Clone(t.fields)
	fields[k].Element = e
	r := Result{Fields: fields}
	layout = script.Latin1Spaces(string(r.AppendLayout(nil)))
	if layout == t.layout {
		return true, ""
	}
	return false, layout
}

// lookup finds at s[i], in the table of a template's name field, a name
// or the digits of a year that the field's element writes, followed by
// the field's literal or, for the last field, by nothing but spaces: it
// returns what reads it, the value, the name's end, and the end of the
// literal after it.
func (table *nameTable) lookup(s string, i int) (n *knownName, v, end, next int, ok bool) {
	rest := s[i:]
	if table.digits {
		if isDigit4(rest) && table.litAt(rest, 4) {
			return &table.year, atoi4(rest), i + 4, i + 4 + len(table.lit), true
		}
		return nil, 0, 0, 0, false
	}
	if n := table.find(rest); n != nil {
		return n, n.value, i + n.textLen, i + len(n.read), true
	}
	return nil, 0, 0, 0, false
}

// litAt reports whether the table's literal is at rest[i], or, for the
// last field, nothing but spaces.
func (table *nameTable) litAt(rest string, i int) bool {
	switch {
	case table.last:
		return skipSpace(rest, i) == len(rest)
	case len(rest) >= i+8 && len(table.lit) <= 8:
		return (load8(rest[i:])^table.litHead)&table.litMask == 0
	}
	return strings.HasPrefix(rest[i:], table.lit)
}

// find returns the name of the table that rest starts with, followed by
// the field's literal or, for the last field, by nothing but spaces; or
// nil. Most names, with their literal, are told by their first eight bytes
// (head), compared at once. (Comparing the next eight the same way, with
// no branch on the length, cut mispredicted branches on a spread of days
// but cost more instructions than it saved time.)
func (table *nameTable) find(rest string) *knownName {
	if len(rest) < 8 {
		return table.findShort(rest)
	}
	w := load8(rest)
	bucket := table.buckets[nameBucket(byte(w), byte(w>>8))]
	for j := range bucket {
		n := &bucket[j]
		if w&n.mask != n.head || len(n.read) > 8 && (len(rest) < len(n.read) || rest[8:len(n.read)] != n.read[8:]) {
			continue
		}
		if table.last && skipSpace(rest, n.textLen) != len(rest) {
			continue
		}
		return n
	}
	return nil
}

// findShort is find for rest shorter than eight bytes.
func (table *nameTable) findShort(rest string) *knownName {
	if len(rest) < 2 {
		return nil
	}
	bucket := table.buckets[nameBucket(rest[0], rest[1])]
	for j := range bucket {
		if n := &bucket[j]; strings.HasPrefix(rest, n.read) && (!table.last || skipSpace(rest, n.textLen) == len(rest)) {
			return n
		}
	}
	return nil
}

// headOf returns the first eight bytes of s, little-endian, padded with
// zeros, and the mask of those s has.
func headOf(s string) (head, mask uint64) {
	var pad [8]byte
	n := copy(pad[:], s)
	if mask = ^uint64(0); n < 8 {
		mask = 1<<(8*n) - 1
	}
	return load8(string(pad[:])), mask
}

// load8 returns the first eight bytes of s, little-endian.
func load8(s string) uint64 { return script.Load8(s) }

// isDigit4 reports whether s starts with four ASCII digits and no fifth.
func isDigit4(s string) bool {
	return len(s) >= 4 && s[0]-'0' < 10 && s[1]-'0' < 10 && s[2]-'0' < 10 && s[3]-'0' < 10 && (len(s) == 4 || s[4]-'0' >= 10)
}
