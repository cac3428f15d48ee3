package main

import (
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
	"github.com/dualdate/dualdate/occasion"
)

// A wordLang is the language convert suggests words in: a layout.Lang, or
// hebrewScript for text in Hebrew letters. A misspelt word gets the known
// words of its own language (English by default), not the closest of
// every locale's: "Rosh Hashonah" gets Rosh Hashanah, not the French Roch
// Hachanah.
type wordLang int

const hebrewScript wordLang = -1

// inputLang returns the language of convert's input: Hebrew script if it
// has Hebrew letters; else the language of a month or weekday name in it
// that is not English (samedi, марта); else --lang's, if given; else, for
// Cyrillic letters, Ukrainian if it has one of the letters Russian lacks
// (і, ї, є, ґ) and Russian if not; else English.
func inputLang(input string, lang layout.Lang, langGiven bool) wordLang {
	cyrillic, ukrainian := false, false
	for _, r := range input {
		switch {
		case script.IsHebrewLetter(r):
			return hebrewScript
		case script.IsCyrillic(r):
			cyrillic = true
			ukrainian = ukrainian || strings.ContainsRune("іїєґІЇЄҐ", r)
		}
	}
	for _, w := range strings.FieldsFunc(input, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }) {
		if l, ok := wordLangs()[strings.ToLower(w)]; ok {
			return wordLang(l)
		}
	}
	switch {
	case langGiven:
		return wordLang(lang)
	case ukrainian:
		return wordLang(layout.Ukrainian)
	case cyrillic:
		return wordLang(layout.Russian)
	}
	return wordLang(layout.English)
}

// wordLangs maps the month and weekday names of the languages other than
// English, in lower case, to their language; a name English has too
// (April, September) is none's.
var wordLangs = sync.OnceValue(func() map[string]layout.Lang {
	english := map[string]bool{}
	m := map[string]layout.Lang{}
	for _, l := range layout.Langs() {
		for _, f := range []layout.Form{layout.Long, layout.Short} {
			for mo := 1; mo <= 12; mo++ {
				addName(m, english, l, l.MonthName(mo, f))
			}
			for w := range 7 {
				addName(m, english, l, l.WeekdayName(w, f))
			}
		}
	}
	return m
})

func addName(m map[string]layout.Lang, english map[string]bool, l layout.Lang, name string) {
	key := strings.ToLower(strings.TrimSuffix(name, "."))
	if len([]rune(key)) < 3 {
		return
	}
	if l == layout.English {
		english[key] = true
		delete(m, key)
		return
	}
	if _, dup := m[key]; !dup && !english[key] {
		m[key] = l
	}
}

// familyLang returns the language whose words the names of family f are:
// hebcal's transliterations, the Ashkenazi ones among them, are English.
func familyLang(f hebrew.Family) wordLang {
	switch {
	case f.IsHebrew():
		return hebrewScript
	case f == hebrew.AshkenaziKomatz, f == hebrew.Litvish, f == hebrew.Poylish, f == hebrew.AshkenaziStandard:
		return wordLang(layout.English)
	case f == hebrew.AshkenaziRomanian:
		return wordLang(layout.Romanian)
	}
	if l, ok := layout.LangOf(f); ok {
		return wordLang(l)
	}
	return wordLang(layout.English)
}

// knownWords returns the words convert suggests in language l: its own
// (today, tomorrow, yesterday, now), the weekdays and months in l, the
// Hebrew months in the spellings of l's families, and the occasions'
// names in them.
func knownWords(l wordLang) []string {
	knownMu.Lock()
	defer knownMu.Unlock()
	if words, ok := known[l]; ok {
		return words
	}
	words := []string{"today", "tomorrow", "yesterday", "now"}
	seen := map[string]bool{}
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			words = append(words, s)
		}
	}
	if l != hebrewScript {
		lang := layout.Lang(l)
		for w := range 7 {
			add(lang.WeekdayName(w, layout.Long))
		}
		for m := 1; m <= 12; m++ {
			add(lang.MonthName(m, layout.Long))
		}
		if lang == layout.English {
			for w := range 7 {
				add(time.Weekday(w).String())
			}
		}
	}
	// Every family, up to the first whose String says it is none.
	for f := hebrew.Family(0); !strings.HasPrefix(f.String(), "%!"); f++ {
		if familyLang(f) != l || f == hebrew.Niqqud {
			continue
		}
		for m := hebrew.Nisan; m <= hebrew.AdarII; m++ {
			for _, leap := range []bool{false, true} {
				add((hebrew.Spelling{Family: f}).Name(m, leap))
			}
		}
	}
	for _, n := range occasion.Names() {
		if n.Kind != occasion.Portion && n.Family != hebrew.Niqqud && familyLang(n.Family) == l {
			add(n.Text)
		}
	}
	known[l] = words
	return words
}

var (
	knownMu sync.Mutex
	known   = map[wordLang][]string{}
)
