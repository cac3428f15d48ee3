// Command gencrawl writes a WARC file of generated news pages, for
// measuring the pipeline (see crawl/README.md), and beside it the same
// pages' text, as the pipeline reads them, for `dualdate scan`:
//
//	go run ./internal/gencrawl -mb 200 -o /tmp/bench.warc.gz
//
// writes /tmp/bench.warc.gz and /tmp/bench.txt. Each page has a masthead
// in one of several layouts, a byline, a tenth of them a wrong weekday,
// and paragraphs of filler with numbers, names and dates-like words.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"time"

	"github.com/dualdate/dualdate/crawl"
	"github.com/dualdate/dualdate/crawl/internal/warcgen"
	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
)

func main() {
	mb := flag.Int("mb", 200, "size of the pages' HTML, in MB (the file is smaller, gzip'd)")
	out := flag.String("o", "bench.warc.gz", "the WARC file to write; the text goes to the same name with .txt")
	flag.Parse()
	if err := gen(*mb<<20, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gencrawl:", err)
		os.Exit(1)
	}
}

var layouts = []string{format.Header, format.Full, "Monday, January 2, 2006 / 2 Tevet 5766", format.HebrewScript + " | January 2, 2006"}

var words = strings.Fields(`the council met on Tuesday to discuss budget of city schools and roads
mayor said that residents would see new parks by spring while critics asked about
costs in March and the year ahead a spokesman for the department declined to comment
on plans reported by 12 sources since 2019 with 340 homes and 5 new lines of bus service`)

func gen(size int, name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	defer f.Close()
	bw := bufio.NewWriterSize(f, 1<<20)
	tf, err := os.Create(strings.TrimSuffix(strings.TrimSuffix(name, ".gz"), ".warc") + ".txt")
	if err != nil {
		return err
	}
	defer tf.Close()
	tw := bufio.NewWriterSize(tf, 1<<20)
	w := warcgen.NewWriter(bw)
	rng := rand.New(rand.NewPCG(1, 2))
	day := time.Date(2019, 1, 1, 9, 0, 0, 0, time.UTC)
	if err := w.Info(day); err != nil {
		return err
	}
	var page strings.Builder
	for n, i := 0, 0; n < size; i++ {
		d := day.AddDate(0, 0, i%2000)
		masthead := dateline.New(d).Format(layouts[i%len(layouts)])
		if i%10 == 0 { // a wrong weekday
			masthead = strings.Replace(masthead, d.Weekday().String(), d.AddDate(0, 0, 1).Weekday().String(), 1)
		}
		page.Reset()
		fmt.Fprintf(&page, "<!DOCTYPE html><html><head><title>Story %d</title><script>var x=%d;</script></head><body>\n", i, i)
		fmt.Fprintf(&page, "<header><div class=\"masthead\">%s</div></header><article><h1>Story %d</h1>\n", masthead, i)
		fmt.Fprintf(&page, "<p class=\"byline\">By Staff &middot; %s</p>\n", dateline.New(d.Add(time.Duration(rng.IntN(600))*time.Minute)).Format(format.Published))
		for p := 0; p < 8+rng.IntN(24); p++ {
			page.WriteString("<p>")
			for k := 0; k < 60; k++ {
				page.WriteString(words[rng.IntN(len(words))])
				page.WriteByte(' ')
			}
			page.WriteString("</p>\n")
		}
		page.WriteString("</article></body></html>\n")
		body := []byte(page.String())
		if err := w.Response(fmt.Sprintf("https://site%d.example.com/story/%d", i%7, i), d.Add(10*time.Hour), "text/html; charset=utf-8", body); err != nil {
			return err
		}
		tw.WriteString(crawl.Text(body))
		tw.WriteByte('\n')
		n += len(body)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return tw.Flush()
}
