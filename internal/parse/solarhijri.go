package parse

import (
	"unicode/utf8"

	"github.com/dualdate/dualdate/internal/script"
)

// Iran and Afghanistan write their dates in the Solar Hijri calendar,
// year first: "۱۴۰۲/۰۲/۱۰", "1402/02/10", "1402-02-10" (10 Ordibehesht
// 1402, April 30, 2023), and Arabic pages their lunar Hijri ones so too.
// Such a date, of a year from SolarHijriFirst to SolarHijriLast, inside
// Persian or Arabic text, was read as a Gregorian day of the fifteenth
// century ("Wednesday, February 10, 1402 | 28 Sh'vat 5162"), with only
// the warning that it came before the Gregorian reform. The reader reads
// no Hijri calendar: it refuses the date, and Find takes none there (see
// unreadYear). A Latin text's 1402/02/10 is a historical Gregorian date
// and is read as before.
const (
	SolarHijriFirst = 1300
	SolarHijriLast  = 1500
)

// solarHijriExpected is what the reader expected where it refuses a
// Solar Hijri date.
const solarHijriExpected = "a Gregorian year (a numeric date written year first with a year from 1300 to 1500 in Persian or Arabic-script text is a Solar Hijri date (or in Arabic a lunar Hijri one), which dualdate does not read)"

// solarHijri reports whether the year-first numeric date of year v at
// s[i] is a Solar Hijri one: its year in SolarHijriFirst..SolarHijriLast,
// in a line with an Arabic letter (see arabicLine).
func solarHijri(s string, i, v int) bool {
	return v >= SolarHijriFirst && v <= SolarHijriLast && arabicLine(s, i)
}

// arabicLine reports whether the line of s around s[i] has an Arabic
// letter (Persian's are Arabic's, see script.IsArabicLetter), looking
// at most maxArabicLook bytes either way.
func arabicLine(s string, i int) bool {
	const maxArabicLook = 512
	for j := i; j > 0 && i-j < maxArabicLook; {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if r == '\n' {
			break
		}
		if script.IsArabicLetter(r) {
			return true
		}
		j -= n
	}
	for j := i; j < len(s) && j-i < maxArabicLook; {
		r, n := utf8.DecodeRuneInString(s[j:])
		if r == '\n' {
			break
		}
		if script.IsArabicLetter(r) {
			return true
		}
		j += n
	}
	return false
}

// SolarHijriError returns the error of a Solar Hijri date whose year is
// s[i:j], as the reader gives it where it refuses one: the dateline
// package's for one it finds written in Persian or Arabic digits, which
// it reads in ASCII ones, without the text's letters.
func SolarHijriError(s string, i, j int) *Error {
	return &Error{Input: s, Offset: i, Expected: solarHijriExpected, Found: s[i:j], Err: ErrRange}
}
