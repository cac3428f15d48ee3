package parse

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// Historical text says which calendar its date is in: "December 15, 1812
// O.S.", "23 November 1774, according to the Julian calendar", "February
// 22, 1732 (New Style)". The words that say so are a marker: a Literal
// field whose Calendar is layout.Julian or layout.NewStyle, and, when the
// dateline is read (finish), the Calendar of its Gregorian-kind fields
// (Day, Month, Year), which the resolver then reads in that calendar and
// a layout writes in it.
//
// A marker is said of the dateline's Gregorian date: the one before it
// ("December 15, 1812 O.S."), or, where there is none, the one right after
// it ("1 Tevet 5535 (O.S. 23 November 1774)"). A dateline has one
// Gregorian date, so where a date follows the marker and one came before
// it ("15 September 1745 [OS: 4 September 1745]"), the marker starts the
// next dateline, which it is said of. The abbreviations and Old Style and
// New Style may start a dateline; the other markers are read only after
// its date.

// markerStarts are the first words, in lower case, of the markers that may
// start a dateline, for the start table.
var markerStarts = []string{"o", "os", "n", "ns", "old", "new", "julianisch", "gregorianisch", "juliaanse", "gregoriaanse"}

// calendarMarker reads a calendar marker at i, with the Gregorian date
// after it when it is that date's.
func (p *parser) calendarMarker(i int) (int, bool) {
	e, cal, leads := matchMarker(p.s, i)
	if e == i {
		return i, false
	}
	for _, f := range p.fields() {
		if f.Kind == layout.Literal && f.Calendar != layout.Gregorian && f.Calendar != cal {
			return i, false // O.S. and N.S. in one dateline: which is it?
		}
	}
	had := p.has(layout.Month)
	// Is a Gregorian date next? Read the phrase after the marker on its
	// own to see: this dateline may not take a second one.
	l := skipSpace(p.s, e)
	k := skipMarkerLink(p.s, l)
	// An equals sign says the marker is of what follows it, never of the
	// date before: "December 1, 1825 (O.S. = 12 days earlier)".
	equals := l < len(p.s) && p.s[l] == '='
	next, weekday := false, false
	if e2, _, _ := matchMarker(p.s, k); k < len(p.s) && e2 == k {
		// (A marker after a marker is no date: reading on from one to
		// the next would read a run of them again at each.)
		var q parser
		q.init(p.s)
		end, ok := q.phrase(k)
		next = ok && addedMonth(q.fields())
		if ok && !next && weekdayOnly(q.fields()) {
			// "O.S. Tuesday 23 August 1614", "julianisch am Montag, 23.
			// August 1614": the date's weekday first, the marker
			// before both. The run reads them on.
			j := end
			if j < len(p.s) && p.s[j] == ',' {
				j++
			}
			if a := skipSpace(p.s, j); a > j && gregorianDateAt(p.s, a) {
				next, weekday = true, true
			}
		}
	}
	switch {
	case had && newSentenceMarker(p.s, i):
		// "Он умер 12 апреля 1890 года. По старому стилю это было 31
		// марта": the marker opens the next sentence, said of its own
		// date, and the one before was read as Julian with only an info.
		return i, false
	case had && (!next || !leads) && !equals:
		// "December 15, 1812 O.S.": said of the date before it; what
		// follows is for the run to read. A marker that may not lead
		// is the date before it's even where a date follows it, as
		// the next line's: "1 July 1690, according to the Julian
		// calendar" before a line "5 November 1688 ..." was read as
		// the Gregorian July 1 with nothing said, the marker taken
		// for the next date's and then left out of both (seen in the
		// 210th held-out round).
		p.add(Field{Element: layout.Element{Kind: layout.Literal, Text: p.s[i:e], Calendar: cal}, Start: i, End: e})
		return e, true
	case !had && next && leads:
		// "O.S. 23 November 1774": the marker and the date it is said of.
		m := p.mark()
		p.add(Field{Element: layout.Element{Kind: layout.Literal, Text: p.s[i:e], Calendar: cal}, Start: i, End: e})
		if weekday {
			return e, true
		}
		if end, ok := p.phrase(k); ok && p.has(layout.Month) {
			return end, true
		}
		p.reset(m)
	}
	// No date to be said of, or the next dateline's.
	return i, false
}

// markerAfterPoint reads, after the point at j that ends a date, the
// abbreviation O.S. or N.S., as a tombstone writes "Born April 2. 1743.
// O.S.": a point ends the dateline before any other word, and before these
// only where it follows a Gregorian date the marker is said of
// (calendarMarker takes it only then). Words ("Old Style furniture", "In
// the Julian calendar") after a point start a new sentence.
func (p *parser) markerAfterPoint(j int) (int, bool) {
	k := skipSpace(p.s, j+1)
	if k == j+1 || k >= len(p.s) || p.s[k]|0x20 != 'o' && p.s[k]|0x20 != 'n' || !p.has(layout.Month) {
		return j, false
	}
	if e, _ := matchAbbrev(p.s, k); e == k {
		return j, false
	}
	return p.calendarMarker(k)
}

// newSentenceMarker reports whether the marker at s[i], after a date,
// starts a sentence of its own: a point and spaces or a line break are
// right before it, and its first letter is a capital. The abbreviations
// are left to markerAfterPoint, which reads "Born April 2. 1743. O.S." as
// a tombstone writes it.
func newSentenceMarker(s string, i int) bool {
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\n' || s[j-1] == '\t' || s[j-1] == '\r') {
		j--
	}
	if j == i || j == 0 || s[j-1] != '.' {
		return false
	}
	if e, _ := matchAbbrev(s, i); e > i {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}

// weekdayOnly reports whether fields hold a weekday and literal text only.
func weekdayOnly(fields []Field) bool {
	w := false
	for i := range fields {
		switch fields[i].Kind {
		case layout.Weekday:
			w = true
		case layout.Literal:
		default:
			return false
		}
	}
	return w
}

// addedMonth reports whether fields hold a Gregorian month.
func addedMonth(fields []Field) bool {
	for i := range fields {
		if fields[i].Kind == layout.Month && fields[i].Flags&RangeEnd == 0 {
			return true
		}
	}
	return false
}

// markCalendar gives the Gregorian-kind fields the calendar a marker in
// the dateline says they are in.
func markCalendar(fields []Field) {
	cal := layout.Gregorian
	for i := range fields {
		if f := &fields[i]; f.Kind == layout.Literal && f.Calendar != layout.Gregorian {
			cal = f.Calendar
			break
		}
	}
	if cal == layout.Gregorian {
		return
	}
	for i := range fields {
		switch f := &fields[i]; f.Kind {
		case layout.Day, layout.Month, layout.Year:
			f.Calendar = cal
		}
	}
}

// markerLeads has, in lower case, the first letters of the words that
// matchMarker reads first: O.S., N.S., Old and New Style, according, in,
// by, per, Julian, Gregorian, and the first ASCII letters of the other
// languages' markers (foreignMarkers, slavicMarkers).
var markerLeads = func() (t [256]bool) {
	for _, c := range "onaibpjg" {
		t[c] = true
	}
	for _, m := range foreignMarkers {
		t[m.w[0]] = true
	}
	for _, m := range slavicMarkers {
		if m.w[0] < 0x80 {
			t[m.w[0]] = true
		}
	}
	return t
}()

// matchMarker reads at s[i] the words that say which calendar a date is
// in, and returns their end (i if there are none), the calendar, and
// whether they may lead the date they are said of:
//
//	O.S.  O. S.  Old Style  Old-Style                     Julian, may lead
//	OS  (Julian)  Julian calendar  Julian style            Julian
//	according to / in / by / per [the] Julian calendar, or Old Style
//	N.S.  New Style                                       NewStyle, may lead
//	NS  (Gregorian)  Gregorian calendar ...               NewStyle
//
// Letters are read in any case, but OS and NS without dots only in capitals,
// and not before a word in lower case or a single letter (OS X is not a
// marker).
func matchMarker(s string, i int) (int, layout.Calendar, bool) {
	if e, cal := matchAbbrev(s, i); e > i {
		// OS and NS without their dots lead a date only where no word
		// comes before them ("[OS: 4 September 1745]"): "Android OS
		// 30.12.2025", "Windows OS\n30.12.2025, 17:04" are an operating
		// system's, and were read as Julian dates, January 12, 2026,
		// with only an info. After a date they say its calendar still
		// ("December 15, 1812 OS").
		return e, cal, s[i+1] == '.' || !followsWord(s, i)
	}
	if e, cal := matchStyle(s, i); e > i {
		return e, cal, true
	}
	if e, cal, leads := matchForeignMarker(s, i); e > i {
		return e, cal, leads
	}
	if e, cal := matchSlavicMarker(s, i); e > i {
		return e, cal, false
	}
	if e := matchHebrewMarker(s, i); e > i {
		return e, layout.Julian, false
	}
	j := i
	if e := matchWord(s, j, "according"); e > j {
		if k := skipSpace(s, e); k > e {
			if end := matchWord(s, k, "to"); end > k {
				j = end
			}
		}
	} else if e := matchWords(s, j, "in", "by", "per"); e > j {
		j = e
	}
	lead := j > i
	if lead {
		j = skipSpace(s, j)
		if e := matchWord(s, j, "the"); e > j {
			j = skipSpace(s, e)
		}
		if e, cal := matchStyle(s, j); e > j {
			return e, cal, false
		}
	}
	cal := layout.Julian
	e := matchWord(s, j, "julian")
	if e == j {
		cal, e = layout.NewStyle, matchWord(s, j, "gregorian")
	}
	if e == j && lead {
		j, cal, e = agedCalendar(s, j)
	}
	if e == j {
		return i, 0, false
	}
	if k := skipSpace(s, e); k > e {
		if end := matchWords(s, k, "calendar", "style"); end > k {
			return markerTail(s, end), cal, false
		}
	}
	if !lead && j > 0 && (s[j-1] == '(' || s[j-1] == '[') && e < len(s) && (s[e] == ')' || s[e] == ']') {
		return e, cal, false // (Julian)
	}
	return i, 0, false
}

// agedCalendar reads at s[j] the Julian calendar called old, or the
// Gregorian new, after "according to the" or "in the": "The Battle of
// the Boyne was fought on 1 July 1690, according to the old Julian
// calendar." (a blog quoting BBC History, the 210th held-out round), read
// as the Gregorian July 1 with nothing said where it is July 11. It
// returns the calendar's name's start and end (both j if there is none)
// and its calendar; "the old Gregorian calendar" says nothing.
func agedCalendar(s string, j int) (int, layout.Calendar, int) {
	for _, a := range [...]struct {
		age, name string
		cal       layout.Calendar
	}{{"old", "julian", layout.Julian}, {"new", "gregorian", layout.NewStyle}} {
		if e := matchWord(s, j, a.age); e > j {
			k := skipSpace(s, e)
			if end := matchWord(s, k, a.name); k > e && end > k {
				return k, a.cal, end
			}
		}
	}
	return j, 0, j
}

// markerUses are the words after "the Julian calendar" that say it was
// the one in use: "11 October 1542, according to the Julian calendar
// then in use", a hillula calendar's, whose dateline ended before them.
var markerUses = []string{"then in use", "in use then", "in use at the time", "then used"}

// maxMarkerPlaceWords is how many words may name the place after a
// marker's use and its "in the": "then in use in the Holy Roman Empire".
const maxMarkerPlaceWords = 3

// markerTail returns the end of a marker's use words at s[i] (see
// markerUses), and of the place after them ("in the Russian empire",
// "in Russia") where the place closes a bracket or ends the text or its
// clause: "The pogrom began on April 19 (April 6 according to the Julian
// calendar then in use in the Russian empire)" (a page on the Kishinev
// pogrom, the 192nd held-out round) was two datelines, April 19 and the
// Julian April 6, as the bracket did not close after the marker. A place
// is a name: its first word has a capital, and a word in lower case
// ("empire") only ends it; other words after it ("in Italy for the
// council", "in Italy by then,") are left out. It returns i if there are
// no use words.
func markerTail(s string, i int) int {
	k := skipSpace(s, i)
	if k == i {
		return i
	}
	e := matchPhrases(s, k, markerUses)
	if e == k {
		return i
	}
	j := skipSpace(s, e)
	w := matchWord(s, j, "in")
	if j == e || w == j {
		return e
	}
	if a := skipSpace(s, w); a > w {
		if t := matchWord(s, a, "the"); t > a {
			w = t
		}
	}
	for n := 0; n < maxMarkerPlaceWords; n++ {
		a := skipSpace(s, w)
		end := latinWord(s, a)
		if a == w || end == a {
			return e
		}
		upper := s[a] >= 'A' && s[a] <= 'Z'
		if n == 0 && !upper {
			return e
		}
		w = end
		if w == len(s) || strings.IndexByte(")],;.", s[w]) >= 0 {
			return w
		}
		if !upper {
			return e // a word in lower case ends the name
		}
	}
	return e
}

// A foreignMarker is a phrase of German, Dutch or Hungarian that says
// which calendar a date is in, in lower case, a space for one or more in
// the text; leads says it may come before the date it is said of, with
// the preposition of the date after it where the language has one.
type foreignMarker struct {
	w     string
	cal   layout.Calendar
	leads bool
}

// foreignMarkers are the calendar markers of the languages other than
// English that history and genealogy pages write them in: German
// "julianisch am 17. Januar 1679 geboren" (historia-docet.de, the
// eightieth held-out round, read as Gregorian January 17, 1679 with
// nothing said), "am 17. Januar 1679 nach julianischem Kalender",
// "alten Stils"; Dutch "de Juliaanse datum van maandag 23 augustus 1614"
// (a paper on Groningen's dates, read as Gregorian August 23), "volgens
// de Juliaanse kalender", "oude stijl"; Hungarian "a Julián-naptár
// szerint"; and their Gregorian counterparts. A longer phrase is tried
// before one it starts with.
var foreignMarkers = [...]foreignMarker{
	{"julianisch am", layout.Julian, true}, {"julianisch den", layout.Julian, true}, {"julianisch", layout.Julian, true},
	{"nach dem julianischen kalender", layout.Julian, false}, {"nach julianischem kalender", layout.Julian, false},
	{"im julianischen kalender", layout.Julian, false}, {"alten stils", layout.Julian, false},
	{"gregorianisch am", layout.NewStyle, true}, {"gregorianisch den", layout.NewStyle, true}, {"gregorianisch", layout.NewStyle, true},
	{"nach dem gregorianischen kalender", layout.NewStyle, false}, {"nach gregorianischem kalender", layout.NewStyle, false},
	{"im gregorianischen kalender", layout.NewStyle, false}, {"neuen stils", layout.NewStyle, false},
	{"juliaanse datum van", layout.Julian, true}, {"juliaanse datum", layout.Julian, true},
	{"volgens de juliaanse kalender", layout.Julian, false}, {"juliaanse stijl", layout.Julian, false},
	{"oude stijl", layout.Julian, false}, {"juliaans", layout.Julian, false},
	{"gregoriaanse datum van", layout.NewStyle, true}, {"gregoriaanse datum", layout.NewStyle, true},
	{"volgens de gregoriaanse kalender", layout.NewStyle, false}, {"nieuwe stijl", layout.NewStyle, false},
	// German's abbreviations and the calendar's genitive, French's old
	// and new style, its abbreviations and the calendar's name, as
	// histories print them beside a Julian date: "4. März 1700 a. St.",
	// "am 4. März 1700 des julianischen Kalenders", "le 4 mars 1700
	// vieux style", "4 mars 1700 v. st.", "4 mars 1700 (calendrier
	// julien)" were refused, and Find read each date as Gregorian, eleven
	// days off, with nothing said. "n. st." is Polish's too.
	{"a. st.", layout.Julian, false}, {"a.st.", layout.Julian, false},
	{"n. st.", layout.NewStyle, false}, {"n.st.", layout.NewStyle, false},
	{"des julianischen kalenders", layout.Julian, false}, {"julianischen kalenders", layout.Julian, false},
	{"julianischen kalender", layout.Julian, false},
	{"gemäß dem julianischen kalender", layout.Julian, false}, {"gemäß julianischem kalender", layout.Julian, false},
	{"laut julianischem kalender", layout.Julian, false}, {"laut dem julianischen kalender", layout.Julian, false},
	{"des gregorianischen kalenders", layout.NewStyle, false}, {"gregorianischen kalenders", layout.NewStyle, false},
	{"gregorianischen kalender", layout.NewStyle, false},
	{"vieux style", layout.Julian, false}, {"ancien style", layout.Julian, false},
	{"v. st.", layout.Julian, false}, {"v.st.", layout.Julian, false},
	{"selon le calendrier julien", layout.Julian, false}, {"dans le calendrier julien", layout.Julian, false},
	{"du calendrier julien", layout.Julian, false}, {"calendrier julien", layout.Julian, false},
	{"nouveau style", layout.NewStyle, false},
	{"selon le calendrier grégorien", layout.NewStyle, false}, {"dans le calendrier grégorien", layout.NewStyle, false},
	{"du calendrier grégorien", layout.NewStyle, false}, {"calendrier grégorien", layout.NewStyle, false},
	{"a julián-naptár szerint", layout.Julian, false}, {"julián-naptár szerint", layout.Julian, false},
	{"a julián naptár szerint", layout.Julian, false}, {"julián naptár szerint", layout.Julian, false},
	{"a gergely-naptár szerint", layout.NewStyle, false}, {"gergely-naptár szerint", layout.NewStyle, false},
	// Italian, Spanish, Portuguese, Romanian, Finnish, Swedish and
	// Hungarian old and new style, and the calendar's name, after a date:
	// "Nato l'11 febbraio 1731 (vecchio stile)", "el 11 de febrero de
	// 1731 (estilo antiguo)", "11 februarie 1731 (stil vechi)", "11.
	// helmikuuta 1731 (vanhaa lukua)", "1731. február 11. (ó. s.)" were
	// read as the Gregorian February 11, 1731, eleven days off, with
	// nothing said (adversarial review 52); it is February 22.
	{"secondo il vecchio stile", layout.Julian, false}, {"vecchio stile", layout.Julian, false}, {"stile vecchio", layout.Julian, false},
	{"secondo il nuovo stile", layout.NewStyle, false}, {"nuovo stile", layout.NewStyle, false}, {"stile nuovo", layout.NewStyle, false},
	{"secondo il calendario giuliano", layout.Julian, false}, {"del calendario giuliano", layout.Julian, false},
	{"calendario giuliano", layout.Julian, false},
	{"secondo il calendario gregoriano", layout.NewStyle, false}, {"del calendario gregoriano", layout.NewStyle, false},
	{"calendario gregoriano", layout.NewStyle, false},
	{"estilo antiguo", layout.Julian, false}, {"viejo estilo", layout.Julian, false}, {"estilo viejo", layout.Julian, false},
	{"estilo nuevo", layout.NewStyle, false}, {"nuevo estilo", layout.NewStyle, false},
	{"según el calendario juliano", layout.Julian, false}, {"del calendario juliano", layout.Julian, false},
	{"calendario juliano", layout.Julian, false},
	{"según el calendario gregoriano", layout.NewStyle, false},
	{"estilo antigo", layout.Julian, false}, {"estilo novo", layout.NewStyle, false},
	{"segundo o calendário juliano", layout.Julian, false}, {"do calendário juliano", layout.Julian, false},
	{"calendário juliano", layout.Julian, false},
	{"segundo o calendário gregoriano", layout.NewStyle, false}, {"do calendário gregoriano", layout.NewStyle, false},
	{"calendário gregoriano", layout.NewStyle, false},
	{"pe stil vechi", layout.Julian, false}, {"stil vechi", layout.Julian, false},
	{"după stilul vechi", layout.Julian, false}, {"stilul vechi", layout.Julian, false},
	{"pe stil nou", layout.NewStyle, false}, {"stil nou", layout.NewStyle, false},
	{"după stilul nou", layout.NewStyle, false}, {"stilul nou", layout.NewStyle, false},
	{"după calendarul iulian", layout.Julian, false}, {"calendarul iulian", layout.Julian, false},
	{"după calendarul gregorian", layout.NewStyle, false}, {"calendarul gregorian", layout.NewStyle, false},
	{"vanhaa lukua", layout.Julian, false}, {"uutta lukua", layout.NewStyle, false},
	{"juliaanisen kalenterin mukaan", layout.Julian, false}, {"gregoriaanisen kalenterin mukaan", layout.NewStyle, false},
	{"enligt gamla stilen", layout.Julian, false}, {"gamla stilen", layout.Julian, false},
	{"enligt nya stilen", layout.NewStyle, false}, {"nya stilen", layout.NewStyle, false},
	{"enligt julianska kalendern", layout.Julian, false}, {"enligt gregorianska kalendern", layout.NewStyle, false},
	{"ó. s.", layout.Julian, false}, {"ó.s.", layout.Julian, false}, {"ó stílus szerint", layout.Julian, false},
	{"ú. s.", layout.NewStyle, false}, {"ú.s.", layout.NewStyle, false}, {"új stílus szerint", layout.NewStyle, false},
}

// matchForeignMarker reads one of foreignMarkers at s[i], and returns its
// end (i if there is none), its calendar and whether it may lead.
func matchForeignMarker(s string, i int) (int, layout.Calendar, bool) {
	if i >= len(s) || s[i] < 0x80 && !foreignMarkerLeads[s[i]|0x20] {
		return i, 0, false // the cheap first test: most words after a date start none
	}
	w := s[i:markerWordEnd(s, i)]
	if !slices.ContainsFunc(foreignMarkerFirsts, func(f string) bool { return foldEquals(w, f) }) {
		return i, 0, false // the next: "in", "and", "on" start none either
	}
	for _, m := range foreignMarkers {
		if e := matchSpacedFolded(s, i, m.w); e > i {
			if styleAdjective(m.w) && styleOfWord(s, skipSpace(s, e)) {
				return i, 0, false // "23 augustus 2014 oude stijl meubels": a style of furniture
			}
			if abbrevBeforeNumber(s, m.w, e) {
				return i, 0, false
			}
			return e, m.cal, m.leads
		}
	}
	return i, 0, false
}

// foreignMarkerLeads has the first bytes of foreignMarkers, in lower
// case: matchForeignMarker's first test, of an ASCII byte (a letter
// beyond ASCII may fold to one, and is compared letter by letter).
var foreignMarkerLeads = func() (t [256]bool) {
	for _, m := range foreignMarkers {
		t[m.w[0]] = true
	}
	return t
}()

// foreignMarkerFirsts are the first words of foreignMarkers, each once.
var foreignMarkerFirsts = func() (out []string) {
	for _, m := range foreignMarkers {
		f, _, _ := strings.Cut(m.w, " ")
		f, _, _ = strings.Cut(f, ".") // "a" of "a. st." and "a.st.", as markerWordEnd ends it
		if !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}()

// markerWordEnd returns the end of the word at s[i] as foreignMarkers
// write their words: letters, a hyphen between them (julián-naptár).
func markerWordEnd(s string, i int) int {
	for {
		e := latinWord(s, i)
		if e == i || e+1 >= len(s) || s[e] != '-' || latinWord(s, e+1) == e+1 {
			return e
		}
		i = e + 1
	}
}

// styleAdjective reports whether a marker of foreignMarkers is a phrase
// of common use too, old or new style, Julian as an adjective: before a
// word in lower case it is that word's, not a date's ("oude stijl
// meubels", "juliaans gerekend").
func styleAdjective(w string) bool {
	switch w {
	case "oude stijl", "nieuwe stijl", "juliaans", "alten stils", "neuen stils", "vieux style", "ancien style", "nouveau style",
		"vecchio stile", "stile vecchio", "nuovo stile", "stile nuovo", "estilo antiguo", "viejo estilo", "estilo viejo",
		"estilo nuevo", "nuevo estilo", "estilo antigo", "estilo novo", "stil vechi", "stilul vechi", "stil nou", "stilul nou",
		"gamla stilen", "nya stilen":
		return true
	}
	return false
}

// abbrevBeforeNumber reports whether marker w, read at s[:e], ends with
// an abbreviation's point and a number follows it: a law's articles
// ("ст. ст. 159, 160"), a page's ("st. st. 12-14"), not a date's
// calendar.
func abbrevBeforeNumber(s, w string, e int) bool {
	return w[len(w)-1] == '.' && isDigit(s, skipSpace(s, e))
}

// styleOfWord reports whether old or new style, read before s[k], is the
// style of the word there, a word in lower case ("Old Style furniture",
// "oude stijl meubels"), not a date's calendar. A preposition of place
// starts no such word: "11. Februar 1731 alten Stils in Moskau", "26 maja
// 1799 starego stylu w Warszawie" say where the date was so written, and
// were read as the Gregorian day, eleven days off, with nothing said.
func styleOfWord(s string, k int) bool {
	if !wordInLowerCase(s, k) {
		return false
	}
	for _, w := range placePrepositions {
		if matchWord(s, k, w) > k {
			return false
		}
	}
	return true
}

// placePrepositions are the prepositions of place, in lower case, of the
// languages whose style markers styleOfWord reads.
var placePrepositions = [...]string{"in", "at", "im", "zu", "bei", "te", "à", "au", "a", "en", "em", "no", "na", "nel", "nella",
	"în", "la", "i", "på", "w", "we", "v", "ve", "vo", "u", "в", "во", "у", "ў"}

// wordInLowerCase reports whether a word that starts with a letter in
// lower case is at s[k].
func wordInLowerCase(s string, k int) bool {
	if k >= len(s) {
		return false
	}
	r, _ := decode(s, k)
	return unicode.IsLower(r)
}

// matchSpacedFolded returns the end of phrase, in lower case, at s[i],
// its letters read in any case and each space one or more in s, when a
// word ends there; or i.
func matchSpacedFolded(s string, i int, phrase string) int {
	j := i
	for _, pr := range phrase {
		if pr == ' ' {
			k := skipSpace(s, j)
			if k == j {
				return i
			}
			j = k
			continue
		}
		r, n := decode(s, j)
		if n == 0 || script.FoldCase(r) != pr {
			return i
		}
		j += n
	}
	if !wordEnds(s, j) {
		return i
	}
	return j
}

// followsWord reports whether a letter or digit comes before s[i], after
// spaces and line breaks.
func followsWord(s string, i int) bool {
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '\n' || s[i-1] == '\r' || s[i-1] == '\t') {
		i--
	}
	if i == 0 {
		return false
	}
	r := lastRuneOf(s, i)
	return isDigit(s, i-1) || script.IsWordRune(r)
}

// matchAbbrev reads O.S., O. S., OS, N.S. or NS at s[i].
func matchAbbrev(s string, i int) (int, layout.Calendar) {
	if i+1 >= len(s) {
		return i, 0
	}
	cal := layout.Julian
	switch s[i] {
	case 'O', 'o':
		// O.S.: Julian, as cal is
	case 'N', 'n':
		cal = layout.NewStyle
	default:
		return i, 0
	}
	if s[i+1] == '.' {
		// O.S. or O. S.: with its dots, in either case.
		j := i + 2
		if j < len(s) && s[j] == ' ' {
			j++
		}
		if j >= len(s) || s[j]|0x20 != 's' {
			return i, 0
		}
		j++
		if j < len(s) && s[j] == '.' {
			j++
		}
		if !wordEnds(s, j) {
			return i, 0 // N.S.W.
		}
		return j, cal
	}
	if s[i+1] != 'S' || s[i] != 'O' && s[i] != 'N' || !wordEnds(s, i+2) {
		return i, 0
	}
	// OS or NS in capitals, and no word in lower case or single letter
	// after it: "1789 OS Liozna" (a place, as an infobox runs on), not "OS
	// update" or "OS X".
	k := skipSpace(s, i+2)
	if k < len(s) && script.IsLatinLetter(rune(s[k])) && (s[k] >= 'a' || wordEnds(s, k+1)) {
		return i, 0
	}
	return i + 2, cal
}

// matchStyle reads Old Style or New Style at s[i].
func matchStyle(s string, i int) (int, layout.Calendar) {
	cal := layout.Julian
	e := matchWord(s, i, "old")
	if e == i {
		cal, e = layout.NewStyle, matchWord(s, i, "new")
	}
	if e == i || e >= len(s) {
		return i, 0
	}
	j := e
	if s[j] == '-' {
		j++
	} else {
		j = skipSpace(s, j)
	}
	if k := matchWord(s, j, "style"); k > j && j > e && !styleOfWord(s, skipSpace(s, k)) {
		return k, cal // not "23 August 2014 Old Style furniture", a style's
	}
	return i, 0
}

// matchWord returns the end of word w (lower case) at s[i], read in any
// case, or i if it is not there as a whole word. A word beyond ASCII is
// matched by its letters (see matchFolded): setting a byte's 0x20 bit
// folds an ASCII capital only, and made a list's "à", "milhões", "între"
// and "от" match nothing.
func matchWord(s string, i int, w string) int {
	if len(s)-i < len(w) {
		return i
	}
	if !script.IsASCII(w) {
		if e, ok := matchFolded(s, i, w); ok && wordEnds(s, e) {
			return e
		}
		return i
	}
	for k := 0; k < len(w); k++ {
		c := s[i+k]
		if c >= 'A' && c <= 'Z' {
			c |= 0x20
		}
		if c != w[k] {
			return i
		}
	}
	if !wordEnds(s, i+len(w)) {
		return i
	}
	return i + len(w)
}

// matchWords returns the end of the first of words at s[i], or i.
func matchWords(s string, i int, words ...string) int {
	for _, w := range words {
		if e := matchWord(s, i, w); e > i {
			return e
		}
	}
	return i
}
