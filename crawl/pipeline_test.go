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
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"

	"github.com/dualdate/dualdate/crawl/internal/warcgen"
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

func TestPipeline(t *testing.T) {
	pages, sites := runSample(t)
	for _, p := range pages {
		t.Logf("%s %s", p.URL, must(json.Marshal(p)))
	}
	for _, s := range sites {
		t.Logf("%s", must(json.Marshal(s)))
	}
}

func must(b []byte, err error) []byte { return b }
