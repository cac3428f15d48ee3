package script

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestClass: the table says of every ASCII byte what the rune tests say.
func TestClass(t *testing.T) {
	for c := range 256 {
		k := Class[c]
		if c >= 0x80 {
			if k != ClassHigh {
				t.Errorf("%#x: class %b, want high", c, k)
			}
			continue
		}
		r := rune(c)
		if got, want := k&ClassLetter != 0, IsLatinLetter(r); got != want {
			t.Errorf("%q: letter %v, want %v", r, got, want)
		}
		if got, want := k&ClassDigit != 0, IsDigit(byte(c)); got != want {
			t.Errorf("%q: digit %v, want %v", r, got, want)
		}
		if got, want := k&ClassSpace != 0, IsSpace(r); got != want {
			t.Errorf("%q: space %v, want %v", r, got, want)
		}
		if got, want := k&ClassWord != 0, IsWordRune(r); got != want {
			t.Errorf("%q: word %v, want %v", r, got, want)
		}
	}
}

// TestDecode: Decode reads what utf8 reads, for every rune of one and two
// bytes, every lead byte with a bad continuation and at the end of text.
func TestDecode(t *testing.T) {
	check := func(s string) {
		t.Helper()
		r, n := Decode(s, 0)
		wr, wn := utf8.DecodeRuneInString(s)
		if r != wr || n != wn {
			t.Errorf("Decode(%q) = %q, %d; utf8 gives %q, %d", s, r, n, wr, wn)
		}
	}
	for r := rune(0); r < 0x800; r++ {
		check(string(r) + "x")
	}
	for c := 0x80; c < 0x100; c++ {
		check(string([]byte{byte(c)}))
		check(string([]byte{byte(c), 'x'}))
		check(string([]byte{byte(c), 0xC0}))
		check(string([]byte{byte(c), 0x80}))
	}
}

func TestBareHebrew(t *testing.T) {
	for s, want := range map[string]bool{
		"אדר": true, "תשרי": true, "": false, "אדר ": false, "כ״ב": false,
		"שָׁבָט": false, "ײַ": false, "adar": false, "א": true, "\xd7": false,
	} {
		if got := BareHebrew(s); got != want {
			t.Errorf("BareHebrew(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestLatin1Spaces(t *testing.T) {
	for in, want := range map[string]string{
		"Jan 2":               "Jan 2",
		"Jan\xa0\xa02":        "Jan\u00a0\u00a02",
		"08-08-2014\xa018:29": "08-08-2014\u00a018:29",
		"Jan\u00a02":          "Jan\u00a02",
		"\xff\xa0":            "\xff\u00a0", // another stray byte stays as it is
		"כ״ב\xa0אדר":          "כ״ב\u00a0אדר",
	} {
		if got := Latin1Spaces(in); got != want {
			t.Errorf("Latin1Spaces(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestHebrewRun: HebrewRun counts what a loop over the letters' bytes
// counts, for every pair of bytes after a run of each length and at each
// place in the word of eight.
func TestHebrewRun(t *testing.T) {
	loop := func(s string, i int) int {
		n := i
		for n+1 < len(s) && s[n] == 0xD7 && s[n+1] >= 0x90 && s[n+1] <= 0xAA {
			n += 2
		}
		return n - i
	}
	for a := range 256 {
		for b := range 256 {
			for n := range 7 {
				for pre := range 5 {
					s := []byte(strings.Repeat("-", pre) + strings.Repeat("\u05d0\u05ea", n)[:2*n] + "xy" + "\u05d1\u05d2\u05d3\u05d4\u05d5")
					s[pre+2*n], s[pre+2*n+1] = byte(a), byte(b)
					if got, want := HebrewRun(string(s), pre), loop(string(s), pre); got != want {
						t.Fatalf("HebrewRun(%q, %d) = %d, want %d", s, pre, got, want)
					}
					if got, want := HebrewRun(string(s[:pre+2*n+1]), pre), 2*n; got != want {
						t.Fatalf("HebrewRun(%q, %d) = %d, want %d", s[:pre+2*n+1], pre, got, want)
					}
				}
			}
		}
	}
}
