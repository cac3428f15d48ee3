package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/parse"
)

// nightCases are nights over two civil days, the dateline being the
// second's (issue 13, item 9).
var nightCases = []parseCase{
	{"Tuesday night-Wednesday October 21-22 / 30 Tishrei", ws(wd(tue).end(-1), wd(wed), mo(10), dy(21).end(-1), dy(22), hd(30), hm(tishrei)), "Sunday night-Monday January 1-2 / 2 Tevet"},
	{"Monday night-Tuesday February 16-7 / 30 Shevat", ws(wd(mon).end(-1), wd(tue), mo(2), dy(16).end(-1), dy(17), hd(30), hm(shevat)), "Sunday night-Monday January 1-2 / 2 Tevet"},
	{"Monday night-Tuesday 16-7 February / 30 Shevat", ws(wd(mon).end(-1), wd(tue), dy(16).end(-1), dy(17), mo(2), hd(30), hm(shevat)), "Sunday night-Monday 1-2 January / 2 Tevet"},
	{"Friday night-Saturday July 5-6 / 30 Sivan", ws(wd(fri).end(-1), wd(sat), mo(7), dy(5).end(-1), dy(6), hd(30), hm(sivan)), "Sunday night-Monday January 1-2 / 2 Tevet"},
}

func TestParseNights(t *testing.T) {
	for _, tc := range nightCases {
		t.Run(tc.in, func(t *testing.T) {
			r, err := parse.Parse(tc.in)
			require.NoError(t, err)
			checkResult(t, r)
			assert.Equal(t, tc.fields, wantsOf(r.Fields))
			assert.Equal(t, tc.layout, r.Layout().String())
		})
	}
	// One digit after a day of two is its end in the same tens only
	// where a weekday names each day (above); alone it is the day it
	// names, and the range runs backwards (see abbreviatedEnd).
	r, err := parse.Parse("October 22-8")
	require.NoError(t, err)
	assert.Equal(t, ws(mo(10), dy(22), dy(8).end(-14).fl(parse.Backward)), wantsOf(r.Fields))
	r, err = parse.Parse("October 26-3")
	if err == nil {
		assert.NotContains(t, wantsOf(r.Fields), dy(23).end(-3))
	}
}
