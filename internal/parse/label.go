package parse

import (
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// maxLabelWords is the most words of a label that a dateline reads over.
// Real labels are a service, a place or a heading of one or two words
// ("Evening Service", "Kol Nidrei", "Sinagoga", "Velas: Velas:"); a
// longer run of words is a sentence, whose time may be another event's.
const maxLabelWords = 3

// label returns the start of the phrase that follows a label at s[j]: a
// few words that name what happens on the day or where, set off by
// punctuation on both sides between a date and its time or occasion, as
// a schedule prints them: "Friday, September 15, Evening Service @ 7 pm",
// "Martes 4/10: Kol Nidrei, 20 hs.", "Petak, 3. oktobar 2014. - Sinagoga,
// 18:00 EREV JOM KIPUR". It returns j where there is none.
//
// The words are letters only, none a word of the tables (a weekday, a
// month, a joining word, which the grammar reads or refuses) but a month
// cut short (word.bare), which is prose here, and one for a part of the day, which names a service (Evening Service, Morning
// Prayers) and states no day, at most
// maxLabelWords of them, each ended
// by a space or by a colon, comma, dash, bar or @; the last is ended by
// punctuation, so that prose ("Friday, September 15, we meet at 7 pm")
// is no label. What follows must add to the dateline a part it lacks
// (a time of day, an occasion, the other calendar's date): a second
// date of the same calendar is another dateline's. Only a whole dateline
// that has read a date, and whose label comes after punctuation, reads
// over a label: in free text the words end it (see run).
func (p *parser) label(j int) int {
	s := p.s
	if !labelMarkBefore(s, j) {
		return j
	}
	k := j
	for range maxLabelWords {
		e := labelWord(s, k)
		if e == k {
			return j
		}
		if w, _, known := wordAt(s, k); known && w.kind != wNight && w.kind != wDaytime && !w.bare {
			// A word of the tables the grammar did not take: Yom
			// Chamishi after Friday. A month cut short is a word of
			// prose here (Kol Nidrei: Croatian's kol, kolovoz).
			return j
		}
		k = skipSpace(s, e)
		if k < len(s) && labelMark(s, k) {
			_, n := decode(s, k)
			k = skipSpace(s, k+n)
			if p.addsAfterLabel(k) {
				return k
			}
		} else if k == e {
			return j // a word glued to a digit or other punctuation
		}
	}
	return j
}

// labelWord returns the end of the word of letters at s[i], in any script
// the tables read, with the words a hyphen joins to it (Chanukka-Fest), or
// i.
func labelWord(s string, i int) int {
	for {
		var e int
		if i < len(s) && s[i] == 0xD7 {
			e = hebrewWord(s, i)
		} else {
			e = latinWord(s, i)
		}
		if e == i || e+1 >= len(s) || s[e] != '-' || labelWord(s, e+1) == e+1 {
			return e
		}
		i = e + 1
	}
}

// labelMark reports whether the rune at s[i] is punctuation that sets off
// a label: a colon, comma, semicolon, bar, @ or dash.
func labelMark(s string, i int) bool {
	r, _ := decode(s, i)
	switch r {
	case ':', ',', ';', '|', '@', '¦', '‖':
		return true
	}
	return script.IsDash(r)
}

// labelMarkBefore reports whether punctuation that sets off a label
// (see labelMark) comes before s[j], spaces between.
func labelMarkBefore(s string, j int) bool {
	for j > 0 {
		r, n := lastRune(s, j)
		if !script.IsSpace(r) {
			return labelMark(s, j-n)
		}
		j -= n
	}
	return false
}

// addsAfterLabel reports whether the phrase at s[k] states a time of day
// or an occasion, and only parts the dateline read so far lacks: a
// label names what happens on the day, and when. A date after a label
// ("March 5, 2024 3:12 pm; next meeting: Thursday, 4 Nisan 5784") is
// another event's, even of the other calendar. It reads on a copy of p,
// so that a phrase read in its context (an hour after a date, "20 hs.")
// is read as it would be.
func (p *parser) addsAfterLabel(k int) bool {
	if k >= len(p.s) {
		return false
	}
	q := *p
	if _, ok := q.phrase(k); !ok || q.full {
		return false
	}
	clock, holiday := false, false
	for _, f := range q.buf[p.n:q.n] {
		switch {
		case f.Kind == layout.Literal || f.Flags&RangeEnd != 0:
			continue
		case p.has(f.Kind):
			return false
		case f.Kind.IsClock():
			clock = true
		case f.Kind == layout.Holiday:
			holiday = true
		case f.Kind == layout.HebrewYear || f.Kind == layout.Year:
			// the occasion's year: Erev Roš hašana 5775
		default:
			return false
		}
	}
	return clock || holiday
}
