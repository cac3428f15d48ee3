package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/hebrew"
)

// TestCalYears: a year drawn or written as JSON has all its months and
// days, a Hebrew year in letters is the year in digits, and a month name
// alone is the month under way or next.
func TestCalYears(t *testing.T) {
	count := func(args ...string) (int, result) {
		r := runDualdate("", args...)
		return strings.Count(r.stdout, "\n"), r
	}
	for _, tc := range []struct {
		arg  string
		days int
	}{
		{"2024", 366}, {"2025", 365}, {"5784", hebrew.DaysInYear(5784)}, {"5785", hebrew.DaysInYear(5785)}, {"תשפ״ה", 355}, {"ה׳תשפ״ד", 383},
	} {
		t.Run(tc.arg, func(t *testing.T) {
			n, r := count("cal", "--json", tc.arg)
			assert.Equal(t, 0, r.code, r.stderr)
			assert.Equal(t, tc.days, n)
		})
	}
	_, digits := count("cal", "5785")
	_, letters := count("cal", "תשפ״ה")
	assert.Equal(t, digits.stdout, letters.stdout)
	assert.Equal(t, 13, strings.Count(runDualdate("", "cal", "5784").stdout, "Sun     Mon"))
	assert.Equal(t, 12, strings.Count(runDualdate("", "cal", "2024").stdout, "Sun     Mon"))

	// On 22 Adar I 5784 (March 2, 2024): this Adar I, next Tishrei, this
	// March, next February.
	for arg, title := range map[string]string{
		"Adar I":   "Adar I 5784 ·",
		"Tishrei":  "Tishrei 5785 ·",
		"תשרי":     "Tishrei 5785 ·",
		"March":    "March 2024 ·",
		"Feb":      "February 2025 ·",
		"Shevat":   "Sh'vat 5785 ·",
		"Cheshvan": "Cheshvan 5785 ·",
	} {
		r := runDualdate("", "cal", arg)
		assert.Equal(t, 0, r.code, r.stderr)
		assert.Contains(t, r.stdout, title, arg)
	}
}

func TestLooksLikeHTML(t *testing.T) {
	for s, want := range map[string]bool{
		"<!DOCTYPE html>\n<html>":     true,
		"<!doctype html><p>x</p>":     true,
		"\ufeff  \n<html lang=en>":    true,
		"<p>Posted March 2, 2024</p>": true,
		"<!-- a comment -->":          true,
		"<B>bold</B>":                 true,
		"<br>":                        true,
		"<pre>x":                      false,
		"<paragraph>":                 false,
		"Posted March 2, 2024":        false,
		"a <p> later":                 false,
		"":                            false,
	} {
		assert.Equal(t, want, looksLikeHTML([]byte(s)), "%q", s)
	}
}

// TestCalDateWithoutYear: the month cal draws for a date without its year
// is the month of the day convert gives for the same text, the next such
// day; "1 Tishrei" on December 6, 2026 drew Tishrei 5787, just past, where
// convert gave October 2, 2027 (1 Tishrei 5788). A date with its year, and
// a month name alone, keep their months.
// TestCalNumericMonth: a month in digits with its year of four digits,
// year first or last, parted by a hyphen, a slash or a dot, is that
// month: "cal 3/2024" and "cal 03.2024" were not a month or a year.
func TestCalNumericMonth(t *testing.T) {
	for _, arg := range []string{"2024-03", "2024-3", "2024/03", "2024.03", "3/2024", "03/2024", "03.2024", "3-2024"} {
		t.Run(arg, func(t *testing.T) {
			r := runDualdate("", "cal", arg)
			require.Equal(t, 0, r.code, r.stderr)
			assert.Contains(t, r.stdout, "March 2024 ·")
		})
	}
	for _, arg := range []string{"13/2024", "2024/13", "0/2024"} {
		t.Run(arg, func(t *testing.T) {
			r := runDualdate("", "cal", arg)
			assert.Equal(t, 1, r.code)
			assert.Contains(t, r.stderr, "there is no month")
		})
	}
}

func TestCalDateWithoutYear(t *testing.T) {
	for _, tc := range []struct {
		reference, arg, title string
	}{
		// On March 2, 2024 (22 Adar I 5784), the clock of the tests.
		{"", "1 Tishrei", "Tishrei 5785 ·"},
		{"", "Tishrei 1", "Tishrei 5785 ·"},
		{"", "א׳ תשרי", "Tishrei 5785 ·"},
		{"", "1 Adar I", "Adar I 5787 ·"},
		{"", "22 Adar I", "Adar I 5784 ·"}, // today
		{"", "21 Adar I", "Adar I 5787 ·"},
		{"", "November 1", "November 2024 ·"},
		{"", "March 2", "March 2024 ·"}, // today
		{"", "March 1", "March 2025 ·"},
		{"", "Feb 29", "February 2028 ·"},
		{"2026-12-06", "1 Tishrei", "Tishrei 5788 ·"},
		{"2026-12-06", "26 Kislev", "Kislev 5787 ·"}, // today
		{"2026-12-06", "25 Kislev", "Kislev 5788 ·"},
		{"2026-12-06", "November 1", "November 2027 ·"},
		{"2026-12-06", "December 6", "December 2026 ·"},
		{"2026-12-06", "December 5", "December 2027 ·"},
	} {
		t.Run(tc.reference+" "+tc.arg, func(t *testing.T) {
			var flags []string
			if tc.reference != "" {
				flags = []string{"--reference", tc.reference}
			}
			r := runDualdate("", append(append([]string{"cal"}, flags...), tc.arg)...)
			require.Equal(t, 0, r.code, r.stderr)
			assert.Contains(t, r.stdout, tc.title)

			// The day convert gives is a day of the month drawn.
			conv := runDualdate("", append(append([]string{"convert", "--json"}, flags...), tc.arg)...)
			require.Equal(t, 0, conv.code, conv.stderr)
			var got struct {
				Dateline struct{ Gregorian string } `json:"dateline"`
			}
			require.NoError(t, json.Unmarshal([]byte(conv.stdout), &got))
			require.NotEmpty(t, got.Dateline.Gregorian)
			days := runDualdate("", append(append([]string{"cal", "--json"}, flags...), tc.arg)...)
			require.Equal(t, 0, days.code, days.stderr)
			assert.Contains(t, days.stdout, `{"gregorian":"`+got.Dateline.Gregorian+`"`)
		})
	}

	// Near misses: a date with its year, though past, and a month name
	// alone keep their months.
	for _, tc := range []struct {
		reference, arg, title string
	}{
		{"", "1 Tishrei 5784", "Tishrei 5784 ·"},
		{"", "November 1, 2023", "November 2023 ·"},
		{"", "2023-11-01", "November 2023 ·"},
		{"", "Tishrei", "Tishrei 5785 ·"},
		{"", "November", "November 2024 ·"},
		{"", "Adar I", "Adar I 5784 ·"},
		{"2026-12-06", "1 Tishrei 5787", "Tishrei 5787 ·"},
		{"2026-12-06", "November 1, 2026", "November 2026 ·"},
		{"2026-12-06", "Tishrei", "Tishrei 5788 ·"},
		{"2026-12-06", "November", "November 2027 ·"},
		{"2026-12-06", "Kislev", "Kislev 5787 ·"},
		{"2026-12-06", "December", "December 2026 ·"},
	} {
		t.Run(tc.reference+" "+tc.arg, func(t *testing.T) {
			args := []string{"cal", tc.arg}
			if tc.reference != "" {
				args = []string{"cal", "--reference", tc.reference, tc.arg}
			}
			r := runDualdate("", args...)
			require.Equal(t, 0, r.code, r.stderr)
			assert.Contains(t, r.stdout, tc.title)
		})
	}
}

// TestCalOutsideCalendar: a month none of whose days has a Hebrew date is
// refused, naming the days that have one, and a month with some is drawn
// only on those, with a warning; "cal 6239-10" and "cal 9999-12" drew
// Gregorian days over empty Hebrew rows, and --json gave days without
// their Hebrew dates, exit 0 and not a word.
func TestCalOutsideCalendar(t *testing.T) {
	const supported = "outside the days this calendar supports (September 7, -3760 to September 25, 6239)"
	for _, arg := range []string{"6239-10", "6239-12", "9999-12", "October 6239", "March 9999", "December 9999"} {
		for _, json := range []bool{false, true} {
			args := []string{"cal", arg}
			if json {
				args = []string{"cal", "--json", arg}
			}
			t.Run(strings.Join(args, " "), func(t *testing.T) {
				r := runDualdate("", args...)
				assert.Equal(t, exitInput, r.code)
				assert.Empty(t, r.stdout)
				assert.Contains(t, r.stderr, supported)
			})
		}
	}

	// Every day cal writes has its Hebrew date, whichever month of the
	// calendar's last Gregorian year, and the months that have none are
	// refused.
	for m := 1; m <= 12; m++ {
		arg := fmt.Sprintf("6239-%02d", m)
		t.Run(arg, func(t *testing.T) {
			r := runDualdate("", "cal", "--json", arg)
			if m > 9 {
				assert.Equal(t, exitInput, r.code)
				assert.Contains(t, r.stderr, supported)
				return
			}
			require.Equal(t, 0, r.code, r.stderr)
			lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
			for _, line := range lines {
				var day struct {
					Gregorian, Hebrew string
				}
				require.NoError(t, json.Unmarshal([]byte(line), &day))
				assert.NotEmpty(t, day.Hebrew, day.Gregorian)
			}
			if m < 9 {
				// Only convert's warning that 6239 looks like a
				// Hebrew year: no note of days cut off.
				assert.Equal(t, 1, strings.Count(r.stderr, "\n"), r.stderr)
				assert.Contains(t, r.stderr, "6239 looks like a Hebrew year: in Hebrew year 6239 it is")
				return
			}
			assert.Len(t, lines, 25)
			assert.Contains(t, lines[len(lines)-1], `"gregorian":"6239-09-25"`)
			assert.Contains(t, r.stderr, "warning: \"6239-09\": September 6239 is drawn to September 25, 6239 (29 Elul 9999), the last day this calendar supports")
		})
	}

	// The grid of the last month stops at its last day, with the warning.
	for _, args := range [][]string{
		{"cal", "6239-09"},
		{"cal", "September 6239"},
		{"cal", "September 20, 6239"},
		{"cal", "--reference", "6239-09-20"},
		{"cal", "--reference", "6239-09-20", "September"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			r := runDualdate("", args...)
			require.Equal(t, 0, r.code, r.stderr)
			assert.Contains(t, r.stdout, "September 6239 · Elul 9999\n")
			// The last week: September 22 to 25 over 26 to 29 Elul, and
			// no day after it.
			assert.Contains(t, r.stdout, "\n      22      23      24      25\n      26      27      28     29*\n\n")
			assert.Contains(t, r.stderr, "September 6239 is drawn to September 25, 6239 (29 Elul 9999)")
		})
	}

	// The first month, September -3760, is drawn from its first day, 1
	// Tishrei 1; it was drawn from September 1, over six empty Hebrew
	// cells.
	for _, json := range []bool{false, true} {
		args := []string{"cal", "September 10, -3760"}
		if json {
			args = []string{"cal", "--json", "September 10, -3760"}
		}
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			r := runDualdate("", args...)
			require.Equal(t, 0, r.code, r.stderr)
			assert.Contains(t, r.stderr, "September -3760 is drawn from September 7, -3760 (1 Tishrei 1), the first day this calendar supports")
			if json {
				assert.True(t, strings.HasPrefix(r.stdout, `{"gregorian":"-3760-09-07"`), r.stdout)
				assert.Equal(t, 24, strings.Count(r.stdout, "\n"))
				return
			}
			assert.Contains(t, r.stdout, "Sat\n               7       8       9      10      11      12\n          1 Tish       2       3       4       5       6\n")
		})
	}

	// Near misses: the months before the end, whole, without a warning.
	for _, args := range [][]string{
		{"cal", "Elul 9999"}, {"cal", "9999"}, {"cal", "0001-01"}, {"cal", "Tishrei 0001"}, {"cal", "1 Tishrei 1"},
		{"cal", "--reference", "6239-09-20", "Elul"}, {"cal", "--reference", "6239-08-20"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			r := runDualdate("", args...)
			assert.Equal(t, 0, r.code, r.stderr)
			assert.Empty(t, r.stderr)
		})
	}
	// 6239-08 whole, with only convert's warning that its year looks
	// Hebrew.
	r := runDualdate("", "cal", "6239-08")
	assert.Equal(t, 0, r.code, r.stderr)
	assert.NotContains(t, r.stderr, "drawn")

	// A month name past the last day says so.
	for _, arg := range []string{"October", "Tishrei", "Adar II", "Adar"} {
		t.Run("--reference 6239-09-20 "+arg, func(t *testing.T) {
			r := runDualdate("", "cal", "--reference", "6239-09-20", arg)
			assert.Equal(t, exitInput, r.code)
			assert.Empty(t, r.stdout)
			assert.Contains(t, r.stderr, "the next "+arg+" is past the last day this calendar supports, September 25, 6239 (29 Elul 9999)")
		})
	}
}

// TestCalMonthNameComesRound: a month name alone is the next such month
// however far it is: Adar II comes round three years after Adar II 5787
// (in 5790), and "cal 'Adar II'" after it was "no such month in the next
// years"; a month tried and passed over gives no warning ("Adar 5787 ...
// was read as Adar II" before Adar 5788 was drawn).
func TestCalMonthNameComesRound(t *testing.T) {
	for arg, title := range map[string]string{
		"Adar II": "Adar II 5790 ·",
		"Adar I":  "Adar I 5790 ·",
		"Adar":    "Adar 5788 ·",
		"Nisan":   "Nisan 5787 ·", // under way, 24 Nisan 5787
		"Iyyar":   "Iyyar 5787 ·",
		"May":     "May 2027 ·",
		"April":   "April 2028 ·",
	} {
		t.Run(arg, func(t *testing.T) {
			r := runDualdate("", "cal", "--reference", "2027-05-01", arg)
			require.Equal(t, 0, r.code, r.stderr)
			assert.Contains(t, r.stdout, title)
			assert.Empty(t, r.stderr)
		})
	}
}

// TestCalAdarDigit: a bare Adar with the digit that spells Adar I or Adar
// II after it (Adar 1, Adar 2), in a leap year, is that month: "cal 'Adar
// 1 5784'" drew Adar II, with a warning that nothing said which Adar.
// In a common year it is the one Adar; a day of more than one digit, and
// the month with a word qualifier, are as before.
func TestCalAdarDigit(t *testing.T) {
	for _, tc := range []struct{ arg, title string }{
		{"Adar 1 5784", "Adar I 5784 ·"},
		{"Adar 1, 5784", "Adar I 5784 ·"},
		{"adar 1 5787", "Adar I 5787 ·"},
		{"Adar 2 5784", "Adar II 5784 ·"},
		{"Adar 2, 5787", "Adar II 5787 ·"},
		{"Adar 1", "Adar I 5784 ·"},
		{"Adar 2", "Adar II 5784 ·"},
		// Near misses.
		{"Adar 1 5785", "Adar 5785 ·"},
		{"Adar 2 5785", "Adar 5785 ·"},
		{"Adar I 5784", "Adar I 5784 ·"},
		{"Adar Aleph 5784", "Adar I 5784 ·"},
	} {
		t.Run(tc.arg, func(t *testing.T) {
			r := runDualdate("", "cal", tc.arg)
			require.Equal(t, 0, r.code, r.stderr)
			assert.Contains(t, r.stdout, tc.title)
			assert.Empty(t, r.stderr)
		})
	}
	// A day of the month keeps the warning that nothing says which Adar.
	r := runDualdate("", "cal", "Adar 15 5784")
	assert.Contains(t, r.stdout, "Adar II 5784 ·")
	assert.Contains(t, r.stderr, "nothing in the dateline says which")
}
