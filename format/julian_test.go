package format_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
)

// TestJulianElements: Day, Month and Year of the Julian calendar write the
// Julian date of the day, February 29 of years the Gregorian calendar
// makes common included; ranges cross months where the Julian calendar
// does; the layout string writes the reference day.
func TestJulianElements(t *testing.T) {
	jd := func(f format.Form) format.Element {
		return format.Element{Kind: format.Day, Form: f, Calendar: format.Julian}
	}
	jm := format.Element{Kind: format.Month, Form: format.Long, Calendar: format.Julian}
	jy := format.Element{Kind: format.Year, Form: format.Plain, Calendar: format.Julian}
	os := format.Element{Kind: format.Literal, Text: " O.S.", Calendar: format.Julian}
	mdy := format.New(jm, format.Lit(" "), jd(format.Plain), format.Lit(", "), jy, os)
	for _, tc := range []struct {
		name string
		l    format.Layout
		t    time.Time
		want string
	}{
		{"the Alter Rebbe", mdy, time.Date(1812, time.December, 27, 0, 0, 0, 0, time.UTC), "December 15, 1812 O.S."},
		{"a leap day only Julian", mdy, time.Date(1700, time.March, 11, 0, 0, 0, 0, time.UTC), "February 29, 1700 O.S."},
		{"New Year's Day", mdy, time.Date(2024, time.January, 13, 0, 0, 0, 0, time.UTC), "December 31, 2023 O.S."},
		{"the civil day in t's zone", mdy, time.Date(2024, time.January, 14, 1, 0, 0, 0, time.FixedZone("", 3*3600)).UTC(),
			"December 31, 2023 O.S."},
		{"a range in one Julian month", format.New(jm, format.Lit(" "), jd(format.Plain), format.Lit("-"),
			format.Element{Kind: format.Day, Form: format.Plain, Shift: 2, Calendar: format.Julian}, os),
			time.Date(1700, time.March, 8, 0, 0, 0, 0, time.UTC), "February 26-28 O.S."},
		{"a range into the next Julian month", format.New(jm, format.Lit(" "), jd(format.Plain), format.Lit("-"),
			format.Element{Kind: format.Day, Form: format.Plain, Shift: 4, Calendar: format.Julian}, os),
			time.Date(1700, time.March, 8, 0, 0, 0, 0, time.UTC), "February 26-March 1 O.S."},
		{"an ordinal and the weekday", format.New(format.Element{Kind: format.Weekday, Form: format.Long}, format.Lit(", "),
			jd(format.Ordinal), format.Lit(" of "), jm, os),
			time.Date(1812, time.December, 27, 0, 0, 0, 0, time.UTC), "Sunday, 15th of December O.S."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.l.Format(tc.t, hebrew.DateOf(tc.t)))
		})
	}
	assert.Equal(t, "January 2, 2006 O.S.", mdy.String(), "a layout is written for the reference day, in either calendar")
}
