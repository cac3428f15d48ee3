package dateline_test

import (
	"testing"
	"time"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
)

const (
	seedDateline  = "Saturday, March 2nd | 22 Adar I 5784"
	seedTimestamp = "September 28, 2022 10:39 am"
)

func BenchmarkCheck(b *testing.B) {
	for _, s := range []string{seedDateline, seedTimestamp, "Saturday, March 2, 2024 | 22 Adar I 5784", "כ״ב באדר א׳ תשפ״ד (2.3.2024)"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = dateline.Check(s)
			}
		})
	}
}

// BenchmarkCheckYearless reads datelines without a year, whose year is
// searched for: "Shabbat, Purim" fits no year's weekday, and was read
// in a quarter of a second, all four hundred years of the search.
func BenchmarkCheckYearless(b *testing.B) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	for _, s := range []string{"Shabbat, Purim", "Tuesday, 30 Cheshvan", "Shabbat, Chanukah"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = dateline.Check(s, ref)
			}
		})
	}
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = dateline.Parse(seedDateline)
	}
}

func BenchmarkNew(b *testing.B) {
	t := time.Date(2024, time.March, 2, 9, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		_ = dateline.New(t)
	}
}

func BenchmarkFormat(b *testing.B) {
	d := dateline.New(time.Date(2024, time.March, 2, 9, 0, 0, 0, time.UTC))
	buf := make([]byte, 0, 128)
	b.Run("layout string", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			buf = d.AppendFormat(buf[:0], format.Header)
		}
	})
	l, err := dateline.LayoutOf(format.Header)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("compiled layout", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			buf = l.AppendFormat(buf[:0], d.Time, d.Hebrew)
		}
	})
}

func TestFormatAllocations(t *testing.T) {
	d := dateline.New(time.Date(2024, time.March, 2, 9, 0, 0, 0, time.UTC))
	buf := make([]byte, 0, 256)
	for _, layout := range presets {
		d.AppendFormat(buf[:0], layout) // compile and cache
		if n := testing.AllocsPerRun(100, func() { buf = d.AppendFormat(buf[:0], layout) }); n != 0 {
			t.Errorf("AppendFormat(%q) allocates %v times", layout, n)
		}
	}
}

// BenchmarkFormatZmanim: a masthead with its candle lighting computes the
// day's times at the location (hebcal-go's zmanim and candle-lighting
// rules) on each call; a caller writing many datelines of one day can
// compute them once with Zmanim and write with format's
// AppendFormatZmanim, which costs what AppendFormat does.
func BenchmarkFormatZmanim(b *testing.B) {
	ny, err := dateline.City("New York")
	if err != nil {
		b.Fatal(err)
	}
	const masthead = "Monday, January 2, 2006 | 2 Tevet 5766 | Candle lighting 3:04 pm"
	d := dateline.New(time.Date(2024, time.March, 1, 9, 0, 0, 0, time.UTC))
	buf := make([]byte, 0, 128)
	b.Run("Format", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			buf = d.AppendFormat(buf[:0], masthead, dateline.Sunset(ny))
		}
	})
	l, err := dateline.Compile(masthead)
	if err != nil {
		b.Fatal(err)
	}
	z, err := d.Zmanim(l, dateline.Sunset(ny))
	if err != nil {
		b.Fatal(err)
	}
	b.Run("times computed once", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			buf = l.AppendFormatZmanim(buf[:0], d.Time, d.Hebrew, &z)
		}
	})
}
