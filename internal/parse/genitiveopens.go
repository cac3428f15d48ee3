package parse

import (
	"unicode"

	"github.com/dualdate/dualdate/internal/layout"
)

// The Slavic languages write "on 27 January" as the day and the month's
// genitive with no word before them, and a sentence opens with it as
// often as with a preposition's date: "27 студзеня па ўсім свеце
// адзначаецца дзень памяці ахвяр Халакосту" (on 27 January the day of
// remembrance is observed all over the world; korelichi.gov.by, incoming
// line 3677), "20 марта в синагоге прошла встреча", "16. prosince se v
// synagoze konal koncert". They were no date in free text, a month
// English has not without its year being taken only with a word before
// it that says its numbers are a day (see dateLeadBefore). Opening a
// sentence, in lower case, with a word of the sentence after it, the
// genitive says so. Elsewhere the same words name streets and squares
// ("ул. 8 Марта", "náměstí 28. října"), after an abbreviation's point or
// a noun, and the month of a name is capitalised: those stay prose.

// genitiveOpenLangs are the languages whose date is the day and the
// month's genitive, CLDR's format name, unlike its stand-alone one.
const genitiveOpenLangs = 1<<layout.Russian | 1<<layout.Ukrainian | 1<<layout.Belarusian |
	1<<layout.Polish | 1<<layout.Czech | 1<<layout.Slovak

// genitiveOpensSentence reports whether the date read is a day and a
// month of genitiveOpenLangs that opens the text, a line or a sentence,
// its month in lower case and a lower-case word after it.
func (p *parser) genitiveOpensSentence() bool {
	if p.n == 0 || p.buf[0].Kind != layout.Day || p.fullMonthLangs()&genitiveOpenLangs == 0 {
		return false
	}
	s := p.s
	if !sentenceOpensAt(s, p.buf[0].Start) {
		return false
	}
	var month *Field
	for i := range p.fields() {
		if p.buf[i].Kind == layout.Month {
			month = &p.buf[i]
			break
		}
	}
	if month == nil || month.Form != layout.Long || month.End != p.last {
		return false
	}
	if r, _ := decode(s, month.Start); !unicode.IsLower(r) {
		return false
	}
	k := skipSpace(s, p.last)
	if k == p.last || k >= len(s) {
		return false
	}
	r, _ := decode(s, k)
	return unicode.IsLower(r)
}

// sentenceOpensAt reports whether s[i] opens the text, a line or a
// sentence: spaces only before it back to the start or a line break, or
// a sentence's end (!, ?, or a point after a word of four letters or
// more, not an abbreviation's: "ул.", "nám.") and a space.
func sentenceOpensAt(s string, i int) bool {
	k := trimSpaceBefore(s, i)
	if k == 0 || s[k-1] == '\n' {
		return true
	}
	if k == i {
		return false
	}
	switch s[k-1] {
	case '!', '?':
		return true
	case '.':
		n := 0
		for j := k - 1; j > 0 && n < 4; n++ {
			r, w := lastRune(s, j)
			if !unicode.IsLetter(r) {
				break
			}
			j -= w
		}
		return n >= 4
	}
	return false
}
