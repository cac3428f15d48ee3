package script

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
