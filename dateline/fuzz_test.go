package dateline_test

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
	ilayout "github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// The fuzz targets check, for every reader of the package, what holds on
// any input: nothing panics; every problem and error says where, inside
// the input; what is read writes back and reads again as the same day;
// Find's matches lie in order inside the text; JSON that reads writes back
// as the same JSON. They are seeded from the table tests, the corpus and
// the regressions file.

// fuzzReference is "now" for the fuzz targets, so that a year inferred
// from a dateline and from its rewriting is the same.
var fuzzReference = dateline.Reference(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))

// fuzzCity is the place whose times of day FuzzFormat's layouts write.
var fuzzCity, _ = dateline.City("New York")

// fuzzSeeds returns the datelines of the table tests, the corpus and the
// regressions file, and inputs that are not datelines.
func fuzzSeeds(tb testing.TB) []string {
	seeds := []string{
		"", " ", "\x00", "\xff\xfe", "March 2024", "Adar I 5784", "Adar 5784",
		"Saturday, March 2nd | 22 Adar I 5784", "Friday, March 2nd | 22 Adar I 5784",
		"Saturday, March 3rd | 22 Adar I 5784", "Monday, February 29th | 13 Adar 5663",
		"September 28, 2022 10:39 am", "September 28, 2022 10:39 am EDT", "March 2, 2024 25:00",
		"03/02/2024", "02.03.2024", "2024-03-02", "February 30, 2024", "30 Cheshvan 5784",
		"30 Adar II 5783", "ל״א אדר תשפ״ד", "כ״ב אדר א׳ תשפ״ד", "יום שני, ב׳ בטבת ה׳תשס״ו",
		"2-8 Cheshvan, 5778 --- October 22-28, 2017", "Thursday night-Friday November 30-December 1 / 18 Kislev",
		"Motzei Shabbat, 23 Adar I 5784", "1 Tishrei 1", "29 Elul 9999", "1 Tishrei 10000",
		"January 1, 1", "January 1, 0", "January 1, 10000", "December 31, -1",
		"January 2, 2006 3:04 pm PT", "0:00PT JAn 0000", "AdAr1", "2-80.CheshvAn",
		"March 2, 2024 10:39 am XYZT", "1234567890123456789012345678901234567890 Adar 5784",
		"Saturday, March 2nd | 22 Adar I 1234567890123456789012345678901234567890",
		format.Header, format.Full, format.Published, format.HebrewDate, format.HebrewScript,
		// A masthead's times and Omer count.
		"Friday, March 1, 2024 | 21 Adar I 5784 | Candle lighting 5:26 pm",
		"Saturday, March 2, 2024 | Sunset 17:43 | Havdalah at 6:31 pm",
		"Wednesday, May 1, 2024 | 23 Nisan 5784 | Omer: day 8", "Sunday, May 26, 2024 | Omer 34",
		"יום ו׳, כ״א אדר א׳ תשפ״ד | הדלקת נרות 17:26", "March 1, 2024 10:39 am | Candles: 5:29 pm",
		"Monday, January 2, 2006 | 2 Tevet 5766 | Candle lighting 3:04 pm | Omer: day 2",
		// A weekday and its day alone in brackets, the month and year the
		// reference's (fixbrday_classes_test.go).
		"nesta terça-feira (2)", "Neste domingo (18)", "quarta-feira (1º)", "neste domingo (22), às 18h",
		"terça-feira (2ª)", "martedì (5)",
	}
	for _, row := range readCorpus(tb) {
		seeds = append(seeds, row.text)
	}
	for _, row := range machineRows {
		seeds = append(seeds, row.in)
	}
	for _, row := range readRegressions(tb) {
		seeds = append(seeds, row.input)
	}
	return seeds
}

// watchdog crashes the fuzzing process when a call on input runs for more
// than ten seconds, so that the fuzzer records the input that hangs: it
// has no timeout of its own. The caller stops it when the call returns.
// It watches only while fuzzing: a run of the seeds alone has go test's
// own timeout, and under the race detector on a loaded machine a seed's
// many layouts and days may take ten seconds without hanging.
func watchdog(input any) (stop func() bool) {
	if f := flag.Lookup("test.fuzz"); f == nil || f.Value.String() == "" {
		return func() bool { return false }
	}
	return time.AfterFunc(10*time.Second, func() {
		panic(fmt.Sprintf("still running after 10 s on %q", input))
	}).Stop
}

// checkProblems fails unless every problem of rep lies inside its input.
func checkProblems(t *testing.T, rep dateline.Report) {
	t.Helper()
	for _, p := range rep.Problems {
		if p.Start < 0 || p.Start > p.End || p.End > len(rep.Input) {
			t.Fatalf("%q: problem %s [%d, %d) outside [0, %d]", rep.Input, p.Code, p.Start, p.End, len(rep.Input))
		}
		if p.Message == "" {
			t.Fatalf("%q: problem %s without a message", rep.Input, p.Code)
		}
		if p.Severity > dateline.Info {
			t.Fatalf("%q: problem %s of severity %v", rep.Input, p.Code, p.Severity)
		}
	}
}

// sentinels are the errors Parse's errors match, by code.
var sentinels = map[dateline.Code]error{
	dateline.CodeSyntax:         dateline.ErrSyntax,
	dateline.CodeWeekday:        dateline.ErrWeekday,
	dateline.CodeCalendar:       dateline.ErrCalendar,
	dateline.CodeNoSuchDay:      dateline.ErrNoSuchDay,
	dateline.CodeAdarCommonYear: dateline.ErrAdarCommonYear,
	dateline.CodeAdarAmbiguous:  dateline.ErrAdarAmbiguous,
	dateline.CodeAfterSunset:    dateline.ErrAfterSunset,
	dateline.CodeOutOfRange:     dateline.ErrOutOfRange,
	dateline.CodeZone:           dateline.ErrZone,
	dateline.CodeMonthOnly:      dateline.ErrMonthOnly,
	dateline.CodeDateAmbiguous:  dateline.ErrAmbiguous,
	dateline.CodeJulian:         dateline.ErrJulian,
}

// checkError fails unless err is a *ProblemError about s that says where,
// inside s, and matches its code's sentinel.
func checkError(t *testing.T, s string, err error) *dateline.ProblemError {
	t.Helper()
	var pe *dateline.ProblemError
	if !errors.As(err, &pe) {
		t.Fatalf("%q: error %T %v, not a *ProblemError", s, err, err)
	}
	if pe.Input != s {
		t.Fatalf("%q: the error's input is %q", s, pe.Input)
	}
	p := pe.Problem
	if p.Start < 0 || p.Start > p.End || p.End > len(s) {
		t.Fatalf("%q: error %s [%d, %d) outside [0, %d]", s, p.Code, p.Start, p.End, len(s))
	}
	if p.Severity != dateline.Error {
		t.Fatalf("%q: error of severity %v", s, p.Severity)
	}
	if sentinel, ok := sentinels[p.Code]; ok && !errors.Is(err, sentinel) || !ok && len(pe.Unwrap()) == 0 {
		t.Fatalf("%q: error %v does not match the sentinel of %s", s, err, p.Code)
	}
	if !utf8.ValidString(s) || err.Error() == "" {
		return pe
	}
	if !utf8.ValidString(err.Error()) {
		t.Fatalf("%q: error message %q is not UTF-8", s, err.Error())
	}
	return pe
}

// sameDay fails unless a and b name the same Gregorian day (as their
// clocks read it) and the same Hebrew date.
func sameDay(t *testing.T, what string, a, b dateline.Dateline) {
	t.Helper()
	ay, am, ad := a.Time.Date()
	by, bm, bd := b.Time.Date()
	if ay != by || am != bm || ad != bd || a.Hebrew != b.Hebrew {
		t.Fatalf("%s: %04d-%02d-%02d %v, then %04d-%02d-%02d %v", what, ay, am, ad, a.Hebrew, by, bm, bd, b.Hebrew)
	}
}

// FuzzParse: Parse and Check never panic and agree; a problem or error
// says where, inside the input; what parses, written in its own layout
// (LayoutOf), parses again as the same day.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		defer watchdog(s)()
		rep := dateline.Check(s, fuzzReference)
		if rep.Input != s {
			t.Fatalf("%q: the report's input is %q", s, rep.Input)
		}
		checkProblems(t, rep)
		d, err := dateline.Parse(s, fuzzReference)
		if err != nil {
			checkError(t, s, err)
			if d != (dateline.Dateline{}) {
				t.Fatalf("%q: Parse failed with a dateline %v", s, d)
			}
			return
		}
		if !rep.OK() {
			t.Fatalf("%q: Parse succeeds, Check has errors %+v", s, rep.Problems)
		}
		if d.IsZero() {
			t.Fatalf("%q: Parse succeeds with the zero Dateline", s)
		}
		if !d.Hebrew.IsValid() {
			t.Fatalf("%q: Parse gives the Hebrew date %#v", s, d.Hebrew)
		}
		l, err := dateline.LayoutOf(s)
		if err != nil {
			return
		}
		if err := l.Validate(d.Time, d.Hebrew); err != nil {
			checkUnwritable(t, s, l, d, err)
			return
		}
		if referenceNumeric(ilayout.Unwrap(l), d) && ambiguous(s) {
			t.Skip(referenceDayDesign)
		}
		again := l.Format(d.Time, d.Hebrew)
		d2, err := dateline.Parse(again, fuzzReference)
		if err != nil {
			t.Fatalf("%q written in its layout %q is %q, which does not parse: %v", s, l.String(), again, err)
		}
		sameDay(t, s+" written as "+again, d, d2)
	})
}

// checkUnwritable checks the refusal err of layout l, read from s, to
// write d: only a day of a year that some layouts cannot write (see
// mayRefuse) is refused, and its year or day is written as %!Year(…), never
// as text that reads as another.
func checkUnwritable(t *testing.T, s string, l format.Layout, d dateline.Dateline, err error) {
	t.Helper()
	if !errors.Is(err, format.ErrUnwritable) || !mayRefuse(d) {
		t.Fatalf("%q: its layout %q refuses %v: %v", s, l.String(), d, err)
	}
	if got := formatDay(l, d); !strings.Contains(got, "%!") {
		t.Fatalf("%q: its layout %q refuses %v (%v), and writes it as %q", s, l.String(), d, err, got)
	}
}

// mayRefuse reports whether d is a day that a layout may refuse to write,
// as format.Layout.Validate says: a Gregorian year before 1100 (a year
// before the common era, a double year) or after 2099 (a pair of Julian
// and Gregorian days), a Hebrew year below 3000 (in Hebrew letters, or
// in digits after an occasion, where 0001 is Gregorian), or the 1st or
// 2nd of a Gregorian month in Adar (9 Adar 2 Mar, where Adar 2 is Adar II).
func mayRefuse(d dateline.Dateline) bool {
	return d.Time.Year() < 1100 || d.Time.Year() > 2099 || d.Hebrew.Year < 3000 ||
		d.Hebrew.Month == hebrew.Adar && d.Time.Day() <= 2
}

// sameDate reports whether a and b name the same Gregorian day and Hebrew
// date.
func sameDate(a, b dateline.Dateline) bool {
	ay, am, ad := a.Time.Date()
	by, bm, bd := b.Time.Date()
	return ay == by && am == bm && ad == bd && a.Hebrew == b.Hebrew
}

// FuzzCheck: a report writes as JSON that reads back as the same report
// and writes again as the same JSON.
func FuzzCheck(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		defer watchdog(s)()
		rep := dateline.Check(s, fuzzReference)
		checkProblems(t, rep)
		b, err := json.Marshal(rep)
		if err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		if !json.Valid(b) {
			t.Fatalf("%q: invalid JSON %s", s, b)
		}
		var back dateline.Report
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%q: %s does not read back: %v", s, b, err)
		}
		if back.Input != validUTF8(s) {
			t.Fatalf("%q: input read back as %q", s, back.Input)
		}
		// JSON carries no invalid UTF-8: a layout that keeps the
		// input's text between its elements reads back, as the input
		// does, with U+FFFD in place of each bad byte.
		if !reflect.DeepEqual(rep.Problems, back.Problems) || validUTF8(rep.Layout) != back.Layout || rep.OK() != back.OK() {
			t.Fatalf("%q: %s reads back as %+v", s, b, back)
		}
		// A dateline without a time of day is its day: the object does
		// not say the day's zone (2020-07-20+08:00, as any date read with
		// In), and it reads back as that day in UTC.
		if !rep.Dateline.HasTime && !sameDate(rep.Dateline, back.Dateline) ||
			rep.Dateline.HasTime && !rep.Dateline.Time.Equal(back.Dateline.Time) ||
			rep.Dateline.HasTime != back.Dateline.HasTime || rep.Dateline.Hebrew != back.Dateline.Hebrew {
			t.Fatalf("%q: dateline %+v reads back as %+v", s, rep.Dateline, back.Dateline)
		}
		b2, err := json.Marshal(back)
		if err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		sameJSON(t, b, b2)
	})
}

// validUTF8 returns s with each byte that is not UTF-8 replaced by U+FFFD,
// as the JSON of a report writes it.
func validUTF8(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r)
	}
	return b.String()
}

// sameJSON fails unless a and b hold the same JSON value.
func sameJSON(t *testing.T, a, b []byte) {
	t.Helper()
	var va, vb any
	if err := json.Unmarshal(a, &va); err != nil {
		t.Fatalf("%s: %v", a, err)
	}
	if err := json.Unmarshal(b, &vb); err != nil {
		t.Fatalf("%s: %v", b, err)
	}
	if !reflect.DeepEqual(va, vb) {
		t.Fatalf("JSON %s writes back as %s", a, b)
	}
}

// FuzzFind: matches lie inside the text, in order and without overlap,
// each with its own text as input and its problems inside it; there are
// at most MaxMatches.
func FuzzFind(f *testing.F) {
	if page, err := os.ReadFile("../internal/parse/testdata/article.txt"); err == nil {
		f.Add(string(page[:min(len(page), 2000)]))
	}
	for _, s := range fuzzSeeds(f) {
		f.Add("Posted " + s + " by admin, " + s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		defer watchdog(text)()
		ms := dateline.Find(text, fuzzReference)
		if len(ms) > dateline.MaxMatches {
			t.Fatalf("%d matches", len(ms))
		}
		last := 0
		for _, m := range ms {
			if m.Start < last || m.Start >= m.End || m.End > len(text) {
				t.Fatalf("%q: match [%d, %d) after %d", text, m.Start, m.End, last)
			}
			last = m.End
			if m.Input != text[m.Start:m.End] {
				t.Fatalf("%q: match [%d, %d) has input %q", text, m.Start, m.End, m.Input)
			}
			checkProblems(t, m.Report)
		}
	})
}

// formatDay writes d in layout l, with any time of the day it writes
// (see format.Zman) at 5:26 pm, in the day's zone.
func formatDay(l format.Layout, d dateline.Dateline) string {
	if !l.HasZman(format.NoZman) {
		return l.Format(d.Time, d.Hebrew)
	}
	y, m, day := d.Time.Date()
	at := time.Date(y, m, day, 17, 26, 0, 0, d.Time.Location())
	z := format.Zmanim{format.Sunset: at, format.CandleLighting: at, format.Havdalah: at}
	return string(l.AppendFormatZmanim(nil, d.Time, d.Hebrew, &z))
}

// FuzzLayoutOf: a layout read from a dateline writes that dateline's day
// as the dateline; an error says where.
func FuzzLayoutOf(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		defer watchdog(s)()
		l, err := dateline.LayoutOf(s)
		if err != nil {
			checkError(t, s, err)
			return
		}
		d, err := dateline.Parse(s)
		if err != nil {
			if errors.Is(err, dateline.ErrMonthOnly) {
				return // a month has a layout, and no day
			}
			t.Fatalf("%q has a layout, and Parse fails: %v", s, err)
		}
		// The layout writes the day as a dateline that reads as that day,
		// in the same layout. (Not always as the example is written: a
		// zone is written as its abbreviation, PT as PST; a word in mixed
		// case, AdAr, in title case; כ״ as כ׳.)
		if err := l.Validate(d.Time, d.Hebrew); err != nil {
			checkUnwritable(t, s, l, d, err)
			return
		}
		got := formatDay(l, d)
		again, err := dateline.Parse(got)
		if err != nil {
			t.Fatalf("%q: its layout %q writes its day as %q, which does not parse: %v", s, l.String(), got, err)
		}
		if !again.Time.Equal(d.Time) || again.Hebrew != d.Hebrew {
			if referenceNumeric(ilayout.Unwrap(l), d) && ambiguous(s) {
				t.Skip(referenceDayDesign)
			}
			t.Fatalf("%q: its layout %q writes its day as %q, which reads as %v", s, l.String(), got, again)
		}
		l2, err := dateline.LayoutOf(got)
		if err == nil && l2.String() != l.String() && formatDay(l2, d) == got {
			// Two layouts, one text: "Rosh Chodesh Elul, Rosh Hashana
			// LaBehemot 5783" is the day's occasions and its year, or
			// its day written as Rosh Chodesh and its other occasions;
			// "May 7" is May in full or abbreviated.
		} else if err == nil && referenceNumeric(ilayout.Unwrap(l), d) {
			t.Skip("by design: a numeric date without a year that is 1/2 or 2/1 is read by LayoutOf as the reference day, so \"Mon 1/2\" (February 1, 2027, in the layout of \"Mon 2/1\") is taken for a layout written month first")
		} else if err != nil || l2.String() != l.String() {
			t.Fatalf("%q: its layout %q writes its day as %q, whose layout is %q (%v)", s, l.String(), got, l2.String(), err)
		}
		// The layout string reads as the same layout.
		if got := parse.Layout(l.String()).String(); got != l.String() {
			t.Fatalf("%q: layout %q compiles to %q", s, l.String(), got)
		}
	})
}

// FuzzUnmarshalJSON: the metadata object reads without panicking, leaves
// the Dateline unchanged on error, and what reads writes back as JSON that
// reads as the same Dateline and writes as the same JSON; every field the
// input gave is written back as it was.
func FuzzUnmarshalJSON(f *testing.F) {
	for _, s := range []string{
		`null`, `{}`, `[]`, `"x"`, `{"gregorian":"2024-03-02"}`, `{"time":"2022-09-28T10:39:00-04:00"}`,
		`{"hebrew":"22 Adar I 5784"}`, `{"hebrew_year":5782,"hebrew_month":12}`,
		`{"gregorian":"-3760-09-07","hebrew_year":1,"hebrew_month":7,"hebrew_day":1}`,
		`{"gregorian":"0001-01-01","weekday":"Monday"}`, `{"hebrew_year":5784,"hebrew_month":14,"hebrew_day":1}`,
		`{"gregorian":"2024-03-02","hebrew_year":5784,"hebrew_month":12,"hebrew_day":22,"hebrew_month_name":"Nisan"}`,
		`{"hebrew":"22 Adar I 5784","leap_year":false}`, `{"hebrew":"22 Adar I 5784","hebrew_script":"x"}`,
		`{"time":"2024-03-02T10:39:00.123456789+05:45"}`, `{"hebrew_year":-1,"hebrew_month":7,"hebrew_day":1}`,
		`{"hebrew_year":1e40}`, `{"gregorian":"10000-01-01"}`, `{"time":"2024-03-02T10:39:00-04:56:02"}`,
	} {
		f.Add([]byte(s))
	}
	for _, s := range fuzzSeeds(f) {
		rep := dateline.Check(s, fuzzReference)
		b, _ := json.Marshal(rep.Dateline)
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		defer watchdog(data)()
		before := dateline.New(time.Date(2024, time.March, 2, 10, 39, 0, 0, time.UTC))
		d := before
		if err := d.UnmarshalJSON(data); err != nil {
			if !d.Time.Equal(before.Time) || d.Hebrew != before.Hebrew || d.HasTime != before.HasTime {
				t.Fatalf("%s: error %v, and the dateline changed to %+v", data, err, d)
			}
			return
		}
		b, err := d.MarshalJSON()
		if err != nil {
			t.Fatalf("%s: reads, and does not write back: %v", data, err)
		}
		var back dateline.Dateline
		if err := back.UnmarshalJSON(b); err != nil {
			t.Fatalf("%s writes back as %s, which does not read: %v", data, b, err)
		}
		if !d.Time.Equal(back.Time) || d.HasTime != back.HasTime || d.Hebrew != back.Hebrew {
			t.Fatalf("%s: %+v writes back as %s, which reads as %+v", data, d, b, back)
		}
		b2, _ := back.MarshalJSON()
		if string(b) != string(b2) {
			t.Fatalf("%s writes %s, then %s", data, b, b2)
		}
		keptFields(t, data, b)
	})
}

// keptFields fails unless every field of the metadata object in is
// written in out as it was: what reads is what was written.
func keptFields(t *testing.T, in, out []byte) {
	t.Helper()
	var a map[string]json.RawMessage
	if json.Unmarshal(in, &a) != nil || a == nil {
		return // null
	}
	var b map[string]any
	if err := json.Unmarshal(out, &b); err != nil {
		t.Fatalf("%s: %v", out, err)
	}
	for _, k := range []string{"gregorian", "weekday", "hebrew", "hebrew_year", "hebrew_month", "hebrew_month_name", "hebrew_day", "leap_year", "hebrew_script"} {
		raw, ok := a[k]
		if !ok {
			continue
		}
		var v any
		if json.Unmarshal(raw, &v) != nil || v == nil || v == "" || v == float64(0) {
			continue // a zero value is an absent field
		}
		if text, ok := v.(string); ok && k == "hebrew" {
			// The Hebrew date may be spelled otherwise ("01Kislev 1"), and
			// is written back as String writes it.
			var h, back hebrew.Date
			if h.UnmarshalText([]byte(text)) == nil && back.UnmarshalText([]byte(b[k].(string))) == nil && h == back {
				continue
			}
		}
		if !reflect.DeepEqual(v, b[k]) {
			t.Fatalf("%s reads, and writes %q as %v, not %v: %s", in, k, b[k], v, out)
		}
	}
}

// FuzzReportUnmarshalJSON: the check object reads without panicking, and
// what reads writes back as equivalent JSON.
func FuzzReportUnmarshalJSON(f *testing.F) {
	f.Add([]byte(`{}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"input":"x","ok":false,"dateline":null,"layout":"","problems":[{"code":"syntax","severity":"error","start":0,"end":1,"message":"m"}]}`))
	f.Add([]byte(`{"problems":[{"severity":"fatal"}]}`))
	f.Add([]byte(`{"problems":[{"start":-1,"end":1e9}]}`))
	for _, s := range fuzzSeeds(f) {
		b, _ := json.Marshal(dateline.Check(s, fuzzReference))
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		defer watchdog(data)()
		var r dateline.Report
		if err := json.Unmarshal(data, &r); err != nil {
			return
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("%s: reads, and does not write back: %v", data, err)
		}
		var back dateline.Report
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s writes back as %s, which does not read: %v", data, b, err)
		}
		b2, _ := json.Marshal(back)
		sameJSON(t, b, b2)
	})
}

// FuzzFormat: any layout writes any day without panicking; the zero
// Dateline writes nothing; and a layout that is a dateline naming its
// years writes a day 1900-2100 as text that parses as that day.
func FuzzFormat(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s, int64(45000), uint8(10))
	}
	f.Add("Monday, January 2, 2006 3:04 pm MST", int64(0), uint8(0))
	f.Add(format.Full, int64(-1), uint8(255))
	f.Fuzz(func(t *testing.T, layout string, day int64, hour uint8) {
		defer watchdog(layout)()
		if len(layout) > 2*dateline.MaxInput {
			return
		}
		if got := (dateline.Dateline{}).Format(layout); got != "" {
			t.Fatalf("the zero Dateline writes %q in layout %q", got, layout)
		}
		// Any instant, in or out of the calendars' range.
		wild := dateline.New(time.Unix(day*3600+int64(hour), 0).UTC())
		_ = wild.Format(layout)
		_ = wild.AppendFormat(nil, layout)
		month := dateline.Dateline{Hebrew: hebrew.Date{Year: 5700 + int(uint64(day)%300), Month: hebrew.Month(1 + hour%13)}}
		_ = month.Format(layout)

		// A day from 1900 to 2100 in a layout that is one dateline.
		t0 := time.Date(1900, time.January, 1, int(hour%24), int(hour%60), 0, 0, time.UTC)
		d := dateline.New(t0.AddDate(0, 0, int(uint64(day)%73414)))
		if _, err := dateline.Parse(layout); err != nil {
			return // not one dateline of the reference day
		}
		pl, err := dateline.LayoutOf(layout)
		if err != nil {
			return
		}
		l := ilayout.Unwrap(pl)
		if !(l.Has(ilayout.Year) && l.Has(ilayout.Month) && l.Has(ilayout.Day) ||
			l.Has(ilayout.HebrewYear) && l.Has(ilayout.HebrewMonth) && l.Has(ilayout.HebrewDay)) {
			return // a year must be inferred, or it names a month
		}
		s := d.Format(layout, dateline.Sunset(fuzzCity))
		if refused(s) && mayRefuse(d) {
			return // a pair of Julian and Gregorian days in 2100, 14 days apart
		}
		if refused(s) && l.HasClock() && !l.Has(ilayout.Minute) && d.Time.Minute() != 0 {
			return // "at 3 pm" writes no time past the hour
		}
		if refused(s) && l.Evening() && !l.Has(ilayout.AMPM) && d.Time.Hour() < 12 {
			return // "Monday night at 9:30" writes no morning's hour in English
		}
		if h := d.Time.Hour(); refused(s) && l.Evening() && l.HasClock() && h >= ilayout.DayFrom && h < ilayout.EveningFrom {
			return // "Monday night at 10:00 am": no evening's time
		}
		if refused(s) && unpaddedMinute(l) && d.Time.Minute() < 6 {
			return // "3:4 PM" writes no minute from 0 to 5, which reads as one cut short (TestUnpaddedMinuteLayout)
		}
		if strings.HasPrefix(s, "%!Format(") && strings.Contains(s, format.ErrUnwritable.Error()) && dayGluedToYear(l) {
			return // "ZA MEi 182023": a day glued to its year reads only after an English month (Dec 152017)
		}
		if strings.HasPrefix(s, "%!Format(") && strings.Contains(s, dateline.ErrNoOccasion.Error()) && leadsWithHoliday(l) {
			return // words said of an occasion the day does not have
		}
		got, err := dateline.Parse(s, fuzzReference)
		if err != nil {
			t.Fatalf("%v in layout %q is %q, which does not parse: %v", d, layout, s, err)
		}
		if ambiguous(s) && roshChodesh(l) && d.Hebrew.Day == 30 {
			// "Rosh Chodesh Cheshvan 5783" is 30 Tishrei and 1 Cheshvan,
			// and Check says so: it is read as the first of the month.
			d = dateline.New(d.Time.AddDate(0, 0, 1))
		} else if ambiguous(s) {
			// 05-01-23 reads both ways, and Check says so: the reading
			// the layout's order gives is the day.
			first, _ := dateline.Parse(s, fuzzReference, dateline.MonthFirst())
			if got, _ = dateline.Parse(s, fuzzReference, dateline.DayFirst()); got.Time.Day() != d.Time.Day() {
				got = first
			}
		}
		switch {
		case l.Evening() && l.HasClock() && d.Time.Hour() < 12:
			// 10:10 am is in the night of the evening before, whose
			// Hebrew date is the day's own.
		case l.Evening() || !l.Has(ilayout.HebrewDay) && evening(t, s):
			// "17 березня 2023 року ввечері", "מליל שבת, כ"ה אדר": the
			// evening's Hebrew date, which an evening's layout writes.
			d.Hebrew = d.Hebrew.AddDays(1)
		}
		sameDay(t, s, d, got)
	})
}

// referenceNumeric reports whether layout l writes day d as a numeric date
// that reads as the reference day, January 2 or February 1, in 2006 or
// without a year.
func referenceNumeric(l ilayout.Layout, d dateline.Dateline) bool {
	m, day := d.Time.Month(), d.Time.Day()
	if !(m == 1 && day == 2 || m == 2 && day == 1) || l.Has(ilayout.Year) && d.Time.Year()%100 != 6 {
		return false
	}
	for _, e := range l.Elements() {
		if e.Kind == ilayout.Month && (e.Form == ilayout.Numeric || e.Form == ilayout.Padded) {
			return true
		}
	}
	return false
}

// referenceDayDesign is why a numeric date that is the reference day read
// the other way (2/1/06 is February 1, 2006, read month first) does not
// write back in its layout: LayoutOf reads it as the reference day, a
// layout written day first, as its doc says.
const referenceDayDesign = "by design: \"2/1/06\" is February 1, 2006 (ambiguous, read month first), and LayoutOf reads it as the reference day, January 2, 2006, written day first, so its layout writes February 1 as 1/2/06"

// leadsWithHoliday reports whether l's first element after its leading
// text is a Holiday, which Format may refuse on a day without one
// (ErrNoOccasion: the words after it would be said of nothing).
// dayGluedToYear reports whether layout l writes a day with its year
// right after it, no text between ("Dec 152017", a date badge's).
func dayGluedToYear(l ilayout.Layout) bool {
	for i := 1; i < l.Len(); i++ {
		if l.At(i-1).Kind == ilayout.Day && l.At(i).Kind == ilayout.Year {
			return true
		}
	}
	return false
}

func leadsWithHoliday(l ilayout.Layout) bool {
	for i := range l.Len() {
		if k := l.At(i).Kind; k != ilayout.Literal {
			return k == ilayout.Holiday
		}
	}
	return false
}

// roshChodesh reports whether layout l writes the Hebrew day as Rosh
// Chodesh on the first of a month.
func roshChodesh(l ilayout.Layout) bool {
	for _, e := range l.Elements() {
		if e.Kind == ilayout.HebrewDay && (e.Form == ilayout.RoshChodesh || e.Form == ilayout.RoshChodeshScript) {
			return true
		}
	}
	return false
}

// ambiguous reports whether Check finds s's numeric date ambiguous.
func ambiguous(s string) bool {
	for _, p := range dateline.Check(s, fuzzReference).Problems {
		if p.Code == dateline.CodeDateAmbiguous {
			return true
		}
	}
	return false
}

// regression is one row of testdata/regressions.tsv.
type regression struct {
	line                     int
	input, function, outcome string
	note                     string
}

// readRegressions reads ../testdata/regressions.tsv: every bug found so
// far, with its input and the outcome expected.
func readRegressions(tb testing.TB) []regression {
	tb.Helper()
	f, err := os.Open("../testdata/regressions.tsv")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var rows []regression
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if n == 1 || line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) < 4 {
			tb.Fatalf("regressions.tsv:%d: %d columns, want 4", n, len(c))
		}
		rows = append(rows, regression{n, unescapeTSV(c[0]), c[1], c[2], c[3]})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return rows
}

// unescapeTSV reads the escapes of the regressions file's input column:
// \t, \n, \\, \xHH, and \*N (repeat the text before it N times).
func unescapeTSV(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case '\\':
			b.WriteByte('\\')
		case 'x':
			if i+2 < len(s) {
				var v byte
				for _, c := range []byte(s[i+1 : i+3]) {
					v <<= 4
					switch {
					case c >= '0' && c <= '9':
						v |= c - '0'
					case c >= 'a' && c <= 'f':
						v |= c - 'a' + 10
					case c >= 'A' && c <= 'F':
						v |= c - 'A' + 10
					}
				}
				b.WriteByte(v)
				i += 2
			}
		case '*':
			j := i + 1
			n := 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				n = n*10 + int(s[j]-'0')
				j++
			}
			prev := b.String()
			b.Reset()
			b.WriteString(strings.Repeat(prev, n))
			i = j - 1
		default:
			b.WriteByte('\\')
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// unpaddedMinute reports whether l writes the minute of its own time of
// day in one digit where it is under 10 ("3:4 PM").
func unpaddedMinute(l ilayout.Layout) bool {
	for _, e := range l.Elements() {
		if e.Kind == ilayout.Minute && e.Zman == ilayout.NoZman && e.Form == ilayout.Plain {
			return true
		}
	}
	return false
}
