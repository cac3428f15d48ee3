package dateline

import (
	"time"

	"github.com/dualdate/dualdate/hebrew"
)

// monthOnly returns the message of the month-only problem of candidate c,
// whose Gregorian month is gm and Hebrew month hm: it names the month and
// the days of the other calendar it runs through, which is all a month
// tells of the day. A Gregorian month alone ("March 2024") has no
// Dateline, since no Hebrew month is the same month: the message is where
// the report keeps what the text says.
func (rv *resolver) monthOnly(c cand, gm int, hm hebrew.Month) string {
	const generic = "the dateline names a month, not a day"
	f := &rv.f
	switch {
	case f.hasHMonth && c.hy >= hebrew.MinYear && c.hy <= hebrew.MaxYear && hebrew.DaysInMonth(c.hy, hm) > 0:
		first := hebrew.Date{Year: c.hy, Month: hm, Day: 1}
		last := hebrew.Date{Year: c.hy, Month: hm, Day: hebrew.DaysInMonth(c.hy, hm)}
		y1, m1, d1 := rv.textDate(first)
		y2, m2, d2 := rv.textDate(last)
		if y1 == 0 && m1 == 0 {
			return generic
		}
		return hebrew.Date{Year: c.hy, Month: hm}.String() + " is a month, not a day: it runs from " + dateText(y1, m1, d1) + " to " + dateText(y2, m2, d2)
	case f.hasGMonth && gm >= 1 && gm <= 12:
		first, err1 := rv.hebrewOfText(c.gy, gm, 1)
		last, err2 := rv.hebrewOfText(c.gy, gm, rv.daysIn(c.gy, time.Month(gm)))
		if err1 != nil || err2 != nil {
			return generic
		}
		return monthName(gm) + " " + itoa(c.gy) + " is a month, not a day: it runs from " + first.String() + " to " + last.String()
	}
	return generic
}
