package dateline

import (
	"slices"
	"time"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// alsoDays returns the other days that the dateline r names beside its
// own day dl, in the order of their days (see Report.Also): the days of
// the fields of a range's other end, a pair's or a list's other days,
// each lying its Shift of days from dl's. A day of the month says which
// days are named; where none is ("Thursday night-Friday"), a weekday
// does, but not one that names the day after its civil date
// (parse.NamesNextDay), whose date, where one is given, is one fewer.
// It returns nil for a dateline of one day, for one not resolved to a
// civil day, and for one night over two civil days ("the night of March
// 2-3", "в ночь с 2 на 3 марта"; see parse.LeadingOneNight), whose
// second day is its morning, in the dateline's own Hebrew day, and was
// given as the next night's.
func alsoDays(r *parse.Result, dl Dateline, o *options) []Dateline {
	if !dl.HasDay() || parse.LeadingOneNight(r) {
		return nil
	}
	var shifts []int
	add := func(kinds ...layout.Kind) {
		for i := range r.Fields {
			f := &r.Fields[i]
			if f.Flags&parse.RangeEnd == 0 || f.Shift == 0 || !slices.Contains(kinds, f.Kind) || f.Flags&parse.NamesNextDay != 0 {
				continue
			}
			if s := int(f.Shift); !slices.Contains(shifts, s) {
				shifts = append(shifts, s)
			}
		}
	}
	add(layout.Day, layout.HebrewDay)
	if len(shifts) == 0 {
		add(layout.Weekday)
		if len(shifts) == 1 && weekdayOfEnd(r.Fields, dl.Hebrew) >= 0 {
			// "Wednesday–Thursday, October 2, 2025": the date is the
			// end's, Thursday's (see endWeekdayDate), and the other day
			// the start, the day before; it was given as Friday, October
			// 3, a day the text does not name.
			shifts[0] = -shifts[0]
		}
	}
	if len(shifts) == 0 {
		return nil
	}
	slices.Sort(shifts)
	y, m, d := dl.Time.Date()
	evening := !dl.Hebrew.IsZero() && dl.Hebrew == hebrew.DateOf(dl.Time).AddDays(1)
	hour, minute, timed := endClockOf(r.Fields)
	out := make([]Dateline, 0, len(shifts))
	for i, s := range shifts {
		day := Dateline{Time: time.Date(y, m, d+s, 0, 0, 0, 0, dl.Time.Location())}
		last := i == len(shifts)-1 && s > 0
		if last && timed {
			day.Time, day.HasTime = time.Date(y, m, d+s, hour, minute, 0, 0, dl.Time.Location()), true
		}
		day.zeroDay = day.Time.IsZero()
		switch {
		case dl.Hebrew.IsZero():
		case last && timed && o != nil && o.rule != nil:
			// The end's own time decides its Hebrew day, as the
			// start's does its: "March 2, 2024 8:00 pm - March 4,
			// 2024 10:00 am" in Jerusalem ends on 24 Adar I, in the
			// morning; the start's evening was carried to it (25 Adar
			// I), and "... - Monday, March 4, 2024 at 8:00 pm"
			// dropped the time that makes it 25 Adar I.
			day.Hebrew = o.hebrewAt(day.Time)
		case evening && s > 0 && daytimeEnd(r.Fields, s):
			day.Hebrew = dl.Hebrew.AddDays(s - 1)
		default:
			day.Hebrew = dl.Hebrew.AddDays(s)
		}
		out = append(out, day)
	}
	return out
}

// daytimeEnd reports whether the range's later day s days after the
// dateline's own day, where that day is an evening, is a civil day in
// its daytime, whose Hebrew date is its own and not, as the first day's,
// the next day's from sunset: a range that starts on an occasion's eve
// or on a weekday's evening ends on an ordinary day ("Yom Kippur,
// October 11-12, 2024" ends on Saturday, 10 Tishrei, and "Shabbat, March
// 1-2, 2024" on 22 Adar I; the first day's shift was carried to the end,
// 11 Tishrei and 23 Adar I). Not where the text gives the end's Hebrew
// date ("March 1-2, 2024 | 22-23 Adar I 5784"), nor where it says the
// end is an evening too ("Friday night to Sunday night, March 1-3,
// 2024": Sunday night, 24 Adar I), nor where a list of one weekday's
// evenings says so of each ("Friday night, March 1 and 8, 2024": March
// 8's, 29 Adar I), nor where words before the range say it of every
// day ("the evening of March 2-3, 2024": March 3's too, 24 Adar I).
func daytimeEnd(fields []parse.Field, s int) bool {
	eve := false // an occasion's eve or a weekday's evening starts the range
	for i := range fields {
		f := &fields[i]
		if f.Flags&parse.RangeEnd != 0 {
			if int(f.Shift) == s && (f.Kind == layout.HebrewDay || f.Flags&parse.Night != 0) {
				return false
			}
			continue
		}
		switch {
		case f.Kind == layout.Holiday:
			eve = true
		case f.Kind == layout.Weekday && f.Flags&parse.Night != 0:
			if s%7 == 0 {
				return false
			}
			eve = true
		}
	}
	return eve
}

// endClockOf returns the time of day that the last day of a range states
// for itself, after its date ("... - Monday, March 4, 2024 at 8:00 pm",
// "... - March 4, 2024 10:00 am"), and whether there is one: the hour
// and minute of the clock fields marked parse.RangeEnd after the end's
// date. The end of a range of times after the last day ("March 2-4, 2024
// 8:00-10:00 pm"), an hour of a 12-hour clock with no am or pm of its
// own, or a time with a zone or of a zman, is none here.
func endClockOf(fields []parse.Field) (hour, minute int, ok bool) {
	hasHour, hasAMPM, twelve, ampm, endDate := false, false, false, 0, false
	for i := range fields {
		f := &fields[i]
		if f.Kind == layout.Literal {
			continue
		}
		if !f.Kind.IsClock() {
			if f.Flags&parse.RangeEnd != 0 {
				endDate, hasHour, hasAMPM = true, false, false
			}
			continue
		}
		if f.Flags&parse.RangeEnd == 0 {
			if endDate && f.Kind == layout.Hour {
				return 0, 0, false // the start's time after the end's date: a range of times
			}
			continue
		}
		if !endDate || f.Zman != layout.NoZman {
			continue
		}
		switch f.Kind {
		case layout.Hour:
			if hasHour {
				return 0, 0, false
			}
			hour, hasHour = f.Value, true
			twelve = f.Form == layout.Hour12 || f.Form == layout.Hour12Pad
		case layout.Minute:
			minute = f.Value
		case layout.AMPM:
			ampm, hasAMPM = f.Value, true
		case layout.Zone:
			return 0, 0, false
		}
	}
	if !hasHour || twelve && !hasAMPM || hour > 23 || minute > 59 {
		return 0, 0, false
	}
	if twelve {
		hour = layout.HourOf(hour, ampm)
	}
	return hour, minute, true
}
