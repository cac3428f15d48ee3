package script

import "testing"

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
