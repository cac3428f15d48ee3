package parse

import (
	"slices"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/gematria"
	"github.com/dualdate/dualdate/internal/layout"
)

// A year named by the names of its Hebrew letters, after a day and month
// named so, as Chabad's letters write a date: "Tes Vov Cheshvan, Tof Shin
// Nun Alef" (15 Cheshvan 5751; abochurinlubavitch.blogspot.com, seen by the
// 256th held-out round). Find read the day and month and took the year
// nearest the reference, 5787, saying the text named none. The names are
// the letters of the year without its thousands (תשנ״א), largest first,
// as a Hebrew numeral writes them, a Hei before them for the thousands
// or not; the year is read from 5100 to 5999, as a numeral without its
// thousands is.

// yearLetters has each Latin spelling of a letter's name (latinLetters),
// in lower case, and its value; letterStd records the families whose
// Letters form writes it so (neither for a variant: Taf, Samekh).
var yearLetters = map[string]int16{}

// letterYear reads at s[k], after a Hebrew month named after a day by its
// letters (see letterDay), a comma or not, spaces, and a year named by its
// letters' names, and adds it as the dateline's HebrewYear in the Letters
// form of family fam where its names are that family's (or the other's
// where they are only that). It returns the index after the year, or k.
func (p *parser) letterYear(k int, fam hebrew.Family) int {
	s := p.s
	j := k
	if j < len(s) && s[j] == ',' {
		j++
	}
	j = skipSpace(s, j)
	if j == k {
		return k
	}
	var values [6]int
	n, end, std := 0, j, letterAshkenazi|letterModern
	for at := j; n < len(values); {
		e := latinWord(s, at)
		var buf [16]byte
		v, ok := yearLetters[string(foldASCII(buf[:0], s[at:e]))]
		if e == at || !ok {
			break
		}
		values[n], end, std = int(v), e, std&letterBits(s[at:e])
		n++
		if at = skipSpace(s, e); at < len(s) && s[at] == '-' && at == e {
			at = skipSpace(s, at+1) // Tof-Shin-Nun-Alef
		}
		if at == e {
			break
		}
	}
	year, ok := yearOfLetters(values[:n])
	if !ok {
		return k
	}
	switch {
	case std&letterAshkenazi != 0 && (fam == hebrew.Ashkenazi || std&letterModern == 0):
		fam = hebrew.Ashkenazi
	case std&letterModern != 0:
		fam = hebrew.Hebcal
	}
	f := Field{Value: year, Start: j, End: end}
	f.Kind, f.Form, f.Spelling.Family, f.Case = layout.HebrewYear, layout.Letters, fam, caseOf(s, j, end)
	p.push(Field{Element: layout.Lit(s[k:j]), Start: k, End: j})
	p.last = j
	p.add(f)
	return p.last
}

// yearOfLetters returns the year from 5100 to 5999 that the letters of
// values write, largest first as a numeral writes it (400s, one hundred,
// one ten, one unit; 15 and 16 as 9+6 and 9+7), after a Hei for its
// thousands or not; and whether they write one. A hundred must come
// first: "Alef Beis" is no year.
func yearOfLetters(values []int) (int, bool) {
	if len(values) >= 2 && values[0] == 5 && values[1] >= 100 {
		values = values[1:] // Hei Tof Shin Nun Alef: 5 thousands
	}
	if len(values) < 2 || values[0] < 100 {
		return 0, false
	}
	sum := 0
	for _, v := range values {
		sum += v
	}
	if sum > 999 {
		return 0, false
	}
	var buf [8]int
	d := gematria.Digits(sum, &buf)
	if gematria.Avoids(sum) && slices.Equal(d[:len(d)-2], values[:len(values)-2]) && d[len(d)-2] == values[len(values)-1] && d[len(d)-1] == values[len(values)-2] {
		return 5000 + sum, true // Tof Shin Mem Dalet, as well as Tof Shin Dalet Mem (see gematria.Avoids)
	}
	if !slices.Equal(d, values) {
		return 0, false
	}
	return 5000 + sum, true
}
