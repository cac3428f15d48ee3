package crawl

import (
	"strings"

	"github.com/dualdate/dualdate/internal/htmltext"
)

// Text returns the text of an HTML page as a reader sees it: the text
// dateline.FindHTML, and so `dualdate scan` on HTML, reads (see
// htmltext.Read: character references decoded, scripts, styles and
// templates left out, a <br> a line break and two a blank line, the
// characters a browser shows as nothing left out), with each block
// (paragraph, table cell, list item) followed by a blank line, so that
// the text of two blocks does not run together into one dateline, as
// FindHTML reads none across them, and a no-break space written as a
// space. The crawl kept a reader of its own before, and it drifted from
// FindHTML's: "<p>Friday</p><p>March 1, 2024</p>" was one dateline to
// the crawl and "March 1, 2024" to scan, and a soft hyphen in
// "Sep&shy;tember" split the crawl's word. The spans of Find's matches
// are offsets in this text.
func Text(page []byte) string {
	t := htmltext.Read(string(page))
	var b strings.Builder
	b.Grow(len(t.Text) + 2*len(t.Blocks))
	for _, s := range t.Blocks {
		block := t.Text[s.Start:s.End]
		if strings.Trim(block, htmltext.Space) == "" {
			continue // the source's white space between blocks
		}
		if strings.Contains(block, "\u00a0") {
			block = strings.ReplaceAll(block, "\u00a0", " ")
		}
		b.WriteString(block)
		if !strings.HasSuffix(block, "\n\n") {
			if !strings.HasSuffix(block, "\n") {
				b.WriteByte('\n')
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}
