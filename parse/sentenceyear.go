package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/dualdate/dualdate/internal/script"
)

// yearLeads are the words that open a sentence by naming its year, "in
// 2024", before a year of four digits: English and Dutch "In 2024, Yom
// Kippur begins on the evening of October 11", Swedish "År 2017 infaller
// jom kippur den 30 september", Polish "W 2023 roku Chanuka rozpoczyna
// się wieczorem 7 grudnia", Portuguese "Em 2025", Spanish and French "En
// 2024", German "Im Jahr 2024", Italian "Nel 2024", Russian "В 2024 году",
// Czech "V roce 2024", Romanian "În anul 2013, Hanuca începe pe 28
// noiembrie" and "În 2024", and the longer forms with the word for year:
// Portuguese "No ano de 2024", Spanish "En el año 2024", Italian
// "Nell'anno 2024", German "Im Jahre 2024". Lower case; the text's is
// folded. A lead that starts another is tried first ("în anul" before
// "în", "en el año" before "en").
var yearLeads = [...]string{"in", "år", "w", "em", "en el año", "en", "im jahre", "im jahr", "nel", "nell'anno", "в", "v roce",
	"în anul", "în", "no ano de"}

// maxSentenceBack is how far back from a match sentenceYear looks for the
// sentence's start, in bytes.
const maxSentenceBack = 240

// SentenceYear returns the year that the sentence holding text[start:]
// names at its start (see yearLeads), with the span of its digits, when
// nothing ends the sentence before start; or ok false. A date of the
// sentence that names no year of its own is of that year ("In 2024, Yom
// Kippur begins on the evening of October 11" is October 11, 2024), where
// the year nearest the reference would be a wrong answer. Find takes
// such a date, which prose may write without a year, as a date only where
// its sentence names one (see acceptAll).
func SentenceYear(text string, start int) (y, ys, ye int, ok bool) {
	i := sentenceStart(text, start)
	if i < 0 {
		return 0, 0, 0, false
	}
	k := -1
	for _, w := range yearLeads {
		if e := i + len(w); e < start && text[e] == ' ' && foldHasPrefix(text[i:], w) {
			k = e + 1
			break
		}
	}
	if k < 0 {
		return 0, 0, 0, false
	}
	y, e, digits := number(text, k)
	if digits != 4 || y < 1000 || e >= start || !yearEnds(text, e) {
		return 0, 0, 0, false
	}
	return y, k, e, true
}

// sentenceStart returns where the sentence that text[start:] is in
// starts: after the last full stop, question or exclamation mark with a
// space after it, or line break, before start, and the spaces after it;
// or -1 if that is more than maxSentenceBack bytes back.
func sentenceStart(text string, start int) int {
	low := max(start-maxSentenceBack, 0)
	i := start
	for i > low {
		c := text[i-1]
		if c == '\n' || (c == ' ' || c == '\t') && i >= 2 && strings.IndexByte(".!?", text[i-2]) >= 0 {
			break
		}
		i--
	}
	if i == low && low > 0 {
		return -1
	}
	for i < start && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	return i
}

// foldHasPrefix reports whether s starts with w, a word in lower case,
// whatever the case of s's letters.
func foldHasPrefix(s, w string) bool {
	for _, wr := range w {
		r, n := utf8.DecodeRuneInString(s)
		if n == 0 || script.FoldCase(r) != wr {
			return false
		}
		s = s[n:]
	}
	return true
}
