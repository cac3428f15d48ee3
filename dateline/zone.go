package dateline

import (
	"sync"
	"time"
)

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

// abbreviationOffset returns the offset that zone loc names by abbr, and
// whether it names one so: a site's own zone reads the abbreviation its
// clocks show. CST is China's as Asia/Shanghai writes it, +08:00, PST
// the Philippines', and CDT Cuba's, -04:00, where the United States'
// were taken and the time read 13 to 16 hours off with nothing said
// (found trying the command as an adversary); IST in Asia/Kolkata is
// India's, with nothing ambiguous. The zone's abbreviations are those
// its winters and summers show in recent years.
func abbreviationOffset(loc *time.Location, abbr string) (int, bool) {
	if loc == nil || loc == time.UTC {
		return 0, false
	}
	for _, y := range [...]int{2024, 2012, 2000} {
		for _, m := range [...]time.Month{time.January, time.July} {
			if name, off := time.Date(y, m, 15, 12, 0, 0, 0, loc).Zone(); name == abbr {
				return off, true
			}
		}
	}
	return 0, false
}
