package script

import "math/bits"

// ASCII bytes by class, so that a scan over text decodes nothing but the
// bytes above 0x7F: most of a page is ASCII, and a table lookup is a
// fraction of a call to Decode and the class tests.
const (
	ClassLetter uint8 = 1 << iota // A-Z, a-z
	ClassDigit                    // 0-9
	ClassSpace                    // IsSpace: space, tab, line ends
	ClassHigh                     // a byte of a multi-byte rune: decode it
)

// ClassWord is the classes that IsWordRune holds for an ASCII byte.
const ClassWord = ClassLetter | ClassDigit

// Class is the class of each byte.
var Class = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= 0x80:
			t[c] = ClassHigh
		case IsLatinLetter(rune(c)):
			t[c] = ClassLetter
		case IsDigit(byte(c)):
			t[c] = ClassDigit
		case IsSpace(rune(c)):
			t[c] = ClassSpace
		}
	}
	return t
}()

// Load8 returns the first eight bytes of s, little-endian, as one load.
func Load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// HebrewRun returns the length in bytes of the run of Hebrew letters
// (U+05D0-U+05EA, each 0xD7 and a byte from 0x90 to 0xAA) at s[i:], four
// letters at a time: a few operations on a word of memory, where a loop
// over the letters takes a branch for each of their two bytes.
func HebrewRun(s string, i int) int {
	const (
		hi = 0x8080808080808080
		// By byte, each letter's lead and second byte, folded to seven
		// bits: the lowest that is one, and one more than the highest.
		lowest = 0x1057105710571057
		beyond = 0x2b582b582b582b58
	)
	n := i
	for ; n+8 <= len(s); n += 8 {
		v := Load8(s[n:])
		x := v &^ hi
		// A byte of x is at least lowest's if adding 0x80 less lowest's
		// sets its high bit, and below beyond's if adding 0x80 less
		// beyond's does not; no sum carries into the next byte.
		in := (x + (hi - lowest)) &^ (x + (hi - beyond)) & v & hi
		if in != hi {
			return n - i + bits.TrailingZeros64(^in&hi)/16*2
		}
	}
	for n+1 < len(s) && s[n] == 0xD7 && s[n+1] >= 0x90 && s[n+1] <= 0xAA {
		n += 2
	}
	return n - i
}
