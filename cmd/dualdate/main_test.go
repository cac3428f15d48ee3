package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/occasion"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// clock is the fixed "now" of the tests: Saturday, March 2, 2024 at 7:30
// pm UTC, which is 9:30 pm in Jerusalem, after sunset there.
var clock = time.Date(2024, 3, 2, 19, 30, 0, 0, time.UTC)

func TestMain(m *testing.M) {
	now = func() time.Time { return clock }
	time.Local = time.UTC
	os.Exit(m.Run())
}

// result is what one run of dualdate did.
type result struct {
	code           int
	stdout, stderr string
}

func runDualdate(stdin string, args ...string) result {
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return result{code, out.String(), errb.String()}
}

// transcript writes a run as a golden file shows it.
func (r result) transcript(stdin string, args []string) string {
	var b strings.Builder
	b.WriteString("$ dualdate")
	for _, a := range args {
		b.WriteByte(' ')
		if a == "" || strings.ContainsAny(a, " \t'\"|<>&;()*?$\\") {
			b.WriteString("'" + strings.ReplaceAll(a, "'", `'\''`) + "'")
		} else {
			b.WriteString(a)
		}
	}
	if stdin != "" {
		fmt.Fprintf(&b, " < (%d bytes)", len(stdin))
	}
	fmt.Fprintf(&b, "\n-- exit %d --\n-- stdout --\n%s-- stderr --\n%s", r.code, r.stdout, r.stderr)
	return b.String()
}

// checkGolden compares got with testdata/name.golden, or rewrites it
// under -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create the golden file")
	assert.Equal(t, string(want), got)
}

// badInput holds lines that are not text, then lines that are.
var badInput = "Saturday, March 2nd | 22 Adar I 5784\n" +
	"bad \xff\xfe UTF-8\n" +
	"NUL\x00byte\n" +
	strings.Repeat("x", 1<<20) + "\n" +
	"Friday, March 2nd | 22 Adar I 5784\r\n" +
	"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\n" +
	"Sunday, March 3rd | 23 Adar I 5784"

// htmlPage is testdata/page.html, for standard input.
var htmlPage = func() string {
	b, err := os.ReadFile("testdata/page.html")
	if err != nil {
		panic(err)
	}
	return string(b)
}()

func TestGolden(t *testing.T) {
	tests := []struct {
		name  string
		stdin string
		args  []string
		code  int
	}{
		// Today.
		{"today", "", nil, 0},
		{"today-json", "", []string{"--json"}, 0},
		{"today-layout-preset", "", []string{"--layout", "hebrew-script"}, 0},
		{"today-layout-example", "", []string{"--layout=Mon, Jan 2 · 2 Tevet 5766, 3:04 pm"}, 0},
		{"today-tz", "", []string{"--tz", "Pacific/Auckland", "--layout", "full"}, 0},
		{"today-city", "", []string{"--city", "jerusalem", "--json"}, 0},
		{"version", "", []string{"--version"}, 0},
		{"today-lang", "", []string{"--lang", "uk"}, 0},
		{"today-lang-layout", "", []string{"--lang", "de", "--layout", "header"}, 0},
		{"convert-lang", "", []string{"convert", "--lang", "fr", "2024-03-02", "22 адара I 5784", "28 сентября 2022, 10:39"}, 0},
		{"convert-lang-occasions", "", []string{"convert", "--lang", "ru", "--occasions", "2024-03-23"}, 0},
		{"lang-unknown", "", []string{"--lang", "xx"}, 2},

		// Help.
		{"help", "", []string{"-h"}, 0},
		{"help-long", "", []string{"--help"}, 0},
		{"help-check", "", []string{"check", "-h"}, 0},
		{"help-topic", "", []string{"help", "cal"}, 0},
		{"help-convert", "", []string{"convert", "--help"}, 0},
		{"help-scan", "", []string{"help", "scan"}, 0},

		// Usage errors.
		{"usage-unknown-flag", "", []string{"check", "--frobnicate", "x"}, 2},
		{"usage-unknown-command", "", []string{"frobnicate"}, 2},
		{"usage-unknown-city", "", []string{"--city", "Jeruslem"}, 2},
		{"usage-unknown-city-prefix", "", []string{"convert", "--city", "san", "2024-03-02"}, 2},
		{"usage-unknown-city-near", "", []string{"--city", "Atlantis"}, 2},
		{"usage-unknown-city-far", "", []string{"--city", "Xyzzyville"}, 2},
		{"usage-bad-bool", "", []string{"--json=maybe"}, 2},
		{"usage-bad-tz", "", []string{"cal", "--tz", "Mars/Olympus_Mons"}, 2},
		{"usage-bad-layout", "", []string{"--layout", "hello"}, 2},
		{"usage-us-il", "", []string{"convert", "--us", "--il", "03/02/2024"}, 2},
		{"usage-convert-nothing", "", []string{"convert"}, 2},
		{"usage-flag-value-missing", "", []string{"check", "--layout"}, 2},
		{"usage-help-topic", "", []string{"help", "frobnicate"}, 2},

		// convert.
		{"convert", "", []string{"convert", "2024-03-02", "March 2, 2024", "2 March 2024", "22 Adar I 5784", "כ״ב אדר א׳ תשפ״ד", "Adar I 22, 5784", "September 28, 2022 10:39 pm"}, 0},
		{"convert-json", "", []string{"convert", "2024-03-02", "--json", "כ״ב אדר א׳ תשפ״ד", "September 28, 2022 10:39 pm EDT"}, 0},
		{"convert-layout", "", []string{"--layout", "hebrew-script", "convert", "2024-03-02", "1 Nisan 5785"}, 0},
		{"convert-ambiguous", "", []string{"convert", "03/02/2024"}, 0},
		// A range's end and a list's days follow the first day; a range
		// layout, which writes its own span, is refused for them.
		{"convert-range", "", []string{"convert", "March 2–5, 2024", "March 2 and 9, 2024", "22–25 Adar I 5784"}, 0},
		{"convert-range-layout", "", []string{"convert", "--layout", "Jan 2–4, 2006", "March 2–5, 2024", "2024-03-02"}, 1},
		{"convert-us", "", []string{"convert", "--us", "03/02/2024"}, 0},
		{"convert-il", "", []string{"convert", "03/02/2024", "--il"}, 0},
		{"convert-city", "", []string{"convert", "--city", "New York", "September 28, 2022 9:00 pm", "September 28, 2022 10:00 am"}, 0},
		{"convert-bad", "", []string{"convert", "hello", "2024-03-02", "Adar I 5784", "30 Adar II 5783", "February 30, 2024", "Friday, March 2, 2024"}, 1},
		{"convert-dashdash", "", []string{"convert", "--json", "--", "2024-03-02", "--us"}, 1},
		{"convert-words", "", []string{"convert", "today", "tomorrow", "yesterday", "now", "Friday", "Shabbos", "יום שישי", "@1709413200"}, 0},
		// A word for a day past the last supported one was an empty line.
		{"convert-words-past-the-end", "", []string{"convert", "--reference", "6239-09-25", "today", "tomorrow", "@199999999999"}, 1},
		{"convert-words-city", "", []string{"convert", "--city", "Jerusalem", "now", "today", "@1709413200"}, 0},
		{"convert-occasion-spellings", "", []string{"convert", "Passover 2024", "Rosh Hashanah 5785", "Hanukkah 2024", "Rosh HaShana 5785", "Yom Kippur 2024", "Sukkos 2024", "Shemini Atzeret 2024", "Simchat Torah 2024", "Chanukah 5785", "Hanukah 2024", "Tu B'Shvat 2025", "Tu BiShvat 2025", "Purim 2025", "Pesach 5785", "Shavuos 2025", "Lag B'Omer 2025", "Tisha B'Av 2025", "Yom HaShoah 2025", "Yom HaAtzmaut 2025", "פסח תשפ״ה", "חנוכה 2024", "ראש השנה תשפ״ה"}, 0},
		{"convert-no-year", "", []string{"convert", "March 2", "March 1", "Passover", "Chanukah", "22 Adar", "Friday, March 2"}, 0},
		{"convert-no-year-adar", "", []string{"convert", "14 Adar", "י״ד אדר", "30 Adar", "Sunday, 14 Adar", "March 24 | 14 Adar", "14 Adar I"}, 0},
		{"convert-misspelt", "", []string{"convert", "Pasover 2024", "Rosh Hashonah 5785", "Smarch 2, 2024", "tomorow", "Tishrei", "March", "@12x"}, 1},
		{"convert-json-errors", "", []string{"convert", "--json", "2024-03-02", "Pasover 2024", "Adar I 5784", "today", "Friday, March 2, 2024"}, 1},

		// check.
		{"check-file", "", []string{"check", "testdata/datelines.txt"}, 1},
		{"check-file-json", "", []string{"check", "testdata/datelines.txt", "--json"}, 1},
		{"check-stdin", "Saturday, March 2nd | 22 Adar I 5784\n\nFriday, March 2nd | 22 Adar I 5784\n", []string{"check"}, 1},
		{"check-stdin-dash-json", "Saturday, March 2nd | 22 Adar I 5784\n\n03/02/2024\n", []string{"check", "--json", "-"}, 0},
		{"check-il", "03/02/2024\n", []string{"check", "--il"}, 0},
		{"check-args", "", []string{"check", "Friday, March 2nd | 22 Adar I 5784", "Saturday, March 2nd | 22 Adar I 5784", "hello"}, 1},
		{"check-evening", "", []string{"check", "Motzei Shabbat, March 23, 2024 | 14 Adar II 5784", "Motzei Shabbat, March 23, 2024 | 13 Adar II 5784", "Saturday night, March 23, 2024"}, 0},
		{"convert-evening", "", []string{"convert", "Motzei Shabbat, March 23, 2024", "Saturday night, March 23, 2024", "מוצאי שבת, 23.03.2024"}, 0},
		{"check-args-json", "", []string{"check", "--json", "Saturday, March 2nd | 22 Adar I 5784"}, 0},
		{"check-clean", "", []string{"check", "Saturday, March 2nd | 22 Adar I 5784"}, 0},
		{"check-missing-file", "", []string{"check", "testdata/missing.txt"}, 2},
		{"check-directory", "", []string{"check", "testdata"}, 2},
		{"scan-directory", "", []string{"scan", "testdata"}, 2},
		{"check-missing-and-good", "", []string{"check", "testdata/missing.txt", "testdata/datelines.txt"}, 2},
		{"check-missing-spaced-and-good", "", []string{"check", "missing file.txt", "testdata/datelines.txt"}, 2},
		{"check-missing-no-extension-and-arg", "", []string{"check", "testdata/missing", "03/02/2024", "Sun. March 3, 2024"}, 2},
		{"check-bad-input", badInput, []string{"check"}, 1},
		{"check-bad-input-json", badInput, []string{"check", "--json"}, 1},
		{"check-empty", "", []string{"check"}, 0},
		{"check-empty-file", "", []string{"check", "testdata/empty.txt"}, 0},
		{"check-blank-lines", "\n \n\t\r\n", []string{"check", "--json"}, 0},
		{"check-no-final-newline", "Friday, March 2nd | 22 Adar I 5784", []string{"check"}, 1},
		{"check-city", "September 28, 2022 9:00 pm EDT | 3 Tishrei 5783\nSeptember 28, 2022 9:00 pm EDT | 4 Tishrei 5783\n", []string{"check", "--city", "New York"}, 0},

		// scan.
		{"scan", "", []string{"scan", "testdata/page.txt"}, 1},
		{"scan-json", "", []string{"scan", "--json", "testdata/page.txt"}, 1},
		{"scan-stdin-layout", "Published September 28, 2022 10:39 am, updated 3 Tishrei 5783.\n", []string{"scan", "--layout", "header"}, 0},
		{"scan-also", "Services on March 2 and 9, 2024; Chanukah: December 25, 2024 - January 2, 2025.\n", []string{"scan"}, 0},
		{"scan-also-json", "Services on March 2 and 9, 2024.\n", []string{"scan", "--json"}, 0},
		{"scan-updated", "Posted on March 5, 2024 at 10:00 am, updated March 6, 2024 at 11:15 am\nPublié le 5 mars 2024 à 10h00, modifié le 5 mars 2024 à 9h15\n", []string{"scan"}, 0},
		{"scan-updated-json", "Publicado em: 22/12/2019 21:26 | Atualizado em: 22/12/2019 22:22\n", []string{"scan", "--json"}, 0},
		{"scan-bad-input", badInput, []string{"scan"}, 1},
		{"scan-missing-file", "", []string{"scan", "testdata/missing.txt"}, 2},
		{"scan-html", "", []string{"scan", "testdata/page.html"}, 1},
		{"scan-html-json", "", []string{"scan", "--json", "testdata/page.html"}, 1},
		{"scan-html-sniffed", htmlPage, []string{"scan"}, 1},
		{"scan-html-forced", "<p>Posted March&nbsp;2, 2024</p>", []string{"scan", "--html", "-"}, 0},
		{"scan-html-br", "<p>Posted March 2,<br>2024</p>\n", []string{"scan", "--reference", "2025-06-01", "-"}, 0},
		{"scan-html-off", htmlPage, []string{"scan", "--html=false"}, 0},

		// cal.
		{"cal", "", []string{"cal"}, 0},
		{"cal-iso", "", []string{"cal", "2024-09"}, 0},
		{"cal-gregorian-words", "", []string{"cal", "October 2024"}, 0},
		{"cal-hebrew", "", []string{"cal", "Adar I 5784"}, 0},
		{"cal-hebrew-script", "", []string{"cal", "תשרי תשפ״ה"}, 0},
		{"cal-hebrew-adar", "", []string{"cal", "Adar 5784"}, 0},
		{"cal-date", "", []string{"cal", "22 Adar II 5784"}, 0},
		{"cal-json", "", []string{"cal", "--json", "2024-02"}, 0},
		{"cal-israel", "", []string{"cal", "--israel", "2022-04"}, 0},
		{"cal-json-occasions", "", []string{"cal", "--json", "--occasions", "2024-03"}, 0},
		{"convert-occasions", "", []string{"convert", "--occasions", "2024-03-24", "2024-03-09", "22 Nisan 5782", "2024-03-06"}, 0},
		{"convert-occasions-israel", "", []string{"convert", "--occasions", "--israel", "22 Nisan 5782"}, 0},
		{"convert-occasions-json", "", []string{"convert", "--occasions", "--json", "14 Adar II 5784"}, 0},
		{"convert-occasions-city", "", []string{"convert", "--occasions", "--city", "New York", "2024-03-01", "2024-03-02", "Passover 2024", "2024-04-24", "Lag BaOmer 2024"}, 0},
		{"convert-occasions-city-json", "", []string{"convert", "--occasions", "--json", "--city", "Jerusalem", "2024-03-01", "2024-05-26"}, 0},
		{"today-occasions-city", "", []string{"--occasions", "--city", "Jerusalem"}, 0},
		// A masthead with the day's times (issue 14 item 7): a layout
		// written for the reference day, with the reference time after
		// each label, and --city for the place.
		{"convert-layout-candles", "", []string{"convert", "--city", "New York", "--layout", "Monday, January 2, 2006 | 2 Tevet 5766 | Candle lighting 3:04 pm | Havdalah 3:04 pm",
			"2024-03-01", "2024-03-02", "2024-03-04", "Passover 2024", "2024-04-24"}, 0},
		{"convert-layout-sunset-omer", "", []string{"convert", "--city", "Jerusalem", "--layout", "Friday, March 1, 2024 | 21 Adar I 5784 | Sunset 17:43 | Omer: day 12",
			"2024-03-01", "Lag BaOmer 2024"}, 0},
		{"convert-layout-candles-no-city", "", []string{"convert", "--layout", "Monday, January 2, 2006 | Candle lighting 3:04 pm", "2024-03-01"}, 2},
		{"convert-layout-havdalah-helsinki", "", []string{"convert", "--city", "Helsinki", "--layout", "Monday, January 2, 2006 | Havdalah 3:04 pm", "2024-06-21", "2024-06-22"}, 1},
		{"today-layout-candles", "", []string{"--city", "Jerusalem", "--layout", "Monday, January 2, 2006 | 2 Tevet 5766 | Sunset 15:04"}, 0},
		{"check-city-candles", "Friday, March 1, 2024 | 21 Adar I 5784 | Candle lighting 5:29 pm\nFriday, March 1, 2024 | 21 Adar I 5784 | Candle lighting 5:26 pm\nMonday, March 4, 2024 | Havdalah 6:31 pm\nSunday, May 26, 2024 | 18 Iyyar 5784 | Omer: day 12\n",
			[]string{"check", "--city", "New York"}, 1},
		{"check-candles", "Friday, March 1, 2024 | 21 Adar I 5784 | Candle lighting 5:26 pm\n", []string{"check"}, 0},
		{"convert-holiday", "", []string{"convert", "Purim 5784", "Rosh Hashana 5785", "Purim, March 2, 2024"}, 1},
		{"cal-year-gregorian", "", []string{"cal", "2024"}, 0},
		{"cal-year-hebrew", "", []string{"cal", "5785"}, 0},
		{"cal-month-name-next", "", []string{"cal", "Tishrei"}, 0},
		{"cal-month-name-current", "", []string{"cal", "Adar I"}, 0},
		{"cal-month-name-gregorian", "", []string{"cal", "february"}, 0},
		{"cal-year-bad", "", []string{"cal", "10000"}, 1},
		{"cal-bad", "", []string{"cal", "Smarch 2024"}, 1},
		// A Gregorian month in a year that looks Hebrew is drawn, as
		// convert reads it, with convert's warning; a Hebrew month in a
		// Gregorian year is refused for that, not for a common year's
		// single Adar.
		{"cal-hebrew-looking-year", "", []string{"cal", "March 5784"}, 0},
		{"cal-gregorian-year-adar", "", []string{"cal", "Adar I 2024"}, 1},
		{"cal-bad-month", "", []string{"cal", "2024-13"}, 1},
		{"cal-two-args", "", []string{"cal", "2024-03", "2024-04"}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runDualdate(tc.stdin, tc.args...)
			assert.Equal(t, tc.code, r.code, "exit status; stderr:\n%s", r.stderr)
			checkGolden(t, tc.name, r.transcript(tc.stdin, tc.args))
		})
	}
}

func TestFlagsAnywhere(t *testing.T) {
	want := runDualdate("", "check", "--json", "--il", "testdata/datelines.txt")
	for _, args := range [][]string{
		{"--json", "check", "--il", "testdata/datelines.txt"},
		{"check", "testdata/datelines.txt", "--json", "--il"},
		{"--il", "check", "testdata/datelines.txt", "--json"},
		{"check", "--json=true", "-il", "testdata/datelines.txt"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			assert.Equal(t, want, runDualdate("", args...))
		})
	}
}

// TestJSONLines checks that every line of every --json output is one
// valid JSON object.
func TestJSONLines(t *testing.T) {
	for _, args := range [][]string{
		{"--json"},
		{"--json", "convert", "2024-03-02", "22 Adar I 5784"},
		{"--json", "check", "testdata/datelines.txt"},
		{"--json", "check"},
		{"--json", "scan", "testdata/page.txt"},
		{"--json", "scan"},
		{"--json", "cal"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			r := runDualdate(badInput, args...)
			require.NotEmpty(t, r.stdout)
			for line := range strings.Lines(r.stdout) {
				assert.True(t, strings.HasPrefix(line, "{") && strings.HasSuffix(line, "}\n"), "line %q", line)
				assert.True(t, jsonValid(line), "line %q", line)
			}
		})
	}
}

// TestWorkers checks that output is the same, in input order, whether
// batches are checked by one goroutine or by several.
func TestWorkers(t *testing.T) {
	input := generate(50_000)
	saved := workers
	t.Cleanup(func() { workers = saved })
	for _, args := range [][]string{{"check"}, {"check", "--json"}, {"scan"}, {"scan", "--json"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			workers = 1
			want := runDualdate(input, args...)
			require.Equal(t, 1, want.code)
			for _, n := range []int{2, 3, 8} {
				workers = n
				got := runDualdate(input, args...)
				require.Equal(t, want.code, got.code)
				require.Equal(t, want.stdout, got.stdout, "workers=%d", n)
			}
		})
	}
}

// TestScanLongLine checks that a line longer than a scan window gives the
// matches that scanning it whole would, with their columns.
func TestScanLongLine(t *testing.T) {
	const dl = "Friday, March 2nd | 22 Adar I 5784"
	filler := strings.Repeat("lorem ipsum ", 2*scanWindow/12)
	var line strings.Builder
	var cols []int
	for _, at := range []int{
		10, scanWindow - scanMargin - 5, scanWindow - 20, scanWindow - 1, scanWindow, scanWindow + 3,
		2*scanWindow - scanMargin, 2*scanWindow - 10, 3*scanWindow + 100, 4*scanWindow - 1,
	} {
		if at < line.Len() {
			at = line.Len() + 1
		}
		line.WriteString(filler[:at-line.Len()])
		line.WriteByte(' ')
		cols = append(cols, line.Len()+1)
		line.WriteString(dl)
		line.WriteByte(' ')
	}
	line.WriteString(filler[:1000])
	in := "first line\n" + line.String() + "\nSaturday, March 2nd | 22 Adar I 5784\n"
	r := runDualdate(in, "scan")
	require.Equal(t, 1, r.code, r.stderr)
	var want strings.Builder
	for _, col := range cols {
		fmt.Fprintf(&want, "<stdin>:2:%d: %s => Saturday, March 2, 2024 | 22 Adar I 5784\n", col, dl)
		fmt.Fprintf(&want, "<stdin>:2:%d: error: March 2, 2024 is a Saturday, not a Friday (weekday)\n", col)
	}
	want.WriteString("<stdin>:3:1: Saturday, March 2nd | 22 Adar I 5784 => Saturday, March 2, 2024 | 22 Adar I 5784\n")
	assert.Equal(t, want.String(), r.stdout)
}

// TestScanParagraphs: scan reads a text as dateline.Find reads it, a
// dateline over a line break (a masthead on two lines, a timestamp a
// text wraps) and none over a blank line, and gives each at the line and
// column where it starts, a problem at its own, the text on one line.
func TestScanParagraphs(t *testing.T) {
	in := "By Ann | March 5,\r\n2024 3:12 pm\r\n\r\nSaturday, March 2nd |\n21 Adar I 5784\n \nSaturday, March 2nd\n\n22 Adar I 5784\n"
	r := runDualdate(in, "scan")
	require.Equal(t, exitInput, r.code, r.stderr)
	assert.Equal(t, `<stdin>:1:10: March 5, 2024 3:12 pm => Tuesday, March 5, 2024 3:12 pm | 25 Adar I 5784
<stdin>:4:1: Saturday, March 2nd | 21 Adar I 5784 => Saturday, March 2, 2024 | 21 Adar I 5784
<stdin>:5:1: error: March 2, 2024 is 22 Adar I 5784, not 21 Adar I 5784 (calendar)
<stdin>:7:1: Saturday, March 2nd => Saturday, March 2, 2024 | 22 Adar I 5784
<stdin>:7:11: info: the text names no year; 2024 is the most recent year whose date fits the weekday, up to six months after March 2, 2024 (year-inferred)
<stdin>:9:1: 22 Adar I 5784 => Saturday, March 2, 2024 | 22 Adar I 5784
`, r.stdout)
	assert.Equal(t, r.stdout, runDualdate(strings.ReplaceAll(in, "\n", "\r\n"), "scan").stdout, "CRLF line endings")
}

func TestLineReader(t *testing.T) {
	long := strings.Repeat("y", 200<<10)
	tests := []struct {
		name  string
		input string
		keep  int
		want  []string
		lens  []int64
	}{
		{"empty", "", 10, nil, nil},
		{"one", "abc", 10, []string{"abc"}, []int64{3}},
		{"newline", "abc\n", 10, []string{"abc"}, []int64{3}},
		{"crlf", "abc\r\ndef\r\n", 10, []string{"abc", "def"}, []int64{3, 3}},
		{"blank lines", "\n\n", 10, []string{"", ""}, []int64{0, 0}},
		// A CR alone ends a line in a file of LF or CRLF endings too
		// (adversarial review 52: it joined two lines).
		{"lone cr ends a line", "a\rb\n", 10, []string{"a", "b"}, []int64{1, 1}},
		{"lone cr after crlf", "a\r\nb\rc\n", 10, []string{"a", "b", "c"}, []int64{1, 1, 1}},
		{"lone cr, crlf and lf mixed", "\ufeffa\r\nb\nc\rd\r\ne", 10, []string{"a", "b", "c", "d", "e"}, []int64{1, 1, 1, 1, 1}},
		{"cr cr lf is one line end", "a\r\r\nb\r\r\n", 10, []string{"a", "b"}, []int64{1, 1}},
		{"cr cr is a blank line", "a\r\rb\r\r", 10, []string{"a", "", "b", ""}, []int64{1, 0, 1, 0}},
		{"cr only", "abc\rdef\rg", 10, []string{"abc", "def", "g"}, []int64{3, 3, 1}},
		{"cr only, blank line and cut", "abcdef\r\rxy\r", 4, []string{"abcd", "", "xy"}, []int64{6, 0, 2}},
		{"cr only with bom", "\ufeffabc\rdef\r", 10, []string{"abc", "def"}, []int64{3, 3}},
		{"cr last only", "abc\r", 10, []string{"abc"}, []int64{3}},
		{"cut", "abcdefghij\nxy\n", 4, []string{"abcd", "xy"}, []int64{10, 2}},
		{"long", long + "\r\nz", 8, []string{"yyyyyyyy", "z"}, []int64{200 << 10, 1}},
		{"bom dropped", "\ufeffabc\r\ndef\n", 10, []string{"abc", "def"}, []int64{3, 3}},
		{"bom alone", "\ufeff\nx", 10, []string{"", "x"}, []int64{0, 1}},
		{"bom only at the start", "a\n\ufeffb\n", 10, []string{"a", "\ufeffb"}, []int64{1, 4}},
		{"bom doubled: one dropped", "\ufeff\ufeffa", 10, []string{"\ufeffa"}, []int64{4}},
		{"bom cut by keep", "\ufeffabcdef", 5, []string{"ab"}, []int64{6}},
		{"cr at buffer edge", strings.Repeat("w", 64<<10-1) + "\r\nq", 1 << 20, []string{strings.Repeat("w", 64<<10-1), "q"}, []int64{64<<10 - 1, 1}},
		{"lone cr at buffer edge", strings.Repeat("w", 64<<10-1) + "\rq\n", 1 << 20, []string{strings.Repeat("w", 64<<10-1), "q"}, []int64{64<<10 - 1, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lr := newLineReader(strings.NewReader(tc.input), tc.keep)
			var got []string
			var lens []int64
			for {
				text, n, err := lr.next()
				if errors.Is(err, io.EOF) {
					break
				}
				require.NoError(t, err)
				got = append(got, string(text))
				lens = append(lens, n)
				assert.Equal(t, len(got), lr.line)
			}
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.lens, lens)
		})
	}
	// A byte at a time, the CRs' line ends are the same.
	for _, in := range []string{"\ufeffa\r\nb\nc\rd\r\ne", "a\r\r\nb\r\rc\r"} {
		t.Run("one byte at a time "+strconv.Quote(in), func(t *testing.T) {
			lr := newLineReader(iotest.OneByteReader(strings.NewReader(in)), 10)
			whole := newLineReader(strings.NewReader(in), 10)
			for {
				a, n, err := lr.next()
				b, m, err2 := whole.next()
				require.Equal(t, err2, err)
				if err != nil {
					break
				}
				assert.Equal(t, string(b), string(a))
				assert.Equal(t, m, n)
			}
		})
	}
}

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteError(t *testing.T) {
	for _, args := range [][]string{{"check"}, {"scan"}, {"convert", "2024-03-02"}, {"cal"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			var errb bytes.Buffer
			code := run(args, strings.NewReader(generate(20_000)), failWriter{}, &errb)
			assert.Equal(t, exitUsage, code)
			assert.Equal(t, "dualdate: error: writing output: disk full\n", errb.String())
		})
	}
}

// errReader returns some lines, then an error.
type errReader struct{ r io.Reader }

func (e *errReader) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if errors.Is(err, io.EOF) {
		return n, errors.New("connection reset")
	}
	return n, err
}

func TestReadError(t *testing.T) {
	for _, cmd := range []string{"check", "scan"} {
		t.Run(cmd, func(t *testing.T) {
			var out, errb bytes.Buffer
			in := "Friday, March 2nd | 22 Adar I 5784\nSaturday, March 2nd | 22 Adar I 5784\n"
			code := run([]string{cmd}, &errReader{strings.NewReader(in)}, &out, &errb)
			assert.Equal(t, exitUsage, code)
			assert.Contains(t, out.String(), "<stdin>:1:1: error: March 2, 2024 is a Saturday, not a Friday (weekday)")
			assert.Equal(t, "dualdate: error: reading <stdin>: connection reset\n", errb.String())
		})
	}
}

func TestCalHighlight(t *testing.T) {
	c := &command{}
	var b strings.Builder
	c.drawMonth(&b, gregorianMonth(2024, time.March), time.Date(2024, 3, 2, 12, 0, 0, 0, time.UTC), true, occasion.Diaspora)
	assert.Contains(t, b.String(), "       1       "+reverse+"2"+plain+"\n")
	assert.Contains(t, b.String(), "      21      "+reverse+"22"+plain+"\n")
	assert.Equal(t, 2, strings.Count(b.String(), reverse))

	b.Reset()
	c.drawMonth(&b, gregorianMonth(2024, time.March), time.Date(2024, 3, 2, 12, 0, 0, 0, time.UTC), false, occasion.Diaspora)
	assert.NotContains(t, b.String(), "\x1b")
	assert.False(t, isTerminal(&b))
}

// TestLooksLikeFile pins the rule by which check tells a file argument
// from a dateline (see the usage text): a path separator not between two
// digits, or an extension of a letter and one to four letters or digits.
func TestLooksLikeFile(t *testing.T) {
	for _, tc := range []struct {
		arg  string
		want bool
	}{
		{"good.txt", true},
		{"missing file.txt", true},
		{"pages/2024.html", true},
		{"testdata/missing", true},
		{"./x", true},
		{"/tmp/x", true},
		{"datelines.tsv", true},
		{"out.jsonl", true},
		{"a.csv", true},
		{"03/02/2024", false},
		{"3/2", false},
		{"Saturday, March 2nd | 22 Adar I 5784", false},
		{"Sun. & Mon., March 10 & 11, 2024", false},
		{"2.3.2024", false},
		{"March 2, 2024 3 p.m", false},
		{"Sept. 28, 2022", false},
		{"2024-03-02T10:39:00.000Z", false},
		{"כ״ב אדר א׳ תשפ״ד", false},
		{"hello", false},
		{"", false},
	} {
		t.Run(tc.arg, func(t *testing.T) {
			assert.Equal(t, tc.want, looksLikeFile(tc.arg))
		})
	}
}

// TestScanLongLineAgreesWithFind: on a line of back-to-back datelines
// several windows long, scan gives exactly what dateline.Find gives on
// the whole line (issue 11, item 4: windows started inside a dateline,
// and read the Hebrew date of one with the Gregorian date of the next).
func TestScanLongLineAgreesWithFind(t *testing.T) {
	var line strings.Builder
	day := time.Date(2024, 3, 2, 0, 0, 0, 0, time.UTC)
	n := 0
	for line.Len() < 2*scanWindow+3*scanMargin+1000 {
		line.WriteString(dateline.New(day).Format(layout.Header))
		line.WriteByte(' ')
		if n%1000 == 999 {
			line.WriteString("Sun. & Mon., March 10 & 11, 2024 · Erev Shabbos, 21 Adar I 5784 ")
		}
		day = day.AddDate(0, 0, 1)
		n++
	}
	text := line.String()
	type match struct {
		Col  int64  `json:"col"`
		Text string `json:"text"`
		OK   bool   `json:"ok"`
	}
	var want []match
	for _, m := range dateline.Find(text) {
		want = append(want, match{int64(m.Start) + 1, m.Input, m.OK()})
	}
	require.Greater(t, len(want), n, "every dateline found")
	saved := workers
	t.Cleanup(func() { workers = saved })
	for _, w := range []int{1, 3} {
		workers = w
		r := runDualdate("first\n"+text+"\nlast\n", "scan", "--json")
		require.Equal(t, 0, r.code, r.stderr)
		var got []match
		for l := range strings.Lines(r.stdout) {
			var m struct {
				match
				Line  int `json:"line"`
				Check struct {
					OK bool `json:"ok"`
				} `json:"check"`
			}
			require.NoError(t, json.Unmarshal([]byte(l), &m))
			require.Equal(t, 2, m.Line)
			m.match.OK = m.Check.OK
			got = append(got, m.match)
		}
		assert.Equal(t, want, got, "workers=%d", w)
	}
}

// TestCheckByteOrderMark: a UTF-8 byte order mark at the start of check's
// input is dropped with nothing said; `check --json -` gave it in line
// 1's "input". A mark later in the input is text, as before.
func TestCheckByteOrderMark(t *testing.T) {
	for _, tc := range []struct {
		name, input, want string
	}{
		{"mark then March 1, 2024", "\ufeffMarch 1, 2024\nMarch 2, 2024\n", `"input":"March 1, 2024"`},
		{"mark then 22 Adar I 5784 crlf", "\ufeff22 Adar I 5784\r\n", `"input":"22 Adar I 5784"`},
		{"mark then 1. März 2024", "\ufeff1. März 2024", `"input":"1. März 2024"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runDualdate(tc.input, "check", "--json", "--reference", "2024-03-02", "--tz", "UTC", "-")
			assert.Equal(t, 0, r.code, r.stderr)
			assert.Contains(t, r.stdout, tc.want)
			assert.Contains(t, r.stdout, `"line":1,`)
			assert.NotContains(t, r.stdout, "\ufeff")
			assert.NotContains(t, r.stdout, `\ufeff`)
			assert.Empty(t, r.stderr)
		})
	}
}
