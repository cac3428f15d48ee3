package parse

import (
	"strings"
	"sync"

	"github.com/dualdate/dualdate/occasion"
)

// sederWords are the Seder's names in the Romance languages, which name
// it with "of" before Pesach as they name the eve ("Séder de Pésaj",
// "Seder di Pesach", "Sêder de Pessach"). The words are Erev (see
// words.go) before Pesach alone: see sederOf.
var sederWords = [...]string{"seder", "séder", "sêder"}

// secondWords are the words for "second" before a Seder: the second
// Seder, outside Israel, is the evening of Pesach's first day, not its
// eve.
var secondWords = [...]string{"second", "segundo", "segunda", "secondo", "seconda", "segon", "segona", "deuxième"}

// sederWord reports whether s[i:e] is one of sederWords.
func sederWord(s string, i, e int) bool {
	for _, sw := range sederWords {
		if strings.EqualFold(s[i:e], sw) {
			return true
		}
	}
	return false
}

// sederOf reports whether the eve word at s[i:e] may stand before the
// occasion of occasionNames()[idx]: any word but a Seder's, and a Seder's
// before Pesach when no word for "second" is before it. The Seder of Tu
// BiShvat or of Rosh Hashana is no eve, and the second Seder is on
// Pesach's first day.
func sederOf(s string, i, e, idx int) bool {
	if !sederWord(s, i, e) {
		return true
	}
	if b := wordBefore(s, trimSpaceBefore(s, i)); b < i && matchPhrases(s, b, secondWords[:]) > b {
		return false
	}
	pesach, ok := pesachDay()
	return ok && pesach.Is(occasionNames()[idx].Text)
}

var (
	pesachOnce sync.Once
	pesachOcc  occasion.Occasion
	pesachOK   bool
)

// pesachDay returns Pesach's first day, whose Is names every spelling of
// Pesach the tables know.
func pesachDay() (occasion.Occasion, bool) {
	pesachOnce.Do(func() {
		pesachOcc, pesachOK = occasion.Find("Pesach", 5785, occasion.Diaspora)
	})
	return pesachOcc, pesachOK
}
