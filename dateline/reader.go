package dateline

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
	"github.com/dualdate/dualdate/internal/script"
)

// A Reader reads datelines with a fixed set of options, and keeps what it
// learns of the layouts it reads: the templates that read a layout seen
// before several times faster than the grammar (each, once it has read a
// few dozen datelines, with the names and numbers its layout writes, read
// by comparing bytes), and the layout strings of Report.Layout. A program
// that reads many datelines (a batch, a crawl, a service) makes one Reader
// and calls its methods; the package functions Check, Parse and Find use a
// Reader of their own, shared by the whole program. A Reader is safe for
// concurrent use, though goroutines that read different layouts at once
// through one Reader slow each other (each notes the layout it read last):
// a Reader for each worker is faster. Its memory is bounded whatever it
// reads: sixteen templates, about 60 KB each with their names, and 4096
// layout strings.
type Reader struct {
	o options
}

// NewReader returns a Reader that reads with opts, as Check(s, opts...)
// does. A Reference option fixes "now" for every call; without one, each
// call takes the time it is made, as Check does.
func NewReader(opts ...Option) *Reader {
	o := makeOptions(opts)
	o.cache = new(readCache)
	return &Reader{o: o}
}

// Check is [Check] with the Reader's options.
func (rd *Reader) Check(s string) Report { return check(s, &rd.o) }

// Parse is [Parse] with the Reader's options.
func (rd *Reader) Parse(s string) (Dateline, error) { return parseDateline(s, &rd.o) }

// Find is [Find] with the Reader's options.
func (rd *Reader) Find(text string) []Match { return find(text, 0, &rd.o) }

// FindFrom is [FindFrom] with the Reader's options.
func (rd *Reader) FindFrom(text string, from int) []Match { return find(text, from, &rd.o) }

// A readCache is what a Reader learns of the layouts it reads.
type readCache struct {
	// The templates of the last layouts read, kept round-robin: sixteen,
	// as a site's pages mix a few layouts (a masthead, bylines,
	// timestamps) and a batch may mix a few sites. A dateline is tried
	// on the one read last first, and on the others only where they
	// share its punctuation (see punctFilter).
	templates    [16]atomic.Pointer[readLayout]
	nextTemplate atomic.Uint32
	lastTemplate atomic.Uint32
	switched     atomic.Bool // see punctFilter

	// The layout strings of Report.Layout, by a hash of the layout's
	// elements, bounded so that text in many layouts cannot fill memory.
	layoutStrings sync.Map // uint64 -> *cachedLayout
	layoutCount   atomic.Int64
	lastLayout    atomic.Pointer[cachedLayout]
}

// defaultCache is the cache of the package functions.
var defaultCache readCache

// A readLayout is a layout read before: the template that reads datelines
// written in it, and whether the resolver's first stage can take what the
// template states of them (see statementOf), as it takes most datelines.
type readLayout struct {
	t      *parse.Template
	states bool
	punct  uint32 // punctSig of the dateline the template was made from
}

// punctSig counts the bytes | : , and / of s, a byte each: punctuation
// that a layout writes alike in each of its datelines (no name or number
// it writes has one but a time's colons), which tells most layouts apart
// before a template reads a byte. A dateline's count that differs from a
// template's is not tried on it (see punctFilter): a layout whose counts
// vary with the dateline (a zone written +02:00 or +0200) is read by the
// parser then, as it would be with no template, which makes a template
// for the other count.
func punctSig(s string) uint32 {
	var n uint32
	for i := 0; i < len(s); i++ {
		n += punctBytes[s[i]]
	}
	return n
}

var punctBytes = [256]uint32{'|': 1, ':': 1 << 8, ',': 1 << 16, '/': 1 << 24}

// A punctFilter says which templates a dateline is tried on (see
// punctSig). In a run of one layout the template read last is tried
// first, and the dateline's punctuation is not counted; once that
// template has not read it, or when the dateline before it was read by
// another template or the parser (datelines in layouts that alternate),
// only the templates whose punctuation is the dateline's are tried.
type punctFilter struct {
	s      string
	sig    uint32
	signed bool
}

// filterOf returns the punctFilter of s.
func (c *readCache) filterOf(s string) punctFilter {
	f := punctFilter{s: s}
	if c.switched.Load() {
		f.sig, f.signed = punctSig(s), true
	}
	return f
}

// skips reports whether t, tried k-th from the template read last, is
// not to be tried on the dateline.
func (f *punctFilter) skips(t *readLayout, k uint32) bool {
	if !f.signed {
		if k == 0 {
			return false
		}
		f.sig, f.signed = punctSig(f.s), true
	}
	return t.punct != f.sig
}

// note notes that the template tried k-th read the dateline, or, with k
// past the last, that none did: whether the next dateline's punctuation
// is counted before any template is tried.
func (c *readCache) note(k uint32) {
	if switched := k > 0; switched != c.switched.Load() {
		c.switched.Store(switched)
	}
}

// A stateOutcome is how far state took a dateline.
type stateOutcome int8

const (
	stateUnread   stateOutcome = iota // no layout read before reads it
	stateLeft                         // read, but left to Match: names whose language settle chooses, a layout string only the fields write
	stateProblem                      // read and stated, with something for the candidates to find
	stateResolved                     // resolved by the first stage
)

// state reads s with the templates of the layouts read last into what it
// states, and resolves it with the resolver's first stage, without
// writing out its fields (see parse.Template.State). For a dateline the
// stage does not resolve, it returns the layout that read it, if one did,
// whose template Match then reads it in full; stateProblem says that the
// first stage has had its try, which the candidates then take. The report
// of a dateline it resolves is written to rep.
func (c *readCache) state(s string, o *options, rep *Report) (*readLayout, stateOutcome) {
	last := c.lastTemplate.Load()
	if t := c.templates[last%uint32(len(c.templates))].Load(); t != nil && !t.states && !c.switched.Load() {
		// The layout read last is one State does not read (see
		// parse.Template.States, and statementOf: an ambiguous numeric
		// date outside Hebrew text), in a run of it: a batch comes in
		// runs of one layout, which Match reads, without trying the
		// others' State first. Where layouts alternate, the others'
		// State is tried, as the dateline is more likely in another.
		return nil, stateUnread
	}
	var st parse.Statement // State sets what it states: one for every try
	f := c.filterOf(s)
	for k := range uint32(len(c.templates)) {
		i := (last + k) % uint32(len(c.templates))
		t := c.templates[i].Load()
		if t == nil || !t.states || f.skips(t, k) {
			continue
		}
		ok, read := t.t.State(s, &st)
		if !read {
			continue
		}
		if i != last {
			c.lastTemplate.Store(i)
		}
		c.note(k)
		if !ok || st.Layout == "" {
			// Left to Match, or a layout string that only the fields
			// can write.
			return t, stateLeft
		}
		dl, ok := stated(&st, o)
		if !ok {
			return t, stateProblem
		}
		rep.Input, rep.Dateline, rep.Layout = s, dl, st.Layout
		return t, stateResolved
	}
	return nil, stateUnread
}

// parse reads s with the templates of the layouts read last, and with the
// parser when none fits; a dateline the parser reads gives its layout's
// template to the next ones. A batch of datelines from one site is
// written in a few layouts, which templates read several times faster.
//
// It returns the layout read before (readLayout) that read s, if one did.
func (c *readCache) parse(dst []parse.Field, s string) (parse.Result, *readLayout, error) {
	// The template that read the last dateline first: a batch comes in
	// runs of one layout.
	last := c.lastTemplate.Load()
	f := c.filterOf(s)
	for k := range uint32(len(c.templates)) {
		i := (last + k) % uint32(len(c.templates))
		t := c.templates[i].Load()
		if t == nil || f.skips(t, k) {
			continue
		}
		if r, ok := t.t.Match(dst, s); ok {
			if i != last {
				c.lastTemplate.Store(i)
			}
			c.note(k)
			return r, t, nil
		}
	}
	c.note(uint32(len(c.templates)))
	r, err := parse.ParseAppend(dst, s)
	if err == nil {
		if t, ok := parse.NewTemplate(&r); ok {
			_, states := statementOf(&r)
			c.templates[c.nextTemplate.Add(1)%uint32(len(c.templates))].Store(&readLayout{t: t, states: states && t.States(), punct: punctSig(s)})
		}
	}
	return r, nil, err
}

// reportLayout returns Report.Layout: the layout string of a parsed
// dateline (see layoutString), or "" for one whose words no layout writes
// for other days (see refuseWords), which LayoutOf refuses too.
func (c *readCache) reportLayout(r *parse.Result, t *parse.Template) string {
	if mayRefuseWords(r) && refuseWords(r.Input, r) != nil || parse.BracketedZone(r) != nil {
		return ""
	}
	s := c.layoutString(r, t)
	if oldStyle(r) && !writesJulian(parse.Layout(s)) {
		return "" // an Old Style date no marker names (see julianLost)
	}
	return s
}

// oldStyle reports whether r has a field of an Old Style date.
func oldStyle(r *parse.Result) bool {
	for i := range r.Fields {
		if r.Fields[i].Calendar == layout.Julian {
			return true
		}
	}
	return false
}

// mayRefuseWords reports whether r has the shape of a dateline that
// refuseWords refuses, in one pass that looks at no text but a byte
// beside a field: a weekday said with Motzei or glued to a word before
// it, an hour said by a word, a part of the day, a Hebrew month beside a
// bracket, a day with a dash, colon or Hebrew letter after it, a month
// glued to its day, a double year joined by a dash, an occasion whose day
// the text numbers, Rosh Chodesh without its month.
func mayRefuseWords(r *parse.Result) bool {
	s := r.Input
	for i := range r.Fields {
		f := &r.Fields[i]
		switch f.Kind {
		case layout.Month:
			if i+1 < len(r.Fields) && r.Fields[i+1].Kind == layout.Day && r.Fields[i+1].Start == f.End && f.Start < len(s) && (s[f.Start] < '0' || s[f.Start] > '9') {
				return true // December17: see parse.GluedMonth
			}
		case layout.Year:
			if f.Form == layout.TwoDigit && i > 0 && strings.IndexByte(r.Fields[i-1].Text, ',') >= 0 {
				return true // Dec 22, 19: see parse.CommaYear
			}
			if f.Form == layout.LegalYear && f.End < len(s) && s[f.End] != '/' {
				return true // 20 January 1708-9: see parse.DashedYear
			}
		case layout.Day:
			if e := f.End; e+1 < len(s) && (s[e] == 0xD7 || s[e] == '-' && s[e+1] >= 0x80 || s[e] == ':' && (s[e+1] == 'a' || s[e+1] == 'e')) {
				return true // an ending of the day's own: see dayOwnEnding
			}
		case layout.HebrewDay:
			if f.Punct == layout.Bare && f.Flags&parse.RangeEnd != 0 {
				return true // י-ל שבט: see parse.BareHebrewRange
			}
			if bareRoshChodesh(r, f) {
				return true // 30 Cheshvan 5785, Rosh Chodesh
			}
		case layout.Holiday:
			if f.Flags&parse.Motzei != 0 || countedOccasion(f) {
				return true // Motzei Yom Kippur, 8th day of Pesach
			}
		case layout.Weekday:
			if f.Flags&parse.Motzei != 0 || f.Start > 0 && f.Start <= len(s) && s[f.Start-1] != ' ' && s[f.Start-1] != ',' {
				return true
			}
			if f.Shift > 0 && f.Text != "" {
				return true // עש״ק
			}
		case layout.Hour:
			if wordHour(f) {
				return true
			}
		case layout.AMPM:
			if f.Text != "" {
				return true
			}
		case layout.HebrewMonth:
			j := f.End
			for j < len(s) && s[j] == ' ' {
				j++
			}
			if f.Start > 0 && f.Start <= len(s) && s[f.Start-1] == '(' || j < len(s) && s[j] == '(' {
				return true
			}
		}
	}
	return false
}

// layoutString returns the layout of a parsed dateline written for the
// reference day, Report.Layout. The template that read it, if any, knows
// it when it is written in the template's own forms; otherwise, as a
// batch of datelines is written in a few layouts, the strings are cached
// by the layout's elements.
func (c *readCache) layoutString(r *parse.Result, t *parse.Template) string {
	if t != nil {
		if l, ok := t.Layout(r); ok {
			return l
		}
	}
	var buf [128]byte
	if clockRangeEnd(r.Fields) {
		// The end of a range of times is written as its own text (8:00 -
		// 9:00 pm), which the fields' elements, the cache's key, do not
		// hold: a cached string would give another dateline's end.
		return script.Latin1Spaces(string(r.AppendLayout(buf[:0])))
	}
	// Datelines come in runs of one layout: the last one first.
	if l := c.lastLayout.Load(); l != nil && l.matches(r.Fields) {
		return l.text
	}
	h := uint64(14695981039346656037) // FNV-1a
	mix := func(b byte) { h = (h ^ uint64(b)) * 1099511628211 }
	for i := range r.Fields {
		e := &r.Fields[i].Element
		mix(byte(e.Kind))
		mix(byte(e.Form))
		mix(byte(e.Case)<<4 | byte(e.Punct))
		mix(byte(e.Shift))
		mix(byte(e.Of))
		mix(byte(e.Spelling.Family)<<4 | byte(e.Spelling.Adar))
		for j := 0; j < len(e.Text); j++ {
			mix(e.Text[j])
		}
	}
	if v, ok := c.layoutStrings.Load(h); ok {
		if l := v.(*cachedLayout); l.matches(r.Fields) {
			c.lastLayout.Store(l)
			return l.text
		}
	}
	text := script.Latin1Spaces(string(r.AppendLayout(buf[:0])))
	if c.layoutCount.Load() < maxLayoutStrings {
		l := &cachedLayout{text: text, elems: make([]layout.Element, len(r.Fields))}
		for i := range r.Fields {
			l.elems[i] = r.Fields[i].Element
		}
		if _, loaded := c.layoutStrings.LoadOrStore(h, l); !loaded {
			c.layoutCount.Add(1)
		}
		c.lastLayout.Store(l)
	}
	return text
}

const maxLayoutStrings = 4096

type cachedLayout struct {
	elems []layout.Element
	text  string
}

// clockRangeEnd reports whether fields hold the time of day of a range's
// end.
func clockRangeEnd(fields []parse.Field) bool {
	for i := range fields {
		if f := &fields[i]; f.Flags&parse.RangeEnd != 0 && f.Kind.IsClock() {
			return true
		}
	}
	return false
}

// matches reports whether the layout of fields is c's, which a hash alone
// cannot tell.
func (c *cachedLayout) matches(fields []parse.Field) bool {
	if len(fields) != len(c.elems) {
		return false
	}
	for i := range fields {
		if fields[i].Element != c.elems[i] {
			return false
		}
	}
	return true
}
