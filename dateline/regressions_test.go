package dateline_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/parse"
)

// regressionReference is "now" for the regressions' datelines without a
// year, as for the corpus.
var regressionReference = dateline.Reference(corpusReference)

// TestRegressions runs ../testdata/regressions.tsv: every bug found so
// far, with the outcome expected (see the file's header). The rows of bugs
// not fixed yet are skipped; DUALDATE_BUGS=1 runs them too.
func TestRegressions(t *testing.T) {
	for _, row := range readRegressions(t) {
		name := row.function + " " + row.input
		if len(name) > 80 {
			name = name[:80]
		}
		t.Run(name, func(t *testing.T) {
			if slices.Contains(strings.Split(row.outcome, "; "), "bug") && os.Getenv("DUALDATE_BUGS") == "" {
				// Not fixed yet: the row says what is expected, and
				// DUALDATE_BUGS=1 runs it.
				t.Skip("bug: " + row.note)
			}
			got := runRegression(t, row)
			for _, p := range got.problems {
				assert.True(t, 0 <= p.Start && p.Start <= p.End && p.End <= len(got.input),
					"problem %s [%d, %d) inside [0, %d]", p.Code, p.Start, p.End, len(got.input))
			}
			for _, clause := range strings.Split(row.outcome, "; ") {
				checkClause(t, row, got, clause)
			}
		})
	}
}

// outcome is what a function did with a regression's input.
type outcome struct {
	input    string // what the problems' spans are offsets in
	err      error
	problems []dateline.Problem
	dl       dateline.Dateline
	hasDL    bool
	text     string // the output: formatted text, a layout, a date, a number
	hasText  bool
	matches  int
}

// runRegression gives the row's input to its function.
func runRegression(t *testing.T, row regression) outcome {
	in := row.input
	o := outcome{input: in}
	fn, arg, _ := strings.Cut(row.function, "@")
	switch fn {
	case "Check":
		opts := []dateline.Option{regressionReference}
		switch arg {
		case "Israel":
			opts = append(opts, dateline.Israel())
		case "Diaspora":
			opts = append(opts, dateline.Diaspora())
		}
		rep := dateline.Check(in, opts...)
		o.problems, o.dl, o.hasDL = rep.Problems, rep.Dateline, true
		o.text, o.hasText = rep.Layout, true
		o.err = rep.Err()
	case "Parse":
		o.dl, o.err = dateline.Parse(in, regressionReference)
		o.hasDL = true
		if o.err != nil {
			var pe *dateline.ProblemError
			require.ErrorAs(t, o.err, &pe)
			o.problems = []dateline.Problem{pe.Problem}
		}
	case "LayoutOf":
		l, err := dateline.LayoutOf(in)
		o.err = err
		if err == nil {
			o.text, o.hasText = l.String(), true
			d, perr := dateline.Parse(in, regressionReference)
			require.NoError(t, perr)
			o.dl, o.hasDL = d, true
			if l.Format(d.Time, d.Hebrew) == strings.TrimSpace(in) {
				o.matches = 1 // written back as it was: "roundtrip"
			}
		} else {
			var pe *dateline.ProblemError
			require.ErrorAs(t, err, &pe)
			o.problems = []dateline.Problem{pe.Problem}
		}
	case "Find":
		ms := dateline.Find(in, regressionReference)
		o.matches = len(ms)
		for _, m := range ms {
			require.Equal(t, in[m.Start:m.End], m.Input)
		}
		if len(ms) > 0 {
			o.input = ms[0].Input
			o.problems, o.dl, o.hasDL = ms[0].Problems, ms[0].Dateline, true
			o.err = ms[0].Err()
		}
	case "Format":
		d := regressionDateline(t, arg)
		o.text, o.hasText = d.Format(in), true
		if back, err := dateline.Parse(o.text, regressionReference); err == nil && sameDate(back, d) {
			o.matches = 1 // reads back as the day: "roundtrip"
		}
		assert.Equal(t, o.text, string(d.AppendFormat([]byte{}, in)), "AppendFormat")
		if in == format.Full {
			assert.Equal(t, o.text, d.String(), "String")
		}
	case "JSON":
		var d dateline.Dateline
		o.err = json.Unmarshal([]byte(in), &d)
		o.dl, o.hasDL = d, o.err == nil
		if o.err == nil {
			b, err := json.Marshal(d)
			require.NoError(t, err)
			o.text, o.hasText = string(b), true
			var back dateline.Dateline
			if json.Unmarshal(b, &back) == nil && back.Time.Equal(d.Time) && back.Hebrew == d.Hebrew && back.HasTime == d.HasTime {
				o.matches = 1
			}
		}
	case "CheckJSON":
		rep := dateline.Check(in, regressionReference)
		b, err := json.Marshal(rep)
		require.NoError(t, err)
		var back dateline.Report
		o.err = json.Unmarshal(b, &back)
		o.text, o.hasText = string(b), true
		if o.err == nil {
			o.problems, o.dl, o.hasDL = back.Problems, back.Dateline, true
			if reflect.DeepEqual(back.Problems, rep.Problems) && back.Dateline.Time.Equal(rep.Dateline.Time) &&
				back.Dateline.Hebrew == rep.Dateline.Hebrew {
				o.matches = 1
			}
		}
	case "hebrew.UnmarshalText":
		var d hebrew.Date
		o.err = d.UnmarshalText([]byte(in))
		if o.err == nil {
			o.text, o.hasText = d.String(), true
		}
	case "hebrew.ParseNumeral":
		n, err := hebrew.ParseNumeral(in)
		o.err = err
		if err == nil {
			o.text, o.hasText = strconv.Itoa(n), true
		}
	case "parse.Parse":
		r, err := parse.Parse(in)
		o.err = err
		if err == nil {
			o.text, o.hasText = r.Layout().String(), true
		}
	case "parse.Layout":
		o.text, o.hasText = parse.Layout(in).String(), true
	case "Compile":
		l, err := dateline.Compile(in)
		o.err = err
		if err == nil {
			o.text, o.hasText = l.String(), true
		} else {
			assert.ErrorIs(t, err, dateline.ErrLayout)
		}
	case "parse.All":
		for r := range parse.All(in) {
			if o.matches == 0 {
				o.text, o.hasText = in[r.Start:r.End], true
			}
			o.matches++
		}
	default:
		t.Fatalf("regressions.tsv:%d: unknown function %q", row.line, row.function)
	}
	return o
}

// regressionDateline returns the Dateline a Format row names: zero, a
// YYYY-MM-DD day (New at midnight UTC), or a Hebrew date or month alone.
func regressionDateline(t *testing.T, arg string) dateline.Dateline {
	switch {
	case arg == "zero":
		return dateline.Dateline{}
	case len(arg) == 10 && arg[4] == '-':
		day, err := time.Parse("2006-01-02", arg)
		require.NoError(t, err)
		return dateline.New(day)
	case len(arg) == 11 && arg[0] == '-' && arg[5] == '-':
		// A year before the common era, -3000-07-31, which time.Parse
		// does not read.
		day, err := time.Parse("2006-01-02", "2000"+arg[5:])
		require.NoError(t, err)
		y, err := strconv.Atoi(arg[:5])
		require.NoError(t, err)
		return dateline.New(time.Date(y, day.Month(), day.Day(), 0, 0, 0, 0, time.UTC))
	}
	return dateline.Dateline{Hebrew: hebrewOf(t, arg)}
}

// checkClause checks one clause of a row's expected outcome.
func checkClause(t *testing.T, row regression, o outcome, clause string) {
	t.Helper()
	word, rest, _ := strings.Cut(clause, " ")
	switch word {
	case "ok":
		assert.NoError(t, o.err, "problems: %+v", o.problems)
	case "error", "warning", "info":
		if rest == "" {
			assert.Error(t, o.err)
			return
		}
		sev := map[string]dateline.Severity{"error": dateline.Error, "warning": dateline.Warning, "info": dateline.Info}[word]
		found := false
		for _, p := range o.problems {
			found = found || p.Code == dateline.Code(rest) && p.Severity == sev
		}
		assert.True(t, found, "want %s %s, got %+v (%v)", word, rest, o.problems, o.err)
		if word == "error" && o.err != nil {
			var pe *dateline.ProblemError
			if errors.As(o.err, &pe) {
				if sentinel, ok := sentinels[pe.Problem.Code]; ok {
					assert.ErrorIs(t, o.err, sentinel)
				}
			}
		}
	case "day":
		require.True(t, o.hasDL, "no dateline")
		if rest == "none" {
			assert.True(t, o.dl.Time.IsZero(), "no Gregorian day: %v", o.dl.Time)
			return
		}
		assert.Equal(t, rest, isoDay(o.dl.Time))
	case "time":
		require.True(t, o.hasDL, "no dateline")
		assert.True(t, o.dl.HasTime, "a time of day")
		assert.Equal(t, rest, o.dl.Time.Format("15:04"))
	case "hebrew":
		require.True(t, o.hasDL, "no dateline")
		if rest == "none" {
			assert.True(t, o.dl.Hebrew.IsZero(), "no Hebrew date: %v", o.dl.Hebrew)
			return
		}
		assert.Equal(t, hebrewOf(t, rest), o.dl.Hebrew)
	case "=":
		require.True(t, o.hasText, "no output (%v)", o.err)
		assert.Equal(t, rest, o.text)
	case "roundtrip":
		assert.Equal(t, 1, o.matches, "written back as it was: %q (%v)", o.text, o.err)
	case "matches":
		n, err := strconv.Atoi(rest)
		require.NoError(t, err)
		assert.Equal(t, n, o.matches)
	case "bug":
	case "nothing":
		assert.True(t, o.hasText && o.text == "", "want nothing, got %q", o.text)
	default:
		t.Fatalf("regressions.tsv:%d: unknown clause %q", row.line, clause)
	}
}

// isoDay writes t's day as YYYY-MM-DD, with a sign before year 0.
func isoDay(t time.Time) string {
	y, sign := t.Year(), ""
	if y < 0 {
		y, sign = -y, "-"
	}
	return fmt.Sprintf("%s%04d%s", sign, y, t.Format("-01-02"))
}
