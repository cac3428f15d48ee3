package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout8Classes: made-up datelines of the classes that the eighth
// held-out set (real datelines of sites no test had seen) found unread,
// each with its day and the problems it must have.
//
//   - the prefix ב ("on") glued to a day in Hebrew letters, as Hebrew prose
//     writes it before a month that has its own ("בכ״ח בתשרי 18/10/17",
//     "בט״ו בשבט"): the prefix is literal text before the day; before, the
//     day was not read, and Find read the month with the digits after it
//     ("בתשרי 18" and "10/17") as a day in another year, a wrong answer.
func TestHeldout8Classes(t *testing.T) {
	tests := []struct {
		in    string
		when  string // the dateline's day, YYYY-MM-DD
		codes []dateline.Code
	}{
		{"בכ״ח בתשרי תשע״ח", "2017-10-18", nil},
		{"בכ\"ח בתשרי 18/10/17", "2017-10-18", nil},
		{"בט״ו בשבט תשפ״ה", "2025-02-13", nil},
		{"בא׳ בניסן תשפ״ה", "2025-03-30", nil},
		{"בי״ז בתמוז תשפ״ה (13.7.2025)", "2025-07-13", nil},
		// The civil day that is not the Hebrew day's.
		{"בכ״ח בתשרי 19/10/17", "2017-10-19", []dateline.Code{dateline.CodeCalendar}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.when, "2006-01-02", tc.codes, true) })
	}
	// Bare letters after ב are a word (בחג, "on the festival"), and a day
	// past 30 is none: neither is read as a prefixed day.
	for _, in := range []string{"בחג בתשרי תשפ״ה", "בל״א בתשרי תשפ״ה"} {
		rep := dateline.Check(in, dateline.Reference(corpusReference))
		assert.False(t, rep.OK(), in)
	}
}
