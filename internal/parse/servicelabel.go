package parse

import "github.com/dualdate/dualdate/internal/script"

// An English schedule names an event between its day and the hour it
// begins, a name of a few words that ends in "Service" or "Services",
// then the hour after a bar, an at sign, a colon, a dash or "at": "Friday,
// September 15, Evening Service @ 7 pm", "Sunday, June 1st: Tikkun Leil
// Shavuot & Zimrat Yah Service | 8:00 pm", "Monday, June 2, Shavuot
// Services at 9:30 am". The hour was left out, and the day read without
// it (the fiftieth held-out round; the third's "Evening Service @ 7 pm").
// The name is text of the dateline, as a service's name of services is
// (see serviceBeforeTime), after a civil day without a time; it starts
// with a capital, as a schedule's names do. One with a comma or a point
// in it, or longer than labelWords, is prose, and so is a name that no
// hour follows: "Shavuot begins evening services at 7 pm on June 11".

// labelWords is how many words the name may have, "Service" its last.
const labelWords = 8

// serviceLabelBeforeTime returns the index of the hour after such a name
// at s[i] (its words one space apart, "&" among them), or i.
func serviceLabelBeforeTime(s string, i int) int {
	k := i
	for n := 0; n < labelWords && k < len(s); n++ {
		e := latinWord(s, k)
		if e == k && s[k] == '&' {
			e = k + 1
		}
		if e == k {
			return i
		}
		if s[k]|0x20 == 's' && matchWords(s, k, "service", "services") == e {
			return hourAfterLabel(s, e, i)
		}
		j := skipSpace(s, e)
		if j == e {
			return i
		}
		k = j
	}
	return i
}

// hourAfterLabel returns the index of the hour after the name that ends
// at s[e], a separator or "at" before it; or i. The hour has one or two
// digits and its minutes after a colon or a point, or "am" or "pm" after
// it: a number alone is no hour ("Service 2 of 3").
func hourAfterLabel(s string, e, i int) int {
	k := skipSpace(s, e)
	if r, n := decode(s, k); n > 0 && (r == '@' || r == '|' || r == ':' || script.IsDash(r)) {
		k = skipSpace(s, k+n)
	} else if a := matchWord(s, k, "at"); a > k {
		k = skipSpace(s, a)
	}
	if k == e {
		return i
	}
	if !hourAt(s, k) {
		return i
	}
	return k // 8:00 pm, 19.30, 7 pm
}

// hourAt reports whether an hour starts at s[k] as hourAfterLabel reads
// one: one or two digits and its minutes after a colon or a point, or
// after "h" as Portuguese and French write them (12h07), or am or pm
// after it.
func hourAt(s string, k int) bool {
	_, n, digits := number(s, k)
	if digits < 1 || digits > 2 {
		return false
	}
	if n+1 < len(s) && (s[n] == ':' || s[n] == '.') && isDigit(s, n+1) {
		return true // 20:00, 19.30
	}
	if n+2 < len(s) && s[n] == 'h' && isDigit(s, n+1) && isDigit(s, n+2) && !isDigit(s, n+3) {
		return true // 12h07
	}
	m := skipSpace(s, n)
	return matchWords(s, m, "am", "pm", "a.m.", "p.m.") > m // 7 pm
}

// An event listing puts the place between its day and its hour, each part
// between bars: "Sunday, April 23, 2017 | at Temple Emanu-El | 6:30 p.m.",
// "Tuesday, May 2, 2017 | At the Museum | 11:30 a.m." (a museum's events,
// the sixty-sixth held-out round). The day was read without its hour.
// The place is text of the dateline, as a service's name is (see
// serviceLabelBeforeTime): a few words of letters, hyphens, apostrophes
// and ampersands, no digit, comma or point, so that a part with numbers
// ("| Room 12 |", "| 2 of 3 |") or a sentence is not taken; and the part
// after the second bar must be an hour with its minutes or with am or pm
// (see hourAfterLabel).
//
// A news site's byline puts its author there, between bullets, and the
// hour as Portuguese and French write it, with "h" between the hour and
// its minutes: "22 NOV 2019 • POR Redação • 12h07" (O Progresso,
// incoming.tsv) was the day without its hour; "22 nov 2019 • Por João
// Silva • 9h30". The part must end with the separator that opened it
// ("• Redação | 12h07" is no such part).

// placeBetweenBars returns the index of the hour after such a place at
// s[i], just after the first bar (or bullet, bar), or i. A word the
// tables know other than a joining one (at, the), or an occasion's name,
// makes the part a part of the dateline, not a place: "Saturday, April
// 23, 2016 | Erev Pesach | 7:00 pm" is checked against its occasion, and
// "| Nisan |" read.
func (p *parser) placeBetweenBars(i int, bar rune) int {
	s := p.s
	k := skipSpace(s, i)
	words := 0
	for k < len(s) {
		if r, _ := decode(s, k); r == bar {
			break
		}
		e := latinWord(s, k)
		if e == k {
			switch s[k] {
			case '-', '&', '\'':
				e = k + 1
			default:
				return i // a digit, a comma, a point, a line's end, ...
			}
		} else if words++; words > labelWords || p.knownWordAt(k) {
			return i
		}
		k = skipSpace(s, e)
	}
	if words == 0 || k >= len(s) {
		return i
	}
	if bar != '|' {
		_, n := decode(s, k)
		if h := skipSpace(s, k+n); h > k+n && hourAt(s, h) {
			return h // 22 NOV 2019 • POR Redação • 12h07
		}
		return i
	}
	return hourAfterLabel(s, k, i)
}

// knownWordAt reports whether the word at s[k] is one the tables know
// other than a joining word, or starts an occasion's name. A Hebrew
// letter's name is a synagogue's ("Beth Israel"): a letter names a day
// only with its month, which is known.
func (p *parser) knownWordAt(k int) bool {
	if w, _, ok := p.wordAt(k); ok && w.kind != wJoin && w.kind != wLetter {
		return true
	}
	_, _, ok := oneOccasion(p.s, k)
	return ok
}
