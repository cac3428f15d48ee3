package crawl

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/dualdate/dualdate/internal/htmltext"
	"github.com/dualdate/dualdate/internal/script"
)

// Text returns the text of an HTML page as a reader sees it: the text of
// its elements with character references decoded, without scripts,
// styles and templates, a blank line after each block element (so the
// text of two paragraphs, table cells or list items does not run
// together into one dateline, as dateline.FindHTML reads none across
// them: with a line break alone, "<p>Friday</p><p>March 1, 2024</p>"
// was one dateline to the crawl and "March 1, 2024" to scan), a line
// break for a <br> and a blank line for two in a row (a line break
// inside a block, as FindHTML reads it: "Posted March 2,<br>2024" is
// March 2, 2024), a no-break space read as a space, and without the
// characters a browser shows as nothing (soft hyphens, zero-width spaces
// and joiners, direction marks), which dateline.FindHTML, and so
// `dualdate scan` on HTML, leaves out too. The spans of Find's matches
// are offsets in this text.
func Text(page []byte) string {
	z := html.NewTokenizer(bytes.NewReader(page))
	var b strings.Builder
	b.Grow(len(page) / 3)
	skip := 0     // depth inside elements whose text is not shown
	blockEnd := 0 // where the text after the last block element starts
	// A <br> is a line break, as dateline.FindHTML reads it (see
	// htmltext.LineBreak).
	brs := 0 // <br>s since the last text shown
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip > 0 {
				continue
			}
			t := z.Text()
			if brs > 0 {
				t = bytes.TrimLeft(t, htmltext.Space)
				if len(t) == 0 {
					continue
				}
				brs = 0
			}
			writeText(&b, t)
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if htmltext.Hidden(a) {
				switch {
				case tt == html.StartTagToken:
					skip++
				case tt == html.EndTagToken && skip > 0:
					skip--
				}
				continue
			}
			switch {
			case a == atom.Br:
				// </br> too: a browser reads it as <br>.
				if skip > 0 || b.Len() == blockEnd {
					continue
				}
				if htmltext.LineBreak(b.String()[blockEnd:], brs) {
					b.WriteByte('\n')
				}
				brs++
			case htmltext.Block(a):
				brs = 0
				if b.Len() > 0 && !strings.HasSuffix(b.String(), "\n\n") {
					if !strings.HasSuffix(b.String(), "\n") {
						b.WriteByte('\n')
					}
					b.WriteByte('\n')
				}
				blockEnd = b.Len()
			}
		}
	}
}

// writeText writes t with each no-break space as a space and without the
// characters that take no room (script.IsInvisible, the predicate
// dateline.FindHTML's reader drops them by). Kept, a soft hyphen or a
// direction mark split the word it was in: "March 2, 20&shy;24" was
// read as March 2 of the crawl's year, "Fri&shy;day, March 2, 2024"
// accepted with no word of its wrong weekday, "Feb&shy;ruary 29, 2024"
// not found and "כ&rlm;״ב אדר א׳ תשפ״ד" read as Adar I without its day,
// where scan read the same page right (found trying the command as an
// adversary).
func writeText(b *strings.Builder, t []byte) {
	start := 0
	for i := 0; i < len(t); {
		if t[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(t[i:])
		switch {
		case r == '\u00a0':
			b.Write(t[start:i])
			b.WriteByte(' ')
			start = i + n
		case script.IsInvisible(r):
			b.Write(t[start:i])
			start = i + n
		}
		i += n
	}
	b.Write(t[start:])
}
