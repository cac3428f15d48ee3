package dateline_test

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
)

// incomingRow is one line of testdata/corpus/incoming.tsv: real datelines
// collected for issue 13, with answers worked out independently of this
// project, that the reader does not yet all read right. It has the eight
// columns of datelines.tsv and two more: the language of the text and a
// short tag for its class.
type incomingRow struct {
	corpusRow
	source, lang, class string
}

const incomingColumns = 10

// readIncoming reads incoming.tsv and fails only if the file is malformed:
// a wrong column count, a date that is not YYYY-MM-DD, a time that is not
// HH:MM, an unknown consistent value, an unreadable hebrew column, or a
// missing source, language or class.
func readIncoming(t *testing.T) []incomingRow {
	t.Helper()
	f, err := os.Open("../testdata/corpus/incoming.tsv")
	require.NoError(t, err)
	defer f.Close()
	var rows []incomingRow
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		c := strings.Split(sc.Text(), "\t")
		require.Len(t, c, incomingColumns, "line %d: columns", n)
		if n == 1 {
			require.Equal(t, []string{"string", "kind", "gregorian", "time", "hebrew",
				"consistent", "note", "source", "lang", "class"}, c, "header")
			continue
		}
		r := incomingRow{corpusRow{n, c[0], c[1], c[2], c[3], c[4], c[5], c[6]}, c[7], c[8], c[9]}
		require.NotEmpty(t, r.text, "line %d: string", n)
		require.Contains(t, []string{"dateline", "hebrew", "gregorian", "timestamp"}, r.kind, "line %d: kind", n)
		if r.gregorian != "" {
			_, err := time.Parse("2006-01-02", r.gregorian)
			require.NoError(t, err, "line %d: gregorian", n)
		}
		if r.clock != "" {
			_, err := time.Parse("15:04", r.clock)
			require.NoError(t, err, "line %d: time", n)
		}
		require.Contains(t, []string{"yes", "no", "evening+1", "n/a"}, r.consistent, "line %d: consistent", n)
		hebrewOf(t, r.hebrew) // fails on a hebrew column it cannot read
		require.True(t, strings.HasPrefix(r.source, "http://") || strings.HasPrefix(r.source, "https://"),
			"line %d: source %q", n, r.source)
		// ISO 639-1's two letters, or 639-2's three for a language
		// that has no two (lad, Judeo-Spanish).
		require.Regexp(t, `^[a-z]{2,3}$`, r.lang, "line %d: lang", n)
		require.NotEmpty(t, r.class, "line %d: class", n)
		rows = append(rows, r)
	}
	require.NoError(t, sc.Err())
	require.NotEmpty(t, rows)
	return rows
}

// checkRowSoft is checkRow without failing: the row's text as a whole, or,
// where it has words around the dateline, the one dateline Find finds in
// it, and found 1; or found, the number of datelines Find finds, where it
// does not find exactly one.
func checkRowSoft(text string, opts ...dateline.Option) (rep dateline.Report, found int) {
	rep = dateline.Check(text, opts...)
	if len(rep.Problems) == 0 || rep.Problems[0].Code != dateline.CodeSyntax {
		return rep, 1
	}
	ms := dateline.Find(text, opts...)
	if len(ms) != 1 {
		return rep, len(ms)
	}
	return ms[0].Report, 1
}

// readRight runs TestCorpus's checks on one row and says, instead of
// failing, whether they all hold, and if not which failed first.
func readRight(row incomingRow, want hebrew.Date, ref time.Time) (ok bool, why string) {
	defer func() {
		if r := recover(); r != nil {
			ok, why = false, fmt.Sprintf("panic: %v", r)
		}
	}()
	rep, found := checkRowSoft(row.text, dateline.Reference(ref))
	switch {
	case found == 0:
		return false, "not found"
	case found > 1:
		return false, fmt.Sprintf("%d datelines, not one", found)
	}
	d := rep.Dateline
	evening := matchEvening(rep.Input) // the dateline names an evening: as TestCorpus reads a row (see checkerVerdict)
	if evening && (row.kind == "gregorian" || row.kind == "timestamp") {
		want = want.AddDays(1) // its Hebrew date is the evening's
	}
	switch {
	case row.gregorian == "" && !d.Time.IsZero():
		return false, "a day, not a month: " + d.Time.Format("2006-01-02")
	case row.gregorian != "" && d.Time.Format("2006-01-02") != row.gregorian:
		return false, "gregorian " + d.Time.Format("2006-01-02")
	case row.clock != "" && !d.HasTime:
		return false, "no time of day"
	case row.clock != "" && d.Time.Format("15:04") != row.clock:
		return false, "time " + d.Time.Format("15:04")
	case row.clock == "" && d.HasTime:
		return false, "a time of day"
	case d.Hebrew != want:
		return false, "hebrew " + d.Hebrew.String()
	}
	afterSunset, warned := false, false // an after-sunset problem; one of severity warning
	for _, p := range rep.Problems {
		afterSunset = afterSunset || p.Code == dateline.CodeAfterSunset
		warned = warned || p.Code == dateline.CodeAfterSunset && p.Severity != dateline.Info
	}
	switch eveningVerdict(row.corpusRow, evening) { // as checkerVerdict reads a row of datelines.tsv
	case "yes", "n/a":
		if !rep.OK() {
			return false, "problems: " + problemCodes(rep)
		}
		if warned {
			return false, "after-sunset" // an info that the evening's date is the next day's is no fault
		}
	case "no":
		if rep.OK() {
			return false, "not flagged"
		}
	case "evening+1":
		if !rep.OK() {
			return false, "problems: " + problemCodes(rep)
		}
		if !afterSunset {
			return false, "no after-sunset"
		}
	}
	return true, ""
}

func problemCodes(rep dateline.Report) string {
	var s []string
	for _, p := range rep.Problems {
		s = append(s, string(p.Code))
	}
	return strings.Join(s, ",")
}

// tally counts rows read right out of rows read, by key.
type tally map[string]*[2]int

func (t tally) add(key string, right bool) {
	c := t[key]
	if c == nil {
		c = new([2]int)
		t[key] = c
	}
	if right {
		c[0]++
	}
	c[1]++
}

func (t tally) table(title string) string {
	keys := make([]string, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if t[keys[i]][1] != t[keys[j]][1] {
			return t[keys[i]][1] > t[keys[j]][1]
		}
		return keys[i] < keys[j]
	})
	var b strings.Builder
	fmt.Fprintf(&b, "%-20s %5s %5s %6s\n", title, "right", "rows", "%")
	for _, k := range keys {
		c := t[k]
		fmt.Fprintf(&b, "%-20s %5d %5d %5.0f%%\n", k, c[0], c[1], 100*float64(c[0])/float64(c[1]))
	}
	return b.String()
}

// pageYear is the middle of the year a row's answer falls in: the year of
// the page a year-less row came from, as the corpus README has the
// collector take it, standing for the page's date that a scraper passes
// as the reference.
func pageYear(row incomingRow, want hebrew.Date) time.Time {
	y, _, _ := want.Gregorian()
	if g, err := time.Parse("2006-01-02", row.gregorian); err == nil {
		y = g.Year()
	}
	return time.Date(y, time.July, 1, 12, 0, 0, 0, time.UTC)
}

// TestCorpusIncoming reads the rows collected for issue 13 and reports how
// many the reader reads right, by language and by class. It fails only if
// incoming.tsv is malformed: the rows are there to be learned, and move to
// datelines.tsv, where TestCorpus holds them, as the reader learns their
// class.
func TestCorpusIncoming(t *testing.T) {
	rows := readIncoming(t)
	wants := make([]hebrew.Date, len(rows))
	for i, row := range rows {
		wants[i] = hebrewOf(t, row.hebrew)
	}
	byLang, byClass, all := tally{}, tally{}, tally{}
	var misses []string
	yearOnly := 0 // misses that the page's year as the reference reads right
	for i, row := range rows {
		right, why := readRight(row, wants[i], corpusReference)
		byLang.add(row.lang, right)
		byClass.add(row.class, right)
		all.add("all", right)
		if right {
			continue
		}
		if ok, _ := readRight(row, wants[i], pageYear(row, wants[i])); ok {
			yearOnly++
			why += " (right with the page's year as the reference)"
		}
		misses = append(misses, fmt.Sprintf("line %d [%s/%s] %q: %s", row.line, row.lang, row.class, row.text, why))
	}
	t.Logf("incoming.tsv: %d of %d rows read right\n%s\n%s\n%s",
		all["all"][0], all["all"][1], byLang.table("lang"), byClass.table("class"), all.table("total"))
	// A string with no year is read in the year the reference puts it in;
	// the corpus's one reference is not the page's date, which a scraper
	// passes. Say how many misses are that alone, apart from the figure.
	t.Logf("incoming.tsv: %d more rows read right with the page's year as the reference", yearOnly)
	if testing.Verbose() {
		t.Logf("misses:\n%s", strings.Join(misses, "\n"))
	}
}
