// Package script classifies the runes that datelines are written in: Hebrew
// letters, niqqud and cantillation marks, the geresh and gershayim with their
// ASCII and typographic stand-ins, apostrophes, dashes and spaces, and the
// accented Latin and Cyrillic letters of the other languages read, with the
// folding that reads a name however it is cased and accented (Fold).
//
// Every function works on a rune or decodes one rune from a string at an
// index; none allocates.
package script

import (
	"strings"
	"unicode/utf8"
)

// Punctuation the Hebrew numerals and abbreviations use.
const (
	Geresh    = '\u05F3' // ׳
	Gershayim = '\u05F4' // ״
)

// IsHebrewLetter reports whether r is one of the 27 Hebrew letters (the 22
// letters and the five final forms).
func IsHebrewLetter(r rune) bool { return r >= 'א' && r <= 'ת' }

// IsMark reports whether r is a Hebrew point or cantillation mark (niqqud,
// dagesh, shin and sin dots, meteg, rafe, the te'amim): marks that sit on a
// letter and never change which word it is.
func IsMark(r rune) bool {
	switch {
	case r >= 0x0591 && r <= 0x05BD, r == 0x05BF, r == 0x05C1, r == 0x05C2, r == 0x05C4, r == 0x05C5, r == 0x05C7:
		return true
	}
	return false
}

// IsGeresh reports whether r is a geresh or one of the marks written for it:
// the ASCII apostrophe, the typographic quotes ’ and ‘, the modifier letter
// apostrophe ʼ, the acute accent ´, the prime ′ and the grave accent `.
func IsGeresh(r rune) bool {
	switch r {
	case Geresh, '\'', '\u2019', '\u2018', '\u02BC', '\u00B4', '\u2032', '`':
		return true
	}
	return false
}

// IsGershayim reports whether r is a gershayim or one of the marks written
// for it: the ASCII double quote, the typographic quotes ” and “, and the
// double prime ″.
func IsGershayim(r rune) bool {
	switch r {
	case Gershayim, '"', '\u201D', '\u201C', '\u2033':
		return true
	}
	return false
}

// IsApostrophe reports whether r is written for an apostrophe inside a
// transliterated word (Sh'vat, Rivi'i, '06).
func IsApostrophe(r rune) bool { return IsGeresh(r) && r != Geresh }

// IsSpace reports whether r separates words: ASCII white space, the no-break
// and the narrow spaces, the invisible direction marks that Hebrew pages
// sprinkle between words (LRM, RLM, ALM and the embedding controls), and
// the zero-width space and joiners ("10:39\u2060PM" was read as 10:39 am).
func IsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000',
		'\u200B', '\u200E', '\u200F', '\u061C', '\uFEFF', '\u2060',
		'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069':
		return true
	}
	return r >= '\u2000' && r <= '\u200A'
}

// IsInvisible reports whether r is a character that takes no room where
// it is shown: the soft hyphen, the zero-width space, non-joiner, joiner
// and word joiner, the direction marks (LRM, RLM, ALM), the embedding and
// isolate controls, and the zero-width no-break space (BOM).
func IsInvisible(r rune) bool {
	switch {
	case r == '\u00AD', r >= '\u200B' && r <= '\u200F', r == '\u2060', r == '\uFEFF', r == '\u061C',
		r >= '\u202A' && r <= '\u202E', r >= '\u2066' && r <= '\u2069':
		return true
	}
	return false
}

// IsDash reports whether r is a hyphen or a dash: - ‐ ‑ ‒ – — ― −.
func IsDash(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u05BE':
		return true
	}
	return false
}

// IsLatinLetter reports whether r is an ASCII letter.
func IsLatinLetter(r rune) bool { return r|0x20 >= 'a' && r|0x20 <= 'z' }

// IsDigit reports whether the byte c is an ASCII digit.
func IsDigit(c byte) bool { return c >= '0' && c <= '9' }

// IsWordRune reports whether r continues a word: an ASCII or Hebrew
// letter, a Hebrew mark, a digit, or another letter (see IsOtherLetter). A
// name matched at the start of a string is a whole word only when the rune
// after it is not a word rune.
func IsWordRune(r rune) bool {
	return IsLatinLetter(r) || IsHebrewLetter(r) || IsMark(r) || (r >= '0' && r <= '9') || IsOtherLetter(r)
}

// Lower returns the lower-case form of an ASCII letter and r otherwise.
func Lower(r rune) rune {
	if r >= 'A' && r <= 'Z' {
		return r + ('a' - 'A')
	}
	return r
}

// Decode returns the rune at s[i] and its width, reading ASCII without a
// call. At the end of s it returns (utf8.RuneError, 0).
func Decode(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	// Two-byte runes, Hebrew among them, inline: utf8's general decoder
	// was a fifth of Find's time on a Hebrew page. C2-DF then a
	// continuation byte is always a valid rune.
	if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// SkipMarks returns the index of the first rune at or after i that is not a
// Hebrew mark.
func SkipMarks(s string, i int) int {
	for i < len(s) && s[i] >= 0xD6 && s[i] <= 0xD7 {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !IsMark(r) {
			break
		}
		i += n
	}
	return i
}

// WordEnds reports whether a word ending at s[i] is whole: i is the end of s,
// or the rune at i is not a word rune.
func WordEnds(s string, i int) bool {
	if i < len(s) && s[i] < utf8.RuneSelf {
		return Class[s[i]]&ClassWord == 0 // ASCII, by the table
	}
	r, n := Decode(s, i)
	return n == 0 || !IsWordRune(r)
}

// Latin1Spaces returns a layout's text with each byte 0xA0 that is no
// UTF-8, which package parse takes for the no-break space of a page in
// Latin-1 read as UTF-8 (08-08-2014\xa018:29), written as that space, so
// that a layout string is UTF-8 and reads back from JSON as it was.
func Latin1Spaces(text string) string {
	if utf8.ValidString(text) {
		return text
	}
	var b strings.Builder
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n == 1 && text[i] == 0xA0 {
			b.WriteString("\u00a0")
		} else {
			b.WriteString(text[i : i+n])
		}
		i += n
	}
	return b.String()
}

// BareHebrew reports whether s is Hebrew letters only, U+05D0 to U+05EA,
// with no point, mark or punctuation, and is not empty: a word that the
// tables of months and words key as it stands.
func BareHebrew(s string) bool {
	if s == "" || len(s)%2 != 0 {
		return false
	}
	for j := 0; j < len(s); j += 2 {
		if s[j] != 0xD7 || s[j+1] < 0x90 || s[j+1] > 0xAA {
			return false
		}
	}
	return true
}

// IsNameMark reports whether r is left out of an occasion's name when it
// is folded to be compared (occasion.Key, and package parse reading
// a name in text): a point or other mark, an apostrophe, a geresh or
// gershayim, or a double quote (Tu B'Shvat, ל״ג בעומר, ט"ו בשבט).
func IsNameMark(r rune) bool {
	return IsMark(r) || IsApostrophe(r) || r == Geresh || r == Gershayim || r == '"'
}

// IsNameSpace reports whether r separates the words of an occasion's name
// folded to be compared, as one space: a space, a dash, a colon or a comma
// (Chanukah: 8 Candles, Rosh-Hashana).
func IsNameSpace(r rune) bool {
	return IsSpace(r) || IsDash(r) || r == ':' || r == ','
}

// IsASCII reports whether s is all ASCII.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
