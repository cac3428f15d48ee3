package parse

import "strings"

// Hebrew names the date it gives with a noun, "בתאריך" (on the date) or
// "בתאריכים" (on the dates), before a day and month in digits with a
// point and no year, or a range of days of one month: "בתאריכים 14-15.10
// החל משעה 10:30 התקיים לראשונה בעיר הפנינג סוכות לילדים" (rishonet.com,
// Rishon LeZion's local news, the two-hundred-and-fifty-third held-out
// round: on the dates 14-15.10, from 10:30, a Sukkot happening took
// place) was no date, as "14.10" alone is none, a decimal number as often
// as a date. The noun says the numbers are a date, as a weekday before
// them does (see dayMonthVouched), and they are read day first, as the
// point says; the year is the page's, or the one nearest the reference.
// Before a whole date the noun is text of the dateline too: "בתאריך
// 14.10.2014" was a syntax error to Check, where "ביום 14.10.2014" was
// read.

// hebrewDateNouns are Hebrew's "on the date" and "on the dates", the
// preposition ב glued to the noun.
var hebrewDateNouns = [...]string{"בתאריך", "בתאריכים"}

// hebrewDateNounBefore reports whether a word of hebrewDateNouns, a whole
// word, and one space or more stand right before s[i]. The word may open
// a line, a bracket or a tag ("<p>בתאריכים 14-15.10"), but not end a
// longer word ("שבתאריך", that on the date).
func hebrewDateNounBefore(s string, i int) bool {
	k := trimSpaceBefore(s, i)
	if k == i || k < len("בתאריך") {
		return false
	}
	b := k
	for b >= 2 && s[b-2] == 0xD7 && s[b-1] >= 0x90 && s[b-1] <= 0xAA {
		b -= 2 // back over the word's Hebrew letters
	}
	return b < k && isWordOf(s[b:k], hebrewDateNouns[:]) && (b == 0 || !letterBefore(s, b) && !isDigit(s, b-1))
}

// hebrewDateNounLead returns the index of the digits after a word of
// hebrewDateNouns at s[i] and the spaces after it, or i: the noun before
// a dateline's first phrase (see separator).
func hebrewDateNounLead(s string, i int) int {
	if !strings.HasPrefix(s[i:], "בתארי") {
		return i // the cheap first test: the letters before the kaf, final (ך) in the singular
	}
	e := hebrewWord(s, i)
	if !isWordOf(s[i:e], hebrewDateNouns[:]) {
		return i
	}
	k := skipSpace(s, e)
	if k == e || !isDigit(s, k) {
		return i
	}
	return k
}
