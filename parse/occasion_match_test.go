package parse

import (
	"strings"
	"testing"

	"github.com/dualdate/dualdate/hebrew"
)

// matchOccasionInFull is matchOccasion as it was written first, folding
// twelve words of the text whatever its first word: the reference that
// TestMatchOccasionFolds holds the one that folds no more words than the
// longest name its first word starts to.
func matchOccasionInFull(s string, i int, portion bool) (int, int, bool) {
	if !mayStartOccasion(s, i) {
		return 0, i, false
	}
	var one [48]byte
	if w1 := foldWord(one[:0], s, i); len(occasionTable()[string(w1)]) == 0 {
		return 0, i, false
	}
	var buf [192]byte
	folded, ends, words := foldOccasion(buf[:0], s, i, maxOccasionWords)
	if words == 0 {
		return 0, i, false
	}
	first := firstFolded(folded)
	names := hebrew.OccasionNames()
	for _, e := range occasionTable()[string(first)] {
		if (names[e.index].Kind == hebrew.Portion) != portion || len(e.key) > len(folded) ||
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
	for _, n := range hebrew.OccasionNames() {
		texts = append(texts, n.Name+"x 5784", n.Name+" Sheni", n.Name+": 8. Tag", "8. "+n.Name, n.Name+" · "+n.Name, n.Name+"-"+n.Name+" ראשון")
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
