package dateline

import (
	"time"

	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/civil"
	"github.com/dualdate/dualdate/parse"
)

// quick resolves the commonest datelines without the resolver: a
// Gregorian date with its year, or a Hebrew date with its year, or both
// (the Gregorian one may leave its year to the Hebrew date's, as the
// seed's masthead does), with a weekday, a time of day and a zone of fixed offset, that agree and
// exist. It reports false for any other dateline, and for one with a
// problem, which the resolver then reads in full. What it returns is what
// the resolver returns for the same dateline (a test holds it to that).
func quick(r *parse.Result, o *options, t *parse.Template) (Report, bool) {
	if o.rule != nil {
		return Report{}, false
	}
	// Each field's value by its kind, and how many of the kind there are:
	// a table, not a variable for each, keeps the loop small.
	var (
		val         [format.Zone + 1]int
		n           [format.Zone + 1]int8
		loc         = o.loc
		twelveHours bool
		bareAdar    bool
	)
	for i := range r.Fields {
		f := &r.Fields[i]
		if f.Flags&^parse.Qualified != 0 || f.Shift != 0 || f.Calendar == format.Julian || f.Zman != format.NoZman || f.Kind > format.Zone {
			// A Julian date, a zman's clock, an occasion: the resolver's.
			return Report{}, false
		}
		val[f.Kind], n[f.Kind] = f.Value, n[f.Kind]+1
		switch f.Kind {
		case format.Year:
			if f.Form != format.Plain || f.Value >= hebrewLooking {
				return Report{}, false // 06; 5785, which the resolver warns of
			}
		case format.HebrewYear:
			if f.Form == format.Plain && f.Value >= 1000 && f.Value < gregorianLooking {
				return Report{}, false // Nisan 2024, which the resolver warns of
			}
		case format.HebrewMonth:
			// A bare Adar: which one, and whether the year has two, is
			// the resolver's.
			bareAdar = hebrew.Month(f.Value) == hebrew.Adar && f.Flags&parse.Qualified == 0
		case format.HebrewDay:
			if f.Form.IsRoshChodesh() {
				return Report{}, false
			}
		case format.Hour:
			if wordHour(f) {
				return Report{}, false // noon: no layout, which the resolver says
			}
			twelveHours = f.Form == format.Hour12 || f.Form == format.Hour12Pad
		case format.Zone:
			z, ok := fixedLocation(r.Input, f)
			if !ok || n[format.Zone] > 1 {
				return Report{}, false // an offset and a name: the resolver's
			}
			loc = z
		}
	}
	var (
		gy, gd, hy, hd = val[format.Year], val[format.Day], val[format.HebrewYear], val[format.HebrewDay]
		gm             = time.Month(val[format.Month])
		hm             = hebrew.Month(val[format.HebrewMonth])
		hasG           = n[format.Month] + n[format.Day] + n[format.Year] // 3 for a whole date
		hasH           = n[format.HebrewMonth] + n[format.HebrewDay] + n[format.HebrewYear]
		wd, hour, pm   = -1, -1, -1
		minute, sec    = val[format.Minute], val[format.Second]
		hasSecond      = n[format.Second] > 0
	)
	if n[format.Weekday] > 0 {
		wd = val[format.Weekday]
	}
	if n[format.Hour] > 0 {
		hour = val[format.Hour]
	}
	if n[format.AMPM] > 0 {
		pm = val[format.AMPM]
	}
	if bareAdar {
		hm = 0
	}
	// A month and day without a year take the year of the Hebrew date's
	// day, when it falls on them (the seed's masthead): a year stated in
	// one calendar fixes the other's, and there is no year to search.
	yearless := hasG == 2 && gy == 0 && gm != 0 && gd != 0 && hasH == 3
	if hasG != 0 && hasG != 3 && !yearless || hasH != 0 && hasH != 3 || hasG == 0 && hasH == 0 {
		return Report{}, false
	}
	var g, h hebrew.Date
	if hasG == 3 {
		var err error
		if g, err = hebrew.FromGregorian(gy, gm, gd); err != nil {
			return Report{}, false
		}
	}
	if hasH == 3 {
		var err error
		if hm == 0 || hm == hebrew.Adar && !hebrew.IsLeapYear(hy) {
			return Report{}, false // Adar I named in a common year, or a bare Adar
		}
		if h, err = hebrew.NewDate(hy, hm, hd); err != nil {
			return Report{}, false
		}
		if hasG == 3 && h != g {
			return Report{}, false
		}
		if yearless {
			y, m, d := h.Gregorian()
			if m != gm || d != gd {
				return Report{}, false
			}
			gy = y
		}
		if hasG != 3 {
			g = h
			gy, gm, gd = h.Gregorian()
		}
	}
	if hour >= 0 {
		if twelveHours != (pm >= 0) {
			return Report{}, false
		}
		if pm >= 0 {
			hour = hour%12 + 12*pm
		}
		if hour > 23 || hasSecond && sec > 59 {
			return Report{}, false
		}
	}
	dl := Dateline{Hebrew: g}
	exists := false
	if hour >= 0 {
		var clock civil.Clock
		dl.Time, clock = civil.At(gy, gm, gd, hour, minute, sec, 0, loc)
		dl.HasTime, exists = true, clock == civil.Once
	} else {
		dl.Time, exists = civil.DayStart(gy, gm, gd, loc)
	}
	if !exists {
		return Report{}, false // a day or time its zone skips, or a time it repeats: the resolver says so
	}
	if wd >= 0 && time.Weekday(wd) != dl.Time.Weekday() {
		return Report{}, false
	}
	return Report{Input: r.Input, Dateline: dl, Layout: o.cache.layoutString(r, t)}, true
}

// fixedLocation returns the zone of a zone field of fixed offset: a
// numeric offset, or an abbreviation of one (EST, IDT), not one that
// follows daylight saving time (ET) or names several zones (IST).
func fixedLocation(input string, f *parse.Field) (*time.Location, bool) {
	if f.Form != format.ZoneName {
		return fixedZone("", f.Value), true
	}
	text := input[f.Start:f.End]
	z, ok := parse.LookupZone(text)
	if !ok || z.Location != "" || z.Ambiguous {
		return nil, false
	}
	return fixedZone(text, z.Offset), true
}
