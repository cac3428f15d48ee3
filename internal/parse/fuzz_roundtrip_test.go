package parse_test

import (
	"testing"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// FuzzLayoutRoundTrip: what Parse reads has a layout that, written for the
// reference day, compiles again to itself; and Layout compiles a whole
// dateline as Parse reads it.
func FuzzLayoutRoundTrip(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Add(",1 Adar 5783")
	f.Fuzz(func(t *testing.T, s string) {
		r, err := parse.Parse(s)
		if _, _, bare := parse.BareHebrewRange(&r); err != nil || runsBackwards(&r) || parse.TimeRange(&r) != nil || bare {
			// A range that runs backwards, which package dateline
			// refuses, or a range of hours ("MArC.1 1-1AM"), whose
			// end's time Compile refuses, or a range of Hebrew days
			// without the geresh ("י-ל שבט", see BareHebrewRange),
			// has no layout.
			return
		}
		ref := r.Layout().String()
		if got := string(r.AppendLayout(nil)); got != ref {
			t.Fatalf("%q: AppendLayout %q, Layout().String() %q", s, got, ref)
		}
		if got := parse.Layout(ref).String(); got != ref && !endWeekdayAsMonth(s, r.Layout(), parse.Layout(ref)) {
			t.Fatalf("%q: its layout %q compiles to %q", s, ref, got)
		}
		if r.Start != 0 || r.End != len(s) {
			return // Layout keeps what is around the dateline, spaces and direction marks too
		}
		if _, ok := r.Swap(); ok {
			return // Layout reads a numeric date as the reference day
		}
		if got := parse.Layout(s).String(); got != ref {
			t.Fatalf("%q: Layout compiles it as %q, Parse reads the layout %q", s, got, ref)
		}
	})
}

// FuzzAllSpans: the results of All lie in order inside the text (see
// collect), and their literals are the text's.
func FuzzAllSpans(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add("Posted " + s + ". Updated " + s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, r := range collect(t, text) {
			for _, fl := range r.Fields {
				if fl.Kind == layout.Literal && fl.Text != text[fl.Start:fl.End] {
					t.Fatalf("%q: literal %q at [%d, %d)", text, fl.Text, fl.Start, fl.End)
				}
			}
		}
	})
}

// runsBackwards reports whether r has a range's end before its start in
// the month (see parse.Backward).
func runsBackwards(r *parse.Result) bool {
	for _, f := range r.Fields {
		if f.Flags&parse.Backward != 0 {
			return true
		}
	}
	return false
}

// endWeekdayAsMonth reports whether back, the layout that l's string
// compiles to, has a month where l, the layout of s, has a range end's
// weekday, and Compile refuses s: Spanish and
// Italian write Tuesday and March alike ("mar."), and "mar. 10 dic. -
// mié. 1", written for the reference day, is "lun. 2 ene. - mar. 24",
// which reads as a range to March 24. Such a layout reads two ways.
func endWeekdayAsMonth(s string, l, back layout.Layout) bool {
	weekdays, months := names(l)
	backWeekdays, backMonths := names(back)
	_, err := parse.Compile(s)
	return err != nil && weekdays == 2 && backWeekdays < weekdays && backMonths > months
}

// names returns how many weekdays and Gregorian months l writes.
func names(l layout.Layout) (weekdays, months int) {
	for _, e := range l.Elements() {
		switch e.Kind {
		case layout.Weekday:
			weekdays++
		case layout.Month:
			months++
		}
	}
	return weekdays, months
}
