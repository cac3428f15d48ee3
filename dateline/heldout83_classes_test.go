package dateline_test

import (
	"testing"
	"time"

	"github.com/dualdate/dualdate/dateline"
	"github.com/stretchr/testify/assert"
)

// TestHeldout83SpacedDateLine: a year, a month and a day of two digits
// each, parted by single spaces, on a line of their own, as Lithuanian
// news sites date their items: "2020 04 23" under a 15min.lt title (the
// eighty-third held-out round) and "lzinios.lt 2018 01 26" were not read,
// as the three numbers were read only with a time after them ("BNS 2018
// 01 26 7:54"). A short label may lead the line. Among other numbers on
// the line, before or after, or with words after them, three such numbers
// are a table's or a count's and are not read; nor is a year outside the
// last century and this one, nor a month or day that is none.
func TestHeldout83SpacedDateLine(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"2020 04 23", "2020 04 23", "2020-04-23", "29 Nisan 5780"},
		{"lzinios.lt 2018 01 26", "2018 01 26", "2018-01-26", "10 Shevat 5778"},
		{"Bilietai\n2020 04 23\n\nSudervės žydų kapinėse bus pagerbiamas Vilniaus Gaono atminimas", "2020 04 23", "2020-04-23", "29 Nisan 5780"},
		{"Vilniaus Gaono metai\r\n2020 10 06  \r\nRugsėjo pabaigoje", "2020 10 06", "2020-10-06", "18 Tishrei 5781"},
		{"Žydų bendruomenė 1998 12 14", "1998 12 14", "1998-12-14", "25 Kislev 5759"},
		{"(2020 04 23)", "2020 04 23", "2020-04-23", "29 Nisan 5780"},
		{"<h2>Naujienos</h2><time>2020 04 23</time>", "2020 04 23", "2020-04-23", "29 Nisan 5780"},
		// A time after it, as before.
		{"BNS 2018 01 26 7:54", "2018 01 26 7:54", "2018-01-26", "10 Shevat 5778"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"2020 04 23 17", ""},                         // a fourth number: a table's row
		{"12 2020 04 23", ""},                         // a number before it
		{"Tel. 8 5 2020 04 23", ""},                   // a telephone number
		{"2020 04 23 Vilniuje", ""},                   // words after it
		{"Iš viso 2020 04 23 vietos.", ""},            // a count in a sentence
		{"2020 13 23", ""},                            // no month 13
		{"2020 04 32", ""},                            // no day 32
		{"3020 04 23", ""},                            // no year of these centuries
		{"2020 4 23", ""},                             // a month of one digit
		{"2020  04 23", ""},                           // two spaces
		{"Lentelė: 1 2 3 4 5 6 7 8 9 2020 04 23", ""}, // a long line of numbers
		{"(2020 04 23 17)", ""},                       // a fourth number in the brackets
		{"<td>7</td> 2020 04 23 <td>8</td>", ""},      // cells around it, not a line
	})
}

// TestHeldout83SpacedDateLineCheck: Check reads such a line whole, as
// Find does, with no problem.
func TestHeldout83SpacedDateLineCheck(t *testing.T) {
	rep := dateline.Check("2020 04 23", heldoutRef)
	if assert.True(t, rep.OK(), "%v", rep.Problems) {
		assert.Equal(t, "2020-04-23", rep.Dateline.Time.Format("2006-01-02"))
		assert.False(t, rep.Dateline.HasTime)
	}
}

// TestHeldout83MetaiHebrewYear: a Hebrew year written as Lithuanian
// writes a year, with "m." (metai), before a civil date written the same
// way: "5784 m. 2023 m. rugsėjo 15 d.", a row of Lithuanian Wikipedia's
// table of Rosh Hashana's dates (the eighty-third held-out round), was
// read as the civil date alone, 29 Elul 5783, with the Hebrew year
// dropped without a word. The Hebrew year is now compared with the civil
// day's: the day's own year agrees; the year that begins at the day's
// sunset, the eve of Rosh Hashana the table gives, agrees from sunset,
// with the evening's date and a warning; any other year is an error. A
// number far from any Hebrew year of the civil year's ("Iš 5000 m.", of
// 5000 years), or a civil year before it, is no Hebrew year and leaves
// the civil date as it was.
func TestHeldout83MetaiHebrewYear(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"5784 m. 2023 m. gruodžio 7 d.", "5784 m. 2023 m. gruodžio 7 d.", "2023-12-07", "24 Kislev 5784"},
		{"5784 m. 2023 m. rugsėjo 16 d.", "5784 m. 2023 m. rugsėjo 16 d.", "2023-09-16", "1 Tishrei 5784"},
		{"Žydų metai: 5785 m. 2025 m. balandžio 13 d.", "5785 m. 2025 m. balandžio 13 d.", "2025-04-13", "15 Nisan 5785"},
		// Not a Hebrew year: the civil date alone, as before.
		{"1943 m. 2023 m. rugsėjo 15 d.", "2023 m. rugsėjo 15 d.", "2023-09-15", "29 Elul 5783"},
		{"Iš 5000 m. 2023 m. rugsėjo 15 d. liko", "2023 m. rugsėjo 15 d.", "2023-09-15", "29 Elul 5783"},
	})
	// The eve of the year: the evening's date, with the after-sunset
	// warning.
	for _, tc := range []struct{ text, day, heb string }{
		{"5784 m. 2023 m. rugsėjo 15 d.", "2023-09-15", "1 Tishrei 5784"},
		{"5785 m. 2024 m. spalio 2 d.", "2024-10-02", "1 Tishrei 5785"},
		{"5780 m. 2019 m. rugsėjo 29 d.", "2019-09-29", "1 Tishrei 5780"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.text, tc.text[m.Start:m.End])
			assert.True(t, m.OK(), "%v", m.Problems)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.True(t, hasCode83(m.Problems, dateline.CodeAfterSunset), "%v", m.Problems)
		})
	}
	// A year the day is not in, nor its evening: said, not dropped.
	for _, text := range []string{"5790 m. 2023 m. rugsėjo 15 d.", "5784 m. 2023 m. rugsėjo 14 d.", "5783 m. 2023 m. rugsėjo 16 d."} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Equal(t, text, text[m.Start:m.End])
			assert.False(t, m.OK(), "must be flagged")
			assert.True(t, hasCode83(m.Problems, dateline.CodeCalendar), "%v", m.Problems)
		})
	}
}

// hasCode83 reports whether problems hold one of code.
func hasCode83(problems []dateline.Problem, code dateline.Code) bool {
	for _, p := range problems {
		if p.Code == code {
			return true
		}
	}
	return false
}
