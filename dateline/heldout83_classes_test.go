package dateline_test

import (
	"testing"

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
