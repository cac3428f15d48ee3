package parse_test

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// fuzzSeeds returns the inputs of the table tests and the corpus.
func fuzzSeeds(f *testing.F) []string {
	var seeds []string
	for _, tc := range append(append(parseCases[:len(parseCases):len(parseCases)], langCases...), machineCases...) {
		seeds = append(seeds, tc.in, tc.layout)
	}
	seeds = append(seeds, roundTripLayouts...)
	for _, tc := range julianCases {
		seeds = append(seeds, tc.in, tc.layout)
	}
	seeds = append(seeds, strings.Repeat("OS: ", 30)+"4 September 1745", "15 September 1745 [OS: 4 September 1745]")
	for _, tc := range oldStyleCases {
		seeds = append(seeds, tc.in, tc.layout)
	}
	// Issue 13's cases.
	for _, cases := range [][]parseCase{letterCases, roshChodeshCases, timeCases, nightCases, hebrewTextCases} {
		for _, tc := range cases {
			seeds = append(seeds, tc.in, tc.layout)
		}
	}
	if data, err := os.ReadFile(corpusCommitted); err == nil {
		for i, line := range strings.Split(string(data), "\n") {
			if text, _, ok := strings.Cut(line, "\t"); ok && i > 0 {
				seeds = append(seeds, text)
			}
		}
	}
	for _, tc := range zmanCases {
		seeds = append(seeds, tc.in, tc.layout)
	}
	seeds = append(seeds, "", "12/25", "ב-י״ח באב", "24 Adar-1 Nisan", "Sept 29 - Oct 1", strings.Repeat("March 2, 2024 ", 10))
	return seeds
}

// FuzzParse: Parse never panics; an error is a *parse.Error that says
// where, inside the input; a result's fields tile its span in order, and
// its layout, written for the reference day, reads again.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := parse.Parse(s)
		if err != nil {
			pe := checkError(t, s, err)
			if pe.Offset < 0 || pe.Offset > len(s) {
				t.Fatalf("%q: offset %d outside [0, %d]", s, pe.Offset, len(s))
			}
			return
		}
		checkResult(t, r)
		if len(r.Fields) == 0 {
			t.Fatalf("%q: a result without fields", s)
		}
		if _, _, ok := parse.BareHebrewRange(&r); ok {
			// "י-ל שבט": a range of Hebrew days without the geresh,
			// whose layout writes the 2nd as the prefix ב- (see
			// BareHebrewRange); Compile and LayoutOf refuse it.
			return
		}
		if erevOccasion(&r) {
			// "Erev Rosh Chodesh Adar": an occasion named by its eve,
			// which the reference day, 2 Tevet 5766, is of none, so that
			// its layout writes nothing for it; package dateline's Check
			// gives no layout string for it, and LayoutOf's layout writes
			// other days (dateline's TestErev).
			return
		}
		if _, _, ok := parse.DashedYear(&r); ok {
			// "20 January 1708-9": a dash joins a double year only
			// before 1752, and its layout ("2 January 2006-6") is
			// refused by Compile and LayoutOf.
			return
		}
		if _, _, ok := parse.CommaYear(&r); ok {
			// "JAA 1,00": a year of two digits after a comma is read
			// only where no later day could be meant, and its layout
			// ("2,06") is refused by Compile and LayoutOf.
			return
		}
		if _, _, ok := parse.GluedMonth(&r); ok {
			// "September1 1 TisCri": a month's name glued to its day
			// is read for English names of four letters or more, but
			// the Hebrew month makes the layout German, whose
			// "Januar2" is no date; Compile and LayoutOf refuse it.
			return
		}
		if parse.TimeRange(&r) != nil {
			// "JAuArY 1 1-1AM": a range of hours, whose end's time a
			// layout cannot write on another day; Compile refuses it.
			return
		}
		if runsBackwards(&r) {
			// "January 7-1": a range whose end comes before its
			// start is read for package dateline to refuse, and its
			// layout is refused by Compile (see parse.Backward).
			return
		}
		ref := r.Layout().Format(referenceHour())
		if _, err := parse.Parse(ref); err != nil {
			t.Fatalf("%q: its layout %q does not read: %v", s, ref, err)
		}
	})
}

// FuzzAll: All never panics, and its results lie inside the text, in
// order and without overlap.
func FuzzAll(f *testing.F) {
	page, err := os.ReadFile("testdata/article.txt")
	if err == nil {
		f.Add(string(page[:1000]))
	}
	for _, s := range fuzzSeeds(f) {
		f.Add("Posted " + s + " by admin")
	}
	f.Fuzz(func(t *testing.T, s string) {
		collect(t, s)
	})
}

// FuzzLayout: Layout accepts any string, and writes it for the reference
// day and other days without panicking.
func FuzzLayout(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l := parse.Layout(s)
		_ = l.String()
		for _, d := range []struct{ y, m, d int }{{2024, 3, 2}, {1, 1, 1}, {-500, 12, 31}, {9999, 12, 31}} {
			tm := date(d.y, d.m, d.d)
			_ = l.Format(tm, hebrewOf(tm))
		}
	})
}

// FuzzCompile: Compile never panics; an error is a *parse.Error wrapping
// ErrLayout that says where, inside the input; a layout's String compiles,
// to a layout with the same String, and that layout's String compiles back
// to it. (A layout learnt from a dateline of another day may hold what no
// layout written for the reference day says: "Sept" for September, or the
// family of "Shevat", which spells Tevet as another family does. Its
// String is the nearest layout that does.)
func FuzzCompile(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	for _, s := range []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly,
		time.TimeOnly, "Jan 2, 2006 at 3:04pm (MST)", "Mon_2_Jan", "שני, ב׳ טבת תשס״ו", "Mon_2_Jan (5766)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, err := parse.Compile(s)
		if err != nil {
			var pe *parse.Error
			if !errors.As(err, &pe) || !errors.Is(err, parse.ErrLayout) {
				t.Fatalf("Compile(%q): error %v is not a *parse.Error wrapping ErrLayout", s, err)
			}
			if pe.Offset < 0 || pe.Offset > len(s) {
				t.Fatalf("Compile(%q): offset %d outside the input", s, pe.Offset)
			}
			return
		}
		str := l.String()
		back, err := parse.Compile(str)
		if err != nil {
			t.Fatalf("Compile(%q).String() = %q, which does not compile: %v", s, str, err)
		}
		if back.String() != str {
			t.Fatalf("Compile(%q).String() = %q, which compiles to a layout written %q", s, str, back.String())
		}
		again, err := parse.Compile(back.String())
		if err != nil || !slices.Equal(back.Elements(), again.Elements()) {
			t.Fatalf("Compile(%q) does not compile back to itself from its String: %v\n%+v\n%+v", str, err, back.Elements(), again.Elements())
		}
	})
}

// erevOccasion reports whether r names an occasion by its eve, a Holiday
// shifted a day on.
func erevOccasion(r *parse.Result) bool {
	for _, f := range r.Fields {
		if f.Kind == layout.Holiday && f.Shift != 0 {
			return true
		}
	}
	return false
}
