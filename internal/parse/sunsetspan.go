package parse

import (
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// sunsetSpans are the spans of time that Italian puts before "prima del
// tramonto" (before sunset) and "dopo il tramonto" (after it), as the
// Interior Ministry's calendar of Jewish holidays, which Italian pages
// copy, gives each one's hours: "Rosh Hashanà (Capodanno), da mezz’ora
// prima del tramonto di mercoledì 2 ottobre a un’ora dopo il tramonto di
// venerdì 4 ottobre" (the sixty-ninth held-out round), "da mezz'ora
// prima del tramonto di giovedì 25 maggio". A number of minutes or hours
// (sunsetSpanUnits) says it too: "40 minuti prima del tramonto di".
var (
	sunsetSpans     = [...]string{"mezz’ora", "mezz'ora", "mezzora", "un’ora", "un'ora", "un’ora e mezza", "un'ora e mezza"}
	sunsetSpanUnits = [...]string{"minuti", "ore"}
	// beforeSunsetOf are the words after a span that say "before the
	// sunset of" a day: its Hebrew date is the civil day's (see
	// beforeSunset), and the occasion said to begin then begins at its
	// evening, which the check says of its eve.
	beforeSunsetOf = [...]string{"prima del tramonto di", "prima del tramonto del"}
)

// skipSunsetSpan returns the index after a span of sunsetSpans at s[k], or
// a number and a word of sunsetSpanUnits, with the spaces after it; or k.
func skipSunsetSpan(s string, k int) int {
	if k >= len(s) || s[k]|0x20 != 'm' && s[k]|0x20 != 'u' && !isDigit(s, k) {
		return k // the cheap first test
	}
	e := k
	if isDigit(s, k) {
		_, n, digits := number(s, k)
		j := skipSpace(s, n)
		if digits == 0 || digits > 3 || j == n {
			return k
		}
		if e = matchWords(s, j, sunsetSpanUnits[:]...); e == j {
			return k
		}
	} else if e = matchPhrases(s, k, sunsetSpans[:]); e == k {
		return k
	}
	if j := skipSpace(s, e); j > e {
		return j
	}
	return k
}

// occasionBeforeSunset reads, after an occasion's name and before any
// date, Italian's "da" (from), a span of time and "prima del tramonto di"
// (before the sunset of), as text of the dateline, where a day in digits
// or a month's or weekday's name follows: the day is the one on whose
// evening the occasion begins, and the occasion is not marked Night (the
// span is before sunset: the check says the day is the occasion's eve). A
// range's end may follow it, "a un’ora dopo il tramonto di venerdì 4
// ottobre" (see skipEndEvening). The date was read without the occasion,
// as that Wednesday with its own Hebrew date, and the range's end as a
// dateline of its own. It returns the index of the day, or i.
func (p *parser) occasionBeforeSunset(i int) int {
	s := p.s
	if i >= len(s) || !p.has(layout.Holiday) || p.has(layout.Day) || p.has(layout.Month) || p.has(layout.Weekday) {
		return i
	}
	at := skipGloss(s, i)
	if at >= len(s) || s[at]|0x20 != 'd' {
		return i
	}
	k := matchWord(s, at, "da")
	j := skipSpace(s, k)
	if k == i || j == k {
		return i
	}
	a := skipSunsetSpan(s, j)
	if a == j {
		return i
	}
	b := matchPhrases(s, a, beforeSunsetOf[:])
	n := skipSpace(s, b)
	if b == a || n == b {
		return i
	}
	if d, _, ok := wordAt(s, n); isDigit(s, n) || ok && (d.kind == wMonth || d.kind == wWeekday) {
		return n
	}
	return i
}

// glossMax is the longest gloss in brackets after an occasion's name that
// skipGloss reads, in bytes: "(Festa delle Capanne)".
const glossMax = 40

// skipGloss returns the index after an occasion's gloss in brackets whose
// text starts at s[i], the opening bracket before it, as the ministry's
// calendar glosses each holiday ("Rosh Hashanà (Capodanno), da …",
// "Sukkot (Festa delle Capanne), da …"): the closing bracket, a comma or
// not and the spaces after them. A gloss of letters and spaces only, up
// to glossMax bytes; or i.
func skipGloss(s string, i int) int {
	if i == 0 || s[i-1] != '(' {
		return i
	}
	k := i
	for k < len(s) && k-i <= glossMax && s[k] != ')' {
		if isDigit(s, k) || s[k] == '(' {
			return i
		}
		k++
	}
	if k >= len(s) || s[k] != ')' || k == i {
		return i
	}
	k++
	if k < len(s) && s[k] == ',' {
		k++
	}
	if j := skipSpace(s, k); j > k {
		return j
	}
	return i
}

// sunsetSpanReach is how far, in bytes, occasionFromSunset looks past the
// start's sunset for the end's: "9/25 - sunset 9/26", "April 10 (First
// Seder) through Sundown on April 11".
const sunsetSpanReach = 48

// occasionFromSunset reads, after an occasion's name and before any date,
// English's "sunset" or "sundown" (and "on") in brackets or after a colon,
// where a date follows whose range ends at a sunset or nightfall too, as
// text of the dateline, and marks the occasion Night: the page gives the
// span of the occasion from the evening it begins, "Shmini Atzeret (sunset
// 9/25 - sunset 9/26)" (Amherst College's religious holidays, the
// hundred-and-forty-ninth held-out round), "Shemini Atzeret: sunset
// September 25 - sunset September 26". The start's day was read as the
// occasion's own, with the warning that it begins at that day's sunset,
// which the text said. Without an end at a sunset the word may name the
// day's end ("Yom Kippur (sunset October 12)"), and is read as before. It
// returns the index of the day, or i.
func (p *parser) occasionFromSunset(i int) int {
	s := p.s
	if i == 0 || i >= len(s) || s[i]|0x20 != 's' || !p.has(layout.Holiday) || p.has(layout.Day) || p.has(layout.Month) || p.has(layout.Weekday) {
		return i
	}
	if b := trimSpaceBefore(s, i) - 1; b < 0 || s[b] != '(' && s[b] != ':' {
		return i
	}
	e := matchWords(s, i, "sunset", "sundown")
	k := skipSpace(s, e)
	if e == i || k == e {
		return i
	}
	if o := matchWord(s, k, "on"); o > k {
		if k = skipSpace(s, o); k == o {
			return i
		}
	}
	if d, _, ok := wordAt(s, k); !isDigit(s, k) && !(ok && (d.kind == wMonth || d.kind == wWeekday)) {
		return i
	}
	if !sunsetEndAhead(s, k) {
		return i
	}
	p.holidayNight()
	return k
}

// sunsetEndAhead reports whether a range's end at a sunset follows the
// start at s[k] on its line, within sunsetSpanReach bytes: a dash or a
// word of rangeWords or rangeToWords, then "sunset", "sundown" or
// "nightfall".
func sunsetEndAhead(s string, k int) bool {
	end := min(len(s), k+sunsetSpanReach)
	for j := k; j < end; j++ {
		switch c := s[j]; {
		case c == '\n':
			return false
		case c|0x20 == 's' || c|0x20 == 'n':
			if j == k || s[j-1] != ' ' {
				continue
			}
			if _, ok := sunsetWord(s, j); !ok || !joinBefore(s, k, j-1) {
				continue
			}
			return true
		}
	}
	return false
}

// joinBefore reports whether the word or dash that ends right before the
// space at s[e] (after s[k]) joins a range's ends: a dash, or a word of
// rangeWords or rangeToWords ("through", "to", "until").
func joinBefore(s string, k, e int) bool {
	b := e - 1
	if b < k {
		return false
	}
	if r, _ := lastRune(s, e); script.IsDash(r) || s[b] == '-' {
		return true
	}
	a := b
	for a > k && script.IsLatinLetter(rune(s[a-1])) {
		a--
	}
	w := foldCaseString(s[a:e])
	return a < e && (rangeWords[w] || rangeToWords[w])
}
