// Command dualdate-crawl finds and checks the datelines of the pages of a
// web crawl, WARC files (response records with HTML) and WET files (text),
// on Apache Beam: locally on the in-process Prism runner by default, and
// unchanged on Dataflow, Flink or Spark with --runner and those runners'
// flags.
//
//	dualdate-crawl --input 'crawl/*.warc.gz' --input 'crawl/*.wet.gz' --output out
//
// writes out/pages.jsonl (one JSON object per page: its URL, crawl date
// and each dateline found, with its span, metadata and problems) and
// out/sites.jsonl (one per site: pages, datelines, problems by code,
// layouts most frequent first, skipped records by reason). Every flag of
// the Beam Go SDK is accepted (see -h).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/dualdate/dualdate/crawl"
)

// globs is a flag that may be given more than once, each a glob or a
// comma-separated list of them.
type globs []string

func (g *globs) String() string { return strings.Join(*g, ",") }
func (g *globs) Set(v string) error {
	for s := range strings.SplitSeq(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*g = append(*g, s)
		}
	}
	return nil
}

var (
	inputs  globs
	output  = flag.String("output", "", "directory to write pages.jsonl and sites.jsonl in (local, gs://...)")
	maxPage = flag.Int64("max-page", crawl.DefaultMaxPage, "skip page bodies larger than this many bytes")
)

func init() {
	flag.Var(&inputs, "input", "glob of WARC or WET files, gzip'd or not; repeat or separate with commas")
}

// Beam's flags (--runner, --project, --region, --endpoint, --environment_type
// ...) are registered on the standard flag set by the SDK's packages, so
// the command parses flag.CommandLine, not a set of its own.
func main() {
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: dualdate-crawl --input GLOB [--input GLOB...] --output DIR [--runner prism|dataflow|flink|spark|universal] [beam flags]\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	os.Exit(run(context.Background(), os.Stderr))
}

func run(ctx context.Context, stderr io.Writer) int {
	if len(inputs) == 0 || *output == "" || flag.NArg() > 0 {
		fmt.Fprintln(stderr, "dualdate-crawl: error: --input and --output are required, and nothing else")
		flag.Usage()
		return 2
	}
	for _, g := range inputs {
		if err := localFileMissing(g); err != nil {
			fmt.Fprintf(stderr, "dualdate-crawl: error: --input %s: %v\n", g, err)
			return 2
		}
	}
	beam.Init()
	p, s := beam.NewPipelineWithRoot()
	crawl.Build(s, crawl.Options{Inputs: inputs, Output: *output, MaxPage: *maxPage})
	start := time.Now()
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		fmt.Fprintf(stderr, "dualdate-crawl: error: %v\n", err)
		return 1
	}
	report(stderr, res, time.Since(start))
	return 0
}

// localFileMissing returns why the local file g, an input without a
// wildcard, cannot be read, or nil. A missing input failed the run with
// some twenty lines of the runner's stack; a glob that matches nothing is
// a run that finds nothing, which writes empty outputs. Paths on other
// filesystems (gs://) are left to the runner.
func localFileMissing(g string) error {
	if strings.ContainsAny(g, "*?[") || strings.Contains(g, "://") {
		return nil
	}
	fi, err := os.Stat(g)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file")
	case err != nil:
		return err
	case fi.IsDir():
		return errors.New("a directory, not a file (give a glob: DIR/*.warc.gz)")
	}
	return nil
}

// report prints the crawl's counters, the totals of the runner's metrics.
func report(w io.Writer, res beam.PipelineResult, d time.Duration) {
	if res == nil {
		return
	}
	totals := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Key.Namespace == "crawl" {
			totals[c.Key.Name] += counter(c)
		}
	}
	secs := d.Seconds()
	fmt.Fprintf(w, "dualdate-crawl: %d files, %d pages (%.0f/s), %.1f MB of text (%.1f MB/s), %d datelines, %d records skipped, in %s\n",
		totals["files"], totals["pages"], float64(totals["pages"])/secs,
		float64(totals["page-bytes"])/1e6, float64(totals["page-bytes"])/1e6/secs,
		totals["datelines"], totals["skipped"], d.Round(time.Millisecond))
}

func counter(c metrics.CounterResult) int64 {
	if c.Committed != 0 {
		return c.Committed
	}
	return c.Attempted
}
