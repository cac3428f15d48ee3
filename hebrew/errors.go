package hebrew

import (
	"errors"
	"strconv"
	"unicode/utf8"
)

// Sentinel errors, for [errors.Is]. Every error this package returns wraps
// exactly one of them.
var (
	// ErrSyntax: the text is not a Hebrew date, month name or numeral at all.
	ErrSyntax = errors.New("invalid syntax")
	// ErrRange: a field lies outside the values it can ever take (a year
	// outside 1 to 9999, a month outside 1 to 13, a day outside 1 to 30, a
	// Gregorian month outside 1 to 12 or day outside 1 to 31), or a Gregorian
	// day falls outside the supported Hebrew years.
	ErrRange = errors.New("out of range")
	// ErrNoSuchDay: the fields are each possible but the day does not exist,
	// such as 30 Cheshvan in a year where Cheshvan has 29 days, or February 30.
	ErrNoSuchDay = errors.New("no such day")
	// ErrAdarCommonYear: Adar II (month 13) in a common year, which has a
	// single Adar (or, read from text by package dateline, Adar I).
	ErrAdarCommonYear = errors.New("no Adar I or II in a common year")
)

// A DateError reports a date that cannot be built from its fields: which
// calendar, which field, the value given, and why (the wrapped sentinel).
type DateError struct {
	Calendar string // "hebrew" or "gregorian"
	Field    string // "year", "month" or "day"
	Value    int    // the value given for Field
	In       string // the month or year the field was checked against, such as "Cheshvan 5784", or ""
	Limit    int    // the largest value the field could take there, or 0 if it does not apply
	Err      error  // ErrRange, ErrNoSuchDay or ErrAdarCommonYear
}

// Error returns a message such as
// "hebrew: day 30 of Cheshvan 5784: no such day (at most 29)", or for a
// Gregorian date "hebrew: gregorian day 30 of February 2024: no such day
// (at most 29)".
func (e *DateError) Error() string {
	b := make([]byte, 0, 80)
	b = append(b, "hebrew: "...)
	if e.Calendar != "hebrew" {
		b = append(b, e.Calendar...)
		b = append(b, ' ')
	}
	b = append(b, e.Field...)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(e.Value), 10)
	if e.In != "" {
		b = append(b, " of "...)
		b = append(b, e.In...)
	}
	b = append(b, ": "...)
	b = append(b, e.Err.Error()...)
	if e.Limit > 0 {
		b = append(b, " (at most "...)
		b = strconv.AppendInt(b, int64(e.Limit), 10)
		b = append(b, ')')
	}
	return string(b)
}

// Unwrap returns the sentinel the error wraps.
func (e *DateError) Unwrap() error { return e.Err }

// A SyntaxError reports text that could not be read: the whole input, the
// byte offset at which reading failed, what was expected there and what was
// found instead. It is the one error type for unreadable text of every
// package of the module: the reader's syntax errors are this type, and
// package dateline's errors wrap it.
type SyntaxError struct {
	Input    string
	Offset   int    // byte offset into Input, 0 <= Offset <= len(Input)
	Expected string // such as "a Hebrew letter", "a month name" or "a day of the month"
	Found    string // the text found at Offset, or "" at the end of Input
	Err      error  // ErrSyntax, ErrRange for a value too large, or a sentinel of package dateline (ErrTooLong, ErrLayout)
}

// Error returns a message such as
// `parsing "כב״א": at byte 6, expected a letter smaller than ב, found "א"`
// or `parsing "Monday, Janaury 2": at byte 8, expected a date, found
// "Janaury"`; an input longer than 64 bytes is quoted cut short, with
// "..." after it.
func (e *SyntaxError) Error() string {
	in := e.Input
	if len(in) > 64 {
		n := 61
		for n > 58 && !utf8.RuneStart(in[n]) {
			n-- // not inside a character
		}
		in = in[:n] + "..."
	}
	b := make([]byte, 0, 64+len(in)+len(e.Expected)+len(e.Found))
	b = append(b, "parsing "...)
	b = strconv.AppendQuote(b, in)
	b = append(b, ": at byte "...)
	b = strconv.AppendInt(b, int64(e.Offset), 10)
	b = append(b, ", expected "...)
	b = append(b, e.Expected...)
	if e.Found == "" {
		b = append(b, ", found the end"...)
	} else {
		b = append(b, ", found "...)
		b = strconv.AppendQuote(b, e.Found)
	}
	return string(b)
}

// Unwrap returns the sentinel the error wraps.
func (e *SyntaxError) Unwrap() error { return e.Err }

// syntaxError builds a SyntaxError; found is the rune at offset, if any.
func syntaxError(input string, offset int, expected string, err error) *SyntaxError {
	found := ""
	if offset < len(input) {
		_, n := decodeRune(input, offset)
		found = input[offset : offset+n]
	}
	return &SyntaxError{Input: input, Offset: offset, Expected: expected, Found: found, Err: err}
}
