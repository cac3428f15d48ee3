package parse

import "github.com/dualdate/dualdate/internal/layout"

// East Slavic pages now and then write a month after a day in the
// prepositional case, as after "в" (in): "на 19-25 сентябре" (Panoptikon,
// Zaporizhzhia, the 180th held-out round) for "сентября", "25 вересні"
// for "вересня". No date is written so, and no word of prose is a number
// then such a name, so the month is read, as a misspelt one is: marked
// Corrected and Declined (package dateline says what it was read as), and
// free text counts it only with a year, a weekday, a time or a Hebrew
// date beside it. The name alone ("в сентябре") is no date, as before.

// locativeMonths are the prepositional (locative) names of the months,
// January first, of Russian, Ukrainian and Belarusian, which CLDR does not
// carry.
var locativeMonths = [...]struct {
	lang  layout.Lang
	names [12]string
}{
	{layout.Russian, [12]string{"январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"}},
	{layout.Ukrainian, [12]string{"січні", "лютому", "березні", "квітні", "травні", "червні", "липні", "серпні", "вересні", "жовтні", "листопаді", "грудні"}},
	{layout.Belarusian, [12]string{"студзені", "лютым", "сакавіку", "красавіку", "траўні", "чэрвені", "ліпені", "жніўні", "верасні", "кастрычніку", "лістападзе", "снежні"}},
}

// locativeMonth returns the month whose prepositional name is the word at
// s[k] (see locativeMonths), in any case, as a word of its language, and
// the word's end.
func locativeMonth(s string, k int) (word, int, bool) {
	e := latinWord(s, k)
	if e-k < len("мае") || s[k] < 0x80 {
		return word{}, k, false // the cheap first test: Cyrillic letters only
	}
	w := foldCaseString(s[k:e])
	for _, l := range locativeMonths {
		for m, n := range l.names {
			if n == w {
				return word{kind: wMonth, value: int8(m + 1), form: layout.Long, lang: l.lang}, e, true
			}
		}
	}
	return word{}, k, false
}
