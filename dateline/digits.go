package dateline

import (
	"errors"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dualdate/dualdate/internal/parse"
	"github.com/dualdate/dualdate/internal/script"
)

// Arabic and Persian pages write their dates in their own digits: "٢ مارس
// ٢٠٢٤", "١٤/٣/٢٠٢٤" in Arabic-Indic digits (٠-٩, U+0660-0669), "۲ مارس
// ۲۰۲۴" in Eastern Arabic-Indic ones (۰-۹, U+06F0-06F9), which Persian and
// Urdu write. Check and Find read such a number as its ASCII digits
// would be read: they read the text with it written in ASCII digits
// (asciiDigits), and give their offsets and their inputs in the text as
// it was. A number that mixes scripts (٢٠24, ٢۲, 2٠24) is no number and
// is left as it is, which the reader reads as no date (see
// parse's otherDigitsBeside). Before, "٢ مارس ٢٠٢٤" was "expected a
// date".

// Pages copied from the web carry characters that take no room inside
// their numbers and words: a zero-width space or joiner, a word joiner, a
// BOM, a direction mark ("2\u200b024", "י\u200d״ח כסלו", "20\u200f24").
// The reader took each for a space, as it is between words, and split
// the token: "March 2, 2\u200b024" was March 2 of the year nearest the
// reference, with an info, and "י\u200d״ח כסלו" no day. Check and Find
// read such a character as nothing where it sits inside a token, between
// two digits or two letters of one script (see invisibleInside), as a
// browser shows it, with their offsets and inputs in the text as it was;
// between words, or beside a space ("2\u200b 024"), it separates as
// before.

// asciiDigits returns s with each number written wholly in Arabic-Indic
// or wholly in Eastern Arabic-Indic digits written in ASCII digits, and
// the characters that take no room inside a token left out (see
// invisibleInside), and back, the byte offset in s of each byte offset of
// the result up to its length; ok is false where s has neither (and
// nothing is allocated where it has no Arabic digit and no such
// character).
func asciiDigits(s string) (n string, back []int, ok bool) {
	if len(s) <= shortLine && asciiLen(s) == len(s) {
		return s, nil, false // a dateline all ASCII, as most are: no search
	}
	if !hasArabicDigit(s) && !hasInvisible(s) {
		return s, nil, false
	}
	var b strings.Builder
	b.Grow(len(s))
	back = make([]int, 0, len(s)+1)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if digitScript(r) == 0 {
			if e := invisibleInside(s, i); e > i {
				i = e // 2\u200b024: read as 2024
				continue
			}
			b.WriteString(s[i : i+size])
			for k := 0; k < size; k++ {
				back = append(back, i+k)
			}
			i += size
			continue
		}
		// A run of digits, of one script or of several.
		script, e := digitScript(r), i
		for e < len(s) {
			r, size := utf8.DecodeRuneInString(s[e:])
			d := digitScript(r)
			if d == 0 {
				break
			}
			if d != script {
				script = -1
			}
			e += size
		}
		for i < e {
			r, size := utf8.DecodeRuneInString(s[i:])
			switch script {
			case arabicIndic:
				b.WriteByte(byte('0' + r - 0x0660))
				back = append(back, i)
			case easternArabicIndic:
				b.WriteByte(byte('0' + r - 0x06F0))
				back = append(back, i)
			default: // ASCII, or a mix: as it is
				b.WriteString(s[i : i+size])
				for k := 0; k < size; k++ {
					back = append(back, i+k)
				}
			}
			i += size
		}
	}
	if b.Len() == len(s) {
		return s, nil, false // mixed runs only, invisibles between words: nothing to read otherwise
	}
	back = append(back, len(s))
	return b.String(), back, true
}

// The scripts of digits digitScript tells apart.
const (
	asciiDigit = 1 + iota
	arabicIndic
	easternArabicIndic
	otherDigit
)

// digitScript returns the script of r if r is a decimal digit, or 0.
func digitScript(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return asciiDigit
	case r >= 0x0660 && r <= 0x0669:
		return arabicIndic
	case r >= 0x06F0 && r <= 0x06F9:
		return easternArabicIndic
	case r >= 0x80 && unicode.IsDigit(r):
		return otherDigit
	}
	return 0
}

// hasInvisible reports whether s has a character that invisibleInside
// may leave out: U+200B-U+200F (E2 80 8B-8F), U+2060 (E2 81 A0), U+FEFF
// (EF BB BF) or U+061C (D8 9C) in UTF-8.
func hasInvisible(s string) bool {
	for t := s; ; {
		i := strings.IndexByte(t, 0xE2)
		if i < 0 || i+2 >= len(t) {
			break
		}
		if t[i+1] == 0x80 && t[i+2] >= 0x8B && t[i+2] <= 0x8F || t[i+1] == 0x81 && t[i+2] == 0xA0 {
			return true
		}
		t = t[i+1:]
	}
	return strings.Contains(s, "\uFEFF") || strings.Contains(s, "\u061C")
}

// invisibleInside returns the end of the run of characters that take no
// room at s[i] (the zero-width space, non-joiner and joiner, the word
// joiner, the BOM, the direction marks LRM, RLM and ALM) where it sits
// inside a token: between two digits, or two letters of one script, a
// Hebrew letter and a geresh or gershayim counted as Hebrew's. It returns
// i otherwise: at a word's edge the run separates, as a space. The
// non-joiner and the joiner shape Arabic and Persian script, whose words
// are written with them (سه‌شنبه), and are left there.
func invisibleInside(s string, i int) int {
	e, joiner := i, false
	for e < len(s) {
		r, n := utf8.DecodeRuneInString(s[e:])
		if r == '\u200C' || r == '\u200D' {
			joiner = true
		} else if r != '\u200B' && r != '\u200E' && r != '\u200F' && r != '\u2060' && r != '\uFEFF' && r != '\u061C' {
			break
		}
		e += n
	}
	if e == i || i == 0 || e >= len(s) {
		return i
	}
	before, n := utf8.DecodeLastRuneInString(s[:i])
	cb := tokenClass(before)
	if cb == classMark {
		// A geresh or gershayim is Hebrew's after a Hebrew letter.
		r, _ := utf8.DecodeLastRuneInString(s[:i-n])
		cb = hebrewOnly(r)
	}
	after, m := utf8.DecodeRuneInString(s[e:])
	ca := tokenClass(after)
	if ca == classMark {
		// ז\u200d׳: the mark that closes a Hebrew numeral, or one
		// before its last letter.
		r, _ := utf8.DecodeRuneInString(s[e+m:])
		if ca = hebrewOnly(r); cb == classHebrew {
			ca = classHebrew
		}
	}
	if cb == 0 || cb != ca || joiner && cb == classArabic {
		return i
	}
	return e
}

// hebrewOnly returns classHebrew if r is a Hebrew letter, or 0.
func hebrewOnly(r rune) int {
	if script.IsHebrewLetter(r) {
		return classHebrew
	}
	return 0
}

// The classes of rune tokenClass tells apart.
const (
	classDigit = 1 + iota
	classLatin
	classHebrew
	classMark // a geresh or gershayim, or the ASCII quotes written for them
	classCyrillic
	classGreek
	classArabic
)

// tokenClass returns the class of r inside a token, or 0: a digit of any
// script, a letter of Latin, Hebrew (its points too), Cyrillic, Greek or
// Arabic script, or a geresh or gershayim.
func tokenClass(r rune) int {
	switch {
	case digitScript(r) != 0:
		return classDigit
	case script.IsLatinLetter(r), r >= 0xC0 && r < 0x250 && unicode.IsLetter(r):
		return classLatin
	case script.IsHebrewLetter(r), script.IsMark(r) && r >= 0x0591 && r <= 0x05C7:
		return classHebrew
	case script.IsGeresh(r), script.IsGershayim(r):
		return classMark
	case unicode.Is(unicode.Cyrillic, r):
		return classCyrillic
	case unicode.Is(unicode.Greek, r):
		return classGreek
	case unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r):
		return classArabic
	}
	return 0
}

// hasArabicDigit reports whether s has an Arabic-Indic or an Eastern
// Arabic-Indic digit: D9 A0-A9 or DB B0-B9 in UTF-8. Both leads are above
// 0x7F, so in a line of a dateline's length the ASCII bytes it begins
// with are passed over eight at a time before the two searches, and none
// is made in a line all ASCII: a call each, which for an English dateline
// were 3% of Check's instructions. A longer text (Find's page) is left to
// the searches, which cross it in fewer instructions than the loop.
func hasArabicDigit(s string) bool {
	if len(s) <= shortLine {
		i := asciiLen(s)
		if i == len(s) {
			return false // all ASCII
		}
		s = s[i:]
	}
	return hasDigitAfter(s, 0xD9, 0xA0) || hasDigitAfter(s, 0xDB, 0xB0)
}

// shortLine is about the length up to which asciiLen's loop costs less
// than the searches of hasArabicDigit and hasInvisible over the text.
const shortLine = 64

// asciiLen returns the length of the ASCII bytes s begins with, eight at
// a time.
func asciiLen(s string) int {
	i := 0
	for i+8 <= len(s) && script.Load8(s[i:])&0x8080808080808080 == 0 {
		i += 8
	}
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// hasDigitAfter reports whether s has the byte lead followed by one of
// the ten from zero: a digit's two bytes in UTF-8. It looks for lead with
// strings.IndexByte, as most text has none: Check read every byte of its
// input with a switch, 7% of its time on an English dateline.
func hasDigitAfter(s string, lead, zero byte) bool {
	for {
		i := strings.IndexByte(s, lead)
		if i < 0 || i+1 >= len(s) {
			return false
		}
		if c := s[i+1]; c >= zero && c <= zero+9 {
			return true
		}
		s = s[i+1:]
	}
}

// checkDigits is check of s, read as n, its numbers in ASCII digits
// (asciiDigits): the report's input and offsets are s's.
func checkDigits(s, n string, back []int, o *options) Report {
	if k := solarHijriDigits(s, 0, len(s)); k >= 0 {
		return syntaxReport(s, parse.SolarHijriError(s, k, k+len("۱۴۰۲"))) // ۱۴۰۲/۰۲/۱۰
	}
	rep := check(n, o)
	var pe *parse.Error
	if errors.As(rep.cause, &pe) && pe.Input == n {
		e := *pe
		e.Input, e.Offset = s, back[min(pe.Offset, len(n))]
		e.Found = s[e.Offset:back[min(pe.Offset+len(pe.Found), len(n))]]
		return syntaxReport(s, &e)
	}
	rep.Input = s
	rep.Problems = backProblems(rep.Problems, back, 0, 0)
	return rep
}

// backProblems returns a copy of ps, offsets in a text at start in the
// text read, with offsets in the text as it was at from: back maps the
// one's offsets to the other's (see asciiDigits).
func backProblems(ps []Problem, back []int, start, from int) []Problem {
	if len(ps) == 0 {
		return ps
	}
	ps = append([]Problem(nil), ps...) // the reader's cache may hold them
	at := func(k int) int { return back[min(max(start+k, 0), len(back)-1)] - from }
	for i := range ps {
		ps[i].Start, ps[i].End = at(ps[i].Start), at(ps[i].End)
	}
	return ps
}

// findDigits is find in text, read as n, its numbers in ASCII digits
// (asciiDigits), from from on: the matches' spans, inputs and problems'
// offsets are text's.
func findDigits(text, n string, back []int, from int, o *options) []Match {
	ms := findText(n, sort.SearchInts(back, from), o)
	kept := ms[:0]
	for i := range ms {
		m := ms[i]
		start := m.Start
		m.Start, m.End = back[m.Start], back[m.End]
		if solarHijriDigits(text, m.Start, m.End) >= 0 {
			continue // ۱۴۰۲/۰۲/۱۰: no date, as the reader takes none in Persian text
		}
		m.Input = text[m.Start:m.End]
		m.Problems = backProblems(m.Problems, back, start, m.Start)
		kept = append(kept, m)
	}
	return kept
}

// solarHijriDigits returns the index in s[from:to] of a numeric date
// written year first in Arabic-Indic or Eastern Arabic-Indic digits whose
// year is from parse.SolarHijriFirst to parse.SolarHijriLast, or -1:
// "۱۴۰۲/۰۲/۱۰", a Solar Hijri date, which the reader, reading the text in
// ASCII digits (see asciiDigits), would read as a Gregorian one when no
// Arabic letter beside it says the text is Persian or Arabic (see parse's
// solarHijri). Its digits say so: Persian and Arabic write them.
func solarHijriDigits(s string, from, to int) int {
	for i := from; i < to; {
		r, n := utf8.DecodeRuneInString(s[i:])
		d := digitScript(r)
		if d != arabicIndic && d != easternArabicIndic {
			i += n
			continue
		}
		// A run of digits of one script: four, then a separator and a
		// digit of the same script.
		v, e := 0, i
		for e < len(s) {
			r, n := utf8.DecodeRuneInString(s[e:])
			if digitScript(r) != d {
				break
			}
			v, e = v*10+int(digitValue(r)), e+n
		}
		if digits := (e - i) / 2; digits == 4 && v >= parse.SolarHijriFirst && v <= parse.SolarHijriLast && e < len(s) && strings.IndexByte("/-.", s[e]) >= 0 {
			if r, _ := utf8.DecodeRuneInString(s[e+1:]); digitScript(r) == d {
				return i
			}
		}
		i = e
	}
	return -1
}

// digitValue returns the value of r, an Arabic-Indic or Eastern
// Arabic-Indic digit.
func digitValue(r rune) rune {
	if r >= 0x06F0 {
		return r - 0x06F0
	}
	return r - 0x0660
}
