package dateline

import (
	"time"

	"github.com/dualdate/dualdate/internal/julian"
	"github.com/dualdate/dualdate/internal/layout"
)

// checkOldStyle reports the Old Style half of a dual date that does not
// name the dateline's day (see package parse's OldStyle): the Julian day of
// "February 12/22, 1732", which is February 11, or the legal year of
// "February 11, 1730/1", which is 1731/2. England and its colonies counted
// the year from March 25 until 1752, so that a day from January 1 to March
// 24 was in the year before the one that had begun on January 1; on other
// days, and from 1752 on, the two are the same year. The dateline is the
// day the other half names, the New Style day or the historical year's.
// It runs once, on the resolved dateline.
func (rv *resolver) checkOldStyle() {
	f := &rv.f
	d := rv.dl
	if !d.HasDay() {
		return
	}
	jy, jm, jd := julian.Date(d.Time)
	if f.hasOSDay && f.osDay.Value != jd {
		x := f.osDay
		// The written day is in the New Style day's month, or, if
		// after it, the month before (31/10 February).
		_, gm, gd := d.Time.Date()
		wm := int(gm)
		if x.Value > gd {
			wm = (wm+10)%12 + 1
		}
		rv.add(CodeCalendar, Error, x.Start, x.End, dayText(d.Time)+" (New Style) is "+monthName(int(jm))+" "+itoa(jd)+
			" in the Julian calendar (Old Style), not "+monthName(wm)+" "+itoa(x.Value)+
			"; the Old Style day of a dual date is 10 to 13 days before its New Style one")
	}
	if !f.hasLegalYear {
		return
	}
	x := f.legalYear
	legal := jy
	early := jm < time.March || jm == time.March && jd < 25
	if jy <= 1751 && early {
		legal = jy - 1
	}
	if x.Value == legal || x.Form != layout.LegalYear && x.Value == jy {
		// A year of its own in the Old Style bracket may count from
		// January 1 too: "March 5, 1700 [O.S. February 23, 1700]".
		return
	}
	day := monthName(int(jm)) + " " + itoa(jd) + ", " + itoa(jy) + " (Old Style)"
	switch {
	case !early:
		rv.add(CodeCalendar, Error, x.Start, x.End, day+" was in "+itoa(jy)+" whether the year began on January 1 or on March 25; "+
			"a double year is written only from January 1 to March 24")
	case jy > 1751:
		rv.add(CodeCalendar, Error, x.Start, x.End, day+" was in "+itoa(jy)+": from 1752 the year began on January 1, "+
			"and a double year is written only before")
	default:
		rv.add(CodeCalendar, Error, x.Start, x.End, day+" was in the year "+itoa(legal)+" as counted from March 25 (written "+
			itoa(legal)+"/"+itoa(jy%10)+"), not "+itoa(x.Value))
	}
}

// checkOldStyleYear warns of the year of a Julian date from January 1 to
// March 24 before 1752 that states one year, and nothing else to tell
// which: "February 11, 1731 O.S." is read in the year that began on
// January 1, February 22, 1731 (New Style), but England and its colonies
// began the year on March 25 until 1752, and wrote Washington's birthday,
// February 22, 1732, so. A weekday or a Hebrew date settles it (the
// resolver checks them against the year read), and so does a double year
// (1731/2, see checkOldStyle). It says nothing of a dateline with an
// error. It runs once, on the resolved dateline.
func (rv *resolver) checkOldStyleYear() {
	f := &rv.f
	d := rv.dl
	if !d.HasDay() || f.hasW || f.hasHDay || f.hasHMonth || !f.hasGMonth || !f.hasGDay {
		return
	}
	if f.gMonth.Lang != layout.English {
		// A month named in another language is no English text's:
		// "julianisch am 17. Januar 1679" (historia-docet.de, the
		// eightieth held-out round) is of a country that began the
		// year on January 1, and was warned of England's March 25.
		return
	}
	for _, p := range rv.problems {
		if p.Severity == Error {
			return // the dateline is refused already
		}
	}
	jy, jm, jd := julian.Date(d.Time)
	if jy > 1751 || jm > time.March || jm == time.March && jd >= 25 || jy != f.gYear.Value {
		return
	}
	if !julian.Valid(jy+1, jm, jd) {
		return // February 29 has no day a year on
	}
	gy, gm, gd := julian.ToGregorian(jy+1, jm, jd)
	later := time.Date(gy, gm, gd, 0, 0, 0, 0, time.UTC)
	rv.add(CodeDateAmbiguous, Warning, f.gYear.Start, f.gYear.End, monthName(int(jm))+" "+itoa(jd)+", "+itoa(jy)+
		" (Old Style) was read in the year that began on January 1, "+dayText(d.Time)+"; England and its colonies began "+
		"the year on March 25 until 1752, and there it is "+dayText(later)+": write the double year, "+
		itoa(jy)+"/"+itoa((jy+1)%10)+" or "+itoa(jy-1)+"/"+itoa(jy%10)+", to say which")
}
