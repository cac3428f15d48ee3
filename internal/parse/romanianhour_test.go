package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/internal/parse"
)

// romanianHourCases: an hour after Romanian's "la ora" or "ora" (at the
// hour), or a clock after "la" (at), as a Cluj community's invitation
// writes it ("duminică 2 iunie 2013, la ora 10 a.m."): a syntax error at
// "la" before, and Find read the date without its time. An AM or PM after
// the hour makes it one of the 12-hour clock.
var romanianHourCases = []parseCase{
	{"duminică 2 iunie 2013, la ora 10 a.m.", ws(wd(sun), dy(2), mo(6), yr(2013), hr(10), ampm(false)), "luni 2 ianuarie 2006, la ora 3 p.m."},
	{"2 iunie 2013, la ora 19", ws(dy(2), mo(6), yr(2013), hr(19)), "2 ianuarie 2006, la ora 15"},
	{"2 iunie 2013, la ora 18:30", ws(dy(2), mo(6), yr(2013), hr(18), mi(30)), "2 ianuarie 2006, la ora 15:04"},
	{"2 iunie 2013, ora 19", ws(dy(2), mo(6), yr(2013), hr(19)), "2 ianuarie 2006, ora 15"},
	{"2 iunie 2013, la 18:30", ws(dy(2), mo(6), yr(2013), hr(18), mi(30)), "2 ianuarie 2006, la 15:04"},
}

func TestRomanianHour(t *testing.T) {
	testParseCases(t, romanianHourCases)
	// "la" before anything but a clock is a word of prose: French's,
	// Spanish's, Italian's article.
	for _, in := range []string{"5 mai 2024 la 19", "le 5 mai 2024, la 2e édition", "2 iunie 2013, la ora"} {
		_, err := parse.Parse(in)
		assert.Error(t, err, in)
	}
}
