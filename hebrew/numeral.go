package hebrew

import (
	"unicode/utf8"

	"github.com/dualdate/dualdate/internal/gematria"
	"github.com/dualdate/dualdate/internal/script"
)

// A NumeralStyle says how [AppendNumeral] writes a number in Hebrew letters.
// The zero style writes every digit, thousands included, with the Hebrew
// geresh ׳ and gershayim ״.
type NumeralStyle uint8

const (
	// OmitThousands drops the thousands, as years are usually written
	// (תשפ״ד for 5784). A number that is a whole number of thousands keeps
	// them (ה׳ for 5000), because nothing would be left.
	OmitThousands NumeralStyle = 1 << iota
	// ASCII writes the apostrophe ' and the double quote " in place of the
	// geresh and gershayim.
	ASCII
	// Unpunctuated writes the letters alone (כב, תשפד).
	Unpunctuated
)

// letters[v] is the Hebrew letter of value v, for the 22 values 1-9, 10-90
// and 100-400; other entries are empty.
var letters = [401]string{
	1: "א", 2: "ב", 3: "ג", 4: "ד", 5: "ה", 6: "ו", 7: "ז", 8: "ח", 9: "ט",
	10: "י", 20: "כ", 30: "ל", 40: "מ", 50: "נ", 60: "ס", 70: "ע", 80: "פ", 90: "צ",
	100: "ק", 200: "ר", 300: "ש", 400: "ת",
}

// AppendNumeral appends n written in Hebrew letters (gematriya) to b and
// returns the extended buffer: 22 as כ״ב, 15 as ט״ו, 5784 as ה׳תשפ״ד (or
// תשפ״ד with OmitThousands), 5000 as ה׳. A single letter takes a geresh
// (ב׳), a longer number a gershayim before its last letter, and the
// thousands a geresh of their own. Numbers from 1 to 999,999 are written; a
// smaller or larger n appends nothing.
func AppendNumeral(b []byte, n int, style NumeralStyle) []byte {
	if n < 1 || n > 999999 {
		return b
	}
	thousands, rest := n/1000, n%1000
	if thousands > 0 && (rest == 0 || style&OmitThousands == 0) {
		b = appendGroup(b, thousands, style, true)
		if rest == 0 {
			return b
		}
	}
	return appendGroup(b, rest, style, false)
}

// appendGroup writes 1 to 999. A thousands group always ends with a geresh.
func appendGroup(b []byte, n int, style NumeralStyle, thousands bool) []byte {
	var buf [8]int
	d := gematria.Digits(n, &buf)
	geresh, gershayim := "׳", "״"
	switch {
	case style&Unpunctuated != 0:
		geresh, gershayim = "", ""
	case style&ASCII != 0:
		geresh, gershayim = "'", "\""
	}
	for i, v := range d {
		if i == len(d)-1 && i > 0 && !thousands {
			b = append(b, gershayim...)
		}
		b = append(b, letters[v]...)
	}
	if len(d) == 1 || thousands {
		b = append(b, geresh...)
	}
	return b
}

// ParseNumeral reads a number written in Hebrew letters: כ״ב, כ"ב, כב, ט״ו,
// ה׳תשפ״ד, ה'תשפ"ד, תשפ״ד (read as 784: a year written without its
// thousands is the caller's to complete). The geresh and gershayim may be
// Hebrew or ASCII (or the typographic quotes that word processors put in
// their place) and may be left out; niqqud is ignored; final letter forms
// count as ordinary letters. Letters must come in the order numerals write
// them, largest first; a smaller group followed by a geresh and a larger
// one is a count of thousands, and so, without punctuation, is a single
// letter followed by one that cannot follow it (התשפד is 5784, הד 5004).
// A count of thousands with a geresh may be followed by a space and the
// rest (ד׳ תש״ס is 4760, as ד׳תש״ס is).
// Two readings are ambiguous and take the smaller number: a whole number of
// thousands (ה׳, which [AppendNumeral] writes for 5000) reads as the
// letter's own value, 5, and the unpunctuated טו and טז read as 15 and 16,
// never 9006 and 9007. Errors are *SyntaxError wrapping ErrSyntax.
func ParseNumeral(s string) (int, error) {
	n, end, err := readNumeral(s, 0)
	if err != nil {
		return 0, err
	}
	if n < 10 && end < len(s) && s[end] == ' ' && end > 0 && endsWithGeresh(s[:end]) {
		// ד׳ תש״ס: a count of thousands, a space and the rest.
		rest, e, err := readNumeral(s, end+1)
		if err != nil {
			return 0, err
		}
		if rest >= 1000 {
			return 0, syntaxError(s, end+1, "a number below 1000 after the thousands", ErrSyntax)
		}
		n, end = n*1000+rest, e
	}
	if end != len(s) {
		return 0, syntaxError(s, end, "a Hebrew letter", ErrSyntax)
	}
	return n, nil
}

// endsWithGeresh reports whether s ends with a geresh (Hebrew, ASCII or
// typographic), after any points.
func endsWithGeresh(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		switch {
		case script.IsGeresh(r):
			return true
		case !script.IsMark(r):
			return false
		}
		s = s[:len(s)-n]
	}
	return false
}

// ReadNumeral reads the Hebrew numeral at the start of s and returns its
// value and its length in bytes. Reading stops at the first rune that is not
// a Hebrew letter, mark, geresh or gershayim; an apostrophe or quote that
// ends the numeral is taken as its geresh or gershayim. It fails if s does
// not start with a Hebrew letter or the letters are out of order.
func ReadNumeral(s string) (value, n int, err error) {
	return readNumeral(s, 0)
}

// readNumeral is the shared reader: it returns the value and the index just
// after the numeral, or a *SyntaxError built from gematria's failure.
func readNumeral(s string, i int) (int, int, error) {
	v, end, fail := gematria.Read(s, i)
	switch fail.Kind {
	case gematria.Order:
		return 0, end, syntaxError(s, fail.At, "a letter of smaller value after "+letterName(fail.Last), ErrSyntax)
	case gematria.NoLetter:
		return 0, end, syntaxError(s, fail.At, "a Hebrew letter", ErrSyntax)
	}
	return v, end, nil
}

// letterName returns the letter of value v for an error message.
func letterName(v int) string {
	if v > 0 && v < len(letters) && letters[v] != "" {
		return letters[v]
	}
	return "?"
}

// decodeRune is script.Decode, named for the error helpers.
func decodeRune(s string, i int) (rune, int) {
	r, n := script.Decode(s, i)
	if n == 0 {
		return utf8.RuneError, 0
	}
	return r, n
}
