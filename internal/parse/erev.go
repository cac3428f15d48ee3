package parse

import (
	"strings"
	"sync"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/occasion"
)

// erevOccasion reads "Erev" and an occasion after it that hebcal does not
// name with Erev itself: Erev Rosh Chodesh Tammuz 5750, ערב ראש חודש
// תמוז, Erev Chanukah. It is the day before the occasion: the Holiday
// field names the occasion with a Shift of one day, and the year after it
// is the occasion's, as after hebcal's own eves (Erev Pesach 5784).
func (p *parser) erevOccasion(i int) (int, bool) {
	s := p.s
	w, e, ok := p.wordAt(i)
	if ok && w.kind == wNight && foldEquals(s[i:e], "eve") {
		// "Eve of Yom Kippur 5785", as English says Erev: the words
		// were skipped and the occasion's own day read, with nothing
		// said.
		if k := skipSpace(s, e); k > e {
			if o := matchWord(s, k, "of"); o > k {
				e, w.kind = o, wErev
			}
		}
	}
	if !ok || w.kind != wErev || kabbalatWord(s, i, e) {
		return i, false // Kabbalat is Shabbat's eve alone (see weekday)
	}
	// One occasion: in "Erev Rosh Chodesh Adar I, Yom Kippur Katan" the
	// eve is of the first.
	k := erevOf(s, skipSpace(s, e))
	idx, end, ok := oneOccasion(s, k)
	if !ok {
		return p.erevCounted(i, skipThe(s, k))
	}
	if !sederOf(s, i, e, idx) {
		return i, false
	}
	f := occasionField(s, layout.Holiday, idx, k, end)
	f.Shift = 1
	p.add(f)
	p.occasionYear(true)
	return p.last, true
}

// erevArticle returns where an eve's word (of kind wErev) starts after
// an article of eveningArticles at s[i] and a space, where an occasion's
// name follows it as erevOccasion reads it; or i. The Romance languages
// and German put the article before the eve's noun: "la veille de Pessah
// 2024", "la vigilia di Pesach 2024", "am Vorabend von Pessach 2024" were
// refused at the article by Check, where Find read them from the eve's
// word, the day before Pesach, as "Erev Pesach 2024" and "the eve of
// Pesach 2024" are read.
func erevArticle(s string, i int) int {
	a := eveningArticle(s, i)
	j := skipSpace(s, a)
	if a == i || j == a {
		return i
	}
	w, e, ok := wordAt(s, j)
	if !ok || w.kind != wErev || kabbalatWord(s, j, e) {
		return i
	}
	if _, _, ok := oneOccasion(s, erevOf(s, skipSpace(s, e))); !ok {
		return i
	}
	return j
}

// erevCounted reads at s[k], after an eve's words, a day of an occasion
// counted from its first, in digits or a word ("Eve of 7th Day of
// Passover", "Erev Seventh Day of Pesach", as Chabad schedules head the
// evening before Pesach's last days): the day before the counted day,
// whose Holiday (see countedOccasion and numberedOccasion) it gives a
// Shift one day less. The eve's words were skipped and the counted day
// read alone, so that "Eve of 7th Day of Passover, Sunday, April 16,
// 2017" (jbayarea.org's line, 20 Nisan 5777) was said to be a day before
// day 7. A counted night has no eve. English puts "the" before the
// counted day as often: "the eve of the seventh day of Passover 5784",
// "Eve of the 7th Day of Passover" were refused by Check and read by Find
// as the counted day itself, a day late with nothing said.
func (p *parser) erevCounted(i, k int) (int, bool) {
	s := p.s
	m := p.mark()
	end, ok := k, false
	if v, e, digits := number(s, k); digits == 1 {
		end, ok = p.countedOccasion(k, v, e)
	} else if w, e, isWord := p.wordAt(k); isWord && w.kind == wDayWord {
		end, ok = p.numberedOccasion(k, e, w)
	}
	for n := m.n; ok && n < p.n; n++ {
		if h := &p.buf[n]; h.Kind == layout.Holiday && h.Shift <= 0 && h.Flags&Night == 0 {
			h.Shift++
			return end, true
		}
	}
	p.reset(m)
	return i, false
}

// erevOfWords are the words for "of" between a word for the eve and the
// occasion's name, in the languages whose eve is a noun (see words.go):
// Vigilia di Pesach, veille de Kippour, víspera del Pésaj, Vorabend von
// Pessach, and Bulgarian's "в навечерието на Ханука", which has no
// genitive.
var erevOfWords = [...]string{"di", "del", "della", "de", "du", "da", "do", "des", "von", "на"}

// erevOf returns the index of an occasion's name after a word for "of" at
// s[i] (erevOfWords, or the elided d' glued to the name: veille
// d'Hanoucca), or i. Erev itself takes none, and a name that starts with
// one of these words is read as it is.
func erevOf(s string, i int) int {
	if i >= len(s) || s[i]|0x20 != 'd' && s[i]|0x20 != 'v' && s[i] != 0xD0 {
		return i // most names: no words to match
	}
	if _, _, ok := oneOccasion(s, i); ok {
		return i
	}
	switch rest := s[i+1:]; {
	case strings.HasPrefix(rest, "'"):
		return i + 2
	case strings.HasPrefix(rest, "’"):
		return i + 1 + len("’")
	}
	if e := matchPhrases(s, i, erevOfWords[:]); e > i {
		return skipSpace(s, e)
	}
	return i
}

// erevRoshChodesh reads ער״ח, the eve of Rosh Chodesh in one word
// (ערב ראש חודש), which ends at e, and the month after it: "ער״ח אייר
// תשפ״ד" is the day before Rosh Chodesh Iyar, as "ערב ראש חודש אייר
// תשפ״ד" is read (see erevOccasion). It was refused at the word, and
// Find read the month alone, the whole of Iyar. The Holiday field spans
// the month, whose Rosh Chodesh it names a day early; written back in
// Hebrew that is ראש חודש אייר, which may follow the word as well.
func (p *parser) erevRoshChodesh(i, e int) (int, bool) {
	s := p.s
	k := skipSpace(s, e)
	idx, end, ok := roshChodeshMonth(s, k)
	if !ok {
		idx, end, ok = roshChodeshOccasion(s, k) // ער״ח ראש חודש אייר
	}
	if k == e || !ok {
		return i, p.fail(k, "a Hebrew month")
	}
	f := occasionField(s, layout.Holiday, idx, k, end)
	f.Shift = 1
	p.add(f)
	p.occasionYear(true)
	return p.last, true
}

// roshChodeshOccasion reads at s[i] Rosh Chodesh and a month name in any
// spelling (Rosh Chodesh Tamuz, ראש חודש תמוז, ר״ח תמוז), where the names
// of occasions spell the month only as hebcal does. It returns the index
// in occasion.Names of that month's Rosh Chodesh and the end of the
// month name.
func roshChodeshOccasion(s string, i int) (int, int, bool) {
	if i >= len(s) || s[i]|0x20 != 'r' && s[i] != 0xD7 {
		return 0, i, false // most words: no parser's word lookup
	}
	w, e, ok := wordAt(s, i)
	if !ok || w.kind != wRosh {
		return 0, i, false
	}
	if w.value != 1 { // Rosh Chodesh, ראש חודש
		w2, e2, ok := wordAt(s, skipSpace(s, e))
		if !ok || w2.kind != wChodesh {
			return 0, i, false
		}
		e = e2
	}
	idx, end, ok := roshChodeshMonth(s, skipSpace(s, e))
	if !ok {
		return 0, i, false
	}
	return idx, end, true
}

// roshChodeshMonth reads at s[k] the name of a month in any spelling
// after the words of its Rosh Chodesh. It returns the index in
// occasion.Names of that month's Rosh Chodesh and the end of the name.
func roshChodeshMonth(s string, k int) (int, int, bool) {
	name, ok := hebrew.MatchMonth(s[k:])
	if !ok || !wordEnds(s, k+name.Len) {
		return 0, k, false
	}
	m := int(name.Month)
	if name.Month == hebrew.Adar && name.Qualified {
		m = 0 // Adar I
	}
	idx, ok := roshChodeshIndex()[m]
	return idx, k + name.Len, ok
}

var (
	rcOnce  sync.Once
	rcIndex map[int]int
)

// roshChodeshIndex returns, by month (0 for Adar I), the index in
// occasion.Names of hebcal's English name of its Rosh Chodesh.
func roshChodeshIndex() map[int]int {
	rcOnce.Do(func() {
		rcIndex = map[int]int{}
		keys := map[string]int{}
		for m := hebrew.Nisan; m <= hebrew.AdarII; m++ {
			keys[occasion.Key("Rosh Chodesh "+hebrew.Spelling{}.Name(m, false))] = int(m)
			if m == hebrew.Adar {
				keys[occasion.Key("Rosh Chodesh "+hebrew.Spelling{}.Name(m, true))] = 0
			}
		}
		for i, n := range occasionNames() {
			if m, ok := keys[occasion.Key(n.Text)]; ok && n.Kind == occasion.RoshChodesh && n.Family == hebrew.Hebcal {
				if _, dup := rcIndex[m]; !dup {
					rcIndex[m] = i
				}
			}
		}
	})
	return rcIndex
}

// motzeiOccasion reads Motzei (מוצאי, the going out) and an occasion's
// name after it: "Motzei Yom Kippur 5785", "מוצאי יום כיפור תשפ״ה",
// "Motzei Pesach". It is the evening after the occasion, the evening of
// its last day, whose Hebrew date from sunset is the next day's: the
// Holiday is marked LastDay and Motzei, which package dateline reads so.
// They were an error, "expected a weekday". A weekday after Motzei is
// its evening, as before (Motzei Shabbat, מוצאי שבת חנוכה: see weekday).
func (p *parser) motzeiOccasion(i int) (int, bool) {
	s := p.s
	w, e, ok := p.wordAt(i)
	if !ok || w.kind != wMotzei || p.has(layout.Holiday) {
		return i, false
	}
	k := skipSpace(s, e)
	if k == e {
		return i, false
	}
	if n, _, ok := wordAt(s, k); ok && n.kind == wWeekday {
		return i, false
	}
	idx, end, ok := oneOccasion(s, k)
	if !ok || occasionNames()[idx].Kind == occasion.Erev {
		return i, false
	}
	p.lit(k)
	f := occasionField(s, layout.Holiday, idx, k, end)
	f.Flags |= LastDay | Motzei
	p.add(f)
	p.occasionYear(false)
	return p.last, true
}

// nightOccasion reads a word for the night and an occasion's name after
// it: "Leil Shavuot 5784", "ליל פסח תשפ״ב", "בליל יום הכיפורים", "the
// night of Pesach 5782", "on the evening of Yom Kippur". An occasion's
// night is the evening that begins its first day: the Holiday field is
// marked Night, as "the first night of Pesach" is (see numberedOccasion),
// and its day is the civil day of that evening. The words were skipped and
// the occasion's day read, a civil day late, with nothing said. "Eve of"
// is Erev (see erevOccasion); a weekday after Leil is its evening (Leil
// Shabbat: see weekdays).
func (p *parser) nightOccasion(i int) (int, bool) {
	s := p.s
	w, e, ok := p.wordAt(i)
	if !ok || p.has(layout.Holiday) {
		return i, false
	}
	switch {
	case w.kind == wLeil:
	case w.kind == wNight && !foldEquals(s[i:e], "eve"):
		k := skipSpace(s, e)
		o := matchWord(s, k, "of")
		if k == e || o == k {
			return i, false
		}
		e = o
	default:
		return i, false
	}
	if w.kind == wNight {
		// "the second evening of Passover", "the last evening of": an
		// evening that the date does not tell, which was read as the
		// first with nothing said; Find reads the words with the name
		// after them (see EveningBeforeOccasion), and refuses them.
		if q := trimSpaceBefore(s, i); q < i {
			if b := markedWordBefore(s, q); b < q && eveningQualifier(s, b, q) && countedOrdinals[strings.ToLower(s[b:q])] != 1 && !foldEquals(s[b:q], "first") {
				return i, false
			}
		}
	}
	k := skipSpace(s, e)
	if k == e {
		return i, false
	}
	if n, _, ok := wordAt(s, k); ok && n.kind == wWeekday {
		return i, false
	}
	if w.kind == wLeil {
		if end, shift, ok := hebrewSeder(s, k); ok {
			return p.sederNight(k, end, shift)
		}
	}
	idx, end, ok := oneOccasion(s, k)
	if !ok {
		return i, false
	}
	f := occasionField(s, layout.Holiday, idx, k, end)
	f.Flags |= Night
	p.add(f)
	p.occasionYear(false)
	return p.last, true
}

// skipThe returns the index after English's "the" at s[k] and the spaces
// after it, or k.
func skipThe(s string, k int) int {
	if e := matchWord(s, k, "the"); e > k {
		if j := skipSpace(s, e); j > e {
			return j
		}
	}
	return k
}
