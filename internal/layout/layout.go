package layout

import (
	"bytes"
	"math"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/civil"
	"github.com/dualdate/dualdate/occasion"
)

// Layouts written for the reference day, Monday, January 2, 2006, 15:04:05
// MST, which is 2 Tevet 5766 in the Hebrew calendar. Each is a string to
// pass to dateline's Format, LayoutOf and Parse, as time.RFC3339 is to
// time.Time.Format.
const (
	// Header is the masthead dateline: "Saturday, March 2nd | 22 Adar I 5784".
	Header = "Monday, January 2nd | 2 Tevet 5766"
	// Full is the dateline with both years: "Saturday, March 2, 2024 | 22
	// Adar I 5784".
	Full = "Monday, January 2, 2006 | 2 Tevet 5766"
	// Published is an article's timestamp: "September 28, 2022 10:39 am".
	Published = "January 2, 2006 3:04 pm"
	// HebrewDate is the Hebrew date alone: "22 Adar I 5784".
	HebrewDate = "2 Tevet 5766"
	// HebrewScript is the Hebrew date in Hebrew script: "כ״ב אדר א׳ תשפ״ד".
	HebrewScript = "ב׳ טבת תשס״ו"
)

// Reference returns the reference day that layouts are written for: Monday,
// January 2, 2006 at 15:04:05 in a zone named MST, seven hours west of UTC,
// and the Hebrew date of that day, 2 Tevet 5766.
func Reference() (time.Time, hebrew.Date) {
	return referenceTime, referenceDate
}

var (
	referenceTime = time.Date(2006, time.January, 2, 15, 4, 5, 0, time.FixedZone("MST", -7*60*60))
	referenceDate = hebrew.Date{Year: 5766, Month: hebrew.Tevet, Day: 2}
)

// A Layout is a compiled dateline layout: a sequence of elements. Layouts
// are read from an example dateline by the parse package (dateline.LayoutOf
// is the usual way), or built with [New]. The zero Layout writes nothing.
// A Layout is immutable and safe for concurrent use.
type Layout struct {
	elems []Element
	// ranges describes, for the Gregorian and the Hebrew calendar, a
	// range of days written with one month name (October 22-28, 2-8
	// Cheshvan), which needs a second month name on days when it runs into
	// the next month.
	ranges [2]dayRange
	// sameEnd is the shift of the far end of a range of days written in
	// both calendars with one length (October 22-28 | 2-8 Cheshvan), or 0
	// (see lateEnd).
	sameEnd int16
	// names is the language of the layout's names whose every day's
	// text is read back before it is written (see [Layout.CheckNames]),
	// or English, whose is not; table says which days' names need it
	// (see nameTable), or is nil, and every day's do.
	names Lang
	table *nameTable
}

// A dayRange is a range of days written with one month name: the indexes
// of its two day elements and of the month element. ok is false for a
// layout without such a range.
type dayRange struct {
	first, second, month int
	ok                   bool
}

// New returns a layout of the given elements, which it copies.
func New(elems ...Element) Layout {
	return wrap(append([]Element(nil), elems...))
}

// wrap returns the layout of elems, which it keeps.
func wrap(elems []Element) Layout {
	l := Layout{elems: elems}
	l.ranges[0] = findRange(l.elems, Day, Month)
	l.ranges[1] = findRange(l.elems, HebrewDay, HebrewMonth)
	var civilEnd, hebrewEnd int16
	for i := range elems {
		switch e := &elems[i]; e.Kind {
		case Day:
			civilEnd = max(civilEnd, e.Shift)
		case HebrewDay:
			hebrewEnd = max(hebrewEnd, e.Shift)
		}
	}
	if civilEnd > 0 && civilEnd == hebrewEnd && civilEnd != math.MaxInt16 {
		l.sameEnd = civilEnd
	}
	return l
}

// AppendElements appends the dateline of t and h written in the layout of
// elems, as New(elems...).AppendFormat(b, t, h) does, without copying
// elems into a Layout: for a layout written once.
func AppendElements(b []byte, elems []Element, t time.Time, h hebrew.Date) []byte {
	l := wrap(elems)
	return l.AppendFormat(b, t, h)
}

// findRange finds a range of days of kind day written with a single month
// element of kind month.
func findRange(elems []Element, day, month Kind) dayRange {
	r := dayRange{first: -1, second: -1, month: -1}
	for i := range elems {
		switch elems[i].Kind {
		case day:
			switch {
			case r.first < 0:
				r.first = i
			case r.second < 0:
				r.second = i
			default:
				return dayRange{}
			}
		case month:
			if r.month >= 0 {
				return dayRange{}
			}
			r.month = i
		}
	}
	r.ok = r.second >= 0 && r.month >= 0 && elems[r.first].Shift != elems[r.second].Shift &&
		(r.month < r.first || r.month > r.second)
	return r
}

// lateEnd returns the shift of the civil end of a range of days that l
// writes in both calendars with one length (October 22-28 | 2-8 Cheshvan)
// when day t is written with h, the Hebrew date of its evening: the civil
// range then starts on the evening before the Hebrew one and ends with it,
// a day later in civil days (October 21-28 | 2-8 Cheshvan), as sites print
// a range after sunset. It returns 0 otherwise.
func (l *Layout) lateEnd(t time.Time, h hebrew.Date) int16 {
	if l.sameEnd == 0 {
		return 0
	}
	y, m, d := t.Date()
	own, err := hebrew.FromGregorian(y, m, d)
	if err != nil || own.AddDays(1) != h {
		return 0
	}
	return l.sameEnd
}

// crosses reports whether the two days of r fall in different months, for
// the Gregorian day t or the Hebrew day h.
func (l *Layout) crosses(c int, t time.Time, h hebrew.Date) bool {
	r := &l.ranges[c]
	if !r.ok {
		return false
	}
	a, b := int(l.elems[r.first].Shift), int(l.elems[r.second].Shift)
	if c == 0 {
		first, second := l.elems[r.first], l.elems[r.second]
		_, ma, _ := dateOf(&first, civil.AddDays(t, a))
		_, mb, _ := dateOf(&second, civil.AddDays(t, b))
		return ma != mb
	}
	ha, hb := h.AddDays(a), h.AddDays(b)
	return !ha.IsZero() && !hb.IsZero() && ha.Month != hb.Month
}

// firstDayDot reports whether the text after range r's first day starts
// with the day's dot (6. bis 8. Oktober, 1.-7. Adar): when that day's
// month is written after it, the dot stays with the day, before the month
// (30. Oktober bis 5. November), where the parser reads it, and not
// after the month (30. Oktober. bis), where it reads none.
func (l *Layout) firstDayDot(r *dayRange) bool {
	k := r.first + 1
	return k < len(l.elems) && l.elems[k].Kind == Literal && strings.HasPrefix(l.elems[k].Text, ".")
}

// dotMoved reports whether element i is the text after the first day of
// a range that crosses into another month (cross, for either calendar),
// whose dot appendRangeMonth has written before the first day's month.
func (l *Layout) dotMoved(i int, cross [2]bool) bool {
	for c := range l.ranges {
		if r := &l.ranges[c]; cross[c] && i == r.first+1 && r.month > r.second && l.firstDayDot(r) {
			return true
		}
	}
	return false
}

// appendRangeMonth writes the month of range r's day element d (first or
// second) with the separator the layout puts between a day and its month:
// the month name that a range running into the next month needs on the
// side of the layout's day that has none. before says whether it comes
// before the day (October 30-November 5) or after it (30 October-5
// November).
func (l *Layout) appendRangeMonth(b []byte, r *dayRange, d int, before bool, t time.Time, h hebrew.Date) []byte {
	m := l.elems[r.month]
	m.Shift = l.elems[d].Shift
	sep := " "
	if before && r.month+2 == r.first && l.elems[r.month+1].Kind == Literal {
		sep = l.elems[r.month+1].Text
	} else if !before && r.second+2 == r.month && l.elems[r.second+1].Kind == Literal {
		sep = l.elems[r.second+1].Text
	}
	if before {
		b = appendElement(b, &m, t, h)
		return append(b, sep...)
	}
	if d == r.first && l.firstDayDot(r) && !strings.HasPrefix(sep, ".") {
		b = append(b, '.') // 30. October and 5 November
	}
	b = append(b, sep...)
	return appendElement(b, &m, t, h)
}

// Elements returns a copy of the layout's elements.
func (l Layout) Elements() []Element {
	return append([]Element(nil), l.elems...)
}

// Len returns the number of elements.
func (l Layout) Len() int { return len(l.elems) }

// At returns element i, 0 <= i < Len().
func (l Layout) At(i int) Element { return l.elems[i] }

// Has reports whether the layout shows an element of kind k.
func (l Layout) Has(k Kind) bool {
	for i := range l.elems {
		if l.elems[i].Kind == k {
			return true
		}
	}
	return false
}

// AppendFormat appends the dateline of Gregorian time t and Hebrew date h,
// written in layout l, to b and returns the extended buffer. The Gregorian
// elements and the weekday show t's day in t's location (with its clock and
// zone); the Hebrew elements show h, which the caller has chosen (usually
// the Hebrew date of t's day, or of the next day after sunset). It does not
// allocate beyond growing b.
//
// A range of days written with one month name (October 22-28, 2-8
// Cheshvan) gets a second month name on days when it runs into the next
// month: October 30-November 5, 30 Tishrei-6 Cheshvan.
//
// A Day, Month or Year of the Julian [Calendar] writes the Julian date of
// t's day: "December 15, 1812 O.S." for December 27, 1812. The layout's
// String writes them for the reference day as the others, January 2, 2006,
// beside the text that says they are Julian.
//
// With the zero Hebrew date (the date of a day outside the Hebrew
// calendar's range), the Hebrew elements are left out, with the spaces,
// separators and brackets on either side of them: "Monday, January 2, 2006
// | 2 Tevet 5766" and "Monday, January 2, 2006 (2 Tevet 5766)" write only
// the Gregorian date.
//
// The clock elements of a [Zman] (the 5:26 pm of "Candle lighting 5:26
// pm") have no time to write here: they are left out, as on a day without
// that time, with the literal text that leads to them. Package dateline
// refuses such a layout without a location; see [Layout.AppendFormatZmanim].
func (l Layout) AppendFormat(b []byte, t time.Time, h hebrew.Date) []byte {
	return l.appendFormat(b, t, h, nil, false)
}

// Zmanim are the times of a day at a place that the clock elements of a
// [Zman] write, indexed by Zman: z[Sunset] is the day's sunset, in the
// place's time zone. A zero time is one the day does not have there (no
// candle lighting on a Monday).
type Zmanim [numZmanim]time.Time

// DayFrom and EveningFrom bound the hours of a day that are neither an
// evening's nor its night's: from 6 am, and to 2 pm, when in the far
// north's winter (Stockholm's, Helsinki's) the Shabbat's candles are lit.
// A layout of an evening does not write them, and package dateline reads
// them beside an evening's words as an error.
const DayFrom, EveningFrom = 6, 14

// EveningDay returns the time a layout of an evening writes for t: t, or,
// before noon, t's time of day on the civil day before, in t's zone, whose
// night it is in: Tuesday at 1:30 is "Monday night, March 4 at 1:30 am",
// as package dateline reads an evening's time before noon.
func EveningDay(t time.Time) time.Time {
	if t.Hour() >= 12 {
		return t
	}
	y, m, d := t.Date()
	return time.Date(y, m, d-1, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
}

// EveningOf reports whether Hebrew date h is that of the evening of t's
// civil day, the next day's, as a sunset rule gives it after sunset (and
// a text that names the evening, "Tuesday night, December 12, 2017"):
// that evening's occasions are EveningOccasions(h), not h's.
func EveningOf(t time.Time, h hebrew.Date) bool {
	n := hebrew.DateOf(t).AddDays(1)
	return !n.IsZero() && n == h
}

// Evening reports whether l names the evening of its civil day, so that
// its Hebrew date is the evening's: the next day's.
func (l Layout) Evening() bool {
	for i := range l.elems {
		if l.elems[i].Evening {
			return true
		}
	}
	return false
}

// eveningSaid reports whether the text l writes for t and h says that it
// is of an evening: a weekday's or a literal's word of the evening, other
// than the night of an occasion ("first night of Passover, Monday, April
// 22 at 5:45 pm") that the day does not have, which is left out with the
// words that lead to it. Where the text does not say so, its hour before
// noon is of its own civil day, not of the night before: the layout of
// that line (the hundred-and-fifteenth held-out round) wrote "Wednesday,
// December 24 at 12:05 am" for 00:05 on 25 December 2025, which reads as
// the 24th.
func (l Layout) eveningSaid(t time.Time, h hebrew.Date) bool {
	w := writer{l: l, t: t, h: h, next: h, bad: -1, lit: -1, skipTo: -1}
	for i := range l.elems {
		e := &l.elems[i]
		if !e.Evening {
			continue
		}
		if e.Kind == Literal && i+1 < len(l.elems) && l.elems[i+1].Kind == Holiday {
			e = &l.elems[i+1] // the words that lead to the occasion's night
		}
		if e.Kind != Holiday {
			return true
		}
		var buf [64]byte
		if len(w.occasion(buf[:0], e)) > 0 {
			return true
		}
	}
	return false
}

// HasClock reports whether l writes the dateline's own time of day: an
// hour, minute, second, fraction or AM/PM that is no Zman's.
func (l Layout) HasClock() bool {
	for i := range l.elems {
		if e := &l.elems[i]; e.Kind.IsClock() && e.Kind != Zone && e.Zman == NoZman {
			return true
		}
	}
	return false
}

// HasZman reports whether the layout writes time z of the day. With z
// NoZman, it reports whether it writes any.
func (l Layout) HasZman(z Zman) bool {
	for i := range l.elems {
		if e := &l.elems[i]; e.Zman != NoZman && (z == NoZman || e.Zman == z) {
			return true
		}
	}
	return false
}

// AppendFormatZmanim is [Layout.AppendFormat] with the times of the day
// that the clock elements of a Zman write: "Friday, March 1, 2024 | 21 Adar
// I 5784 | Candle lighting 5:29 pm". Where z has a zero time, the day has
// none: its elements write nothing, and the literal text that leads to
// them ("| Candle lighting ") is left out too, as a Holiday's is on a day
// without one; so is the text between them (the colon of 5:29, the space
// before pm). It does not allocate beyond growing b.
func (l Layout) AppendFormatZmanim(b []byte, t time.Time, h hebrew.Date, z *Zmanim) []byte {
	return l.appendFormat(b, t, h, z, false)
}

// AppendLayout appends the layout of elems written for the reference day,
// as [Layout.String] writes it.
func AppendLayout(b []byte, elems []Element) []byte {
	t, h := Reference()
	return wrap(elems).appendFormat(b, t, h, nil, true)
}

// appendFormat is AppendFormat; with asLayout, a Hebrew day written as Rosh
// Chodesh is written so on any day, as a layout string must be to read
// again as the same layout (the reference day, 2 Tevet, is no Rosh
// Chodesh); the clock of a Zman writes the reference time, and an Omer the
// count 2. z holds the times of a Zman, or is nil.
func (l Layout) appendFormat(b []byte, t time.Time, h hebrew.Date, z *Zmanim, asLayout bool) []byte {
	if end := l.lateEnd(t, h); end != 0 {
		// The civil range a day longer: its end shifted by one.
		var buf [24]Element
		elems := append(buf[:0], l.elems...)
		for i := range elems {
			if e := &elems[i]; (e.Kind == Day || e.Kind == Month) && e.Shift == end {
				e.Shift++
			}
		}
		longer := wrap(elems)
		longer.names, longer.table = l.names, l.table
		return longer.appendFormat(b, t, h, z, asLayout)
	}
	if !asLayout && l.HasClock() && l.Evening() {
		if e := EveningDay(t); !e.Equal(t) && l.eveningSaid(e, h) {
			t = e // 1:30 am: the night of the day before
		}
	}
	w := writer{l: l, t: t, h: h, next: h, z: z, asLayout: asLayout, start: len(b), bad: -1, lit: -1, skipTo: -1}
	if h.Day == 30 && l.roshChodesh() {
		if n := h.AddDays(1); !n.IsZero() {
			w.next = n
		}
	}
	w.cross = [2]bool{l.crosses(0, t, h), l.crosses(1, t, h)}
	if !asLayout {
		w.bad, w.why = l.unwritable(t, h)
	}
	for i := range l.elems {
		if i > w.skipTo {
			if i > 0 && !w.h.IsZero() && l.elems[i].Kind == HebrewYear && l.elems[i-1].Kind == HebrewMonth && len(b) > w.start {
				// A Hebrew year glued to its month's Adar qualifier, "כ
				// אדר א׳תשפ״ד", reads, the qualifier's geresh ending the
				// month; any other month run into the year ("ב
				// טבתתשס״ו") does not (FuzzParse). The space is written.
				b = append(b, ' ')
			}
			b = w.element(b, i)
		}
	}
	return b
}

// A writer writes the elements of a layout for one day, in order, and
// keeps what one element's writing tells the next.
type writer struct {
	l        Layout
	t        time.Time
	h        hebrew.Date
	next     hebrew.Date // the month a Rosh Chodesh on the 30th belongs to
	z        *Zmanim
	asLayout bool    // writing the layout string, for the reference day
	start    int     // where the dateline begins in the buffer
	cross    [2]bool // the Gregorian and the Hebrew range run into the next month
	bad      int     // the element no text of which reads back, or -1
	why      problem // and why
	lit      int     // where the literal just written began, or -1
	skipped  bool    // a Hebrew element was just left out
	skipTo   int     // the last element of a Zman left out, or -1
	// zmanOut says that a Zman was just left out: the literal after it
	// is written without the letters glued to its clock (the H of
	// "Sunset 15.4H").
	zmanOut bool
	// closing is the bracket that closes one opened by the text before
	// an occasion left out, which the literal after it starts with and
	// is written without, or 0.
	closing byte
}

// element appends element i.
func (w *writer) element(b []byte, i int) []byte {
	e := &w.l.elems[i]
	switch {
	case w.h.IsZero() && e.Kind.IsHebrew():
		// A day outside the Hebrew calendar's range (or a zero Hebrew
		// date): its Hebrew elements are left out, with the separators
		// on either side of them.
		if w.lit >= 0 {
			b = b[:w.lit+len(bytes.TrimRight(b[w.lit:], leftOutRight))]
		}
		w.lit, w.skipped = -1, true
		return b
	case w.skipped && e.Kind == Literal:
		w.skipped = false
		w.lit = len(b)
		return append(b, strings.TrimLeft(e.Text, leftOutLeft)...)
	case w.closing != 0 && e.Kind == Literal && e.Text != "" && e.Text[0] == w.closing:
		// "March 5, 2024", not "March 5, 2024)", of "October 12, 2024
		// (Yom Kippur)" on a day without an occasion.
		w.closing = 0
		w.lit = len(b)
		return append(b, e.Text[1:]...)
	case w.zmanOut && e.Kind == Literal:
		w.zmanOut = false
		w.lit = len(b)
		return append(b, strings.TrimLeftFunc(e.Text, unicode.IsLetter)...)
	}
	w.skipped, w.closing, w.zmanOut = false, 0, false
	switch {
	case e.Zman != NoZman && e.Zman < numZmanim && e.Kind.IsClock() && !w.asLayout:
		return w.zman(b, i, e)
	case e.Kind == Omer, e.Kind == Holiday, e.Kind == Portion:
		n := len(b)
		b = w.occasion(b, e)
		empty := len(b) == n
		if empty && w.lit >= 0 {
			// Nothing to show (out of season): nor the text that leads
			// to it, nor the bracket after it that closes one it opens.
			if k := bytes.LastIndexAny(b[w.lit:], "(["); k >= 0 && !bytes.ContainsAny(b[w.lit+k:], ")]") {
				w.closing = ')'
				if b[w.lit+k] == '[' {
					w.closing = ']'
				}
			}
			b = b[:w.lit]
		}
		w.lit = -1
		if empty && len(b) == w.start && e.Kind != Omer && i+1 < len(w.l.elems) && w.l.elems[i+1].Kind == Literal &&
			strings.IndexFunc(w.l.elems[i+1].Text, unicode.IsLetter) < 0 {
			// Nor, opening the line, the separator after it: "24 Adar
			// 5783" of "Simchat Torah, 22 Tishrei 5785", not ", 24 Adar".
			w.skipTo = i + 1
			return b
		}
		if empty && e.Kind == Omer && i+1 < len(w.l.elems) && w.l.elems[i+1].Kind == Literal {
			// Nor the words after it, "40th day of the Omer", "40. Tag
			// des Omer", as hebcal writes it (see AppendOmer), and " of
			// the Omer" after "day 40" (see OmerOf).
			t := w.l.elems[i+1].Text
			if n := max(OmerTail(t), OmerOf(t)); n > 0 {
				w.lit = len(b)
				b = append(b, t[n:]...) // what follows the words
				w.skipTo = i + 1
			}
		}
		return b
	case e.Kind == Literal:
		w.lit = len(b)
	default:
		w.lit = -1
	}
	if e.Kind == Month && e.Lang == Catalan {
		n := len(b)
		return elideCatalan(w.value(b, i, e), n)
	}
	if e.Kind == HebrewMonth && !w.asLayout && (hasWordSuffix(b, "d'") || hasWordSuffix(b, "d’")) {
		// Catalan's "d’" before a Hebrew month read as its "de" (14
		// d’Adar II de 5772): "de" before a consonant (15 de Nisan),
		// not "15 d’Nisan". A layout with "de" keeps it before every
		// month, as Spanish's and Portuguese's "de Adar" never elide;
		// the layout's own text keeps its "d’" for the days it writes.
		n := len(b)
		return elideCatalan(w.value(b, i, e), n)
	}
	return w.value(b, i, e)
}

// elideCatalan writes the "de" (of) before a Catalan month written at
// b[n:] as the month's first letter wants it: "d’" before a vowel (2
// d’abril, d’octubre), "de " before a consonant (2 de gener), whichever
// the layout's text had, as it was read from one day's month ("22 d'abril
// de 2024" wrote "22 d'gener" for January; "2 de gener", "2 de abril").
// The apostrophe is the layout's own where it had one.
func elideCatalan(b []byte, n int) []byte {
	name, head := b[n:], b[:n]
	if len(name) == 0 {
		return b
	}
	r, _ := utf8.DecodeRune(name)
	vowel := strings.ContainsRune("aeiouàèéíïòóúüAEIOUÀÈÉÍÏÒÓÚÜ", r)
	apos, cut := "’", 0
	switch {
	case hasWordSuffix(head, "de "):
		cut = len("de ")
	case hasWordSuffix(head, "d'"):
		apos, cut = "'", len("d'")
	case hasWordSuffix(head, "d’"):
		cut = len("d’")
	default:
		return b
	}
	if vowel == (cut != len("de ")) {
		return b // already as the month wants it
	}
	d := head[len(head)-cut] // d or D, as the layout wrote it
	rest := string(name)
	b = append(head[:len(head)-cut], d)
	if vowel {
		b = append(b, apos...)
	} else {
		b = append(b, "e "...)
	}
	return append(b, rest...)
}

// hasWordSuffix reports whether b ends with s (in any case of its first
// letter) at the start of a word: after no letter.
func hasWordSuffix(b []byte, s string) bool {
	if len(b) < len(s) || !strings.EqualFold(string(b[len(b)-len(s):]), s) {
		return false
	}
	r, _ := utf8.DecodeLastRune(b[:len(b)-len(s)])
	return len(b) == len(s) || !unicode.IsLetter(r)
}

// zman appends the clock element i of a Zman, or, on a day without that
// time, leaves out the text that leads to it and the rest of its
// elements.
func (w *writer) zman(b []byte, i int, e *Element) []byte {
	var zt time.Time
	if w.z != nil {
		zt = w.z[e.Zman]
	}
	if zt.IsZero() {
		// No such time that day: nothing of it, nor the text that
		// leads to it or parts its elements.
		if w.lit >= 0 {
			b = b[:w.lit]
		}
		w.skipTo, w.lit, w.zmanOut = w.l.zmanEnd(i), -1, true
		return b
	}
	w.lit = -1
	return appendElement(b, e, zt, w.h)
}

// occasion appends an Omer, Holiday or Portion element: the day's, or, in
// a layout string, the reference day's.
func (w *writer) occasion(b []byte, e *Element) []byte {
	if e.Kind == Omer {
		if w.asLayout {
			return appendNumber(b, referenceDate.Day, e.Form, e.Punct)
		}
		return appendElement(b, e, w.t, w.h)
	}
	if w.asLayout && e.Shift != 0 {
		// Erev Chanukah: 8th Day: a layout names the reference day's
		// occasion, whose eve the element writes.
		m := *e
		m.Shift = 0
		e = &m
	}
	// Rosh Chodesh Tevet, Chanukah: 7 Candles: the holidays after a day
	// written as Rosh Chodesh are the others.
	holiday := e.Kind == Holiday
	noRC, noYear := holiday && w.l.roshChodesh(), holiday && (w.l.Has(Year) || w.l.Has(HebrewYear))
	switch {
	case holiday && e.Shift == 0 && !w.asLayout && e.Evening:
		// "Passover begins at sundown on April 22": the occasion that
		// begins that evening, as a whole (see EveOccasion).
		name, _ := EveOccasion(w.h, e.Schedule, e.Spelling.Family)
		if noYear {
			name = trimYear(name, w.h.Year)
		}
		return append(b, name...)
	case holiday && e.Shift == 0 && !w.asLayout && (w.l.Evening() || EveningOf(w.t, w.h)):
		// The evening of a civil day: its candles are that day's. So
		// they are after sunset under a sunset rule, when the Hebrew
		// date is already the next day's: December 25, 2024 at 8:00 pm
		// in New York, 25 Kislev 5785, lights the first candle,
		// "Chanukah: 1 Candle"; it wrote 25 Kislev's "Chanukah: 2
		// Candles" (found trying the command as an adversary).
		var buf [8]occasion.Occasion
		return appendOccasions(b, e, EveningOccasions(buf[:0], w.h, e.Schedule), w.h.Year, noRC, noYear)
	}
	return appendElementRC(b, e, w.t, w.h, noRC, noYear)
}

// value appends element i, a literal or a value of the day, in the
// layout's range of days if it has one.
func (w *writer) value(b []byte, i int, e *Element) []byte {
	hd := w.h
	if e.Kind == HebrewMonth || e.Kind == HebrewYear {
		hd = w.next
	}
	if e.Kind == HebrewYear && e.Shift == 0 && !w.asLayout && w.l.erevYear(i, w.h) {
		// Erev Rosh Hashana 5785: the year beside an eve is the year of
		// the occasion it is the eve of, as the parser reads it, not
		// that of the eve's own day (29 Elul 5784). A year whose own
		// Shift says so already is not moved again: "Thursday Elul 28,
		// 5763" was written for 28 Elul 5762, the day without an eve.
		if n := w.h.AddDays(1); !n.IsZero() {
			hd = n
		}
	}
	if w.asLayout {
		if e.Calendar == Julian {
			// A layout writes the reference day's numbers, January 2,
			// 2006, in either calendar, beside the text that says which.
			g := *e
			g.Calendar = Gregorian
			e = &g
		}
		if n, ok := appendNotation(b, e); ok {
			w.lit = -1
			return n
		}
		if e.Kind == HebrewDay && e.Form.IsRoshChodesh() && w.h.Day != 1 {
			w.lit = -1
			return appendElement(b, e, w.t, hebrew.Date{Year: w.h.Year, Month: w.h.Month, Day: 1})
		}
	}
	if i == w.bad {
		// No text of it reads back: see Validate.
		return appendUnwritable(b, e.Kind, w.why)
	}
	// A range of days written with one month name that runs into the
	// next month (October 30-November 5) writes a second month name.
	l, t := &w.l, w.t
	c := 0
	if e.Kind.IsHebrew() {
		c = 1
	}
	r := &l.ranges[c]
	switch {
	case e.Kind == Literal && l.dotMoved(i, w.cross):
		// and the day's dot, written before it, left out of the text
		// after it: 30. Oktober-5. November.
		return append(b, e.Text[1:]...)
	case !w.cross[c] || e.Kind == Literal:
		return appendElement(b, e, t, hd)
	case i == r.month && r.month < r.first:
		// October 30-November 5: the month is the first day's,
		m := *e
		m.Shift = l.elems[r.first].Shift
		return appendElement(b, &m, t, hd)
	case i == r.second && r.month < r.first:
		// and the second day's month comes before it.
		b = l.appendRangeMonth(b, r, r.second, true, t, hd)
		return appendElement(b, e, t, hd)
	case i == r.first && r.month > r.second:
		// 30 October-5 November: the first day's month after it,
		b = appendElement(b, e, t, hd)
		return l.appendRangeMonth(b, r, r.first, false, t, w.next)
	case i == r.month && r.month > r.second:
		// and the month after the second day is that day's.
		m := *e
		m.Shift = l.elems[r.second].Shift
		return appendElement(b, &m, t, hd)
	}
	return appendElement(b, e, t, hd)
}

// erevYear reports whether the Hebrew year element at i follows, across
// literal text only, a Holiday element that writes an eve on day h (Erev
// Rosh Hashana, or the Holiday's Erev form): the parser reads that year as
// the year of the day after (see parse's occasionYear).
func (l *Layout) erevYear(i int, h hebrew.Date) bool {
	k := i - 1
	for k >= 0 && l.elems[k].Kind == Literal {
		k--
	}
	if k < 0 || l.elems[k].Kind != Holiday {
		return false
	}
	e := &l.elems[k]
	if e.Shift != 0 {
		return true
	}
	var buf [8]occasion.Occasion
	for _, o := range occasion.AppendOn(buf[:0], h, e.Schedule) {
		if o.Kind == occasion.RoshChodesh && l.roshChodesh() {
			continue // left out, as appendFormat leaves it out
		}
		return o.Kind == occasion.Erev
	}
	return false
}

// zmanEnd returns the index of the last element of the Zman whose first
// element is at i: the run of its elements and the literals between them.
func (l *Layout) zmanEnd(i int) int {
	z, end := l.elems[i].Zman, i
	for k := i + 1; k < len(l.elems); k++ {
		switch e := &l.elems[k]; {
		case e.Kind == Literal:
			// a literal between the Zman's elements: go on
		case e.Zman == z:
			end = k
		default:
			return end
		}
	}
	return end
}

// The characters trimmed from the literal text before (leftOutRight) and
// after (leftOutLeft) a Hebrew element that is left out: spaces, the
// separators between two dates, and the bracket that opens or closes it.
const (
	separators   = " \t\u00a0|/\\•▪·*-–—:,;"
	leftOutRight = separators + "(["
	leftOutLeft  = separators + ")]"
)

// InIsrael returns a copy of l whose Holiday and Portion elements follow
// Israel's schedule of holidays and readings rather than the Diaspora's.
func (l Layout) InIsrael() Layout {
	elems := l.Elements()
	for i := range elems {
		elems[i].Schedule = occasion.Israel
	}
	il := wrap(elems)
	il.names, il.table = l.names, l.table // see nameTable: its days have no occasion
	return il
}

// roshChodesh reports whether the layout writes the day as Rosh Chodesh.
func (l Layout) roshChodesh() bool {
	for i := range l.elems {
		if e := &l.elems[i]; e.Kind == HebrewDay && e.Form.IsRoshChodesh() {
			return true
		}
	}
	return false
}

// Format returns the dateline of t and h written in layout l; see
// [Layout.AppendFormat].
func (l Layout) Format(t time.Time, h hebrew.Date) string {
	var buf [96]byte
	return string(l.AppendFormat(buf[:0], t, h))
}

// String returns the layout written for the reference day (see
// [Reference]): the layout string that compiles to l. A Hebrew day
// written as Rosh Chodesh is written so ("Rosh Chodesh Tevet 5766"),
// although the reference day is none.
func (l Layout) String() string {
	return string(AppendLayout(nil, l.elems))
}
