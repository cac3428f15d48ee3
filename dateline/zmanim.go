package dateline

import (
	"time"

	"github.com/hebcal/hdate"
	"github.com/hebcal/hebcal-go/hebcal"
	"github.com/hebcal/hebcal-go/zmanim"

	"github.com/dualdate/dualdate/hebrew"
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
	if !d.hasDay() || loc == nil || loc.Latitude < -90 || loc.Latitude > 90 || loc.Longitude < -180 || loc.Longitude > 180 {
		return Times{}
	}
	zone := loadLocation(loc.TimeZoneId)
	if zone == nil {
		return Times{}
	}
	y, m, day := d.Time.Date()
	z := zmanim.Zmanim{Location: loc, Year: y, Month: m, Day: day, TimeZone: zone}
	t := Times{Sunset: z.Sunset()}
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
