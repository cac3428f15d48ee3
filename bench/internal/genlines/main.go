// Command genlines writes generated datelines, one a line, for measuring
// `dualdate check` on a batch: days drawn from 1990 to 2030 in the first K
// of nine layouts that real sites print, one line in ten made wrong (the
// Hebrew date three days off, the weekday the next day's, or February 30).
//
// Usage:
//
//	go run ./internal/genlines -n 1000000 -layouts 3 > lines.txt
//	/usr/bin/time -v dualdate check lines.txt > /dev/null
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
)

// wrong makes line, d written in layout, a wrong dateline: its Hebrew
// date three days off (a calendar error) where it has one, else its
// weekday the next day's, else a February 30.
func wrong(line []byte, d dateline.Dateline, t time.Time, layout string) []byte {
	if strings.ContainsAny(layout, "56") && (strings.Contains(layout, "5766") || strings.Contains(layout, "תשס")) {
		d.Hebrew = d.Hebrew.AddDays(3)
		return d.AppendFormat(line[:0], layout)
	}
	if day := t.Weekday().String(); strings.Contains(string(line), day) {
		return []byte(strings.Replace(string(line), day, t.AddDate(0, 0, 1).Weekday().String(), 1))
	}
	return []byte("February 30, " + strconv.Itoa(t.Year()) + " 10:39 am")
}

// layouts are written for the reference day, as dateline's Format takes
// them: the mastheads and timestamps of the corpus's sites.
var layouts = []string{
	format.Header,
	format.Full,
	format.Published,
	"Mon, Jan 2, 2006 · 2 Tevet 5766",
	"2 Tevet 5766 | January 2, 2006",
	"יום שני, ב׳ בטבת ה׳תשס״ו",
	"Monday, January 2, 2006 3:04 pm",
	"Jan 2, 2006 | Teves 2, 5766",
	"02.01.2006 · ב׳ טבת תשס״ו",
}

func main() {
	n := flag.Int("n", 1_000_000, "lines to write")
	k := flag.Int("layouts", 3, "how many of the nine layouts to use (1-9)")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if *k < 1 || *k > len(layouts) {
		fmt.Fprintln(os.Stderr, "genlines: -layouts takes 1 to", len(layouts))
		os.Exit(2)
	}
	rng := rand.New(rand.NewPCG(*seed, *seed))
	first := time.Date(1990, time.January, 1, 10, 39, 0, 0, time.UTC)
	days := int(time.Date(2030, time.December, 31, 0, 0, 0, 0, time.UTC).Sub(first).Hours() / 24)
	w := bufio.NewWriterSize(os.Stdout, 1<<16)
	var buf []byte
	for i := range *n {
		t := first.AddDate(0, 0, rng.IntN(days))
		layout := layouts[i%*k]
		d := dateline.New(t)
		buf = d.AppendFormat(buf[:0], layout)
		if rng.IntN(10) == 0 {
			buf = wrong(buf, d, t, layout)
		}
		buf = append(buf, '\n')
		if _, err := w.Write(buf); err != nil {
			fmt.Fprintln(os.Stderr, "genlines:", err)
			os.Exit(2)
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "genlines:", err)
		os.Exit(2)
	}
}
