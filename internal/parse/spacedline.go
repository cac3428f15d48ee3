package parse

import "strings"

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
	y, _, _ := number(s, i)
	mo, me, md := number(s, e+1)
	d, de, dd := number(s, e+4)
	if y < 1900 || y > 2099 || md != 2 || me != e+3 || dd != 2 || de != e+6 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return false
	}
	return lineRestEmpty(s, de) && lineLeadPlain(s, i)
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
