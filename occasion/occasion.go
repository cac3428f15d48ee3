package occasion

import (
	"strconv"
	"sync"

	"github.com/hebcal/hdate"
	"github.com/hebcal/hebcal-go/event"
	"github.com/hebcal/hebcal-go/hebcal"
	"github.com/hebcal/hebcal-go/sedra"

	"github.com/dualdate/dualdate/hebrew"
)

// A Schedule is whose calendar of holidays and weekly readings occasions
// follow. Israel keeps one day of each festival where the Diaspora keeps
// two, and so reads some weeks' portions a week earlier.
type Schedule uint8

// The schedules. The zero Schedule is the Diaspora's.
const (
	Diaspora Schedule = iota
	Israel
)

// String returns "diaspora" or "israel".
func (s Schedule) String() string {
	switch s {
	case Diaspora:
		return "diaspora"
	case Israel:
		return "israel"
	}
	return "%!Schedule(" + strconv.Itoa(int(s)) + ")"
}

// hebcal reports whether s is Israel's schedule, as hebcal-go's israel
// (il) parameters take it.
func (s Schedule) hebcal() bool { return s == Israel }

// A Kind says what kind of day an [Occasion] is.
type Kind uint8

// The kinds of occasion, after hebcal's holiday flags.
const (
	YomTov           Kind = iota + 1 // Rosh Hashana, Yom Kippur's holiness aside, Sukkot I, Pesach I, Shavuot ...
	CholHamoed                       // the intermediate days of Sukkot and Pesach
	MinorHoliday                     // Chanukah, Purim, Tu BiShvat, Lag BaOmer ...
	ModernHoliday                    // Yom HaShoah, Yom HaAtzma'ut, Yom Yerushalayim ...
	MajorFast                        // Yom Kippur, Tish'a B'Av
	MinorFast                        // Tzom Gedaliah, Ta'anit Esther, Asara B'Tevet ...
	RoshChodesh                      // the first day or two of a month
	ShabbatMevarchim                 // the Shabbat before Rosh Chodesh
	SpecialShabbat                   // Shabbat Shekalim, Zachor, HaGadol, Shuva ...
	Erev                             // the eve of a holiday
	Portion                          // the weekly Torah portion (parashat hashavua)
)

var kindNames = [...]string{
	"", "yom tov", "chol hamoed", "minor holiday", "modern holiday", "major fast", "minor fast",
	"rosh chodesh", "shabbat mevarchim", "special shabbat", "erev", "portion",
}

// String returns the kind's name in lower case ("rosh chodesh").
func (k Kind) String() string {
	if int(k) < len(kindNames) && k != 0 {
		return kindNames[k]
	}
	return "%!Kind(" + strconv.Itoa(int(k)) + ")"
}

// An Occasion is a holiday, fast, Rosh Chodesh, Shabbat Mevarchim or special
// Shabbat on a Hebrew day, or the weekly Torah portion, as hebcal-go
// computes them.
type Occasion struct {
	Kind Kind
	// Date is the day of the occasion; for a Portion, the Shabbat on which
	// it is read.
	Date hebrew.Date
	// names are hebcal's names in its locales "en", "ashkenazi",
	// "he-x-NoNikud" and "he".
	names [4]string
	// festival is hebcal's English name of the festival the day is one
	// of ("Pesach" for Pesach II), or "" (see festivalOf).
	festival string
	// evening is set for a day hebcal names by what its evening does:
	// Chanukah's candles and Leil Selichot (see Evening).
	evening bool
	// double is set for a Portion that is two read as one, whose English
	// name joins the two by a hyphen (Nitzavim-Vayeilech): see halfKey.
	double bool
}

// Evening reports whether hebcal names o by what the evening at its end
// does rather than by its day: Chanukah's candles ("Chanukah: 1 Candle"
// is 24 Kislev, at whose sunset the first candle is lit, which begins 25
// Kislev; "Chanukah: 8th Day" is named by its day), and Leil Selichot,
// the night after the Shabbat hebcal dates it to (25 Elul 5784, Saturday,
// September 28, 2024, whose night, 26 Elul from sunset, is the first of
// Selichot). A dateline that names the evening of a civil day names these
// by that day, though its Hebrew date is the next day's.
func (o Occasion) Evening() bool { return o.evening }

// EveningName reports whether name is one of hebcal's names, in any of
// its locales, of a day it names by its evening (see Occasion.Evening):
// "Chanukah: 3 Candles" and "Leil Selichot", and not "Chanukah", the
// festival as a whole.
func EveningName(name string) bool {
	key := Key(name)
	y := yearOf(eveningYear, Diaspora)
	if key == "" || y == nil {
		return false
	}
	canon := canonicalKey(key)
	for _, o := range y.occasions {
		if !o.evening {
			continue
		}
		for _, n := range o.names {
			if k := Key(n); k == key || k == canon {
				return true
			}
		}
	}
	return false
}

// eveningYear is a year whose days EveningName reads the names of: every
// year names Chanukah's candles and Leil Selichot alike.
const eveningYear = 5785

// Name returns the occasion's name as hebcal writes it in the locale that
// fits the spelling family (see [hebrew.Family.Locale]): English
// ("Chanukah: 8th Day", "Rosh Chodesh Tevet", "Ki Tisa") for Hebcal,
// Sephardi and Academic; Ashkenazi ("Rosh Chodesh Teves"); Hebrew without
// points for Hebrew ("ראש חודש טבת") and with points for Niqqud; French
// ("Roch H̲odech Kislav"), Russian and the other locales for theirs, in
// English where the locale has no translation. A portion is named without
// "Parashat".
func (o Occasion) Name(f hebrew.Family) string {
	if i := localeIndex(f); i >= 0 {
		return o.names[i]
	}
	if o.names[0] == "" {
		return ""
	}
	return localeName(o.names[0], f)
}

// Festival returns the name of the festival o is a day of, as hebcal
// writes it in the locale that fits the spelling family f ("Pesach" for
// Pesach II, "Chanukah" for Chanukah: 3 Candles, "Rosh Hashana" for Rosh
// Hashana II), or "" where o is no day of a festival named for all its
// days (Rosh Hashana 5785, Yom Kippur, Rosh Chodesh Tevet, Erev Pesach).
func (o Occasion) Festival(f hebrew.Family) string {
	if o.festival == "" {
		return ""
	}
	if i := localeIndex(f); i >= 0 {
		names, _ := festivalNames(o.festival)
		return names[i]
	}
	return localeName(o.festival, f)
}

// String returns the occasion's English name.
func (o Occasion) String() string { return o.names[0] }

// On returns the occasions of Hebrew day d in schedule s: holidays
// (including the eve of one), fasts, Rosh Chodesh, Shabbat Mevarchim and
// the special Shabbatot, in hebcal's order. It returns nil for a day
// without any, and for an invalid d. The weekly portion is [PortionOf]'s.
func On(d hebrew.Date, s Schedule) []Occasion {
	return AppendOn(nil, d, s)
}

// AppendOn appends the occasions of d to dst and returns the extended
// slice; see [On].
func AppendOn(dst []Occasion, d hebrew.Date, s Schedule) []Occasion {
	if !d.IsValid() {
		return dst
	}
	y := yearOf(d.Year, s)
	if y == nil {
		return dst
	}
	k := int(y.monthStart[d.Month]) + d.Day - 1
	if k < 0 || k+1 >= len(y.index) {
		return dst
	}
	return append(dst, y.occasions[y.index[k]:y.index[k+1]]...)
}

// PortionOf returns the weekly Torah portion read on the Shabbat on or
// after d in schedule s, and true; or false when a holiday's reading
// replaces it that Shabbat, or d is invalid.
func PortionOf(d hebrew.Date, s Schedule) (Occasion, bool) {
	if !d.IsValid() {
		return Occasion{}, false
	}
	// The Shabbat on or after d is day k of Hebrew year hy, counted from
	// 1 Tishrei: the next year's when d's week ends it.
	hy := d.Year
	k := d.DaysSince(hebrew.Date{Year: hy, Month: hebrew.Tishrei, Day: 1}) + int(6-d.Weekday())
	if n := hebrew.DaysInYear(hy); k >= n {
		hy, k = hy+1, k-n
	}
	if hy > hebrew.MaxYear {
		return Occasion{}, false
	}
	y := yearOf(hy, s)
	if y == nil {
		return Occasion{}, false
	}
	k /= 7
	if k < 0 || k >= len(y.portions) || y.portions[k].Kind == 0 {
		return Occasion{}, false
	}
	return y.portions[k], true
}

// A year is what one Hebrew year holds, for one schedule: the occasions
// of each day, and the portion of each Shabbat.
type year struct {
	occasions []Occasion // in date order
	index     []uint16   // occasions of day k (from 1 Tishrei) are occasions[index[k]:index[k+1]]
	// monthStart[m] is the day k of the first of month m, so that
	// AppendOn finds a day's k by table, as cheaply as the Rata Die
	// arithmetic of package hebrew, which it cannot reach.
	monthStart [hebrew.AdarII + 1]uint16
	// portions[k] is read on the k'th Shabbat on or after 1 Tishrei,
	// counted from the first; Kind 0 where a holiday reading replaces it.
	portions []Occasion
}

// cachedYears is how many years and schedules the occasions cache holds.
// A year's occasions take about 22 KB, and computing them takes hebcal-go
// tens of microseconds and allocates; text names a few years at a time,
// so a few dozen years are almost always found, and the cache stays under
// 1.5 MB whatever the text (caching every year, "Purim 1" … "Purim 9999"
// kept 563 MB: issue 11, item 5).
const cachedYears = 64

// years caches the occasions of the years used last, for both schedules.
var years struct {
	sync.Mutex
	slot  map[int]int // key (year*2 + schedule) -> index in entry
	entry [cachedYears]struct {
		key  int
		used uint64 // tick of the last use
		y    *year
	}
	n    int // entries in use
	tick uint64
}

// yearOf returns the occasions of a year, from the cache or computed, or
// nil for a year hebcal-go cannot compute. When the cache is full, the
// year used least recently makes room.
func yearOf(hy int, s Schedule) *year {
	key := hy * 2
	if s.hebcal() {
		key++
	}
	years.Lock()
	if i, ok := years.slot[key]; ok {
		years.tick++
		years.entry[i].used = years.tick
		y := years.entry[i].y
		years.Unlock()
		return y
	}
	years.Unlock()
	y := computeYear(hy, s) // outside the lock: two callers may both compute a year
	years.Lock()
	defer years.Unlock()
	if years.slot == nil {
		years.slot = make(map[int]int, cachedYears)
	}
	if _, ok := years.slot[key]; ok {
		return y
	}
	i := years.n
	if i < cachedYears {
		years.n++
	} else {
		i = 0
		for j := range years.entry {
			if years.entry[j].used < years.entry[i].used {
				i = j
			}
		}
		delete(years.slot, years.entry[i].key)
	}
	years.tick++
	years.entry[i].key, years.entry[i].used, years.entry[i].y = key, years.tick, y
	years.slot[key] = i
	return y
}

// Occasions are computed for years 2 to 9999: hebcal-go reads the year
// before; the year after is read for the eves at the end of the year,
// which 9999 goes without.
const (
	minYear = hebrew.MinYear + 1
	maxYear = hebrew.MaxYear
)

func computeYear(hy int, s Schedule) (y *year) {
	if hy < minYear || hy > maxYear {
		return nil
	}
	defer func() {
		// hebcal-go panics on inputs it does not expect; a year it cannot
		// compute has no occasions rather than taking the caller down.
		if recover() != nil {
			y = nil
		}
	}()
	israel := s.hebcal()
	// Days are counted from 1 Tishrei, whose Rata Die number (hebcal's
	// Abs) is first.
	tishrei := hebrew.Date{Year: hy, Month: hebrew.Tishrei, Day: 1}
	first := hdate.ToRD(hy, hdate.Tishrei, 1)
	days := hebrew.DaysInYear(hy)
	next := first + int64(days)
	y = &year{}
	for m := hebrew.Nisan; m <= hebrew.AdarII; m++ {
		// 0 for Adar II in a common year, a day AppendOn never asks for.
		y.monthStart[m] = uint16((hebrew.Date{Year: hy, Month: m, Day: 1}).DaysSince(tishrei))
	}
	counts := make([]uint16, days+1)
	var evs []event.HolidayEvent
	// An eve can fall in the year before its holiday's: read both years'
	// lists and keep this year's days.
	for _, listed := range [2]int{hy, hy + 1} {
		if listed > hebrew.MaxYear {
			break
		}
		for _, ev := range hebcal.GetHolidaysForYear(listed, israel) {
			k := int(ev.Date.Abs() - first)
			if k < 0 || k >= days || ev.Flags&event.YOM_KIPPUR_KATAN != 0 {
				continue
			}
			evs = append(evs, ev)
			counts[k]++
		}
	}
	y.index = make([]uint16, days+1)
	for k := 0; k < days; k++ {
		y.index[k+1] = y.index[k] + counts[k]
	}
	y.occasions = make([]Occasion, len(evs))
	fill := append([]uint16(nil), y.index...)
	for _, ev := range evs {
		k := int(ev.Date.Abs() - first)
		o := Occasion{Kind: kindOf(ev.Flags), Date: tishrei.AddDays(k), festival: festivalOf(ev), evening: eveningEvent(ev)}
		for i, l := range locales {
			o.names[i] = ev.Render(l)
		}
		y.occasions[fill[k]] = o
		fill[k]++
	}

	// The portions of the year's Shabbatot.
	sedrot := sedra.New(hy, israel)
	firstShabbat := first + (6-first%7+7)%7
	for n := firstShabbat; n < next; n += 7 {
		p := sedrot.LookupByRD(n)
		var o Occasion
		if !p.Chag && len(p.Name) > 0 {
			o = Occasion{Kind: Portion, Date: tishrei.AddDays(int(n - first)), double: len(p.Name) == 2}
			for i, l := range locales {
				o.names[i] = p.Render(l)
			}
		}
		y.portions = append(y.portions, o)
	}
	return y
}

// eveningEvent reports whether hebcal names ev by the evening at the end
// of its day (see Occasion.Evening): an event flagged as Chanukah's
// candles, or Leil Selichot, which hebcal flags as a minor holiday alone,
// like Tu BiShvat, and dates to the Shabbat whose night it is. Of
// hebcal-go's other events, an Erev names its whole day, and the flags
// for lighting candles (LIGHT_CANDLES, LIGHT_CANDLES_TZEIS) mark days
// named by their day (Erev Pesach, Pesach I) on whose evening candles are
// lit, not the candles.
func eveningEvent(ev event.HolidayEvent) bool {
	return ev.Flags&event.CHANUKAH_CANDLES != 0 || ev.Desc == "Leil Selichot"
}

// kindOf maps hebcal's flags to a kind.
func kindOf(f event.HolidayFlags) Kind {
	switch {
	case f&event.MAJOR_FAST != 0:
		return MajorFast
	case f&event.CHOL_HAMOED != 0:
		return CholHamoed
	case f&event.CHAG != 0:
		return YomTov
	case f&event.MINOR_FAST != 0:
		return MinorFast
	case f&event.ROSH_CHODESH != 0:
		return RoshChodesh
	case f&event.SHABBAT_MEVARCHIM != 0:
		return ShabbatMevarchim
	case f&event.SPECIAL_SHABBAT != 0:
		return SpecialShabbat
	case f&event.MODERN_HOLIDAY != 0:
		return ModernHoliday
	case f&event.EREV != 0:
		return Erev
	}
	return MinorHoliday
}
