package crawl

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

func TestText(t *testing.T) {
	tests := []struct{ name, html, want string }{
		{"inline spans join", `<div><span>Saturday, March 2nd</span> | <b>22 Adar I 5784</b></div>`, "Saturday, March 2nd | 22 Adar I 5784\n\n"},
		{"script and style are not text", `<p>a<script>var d="March 1, 2024"</script><style>p{}</style>b</p>`, "ab\n\n"},
		{"blocks end paragraphs", `<p>March</p><p>2, 2024</p>`, "March\n\n2, 2024\n\n"},
		{"entities and nbsp", `<p>September&nbsp;28, 2022 &amp; more</p>`, "September 28, 2022 & more\n\n"},
		{"br is a line break", `<p>Posted March 2,<br>2024</p>`, "Posted March 2,\n2024\n\n"},
		{"end tag br", `<p>Posted March 2,</br>2024</p>`, "Posted March 2,\n2024\n\n"},
		{"the source's white space after br is not shown", "<p>Posted March 2,<br>\n   2024</p>", "Posted March 2,\n2024\n\n"},
		{"the source's line break before br is its line break", "<p>Posted March 2, \n <br/>2024</p>", "Posted March 2, \n 2024\n\n"},
		{"two br are a blank line", "<p>Posted March 2,<br>\n<br/> <br>2024</p>", "Posted March 2,\n\n2024\n\n"},
		{"two br after the source's line break", "<p>Posted March 2,\n<br><br>2024</p>", "Posted March 2,\n\n2024\n\n"},
		{"br with no text before it breaks nothing", "<p><br>March 2, 2024</p><br><p>x</p>", "March 2, 2024\n\nx\n\n"},
		{"br in hidden markup is none", "<p>March 2,<noscript><br></noscript> 2024</p>", "March 2, 2024\n\n"},
		{"hr is a block", "<div>Posted March 2,<hr>2024</div>", "Posted March 2,\n\n2024\n\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, Text([]byte(tc.html)))
		})
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name, body, contentType string
		text, charset, reason   string
	}{
		{"utf-8 html", "<p>כ״ב אדר</p>", "text/html; charset=utf-8", "כ״ב אדר\n\n", "", ""},
		{"no charset, valid utf-8", "<p>כ״ב אדר</p>", "text/html", "כ״ב אדר\n\n", "", ""},
		{"windows-1255 by header", "<p>\xeb\xe1</p>", "text/html; charset=windows-1255", "כב\n\n", "windows-1255", ""},
		{"unknown charset", "<p>x</p>", "text/html; charset=x-klingon", "", "", SkipCharset},
		{"image", "\x89PNG\r\n", "image/png", "", "", SkipNotHTML},
		{"nul bytes", "<p>\x00\x01</p>", "text/html", "", "", SkipBinary},
		{"no content type, sniffed", "<html><p>x</p></html>", "", "x\n\n", "", ""},
		{"plain text", "March 2, 2024", "text/plain", "March 2, 2024", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text, cs, reason, _ := decode([]byte(tc.body), tc.contentType)
			assert.Equal(t, tc.reason, reason)
			assert.Equal(t, tc.text, text)
			assert.Equal(t, tc.charset, cs)
		})
	}
}

// TestTextAsFindHTML reads pages with characters a browser shows as
// nothing, inside the words of a dateline, and with a dateline's words
// in two blocks, as the crawl reads them (Text, then Find through
// Analyze) and as dateline.FindHTML, and so `dualdate scan`, reads the
// same HTML: the two must give the same datelines, and the right ones.
func TestTextAsFindHTML(t *testing.T) {
	crawled := time.Date(2026, 6, 1, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name, html string
		want       []string // each match: its Gregorian day, Hebrew day and problem codes
	}{
		// The tester's page: each was read wrong by the crawl, right by scan.
		{"soft hyphen in the year", `<p>A: Posted March 2, 20&shy;24</p>`, []string{"2024-03-02 22 Adar I 5784"}},
		{"soft hyphen in a wrong weekday", `<p>B: Posted Fri&shy;day, March 2, 2024</p>`, []string{"2024-03-02 22 Adar I 5784 weekday"}},
		{"rlm inside a Hebrew day", `<p>C: Posted כ&rlm;״ב אדר א׳ תשפ״ד</p>`, []string{"2024-03-02 22 Adar I 5784"}},
		{"soft hyphen in a month", `<p>D: Posted Feb&shy;ruary 29, 2024</p>`, []string{"2024-02-29 20 Adar I 5784"}},
		{"lrm between Hebrew words", `<p>E: Posted March 2, 2024 | כ״ג אדר &lrm;א׳ תשפ״ד</p>`, []string{"2024-03-02 23 Adar I 5784 after-sunset"}},
		{"soft hyphen in the other calendar's day", `<p>F: Posted 2 March 2024 | 2&shy;2 Adar I 5784</p>`, []string{"2024-03-02 22 Adar I 5784"}},
		// Made-up variants: the characters themselves, and numeric references.
		{"zero-width space in a month", "<p>Posted Sep\u200btember 28, 2022</p>", []string{"2022-09-28 3 Tishrei 5783"}},
		{"zero-width joiner in a day", "<p>2 March 2024 | 2\u200d2 Adar I 5784</p>", []string{"2024-03-02 22 Adar I 5784"}},
		{"word joiner in a year", "<p>March 2, 20\u206024</p>", []string{"2024-03-02 22 Adar I 5784"}},
		{"BOM in a weekday", "<p>Fri\ufeffday, March 2, 2024</p>", []string{"2024-03-02 22 Adar I 5784 weekday"}},
		{"numeric soft hyphen", `<p>Febru&#173;ary 29, 2024</p>`, []string{"2024-02-29 20 Adar I 5784"}},
		{"numeric rlm", `<p>כ&#x200F;״ב אדר א׳ תשפ״ד</p>`, []string{"2024-03-02 22 Adar I 5784"}},
		{"embedding and isolate controls", "<p>\u202bכ״ב אדר א׳ תשפ״ד\u202c | \u2066March 2, 2024\u2069</p>", []string{"2024-03-02 22 Adar I 5784"}},
		// Near misses that must keep working.
		{"no-break space", `<p>September&nbsp;28, 2022</p>`, []string{"2022-09-28 3 Tishrei 5783"}},
		{"Hebrew points are kept", `<p>כ״ב אֲדָר א׳ תשפ״ד</p>`, []string{"2024-03-02 22 Adar I 5784"}},
		{"a hyphen shows, and is no weekday", `<p>Posted Fri-day, March 2, 2024</p>`, []string{"2024-03-02 22 Adar I 5784"}},
		{"plain dateline", `<p>Saturday, March 2, 2024 | 22 Adar I 5784</p>`, []string{"2024-03-02 22 Adar I 5784"}},
		// Blocks: a dateline runs across none, in the crawl as in scan.
		{"weekday and date in two paragraphs", `<p>Friday</p><p>March 1, 2024</p>`, []string{"2024-03-01 21 Adar I 5784"}},
		{"another column's weekday", `<table><tr><td>Friday</td><td>March 2, 2024</td></tr></table>`, []string{"2024-03-02 22 Adar I 5784"}},
		{"date and time in two list items", `<ul><li>Posted March 1, 2024</li><li>10:30 am</li></ul>`, []string{"2024-03-01 21 Adar I 5784"}},
		{"a line broken by br", `Friday,<br>March 1, 2024`, []string{"2024-03-01 21 Adar I 5784"}},
		{"inline elements join", `<p><span>Friday,</span> <b>March 1, 2024</b></p>`, []string{"2024-03-01 21 Adar I 5784"}},
		// A <br> is a line break inside a block: a dateline runs across
		// it as across a line break in plain text. Read as a block
		// boundary, by the crawl as by scan, this lost its year: March
		// 2 of the crawl's year, 2026.
		{"a year after br", `<p>Posted March 2,<br>2024</p>`, []string{"2024-03-02 22 Adar I 5784"}},
		{"a dual dateline wrapped by br", `<p>Saturday, March 2,<br>2024 | 22 Adar I 5784</p>`, []string{"2024-03-02 22 Adar I 5784"}},
		{"a wrong weekday across br", `<p>Friday, March 2,<br>2024</p>`, []string{"2024-03-02 22 Adar I 5784 weekday"}},
		{"the source's white space around br", "<p>Posted March 2,\n<br>\n   2024</p>", []string{"2024-03-02 22 Adar I 5784"}},
		{"end tag br", `<p>Posted March 2,</br>2024</p>`, []string{"2024-03-02 22 Adar I 5784"}},
		{"two datelines on two lines", `<p>Posted March 1, 2024<br>Meeting on March 3, 2024</p>`, []string{"2024-03-01 21 Adar I 5784", "2024-03-03 23 Adar I 5784"}},
		// A byline's update is the publication's, as scan reads it.
		{"an update on the next line", `<p>Posted March 1, 2024<br>Updated March 3, 2024</p>`, []string{"2024-03-01 21 Adar I 5784"}},
		// The crawl kept tables of its own of hidden and block
		// elements, and they drifted from scan's: it read the text of
		// form controls, and ran a legend or summary into the text
		// after it, with a weekday that is not the date's.
		{"a select's options are not text", `<p>Posted <select><option>March 1, 2024</option></select> March 2, 2024</p>`, []string{"2024-03-02 22 Adar I 5784"}},
		{"a textarea's text is not text", `<p><textarea>March 1, 2024</textarea> Posted March 2, 2024</p>`, []string{"2024-03-02 22 Adar I 5784"}},
		{"a legend is a block", `<fieldset><legend>Friday,</legend> March 2, 2024</fieldset>`, []string{"2024-03-02 22 Adar I 5784"}},
		{"a summary is a block", `<details><summary>Friday,</summary> March 2, 2024</details>`, []string{"2024-03-02 22 Adar I 5784"}},
		{"a caption is a block", `<table><caption>Friday,</caption> March 2, 2024</table>`, []string{"2024-03-02 22 Adar I 5784"}},
		// Near misses: two <br>s in a row are a blank line, a
		// paragraph break, as in plain text, and <hr> a block: the year
		// beyond is not the date's, which says its year is inferred.
		{"two br are a blank line", `<p>Posted March 2,<br><br>2024</p>`, []string{"2026-03-02 13 Adar 5786 year-inferred"}},
		{"hr ends a block", `<div>Posted March 2,<hr>2024</div>`, []string{"2026-03-02 13 Adar 5786 year-inferred"}},
	}
	var page strings.Builder
	for _, tc := range tests {
		page.WriteString(tc.html + "\n")
	}
	tests = append(tests, struct {
		name, html string
		want       []string
	}{"the whole page", page.String(), nil})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, _ := Analyze(Page{URL: "https://b.example/x", Date: crawled, Text: Text([]byte(tc.html))}, "f")
			got := res.Matches
			want := dateline.FindHTML(tc.html, dateline.Reference(crawled))
			require.Len(t, got, len(want), "crawl %v, FindHTML %v", got, want)
			for i, w := range want {
				assert.Equal(t, w.Input, got[i].Text)
				assert.Equal(t, w.Dateline, got[i].Dateline)
				assert.Equal(t, w.Layout, got[i].Layout)
				var codes []string
				for _, p := range w.Problems {
					codes = append(codes, string(p.Code))
				}
				var gotCodes []string
				for _, p := range got[i].Problems {
					gotCodes = append(gotCodes, p.Code)
				}
				assert.Equal(t, codes, gotCodes)
			}
			if tc.want == nil {
				return
			}
			var read []string
			for _, m := range got {
				s := m.Dateline.Time.Format(time.DateOnly) + " " + m.Dateline.Hebrew.String()
				for _, p := range m.Problems {
					s += " " + p.Code
				}
				read = append(read, s)
			}
			assert.Equal(t, tc.want, read)
		})
	}
}

// TestAnalyzeKeepsUpdateAndAlso: a match's other days and a byline's
// update are in the page's result, as in `dualdate scan`'s: the crawl
// wrote the publication alone, and the update was lost.
func TestAnalyzeKeepsUpdateAndAlso(t *testing.T) {
	p := Page{Text: "Posted March 1, 2024, updated March 3, 2024\n\nOpen March 2-4, 2024\n\nMarch 5, 2024\n"}
	r, _ := Analyze(p, "f")
	require.Len(t, r.Matches, 3)
	require.NotNil(t, r.Matches[0].Updated)
	assert.Equal(t, "2024-03-03", r.Matches[0].Updated.Time.Format(time.DateOnly))
	assert.Empty(t, r.Matches[0].Also)
	require.Len(t, r.Matches[1].Also, 1)
	assert.Equal(t, "2024-03-04", r.Matches[1].Also[0].Time.Format(time.DateOnly))
	assert.Nil(t, r.Matches[2].Updated)
	b, err := json.Marshal(r.Matches[2])
	require.NoError(t, err)
	assert.NotContains(t, string(b), `"updated"`)
	assert.NotContains(t, string(b), `"also"`)
}
