package dateline_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hebcal/hebcal-go/zmanim"
	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
	"github.com/dualdate/dualdate/occasion"
)

// TestConcurrentUse runs every entry point from many goroutines at once,
// with layouts that are new to the cache, so that the race detector sees
// the layout cache and the zone caches filled concurrently.
func TestConcurrentUse(t *testing.T) {
	const workers = 16
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		wg.Go(func() {
			day := time.Date(2024, time.March, 2+w, 10, 39, 0, 0, time.UTC)
			d := dateline.New(day)
			for i := range 50 {
				layout := fmt.Sprintf("Monday, January 2nd | 2 Tevet 5766 #%d", i%7)
				s := d.Format(layout)
				rep := dateline.Check(s[:len(s)-3])
				if !rep.OK() {
					errs <- fmt.Errorf("%q: %+v", s, rep.Problems)
					return
				}
				_ = dateline.Find("On " + s + " at 10:39 am EDT and " + d.Format(format.Published) + " IST")
				if _, err := dateline.LayoutOf(d.Format(format.Full)); err != nil {
					errs <- err
					return
				}
				b, _ := d.MarshalJSON()
				var back dateline.Dateline
				if err := back.UnmarshalJSON(b); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		assert.NoError(t, err)
	}
}

// A concurrentCase is one exported function, called by worker w on its
// i-th round with inputs that differ by worker and round, so that every
// cache (layouts, zones, the Hebrew occasions of a year) is filled by
// several goroutines at once. It returns what it computed, which must be
// the same whichever worker computes it, and an error for a wrong result.
type concurrentCase struct {
	name string
	fn   func(w, i int) (key string, result string, err error)
}

// concurrentCases calls every exported function of packages hebrew,
// format, parse and dateline.
func concurrentCases() []concurrentCase {
	day := func(i int) time.Time {
		return time.Date(2024, time.March, 2, 10, 39, 0, 0, time.UTC).AddDate(0, 0, 37*i)
	}
	zones := []string{"America/New_York", "Asia/Jerusalem", "Europe/London", "Asia/Kolkata", "Australia/Sydney", "America/Los_Angeles"}
	texts := []string{
		"Saturday, March 2nd | 22 Adar I 5784", "September 28, 2022 10:39 am EDT", "כ״ב אדר א׳ תשפ״ד",
		"03/02/2024", "2-8 Cheshvan, 5778 --- October 22-28, 2017", "Friday, March 2nd | 22 Adar I 5784",
		"Thursday November 8th: 30 Cheshvan", "March 2024", "10:39 am IST, March 2, 2024", "not a dateline",
	}
	str := func(v any) string { return fmt.Sprint(v) }
	return []concurrentCase{
		{"hebrew.NewDate FromGregorian DateOf Date methods", func(w, i int) (string, string, error) {
			t := day(i)
			h := hebrew.DateOf(t)
			g, err := hebrew.FromGregorian(t.Date())
			if err != nil || g != h {
				return "", "", fmt.Errorf("FromGregorian(%v) = %v, %v; DateOf %v", t, g, err, h)
			}
			n, err := hebrew.NewDate(h.Year, h.Month, h.Day)
			if err != nil || n != h {
				return "", "", fmt.Errorf("NewDate(%v) = %v, %v", h, n, err)
			}
			text, _ := h.MarshalText()
			var back hebrew.Date
			if err := back.UnmarshalText(text); err != nil || back != h {
				return "", "", fmt.Errorf("UnmarshalText(%q) = %v, %v", text, back, err)
			}
			y, m, d := h.Gregorian()
			return str(i), str([]any{h, h.IsValid(), h.IsZero(), h.Weekday(), h.AddDays(i).String(), h.DaysSince(n),
				h.Compare(n), h.Before(n), h.After(n), h.MonthName(), y, m, d, h.Month.String()}), nil
		}},
		{"hebrew years and months", func(w, i int) (string, string, error) {
			y := 5700 + i
			return str(i), str([]any{hebrew.IsLeapYear(y), hebrew.MonthsInYear(y), hebrew.DaysInYear(y), hebrew.DaysInMonth(y, hebrew.Cheshvan)}), nil
		}},
		{"hebrew numerals", func(w, i int) (string, string, error) {
			b := hebrew.AppendNumeral(nil, 5700+i, 0)
			n, err := hebrew.ParseNumeral(string(b))
			v, k, err2 := hebrew.ReadNumeral(string(b) + " x")
			if err != nil || err2 != nil || n != 5700+i || v != n || k != len(b) {
				return "", "", fmt.Errorf("numeral %q: %d %v, %d %d %v", b, n, err, v, k, err2)
			}
			return str(i), string(b), nil
		}},
		{"hebrew month names", func(w, i int) (string, string, error) {
			m := hebrew.Month(1 + i%13)
			sp := hebrew.Spelling{Family: hebrew.Family(i % 6)}
			name := hebrew.AppendMonth(nil, m, true, sp)
			mn, ok := hebrew.MatchMonth(string(name))
			ln, err := hebrew.LookupMonth(string(name))
			if !ok || err != nil || mn.Month != m || ln.Month != m {
				return "", "", fmt.Errorf("month %q: %v %v, %v %v", name, mn, ok, ln, err)
			}
			word, wm, wok := sp.Word()
			return str(i), str([]any{string(name), sp.Name(m, false), word, wm, wok, sp.Family.String(), sp.Family.IsHebrew()}), nil
		}},
		{"occasions", func(w, i int) (string, string, error) {
			// The same years for every worker, in another order: the
			// cache of a year's occasions is filled concurrently.
			y := 5760 + (i+7*w)%40
			s := occasion.Diaspora
			if (i+w)%2 == 0 {
				s = occasion.Israel
			}
			d := hebrew.Date{Year: y, Month: hebrew.Kislev, Day: 25}
			occ := occasion.On(d, s)
			app := occasion.AppendOn(nil, d, s)
			p, ok := occasion.PortionOf(d, s)
			f, fok := occasion.Find("Purim", y, s)
			if len(occ) != len(app) || !fok {
				return "", "", fmt.Errorf("occasions of %v: %v, %v; Purim %v", d, occ, app, fok)
			}
			names := occasion.Names()
			return fmt.Sprint(y, s), str([]any{occ, p, ok, p.Kind.String(), p.Name(hebrew.Hebrew), f.Date, len(names), occasion.Key("Purim")}), nil
		}},
		{"format", func(w, i int) (string, string, error) {
			t, h := format.Reference()
			l := layout.New(layout.Element{Kind: layout.Weekday, Form: layout.Long}, layout.Lit(", "),
				layout.Element{Kind: layout.HebrewDay}, layout.Lit(" "), layout.Element{Kind: layout.HebrewMonth})
			s := l.Format(t.AddDate(0, 0, i), h.AddDays(i))
			b := layout.AppendElements(nil, l.Elements(), t.AddDate(0, 0, i), h.AddDays(i))
			if s != string(b) || l.Len() != 5 || l.At(1).Kind != layout.Literal || !l.Has(layout.Weekday) {
				return "", "", fmt.Errorf("format: %q %q", s, b)
			}
			return str(i), str([]any{s, l.String(), l.InIsrael().String(), layout.WeekdayName(i%7, layout.Long, 0),
				layout.MonthName(1+i%12, layout.Long), layout.Lit("x").Text, layout.Weekday.String()}), nil
		}},
		{"parse", func(w, i int) (string, string, error) {
			s := texts[i%len(texts)]
			r, err := parse.Parse(s)
			var fields []parse.Field
			r2, err2 := parse.ParseAppend(fields, s)
			if (err == nil) != (err2 == nil) || err == nil && len(r.Fields) != len(r2.Fields) {
				return "", "", fmt.Errorf("parse %q: %v, %v", s, err, err2)
			}
			var pe *parse.Error
			if err != nil && !errors.As(err, &pe) {
				return "", "", err
			}
			var found []string
			for m := range parse.All("On " + s + " and on " + s) {
				found = append(found, m.Input[m.Start:m.End])
			}
			l := parse.Layout(s + fmt.Sprintf(" #%d-%d", w, i)) // a new layout each time
			z, zok := parse.LookupZone([]string{"EDT", "IST", "PT", "XYZ"}[i%4])
			out := []any{err, found, strings.TrimSuffix(l.String(), fmt.Sprintf(" #%d-%d", w, i)), z, zok}
			if err == nil {
				f, ok := r.Get(layout.Month)
				sw, swok := r.Swap()
				out = append(out, r.Layout().String(), string(r.AppendLayout(nil)), f.Value, ok, r.Text(r.Fields[0]), len(sw.Fields), swok)
			}
			return str(i % 20), str(out), nil // 20: both the text and the zone repeat
		}},
		{"dateline Check Parse Find LayoutOf", func(w, i int) (string, string, error) {
			s := texts[i%len(texts)]
			loc, err := time.LoadLocation(zones[(i+w)%len(zones)])
			if err != nil {
				return "", "", err
			}
			opts := []dateline.Option{dateline.Reference(day(0)), dateline.In(loc)}
			rep := dateline.Check(s, opts...)
			d, err := dateline.Parse(s, opts...)
			if (err == nil) != rep.OK() && !errors.Is(err, dateline.ErrMonthOnly) {
				return "", "", fmt.Errorf("%q: Parse %v, Check %+v", s, err, rep.Problems)
			}
			var pe *dateline.ProblemError
			if err != nil && (!errors.As(err, &pe) || pe.Error() == "" || len(pe.Unwrap()) == 0) {
				return "", "", fmt.Errorf("%q: %v", s, err)
			}
			ms := dateline.Find("On "+s+", and "+s, opts...)
			l, lerr := dateline.LayoutOf(s)
			b, _ := json.Marshal(rep)
			var back dateline.Report
			if err := json.Unmarshal(b, &back); err != nil {
				return "", "", fmt.Errorf("%s: %v", b, err)
			}
			var sev dateline.Severity
			for _, p := range rep.Problems {
				text, _ := p.Severity.MarshalText()
				if err := sev.UnmarshalText(text); err != nil || sev != p.Severity {
					return "", "", fmt.Errorf("severity %q: %v", text, err)
				}
			}
			return fmt.Sprint(i%len(texts), (i+w)%len(zones)), str([]any{d.String(), d.Time.String(), rep.OK(), rep.Err() == nil, rep.Layout,
				rep.Problems, len(ms), l.String(), lerr, string(rep.AppendJSON(nil)), back.Problems}), nil
		}},
		{"dateline New Format JSON", func(w, i int) (string, string, error) {
			ny := zmanim.LookupCity("New York")
			opts := []dateline.Option{dateline.Sunset(ny), dateline.Nightfall(ny), dateline.MonthFirst(), dateline.DayFirst()}
			d := dateline.New(day(i).Add(10*time.Hour), opts[i%len(opts)])
			suffix := fmt.Sprintf(" #%d-%d", w, i)
			want := d.Format(format.Header) + suffix
			if got := d.Format(format.Header + suffix); got != want { // a layout new to the cache
				return "", "", fmt.Errorf("Format: %q, want %q", got, want)
			}
			if got := string(d.AppendFormat(nil, format.Full+suffix)); got != d.String()+suffix {
				return "", "", fmt.Errorf("AppendFormat: %q", got)
			}
			b, err := d.MarshalJSON()
			var back dateline.Dateline
			if err != nil || back.UnmarshalJSON(b) != nil || !back.Time.Equal(d.Time) || back.Hebrew != d.Hebrew {
				return "", "", fmt.Errorf("JSON %s: %v", b, back)
			}
			return str(i), str([]any{d.String(), d.IsZero(), string(b)}), nil
		}},
	}
}

// TestConcurrentEverything runs every case of concurrentCases from many
// goroutines at once, all cases together, and checks that each result is
// right and the same whichever goroutine computed it. Run it with -race.
func TestConcurrentEverything(t *testing.T) {
	const workers, rounds = 8, 40
	cases := concurrentCases()
	type result struct {
		c      int
		key    string
		result string
	}
	results := make(chan result, workers*rounds*len(cases))
	errs := make(chan error, workers*len(cases))
	var wg sync.WaitGroup
	start := make(chan struct{})
	for c := range cases {
		for w := range workers {
			wg.Go(func() {
				<-start
				for i := range rounds {
					key, r, err := cases[c].fn(w, i)
					if err != nil {
						errs <- fmt.Errorf("%s, worker %d, round %d: %w", cases[c].name, w, i, err)
						return
					}
					results <- result{c, key, r}
				}
			})
		}
	}
	close(start)
	wg.Wait()
	close(errs)
	close(results)
	for err := range errs {
		t.Error(err)
	}
	seen := map[[2]string]string{}
	for r := range results {
		k := [2]string{cases[r.c].name, r.key}
		if prev, ok := seen[k]; ok && prev != r.result {
			t.Errorf("%s %s: %s, and %s", k[0], k[1], prev, r.result)
		}
		seen[k] = r.result
	}
}
