package dateline

import (
	"strings"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/occasion"
)

// Israel keeps one day of each festival where the Diaspora keeps two, so
// some days have an occasion in one schedule only: Pesach VIII, Shavuot
// II and Simchat Torah on 23 Tishrei are the Diaspora's; Simchat Torah on
// 22 Tishrei, the day of Shmini Atzeret, and some weeks' portions are
// Israel's. A dateline whose occasion is its day's in one schedule is
// right in that schedule: without a schedule chosen (the Israel or
// Diaspora option), the problem is an info that names it.

// schedule bits: which schedules give a day an occasion.
const (
	inDiaspora = 1 << iota
	inIsrael
)

// occasionSchedules returns the schedules, of those the options allow, in
// which an occasion of Hebrew day d is called name (compared as
// occasion.Key compares), as schedule bits.
func (rv *resolver) occasionSchedules(d hebrew.Date, name string) int {
	return occasionSchedulesIn(d, name, rv.schedules())
}

// occasionSchedulesIn is occasionSchedules in the schedules given.
func occasionSchedulesIn(d hebrew.Date, name string, schedules []occasion.Schedule) int {
	var buf [8]occasion.Occasion
	found := 0
	key := occasion.Key(name)
	for _, s := range schedules {
		for _, o := range occasion.AppendOn(buf[:0], d, s) {
			// One of hebcal's names, the festival it is a day of, or a
			// common spelling (occasion.Occasion.Is).
			if o.Is(name) || occasionKeyed(o, key) || s == occasion.Israel && simchatTorahInIsrael(o, key) || bareAdarRoshChodesh(o, key) {
				found |= scheduleBit(s)
			}
		}
	}
	if found == 0 {
		// A locale's name that two occasions share (Romanian's Iom
		// Ieruşalaiim is Yom Yerushalayim and Yom HaAliyah): looked for
		// only where no other name is the day's.
		for _, s := range schedules {
			for _, o := range occasion.AppendOn(buf[:0], d, s) {
				if occasionKeyedIn(o, key) {
					found |= scheduleBit(s)
				}
			}
		}
	}
	return found
}

// scheduleBit returns the schedule bit of s.
func scheduleBit(s occasion.Schedule) int {
	if s == occasion.Israel {
		return inIsrael
	}
	return inDiaspora
}

// occasionKeyed reports whether one of o's names has key.
func occasionKeyed(o occasion.Occasion, key string) bool {
	for _, fam := range [...]hebrew.Family{hebrew.Hebcal, hebrew.Ashkenazi, hebrew.Hebrew} {
		if occasion.Key(o.Name(fam)) == key {
			return true
		}
	}
	return false
}

// bareAdarRoshChodesh reports whether o is the Rosh Chodesh of Adar I or
// Adar II of a leap year and key is its name without the Adar's number,
// as a dateline names it beside a date of a bare Adar, which says which
// Adar it read (see adarAmbiguous): "Rosh Chodesh Adar, 1 Adar 5784" was
// an error that Rosh Chodesh Adar 5785 is 1 Adar 5785, the nearest year
// with a Rosh Chodesh of that name.
func bareAdarRoshChodesh(o occasion.Occasion, key string) bool {
	if o.Kind != occasion.RoshChodesh || !hebrew.IsLeapYear(o.Date.Year) {
		return false
	}
	for _, n := range [...]struct {
		fam    hebrew.Family
		suffix string
	}{{hebrew.Hebcal, " II"}, {hebrew.Hebcal, " I"}, {hebrew.Hebrew, " ב׳"}, {hebrew.Hebrew, " א׳"}} {
		if name := o.Name(n.fam); strings.HasSuffix(name, n.suffix) && occasion.Key(strings.TrimSuffix(name, n.suffix)) == key {
			return true
		}
	}
	return false
}

// bareAdarRoshChodeshIn returns the Rosh Chodesh of Adar II of leap year
// hy in schedule s where name is its name without the Adar's number, as
// a bare Adar is read as Adar II (see adarAmbiguous): "Rosh Chodesh Adar,
// 2 Adar 5784" was an error that Rosh Chodesh Adar 5785 is 1 Adar 5785,
// the nearest year with a Rosh Chodesh of that name, as if the text had
// named another year.
func bareAdarRoshChodeshIn(name string, hy int, s occasion.Schedule) (occasion.Occasion, bool) {
	if !hebrew.IsLeapYear(hy) {
		return occasion.Occasion{}, false
	}
	key := occasion.Key(name)
	first, err := hebrew.NewDate(hy, hebrew.AdarII, 1)
	if err != nil {
		return occasion.Occasion{}, false
	}
	var buf [8]occasion.Occasion
	for _, d := range [...]hebrew.Date{first.AddDays(-1), first} { // 30 Adar I, then 1 Adar II
		for _, o := range occasion.AppendOn(buf[:0], d, s) {
			if bareAdarRoshChodesh(o, key) {
				return o, true
			}
		}
	}
	return occasion.Occasion{}, false
}

// occasionKeyedIn reports whether the name of o in the family of a
// language of layout.Langs has key (see occasionKeyed): a locale's name
// that two portions share, which Key folds to the English key of one of
// them (German's Wajera is Vayera and Vaera, Russian's Ваера too,
// Yiddish's קרח), names either, as the locale writes both so.
func occasionKeyedIn(o occasion.Occasion, key string) bool {
	for _, l := range layout.Langs() {
		if occasion.Key(o.Name(l.Family())) == key {
			return true
		}
	}
	return false
}

// simchatTorahInIsrael reports whether o is Shmini Atzeret in Israel,
// which is Simchat Torah there too (hebcal names the day Shmini Atzeret
// only), and key is a name of Simchat Torah: the Diaspora's occasion of 23
// Tishrei.
func simchatTorahInIsrael(o occasion.Occasion, key string) bool {
	if o.Date.Month != hebrew.Tishrei || o.Date.Day != 22 || o.Kind != occasion.YomTov {
		return false
	}
	d := o.Date.AddDays(1)
	var buf [8]occasion.Occasion
	for _, st := range occasion.AppendOn(buf[:0], d, occasion.Diaspora) {
		if st.Kind == occasion.YomTov && occasionKeyed(st, key) {
			return true
		}
	}
	return false
}

// simchatTorahDay returns the day of Simchat Torah, named name, in
// Israel's schedule of year hy, which hebcal does not name: the day of
// Shmini Atzeret, the day before the Diaspora's Simchat Torah.
func simchatTorahDay(name string, hy int) (hebrew.Date, bool) {
	o, ok := occasion.Find(name, hy, occasion.Diaspora)
	if !ok || o.Date.Month != hebrew.Tishrei || o.Date.Day != 23 {
		return hebrew.Date{}, false
	}
	eve := o.Date.AddDays(-1)
	var buf [8]occasion.Occasion
	for _, sa := range occasion.AppendOn(buf[:0], eve, occasion.Israel) {
		if simchatTorahInIsrael(sa, occasion.Key(name)) {
			return eve, true
		}
	}
	return hebrew.Date{}, false
}

// scheduleInfo reports, in report mode, an occasion or portion that is
// the day's in one schedule only when the options choose none: found is
// what occasionSchedules returned, what the name as written, d the day it
// was checked on, start and end its span.
func (rv *resolver) scheduleInfo(found int, what string, portion bool, d hebrew.Date, start, end int) {
	if rv.o.schedule != eitherSchedule || found == inDiaspora|inIsrael || found == 0 {
		return
	}
	which, other := "Israel's", "the Diaspora's"
	if found == inDiaspora {
		which, other = "the Diaspora's", "Israel's"
	}
	msg := what + " falls on " + d.String() + " in " + which + " schedule of holidays, not in " + other
	if portion {
		msg = what + " is the portion of the week of " + d.String() + " in " + which + " schedule of readings, not in " + other
	}
	rv.add(CodeOccasion, Info, start, end, msg+" (the Israel and Diaspora options choose one)")
}
