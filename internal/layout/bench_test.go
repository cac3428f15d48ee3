package layout_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
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

// BenchmarkFormatLang writes Saturday, March 2, 2024 in the full
// dateline of languages other than English (see layout.Lang.Layout),
// whose names Format reads back only on the days whose names could read
// as another day (see Layout.CheckNames), and Wednesday, April 3, 2024 in
// Turkish, whose April, Nisan, is one; English for comparison.
func BenchmarkFormatLang(b *testing.B) {
	apr := time.Date(2024, time.April, 3, 12, 0, 0, 0, time.UTC)
	aprH := hebrew.Date{Year: 5784, Month: hebrew.AdarII, Day: 24}
	for _, c := range []struct {
		name string
		lang layout.Lang
		t    time.Time
		h    hebrew.Date
	}{
		{"en", layout.English, sat, satH},
		{"fr", layout.French, sat, satH},
		{"ru", layout.Russian, sat, satH},
		{"tr", layout.Turkish, sat, satH},
		{"yi", layout.Yiddish, sat, satH},
		{"tr-Nisan", layout.Turkish, apr, aprH},
	} {
		b.Run(c.name, func(b *testing.B) {
			fl, err := dateline.Compile(c.lang.Layout())
			require.NoError(b, err)
			l := layout.Unwrap(fl)
			b.ReportAllocs()
			for b.Loop() {
				_ = l.Format(c.t, c.h)
			}
		})
	}
}

// BenchmarkCheckNames is what a layout in another language costs once,
// where Compile or In makes it: the days it reads back to learn which
// names read back (see layout.Layout.CheckNames).
func BenchmarkCheckNames(b *testing.B) {
	for _, c := range []struct {
		name, layout string
	}{
		{"fr", layout.French.Layout()},
		{"fr-Portion", "lundi 2 janvier 2006 | 2 Tévet 5766 | Parashat Vayigach"},
	} {
		b.Run(c.name, func(b *testing.B) {
			fl, err := dateline.Compile(c.layout)
			require.NoError(b, err)
			l := layout.Unwrap(fl)
			b.ReportAllocs()
			for b.Loop() {
				_ = l.CheckNames()
			}
		})
	}
}
