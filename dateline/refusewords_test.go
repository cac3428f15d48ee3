package dateline

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/parse"
)

// TestMayRefuseWords: the quick look that spares Report.Layout the work
// of refuseWords misses no dateline refuseWords refuses, over the corpus,
// the regressions and the refused words in more places.
func TestMayRefuseWords(t *testing.T) {
	inputs := []string{
		"Rosenmontag, 12. Februar 2024", "Fastlagssöndagen den 11 februari 2024",
		"23 Eythaniym (Tishrei) 5785", "15 Nisan (Aviv) 5784", "15 Nisan  (Aviv) 5784", "15 Nisan (April) 5784, April 23, 2024",
		"Motzei Shabbat, March 2, 2024", "מוצאי שבת, כ״ב אדר א׳ תשפ״ד", "March 2, 2024 at noon",
		"עש״ק פרשת ויגש, ו׳ טבת תשס״ו", "עש״ק, כ״ה כסלו תשפ״ד",
	}
	for _, name := range []string{"../testdata/corpus/datelines.tsv", "../testdata/corpus/incoming.tsv", "../testdata/regressions.tsv"} {
		f, err := os.Open(name)
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			inputs = append(inputs, strings.Split(sc.Text(), "\t")[0])
		}
		require.NoError(t, f.Close())
	}
	refused := 0
	for _, s := range inputs {
		r, err := parse.Parse(s)
		if err != nil {
			continue
		}
		if refuseWords(s, &r) != nil {
			refused++
			assert.True(t, mayRefuseWords(&r), s)
		}
	}
	assert.GreaterOrEqual(t, refused, 8, "the made-up rows are refused")
}
