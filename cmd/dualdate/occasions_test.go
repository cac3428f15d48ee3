package main

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/layout"
)

// TestOccasionsReadBack writes every day of a leap Hebrew year (5784) and
// a common one (5785) with --occasions, in every --lang, with and
// without --israel, and checks each line with check (with the same
// --israel): it reads as the day it was written for, occasions, portion
// and day of the Omer included ("Pesach II | 1st day of the Omer", "Rosh
// Hashana", not "Rosh Hashana 5785" after 1 Tishrei 5785, "Chag HaBanot,
// Chanukah: 7 Candles, Rosh Chodesh Tevet"). English is checked with
// --city too, whose times follow.
func TestOccasionsReadBack(t *testing.T) {
	var days []string
	for d := time.Date(2023, time.September, 16, 0, 0, 0, 0, time.UTC); !d.After(time.Date(2025, time.September, 22, 0, 0, 0, 0, time.UTC)); d = d.AddDate(0, 0, 1) {
		days = append(days, d.Format("2006-01-02"))
	}
	type run struct {
		lang   string
		israel bool
		city   string
	}
	var runs []run
	for _, l := range layout.Langs() {
		runs = append(runs, run{lang: l.String()}, run{lang: l.String(), israel: true})
	}
	runs = append(runs, run{lang: "en", city: "New York"}, run{lang: "en", israel: true, city: "Jerusalem"})
	for _, rn := range runs {
		name := rn.lang
		var opts []string
		if rn.israel {
			name, opts = name+"/israel", append(opts, "--israel")
		}
		if rn.city != "" {
			name, opts = name+"/"+rn.city, append(opts, "--city", rn.city)
		}
		t.Run(name, func(t *testing.T) {
			conv := runDualdate("", append(append([]string{"convert", "--occasions", "--lang", rn.lang}, opts...), days...)...)
			require.Equal(t, exitOK, conv.code, conv.stderr)
			lines := strings.Split(strings.TrimSuffix(conv.stdout, "\n"), "\n")
			require.Len(t, lines, len(days))
			chk := runDualdate("", append(append([]string{"check", "--json"}, opts...), lines...)...)
			objs := strings.Split(strings.TrimSuffix(chk.stdout, "\n"), "\n")
			require.Len(t, objs, len(lines), chk.stderr)
			for i, o := range objs {
				var got struct {
					OK       bool `json:"ok"`
					Dateline struct {
						Gregorian string `json:"gregorian"`
					} `json:"dateline"`
				}
				require.NoError(t, json.Unmarshal([]byte(o), &got))
				assert.True(t, got.OK, "%s: %s", lines[i], o)
				assert.Equal(t, days[i], got.Dateline.Gregorian, lines[i])
			}
		})
	}
}

// TestOccasionsAfterSunset: after sunset, --occasions names the candles
// of the civil day's evening, and Leil Selichot on its night, as hebcal
// dates them to the civil day; and check reads the line back. "December
// 25, 2024 8 pm" in New York wrote "Chanukah: 2 Candles", the next
// evening's, and the masthead at 8:00 pm on December 26 "3 Candles".
func TestOccasionsAfterSunset(t *testing.T) {
	for _, tc := range []struct {
		city, day, want, not string
	}{
		{"New York", "December 25, 2024 8 pm", "| 25 Kislev 5785 | Chanukah: 1 Candle |", "Candles"},
		{"Jerusalem", "December 25, 2024 8 pm", "| 25 Kislev 5785 | Chanukah: 1 Candle |", "Candles"},
		{"New York", "December 25, 2024 3 pm", "| 24 Kislev 5785 | Chanukah: 1 Candle |", "Candles"},
		{"New York", "December 24, 2024 8 pm", "| 24 Kislev 5785 |", "Chanukah"},
		{"New York", "December 26, 2024 8 pm", "| Chanukah: 2 Candles |", "3 Candles"},
		{"Jerusalem", "December 31, 2024 8 pm", "| 1 Tevet 5785 | Chanukah: 7 Candles, Rosh Chodesh Tevet |", "8 Candles"},
		{"New York", "January 1, 2025 8 pm", "| 2 Tevet 5785 | Chanukah: 8 Candles |", "8th Day"},
		{"New York", "September 28, 2024 11 pm", "| 26 Elul 5784 | Leil Selichot |", "Nitzavim"},
		{"Jerusalem", "September 28, 2024 11 pm", "| 26 Elul 5784 | Leil Selichot |", "Nitzavim"},
	} {
		t.Run(tc.city+"/"+tc.day, func(t *testing.T) {
			conv := runDualdate("", "convert", "--reference", "2026-11-26", "--occasions", "--city", tc.city, tc.day)
			require.Equal(t, exitOK, conv.code, conv.stderr)
			assert.Contains(t, conv.stdout, tc.want)
			assert.NotContains(t, conv.stdout, tc.not)
			chk := runDualdate("", "check", "--city", tc.city, strings.TrimSuffix(conv.stdout, "\n"))
			assert.Equal(t, exitOK, chk.code, "%s: %s", conv.stdout, chk.stdout+chk.stderr)
		})
	}
	today := runDualdate("", "--occasions", "--city", "New York", "--reference", "2024-12-26 8:00 pm")
	require.Equal(t, exitOK, today.code, today.stderr)
	assert.Contains(t, today.stdout, "| Chanukah: 2 Candles |")
	for _, line := range []string{
		"Wednesday, December 25, 2024 8:00 pm | 25 Kislev 5785 | Chanukah: 1 Candle",
		"Thursday, December 26, 2024 8:00 pm | 26 Kislev 5785 | Chanukah: 3 Candles",
	} {
		chk := runDualdate("", "check", "--city", "New York", line)
		assert.Equal(t, strings.Contains(line, "1 Candle"), chk.code == exitOK, "%s: %s", line, chk.stdout+chk.stderr)
	}
}

// TestOccasionsNotTwice: --occasions adds what the layout does not write
// itself: "Candle lighting 3:04 pm | Sunset 15:04" wrote the times twice,
// "| Candle lighting 5:11 pm | Sunset 17:51 | Parashat Vayikra | Candle
// lighting 5:11 pm | Sunset 5:51 pm", and a layout with the day's
// holidays and portion wrote them twice; neither line read back.
func TestOccasionsNotTwice(t *testing.T) {
	for _, tc := range []struct {
		layout, day, want string
	}{
		{"Monday, January 2, 2006 | Candle lighting 3:04 pm | Sunset 15:04", "2024-03-22",
			"Friday, March 22, 2024 | Candle lighting 5:11 pm | Sunset 17:51 | Parashat Vayikra\n"},
		{"Monday, January 2, 2006 | Havdalah 3:04 pm", "2024-03-23",
			"Saturday, March 23, 2024 | Havdalah 6:28 pm | Erev Purim, Shabbat Zachor | Parashat Vayikra | Sunset 5:52 pm\n"},
		{"Monday, January 2, 2006 | 2 Tevet 5766 | Chanukah: 8th Day | Parashat Vayigash", "2024-12-31",
			"Tuesday, December 31, 2024 | 30 Kislev 5785 | Chag HaBanot, Chanukah: 7 Candles, Rosh Chodesh Tevet | Parashat Vayigash | Sunset 4:45 pm\n"},
		// A layout without them: all of them, as before.
		{"Monday, January 2, 2006", "2024-03-22",
			"Friday, March 22, 2024 | Parashat Vayikra | Candle lighting 5:11 pm | Sunset 5:51 pm\n"},
	} {
		t.Run(tc.layout, func(t *testing.T) {
			conv := runDualdate("", "convert", "--occasions", "--city", "Jerusalem", "--layout", tc.layout, tc.day)
			require.Equal(t, exitOK, conv.code, conv.stderr)
			assert.Equal(t, tc.want, conv.stdout)
			chk := runDualdate("", "check", "--city", "Jerusalem", strings.TrimSuffix(conv.stdout, "\n"))
			assert.Equal(t, exitOK, chk.code, chk.stdout+chk.stderr)
		})
	}
}

// TestOccasionsEveningLayout: a layout of an evening ("Monday night,
// January 2, 2006") is followed by the evening's occasions, as it writes
// the evening's Hebrew date, and a Saturday's evening by the portion of
// the Shabbat it ends, as check reads a Motzei Shabbat: "Monday night,
// April 22, 2024 | 15 Nisan 5784" was followed by 14 Nisan's "Erev
// Pesach, Ta'anit Bechorot", and "Saturday night, March 23, 2024 | 14
// Adar II 5784" by Shabbat Zachor's names; neither read back.
func TestOccasionsEveningLayout(t *testing.T) {
	const evening = "Monday night, January 2, 2006 | 2 Tevet 5766"
	for _, tc := range []struct{ day, want string }{
		{"2024-04-22", "Monday night, April 22, 2024 | 15 Nisan 5784 | Pesach I\n"},
		{"2024-03-23", "Saturday night, March 23, 2024 | 14 Adar II 5784 | Purim | Parashat Vayikra\n"},
		{"2024-09-28", "Saturday night, September 28, 2024 | 26 Elul 5784 | Leil Selichot | Parashat Nitzavim-Vayeilech\n"},
		{"2024-12-25", "Wednesday night, December 25, 2024 | 25 Kislev 5785 | Chanukah: 1 Candle | Parashat Miketz\n"},
		{"2024-12-24", "Tuesday night, December 24, 2024 | 24 Kislev 5785 | Parashat Miketz\n"},
	} {
		t.Run(tc.day, func(t *testing.T) {
			conv := runDualdate("", "convert", "--occasions", "--layout", evening, tc.day)
			require.Equal(t, exitOK, conv.code, conv.stderr)
			assert.Equal(t, tc.want, conv.stdout)
			chk := runDualdate("", "check", strings.TrimSuffix(conv.stdout, "\n"))
			assert.Equal(t, exitOK, chk.code, chk.stdout+chk.stderr)
		})
	}
}

// TestEveningLayoutGivenHebrew: a layout of an evening writes the Hebrew
// date the input gave. One named by the Hebrew calendar alone (a Hebrew
// date in any script or language, an occasion, a Hebrew range) is written
// as the evening that begins it, the civil day before: "22 Adar I 5784"
// was written "Saturday night, March 2, 2024 | 23 Adar I 5784", the
// civil day's evening, another Hebrew day, with nothing said. A civil
// date, or a word for one, is written as its evening, as before, and an
// input that names both days in the daytime is refused, as no evening is
// both.
func TestEveningLayoutGivenHebrew(t *testing.T) {
	const evening = "Monday night, January 2, 2006 | 3 Tevet 5766"
	for _, tc := range []struct{ in, want string }{
		{"22 Adar I 5784", "Friday night, March 1, 2024 | 22 Adar I 5784\n"},
		{"כ״ב אדר א׳ תשפ״ד", "Friday night, March 1, 2024 | 22 Adar I 5784\n"},
		{"22. Adar I 5784", "Friday night, March 1, 2024 | 22 Adar I 5784\n"},
		{"le 22 adar I 5784", "Friday night, March 1, 2024 | 22 Adar I 5784\n"},
		{"15 Nisan 5784", "Monday night, April 22, 2024 | 15 Nisan 5784\n"},
		{"Passover 2024", "Monday night, April 22, 2024 | 15 Nisan 5784\n"},
		{"Yom Kippur 5785", "Friday night, October 11, 2024 | 10 Tishrei 5785\n"},
		{"22-23 Adar I 5784", "Friday night, March 1, 2024 | 22 Adar I 5784 (also Saturday night, March 2, 2024 | 23 Adar I 5784)\n"},
		// Near misses: a civil day, written as its evening, and an
		// evening already.
		{"2024-03-02", "Saturday night, March 2, 2024 | 23 Adar I 5784\n"},
		{"Shabbat, March 2, 2024", "Saturday night, March 2, 2024 | 23 Adar I 5784\n"},
		{"Friday night, March 1, 2024 | 22 Adar I 5784", "Friday night, March 1, 2024 | 22 Adar I 5784\n"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			r := runDualdate("", "convert", "--reference", "2024-03-02", "--tz", "UTC", "--layout", evening, tc.in)
			require.Equal(t, exitOK, r.code, r.stderr)
			assert.Equal(t, tc.want, r.stdout)
		})
	}
	for _, in := range []string{"Saturday, March 2, 2024 | 22 Adar I 5784", "Passover, April 23, 2024", "Samstag, 2. März 2024 | 22. Adar I 5784"} {
		t.Run(in, func(t *testing.T) {
			r := runDualdate("", "convert", "--reference", "2024-03-02", "--tz", "UTC", "--layout", evening, in)
			assert.Equal(t, exitInput, r.code)
			assert.Empty(t, r.stdout)
			assert.Contains(t, r.stderr, "writes the evening of the civil day")
		})
	}
}
