// Package civil builds the instants of civil days and clock times in a
// location, where a zone's clock may skip midnight or a whole day.
//
// time.Date leaves the result unspecified for a clock time that a zone
// skips; in practice it may give an instant of the day before: midnight of
// September 7, 2025 in America/Santiago, where clocks go from 00:00 to
// 01:00, comes back as 23:00 on September 6. Every place that turns a
// civil day or a clock time into an instant goes through this package.
package civil

import (
	"sync/atomic"
	"time"
)

// DayStart returns the first instant of the civil day y-m-d in loc (the
// date is normalized as time.Date normalizes it): midnight, or, where the
// zone's clock skips midnight, the instant it jumps to (01:00 when the
// clock goes from 00:00 to 01:00). ok is false when the zone skips the
// whole day, as Pacific/Apia skipped December 30, 2011; t is then the
// first instant after the skipped day.
func DayStart(y int, m time.Month, d int, loc *time.Location) (t time.Time, ok bool) {
	if !InMonth(y, m, d) {
		y, m, d = time.Date(y, m, d, 12, 0, 0, 0, time.UTC).Date()
	}
	if loc == time.UTC {
		// UTC, as most datelines are read, has no changes: its midnight
		// is the day's count of days since 1970.
		return time.Unix(unixDays(y, m, d)*secondsPerDay, 0).UTC(), true
	}
	if off, fixed := fixedOffset(loc); fixed {
		// Nor has a zone of one offset (a Local that is UTC).
		return time.Unix(unixDays(y, m, d)*secondsPerDay-int64(off), 0).In(loc), true
	}
	t = time.Date(y, m, d, 0, 0, 0, 0, loc)
	if steady(t) {
		return t, true
	}
	// A skipped midnight comes back on the day before: the day starts
	// where the zone in force then ends. A zone may change twice in a
	// row (a new offset and a new name), hence the loop.
	for i := 0; i < 4 && before(t, y, m, d); i++ {
		_, end := t.ZoneBounds()
		if end.IsZero() {
			break
		}
		t = end
	}
	if sameDay(t, y, m, d) && t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		t, _ = earliest(t, time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
	}
	return t, sameDay(t, y, m, d)
}

// earliest returns the first instant whose clock in t's location shows
// wall (written in UTC), given that t's does: where the clocks go back
// over it, time.Date may give the second one. repeated reports whether
// the clock shows wall twice.
func earliest(t, wall time.Time) (first time.Time, repeated bool) {
	loc := t.Location()
	start, end := t.ZoneBounds()
	if !start.IsZero() {
		// The clock may have shown wall before the zone of t began.
		_, off := start.Add(-time.Nanosecond).Zone()
		if e := wall.Add(-time.Duration(off) * time.Second); e.Before(start) && shows(e.In(loc), wall) {
			return e.In(loc), true
		}
	}
	if !end.IsZero() {
		// Or again after it ends.
		_, off := end.Zone()
		if e := wall.Add(-time.Duration(off) * time.Second); !e.Before(end) && shows(e.In(loc), wall) {
			return t, true
		}
	}
	return t, false
}

// shows reports whether t's clock shows wall, a time written in UTC.
func shows(t, wall time.Time) bool {
	ty, tm, td := t.Date()
	wy, wm, wd := wall.Date()
	return ty == wy && tm == wm && td == wd && t.Hour() == wall.Hour() && t.Minute() == wall.Minute() &&
		t.Second() == wall.Second() && t.Nanosecond() == wall.Nanosecond()
}

// A Clock says how a zone's clocks show a time of day.
type Clock uint8

const (
	// Once: the clocks show the time once that day.
	Once Clock = iota
	// Skipped: the clocks go forward over the time.
	Skipped
	// Repeated: the clocks go back over the time, and show it twice.
	Repeated
)

// At returns the instant of the clock time h:mi:s.ns on the civil day
// y-m-d in loc, and how loc's clocks show it. A time they show twice
// (1:30 am in New York on November 3, 2024) is the first of them (EDT). A
// time they skip (2:30 am in New York on March 10, 2024) is read with the
// offset in force before the skip, which is where a clock not yet set
// forward would show it (3:30 am EDT), or, when that is on the next day
// (23:30 where clocks go from 23:00 to 00:00), with the offset after it,
// so that t stays on the day y-m-d unless the zone skips the whole day.
// h, mi and s must be in range (0-23, 0-59, 0-59).
func At(y int, m time.Month, d, h, mi, s, ns int, loc *time.Location) (time.Time, Clock) {
	if InMonth(y, m, d) && h >= 0 && h < 24 && mi >= 0 && mi < 60 && s >= 0 && s < 60 && ns >= 0 && ns < 1e9 {
		// UTC and a zone of one offset have no changes: see DayStart.
		if loc == time.UTC {
			return time.Unix(unixDays(y, m, d)*secondsPerDay+int64(h*3600+mi*60+s), int64(ns)).UTC(), Once
		}
		if off, fixed := fixedOffset(loc); fixed {
			return time.Unix(unixDays(y, m, d)*secondsPerDay+int64(h*3600+mi*60+s-off), int64(ns)).In(loc), Once
		}
	}
	t := time.Date(y, m, d, h, mi, s, ns, loc)
	if InMonth(y, m, d) && steady(t) {
		return t, Once
	}
	y, m, d = time.Date(y, m, d, 12, 0, 0, 0, time.UTC).Date()
	wall := time.Date(y, m, d, h, mi, s, ns, time.UTC)
	if shows(t, wall) {
		if first, repeated := earliest(t, wall); repeated {
			return first, Repeated
		}
		return t, Once
	}
	// The skip is the transition nearest the wall time: the end of t's
	// zone when t came back before it, its start when after.
	start, end := t.ZoneBounds()
	transition := end
	if ty, tm, td := t.Date(); !time.Date(ty, tm, td, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC).Before(wall) {
		transition = start
	}
	if transition.IsZero() {
		return t, Skipped
	}
	_, offBefore := transition.Add(-time.Nanosecond).Zone()
	_, offAfter := transition.Zone()
	later := wall.Add(-time.Duration(offBefore) * time.Second).In(loc)
	earlier := wall.Add(-time.Duration(offAfter) * time.Second).In(loc)
	if later.Before(transition) {
		later = transition
	}
	if !earlier.Before(transition) {
		earlier = transition.Add(-time.Nanosecond)
	}
	if before(later, y, m, d) || sameDay(later, y, m, d) || !sameDay(earlier, y, m, d) {
		return later, Skipped
	}
	return earlier, Skipped
}

// A zoneFact is what fixedOffset found of a location.
type zoneFact struct {
	loc    *time.Location
	offset int  // seconds east of UTC, for a fixed zone
	fixed  bool // the zone has one offset, and no transition ever
}

// zoneFacts holds the facts of the last eight locations fixedOffset was
// asked about: a batch reads its datelines in one (the command's
// time.Local) and a few more that their text names (dateline caches a
// zone by its name and offset, so each is one *time.Location).
var (
	zoneFacts    [8]atomic.Pointer[zoneFact]
	nextZoneFact atomic.Uint32
)

// fixedOffset reports whether loc has one offset and no transition, as
// UTC, a time.FixedZone and a Local set to UTC have, and that offset:
// its instants are then a count of seconds away, with no time.Date and
// no look for a transition. A location's answer is found once (its zone
// around an instant has no bounds either way) and kept.
func fixedOffset(loc *time.Location) (offset int, fixed bool) {
	for k := range zoneFacts {
		if z := zoneFacts[k].Load(); z != nil && z.loc == loc {
			return z.offset, z.fixed
		}
	}
	t := time.Unix(0, 0).In(loc)
	start, end := t.ZoneBounds()
	_, offset = t.Zone()
	z := &zoneFact{loc: loc, offset: offset, fixed: start.IsZero() && end.IsZero()}
	zoneFacts[nextZoneFact.Add(1)%uint32(len(zoneFacts))].Store(z)
	return z.offset, z.fixed
}

// steady reports whether no transition of t's zone falls within a day
// either side of t: the clock then shows each time of t's day once, at the
// instant time.Date gives, so the careful reading below is not needed.
// It is the case for nearly every day, and for every day in a zone of
// fixed offset.
func steady(t time.Time) bool {
	const day = 24 * time.Hour
	start, end := t.ZoneBounds()
	return (start.IsZero() || t.Sub(start) > day) && (end.IsZero() || end.Sub(t) > day)
}

const secondsPerDay = 24 * 60 * 60

// unixDays returns the number of days from January 1, 1970 to y-m-d of the
// proleptic Gregorian calendar (negative before it), for a day in its
// month (InMonth).
func unixDays(y int, m time.Month, d int) int64 {
	// Days from civil: the year counted from March, so that February's
	// length comes last (Howard Hinnant's algorithm). Years from -3999
	// on, moved by ten eras of 400 years to positive ones, are counted
	// unsigned, which divides by a constant without a sign's fix-ups.
	if y > -4000 && y < 1<<40 {
		const shift = 10 // eras
		yy := uint64(y + 400*shift)
		if m <= time.February {
			yy--
		}
		era := yy / 400
		yoe := yy - era*400
		mp := (uint64(m) + 9) % 12
		doy := (153*mp+2)/5 + uint64(d) - 1
		doe := yoe*365 + yoe/4 - yoe/100 + doy
		return int64(era*146097+doe) - 719468 - shift*146097
	}
	yy := int64(y)
	if m <= time.February {
		yy--
	}
	era := yy / 400
	if yy < 0 && yy%400 != 0 {
		era--
	}
	yoe := yy - era*400
	mp := (int64(m) + 9) % 12
	doy := (153*mp+2)/5 + int64(d) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// Weekday returns the weekday of y-m-d of the proleptic Gregorian
// calendar, a day of its month (InMonth), without making a time.Time.
func Weekday(y int, m time.Month, d int) time.Weekday {
	w := (unixDays(y, m, d) + 4) % 7 // January 1, 1970 was a Thursday
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}

// InMonth reports whether y-m-d is a day of the proleptic Gregorian
// calendar, which time.Date would not normalize.
func InMonth(y int, m time.Month, d int) bool {
	if m < time.January || m > time.December || d < 1 {
		return false
	}
	return d <= 28 || d <= DaysIn(y, m)
}

// DaysIn returns the length of month m of the proleptic Gregorian year y.
func DaysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

func sameDay(t time.Time, y int, m time.Month, d int) bool {
	ty, tm, td := t.Date()
	return ty == y && tm == m && td == d
}

// before reports whether t's date in its location is before y-m-d.
func before(t time.Time, y int, m time.Month, d int) bool {
	ty, tm, td := t.Date()
	if ty != y {
		return ty < y
	}
	if tm != m {
		return tm < m
	}
	return td < d
}

// AddDays returns the civil day n days after t's, as noon UTC: for
// writing a date (its weekday, day, month and year), where t.AddDate
// would go through a midnight the zone may skip.
func AddDays(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d+n, 12, 0, 0, 0, time.UTC)
}
