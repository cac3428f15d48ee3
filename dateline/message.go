package dateline

import (
	"strconv"
	"time"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/civil"
	"github.com/dualdate/dualdate/internal/era"
	"github.com/dualdate/dualdate/internal/layout"
)

// Helpers for problems' messages: none runs unless a problem is reported.

func itoa(n int) string { return strconv.Itoa(n) }

// gregorianYears is the range of the Gregorian years that hold days of the
// Hebrew years this calendar supports, as messages write it.
var gregorianYears = itoa(era.FirstGregorianYear) + " to " + itoa(era.LastGregorianYear)

func quote(s string) string { return strconv.Quote(s) }

func monthName(m int) string {
	if n := layout.MonthName(m, layout.Long); n != "" {
		return n
	}
	return "month " + itoa(m)
}

// dateText writes a Gregorian date as "March 2, 2024".
func dateText(y int, m time.Month, d int) string {
	var b [32]byte
	return string(appendDate(b[:0], y, m, d))
}

// appendDate appends dateText's writing of a Gregorian date to b. A day
// past its month's end (d+1 in a message) is the next month's.
func appendDate(b []byte, y int, m time.Month, d int) []byte {
	if m < 1 || m > 12 {
		b = strconv.AppendInt(b, int64(y), 10)
		b = append(b, '-')
		b = strconv.AppendInt(b, int64(m), 10)
		b = append(b, '-')
		return strconv.AppendInt(b, int64(d), 10)
	}
	if d < 1 || d > civil.DaysIn(y, m) {
		y, m, d = time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Date()
	}
	b = append(b, monthName(int(m))...)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(d), 10)
	b = append(b, ", "...)
	return strconv.AppendInt(b, int64(y), 10)
}

// weekdayDate writes the Gregorian day of Hebrew date h as "Friday, March
// 1, 2024".
func weekdayDate(h hebrew.Date) string {
	y, m, d := h.Gregorian()
	return h.Weekday().String() + ", " + dateText(y, m, d)
}

func clockText(t time.Time) string { return t.Format("3:04 pm") }
