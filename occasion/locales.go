package occasion

import (
	"strings"
	"sync"

	hlocales "github.com/hebcal/hebcal-go/locales"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/script"
)

// Occasions are named in every locale of hebcal-go: the four that
// Occasion holds its names in when its year is computed, and the others
// translated from the English name when asked for.

// locales are the hebcal locales whose names an Occasion holds.
var locales = [4]string{"en", "ashkenazi", "he-x-NoNikud", "he"}

// localeIndex returns the index in Occasion.names of family f's locale, or
// -1 for a locale whose names are made when asked for.
func localeIndex(f hebrew.Family) int {
	switch f {
	case hebrew.Ashkenazi:
		return 1
	case hebrew.Hebrew:
		return 2
	case hebrew.Niqqud:
		return 3
	case hebrew.Hebcal, hebrew.Sephardi, hebrew.Academic:
		return 0
	}
	if f.Locale() == "" { // a family out of range
		return 0
	}
	return -1
}

// localeName returns the name of an occasion in family f's locale, from
// its English name en as hebcal writes it (Rosh Chodesh Tevet, Rosh
// Hashana 5785, Vayakhel-Pekudei), translated as hebcal-go's renderers
// translate it; where the locale has no translation, the English. Names
// are kept once made, so that writing them allocates once.
func localeName(en string, f hebrew.Family) string {
	loc := f.Locale()
	key := localeKey{en, f}
	localeNames.RLock()
	n, ok := localeNames.m[key]
	localeNames.RUnlock()
	if ok {
		return n
	}
	n = translate(en, loc)
	localeNames.Lock()
	if localeNames.m == nil {
		localeNames.m = map[localeKey]string{}
	}
	if len(localeNames.m) < maxLocaleNames {
		localeNames.m[key] = n
	}
	localeNames.Unlock()
	return n
}

// maxLocaleNames bounds the cache of localeName: every occasion's name in
// every locale is some 6,000.
const maxLocaleNames = 1 << 14

type localeKey struct {
	en string
	f  hebrew.Family
}

var localeNames struct {
	sync.RWMutex
	m map[localeKey]string
}

// translate translates an English occasion name into locale loc.
func translate(en, loc string) string {
	tr := func(k string) string {
		if w, ok := hlocales.LookupTranslation(k, loc); ok && w != "" {
			return w
		}
		return k
	}
	if w, ok := hlocales.LookupTranslation(en, loc); ok && w != "" {
		return w
	}
	for _, prefix := range [...]string{"Rosh Chodesh ", "Shabbat Mevarchim Chodesh ", "Rosh Hashana "} {
		if rest, ok := strings.CutPrefix(en, prefix); ok {
			if prefix == "Rosh Hashana " {
				if rest == "" || !isYear(rest) {
					// "Rosh Hashana LaBehemot" (of the animals' tithe)
					// is a name of its own, not the festival's with
					// its year: it was half translated, "Roch Hachanah
					// LaBehemot", "Рош-А-Шана LaBehemot". Without a
					// translation of its own it keeps hebcal's name.
					return en
				}
				return tr(prefix[:len(prefix)-1]) + " " + rest // the year
			}
			return tr(prefix[:len(prefix)-1]) + " " + tr(rest)
		}
	}
	if a, b, ok := strings.Cut(en, "-"); ok {
		// A double portion: Vayakhel-Pekudei.
		if _, okA := hlocales.LookupTranslation(a, loc); okA {
			return tr(a) + "-" + tr(b)
		}
	}
	return en
}

// PortionWord returns the word family f's locale writes before a weekly
// portion's name, as "Parashat" is in English ("Parachah", "Глава",
// "Parsza"), or "" where the locale has none of its own.
func PortionWord(f hebrew.Family) string {
	loc := f.Locale()
	if loc == "" || loc == "en" {
		return ""
	}
	w, ok := hlocales.LookupTranslation("Parashat", loc)
	if !ok || w == "Parashat" {
		return ""
	}
	if f.IsHebrew() {
		return stripPoints(w)
	}
	return w
}

// stripPoints returns Hebrew text without its points.
func stripPoints(s string) string {
	return strings.Map(func(r rune) rune {
		if script.IsMark(r) {
			return -1
		}
		return r
	}, s)
}
