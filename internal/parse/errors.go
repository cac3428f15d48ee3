package parse

import (
	"errors"
	"strconv"
	"unicode/utf8"

	"github.com/dualdate/dualdate/hebrew"
)

// ErrSyntax is wrapped by every *Error: the text is not a dateline. It is
// hebrew.ErrSyntax, so that one sentinel answers at every layer.
var ErrSyntax = hebrew.ErrSyntax

// ErrRange is wrapped by the *Error for a number of the right shape where
// it stands but out of range: hour 25, minute 61, a year of five digits.
// It is hebrew.ErrRange.
var ErrRange = hebrew.ErrRange

// ErrTooLong is wrapped by the *Error for an input longer than [MaxInput].
// Package dateline sets it, at init, to its own ErrTooLong, the value its
// users match with errors.Is (and go doc shows them as errors.New).
var ErrTooLong = errors.New("input too long")

// MaxInput is the longest text Parse reads, in bytes: a dateline is a line,
// and a longer input is refused without being scanned.
const MaxInput = 4096

// tooLong is what the *Error for an input longer than MaxInput expected,
// made once so that refusing such an input allocates no more than the
// *Error.
var tooLong = "at most " + strconv.Itoa(MaxInput) + " bytes"

// An Error reports text that is not a dateline: the input, the byte
// offset where reading stopped, what was expected there and what was
// found. It is [hebrew.SyntaxError], the one syntax error of every layer,
// so that errors.As finds the same type whichever layer refused the text;
// its Err is ErrSyntax, ErrRange, ErrTooLong or ErrLayout. Its message
// reads `parsing "Monday, Janaury 2": at byte 8, expected a date, found
// "Janaury"`.
type Error = hebrew.SyntaxError

// foundAt returns the word, number or character at s[i] for an error
// message: at most 24 bytes, cut at a rune boundary.
func foundAt(s string, i int) string {
	if i >= len(s) {
		return ""
	}
	j := i
	for j < len(s) && j-i < 24 {
		r, n := utf8.DecodeRuneInString(s[j:])
		if j > i && !isWordRune(r) {
			break
		}
		j += n
		if j == i+n && !isWordRune(r) {
			break
		}
	}
	return s[i:j]
}
