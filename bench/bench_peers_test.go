package bench

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/hebcal/hdate"
	"github.com/hebcal/hebcal-go/event"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
)

// The benchmarks compare like with like only if every implementation gives
// the same answer on the same input: these tests check that it does.

func TestSeedsRead(t *testing.T) {
	for _, row := range Seeds {
		t.Run(row.Text, func(t *testing.T) {
			for _, rd := range Readers {
				if rd.Name == "time.Parse" || rd.Name == "dateline.Parse" || rd.Name == "go-dateparser" {
					assert.Equal(t, Right, Try(rd, row), rd.Name)
				}
			}
			assert.True(t, dateline.Check(row.Text).OK())
		})
	}
}

func TestCommonRows(t *testing.T) {
	rows, err := CorpusRows()
	require.NoError(t, err)
	require.NotEmpty(t, rows)
	common, outcomes := Common(rows)
	assert.GreaterOrEqual(t, len(common), 5, "too few rows every reader reads to compare on")
	require.Len(t, outcomes, len(rows))
	for i, row := range rows {
		for j, rd := range Readers {
			t.Logf("%-22s %-9v %q", rd.Name, outcomes[i][j], row.Text)
		}
	}
}

func TestGlue(t *testing.T) {
	for _, tc := range []struct {
		in  string
		err error
	}{
		{"Saturday, March 2, 2024 | 22 Adar I 5784", nil},
		{"Saturday, March 2nd, 2024 | 22 Adar I 5784", nil},
		{"Thursday, March 21, 2024 | 11 Adar II 5784", nil},
		{"Friday, March 2, 2024 | 22 Adar I 5784", ErrWeekday},
		{"Saturday, March 2, 2024 | 23 Adar I 5784", ErrCalendar},
		{"Saturday, March 2, 2024 | 22 Adar II 5784", ErrCalendar},
		{"Saturday, March 2, 2024 22 Adar I 5784", ErrNoSeparator},
		{"Saturday, March 2, 2024 | 22 Adar", ErrHebrewForm},
		{"Thursday, March 2, 2023 | 9 Adar II 5783", ErrNoSuchDay},
		{"Saturday, March 2, 2024 | 31 Adar I 5784", ErrNoSuchDay},
		{"Saturday, March 2, 2024 | 22 Adar I 0", ErrNoSuchDay},
		{"Saturday, March 2, 2024 | 22 Foo 5784", hdate.ErrMonthName},
	} {
		t.Run(tc.in, func(t *testing.T) {
			day, hd, err := Glue(tc.in)
			if tc.err != nil {
				assert.ErrorIs(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			rep := dateline.Check(tc.in)
			require.True(t, rep.OK(), "dateline.Check disagrees: %v", rep.Problems)
			assert.Equal(t, rep.Dateline.Time, day)
			assert.Equal(t, rep.Dateline.Hebrew, hebrew.Date{Year: hd.Year(), Month: hebrew.Month(hd.Month()), Day: hd.Day()})
		})
	}
}

func TestGlueAllocations(t *testing.T) {
	n := testing.AllocsPerRun(100, func() {
		if _, _, err := Glue(fullDateline); err != nil {
			t.Fatal(err)
		}
	})
	assert.Zero(t, n)
}

func TestDualDatelines(t *testing.T) {
	for _, s := range []string{fullDateline, headerDateline} {
		rep := dateline.Check(s)
		assert.True(t, rep.OK(), "%s: %v", s, rep.Problems)
		assert.Equal(t, seedHebrew, rep.Dateline.Hebrew, s)
	}
}

func TestConversionsAgree(t *testing.T) {
	for _, day := range append(spread, seedDay) {
		y, m, d := day.Date()
		hd := hdate.FromProlepticGregorian(y, m, d)
		dd, err := hebrew.FromGregorian(y, m, d)
		require.NoError(t, err)
		require.Equal(t, hebrew.Date{Year: hd.Year(), Month: hebrew.Month(hd.Month()), Day: hd.Day()}, dd, day)
		gy, gm, gd := dd.Gregorian()
		py, pm, pd := hd.ProlepticGreg()
		require.Equal(t, [3]int{py, int(pm), pd}, [3]int{gy, int(gm), gd}, day)
		require.Equal(t, [3]int{y, int(m), d}, [3]int{gy, int(gm), gd}, day)
	}
}

func TestRenderingsAgree(t *testing.T) {
	hd := hdate.New(5784, hdate.Adar1, 22)
	assert.Equal(t, hd.String(), mustCompile(format.HebrewDate).Format(seedDay, seedHebrew))
	assert.Equal(t, event.NewHebrewDateEvent(hd).Render("he-x-NoNikud"),
		mustCompile(format.HebrewScript).Format(seedDay, seedHebrew))
}

func TestRenderAllocations(t *testing.T) {
	buf := make([]byte, 0, 64)
	for _, layout := range []string{format.HebrewDate, format.HebrewScript} {
		l := mustCompile(layout)
		n := testing.AllocsPerRun(100, func() { buf = l.AppendFormat(buf[:0], seedDay, seedHebrew) })
		assert.Zero(t, n, layout)
	}
}

func TestFindArticle(t *testing.T) {
	// The page's masthead and its byline timestamp.
	ms := dateline.Find(string(mustRead(t, "internal", "parse", "testdata", "article.txt")))
	require.Len(t, ms, 2)
	assert.Equal(t, time.Date(2024, time.March, 6, 0, 0, 0, 0, time.UTC), ms[0].Dateline.Time)
}

func mustRead(t *testing.T, path ...string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(append([]string{Dir(), ".."}, path...)...))
	require.NoError(t, err)
	return b
}

// TestSpreadDatelines: the glue and dateline.Check read every spread
// dateline as the same day.
func TestSpreadDatelines(t *testing.T) {
	for _, s := range SpreadDatelines(64) {
		day, hd, err := Glue(s)
		require.NoError(t, err, s)
		rep := dateline.Check(s)
		require.True(t, rep.OK(), "%s: %v", s, rep.Problems)
		assert.Equal(t, rep.Dateline.Time, day, s)
		assert.Equal(t, rep.Dateline.Hebrew, hebrew.Date{Year: hd.Year(), Month: hebrew.Month(hd.Month()), Day: hd.Day()}, s)
	}
}

// TestScraperRegexp: the peer of Find finds the byline of article.txt (its
// masthead has no year, so the regexp misses it) and nothing in the Hebrew
// page.
func TestScraperRegexp(t *testing.T) {
	assert.Len(t, ScraperRegexp.FindAllString(string(mustRead(t, "internal", "parse", "testdata", "article.txt")), -1), 1)
	assert.Empty(t, ScraperRegexp.FindAllString(string(mustRead(t, "internal", "parse", "testdata", "article-he.txt")), -1))
	assert.Len(t, dateline.Find(string(mustRead(t, "internal", "parse", "testdata", "article-he.txt"))), 10)
}

// mustCompile compiles a layout string as Dateline.Format reads it.
func mustCompile(layout string) format.Layout {
	l, err := dateline.Compile(layout)
	if err != nil {
		panic(err)
	}
	return l
}
