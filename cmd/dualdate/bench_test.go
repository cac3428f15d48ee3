package main

import (
	"bytes"
	"encoding/json"
	"io"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/internal/layout"
)

// benchLayouts are the layouts generated input is written in.
var benchLayouts = []string{
	layout.Header,
	layout.Full,
	layout.Published,
	layout.HebrewDate,
	layout.HebrewScript,
	"2006-01-02",
	"Mon, Jan 2, 2006 · 2 Tevet 5766",
	"January 2, 2006 / 2 Tevet, 5766",
	"יום שני, ב׳ בטבת ה׳תשס״ו",
}

// generate returns n lines of datelines, one day after another from
// January 1, 2000, in turn in each of benchLayouts; one line in ten is
// wrong (the weekday of the next day), and one in a hundred is empty.
func generate(n int) string {
	var b strings.Builder
	b.Grow(n * 40)
	start := time.Date(2000, 1, 1, 10, 39, 0, 0, time.UTC)
	var buf []byte
	for i := range n {
		if i%100 == 99 {
			b.WriteByte('\n')
			continue
		}
		day := start.AddDate(0, 0, i%20000)
		d := dateline.New(day)
		buf = d.AppendFormat(buf[:0], benchLayouts[i%len(benchLayouts)])
		if i%10 == 3 {
			w := day.Weekday().String()
			next := day.AddDate(0, 0, 1).Weekday().String()
			buf = []byte(strings.Replace(string(buf), w, next, 1))
			if !strings.Contains(string(buf), next) {
				buf = append(buf, " (Tevet 30, 5766)"...)
			}
		}
		b.Write(buf)
		b.WriteByte('\n')
	}
	return b.String()
}

var (
	millionOnce sync.Once
	million     []byte
)

const benchN = 1_000_000

func millionLines() []byte {
	millionOnce.Do(func() { million = []byte(generate(benchN)) })
	return million
}

// BenchmarkCheck measures dualdate check on a million datelines, in text
// and JSON mode, with one worker and with one per CPU.
func BenchmarkCheck(b *testing.B) {
	in := millionLines()
	saved := workers
	b.Cleanup(func() { workers = saved })
	for _, mode := range []struct {
		name string
		args []string
	}{{"text", []string{"check"}}, {"json", []string{"check", "--json"}}} {
		for _, w := range []int{1, runtime.GOMAXPROCS(0)} {
			b.Run(mode.name+"/workers="+strconv.Itoa(w), func(b *testing.B) {
				workers = w
				b.SetBytes(int64(len(in)))
				b.ReportAllocs()
				for b.Loop() {
					if code := run(mode.args, bytes.NewReader(in), io.Discard, io.Discard); code != exitInput {
						b.Fatalf("exit %d", code)
					}
				}
				b.ReportMetric(float64(benchN)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
			})
		}
	}
}

func jsonValid(s string) bool { return json.Valid([]byte(s)) }
