package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// timeCases are times of day as pages print them beside a date (issue
// 13, item 8).
var timeCases = []parseCase{
	{"March 5, 2024, 8:00-9:00PM", ws(mo(3), dy(5), yr(2024), hr(8), mi(0), hr(9).fl(parse.RangeEnd), mi(0).fl(parse.RangeEnd), ampm(true).fl(parse.RangeEnd)), "January 2, 2006, 3:04-9:00PM"},
	{"March 5, 2024, 11:00-1:00PM", ws(mo(3), dy(5), yr(2024), hr(11), mi(0), hr(1).fl(parse.RangeEnd), mi(0).fl(parse.RangeEnd), ampm(true).fl(parse.RangeEnd)), "January 2, 2006, 15:04-1:00PM"},
	// 12:00 takes the end's PM, and the layout writes it on a 24-hour
	// clock: its 3:04 before 1:00PM reads as 3 in the morning.
	{"March 5, 2024, 12:00-1:00PM", ws(mo(3), dy(5), yr(2024), hr(12), mi(0), hr(1).fl(parse.RangeEnd), mi(0).fl(parse.RangeEnd), ampm(true).fl(parse.RangeEnd)), "January 2, 2006, 15:04-1:00PM"},
	{"Tue 5 Mar 2024 10.39 GMT", ws(wd(tue), dy(5), mo(3), yr(2024), hr(10), mi(39), zn(0)), "Mon 2 Jan 2006 15.04 MST"},
	{"March 5, 2024 at 7.15pm", ws(mo(3), dy(5), yr(2024), hr(7), mi(15), ampm(true)), "January 2, 2006 at 3.04pm"},
	{"Sunday, 8.9 at 7:15 pm", ws(wd(sun), dmy(dy(8)), dmy(mo(9)), hr(7), mi(15), ampm(true)), "Monday, 2.1 at 3:04 pm"},
	{"Sunday, 18.9 at 7:15 pm", ws(wd(sun), dmy(dy(18)), dmy(mo(9)), hr(7), mi(15), ampm(true)), "Monday, 2.1 at 3:04 pm"},
	{"יום ראשון, 8.9 בשעה 19:15", ws(wd(sun), dmy(dy(8)), dmy(mo(9)), hr(19), mi(15)), "יום שני, 2.1 בשעה 15:04"},
	{"יום שלישי, 5 במרץ 2024 שעה 15:00", ws(wd(tue), dy(5), mo(3), yr(2024), hr(15), mi(0)), "יום שני, 2 בינואר 2006 שעה 15:04"},
	// A comma for the colon, before AM or PM (heldout16: "Sunday Dec. 18
	// at 4,30 p.m.").
	{"Sunday Dec. 18 at 4,30 p.m.", ws(wd(sun), mo(12), dy(18), hr(4), mi(30), ampm(true)), "Monday Jan. 2 at 3,04 p.m."},
	{"December 18, 2022 11,05 AM", ws(mo(12), dy(18), yr(2022), hr(11), mi(5), ampm(false)), "January 2, 2006 3,04 PM"},
	{"at 12,45 am on March 3, 2024", ws(hr(12), mi(45), ampm(false), mo(3), dy(3), yr(2024)), "at 3,04 pm on January 2, 2006"},
}

func TestParseTimes(t *testing.T) {
	for _, tc := range timeCases {
		t.Run(tc.in, func(t *testing.T) {
			r, err := parse.Parse(tc.in)
			require.NoError(t, err)
			checkResult(t, r)
			assert.Equal(t, tc.fields, wantsOf(r.Fields))
			assert.Equal(t, tc.layout, r.Layout().String())
		})
	}
	// A range whose start has no AM or PM of its own takes the end's: its
	// hour is on a 12-hour clock.
	r, err := parse.Parse("March 5, 2024, 8:00-9:00PM")
	require.NoError(t, err)
	h, _ := r.Get(layout.Hour)
	assert.Equal(t, layout.Hour12, h.Form)
	// A layout cannot write a range of times on another day.
	_, err = parse.Compile("January 2, 2006, 3:04-4:04PM")
	assert.ErrorIs(t, err, parse.ErrLayout)
	// A decimal number alone is no time, nor a day and month without a
	// weekday. (After a whole date, 3.14 is a time of day: machine
	// timestamps write 13.12 so.)
	// Nor is a comma between numbers without AM or PM after two-digit
	// minutes: a list of days, or a number with a thousands comma.
	for _, in := range []string{"8.9", "Sunday, 8.9.1", "June 4,30 people", "March 4, 2024, 1,500 people", "March 4, 2024, 4,3 pm", "March 4, 2024, 13,30 pm"} {
		_, err := parse.Parse(in)
		assert.Error(t, err, in)
	}
}
