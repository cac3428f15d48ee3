package parse

import (
	"os"
	"strings"
	"testing"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/words"
)

// startTexts are texts to hold the start table to phrase on: pages, the
// corpus, every word of the tables and every occasion's name in three
// letter cases, glued to digits and followed by text.
func startTexts(t testing.TB) []string {
	var texts []string
	for _, path := range []string{"testdata/article.txt", "testdata/article-he.txt", "../testdata/corpus/datelines.tsv", "../testdata/regressions.tsv"} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	var names []string
	for k := range latinWords {
		names = append(names, k)
	}
	names = append(names, words.MonthFirst...)
	for _, n := range hebrew.OccasionNames() {
		names = append(names, n.Name)
	}
	names = append(names, "Adar1", "AdarII", "Adar-I", "Sh'vat", "Sh’vat", "Ṭevet 5784", "Marchers", "Mayor")
	for _, n := range names {
		for _, v := range []string{n, strings.ToUpper(n), strings.ToTitle(n[:1]) + n[1:]} {
			texts = append(texts, v+" 22, 5784", v+"2 5784", "on "+v+" (5784)", v)
		}
	}
	return texts
}

// mayStartAgrees fails t where the start table says no phrase starts at a
// place where phrase reads one.
func mayStartAgrees(t *testing.T, text string) {
	t.Helper()
	var p parser
	for i := nextStart(text, 0); i < len(text); i = nextStart(text, skipToken(text, i)) {
		if mayStartPhrase(text, i) {
			continue
		}
		p.init(text)
		if _, ok := p.phrase(i); ok {
			t.Fatalf("%q at %d: the start table says no phrase starts here, but phrase reads one", text, i)
		}
	}
}

// TestMayStartPhrase: the start table is exact where it says no.
func TestMayStartPhrase(t *testing.T) {
	for _, text := range startTexts(t) {
		mayStartAgrees(t, text)
	}
}

func FuzzMayStartPhrase(f *testing.F) {
	for _, text := range startTexts(f) {
		if len(text) < 200 {
			f.Add(text)
		}
	}
	f.Fuzz(mayStartAgrees)
}
