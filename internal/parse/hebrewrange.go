package parse

import (
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
)

// hebrewFullRange reads, after a whole Hebrew date at i (its day, month
// and year, after a civil date or not), the other end of a range written as a
// Hebrew date too, with its weekday if it has one, as fullRange reads
// one of Gregorian dates: "י״ח בחשון תשע״ט – י״ט בחשון תשע״ט", "18
// Cheshvan 5779 – 19 Cheshvan 5779", "October 2–9, 2024 | 29 Elul 5784
// – 7 Tishrei 5785", "September 4, 1745 – December 15, 1812 O.S. / 18
// Elul 5505 – 24 Tevet 5573", and the night between two days that
// Israeli news gives for the change of the clocks, "בלילה שבין מוצאי שבת,
// י״ח בחשון תשע״ט – ליום ראשון י״ט בחשון תשע״ט". The join is a dash, עד
// or a word of rangeToWords; an end without its year takes the start's,
// or the next where the range crosses into it. The end's fields are
// RangeEnd, shifted by the days from the start, which the dateline layer
// counts again and checks against the other fields of the range. It
// returns the end of the range, or i if there is none.
func (p *parser) hebrewFullRange(i int) int {
	if !p.endsWith(layout.HebrewYear) {
		return i // the start's year ends it: "תשע״ט –"
	}
	s := p.s
	w := skipSpace(s, i)
	if w >= len(s) {
		return i
	}
	// The join's first byte, looked at before the fields, turns away
	// most text after a date: a dash ('-', or the 0xE2 of – and —), עד,
	// or a word of rangeToWords.
	switch c := s[w]; {
	case c == '-' || c == 0xE2:
	case c == 0xD7:
		if _, ok := hebrewUntil(s, w); !ok {
			return i
		}
	case !rangeToFirst(c):
		return i
	case c < 0x80 && !asciiRangeToWord(s, w):
		return i // 5784 The Jewish Press
	}
	if !p.has(layout.HebrewYear) || p.hasHebrewRangeEnd() {
		return i
	}
	return p.hebrewRangeEnd(i, w)
}

// hasHebrewRangeEnd reports whether the dateline has a Hebrew range's end
// already (a civil range's end is no bar: a dateline gives its range in
// both calendars).
func (p *parser) hasHebrewRangeEnd() bool {
	for _, f := range p.fields() {
		if f.Flags&RangeEnd != 0 && (f.Kind == layout.HebrewDay || f.Kind == layout.HebrewMonth || f.Kind == layout.HebrewYear) {
			return true
		}
	}
	return false
}

// hebrewRangeEnd is hebrewFullRange past its first tests, apart so that
// the parser it reads the end into is set up only where a join may be.
func (p *parser) hebrewRangeEnd(i, w int) int {
	s := p.s
	d1, ok1 := p.get(layout.HebrewDay)
	m1, ok2 := p.get(layout.HebrewMonth)
	y1, _ := p.get(layout.HebrewYear)
	if !ok1 || !ok2 {
		return i
	}
	j, dash := rangeJoin(s, i)
	_, until := hebrewUntil(s, w)
	if j < 0 || j >= len(s) || !dash && !until && !rangeToWords[foldCaseString(s[w:latinWord(s, w)])] {
		return i
	}
	if e := hebrewWord(s, j); onDay(s, j, e) {
		j = skipSpace(s, e) // – ליום ראשון י״ט בחשון: the weekday's ordinal after ליום
	}
	if k := p.hebrewEnd(j, d1, m1, y1); k > j {
		return k
	}
	return i
}

// hebrewEnd reads at s[j] the Hebrew date that ends a range whose start
// is the Hebrew date d1 m1 y1, and adds its fields, RangeEnd and shifted
// by the days from the start. It returns the end's end, or j if there is
// none.
func (p *parser) hebrewEnd(j int, d1, m1, y1 Field) int {
	s := p.s
	var q parser
	q.init(s)
	k, ok := q.phrase(j)
	if ok && q.has(layout.Weekday) && !q.has(layout.HebrewDay) {
		k, ok = q.nextPhrase(k)
	}
	if !ok || q.full {
		return j
	}
	d2, m2, y2, ok := hebrewWholeDate(q.fields())
	if !ok {
		return j
	}
	a, err := hebrew.NewDate(y1.Value, hebrew.Month(m1.Value), d1.Value)
	if err != nil {
		return j
	}
	year := y1.Value
	if y2.Kind == layout.HebrewYear {
		year = y2.Value
	}
	b, err := hebrew.NewDate(year, hebrew.Month(m2.Value), d2.Value)
	if err == nil && y2.Kind != layout.HebrewYear && b.DaysSince(a) <= 0 {
		b, err = hebrew.NewDate(year+1, hebrew.Month(m2.Value), d2.Value) // into the next year
	}
	n := b.DaysSince(a)
	if err != nil || n <= 0 || n > rangeLimit(y2.Kind == layout.HebrewYear) {
		return j
	}
	for _, f := range q.fields() {
		if f.Kind == layout.Literal {
			continue
		}
		f.Flags |= RangeEnd
		f.Shift = int16(n)
		if f.Kind == layout.Weekday && f.Value != int(b.Weekday()) {
			// Not the end's weekday: the days to it from the start's, for
			// the dateline layer to find at odds with the dates'.
			f.Shift = int16((f.Value - int(a.Weekday()) + 7) % 7)
		}
		p.add(f)
	}
	return k
}

// bracketedHebrewEnd reads, after the end of a civil range at i, that
// end's own Hebrew date in brackets, where the start has its Hebrew date
// too: "from sundown Friday, August 26, 2022 (Av 30 5782) until nightfall
// Sunday, August 28, 2022 (Elul 1 5782)" (Bnei Yisrael Society,
// incoming.tsv), whose end's Hebrew date was a second dateline. Each day
// is written with its Hebrew date, as fullRange's and hebrewFullRange's
// ranges write each calendar's range whole. The end is RangeEnd, as
// hebrewFullRange's, and the dateline layer checks the two ranges
// against each other (a range from the evening before ends on the same
// day in both). It returns the end after the ')', or i if there is none.
func (p *parser) bracketedHebrewEnd(i int) int {
	s := p.s
	j := skipSpace(s, i)
	if j >= len(s) || s[j] != '(' || !p.has(layout.HebrewYear) || p.hasHebrewRangeEnd() || !p.hasRangeEnd() {
		return i
	}
	d1, ok1 := p.get(layout.HebrewDay)
	m1, ok2 := p.get(layout.HebrewMonth)
	y1, _ := p.get(layout.HebrewYear)
	if !ok1 || !ok2 {
		return i
	}
	m := p.mark()
	k := skipSpace(s, j+1)
	e := p.hebrewEnd(k, d1, m1, y1)
	if e == k {
		return i
	}
	if e = skipSpace(s, e); e >= len(s) || s[e] != ')' {
		p.reset(m)
		return i
	}
	p.push(Field{Element: layout.Lit(s[p.last : e+1]), Start: p.last, End: e + 1})
	p.last = e + 1
	return e + 1
}

// asciiRangeToWord reports whether the word at s[w] in ASCII letters is
// one of rangeToWords, in any case, without building the folded word.
func asciiRangeToWord(s string, w int) bool {
	e := latinWord(s, w)
	if e == w || e-w > 8 {
		return false
	}
	var buf [8]byte
	b := buf[:0]
	for k := w; k < e; k++ {
		b = append(b, s[k]|0x20)
	}
	return rangeToWords[string(b)]
}

// endsWith reports whether the last field read that is not literal text
// is of kind k.
func (p *parser) endsWith(k layout.Kind) bool {
	n := p.lastValue()
	return n >= 0 && p.buf[n].Kind == k
}

// lastValue returns the index of the last field read that is not literal
// text, or -1.
func (p *parser) lastValue() int {
	for n := p.n - 1; n >= 0; n-- {
		if p.buf[n].Kind != layout.Literal {
			return n
		}
	}
	return -1
}

// hebrewWholeDate returns the day, month and, if written, the year of
// fields that are one Hebrew date, a weekday beside it or not, and
// whether they are; a civil date or any other field refuses them.
func hebrewWholeDate(fields []Field) (day, month, year Field, ok bool) {
	for _, f := range fields {
		switch {
		case f.Kind == layout.Literal || f.Kind == layout.Weekday:
		case f.Kind == layout.HebrewDay && day.Kind != layout.HebrewDay && f.Flags&RangeEnd == 0:
			day = f
		case f.Kind == layout.HebrewMonth && month.Kind != layout.HebrewMonth && f.Flags&RangeEnd == 0:
			month = f
		case f.Kind == layout.HebrewYear && year.Kind != layout.HebrewYear && f.Flags&RangeEnd == 0:
			year = f
		default:
			return day, month, year, false
		}
	}
	return day, month, year, day.Kind == layout.HebrewDay && month.Kind == layout.HebrewMonth
}
