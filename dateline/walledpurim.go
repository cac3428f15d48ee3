package dateline

import (
	"time"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/occasion"
)

// Purim in a walled city. Jerusalem, walled since Joshua's day, keeps
// Purim on 15 Adar (Adar II in a leap year), the day the rest of the
// world keeps as Shushan Purim, and a Jerusalem page names that day
// Purim: "Purim, Monday, March 25, 2024" under Sunset(Jerusalem) (--city
// Jerusalem) was an error that Purim 5784 is 14 Adar II (March 24),
// not 15 Adar II, found by adversarial review 48. With the sunset rule
// of Jerusalem, Purim named on the 15th is read as the city's Purim and
// an info says so; named on the 14th it is still right, with an info
// that the city keeps it the day after. Where the 15th is a Shabbat
// (Purim Meshulash, 5785), the city's Purim is spread over three days
// and none is its Purim alone: the 15th stays an error there. Another
// city, or no sunset rule, reads Purim as before.

// walledCity reports whether the options' sunset rule is at a city that
// keeps Purim on 15 Adar.
func (rv *resolver) walledCity() bool {
	return rv.o.rule != nil && rv.o.rule.Name == "Jerusalem"
}

// walledPurimDay reports whether name names Purim and d is its day in a
// walled city, the day after the Purim of year d.Year; d is the 15th.
func (rv *resolver) walledPurimDay(d hebrew.Date, name string) bool {
	if !rv.walledCity() || d.IsZero() || d.Day != 15 || d.Weekday() == time.Saturday {
		return false
	}
	o, ok := occasion.Find(name, d.Year, occasion.Israel)
	return ok && o.Is("Purim") && !o.Is("Purim Katan") && o.Date == d.AddDays(-1)
}

// walledPurimInfo is the info on Purim named on day d under a walled
// city's sunset rule: walled is set when d is the city's own Purim.
func walledPurimInfo(d hebrew.Date, walled bool) string {
	if walled {
		return "Purim is kept in Jerusalem, a walled city, on 15 Adar, " + d.String() + " (Shushan Purim elsewhere)"
	}
	return "Purim " + itoa(d.Year) + " is " + d.String() + " elsewhere; Jerusalem, a walled city, keeps it on " + d.AddDays(1).String() + " (Shushan Purim)"
}
