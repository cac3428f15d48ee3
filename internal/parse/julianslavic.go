package parse

import (
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// The Slavic languages say a date's calendar after it, as English's
// "according to the Julian calendar" and German's "nach julianischem
// Kalender" do: Bulgarian "на 2 септември 1911 г. по Юлианския календар"
// (24 Chasa, the eighty-fifth held-out round, read as Gregorian September
// 2, 1911 with nothing said: it is September 15), "6 юли 1837 г. стар
// стил" and the bracket "18 юли (6 юли стар стил) 1837 г."; Russian "по
// старому стилю", "старого стиля", "(ст. ст.)"; Ukrainian "за старим
// стилем"; Serbian "по старом календару", "po julijanskom kalendaru";
// Croatian "po julijanskom kalendaru"; and their Gregorian counterparts.
// None of them leads a date: "Новый год по старому стилю 14 января" is a
// festival's name before a Gregorian date.

// slavicMarkers are those markers, in lower case, a space for one or more
// in the text. A longer phrase is tried before one it starts with.
var slavicMarkers = [...]foreignMarker{
	// Russian
	{"по старому стилю", layout.Julian, false}, {"по новому стилю", layout.NewStyle, false},
	{"старого стиля", layout.Julian, false}, {"нового стиля", layout.NewStyle, false},
	{"по юлианскому календарю", layout.Julian, false}, {"по григорианскому календарю", layout.NewStyle, false},
	{"по ст. ст.", layout.Julian, false}, {"по ст.ст.", layout.Julian, false},
	{"ст. ст.", layout.Julian, false}, {"ст.ст.", layout.Julian, false},
	{"по н. ст.", layout.NewStyle, false}, {"н. ст.", layout.NewStyle, false}, {"н.ст.", layout.NewStyle, false},
	// Ukrainian
	{"за старим стилем", layout.Julian, false}, {"за новим стилем", layout.NewStyle, false},
	{"старого стилю", layout.Julian, false}, {"нового стилю", layout.NewStyle, false},
	{"за юліанським календарем", layout.Julian, false}, {"за григоріанським календарем", layout.NewStyle, false},
	// Bulgarian (and Macedonian's "по стар стил")
	{"по стар стил", layout.Julian, false}, {"по нов стил", layout.NewStyle, false},
	{"по стария стил", layout.Julian, false}, {"по новия стил", layout.NewStyle, false},
	{"стар стил", layout.Julian, false}, {"нов стил", layout.NewStyle, false},
	{"по юлианския календар", layout.Julian, false}, {"по григорианския календар", layout.NewStyle, false},
	// and without the noun, as a headline writes it: "Роден е на 2.09.1911
	// г. по Юлианския, не на 7.09. по Григорианския календар"
	{"по юлианския", layout.Julian, false}, {"по григорианския", layout.NewStyle, false},
	// Serbian in Cyrillic, Macedonian
	{"по старом календару", layout.Julian, false}, {"по новом календару", layout.NewStyle, false},
	{"по старом стилу", layout.Julian, false}, {"по новом стилу", layout.NewStyle, false},
	{"по јулијанском календару", layout.Julian, false}, {"по грегоријанском календару", layout.NewStyle, false},
	{"според јулијанскиот календар", layout.Julian, false}, {"според грегоријанскиот календар", layout.NewStyle, false},
	// Macedonian's definite "the old calendar", "the old style": "избувнала
	// на 25 октомври според стариот календар" (m.kajgana.com, the 274th
	// held-out round, read as the Gregorian October 25), and Bulgarian's
	{"според стариот календар", layout.Julian, false}, {"според новиот календар", layout.NewStyle, false},
	{"според стариот стил", layout.Julian, false}, {"според новиот стил", layout.NewStyle, false},
	{"по стариот календар", layout.Julian, false}, {"по новиот календар", layout.NewStyle, false},
	{"по стариот стил", layout.Julian, false}, {"по новиот стил", layout.NewStyle, false},
	{"по стария календар", layout.Julian, false}, {"по новия календар", layout.NewStyle, false},
	// Serbian, Croatian and Bosnian in Latin letters
	{"po starom kalendaru", layout.Julian, false}, {"po novom kalendaru", layout.NewStyle, false},
	{"po starom stilu", layout.Julian, false}, {"po novom stilu", layout.NewStyle, false},
	{"po julijanskom kalendaru", layout.Julian, false}, {"po gregorijanskom kalendaru", layout.NewStyle, false},
	// Polish, after the date: "4 marca 1700 st. st.", "starego stylu",
	// "według kalendarza juliańskiego" were refused, and Find read the
	// date as Gregorian with nothing said. Its "n. st." is German's too
	// (see foreignMarkers).
	{"według starego stylu", layout.Julian, false}, {"wg starego stylu", layout.Julian, false},
	{"starego stylu", layout.Julian, false}, {"st. st.", layout.Julian, false}, {"st.st.", layout.Julian, false},
	{"według kalendarza juliańskiego", layout.Julian, false}, {"wg kalendarza juliańskiego", layout.Julian, false},
	{"kalendarza juliańskiego", layout.Julian, false},
	{"według nowego stylu", layout.NewStyle, false}, {"wg nowego stylu", layout.NewStyle, false},
	{"nowego stylu", layout.NewStyle, false},
	{"według kalendarza gregoriańskiego", layout.NewStyle, false}, {"wg kalendarza gregoriańskiego", layout.NewStyle, false},
	{"kalendarza gregoriańskiego", layout.NewStyle, false},
	// Czech and Slovak: "Narozen 11. února 1731 (starého stylu)" was read
	// as the Gregorian February 11, eleven days off, with nothing said
	// (adversarial review 52). Their "st. st." is Polish's (above).
	{"podle starého stylu", layout.Julian, false}, {"starého stylu", layout.Julian, false},
	{"podle nového stylu", layout.NewStyle, false}, {"nového stylu", layout.NewStyle, false},
	{"podle juliánského kalendáře", layout.Julian, false}, {"juliánského kalendáře", layout.Julian, false},
	{"podle gregoriánského kalendáře", layout.NewStyle, false}, {"gregoriánského kalendáře", layout.NewStyle, false},
	{"podľa starého štýlu", layout.Julian, false}, {"starého štýlu", layout.Julian, false},
	{"podľa nového štýlu", layout.NewStyle, false}, {"nového štýlu", layout.NewStyle, false},
	{"podľa juliánskeho kalendára", layout.Julian, false}, {"juliánskeho kalendára", layout.Julian, false},
}

// slavicMarkerASCII holds the first letters of slavicMarkers that are
// ASCII: matchSlavicMarker's first test of an ASCII byte.
var slavicMarkerASCII = func() (t [128]bool) {
	for _, m := range slavicMarkers {
		if m.w[0] < 0x80 {
			t[m.w[0]] = true
		}
	}
	return t
}()

// slavicMarkerFirst holds the first letters of slavicMarkers: a word that
// starts with none of them is no marker, which is the one test most words
// take.
var slavicMarkerFirst = func() map[rune]bool {
	t := map[rune]bool{}
	for _, m := range slavicMarkers {
		r, _ := script.Decode(m.w, 0)
		t[r] = true
	}
	return t
}()

// slavicMarkerLead reports whether a word at s[i] may start one of
// slavicMarkers, in Cyrillic letters (markerLeads has the Latin ones).
func slavicMarkerLead(s string, i int) bool {
	if s[i] < 0xD0 || s[i] > 0xD3 {
		return false // not Cyrillic (U+0400-U+04FF)
	}
	r, _ := decode(s, i)
	return slavicMarkerFirst[script.FoldCase(r)]
}

// matchSlavicMarker reads one of slavicMarkers at s[i], and returns its
// end (i if there is none) and its calendar. An abbreviation before a
// number is a law's articles ("ст. ст. 159, 160"), and a style's name
// before a word in lower case is that word's ("стар стил мебели",
// furniture in the old style), not a date's.
func matchSlavicMarker(s string, i int) (int, layout.Calendar) {
	if i >= len(s) || s[i] < 0x80 && !slavicMarkerASCII[s[i]|0x20] {
		return i, 0 // the few Latin letters that start them
	}
	r, _ := decode(s, i)
	if !slavicMarkerFirst[script.FoldCase(r)] {
		return i, 0
	}
	for _, m := range slavicMarkers {
		e := matchSpacedFolded(s, i, m.w)
		if e == i {
			continue
		}
		k := skipSpace(s, e)
		switch {
		case abbrevBeforeNumber(s, m.w, e):
			return i, 0
		case slavicStyleName(m.w) && styleOfWord(s, k):
			return i, 0
		}
		return e, m.cal
	}
	return i, 0
}

// slavicStyleName reports whether a marker of slavicMarkers is a style's
// name without a preposition, a phrase of common use too.
func slavicStyleName(w string) bool {
	switch w {
	case "стар стил", "нов стил", "старого стиля", "нового стиля", "старого стилю", "нового стилю", "starego stylu", "nowego stylu",
		"starého stylu", "nového stylu", "starého štýlu", "nového štýlu":
		return true
	}
	return false
}

// hebrewMarkers say in Hebrew that a date before them is Julian: "ב-10
// באפריל 1870 לפי הלוח היוליאני" (a Tapuz forum reply on Lenin's
// birthday, the 210th held-out round, says so of its year-less day,
// which was read as the Gregorian April 10). Only the Julian calendar's
// name: לוח is a timetable too, and "לפי הלוח הישן" (by the old
// timetable) or "החדש" after a date need not be a calendar's; and the
// Gregorian calendar's Hebrew name links a Hebrew date to its civil day
// (see gregorianNamed), which a marker would take from the link.
var hebrewMarkers = [...]string{"לפי הלוח היוליאני", "על פי הלוח היוליאני", "על-פי הלוח היוליאני", "בלוח היוליאני"}

// matchHebrewMarker reads one of hebrewMarkers at s[i], and returns its
// end, or i.
func matchHebrewMarker(s string, i int) int {
	if i+1 >= len(s) || s[i] != 0xD7 {
		return i
	}
	for _, m := range hebrewMarkers {
		if e := matchSpacedFolded(s, i, m); e > i {
			return e
		}
	}
	return i
}
