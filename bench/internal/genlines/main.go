// Command genlines writes generated datelines, one a line, for measuring
// `dualdate check` on a batch (bench.WriteLines): days drawn from 1990 to
// 2030 in the first K of nine layouts that real sites print, one line in
// ten made wrong (the Hebrew date three days off, the weekday the next
// day's, or February 30). BenchmarkCommand checks the same lines.
//
// Usage:
//
//	go run ./internal/genlines -n 1000000 -layouts 3 > lines.txt
//	/usr/bin/time -v dualdate check lines.txt > /dev/null
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/dualdate/dualdate/bench"
)

func main() {
	n := flag.Int("n", 1_000_000, "lines to write")
	k := flag.Int("layouts", 3, fmt.Sprintf("how many of the %d layouts to use", len(bench.LineLayouts)))
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if *k < 1 || *k > len(bench.LineLayouts) {
		fmt.Fprintln(os.Stderr, "genlines: -layouts takes 1 to", len(bench.LineLayouts))
		os.Exit(2)
	}
	if err := bench.WriteLines(os.Stdout, *n, *k, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "genlines:", err)
		os.Exit(2)
	}
}
