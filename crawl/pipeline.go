package crawl

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local paths, in tests and on one machine
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// Options configure the pipeline.
type Options struct {
	Inputs  []string // globs of WARC and WET files, gzip'd or not, on any filesystem Beam reads
	Output  string   // a directory: pages.jsonl and sites.jsonl are written in it
	MaxPage int64    // the largest page body read; 0 means DefaultMaxPage
}

// The names of the output files in Options.Output.
const (
	PagesFile = "pages.jsonl"
	SitesFile = "sites.jsonl"
)

// NoSite is the site of a skipped record too damaged to name its URL.
const NoSite = "(unknown)"

// Counters the runner reports, and the command prints at the end.
var (
	filesRead      = beam.NewCounter("crawl", "files")
	pagesRead      = beam.NewCounter("crawl", "pages")
	bytesRead      = beam.NewCounter("crawl", "page-bytes")
	datelinesFound = beam.NewCounter("crawl", "datelines")
	recordsSkipped = beam.NewCounter("crawl", "skipped")
)

func init() {
	register.DoFn4x1[context.Context, fileio.FileMetadata, func(string), func(string, Summary), error](&readFileFn{})
	register.Emitter1[string]()
	register.Emitter2[string, Summary]()
	register.Function2x1(Merge)
	register.Function2x2(formatSite)
	beam.RegisterType(reflect.TypeFor[Summary]())
}

// Build adds the crawl's transforms to the pipeline's root scope: match
// the input globs, spread the files over the workers, read each file's
// records, find each page's datelines, and write one JSON object per page
// and one per site.
func Build(s beam.Scope, o Options) {
	s = s.Scope("crawl")
	var files []beam.PCollection
	for _, g := range o.Inputs {
		files = append(files, fileio.MatchFiles(s, g, fileio.MatchEmptyAllowIfWildcard()))
	}
	all := beam.Flatten(s, files...)
	// One file is one unit of work; the reshuffle spreads them out
	// instead of leaving them all on the worker that matched the glob.
	all = beam.Reshuffle(s, all)
	pages, sites := beam.ParDo2(s, &readFileFn{MaxPage: o.MaxPage}, all)
	summaries := beam.CombinePerKey(s, Merge, sites)
	out := strings.TrimSuffix(o.Output, "/") + "/"
	textio.Write(s, out+PagesFile, pages)
	textio.Write(s, out+SitesFile, beam.ParDo(s, formatSite, summaries))
}

// readFileFn reads one WARC or WET file: it emits each page's JSON object
// and, keyed by site, each page's and each skipped record's summary.
type readFileFn struct {
	MaxPage int64
}

// progressEvery is how often a worker logs how far it is in a file.
const progressEvery = 30 * time.Second

func (fn *readFileFn) ProcessElement(ctx context.Context, md fileio.FileMetadata, emitPage func(string), emitSite func(string, Summary)) error {
	fs, err := filesystem.New(ctx, md.Path)
	if err != nil {
		return err
	}
	defer fs.Close()
	open := func(off int64) (io.ReadCloser, error) {
		rc, err := fs.OpenRead(ctx, md.Path)
		if err != nil {
			return nil, err
		}
		if _, ok := rc.(io.Seeker); !ok && off > 0 {
			// Read on past what the damaged record left behind;
			// ReadRecords seeks a file that can.
			if _, err := io.CopyN(io.Discard, rc, off); err != nil {
				rc.Close()
				return nil, err
			}
		}
		return rc, nil
	}
	filesRead.Inc(ctx, 1)
	var (
		pages, skipped int64
		last           = time.Now()
		encErr         error
	)
	progress := func(off int64) {
		if time.Since(last) >= progressEvery {
			last = time.Now()
			log.Infof(ctx, "%s: %d pages, %d skipped, at byte %d of %d", md.Path, pages, skipped, off, md.Size)
		}
	}
	err = ReadRecords(open, ReadOptions{MaxPage: fn.MaxPage},
		func(p Page) {
			r, sum := Analyze(p, md.Path)
			b, err := json.Marshal(r)
			if err != nil {
				encErr = err
				return
			}
			emitPage(string(b))
			emitSite(siteKey(r.Site), sum)
			pages++
			pagesRead.Inc(ctx, 1)
			bytesRead.Inc(ctx, int64(len(p.Text)))
			datelinesFound.Inc(ctx, sum.Datelines)
			progress(p.Offset)
		},
		func(sk Skip) {
			var sum Summary
			add(&sum.Skipped, sk.Reason, 1)
			emitSite(siteKey(Site(sk.URL)), sum)
			skipped++
			recordsSkipped.Inc(ctx, 1)
			log.Debugf(ctx, "%s@%d: skipped %s (%s): %v", md.Path, sk.Offset, sk.URL, sk.Reason, sk.Err)
			progress(sk.Offset)
		})
	if err != nil {
		return fmt.Errorf("crawl: reading %s: %w", md.Path, err)
	}
	return encErr
}

func siteKey(site string) string {
	if site == "" {
		return NoSite
	}
	return site
}

func formatSite(site string, s Summary) (string, error) {
	b, err := json.Marshal(s.Result(site))
	return string(b), err
}
