package dateline

import (
	"strconv"
	"sync"
	"time"

	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/civil"
)

// Helpers for messages: none runs unless a problem is reported.

func itoa(n int) string { return strconv.Itoa(n) }

func quote(s string) string { return strconv.Quote(s) }

func monthName(m int) string {
	if n := format.MonthName(m, format.Long); n != "" {
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

// Zone caches: loading a location reads the zone database, and FixedZone
// allocates, so each is done once per name.
var (
	locations  sync.Map // string -> *time.Location (nil if unknown)
	fixedZones sync.Map // fixedKey -> *time.Location
)

type fixedKey struct {
	name   string
	offset int
}

// loadLocation returns the named IANA zone, or nil if the system does not
// know it.
func loadLocation(name string) *time.Location {
	if v, ok := locations.Load(name); ok {
		return v.(*time.Location)
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		loc = nil
	}
	locations.Store(name, loc)
	return loc
}

func fixedZone(name string, offset int) *time.Location {
	k := fixedKey{name, offset}
	if v, ok := fixedZones.Load(k); ok {
		return v.(*time.Location)
	}
	loc := time.FixedZone(name, offset)
	v, _ := fixedZones.LoadOrStore(k, loc)
	return v.(*time.Location)
}

// beforeZoneRules returns t in the standard time of its zone when t falls
// before the zone's rules begin: a zone named by a generic abbreviation
// (ET, CT, IST) follows its IANA zone, which before standard time (1883
// in the United States) keeps local mean time, LMT, an offset in seconds
// that no dateline names. The time of day the text gives is kept, in a
// zone named as the text names it.
func beforeZoneRules(t time.Time, name string) time.Time {
	if zone, _ := t.Zone(); zone != "LMT" {
		return t
	}
	_, standard := time.Date(2001, time.January, 15, 12, 0, 0, 0, t.Location()).Zone()
	y, m, d := t.Date()
	return time.Date(y, m, d, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), fixedZone(name, standard))
}
