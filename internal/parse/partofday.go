package parse

import (
	"unicode/utf8"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// A part of the day said after a clock, as the languages without AM and
// PM write them: "9:30 in the evening", "a las 9 de la noche", "à 9h30
// du soir", Catalan's "a les 8 del vespre", "um 9 Uhr abends", "в 9:30
// вечера", "9:30 בערב", "в 7 часа вечерта", "u 7 sati uveče", "ob 7. uri
// zvečer". It says
// which half of the day a clock of 12 hours is in, as AM and PM do, and
// is read as the AMPM field, with its words as the field's Text: a
// layout, which would write them for every hour, refuses them (package
// dateline's refuseWords). Where it was left unread, Find took "March 5,
// 2024 at 9:30" of "... at 9:30 in the evening" for the morning, and
// "alle 9:30 di sera" for a Tuesday ("di") evening.
type partOfDay uint8

const (
	morning   partOfDay = iota + 1 // 1-11 am
	afternoon                      // noon to 7 pm
	evening                        // 4-11 pm
	night                          // 6-11 pm, midnight, 1-5 am
	small                          // the small hours, 1-6 am: de la madrugada
)

// partsOfDay are the phrases, in lower case, each with its part of the
// day.
var partsOfDay = [...]struct {
	phrase string
	part   partOfDay
}{
	{"in the morning", morning}, {"in the afternoon", afternoon}, {"in the evening", evening}, {"at night", night},
	{"de la mañana", morning}, {"de la manana", morning}, {"de la madrugada", small}, {"de la tarde", afternoon}, {"de la noche", night},
	{"du matin", morning}, {"de l'après-midi", afternoon}, {"de l'apres-midi", afternoon}, {"du soir", evening}, {"de la nuit", night},
	{"di mattina", morning}, {"del mattino", morning}, {"della mattina", morning}, {"del pomeriggio", afternoon},
	{"di sera", evening}, {"della sera", evening}, {"di notte", night}, {"della notte", night},
	{"da manhã", morning}, {"da manha", morning}, {"da madrugada", small}, {"da tarde", afternoon}, {"da noite", night},
	{"del matí", morning}, {"del mati", morning}, {"de la matinada", small}, {"de la tarda", afternoon}, {"del vespre", evening},
	{"de la nit", night},
	{"morgens", morning}, {"vormittags", morning}, {"nachmittags", afternoon}, {"abends", evening}, {"nachts", night},
	{"'s ochtends", morning}, {"'s morgens", morning}, {"'s middags", afternoon}, {"'s avonds", evening}, {"'s nachts", night},
	{"утра", morning}, {"дня", afternoon}, {"вечера", evening}, {"ночи", night},
	{"ранку", morning}, {"вечора", evening}, {"ночі", night},
	{"rano", morning}, {"po południu", afternoon}, {"wieczorem", evening}, {"w nocy", night},
	{"reggel", morning}, {"délután", afternoon}, {"este", evening}, {"éjjel", night},
	{"dimineața", morning}, {"dimineata", morning}, {"după-amiaza", afternoon}, {"seara", evening}, {"noaptea", night},
	{"ráno", morning}, {"odpoledne", afternoon}, {"popoludní", afternoon}, {"večer", evening}, {"v noci", night},
	{"сутринта", morning}, {"следобед", afternoon}, {"вечерта", evening}, {"през нощта", night},
	{"ujutro", morning}, {"ujutru", morning}, {"popodne", afternoon}, {"poslijepodne", afternoon}, {"uveče", evening},
	{"uvečer", evening}, {"navečer", evening}, {"noću", night},
	{"ујутро", morning}, {"ујутру", morning}, {"поподне", afternoon}, {"увече", evening}, {"ноћу", night},
	{"zjutraj", morning}, {"popoldne", afternoon}, {"zvečer", evening}, {"ponoči", night},
	{"på morgonen", morning}, {"på eftermiddagen", afternoon}, {"på kvällen", evening}, {"på natten", night},
	{"בבוקר", morning}, {"אחר הצהריים", afternoon}, {"אחה״צ", afternoon}, {"בערב", evening}, {"בלילה", night},
	{"אין דער פֿרי", morning}, {"נאָכמיטאָג", afternoon}, {"אין אָוונט", evening}, {"ביינאַכט", night},
}

// partsByLetter indexes partsOfDay by the first letter of a phrase, in
// lower case (a typographic apostrophe as '), so that a clock followed by
// a word looks at the phrases of its first letter alone.
var partsByLetter = func() map[rune][]uint8 {
	t := map[rune][]uint8{}
	for n, p := range partsOfDay {
		r, _ := utf8.DecodeRuneInString(p.phrase)
		t[r] = append(t[r], uint8(n))
	}
	return t
}()

// partsByASCII is partsByLetter for the ASCII letters, by index.
var partsByASCII = func() (t [128][]uint8) {
	for r, ns := range partsByLetter {
		if r < 0x80 {
			t[r] = ns
		}
	}
	return t
}()

// pm returns the half of the day, 0 for AM and 1 for PM, that part puts
// an hour of a 12-hour clock in, and whether the hour can be in it: "12
// de la noche" is midnight, "2 de la noche" 2 am, and "10 du matin" no
// evening's.
func (part partOfDay) pm(h int) (int, bool) {
	switch part {
	case morning:
		return 0, h >= 1 && h <= 11
	case afternoon:
		return 1, h == 12 || h >= 1 && h <= 7
	case evening:
		return 1, h >= 4 && h <= 11
	case night:
		if h >= 6 && h <= 11 {
			return 1, true
		}
		return 0, h == 12 || h >= 1 && h <= 5
	case small:
		return 0, h >= 1 && h <= 6
	}
	return 0, false
}

// partOfDayAt reads, after the spaces at s[i], a part of the day that
// puts hour h of a clock without AM or PM in its half: an AMPM field whose
// Text is the words as written. found reports a part of the day there, and
// ok one that h can be in ("3 du soir" is none).
func partOfDayAt(s string, i, h int) (f Field, found, ok bool) {
	k := skipSpace(s, i)
	if k == i || k >= len(s) || s[k] < 0x80 && !script.IsLatinLetter(rune(s[k])) && s[k] != '\'' {
		return Field{}, false, false
	}
	var parts []uint8
	if c := s[k]; c < 0x80 {
		parts = partsByASCII[c|0x20]
	} else {
		r, _ := utf8.DecodeRuneInString(s[k:])
		if script.IsApostrophe(r) {
			r = '\''
		}
		parts = partsByLetter[script.FoldCase(r)]
	}
	for _, n := range parts {
		p := &partsOfDay[n]
		e, ok := foldPrefix(s, k, p.phrase)
		if !ok || !wordEnds(s, e) {
			continue
		}
		v, ok := p.part.pm(h)
		f := Field{Value: v, Start: k, End: e}
		f.Kind, f.Text = layout.AMPM, s[k:e]
		return f, true, ok
	}
	return Field{}, false, false
}

// foldPrefix reports whether phrase, in lower case, starts s[k:] in any
// letter case and with any apostrophe, and where it ends there.
func foldPrefix(s string, k int, phrase string) (int, bool) {
	j := k
	for _, want := range phrase {
		if j >= len(s) {
			return k, false
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if script.IsApostrophe(r) {
			r = '\''
		}
		if script.FoldCase(r) != want && !(want == '״' && r == '"') {
			return k, false
		}
		j += n
	}
	return j, true
}

// partOfDay reads a part of the day after the clock whose hour is field
// hourAt, written with digits digits and lead its first byte, and after a
// word that says it is an hour (9 Uhr abends, 9 h du soir), as its AMPM
// field, making the hour one of 12. It reports whether it read one, and
// bad for a part of the day the hour is not in (3 du soir, 21:30 in the
// morning): the clock says nothing certain.
func (p *parser) partOfDay(hourAt, digits int, lead byte) (read, bad bool) {
	s := p.s
	k := p.last
	j := skipSpace(s, k)
	if j == k || j >= len(s) || s[j] < 0x80 && !script.IsLatinLetter(rune(s[j])) && s[j] != '\'' {
		return false, false // a part of the day is a word after a space
	}
	hour := &p.buf[hourAt]
	if c := s[j] | 0x20; (c == 'u' || c == 'h' || c == 's' || s[j] >= 0x80) && isHoursWord(s[j:latinWord(s, j)]) {
		k = latinWord(s, j) // Uhr, uur, hs
		if k < len(s) && s[k] == '.' {
			k++
		}
	}
	h := hour.Value
	if h > 12 {
		h -= 12 // 21:30 in the evening: a 24-hour clock, said twice
	}
	f, found, ok := partOfDayAt(s, k, h)
	switch {
	case !found:
		return false, false
	case !ok || hour.Value > 12 && f.Value != 1:
		return false, true
	}
	if hour.Value <= 12 {
		hour.Form = hourForm(true, digits, lead)
	}
	p.add(f)
	return true, false
}

// NightAM reports whether text, an AMPM field's, is a part of the day
// said of the night ("at night", "de la noche", "ночи") and the hour it
// puts in the morning, after midnight: "12:30 at night" on March 5 may be
// the night that begins the 5th or the one that ends it.
func NightAM(f *Field) bool {
	if f.Kind != layout.AMPM || f.Text == "" || f.Value != 0 {
		return false
	}
	for _, p := range partsOfDay {
		if e, ok := foldPrefix(f.Text, 0, p.phrase); ok && e == len(f.Text) {
			return p.part == night
		}
	}
	return false
}
