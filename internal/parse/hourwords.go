package parse

import (
	"unicode"
	"unicode/utf8"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// An invitation or a notice says an evening's hour in words after its
// date, as a person says it: Catalan "el proper 29 de desembre a les vuit
// del vespre" (an Hanukkah lighting in Girona, incoming.tsv) and "aquest
// dissabte 6 de setembre, a dos quarts de sis de la tarda" (half past
// five, Catalan's quarters before the hour), Spanish "a las ocho y media
// de la noche", Portuguese "às oito da noite", Italian "alle otto di
// sera", French "à huit heures du soir", German "um acht Uhr abends",
// English "at eight o'clock in the evening". Both were read as their days
// alone, the hour dropped. An hour in words is one of twelve, and only a
// part of the day after it (see partsOfDay), or AM or PM, says which
// half it is in: "a les vuit" alone is eight in the morning or the
// evening, and is not read; nor is one the part cannot hold ("à huit
// heures de l'après-midi").

// hourWordLang is how a language says an hour in words: the words for
// "at" before it (lower case; one that ends in an apostrophe glues to
// the hour, Italian's "all'una"), its words for one to twelve, the word
// for "o'clock" that may follow the hour, the words for the minutes past
// it, and those for the quarters before it, Catalan's.
type hourWordLang struct {
	preps    []string
	hours    [12]string
	oclock   []string
	past     []minutesWords
	quarters []minutesWords
}

// minutesWords are words for the minutes past an hour, after it: "y
// media", "et quart".
type minutesWords struct {
	words   string
	minutes int
}

var hourWordLangs = [...]hourWordLang{
	{preps: []string{"at"}, hours: [12]string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"},
		oclock: []string{"o'clock"}},
	{preps: []string{"a las", "a la"}, hours: [12]string{"una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"},
		oclock: []string{"horas"}, past: []minutesWords{{"y media", 30}, {"y cuarto", 15}}},
	{preps: []string{"a les", "a la", "a"}, hours: [12]string{"una", "dues", "tres", "quatre", "cinc", "sis", "set", "vuit", "nou", "deu", "onze", "dotze"},
		past: []minutesWords{{"i mitja", 30}, {"i quart", 15}}, quarters: catalanQuarters[:]},
	{preps: []string{"às", "à"}, hours: [12]string{"uma", "duas", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze"},
		oclock: []string{"horas", "hora"}, past: []minutesWords{{"e meia", 30}, {"e um quarto", 15}}},
	{preps: []string{"alle", "all'"}, hours: [12]string{"una", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici"},
		past: []minutesWords{{"e mezza", 30}, {"e mezzo", 30}, {"e un quarto", 15}}},
	{preps: []string{"à"}, hours: [12]string{"une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"},
		oclock: []string{"heures", "heure"}, past: []minutesWords{{"et demie", 30}, {"et quart", 15}}},
	{preps: []string{"um"}, hours: [12]string{"eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"},
		oclock: []string{"uhr"}},
}

// catalanQuarters are Catalan's quarters before an hour, which tell the
// minutes past the hour before it: "a dos quarts de sis" is 5:30, "a un
// quart de nou" 8:15, "a tres quarts d'onze" 10:45.
var catalanQuarters = [...]minutesWords{{"un quart", 15}, {"dos quarts", 30}, {"tres quarts", 45}}

// wordHour reads, after a date without a time of day, an hour in words at
// s[i] with the part of the day or the AM or PM after it: it adds the
// hour, whose Text is its words (a layout writes none: see
// dateline.LayoutOf), the minutes past it, and the half of the day, and
// returns their end; or i. s[i] is the hour's preposition, or the hour
// itself where the preposition before it was read as a joining word
// ("at", "à", "um": see words.go).
func (p *parser) wordHour(i int) int {
	s := p.s
	if i >= len(s) || s[i] < 0x80 && !script.IsLatinLetter(rune(s[i])) || !p.dated() || p.has(layout.Hour) {
		return i
	}
	for l := range hourWordLangs {
		lang := &hourWordLangs[l]
		for _, prep := range lang.preps {
			if k, ok := p.hourWordsAt(i, prep, lang); ok {
				return k
			}
		}
	}
	return i
}

// hourWordsAt reads the hour in words of lang that follows prep at s[i]
// or before it, as wordHour does; ok is false where there is none, and
// nothing is added. Bare "a" is Catalan's before its quarters alone.
func (p *parser) hourWordsAt(i int, prep string, lang *hourWordLang) (int, bool) {
	glued := prep[len(prep)-1] == '\''
	k := i
	if e, ok := foldPrefix(p.s, i, prep); ok && (glued || e < len(p.s) && p.s[e] == ' ') {
		k = e
		if !glued {
			k++
		}
	} else if !prepBefore(p.s, i, prep, glued) {
		return i, false
	}
	return p.hourWords(k, prep == "a", lang)
}

// prepBefore reports whether prep ends right before s[i], after a space
// unless it is glued, and starts a word.
func prepBefore(s string, i int, prep string, glued bool) bool {
	j := i
	if !glued {
		if j == 0 || s[j-1] != ' ' {
			return false
		}
		j--
	}
	start := j - len(prep)
	if start < 0 {
		return false
	}
	if e, ok := foldPrefix(s, start, prep); !ok || e != j {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:start])
	return start == 0 || !unicode.IsLetter(r)
}

// hourWords reads the hour in words of lang at s[k], after its
// preposition, with the quarter before it first where quarter is set.
func (p *parser) hourWords(k int, quarter bool, lang *hourWordLang) (int, bool) {
	s := p.s
	hour := Field{Start: k}
	var minute Field
	if quarter { // Catalan: a dos quarts de sis
		if q, e := minutesAt(s, k, lang.quarters); e > k {
			minute = Field{Value: q, Start: k, End: e}
			k = skipSpace(s, e)
			if d, ok := foldPrefix(s, k, "d'"); ok {
				k = d
			} else if d := matchWord(s, k, "de"); d > k && d < len(s) && s[d] == ' ' {
				k = d + 1
			} else {
				return k, false
			}
			hour.Start = k
		}
		if minute.End == 0 {
			return k, false
		}
	}
	h, e := hourWordOf(s, k, lang)
	if h == 0 {
		return k, false
	}
	hour.End = e
	if minute.End > 0 {
		h-- // a quarter of six is past five
		if h == 0 {
			h = 12
		}
	}
	// The minutes past the hour, before or after its word for o'clock:
	// "a las ocho y media", "à huit heures et demie".
	for range 2 {
		j := skipSpace(s, e)
		if j == e {
			break
		}
		if m, me := minutesAt(s, j, lang.past); me > j && minute.End == 0 {
			minute = Field{Value: m, Start: j, End: me}
			e = me
		} else if o := phraseEnd(s, j, lang.oclock); o > j {
			e = o
		}
	}
	ampm, found, ok := partOfDayAt(s, e, h)
	if !found {
		if j := skipSpace(s, e); j > e {
			ampm, ok = ampmAt(s, j)
		}
	}
	if !ok {
		return k, false
	}
	hour.Value, hour.Text, hour.Of = h, s[hour.Start:hour.End], int8(h)
	hour.Kind, hour.Form = layout.Hour, layout.Hour12
	minute.Kind, minute.Form = layout.Minute, layout.Padded
	if minute.End > 0 && minute.Start < hour.Start {
		p.add(minute)
		p.add(hour)
	} else {
		p.add(hour)
		if minute.End > 0 {
			p.add(minute)
		}
	}
	p.add(ampm)
	p.zones(p.last)
	return p.last, true
}

// hourWordOf returns the hour (1 to 12) that a word of lang names at
// s[k], a whole word, and its end; or 0.
func hourWordOf(s string, k int, lang *hourWordLang) (int, int) {
	n, e := phraseOf(s, k, lang.hours[:])
	return n + 1, e
}

// minutesAt returns the minutes that a phrase of words at s[k] says, a
// whole word, and its end; or the end k.
func minutesAt(s string, k int, words []minutesWords) (int, int) {
	for _, w := range words {
		if e := phraseAt(s, k, w.words); e > k {
			return w.minutes, e
		}
	}
	return 0, k
}

// phraseEnd returns the end of the first of phrases (lower case, words
// parted by one space) at s[k], a whole word, read in any case and with
// either apostrophe; or k.
func phraseEnd(s string, k int, phrases []string) int {
	_, e := phraseOf(s, k, phrases)
	return e
}

// phraseOf returns the index of the first of phrases at s[k] and its
// end, as phraseEnd reads them; or -1 and k.
func phraseOf(s string, k int, phrases []string) (int, int) {
	for n, ph := range phrases {
		if e := phraseAt(s, k, ph); e > k {
			return n, e
		}
	}
	return -1, k
}

// phraseAt returns the end of phrase at s[k], a whole word, as phraseEnd
// reads it; or k.
func phraseAt(s string, k int, phrase string) int {
	if e, ok := foldPrefix(s, k, phrase); ok && wordEnds(s, e) {
		return e
	}
	return k
}
