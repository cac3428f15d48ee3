package dateline

import "github.com/dualdate/dualdate/internal/htmltext"

// FindHTML is Find for an HTML page as scraped. It reads the page's text
// as a browser shows it (as the crawl's Text does: see package
// internal/htmltext), with golang.org/x/net/html's tokenizer: tags are
// left out, so that "2<sup>nd</sup>" is "2nd"; character references are
// decoded ("&#124;" is a bar, and "&nbsp;" a space); characters that
// take no room, soft hyphens, zero-width spaces and joiners, direction
// marks, are left out, so that "Sep&shy;tem&shy;ber" is "September"
// and "כ&rlm;״ב" is "כ״ב"; comments and the
// contents of scripts, styles, templates and the like are skipped; a
// dateline does not run from one block (a paragraph, a table cell, a list
// item) into the next; and a <br> is the line break a browser shows it
// as, read as a line break in plain text is ("March 2,<br>2024" is March
// 2, 2024), and two in a row as a blank line, a paragraph break. The
// matches' Start and End are byte offsets in page, the original bytes,
// so that page[m.Start:m.End] is the markup the dateline was read from,
// tags and references included; each Match's Input is the text read
// there, and its problems' spans are offsets in Input, as Find's are.
// FindHTML does not check that page is HTML: text without markup gives
// what Find gives, except that a character reference in it is decoded.
func FindHTML(page string, opts ...Option) []Match {
	o := makeOptions(opts)
	return findHTML(page, &o)
}

// FindHTML is [FindHTML] with the Reader's options.
func (rd *Reader) FindHTML(page string) []Match { return findHTML(page, &rd.o) }

func findHTML(page string, o *options) []Match {
	t := htmltext.Read(page)
	var out []Match
	for _, b := range t.Blocks {
		for _, m := range find(t.Text[b.Start:b.End], 0, o) {
			m.Start, m.End = t.PageStart(b.Start+m.Start), t.PageEnd(b.Start+m.End)
			out = append(out, m)
			if len(out) == MaxMatches {
				return out
			}
		}
	}
	return out
}
