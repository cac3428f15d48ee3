package bench

import (
	"bufio"
	"io"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
)

// LineLayouts are the layouts of the generated datelines (WriteLines),
// written for the reference day: the mastheads and timestamps of the
// corpus's sites.
var LineLayouts = []string{
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

// WriteLines writes n generated datelines to w, one a line, for measuring
// `dualdate check` on a batch: days drawn from 1990 to 2030 with the
// random seed, written in turn in the first k of LineLayouts, one line in
// ten made wrong (the Hebrew date three days off, the weekday the next
// day's, or February 30).
func WriteLines(w io.Writer, n, k int, seed uint64) error {
	rng := rand.New(rand.NewPCG(seed, seed))
	first := time.Date(1990, time.January, 1, 10, 39, 0, 0, time.UTC)
	days := int(time.Date(2030, time.December, 31, 0, 0, 0, 0, time.UTC).Sub(first).Hours() / 24)
	bw := bufio.NewWriterSize(w, 1<<16)
	var buf []byte
	for i := range n {
		t := first.AddDate(0, 0, rng.IntN(days))
		layout := LineLayouts[i%k]
		d := dateline.New(t)
		buf = d.AppendFormat(buf[:0], layout)
		if rng.IntN(10) == 0 {
			buf = wrongLine(buf, d, t, layout)
		}
		buf = append(buf, '\n')
		if _, err := bw.Write(buf); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// wrongLine makes line, d written in layout, a wrong dateline: its Hebrew
// date three days off (a calendar error) where it has one, else its
// weekday the next day's, else a February 30.
func wrongLine(line []byte, d dateline.Dateline, t time.Time, layout string) []byte {
	if strings.ContainsAny(layout, "56") && (strings.Contains(layout, "5766") || strings.Contains(layout, "תשס")) {
		d.Hebrew = d.Hebrew.AddDays(3)
		return d.AppendFormat(line[:0], layout)
	}
	if day := t.Weekday().String(); strings.Contains(string(line), day) {
		return []byte(strings.Replace(string(line), day, t.AddDate(0, 0, 1).Weekday().String(), 1))
	}
	return []byte("February 30, " + strconv.Itoa(t.Year()) + " 10:39 am")
}
