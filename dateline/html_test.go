package dateline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

func TestFindHTML(t *testing.T) {
	type want struct {
		markup string // page[Start:End]
		input  string // the text read
		ok     bool
	}
	tests := []struct {
		name string
		page string
		want []want
	}{
		{"sup and reference", `<p class="date">Saturday, March 2<sup>nd</sup> &#124; 22 Adar I 5784</p>`,
			[]want{{`Saturday, March 2<sup>nd</sup> &#124; 22 Adar I 5784`, "Saturday, March 2nd | 22 Adar I 5784", true}}},
		{"nbsp", `<span>Posted March&nbsp;2,&nbsp;2024</span>`,
			[]want{{`March&nbsp;2,&nbsp;2024`, "March 2, 2024", true}}},
		{"legacy reference without semicolon", `<b>March&nbsp2, 2024</b>`,
			[]want{{`March&nbsp2, 2024`, "March 2, 2024", true}}},
		{"ends in a reference", `<i>March 2, 202&#52;</i>.`,
			[]want{{`March 2, 202&#52;`, "March 2, 2024", true}}},
		{"named entities", `<p>Friday, March 1st &mdash; 21 Adar I 5784</p>`,
			[]want{{`Friday, March 1st &mdash; 21 Adar I 5784`, "Friday, March 1st — 21 Adar I 5784", true}}},
		{"script, style and comment skipped",
			`<script>var d = "March 2, 2024";</script><style>/* March 3, 2024 */</style><!-- March 4, 2024 --><p>March 5, 2024</p>`,
			[]want{{`March 5, 2024`, "March 5, 2024", true}}},
		{"blocks do not run together", `<table><tr><td>Friday</td><td>March 2, 2024</td></tr></table>`,
			[]want{{`March 2, 2024`, "March 2, 2024", true}}},
		// A <br> was a block boundary, as <p> is, so that this was
		// March 3 alone; but a browser shows it as a line break inside
		// the block, and a page that wraps its dateline with one lost
		// its year: "Posted March 2,<br>2024" was March 2 of the
		// reference's year. It reads as plain text with a line break
		// there reads, and here the weekday is the date's.
		{"br is a line break", `<div>Sunday<br>March 3, 2024</div>`,
			[]want{{`Sunday<br>March 3, 2024`, "Sunday\nMarch 3, 2024", true}}},
		{"a year after br", `<p>Posted March 2,<br>2024</p>`,
			[]want{{`March 2,<br>2024`, "March 2,\n2024", true}}},
		{"a dual dateline wrapped by br", `<p>Saturday, March 2,<br>2024 | 22 Adar I 5784</p>`,
			[]want{{`Saturday, March 2,<br>2024 | 22 Adar I 5784`, "Saturday, March 2,\n2024 | 22 Adar I 5784", true}}},
		{"a wrong weekday across br", `<p>Friday, March 2,<br>2024</p>`,
			[]want{{`Friday, March 2,<br>2024`, "Friday, March 2,\n2024", false}}},
		{"br and the source's line break after it are one", "<p>Posted March 2,<br>\n   2024</p>",
			[]want{{"March 2,<br>\n   2024", "March 2,\n2024", true}}},
		{"the source's line break before br and br are one", "<p>Posted March 2, \n <br/>2024</p>",
			[]want{{"March 2, \n <br/>2024", "March 2, \n 2024", true}}},
		{"end tag br", `<p>Posted March 2,</br>2024</p>`,
			[]want{{`March 2,</br>2024`, "March 2,\n2024", true}}},
		{"br in hidden markup is none", `<p>Posted March 2,<noscript><br></noscript> 2024</p>`,
			[]want{{`March 2,<noscript><br></noscript> 2024`, "March 2, 2024", true}}},
		{"two br are a blank line", `<p>Posted March 2,<br><br>2024</p>`,
			[]want{{`March 2`, "March 2", true}}},
		{"two br with white space between", "<p>Posted March 2,\n  <br>\n  <br />\n 2024</p>",
			[]want{{`March 2`, "March 2", true}}},
		{"hr ends a block", `<div>Posted March 2,<hr>2024</div>`,
			[]want{{`March 2`, "March 2", true}}},
		{"a line break in the source is a space", "<p>Saturday, March 2nd |\n   22 Adar I 5784</p>",
			[]want{{"Saturday, March 2nd |\n   22 Adar I 5784", "Saturday, March 2nd |\n   22 Adar I 5784", true}}},
		{"inline tags inside", `<p><a href="/x">Friday</a>, <b>March 2</b>, 2024</p>`,
			[]want{{`Friday</a>, <b>March 2</b>, 2024`, "Friday, March 2, 2024", false}}},
		{"attributes are not text", `<img alt="March 2, 2024" src="x.png"><p title="March 3, 2024">text</p>`, nil},
		{"Hebrew", `<p>יום שבת, כ״ב באדר א׳ תשפ״ד</p>`,
			[]want{{`יום שבת, כ״ב באדר א׳ תשפ״ד`, "יום שבת, כ״ב באדר א׳ תשפ״ד", true}}},
		{"title", `<html><head><title>News &amp; views, March 2, 2024</title></head><body>x</body></html>`,
			[]want{{`March 2, 2024`, "March 2, 2024", true}}},
		{"no markup", "Posted September 28, 2022 10:39 am.",
			[]want{{"September 28, 2022 10:39 am", "September 28, 2022 10:39 am", true}}},
		{"empty", "", nil},
		{"broken markup", "<p>March 2, 2024<", []want{{"March 2, 2024", "March 2, 2024", true}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := dateline.FindHTML(tc.page, dateline.Reference(time.Date(2024, 3, 2, 0, 0, 0, 0, time.UTC)))
			require.Len(t, ms, len(tc.want))
			for i, w := range tc.want {
				m := ms[i]
				assert.Equal(t, w.markup, tc.page[m.Start:m.End])
				assert.Equal(t, w.input, m.Input)
				assert.Equal(t, w.ok, m.OK(), "%v", m.Problems)
			}
		})
	}
}

// TestFindHTMLIsFind: on text with no markup and no references, FindHTML
// is Find; a Reader's is the package function's.
func TestFindHTMLIsFind(t *testing.T) {
	for _, text := range []string{
		"Posted by the editors on September 28, 2022 10:39 am. Today is Wednesday, October 19, 2022 | 24 Tishrei 5783.",
		"Shabbat Shekalim, March 9, 2024 · Erev Shabbos, 21 Adar I 5784",
		"Sun. & Mon., March 10 & 11, 2024",
		"nothing here",
	} {
		assert.Equal(t, dateline.Find(text), dateline.FindHTML(text), text)
		assert.Equal(t, dateline.FindHTML(text), dateline.NewReader().FindHTML(text), text)
	}
}

// TestFindHTMLLineBreak: a <br> reads as a line break in plain text
// does, and two in a row as a blank line: FindHTML on each page finds
// what Find finds in the text with '\n' for each <br>, the same matches
// with the same problems, where a line break keeps two datelines apart
// as where it joins a dateline's parts.
func TestFindHTMLLineBreak(t *testing.T) {
	ref := dateline.Reference(time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ page, text string }{
		{`<p>Posted March 2,<br>2024</p>`, "Posted March 2,\n2024"},
		{`<p>Saturday, March 2,<br>2024 | 22 Adar I 5784</p>`, "Saturday, March 2,\n2024 | 22 Adar I 5784"},
		{`<p>Friday<br>March 1, 2024</p>`, "Friday\nMarch 1, 2024"},
		{`<p>Shabbat 5 Adar<br>Sunday 6 Adar</p>`, "Shabbat 5 Adar\nSunday 6 Adar"},
		{`<p>Posted on March 5, 2024<br>Purim Schedule</p>`, "Posted on March 5, 2024\nPurim Schedule"},
		{`<p>March 10, 2024<br>Rosh Chodesh Adar II</p>`, "March 10, 2024\nRosh Chodesh Adar II"},
		{`<p>September 22, 2025<br>Tuesday, the 20th of March, 2018</p>`, "September 22, 2025\nTuesday, the 20th of March, 2018"},
		{`<p>Posted March 2, 2024<br>10:30 am</p>`, "Posted March 2, 2024\n10:30 am"},
		{`<p>יום שבת, כ״ב<br>באדר א׳ תשפ״ד</p>`, "יום שבת, כ״ב\nבאדר א׳ תשפ״ד"},
		{`<p>Posted March 2,<br><br>2024</p>`, "Posted March 2,\n\n2024"},
		{`<p>Friday<br><br/><br>March 1, 2024</p>`, "Friday\n\nMarch 1, 2024"},
		{`<p>Shabbat 5 Adar<br><br>Sunday 6 Adar</p>`, "Shabbat 5 Adar\n\nSunday 6 Adar"},
		{"<p>Posted March 2,\n<br>\n2024</p>", "Posted March 2,\n2024"},
		{"<p><br>March 2, 2024<br></p>", "March 2, 2024"},
	} {
		t.Run(tc.page, func(t *testing.T) {
			got, want := dateline.FindHTML(tc.page, ref), dateline.Find(tc.text, ref)
			require.Len(t, got, len(want), "FindHTML %v, Find %v", got, want)
			for i := range want {
				assert.Equal(t, want[i].Report, got[i].Report)
			}
		})
	}
}

func FuzzFindHTML(f *testing.F) {
	for _, s := range []string{
		`<p>Saturday, March 2<sup>nd</sup> &#124; 22 Adar I 5784</p>`,
		`<script>March 2, 2024</script>March&nbsp;3, 2024`,
		"<p>March 2, 202&#52", "&", "&#", "&#x;", "<", "<!--", "<p\x00>March 2, 2024", "March 2, 2024",
		`<title>March 2, 2024 &amp</title>`, "<svg><p>March 2, 2024</p></svg>March 3, 2024",
		"March 2,<br>\n2024", "<br><br>", "x <br/> <br> y", "a</br>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		ms := dateline.FindHTML(page)
		end := 0
		for _, m := range ms {
			if m.Start < end || m.End < m.Start || m.End > len(page) {
				t.Fatalf("span %d-%d after %d in %d bytes", m.Start, m.End, end, len(page))
			}
			end = m.End
		}
		if !strings.ContainsAny(page, "<&") {
			if got, want := len(ms), len(dateline.Find(page)); got != want {
				t.Fatalf("FindHTML gave %d matches, Find %d", got, want)
			}
		}
	})
}
