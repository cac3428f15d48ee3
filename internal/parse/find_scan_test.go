package parse

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dualdate/dualdate/internal/script"
	"github.com/dualdate/dualdate/internal/words"
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

// crossProseAgrees fails t where crossProse, from a start of text,
// passes a start at which next, reading each start with nextStart and
// latinStart or hebrewStart as it did before crossProse, would have tried
// a phrase, or stops elsewhere than at a start next would have read.
// crossProse may stop before a word those turn away, and leave it to
// next: one they turn away only by a lookup or by the text after it.
func crossProseAgrees(t *testing.T, text string) {
	t.Helper()
	for i := nextStart(text, 0); i < len(text); i = nextStart(text, skipToken(text, i)) {
		got := crossProse(text, i)
		j := nextStart(text, i)
		for j < got {
			if may, end := startAt(text, j); !may {
				j = nextStart(text, end)
				continue
			}
			t.Fatalf("%q from %d: crossProse passes %d, where next tries a phrase, and stops at %d", text, i, j, got)
		}
		if j != got {
			t.Fatalf("%q from %d: crossProse stops at %d, no start next reads", text, i, got)
		}
	}
}

// startAt is next's test of a start at s[i] before crossProse: latinStart
// or hebrewStart, or for any other start, that a phrase may start there.
func startAt(s string, i int) (may bool, end int) {
	switch c := s[i]; {
	case script.Class[c]&script.ClassLetter != 0:
		return latinStart(s, i)
	case c == 0xD7:
		return hebrewStart(s, i)
	case c-'0' < 10:
		return numberStart(s, i)
	}
	return true, i
}

// TestCrossProse: crossProse stops where next stopped before it, on the
// start texts, on words of ASCII letters of every length with every byte
// after them, and on long words.
func TestCrossProse(t *testing.T) {
	texts := append(startTexts(t), hebrewStartTexts()...)
	for c := range 256 {
		for _, w := range []string{"a", "on", "the", "may", "Sunday", "sunburnt", "Septmber", "Marchers", "\u05d0\u05d1\u05d2\u05d3"} {
			texts = append(texts, w+string(rune(c))+"x 5", w+string([]byte{byte(c)})+"2 ", ". "+w+string([]byte{byte(c)}))
		}
	}
	texts = append(texts, strings.Repeat("a", 63)+" x", strings.Repeat("a", 64)+" x", strings.Repeat("x", 200)+" "+strings.Repeat("\u05d0", 70)+" z")
	// An Adar's ordinal before it (II. Ádár 14), and a Roman numeral
	// before other words.
	texts = append(texts, "naptár: II. Ádár 14, 5779; I. Ádár 24", "Part II. Adaptations, I. Adam", "I. ", "II.", "I. Adar")
	for _, text := range texts {
		crossProseAgrees(t, text)
	}
}

// TestCrossProseStopsAtTableWords: crossProse stops at every word of the
// grammar's tables, Latin and Hebrew, in three letter cases, at which
// next's test of a start (latinStart, hebrewStart) lets a phrase start:
// the prefilter is built from the tables, so that it crosses no word the
// parser reads (TestMayStartPhrase holds that test to phrase).
func TestCrossProseStopsAtTableWords(t *testing.T) {
	var table []string
	for k := range latinWords {
		table = append(table, k)
	}
	table = append(table, words.MonthFirst...)
	table = append(table, markerStarts...)
	table = append(table, zmanStarts[:]...)
	for k := range occasionTable() {
		table = append(table, k)
	}
	for k := range hebrewWords {
		table = append(table, k, "ב"+k)
	}
	for k := range hebrewUnits {
		table = append(table, k)
	}
	for k := range hebrewTens {
		table = append(table, k)
	}
	table = append(table, words.HebrewMonthStarts...)
	stops := 0
	for _, w := range table {
		r, n := utf8.DecodeRuneInString(w)
		for _, v := range []string{w, strings.ToUpper(w), string(unicode.ToTitle(r)) + w[n:]} {
			for _, text := range []string{"the, " + v + " 5", "של, " + v + " 5"} {
				k := strings.Index(text, v)
				if nextStart(text, k) != k {
					continue // (תשעה באב): the bracket starts no word
				}
				if may, _ := startAt(text, k); !may {
					continue
				}
				stops++
				if got := crossProse(text, 0); got != k {
					t.Errorf("%q: crossProse stops at %d, not at the table's word at %d", text, got, k)
				}
			}
		}
	}
	if stops < 1000 {
		t.Fatalf("%d words of the tables start a phrase: too few to hold crossProse to", stops)
	}
}

// FuzzCrossProse: crossProse agrees with next's reading of starts on any
// text.
func FuzzCrossProse(f *testing.F) {
	for _, s := range []string{"On March 6, 2024 the Marchers met", "Sunburn\u2029may 5", "ב׳ טבת תשס״ו, Écrit le 2 сентября", "the cat's hat (a)\"b\" x'y z-1"} {
		f.Add(s)
	}
	f.Fuzz(crossProseAgrees)
}

// nextByStarts is scanner.next as it was before crossProse, trying each
// start nextStart finds (try then tests it with latinStart, hebrewStart
// or mayStartPhrase): the reference that TestAllByStarts and
// FuzzAllByStarts hold next to.
func (sc *scanner) nextByStarts(layout bool) bool {
	for i := sc.i; ; {
		i = nextStart(sc.text, i)
		if i >= len(sc.text) {
			sc.i = i
			return false
		}
		var found bool
		if i, found = sc.try(i, layout); found {
			return true
		}
	}
}

// allByStarts is All by nextByStarts.
func allByStarts(text string) []Result {
	var sc scanner
	sc.init(text, 0)
	var out []Result
	for sc.nextByStarts(false) {
		p := &sc.p
		out = append(out, Result{Input: text, Start: p.start, End: p.last, Fields: p.result(nil)})
	}
	return out
}

// allAgreesByStarts fails t where All finds in text other than what the
// scan before crossProse found.
func allAgreesByStarts(t *testing.T, text string) {
	t.Helper()
	var got []Result
	for r := range All(text) {
		got = append(got, r)
	}
	want := allByStarts(text)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: All finds %v, the scan by starts %v", text, got, want)
	}
}

// TestAllByStarts: All finds what the scan before crossProse found, on the
// start texts: pages, the corpus, the tables' words.
func TestAllByStarts(t *testing.T) {
	for _, text := range append(startTexts(t), hebrewStartTexts()...) {
		allAgreesByStarts(t, text)
	}
}

// FuzzAllByStarts: the same on any text.
func FuzzAllByStarts(f *testing.F) {
	for _, s := range []string{"Wednesday, March 6th | 26 Adar I 5784", "יום שבת, כ״ב באדר א׳ תשפ״ד · 2 במרץ 2024", "Sundy, March 6\n\nSunburn may 5 city's Sh'vat 5", "By Miriam | March 5, 2024 3:12 pm\u2029Tuesday"} {
		f.Add(s)
	}
	f.Fuzz(allAgreesByStarts)
}
