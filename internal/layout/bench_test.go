package layout_test

import (
	"testing"
	"time"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/parse"
)

// BenchmarkAppendFormat writes Saturday, March 2, 2024 in each preset
// into a buffer that is big enough: it allocates nothing.
func BenchmarkAppendFormat(b *testing.B) {
	for _, p := range presets {
		b.Run(p, func(b *testing.B) {
			l := parse.Layout(p)
			buf := make([]byte, 0, 128)
			b.ReportAllocs()
			for b.Loop() {
				buf = l.AppendFormat(buf[:0], sat, satH)
			}
		})
	}
}

// BenchmarkFormat is AppendFormat with the string it returns.
func BenchmarkFormat(b *testing.B) {
	l := parse.Layout(presets[0])
	b.ReportAllocs()
	for b.Loop() {
		_ = l.Format(sat, satH)
	}
}

// BenchmarkAppendFormatRange writes a range that runs into the next month.
func BenchmarkAppendFormatRange(b *testing.B) {
	l := parse.Layout("Sunday night-Monday January 1-2 / 1-2 Tevet 5766")
	t := time.Date(2024, time.February, 1, 0, 0, 0, 0, time.UTC)
	h := hebrew.Date{Year: 5784, Month: hebrew.Shevat, Day: 22}
	buf := make([]byte, 0, 128)
	b.ReportAllocs()
	for b.Loop() {
		buf = l.AppendFormat(buf[:0], t, h)
	}
}
