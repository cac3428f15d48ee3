package htmltext

import (
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/dualdate/dualdate/internal/script"
)

// A Text is the text of a page as a browser shows it, and where each
// piece of it came from (see Read).
type Text struct {
	Text   string
	Blocks []Span // the blocks of text, in order
	Times  []Time // the <time> elements with a datetime attribute, in order
	pieces []piece
}

// A Time is a <time datetime="..."> element: its text, Text.Text[Start:End],
// its attribute, and its span in the page, from its start tag to the end
// of its end tag (or of the text that a new <time> or the page's end cut).
type Time struct {
	Start, End         int
	Datetime           string
	PageStart, PageEnd int
}

// A Span is a block of a Text: Text.Text[Start:End].
type Span struct{ Start, End int }

// A piece is a run of text taken from one place in the page: the same
// bytes (verbatim), or bytes decoded from a character reference.
type piece struct {
	text, page int // where it starts in the text and in the page
	n, pageN   int // its length in the text and in the page
	verbatim   bool
}

// Read returns the text of page as a browser shows it, and the map back
// to it. It reads the page with golang.org/x/net/html's tokenizer: tags
// are left out, so that "2<sup>nd</sup>" is "2nd"; character references
// are decoded ("&#124;" is a bar, and "&nbsp;" a space); characters that
// take no room, soft hyphens, zero-width spaces and joiners, direction
// marks, are left out, so that "Sep&shy;tem&shy;ber" is "September" and
// "כ&rlm;״ב" is "כ״ב"; comments and the text of Hidden elements are
// skipped; each Block element ends a block of text; and a <br> is the
// line break a browser shows (see LineBreak). Read does not check that
// page is HTML: text without markup is one block, with its character
// references decoded.
func Read(page string) Text {
	var t Text
	var b strings.Builder
	b.Grow(len(page) / 2)
	blockStart := 0
	endBlock := func() {
		if b.Len() > blockStart {
			t.Blocks = append(t.Blocks, Span{blockStart, b.Len()})
		}
		blockStart = b.Len()
	}
	add := func(s string, at, pageN int, verbatim bool) {
		if s == "" {
			return
		}
		if n := len(t.pieces); verbatim && n > 0 {
			last := &t.pieces[n-1]
			if last.verbatim && last.page+last.pageN == at && last.text+last.n == b.Len() {
				last.n += len(s)
				last.pageN += len(s)
				b.WriteString(s)
				return
			}
		}
		t.pieces = append(t.pieces, piece{text: b.Len(), page: at, n: len(s), pageN: pageN, verbatim: verbatim})
		b.WriteString(s)
	}
	// lineBreak adds the line break a <br> at page offset at shows
	// (see LineBreak), as a '\n' read from the tag, so that the
	// dateline reader sees what it sees in plain text with a line break
	// there.
	brs := 0 // <br>s since the last text shown
	lineBreak := func(at, pageN int) {
		text := b.String()[blockStart:]
		if text == "" {
			return
		}
		if LineBreak(text, brs) {
			add("\n", at, pageN, false)
		}
		brs++
	}
	z := html.NewTokenizer(strings.NewReader(page))
	pos := 0  // the offset of the current token in page
	skip := 0 // depth inside elements whose text is not shown
	for {
		tt := z.Next()
		raw := z.Raw()
		at := pos
		pos += len(raw)
		switch tt {
		case html.ErrorToken:
			if n := len(t.Times); n > 0 && t.Times[n-1].End < 0 {
				t.Times[n-1].End, t.Times[n-1].PageEnd = b.Len(), pos
			}
			endBlock()
			t.Text = b.String()
			return t
		case html.TextToken:
			if skip > 0 {
				continue
			}
			text := string(raw)
			if brs > 0 {
				n := len(text) - len(strings.TrimLeft(text, Space))
				text, at = text[n:], at+n
				if text == "" {
					continue
				}
				brs = 0
			}
			decodeText(text, at, add)
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if Hidden(a) {
				switch {
				case tt == html.StartTagToken:
					skip++
				case tt == html.EndTagToken && skip > 0:
					skip--
				}
				continue
			}
			if a == atom.Time && skip == 0 {
				if n := len(t.Times); n > 0 && t.Times[n-1].End < 0 {
					t.Times[n-1].End, t.Times[n-1].PageEnd = b.Len(), at // </time> left out, or nested
					if tt == html.EndTagToken {
						t.Times[n-1].PageEnd = at + len(raw)
					}
				}
				if tt == html.StartTagToken {
					if v, ok := attr(z, "datetime"); ok {
						t.Times = append(t.Times, Time{Start: b.Len(), End: -1, Datetime: v, PageStart: at})
					}
				}
			}
			switch {
			case a == atom.Br:
				// </br> too: a browser reads it as <br>.
				if skip == 0 {
					lineBreak(at, len(raw))
				}
			case Block(a):
				endBlock()
				brs = 0
			}
		}
	}
}

// decodeText adds the text of raw, found at page offset at, decoding
// character references.
func decodeText(raw string, at int, add func(s string, at, pageN int, verbatim bool)) {
	start := 0
	for i := 0; i < len(raw); i++ {
		if n := invisibleAt(raw, i); n > 0 {
			// A soft hyphen a page hyphenates its words with, or a
			// zero-width space or joiner, is not shown: "Sep&shy;tem&shy;ber
			// 28, 2022" shows September 28, 2022, where the date was
			// not found (found trying the command as an adversary).
			add(raw[start:i], at+start, i-start, true)
			start = i + n
			i = start - 1
			continue
		}
		if raw[i] != '&' {
			continue
		}
		end := referenceEnd(raw, i)
		if end == i {
			continue
		}
		decoded := html.UnescapeString(raw[i:end])
		if decoded == raw[i:end] {
			continue
		}
		// A no-break space is a space, as it shows and as the text is
		// printed; a reference to a character not shown is none.
		decoded = strings.ReplaceAll(decoded, "\u00a0", " ")
		if invisibleAt(decoded, 0) == len(decoded) {
			decoded = ""
		}
		add(raw[start:i], at+start, i-start, true)
		add(decoded, at+i, end-i, false)
		start = end
		i = end - 1
	}
	add(raw[start:], at+start, len(raw)-start, true)
}

// invisibleAt returns the length of a character at s[i] that a browser
// does not show, or 0: the soft hyphen (U+00AD), and the format
// characters that take no room, the zero-width space and joiners, the
// direction marks and embeddings (see script.IsInvisible).
func invisibleAt(s string, i int) int {
	if i >= len(s) || s[i] != 0xC2 && s[i] != 0xD8 && s[i] != 0xE2 && s[i] != 0xEF {
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if script.IsInvisible(r) {
		return n
	}
	return 0
}

// referenceEnd returns the end of the character reference that may start
// at raw[i] ('&'): through its ';', or the run of letters and digits of a
// legacy reference written without one (&nbsp, &amp); i if there is none.
func referenceEnd(raw string, i int) int {
	j := i + 1
	if j < len(raw) && raw[j] == '#' {
		j++
		if j < len(raw) && (raw[j] == 'x' || raw[j] == 'X') {
			j++
		}
	}
	for j < len(raw) && j-i < 40 && isAlnum(raw[j]) {
		j++
	}
	if j == i+1 {
		return i
	}
	if j < len(raw) && raw[j] == ';' {
		return j + 1
	}
	return j
}

func isAlnum(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// pieceAt returns the index of the piece that holds text offset i.
func (t *Text) pieceAt(i int) int {
	k := sort.Search(len(t.pieces), func(k int) bool { return t.pieces[k].text > i }) - 1
	return max(k, 0)
}

// PageStart returns the page offset where the text from i on was read.
func (t *Text) PageStart(i int) int {
	if len(t.pieces) == 0 {
		return 0
	}
	p := t.pieces[t.pieceAt(i)]
	if p.verbatim {
		return p.page + i - p.text
	}
	return p.page
}

// PageEnd returns the page offset where the text before i ends: after the
// byte it came from, or the whole reference it was decoded from.
func (t *Text) PageEnd(i int) int {
	if i == 0 || len(t.pieces) == 0 {
		return t.PageStart(i)
	}
	p := t.pieces[t.pieceAt(i-1)]
	if p.verbatim {
		return p.page + i - p.text
	}
	return p.page + p.pageN
}

// attr returns the value of the current tag's attribute named key, with
// its character references decoded and the spaces around it trimmed.
func attr(z *html.Tokenizer, key string) (string, bool) {
	for {
		k, v, more := z.TagAttr()
		if string(k) == key {
			return strings.TrimSpace(string(v)), true
		}
		if !more {
			return "", false
		}
	}
}
