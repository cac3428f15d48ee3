package parse_test

import (
	"bufio"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/julian"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// The corpus of real datelines, with answers worked out independently of
// this project (see its README.md): the copy committed with the module,
// which holds every row of the shared original and the rows found since,
// and the shared original, where it is beside the clone.
const (
	corpusCommitted = "../../testdata/corpus/datelines.tsv"
	corpusShared    = "../../../shared/corpus/datelines.tsv"
)

// A corpusRow is one line of datelines.tsv.
type corpusRow struct {
	line                                      int
	text, kind, gregorian, time, hebrew, note string
	consistent                                string
}

func readCorpus(t testing.TB, path string) []corpusRow {
	t.Helper()
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		t.Skipf("%s is absent", path)
	}
	require.NoError(t, err)
	defer f.Close()
	var rows []corpusRow
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if n == 1 {
			require.True(t, strings.HasPrefix(sc.Text(), "string\tkind\t"), "header")
			continue
		}
		c := strings.Split(sc.Text(), "\t")
		require.Len(t, c, 8, "line %d", n)
		rows = append(rows, corpusRow{line: n, text: c[0], kind: c[1], gregorian: c[2], time: c[3], hebrew: c[4], consistent: c[5], note: c[6]})
	}
	require.NoError(t, sc.Err())
	require.NotEmpty(t, rows)
	return rows
}

func TestCorpus(t *testing.T) {
	t.Run("committed", func(t *testing.T) { testCorpus(t, readCorpus(t, corpusCommitted)) })
	t.Run("shared", func(t *testing.T) { testCorpus(t, readCorpus(t, corpusShared)) })
	t.Run("holds the shared", func(t *testing.T) {
		// The committed corpus grows beyond the shared sample, with rows
		// found since; every shared row stays in it, as it is.
		shared, err := os.ReadFile(corpusShared)
		if os.IsNotExist(err) {
			t.Skipf("%s is absent", corpusShared)
		}
		require.NoError(t, err)
		committed, err := os.ReadFile(corpusCommitted)
		require.NoError(t, err)
		rows := map[string]bool{}
		for _, line := range strings.Split(string(committed), "\n") {
			rows[line] = true
		}
		for _, line := range strings.Split(string(shared), "\n") {
			assert.True(t, rows[line], "the shared corpus's row %q is in the committed copy", line)
		}
	})
}

// corpusMonths are the corpus's Hebrew month names (its README), numbered
// as hebrew.Month numbers them.
var corpusMonths = map[string]int{
	"Nisan": 1, "Iyyar": 2, "Sivan": 3, "Tammuz": 4, "Av": 5, "Elul": 6,
	"Tishrei": 7, "Cheshvan": 8, "Kislev": 9, "Tevet": 10, "Shevat": 11,
	"Adar": 12, "Adar I": 12, "Adar II": 13,
}

// twoDigitDate is a numeric date with a two-digit year: 1.21.20, 12/25/23.
var twoDigitDate = regexp.MustCompile(`\b\d{1,2}([./-])\d{1,2}([./-])(\d{2})\b`)

// compactTwoDigit finds a day, a month's abbreviation and a two-digit year
// run together (20Sep17), whose year is written as its last two digits.
var compactTwoDigit = regexp.MustCompile(`\b\d{1,2}[A-Za-z]{3}(\d{2})\b`)

func testCorpus(t *testing.T, rows []corpusRow) {
	for _, row := range rows {
		t.Run(row.text, func(t *testing.T) {
			r := readRow(t, row.text)
			checkResult(t, r)

			gregorianStated := row.kind == "dateline" || row.kind == "gregorian" || row.kind == "timestamp"
			hebrewStated := row.kind == "dateline" || row.kind == "hebrew"

			// The Gregorian day.
			var day time.Time
			if row.gregorian != "" {
				var err error
				day, err = time.Parse("2006-01-02", row.gregorian)
				require.NoError(t, err)
			}
			switch {
			case gregorianStated && row.gregorian != "":
				m, ok := r.Get(layout.Month)
				require.True(t, ok, "a month")
				// The text states the day in its calendar: a Julian date
				// where it says so (O.S.).
				wy, wm, wd := day.Date()
				if m.Calendar == layout.Julian {
					wy, wm, wd = julian.FromGregorian(wy, wm, wd)
				}
				assert.Equal(t, int(wm), m.Value, "month")
				d, ok := own(r, layout.Day)
				require.True(t, ok, "a day")
				assert.Equal(t, wd, d.Value, "day")
				y, ok := own(r, layout.Year)
				yyyy := strconv.Itoa(wy)
				if strings.Contains(row.text, yyyy) || ok && y.Digits > 0 {
					// A double year (1677/8) writes the historical
					// year's last digits.
					require.True(t, ok, "the year %s is written", yyyy)
					assert.Equal(t, wy, y.Value, "year")
				} else if m := twoDigitDate.FindStringSubmatch(row.text); m != nil && m[3] == yyyy[2:] {
					require.True(t, ok, "the year %s is written", m[3])
					assert.Equal(t, wy%100, y.Value, "two-digit year")
					assert.Equal(t, layout.TwoDigit, y.Form)
				} else if m := compactTwoDigit.FindStringSubmatch(row.text); m != nil && m[1] == yyyy[2:] {
					require.True(t, ok, "the year %s is written", m[1])
					assert.Equal(t, wy%100, y.Value, "two-digit year")
					assert.Equal(t, layout.TwoDigit, y.Form)
				} else {
					assert.False(t, ok, "no year is written, so none is read")
				}
			case gregorianStated:
				// A month without its day (February 2022).
				_, ok := r.Get(layout.Day)
				assert.False(t, ok, "no day of the month")
			default:
				_, ok := r.Get(layout.Month)
				assert.False(t, ok, "no Gregorian date")
			}

			// The Hebrew day.
			if hebrewStated {
				hDay, hMonth, hYear := splitHebrew(t, row.hebrew)
				if _, ok := r.Get(layout.HebrewMonth); !ok && countedRoshChodesh(r, hMonth) {
					// "the second day of Rosh Chodesh Adar, 5770": a day
					// of Rosh Chodesh counted in words or digits is the
					// occasion counted from its first day, whose name
					// holds the month; which day it is, the 30th of the
					// month before or the first, is package dateline's
					// to say (its TestCorpus holds the row's day).
				} else {
					m, ok := r.Get(layout.HebrewMonth)
					require.True(t, ok, "a Hebrew month")
					month := corpusMonths[hMonth]
					qualified := strings.HasPrefix(hMonth, "Adar ")
					if strings.Contains(row.note, "bare 'Adar'") || strings.Contains(row.note, "bare Adar") {
						// The text writes Adar; the note says which it is.
						month, qualified = 12, false
					}
					assert.Equal(t, month, m.Value, "Hebrew month")
					assert.Equal(t, qualified, m.Flags&parse.Qualified != 0, "Adar qualified")
					d, ok := r.Get(layout.HebrewDay)
					if hDay > 0 {
						require.True(t, ok, "a Hebrew day")
						assert.Equal(t, hDay, d.Value, "Hebrew day")
					} else {
						assert.False(t, ok, "no Hebrew day")
					}
				}
				y, ok := r.Get(layout.HebrewYear)
				if hebrewYearWritten(row.text, hYear) {
					require.True(t, ok, "the Hebrew year %d is written", hYear)
					assert.Equal(t, hYear, y.Value, "Hebrew year")
				} else {
					assert.False(t, ok, "no Hebrew year is written, so none is read")
				}
			} else {
				_, ok := r.Get(layout.HebrewMonth)
				assert.False(t, ok, "no Hebrew date")
			}

			// The weekday, where one is written, is the Gregorian day's
			// (Erev and Leil name the next day's).
			if w, ok := r.Get(layout.Weekday); ok && !day.IsZero() && row.consistent != "no" {
				assert.Equal(t, int(day.Weekday()), ((w.Value-int(w.Shift))%7+7)%7, "weekday")
			}

			// The time of day, in 24 hours or 12 with AM or PM.
			h, ok := r.Get(layout.Hour)
			if row.time == "" {
				assert.False(t, ok, "no time of day")
				return
			}
			clock, err := time.Parse("15:04", row.time)
			require.NoError(t, err)
			require.True(t, ok, "an hour")
			if ap, ok := r.Get(layout.AMPM); ok {
				h12 := clock.Hour() % 12
				if h12 == 0 {
					h12 = 12
				}
				assert.Equal(t, h12, h.Value, "hour")
				assert.Equal(t, clock.Hour() >= 12, ap.Value == 1, "pm")
			} else {
				assert.Equal(t, clock.Hour(), h.Value, "hour")
			}
			m, ok := r.Get(layout.Minute)
			require.True(t, ok, "minutes")
			assert.Equal(t, clock.Minute(), m.Value, "minute")
		})
	}
}

// countedRoshChodesh reports whether r names its day as a counted day of
// Rosh Chodesh of the corpus's month: a Holiday flagged Counted, "Rosh
// Chodesh Adar" of "the second day of Rosh Chodesh Adar, 5770".
func countedRoshChodesh(r parse.Result, month string) bool {
	h, ok := r.Get(layout.Holiday)
	if !ok || h.Flags&parse.Counted == 0 {
		return false
	}
	name := strings.ToLower(r.Input[h.Start:h.End])
	return strings.HasPrefix(name, "rosh chodesh ") && strings.Contains(name, strings.ToLower(strings.Fields(month)[0]))
}

// readRow reads a corpus string: with Parse, or, where words surround the
// date ("Today is: ..."), as the one match All finds.
// own returns the dateline's own field of kind k: not the Old Style half
// of a dual date (the 1 of 1./14. Februar 1918, the legal year of 1677/8),
// which is flagged OldStyle, nor a range's end.
func own(r parse.Result, k layout.Kind) (parse.Field, bool) {
	for _, f := range r.Fields {
		if f.Kind == k && f.Flags&(parse.OldStyle|parse.RangeEnd) == 0 {
			return f, true
		}
	}
	return parse.Field{}, false
}

func readRow(t *testing.T, text string) parse.Result {
	t.Helper()
	r, err := parse.Parse(text)
	if err == nil {
		return r
	}
	require.ErrorIs(t, err, parse.ErrSyntax)
	var all []parse.Result
	for r := range parse.All(text) {
		all = append(all, r)
	}
	require.Len(t, all, 1, "one dateline in %q (Parse: %v)", text, err)
	return all[0]
}

// splitHebrew splits the corpus's Hebrew column, "22 Adar I 5784" or
// "Adar I 5782" (a month), into day (0 if none), month name and year.
func splitHebrew(t *testing.T, s string) (day int, month string, year int) {
	t.Helper()
	f := strings.Fields(s)
	require.GreaterOrEqual(t, len(f), 2, "hebrew column %q", s)
	if d, err := strconv.Atoi(f[0]); err == nil {
		day, f = d, f[1:]
	}
	year, err := strconv.Atoi(f[len(f)-1])
	require.NoError(t, err, "hebrew column %q", s)
	month = strings.Join(f[:len(f)-1], " ")
	require.Contains(t, corpusMonths, month, "hebrew column %q", s)
	return day, month, year
}

// hebrewYearWritten reports whether text writes Hebrew year y: in digits,
// or in letters with or without its thousands and punctuation.
func hebrewYearWritten(text string, y int) bool {
	if strings.Contains(text, strconv.Itoa(y)) {
		return true
	}
	bare := strings.NewReplacer("׳", "", "״", "", "'", "", "\"", "").Replace(text)
	return strings.Contains(bare, gematriya(y%1000))
}

// gematriya writes 1 to 999 in Hebrew letters without punctuation, 15 and
// 16 as 9+6 and 9+7: written here apart from package hebrew, to check it.
func gematriya(n int) string {
	var b strings.Builder
	for n >= 400 {
		b.WriteString("ת")
		n -= 400
	}
	hundreds := []string{"", "ק", "ר", "ש"}
	b.WriteString(hundreds[n/100])
	n %= 100
	if n == 15 || n == 16 {
		return b.String() + "ט" + map[int]string{15: "ו", 16: "ז"}[n]
	}
	tens := []string{"", "י", "כ", "ל", "מ", "נ", "ס", "ע", "פ", "צ"}
	units := []string{"", "א", "ב", "ג", "ד", "ה", "ו", "ז", "ח", "ט"}
	b.WriteString(tens[n/10])
	b.WriteString(units[n%10])
	return b.String()
}

func TestGematriyaHelper(t *testing.T) {
	// The helper the corpus test trusts, against numerals worked by hand.
	for n, want := range map[int]string{784: "תשפד", 781: "תשפא", 779: "תשעט", 766: "תשסו", 15: "טו", 16: "טז", 900: "תתק", 5: "ה"} {
		assert.Equal(t, want, gematriya(n), "%d", n)
	}
}
