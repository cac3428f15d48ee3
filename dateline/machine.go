package dateline

import (
	"time"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// What machine and mail timestamps add to the time of day: a fraction of
// a second, and an offset with a zone's name beside it.

// gatherZone takes a zone field: the offset is the zone, and a name
// beside it (-0700 MST, +0200 (CEST), PST-0700) its name; a second offset
// (+0300 +03) repeats the first, as package parse has checked.
func (f *facts) gatherZone(x *parse.Field) {
	switch {
	case !f.hasZone:
		f.zone, f.hasZone = *x, true
	case x.Form == layout.ZoneName && f.zone.Form != layout.ZoneName:
		f.zoneName, f.hasZoneName = *x, true
	case x.Form != layout.ZoneName && f.zone.Form == layout.ZoneName:
		f.zoneName, f.hasZoneName = f.zone, true
		f.zone = *x
	}
}

// nanosecond returns the fraction of a second the text states, in
// nanoseconds.
func (f *facts) nanosecond() int {
	if !f.hasFraction {
		return 0
	}
	ns := f.fraction.Value
	for range 9 - int(f.fraction.Digits) {
		ns *= 10
	}
	return ns
}

// wordHour reports whether f is an hour written as a word, noon or
// midnight (its Text), which names one time of day: no layout writes it
// for the others.
func wordHour(f *parse.Field) bool { return f.Kind == layout.Hour && f.Text != "" }

// midnightSaid warns that midnight after a date, a word ("at midnight",
// "à minuit", "um Mitternacht"), is read as the date's first moment, 12:00
// am, where a page may mean the midnight that ends the day: "Saturday,
// March 2, 2024 at midnight" was Saturday at 12:00 am, a day before the
// deadline that most such lines name, with nothing said (an adversarial
// review's tenth finding).
func (rv *resolver) midnightSaid() {
	f := &rv.f
	day := rv.dl.Time
	rv.add(CodeDateAmbiguous, Warning, f.hour.Start, f.hour.End, "midnight is read as 12:00 am at the start of "+dayText(day)+
		"; if the midnight at its end is meant, that is "+dayText(day.AddDate(0, 0, 1))+" at 12:00 am")
}

// offsetTooSaid warns that a range of times after an ISO date, written as
// RFC 3339 writes a time with a space for its T, may be one time at an
// offset: "2024-03-02 01:30-05:00" was 1:30 am in the reader's zone, the
// range's end dropped, with nothing said, where at UTC-05:00 it is 6:30
// am UTC (an adversarial review's fourth finding; see parse.OffsetToo).
// The reading stays the range's, as event pages write "2024-03-02
// 09:00-11:00"; the message gives the offset's.
func (rv *resolver) offsetTooSaid(fields []parse.Field) {
	f := &rv.f
	for i := range fields {
		end := &fields[i]
		if end.Flags&parse.OffsetToo == 0 || i+2 >= len(fields) || fields[i+2].Kind != layout.Minute || !f.hasClock {
			continue
		}
		off := -(end.Value*3600 + fields[i+2].Value*60)
		y, m, d := rv.dl.Time.Date()
		at := time.Date(y, m, d, f.hour.Value, f.minute.Value, 0, 0, time.FixedZone("", off)).In(rv.dl.Time.Location())
		rv.add(CodeZoneAmbiguous, Warning, f.hour.Start, fields[i+2].End, quote(f.input[f.hour.Start:fields[i+2].End])+
			" was read as a range of times whose end is not kept; as a time at the offset "+offsetText(off)+
			", as RFC 3339 writes it with a space for its T, it is "+dayText(at)+" at "+clockText(at)+" "+at.Format("MST")+
			" (write the T for the offset, or spaces around the dash for the range)")
		return
	}
}

// rangeTooSaid warns that an offset glued by its minus to a time of day
// may be the end of a range of times: "2024-03-02 09:30-10" and
// "2024-03-02 09:30-1000" are read at UTC-10:00, and may be 9:30 to 10:00
// in the reader's zone (see parse.RangeToo). The first was read as far as
// its time, the "-10" dropped with nothing said, and the second at the
// offset with nothing said (the fourth item of the fifty-first round's
// review of times).
func (rv *resolver) rangeTooSaid() {
	f := &rv.f
	if !f.hasClock || !f.hasZone || f.zone.Flags&parse.RangeToo == 0 || !rv.dl.HasTime {
		return
	}
	y, m, d := rv.dl.Time.Date()
	at := time.Date(y, m, d, f.hour.Value, f.minute.Value, 0, 0, rv.o.loc)
	end := -f.zone.Value
	rv.add(CodeZoneAmbiguous, Warning, f.hour.Start, f.zone.End, quote(f.input[f.hour.Start:f.zone.End])+
		" was read as a time at the offset "+offsetText(f.zone.Value)+"; as a range of times to "+pad2(end/3600)+":"+pad2(end%3600/60)+
		", it is "+clockText(at)+" "+at.Format("MST")+" (write the T or the seconds for the offset, or the end's minutes with its colon for the range)")
}

// offsetZone returns the zone of a numeric offset, named as the text names
// it beside the offset (-0700 MST). A name whose own offset is another
// (-0700 (CEST)) is a warning: the offset is what the time is read in,
// and the zone keeps the text's name, so that its layout writes it back.
func (rv *resolver) offsetZone(report bool) (*time.Location, int) {
	f := &rv.f
	if !f.hasZoneName {
		return fixedZone("", f.zone.Value), 0
	}
	name := f.input[f.zoneName.Start:f.zoneName.End]
	z, ok := parse.LookupZone(name)
	if !ok || z.Location != "" || z.Ambiguous || z.Offset == f.zone.Value {
		// Known with this offset, or a zone whose offset changes with
		// the season (ET), or not known: the name is the text's.
		return fixedZone(name, f.zone.Value), 0
	}
	if report {
		s, e := min(f.zone.Start, f.zoneName.Start), max(f.zone.End, f.zoneName.End)
		rv.add(CodeZoneAmbiguous, Warning, s, e, name+" is "+offsetText(z.Offset)+", and the offset beside it is "+
			offsetText(f.zone.Value)+"; the time was read at "+offsetText(f.zone.Value))
	}
	return fixedZone(name, f.zone.Value), weightWarning
}

// offsetText writes an offset in seconds as UTC+02:00.
func offsetText(off int) string {
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	return "UTC" + sign + pad2(off/3600) + ":" + pad2(off%3600/60)
}

func pad2(n int) string {
	if n < 10 {
		return "0" + itoa(n)
	}
	return itoa(n)
}
