package layout_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenLayouts are the layouts of the golden files, by file name: the
// presets and layouts real sites print.
var goldenLayouts = []struct{ name, layout string }{
	{"header", layout.Header},
	{"full", layout.Full},
	{"published", layout.Published},
	{"hebrew_date", layout.HebrewDate},
	{"hebrew_script", layout.HebrewScript},
	{"hebrew_script_weekday", "יום שני, ב׳ בטבת ה׳תשס״ו"},
	{"hebrew_script_ascii", "יום ב', ב' בטבת תשס\"ו (2.1.2006)"},
	{"hebrew_script_bare", "ב טבת תשסו"},
	{"niqqud", "ב׳ טֵבֵת ה׳תשס״ו"},
	{"ashkenazi", "Monday, 2 Teves 5766"},
	{"academic", "January 2, 2006 / 2 Heshvan 5766"},
	{"adar_digit", "22 Adar 1 5784"},
	{"ap", "Tuesday, Sept. 5, 2023"},
	{"ordinal_caps", "MONDAY, JANUARY 2ND | 2ND TEVET 5766"},
	{"short", "Mon, Jan 2 '06 2 Tevet 5766"},
	{"yom", "Yom Sheni, 2 Tevet 5766"},
	{"gregorian_script", "יום שני, 2 בינואר 2006"},
	{"numeric_us", "01/02/2006 03:04:05 PM"},
	{"numeric_il", "02.01.2006 15:04"},
	{"iso", "2006-01-02T15:04:05-07:00"},
	{"rosh_chodesh", "Monday, Rosh Chodesh Tevet 5766"},
	{"rosh_chodesh_script", "יום שני, ראש חודש טבת תשס״ו"},
	{"range", "January 2-8, 2006 | 2-8 Tevet 5766"},
	{"timestamp_zone", "Mon, 02 Jan 2006 15:04:05 MST"},
	{"julian", "Monday, December 15, 1812 O.S. | 24 Tevet 5573"},
	{"julian_range", "October 22-28, 1700 (Old Style)"},
}

// goldenDay is a day the golden files show, with what it is.
type goldenDay struct {
	t    time.Time
	what string
}

func at(y, m, d, hh, mm int, loc *time.Location) time.Time {
	return time.Date(y, time.Month(m), d, hh, mm, 7, 0, loc)
}

var (
	edt = time.FixedZone("EDT", -4*3600)
	idt = time.FixedZone("IDT", 3*3600)
)

var goldenDays = []goldenDay{
	{time.Date(2006, 1, 2, 15, 4, 5, 0, time.FixedZone("MST", -7*3600)), "the reference day"},
	{at(2023, 9, 16, 10, 39, time.UTC), "Rosh Hashanah 5784"},
	{at(2023, 10, 15, 0, 0, time.UTC), "30 Tishrei"},
	{at(2023, 10, 16, 12, 0, time.UTC), "1 Cheshvan"},
	{at(2023, 11, 28, 23, 59, time.UTC), "15 Kislev"},
	{at(2023, 12, 12, 8, 5, edt), "29 Kislev, the last of a 29-day Kislev"},
	{at(2023, 12, 13, 8, 5, edt), "1 Tevet"},
	{at(2024, 1, 25, 9, 30, idt), "Tu BiShvat"},
	{at(2024, 1, 26, 9, 30, idt), "16 Shevat"},
	{at(2024, 2, 9, 17, 0, idt), "30 Shevat, Rosh Chodesh Adar I"},
	{at(2024, 2, 10, 17, 0, idt), "1 Adar I"},
	{at(2024, 3, 2, 10, 39, time.UTC), "22 Adar I, the seed's day"},
	{at(2024, 3, 10, 10, 39, time.UTC), "30 Adar I"},
	{at(2024, 3, 11, 10, 39, time.UTC), "1 Adar II"},
	{at(2024, 4, 8, 10, 39, time.UTC), "29 Adar II"},
	{at(2023, 3, 7, 11, 0, time.UTC), "Purim of a common year: 14 Adar"},
	{at(2024, 4, 23, 11, 0, time.UTC), "Pesach: 15 Nisan"},
	{at(2024, 6, 6, 11, 0, time.UTC), "29 Iyyar"},
	{at(2024, 6, 12, 11, 0, time.UTC), "Shavuot: 6 Sivan"},
	{at(2024, 7, 23, 11, 0, time.UTC), "17 Tammuz"},
	{at(2024, 8, 13, 11, 0, time.UTC), "Tisha B'Av"},
	{at(1983, 8, 9, 11, 0, time.UTC), "30 Av, the first day of Rosh Chodesh Elul"},
	{at(1983, 8, 10, 11, 0, time.UTC), "1 Elul"},
	{at(2024, 10, 2, 11, 0, time.UTC), "29 Elul, the eve of Rosh Hashanah"},
	{at(1900, 1, 1, 0, 0, time.UTC), "the first day of the round trip"},
	{at(2100, 12, 31, 23, 59, time.UTC), "the last day of the round trip"},
	{at(1, 1, 1, 6, 0, time.UTC), "January 1, 1 CE"},
	{at(-500, 6, 15, 6, 0, time.UTC), "500 years before year 1 (501 BCE)"},
	{at(3588, 4, 9, 6, 0, time.UTC), "29 Adar II 7348"},
	{at(4000, 3, 15, 6, 0, time.UTC), "a year after 3000"},
}

// TestGolden writes every golden day in every golden layout and compares
// the result with testdata/golden/NAME.txt; -update rewrites the files.
func TestGolden(t *testing.T) {
	for _, g := range goldenLayouts {
		t.Run(g.name, func(t *testing.T) {
			l := parse.Layout(g.layout)
			var b bytes.Buffer
			fmt.Fprintf(&b, "# %s: the layout %q\n", g.name, g.layout)
			fmt.Fprintf(&b, "# Gregorian day\tHebrew day\tdateline\n")
			for _, d := range goldenDays {
				h := hebrew.DateOf(d.t)
				fmt.Fprintf(&b, "%s\t%s\t%s\n", isoDate(d.t), hebrewDay(h), l.Format(d.t, h))
			}
			path := filepath.Join("testdata", "golden", g.name+".txt")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
				require.NoError(t, os.WriteFile(path, b.Bytes(), 0o644))
				return
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test ./format -run Golden -update to create it")
			assert.Equal(t, string(want), b.String())
		})
	}
}

// goldenMonths are the Hebrew months as the corpus names them.
var goldenMonths = [...]string{"", "Nisan", "Iyyar", "Sivan", "Tammuz", "Av", "Elul",
	"Tishrei", "Cheshvan", "Kislev", "Tevet", "Shevat", "Adar", "Adar II"}

// hebrewDay writes a Hebrew date for the golden files' second column, by
// the test's own table rather than package hebrew's String.
func hebrewDay(h hebrew.Date) string {
	name := goldenMonths[h.Month]
	if h.Month == hebrew.Adar && hebrew.IsLeapYear(h.Year) {
		name = "Adar I"
	}
	return fmt.Sprintf("%d %s %d", h.Day, name, h.Year)
}

// isoDate writes a day as YYYY-MM-DD, with a sign before the common era.
func isoDate(t time.Time) string {
	y := t.Year()
	sign := ""
	if y < 0 {
		sign, y = "-", -y
	}
	return fmt.Sprintf("%s%04d-%02d-%02d", sign, y, t.Month(), t.Day())
}

// TestGoldenFacts checks lines of the golden files against what is known
// apart from this project: the corpus's answers and the calendar of the
// festivals (hebcal.com), written out here by hand.
func TestGoldenFacts(t *testing.T) {
	facts := []struct {
		file, day, line string
	}{
		{"header", "2024-03-02", "Saturday, March 2nd | 22 Adar I 5784"},
		{"full", "2023-11-28", "Tuesday, November 28, 2023 | 15 Kislev 5784"}, // corpus
		{"hebrew_date", "2023-09-16", "1 Tishrei 5784"},
		{"hebrew_date", "2024-02-09", "30 Sh'vat 5784"}, // corpus: 30 Shevat 5784
		{"hebrew_date", "2024-04-23", "15 Nisan 5784"},
		{"hebrew_date", "2024-06-12", "6 Sivan 5784"},
		{"hebrew_date", "2024-08-13", "9 Av 5784"},
		{"hebrew_date", "2023-03-07", "14 Adar 5783"},
		{"hebrew_date", "1983-08-09", "30 Av 5743"},      // corpus
		{"hebrew_date", "1983-08-10", "1 Elul 5743"},     // corpus
		{"hebrew_date", "3588-04-09", "29 Adar II 7348"}, // corpus
		{"hebrew_date", "2024-10-02", "29 Elul 5784"},
		{"hebrew_script", "2024-03-02", "כ״ב אדר א׳ תשפ״ד"},
		{"hebrew_script", "2023-09-16", "א׳ תשרי תשפ״ד"},
		{"rosh_chodesh", "2023-09-16", "Saturday, 1 Tishrei 5784"}, // Rosh Hashanah
		{"hebrew_script", "2024-01-25", "ט״ו שבט תשפ״ד"},
		{"hebrew_script", "2024-01-26", "ט״ז שבט תשפ״ד"},
		{"hebrew_script", "2024-04-08", "כ״ט אדר ב׳ תשפ״ד"},
		{"hebrew_script_weekday", "2023-10-15", "יום ראשון, ל׳ בתשרי ה׳תשפ״ד"},
		{"hebrew_script_ascii", "2024-02-09", "יום ו', ל' בשבט תשפ\"ד (9.2.2024)"}, // corpus, with the year
		{"ashkenazi", "2023-12-13", "Wednesday, 1 Teves 5784"},
		{"ashkenazi", "2024-02-10", "Saturday, 1 Adar Rishon 5784"},
		{"ashkenazi", "2024-03-11", "Monday, 1 Adar Sheni 5784"},
		{"academic", "2023-10-16", "October 16, 2023 / 1 Heshvan 5784"},
		{"adar_digit", "2024-03-11", "1 Adar 2 5784"},
		{"ap", "2023-09-16", "Saturday, Sept. 16, 2023"},
		{"ap", "2024-03-02", "Saturday, March 2, 2024"},
		{"ordinal_caps", "2024-07-23", "TUESDAY, JULY 23RD | 17TH TAMMUZ 5784"},
		{"published", "2023-09-16", "September 16, 2023 10:39 am"},
		{"numeric_us", "2023-11-28", "11/28/2023 11:59:07 PM"},
		{"numeric_il", "2024-01-25", "25.01.2024 09:30"},
		{"iso", "2023-12-12", "2023-12-12T08:05:07-04:00"},
		{"rosh_chodesh", "1983-08-09", "Tuesday, Rosh Chodesh Elul 5743"},
		{"rosh_chodesh", "1983-08-10", "Wednesday, Rosh Chodesh Elul 5743"},
		{"rosh_chodesh", "2024-02-09", "Friday, Rosh Chodesh Adar I 5784"},
		{"rosh_chodesh_script", "2024-03-11", "יום שני, ראש חודש אדר ב׳ תשפ״ד"},
		{"range", "2023-10-15", "October 15-21, 2023 | 30 Tishrei-6 Cheshvan 5784"},
		{"range", "2024-03-02", "March 2-8, 2024 | 22-28 Adar I 5784"},
		{"header", "0001-01-01", "Monday, January 1st | 18 Tevet 3761"},
	}
	lines := map[string]map[string]string{}
	for _, g := range goldenLayouts {
		data, err := os.ReadFile(filepath.Join("testdata", "golden", g.name+".txt"))
		require.NoError(t, err)
		lines[g.name] = map[string]string{}
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			if f := strings.Split(line, "\t"); len(f) == 3 && !strings.HasPrefix(line, "#") {
				lines[g.name][f[0]] = f[2]
			}
		}
		require.Len(t, lines[g.name], len(goldenDays), g.name)
	}
	for _, f := range facts {
		assert.Equal(t, f.line, lines[f.file][f.day], "%s %s", f.file, f.day)
	}
}
