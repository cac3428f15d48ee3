package script

import (
	"cmp"
	"slices"
	"unicode"
)

//go:generate go run -modfile=../gen/gen.mod gen_fold.go
//go:generate go run -modfile=../gen/gen.mod gen_compose.go

// IsOtherLetter reports whether r is a letter, beyond ASCII and Hebrew, of
// the languages whose names are read: an accented Latin letter (é, ş, ő,
// and the Ṭ and Ḥ of transliterations), a Cyrillic letter, a combining
// diacritical mark written on a letter (the low line of H̲echvan), a Greek
// letter (Αυγούστου), an Arabic letter or vowel mark (أكتوبر, the
// hamza's seat and the tatweel among them, but not the Arabic-Indic
// digits ٠-٩ nor the Arabic comma), or the modifier letters ʾ and ʿ (and
// ʻ) that transliterate aleph and ayin (ʾIyyar).
func IsOtherLetter(r rune) bool {
	switch {
	case r < 0xC0:
		return false
	case r <= 0x24F:
		return r != 0xD7 && r != 0xF7 // × and ÷
	case r >= 0x300 && r <= 0x36F, r >= 0x400 && r <= 0x52F, r >= 0x1E00 && r <= 0x1EFF:
		return true
	case r >= 0x386 && r <= 0x3FF:
		return r != 0x387 // Greek letters, but not the ano teleia ·
	case IsArabicLetter(r):
		return true
	}
	return r == 0x2BB || r == 0x2BE || r == 0x2BF
}

// IsArabicLetter reports whether r is an Arabic letter, the tatweel or a
// vowel mark (harakat, the hamza above of Persian's ezafe, ژانویهٔ),
// Persian's پ چ ژ ک گ ی among them.
func IsArabicLetter(r rune) bool { return r >= 0x620 && r <= 0x65F || r >= 0x671 && r <= 0x6D3 }

// IsCyrillic reports whether r is a Cyrillic letter.
func IsCyrillic(r rune) bool { return r >= 0x400 && r <= 0x52F }

// FoldCase returns r in lower case: ASCII, accented Latin and Cyrillic
// letters alike. Other runes are returned as they are.
func FoldCase(r rune) rune {
	switch {
	case r < 0x80:
		return Lower(r)
	case r >= 0x410 && r <= 0x42F:
		return r + 0x20 // А-Я
	case r >= 0x400 && r <= 0x40F:
		return r + 0x50 // Ѐ-Џ: Ё, Є, І, Ї ...
	case r < 0xC0 || IsHebrewLetter(r):
		return r
	}
	return unicode.ToLower(r)
}

// Fold returns r folded for reading a name however it is accented: lower
// case and, for a Latin letter, without its diacritics (é and É are e, Ṭ
// is t, ş is s); 0 for a rune that folds to nothing (a combining mark,
// ʾ, ʿ). A Latin letter that is no letter with marks (ß, æ, ø) is
// lower-cased only, and so is a Cyrillic letter (й is not и). A Greek
// vowel loses its tonos and dialytika (ί, Ί and ϊ are ι), as Greek writes
// capitals without them: ΙΑΝΟΥΑΡΙΟΥ is Ιανουαρίου.
func Fold(r rune) rune {
	switch {
	case r < 0x80:
		return Lower(r)
	case r >= 0x386 && r <= 0x3CE:
		if c := greekBase[r-0x386]; c != 0 {
			return c
		}
	case r >= 0xC0 && r <= 0x24F:
		if c := latinBase[r-0xC0]; c != 0 {
			return rune(c)
		}
	case r >= 0x1E00 && r <= 0x1EFF:
		if c := latinAdditionalBase[r-0x1E00]; c != 0 {
			return rune(c)
		}
	case r >= 0x300 && r <= 0x36F, r == 0x2BB, r == 0x2BE, r == 0x2BF:
		return 0
	}
	return FoldCase(r)
}

// greekBase maps the Greek vowels with a tonos or dialytika, U+0386 to
// U+03CE, to their lower-case letter without it (0: none).
var greekBase = func() (t [0x3CF - 0x386]rune) {
	for _, p := range [...][2]rune{
		{'Ά', 'α'}, {'Έ', 'ε'}, {'Ή', 'η'}, {'Ί', 'ι'}, {'Ό', 'ο'}, {'Ύ', 'υ'}, {'Ώ', 'ω'}, {'ΐ', 'ι'},
		{'Ϊ', 'ι'}, {'Ϋ', 'υ'}, {'ά', 'α'}, {'έ', 'ε'}, {'ή', 'η'}, {'ί', 'ι'}, {'ΰ', 'υ'},
		{'ϊ', 'ι'}, {'ϋ', 'υ'}, {'ό', 'ο'}, {'ύ', 'υ'}, {'ώ', 'ω'},
	} {
		t[p[0]-0x386] = p[1]
	}
	return t
}()

// Compose returns the lower-case letter that lower-case letter base and
// the combining mark after it make ("a" and U+0301 are "á"), as text in
// Unicode's decomposed form (NFD, which macOS and some PDF and CMS text
// write) writes it; or 0 where they make none.
func Compose(base, mark rune) rune {
	i, ok := slices.BinarySearchFunc(composed[:], [2]rune{base, mark}, func(c struct{ base, mark, r rune }, k [2]rune) int {
		if c.base != k[0] {
			return cmp.Compare(c.base, k[0])
		}
		return cmp.Compare(c.mark, k[1])
	})
	if !ok {
		return 0
	}
	return composed[i].r
}
