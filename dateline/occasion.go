package dateline

import (
	"strings"
	"sync"
	"time"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
	"github.com/dualdate/dualdate/occasion"
)

// Occasions returns the occasions of the dateline's Hebrew day (holidays,
// the eve of one, fasts, Rosh Chodesh, Shabbat Mevarchim and the special
// Shabbatot) and, last, the weekly Torah portion read on the coming
// Shabbat (of Kind occasion.Portion; none in a week whose Shabbat has a
// holiday reading), as hebcal-go computes them, in the Diaspora's schedule
// or, with the Israel option, Israel's. Name each with Occasion.Name in
// the locale you want. A dateline without a Hebrew day has none.
//
// A dateline whose Hebrew day is its civil day's evening's, the next day's
// (New after sunset under a Sunset or Nightfall rule, or one read from
// "Tuesday night, December 12, 2017"), has that evening's occasions, as
// Format writes them: those hebcal names by the evening at the end of a
// civil day (see occasion.Occasion.Evening) are the civil day's. December
// 25, 2024 at 8:00 pm in New York, 25 Kislev 5785, is "Chanukah: 1
// Candle", which hebcal dates to 24 Kislev, the day the first candle is
// lit at whose end; it was 25 Kislev's "Chanukah: 2 Candles", the next
// evening's (found trying the command as an adversary). September 28,
// 2024 at 11:00 pm, 26 Elul 5784, is Leil Selichot, which was left out.
func (d Dateline) Occasions(opts ...Option) []occasion.Occasion {
	o := makeOptions(opts)
	if !d.Hebrew.IsValid() {
		return nil
	}
	out := d.appendHolidays(nil, o.occasionSchedule())
	if p, ok := occasion.PortionOf(d.Hebrew, o.occasionSchedule()); ok {
		out = append(out, p)
	}
	return out
}

// appendHolidays appends the occasions of d's Hebrew day in schedule s
// but its portion to dst, as Occasions lists them: for the Hebrew date of
// its civil day's evening, the evening's (see Occasions).
func (d Dateline) appendHolidays(dst []occasion.Occasion, s occasion.Schedule) []occasion.Occasion {
	if d.HasDay() && layout.EveningOf(d.Time, d.Hebrew) {
		return layout.EveningOccasions(dst, d.Hebrew, s)
	}
	return occasion.AppendOn(dst, d.Hebrew, s)
}

// occasionNames are the names of occasion.Names, by the indexes that
// parse's Holiday and Portion fields hold as their Value: a copy of the
// package's own, made once.
var occasionNames = sync.OnceValue(occasion.Names)

// holidayNameOf returns the name of the occasion a Holiday field of input
// names, as occasion.Find reads it: the text's own, or, where the text
// names the occasion by a word no table spells as one, hebcal's name of
// the field's Value. "First Seder: Saturday night, April 12" names Pesach
// by its Seder (see parse's numberedSeder), which no occasion is named:
// looked up by its text, Pesach was not found, and a first Seder on the
// wrong evening was said to be nothing wrong.
func holidayNameOf(input string, h *parse.Field) string {
	text := input[h.Start:h.End]
	var idx [8]int
	if names := occasionNames(); len(parse.OccasionsIn(idx[:0], text)) == 0 && h.Value >= 0 && h.Value < len(names) {
		return names[h.Value].Text
	}
	return text
}

// occasionName returns the holiday name the dateline's text gives.
func (rv *resolver) occasionName() string {
	names := occasionNames()
	if v := rv.f.holiday.Value; v >= 0 && v < len(names) {
		return names[v].Text
	}
	return ""
}

// schedules returns the schedules to check occasions in.
func (rv *resolver) schedules() []occasion.Schedule {
	switch rv.o.schedule {
	case israel:
		return onlyIsrael
	case diaspora:
		return onlyDiaspora
	}
	return eitherOne
}

var (
	onlyIsrael   = []occasion.Schedule{occasion.Israel}
	onlyDiaspora = []occasion.Schedule{occasion.Diaspora}
	eitherOne    = []occasion.Schedule{occasion.Diaspora, occasion.Israel}
)

// occasionIn returns the dateline's day in Hebrew year hy by the holiday
// it names: the holiday's day, or for "Erev X" (a Holiday with a Shift)
// the day before X. The year a dateline states after an eve is the year
// of the occasion it is the eve of (its Shift says so): Erev Rosh Hashana
// 5760 is 29 Elul 5759.
//
// A day of the Omer named with a year alone (see facts.omerDay) names its
// day as an occasion does: day N is 16 Nisan and the N-1 days after it,
// "33rd day of the Omer 5784" 18 Iyyar 5784.
func (rv *resolver) occasionIn(hy int) (hebrew.Date, bool) {
	f := &rv.f
	if !f.hasHoliday {
		if first, err := hebrew.NewDate(hy, hebrew.Nisan, 16); err == nil && f.omerDay() && f.omer.Value >= 1 && f.omer.Value <= 49 {
			return first.AddDays(f.omer.Value - 1), true
		}
		return hebrew.Date{}, false
	}
	shift := int(f.holiday.Shift)
	yearShift := 0
	if f.hasHY {
		yearShift = int(f.hYear.Shift)
	}
	for _, y := range [2]int{hy, hy - 1} {
		d, ok := rv.occasionDay(rv.occasionName(), y, shift != 0)
		if !ok {
			continue
		}
		d = d.AddDays(-shift)
		if d.IsZero() {
			return hebrew.Date{}, false
		}
		if shift == 0 && f.holiday.Flags&parse.LastDay != 0 {
			// "the last day of Pesach 5784": the last day in the
			// schedule the options read first, the Diaspora's unless
			// Israel's alone; it was the first day, and an error that
			// it is not the last, which the error named.
			d = lastOccasionDay(d, rv.occasionName(), rv.schedules()[0])
		} else if shift == 0 {
			d = rv.occasionWeekday(d)
		}
		if yearShift == 0 && y == hy || d.AddDays(yearShift).Year == hy {
			// The year before's only where its day is in hy: "Purim
			// Katan 5785", of a common year, was 14 Adar I 5784, and an
			// error that it is that day, not itself.
			return d, true
		}
	}
	return hebrew.Date{}, false
}

// occasionWeekday returns the day of the occasion that begins on day
// first on which falls the weekday the dateline names with it, and no day
// or month: "Shabbat Chanukah 5785" is the Saturday of Chanukah, 27
// Kislev, "Erev Shabbos Chanukah" its Friday, "Monday, Pesach 5784" the
// Monday of Pesach. It was the occasion's first day, with a weekday error
// on a right page. An occasion has each weekday once in its first week;
// the first day itself, a day past the occasion, or a weekday that two of
// its days have (Sukkot with Shemini Atzeret) leaves first as it is, for
// the weekday's check to judge. After a weekday's evening (Motzei
// Shabbat Chanukah, Saturday night) the Hebrew date is the next day's, on
// which the weekday after it falls.
func (rv *resolver) occasionWeekday(first hebrew.Date) hebrew.Date {
	f := &rv.f
	want := f.civilW
	if f.weekday.Flags&parse.Night != 0 {
		want = (want + 1) % 7 // Motzei Shabbat Chanukah: Sunday's Hebrew date
	}
	if !f.hasW || f.holiday.Flags&(parse.Counted|parse.Night) != 0 ||
		f.hasGDay || f.hasHDay || f.hasGMonth || f.hasHMonth || first.Weekday() == want {
		return first
	}
	name := rv.occasionName()
	found := hebrew.Date{}
	for k := 1; k < maxOccasionDays; k++ {
		d := first.AddDays(k)
		if d.IsZero() || rv.occasionSchedules(d, name) == 0 {
			break
		}
		if d.Weekday() == want {
			if !found.IsZero() {
				return first // two days of that weekday
			}
			found = d
		}
	}
	if found.IsZero() {
		return first
	}
	return found
}

// checkOccasionTwice warns of an occasion named with a Gregorian year
// that has it twice: "Asara B'Tevet 2020" is 10 Tevet 5780, January 7,
// and 10 Tevet 5781, December 25. The resolver reads one of them; nothing
// in the text says which, unless a weekday does. It says nothing of a
// dateline with an error. It runs once, on the resolved dateline.
func (rv *resolver) checkOccasionTwice() {
	f := &rv.f
	d := rv.dl
	if !d.HasDay() || !d.Hebrew.IsValid() || rv.f.calendar() != layout.Gregorian {
		return
	}
	for _, p := range rv.problems {
		if p.Severity == Error {
			return
		}
	}
	gy := rv.occasionYear(d.Hebrew)
	for _, hy := range [2]int{d.Hebrew.Year - 1, d.Hebrew.Year + 1} {
		o, ok := rv.occasionIn(hy)
		if !ok || o == d.Hebrew {
			continue
		}
		y, m, day := o.Gregorian()
		if rv.occasionYear(o) != gy || f.hasW && o.Weekday() != f.civilW {
			continue
		}
		name := f.holidayName
		other := time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
		rv.add(CodeDateAmbiguous, Warning, f.holiday.Start, f.gYear.End, quote(f.input[f.holiday.Start:f.gYear.End])+
			" is two days, "+d.Hebrew.String()+" ("+dayText(d.Time)+") and "+o.String()+" ("+dayText(other)+"); it was read as "+
			d.Hebrew.String()+": write the Hebrew year ("+name+" "+itoa(d.Hebrew.Year)+") to say which")
		return
	}
}

// checkHebrewDayTwice warns, as checkOccasionTwice does of an occasion,
// of a Hebrew day and month named with only the Gregorian year it falls
// in, where that year has it twice: "1 Tevet (2025)" is 1 Tevet 5785,
// January 1, and 1 Tevet 5786, December 21 (see parse's
// civilYearInBrackets). A weekday that one of them has says which. It
// runs once, on the resolved dateline.
func (rv *resolver) checkHebrewDayTwice() {
	f := &rv.f
	d := rv.dl
	if !d.HasDay() || !d.Hebrew.IsValid() || f.calendar() != layout.Gregorian {
		return
	}
	for _, p := range rv.problems {
		if p.Severity == Error {
			return
		}
	}
	gy, _, _ := d.Hebrew.Gregorian()
	days, n := daysInCivilYear(gy, d.Hebrew.Month, d.Hebrew.Day, false)
	for _, o := range days[:n] {
		if o == d.Hebrew || f.hasW && o.Weekday() != f.civilW {
			continue
		}
		start, end := f.hSpan()
		if f.gYear.End < len(f.input) && f.input[f.gYear.End] == ')' {
			end = max(end, f.gYear.End+1)
		}
		end = max(end, f.gYear.End)
		rv.add(CodeDateAmbiguous, Warning, start, end, quote(f.input[start:end])+" is two days, "+dayAndHebrew(d.Hebrew)+" and "+dayAndHebrew(o)+
			"; it was read as "+d.Hebrew.String()+": write the Hebrew year ("+d.Hebrew.String()+") or the weekday to say which")
		return
	}
}

// checkBareAdarOccasion warns of a Rosh Chodesh of a bare Adar in a leap
// year, named alone with no civil date or weekday to say which Adar: "2nd
// day of Rosh Chodesh Adar 5784" was read as Adar II's with nothing
// said, where "Rosh Chodesh Adar 5784", whose Adar is read as a month,
// has the warning adarAmbiguous writes. It runs once, on the resolved
// dateline.
func (rv *resolver) checkBareAdarOccasion() {
	f := &rv.f
	d := rv.dl.Hebrew
	if !d.IsValid() || !hebrew.IsLeapYear(d.Year) || d.Month != hebrew.AdarII && d.Month != hebrew.AdarI {
		return
	}
	name := f.holidayName
	for _, s := range rv.schedules() {
		if _, ok := occasion.Find(name, d.Year, s); ok {
			return // Rosh Chodesh Adar I or II, as named
		}
		if _, ok := bareAdarRoshChodeshIn(name, d.Year, s); ok {
			rv.add(CodeAdarAmbiguous, Warning, f.holiday.Start, f.holiday.End, adarUnsaid(d.Year, "Adar II"))
			return
		}
	}
}

// occasionDay returns the day of the occasion called name in Hebrew year
// hy, in a schedule the options allow; with first, a Rosh Chodesh of two
// days is its first day, as the day before it needs.
func (rv *resolver) occasionDay(name string, hy int, first bool) (hebrew.Date, bool) {
	for _, s := range rv.schedules() {
		o, ok := occasion.Find(name, hy, s)
		if !ok && s == occasion.Israel {
			if d, ok := simchatTorahDay(name, hy); ok {
				return d, true
			}
		}
		if !ok {
			o, ok = bareAdarRoshChodeshIn(name, hy, s)
		}
		if ok {
			if o.Kind == occasion.RoshChodesh && o.Date.Day == 30 && !first {
				// A two-day Rosh Chodesh is read as the first of the
				// month, as "Rosh Chodesh Elul, 5743" is.
				return o.Date.AddDays(1), true
			}
			return o.Date, true
		}
	}
	return hebrew.Date{}, false
}

// firstDay reports whether on is the first day of the occasion name in
// its Hebrew year, the day occasionIn reads an eve's next day as: "Erev
// Chanukah 5785" is 24 Kislev, the day before 25 Kislev, Chanukah's first
// day, though hebcal names 24 Kislev "Chanukah: 1 Candle". It was an
// occasion error that named the day it read as the right one.
func (rv *resolver) firstDay(on hebrew.Date, name string) bool {
	d, ok := rv.occasionDay(name, on.Year, true)
	return ok && d == on
}

// nearestOccasionDay returns the day of the occasion name nearest to on,
// in on's Hebrew year or the one before or after, and that year: the Rosh
// Hashana nearest 28 Elul 5783 is 5784's, two days on, not 5783's.
func (rv *resolver) nearestOccasionDay(name string, on hebrew.Date, first bool) (hebrew.Date, int, bool) {
	var best hebrew.Date
	bestYear, found := 0, false
	for hy := on.Year - 1; hy <= on.Year+1; hy++ {
		d, ok := rv.occasionDay(name, hy, first)
		if ok && (!found || abs(d.DaysSince(on)) < abs(best.DaysSince(on))) {
			best, bestYear, found = d, hy, true
		}
	}
	return best, bestYear, found
}

// checkOccasionYear checks the Hebrew year stated beside an occasion and
// a civil date against the civil day d, which is the occasion's: "Yom
// Kippur 5686, September 18, 1926" names Yom Kippur 5687, whose day it
// is, and not 5686's (September 28, 1925). The year after an eve is the
// occasion's, as its Shift says (Erev Rosh Hashana 5760 is in Elul 5759).
func (rv *resolver) checkOccasionYear(d hebrew.Date, report bool) int {
	f := &rv.f
	hy := f.hYear.Value
	if d.AddDays(int(f.hYear.Shift)).Year == hy {
		return 0
	}
	if report {
		what := f.holidayName + " " + itoa(hy)
		msg := d.String() + " is not " + what
		if day, ok := rv.occasionIn(hy); ok {
			y, m, dd := rv.textDate(day)
			msg = what + " is " + day.String() + " (" + dateText(y, m, dd) + "), not " + d.String()
		}
		rv.add(CodeCalendar, Error, f.hYear.Start, f.hYear.End, msg)
	}
	return weightError
}

// statedOccasionDay returns the day of the occasion the dateline names in
// the Hebrew year it states beside it, where d, the Hebrew date of its
// civil date, is that occasion's day in another year (checkOccasionYear's
// error): "Rosh Hashanah 5643 (10 September 1892 OS)" states 1 Tishrei
// 5643, where its civil date is Rosh Hashanah 5653. The dateline carries
// the Hebrew date its text states, as it carries a stated "1 Tishrei 5643"
// its civil date is not; it carried d, the day of a year the text does not
// name. A civil day that is not the occasion's first (or the eve's) in its
// own year keeps d.
func (rv *resolver) statedOccasionDay(d hebrew.Date) (hebrew.Date, bool) {
	f := &rv.f
	if !f.hasHoliday || !f.hasHY || f.hasHMonth || f.hasPortion || d.IsZero() {
		return hebrew.Date{}, false
	}
	own := d.AddDays(int(f.hYear.Shift)).Year
	if own == f.hYear.Value {
		return hebrew.Date{}, false
	}
	if day, ok := rv.occasionIn(own); !ok || day != d {
		return hebrew.Date{}, false
	}
	return rv.occasionIn(f.hYear.Value)
}

// maxJoinedDays is the most days after the first occasion of a list
// joined by a slash or ampersand that a later one may fall on: Sukkot &
// Simchat Torah is 15 and 23 Tishrei, Rosh Hashana & Yom Kippur 1 and 10.
const maxJoinedDays = 10

// joinedDay reports whether the occasion name, after a slash or ampersand
// in a list whose first name is day on's, falls on that day or one of the
// maxJoinedDays after it in a schedule the options allow: "Shemini
// Atzeres/Simchas Torah 5779" names 22 Tishrei and, in the Diaspora, 23.
// A name further off ("Chanukah/Pesach") is not the list's.
func (rv *resolver) joinedDay(on hebrew.Date, name string) bool {
	for k := range maxJoinedDays + 1 {
		if rv.occasionSchedules(on.AddDays(k), name) != 0 {
			return true
		}
	}
	return false
}

// maxOccasionDays is the most days an occasion named without its day
// lasts: Sukkot with Shemini Atzeret and Simchat Torah, nine in the
// Diaspora; Chanukah and Pesach, eight.
const maxOccasionDays = 9

// occasionTouchesYear reports whether a day of the occasion the dateline
// names, which starts on its first day first, falls in civil year gy.
// "Chanukah 5785 (2025)" names the Chanukah that runs from December 26,
// 2024 to January 2, 2025: a civil year beside an occasion's Hebrew year
// is the year of any of its days, as pages give the year it ends in, or
// the one most of it falls in, as well as the one it starts in. The day
// the dateline reads stays the first.
func (rv *resolver) occasionTouchesYear(first hebrew.Date, gy int) bool {
	name := rv.occasionName()
	for k := 1; k < maxOccasionDays; k++ {
		d := first.AddDays(k)
		if d.IsZero() || rv.occasionSchedules(d, name) == 0 {
			return false
		}
		if y, _, _ := d.Gregorian(); y == gy {
			return true
		}
	}
	return false
}

// chanukahStart returns the first day of the Chanukah that day d is a
// day of, its eve included, where the occasion the dateline names is
// Chanukah or one of its days: a Gregorian year after one names the
// Chanukah that begins in December of that year, as "Chanukah 2024" is
// Chanukah 5785, December 26, 2024. "7th day of Chanukah 2024" (January
// 1, 2025), "Zot Chanukah 2024" and "8th night of Chanukah 2024" were
// "no Hebrew year has Chanukah in 2024", and "7th day of Chanukah 2025"
// could be January 1, 2025, of the Chanukah of 2024 (found trying the
// command as an adversary).
func (rv *resolver) chanukahStart(d hebrew.Date) (hebrew.Date, bool) {
	if !strings.Contains(rv.occasionName(), "Chanukah") {
		return hebrew.Date{}, false
	}
	first, err := hebrew.NewDate(d.Year, hebrew.Kislev, 25)
	if n := d.DaysSince(first); err != nil || n < -1 || n > 8 {
		return hebrew.Date{}, false
	}
	return first, true
}

// occasionYear returns the Gregorian year that names the occasion whose
// day d is: d's own, or of a day of Chanukah the year of its first day
// (see chanukahStart).
func (rv *resolver) occasionYear(d hebrew.Date) int {
	if first, ok := rv.chanukahStart(d); ok {
		d = first
	}
	y, _, _ := d.Gregorian()
	return y
}

// checkOccasions checks that the holiday and portion the dateline names
// are those of Hebrew day d.
func (rv *resolver) checkOccasions(d hebrew.Date, report bool) int {
	return rv.checkOccasionsOf(d, report, false, false)
}

// checkEvening is checkOccasions for d, the Hebrew day that the evening
// the dateline names begins: a name hebcal gives a day by its evening
// (Chanukah's candles: see occasion.EveningName) is that of the day the
// evening ends, d's eve. "Chanukah: 1 Candle, Tuesday night, December
// 12, 2017" is right, and "Chanukah: 2 Candles" on that evening is not.
func (rv *resolver) checkEvening(d hebrew.Date, report bool) int {
	return rv.checkOccasionsOf(d, report, true, true)
}

// checkAfterSunset is checkEvening for d, the Hebrew date of a civil day's
// evening that a time after sunset or a site's date printed from sunset
// gives (see evalCalendars), beside no words of the evening: its weekly
// portion is d's, the coming Shabbat's, as Dateline.Occasions writes it
// ("Saturday, September 28, 2024 11:00 pm | 26 Elul 5784 | Leil Selichot
// | Parashat Ha'azinu" in New York), not the one of the Shabbat a
// "Motzei Shabbat" ends.
func (rv *resolver) checkAfterSunset(d hebrew.Date, report bool) int {
	return rv.checkOccasionsOf(d, report, true, false)
}

// checkOccasionsOf checks the holiday and portion the dateline names on
// Hebrew day d; evening says d begins at the evening the dateline names
// (see checkEvening), and motzei that a Saturday's evening is named by
// the portion of the Shabbat it ends.
func (rv *resolver) checkOccasionsOf(d hebrew.Date, report, evening, motzei bool) int {
	f := &rv.f
	score := 0
	if f.hasHoliday {
		hd := d
		if evening && rv.motzeiOfShabbat(d.AddDays(-1)) {
			hd = d.AddDays(-1) // Saturday night, Shabbat Zachor: the Shabbat it ends
		}
		score += rv.checkHoliday(hd, report, evening && hd == d)
	}
	if f.hasPortion {
		pd := d
		if motzei && f.hasW && f.weekday.Value == int(time.Saturday) && d.Weekday() == time.Sunday {
			// "מוצאי שבת פרשת בא, י״א שבט תשפ״ד", "Motzei Shabbos
			// Parshas Bo": the evening after Shabbat is named by the
			// portion of the Shabbat it ends, not the next week's, whose
			// first day, from sunset, it is. It was an occasion error.
			pd = d.AddDays(-1)
		}
		score += rv.checkPortion(pd, report)
	}
	return score
}

// checkHoliday checks that the holidays the dateline names are Hebrew day
// d's, or with an Erev the next day's, and returns the score of what is
// not; evening says d begins at the evening the dateline names (see
// checkEvening).
func (rv *resolver) checkHoliday(d hebrew.Date, report, evening bool) int {
	f := &rv.f
	score := 0
	// Every name of a list (Chag HaBanot, Chanukah: 7 Candles) must be
	// the day's, or for Erev X the next day's.
	var idx [8]int
	names := occasionNames()
	shift := int(f.holiday.Shift)
	// 1º dia de Pêssach: its first day only; and after a verb that says
	// it begins on the day ("Pesah počinje 12. aprila"), whose eve
	// occasionEve reads.
	counted := f.holiday.Flags&(parse.Counted|parse.Starts) != 0
	last := f.holiday.Flags&parse.LastDay != 0
	on := d.AddDays(shift)
	if evening && shift > 0 {
		// An eve named beside the evening's Hebrew date, d, is the
		// civil day, whose next day d is (and see hebcal's names of
		// eves below).
		on = d.AddDays(shift - 1)
	}
	bad := -1 // the first name that is not the day's
	schedules := inDiaspora | inIsrael
	list, joined := parse.OccasionListIn(idx[:0], f.input[f.holiday.Start:f.holiday.End])
	if v := f.holiday.Value; len(list) == 0 && v >= 0 && v < len(names) {
		// A name its text does not spell out: "Shekalim" of
		// "Vayakhel-Shekalim", Shabbat Shekalim.
		list, joined = append(list, v), 1
	}
	for i, v := range list {
		if i >= joined && !on.IsZero() && rv.joinedDay(on, names[v].Text) {
			continue // Shemini Atzeres/Simchas Torah: the day after's
		}
		found := 0
		if at := on; !at.IsZero() {
			if evening && shift == 0 && (occasion.EveningName(names[v].Text) || names[v].Kind == occasion.Erev) {
				// Its candles are the eve's, and an eve by hebcal's
				// name is the civil day whose evening d is: "op
				// woensdagavond 18 september, de 15e van de maand
				// Tisjri (erev Soekot)" (incoming.tsv) was an error
				// that Erev Soekot is 14 Tishrei, not 15.
				at = on.AddDays(-1)
			}
			found = rv.occasionSchedules(at, names[v].Text)
			if last && found != 0 {
				// "Final Day of Passover": the day after is no
				// longer the occasion's, schedule by schedule.
				found &^= rv.occasionSchedules(at.AddDays(1), names[v].Text)
			}
		}
		if found != 0 && (shift != 0 || counted) && rv.occasionSchedules(d, names[v].Text) != 0 && !rv.firstDay(on, names[v].Text) {
			// The eve of an occasion of two days or more is the day
			// before its first: "Erev Rosch Haschana" on 1 Tishrei,
			// the eve of Rosh Hashana II, is not its eve. Chanukah's
			// eve, 24 Kislev, is its first candle's day in hebcal's
			// names too, and the eve still of its first day (see
			// firstDay).
			found = 0
		}
		if found != 0 && shift > 0 && !rv.firstDay(on, names[v].Text) && rv.firstDay(on.AddDays(1), names[v].Text) {
			// An eve is the day before the occasion's first day, and
			// Chanukah's first is 25 Kislev, though hebcal lists its
			// first candle under its name on 24 Kislev: "Erev Chanukah,
			// December 24, 2024" (23 Kislev) was read with nothing said
			// (found trying the command as an adversary).
			found = 0
		}
		if found != 0 && shift < 0 && rv.occasionSchedules(d, names[v].Text) == 0 {
			// "Third day of Rosh Hashanah": the day the count
			// reaches is no longer the occasion's.
			found = 0
		}
		if found == 0 && shift == 0 && !counted && !evening {
			// "Tisha B’Av July 21, 2018 (9 Av 5778)": a fast named on
			// its own date, a Shabbat, in a year it is kept on
			// another day (see movedFastDay).
			if kept, fast, ok := movedFastDay(on, names[v].Text); ok {
				found = inDiaspora | inIsrael
				if report {
					rv.add(CodeOccasion, Warning, f.holiday.Start, f.holiday.End, movedFastWarning(fast, on, kept))
				}
			}
		}
		if found == 0 && shift == 0 && !counted && !evening && rv.walledPurimDay(on, names[v].Text) {
			// Purim named on 15 Adar under Jerusalem's sunset rule:
			// the city's Purim (see walledPurimDay).
			found = inDiaspora | inIsrael
			if report {
				rv.add(CodeOccasion, Info, f.holiday.Start, f.holiday.End, walledPurimInfo(on, true))
			}
		} else if found != 0 && report && shift == 0 && !counted && !evening && rv.walledPurimDay(on.AddDays(1), names[v].Text) {
			rv.add(CodeOccasion, Info, f.holiday.Start, f.holiday.End, walledPurimInfo(on, false))
		}
		if found == 0 {
			bad = v
			break
		}
		schedules &= found
	}
	if bad < 0 && report && schedules != 0 {
		what := f.holidayName
		if last {
			what = "the last day of " + what
		}
		rv.scheduleInfo(schedules, what, false, on, f.holiday.Start, f.holiday.End)
	}
	if bad < 0 && f.hasHY && !f.hasHMonth {
		score += rv.checkOccasionYear(d, report)
	}
	if bad >= 0 {
		score += weightError
		if report {
			name := names[bad].Text
			named := func(n string) string {
				if counted && shift == 0 {
					return "day 1 of " + n // 1º dia de Pêssach
				}
				return shiftedName(shift, n)
			}
			msg := d.String() + " is not " + named(name)
			day, hy, ok := rv.nearestOccasionDay(name, on, shift != 0 || counted)
			if last {
				msg = d.String() + " is not the last day of " + name
				if ok {
					msg = "the last day of " + name + " " + itoa(hy) + " is " + rv.lastDaysText(day, name) + ", not " + d.String()
				}
				ok = false
			}
			if f.hasHY && !last {
				// The year the text gives the occasion, not the one
				// nearest the day read: "1.2. Chanuka 5783" named
				// Chanuka 5782, and "Shushan Purim Katan, 15 Adar
				// 5785" Shushan Purim Katan 5784, where 5785, a
				// common year, has none.
				hy = f.hYear.Value
				day, ok = rv.occasionDay(name, hy, shift != 0 || counted)
				if !ok {
					msg = d.String() + " is not " + named(name) + ": there is no " + name + " in " + itoa(hy)
				}
			}
			if ok {
				day = day.AddDays(-shift)
				y, m, dd := day.Gregorian()
				what := named(name + " " + itoa(hy))
				msg = what + " is " + day.String() + " (" + dateText(y, m, dd) + "), not " + d.String()
				if day == d {
					// "Third day of Rosh Hashanah 5784": the count
					// passes the occasion's last day.
					msg = name + " " + itoa(hy) + " has no day " + itoa(1-shift) + ": " + d.String() + " is not one of its days"
				} else if f.holidayEve && shift < 0 {
					// "the second night of Chanukah": the evening its
					// day begins on.
					ey, em, ed := day.AddDays(-1).Gregorian()
					cy, cm, cd := d.AddDays(-1).Gregorian()
					msg = "night " + itoa(1-shift) + " of " + name + " " + itoa(hy) + " is the evening of " + dateText(ey, em, ed) + " (" + day.String() +
						" from sunset), not of " + dateText(cy, cm, cd)
				}
				if evening && shift == 0 && occasion.EveningName(name) {
					// Chanukah's candles, named by the evening.
					cy, cm, cd := d.AddDays(-1).Gregorian()
					msg = what + " is lit on the evening of " + dateText(y, m, dd) + " (" + day.String() + "), not of " + dateText(cy, cm, cd)
				}
			}
			rv.add(CodeOccasion, Error, f.holiday.Start, f.holiday.End, msg)
		}
	}
	return score
}

// lastOccasionDay returns the last day of the occasion name whose first
// day is first, in schedule s.
func lastOccasionDay(first hebrew.Date, name string, s occasion.Schedule) hebrew.Date {
	d := first
	for k := 1; k < maxOccasionDays; k++ {
		next := first.AddDays(k)
		if next.IsZero() || occasionSchedulesIn(next, name, []occasion.Schedule{s}) == 0 {
			break
		}
		d = next
	}
	return d
}

// lastDaysText names the last day of the occasion name whose first day
// is first, in each schedule of holidays the options allow: "21 Nisan
// 5782 (April 22, 2022) in Israel and 22 Nisan 5782 (April 23, 2022) in
// the Diaspora", or the one day where they agree.
func (rv *resolver) lastDaysText(first hebrew.Date, name string) string {
	var days [2]string
	n := 0
	for _, s := range rv.schedules() {
		d := lastOccasionDay(first, name, s)
		y, m, dd := d.Gregorian()
		days[n] = d.String() + " (" + dateText(y, m, dd) + ")"
		if n == 1 && days[1] == days[0] {
			break
		}
		n++
	}
	if n < 2 {
		return days[0]
	}
	// eitherOne's order: the Diaspora's, then Israel's.
	return days[1] + " in Israel and " + days[0] + " in the Diaspora"
}

// checkPortion checks that the weekly portion the dateline names is read
// on the Shabbat on or after Hebrew day d, and returns the score of what
// is not.
func (rv *resolver) checkPortion(d hebrew.Date, report bool) int {
	f := &rv.f
	score := 0
	names := occasionNames()
	key, name := "", ""
	if v := f.portion.Value; v >= 0 && v < len(names) {
		name = names[v].Text
		key = occasion.Key(name)
	}
	found := 0
	var read occasion.Occasion
	for _, s := range rv.schedules() {
		if p, ok := occasion.PortionOf(d, s); ok {
			read = p
			// Is: one half of a double portion too; "Parashat
			// Nitzavim, September 9, 2023" was an error that the
			// portion read that Shabbat is Nitzavim-Vayeilech.
			if occasionKeyed(p, key) || occasionKeyedIn(p, key) || p.Is(name) {
				found |= scheduleBit(s)
			}
		}
	}
	if found != 0 && report {
		rv.scheduleInfo(found, f.input[f.portion.Start:f.portion.End], true, d, f.portion.Start, f.portion.End)
	}
	if found == 0 {
		score += weightError
		if report {
			text := f.input[f.portion.Start:f.portion.End]
			msg := "the Shabbat after " + d.String() + " has a holiday reading, not " + text
			if read.Kind != 0 {
				y, m, dd := read.Date.Gregorian()
				msg = "the portion read on Shabbat, " + dateText(y, m, dd) + ", is " + read.String() + ", not " + text
			}
			rv.add(CodeOccasion, Error, f.portion.Start, f.portion.End, msg)
		}
	}
	return score
}

// shiftedName names the day a Holiday with a Shift names: an Erev's (Shift
// 1) "the eve of X", a numbered day's (Shift 1-N) "day N of X".
func shiftedName(shift int, name string) string {
	switch {
	case shift > 0:
		return "the eve of " + name
	case shift < 0:
		return "day " + itoa(1-shift) + " of " + name
	}
	return name
}
