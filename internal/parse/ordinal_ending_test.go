package parse

import "testing"

// ordinalEndingByEnding is ordinalEnding as it was written first, trying
// every ending whatever byte follows the day: the reference that
// TestOrdinalEndingFirstBytes holds the one that looks at that byte first
// to.
func ordinalEndingByEnding(s string, e int) int {
	for _, suffix := range [...]string{"טן", "סטן", "טער", "סטער", "°", "º", ".º", ".°", "-го", "-ого", "-е", "-ое"} {
		if len(s)-e >= len(suffix) && s[e:e+len(suffix)] == suffix && wordEnds(s, e+len(suffix)) {
			return e + len(suffix)
		}
	}
	if e < len(s) && s[e] == 'd' && wordEnds(s, e+1) && (s[e-1] == '2' || s[e-1] == '3') && (e < 2 || s[e-2] != '1') {
		return e + 1 // 22d, 3d: English's old ordinal
	}
	if k := matchWords(s, e, "er", "e"); k > e && isDigit(s, e-1) {
		if k-e == 2 && (s[e-1] != '1' || e >= 2 && isDigit(s, e-2)) {
			return e
		}
		return k
	}
	if k := matchWords(s, e, "ero", "ro", "o"); k > e && s[e-1] == '1' && (e < 2 || !isDigit(s, e-2)) {
		if k < len(s) && s[k] == '.' {
			k++
		}
		return k
	}
	return e
}

// TestOrdinalEndingFirstBytes: ordinalEnding finds the ending the trial
// of every ending finds, after a day and any byte, and after the endings
// themselves in any case.
func TestOrdinalEndingFirstBytes(t *testing.T) {
	var tails []string
	for c := range 256 {
		tails = append(tails, string([]byte{byte(c)}), string([]byte{byte(c)})+" x", string([]byte{byte(c), 'r'}), string([]byte{byte(c), 'R', ' '}))
	}
	for _, ending := range []string{"טן", "סטן", "טער", "סטער", "°", "º", ".º", ".°", "er", "ER", "e", "E", "eR", "ro", "RO", "ero", "o", "O", "ro.", "o.", "oo", "d", "D", "dd"} {
		tails = append(tails, ending, ending+" Adar", ending+"x", ending+"5")
	}
	for _, day := range []string{"1", "2", "11", "21", "12", "23", "x"} {
		for _, tail := range tails {
			s := day + tail
			if got, want := ordinalEnding(s, len(day)), ordinalEndingByEnding(s, len(day)); got != want {
				t.Fatalf("%q after %d: ordinalEnding gives %d, the trial of every ending %d", s, len(day), got, want)
			}
		}
		if got := ordinalEnding(day, len(day)); got != len(day) {
			t.Fatalf("%q at its end: ordinalEnding gives %d", day, got)
		}
	}
}
