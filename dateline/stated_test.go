package dateline

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// TestStatedIsResolve: wherever the resolver's first stage (stated) resolves a dateline, it gives the
// Report the resolver gives: over every preset and more layouts for days
// of 1900-2100 and their careless mutations, and the corpus.
func TestStatedIsResolve(t *testing.T) {
	// A long test: it runs beside the package's other long ones, one a core.
	t.Parallel()
	layouts := []string{
		layout.Header, layout.Full, layout.Published, layout.HebrewDate, layout.HebrewScript,
		"Mon, 02 Jan 2006 15:04:05 -0700", "January 2, 2006 3:04 PM EST", "2 Tevet 5766 (01/02/2006)",
		"Monday, 2nd of Tevet, 5766", "Adar 1 5784",
		// Numeric dates, day first and by the Hebrew text's custom.
		"02.01.2006 15:04", "יום ב׳, ב׳ בטבת ה׳תשס״ו (2.1.2006)", "2.1.2006 · ב׳ בטבת תשס״ו",
	}
	var inputs []string
	step := 37
	if testing.Short() {
		step = 997
	}
	for d := time.Date(1900, 1, 1, 9, 30, 0, 0, time.UTC); d.Year() <= 2100; d = d.AddDate(0, 0, step) {
		dl := New(d)
		for _, l := range layouts {
			s := dl.Format(l)
			inputs = append(inputs, s,
				strings.Replace(s, "day", "dai", 1), // misspelt: a syntax problem
				strings.Replace(s, "Monday", "Tuesday", 1),
				strings.Replace(s, "1", "2", 1), strings.Replace(s, "2", "3", 1), strings.Replace(s, "Adar I", "Adar II", 1),
				strings.Replace(s, "Adar I", "Adar", 1), strings.Replace(s, "5", "6", 1))
		}
	}
	f, err := os.Open("../testdata/corpus/datelines.tsv")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		inputs = append(inputs, strings.Split(sc.Text(), "\t")[0])
	}
	ref := Reference(time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
	stateds := 0
	for _, opts := range [][]Option{{ref}, {ref, DayFirst()}, {ref, MonthFirst()}} {
		stateds += statedAgrees(t, inputs, makeOptions(opts))
	}
	assert.Greater(t, stateds, 3*len(inputs)/4, "the first stage resolves the common datelines")
}

// statedAgrees holds the first stage to the resolver's candidates on
// inputs, with options o, and returns how many it resolved.
func statedAgrees(t *testing.T, inputs []string, o options) int {
	t.Helper()
	stateds := 0
	for _, s := range inputs {
		// A Reader's second reading of a dateline is its template's
		// (Template.State, then Match): the same Report as the grammar's.
		rd := NewReader(Reference(time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)))
		first, second := rd.Check(s), rd.Check(s)
		assert.True(t, first.Dateline.Time.Equal(second.Dateline.Time) && first.Dateline.Time.Location().String() == second.Dateline.Time.Location().String(), s)
		assert.Equal(t, first.Dateline.Hebrew, second.Dateline.Hebrew, s)
		assert.Equal(t, first.Dateline.HasTime, second.Dateline.HasTime, s)
		assert.Equal(t, first.Layout, second.Layout, s)
		assert.Equal(t, first.Problems, second.Problems, s)

		r, err := parse.Parse(s)
		if err != nil {
			continue
		}
		st, ok := statementOf(&r)
		if !ok {
			continue
		}
		dl, ok := stated(&st, &o)
		if !ok {
			continue
		}
		got := Report{Input: r.Input, Dateline: dl, Layout: o.cache.reportLayout(&r, nil)}
		stateds++
		want, _ := resolveFull(&r, &o, nil)
		assert.Equal(t, want.Dateline.Hebrew, got.Dateline.Hebrew, s)
		assert.True(t, want.Dateline.Time.Equal(got.Dateline.Time) && want.Dateline.Time.Location() == got.Dateline.Time.Location(), "%s: %v, %v", s, want.Dateline.Time, got.Dateline.Time)
		assert.Equal(t, want.Dateline.HasTime, got.Dateline.HasTime, s)
		assert.Equal(t, want.Layout, got.Layout, s)
		assert.Equal(t, want.Problems, got.Problems, s)
		assert.Equal(t, want.Input, got.Input, s)
	}
	return stateds
}
