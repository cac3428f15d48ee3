package parse_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/parse"
)

var benchInputs = []struct{ name, in string }{
	{"dateline", "Saturday, March 2nd | 22 Adar I 5784"},
	{"timestamp", "September 28, 2022 10:39 am"},
	{"hebrew", "יום שבת, כ״ב באדר א׳ ה׳תשפ״ד"},
	{"numeric", "09/28/2022 03:05:48 PM"},
	{"range", "Thursday night-Friday November 30-December 1 / 18 Kislev"},
}

func BenchmarkParse(b *testing.B) {
	for _, bi := range benchInputs {
		b.Run(bi.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bi.in)))
			for b.Loop() {
				if _, err := parse.Parse(bi.in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkAll finds the datelines in a page of an English-language and
// of a Hebrew-language news site.
func BenchmarkAll(b *testing.B) {
	for _, page := range []struct {
		file string
		want int
	}{{"article.txt", 2}, {"article-he.txt", 10}} {
		data, err := os.ReadFile("testdata/" + page.file)
		require.NoError(b, err)
		text := string(data)
		b.Run(page.file, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				n := 0
				for range parse.All(text) {
					n++
				}
				if n != page.want {
					b.Fatalf("%d datelines, want %d", n, page.want)
				}
			}
		})
	}
}

func BenchmarkLayout(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		parse.Layout("Monday, January 2nd | 2 Tevet 5766")
	}
}

// TestParseAllocs: Parse allocates the fields of its result, once, and
// nothing else.
func TestParseAllocs(t *testing.T) {
	for _, bi := range benchInputs {
		n := testing.AllocsPerRun(100, func() {
			if _, err := parse.Parse(bi.in); err != nil {
				t.Fatal(err)
			}
		})
		assert.LessOrEqual(t, n, 1.0, "%s: %q", bi.name, bi.in)
	}
}

// TestAllAllocs: All allocates the fields of each result it yields, and
// little else.
func TestAllAllocs(t *testing.T) {
	page, err := os.ReadFile("testdata/article.txt")
	require.NoError(t, err)
	text := string(page)
	n := testing.AllocsPerRun(20, func() {
		for range parse.All(text) {
		}
	})
	assert.LessOrEqual(t, n, 2.0+2, "two datelines on the page")
}
