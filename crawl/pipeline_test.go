package crawl

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"

	"github.com/dualdate/dualdate/crawl/internal/warcgen"
	"github.com/dualdate/dualdate/format"
)

func TestMain(m *testing.M) { ptest.Main(m) }

var crawled = time.Date(2024, 3, 2, 14, 30, 0, 0, time.UTC)

const masthead = `<!DOCTYPE html><html><head><title>The Example News</title>
<script>var d = "Friday, March 1st | 21 Adar I 5784";</script><style>.d{}</style></head>
<body><header><div class="masthead"><span>Saturday, March 2nd</span> | <span>22 Adar I 5784</span></div></header>
<article><h1>Council meets</h1><p class="byline">By Staff&nbsp;Writer &middot; September 28, 2022 10:39 am</p>
<p>The council met on Tuesday.</p></article></body></html>`

const wrongWeekday = `<html><body><div class="masthead">Friday, March 2nd | 22 Adar I 5784</div><p>No byline.</p></body></html>`

// writeSample writes the sample crawl: a WARC with good, foreign and
// damaged records, and a WET of the same kind of pages.
func writeSample(t *testing.T, dir string) {
	t.Helper()
	var w bytes.Buffer
	g := warcgen.NewWriter(&w)
	must := func(err error) { require.NoError(t, err) }
	must(g.Info(crawled))
	must(g.Record("request", "https://www.example-news.com/", crawled, "application/http; msgtype=request", []byte("GET / HTTP/1.1\r\nHost: www.example-news.com\r\n\r\n")))
	must(g.Response("https://www.example-news.com/", crawled, "text/html; charset=utf-8", []byte(masthead)))
	must(g.Response("https://www.example-news.com/wrong", crawled, "text/html", []byte(wrongWeekday)))
	// Hebrew script in windows-1255, named by the header.
	heb, err := charmap.Windows1255.NewEncoder().String(`<html><body><p>יום שבת, כ"ב אדר א' תשפ"ד</p></body></html>`)
	must(err)
	must(g.Response("https://yated.example.org/", crawled, "text/html; charset=windows-1255", []byte(heb)))
	// ISO-8859-8, named by a meta tag only.
	heb8, err := charmap.ISO8859_8.NewEncoder().String(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-8"></head><body><p>כ"ב אדר א' תשפ"ד</p></body></html>`)
	must(err)
	must(g.Response("https://yated.example.org/meta", crawled, "text/html", []byte(heb8)))
	must(g.Response("https://yated.example.org/klingon", crawled, "text/html; charset=x-klingon", []byte("<p>March 2, 2024</p>")))
	must(g.Response("https://www.example-news.com/logo.png", crawled, "image/png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")))
	must(g.Response("https://www.example-news.com/blob", crawled, "text/html", []byte("<p>\x00\x01\x02\x03 March 2, 2024</p>")))
	must(g.Record("response", "https://www.example-news.com/raw", crawled, "text/html", []byte("<p>March 2, 2024</p>")))
	must(g.Record("response", "https://www.example-news.com/gone", crawled, "application/http; msgtype=response", warcgen.HTTP(404, "text/html", []byte("<p>March 2, 2024</p>"))))
	big := bytes.Repeat([]byte("<p>Saturday, March 2nd | 22 Adar I 5784</p>\n"), 50<<20/44+1)
	must(g.Response("https://www.example-news.com/huge", crawled, "text/html", big))
	must(g.Truncated("https://www.example-news.com/cut", crawled, []byte(masthead)))
	// Junk between records, then a member whose deflate stream is damaged.
	w.WriteString("\r\nthis is not a record\r\n")
	var d bytes.Buffer
	must(warcgen.NewWriter(&d).Response("https://www.example-news.com/damaged", crawled, "text/html", []byte(strings.Repeat(masthead, 4))))
	dm := d.Bytes()
	for i := 40; i < len(dm)-20; i += 7 {
		dm[i] ^= 0x55
	}
	w.Write(dm)
	must(g.Response("https://www.example-news.com/after", crawled.Add(time.Hour), "text/html", []byte(wrongWeekday)))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sample.warc.gz"), w.Bytes(), 0o644))

	// A file whose last member is cut short, as a download that stopped.
	w.Reset()
	g = warcgen.NewWriter(&w)
	must(g.Response("https://www.example-news.com/last", crawled, "text/html", []byte(masthead)))
	must(g.Truncated("https://www.example-news.com/cut-at-end", crawled, []byte(masthead)))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "tail.warc.gz"), w.Bytes(), 0o644))

	var wet bytes.Buffer
	g = warcgen.NewWriter(&wet)
	must(g.Info(crawled))
	must(g.Conversion("https://hamodia.example.com/news/1", crawled, "Saturday, March 2nd | 22 Adar I 5784\nLocal\nPosted September 28, 2022 10:39 am by the desk.\n"))
	must(g.Conversion("https://hamodia.example.com/news/2", crawled, "Sunday, March 3rd | 23 Adar I 5784\nNo dates here.\n"))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sample.wet.gz"), wet.Bytes(), 0o644))
}

// runSample runs the pipeline on Prism over the sample and returns the
// output lines of both files.
func runSample(t *testing.T) (pages []PageResult, sites map[string]SiteResult) {
	t.Helper()
	dir := t.TempDir()
	writeSample(t, dir)
	out := filepath.Join(dir, "out")
	p, s := beam.NewPipelineWithRoot()
	Build(s, Options{Inputs: []string{filepath.Join(dir, "*.warc.gz"), filepath.Join(dir, "*.wet.gz")}, Output: out})
	_, err := ptest.RunWithMetrics(p)
	require.NoError(t, err)
	for _, line := range lines(t, filepath.Join(out, PagesFile)) {
		var r PageResult
		require.NoError(t, json.Unmarshal([]byte(line), &r), line)
		pages = append(pages, r)
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].URL < pages[j].URL })
	sites = map[string]SiteResult{}
	for _, line := range lines(t, filepath.Join(out, SitesFile)) {
		var r SiteResult
		require.NoError(t, json.Unmarshal([]byte(line), &r), line)
		sites[r.Site] = r
	}
	return pages, sites
}

func lines(t *testing.T, name string) []string {
	t.Helper()
	f, err := os.Open(name)
	require.NoError(t, err)
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	require.NoError(t, sc.Err())
	return out
}

// A match as the tests state it: the text found, its Gregorian day, its
// layout and its problems' codes.
type wantMatch struct {
	text, day, layout string
	codes             []string
}

var (
	mastheadMatch = wantMatch{"Saturday, March 2nd | 22 Adar I 5784", "2024-03-02", format.Header, nil}
	bylineMatch   = wantMatch{"September 28, 2022 10:39 am", "2022-09-28", format.Published, nil}
	wrongMatch    = wantMatch{"Friday, March 2nd | 22 Adar I 5784", "2024-03-02", format.Header, []string{"weekday"}}
)

func TestPipeline(t *testing.T) {
	pages, sites := runSample(t)
	dir := pages[0].File[:strings.LastIndexByte(pages[0].File, '/')+1]
	want := []struct {
		url, file, charset string
		date               time.Time
		matches            []wantMatch
	}{
		{"https://hamodia.example.com/news/1", "sample.wet.gz", "", crawled, []wantMatch{mastheadMatch, bylineMatch}},
		{"https://hamodia.example.com/news/2", "sample.wet.gz", "", crawled, []wantMatch{{"Sunday, March 3rd | 23 Adar I 5784", "2024-03-03", format.Header, nil}}},
		{"https://www.example-news.com/", "sample.warc.gz", "", crawled, []wantMatch{mastheadMatch, bylineMatch}},
		{"https://www.example-news.com/after", "sample.warc.gz", "", crawled.Add(time.Hour), []wantMatch{wrongMatch}},
		{"https://www.example-news.com/wrong", "sample.warc.gz", "", crawled, []wantMatch{wrongMatch}},
		{"https://yated.example.org/", "sample.warc.gz", "windows-1255", crawled, []wantMatch{{`יום שבת, כ"ב אדר א' תשפ"ד`, "2024-03-02", `יום שני, ב' טבת תשס"ו`, nil}}},
		{"https://yated.example.org/meta", "sample.warc.gz", "iso-8859-8", crawled, []wantMatch{{`כ"ב אדר א' תשפ"ד`, "2024-03-02", `ב' טבת תשס"ו`, nil}}},
		{"https://www.example-news.com/last", "tail.warc.gz", "", crawled, []wantMatch{mastheadMatch, bylineMatch}},
	}
	sort.Slice(want, func(i, j int) bool { return want[i].url < want[j].url })
	require.Len(t, pages, len(want))
	for i, w := range want {
		p := pages[i]
		t.Run(w.url, func(t *testing.T) {
			assert.Equal(t, w.url, p.URL)
			assert.Equal(t, Site(w.url), p.Site)
			assert.Equal(t, dir+w.file, p.File)
			assert.True(t, w.date.Equal(p.CrawlDate), "crawl date %v", p.CrawlDate)
			assert.Equal(t, w.charset, p.Charset)
			require.Len(t, p.Matches, len(w.matches))
			for j, wm := range w.matches {
				m := p.Matches[j]
				assert.Equal(t, wm.text, m.Text)
				assert.Equal(t, len(m.Text), m.End-m.Start, "span")
				assert.Equal(t, wm.day, m.Dateline.Time.Format("2006-01-02"))
				assert.Equal(t, wm.layout, m.Layout)
				assert.Equal(t, len(wm.codes) == 0, m.OK)
				var codes []string
				for _, pr := range m.Problems {
					codes = append(codes, pr.Code)
					assert.NotEmpty(t, pr.Message)
					assert.True(t, 0 <= pr.Start && pr.Start <= pr.End && pr.End <= len(m.Text), "problem span")
				}
				assert.Equal(t, wm.codes, codes)
			}
		})
	}
	// The masthead's span is in the page's text, after the title's line.
	assert.Equal(t, Text([]byte(masthead))[pages[2].Matches[0].Start:pages[2].Matches[0].End], mastheadMatch.text)

	header, published := format.Header, format.Published
	wantSites := []SiteResult{
		{Site: "hamodia.example.com", Pages: 2, Datelines: 3, Problems: map[string]int64{},
			Layouts: []LayoutCount{{header, 2}, {published, 1}}, Skipped: map[string]int64{}},
		{Site: "example-news.com", Pages: 4, Datelines: 6, Problems: map[string]int64{"weekday": 2},
			Layouts: []LayoutCount{{header, 4}, {published, 2}},
			Skipped: map[string]int64{"binary": 1, "http-status": 1, "not-html": 1, "not-http": 1, "too-large": 1}},
		{Site: "yated.example.org", Pages: 2, Datelines: 2, Problems: map[string]int64{},
			Layouts: []LayoutCount{{`ב' טבת תשס"ו`, 1}, {`יום שני, ב' טבת תשס"ו`, 1}},
			Skipped: map[string]int64{"unknown-charset": 1}, Charsets: map[string]int64{"iso-8859-8": 1, "windows-1255": 1}},
		// The member cut short in the middle of the sample, the damaged
		// one after it, and the one cut short at the end of the tail.
		{Site: NoSite, Problems: map[string]int64{}, Layouts: []LayoutCount{}, Skipped: map[string]int64{"damaged": 2, "truncated": 1}},
	}
	require.Len(t, sites, len(wantSites))
	for _, w := range wantSites {
		assert.Equal(t, w, sites[w.Site])
	}
}

// TestNoRecordIsAccounted: a file in which no WARC record is found (empty,
// plain text named .warc or .warc.gz, a gzip'd text is damaged instead)
// is one skip, not-warc, under the site (unknown); a run that finds no
// page writes empty pages.jsonl and sites.jsonl. Such a file was counted
// in the total of files only, and a run over it wrote no output at all
// (an adversarial review's eighth finding). A WARC of a warcinfo record
// alone has a record, and no skip.
func TestNoRecordIsAccounted(t *testing.T) {
	run := func(t *testing.T, inputs ...string) (pages []string, sites map[string]SiteResult) {
		t.Helper()
		out := filepath.Join(t.TempDir(), "out")
		p, s := beam.NewPipelineWithRoot()
		Build(s, Options{Inputs: inputs, Output: out})
		_, err := ptest.RunWithMetrics(p)
		require.NoError(t, err)
		sites = map[string]SiteResult{}
		for _, line := range lines(t, filepath.Join(out, SitesFile)) {
			var r SiteResult
			require.NoError(t, json.Unmarshal([]byte(line), &r), line)
			sites[r.Site] = r
		}
		return lines(t, filepath.Join(out, PagesFile)), sites
	}
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, b, 0o644))
		return path
	}
	var info bytes.Buffer
	require.NoError(t, warcgen.NewWriter(&info).Info(crawled))
	for _, tc := range []struct {
		name     string
		body     []byte
		notWARC  int64
		anySkips bool
	}{
		{"empty.warc.gz", nil, 1, true},
		{"junk.warc.gz", []byte("This is not a WARC file.\nMarch 2, 2024\n"), 1, true},
		{"junk.warc", []byte("<html><body>Friday, March 1, 2024</body></html>\n"), 1, true},
		{"notes.wet", []byte("\n\n\n"), 1, true},
		// Near miss: a record that is no page.
		{"info.warc.gz", info.Bytes(), 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pages, sites := run(t, write(tc.name, tc.body))
			assert.Empty(t, pages)
			if !tc.anySkips {
				assert.Empty(t, sites)
				return
			}
			require.Contains(t, sites, NoSite)
			assert.Equal(t, map[string]int64{SkipNotWARC: tc.notWARC}, sites[NoSite].Skipped)
		})
	}
	t.Run("no file matches", func(t *testing.T) {
		pages, sites := run(t, filepath.Join(dir, "none-*.warc.gz"))
		assert.Empty(t, pages)
		assert.Empty(t, sites)
	})
}
