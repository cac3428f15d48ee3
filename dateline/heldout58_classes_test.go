package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestGreekUntil: a range of whole dates joined by Greek's έως (until),
// with the accusative article before the end's weekday or number (the
// fifty-eighth held-out round's "από τη Δευτέρα 22 Σεπτεμβρίου με τη δύση
// του ηλίου έως την Τετάρτη 24 Σεπτεμβρίου"): την, τη, το (Σάββατο's) and
// τις. Its first day is the dateline's, its end's weekday is checked, and
// a sunset after the start gives the evening's Hebrew date, as "from
// Monday, September 22 at sunset until Wednesday, September 24" does.
// Before, its two ends were two datelines. After έως, words that are no
// date ("έως την τελευταία μέρα", until the last day) leave the start
// alone.
func TestGreekUntil(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"από τη Δευτέρα 22 Σεπτεμβρίου έως την Τετάρτη 24 Σεπτεμβρίου 2025", "Δευτέρα 22 Σεπτεμβρίου έως την Τετάρτη 24 Σεπτεμβρίου 2025", "2025-09-22", "29 Elul 5785"},
		{"από τη Δευτέρα 22 Σεπτεμβρίου με τη δύση του ηλίου έως την Τετάρτη 24 Σεπτεμβρίου 2025", "Δευτέρα 22 Σεπτεμβρίου με τη δύση του ηλίου έως την Τετάρτη 24 Σεπτεμβρίου 2025", "2025-09-22", "1 Tishrei 5786"},
		{"από το Σάββατο 27 Μαρτίου έως την Κυριακή 4 Απριλίου 2021", "Σάββατο 27 Μαρτίου έως την Κυριακή 4 Απριλίου 2021", "2021-03-27", "14 Nisan 5781"},
		{"από 22 Σεπτεμβρίου έως τις 24 Σεπτεμβρίου 2025", "22 Σεπτεμβρίου έως τις 24 Σεπτεμβρίου 2025", "2025-09-22", "29 Elul 5785"},
		{"Δευτέρα 22 Σεπτεμβρίου 2025 έως Τετάρτη 24 Σεπτεμβρίου 2025", "Δευτέρα 22 Σεπτεμβρίου 2025 έως Τετάρτη 24 Σεπτεμβρίου 2025", "2025-09-22", "29 Elul 5785"},
	})
	for _, tc := range []struct{ text, match string }{
		{"Δευτέρα 22 Σεπτεμβρίου 2025 έως την τελευταία μέρα", "Δευτέρα 22 Σεπτεμβρίου 2025"},
		{"Δευτέρα 22 Σεπτεμβρίου 2025 έως την Τετάρτη το πρωί", "Δευτέρα 22 Σεπτεμβρίου 2025"},
		{"Δευτέρα 22 Σεπτεμβρίου 2025 έως 24 άτομα", "Δευτέρα 22 Σεπτεμβρίου 2025"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End], "no range")
		})
	}
	rep := dateline.Check("Δευτέρα 22 Σεπτεμβρίου έως την Πέμπτη 24 Σεπτεμβρίου 2025", ref)
	var codes []dateline.Code
	for _, p := range rep.Problems {
		codes = append(codes, p.Code)
	}
	assert.Contains(t, codes, dateline.CodeWeekday, "the end's weekday is checked: 24 September 2025 is a Wednesday")
}

// TestFromCivilAfterHebrew: a Hebrew date whose civil date, or range of
// civil days, opens with a word for "from" (the fifty-eighth held-out
// round's "Мемуна – 22 нисана (с вечера 29 апреля до захода солнца 30
// апреля 2024 г.)"): Russian "с" and "с вечера", Ukrainian "з вечора",
// French "du", English "from", as rangeStart reads them before a
// dateline's first day. After "from the evening of" the Hebrew date is
// the evening's, given from sunset, with nothing to warn of; after "from"
// alone it is a day ahead of the civil day, warned as without the word;
// and a civil day that is neither, an error. Russian's and Ukrainian's
// sunset in the genitive, "до захода солнца", "до заката", "до заходу
// сонця", ends a range as English's "to sunset" does. Before, the Hebrew
// date was read alone, its year the nearest, and the civil range as
// another dateline. After "from", a number that is no day and month
// ("22 Nisan 5784 from 8 to 10 guests") leaves the Hebrew date alone, and
// захода without the sun's word is no sunset.
func TestFromCivilAfterHebrew(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"Мемуна – 22 нисана (с вечера 29 апреля до захода солнца 30 апреля 2024 г.)", "22 нисана (с вечера 29 апреля до захода солнца 30 апреля 2024 г.)", "2024-04-29", "22 Nisan 5784"},
		{"22 нисана (с вечера 29 апреля 2024 г.)", "22 нисана (с вечера 29 апреля 2024 г.)", "2024-04-29", "22 Nisan 5784"},
		{"15 Нисана 5784 з вечора 22 квітня 2024 року", "15 Нисана 5784 з вечора 22 квітня 2024 року", "2024-04-22", "15 Nisan 5784"},
		{"22 Nisan (from the evening of April 29 to April 30, 2024)", "22 Nisan (from the evening of April 29 to April 30, 2024)", "2024-04-29", "22 Nisan 5784"},
		{"с вечера 29 апреля до заката 30 апреля 2024 года", "с вечера 29 апреля до заката 30 апреля 2024 года", "2024-04-29", "22 Nisan 5784"},
		{"з вечора 29 квітня до заходу сонця 30 квітня 2024 року", "з вечора 29 квітня до заходу сонця 30 квітня 2024 року", "2024-04-29", "22 Nisan 5784"},
		{"22 Nisan 5784 from 8 to 10 guests", "22 Nisan 5784", "2024-04-30", "22 Nisan 5784"},
		{"29 апреля до захода в порт 30 апреля 2024 года", "30 апреля 2024 года", "2024-04-30", "22 Nisan 5784"},
	})
	for _, tc := range []struct {
		in   string
		code dateline.Code
	}{
		{"22 нисана (с 29 апреля по 30 апреля 2024 г.)", dateline.CodeAfterSunset},
		{"22 Nisan (from April 29 to April 30, 2024)", dateline.CodeAfterSunset},
		{"22 Nisan (du 29 avril au 30 avril 2024)", dateline.CodeAfterSunset},
		{"22 нисана (с вечера 28 апреля 2024 г.)", dateline.CodeCalendar},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.in, tc.in[ms[0].Start:ms[0].End], "one dateline of both calendars")
			var codes []dateline.Code
			for _, p := range dateline.Check(tc.in, ref).Problems {
				codes = append(codes, p.Code)
			}
			assert.Contains(t, codes, tc.code)
		})
	}
}
