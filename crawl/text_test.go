package crawl

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestText(t *testing.T) {
	tests := []struct{ name, html, want string }{
		{"inline spans join", `<div><span>Saturday, March 2nd</span> | <b>22 Adar I 5784</b></div>`, "Saturday, March 2nd | 22 Adar I 5784\n"},
		{"script and style are not text", `<p>a<script>var d="March 1, 2024"</script><style>p{}</style>b</p>`, "ab\n"},
		{"blocks end lines", `<p>March</p><p>2, 2024</p>`, "March\n2, 2024\n"},
		{"entities and nbsp", `<p>September&nbsp;28, 2022 &amp; more</p>`, "September 28, 2022 & more\n"},
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
		{"utf-8 html", "<p>כ״ב אדר</p>", "text/html; charset=utf-8", "כ״ב אדר\n", "", ""},
		{"no charset, valid utf-8", "<p>כ״ב אדר</p>", "text/html", "כ״ב אדר\n", "", ""},
		{"windows-1255 by header", "<p>\xeb\xe1</p>", "text/html; charset=windows-1255", "כב\n", "windows-1255", ""},
		{"unknown charset", "<p>x</p>", "text/html; charset=x-klingon", "", "", SkipCharset},
		{"image", "\x89PNG\r\n", "image/png", "", "", SkipNotHTML},
		{"nul bytes", "<p>\x00\x01</p>", "text/html", "", "", SkipBinary},
		{"no content type, sniffed", "<html><p>x</p></html>", "", "x\n", "", ""},
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
