package parse

import (
	"strings"
	"testing"

	"github.com/dualdate/dualdate/internal/script"
)

// nextStartByByte is nextStart as it was written first, deciding at each
// byte that is not inside an ASCII word or a rune: the reference that
// TestNextStart holds the one that crosses spaces and punctuation in a
// loop to.
func nextStartByByte(s string, i int) int {
	for i < len(s) {
		c := s[i]
		k := script.Class[c]
		switch {
		case k&script.ClassWord != 0:
			if wordStartsAt(s, i) {
				return i
			}
			for i++; i < len(s) && script.Class[s[i]]&script.ClassWord != 0; i++ {
			}
			continue
		case k&script.ClassHigh != 0:
			r, n := decode(s, i)
			if (script.IsHebrewLetter(r) || script.IsOtherLetter(r)) && wordStartsAt(s, i) {
				return i
			}
			i += n
			continue
		case c == '-' && isDigit(s, i+1) && (i == 0 || script.IsSpace(lastRuneOf(s, i))):
			return i
		}
		i++
	}
	return i
}

// nextStartAgrees fails t where nextStart gives, from any index of text,
// another start than nextStartByByte.
func nextStartAgrees(t *testing.T, text string) {
	t.Helper()
	for i := 0; i <= len(text); i++ {
		if got, want := nextStart(text, i), nextStartByByte(text, i); got != want {
			t.Fatalf("%q from %d: nextStart gives %d, by byte %d", text, i, got, want)
		}
	}
}

// TestNextStart: nextStart finds the starts that a scan byte by byte
// finds, on the start texts and on punctuation before digits, letters,
// minus signs and runes.
func TestNextStart(t *testing.T) {
	texts := append(startTexts(t), hebrewStartTexts()...)
	for _, a := range []string{"", " ", "x", "1", ".", ", ", "\n", "-", " -", "é", "\u00a0", "\u05d0", "\u05f3"} {
		for _, b := range []string{"a", "1", "-1", " -1", "-a", "x-1", "\u05d0", "é", "\u2029", "\xff", "\xd7"} {
			texts = append(texts, a+b, b+a, a+b+a, "3."+a+b, a+":"+b, b+","+a+"2")
		}
	}
	for _, text := range texts {
		nextStartAgrees(t, text)
	}
}

// FuzzNextStart: the same on any text.
func FuzzNextStart(f *testing.F) {
	for _, s := range []string{"On March 6, 2024 -0500-03-02 at 3.24.2024", "ב׳ טבת תשס״ו, Écrit le 2 сентября", "a  ,;  b\t\n-1 x-2"} {
		f.Add(s)
	}
	f.Fuzz(nextStartAgrees)
}

// paragraphBreakInWindow is paragraphBreak as it was written first,
// searching s[i:end] for U+2029 at each call: the reference that
// TestParagraphBreak holds the one told where the next U+2029 is to.
func paragraphBreakInWindow(s string, i, end int) int {
	w := s[i:end]
	if j := strings.Index(w, "\u2029"); j >= 0 {
		end, w = i+j, w[:j]
	}
	for k := 0; ; {
		j := strings.IndexByte(w[k:], '\n')
		if j < 0 {
			return end
		}
		k += j
		j = i + k + 1
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\v' || s[j] == '\f') {
			j++
		}
		if j < len(s) && s[j] == '\n' {
			return i + k
		}
		k++
	}
}

// TestParagraphBreak: told the first U+2029 at or after i, paragraphBreak
// finds the break that a search of the window finds, wherever the window
// starts and ends, a U+2029 that it cuts included.
func TestParagraphBreak(t *testing.T) {
	for _, text := range []string{"", "a\u2029b", "a\n\nb\u2029c\n \nd", "\u2029\u2029x\n", "ab\ncd\u2029\n\n", "x\n\t\n\u2029"} {
		for i := 0; i <= len(text); i++ {
			sep := len(text)
			if k := strings.Index(text[i:], "\u2029"); k >= 0 {
				sep = i + k
			}
			for end := i; end <= len(text); end++ {
				if got, want := paragraphBreak(text, i, end, sep), paragraphBreakInWindow(text, i, end); got != want {
					t.Fatalf("%q in [%d:%d]: %d, the window's search %d", text, i, end, got, want)
				}
			}
		}
	}
}
