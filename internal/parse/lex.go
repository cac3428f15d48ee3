package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/gematria"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// The lexer: functions that read one token at s[i] by index arithmetic and
// return where it ends. None allocates.

func decode(s string, i int) (rune, int) { return script.Decode(s, i) }

func isWordRune(r rune) bool { return script.IsWordRune(r) }

func isDigit(s string, i int) bool { return i < len(s) && script.IsDigit(s[i]) }

// skipSpace returns the index of the first rune at or after i that is not
// a space.
func skipSpace(s string, i int) int {
	if i >= len(s) || s[i]-'!' < 0x80-'!' {
		return i // most often: no space at all (ASCII past the space), told inline
	}
	return skipSpaces(s, i)
}

// pastComma returns the index past the comma at s[i], or past two commas
// in a row, a comma doubled by a slip of the keys, as a date line may
// print before its year: "א, אדר ב,, תש"ג" (1 Adar II 5703, Yiddish
// Wikisource, the 130th held-out round) was 1 Adar II of the year nearest
// the reference, its year left behind the second comma. It returns i
// where s[i] is no comma.
func pastComma(s string, i int) int {
	if i >= len(s) || s[i] != ',' {
		return i
	}
	if i+1 < len(s) && s[i+1] == ',' {
		return i + 2
	}
	return i + 1
}

// skipSpaces is skipSpace past its first byte's test.
func skipSpaces(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c == ' ' || c == 0xA0 || c >= '\t' && c <= '\r' {
			// 0xA0 where a rune starts is no UTF-8: the no-break
			// space of a page in Latin-1 or Windows-1252 read as UTF-8.
			i++
			continue
		}
		if c < 0x80 || c == 0xD7 || c == 0xD6 {
			break // any other ASCII byte, or a Hebrew letter or mark, without decoding it
		}
		r, n := decode(s, i)
		if !script.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// letterEnd returns the end of the run of ASCII letters at s[i:].
func letterEnd(s string, i int) int {
	for i < len(s) && script.Class[s[i]]&script.ClassLetter != 0 {
		i++
	}
	return i
}

// number reads up to 9 digits at s[i]; it returns the value, the end and
// the count of digits (0 if there is no digit, 10 for a longer run).
func number(s string, i int) (v, end, digits int) {
	j := i
	for j < len(s) && script.IsDigit(s[j]) {
		if j-i < 9 {
			v = v*10 + int(s[j]-'0')
		}
		j++
	}
	if j-i > 9 {
		return 0, j, 10
	}
	return v, j, j - i
}

// ordinal reads an English ordinal suffix (st, nd, rd, th, in any case)
// right after a number; it returns the end and the suffix's case.
func ordinal(s string, i int) (int, layout.Case, bool) {
	if i+2 > len(s) {
		return i, 0, false
	}
	a, b := s[i]|0x20, s[i+1]|0x20
	switch {
	case a == 's' && b == 't', a == 'n' && b == 'd', a == 'r' && b == 'd', a == 't' && b == 'h':
		// an ordinal suffix: read on
	default:
		return i, 0, false
	}
	if !wordEnds(s, i+2) {
		return i, 0, false
	}
	c := layout.AsIs
	if s[i] <= 'Z' && s[i+1] <= 'Z' {
		c = layout.Upper
	}
	return i + 2, c, true
}

// ownSuffix reports whether the English ordinal suffix at s[e:e+2], which
// ordinal read, is day n's own: 2nd, not 2th.
func ownSuffix(s string, e, n int) bool {
	suffix := layout.OrdinalSuffix(n)
	return s[e]|0x20 == suffix[0] && s[e+1]|0x20 == suffix[1]
}

// readNumeral reads the Hebrew numeral at s[i] as hebrew.ReadNumeral
// reads it, without building an error for a word that is not one (most
// Hebrew words of a page): its value, its length, and whether there is one.
func readNumeral(s string, i int) (v, n int, ok bool) {
	v, end, fail := gematria.Read(s, i)
	if fail.Kind == gematria.Order && lastAfterGershayim(s, fail.At) && numeralGluedToMonth(s, i, fail.At) {
		// ה׳תשע״בספטמבר: the numeral ends at the month glued to it.
		v, end, fail = gematria.Read(s[:fail.At], i)
	}
	return v, end - i, fail.Kind == gematria.None
}

// lastAfterGershayim reports whether s[:l] ends with a Hebrew letter after
// a gershayim (״ב), the way a numeral ends.
func lastAfterGershayim(s string, l int) bool {
	if l < 3 || s[l-2] != 0xD7 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:l-2])
	return script.IsGershayim(r)
}

// wordEnds reports whether no word rune follows s[:i].
func wordEnds(s string, i int) bool { return script.WordEnds(s, i) }

// persianJoined reports whether s[j] is a zero-width non-joiner between
// two Arabic letters: Persian writes one inside a word, where a letter
// that would join the next is not to (سه‌شنبه, پنج‌شنبه), and the word
// goes on after it. "سه‌شنبه 3 ژانویه 2006" was read from its day,
// without its weekday: the word ended at the non-joiner, and Find reads
// no word glued to one (see gluedByInvisible).
func persianJoined(s string, j int) bool {
	if !strings.HasPrefix(s[j:], "\u200c") {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:j])
	after, _ := utf8.DecodeRuneInString(s[j+len("\u200c"):])
	return script.IsArabicLetter(before) && script.IsArabicLetter(after)
}

// asciiLettersBefore returns where the run of ASCII letters that ends
// s[:i] starts, or i.
func asciiLettersBefore(s string, i int) int {
	for i > 0 && script.Class[s[i-1]]&script.ClassLetter != 0 {
		i--
	}
	return i
}

// latinWord returns the end of the word at s[i] in a script other than
// Hebrew: ASCII letters and the other letters of script.IsOtherLetter
// (décembre, сентября), with an apostrophe inside (Rivi'i, Motza'ei) when
// a letter follows it, and the zero-width non-joiner that Persian writes
// inside a word between two Arabic letters (سه‌شنبه, Tuesday; see
// persianJoined). It returns i if s[i] is not a letter.
func latinWord(s string, i int) int {
	j := letterEnd(s, i) // the ASCII letters, as most words are, by table
	for j < len(s) {
		c := s[j]
		if c < 0x80 && c != '\'' && c != '`' {
			break
		}
		r, n := decode(s, j)
		if script.IsOtherLetter(r) || j > i && script.IsApostrophe(r) && isWordStart(s, j+n) || j > i && persianJoined(s, j) {
			if j == i+1 && s[i]|0x20 == 'd' && catalanDe(s, j) > j {
				return j + n // d'abril: see catalanDe
			}
			j = letterEnd(s, j+n)
			continue
		}
		break
	}
	if j > i && !wordEnds(s, j) {
		if gluedMonthDay(s, i, j) {
			return j // December17: see gluedMonthDay
		}
		return i // glued to digits or other letters: not a word we know
	}
	// What follows the word is looked at once: most words end before a
	// space and a letter, or the end, and go no further than this switch
	// (three tests of the byte after each word were 2% of Find's
	// instructions on bench's article.txt).
	if j+1 >= len(s) {
		return j
	}
	switch s[j] {
	case '-':
		if j > i && isWordStart(s, j+1) {
			// A name of two words joined by a hyphen: segunda-feira.
			if k := latinWord(s, j+1); k > j+1 {
				if w, ok := lookupLatin(s, i, k); ok && (w.kind == wWeekday || w.kind == wDayWord) {
					return k // and twenty-second
				}
			}
		}
	case ' ':
		if j-i == len("twenty") && (s[i]|0x20 == 't') {
			if k := spacedDayWord(s, i, j); k > j {
				return k
			}
		}
		if j-i == len("كانون") && (s[i] == 0xD8 || s[i] == 0xD9) {
			if k := levantineTwoWords(s, i, j); k > j {
				return k // كانون الثاني
			}
		}
		if s[j+1] != '-' {
			return j
		}
	default:
		return j
	}
	// A hyphen, or a space and a hyphen, after the word.
	if k := spacedHyphenWeekday(s, i, j); k > j {
		return k
	}
	return j
}

// spacedDayWord returns the end of an English ordinal day of two words
// written with a space for the hyphen, "twenty second", "thirty first",
// whose first word s[i:j] is twenty or thirty; or j. The two words are
// read as "twenty-second" is (see dayWord): "the twenty second of March
// 2024" was read from its last word, as March 2, and "Friday, the twenty
// second of March 2024" as Saturday, March 2 (found trying the command
// as an adversary). Only a unit's ordinal after the tens joins them:
// "twenty seconds", "thirty days" stay two words.
func spacedDayWord(s string, i, j int) int {
	k := letterEnd(s, j+1)
	if k == j+1 || k-i > 16 || k < len(s) && !wordEnds(s, k) {
		return j
	}
	var buf [16]byte // twenty-seventh, folded without allocating
	b := append(buf[:0], s[i:k]...)
	for n, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[n] = c + 'a' - 'A'
		}
	}
	b[j-i] = '-'
	if !dayWordLeads[string(b[:j-i])] {
		return j
	}
	if w, ok := latinWords[string(b)]; ok && w.kind == wDayWord {
		return k
	}
	return j
}

// levantineTwoWords returns the end of a Levantine Arabic month's name
// of two words whose first, s[i:j], is كانون or تشرين, and whose second
// is its ordinal: كانون الثاني (January), تشرين الأول (October), تشرين
// الثاني (November), كانون الأول (December); or j. The first word alone
// names no month, and stays no word of the tables.
func levantineTwoWords(s string, i, j int) int {
	if w := s[i:j]; w != "كانون" && w != "تشرين" {
		return j
	}
	k := latinWord(s, j+1)
	if k == j+1 {
		return j
	}
	if w, ok := lookupLatin(s, i, k); ok && w.kind == wMonth {
		return k
	}
	return j
}

// spacedHyphenWeekday returns the end of a weekday's name of two words
// whose hyphen a page set off with spaces, "segunda - feira, 1 de
// outubro" (a Sucot page of the 223rd held-out round, which was no
// date), "terça -feira", "sexta- feira": one space at most on either side
// of an ASCII hyphen, and only where the two words joined by the bare
// hyphen are a weekday's name, so no other words joined by a dash are
// read as one; or j.
func spacedHyphenWeekday(s string, i, j int) int {
	h := j
	if h < len(s) && s[h] == ' ' {
		h++
	}
	if h >= len(s) || s[h] != '-' {
		return j
	}
	a := h + 1
	if a < len(s) && s[a] == ' ' {
		a++
	}
	if a == j+1 || !isWordStart(s, a) {
		return j // no space at all: the hyphen's own join above
	}
	k := latinWord(s, a)
	if k == a {
		return j
	}
	if w, ok := lookupLatin(s, i, k); ok && w.kind == wWeekday {
		return k
	}
	return j
}

// gluedMonthDay reports whether the word s[i:j] is an English month's
// full name, capitalized, glued to the day of the month that follows it
// in digits, as a schedule printed "Friday, December17" with its space
// lost: the name is a word of its own there. Only a full name of four
// letters or more (not May, Mar, Dec: "Dec17" is a code as often as a
// day), only before a day from 1 to 31 that ends the word (December17,
// December17th), and never a Hebrew month's name (Adar1, Adar 1, is
// Adar I), which a day glued on would misread. Words glued to digits are
// rare in prose, so the lookup costs the scan nothing measurable.
func gluedMonthDay(s string, i, j int) bool {
	if j-i < 4 || s[i] < 'A' || s[i] > 'Z' || !isDigit(s, j) {
		return false
	}
	if d, ok := dayField(s, j); !ok || d.Value > 31 {
		return false
	}
	w, ok := lookupLatin(s, i, j)
	return ok && w.kind == wMonth && w.form == layout.Long && w.lang == layout.English && !w.variant && !w.weak && !w.bare
}

// catalanDe returns the end of Catalan's elided "de" (of) whose d ends
// at s[j], its apostrophe (' or ’), before a month of Catalan's: "22
// d'abril de 2024", "7 d’octubre", where the month, which the apostrophe
// glues to it, is a word of its own, as "de gener" writes it; or before
// a Hebrew month's name, which Catalan elides the same way ("PURIM 14
// d’Adar II de 5772", a school blog of the hundred-and-fourteenth
// held-out round, was no date; "9 d'Av", "15 d'Elul"); or j. Only before
// such a month: French's and Italian's d'autres, d'Israele are one word,
// as they were.
func catalanDe(s string, j int) int {
	if j >= len(s) {
		return j
	}
	r, n := decode(s, j)
	if !script.IsApostrophe(r) || !isWordStart(s, j+n) {
		return j
	}
	k := j + n
	e := letterEnd(s, k)
	if e == k {
		return j
	}
	if w, ok := lookupLatin(s, k, e); ok && w.kind == wMonth && w.langs&(1<<layout.Catalan) != 0 {
		return k
	}
	if _, ok := hebrew.MatchMonth(s[k:]); ok {
		return k
	}
	return j
}

// hebrewWord returns the end of the Hebrew word at s[i]: letters and points,
// with a geresh or gershayim inside (מוצ״ש) when a letter follows it.
func hebrewWord(s string, i int) int {
	j := i
	for j < len(s) {
		if s[j] == 0xD7 && j+1 < len(s) && s[j+1] >= 0x90 && s[j+1] <= 0xAA {
			j += 2 // a letter, as most runes of the word are
			continue
		}
		r, n := decode(s, j)
		if script.IsHebrewLetter(r) || script.IsMark(r) || r >= 0x05F0 && r <= 0x05F2 && j > i {
			j += n // and the Yiddish ligatures װ ױ ײ inside a word: פֿרײַטיק
			continue
		}
		if j > i && (script.IsGershayim(r) || script.IsGeresh(r)) {
			if r2, n2 := decode(s, j+n); script.IsHebrewLetter(r2) {
				if script.IsGershayim(r) && numeralGluedToMonth(s, i, j+n+n2) {
					return j + n + n2
				}
				j += n
				continue
			}
		}
		break
	}
	return j
}

// numeralGluedToMonth reports whether the Hebrew word at s[i:] is a
// numeral that ends at l, after its gershayim and last letter, with a
// Gregorian month's name in Hebrew script glued to it: "א׳ באלול
// ה׳תשע״בספטמבר 11, 2023", a byline's Hebrew date and civil date in two
// inline elements (<span>ה׳תשע״ב</span><span>ספטמבר 11, 2023</span>)
// flattened to text, as gluedYear in package hebrew reads "אדר ב׳תשפ״ד".
// Read as one word, the year was no numeral and the month no month, so
// Check stopped at the year and Find read the Hebrew day alone, in the
// year of the reference. hebrewWord ends the word there, readNumeral the
// numeral, and hebrewYearField takes the year with the month after it.
func numeralGluedToMonth(s string, i, l int) bool {
	if l >= len(s) || s[l] != 0xD7 {
		return false
	}
	if _, end, fail := gematria.Read(s[:l], i); fail.Kind != gematria.None || end != l {
		return false
	}
	w, ok := lookupHebrew(s, l, hebrewWord(s, l))
	return ok && w.kind == wMonth && w.form == layout.Script
}

// lookupLatin returns what the tables know of the word s[i:j] (see
// latinWord), read in lower case. An abbreviation that CLDR writes with
// its dot (janv.) is a bare variant without it, if it keeps its
// diacritics (Déc, not Marc for márc.).
func lookupLatin(s string, i, j int) (word, bool) {
	if j-i > 48 {
		return word{}, false
	}
	if t := startsReady.Load(); t != nil && letterEnd(s, i) >= j {
		// Most words are ASCII letters, which the start table holds
		// with what latinWords knows of them: one hash, taken as the
		// letters are folded.
		if sl := t.slot(s, i, j); sl != nil && sl.known {
			return dotted(sl.w, s, j)
		}
		return word{}, false
	}
	var buf [48]byte
	// The ASCII letters first, as most words are all ASCII: folded by
	// index, without append's checks.
	n := 0
	for k := i; k < j && s[k] < 0x80 && s[k] != ' '; k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	b := buf[:n]
	ascii := n > 0 // an ASCII byte in the word, which a Cyrillic one may mix in
	for k := i + n; k < j; k++ {
		c := s[k]
		if c < 0x80 {
			ascii = true
		}
		if c == ' ' && k > i && k+1 < j && (s[k-1] == '-' || s[k+1] == '-') {
			continue // "segunda - feira": see spacedHyphenWeekday
		}
		if c == ' ' && dayWordLeads[string(b)] {
			b = append(b, '-') // "twenty second": see spacedDayWord
			continue
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		} else if c >= 0x80 {
			r, n := decode(s, k)
			k += n - 1
			if script.IsApostrophe(r) {
				// A typographic apostrophe: fold it to ASCII.
				b = append(b, '\'')
			} else if last, n := utf8.DecodeLastRune(b); n > 0 && script.Compose(last, r) != 0 {
				// A letter and its combining mark, as decomposed text
				// (NFD: macOS, some PDF and CMS text) writes "á": the
				// letter they make. "2024. ma\u0301rcius 2." was no date,
				// where a name after its day was read as misaccented.
				b = utf8.AppendRune(b[:len(b)-n], script.Compose(last, r))
			} else {
				b = utf8.AppendRune(b, script.FoldCase(r))
			}
			continue
		}
		b = append(b, c)
	}
	w, ok := latinWords[string(b)]
	if !ok {
		// A Cyrillic word with a Latin lookalike in it: see unmixCyrillic.
		if !ascii {
			if u, old := modernCyrillic(b); old {
				// вторникъ, мѣс.: see modernCyrillic.
				if w, ok = latinWords[u]; ok {
					w.variant = true
					return dotted(w, s, j)
				}
			}
			return word{}, false // most words of other scripts the tables lack
		}
		u, mixed := unmixCyrillic(b)
		if !mixed {
			return word{}, false
		}
		if w, ok = latinWords[u]; !ok {
			return word{}, false
		}
	}
	return dotted(w, s, j)
}

// dotted returns w, the tables' word that ends at s[j], as lookupLatin
// reads it there: an abbreviation that CLDR writes with its dot, without
// it, is a bare variant if it keeps its diacritics, and no word if not.
func dotted(w word, s string, j int) (word, bool) {
	if w.dot && (j >= len(s) || s[j] != '.') {
		if w.variant {
			// Neither its dot nor its diacritics (marc of márc.): too
			// far from what CLDR writes.
			return word{}, false
		}
		// Without its dot (08 Déc 2014, 13 Ago, 2014): a variant, bare
		// as a truncation is (see addTruncations).
		w.dot, w.weak, w.variant, w.bare = false, true, true, w.kind == wMonth
	}
	return w, true
}

// lookupHebrew returns what the tables know of the Hebrew word s[i:j],
// reading it without points.
func lookupHebrew(s string, i, j int) (word, bool) {
	if j-i > 48 {
		return word{}, false
	}
	if script.BareHebrew(s[i:j]) {
		// Letters only, as most words are: the key is the text, which
		// the start table holds with what the map knows of it.
		if t := startsReady.Load(); t != nil && j-i >= 4 {
			if sl := t.hebrewSlot(s[i:j]); sl != nil && sl.roles&roleWord != 0 {
				return sl.w, true
			}
			return word{}, false
		}
		w, ok := hebrewWords[s[i:j]]
		return w, ok
	}
	var buf [48]byte
	b := buf[:0]
	for k := i; k < j; {
		r, n := decode(s, k)
		switch {
		case script.IsMark(r):
			// a point or a mark: dropped
		case script.IsGershayim(r):
			b = append(b, "״"...)
		case r >= 0x05F0 && r <= 0x05F2:
			b = append(b, yiddishLigatures[r-0x05F0]...) // מיטװאָך is מיטוואך
		default:
			b = append(b, s[k:k+n]...)
		}
		k += n
	}
	w, ok := hebrewWords[string(b)]
	return w, ok
}

// caseOf returns the letter case of the Latin text s[i:j]: Upper if it has
// two or more letters and all are capitals, Lower if all are small, AsIs
// otherwise.
func caseOf(s string, i, j int) layout.Case {
	upper, lower, letters := 0, 0, 0
	for k := i; k < j; k++ {
		switch c := s[k]; {
		case c >= 'A' && c <= 'Z':
			upper++
			letters++
		case c >= 'a' && c <= 'z':
			lower++
			letters++
		}
	}
	switch {
	case upper == letters && letters >= 2:
		return layout.Upper
	case lower == letters && letters > 0:
		return layout.Lower
	}
	return layout.AsIs
}

// punctOf returns how the Hebrew text s[i:j] punctuates its numerals.
func punctOf(s string, i, j int) layout.Punct {
	for k := i; k < j; {
		r, n := decode(s, k)
		switch {
		case r == script.Geresh || r == script.Gershayim:
			return layout.Gershayim
		case script.IsGeresh(r) || script.IsGershayim(r):
			return layout.ASCII
		}
		k += n
	}
	return layout.Bare
}
