package layout_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
)

// TestJulianElements: Day, Month and Year of the Julian calendar write the
// Julian date of the day, February 29 of years the Gregorian calendar
// makes common included; ranges cross months where the Julian calendar
// does; the layout string writes the reference day.
func TestJulianElements(t *testing.T) {
	jd := func(f layout.Form) layout.Element {
		return layout.Element{Kind: layout.Day, Form: f, Calendar: layout.Julian}
	}
	jm := layout.Element{Kind: layout.Month, Form: layout.Long, Calendar: layout.Julian}
	jy := layout.Element{Kind: layout.Year, Form: layout.Plain, Calendar: layout.Julian}
	os := layout.Element{Kind: layout.Literal, Text: " O.S.", Calendar: layout.Julian}
	mdy := layout.New(jm, layout.Lit(" "), jd(layout.Plain), layout.Lit(", "), jy, os)
	for _, tc := range []struct {
		name string
		l    layout.Layout
		t    time.Time
		want string
	}{
		{"the Alter Rebbe", mdy, time.Date(1812, time.December, 27, 0, 0, 0, 0, time.UTC), "December 15, 1812 O.S."},
		{"a leap day only Julian", mdy, time.Date(1700, time.March, 11, 0, 0, 0, 0, time.UTC), "February 29, 1700 O.S."},
		{"New Year's Day", mdy, time.Date(2024, time.January, 13, 0, 0, 0, 0, time.UTC), "December 31, 2023 O.S."},
		{"the civil day in t's zone", mdy, time.Date(2024, time.January, 14, 1, 0, 0, 0, time.FixedZone("", 3*3600)).UTC(),
			"December 31, 2023 O.S."},
		{"a range in one Julian month", layout.New(jm, layout.Lit(" "), jd(layout.Plain), layout.Lit("-"),
			layout.Element{Kind: layout.Day, Form: layout.Plain, Shift: 2, Calendar: layout.Julian}, os),
			time.Date(1700, time.March, 8, 0, 0, 0, 0, time.UTC), "February 26-28 O.S."},
		{"a range into the next Julian month", layout.New(jm, layout.Lit(" "), jd(layout.Plain), layout.Lit("-"),
			layout.Element{Kind: layout.Day, Form: layout.Plain, Shift: 4, Calendar: layout.Julian}, os),
			time.Date(1700, time.March, 8, 0, 0, 0, 0, time.UTC), "February 26-March 1 O.S."},
		{"an ordinal and the weekday", layout.New(layout.Element{Kind: layout.Weekday, Form: layout.Long}, layout.Lit(", "),
			jd(layout.Ordinal), layout.Lit(" of "), jm, os),
			time.Date(1812, time.December, 27, 0, 0, 0, 0, time.UTC), "Sunday, 15th of December O.S."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.l.Format(tc.t, hebrew.DateOf(tc.t)))
		})
	}
	assert.Equal(t, "January 2, 2006 O.S.", mdy.String(), "a layout is written for the reference day, in either calendar")
}
