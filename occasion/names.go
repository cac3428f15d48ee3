package occasion

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/script"
	"github.com/dualdate/dualdate/internal/words"
)

// Find returns the occasion of Hebrew year year in schedule s whose name,
// in any of hebcal's locales, is name ("Purim", "Shabbat Zachor", "פורים",
// "Rosh Hashana"), compared as [Key] compares, and true; or false if the
// year has none. An occasion of several days (Sukkot III, Chanukah: 3
// Candles) is named day by day, and the first day of an occasion named
// for all of them (Rosh Chodesh, Rosh Hashana) is returned. A festival named as a whole
// ("Pesach", "Chanukah", "סוכות") gives its first day that is not an eve
// (Pesach I; Chanukah: 2 Candles, 25 Kislev), and the common spellings
// people write for hebcal's names ("Passover", "Hanukkah", "Rosh
// Hashanah", "Shemini Atzeret", "Tu B'Shvat") are read as them (see
// [Occasion.Is]). A weekly portion that the year reads only with the
// next, as one double portion, gives that pair, whose Shabbat reads it:
// "Nitzavim" of 5783 is Nitzavim-Vayeilech, on 23 Elul, where it was not
// found ("no Shabbat of 5783 reads Nitzavim"). A year that reads the
// portion alone too (5783's Vayeilech of 6 Tishrei) gives that Shabbat.
func Find(name string, year int, s Schedule) (Occasion, bool) {
	key := Key(name)
	if key == "" {
		return Occasion{}, false
	}
	y := yearOf(year, s)
	if y == nil {
		return Occasion{}, false
	}
	canon := canonicalKey(key)
	for _, o := range y.occasions {
		for _, n := range o.names {
			if k := Key(n); k == key || k == canon {
				return o, true
			}
		}
	}
	for _, o := range y.portions {
		for _, n := range o.names {
			if o.Kind != 0 && Key(n) == key {
				return o, true
			}
		}
	}
	for _, o := range y.portions {
		if o.halfKey(key) {
			return o, true
		}
	}
	for _, o := range y.occasions {
		if o.festival != "" && o.Kind != Erev && o.isKey(key, canon) {
			return o, true
		}
	}
	return Occasion{}, false
}

// FindPortions returns the Shabbatot of Hebrew year year in schedule s
// that read the weekly portion name, alone or as half of a double
// portion, in the order of their days; none for a name that is no
// portion's. A year reads one portion on two Shabbatot where the year
// before read Nitzavim and Vayeilech apart: 5783 reads Vayeilech alone on
// 6 Tishrei (October 1, 2022) and in Nitzavim-Vayeilech on 23 Elul
// (September 9, 2023), where [Find] gives only the first, which read
// "Parashat Vayeilech 5783" as October 1, 2022 with nothing said.
func FindPortions(name string, year int, s Schedule) []Occasion {
	key := Key(name)
	if key == "" {
		return nil
	}
	y := yearOf(year, s)
	if y == nil {
		return nil
	}
	var found []Occasion
	for _, o := range y.portions {
		if o.Kind == 0 {
			continue
		}
		if o.halfKey(key) || slices.ContainsFunc(o.names[:], func(n string) bool { return Key(n) == key }) {
			found = append(found, o)
		}
	}
	return found
}

// Key folds an occasion's name for comparison: letter case,
// points, diacritics, the apostrophes and dashes sites write in many
// ways, and runs of spaces are ignored, and the year hebcal writes after
// Rosh Hashana is dropped. A name in one of hebcal's other locales
// ("Pourim", "Рош-А-Шана") folds to its English name's key. It returns ""
// for a name with no letters.
func Key(name string) string { return occasionKey(name) }

// occasionKey is Key with the locales' names as far as they are known:
// the names' builder (TestNamesTable) fills them as it goes.
func occasionKey(name string) string {
	k := foldKey(name)
	if k == "" {
		return ""
	}
	if c, ok := englishKey(k); ok {
		return c
	}
	// "Rosh Hashana 5784", "ראש השנה תשפד", "Рош-А-Шана 5785": the year is
	// not the name (but "Rosh Hashana LaBehemot" is a name).
	if j := strings.LastIndexByte(k, ' '); j > 0 && isYear(k[j+1:]) {
		if c, _ := englishKey(k[:j]); c == "rosh hashana" || c == "ראש השנה" {
			return c
		}
	}
	return k
}

// englishKey returns the key of the English name of the occasion whose
// name in another locale folds to k, and true; or k and false.
func englishKey(k string) (string, bool) {
	if en, ok := localeKeys[k]; ok && en != "" {
		return en, true
	}
	return k, k == "rosh hashana" || k == "ראש השנה"
}

// foldKey folds a name as Key does, without the locales and the
// year. What it leaves out (script.IsNameMark), what separates words
// (script.IsNameSpace) and how a letter folds (script.Fold) are what
// package parse folds a name in text by (parse's
// TestFoldOccasionIsKey), and the article joined to its word by a
// dash (Rosh Ha-Shana) both drop.
func foldKey(name string) string {
	b := make([]byte, 0, len(name))
	letters := false
	for i := 0; i < len(name); {
		r, n := script.Decode(name, i)
		switch {
		case script.IsNameMark(r):
			// points, marks and quotes: dropped
		case script.IsDash(r) && words.JoinsNext(b[bytes.LastIndexByte(b, ' ')+1:]):
			// Rosh Ha-Shana: the article joined to its word, as Rosh
			// Hashana writes it.
		case script.IsNameSpace(r):
			if len(b) > 0 && b[len(b)-1] != ' ' {
				b = append(b, ' ')
			}
		default:
			letters = letters || script.IsLatinLetter(r) || script.IsHebrewLetter(r) || script.IsOtherLetter(r)
			if f := script.Fold(r); f != 0 {
				b = utf8.AppendRune(b, f)
			}
		}
		i += n
	}
	for len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	if !letters {
		return ""
	}
	return string(b)
}

// isYear reports whether s is a year in digits or in Hebrew letters.
func isYear(s string) bool {
	digits := true
	for i := 0; i < len(s); i++ {
		digits = digits && s[i] >= '0' && s[i] <= '9'
	}
	if digits {
		return true
	}
	_, err := hebrew.ParseNumeral(s)
	return err == nil
}

// A Name is one name of an occasion: as hebcal writes it in the locale of
// Family, and the kind of occasion it names.
type Name struct {
	Text   string
	Family hebrew.Family // Hebcal (hebcal's "en"), Ashkenazi, Hebrew, Niqqud, or another locale's
	Kind   Kind
}

// Names returns every name hebcal gives an occasion in years 5780 to 5800
// of both schedules, in each of its locales, once: the names a reader of
// datelines should know. Rosh Hashana is named without its year. After
// them come the names of the festivals of several days, in each locale
// ("Pesach", "Chanukah", "Sukkos", "פסח"), of the Kind of their first day,
// and the common spellings of hebcal's names ("Passover", "Hanukkah",
// "Shemini Atzeret"), of the Kind of what they name: [Find] and
// [Occasion.Is] know them all.
//
// Each call returns a new slice, the caller's to keep or modify, with the
// names in the same order every time: an index into it (as
// parse.OccasionsIn returns) names the same name for the life of the
// program.
func Names() []Name { return slices.Clone(builtNames) }

// The names Names returns (builtNames), and localeKeys, which maps the key
// of an occasion's name in a locale beyond English, Ashkenazi and Hebrew
// to its English name's key ("" for a name two occasions share), are in
// names_table.go, which TestNamesTable writes from hebcal's occasions of
// years 5780 to 5800 and the common spellings (go test ./occasion -run
// TestNamesTable -args -update), and fails on when they change. Listing them at run
// time cost a program a hundred million instructions (15 ms) before it
// read its first dateline. localeKeys is a variable of its own as the
// names' builder (TestNamesTable) sets it while it folds the keys of
// later names with those of earlier ones.
var localeKeys = builtLocaleKeys

// trimYear drops the year hebcal writes after Rosh Hashana.
func trimYear(n string) string {
	for i := len(n) - 1; i > 0; i-- {
		if n[i] == ' ' {
			return n[:i]
		}
	}
	return n
}
