package dateline_test

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// corpusRow is one line of testdata/corpus/datelines.tsv: real datelines
// with answers worked out independently of this project.
type corpusRow struct {
	line                                 int
	text, kind, gregorian, clock, hebrew string
	consistent, note                     string
}

func readCorpus(t testing.TB) []corpusRow {
	t.Helper()
	f, err := os.Open("../testdata/corpus/datelines.tsv")
	require.NoError(t, err)
	defer f.Close()
	var rows []corpusRow
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if n == 1 {
			continue // header
		}
		c := strings.Split(sc.Text(), "\t")
		require.GreaterOrEqual(t, len(c), 7, "line %d", n)
		rows = append(rows, corpusRow{n, c[0], c[1], c[2], c[3], c[4], c[5], c[6]})
	}
	require.NoError(t, sc.Err())
	require.NotEmpty(t, rows)
	return rows
}

// corpusReference is "now" for the corpus's datelines without a year: the
// day the corpus was checked. Years are taken as the most recent that fit.
var corpusReference = time.Date(2026, time.November, 26, 12, 0, 0, 0, time.UTC)

// heldoutRef is the corpus's reference day at its midnight, as the
// held-out rounds' tests read their lines.
var heldoutRef = dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))

// checkRow checks the row's text as a whole, or, where it has words around
// the dateline, the one dateline Find finds in it.
func checkRow(t *testing.T, text string, opts ...dateline.Option) dateline.Report {
	t.Helper()
	rep := dateline.Check(text, opts...)
	if len(rep.Problems) == 0 || rep.Problems[0].Code != dateline.CodeSyntax {
		return rep
	}
	ms := dateline.Find(text, opts...)
	require.Len(t, ms, 1, "Find in %q", text)
	return ms[0].Report
}

// hebrewOf reads the corpus's hebrew column ("22 Adar I 5784", or "Adar I
// 5782" for a month) with the month lookup, independently of String.
func hebrewOf(t *testing.T, s string) hebrew.Date {
	t.Helper()
	var d hebrew.Date
	rest := s
	if i := strings.IndexByte(s, ' '); i > 0 {
		if n, err := strconv.Atoi(s[:i]); err == nil {
			d.Day, rest = n, s[i+1:]
		}
	}
	j := strings.LastIndexByte(rest, ' ')
	require.Positive(t, j, "hebrew column %q", s)
	y, err := strconv.Atoi(rest[j+1:])
	require.NoError(t, err)
	name, err := hebrew.LookupMonth(rest[:j])
	require.NoError(t, err, "hebrew column %q", s)
	d.Year, d.Month = y, name.Month
	return d
}

func TestCorpus(t *testing.T) {
	for _, row := range readCorpus(t) {
		t.Run(row.text, func(t *testing.T) {
			rep := checkRow(t, row.text, dateline.Reference(corpusReference))
			d := rep.Dateline
			if row.gregorian == "" {
				assert.True(t, d.Time.IsZero(), "a month, not a day: %v", d.Time)
			} else {
				assert.Equal(t, row.gregorian, d.Time.Format("2006-01-02"), "gregorian")
			}
			if row.clock != "" {
				assert.True(t, d.HasTime, "a time of day")
				assert.Equal(t, row.clock, d.Time.Format("15:04"), "time")
			} else {
				assert.False(t, d.HasTime, "no time of day")
			}
			want, verdict := hebrewOf(t, row.hebrew), checkerVerdict(t, row, rep.Input)
			if evening(t, rep.Input) && (row.kind == "gregorian" || row.kind == "timestamp") {
				want = want.AddDays(1) // see checkerVerdict
			}
			assert.Equal(t, want, d.Hebrew, "hebrew")

			afterSunset := false
			for _, p := range rep.Problems {
				afterSunset = afterSunset || p.Code == dateline.CodeAfterSunset
			}
			switch verdict {
			case "yes", "n/a":
				assert.True(t, rep.OK(), "problems: %+v", rep.Problems)
				assert.False(t, afterSunset, "no after-sunset: %+v", rep.Problems)
			case "no":
				assert.False(t, rep.OK(), "must be flagged")
			case "evening+1":
				assert.True(t, rep.OK(), "problems: %+v", rep.Problems)
				assert.True(t, afterSunset, "after-sunset expected: %+v", rep.Problems)
			default:
				t.Fatalf("unknown verdict %q", row.consistent)
			}
		})
	}
}

// TestCorpusLayoutRoundTrip: for every consistent row, the layout of the
// row written for its own day gives the row back.
func TestCorpusLayoutRoundTrip(t *testing.T) {
	for _, row := range readCorpus(t) {
		if row.consistent != "yes" && row.consistent != "evening+1" || row.gregorian == "" {
			continue // a month names no day to write the layout for
		}
		t.Run(row.text, func(t *testing.T) {
			text := row.text
			if ms := dateline.Find(text, dateline.Reference(corpusReference)); len(ms) == 1 &&
				(ms[0].Start > 0 || ms[0].End < len(text)) {
				text = text[ms[0].Start:ms[0].End] // words around the dateline are not its layout
			}
			if motzei(t, text) {
				// Motzei Shabbat is Saturday's evening alone, which no
				// layout writes for every day.
				_, err := dateline.LayoutOf(text)
				assert.Error(t, err)
				return
			}
			rep := dateline.Check(text, dateline.Reference(corpusReference))
			assertWrittenBack(t, text, rep.Dateline)
		})
	}
}

// motzei reports whether text names a weekday with Motzei (Motzei
// Shabbat, מוצ״ש), which LayoutOf refuses.
func motzei(t *testing.T, text string) bool {
	r, err := parse.Parse(text)
	require.NoError(t, err)
	for _, f := range r.Fields {
		if f.Kind == layout.Weekday && f.Flags&parse.Motzei != 0 {
			return true
		}
	}
	return false
}

// evening reports whether text names a day's evening (Saturday night,
// Motzei Shabbat, ליל רביעי, 12 April 2025 evening), whose Hebrew date
// from sunset is the next day's.
func evening(t *testing.T, text string) bool {
	t.Helper()
	return matchEvening(text)
}

// matchEvening reports whether the dateline of a Report's Input names the
// evening of its day, as Find and Check read it. A match of Find that
// begins at the year its sentence names ("(w roku 2020) w czwartek, 10
// grudnia wieczorem", "У 2024 році ... розпочнеться ввечері 2 жовтня")
// is no text Parse reads whole: its dateline is the one All finds in it,
// whose evening the words between the year and it may say ("W roku 2015 z
// zachodem słońca w niedzielę, 6 grudnia") or, where Find took them into
// the match, the words before it ("al atardecer del 22 de abril del
// 2024", "Вечером в воскресенье, 14 декабря").
func matchEvening(input string) bool {
	if r, err := parse.Parse(input); err == nil {
		return namesEvening(&r)
	}
	for r := range parse.All(input) {
		_, before := parse.EveningBefore(input, r.Start)
		return namesEvening(&r) || before
	}
	return false
}

// namesEvening reports whether dateline r names the evening of its day.
func namesEvening(r *parse.Result) bool {
	for i := range r.Fields {
		if r.Fields[i].Evening() {
			return true
		}
	}
	return parse.LeadingEvening(r)
}

// checkerVerdict returns what a checker makes of row, whose dateline is
// text: its verdict, but for a string that names the evening (Saturday
// night, Motzei Shabbat), which has, from sunset, the next day's Hebrew
// date. Without a Hebrew date of its own the checker gives that one; with
// one, the row's verdict, said of the civil day, is the other way round:
// its evening+1 is the dateline's own date, and its yes the civil day's,
// which the checker warns of.
func checkerVerdict(t *testing.T, row corpusRow, text string) string {
	return eveningVerdict(row, evening(t, text))
}

// eveningVerdict is checkerVerdict of a row whose dateline names the
// evening or does not.
func eveningVerdict(row corpusRow, evening bool) string {
	if row.kind != "dateline" && row.kind != "hebrew" || !evening {
		return row.consistent
	}
	switch row.consistent {
	case "yes":
		return "evening+1"
	case "evening+1":
		return "yes"
	}
	return row.consistent
}

// TestCorpusLayoutOtherDays: the layout of every row of both corpora,
// written for other days (a day after the 12th and one before it, an
// evening's and Pesach's), never reads back as another day: a layout by
// example that wrote text a reader takes for another day would be a
// wrong answer given with nothing said. (A few layouts write text that
// reads as no day at all, such as Turkish's "23 Nisan (15 Nisan)", where
// April is Nisan; an error is not a wrong day, and they are counted.)
func TestCorpusLayoutOtherDays(t *testing.T) {
	// A long test: it runs beside the package's other long ones, one a core.
	t.Parallel()
	days := []time.Time{
		time.Date(2024, time.November, 5, 14, 7, 0, 0, time.UTC),
		time.Date(2025, time.February, 3, 9, 30, 0, 0, time.UTC),
		time.Date(2024, time.March, 22, 20, 15, 0, 0, time.UTC),
		time.Date(2025, time.December, 25, 0, 5, 0, 0, time.UTC),
		time.Date(2024, time.April, 23, 11, 0, 0, 0, time.UTC),
	}
	rows := readCorpus(t)
	for _, r := range readIncoming(t) {
		rows = append(rows, r.corpusRow)
	}
	unread := 0
	for _, row := range rows {
		if row.consistent != "yes" && row.consistent != "evening+1" || row.gregorian == "" {
			continue
		}
		text := row.text
		if ms := dateline.Find(text, dateline.Reference(corpusReference)); len(ms) == 1 {
			text = text[ms[0].Start:ms[0].End]
		}
		l, err := dateline.LayoutOf(text)
		if err != nil {
			continue
		}
		for _, day := range days {
			s := dateline.New(day).Format(l.String())
			if strings.HasPrefix(s, "%!") {
				continue // refused: the day has no occasion the layout names
			}
			rep := dateline.Check(s, dateline.Reference(day))
			if rep.Err() != nil {
				unread++
				continue
			}
			if rep.Dateline.Time.IsZero() {
				continue // a month's layout ("novembra 2021" of a day in words): no day to compare
			}
			assert.Equal(t, day.Format("2006-01-02"), rep.Dateline.Time.Format("2006-01-02"),
				"%q (layout %q) writes %q", text, l.String(), s)
		}
	}
	t.Logf("%d texts written that read as no day", unread)
}

// TestCorpusInProse: every row of both corpora that Find reads as one
// dateline is found as the same day inside the text a page puts around
// it: a sentence's brackets, a paragraph's tags, lines before and after.
// A sentence's year read only at the text's start ("(År 2017 infaller jom
// kippur den 30 september)" took 2026), and a range cut at a line's end
// ("з вечора 14 грудня до вечора 22 грудня\nMore text" was two
// datelines), were found so.
func TestCorpusInProse(t *testing.T) {
	// A long test: it runs beside the package's other long ones, one a core.
	t.Parallel()
	ref := dateline.Reference(corpusReference)
	rows := readCorpus(t)
	for _, r := range readIncoming(t) {
		rows = append(rows, r.corpusRow)
	}
	for _, row := range rows {
		alone := dateline.Find(row.text, ref)
		if len(alone) != 1 {
			continue
		}
		want := alone[0].Report.Dateline.Time.Format("2006-01-02")
		for _, wrap := range [][2]string{{"(", ")"}, {"<p>", "</p>"}, {"Some text here.\n", "\nMore text 12 people came."}} {
			text := wrap[0] + row.text + wrap[1]
			ms := dateline.Find(text, ref)
			if assert.Len(t, ms, 1, text) {
				assert.Equal(t, want, ms[0].Report.Dateline.Time.Format("2006-01-02"), text)
			}
		}
	}
}
