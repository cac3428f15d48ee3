package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/parse"
)

// heldout20Cases: the twentieth held-out set's classes at the parser (see
// dateline's TestHeldout20Classes): a sentence's verb between the two
// calendars, "in the year" before a year, a Friday and its Shabbat joined
// by a slash before a month's name, and Shabbat as an event's name before
// a weekday (whose fields are the dateline's own weekday only).
var heldout20Cases = []parseCase{
	{"Kislev 30 this year falls on December 26, 2011", ws(hm(hebrew.Kislev), hd(30), mo(12), dy(26), yr(2011)), "Tevet 2 this year falls on January 2, 2006"},
	{"March 24, 2024 falls on 14 Adar II 5784", ws(mo(3), dy(24), yr(2024), hd(14), hq(hebrew.AdarII), hy(5784)), "January 2, 2006 falls on 2 Tevet 5766"},
	{"20 Cheshvan in the year 5621", ws(hd(20), hm(hebrew.Cheshvan), hy(5621)), "2 Tevet in the year 5766"},
	{"13/14 July 2018", ws(dy(13), dy(14).end(1), mo(7), yr(2018).sh(1)), "2/3 January 2006"},
	{"4/5 April 2025", ws(dy(4), dy(5).end(1), mo(4), yr(2025).sh(1)), "2/3 January 2006"},
}

func TestHeldout20(t *testing.T) {
	testParseCases(t, heldout20Cases)
	// Still no date: a numeric day and month before no month's name, the
	// verb before no date of the other calendar, days a slash joins that
	// are not in a row.
	for _, in := range []string{"Kislev 30 falls on a Monday", "13/15 July 2018", "in the year"} {
		_, err := parse.Parse(in)
		assert.Error(t, err, in)
	}
	// 4/5 alone, or before no month, is a numeric date still.
	for _, in := range []string{"4/5", "4/5 at 10:00"} {
		_, err := parse.Parse(in)
		assert.NoError(t, err, in)
	}
}
