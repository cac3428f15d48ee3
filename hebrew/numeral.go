package hebrew

import (
	"unicode/utf8"

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

// letterValue[r-'א'] is the value of each Hebrew letter; the final forms
// ך ם ן ף ץ count as their ordinary letters.
var letterValue = [27]int{
	1, 2, 3, 4, 5, 6, 7, 8, 9, // א-ט
	10, 20, 20, 30, 40, 40, 50, 50, 60, 70, 80, 80, 90, 90, // י ך כ ל ם מ ן נ ס ע ף פ ץ צ
	100, 200, 300, 400, // ק ר ש ת
}

// digitsOf returns the letter values that write n (1 to 999), largest first:
// 400s as many as needed, then one hundred, one ten and one unit, with 15
// and 16 written 9+6 and 9+7 so as not to spell a name of God.
func digitsOf(n int, out *[8]int) []int {
	d := out[:0]
	for n >= 400 {
		d = append(d, 400)
		n -= 400
	}
	if n >= 100 {
		d = append(d, n/100*100)
		n %= 100
	}
	if n == 15 || n == 16 {
		return append(d, 9, n-9)
	}
	if n >= 10 {
		d = append(d, n/10*10)
		n %= 10
	}
	if n > 0 {
		d = append(d, n)
	}
	return d
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
	d := digitsOf(n, &buf)
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
// Two readings are ambiguous and take the smaller number: a whole number of
// thousands (ה׳, which [AppendNumeral] writes for 5000) reads as the
// letter's own value, 5, and the unpunctuated טו and טז read as 15 and 16,
// never 9006 and 9007. Errors are *SyntaxError wrapping ErrSyntax.
func ParseNumeral(s string) (int, error) {
	n, end, err := readNumeral(s, 0)
	if err != nil {
		return 0, err
	}
	if end != len(s) {
		return 0, syntaxError(s, end, "a Hebrew letter", ErrSyntax)
	}
	return n, nil
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
// after the numeral.
func readNumeral(s string, i int) (int, int, error) {
	var (
		total    int // thousands already closed
		group    int // value of the current group
		last     int // value of the last letter in the group, for the ordering rule
		nLetters int // letters in the current group
		units    bool
		start    = i
	)
	for i < len(s) {
		r, size := script.Decode(s, i)
		switch {
		case script.IsMark(r):
			i += size
			continue
		case script.IsHebrewLetter(r):
			v := letterValue[r-'א']
			if nLetters > 0 && !fits(last, v, group, units) {
				// A single unit letter then a letter that cannot follow it,
				// with no geresh between (התשפד, הד): the first letter
				// counted thousands.
				if nLetters == 1 && total == 0 && group < 10 {
					total, group, last, nLetters, units = group*1000, 0, 0, 0, false
				} else {
					return 0, i, syntaxError(s, i, "a letter of smaller value after "+letterName(last), ErrSyntax)
				}
			}
			group += v
			units = units || v < 10
			last = v
			nLetters++
			i += size
		case script.IsGershayim(r):
			if nLetters == 0 {
				return 0, i, syntaxError(s, i, "a Hebrew letter", ErrSyntax)
			}
			i += size
			// A gershayim ends the numeral if no letter follows it (כ״ב is
			// read in full; "כב" closes a quotation).
			if r2, n2 := script.Decode(s, script.SkipMarks(s, i)); n2 == 0 || !script.IsHebrewLetter(r2) {
				return total + group, i, nil
			}
		case script.IsGeresh(r):
			if nLetters == 0 {
				return 0, i, syntaxError(s, i, "a Hebrew letter", ErrSyntax)
			}
			i += size
			j := script.SkipMarks(s, i)
			if r2, n2 := script.Decode(s, j); n2 > 0 && script.IsHebrewLetter(r2) && total == 0 {
				// A geresh inside a numeral closes its thousands (ה׳תשפ״ד).
				total, group, last, nLetters, units = group*1000, 0, 0, 0, false
				continue
			}
			return total + group, i, nil
		default:
			if nLetters == 0 && total == 0 {
				// Nothing read, or only points.
				return 0, start, syntaxError(s, start, "a Hebrew letter", ErrSyntax)
			}
			return total + group, i, nil
		}
	}
	if nLetters == 0 && total == 0 {
		return 0, start, syntaxError(s, start, "a Hebrew letter", ErrSyntax)
	}
	return total + group, i, nil
}

// fits reports whether a letter of value v may follow one of value last in a
// group whose letters so far add up to group: each order of magnitude once,
// largest first, except that ת repeats (תת, תתק), and ט may be followed by
// ו or ז (ט״ו, ט״ז).
func fits(last, v, group int, units bool) bool {
	switch {
	case last == 9 && group%100 == 9 && (v == 6 || v == 7):
		return true
	case units:
		return false
	case last == 400 && v <= 400:
		return true
	}
	return magnitude(v) < magnitude(last)
}

func magnitude(v int) int {
	switch {
	case v >= 100:
		return 2
	case v >= 10:
		return 1
	}
	return 0
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
