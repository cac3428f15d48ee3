package dateline

import (
	"errors"
	"fmt"
	"time"

	"github.com/hebcal/hdate"
	"github.com/hebcal/hebcal-go/hebcal"
	"github.com/hebcal/hebcal-go/zmanim"

	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
	"github.com/dualdate/dualdate/internal/suggest"
)

// Times are the times a masthead prints beside the date, at a location,
// as hebcal-go computes them (its zmanim and its candle-lighting rules,
// those of the hebcal command). Each is in the location's time zone, and
// zero when the day has none.
type Times struct {
	// Sunset is the day's sunset: zero where the sun does not set that day.
	Sunset time.Time
	// CandleLighting is when candles are lit on the eve of Shabbat or a
	// festival: the location's usual minutes before sunset (18, or 40 in
	// Jerusalem and 30 in Haifa, as hebcal has it), or, on a Saturday or
	// the first day of a festival that another follows, at nightfall.
	CandleLighting time.Time
	// Havdalah is when Shabbat or a festival ends, at nightfall (the sun
	// 8.5° below the horizon).
	Havdalah time.Time
}

// IsZero reports whether t holds no time.
func (t Times) IsZero() bool {
	return t.Sunset.IsZero() && t.CandleLighting.IsZero() && t.Havdalah.IsZero()
}

// Times returns the times of the dateline's Gregorian day at loc: its
// sunset, and its candle lighting and havdalah when the day has them, in
// the Diaspora's schedule of festivals or, for a location in Israel
// (CountryCode "IL"), Israel's. A dateline without a Gregorian day, a nil
// loc, a location whose latitude or longitude is out of range or whose
// time zone the system does not know, give the zero Times. [City] finds a
// location by name.
func (d Dateline) Times(loc *zmanim.Location) Times {
	return d.times(loc, true)
}

// times is Times; without candles it leaves out candle lighting and
// havdalah, whose rules take the most time to run.
func (d Dateline) times(loc *zmanim.Location, candles bool) Times {
	if !d.HasDay() || loc == nil || loc.Latitude < -90 || loc.Latitude > 90 || loc.Longitude < -180 || loc.Longitude > 180 {
		return Times{}
	}
	zone := loadLocation(loc.TimeZoneId)
	if zone == nil {
		return Times{}
	}
	y, m, day := d.Time.Date()
	z := zmanim.Zmanim{Location: loc, Year: y, Month: m, Day: day, TimeZone: zone}
	t := Times{Sunset: z.Sunset()}
	if !candles {
		return t
	}
	h := hebrew.DateOf(time.Date(y, m, day, 12, 0, 0, 0, time.UTC))
	if h.Year < 2 || h.Year > hebrew.MaxYear-1 {
		return t // beyond the years whose festivals hebcal-go computes
	}
	hd := hdate.New(h.Year, hdate.HMonth(h.Month), h.Day)
	for _, ev := range candleEvents(hd, loc) {
		switch ev.Desc {
		case "Candle lighting":
			t.CandleLighting = ev.EventTime.In(zone)
		case "Havdalah":
			t.Havdalah = ev.EventTime.In(zone)
		}
	}
	return t
}

// candleEvents returns hebcal-go's candle-lighting and havdalah events of
// day hd at loc.
func candleEvents(hd hdate.HDate, loc *zmanim.Location) (out []hebcal.TimedEvent) {
	defer func() {
		// hebcal-go panics on what it does not expect; a day it cannot
		// compute has no candle lighting rather than taking the caller
		// down.
		if recover() != nil {
			out = nil
		}
	}()
	l := *loc
	evs, err := hebcal.HebrewCalendar(&hebcal.CalOptions{
		Start: hd, End: hd, CandleLighting: true, Location: &l,
		NoMinorFast: true, NoModern: true, NoRoshChodesh: true, NoSpecialShabbat: true,
	})
	if err != nil {
		return nil
	}
	for _, ev := range evs {
		if te, ok := ev.(hebcal.TimedEvent); ok {
			out = append(out, te)
		}
	}
	return out
}

// Omer returns the day of the Omer that the dateline's Hebrew day is,
// 1 on 16 Nisan to 49 on 5 Sivan, counted on the evening that begins it;
// 0 outside the season.
func (d Dateline) Omer() int {
	h := d.Hebrew
	if !h.IsValid() {
		return 0
	}
	first := hebrew.Date{Year: h.Year, Month: hebrew.Nisan, Day: 15}
	if n := h.DaysSince(first); n >= 1 && n <= 49 {
		return n
	}
	return 0
}

// ErrZman is matched by the error for a time of the day the dateline
// cannot have at a location: one a layout writes (see [Dateline.Zmanim])
// or a dateline states (CodeZman) on a day the sun does not set there.
// ErrOmer is matched by the error of a dateline that states a day of the
// Omer that is not its day's (CodeOmer).
var (
	ErrZman = errors.New("no such time that day")
	ErrOmer = errors.New("wrong day of the Omer")
)

func init() {
	codeErrors[CodeZman] = ErrZman
	codeErrors[CodeOmer] = ErrOmer
}

// get returns time z of t.
func (t Times) get(z layout.Zman) time.Time {
	switch z {
	case layout.Sunset:
		return t.Sunset
	case layout.CandleLighting:
		return t.CandleLighting
	case layout.Havdalah:
		return t.Havdalah
	}
	return time.Time{}
}

// Zmanim returns the times of the dateline's day that layout l writes
// (see format.Zman): its sunset, candle lighting and havdalah at the
// location of the Sunset or Nightfall option, as [Dateline.Times] computes
// them, for [format.Layout.AppendFormatZmanim]. A layout without such
// times needs no location, and gets the zero Zmanim. A time the day does
// not have there (candle lighting on a Monday, havdalah on a Friday) is
// zero, and the layout leaves it out with its label.
//
// It fails, rather than give a time that is wrong or missing:
//   - without a location: the error names the Sunset and Nightfall
//     options (errors.Is ErrOption), as for a nil location;
//   - for a dateline that names no Gregorian day, or a location whose
//     coordinates or time zone are not usable (ErrOption);
//   - on a day the sun does not set at the location, as in the Arctic
//     summer, or when it does not get far enough below the horizon for
//     the nightfall of a havdalah or second-night candle lighting that the
//     day has (ErrZman).
func (d Dateline) Zmanim(l format.Layout, opts ...Option) (format.Zmanim, error) {
	z, err := d.zmanim(held(l), opts...)
	return format.Zmanim(z), err
}

// zmanim is Zmanim, with the layout the reader compiles.
func (d Dateline) zmanim(l layout.Layout, opts ...Option) (layout.Zmanim, error) {
	var z layout.Zmanim
	if !l.HasZman(layout.NoZman) {
		return z, nil
	}
	o := makeOptions(opts)
	name := zmanName(l)
	switch {
	case o.invalid != "":
		return z, fmt.Errorf("dateline: %s: %w", o.invalid, ErrOption)
	case o.rule == nil:
		return z, fmt.Errorf("dateline: the layout writes %s at a place: give the Sunset or Nightfall option (dateline.City finds one by name): %w", name, ErrOption)
	case !d.HasDay() || !d.Hebrew.IsValid():
		return z, fmt.Errorf("dateline: the layout writes %s, and the dateline names no day in the supported years: %w", name, ErrOption)
	}
	t := d.times(o.rule, l.HasZman(layout.CandleLighting) || l.HasZman(layout.Havdalah))
	if t.IsZero() && loadLocation(o.rule.TimeZoneId) == nil {
		return z, fmt.Errorf("dateline: the time zone %q of %s is not known to the system: %w", o.rule.TimeZoneId, o.rule.Name, ErrOption)
	}
	if t.Sunset.IsZero() {
		return z, fmt.Errorf("dateline: the sun does not set in %s on %s, so it has no %s: %w", o.rule.Name, d.Time.Format("January 2, 2006"), name, ErrZman)
	}
	for zm := layout.Sunset; zm <= layout.Havdalah; zm++ {
		if l.HasZman(zm) {
			z[zm] = t.get(zm)
		}
	}
	for _, zm := range [...]layout.Zman{layout.CandleLighting, layout.Havdalah} {
		if l.HasZman(zm) && z[zm].IsZero() && hasCandleEvent(d, o.rule, zm) {
			// The day has one, which nightfall, never reached, would give.
			return z, fmt.Errorf("dateline: the sun does not go 8.5° below the horizon in %s on %s, so nightfall gives no %s: %w", o.rule.Name, d.Time.Format("January 2, 2006"), zm, ErrZman)
		}
	}
	return z, nil
}

// zmanName returns the names of the times layout l writes, for messages:
// "candle lighting", "sunset and havdalah".
func zmanName(l layout.Layout) string {
	var names []string
	for z := layout.Sunset; z <= layout.Havdalah; z++ {
		if l.HasZman(z) {
			names = append(names, z.String())
		}
	}
	return suggest.AndList(names)
}

// hasCandleEvent reports whether the day of d has candle lighting (or
// havdalah, as z says) in the schedule of loc, whatever the sun does
// there: hebcal-go leaves out an event whose nightfall never comes, so it
// is asked at loc's longitude on the equator, where nightfall always does.
func hasCandleEvent(d Dateline, loc *zmanim.Location, z layout.Zman) bool {
	y, m, day := d.Time.Date()
	h := hebrew.DateOf(time.Date(y, m, day, 12, 0, 0, 0, time.UTC))
	if h.Year < 2 || h.Year > hebrew.MaxYear-1 {
		return false
	}
	equator := *loc
	equator.Latitude = 0
	want := "Candle lighting"
	if z == layout.Havdalah {
		want = "Havdalah"
	}
	for _, ev := range candleEvents(hdate.New(h.Year, hdate.HMonth(h.Month), h.Day), &equator) {
		if ev.Desc == want {
			return true
		}
	}
	return false
}

// checkZmanim checks the times of the day the dateline states against
// those at the location of the sunset rule; without one they are read and
// not checked.
func (rv *resolver) checkZmanim() {
	loc := rv.o.rule
	if loc == nil || !rv.dl.HasDay() {
		return
	}
	t := rv.dl.Times(loc)
	day := rv.dl.Time.Format("January 2, 2006")
	for z := layout.Sunset; z <= layout.Havdalah; z++ {
		zf := &rv.f.zman[z]
		if !zf.has {
			continue
		}
		stated := rv.f.input[zf.start:zf.end]
		want := t.get(z)
		switch {
		case t.Sunset.IsZero():
			rv.add(CodeZman, Error, zf.start, zf.end, "the sun does not set in "+loc.Name+" on "+day+", so "+quote(stated)+" is no "+z.String()+" there")
			continue
		case want.IsZero() && hasCandleEvent(rv.dl, loc, z):
			rv.add(CodeZman, Error, zf.start, zf.end, "the sun does not go 8.5° below the horizon in "+loc.Name+" on "+day+", so nightfall gives no "+z.String()+" there")
			continue
		case want.IsZero():
			rv.add(CodeZman, Warning, zf.start, zf.end, day+" has no "+z.String()+" in "+loc.Name)
			continue
		}
		h := zf.hour
		if zf.hasAMPM {
			h = layout.HourOf(h, zf.ampm)
		}
		w := want.Hour()*60 + want.Minute()
		near := func(h int) bool {
			diff := abs(h*60 + zf.minute - w)
			return min(diff, 24*60-diff) <= 1
		}
		// A time without am or pm whose hour a 12-hour clock shows (1 to
		// 12, not written with a leading zero as 24-hour clocks write
		// 05:29) is read either way: "Candle lighting 5:29" is 5:29 pm,
		// as mastheads write it.
		twelve := zf.hasAMPM || 1 <= zf.hour && zf.hour <= 12 && stated[0] != '0'
		if near(h) || !zf.hasAMPM && twelve && near(layout.HourOf(zf.hour, 1)) {
			continue
		}
		if !zf.hasAMPM && twelve && h < 12 {
			h = layout.HourOf(zf.hour, 1) // 6:15 beside a time of the evening is 6:15 pm
		}
		if z == layout.CandleLighting && want.Before(t.Sunset) && h*60+zf.minute > t.Sunset.Hour()*60+t.Sunset.Minute() {
			// Candles are lit before sunset, by the rule Times
			// follows, save at nightfall after a Shabbat or a first
			// day of a festival: a time after the sunset of a day
			// whose lighting is before it tells readers to light on
			// the Shabbat or festival begun. "Friday, March 1, 2024
			// | Candle lighting 6:15 pm" in Jerusalem (sunset 5:36
			// pm) was only the warning below, as a time a few
			// minutes off is.
			rv.add(CodeZman, Error, zf.start, zf.end, z.String()+" in "+loc.Name+" on "+day+" is at "+want.Format(clockLayout(twelve))+
				", before sunset ("+t.Sunset.Format(clockLayout(twelve))+"); "+stated+" is after it, when the Shabbat or festival has begun")
			continue
		}
		rv.add(CodeZman, Warning, zf.start, zf.end, z.String()+" in "+loc.Name+" on "+day+" is at "+want.Format(clockLayout(twelve))+", not "+stated)
	}
}

// clockLayout is how a message writes a time: as the text does, in 12
// or 24 hours.
func clockLayout(twelve bool) string {
	if twelve {
		return "3:04 pm"
	}
	return "15:04"
}

// checkOmer checks the day of the Omer the dateline states against its
// Hebrew day's.
func (rv *resolver) checkOmer() {
	f, h := &rv.f.omer, rv.dl.Hebrew
	if !h.IsValid() || h.Day == 0 {
		return
	}
	want := rv.dl.Omer()
	next := Dateline{Hebrew: h.AddDays(1)}.Omer()
	switch {
	case f.Value == want:
		// the day's own count: nothing to say
	case f.Value == next:
		rv.add(CodeOmer, Warning, f.Start, f.End, "day "+itoa(next)+" of the Omer is counted on the evening that begins "+h.AddDays(1).String()+"; "+h.String()+" is day "+itoa(want))
	case want == 0:
		rv.add(CodeOmer, Error, f.Start, f.End, h.String()+" is not in the Omer's season, 16 Nisan to 5 Sivan")
	default:
		rv.add(CodeOmer, Error, f.Start, f.End, h.String()+" is day "+itoa(want)+" of the Omer, not day "+itoa(f.Value))
	}
}

// gatherZman adds a clock field of a time of the day to f.
func (f *facts) gatherZman(x *parse.Field) {
	if int(x.Zman) >= len(f.zman) {
		return
	}
	zf := &f.zman[x.Zman]
	if !zf.has {
		zf.start = x.Start
	}
	zf.has, zf.end = true, x.End
	f.hasZman = true
	switch x.Kind {
	case layout.Hour:
		zf.hour = x.Value
	case layout.Minute:
		zf.minute = x.Value
	case layout.AMPM:
		zf.ampm, zf.hasAMPM = x.Value, true
	}
}
