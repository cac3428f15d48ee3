package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/internal/layout"
)

// A badLine is a line of the mixed input file and whether it is a good
// dateline ("" if it is blank and skipped).
type badLine struct {
	text string
	ok   string // "ok", "bad" or "" (blank)
}

// mixedLines mixes good datelines with every kind of bad input: empty and
// blank lines, a line of a megabyte, invalid UTF-8, NUL bytes, numbers of
// forty digits, years 0, -1 and 10000 in both calendars, zones that do not
// exist, days that do not exist, and a month.
var mixedLines = []badLine{
	{"Saturday, March 2nd | 22 Adar I 5784", "ok"},
	{"", ""},
	{strings.Repeat("x", 1<<20), "bad"},
	{"Saturday, March 2nd | 22 Adar I 5784 \xff\xfe", "bad"},
	{"\xd7", "bad"},
	{"March 2,\x00 2024", "bad"},
	{"\x00", "bad"},
	{"   \t ", ""},
	{"March 1234567890123456789012345678901234567890, 2024", "bad"},
	{"1234567890123456789012345678901234567890 Adar 5784", "bad"},
	{"September 28, 2022 10:39 am", "ok"},
	{"January 1, 0", "bad"},
	{"January 1, -1", "bad"},
	{"January 1, 10000", "bad"},
	{"1 Tishrei 0000", "bad"},
	{"1 Tishrei -1", "bad"},
	{"1 Tishrei 10000", "bad"},
	{"September 28, 2022 10:39 am XYZT", "bad"},
	{"September 28, 2022 10:39 am Mars/Olympus_Mons", "bad"},
	{"February 30, 2024", "bad"},
	{"30 Cheshvan 5784", "bad"},
	{"March 2024", "ok"}, // a month: info, not an error
	{"Friday, March 2nd | 22 Adar I 5784\r", "bad"},
	{"כ״ב אדר א׳ תשפ״ד", "ok"},
	{strings.Repeat("Saturday, March 2nd | 22 Adar I 5784 ", 200), "bad"},
	{"Sunday, March 3rd | 23 Adar I 5784", "ok"}, // the last line, without a newline
}

// writeMixed writes mixedLines to a file and returns its name.
func writeMixed(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	for i, l := range mixedLines {
		b.WriteString(l.text)
		if i < len(mixedLines)-1 {
			b.WriteByte('\n')
		}
	}
	name := filepath.Join(t.TempDir(), "mixed.txt")
	require.NoError(t, os.WriteFile(name, []byte(b.String()), 0o644))
	return name
}

// TestCheckMixedInput: dualdate check on a file mixing good and bad lines
// exits 1, writes one JSON object for every line that is not blank, with
// its line number, in order, and says which are good; in text mode it
// reports every bad line by its number and nothing for a good one.
func TestCheckMixedInput(t *testing.T) {
	name := writeMixed(t)
	for _, workers1 := range []bool{true, false} {
		saved := workers
		if workers1 {
			workers = 1
		}
		r := runDualdate("", "check", "--json", name)
		workers = saved
		require.Equal(t, exitInput, r.code, r.stderr)
		assert.Empty(t, r.stderr)
		var lines []int
		for out := range strings.Lines(r.stdout) {
			var obj struct {
				File  string          `json:"file"`
				Line  int             `json:"line"`
				OK    bool            `json:"ok"`
				Input string          `json:"input"`
				Probs json.RawMessage `json:"problems"`
			}
			require.NoError(t, json.Unmarshal([]byte(out), &obj), out)
			require.Equal(t, name, obj.File)
			require.True(t, obj.Line >= 1 && obj.Line <= len(mixedLines), "line %d", obj.Line)
			want := mixedLines[obj.Line-1]
			assert.Equal(t, want.ok == "ok", obj.OK, "line %d %q: %s", obj.Line, cut(want.text), obj.Probs)
			assert.LessOrEqual(t, len(obj.Input), dateline.MaxInput, "line %d: the input is cut short", obj.Line)
			lines = append(lines, obj.Line)
		}
		var want []int
		for i, l := range mixedLines {
			if l.ok != "" {
				want = append(want, i+1)
			}
		}
		assert.Equal(t, want, lines, "every line that is not blank, in order")
	}

	r := runDualdate("", "check", name)
	require.Equal(t, exitInput, r.code, r.stderr)
	for i, l := range mixedLines {
		prefix := name + ":" + strconv.Itoa(i+1) + ":"
		reported := strings.Contains(r.stdout, prefix)
		switch l.ok {
		case "bad":
			assert.True(t, reported, "line %d %q is reported", i+1, cut(l.text))
			assert.Contains(t, r.stdout, prefix+"", "line %d", i+1)
		case "":
			assert.False(t, reported, "blank line %d", i+1)
		}
	}
	for out := range strings.Lines(r.stdout) {
		assert.True(t, strings.HasPrefix(out, name+":"), "%q", cut(out))
		assert.Contains(t, []string{"error", "warning", "info"}, strings.Fields(strings.SplitN(out, ": ", 3)[1])[0], "%q", cut(out))
	}
}

// TestScanMixedInput: dualdate scan on the same file goes through every
// line: it finds the datelines in the good lines and in the long one, by
// line and column, and exits 1 for the wrong weekday.
func TestScanMixedInput(t *testing.T) {
	name := writeMixed(t)
	r := runDualdate("", "scan", "--json", name)
	require.Equal(t, exitInput, r.code, r.stderr)
	data, err := os.ReadFile(name)
	require.NoError(t, err)
	starts := []int{0} // where each line starts in the file
	for i, c := range data {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	found := map[int]int{}
	for out := range strings.Lines(r.stdout) {
		var obj struct {
			Line int    `json:"line"`
			Col  int    `json:"col"`
			Text string `json:"text"`
		}
		require.NoError(t, json.Unmarshal([]byte(out), &obj), out)
		require.True(t, obj.Line >= 1 && obj.Line <= len(mixedLines), "line %d", obj.Line)
		// The text at the line and column, which may go on over a line
		// break as a dateline does.
		at := starts[obj.Line-1] + obj.Col - 1
		require.True(t, obj.Col >= 1 && obj.Col-1 < len(mixedLines[obj.Line-1].text) && at+len(obj.Text) <= len(data), "line %d col %d", obj.Line, obj.Col)
		assert.Equal(t, string(data[at:at+len(obj.Text)]), obj.Text)
		found[obj.Line]++
	}
	assert.Equal(t, 1, found[1])
	assert.Equal(t, 1, found[11], "September 28, 2022 10:39 am")
	assert.Equal(t, 1, found[23], "the Friday")
	assert.Equal(t, 200, found[25], "every dateline of the long line")
	assert.Equal(t, 1, found[26], "the last line")
}

// TestConvertBadArgs: dualdate convert reports each bad argument on
// stderr by its text, converts the good ones, and exits 1.
func TestConvertBadArgs(t *testing.T) {
	args := []string{"convert"}
	var bad, good []string
	for _, l := range mixedLines {
		switch {
		case l.ok == "" || len(l.text) > dateline.MaxInput || strings.ContainsRune(l.text, '\r'):
			continue
		case l.ok == "bad" || l.text == "March 2024": // a month is not converted
			bad = append(bad, l.text)
		default:
			good = append(good, l.text)
		}
		args = append(args, l.text)
	}
	r := runDualdate("", args...)
	assert.Equal(t, exitInput, r.code)
	assert.Equal(t, len(good), strings.Count(r.stdout, "\n"), r.stdout)
	for _, a := range bad {
		assert.Contains(t, r.stderr, strconv.Quote(a), "%q is reported", a)
	}
	for _, a := range good {
		assert.NotContains(t, r.stderr, strconv.Quote(a), "%q is converted", a)
	}
}

// cut returns s cut to 60 bytes, for messages.
func cut(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}

// TestScanMonth: a Gregorian month alone is described as a month, with
// the Hebrew days it runs through, and is no error.
func TestScanMonth(t *testing.T) {
	r := runDualdate("Archive: March 2024.\nAdar I 5784\n", "scan")
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Equal(t, "<stdin>:1:10: March 2024 => (a month, not a day)\n"+
		"<stdin>:1:10: info: March 2024 is a month, not a day: it runs from 21 Adar I 5784 to 21 Adar II 5784 (month-only)\n"+
		"<stdin>:2:1: Adar I 5784 => Adar I 5784 (the whole month)\n"+
		"<stdin>:2:1: info: Adar I 5784 is a month, not a day: it runs from February 10, 2024 to March 10, 2024 (month-only)\n", r.stdout)
}

// TestLayoutNotUnderstood: a --layout that would keep a part of the
// reference day as text exits 2 naming the part, and writes nothing; the
// layouts of package time write as time.Format does (issue 11).
func TestLayoutNotUnderstood(t *testing.T) {
	for _, tc := range []struct{ layout, part string }{
		{"Mon_2_Jan (5766)", `"5766"`},
		{"Jan 2 | Tevet", `"Tevet"`},
		{"Mon __2", `"__2"`},
	} {
		r := runDualdate("", "convert", "--layout", tc.layout, "2024-03-02")
		assert.Equal(t, exitUsage, r.code, r.stderr)
		assert.Empty(t, r.stdout)
		assert.Contains(t, r.stderr, "dualdate: error: --layout "+strconv.Quote(tc.layout))
		assert.Contains(t, r.stderr, "found "+tc.part)
	}
	r := runDualdate("", "convert", "--layout", time.UnixDate, "2024-03-02 00:00")
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, "Sat Mar  2 00:00:00 UTC 2024\n", r.stdout)
	// A day without a time is no midnight: the layout's clock is refused.
	r = runDualdate("", "convert", "--layout", time.UnixDate, "2024-03-02", "2024-03-03 09:15")
	assert.Equal(t, 1, r.code, r.stderr)
	assert.Equal(t, "Sun Mar  3 09:15:00 UTC 2024\n", r.stdout, "the batch goes on")
	assert.Contains(t, r.stderr, "Saturday, March 2, 2024 | 22 Adar I 5784 states no time of day")
	r = runDualdate("", "convert", "--layout", "שני, ב׳ טבת תשס״ו", "2024-03-02")
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, "שבת, כ״ב אדר א׳ תשפ״ד\n", r.stdout)
}

// TestLayoutOfOccasions: a layout that names the day by its occasion alone
// writes a day without one as an error, exit 1, and goes on with the batch;
// it once wrote " 2024", what was left of the layout, with status 0.
func TestLayoutOfOccasions(t *testing.T) {
	r := runDualdate("", "convert", "--layout", "Chanukah: 8th Day 2006", "2024-10-01", "2024-12-25")
	assert.Equal(t, exitInput, r.code, r.stderr)
	assert.Equal(t, "Chanukah: 1 Candle 2024\n", r.stdout, "the batch goes on")
	assert.Contains(t, r.stderr, "Tuesday, October 1, 2024 | 28 Elul 5784: --layout cannot write it: the day has no occasion")
}

// TestOptionThatDoesNothing: an option that would change nothing is a
// usage error, exit 2, not silently ignored: --lang with a layout that
// writes no names, --layout and --lang for check and cal.
func TestOptionThatDoesNothing(t *testing.T) {
	for _, tc := range []struct {
		args []string
		msg  string
	}{
		{[]string{"convert", "--lang", "ru", "--layout", "01/02/2006", "2024-03-02"}, `--lang ru does nothing with --layout "01/02/2006"`},
		{[]string{"convert", "--lang", "fr", "--layout", "hebrew-script", "2024-03-02"}, `--lang fr does nothing with --layout "hebrew-script"`},
		{[]string{"check", "--layout", "full", "Saturday, March 2nd | 22 Adar I 5784"}, "--layout does nothing for check"},
		{[]string{"check", "--lang", "fr", "Saturday, March 2nd | 22 Adar I 5784"}, "--lang does nothing for check"},
		{[]string{"cal", "--lang", "fr", "2024-03"}, "--lang does nothing for cal"},
	} {
		r := runDualdate("", tc.args...)
		assert.Equal(t, exitUsage, r.code, r.stderr)
		assert.Empty(t, r.stdout)
		assert.Contains(t, r.stderr, tc.msg)
	}
	// A language the layout has names for, or --occasions that names the
	// day's occasions in it, is used.
	for _, args := range [][]string{
		{"convert", "--lang", "es", "--layout", "hebrew", "2024-03-02"},
		{"convert", "--lang", "yi", "--layout", "hebrew-script", "2024-03-02"},
		{"convert", "--lang", "ru", "--occasions", "--layout", "01/02/2006", "2024-03-23"},
	} {
		r := runDualdate("", args...)
		assert.Equal(t, exitOK, r.code, r.stderr)
	}
}

// TestLangUnreadable: --lang with a layout whose abbreviations in that
// language do not read back (Hungarian's one-letter H) is a usage error
// naming the text, where the command wrote datelines that no reader
// takes; a layout they read back in is written, Turkish's Pzt and
// Spanish's may. and mar. (Tuesday) among them.
func TestLangUnreadable(t *testing.T) {
	for _, tc := range []struct{ lang, layout, named, text string }{
		{"hu", "Mon, Jan 2 2006", `"Mon, Jan 2 2006" ("H, jan. 2 2006")`, `"H, jan. 1 2024"`},
		// A preset is named as given, with its layout in the language,
		// not as its English layout, which the person did not write.
		{"pl", "January 2, 2006", `"January 2, 2006" ("stycznia 2, 2006")`, `"stycznia 2, 2024"`}, // its day compiles as the text 2
	} {
		r := runDualdate("", "convert", "--lang", tc.lang, "--layout", tc.layout, "2024-03-05")
		assert.Equal(t, exitUsage, r.code, r.stderr)
		assert.Empty(t, r.stdout)
		assert.Contains(t, r.stderr, "--layout "+tc.named+" as text that does not read back ("+tc.text)
	}
	// Turkish's published layout writes every day but April's, whose
	// Nisan reads as the Hebrew month ("3 Nisan 2024"): it was refused
	// on every date (an adversarial review's ninth finding). hd:
	// 2024-03-05 is 25 Adar I 5784, 2024-04-03 24 Adar II 5784.
	r := runDualdate("", "convert", "--lang", "tr", "--layout", "published", "2024-03-05T10:39")
	assert.Equal(t, exitOK, r.code, r.stderr)
	assert.Equal(t, "5 Mart 2024, 10:39\n", r.stdout)
	r = runDualdate("", "convert", "--lang", "tr", "--layout", "published", "2024-04-03T10:39")
	assert.NotEqual(t, exitOK, r.code)
	assert.Empty(t, r.stdout)
	assert.Contains(t, r.stderr, "the month 4 in tr cannot be written so that it reads back")
	// Swedish's and Dutch's published layout, "2 januari 2006, 15:04",
	// is one string, compiled in the language --lang names: it was
	// refused as either's names.
	r = runDualdate("", "convert", "--lang", "sv", "--layout", "published", "2024-03-05T10:39")
	assert.Equal(t, exitOK, r.code, r.stderr)
	assert.Equal(t, "5 mars 2024, 10:39\n", r.stdout)
	r = runDualdate("", "convert", "--lang", "nl", "--layout", "published", "2024-03-05T10:39")
	assert.Equal(t, exitOK, r.code, r.stderr)
	assert.Equal(t, "5 maart 2024, 10:39\n", r.stdout)
	for _, tc := range []struct{ lang, layout, want string }{
		{"fr", "Monday, January 2, 2006", "mardi, mars 5, 2024\n"},
		{"de", "Mon, 2 Jan 2006", "Di., 5 März 2024\n"},
		{"it", "2 Jan 2006", "5 mar 2024\n"},
		{"tr", "Mon, Jan 2 2006", "Sal, Mar 5 2024\n"},
		{"es", "Jan 2, 2006", "mar. 5, 2024\n"},
		{"es", "Mon, Jan 2, 2006", "mar., mar. 5, 2024\n"},
	} {
		r := runDualdate("", "convert", "--lang", tc.lang, "--layout", tc.layout, "2024-03-05")
		assert.Equal(t, exitOK, r.code, r.stderr)
		assert.Equal(t, tc.want, r.stdout)
	}
}

// TestPlainText holds plainText, which checkLine reads most lines with, to
// what it stands for: valid UTF-8 (notText) of ASCII bytes without a
// NUL, at every length and with the odd byte at every place, where the
// eight-byte loads and their overlap could miss it.
func TestPlainText(t *testing.T) {
	plain := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] == 0 || s[i] >= 0x80 {
				return false
			}
		}
		return true
	}
	base := "Saturday, March 2nd | 22 Adar I 5784 ~"
	for n := 0; n <= len(base); n++ {
		s := base[:n]
		require.True(t, plainText(s), "%q", s)
		for i := 0; i < n; i++ {
			for _, c := range []byte{0, 0x01, 0x7F, 0x80, 0xD7, 0xFF} {
				b := []byte(s)
				b[i] = c
				require.Equal(t, plain(string(b)), plainText(string(b)), "%q", b)
			}
		}
	}
	for _, s := range []string{"\x00\x01\x01\x01\x01\x01\x01\x01\x01", "\x01\x00\x01\x01\x01\x01\x01\x01\x01", "כ״ב אדר"} {
		require.False(t, plainText(s), "%q", s)
	}
}

// TestNotText holds notText to utf8.ValidString and a search for a NUL,
// which it reads a line with at once: the first byte that is not UTF-8
// (as utf8.DecodeRuneInString finds it), else the first NUL, with the odd
// byte at every place of lines in Hebrew, in Latin with accents and in
// three- and four-byte runes, cut at every length.
func TestNotText(t *testing.T) {
	want := func(s string) (int, bool) {
		if !utf8.ValidString(s) {
			for i := 0; i < len(s); {
				r, n := utf8.DecodeRuneInString(s[i:])
				if r == utf8.RuneError && n == 1 {
					return i, false
				}
				i += n
			}
		}
		i := strings.IndexByte(s, 0)
		return i, i >= 0
	}
	for _, base := range []string{"יום שבת, ט״ז בתמוז ה׳תשס״ה", "lundi 2 janvier · 2 Tévet", "2024年3月2日 🕯 22 Adar I"} {
		for n := 0; n <= len(base); n++ {
			s := base[:n]
			i, nul := notText(s)
			wi, wnul := want(s)
			require.Equal(t, wi, i, "%q", s)
			require.Equal(t, wnul, nul, "%q", s)
			for k := 0; k < n; k++ {
				for _, c := range []byte{0, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xD7, 0xDF, 0xE0, 0xED, 0xF0, 0xF4, 0xF5, 0xFF} {
					b := []byte(s)
					b[k] = c
					i, nul := notText(string(b))
					wi, wnul := want(string(b))
					require.Equal(t, wi, i, "%q", b)
					require.Equal(t, wnul, nul, "%q", b)
				}
			}
		}
	}
}

// TestLangPresets: the presets of whole datelines with --lang are written
// in the language's own order, as its sites print them (header is the
// full date without its Gregorian year); a layout of the user's own is
// written in its order with the names in the language. Every preset in
// every language is written for a week of each month and reads back as
// that day, or is refused (exit 2) where its names would read as another
// language's (Swedish's januari is Dutch) or do not read back (Turkish's
// Nisan, April, is a Hebrew month), and never written in English order.
func TestLangPresets(t *testing.T) {
	for _, tc := range []struct{ lang, layout, in, want string }{
		{"de", "header", "2026-12-02", "Mittwoch, 2. Dezember | 22 Kislew 5787\n"},
		{"ru", "header", "2024-03-02", "суббота, 2 марта | 22 адара I 5784\n"},
		{"fr", "full", "2026-12-02", "mercredi 2 décembre 2026 | 22 Kislav 5787\n"},
		{"hu", "header", "2024-03-02", "március 2., szombat | 22 Ádár I 5784\n"},
		{"tr", "full", "2024-03-02", "2 Mart 2024 Cumartesi | 22 Adar I 5784\n"},
		{"es", "published", "2024-03-02T10:39", "2 de marzo de 2024, 10:39\n"},
		{"de", "Published", "2024-03-02T10:39", "2. März 2024, 10:39\n"},
		// The user's own layout: their order, the language's names.
		{"de", "Monday, January 2, 2006", "2024-03-02", "Samstag, März 2, 2024\n"},
		{"fr", "Monday, January 2 | 2 Tevet 5766", "2024-03-02", "samedi, mars 2 | 22 Adar I 5784\n"},
	} {
		r := runDualdate("", "convert", "--lang", tc.lang, "--layout", tc.layout, tc.in)
		assert.Equal(t, exitOK, r.code, r.stderr)
		assert.Equal(t, tc.want, r.stdout, "--lang %s --layout %s", tc.lang, tc.layout)
	}
	var days []string
	for m := time.January; m <= time.December; m++ {
		for d := 1; d <= 7; d++ {
			days = append(days, time.Date(2024, m, d, 10, 39, 0, 0, time.UTC).Format("2006-01-02T15:04"))
		}
	}
	// Danish's and Norwegian's published layout, "2. januar 2006,
	// 15:04", is either's, which write March as marts and mars;
	// Slovenian's, "02. januar 2006, 15:04", Serbian's too (marec, mart),
	// and Swedish's and Dutch's "2 januari 2006, 15:04" one string: each
	// is written in the language --lang names, where it was refused.
	// Turkish's published layout, "2 Ocak 2006, 15:04", writes April as
	// Nisan, which reads as the Hebrew month: its days are refused one by
	// one (see TestLangUnreadable), and the others written.
	refusedMonth := map[string]time.Month{"tr published": time.April}
	for _, lang := range layout.Langs() {
		for _, preset := range []string{"header", "full", "published"} {
			t.Run(lang.String()+"/"+preset, func(t *testing.T) {
				days := days
				if m, ok := refusedMonth[lang.String()+" "+preset]; ok {
					days = slices.DeleteFunc(slices.Clone(days), func(d string) bool { return strings.HasPrefix(d, fmt.Sprintf("2024-%02d-", m)) })
				}
				r := runDualdate("", append([]string{"convert", "--lang", lang.String(), "--layout", preset}, days...)...)
				require.Equal(t, exitOK, r.code, r.stderr)
				lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
				require.Len(t, lines, len(days))
				for i, line := range lines {
					want, _ := time.Parse("2006-01-02T15:04", days[i])
					d, err := dateline.Parse(line, dateline.Reference(want))
					require.NoError(t, err, line)
					assert.Equal(t, want.Format("01-02"), d.Time.Format("01-02"), line)
				}
				if lang != layout.English {
					en := runDualdate("", append([]string{"convert", "--layout", preset}, days[0])...)
					assert.NotEqual(t, en.stdout, lines[0]+"\n")
				}
			})
		}
	}
}

// TestLangMessagesOwnOrder: the messages that refuse a layout in --lang
// name what is so and advise a layout that is taken, in each language:
// --lang da and nb were told to use the weekday's name, which the two
// share (mandag), or to write "Monday, 2 January 2006", which is refused
// as both languages' too; a layout already in the language's names
// ("lundi 2 janvier 2006" with --lang fr), and Danish's Hebrew months,
// written as English's (--layout hebrew), were said to write no month or
// weekday name. The order each message gives, the language's own full
// layout in English names, is taken for every language.
func TestLangMessagesOwnOrder(t *testing.T) {
	for _, tc := range []struct {
		args      []string
		msg, lang string
	}{
		{[]string{"convert", "--lang", "da", "--layout", "Monday, January 2, 2006", "2024-03-02"}, "(Monday den 2. January 2006)", "da"},
		{[]string{"convert", "--lang", "da", "--layout", "hebrew", "2024-03-02"}, "the layout's names (hebrew month)", "da"},
		{[]string{"convert", "--lang", "fr", "--layout", "lundi 2 janvier 2006", "2024-03-02"}, "the layout's names (weekday, month)", "fr"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := runDualdate("", tc.args...)
			assert.Equal(t, exitUsage, r.code, r.stderr)
			assert.Contains(t, r.stderr, tc.msg)
			assert.NotContains(t, r.stderr, "weekday's name, such as")
		})
	}
	for _, l := range layout.Langs() {
		if l == layout.English {
			continue
		}
		order := ownOrder(l)
		t.Run(l.String()+" "+order, func(t *testing.T) {
			r := runDualdate("", "convert", "--lang", l.String(), "--layout", order, "2024-03-02")
			assert.Equal(t, exitOK, r.code, r.stderr)
		})
	}
}
