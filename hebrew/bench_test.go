package hebrew

import (
	"testing"
	"time"

	"github.com/hebcal/hdate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A benchDay is one day in both calendars.
type benchDay struct {
	y  int
	m  time.Month
	d  int
	hy int
	hm Month
	hd int
}

// benchDays is a spread of days from 1900 to 2100, every 37th day, so that
// every month and year type is visited; hdate converts them, so the
// benchmarks of both sides walk the same days.
var benchDays = func() []benchDay {
	var days []benchDay
	end := time.Date(2101, time.January, 1, 0, 0, 0, 0, time.UTC)
	for t := time.Date(1900, time.January, 1, 0, 0, 0, 0, time.UTC); t.Before(end); t = t.AddDate(0, 0, 37) {
		y, m, d := t.Date()
		h := hdate.FromProlepticGregorian(y, m, d)
		days = append(days, benchDay{y, m, d, h.Year(), Month(h.Month()), h.Day()})
	}
	return days
}()

// Sinks keep the compiler from discarding the benchmarked calls.
var (
	sinkDate  Date
	sinkHDate hdate.HDate
	sinkInt   int
	sinkMonth time.Month
	sinkBytes []byte
	sinkStr   string
	sinkName  MonthName
	sinkErr   error
)

func BenchmarkFromGregorian(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		g := &benchDays[i%len(benchDays)]
		sinkDate, sinkErr = FromGregorian(g.y, g.m, g.d)
		i++
	}
}

func BenchmarkHdateFromProlepticGregorian(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		g := &benchDays[i%len(benchDays)]
		sinkHDate = hdate.FromProlepticGregorian(g.y, g.m, g.d)
		i++
	}
}

func BenchmarkGregorian(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		g := &benchDays[i%len(benchDays)]
		sinkInt, sinkMonth, sinkInt = Date{g.hy, g.hm, g.hd}.Gregorian()
		i++
	}
}

func BenchmarkHdateProlepticGreg(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		g := &benchDays[i%len(benchDays)]
		sinkInt, sinkMonth, sinkInt = hdate.New(g.hy, hdate.HMonth(g.hm), g.hd).ProlepticGreg()
		i++
	}
}

func BenchmarkNewDate(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		g := &benchDays[i%len(benchDays)]
		sinkDate, sinkErr = NewDate(g.hy, g.hm, g.hd)
		i++
	}
}

// benchMonths mixes families, cases, niqqud, prefixes and Adar qualifiers.
var benchMonths = []string{
	"Tevet", "Sh'vat", "ADAR I", "Adar Sheni", "Marcheshvan", "nissan", "Teves",
	"Iyar", "Tammuz", "Elul", "אדר ב׳", "בשבט", "תִּשְׁרֵי", "Ve'adar", "Kislev",
}

func BenchmarkMatchMonth(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sinkName, _ = MatchMonth(benchMonths[i%len(benchMonths)])
		i++
	}
}

func BenchmarkAppendNumeral(b *testing.B) {
	b.ReportAllocs()
	buf := make([]byte, 0, 32)
	n := 0
	for b.Loop() {
		sinkBytes = AppendNumeral(buf[:0], 5000+n%1000, 0)
		n++
	}
}

var benchNumerals = []string{"כ״ב", "ט״ו", "ה׳תשפ״ד", "תשס\"ו", "התשפד", "ל׳", "א"}

func BenchmarkParseNumeral(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sinkInt, sinkErr = ParseNumeral(benchNumerals[i%len(benchNumerals)])
		i++
	}
}

func BenchmarkString(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		g := &benchDays[i%len(benchDays)]
		sinkStr = Date{g.hy, g.hm, g.hd}.String()
		i++
	}
}

// TestAllocations pins the allocation counts of the hot paths: none beyond
// the result, and here the results are values or preallocated buffers.
func TestAllocations(t *testing.T) {
	if testing.CoverMode() != "" {
		t.Skip("coverage instrumentation allocates")
	}
	buf := make([]byte, 0, 64)
	d := Date{5784, AdarII, 22}
	tests := []struct {
		name string
		f    func()
	}{
		{"MatchMonth", func() {
			for _, s := range benchMonths {
				sinkName, _ = MatchMonth(s)
			}
		}},
		{"AppendNumeral", func() { sinkBytes = AppendNumeral(buf[:0], 5784, 0) }},
		{"ParseNumeral", func() {
			for _, s := range benchNumerals {
				sinkInt, sinkErr = ParseNumeral(s)
			}
		}},
		{"FromGregorian", func() { sinkDate, sinkErr = FromGregorian(2024, time.March, 2) }},
		{"Gregorian", func() { sinkInt, sinkMonth, sinkInt = d.Gregorian() }},
		{"NewDate", func() { sinkDate, sinkErr = NewDate(5784, Cheshvan, 29) }},
		{"AppendText", func() { sinkBytes = d.AppendText(buf[:0]) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.f() // warm up lazily filled caches
			assert.Zero(t, testing.AllocsPerRun(100, tc.f))
		})
	}
	// The calls above must have succeeded, or they measured an error path.
	_, err := FromGregorian(2024, time.March, 2)
	require.NoError(t, err)
	for _, s := range benchNumerals {
		_, err := ParseNumeral(s)
		require.NoError(t, err, s)
	}
	for _, s := range benchMonths {
		_, ok := MatchMonth(s)
		require.True(t, ok, s)
	}
}
