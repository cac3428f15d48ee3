package hebrew

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dualdate/dualdate/internal/script"

	"github.com/hebcal/hebcal-go/event"
	"github.com/hebcal/hebcal-go/hebcal"
	"github.com/hebcal/hebcal-go/sedra"
)

// An OccasionKind says what kind of day an [Occasion] is.
type OccasionKind uint8

// The kinds of occasion, after hebcal's holiday flags.
const (
	YomTov           OccasionKind = iota + 1 // Rosh Hashana, Yom Kippur's holiness aside, Sukkot I, Pesach I, Shavuot ...
	CholHamoed                               // the intermediate days of Sukkot and Pesach
	MinorHoliday                             // Chanukah, Purim, Tu BiShvat, Lag BaOmer ...
	ModernHoliday                            // Yom HaShoah, Yom HaAtzma'ut, Yom Yerushalayim ...
	MajorFast                                // Yom Kippur, Tish'a B'Av
	MinorFast                                // Tzom Gedaliah, Ta'anit Esther, Asara B'Tevet ...
	RoshChodesh                              // the first day or two of a month
	ShabbatMevarchim                         // the Shabbat before Rosh Chodesh
	SpecialShabbat                           // Shabbat Shekalim, Zachor, HaGadol, Shuva ...
	Erev                                     // the eve of a holiday
	Portion                                  // the weekly Torah portion (parashat hashavua)
)

var occasionKindNames = [...]string{
	"", "yom tov", "chol hamoed", "minor holiday", "modern holiday", "major fast", "minor fast",
	"rosh chodesh", "shabbat mevarchim", "special shabbat", "erev", "portion",
}

// String returns the kind's name in lower case ("rosh chodesh").
func (k OccasionKind) String() string {
	if int(k) < len(occasionKindNames) && k != 0 {
		return occasionKindNames[k]
	}
	return "%!OccasionKind(" + strconv.Itoa(int(k)) + ")"
}

// An Occasion is a holiday, fast, Rosh Chodesh, Shabbat Mevarchim or special
// Shabbat on a Hebrew day, or the weekly Torah portion, as hebcal-go
// computes them.
type Occasion struct {
	Kind OccasionKind
	// Date is the day of the occasion; for a Portion, the Shabbat on which
	// it is read.
	Date Date
	// names are hebcal's names in its locales "en", "ashkenazi",
	// "he-x-NoNikud" and "he".
	names [4]string
	// festival is hebcal's English name of the festival the day is one
	// of ("Pesach" for Pesach II), or "" (see festivalOf).
	festival string
}

// Name returns the occasion's name as hebcal writes it in the locale that
// fits the spelling family (see [Family.Locale]): English ("Chanukah: 8th
// Day", "Rosh Chodesh Tevet", "Ki Tisa") for Hebcal, Sephardi and
// Academic; Ashkenazi ("Rosh Chodesh Teves"); Hebrew without points for
// Hebrew ("ראש חודש טבת") and with points for Niqqud; French ("Roch
// H̲odech Kislav"), Russian and the other locales for theirs, in English
// where the locale has no translation. A portion is named without
// "Parashat".
func (o Occasion) Name(f Family) string {
	if i := localeIndex(f); i >= 0 {
		return o.names[i]
	}
	if o.names[0] == "" {
		return ""
	}
	return localeName(o.names[0], f)
}

// String returns the occasion's English name.
func (o Occasion) String() string { return o.names[0] }

var locales = [4]string{"en", "ashkenazi", "he-x-NoNikud", "he"}

// localeIndex returns the index in Occasion.names of family f's locale, or
// -1 for a locale whose names are made when asked for.
func localeIndex(f Family) int {
	switch f {
	case Ashkenazi:
		return 1
	case Hebrew:
		return 2
	case Niqqud:
		return 3
	case Hebcal, Sephardi, Academic:
		return 0
	}
	if f >= numFamilies {
		return 0
	}
	return -1
}

// Occasions returns the occasions of Hebrew day d in the Diaspora's
// schedule, or in Israel's: holidays (including the eve of one), fasts,
// Rosh Chodesh, Shabbat Mevarchim and the special Shabbatot, in hebcal's
// order. It returns nil for a day without any, and for an invalid d.
func Occasions(d Date, israel bool) []Occasion {
	return AppendOccasions(nil, d, israel)
}

// AppendOccasions appends the occasions of d to dst and returns the
// extended slice; see [Occasions].
func AppendOccasions(dst []Occasion, d Date, israel bool) []Occasion {
	n, ok := d.rd()
	if !ok {
		return dst
	}
	y := occasionYear(d.Year, israel)
	if y == nil {
		return dst
	}
	k := int(n - y.start)
	if k < 0 || k+1 >= len(y.index) {
		return dst
	}
	return append(dst, y.occasions[y.index[k]:y.index[k+1]]...)
}

// PortionOf returns the weekly Torah portion read on the Shabbat on or
// after d, in the Diaspora's schedule or Israel's, and true; or false when
// a holiday's reading replaces it that Shabbat, or d is invalid.
func PortionOf(d Date, israel bool) (Occasion, bool) {
	n, ok := d.rd()
	if !ok {
		return Occasion{}, false
	}
	shabbat := fromRD(n + (6-n%7+7)%7)
	if shabbat.IsZero() {
		return Occasion{}, false
	}
	y := occasionYear(shabbat.Year, israel)
	if y == nil {
		return Occasion{}, false
	}
	k := int((n + (6-n%7+7)%7 - y.start) / 7)
	if k < 0 || k >= len(y.portions) || y.portions[k].Kind == 0 {
		return Occasion{}, false
	}
	return y.portions[k], true
}

// An occasions is what one Hebrew year holds, for one schedule: the
// occasions of each day, and the portion of each Shabbat.
type occasions struct {
	start     int64      // Rata Die of 1 Tishrei
	occasions []Occasion // in date order
	index     []uint16   // occasions of day k are occasions[index[k]:index[k+1]]
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
	slot  map[int]int // key (year*2 + israel) -> index in entry
	entry [cachedYears]struct {
		key  int
		used uint64 // tick of the last use
		y    *occasions
	}
	n    int // entries in use
	tick uint64
}

// occasionYear returns the occasions of a year, from the cache or
// computed, or nil for a year hebcal-go cannot compute. When the cache is
// full, the year used least recently makes room.
func occasionYear(year int, israel bool) *occasions {
	key := year * 2
	if israel {
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
	y := computeYear(year, israel) // outside the lock: two callers may both compute a year
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
	minOccasionYear = MinYear + 1
	maxOccasionYear = MaxYear
)

func computeYear(year int, israel bool) (y *occasions) {
	if year < minOccasionYear || year > maxOccasionYear {
		return nil
	}
	defer func() {
		// hebcal-go panics on inputs it does not expect; a year it cannot
		// compute has no occasions rather than taking the caller down.
		if recover() != nil {
			y = nil
		}
	}()
	first, _ := (Date{year, Tishrei, 1}).rd()
	next, _ := (Date{year + 1, Tishrei, 1}).rd()
	if year == MaxYear {
		next = maxRD + 1
	}
	y = &occasions{start: first}
	days := int(next - first)
	counts := make([]uint16, days+1)
	var evs []event.HolidayEvent
	// An eve can fall in the year before its holiday's: read both years'
	// lists and keep this year's days.
	for _, hy := range [2]int{year, year + 1} {
		if hy > MaxYear {
			break
		}
		for _, ev := range hebcal.GetHolidaysForYear(hy, israel) {
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
		o := Occasion{Kind: kindOf(ev.Flags), Date: fromRD(ev.Date.Abs()), festival: festivalOf(ev)}
		for i, l := range locales {
			o.names[i] = ev.Render(l)
		}
		y.occasions[fill[k]] = o
		fill[k]++
	}

	// The portions of the year's Shabbatot.
	s := sedra.New(year, israel)
	firstShabbat := first + (6-first%7+7)%7
	for n := firstShabbat; n < next; n += 7 {
		p := s.LookupByRD(n)
		var o Occasion
		if !p.Chag && len(p.Name) > 0 {
			o = Occasion{Kind: Portion, Date: fromRD(n)}
			for i, l := range locales {
				o.names[i] = p.Render(l)
			}
		}
		y.portions = append(y.portions, o)
	}
	return y
}

// kindOf maps hebcal's flags to a kind.
func kindOf(f event.HolidayFlags) OccasionKind {
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

// FindOccasion returns the occasion of Hebrew year year (in the
// Diaspora's schedule or Israel's) whose name, in any of hebcal's locales,
// is name ("Purim", "Shabbat Zachor", "פורים", "Rosh Hashana"), compared
// as OccasionKey compares, and true; or false if the year has none. An
// occasion of several days (Sukkot III, Chanukah: 3 Candles) is named day
// by day, and the first day of an occasion named for all of them (Rosh
// Chodesh, Rosh Hashana) is returned. A festival named as a whole
// ("Pesach", "Chanukah", "סוכות") gives its first day that is not an eve
// (Pesach I; Chanukah: 2 Candles, 25 Kislev), and the common spellings
// people write for hebcal's names ("Passover", "Hanukkah", "Rosh
// Hashanah", "Shemini Atzeret", "Tu B'Shvat") are read as them (see
// [Occasion.Is]).
func FindOccasion(name string, year int, israel bool) (Occasion, bool) {
	key := OccasionKey(name)
	if key == "" {
		return Occasion{}, false
	}
	y := occasionYear(year, israel)
	if y == nil {
		return Occasion{}, false
	}
	canon := canonicalKey(key)
	for _, o := range y.occasions {
		for _, n := range o.names {
			if k := OccasionKey(n); k == key || k == canon {
				return o, true
			}
		}
	}
	for _, o := range y.portions {
		for _, n := range o.names {
			if o.Kind != 0 && OccasionKey(n) == key {
				return o, true
			}
		}
	}
	for _, o := range y.occasions {
		if o.festival != "" && o.Kind != Erev && o.isKey(key, canon) {
			return o, true
		}
	}
	return Occasion{}, false
}

// OccasionKey folds an occasion's name for comparison: letter case,
// points, diacritics, the apostrophes and dashes sites write in many
// ways, and runs of spaces are ignored, and the year hebcal writes after
// Rosh Hashana is dropped. A name in one of hebcal's other locales
// ("Pourim", "Рош-А-Шана") folds to its English name's key. It returns ""
// for a name with no letters.
func OccasionKey(name string) string {
	OccasionNames() // the locales' names
	return occasionKey(name)
}

// occasionKey is OccasionKey with the locales' names as far as they are
// known: OccasionNames builds them with it.
func occasionKey(name string) string {
	k := foldKey(name)
	if k == "" {
		return ""
	}
	if c, ok := englishKey(k); ok {
		return c
	}
	// "Rosh Hashana 5784", "ראש השנה תשפד", "Рош-А-Шана 5785": the year is
	// not the name (but "Rosh Hashana LaBehemot" is a name).
	if j := strings.LastIndexByte(k, ' '); j > 0 && isYear(k[j+1:]) {
		if c, _ := englishKey(k[:j]); c == "rosh hashana" || c == "ראש השנה" {
			return c
		}
	}
	return k
}

// englishKey returns the key of the English name of the occasion whose
// name in another locale folds to k, and true; or k and false.
func englishKey(k string) (string, bool) {
	if en, ok := localeKeys[k]; ok && en != "" {
		return en, true
	}
	return k, k == "rosh hashana" || k == "ראש השנה"
}

// foldKey folds a name as OccasionKey does, without the locales and the
// year. What it leaves out (script.IsNameMark), what separates words
// (script.IsNameSpace) and how a letter folds (script.Fold) are what
// package parse folds a name in text by (parse's
// TestFoldOccasionIsOccasionKey).
func foldKey(name string) string {
	b := make([]byte, 0, len(name))
	letters := false
	for i := 0; i < len(name); {
		r, n := script.Decode(name, i)
		switch {
		case script.IsNameMark(r):
			// points, marks and quotes: dropped
		case script.IsNameSpace(r):
			if len(b) > 0 && b[len(b)-1] != ' ' {
				b = append(b, ' ')
			}
		default:
			letters = letters || script.IsLatinLetter(r) || script.IsHebrewLetter(r) || script.IsOtherLetter(r)
			if f := script.Fold(r); f != 0 {
				b = utf8.AppendRune(b, f)
			}
		}
		i += n
	}
	for len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	if !letters {
		return ""
	}
	return string(b)
}

// isYear reports whether s is a year in digits or in Hebrew letters.
func isYear(s string) bool {
	digits := true
	for i := 0; i < len(s); i++ {
		digits = digits && s[i] >= '0' && s[i] <= '9'
	}
	if digits {
		return true
	}
	_, err := ParseNumeral(s)
	return err == nil
}

// An OccasionName is one name of an occasion: as hebcal writes it in the
// locale of Family, and the kind of occasion it names.
type OccasionName struct {
	Name   string
	Family Family // Hebcal (hebcal's "en"), Ashkenazi, Hebrew, Niqqud, or another locale's
	Kind   OccasionKind
}

// OccasionNames returns every name hebcal gives an occasion in years 5780
// to 5800 of both schedules, in each of its locales, once: the names a
// reader of datelines should know. Rosh Hashana is named without its year.
// After them come the names of the festivals of several days, in each
// locale ("Pesach", "Chanukah", "Sukkos", "פסח"), of the Kind of their
// first day, and the common spellings of hebcal's names ("Passover",
// "Hanukkah", "Shemini Atzeret"), of the Kind of what they name: FindOccasion
// and [Occasion.Is] know them all.
// The slice is computed on the first call and shared: do not modify it.
func OccasionNames() []OccasionName {
	namesOnce.Do(func() {
		seen := map[string]bool{}
		kinds := map[string]OccasionKind{} // by the key of an English name
		localeKeys = map[string]string{}
		families := [4]Family{Hebcal, Ashkenazi, Hebrew, Niqqud}
		// addNames adds hebcal's names of an occasion or festival in its
		// four families.
		addNames := func(names [4]string, kind OccasionKind) {
			for i, n := range names {
				k := occasionKey(n)
				if k == "" || seen[k] {
					continue
				}
				seen[k] = true
				if k == "rosh hashana" || k == "ראש השנה" {
					n = trimYear(n)
				}
				allNames = append(allNames, OccasionName{Name: n, Family: families[i], Kind: kind})
			}
		}
		// add adds an occasion's names: hebcal's four families', and the
		// other locales', keyed to the English name's.
		added := map[[4]string]bool{} // the same occasion recurs in each of the years
		add := func(o Occasion) {
			if added[o.names] {
				return
			}
			added[o.names] = true
			en := foldKey(o.names[0])
			rosh := strings.HasPrefix(o.names[0], "Rosh Hashana ") && o.Date.Month == Tishrei && o.Date.Day == 1
			if rosh {
				en = "rosh hashana"
			}
			for i, n := range o.names {
				k := foldKey(n)
				if j := strings.LastIndexByte(k, ' '); j > 0 && isYear(k[j+1:]) && (k[:j] == "rosh hashana" || k[:j] == "ראש השנה") {
					k = k[:j] // as OccasionKey reads it
				}
				if rosh {
					n = trimYear(n)
					k = foldKey(n)
				}
				if k == "" || seen[k] {
					continue
				}
				seen[k] = true
				allNames = append(allNames, OccasionName{Name: n, Family: families[i], Kind: o.Kind})
			}
			for f := Niqqud + 1; f < numFamilies; f++ {
				n := o.Name(f)
				if rosh {
					n = trimYear(n)
				}
				k := foldKey(n)
				if k == "" {
					continue
				}
				if prev, ok := localeKeys[k]; ok && prev != en {
					localeKeys[k] = "" // two occasions' name: neither
				} else if !seen[k] || ok {
					localeKeys[k] = en
				}
				if !seen[k] {
					seen[k] = true
					allNames = append(allNames, OccasionName{Name: n, Family: f, Kind: o.Kind})
				}
			}
		}
		var festivalOrder []string
		festivalKind := map[string]OccasionKind{}
		for year := 5780; year <= 5800; year++ {
			for _, il := range [2]bool{false, true} {
				y := occasionYear(year, il)
				if y == nil {
					continue
				}
				for _, o := range y.occasions {
					add(o)
					if _, ok := kinds[occasionKey(o.names[0])]; !ok {
						kinds[occasionKey(o.names[0])] = o.Kind
					}
					if f := o.festival; f != "" && o.Kind != Erev {
						if _, ok := festivalKind[f]; !ok {
							festivalKind[f] = o.Kind
							festivalOrder = append(festivalOrder, f)
						}
					}
				}
				for _, o := range y.portions {
					if o.Kind != 0 {
						add(o)
					}
				}
			}
		}
		for _, f := range festivalOrder {
			names, _ := festivalNames(f)
			addNames(names, festivalKind[f])
			kinds[occasionKey(f)] = festivalKind[f]
		}
		for _, s := range commonSpellings {
			k := occasionKey(s.spelling)
			kind, ok := kinds[occasionKey(s.hebcal)]
			if seen[k] || !ok {
				continue
			}
			seen[k] = true
			f := Hebcal
			if r, _ := script.Decode(s.spelling, 0); script.IsHebrewLetter(r) {
				f = Hebrew
			}
			allNames = append(allNames, OccasionName{Name: s.spelling, Family: f, Kind: kind})
		}
	})
	return allNames
}

var (
	namesOnce sync.Once
	allNames  []OccasionName
	// localeKeys maps the key of an occasion's name in a locale beyond
	// English, Ashkenazi and Hebrew to its English name's key ("" for a
	// name two occasions share).
	localeKeys map[string]string
)

// trimYear drops the year hebcal writes after Rosh Hashana.
func trimYear(n string) string {
	for i := len(n) - 1; i > 0; i-- {
		if n[i] == ' ' {
			return n[:i]
		}
	}
	return n
}
