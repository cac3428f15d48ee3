package main

import (
	"strconv"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
)

// fullTime is the full layout with the time of day, for datelines that
// give one.
const fullTime = "Monday, January 2, 2006 3:04 pm | 2 Tevet 5766"

// convert converts each argument, a Gregorian or Hebrew date, and prints
// the dateline naming the day in both calendars.
func (c *command) convert(args []string) int {
	if len(args) == 0 {
		return c.usageError("convert needs a date to convert, such as 2024-03-02 or \"22 Adar I 5784\"")
	}
	st := exitOK
	for _, a := range args {
		// Check reads either calendar, or both: which one the argument
		// states is the direction of the conversion, and the dateline
		// names the day in both.
		rep := c.reader.Check(a)
		q := strconv.Quote(a)
		ok := rep.OK()
		for _, p := range rep.Problems {
			switch {
			case p.Severity == dateline.Error:
				c.errorf("%s: %s", q, message(p))
			case p.Severity == dateline.Warning:
				c.warnf("%s: %s", q, message(p))
			case p.Code == dateline.CodeMonthOnly && rep.Dateline.Time.IsZero():
				c.errorf("%s names a month, not a day (dualdate cal %s draws it)", q, q)
				ok = false
			}
		}
		if !ok {
			st = exitInput
			continue
		}
		d := rep.Dateline
		c.writeDateline(d, c.layoutFor(d))
	}
	return st
}

// layoutFor returns the layout to write d in: --layout's, or the full
// layout, with the time of day when d has one.
func (c *command) layoutFor(d dateline.Dateline) string {
	if d.HasTime {
		return c.layoutOr(fullTime)
	}
	return c.layoutOr(format.Full)
}
