package main

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/occasion"
)

// withNow runs f with the clock at t.
func withNow(t time.Time, f func()) {
	saved := now
	now = func() time.Time { return t }
	defer func() { now = saved }()
	f()
}

// converter returns a command set up as run sets it up for convert.
func converter(t *testing.T, args ...string) *command {
	t.Helper()
	var out bytes.Buffer
	c := &command{stdin: strings.NewReader(""), stdout: &out, stderr: &out}
	fs := c.flagSet()
	_, err := parseInterspersed(fs, args)
	require.NoError(t, err)
	require.NoError(t, c.resolveFlags())
	return c
}

// TestConvertAhead: a date without a year is the first day on or after
// today that fits it, whatever today is, checked day by day against the
// calendars for every fifth day of two years.
func TestConvertAhead(t *testing.T) {
	isOccasion := func(name string) func(time.Time) bool {
		days := map[hebrew.Date]bool{}
		for y := 5785; y <= 5790; y++ {
			if o, ok := occasion.Find(name, y, occasion.Diaspora); ok {
				days[o.Date] = true
			}
		}
		return func(d time.Time) bool { return days[hebrew.DateOf(d)] }
	}
	fits := map[string]func(time.Time) bool{
		"March 2":         func(d time.Time) bool { return d.Month() == time.March && d.Day() == 2 },
		"February 29":     func(d time.Time) bool { return d.Month() == time.February && d.Day() == 29 },
		"Friday, March 2": func(d time.Time) bool { return d.Month() == time.March && d.Day() == 2 && d.Weekday() == time.Friday },
		"1 Tishrei":       func(d time.Time) bool { h := hebrew.DateOf(d); return h.Month == hebrew.Tishrei && h.Day == 1 },
		// Adar II only in a leap year: in a common year it is an error.
		"15 Adar II": func(d time.Time) bool { h := hebrew.DateOf(d); return h.Day == 15 && h.Month == hebrew.AdarII },
		"Purim":      isOccasion("Purim"),
		"Chanukah":   isOccasion("Chanukah"),
		"Passover":   isOccasion("Pesach"),
	}
	step := 5
	if testing.Short() {
		step = 29
	}
	for in, fit := range fits {
		t.Run(in, func(t *testing.T) {
			for day := time.Date(2025, 1, 1, 15, 0, 0, 0, time.UTC); day.Year() < 2027; day = day.AddDate(0, 0, step) {
				want := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
				for !fit(want) {
					want = want.AddDate(0, 0, 1)
				}
				withNow(day, func() {
					c := converter(t, "--tz", "UTC")
					rep := c.convertArg(in)
					require.True(t, rep.OK(), "%s on %s: %v", in, day, rep.Problems)
					assert.Equal(t, want.Format("2006-01-02"), rep.Dateline.Time.Format("2006-01-02"), "%s on %s", in, day.Format("2006-01-02"))
				})
			}
		})
	}
}

// TestConvertAheadFar: the next such day of a date without its year
// that falls more than twenty years after today is taken with a warning
// that says so, as the reader warns of a year it infers that far off,
// unless a day of the last twenty years fits, which is taken, and an info
// says so: "Shabbat, April 23 Final Day of Passover" is next in 2174, and
// was last in 2022; "Friday, January 3 | 3 Tevet" converted on January
// 6, 2025 was taken in 2177, three days after 2025's (an adversarial
// review's finding).
func TestConvertAheadFar(t *testing.T) {
	r := runDualdate("", "convert", "--reference", "2045-03-02", "Shabbat, April 23 Final Day of Passover", "Saturday, April 23")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, "Saturday, April 23, 2174 | 22 Nisan 5934\nSaturday, April 23, 2050 | 1 Iyyar 5810\n", r.stdout)
	assert.Contains(t, r.stderr, "the next that does is 2174, 129 years after 2045")
	assert.NotContains(t, r.stderr, "2050")
	for _, tc := range []struct{ ref, text, want string }{
		{"2024-03-02", "Shabbat, April 23 Final Day of Passover", "Saturday, April 23, 2022 | 22 Nisan 5782\n"},
		{"2025-01-06", "Friday, January 3 | 3 Tevet", "Friday, January 3, 2025 | 3 Tevet 5785\n"},
		{"2025-01-06", "Sunday, December 29 | 28 Kislev", "Sunday, December 29, 2024 | 28 Kislev 5785\n"},
	} {
		r := runDualdate("", "convert", "--reference", tc.ref, "--tz", "UTC", tc.text)
		require.Equal(t, 0, r.code, r.stderr)
		assert.Equal(t, tc.want, r.stdout, tc.text)
		assert.NotContains(t, r.stderr, "warning", tc.text)
	}
	r = runDualdate("", "convert", "--reference", "2025-01-06", "--tz", "UTC", "--json", "Friday, January 3 | 3 Tevet")
	assert.Contains(t, r.stdout, "but the next is in 2177, and this one, before it, is the most recent")
}

// TestConvertAheadNearerBehind: a dateline whose weekday or Hebrew date
// keeps it to some years, and whose next fitting day is more than a year
// ahead, takes the reader's own, before today, where that is nearer, as
// check and scan do: "31 December | 30 Kislev" converted on January 2,
// 2025 was December 31, 2035, with nothing said, where check read
// December 31, 2024, two days before (adversarial review 52). A next day
// within the year, or nearer than the one behind, stays.
func TestConvertAheadNearerBehind(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"31 December | 30 Kislev", "Tuesday, December 31, 2024 | 30 Kislev 5785\n"},
		{"31 décembre | 30 Kislev", "Tuesday, December 31, 2024 | 30 Kislev 5785\n"},
		{"31. Dezember | 30 Kislew", "Tuesday, December 31, 2024 | 30 Kislev 5785\n"},
		{"30 Kislev | 31 December", "Tuesday, December 31, 2024 | 30 Kislev 5785\n"},
		{"December 31 · 30 Kislev", "Tuesday, December 31, 2024 | 30 Kislev 5785\n"},
		{"Monday, December 30", "Monday, December 30, 2024 | 29 Kislev 5785\n"},
		// near misses: the next day is within the year, or nearer
		{"5 January | 5 Tevet", "Sunday, January 5, 2025 | 5 Tevet 5785\n"},
		{"Tuesday, March 3", "Tuesday, March 3, 2026 | 14 Adar 5786\n"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			r := runDualdate("", "convert", "--reference", "2025-01-02", "--tz", "UTC", "--", tc.text)
			require.Equal(t, 0, r.code, r.stderr)
			assert.Equal(t, tc.want, r.stdout)
			assert.NotContains(t, r.stderr, "warning")
		})
	}
	r := runDualdate("", "convert", "--reference", "2025-01-02", "--tz", "UTC", "--json", "--", "31 December | 30 Kislev")
	assert.Contains(t, r.stdout, "but the next is in 2035, and this one, before it, is nearer")
}

func TestConvertWords(t *testing.T) {
	// Tuesday, December 1, 2026, 1 pm in New York: 21 Kislev 5787.
	at := time.Date(2026, 12, 1, 18, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want string // the Gregorian day, and the time when there is one
	}{
		{"today", "2026-12-01"},
		{"Today", "2026-12-01"},
		{" tomorrow ", "2026-12-02"},
		{"yesterday", "2026-11-30"},
		{"now", "2026-12-01 13:00"},
		{"Tuesday", "2026-12-01"},
		{"Friday", "2026-12-04"},
		{"fri.", "2026-12-04"},
		{"Mon", "2026-12-07"},
		{"next Tuesday", "2026-12-08"},
		{"next friday", "2026-12-04"},
		{"last Tuesday", "2026-11-24"},
		{"last Monday", "2026-11-30"},
		{"Shabbos", "2026-12-05"},
		{"Yom Shishi", "2026-12-04"},
		{"יום שישי", "2026-12-04"},
		{"שבת", "2026-12-05"},
		{"@1709413200", "2024-03-02 16:00"},
		{"@0", "1969-12-31 19:00"},
	}
	withNow(at, func() {
		c := converter(t, "--tz", "America/New_York")
		for _, tc := range tests {
			t.Run(tc.in, func(t *testing.T) {
				rep := c.convertArg(tc.in)
				require.True(t, rep.OK(), "%v", rep.Problems)
				layout := "2006-01-02"
				if rep.Dateline.HasTime {
					layout += " 15:04"
				}
				assert.Equal(t, tc.want, rep.Dateline.Time.Format(layout))
				assert.Equal(t, hebrew.DateOf(rep.Dateline.Time), rep.Dateline.Hebrew)
				assert.Equal(t, tc.in, rep.Input)
			})
		}
	})
}

// TestConvertEveningNoEveningLayout: an evening with no time of day
// ("tonight", "Monday night, March 4, 2024") in a layout that writes a
// civil and a Hebrew day but no evening (--lang fr's, or a --layout of
// one) is refused: it wrote "lundi 4 mars 2024 | 25 Adar I 5784", the
// evening's Hebrew date beside the civil day with nothing to say so. A
// layout without a Hebrew date, --json, and a day that is no evening are
// written as before.
func TestConvertEveningNoEveningLayout(t *testing.T) {
	ref := []string{"--reference", "2026-12-07", "--tz", "UTC"}
	for _, args := range [][]string{
		{"--lang", "fr", "tonight"},
		{"--lang", "de", "Monday night, March 4, 2024"},
		{"--layout", "January 2, 2006 | 2 Tevet 5766", "tonight"},
	} {
		r := runDualdate("", append(append([]string{"convert"}, ref...), args...)...)
		assert.Equal(t, exitInput, r.code, "%v: %s", args, r.stdout)
		assert.Empty(t, r.stdout, "%v", args)
		assert.Contains(t, r.stderr, "writes no evening", "%v", args)
	}
	for args, want := range map[string]string{
		"--layout|2006-01-02|tonight":           "2026-12-07\n",
		"--lang|fr|March 4, 2024":               "lundi 4 mars 2024 | 24 Adar I 5784\n",
		"--lang|en|Monday night, March 4, 2024": "Monday night, March 4, 2024 | 25 Adar I 5784\n",
	} {
		r := runDualdate("", append(append([]string{"convert"}, ref...), strings.Split(args, "|")...)...)
		assert.Equal(t, exitOK, r.code, "%s: %s", args, r.stderr)
		assert.Equal(t, want, r.stdout, args)
	}
	r := runDualdate("", append(append([]string{"convert"}, ref...), "--lang", "fr", "--json", "tonight")...)
	assert.Equal(t, exitOK, r.code, r.stderr)
	assert.Contains(t, r.stdout, `"gregorian":"2026-12-07"`)
	assert.Contains(t, r.stdout, `"hebrew":"28 Kislev 5787"`)
}

// TestConvertEvenings: tonight, this and next WEEKDAY, WEEKDAY night and
// Motzei Shabbat were refused ("expected a date"); an evening is the civil
// day's, written as an evening, with the Hebrew date that begins at its
// sunset, the next day's (each checked with hd).
func TestConvertEvenings(t *testing.T) {
	tests := []struct {
		ref, in, want, json string // json: the gregorian and hebrew of --json
	}{
		// Monday, December 7, 2026 = 27 Kislev 5787.
		{"2026-12-07", "tonight", "Monday night, December 7, 2026 | 28 Kislev 5787", `"gregorian":"2026-12-07","weekday":"Monday","hebrew":"28 Kislev 5787"`},
		{"2026-12-07", "Tonight", "Monday night, December 7, 2026 | 28 Kislev 5787", `"gregorian":"2026-12-07","weekday":"Monday","hebrew":"28 Kislev 5787"`},
		{"2026-12-07", "Monday night", "Monday night, December 7, 2026 | 28 Kislev 5787", `"gregorian":"2026-12-07","weekday":"Monday","hebrew":"28 Kislev 5787"`},
		{"2026-12-07", "Tuesday night", "Tuesday night, December 8, 2026 | 29 Kislev 5787", `"gregorian":"2026-12-08","weekday":"Tuesday","hebrew":"29 Kislev 5787"`},
		{"2026-12-07", "Friday night", "Friday night, December 11, 2026 | 2 Tevet 5787", `"gregorian":"2026-12-11","weekday":"Friday","hebrew":"2 Tevet 5787"`},
		{"2026-12-07", "next Friday night", "Friday night, December 11, 2026 | 2 Tevet 5787", `"gregorian":"2026-12-11","weekday":"Friday","hebrew":"2 Tevet 5787"`},
		{"2026-12-07", "Motzei Shabbat", "Saturday night, December 12, 2026 | 3 Tevet 5787", `"gregorian":"2026-12-12","weekday":"Saturday","hebrew":"3 Tevet 5787"`},
		{"2026-12-07", "motzaei shabbos", "Saturday night, December 12, 2026 | 3 Tevet 5787", `"gregorian":"2026-12-12","weekday":"Saturday","hebrew":"3 Tevet 5787"`},
		{"2026-12-07", "this Tuesday", "Tuesday, December 8, 2026 | 28 Kislev 5787", `"gregorian":"2026-12-08","weekday":"Tuesday","hebrew":"28 Kislev 5787"`},
		{"2026-12-07", "next Tuesday", "Tuesday, December 8, 2026 | 28 Kislev 5787", `"gregorian":"2026-12-08","weekday":"Tuesday","hebrew":"28 Kislev 5787"`},
		{"2026-12-07", "this Monday", "Monday, December 7, 2026 | 27 Kislev 5787", `"gregorian":"2026-12-07","weekday":"Monday","hebrew":"27 Kislev 5787"`},
		{"2026-12-07", "next Monday", "Monday, December 14, 2026 | 4 Tevet 5787", `"gregorian":"2026-12-14","weekday":"Monday","hebrew":"4 Tevet 5787"`},
		{"2026-12-07", "this Shabbat", "Saturday, December 12, 2026 | 2 Tevet 5787", `"gregorian":"2026-12-12","weekday":"Saturday","hebrew":"2 Tevet 5787"`},
		// Motzei Shabbat in one Hebrew word, the night of a weekday and
		// the eve of Shabbat in Hebrew: מוצ״ש was Saturday's daytime, 2
		// Tevet, and ליל שבת and Erev Shabbat were refused.
		{"2026-12-07", "מוצ״ש", "Saturday night, December 12, 2026 | 3 Tevet 5787", `"gregorian":"2026-12-12","weekday":"Saturday","hebrew":"3 Tevet 5787"`},
		{"2026-12-07", "במוצ\"ש", "Saturday night, December 12, 2026 | 3 Tevet 5787", `"gregorian":"2026-12-12","weekday":"Saturday","hebrew":"3 Tevet 5787"`},
		{"2026-12-07", "ליל שבת", "Friday night, December 11, 2026 | 2 Tevet 5787", `"gregorian":"2026-12-11","weekday":"Friday","hebrew":"2 Tevet 5787"`},
		{"2026-12-07", "ליל שישי", "Thursday night, December 10, 2026 | 1 Tevet 5787", `"gregorian":"2026-12-10","weekday":"Thursday","hebrew":"1 Tevet 5787"`},
		{"2026-12-07", "Erev Shabbat", "Friday, December 11, 2026 | 1 Tevet 5787", `"gregorian":"2026-12-11","weekday":"Friday","hebrew":"1 Tevet 5787"`},
		{"2026-12-07", "ערב שבת", "Friday, December 11, 2026 | 1 Tevet 5787", `"gregorian":"2026-12-11","weekday":"Friday","hebrew":"1 Tevet 5787"`},
		{"2026-12-07", "next Erev Shabbat", "Friday, December 11, 2026 | 1 Tevet 5787", `"gregorian":"2026-12-11","weekday":"Friday","hebrew":"1 Tevet 5787"`},
		// Saturday, December 12, 2026 = 2 Tevet 5787: its night is tonight.
		{"2026-12-12", "Motzei Shabbat", "Saturday night, December 12, 2026 | 3 Tevet 5787", `"gregorian":"2026-12-12","weekday":"Saturday","hebrew":"3 Tevet 5787"`},
		{"2026-12-12", "מוצאי שבת", "Saturday night, December 12, 2026 | 3 Tevet 5787", `"gregorian":"2026-12-12","weekday":"Saturday","hebrew":"3 Tevet 5787"`},
		{"2026-12-12", "Saturday night", "Saturday night, December 12, 2026 | 3 Tevet 5787", `"gregorian":"2026-12-12","weekday":"Saturday","hebrew":"3 Tevet 5787"`},
		{"2026-12-12", "Shabbat night", "Saturday night, December 12, 2026 | 3 Tevet 5787", `"gregorian":"2026-12-12","weekday":"Saturday","hebrew":"3 Tevet 5787"`},
		{"2026-12-12", "next Shabbat", "Saturday, December 19, 2026 | 9 Tevet 5787", `"gregorian":"2026-12-19","weekday":"Saturday","hebrew":"9 Tevet 5787"`},
		// Sunday, December 13, 2026 = 3 Tevet 5787: the next Saturday's.
		{"2026-12-13", "Motzei Shabbat", "Saturday night, December 19, 2026 | 10 Tevet 5787", `"gregorian":"2026-12-19","weekday":"Saturday","hebrew":"10 Tevet 5787"`},
		{"2026-12-13", "tonight", "Sunday night, December 13, 2026 | 4 Tevet 5787", `"gregorian":"2026-12-13","weekday":"Sunday","hebrew":"4 Tevet 5787"`},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.in, func(t *testing.T) {
			r := runDualdate("", "convert", "--reference", tc.ref, tc.in)
			require.Equal(t, 0, r.code, r.stderr)
			assert.Equal(t, tc.want+"\n", r.stdout)
			r = runDualdate("", "convert", "--reference", tc.ref, "--json", tc.in)
			require.Equal(t, 0, r.code, r.stderr)
			assert.Contains(t, r.stdout, `"input":`+strconv.Quote(tc.in)+`,"ok":true,"dateline":{`+tc.json+`,`)
		})
	}
}

func TestConvertWordErrors(t *testing.T) {
	tests := []struct {
		in, msg string
	}{
		{"Pasover 2024", `expected a date, found "Pasover"; did you mean Passover?`},
		{"Hanukka 2024", ""},
		{"Smarch 2, 2024", `expected a date, found "Smarch"; did you mean March?`},
		{"Tusday", `expected a date, found "Tusday"; did you mean Tuesday`},
		{"tomorow", `expected a date, found "tomorow"; did you mean tomorrow?`},
		{"Rosh Hashonah 5785", `did you mean Rosh Hashanah`},
		{"@17094x", "expected Unix seconds after @"},
		{"@999999999999", "expected Unix seconds after @"},
		// The parser's words beside a date, alone too (see weekday).
		{"Friday nite", ""},
		{"Friday nights", `found "nights"`},
		{"tonite", `found "tonite"`},
		{"this night", `found "this"`},
		{"today night", `found "today"`},
		{"Motzei Friday", ""},
		{"Motzei Shabbat 5pm", `found "Motzei"`},
		{"today 5pm", `expected a date, found "today"`},
		{"xyzzy", `expected a date, found "xyzzy"`},
		{"2024", `2024 is a year, not a day (dualdate cal "2024" draws it)`},
		{"1709625600", `1709625600 is no year of 1 to 9999 and no day; for Unix seconds write @1709625600`},
		{"0", `0 is no year of 1 to 9999 and no day`},
		{"next Smarch", `found "next"`},
	}
	withNow(clock, func() {
		c := converter(t)
		for _, tc := range tests {
			t.Run(tc.in, func(t *testing.T) {
				rep := c.convertArg(tc.in)
				if tc.msg == "" {
					assert.True(t, rep.OK(), "%v", rep.Problems)
					return
				}
				require.False(t, rep.OK())
				assert.Equal(t, dateline.CodeSyntax, rep.Problems[0].Code)
				assert.Contains(t, rep.Problems[0].Message, tc.msg)
				assert.NotContains(t, rep.Problems[0].Message, "did you mean ?")
				assert.NotContains(t, rep.Problems[0].Message, "did you mean today?")
			})
		}
	})
}

// TestSuggestionsInInputLanguage: a misspelt word gets the known words of
// the input's language (English by default), not the closest of every
// locale's: "Rosh Hashonah" gets no French Roch Hachanah, a French input
// gets French names, Hebrew script Hebrew ones.
func TestSuggestionsInInputLanguage(t *testing.T) {
	tests := []struct {
		in, lang      string // lang: --lang, or ""
		want, notWant []string
	}{
		{"Rosh Hashonah 5785", "", []string{"Rosh Hashanah"}, []string{"Roch", "Рош"}},
		{"Roch Achana 5785", "", nil, []string{"Roch", "Рош"}},
		{"Roch Achana 5785", "fr", []string{"Roch Hachanah"}, []string{"Rosh Hashana"}},
		{"samedi, Roch Achana 5785", "", []string{"Roch Hachanah"}, []string{"Rosh Hashana"}},
		{"Chanouka 2024", "", []string{"Chanukah"}, []string{"Hanoucca"}},
		{"פסחח 5784", "", []string{"פסח"}, []string{"Pesach", "Passover"}},
		{"Tusday", "fr", []string{"Tuesday"}, nil}, // an English word stays English
	}
	withNow(clock, func() {
		for _, tc := range tests {
			t.Run(tc.lang+" "+tc.in, func(t *testing.T) {
				args := []string{"convert"}
				if tc.lang != "" {
					args = append(args, "--lang", tc.lang)
				}
				res := runDualdate("", append(args, tc.in)...)
				require.Equal(t, exitInput, res.code, res.stderr)
				for _, w := range tc.want {
					assert.Contains(t, res.stderr, w)
				}
				for _, w := range tc.notWant {
					assert.NotContains(t, res.stderr, "did you mean "+w)
					assert.NotContains(t, res.stderr, ", "+w)
					assert.NotContains(t, res.stderr, "or "+w)
				}
			})
		}
	})
}

// TestConvertInstantInTZ: an instant that names its own zone is converted
// in the zone --tz or --city asks for, as @UNIXSECONDS is: with --tz
// Asia/Jerusalem, "2024-03-02T23:30:00Z" was printed as Saturday, 11:30
// pm, 22 Adar I, UTC's day, the zone's name left out, beside the same
// instant given as @1709422200 printed as Sunday, 23 Adar I. Without
// --tz, it keeps its own zone; a time without a zone is --tz's already.
func TestConvertInstantInTZ(t *testing.T) {
	r := runDualdate("", "convert", "--tz", "Asia/Jerusalem", "2024-03-02T23:30:00Z", "@1709422200", "2024-03-02 23:30")
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, "Sunday, March 3, 2024 1:30 am | 23 Adar I 5784\n"+
		"Sunday, March 3, 2024 1:30 am | 23 Adar I 5784\n"+
		"Saturday, March 2, 2024 11:30 pm | 22 Adar I 5784\n", r.stdout)
	r = runDualdate("", "convert", "--tz", "UTC", "2024-03-02T23:30:00+02:00")
	assert.Equal(t, "Saturday, March 2, 2024 9:30 pm | 22 Adar I 5784\n", r.stdout, r.stderr)
	r = runDualdate("", "convert", "2024-03-02T23:30:00Z")
	assert.Equal(t, "Saturday, March 2, 2024 11:30 pm | 22 Adar I 5784\n", r.stdout, r.stderr)
}

// TestTZBesideCity: --tz given beside --city is the zone instants are
// written in; they were written in the city's, as if --tz were not given.
// The Hebrew date is the one of the civil day written, Sunday's 23 Adar
// I, before Jerusalem's sunset of March 3; it was Jerusalem's Saturday's,
// 22 Adar I, a pair of two days that check refused.
func TestTZBesideCity(t *testing.T) {
	const lay = "Monday, January 2, 2006 3:04 pm MST | 2 Tevet 5766"
	r := runDualdate("", "--city", "Jerusalem", "--tz", "Pacific/Auckland", "--reference", "2024-03-02T12:00:00Z", "--layout", lay)
	assert.Equal(t, "Sunday, March 3, 2024 1:00 am NZDT | 23 Adar I 5784\n", r.stdout)
	r = runDualdate("", "--city", "Jerusalem", "--reference", "2024-03-02T12:00:00Z", "--layout", lay)
	assert.Equal(t, "Saturday, March 2, 2024 2:00 pm IST | 22 Adar I 5784\n", r.stdout)
}
