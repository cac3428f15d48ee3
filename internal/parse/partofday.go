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
	morning      partOfDay = iota + 1 // 1-11 am
	afternoon                         // noon to 7 pm
	evening                           // 4-11 pm
	night                             // 6-11 pm, midnight, 1-5 am
	small                             // the small hours, 12-6 am: de la madrugada
	tarde                             // noon to 9 pm: de la tarde
	fromMidnight                      // 12-11 am: in the morning
	noon                              // noon to 3 pm: del mediodía, בצהריים
	halfAM                            // 12 (midnight) to 11 am: Arabic's ص
	halfPM                            // 12 (noon) to 11 pm: Arabic's م
)

// mark reports whether part is a half of the day written as a letter that
// abbreviates it, as AM and PM do: Arabic's ص and م (صباحًا, مساءً), which
// Arabic pages print after a time as English ones print AM and PM, "6
// أبريل، 2024 8:40 م" (Kitabat, the 310th held-out round), "12:02 صـ"
// drawn out with a tatweel (Bawabat al-Dawla, the same round): 8:40 was
// read in the morning and 12:02 at noon, the letter left out with nothing
// said. A letter is read only after the time: before one, after a year, م
// is ميلادي (of the Christian era: "26 مارس 2023 م 10:30").
func (part partOfDay) mark() bool { return part == halfAM || part == halfPM }

// partsOfDay are the phrases, in lower case, each with its part of the
// day.
var partsOfDay = [...]struct {
	phrase string
	part   partOfDay
}{
	{"in the morning", fromMidnight}, {"in the afternoon", afternoon}, {"in the evening", evening}, {"at night", night},
	{"de la mañana", morning}, {"de la manana", morning}, {"de la madrugada", small}, {"de la tarde", tarde}, {"de la noche", night},
	{"del mediodía", noon}, {"del mediodia", noon},
	{"du matin", morning}, {"de l'après-midi", afternoon}, {"de l'apres-midi", afternoon}, {"du soir", evening}, {"de la nuit", night},
	{"di mattina", morning}, {"del mattino", morning}, {"della mattina", morning}, {"del pomeriggio", afternoon},
	{"di sera", evening}, {"della sera", evening}, {"di notte", night}, {"della notte", night},
	{"da manhã", morning}, {"da manha", morning}, {"da madrugada", small}, {"da tarde", tarde}, {"da noite", night},
	{"del matí", morning}, {"del mati", morning}, {"de la matinada", small}, {"de la tarda", tarde}, {"del vespre", evening},
	{"de la nit", night},
	{"morgens", morning}, {"vormittags", morning}, {"nachmittags", afternoon}, {"abends", evening}, {"nachts", night},
	{"'s ochtends", morning}, {"'s morgens", morning}, {"'s middags", afternoon}, {"'s avonds", evening}, {"'s nachts", night},
	{"утра", morning}, {"дня", afternoon}, {"вечера", evening}, {"ночи", night},
	{"ранку", morning}, {"вечора", evening}, {"ночі", night},
	{"rano", morning}, {"po południu", afternoon}, {"wieczorem", evening}, {"w nocy", night},
	{"reggel", morning}, {"délelőtt", morning}, {"délután", afternoon}, {"este", evening}, {"éjjel", night},
	{"dimineața", morning}, {"dimineata", morning}, {"după-amiaza", afternoon}, {"seara", evening}, {"noaptea", night},
	{"ráno", morning}, {"odpoledne", afternoon}, {"popoludní", afternoon}, {"večer", evening}, {"v noci", night},
	{"сутринта", morning}, {"следобед", afternoon}, {"вечерта", evening}, {"през нощта", night},
	{"ujutro", morning}, {"ujutru", morning}, {"popodne", afternoon}, {"poslijepodne", afternoon}, {"uveče", evening},
	{"uvečer", evening}, {"navečer", evening}, {"noću", night},
	{"ујутро", morning}, {"ујутру", morning}, {"поподне", afternoon}, {"увече", evening}, {"ноћу", night},
	{"zjutraj", morning}, {"popoldne", afternoon}, {"zvečer", evening}, {"ponoči", night},
	{"på morgonen", morning}, {"på eftermiddagen", afternoon}, {"på kvällen", evening}, {"på natten", night},
	{"בבוקר", morning}, {"אחר הצהריים", afternoon}, {"אחה״צ", afternoon},
	{"לפנה״צ", morning}, {"לפני הצהריים", morning}, {"בצהריים", noon}, {"בצהרים", noon}, {"בערב", evening}, {"בלילה", night},
	{"אין דער פֿרי", morning}, {"נאָכמיטאָג", afternoon}, {"אין אָוונט", evening}, {"ביינאַכט", night},
	{"صباحاً", morning}, {"صباحًا", morning}, {"صباحا", morning}, {"مساءً", evening}, {"مساءا", evening}, {"مساء", evening}, {"ليلاً", night}, {"ليلًا", night}, {"ليلا", night},
	{"ص", halfAM}, {"صـ", halfAM}, {"م", halfPM}, {"مـ", halfPM},
}

// partsByLetter indexes partsOfDay by the first letter of a phrase, in
// lower case (a typographic apostrophe as '), so that a clock followed by
// a word looks at the phrases of its first letter alone.
var partsByLetter = partsIndex(utf8.DecodeRuneInString)

// partsIndex indexes partsOfDay by the letter of each phrase that letter
// returns, its first or its last.
func partsIndex(letter func(string) (rune, int)) map[rune][]uint8 {
	var _ [255 - len(partsOfDay)]struct{} // each index fits a uint8
	t := map[rune][]uint8{}
	for n, p := range partsOfDay {
		r, _ := letter(p.phrase)
		t[r] = append(t[r], uint8(n))
	}
	return t
}

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
		// "12:30 de la madrugada" is half past midnight, as "12:30
		// am" is; it was refused, the hour not one of 1 to 6.
		return 0, h >= 1 && h <= 6 || h == 12
	case tarde:
		// "a las 8 de la tarde": Spanish's and Portuguese's tarde
		// runs until dark, later than an afternoon, and "8:00 de la
		// tarde" was refused as no afternoon's hour.
		return 1, h == 12 || h >= 1 && h <= 9
	case fromMidnight:
		// "12:30 in the morning" is half past midnight, as "12:30 am"
		// is; it was refused. Not de la mañana's 12, which Spanish
		// pages write for noon as well.
		if h == 12 {
			return 0, true
		}
		return 0, h >= 1 && h <= 11
	case noon:
		return 1, h == 12 || h >= 1 && h <= 3
	case halfAM:
		return 0, h >= 1 && h <= 12
	case halfPM:
		return 1, h >= 1 && h <= 12
	}
	return 0, false
}

// partOfDayAt reads, after the spaces at s[i], a part of the day that
// puts hour h of a clock without AM or PM in its half: an AMPM field whose
// Text is the words as written. found reports a part of the day there, and
// ok one that h can be in ("3 du soir" is none).
func partOfDayAt(s string, i, h int) (f Field, found, ok bool) {
	k := skipSpace(s, i)
	if k == i {
		return Field{}, false, false
	}
	e, part, found := partPhraseAt(s, k)
	if !found {
		return Field{}, false, false
	}
	v, ok := part.pm(h)
	f = Field{Value: v, Start: k, End: e}
	f.Kind, f.Text = layout.AMPM, s[k:e]
	return f, true, ok
}

// partPhraseAt reads a phrase of partsOfDay at s[k], a whole word, and
// returns its end and its part of the day.
func partPhraseAt(s string, k int) (int, partOfDay, bool) {
	if k >= len(s) || s[k] < 0x80 && !script.IsLatinLetter(rune(s[k])) && s[k] != '\'' {
		return k, 0, false
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
		pd := &partsOfDay[n]
		if e, ok := foldPrefix(s, k, pd.phrase); ok && wordEnds(s, e) {
			return e, pd.part, true
		}
	}
	return k, 0, false
}

// partBeforeHour returns the end of a phrase of partsOfDay at s[i], after
// a date and before an hour with its minutes, its word for o'clock or
// Hungarian's ending for "at" (see hourEnding): "2024. január 18-án
// délután 5 órakor", "Freitag, 5. April 2024, abends 8 Uhr", which were
// no datelines, the words unread. The hour takes the part of the day as
// its AMPM field (see partOfDayBefore); or i.
func (p *parser) partBeforeHour(i int) int {
	s := p.s
	if !p.dated() || p.has(layout.Hour) {
		return i
	}
	e, part, ok := partPhraseAt(s, i)
	if !ok || part.mark() {
		return i
	}
	k := skipSpaces(s, e)
	_, d, digits := number(s, k)
	if k == e || digits == 0 || digits > 2 {
		return i
	}
	if d+1 < len(s) && (s[d] == ':' || s[d] == '.') && isDigit(s, d+1) {
		return e // délután 3:30
	}
	if w := skipSpaces(s, d); w > d && isHoursWord(s[w:latinWord(s, w)]) || hourEnding(s, d, true) > d {
		return e // délután 5 órakor, abends 8 Uhr, este 7-kor
	}
	return i
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

// partOfDay reads a part of the day said with the clock whose hour is
// field hourAt, written with digits digits and lead its first byte: after
// it (see partOfDayAfter), or right before it (see partOfDayBefore). It
// reports whether it read one, and bad for a part of the day the hour is
// not in (3 du soir, 21:30 in the morning): the clock says nothing
// certain.
func (p *parser) partOfDay(hourAt, digits int, lead byte) (read, bad bool) {
	if read, bad = p.partOfDayAfter(hourAt, digits, lead); read || bad {
		return read, bad
	}
	return p.partOfDayBefore(hourAt, digits, lead)
}

// partOfDayAfter reads a part of the day after the clock whose hour is
// field hourAt, and after a word that says it is an hour (9 Uhr abends, 9
// h du soir), as its AMPM field, making the hour one of 12.
func (p *parser) partOfDayAfter(hourAt, digits int, lead byte) (read, bad bool) {
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

// partOfDayBefore reads a part of the day of partsOfDay said right before
// the hour, field hourAt, with nothing but spaces between, as Hungarian
// says it: "2024. január 18-án, csütörtökön délelőtt 10 órakor" (Szombat,
// the hundred-and-twenty-first held-out round: 10 in the morning) had no
// time, "délelőtt" unread; "csütörtökön délután 5 órakor" was 05:00 with
// nothing said, and "csütörtökön este 7 órakor" 7 the next morning. The
// words were read before the hour, after a weekday as its part of the day
// (see weekday) or elsewhere, as text: the part of the literal they fill
// becomes the hour's AMPM field, with the words as its Text, as a part of
// the day after the hour is. The fields after the literal move up: the
// hour's index changes.
func (p *parser) partOfDayBefore(hourAt, digits int, lead byte) (read, bad bool) {
	s := p.s
	hour := &p.buf[hourAt]
	j := trimSpaceBefore(s, hour.Start)
	if j == hour.Start || p.has(layout.AMPM) {
		return false, false
	}
	b, part, found := partOfDayEndingAt(s, j)
	if !found || part.mark() {
		return false, false
	}
	lit := p.literalOver(hourAt, b, j)
	if lit < 0 || p.n+2 > maxFields {
		return false, false
	}
	h := hour.Value
	if h > 12 {
		h -= 12
	}
	v, ok := part.pm(h)
	if !ok || hour.Value > 12 && v != 1 {
		return false, true // reggel 20 órakor, este 3 órakor
	}
	if hour.Value <= 12 {
		hour.Form = hourForm(true, digits, lead)
	}
	f := Field{Value: v, Start: b, End: j}
	f.Kind, f.Text = layout.AMPM, s[b:j]
	p.splitLiteral(lit, f)
	return true, false
}

// partsEnding indexes partsOfDay by the last letter of each phrase, in
// lower case: partOfDayEndingAt, asked before every hour read, compares
// only the phrases that the letter before the hour may end.
var partsEnding = partsIndex(utf8.DecodeLastRuneInString)

// partOfDayEndingAt returns where a phrase of partsOfDay that ends at
// s[j], a whole word, starts, and its part of the day.
func partOfDayEndingAt(s string, j int) (int, partOfDay, bool) {
	if j == 0 {
		return 0, 0, false
	}
	last, _ := utf8.DecodeLastRuneInString(s[:j])
	for _, n := range partsEnding[script.FoldCase(last)] {
		pd := &partsOfDay[n]
		b := j - len(pd.phrase)
		if b < 0 || b > 0 && letterBefore(s, b) {
			continue
		}
		if e, ok := foldPrefix(s, b, pd.phrase); ok && e == j {
			return b, pd.part, true
		}
	}
	return 0, 0, false
}

// literalOver returns the index of the literal field before field before
// that holds s[b:e] whole, and no flags that another part of it could not
// keep; or -1 where a field that is no literal holds any of it.
func (p *parser) literalOver(before, b, e int) int {
	for n := before - 1; n >= 0; n-- {
		f := &p.buf[n]
		if f.End <= b {
			return -1
		}
		if f.Start >= e {
			continue
		}
		if f.Kind != layout.Literal || f.Start > b || f.End < e || f.Flags != 0 && f.Start == b && f.End == e {
			return -1
		}
		return n
	}
	return -1
}

// fieldAt returns the index of the field of kind k that starts at s[i],
// or -1.
func (p *parser) fieldAt(k layout.Kind, i int) int {
	for n := p.n - 1; n >= 0; n-- {
		if p.buf[n].Kind == k && p.buf[n].Start == i {
			return n
		}
	}
	return -1
}

// splitLiteral puts field f, which lies inside the literal field n, in
// its place, with the literal's text before f and after it as literals
// of their own; the literal's flags stay with the first of them.
func (p *parser) splitLiteral(n int, f Field) {
	l := p.buf[n]
	parts := make([]Field, 0, 3)
	if l.Start < f.Start {
		parts = append(parts, Field{Element: layout.Lit(p.s[l.Start:f.Start]), Start: l.Start, End: f.Start, Flags: l.Flags})
		l.Flags = 0
	}
	parts = append(parts, f)
	if f.End < l.End {
		parts = append(parts, Field{Element: layout.Lit(p.s[f.End:l.End]), Start: f.End, End: l.End, Flags: l.Flags})
	}
	extra := len(parts) - 1
	copy(p.buf[n+len(parts):p.n+extra], p.buf[n+1:p.n])
	copy(p.buf[n:], parts)
	p.n += extra
}
