package layout

import (
	"strconv"
	"strings"

	hlocales "github.com/hebcal/hebcal-go/locales"
)

// The day of the Omer written out, as hebcal-go's omer package renders it
// in each locale: "8th day of the Omer" in English, "8º día del Omer" in
// Spanish, "8. Tag des Omer" in the other locales that translate the
// words, from the translations hebcal-go carries. A layout writes the
// words as literal text after an Omer element, and leaves them out with
// it outside the season (see OmerTail); the command writes the count so
// after a dateline's occasions.

// omerEnglish are the words after the ordinal day of the Omer in English,
// and omerOf those after its number in "day 33 of the Omer".
const (
	omerEnglish = " day of the Omer"
	omerOf      = " of the Omer"
)

// omerWords holds, by language, the words after the number of the day of
// the Omer, with the mark that ends the number in that language (the
// English ordinal's suffix is the number's own); empty for a language whose
// locale has no translation of them.
var omerWords = func() (t [numLangs]string) {
	for l := range t {
		loc := Lang(l).Family().Locale()
		tr, ok := hlocales.LookupTranslation("day of the Omer", loc)
		switch {
		case Lang(l) == English:
			t[l] = omerEnglish
		case !ok || tr == "" || tr == "day of the Omer":
		case loc == "es":
			t[l] = "º " + tr
		default:
			t[l] = ". " + tr
		}
	}
	return t
}()

// AppendOmer appends day n of the Omer as language l writes it after a
// dateline: hebcal-go's words where its locale has them ("8th day of the
// Omer", "8. Tag des Omer"), else its label and number ("Omer: 8"), as
// package parse reads both back.
func AppendOmer(b []byte, n int, l Lang) []byte {
	if l >= numLangs || omerWords[l] == "" {
		return strconv.AppendInt(append(b, "Omer: "...), int64(n), 10)
	}
	form := Plain
	if l == English {
		form = Ordinal
	}
	return append(appendNumber(b, n, form, Gershayim), omerWords[l]...)
}

// OmerTail returns the length of the words of the day of the Omer at the
// start of t, the text after its number, in any language (see AppendOmer):
// " day of the Omer" after an ordinal, ". Tag des Omer", "º día del Omer";
// 0 if t starts with none of them. Letter case is not minded.
func OmerTail(t string) int {
	// The cheap first test: a space, a dot or º, and then a space or a
	// letter; most numbers' next bytes are no such (7.11.1912).
	if len(t) < 3 || t[0] != ' ' && t[0] != '.' && t[0] != 0xC2 || t[0] != ' ' && t[1] != ' ' && t[1] != 0xBA {
		return 0
	}
	for _, w := range omerWords {
		if w != "" && len(t) >= len(w) && strings.EqualFold(t[:len(w)], w) {
			return len(w)
		}
	}
	return 0
}

// OmerOf returns the length of the words " of the Omer" at the start of t,
// the text after the number of "day 33 of the Omer", whose "day" comes
// before the number; 0 if t does not start with them. Letter case is not
// minded.
func OmerOf(t string) int {
	if len(t) >= len(omerOf) && t[0] == ' ' && strings.EqualFold(t[:len(omerOf)], omerOf) {
		return len(omerOf)
	}
	return 0
}
