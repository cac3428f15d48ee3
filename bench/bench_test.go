package bench

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/hebcal/hdate"
	"github.com/hebcal/hebcal-go/event"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
)

// The results go to these, so that the compiler cannot keep on the stack
// what a caller would keep: a string returned and dropped would otherwise
// cost no allocation.
var (
	sinkTime     time.Time
	sinkErr      error
	sinkReport   dateline.Report
	sinkDateline dateline.Dateline
	sinkMatches  []dateline.Match
	sinkHDate    hdate.HDate
	sinkHebrew   hebrew.Date
	sinkYear     int
	sinkMonth    time.Month
	sinkDay      int
	sinkString   string
	sinkSpans    [][]int
)

// Benchmark names are Benchmark<Job>/<input>/<implementation>: the table
// generator (internal/benchtable) groups them that way and compares each
// implementation with dualdate's on the same input.

// BenchmarkGregorian reads Gregorian dates and timestamps: the issue's
// three strings, each with every reader that reads it right, and the rows
// of the corpus that every reader reads right ("corpus", one op = all of
// them). dualdate is measured two ways: dateline.Parse (the day as a
// time.Time, and its Hebrew date) and dateline.Check (the same with the
// report of every problem).
func BenchmarkGregorian(b *testing.B) {
	rows, err := CorpusRows()
	if err != nil {
		b.Fatal(err)
	}
	common, _ := Common(rows)
	inputs := []struct {
		name string
		rows []Row
	}{
		{"seed-timestamp", Seeds[0:1]},
		{"weekday-date", Seeds[1:2]},
		{"numeric-timestamp", Seeds[2:3]},
		{"corpus", common},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			for _, rd := range Readers {
				if !readsAll(rd, in.rows) {
					continue // the table shows it as unable to read the input
				}
				b.Run(rd.Name, func(b *testing.B) {
					b.ReportAllocs()
					for b.Loop() {
						for _, r := range in.rows {
							sinkTime, sinkErr = rd.Read(r)
						}
					}
				})
			}
			for _, r := range in.rows {
				if rep := dateline.Check(r.Text); !rep.OK() {
					b.Fatal(rep.Err())
				}
			}
			b.Run("dateline.Check", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					for _, r := range in.rows {
						sinkReport = dateline.Check(r.Text)
					}
				}
			})
		})
	}
}

func readsAll(rd Reader, rows []Row) bool {
	for _, r := range rows {
		if Try(rd, r) != Right {
			return false
		}
	}
	return true
}

// seedDay is the seed dateline's day, Saturday, March 2, 2024, 22 Adar I
// 5784.
var (
	seedDay    = time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC)
	seedHebrew = hebrew.Date{Year: 5784, Month: hebrew.AdarI, Day: 22}
)

// spread is 4096 days drawn evenly from 1800 to 2199, always the same, so
// that a conversion cannot profit from seeing one day over and over.
var spread = func() []time.Time {
	r := rand.New(rand.NewPCG(1, 2))
	first := time.Date(1800, time.January, 1, 0, 0, 0, 0, time.UTC)
	days := int(time.Date(2200, time.January, 1, 0, 0, 0, 0, time.UTC).Sub(first).Hours() / 24)
	ts := make([]time.Time, 4096)
	for i := range ts {
		ts[i] = first.AddDate(0, 0, r.IntN(days))
	}
	return ts
}()

type gregorianDay struct {
	year  int
	month time.Month
	day   int
}

func gregorianDays(ts []time.Time) []gregorianDay {
	ds := make([]gregorianDay, len(ts))
	for i, t := range ts {
		ds[i].year, ds[i].month, ds[i].day = t.Date()
	}
	return ds
}

// BenchmarkToHebrew converts a Gregorian day to the Hebrew calendar, the
// seed's day and days spread over four centuries.
func BenchmarkToHebrew(b *testing.B) {
	for _, in := range []struct {
		name string
		days []gregorianDay
	}{
		{"2024-03-02", gregorianDays([]time.Time{seedDay})},
		{"spread", gregorianDays(spread)},
	} {
		mask := len(in.days) - 1
		b.Run(in.name, func(b *testing.B) {
			b.Run("hdate.FromProlepticGregorian", func(b *testing.B) {
				b.ReportAllocs()
				i := 0
				for b.Loop() {
					d := in.days[i&mask]
					sinkHDate = hdate.FromProlepticGregorian(d.year, d.month, d.day)
					i++
				}
			})
			b.Run("hebrew.FromGregorian", func(b *testing.B) {
				b.ReportAllocs()
				i := 0
				for b.Loop() {
					d := in.days[i&mask]
					sinkHebrew, sinkErr = hebrew.FromGregorian(d.year, d.month, d.day)
					i++
				}
			})
		})
	}
}

// BenchmarkToGregorian converts a Hebrew date to the Gregorian calendar,
// from each library's own date value, made beforehand.
func BenchmarkToGregorian(b *testing.B) {
	for _, in := range []struct {
		name string
		days []time.Time
	}{
		{"22_Adar_I_5784", []time.Time{seedDay}},
		{"spread", spread},
	} {
		mask := len(in.days) - 1
		hd := make([]hdate.HDate, len(in.days))
		dd := make([]hebrew.Date, len(in.days))
		for i, t := range in.days {
			y, m, d := t.Date()
			hd[i] = hdate.FromProlepticGregorian(y, m, d)
			var err error
			if dd[i], err = hebrew.FromGregorian(y, m, d); err != nil {
				b.Fatal(err)
			}
		}
		b.Run(in.name, func(b *testing.B) {
			b.Run("hdate.HDate.ProlepticGreg", func(b *testing.B) {
				b.ReportAllocs()
				i := 0
				for b.Loop() {
					sinkYear, sinkMonth, sinkDay = hd[i&mask].ProlepticGreg()
					i++
				}
			})
			b.Run("hebrew.Date.Gregorian", func(b *testing.B) {
				b.ReportAllocs()
				i := 0
				for b.Loop() {
					sinkYear, sinkMonth, sinkDay = dd[i&mask].Gregorian()
					i++
				}
			})
		})
	}
}

// BenchmarkRender writes the seed's Hebrew date, 22 Adar I 5784, in
// Latin letters (format.HebrewDate) and in Hebrew script with numerals
// (format.HebrewScript). The peers return strings; format.Layout.Format
// does too, and format.Layout.AppendFormat appends to a buffer that is
// reused.
func BenchmarkRender(b *testing.B) {
	hd := hdate.New(5784, hdate.Adar1, 22)
	for _, in := range []struct {
		layout string
		peer   string
		render func() string
	}{
		{"HebrewDate", "hdate.HDate.String", hd.String},
		{"HebrewScript", "hebcal-go.Render(he-x-NoNikud)", func() string {
			return event.NewHebrewDateEvent(hd).Render("he-x-NoNikud")
		}},
	} {
		l := mustCompile(layoutOf(in.layout))
		b.Run(in.layout, func(b *testing.B) {
			b.Run(in.peer, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					sinkString = in.render()
				}
			})
			b.Run("format.Layout.Format", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					sinkString = l.Format(seedDay, seedHebrew)
				}
			})
			b.Run("format.Layout.AppendFormat", func(b *testing.B) {
				buf := make([]byte, 0, 64)
				b.ReportAllocs()
				for b.Loop() {
					buf = l.AppendFormat(buf[:0], seedDay, seedHebrew)
				}
			})
		})
	}
}

func layoutOf(name string) string {
	switch name {
	case "HebrewDate":
		return format.HebrewDate
	case "HebrewScript":
		return format.HebrewScript
	}
	panic("no preset " + name)
}

// Dual datelines: the fair input has the Gregorian year, which the glue
// needs; the seed's masthead has none, and dualdate infers it.
const (
	fullDateline   = "Saturday, March 2, 2024 | 22 Adar I 5784"
	headerDateline = "Saturday, March 2nd | 22 Adar I 5784"
)

// BenchmarkDual reads a dual dateline, converts and checks it: the peers
// glued together by hand (Glue) against dateline.Check, and
// dateline.Parse, which does what Check does and returns the day or the
// first error, as Glue does. "spread" is the full layout on 64 ordinary
// days from 1990 to 2030, one a op in turn: off Adar the glue skips
// hdate's slower Adar path, so the seed day alone flatters neither side.
func BenchmarkDual(b *testing.B) {
	b.Run("full", func(b *testing.B) {
		b.Run("glue", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkTime, sinkHDate, sinkErr = Glue(fullDateline)
			}
		})
		b.Run("dateline.Check", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkReport = dateline.Check(fullDateline)
			}
		})
		b.Run("dateline.Parse", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkDateline, sinkErr = dateline.Parse(fullDateline)
			}
		})
	})
	spread := SpreadDatelines(64)
	b.Run("spread", func(b *testing.B) {
		b.Run("glue", func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				sinkTime, sinkHDate, sinkErr = Glue(spread[i%len(spread)])
				i++
			}
		})
		b.Run("dateline.Check", func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				sinkReport = dateline.Check(spread[i%len(spread)])
				i++
			}
		})
	})
	b.Run("header", func(b *testing.B) {
		b.Run("dateline.Check", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkReport = dateline.Check(headerDateline)
			}
		})
	})
}

// BenchmarkFind finds the datelines and timestamps in a page of an
// English-language and of a Hebrew-language news site: dateline.Find,
// which reads and checks each. The peer is the
// regular expression a scraper would write for "Month D, YYYY"
// (ScraperRegexp), which finds far less: no dual dateline, no Hebrew, no
// check.
func BenchmarkFind(b *testing.B) {
	for _, page := range []string{"article.txt", "article-he.txt"} {
		data, err := os.ReadFile(filepath.Join(Dir(), "..", "internal", "parse", "testdata", page))
		if err != nil {
			b.Fatal(err)
		}
		text := string(data)
		b.Run(page, func(b *testing.B) {
			b.Run("dateline.Find", func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					sinkMatches = dateline.Find(text)
				}
			})
			b.Run("regexp", func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					sinkSpans = ScraperRegexp.FindAllStringIndex(text, -1)
				}
			})
		})
	}
}
