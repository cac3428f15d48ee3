package dateline

import (
	"strconv"
	"sync"
	"time"

	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
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
	if m < 1 || m > 12 {
		return itoa(y) + "-" + itoa(int(m)) + "-" + itoa(d)
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC) // normalises d+1 for messages
	y, m, d = t.Date()
	return monthName(int(m)) + " " + itoa(d) + ", " + itoa(y)
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
