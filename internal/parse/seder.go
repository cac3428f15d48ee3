package parse

import (
	"strings"
	"sync"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
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

// numberedSeder reads at s[d] the Seder an ordinal before it counts, as
// English synagogue schedules name Pesach's first two evenings: "First
// Seder: Saturday night, April 12", "1st Seder, Friday, 4/19", "2nd Seder
// Night". The word Seder was no occasion, so the date after it was read
// alone, in the most recent year that fits its weekday: the Chabad and
// synagogue schedule line "1st Seder, Friday, 4/19" of 2019 was 19 April
// 2024 (11 Nisan), with nothing said. The n-th Seder is the evening that
// begins Pesach's n-th day; only the first two are counted, as a "third
// Seder" is a community's meal on another night, and a Seder "of" an
// occasion named after it (the Seder of Tu BiShvat) is no Pesach's. It
// returns the end of the word Seder, the end of the words (with "Night"
// after Seder), and the index in occasion.Names of Pesach.
func numberedSeder(s string, d, n int) (sederEnd, end, idx int, ok bool) {
	de := latinWord(s, d)
	if n < 1 || n > 2 || de == d || !sederWord(s, d, de) {
		return 0, 0, 0, false
	}
	end = de
	if k := matchWord(s, skipSpace(s, de), "night"); k > de {
		end = k
	}
	if matchWord(s, skipSpace(s, end), "of") > skipSpace(s, end) {
		return 0, 0, 0, false
	}
	idx, ok = pesachIndex()
	return de, end, idx, ok
}

// seder adds the n-th Seder read by numberedSeder at s[d]: Pesach's n-th
// day, marked Night, as "the second night of Passover" is (see
// numberedOccasion).
func (p *parser) seder(d, n int) (int, bool) {
	sederEnd, end, idx, ok := numberedSeder(p.s, d, n)
	if !ok {
		return 0, false
	}
	p.lit(d)
	f := occasionField(p.s, layout.Holiday, idx, d, sederEnd)
	f.Shift = -int16(n - 1)
	f.Flags |= Night
	p.add(f)
	p.lit(end)
	p.occasionYear(false)
	return p.last, true
}

// pesachIndex returns the index in occasion.Names of hebcal's name of
// Pesach, the festival of several days.
var pesachIndex = sync.OnceValues(func() (int, bool) {
	for i, n := range occasionNames() {
		if n.Text == "Pesach" && n.Family == hebrew.Hebcal {
			return i, true
		}
	}
	return 0, false
})

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
