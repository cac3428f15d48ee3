package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSpacedLineLead is how far before a year spacedDateLineAt looks for
// the start of its line, in bytes: room for a byline's name or a site's
// ("lzinios.lt ", "BNS "), not a sentence.
const maxSpacedLineLead = 48

// spacedDateLineAt reports whether, after the year s[i:e] of the last
// century or this one, a month and a day of two digits each follow,
// parted by single spaces, on a line of their own: nothing after the day
// to the line's end but spaces, and no other number on the line before
// the year, which a short label may lead ("2020 04 23" under a title,
// "lzinios.lt 2018 01 26"), as Lithuanian news sites date their items.
// A bracket bounds the line as a line break does, and tags count as
// nothing: "(2020 04 23)", "<time>2020 04 23</time>", but not
// "<td>7</td> 2020 04 23". Without a time after it (see spacedDateAt)
// three such numbers among others are a table's; alone on their line,
// year first, they are a date in ISO's order. The caller has seen the
// space at s[e].
func spacedDateLineAt(s string, i, e int) bool {
	if e+6 > len(s) || s[e+3] != ' ' {
		return false
	}
	de, ok := spacedYMD(s, i, e)
	return ok && lineRestEmpty(s, de) && lineLeadPlain(s, i)
}

// lineRestEmpty reports whether from s[j] to its line's end, a bracket's
// close or the text's, there are only spaces and tags, within
// maxSpacedLineLead bytes.
func lineRestEmpty(s string, j int) bool {
	end := min(j+maxSpacedLineLead, len(s))
	for ; j < end; j++ {
		switch c := s[j]; c {
		case ' ', '\t':
		case '\n', '\r', ')', ']':
			return true
		case '<':
			k := strings.IndexByte(s[j:end], '>')
			if k < 0 {
				return false
			}
			j += k
		default:
			return false
		}
	}
	return j == len(s)
}

// lineLeadPlain reports whether before s[i], back to its line's start, a
// bracket's opening or the text's, there is no number outside tags, and
// no more than maxSpacedLineLead bytes.
func lineLeadPlain(s string, i int) bool {
	start := max(i-maxSpacedLineLead, 0)
	for j := i - 1; j >= start; j-- {
		switch c := s[j]; {
		case c == '\n' || c == '\r' || c == '(' || c == '[':
			return true
		case c == '>':
			k := strings.LastIndexByte(s[start:j], '<')
			if k < 0 {
				return false
			}
			j = start + k
		case isDigit(s, j):
			return false
		}
	}
	return start == 0
}

// maxSpacedProseLead is how far before a year spacedDateProseAt looks for
// the start of its sentence, and after its day for the words that follow,
// in bytes, as sentenceYear looks back (maxSentenceBack).
const maxSpacedProseLead = maxSentenceBack

// spacedDateProseAt reports whether, after the year s[i:e] of the last
// century or this one, a month and a day of two digits each follow,
// parted by single spaces, with a leading zero in one of them, as a date
// of a sentence: opening it, with three words or more of it after the
// day, or set off in it by commas. So the Lithuanian encyclopedia (vle.lt)
// opens a sentence with its date, "1941 06 27 Kauno miesto centre ...
// įvykdytos žydų žudynės" (on 1941 06 27 in the centre of Kaunas ...), or
// sets one in it between commas ("Tą dieną, 1941 06 27, Kaune"). Three
// numbers with a word after them are otherwise a count's ("Iš viso 2020
// 04 23 vietos") or a label's ("2020 04 23 Vilniuje", see
// spacedDateLineAt), and no count writes a leading zero ("2023 12 11
// people died in the fire" opens a sentence with a year). The caller has
// seen the space at s[e].
func spacedDateProseAt(s string, i, e int) bool {
	if e+8 > len(s) || s[e+3] != ' ' || s[e+6] != ' ' && s[e+6] != ',' || s[e+1] != '0' && s[e+4] != '0' {
		return false
	}
	de, ok := spacedYMD(s, i, e)
	if !ok {
		return false
	}
	k := de
	if s[k] == ',' {
		k++
	}
	if s[k] != ' ' {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s[k+1:]); !unicode.IsLetter(r) {
		return false
	}
	plain, opens := sentenceLead(s, i)
	switch {
	case !plain:
		return false
	case s[de] == ',':
		b := trimSpaceBefore(s, i)
		return b > 0 && s[b-1] == ','
	default:
		return opens && wordsAfter(s, k) >= 3
	}
}

// sentenceLead reports whether before s[i], back to the start of its
// sentence (a full stop, question or exclamation mark with a space after
// it, a line break or bracket, or the text's start), there is no digit
// outside tags, within maxSpacedProseLead bytes; and whether there is
// nothing but spaces and tags, the date opening its sentence.
func sentenceLead(s string, i int) (plain, opens bool) {
	start := max(i-maxSpacedProseLead, 0)
	opens = true
	for j := i - 1; j >= start; j-- {
		switch c := s[j]; {
		case c == '\n' || c == '\r' || c == '(' || c == '[':
			return true, opens
		case (c == '.' || c == '!' || c == '?') && j+1 < i && s[j+1] == ' ':
			return true, opens
		case c == '>':
			// A tag counts as nothing: "<p>1941 06 27 Kauno ..." opens
			// its sentence.
			k := strings.LastIndexByte(s[start:j], '<')
			if k < 0 {
				return false, false
			}
			j = start + k
		case isDigit(s, j):
			return false, false
		case c != ' ' && c != '\t':
			opens = false
		}
	}
	return start == 0, opens
}

// wordsAfter counts the words that start with a letter from s[k] on, to
// the end of their sentence (as sentenceLead bounds it) or line, up to
// three, within maxSpacedProseLead bytes.
func wordsAfter(s string, k int) int {
	n, in := 0, false
	end := min(k+maxSpacedProseLead, len(s))
	for j := k; j < end && n < 3; {
		r, size := utf8.DecodeRuneInString(s[j:])
		switch {
		case r == '\n' || r == '\r' || (r == '.' || r == '!' || r == '?') && (j+1 == len(s) || s[j+1] == ' '):
			return n
		case unicode.IsLetter(r):
			if !in {
				n++
			}
			in = true
		default:
			in = false
		}
		j += size
	}
	return n
}

// spacedYMD reads a year of this or the last century at s[i:e], and a
// month and a day of two digits each after single spaces ("2020 04 23"),
// and returns the end of the day.
func spacedYMD(s string, i, e int) (int, bool) {
	y, _, _ := number(s, i)
	mo, me, md := number(s, e+1)
	d, de, dd := number(s, e+4)
	if y < 1900 || y > 2099 || md != 2 || me != e+3 || dd != 2 || de != e+6 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return 0, false
	}
	return de, true
}
