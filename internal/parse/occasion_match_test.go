package parse

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/script"
	namewords "github.com/dualdate/dualdate/internal/words"
	"github.com/dualdate/dualdate/occasion"
)

// matchOccasionInFull is matchOccasion as it was written first, folding
// twelve words of the text whatever its first word: the reference that
// TestMatchOccasionFolds holds the one that folds no more words than the
// longest name its first word starts to.
func matchOccasionInFull(s string, i int, portion bool) (int, int, bool) {
	k, e, ok := matchOccasionInFullAt(s, i, portion)
	if ok && yomSecondWord(s, i, k) {
		return 0, i, false
	}
	return k, e, ok
}

// matchOccasionInFullAt is matchOccasionInFull without the test of the
// word before, as matchOccasionAt is matchOccasion.
func matchOccasionInFullAt(s string, i int, portion bool) (int, int, bool) {
	if !mayStartOccasion(s, i) {
		return 0, i, false
	}
	var one [48]byte
	if w1 := foldWord(one[:0], s, i); len(occasionTable()[string(w1)]) == 0 {
		if k, end, ok := matchArticled(s, i, w1, portion); ok {
			return k, end, true // Purimul
		}
		return matchCompound(s, i, w1, portion) // Pessachfest
	}
	var buf [192]byte
	folded, ends, words := foldOccasion(buf[:0], s, i, maxOccasionWords)
	if words == 0 {
		return 0, i, false
	}
	first := firstFolded(folded)
	names := occasionNames()
	for _, e := range occasionTable()[string(first)] {
		if (names[e.index].Kind == occasion.Portion) != portion || len(e.key) > len(folded) ||
			string(folded[:len(e.key)]) != e.key || len(e.key) < len(folded) && folded[len(e.key)] != ' ' {
			continue
		}
		end := ends[strings.Count(e.key, " ")]
		if !wordEnds(s, end) {
			continue
		}
		return e.index, end, true
	}
	return 0, i, false
}

// matchOccasionAgrees fails t where matchOccasion reads otherwise than
// matchOccasionInFull at a start of text.
func matchOccasionAgrees(t *testing.T, text string) {
	t.Helper()
	for i := nextStart(text, 0); i < len(text); i = nextStart(text, skipToken(text, i)) {
		for _, portion := range []bool{false, true} {
			idx, end, ok := matchOccasion(text, i, portion)
			wIdx, wEnd, wOK := matchOccasionInFull(text, i, portion)
			if idx != wIdx || end != wEnd || ok != wOK {
				t.Fatalf("%q at %d (portion %v): matchOccasion gives %d, %d, %v, folding in full %d, %d, %v", text, i, portion, idx, end, ok, wIdx, wEnd, wOK)
			}
		}
	}
}

// TestMatchOccasionFolds: matchOccasion reads as it would folding twelve
// words, on the start texts (every occasion's name among them) and on
// every name with a word glued to its last, an ordinal dot, and a longer
// name's words after it.
func TestMatchOccasionFolds(t *testing.T) {
	texts := append(startTexts(t), hebrewStartTexts()...)
	for _, n := range occasionNames() {
		texts = append(texts, n.Text+"x 5784", n.Text+" Sheni", n.Text+": 8. Tag", "8. "+n.Text, n.Text+" · "+n.Text, n.Text+"-"+n.Text+" ראשון")
	}
	for _, text := range texts {
		matchOccasionAgrees(t, text)
	}
}

// FuzzMatchOccasion: the same on any text.
func FuzzMatchOccasion(f *testing.F) {
	for _, s := range []string{"Rosh Hashana II 5784", "ראש העיר, ראש חודש אדר א׳", "Chanukah: 8. Tag", "Shabbat Shuva, Erev Yom Kippur"} {
		f.Add(s)
	}
	f.Fuzz(matchOccasionAgrees)
}

// foldOccasionByRune is foldOccasion as it was written first, decoding
// every rune: the reference that TestFoldOccasionLetters holds the one
// that folds ASCII and Hebrew letters without decoding them to.
func foldOccasionByRune(b []byte, s string, i, limit int) ([]byte, [maxOccasionWords]int, int) {
	var ends [maxOccasionWords]int
	limit = min(limit, len(ends))
	words := 0
	inWord := false
	for i < len(s) && words < limit && len(b) < cap(b)-4 {
		r, n := script.Decode(s, i)
		switch {
		case r == '"' && inWord && !nameLetterAt(s, i+n):
			ends[words] = i
			words++
			inWord = false
			i = len(s)
			continue
		case script.IsNameMark(r):
		case ordinalMark(s, i, r, n, inWord && b[len(b)-1] >= '0' && b[len(b)-1] <= '9'):
		case inWord && script.IsDash(r) && namewords.JoinsNext(b[bytes.LastIndexByte(b, ' ')+1:]):
		case script.IsNameSpace(r):
			if inWord {
				ends[words] = i
				words++
				inWord = false
				b = append(b, ' ')
			}
		case script.IsLatinLetter(r), script.IsHebrewLetter(r), script.IsOtherLetter(r), r >= '0' && r <= '9', r == '(', r == ')' && opened(b):
			inWord = true
			b = appendFolded(b, s, i, r, n)
		default:
			if inWord {
				ends[words] = i
				words++
				inWord = false
			}
			i = len(s)
			continue
		}
		i += n
	}
	if inWord && words < limit {
		ends[words] = i
		words++
	} else if len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	return b, ends, words
}

// foldWordByRune is foldWord as it was written first, decoding every
// rune.
func foldWordByRune(b []byte, s string, i int) []byte {
	for i < len(s) && len(b) < cap(b) {
		r, n := script.Decode(s, i)
		switch {
		case r == '"' && len(b) > 0 && !nameLetterAt(s, i+n):
			return b
		case script.IsNameMark(r):
		case script.IsLatinLetter(r), script.IsHebrewLetter(r), script.IsOtherLetter(r), r >= '0' && r <= '9', r == '(', r == ')' && opened(b):
			b = appendFolded(b, s, i, r, n)
		case len(b) > 0 && script.IsDash(r) && namewords.JoinsNext(b):
		default:
			return b
		}
		i += n
	}
	return b
}

// TestFoldOccasionLetters: foldOccasion and foldWord fold as a reading
// rune by rune does, from every start of the start texts and the names
// (foldOccasion from those matchOccasion folds from).
func TestFoldOccasionLetters(t *testing.T) {
	texts := append(startTexts(t), hebrewStartTexts()...)
	for _, n := range occasionNames() {
		texts = append(texts, n.Text+": 8. Tag, "+n.Text+"º día")
	}
	for _, text := range texts {
		for i := nextStart(text, 0); i < len(text); i = nextStart(text, skipToken(text, i)) {
			var w1, w2 [48]byte
			if got, want := foldWord(w1[:0], text, i), foldWordByRune(w2[:0], text, i); string(got) != string(want) {
				t.Fatalf("%q at %d: foldWord gives %q, by rune %q", text, i, got, want)
			}
			if !mayStartOccasion(text, i) {
				continue // nor does matchOccasion fold from here
			}
			for _, limit := range []int{1, 3, maxOccasionWords} {
				var b1, b2 [192]byte
				got, gotEnds, gotWords := foldOccasion(b1[:0], text, i, limit)
				want, wantEnds, wantWords := foldOccasionByRune(b2[:0], text, i, limit)
				if string(got) != string(want) || gotEnds != wantEnds || gotWords != wantWords {
					t.Fatalf("%q at %d, %d words: foldOccasion gives %q %v %d, by rune %q %v %d", text, i, limit, got, gotEnds, gotWords, want, wantEnds, wantWords)
				}
			}
		}
	}
}

// TestFoldOccasionIsKey: the two folds of an occasion's name, the
// reader's (foldOccasion, over text, stopping at punctuation and noting
// where each word ends) and occasion.Key's (over a whole name), say
// the same of every one of hebcal's English names: they share which runes
// are left out (script.IsNameMark), which separate words
// (script.IsNameSpace) and how a letter folds (script.Fold, of which
// appendFolded is a fast path).
func TestFoldOccasionIsKey(t *testing.T) {
	n := 0
	for _, name := range occasion.Names() {
		if name.Family != hebrew.Hebcal {
			continue // Key gives another locale's name its English name's key
		}
		var buf [192]byte
		key, _, _ := foldOccasion(buf[:0], name.Text, 0, maxOccasionWords)
		if string(key) != occasion.Key(name.Text) {
			t.Errorf("%q: foldOccasion %q, Key %q", name.Text, key, occasion.Key(name.Text))
		}
		n++
	}
	if n < 100 {
		t.Errorf("only %d of hebcal's English names", n)
	}
}
