package parse

import "github.com/dualdate/dualdate/internal/layout"

// Greek pages now and then write a month's genitive after its day with
// the accent of its nominative, a syllable early: "από τις 22 έως 24
// Ιούλιου 2014" (verena.gr, the 183rd held-out round) for Ιουλίου,
// "Μάρτιου" for Μαρτίου. The word without its accent is the month's, a
// variant the tables have (capitals write no accent: ΙΟΥΛΙΟΥ), and no
// word of prose is one; so it is read as a misspelt month is: marked
// Corrected (package dateline says what it was read as), and free text
// counts it only with more beside it than its day (a year, a time): "στις
// 22 Ιούλιου θα γίνει" is no date found.

// misaccentedMonth returns the Greek month whose name, without its
// accents, is the word at s[k], where the word with them is no word of
// the tables, and the word's end.
func misaccentedMonth(s string, k int) (word, int, bool) {
	if k >= len(s) || s[k] != 0xCE && s[k] != 0xCF {
		return word{}, k, false // the cheap first test: a Greek letter first
	}
	e := latinWord(s, k)
	if _, known := lookupLatin(s, k, e); known {
		return word{}, k, false
	}
	bare := foldString(s[k:e])
	if bare == foldCaseString(s[k:e]) {
		return word{}, k, false // no accent to misplace
	}
	w, ok := latinWords[bare]
	if !ok || w.kind != wMonth || w.lang != layout.Greek {
		return word{}, k, false
	}
	w.variant = false
	return w, e, true
}
