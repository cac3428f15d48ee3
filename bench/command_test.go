package bench

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/dualdate/dualdate/dateline"
)

// The command's inputs: a million generated lines in the first three and
// in all nine of LineLayouts (WriteLines, as internal/genlines writes
// them), and for scan the two pages of parse/testdata, one after the
// other, over and over to scanCopies times (69 MB).
const (
	commandLines = 1_000_000
	scanCopies   = 7000
)

// A commandInput is a file the command reads, made once per test binary.
type commandInput struct {
	name  string
	args  []string // the command's arguments; the file's path is added
	path  string
	size  int64
	lines int // how many are not blank: the command skips the others
}

var command struct {
	once   sync.Once
	dir    string // removed by TestMain
	bin    string // dualdate
	peak   string // internal/peakrss, which runs it
	inputs []*commandInput
	err    error
}

// setUpCommand builds cmd/dualdate (the module's own, by the replace in
// go.mod) and internal/peakrss, and writes the inputs into a temporary
// directory.
func setUpCommand() error {
	command.once.Do(func() {
		command.err = func() error {
			dir, err := os.MkdirTemp("", "dualdate-bench-")
			if err != nil {
				return err
			}
			command.dir = dir
			command.bin = filepath.Join(dir, "dualdate")
			command.peak = filepath.Join(dir, "peakrss")
			for bin, pkg := range map[string]string{command.bin: "github.com/dualdate/dualdate/cmd/dualdate", command.peak: "./internal/peakrss"} {
				build := exec.Command("go", "build", "-o", bin, pkg)
				if out, err := build.CombinedOutput(); err != nil {
					return fmt.Errorf("go build %s: %v\n%s", pkg, err, out)
				}
			}
			var pages []byte
			for _, name := range []string{"article.txt", "article-he.txt"} {
				p, err := os.ReadFile(filepath.Join(Dir(), "..", "internal", "parse", "testdata", name))
				if err != nil {
					return err
				}
				pages = append(pages, p...)
			}
			for _, in := range []struct {
				name  string
				args  []string
				write func(*os.File) error
			}{
				{"check-3-layouts", []string{"check"}, func(f *os.File) error { return WriteLines(f, commandLines, 3, 1) }},
				{"check-9-layouts", []string{"check"}, func(f *os.File) error { return WriteLines(f, commandLines, 9, 1) }},
				{"scan", []string{"scan"}, func(f *os.File) error {
					_, err := f.Write(bytes.Repeat(pages, scanCopies))
					return err
				}},
			} {
				path := filepath.Join(dir, in.name+".txt")
				f, err := os.Create(path)
				if err != nil {
					return err
				}
				err = in.write(f)
				if cerr := f.Close(); err == nil {
					err = cerr
				}
				if err != nil {
					return err
				}
				text, err := os.ReadFile(path)
				if err != nil {
					return err
				}
				lines := 0
				eachLine(string(text), func(string) { lines++ })
				command.inputs = append(command.inputs, &commandInput{in.name, in.args, path, int64(len(text)), lines})
			}
			return nil
		}()
	})
	return command.err
}

// eachLine calls f with each line of text that is not blank, without its
// line ending, as the command reads them.
func eachLine(text string, f func(string)) {
	for line := range strings.Lines(text) {
		if line = strings.TrimRight(line, "\r\n"); strings.TrimSpace(line) != "" {
			f(line)
		}
	}
}

// cpuTime returns the CPU time this process has used, all its threads.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestMain(m *testing.M) {
	code := m.Run()
	if command.dir != "" {
		os.RemoveAll(command.dir)
	}
	os.Exit(code)
}

// BenchmarkCommand runs the dualdate command as a person does, one op a
// run of the built binary over a whole input, with its output to
// /dev/null: `dualdate check FILE` on a million generated lines in 3 and
// in 9 layouts (one in ten wrong), and `dualdate scan FILE` on the two
// pages of parse/testdata over and over. Besides the wall time it reports
// lines/s and MB/s, the CPU time of the process a line (cpu-ns/line, all
// its threads: the work, whatever the machine's other load), and the
// largest peak RSS of its runs (the kernel's ru_maxrss, what
// /usr/bin/time -v prints as "Maximum resident set size"), which
// internal/peakrss measures: this process, holding the lines, cannot.
//
// Reader.Check and Reader.Find are the library alone on the same lines:
// one dateline.Reader in one goroutine over the file's text, held as one
// string (a slice of a million strings would give the collector a heap of
// pointers to mark that the command does not have), nothing written, as
// the command calls it on each line. Its cpu-ns/line, this process's CPU
// time, against the command's is the share of the command's work that is
// the library's.
func BenchmarkCommand(b *testing.B) {
	if err := setUpCommand(); err != nil {
		b.Fatal(err)
	}
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		b.Fatal(err)
	}
	defer null.Close()
	for _, in := range command.inputs {
		b.Run(in.name, func(b *testing.B) {
			b.Run("dualdate", func(b *testing.B) {
				b.SetBytes(in.size)
				var cpu time.Duration
				var rss int64
				figures := filepath.Join(command.dir, "figures")
				for b.Loop() {
					cmd := exec.Command(command.peak, append([]string{"-o", figures, command.bin}, append(in.args, in.path)...)...)
					cmd.Stdout, cmd.Stderr = null, os.Stderr
					err := cmd.Run()
					if ee := (*exec.ExitError)(nil); err != nil && !(errors.As(err, &ee) && ee.ExitCode() == 1) {
						b.Fatalf("%s: %v", cmd, err)
					}
					f, err := os.ReadFile(figures)
					if err != nil {
						b.Fatal(err)
					}
					var kib, user, sys, wall int64
					if _, err := fmt.Sscanf(string(f), "peak-RSS-KiB %d user-ns %d sys-ns %d wall-ns %d", &kib, &user, &sys, &wall); err != nil {
						b.Fatalf("peakrss wrote %q: %v", f, err)
					}
					rss = max(rss, kib)
					cpu += time.Duration(user + sys)
				}
				lines := float64(in.lines) * float64(b.N)
				b.ReportMetric(lines/b.Elapsed().Seconds(), "lines/s")
				b.ReportMetric(float64(cpu.Nanoseconds())/lines, "cpu-ns/line")
				b.ReportMetric(float64(rss)/1024, "peak-RSS-MiB")
			})
			rd := dateline.NewReader(dateline.In(time.Local), dateline.Reference(time.Now()))
			impl, call := "Reader.Check", func(s string) { sinkReport = rd.Check(s) }
			if in.args[0] == "scan" {
				impl, call = "Reader.Find", func(s string) { sinkMatches = rd.Find(s) }
			}
			b.Run(impl, func(b *testing.B) {
				text, err := os.ReadFile(in.path)
				if err != nil {
					b.Fatal(err)
				}
				b.SetBytes(in.size)
				var cpu time.Duration
				for b.Loop() {
					start := cpuTime()
					eachLine(string(text), call)
					cpu += cpuTime() - start
				}
				lines := float64(in.lines) * float64(b.N)
				b.ReportMetric(lines/b.Elapsed().Seconds(), "lines/s")
				b.ReportMetric(float64(cpu.Nanoseconds())/lines, "cpu-ns/line")
			})
		})
	}
}
