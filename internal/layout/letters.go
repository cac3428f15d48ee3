package layout

import (
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/gematria"
)

// The names of the Hebrew letters, as the Letters form writes them: those
// that name the days of a month (1 to 9, then 10, 20 and 30) and the rest,
// which name a year's tens and hundreds (40 to 90, then 100 to 400: Tof
// Shin Nun Alef, 5751).
var (
	lettersAshkenazi = [22]string{"Alef", "Beis", "Gimmel", "Daled", "Hei", "Vov", "Zayin", "Ches", "Tes",
		"Yud", "Chof", "Lamed", "Mem", "Nun", "Samech", "Ayin", "Pei", "Tzadik", "Kuf", "Reish", "Shin", "Tof"}
	lettersModern = [22]string{"Alef", "Bet", "Gimel", "Dalet", "Hei", "Vav", "Zayin", "Chet", "Tet",
		"Yud", "Kaf", "Lamed", "Mem", "Nun", "Samekh", "Ayin", "Pe", "Tsadi", "Kuf", "Resh", "Shin", "Tav"}
	// lettersScript spells each letter's name in Hebrew script, the mark
	// before its last letter: אל״ף is written as "אל", the mark, "ף".
	lettersScript = [22][2]string{
		{"אל", "ף"}, {"בי", "ת"}, {"גימ", "ל"}, {"דל", "ת"}, {"ה", "א"}, {"וי", "ו"},
		{"זי", "ן"}, {"חי", "ת"}, {"טי", "ת"}, {"יו", "ד"}, {"כ", "ף"}, {"למ", "ד"},
		{"מ", "ם"}, {"נו", "ן"}, {"סמ", "ך"}, {"עי", "ן"}, {"פ", "א"}, {"צד", "י"},
		{"קו", "ף"}, {"רי", "ש"}, {"שי", "ן"}, {"תי", "ו"},
	}
)

// LetterName returns the name of the Hebrew letter whose value is v (1 to
// 9, 10 to 90 or 100 to 400) in the Letters form of family f, with the
// marks of punctuation p for Hebrew script, or "" for another value. It is
// the table the parse package reads back.
func LetterName(v int, f hebrew.Family, p Punct) string {
	k := letterIndex(v)
	if k < 0 {
		return ""
	}
	var buf [16]byte
	return string(appendLetterName(buf[:0], k, f, p))
}

// letterIndex returns the index in the letter tables of value v, or -1.
func letterIndex(v int) int {
	switch {
	case v >= 1 && v <= 9:
		return v - 1
	case v >= 10 && v <= 90 && v%10 == 0:
		return 8 + v/10
	case v >= 100 && v <= 400 && v%100 == 0:
		return 17 + v/100
	}
	return -1
}

func appendLetterName(b []byte, k int, f hebrew.Family, p Punct) []byte {
	switch {
	case f.IsHebrew():
		b = append(b, lettersScript[k][0]...)
		switch p {
		case Gershayim:
			b = append(b, "״"...)
		case ASCII:
			b = append(b, '"')
		}
		return append(b, lettersScript[k][1]...)
	case f == hebrew.Ashkenazi:
		return append(b, lettersAshkenazi[k]...)
	}
	return append(b, lettersModern[k]...)
}

// appendLetters writes day n (1 to 30) by the names of its letters, tens
// first, as a Hebrew numeral writes them (15 and 16 are Tes Vov and Tes
// Zayin), in form f (Letters or LettersHyphen); another day in digits.
func appendLetters(b []byte, n int, f Form, fam hebrew.Family, p Punct) []byte {
	if n < 1 || n > 30 {
		return appendInt(b, n, 0)
	}
	tens, units := n/10*10, n%10
	if n == 15 || n == 16 {
		tens, units = 9, n-9
	}
	if tens > 0 {
		b = appendLetterName(b, letterIndex(tens), fam, p)
	}
	if units > 0 {
		if tens > 0 {
			b = append(b, pick(f == LettersHyphen && !fam.IsHebrew(), "-", " ")...)
		}
		b = appendLetterName(b, letterIndex(units), fam, p)
	}
	return b
}

// appendYearLetters writes Hebrew year y from 5100 to 5999 by the names of
// the letters that write it without its thousands, largest first, as
// Chabad's letters write a year after a day named so: 5751 (תשנ״א) is Tof
// Shin Nun Alef, 5775 (תשע״ה) Tof Shin Ayin Hei. Another year is written
// in digits (see Layout.Validate).
func appendYearLetters(b []byte, y int, fam hebrew.Family, p Punct) []byte {
	if y < 5100 || y > 5999 {
		return appendInt(b, y, 0)
	}
	var buf [8]int
	for i, v := range gematria.Digits(y%1000, &buf) {
		if i > 0 {
			b = append(b, ' ')
		}
		b = appendLetterName(b, letterIndex(v), fam, p)
	}
	return b
}

// appendRoshChodeshDay writes Hebrew day h in the RoshChodeshDay form: א׳
// דר״ח, ב׳ דר״ח or ר״ח on the days of Rosh Chodesh, a numeral on others;
// with words, in the RoshChodeshDayWords form (א׳ דראש חודש).
func appendRoshChodeshDay(b []byte, h hebrew.Date, p Punct, words bool) []byte {
	which := 0 // the day of Rosh Chodesh; 0 for the only one
	switch {
	case h.Month == hebrew.Tishrei && h.Day == 1, h.Day != 1 && h.Day != 30:
		return appendNumber(b, h.Day, Numeral, p)
	case h.Day == 30:
		which = 1
	case h.AddDays(-1).Day == 30:
		which = 2
	}
	if which > 0 {
		b = appendNumber(b, which, Numeral, p)
		b = append(b, " ד"...)
	}
	if words {
		return append(b, "ראש חודש"...)
	}
	b = append(b, "ר"...)
	switch p {
	case Gershayim:
		b = append(b, "״"...)
	case ASCII:
		b = append(b, '"')
	}
	return append(b, "ח"...)
}
