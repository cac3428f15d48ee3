package dateline_test

import (
	"testing"
	"time"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout298CreditBracket: a news agency's or a station's credit at
// the end of an item, its name in capitals and the item's day and month
// in brackets, the bracket ending its line: "RADIO ROMÂNIA ACTUALITĂŢI (5
// martie)" (RADOR, rador.ro, the two hundred and ninety-eighth held-out
// round) was no date, a day and month without a year being taken in free
// text in a language other than English only where something beside them
// says they are a date. The credit's form says so, as a place's dateline
// does; the year is the reference's nearest, as for any date without one.
// A name not all in capitals, a word before the name on its line, or
// words after the bracket leave the day and month unread, as before.
func TestHeldout298CreditBracket(t *testing.T) {
	ref := dateline.Reference(time.Date(2015, time.March, 10, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"RADIO ROMÂNIA ACTUALITĂŢI (5 martie)", "5 martie", "2015-03-05", "14 Adar 5775"},
		{"AGERPRES (5 martie)", "5 martie", "2015-03-05", "14 Adar 5775"},
		{"ANSA (5 marzo)", "5 marzo", "2015-03-05", "14 Adar 5775"},
		{"ΑΠΕ ΜΠΕ (5 Μαρτίου)", "5 Μαρτίου", "2015-03-05", "14 Adar 5775"},
		{"Evreii sărbătoresc Purimul.\nRADIO ROMÂNIA ACTUALITĂŢI (5 martie)\n", "5 martie", "2015-03-05", "14 Adar 5775"},
		{"<p>RADOR ( 5 martie )</p>", "5 martie", "2015-03-05", "14 Adar 5775"},
		{"(RADIO ROMÂNIA ACTUALITĂŢI (5 martie))", "5 martie", "2015-03-05", "14 Adar 5775"},
	})
	// Not a credit: the name not in capitals, a word of prose before it
	// on its line, a one-letter name, words after the bracket.
	checkDayOrNone(t, ref, []struct{ text, day string }{
		{"Radio România (5 martie)", ""},
		{"ieri la RADOR (5 martie)", ""},
		{"A (5 martie)", ""},
		{"RADOR (5 martie) ieri", ""},
		{"RADOR (5 martie), ieri", ""},
	})
}
