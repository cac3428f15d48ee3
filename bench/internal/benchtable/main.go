// Command benchtable turns the output of the comparison benchmarks, run
// with -count=N, into the Markdown tables of README.md: the median of the
// N runs of each benchmark, how far the runs strayed from it, the ratio of
// each implementation's time to dualdate's on the same input, and whether
// the targets are met.
//
// Usage:
//
//	go test -run '^$' -bench . -benchmem -count=6 > bench.txt
//	go run ./internal/benchtable bench.txt
//
// Benchmark names must be Benchmark<Job>/<input>/<implementation>.
package main

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/dualdate/dualdate/bench"
)

// A job is one top-level benchmark: one thing done by several
// implementations on the same inputs.
type job struct {
	name  string // Benchmark<name>
	title string
	// baselines are dualdate's implementations that the others are
	// compared with, one ratio column each.
	baselines []string
	note      string
}

var jobs = []job{
	{"Gregorian", "Reading Gregorian dates and timestamps", []string{"dateline.Check"},
		"One op reads the input; for `corpus`, every row listed under [Corpus rows](#corpus-rows). " +
			"`time.Parse` is given the right layout for each row by hand (the floor: no detection at all). " +
			"`dateline.Parse` reads the text, resolves " +
			"the day into a `time.Time` and its Hebrew date and checks it; `dateline.Check` does that and reports every problem."},
	{"ToHebrew", "Converting a Gregorian day to the Hebrew calendar", []string{"hebrew.FromGregorian"},
		"`spread`: 4096 days drawn evenly from 1800 to 2199, one per op, the same for both."},
	{"ToGregorian", "Converting a Hebrew date to the Gregorian calendar", []string{"hebrew.Date.Gregorian"},
		"From each library's own date value, made beforehand."},
	{"Render", "Writing a Hebrew date", []string{"format.Layout.AppendFormat"},
		"22 Adar I 5784 as `format.HebrewDate` (22 Adar I 5784) and `format.HebrewScript` (כ״ב אדר א׳ תשפ״ד). " +
			"The peers return a string, as `format.Layout.Format` does; `AppendFormat` appends to a reused buffer."},
	{"Dual", "Reading, converting and checking a dual dateline", []string{"dateline.Check"},
		"`full`: `Saturday, March 2, 2024 | 22 Adar I 5784`; `spread`: the same layout on 64 ordinary days from 1990 to 2030, one an op in turn; `header`: the seed masthead, `Saturday, March 2nd | 22 Adar I 5784`, " +
			"whose year dualdate infers (the glue cannot read it). `glue` is the peers put together by hand (`bench.Glue`): " +
			"strings.Cut on \" | \", ordinal suffix stripped, time.Parse, weekday compared, strconv.Atoi, hdate.MonthFromName, " +
			"hdate.New guarded, hdate.HDate.ProlepticGreg compared; it allocates nothing."},
	{"Find", "Finding datelines in a page", []string{"dateline.Find"},
		"`internal/parse/testdata/article.txt`, 5.8 kB of an English-language news page with a masthead dateline and a byline timestamp; " +
			"`article-he.txt`, a Hebrew-language one with ten datelines (dual, numeric, Hebrew script). " +
			"`regexp` is the peer: the regular expression a scraper would write for \"Month D, YYYY\" (`bench.ScraperRegexp`), " +
			"which finds only the byline of the first page and nothing in the second."},
}

// A sample is the runs of one benchmark.
type sample struct {
	job, input, impl string
	values           map[string][]float64 // unit -> one value per run
}

func (s *sample) median(unit string) (float64, bool) {
	v := slices.Clone(s.values[unit])
	if len(v) == 0 {
		return 0, false
	}
	slices.Sort(v)
	if n := len(v); n%2 == 1 {
		return v[n/2], true
	} else {
		return (v[n/2-1] + v[n/2]) / 2, true
	}
}

// spread is the median distance of a run's ns/op from the median (the
// median absolute deviation), as a fraction of the median: how much the
// runs typically disagree, unmoved by one run that met a burst of load.
func (s *sample) spread() float64 {
	m, _ := s.median("ns/op")
	d := &sample{values: map[string][]float64{}}
	for _, v := range s.values["ns/op"] {
		d.values["d"] = append(d.values["d"], math.Abs(v-m))
	}
	mad, _ := d.median("d")
	return mad / m
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: benchtable BENCH-OUTPUT")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(2)
	}
	samples, err := read(f)
	f.Close()
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	if err := write(w, samples); err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(2)
	}
	w.Flush()
}

// read reads go test -bench output: lines such as
//
//	BenchmarkDual/full/glue-2  485180  583.0 ns/op  0 B/op  0 allocs/op
func read(r io.Reader) ([]*sample, error) {
	var samples []*sample
	byName := map[string]*sample{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := f[0]
		if i := strings.LastIndexByte(name, '-'); i > 0 {
			if _, err := strconv.Atoi(name[i+1:]); err == nil {
				name = name[:i] // the GOMAXPROCS suffix
			}
		}
		parts := strings.SplitN(strings.TrimPrefix(name, "Benchmark"), "/", 3)
		if len(parts) != 3 {
			continue
		}
		s := byName[name]
		if s == nil {
			s = &sample{job: parts[0], input: parts[1], impl: parts[2], values: map[string][]float64{}}
			byName[name] = s
			samples = append(samples, s)
		}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				return nil, fmt.Errorf("%q: %v", sc.Text(), err)
			}
			s.values[f[i+1]] = append(s.values[f[i+1]], v)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(samples) == 0 {
		return nil, fmt.Errorf("no benchmark results")
	}
	return samples, nil
}

func write(w io.Writer, samples []*sample) error {
	runs := 0
	for _, s := range samples {
		runs = max(runs, len(s.values["ns/op"]))
	}
	fmt.Fprintf(w, "Medians of %d runs. **±** is the median distance of a run from the median, as a share of it. "+
		"**÷ X** is the implementation's time divided by dualdate's X on the same input: "+
		"above 1, dualdate is that many times faster; below 1, slower.\n", runs)
	for _, j := range jobs {
		writeJob(w, j, samples)
	}
	writeCommand(w, samples)
	fmt.Fprintln(w)
	fmt.Fprintln(w, "### Corpus rows")
	fmt.Fprintln(w)
	if err := writeCorpus(w); err != nil {
		return err
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "## Targets")
	fmt.Fprintln(w)
	writeTargets(w, samples)
	return nil
}

func find(samples []*sample, job, input, impl string) *sample {
	for _, s := range samples {
		if s.job == job && s.input == input && s.impl == impl {
			return s
		}
	}
	return nil
}

func inputs(samples []*sample, job string) []string {
	var in []string
	for _, s := range samples {
		if s.job == job && !slices.Contains(in, s.input) {
			in = append(in, s.input)
		}
	}
	return in
}

func writeJob(w io.Writer, j job, samples []*sample) {
	ins := inputs(samples, j.name)
	if len(ins) == 0 {
		return
	}
	hasMBs := false
	for _, s := range samples {
		if s.job == j.name && len(s.values["MB/s"]) > 0 {
			hasMBs = true
		}
	}
	fmt.Fprintf(w, "\n### %s\n\n%s\n\n", j.title, j.note)
	head := "| input | implementation | ns/op | ± | B/op | allocs/op |"
	rule := "|---|---|--:|--:|--:|--:|"
	if hasMBs {
		head += " MB/s |"
		rule += "--:|"
	}
	for _, b := range j.baselines {
		head += " ÷ " + b + " |"
		rule += "--:|"
	}
	fmt.Fprintln(w, head)
	fmt.Fprintln(w, rule)
	for _, in := range ins {
		for _, s := range samples {
			if s.job != j.name || s.input != in {
				continue
			}
			ns, _ := s.median("ns/op")
			bytes, _ := s.median("B/op")
			allocs, _ := s.median("allocs/op")
			fmt.Fprintf(w, "| %s | %s | %s | %.0f%% | %s | %s |", in, s.impl, num(ns), 100*s.spread(), count(bytes), count(allocs))
			if hasMBs {
				mbs, _ := s.median("MB/s")
				fmt.Fprintf(w, " %.1f |", mbs)
			}
			for _, b := range j.baselines {
				fmt.Fprintf(w, " %s |", ratioCell(s, find(samples, j.name, in, b)))
			}
			fmt.Fprintln(w)
		}
		if j.name == "Gregorian" {
			for _, rd := range cannotRead(in) {
				fmt.Fprintf(w, "| %s | %s | cannot read it | | | |", in, rd)
				for range j.baselines {
					fmt.Fprint(w, " |")
				}
				fmt.Fprintln(w)
			}
		}
	}
}

// cannotRead lists the readers that do not read the seed input in right,
// and so are not benchmarked on it.
func cannotRead(input string) []string {
	var row *bench.Row
	switch input {
	case "seed-timestamp":
		row = &bench.Seeds[0]
	case "weekday-date":
		row = &bench.Seeds[1]
	case "numeric-timestamp":
		row = &bench.Seeds[2]
	default:
		return nil
	}
	var names []string
	for _, rd := range bench.Readers {
		if o := bench.Try(rd, *row); o != bench.Right {
			names = append(names, fmt.Sprintf("%s (%v)", rd.Name, o))
		}
	}
	return names
}

func ratioCell(s, base *sample) string {
	if base == nil {
		return ""
	}
	r, ok := ratio(s, base)
	if !ok {
		return ""
	}
	return fmtRatio(r)
}

func ratio(s, base *sample) (float64, bool) {
	if s == nil || base == nil {
		return 0, false
	}
	a, ok1 := s.median("ns/op")
	b, ok2 := base.median("ns/op")
	if !ok1 || !ok2 || b == 0 {
		return 0, false
	}
	return a / b, true
}

func fmtRatio(r float64) string {
	switch {
	case r >= 100:
		return fmt.Sprintf("%.0f×", r)
	case r >= 10:
		return fmt.Sprintf("%.1f×", r)
	}
	return fmt.Sprintf("%.2f×", r)
}

// num writes a figure with three significant digits at most after the
// point, and thousands separated by commas.
func num(v float64) string {
	switch {
	case v == 0:
		return "0"
	case v < 10:
		return strconv.FormatFloat(v, 'f', 2, 64)
	case v < 100:
		return strconv.FormatFloat(v, 'f', 1, 64)
	}
	return commas(math.Round(v))
}

// commas writes a whole number with its thousands separated by commas.
func commas(v float64) string {
	s := strconv.FormatFloat(v, 'f', 0, 64)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// count writes a median of bytes or allocations: a whole number, unless
// the runs disagreed.
func count(v float64) string {
	if v == math.Trunc(v) || v >= 100 {
		return commas(math.Round(v))
	}
	return strconv.FormatFloat(v, 'f', 1, 64)
}

// writeCommand writes the table of BenchmarkCommand: the command's runs
// over whole inputs, and the library alone on the same lines.
func writeCommand(w io.Writer, samples []*sample) {
	ins := inputs(samples, "Command")
	if len(ins) == 0 {
		return
	}
	fmt.Fprint(w, "\n### The dualdate command on a batch\n\n"+
		"`dualdate check FILE > /dev/null` on a million lines of `go run ./internal/genlines -layouts 3` and `-layouts 9` "+
		"(one in ten wrong), and `dualdate scan FILE > /dev/null` on `article.txt` and `article-he.txt` one after the other, "+
		"7,000 times over (69 MB); one op is one run of the built command. "+
		"**CPU** is the process's user and system time a line, all its threads; **peak RSS** the largest of its runs "+
		"(`internal/peakrss`, as `/usr/bin/time -v` reports it). `Reader.Check` and `Reader.Find` are the library alone, "+
		"one `dateline.Reader` in one goroutine over the same lines held in memory, nothing written: "+
		"**library** is their CPU a line over the command's, the share of the command's work that is the library's. "+
		"On a busy machine the wall time (s/op, lines/s, MB/s) counts the other load, the CPU time much less.\n\n")
	fmt.Fprintln(w, "| input | implementation | s/op | ± | lines/s | MB/s | CPU ns/line | peak RSS | library |")
	fmt.Fprintln(w, "|---|---|--:|--:|--:|--:|--:|--:|--:|")
	for _, in := range ins {
		var lib float64
		for _, s := range samples {
			if s.job == "Command" && s.input == in && s.impl != "dualdate" {
				lib, _ = s.median("cpu-ns/line")
			}
		}
		for _, s := range samples {
			if s.job != "Command" || s.input != in {
				continue
			}
			ns, _ := s.median("ns/op")
			lps, _ := s.median("lines/s")
			mbs, _ := s.median("MB/s")
			fmt.Fprintf(w, "| %s | %s | %.2f | %.0f%% | %s | %.1f |", in, s.impl, ns/1e9, 100*s.spread(), num(lps), mbs)
			cpu, _ := s.median("cpu-ns/line")
			if rss := s.values["peak-RSS-MiB"]; len(rss) > 0 {
				share := "–"
				if lib > 0 {
					share = fmt.Sprintf("%.0f%%", 100*lib/cpu)
				}
				fmt.Fprintf(w, " %s | %.0f MiB | %s |\n", num(cpu), slices.Max(rss), share)
			} else {
				fmt.Fprintf(w, " %s | | |\n", num(cpu))
			}
		}
	}
}

func writeCorpus(w io.Writer) error {
	rows, err := bench.CorpusRows()
	if err != nil {
		return err
	}
	common, outcomes := bench.Common(rows)
	fmt.Fprintf(w, "Each Gregorian and timestamp row of `testdata/corpus/datelines.tsv`, tried once with each reader "+
		"(right means the day, and the hour and minute if the row has a time, that the corpus gives). "+
		"The %d rows that every reader reads right are the `corpus` input above.\n\n", len(common))
	head, rule := "| row |", "|---|"
	for _, rd := range bench.Readers {
		head += " " + rd.Name + " |"
		rule += ":-:|"
	}
	fmt.Fprintln(w, head+" benchmarked |")
	fmt.Fprintln(w, rule+":-:|")
	for i, row := range rows {
		fmt.Fprintf(w, "| %s |", strings.ReplaceAll(row.Text, "|", `\|`))
		for _, o := range outcomes[i] {
			cell := "right"
			switch o {
			case bench.Wrong:
				cell = "wrong day"
			case bench.Fails:
				cell = "error"
			}
			fmt.Fprintf(w, " %s |", cell)
		}
		mark := ""
		if slices.ContainsFunc(common, func(r bench.Row) bool { return r.Text == row.Text }) {
			mark = "yes"
		}
		fmt.Fprintf(w, " %s |\n", mark)
	}
	return nil
}

// A check is one measured figure of a target.
type check struct {
	what  string
	ratio float64
}

func writeTargets(w io.Writer, samples []*sample) {
	fmt.Fprintln(w, "| target | measured | met |")
	fmt.Fprintln(w, "|---|---|:-:|")

	// Reading Gregorian text: each peer's time over dualdate's, on every
	// input the peer reads.
	for _, t := range []struct {
		peers []string
		want  float64
		label string
	}{
		{[]string{"dateparse.ParseAny", "dateparse.ParseStrict"}, 3, "reading Gregorian text ≥ 3× faster than araddon/dateparse"},
		{[]string{"go-dateparser"}, 1000, "reading Gregorian text ≥ 1000× faster than go-dateparser"},
	} {
		for _, base := range []string{"dateline.Check"} {
			var cs []check
			for _, in := range inputs(samples, "Gregorian") {
				for _, p := range t.peers {
					if r, ok := ratio(find(samples, "Gregorian", in, p), find(samples, "Gregorian", in, base)); ok {
						cs = append(cs, check{fmt.Sprintf("%s on %s", p, in), r})
					}
				}
			}
			row(w, fmt.Sprintf("%s (dualdate as `%s`)", t.label, base), cs, func(r float64) bool { return r >= t.want })
		}
	}

	// The one reader (issue 12): ratios in this run.
	for _, t := range []struct {
		job, in, impl, job2, in2, impl2, what, target string
		ok                                            func(float64) bool
	}{
		{"Dual", "full", "glue", "Dual", "full", "dateline.Check", "glue ÷ dateline.Check",
			"Check on the full dual dateline ≥ 4× faster than the hand glue, on the seed day", func(r float64) bool { return r >= 4 }},
		{"Dual", "spread", "glue", "Dual", "spread", "dateline.Check", "glue ÷ dateline.Check",
			"… and ≥ 2× on a spread of ordinary days", func(r float64) bool { return r >= 2 }},
		{"Dual", "header", "dateline.Check", "Dual", "full", "dateline.Check", "masthead ÷ full",
			"Check on the seed masthead within 1.3× of the full dateline", func(r float64) bool { return r <= 1.3 }},
		{"Gregorian", "seed-timestamp", "dateparse.ParseAny", "Gregorian", "seed-timestamp", "dateline.Check", "dateparse.ParseAny ÷ dateline.Check",
			"Check on the seed timestamp ≥ 4× faster than dateparse.ParseAny", func(r float64) bool { return r >= 4 }},
		{"Gregorian", "seed-timestamp", "dateline.Check", "Gregorian", "seed-timestamp", "time.Parse", "dateline.Check ÷ time.Parse",
			"… and within 1.5× of time.Parse given the layout", func(r float64) bool { return r <= 1.5 }},
		{"Find", "article.txt", "regexp", "Find", "article.txt", "dateline.Find", "regexp ÷ dateline.Find on article.txt",
			"Find ≥ 10× faster than a scraper's regexp", func(r float64) bool { return r >= 10 }},
	} {
		var cs []check
		if r, ok := ratio(find(samples, t.job, t.in, t.impl), find(samples, t.job2, t.in2, t.impl2)); ok {
			cs = append(cs, check{t.what, r})
		}
		row(w, t.target, cs, t.ok)
	}
	for _, t := range []struct {
		page string
		mbs  float64
	}{{"article.txt", 200}, {"article-he.txt", 100}} {
		var measured string
		met := false
		if s := find(samples, "Find", t.page, "dateline.Find"); s != nil {
			if v, ok := s.median("MB/s"); ok {
				measured, met = num(v)+" MB/s", v >= t.mbs
			}
		}
		fmt.Fprintf(w, "| Find ≥ %s MB/s on %s | %s | %s |\n", num(t.mbs), t.page, measured, yesNo(met && measured != ""))
	}

	for _, t := range []struct {
		in, unit, what string
		want           float64
	}{
		{"check-3-layouts", "lines/s", "`dualdate check` ≥ 4M lines/s on a million generated lines in 3 layouts", 4e6},
		{"check-9-layouts", "lines/s", "… and in 9 layouts", 4e6},
		{"scan", "MB/s", "`dualdate scan` ≥ 150 MB/s", 150},
	} {
		var measured string
		met := false
		if s := find(samples, "Command", t.in, "dualdate"); s != nil {
			if v, ok := s.median(t.unit); ok {
				measured = fmt.Sprintf("%s %s, peak RSS %.0f MiB", num(v), t.unit, slices.Max(s.values["peak-RSS-MiB"]))
				met = v >= t.want
			}
		}
		fmt.Fprintf(w, "| %s | %s | %s |\n", t.what, measured, yesNo(met))
	}

	var cs []check
	for _, c := range []struct{ job, peer, ours string }{
		{"ToHebrew", "hdate.FromProlepticGregorian", "hebrew.FromGregorian"},
		{"ToGregorian", "hdate.HDate.ProlepticGreg", "hebrew.Date.Gregorian"},
	} {
		for _, in := range inputs(samples, c.job) {
			if r, ok := ratio(find(samples, c.job, in, c.ours), find(samples, c.job, in, c.peer)); ok {
				cs = append(cs, check{fmt.Sprintf("%s ÷ %s on %s", c.ours, c.peer, in), r})
			}
		}
	}
	row(w, "conversion within 10% of hdate (dualdate's time ÷ hdate's ≤ 1.10)", cs, func(r float64) bool { return r <= 1.10 })

	var measured []string
	met := true
	for _, in := range inputs(samples, "Render") {
		if s := find(samples, "Render", in, "format.Layout.AppendFormat"); s != nil {
			a, _ := s.median("allocs/op")
			measured = append(measured, fmt.Sprintf("%s: %s allocs/op", in, count(a)))
			met = met && a == 0
		}
	}
	fmt.Fprintf(w, "| 0 allocations for rendering (`format.Layout.AppendFormat`) | %s | %s |\n",
		strings.Join(measured, "; "), yesNo(met && len(measured) > 0))
}

// row writes a target's line: every figure, and whether all of them meet it.
func row(w io.Writer, target string, cs []check, ok func(float64) bool) {
	var parts []string
	met := len(cs) > 0
	for _, c := range cs {
		parts = append(parts, fmt.Sprintf("%s %s", c.what, fmtRatio(c.ratio)))
		met = met && ok(c.ratio)
	}
	fmt.Fprintf(w, "| %s | %s | %s |\n", target, strings.Join(parts, "; "), yesNo(met))
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "**no**"
}
