package dateline

import (
	"sync"
	"time"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
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

// zoneSeason warns of a time in a zone's abbreviation that the zone's
// clocks do not show at that moment: a summer time on a day of standard
// time ("January 5, 2024 10:00 EDT"), or a time the change of clocks
// skips, named in the time after it ("March 10, 2024 2:30 am EDT": New
// York's clocks went from 1:59 am EST to 3:00 am EDT, and 2:30 am EDT is
// 1:30 am EST). The time is read at the abbreviation's offset, as the
// text names it, and the message says what the zone's clocks showed then;
// each was read with nothing said. t is the time read.
func (rv *resolver) zoneSeason(t time.Time) {
	f := &rv.f
	if !f.hasZone || f.zone.Form != layout.ZoneName {
		return
	}
	rules := offSeason(t, f.input[f.zone.Start:f.zone.End], rv.o.loc, rv.o.inGiven || rv.o.rule != nil)
	if rules == nil {
		return
	}
	local := t.In(rules)
	name, _ := local.Zone()
	abbr, _ := t.Zone()
	s, e := rv.clockSpan()
	e = max(e, f.zone.End)
	rv.add(CodeZoneAmbiguous, Warning, s, e, "the clocks of "+rules.String()+" show "+clockText(local)+" "+name+", not "+abbr+", at "+
		quote(f.input[s:e])+" on "+dayText(t)+"; it was read at "+abbr+"'s offset, "+offsetText(utcOffset(t)))
}

// offSeason returns the zone whose clocks do not show abbreviation abbr
// at t, read at abbr's offset, or nil if they show it or abbr names no
// zone's rules: the given zone loc's where loc shows abbr (see
// abbreviationOffset: EST in July is wrong in New York), or else those of
// abbr's summer time (see parse.ZoneInfo.Summer: EST names a time all year
// in Panama, EDT none in January).
func offSeason(t time.Time, abbr string, loc *time.Location, given bool) *time.Location {
	var rules *time.Location
	if given {
		if _, ok := abbreviationOffset(loc, abbr); ok {
			rules = loc
		}
	}
	if rules == nil {
		z, ok := parse.LookupZone(abbr)
		if !ok || z.Summer == "" {
			return nil
		}
		if rules = loadLocation(z.Summer); rules == nil {
			return nil
		}
	}
	if utcOffset(t.In(rules)) == utcOffset(t) {
		return nil
	}
	return rules
}
