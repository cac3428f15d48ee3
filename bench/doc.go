// Package bench compares dualdate with the libraries people reach for to do
// its jobs: github.com/araddon/dateparse, github.com/markusmobius/go-dateparser
// and the standard library's time.Parse for reading Gregorian dates and
// timestamps, and github.com/hebcal/hdate and github.com/hebcal/hebcal-go for
// converting and writing Hebrew dates.
//
// It is a module of its own, so that users of dualdate never download the
// peers. The benchmarks are in bench_test.go; this package holds what they
// share with the table generator (internal/benchtable): the corpus rows that
// the Gregorian readers are tried on, the readers themselves, and Glue, the
// peers put together by hand to read and check a dual dateline, the job that
// no peer does alone.
//
// The peers' own test tables, extracted by internal/peertables into
// testdata/peers, are read by dualdate and each peer in TestPeerTables
// (peers.go holds the tables' reader and the readers), which writes the
// share each reads right into README.md with -update.
//
// BenchmarkCommand (command_test.go) times the dualdate command itself on a
// batch, built from ../cmd/dualdate, over lines that WriteLines generates
// (internal/genlines writes them to a file), with its CPU time and peak RSS
// measured by internal/peakrss.
//
// The script run executes the benchmarks and rewrites the figures in
// README.md.
package bench
