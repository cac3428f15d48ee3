// Package gematria reads Hebrew numerals without allocating, for package
// hebrew, whose ReadNumeral and ParseNumeral turn a failure into a
// *hebrew.SyntaxError, and for package parse, which tries every Hebrew
// word of a page as a numeral and must not pay for an error each time a
// word is not one.
package gematria

import "github.com/dualdate/dualdate/internal/script"

// A Failure says why Read read no numeral: Kind is NoLetter (no Hebrew
// letter where one was needed) or Order (a letter that cannot follow the
// one before it, whose value is Last), at byte offset At.
type Failure struct {
	Kind FailureKind
	At   int
	Last int
}

// FailureKind is the kind of a Failure; None means success.
type FailureKind uint8

const (
	None FailureKind = iota
	NoLetter
	Order
)

// letterValue[r-'א'] is the value of each Hebrew letter; the final forms
// ך ם ן ף ץ count as their ordinary letters.
var letterValue = [27]int{
	1, 2, 3, 4, 5, 6, 7, 8, 9, // א-ט
	10, 20, 20, 30, 40, 40, 50, 50, 60, 70, 80, 80, 90, 90, // י ך כ ל ם מ ן נ ס ע ף פ ץ צ
	100, 200, 300, 400, // ק ר ש ת
}

// Read reads the Hebrew numeral at s[i:] and returns its value and the index
// just after it, or a Failure. The rules are hebrew.ReadNumeral's: reading
// stops at the first rune that is not a Hebrew letter, mark, geresh or
// gershayim; a geresh inside a numeral closes its thousands (ה׳תשפ״ד); a
// single unit letter followed by one that cannot follow it counted
// thousands (התשפד).
func Read(s string, i int) (value, end int, fail Failure) {
	var (
		total    int // thousands already closed
		group    int // value of the current group
		last     int // value of the last letter in the group, for the ordering rule
		nLetters int // letters in the current group
		units    bool
		start    = i
	)
	for i < len(s) {
		var r rune
		var size int
		if i+1 < len(s) && s[i] == 0xD7 && s[i+1] >= 0x90 && s[i+1] <= 0xAA {
			r, size = 'א'+rune(s[i+1]-0x90), 2 // a letter, as most runes are, without decoding it
		} else {
			r, size = script.Decode(s, i)
		}
		switch {
		case script.IsHebrewLetter(r):
			v := letterValue[r-'א']
			if nLetters > 0 && !fits(last, v, group, units) {
				// A single unit letter then a letter that cannot follow it,
				// with no geresh between (התשפד, הד): the first letter
				// counted thousands.
				if nLetters == 1 && total == 0 && group < 10 {
					total, group, last, nLetters, units = group*1000, 0, 0, 0, false
				} else {
					return 0, i, Failure{Kind: Order, At: i, Last: last}
				}
			}
			group += v
			units = units || v < 10
			last = v
			nLetters++
			i += size
		case script.IsMark(r):
			i += size
		case script.IsGershayim(r):
			if nLetters == 0 {
				return 0, i, Failure{Kind: NoLetter, At: i}
			}
			i += size
			// A gershayim ends the numeral if no letter follows it (כ״ב is
			// read in full; "כב" closes a quotation).
			if r2, n2 := script.Decode(s, script.SkipMarks(s, i)); n2 == 0 || !script.IsHebrewLetter(r2) {
				return total + group, i, Failure{}
			}
		case script.IsGeresh(r):
			if nLetters == 0 {
				return 0, i, Failure{Kind: NoLetter, At: i}
			}
			i += size
			j := script.SkipMarks(s, i)
			if r == '\'' && j == i && j < len(s) && s[j] == '\'' {
				// תשפ''ה, ט''ו: two ASCII apostrophes typed for a
				// gershayim, read as one, as its letter after (or none)
				// says. Two of any other geresh stay an error.
				i = j + 1
				if r3, n3 := script.Decode(s, script.SkipMarks(s, i)); n3 == 0 || !script.IsHebrewLetter(r3) {
					return total + group, i, Failure{}
				}
				continue
			}
			if k, ok := doubledGeresh(s, j, r, last, group, units); ok {
				// תשפ׳׳ב: a gershayim typed as two of the same geresh
				// before the last letter, which may follow the others.
				i = k
				continue
			}
			if r2, n2 := script.Decode(s, j); n2 > 0 && script.IsHebrewLetter(r2) && total == 0 {
				if nLetters > 1 && lastLetter(s, j+n2) && fits(last, letterValue[r2-'א'], group, units) {
					// תשע’ח: a gershayim written with one mark, before
					// the last letter, which may follow the others.
					continue
				}
				total, group, last, nLetters, units = group*1000, 0, 0, 0, false
				continue
			}
			return total + group, i, Failure{}
		default:
			if nLetters == 0 && total == 0 {
				// Nothing read, or only points.
				return 0, start, Failure{Kind: NoLetter, At: start}
			}
			return total + group, i, Failure{}
		}
	}
	if nLetters == 0 && total == 0 {
		return 0, start, Failure{Kind: NoLetter, At: start}
	}
	return total + group, i, Failure{}
}

// doubledGeresh reports whether s[j:] holds a second geresh r and then the
// numeral's last letter, one that may follow a group of value group whose
// last letter is last: the two marks are a gershayim (תשפ׳׳ב, כ’’ב), and k
// is the index of that letter. Two marks with no letter after them, or
// before more than one, are not read so.
func doubledGeresh(s string, j int, r rune, last, group int, units bool) (k int, ok bool) {
	r1, n1 := script.Decode(s, j)
	if n1 == 0 || r1 != r {
		return 0, false
	}
	k = script.SkipMarks(s, j+n1)
	r2, n2 := script.Decode(s, k)
	if n2 == 0 || !script.IsHebrewLetter(r2) || !lastLetter(s, k+n2) || !fits(last, letterValue[r2-'א'], group, units) {
		return 0, false
	}
	return k, true
}

// lastLetter reports whether no Hebrew letter, nor a geresh or gershayim,
// follows s[:i], past points: the letter before i ends the numeral.
func lastLetter(s string, i int) bool {
	r, n := script.Decode(s, script.SkipMarks(s, i))
	return n == 0 || !script.IsHebrewLetter(r) && !script.IsGeresh(r) && !script.IsGershayim(r)
}

// fits reports whether a letter of value v may follow one of value last in a
// group whose letters so far add up to group: each order of magnitude once,
// largest first, except that ת repeats (תת, תתק), ט may be followed by ו
// or ז (ט״ו, ט״ז), and a year's ten may follow its unit where the order
// avoids a word (תשד״מ, תרח״צ; see Avoids): "א׳ תשרי תשד״מ" was no date,
// and scan read the day without its year, in 5784. Such a year's unit
// may also come straight after its ת, before its hundred, as some print
// it (תדש״מ, 400+4+300+40): "ה׳ תשרי תדש״מ" was no date either, and scan
// read 5 Tishrei alone, in the year of the reference. A unit before a
// hundred with no ת before it still counts thousands (דשמ is 4340).
func fits(last, v, group int, units bool) bool {
	switch {
	case last == 9 && group%100 == 9 && (v == 6 || v == 7):
		return true
	case last < 10 && v >= 10 && v < 100 && group%100 == last && Avoids(group+v):
		return true
	case last < 10 && v >= 100 && v < 400 && group%100 == last && group > 400 && avoidsWithTen(group+v):
		return true // תד then ש, of תדש״מ
	case last >= 100 && last < 400 && v >= 10 && v < 100 && group%100 < 10 && group%100 > 0 && Avoids(group+v):
		return true // תדש then מ
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

// avoidsWithTen reports whether n, a year's ת, hundred and unit read so
// far (a ten still to come), is one that Avoids with some ten: 704 with
// 40, 608 with 90.
func avoidsWithTen(n int) bool {
	for t := 10; t < 100; t += 10 {
		if Avoids(n + t) {
			return true
		}
	}
	return false
}
