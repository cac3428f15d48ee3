package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/internal/layout"
)

// TestCityInIsraelKeepsIsraelsSchedule: a --city in Israel follows
// Israel's schedule of holidays and readings, as its times do, unless
// --diaspora says otherwise; a city elsewhere keeps the Diaspora's,
// chosen as Israel's is, unless --israel says otherwise.
func TestCityInIsraelKeepsIsraelsSchedule(t *testing.T) {
	for _, tc := range []struct {
		name       string
		args       []string
		want, not  []string
		code       int
		wantStderr string
	}{
		{"Jerusalem", []string{"convert", "--city", "Jerusalem", "--occasions", "2019-04-27", "2019-05-04"},
			[]string{"Parashat Achrei Mot | 7th day", "Parashat Kedoshim"}, []string{"Pesach VIII"}, exitOK, ""},
		{"tel-aviv", []string{"convert", "--city", "tel-aviv", "--occasions", "2024-06-13"},
			[]string{"7 Sivan 5784 | Parashat Nasso"}, []string{"Shavuot II"}, exitOK, ""},
		{"Jerusalem --diaspora", []string{"convert", "--city", "Jerusalem", "--diaspora", "--occasions", "2019-04-27", "2019-05-04"},
			[]string{"Pesach VIII", "Parashat Achrei Mot | 14th day"}, []string{"Kedoshim"}, exitOK, ""},
		{"New York", []string{"convert", "--city", "New York", "--occasions", "2019-04-27", "2019-05-04"},
			[]string{"Pesach VIII", "Parashat Achrei Mot | 14th day"}, []string{"Kedoshim"}, exitOK, ""},
		{"New York --israel", []string{"convert", "--city", "New York", "--israel", "--occasions", "2019-05-04"},
			[]string{"Parashat Kedoshim"}, []string{"Achrei Mot"}, exitOK, ""},
		{"today Jerusalem", []string{"--city", "Jerusalem", "--occasions", "--reference", "2024-06-13"},
			[]string{"7 Sivan 5784"}, []string{"Shavuot"}, exitOK, ""},
		{"cal Jerusalem", []string{"cal", "--city", "Jerusalem", "2024-06"},
			[]string{"Shavuot"}, []string{"Shavuot II"}, exitOK, ""},
		{"check Jerusalem", []string{"check", "--city", "Jerusalem", "Saturday, May 4, 2019 | Parashat Achrei Mot"},
			[]string{"is Kedoshim, not Achrei Mot (occasion)"}, nil, exitInput, ""},
		{"check Jerusalem Kedoshim", []string{"check", "--city", "Jerusalem", "Saturday, May 4, 2019 | Parashat Kedoshim"},
			nil, []string{"occasion"}, exitOK, ""},
		{"check Jerusalem --diaspora", []string{"check", "--city", "Jerusalem", "--diaspora", "Saturday, May 4, 2019 | Parashat Achrei Mot"},
			nil, []string{"occasion"}, exitOK, ""},
		// A city elsewhere chooses the Diaspora's: its Simchat Torah is
		// no news (without a city, an info names the schedule), and
		// Israel's is an error.
		{"check New York", []string{"check", "--city", "New York", "Friday, October 25, 2024 | 23 Tishrei 5785 | Simchat Torah"},
			nil, []string{"occasion"}, exitOK, ""},
		{"check New York Israel's", []string{"check", "--city", "New York", "Thursday, October 24, 2024 | 22 Tishrei 5785 | Simchat Torah"},
			[]string{"is 23 Tishrei 5785 (October 25, 2024), not 22 Tishrei 5785 (occasion)"}, nil, exitInput, ""},
		{"check no city", []string{"check", "Friday, October 25, 2024 | 23 Tishrei 5785 | Simchat Torah"},
			[]string{"in the Diaspora's schedule of holidays, not in Israel's"}, nil, exitOK, ""},
		{"--israel --diaspora", []string{"convert", "--israel", "--diaspora", "2019-05-04"},
			nil, nil, exitUsage, "--israel and --diaspora contradict each other"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runDualdate("", tc.args...)
			assert.Equal(t, tc.code, r.code, r.stderr)
			for _, w := range tc.want {
				assert.Contains(t, r.stdout, w)
			}
			for _, n := range tc.not {
				assert.NotContains(t, r.stdout, n)
			}
			if tc.wantStderr != "" {
				assert.Contains(t, r.stderr, tc.wantStderr)
			}
		})
	}
}

// TestFlagThatDoesNothing: a flag that changes nothing for the
// subcommand is a usage error saying why; the same flag where it does
// something is taken.
func TestFlagThatDoesNothing(t *testing.T) {
	for _, tc := range []struct {
		args []string
		msg  string
	}{
		{[]string{"scan", "--occasions", "../../examples/page.html"}, "--occasions does nothing for scan"},
		{[]string{"check", "--occasions", "Saturday, March 2nd | 22 Adar I 5784"}, "--occasions does nothing for check"},
		{[]string{"cal", "--occasions", "2024-03"}, "--occasions does nothing for cal"},
		{[]string{"convert", "--html", "2024-03-02"}, "--html does nothing for convert"},
		{[]string{"check", "--html", "Saturday, March 2nd | 22 Adar I 5784"}, "--html does nothing for check"},
		{[]string{"check", "--html=false", "Saturday, March 2nd | 22 Adar I 5784"}, "--html does nothing for check"},
		{[]string{"cal", "--html"}, "--html does nothing for cal"},
		{[]string{"--html"}, "--html does nothing for today"},
		{[]string{"cal", "--us"}, "--us does nothing for cal"},
		{[]string{"cal", "--il"}, "--il does nothing for cal"},
		{[]string{"--us"}, "--us does nothing for today"},
		{[]string{"today", "--il"}, "--il does nothing for today"},
		{[]string{"--israel"}, "--israel does nothing for today"},
		{[]string{"--diaspora", "--json"}, "--diaspora does nothing for today"},
	} {
		t.Run(shellLine(tc.args), func(t *testing.T) {
			r := runDualdate("", tc.args...)
			assert.Equal(t, exitUsage, r.code, r.stderr)
			assert.Empty(t, r.stdout)
			assert.Contains(t, r.stderr, tc.msg)
		})
	}
	for _, args := range [][]string{
		{"scan", "--html", "../../examples/page.html"},
		{"scan", "--html=false", "../../examples/datelines.txt"},
		{"cal", "--us", "03/02/2024"},
		{"cal", "--json", "--occasions", "2024-03"},
		{"convert", "--us", "03/02/2024"},
		{"check", "--il", "03/02/2024"},
		{"check", "--israel", "Saturday, May 4, 2019 | Parashat Kedoshim"},
		{"--israel", "--occasions"},
		{"convert", "--israel", "2024-03-02"},
	} {
		t.Run(shellLine(args), func(t *testing.T) {
			r := runDualdate("", args...)
			assert.NotEqual(t, exitUsage, r.code, r.stderr)
			assert.NotContains(t, r.stderr, "does nothing")
		})
	}
	// cal's --il reads the argument as the flag says.
	r := runDualdate("", "cal", "--il", "03/02/2024")
	assert.Contains(t, r.stdout, "February 2024")
}

// TestFlagNeedsValue: a flag given an empty value is a usage error, where
// it was the default (--tz "" was UTC, --city "" none).
func TestFlagNeedsValue(t *testing.T) {
	for _, f := range []string{"layout", "lang", "tz", "city", "reference"} {
		for _, v := range []string{"", " "} {
			t.Run(f+"="+v, func(t *testing.T) {
				r := runDualdate("", "convert", "--"+f, v, "2024-03-02")
				assert.Equal(t, exitUsage, r.code, r.stderr)
				assert.Empty(t, r.stdout)
				assert.Contains(t, r.stderr, "--"+f+" needs a value, such as ")
			})
		}
	}
}

// TestReference: --reference is the moment the command takes for now,
// read as dates are: the year of a date that names none, today's
// dateline, cal's month and convert's words for a day follow it.
func TestReference(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--reference", "2024-03-02"}, "Saturday, March 2nd | 22 Adar I 5784\n"},
		{[]string{"--reference", "2019-05-04", "--layout", "full"}, "Saturday, May 4, 2019 | 29 Nisan 5779\n"},
		{[]string{"--reference", "29 Nisan 5779", "--layout", "full"}, "Saturday, May 4, 2019 | 29 Nisan 5779\n"},
		{[]string{"--reference", "March 2, 2024 7:30 pm", "--city", "Jerusalem"}, "Saturday, March 2nd | 23 Adar I 5784\n"},
		{[]string{"--reference", "2024-03-02T19:30:00Z", "--city", "Jerusalem", "--layout", "Monday, January 2, 2006 15:04 | 2 Tevet 5766"},
			"Saturday, March 2, 2024 21:30 | 23 Adar I 5784\n"},
		{[]string{"--reference", "2019-05-04", "convert", "tomorrow", "Purim", "March 2"},
			"Sunday, May 5, 2019 | 30 Nisan 5779\nTuesday, March 10, 2020 | 14 Adar 5780\nMonday, March 2, 2020 | 6 Adar 5780\n"},
		{[]string{"convert", "--reference", "2024-03-02", "now"}, "Saturday, March 2, 2024 12:00 pm | 22 Adar I 5784\n"},
		{[]string{"cal", "--reference", "2019-05-04", "--json"}, `{"gregorian":"2019-05-01"`},
		// Unix seconds, as convert reads them: March 2, 2024 21:00 UTC.
		{[]string{"--reference", "@1709413200", "--tz", "UTC", "--layout", "full"}, "Saturday, March 2, 2024 | 22 Adar I 5784\n"},
	} {
		t.Run(shellLine(tc.args), func(t *testing.T) {
			r := runDualdate("", tc.args...)
			require.Equal(t, exitOK, r.code, r.stderr)
			assert.Contains(t, r.stdout, tc.want)
		})
	}
	// scan and check infer a year-less date's year from it.
	const page = "Posted on Saturday, March 2nd | 22 Adar I.\n"
	r := runDualdate(page, "scan", "--reference", "2024-05-01")
	assert.Contains(t, r.stdout, "=> Saturday, March 2, 2024 | 22 Adar I 5784")
	r = runDualdate("", "check", "--json", "--reference", "2024-04-01", "March 2")
	assert.Contains(t, r.stdout, `"gregorian":"2024-03-02"`)
	r = runDualdate("", "check", "--json", "--reference", "2021-04-01", "March 2")
	assert.Contains(t, r.stdout, `"gregorian":"2021-03-02"`)
	// A reference that is not one moment is refused: an evening without
	// its time was the day's noon, and a time the clocks skip was moved
	// with nothing said.
	for _, ref := range []string{"March 2", "03/02/2024", "tomorrow", "Frday, March 2, 2024", "Adar I 5784", "@12ab", "@999999999999",
		"Motzei Shabbat, March 2, 2024", "Saturday night, March 2, 2024"} {
		r := runDualdate("", "--reference", ref)
		assert.Equal(t, exitUsage, r.code, ref)
		assert.Contains(t, r.stderr, "--reference ", ref)
	}
	r = runDualdate("", "--tz", "Europe/London", "--reference", "2024-03-31 01:30")
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "skip 01:30")
	r = runDualdate("", "--city", "Jerusalem", "--reference", "Motzei Shabbat, March 2, 2024 8:00 pm")
	assert.Equal(t, "Saturday, March 2nd | 23 Adar I 5784\n", r.stdout)
}

// TestUnknownCommand: a misspelt command gets the closest ones, a date
// or a file the command that reads it.
func TestUnknownCommand(t *testing.T) {
	for _, tc := range []struct{ arg, msg string }{
		{"conver", "did you mean convert?"},
		{"scna", "did you mean scan?"},
		{"cla", "did you mean cal?"},
		{"convet", "did you mean convert?"},
		{"Convert", "did you mean convert?"},
		{"CHECK", "did you mean check?"},
		{"calendar", "did you mean cal?"},
		{"scn", "did you mean scan?"},
		{"2024-03-02", "; to convert a date, dualdate convert 2024-03-02"},
		{"Passover 2024", "; to convert a date, dualdate convert 'Passover 2024'"},
		{"22 Adar I 5784", "; to convert a date, dualdate convert '22 Adar I 5784'"},
		{"tomorrow", "dualdate convert tomorrow"},
		{"../../examples/page.html", "dualdate scan ../../examples/page.html"},
		{"frobnicate", "the commands are today, convert, check, scan and cal"},
	} {
		t.Run(tc.arg, func(t *testing.T) {
			r := runDualdate("", tc.arg)
			assert.Equal(t, exitUsage, r.code)
			assert.Contains(t, r.stderr, tc.msg)
		})
	}
	r := runDualdate("", "today", "2024-03-02")
	assert.Contains(t, r.stderr, "dualdate convert 2024-03-02")
	r = runDualdate("", "help", "conver")
	assert.Contains(t, r.stderr, "did you mean convert?")
	r = runDualdate("", "--ocasions")
	assert.Contains(t, r.stderr, "did you mean --occasions?")
}

// TestCheckArgumentThatReadsAsDateline: an argument with the shape of a
// file name (a '/' between words) that is no file and reads as a
// dateline is checked as one; one that does not read is still a file.
func TestCheckArgumentThatReadsAsDateline(t *testing.T) {
	r := runDualdate("", "check", "March 2, 2024 / 22 Adar I 5784")
	assert.Equal(t, exitOK, r.code, r.stderr)
	assert.Empty(t, r.stdout+r.stderr)
	r = runDualdate("", "check", "Friday, March 2, 2024 / 22 Adar I 5784")
	assert.Equal(t, exitInput, r.code, r.stderr)
	assert.Contains(t, r.stdout, "arg:1:1: error: March 2, 2024 is a Saturday, not a Friday (weekday)")
	for _, a := range []string{"missing file.txt", "testdata/missing", "March 2, 2024 / 22 Adr I 5784"} {
		r = runDualdate("", "check", a)
		assert.Equal(t, exitUsage, r.code, a)
		assert.Contains(t, r.stderr, "no such file", a)
		assert.Contains(t, r.stderr, "| dualdate check", a)
	}
}

// TestScanDateArgument: a date given to scan as a file it cannot open
// points to convert and to standard input.
func TestScanDateArgument(t *testing.T) {
	r := runDualdate("", "scan", "March 2, 2024")
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "dualdate convert 'March 2, 2024'")
	r = runDualdate("", "scan", "testdata/missing.txt")
	assert.Equal(t, exitUsage, r.code)
	assert.NotContains(t, r.stderr, "convert")
}

// TestUnknownCityAndLang: an unknown city gets the closest few names,
// never the whole list; --lang he points to the Hebrew-script layout.
func TestUnknownCityAndLang(t *testing.T) {
	r := runDualdate("", "--city", "Xyzzyville")
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "the nearest are ")
	assert.Less(t, len(r.stderr), 300)
	r = runDualdate("", "--city", "Baton Rouge", "--json")
	assert.Equal(t, exitOK, r.code, r.stderr)
	r = runDualdate("", "--city", "Baton Roug")
	assert.Contains(t, r.stderr, "did you mean Baton Rouge, LA?")
	for _, code := range []string{"he", "iw", "Hebrew"} {
		r = runDualdate("", "--lang", code)
		assert.Equal(t, exitUsage, r.code)
		assert.Contains(t, r.stderr, "--layout hebrew-script")
		assert.Contains(t, r.stderr, "--lang yi")
	}
	r = runDualdate("", "--lang", "fre")
	assert.Contains(t, r.stderr, "did you mean fr?")
}

// shellLine names a subtest by its arguments.
func shellLine(args []string) string {
	s := ""
	for i, a := range args {
		if i > 0 {
			s += " "
		}
		s += quoteArg(a)
	}
	return s
}

// TestUsageFilesExist: every file a usage text's examples read is there
// in a clone, run from its root.
func TestUsageFilesExist(t *testing.T) {
	for topic, text := range usages {
		for _, line := range strings.Split(text, "\n") {
			if !strings.HasPrefix(line, "  dualdate ") {
				continue
			}
			words := strings.Fields(line)
			for i, w := range words {
				ext := filepath.Ext(w)
				if len(ext) < 3 || strings.ContainsAny(w, `"':`) || i > 0 && words[i-1] == ">" {
					continue // not a file, or one the command writes
				}
				_, err := os.Stat(filepath.Join("../..", w))
				assert.NoError(t, err, "dualdate help %s: %s", topic, line)
			}
		}
	}
}

// TestLangEveningWord: --lang writes names, not the words between them,
// so that a layout whose evening is said in English is refused in another
// language ("samedi night" was written with nothing said); in English, or
// written in the language, it is written.
func TestLangEveningWord(t *testing.T) {
	for _, args := range [][]string{
		{"convert", "--lang", "fr", "--layout", "Saturday night, March 23, 2024 | 14 Adar II 5784", "2024-03-30"},
		{"convert", "--lang", "ru", "--layout", "Mon. night, Jan 2", "2024-03-30"},
		{"convert", "--lang", "de", "--layout", "March 23, 2024 evening", "2024-03-30"},
	} {
		r := runDualdate("", args...)
		assert.Equal(t, exitUsage, r.code, "%v: %s", args, r.stdout)
		assert.Contains(t, r.stderr, "evening word", args)
		assert.Empty(t, r.stdout, args)
	}
	r := runDualdate("", "convert", "--layout", "Saturday night, March 23, 2024 | 14 Adar II 5784", "2024-03-30")
	assert.Equal(t, exitOK, r.code, r.stderr)
	assert.Equal(t, "Saturday night, March 30, 2024 | 21 Adar II 5784\n", r.stdout)
}

// TestLangLabel: the English label of a time of the day or of the Omer
// count stays English under --lang, so the layout is refused there; in
// Hebrew script, which the reader knows beside any language's names, it
// is written.
func TestLangLabel(t *testing.T) {
	for _, layout := range []string{
		"Monday, January 2, 2006 | Candle lighting 3:04 pm",
		"Monday, January 2, 2006 | Sunset 15:04",
		"Monday, January 2, 2006 | 2 Tevet 5766 | Omer: day 2",
	} {
		r := runDualdate("", "convert", "--lang", "fr", "--city", "Paris", "--layout", layout, "2024-03-29")
		assert.Equal(t, exitUsage, r.code, "%s: %s", layout, r.stdout)
		assert.Contains(t, r.stderr, "cannot write the label", layout)
	}
	r := runDualdate("", "convert", "--lang", "fr", "--city", "Paris", "--layout", "Monday, January 2, 2006 | הדלקת נרות 15:04", "2024-03-29")
	assert.Equal(t, exitOK, r.code, r.stderr)
	assert.Equal(t, "vendredi, mars 29, 2024 | הדלקת נרות 18:58\n", r.stdout)
}

// TestScheduleMessageNamesFlags: a problem that names the library's
// schedule options names the command's flags.
func TestScheduleMessageNamesFlags(t *testing.T) {
	r := runDualdate("", "check", "Wednesday, June 12, 2024 | 6 Sivan 5784 | Shavuot I")
	assert.Contains(t, r.stdout+r.stderr, "--israel and --diaspora choose one")
	assert.NotContains(t, r.stdout+r.stderr, "options choose one")
}

// TestLangEnglishWords: --lang writes names, not the words between them,
// and writes no English ordinal, so that a layout with other English
// words or an English ordinal day is refused in another language, as the
// README says: "2nd of January 2006" with --lang de wrote "1 of März
// 2024", and "January 2, 2006 at 3:04 pm" wrote "März 1, 2024 at 5:30 pm".
// Layouts of names, numbers and signs alone, the presets, and English
// itself are written.
func TestLangEnglishWords(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string // in the refusal
	}{
		{[]string{"--lang", "de", "--layout", "2nd of January 2006", "2024-03-01"}, "English ordinal day"},
		{[]string{"--lang", "fr", "--layout", "January 2nd, 2006", "2024-03-01"}, "English ordinal day"},
		{[]string{"--lang", "ru", "--layout", "Monday, January 2nd | 2 Tevet 5766", "2024-03-01"}, "English ordinal day"},
		{[]string{"--lang", "de", "--layout", "January 2, 2006 at 3:04 pm", "2024-03-01 17:30"}, `English word "at"`},
		{[]string{"--lang", "es", "--layout", "Monday the 2 of January 2006", "2024-03-01"}, `English word "the"`},
		{[]string{"--lang", "it", "--layout", "from January 2, 2006", "2024-03-01"}, `English word "from"`},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := runDualdate("", append([]string{"convert", "--reference", "2024-03-02", "--tz", "UTC"}, tc.args...)...)
			assert.Equal(t, exitUsage, r.code, r.stdout)
			assert.Contains(t, r.stderr, tc.want)
			assert.Empty(t, r.stdout)
		})
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--lang", "de", "--layout", "2 January 2006", "2024-03-01"}, "1 März 2024\n"},
		{[]string{"--lang", "de", "--layout", "header", "2024-03-01"}, "Freitag, 1. März | 21 Adar I 5784\n"},
		{[]string{"--lang", "de", "--layout", "published", "2024-03-01 17:30"}, "1. März 2024, 17:30\n"},
		{[]string{"--layout", "2nd of January 2006", "2024-03-01"}, "1st of March 2024\n"},
		{[]string{"--layout", "January 2, 2006 at 3:04 pm", "2024-03-01 17:30"}, "March 1, 2024 at 5:30 pm\n"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := runDualdate("", append([]string{"convert", "--reference", "2024-03-02", "--tz", "UTC"}, tc.args...)...)
			assert.Equal(t, exitOK, r.code, r.stderr)
			assert.Equal(t, tc.want, r.stdout)
		})
	}
}

// TestLayoutNumbersNotRead: a --layout whose numbers are not read as a
// date ("2.1.", "2-1") was told it "shows no date, weekday or time",
// though it shows a day and a month; it is told its numbers are not read
// as one, and how they are. A layout without numbers keeps its message,
// and two digits each are read.
func TestLayoutNumbersNotRead(t *testing.T) {
	for _, l := range []string{"2.1.", "2-1", "2 1"} {
		t.Run(l, func(t *testing.T) {
			r := runDualdate("", "convert", "--reference", "2024-03-02", "--tz", "UTC", "--layout", l, "2024-03-01")
			assert.Equal(t, exitUsage, r.code, r.stdout)
			assert.Contains(t, r.stderr, "is read as no date, weekday or time (its numbers are not read as one: a day and a month are read in two digits each, 02.01., or with the year, 2.1.2006)")
		})
	}
	r := runDualdate("", "convert", "--reference", "2024-03-02", "--tz", "UTC", "--layout", "hello", "2024-03-01")
	assert.Equal(t, exitUsage, r.code, r.stdout)
	assert.Contains(t, r.stderr, `--layout "hello" shows no date, weekday or time`)
	r = runDualdate("", "convert", "--reference", "2024-03-02", "--tz", "UTC", "--layout", "02.01.", "2024-03-01")
	assert.Equal(t, exitOK, r.code, r.stderr)
	assert.Equal(t, "01.03.\n", r.stdout)
}

// TestLangPresetsReadBack: every --lang writes every preset, and check reads
// each dateline back as its day: header, full and published are the
// language's own layouts (Swedish's and Dutch's published "2 januari
// 2006, 15:04", which were refused as several languages' names, write
// March as mars and maart); hebrew and hebrew-script, which write no
// name the language changes in most languages, are refused as --lang
// doing nothing, not written in English. A day a language's layout
// cannot write (Turkish's Nisan, April, before a day) is refused. The
// days (/tmp/tools/hd): March 2, 2024 is 22 Adar I 5784; May 15, 7
// Iyyar; October 31, 29 Tishrei 5785; January 9, 28 Tevet 5784; April
// 3, 24 Adar II.
func TestLangPresetsReadBack(t *testing.T) {
	days := []string{"2024-03-02T10:39:00Z", "2024-05-15T08:05:00Z", "2024-10-31T23:10:00Z", "2024-01-09T07:00:00Z", "2024-04-03T12:00:00Z"}
	for _, lang := range layout.Langs() {
		for _, p := range presets {
			t.Run(lang.String()+"/"+p.name, func(t *testing.T) {
				for _, day := range days {
					r := runDualdate("", "convert", "--lang", lang.String(), "--layout", p.name, day)
					if r.code != 0 {
						switch {
						case strings.Contains(r.stderr, "does nothing"):
							assert.Contains(t, []string{"hebrew", "hebrew-script"}, p.name, "%s: %s", day, r.stderr)
						case strings.Contains(r.stderr, "cannot be written so that it reads back"):
							assert.Equal(t, "2024-04-03T12:00:00Z", day, "%s", r.stderr)
						default:
							t.Errorf("%s: %s", day, r.stderr)
						}
						continue
					}
					line := strings.TrimSpace(r.stdout)
					assert.NotContains(t, r.stdout, "%!", day)
					if lang != layout.English && p.name != "hebrew" && p.name != "hebrew-script" {
						want, _ := time.Parse(time.RFC3339, day)
						assert.Contains(t, line, lang.MonthName(int(want.Month()), layout.Long), "%s: the month in the language", day)
					}
					back := runDualdate("", "check", "--reference", day, line)
					assert.Equal(t, 0, back.code, "%q: %s%s", line, back.stdout, back.stderr)
					conv := runDualdate("", "convert", "--reference", day, "--layout", "2006-01-02", line)
					if p.name != "hebrew" && p.name != "hebrew-script" {
						assert.Equal(t, day[:10]+"\n", conv.stdout, "%q: %s", line, conv.stderr)
					}
				}
			})
		}
	}
}

// TestCheckJSONUnreadInput: with --json, an input check cannot read gives
// its check object all the same, not ok, with one problem of code "io":
// a file that is missing ("missing file.txt", testdata/missing), a
// directory, and standard input failing after its first line (the
// object's line the one that failed). "check --json MISSING_FILE" wrote no
// object, only its message on stderr. The exit status stays 2, and the
// inputs after it are checked.
func TestCheckJSONUnreadInput(t *testing.T) {
	for _, tc := range []struct {
		file string
		want string
	}{
		{"missing file.txt", "no such file"},
		{"testdata/missing", "no such file"},
		{"testdata", "is a directory"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			r := runDualdate("", "check", "--json", tc.file, "March 2, 2024")
			assert.Equal(t, exitUsage, r.code, r.stderr)
			lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
			require.Len(t, lines, 2, r.stdout)
			var obj struct {
				File string `json:"file"`
				Line int    `json:"line"`
			}
			require.NoError(t, json.Unmarshal([]byte(lines[0]), &obj))
			assert.Equal(t, tc.file, obj.File)
			assert.Equal(t, 0, obj.Line)
			var rep dateline.Report
			require.NoError(t, json.Unmarshal([]byte(lines[0]), &rep))
			assert.False(t, rep.OK())
			require.Len(t, rep.Problems, 1)
			assert.Equal(t, dateline.Code("io"), rep.Problems[0].Code)
			assert.Contains(t, rep.Problems[0].Message, tc.want)
			assert.Contains(t, lines[1], `"input":"March 2, 2024","ok":true`)
			assert.Contains(t, r.stderr, tc.want)
		})
	}
	t.Run("standard input failing", func(t *testing.T) {
		var out, errb bytes.Buffer
		in := io.MultiReader(strings.NewReader("March 2, 2024\n"), iotest.ErrReader(errors.New("the disk is gone")))
		code := run([]string{"check", "--json", "-"}, in, &out, &errb)
		assert.Equal(t, exitUsage, code)
		lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		require.Len(t, lines, 2, out.String())
		assert.Contains(t, lines[0], `"line":1,"input":"March 2, 2024","ok":true`)
		assert.Contains(t, lines[1], `"line":2,"input":"","ok":false`)
		assert.Contains(t, lines[1], `"code":"io"`)
		assert.Contains(t, lines[1], "the disk is gone")
	})
	// Without --json, the message alone, on stderr.
	r := runDualdate("", "check", "testdata/missing")
	assert.Equal(t, exitUsage, r.code)
	assert.Empty(t, r.stdout)
}

// TestHelpNamesEveryLang: the help's --lang paragraph names every code
// --lang takes; it named 21 of the 33 (Persian, Arabic and eleven others
// were left out).
func TestHelpNamesEveryLang(t *testing.T) {
	r := runDualdate("", "--help")
	i := strings.Index(r.stdout, "--lang CODE")
	require.GreaterOrEqual(t, i, 0, r.stdout)
	para := r.stdout[i:]
	if e := strings.Index(para, "(lundi"); e > 0 {
		para = para[:e]
	}
	para = strings.Join(strings.Fields(para), " ")
	for _, l := range layout.Langs() {
		assert.Regexp(t, `[ :]`+regexp.QuoteMeta(l.String())+`([,( ]|$)`, para, l.String())
	}
}
