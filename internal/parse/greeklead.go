package parse

import "github.com/dualdate/dualdate/internal/layout"

// greekLeadArticles are Greek's articles before a date's first word, as
// the Romance languages' are (see dayLead): the nominative η, the
// accusative την (or τη) and το (Σάββατο's), and the genitive της: "Η
// 27η Ιανουαρίου" (iefimerida.gr, the 183rd held-out round: the 27th of
// January), "την Κυριακή 19 Μαρτίου", "της 25ης Μαρτίου 1944". They are
// prose everywhere else, and read only before a dateline's first phrase.
var greekLeadArticles = [...]string{"η", "την", "τη", "της", "το"}

// greekLead returns the index of the day or weekday after a word of
// greekLeadArticles at s[i] and the spaces after it: a Greek weekday's
// name, or a day in one or two digits, with its ordinal ending or not,
// and a space; or i.
func greekLead(s string, i int) int {
	if i >= len(s) || s[i] != 0xCE && s[i] != 0xCF {
		return i // the cheap first test: a Greek letter first
	}
	e := latinWord(s, i)
	if !isWordOf(s[i:e], greekLeadArticles[:]) {
		return i
	}
	k := skipSpace(s, e)
	if k == e {
		return i
	}
	if w, _, ok := wordAt(s, k); ok && w.kind == wWeekday && w.lang == layout.Greek {
		return k // την Κυριακή 19 Μαρτίου
	}
	_, d, digits := number(s, k)
	if digits == 0 || digits > 2 {
		return i // no year: το 2014
	}
	d = latinWord(s, d) // 27η, 25ης: the ordinal's ending, a Greek word glued to it
	if d >= len(s) || s[d] != ' ' {
		return i
	}
	return k
}
