package layout

import (
	"strconv"
	"strings"
	"time"

	"github.com/dualdate/dualdate/hebrew"
)

//go:generate go run -modfile=../gen/gen.mod gen_lang.go

// A Lang is a language that Gregorian month and weekday names are written
// in: English, the zero Lang, or one of hebcal-go's locales that is a
// language. The names are the Unicode CLDR's, as a date writes them (the
// genitive "2 января", "2 stycznia"; see lang_tables.go), and each Lang's
// Hebrew months and occasions are its hebcal locale's (see [Lang.Family]).
type Lang uint8

// The languages.
const (
	English Lang = iota
	French
	Russian
	Spanish
	German
	Portuguese
	Polish
	Hungarian
	Dutch
	Romanian
	Finnish
	Ukrainian
	Yiddish
	// Italian, Turkish, Greek, Serbian (in Latin letters), Czech,
	// Swedish, Bulgarian, Slovak, Croatian, Danish, Norwegian (Bokmål),
	// Lithuanian, Serbian in Cyrillic letters, Latvian, Estonian,
	// Slovenian, Catalan, Belarusian, Arabic and Persian are no hebcal locales: their
	// Hebrew months are hebcal's English spellings, as their pages print
	// them (1 Tevet, venerdì 30 dicembre; 24 Eylül (29 Elul) Çarşamba).
	Italian
	Turkish
	Greek
	Serbian
	Czech
	Swedish
	Bulgarian
	Slovak
	Croatian
	Danish
	Norwegian
	Lithuanian
	SerbianCyrillic
	Latvian
	Estonian
	Slovenian
	Catalan
	Belarusian
	Arabic
	Persian

	numLangs
)

// A word's languages are a bit set of 64 (parse's word.langs).
var _ = [64 - numLangs]struct{}{}

// String returns the language's code: "en", "fr", "ru", ....
func (l Lang) String() string {
	if l < numLangs {
		return langCodes[l]
	}
	return "%!Lang(" + strconv.Itoa(int(l)) + ")"
}

// LookupLang returns the language of a code ("fr", "RU", "pt-BR", "de_AT"),
// and whether there is one. Norwegian is CLDR's nb (Bokmål), and "no",
// the code of Norwegian as such, which pages and the corpus name it by;
// Serbian is sr (in Latin letters, sr-Latn too) and sr-Cyrl (or sr_Cyrl)
// in Cyrillic letters.
func LookupLang(code string) (Lang, bool) {
	if strings.EqualFold(strings.ReplaceAll(code, "_", "-"), "sr-Cyrl") {
		return SerbianCyrillic, true
	}
	if i := strings.IndexAny(code, "-_"); i >= 0 {
		code = code[:i]
	}
	if strings.EqualFold(code, "no") {
		return Norwegian, true
	}
	for l, c := range langCodes {
		if strings.EqualFold(c, code) {
			return Lang(l), true
		}
	}
	return 0, false
}

// NumLangs is the number of languages: they are Lang(0), English, to
// NumLangs-1. A loop over them with it allocates nothing, as one over
// Langs does.
const NumLangs = numLangs

// Langs returns every language, English first.
func Langs() []Lang {
	ls := make([]Lang, numLangs)
	for i := range ls {
		ls[i] = Lang(i)
	}
	return ls
}

// langFamilies is the family of Hebrew month names of each language.
var langFamilies = [numLangs]hebrew.Family{
	English: hebrew.Hebcal, French: hebrew.French, Russian: hebrew.RussianGenitive,
	Spanish: hebrew.Spanish, German: hebrew.German, Portuguese: hebrew.Portuguese,
	Polish: hebrew.Polish, Hungarian: hebrew.Hungarian, Dutch: hebrew.Dutch,
	Romanian: hebrew.Romanian, Finnish: hebrew.Finnish, Ukrainian: hebrew.UkrainianGenitive,
	Yiddish: hebrew.Yiddish, Italian: hebrew.Hebcal, Turkish: hebrew.Hebcal,
	Greek: hebrew.Hebcal, Serbian: hebrew.Hebcal, Czech: hebrew.Hebcal,
	Swedish: hebrew.Hebcal, Bulgarian: hebrew.Hebcal, Slovak: hebrew.Hebcal,
	Croatian: hebrew.Hebcal, Danish: hebrew.Hebcal, Norwegian: hebrew.Hebcal,
	Lithuanian: hebrew.Hebcal, SerbianCyrillic: hebrew.Hebcal, Latvian: hebrew.Hebcal,
	Estonian: hebrew.Hebcal, Slovenian: hebrew.Hebcal, Catalan: hebrew.Hebcal,
	Belarusian: hebrew.Hebcal, Arabic: hebrew.Hebcal, Persian: hebrew.Hebcal,
}

// Family returns the family of Hebrew month names the language writes
// (its hebcal locale's; for Russian and Ukrainian, their genitive as a
// date writes it: "1 тишрея"), which names occasions in its locale too.
func (l Lang) Family() hebrew.Family {
	if l < numLangs {
		return langFamilies[l]
	}
	return hebrew.Hebcal
}

// LangOf returns the language whose Hebrew month names family f writes,
// and whether there is one: French for French, Russian for Russian and
// RussianGenitive, English for Hebcal, Sephardi and Academic.
func LangOf(f hebrew.Family) (Lang, bool) {
	switch f {
	case hebrew.Hebcal, hebrew.Sephardi, hebrew.Academic, hebrew.Ashkenazi:
		return English, true
	case hebrew.Russian:
		return Russian, true
	case hebrew.Ukrainian:
		return Ukrainian, true
	}
	for l, g := range langFamilies {
		if g == f {
			return Lang(l), true
		}
	}
	return 0, false
}

// Layout returns the language's dateline for the reference day, a layout
// that package dateline's Dateline.Format and LayoutOf read: the CLDR's
// full date, then the Hebrew date in the language's family: "lundi 2
// janvier 2006 | 2 Tévet 5766", "понедельник, 2 января 2006 г. | 2 тевета
// 5766". For English it is [Full].
func (l Lang) Layout() string {
	if l == English || l >= numLangs {
		return Full
	}
	return langReference[l][0] + " | " + l.hebrewDate()
}

// DotsDay reports whether the language writes a date's day with a dot
// before its month's name, as CLDR's full date does ("2. siječnja
// 2006.", "2. Januar 2006"), where others write none ("2 stycznia 2006").
func (l Lang) DotsDay() bool {
	return l < numLangs && l != English && strings.Contains(langReference[l][0], "2. ")
}

// DotsYear reports whether the language writes a point after a date's
// year, as CLDR's full date does ("ponedeljak, 02. januar 2006.",
// "ponedjeljak, 2. siječnja 2006.", "2006. január 2., hétfő"), where
// others write none ("mandag 2. januar 2006").
func (l Lang) DotsYear() bool {
	return l < numLangs && l != English && strings.Contains(langReference[l][0], "2006.")
}

// DayArticle returns the word the language writes before a date's day
// after the weekday, as CLDR's full date does: Danish's "den" ("mandag
// den 2. januar 2006"), where Norwegian writes none ("mandag 2. januar
// 2006"); "" for a language that writes none.
func (l Lang) DayArticle() string {
	if l >= numLangs || l == English {
		return ""
	}
	ref := langReference[l][0]
	i := strings.Index(ref, " 2")
	if i < 0 {
		return ""
	}
	before := strings.TrimRight(ref[:i], ",")
	word := before[strings.LastIndexByte(before, ' ')+1:]
	if word == "" || word == l.WeekdayName(1, Long) || word == l.MonthName(1, Long) || strings.ContainsAny(word, "0123456789.") {
		return ""
	}
	return word
}

// MonthPreposition returns the word the language writes between a
// date's day and its month's name, as CLDR's full date does: "de" in
// Spanish, Portuguese and Catalan ("2 de gener de 2006"), where French
// and Italian write none ("2 janvier 2006", "2 gennaio 2006"); "" for a
// language that writes none or writes the month first.
func (l Lang) MonthPreposition() string {
	if l >= numLangs || l == English {
		return ""
	}
	ref, month := langReference[l][0], l.MonthName(1, Long)
	i := strings.Index(ref, " "+month)
	if i < 0 {
		return ""
	}
	before := ref[:i]
	word := before[strings.LastIndexByte(before, ' ')+1:]
	if word == "" || strings.ContainsAny(word, "0123456789.") {
		return ""
	}
	return word
}

// LayoutTime is [Lang.Layout] with the time of day after the date, as
// CLDR's short time writes it: "lundi 2 janvier 2006, 15:04 | 2 Tévet
// 5766".
func (l Lang) LayoutTime() string {
	if l == English || l >= numLangs {
		return "Monday, January 2, 2006 3:04 pm | 2 Tevet 5766"
	}
	return langReference[l][0] + ", " + langReference[l][1] + " | " + l.hebrewDate()
}

// LayoutHeader is the language's [Header]: [Lang.Layout] without the
// Gregorian year and the words that go with it ("Montag, 2. Januar | 2
// Tewet 5766", "понедельник, 2 января | 2 тевета 5766", "lunes, 2 de
// enero | 2 Tevet 5766"). For English it is Header.
func (l Lang) LayoutHeader() string {
	if l == English || l >= numLangs {
		return Header
	}
	return withoutYear(langReference[l][0]) + " | " + l.hebrewDate()
}

// LayoutPublished is the language's [Published]: its full date without
// the weekday, and the time of day as [Lang.LayoutTime] writes it ("2.
// Januar 2006, 15:04", "2006. január 2., 15:04"). For English it is
// Published.
func (l Lang) LayoutPublished() string {
	if l == English || l >= numLangs {
		return Published
	}
	return withoutWeekday(langReference[l][0]) + ", " + langReference[l][1]
}

// withoutYear returns a CLDR full date of the reference day without its
// year, 2006, and what the language writes with it: "2006. " before the
// month (Hungarian), " de 2006" (Spanish, Portuguese), " 2006 г." and
// " 2006 р." (Russian, Bulgarian, Ukrainian), " 2006." (Serbian).
func withoutYear(s string) string {
	i := strings.Index(s, "2006")
	if i < 0 {
		return s
	}
	if i == 0 {
		// 2006. január 2., hétfő; 2006 m. sausio 2 d., pirmadienis
		// (Lithuanian's "m.", of the year).
		return strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(s[4:], "."), " m."), " ")
	}
	start, end := i, i+4
	if start > 0 && s[start-1] == ' ' {
		start--
	}
	if strings.HasSuffix(s[:start], " de") {
		start -= 3
	}
	switch rest := s[end:]; {
	case strings.HasPrefix(rest, ". gada "):
		end += len(". gada") // Latvian's "2006. gada 2. janvāris": of the year
	case strings.HasPrefix(rest, " г."), strings.HasPrefix(rest, " р."):
		end += len(" г.")
	case strings.HasPrefix(rest, "."):
		end++
	}
	return s[:start] + s[end:]
}

// withoutWeekday returns a CLDR full date of the reference day without its
// weekday, which it writes first ("lundi 2 janvier 2006", "понедельник, 2
// января 2006 г.") or, after a date that starts with a number, last
// ("2 Ocak 2006 Pazartesi", "2006. január 2., hétfő"), and the article
// the weekday puts before the day ("mandag den 2. januar 2006": Danish's
// "den", which no date starts with).
func withoutWeekday(s string) string {
	if s != "" && s[0] >= '0' && s[0] <= '9' {
		i := strings.LastIndexByte(s, ' ')
		return strings.TrimSuffix(s[:i], ",")
	}
	s = s[strings.IndexByte(s, ' ')+1:]
	if w, rest, ok := strings.Cut(s, " "); ok && rest != "" && rest[0] >= '0' && rest[0] <= '9' && w != "" && (w[0] < '0' || w[0] > '9') {
		return rest
	}
	return s
}

// hebrewDate returns the reference day's Hebrew date in the language.
func (l Lang) hebrewDate() string {
	sp := hebrew.Spelling{Family: l.Family()}
	month := sp.Name(hebrew.Tevet, false)
	if l.Family().IsHebrew() {
		return "ב׳ " + month + " תשס״ו"
	}
	return "2 " + month + " 5766"
}

// MonthName returns how form f writes Gregorian month m (1 = January) in
// the language: Long is CLDR's wide name as a date writes it, StandAlone
// as a month named alone does (the nominative ноябрь of the genitive
// ноября), Short its abbreviation; other forms are English's (see
// [MonthName]).
func (l Lang) MonthName(m int, f Form) string {
	if m < 1 || m > 12 {
		return ""
	}
	var buf [48]byte
	return string(appendLangMonth(buf[:0], l, m, f))
}

// WeekdayName returns how form f writes weekday w (0 = Sunday) in the
// language: Long is CLDR's wide name, Short its abbreviation; other forms
// are English's (see [WeekdayName]).
func (l Lang) WeekdayName(w int, f Form) string {
	if w < 0 || w > 6 {
		return ""
	}
	var buf [48]byte
	return string(appendLangWeekday(buf[:0], l, w, f, Gershayim))
}

// WeekdayMin returns CLDR's short width of weekday w (0 = Sunday) in the
// language, shorter than its abbreviation and longer than the narrow
// letter (Spanish's "DO", "LU", "MA" for "dom.", "lun.", "mar."), which
// calendars and booking pages print before a date; "" where CLDR gives
// none, and for English.
func (l Lang) WeekdayMin(w int) string {
	if w < 0 || w > 6 || l == English || l >= numLangs {
		return ""
	}
	return langWeekdaysMin[l][w]
}

// appendLangMonth writes month m in language l.
func appendLangMonth(b []byte, l Lang, m int, f Form) []byte {
	if l != English && l < numLangs {
		switch f {
		case StandAlone:
			if n := langMonthsStandAlone[l][m-1]; n != "" {
				return append(b, n...)
			}
			return append(b, langMonths[l][m-1]...)
		case Long:
			return append(b, langMonths[l][m-1]...)
		case Short:
			return append(b, langMonthsShort[l][m-1]...)
		case ShortDot:
			return appendDotted(b, langMonthsShort[l][m-1], langMonths[l][m-1])
		}
	}
	return appendMonth(b, m, f)
}

// appendDotted writes short, a name's abbreviation, in the form ShortDot:
// with its point, which the text read had, where the language's own
// abbreviation has none and is one (not the whole name, long): "01
// SET.2024", read in Italian, whose abbreviations CLDR gives without a
// point, wrote "01 SET2024", which does not read (FuzzParse).
func appendDotted(b []byte, short, long string) []byte {
	b = append(b, short...)
	if short != "" && short[len(short)-1] != '.' && short != long {
		b = append(b, '.')
	}
	return b
}

// appendLangWeekday writes weekday w in language l.
func appendLangWeekday(b []byte, l Lang, w int, f Form, p Punct) []byte {
	if l != English && l < numLangs {
		switch f {
		case Long:
			return append(b, langWeekdays[l][w]...)
		case Short:
			return append(b, langWeekdaysShort[l][w]...)
		case ShortDot:
			return appendDotted(b, langWeekdaysShort[l][w], langWeekdays[l][w])
		}
	}
	return appendWeekday(b, w, f, p)
}

// In returns a copy of l that writes its month and weekday names in
// language lang, and its Hebrew months, occasions and portions in lang's
// family (see [Lang.Family]), with its own forms and order otherwise: the
// layout of "Monday, January 2, 2006 | 2 Tevet 5766" in French writes
// "lundi, janvier 2, 2006 | 2 Tévet 5766". [Lang.Layout] is a dateline
// in the language's own order.
//
// Some names do not read back in some layouts: abbreviations that are
// none to the reader (Hungarian's H for Monday, Estonian's short
// weekdays), another word's (French's mar. for Tuesday, Spanish's may.),
// or another language's (Danish's "tor., jan. 16" read as 1990), a
// genitive before its day (Polish's "stycznia 7, 2020"), and Turkish's
// April, Nisan, which before a day ("Nisan 3") reads as the Hebrew month.
// The layout In returns reads back the text of each day whose names
// could read as another day before it writes it (see [Layout.CheckNames],
// which In calls, at a cost of 1-10 ms: make the layout once):
// [Layout.Validate] refuses a day whose text reads back as another day
// or as none, with an error wrapping [ErrUnwritable], and
// [Layout.AppendFormat] writes its month as %!Month(4), as it writes any
// day it cannot write. Before, In wrote
// them, and "Ocak 2" in Turkish wrote April 3, 2020 as "Nisan 3", which
// reads as 3 Nisan, March 28 (an adversarial review's eighth finding).
// Write names in full, in the language's own order (see [Lang.Layout]),
// for a layout that writes every day.
func (l Layout) In(lang Lang) Layout {
	if lang >= numLangs {
		return l
	}
	return l.in(lang).CheckNames()
}

// in is In without CheckNames.
func (l Layout) in(lang Lang) Layout {
	elems := l.Elements()
	dayless := !l.Has(Day)
	for i := range elems {
		e := &elems[i]
		switch e.Kind {
		case Weekday, Month:
			if e.Form == Long || e.Form == Short || e.Form == ShortDot || e.Form == AP {
				if e.Form != Long && lang != English {
					e.Form = Short
				}
				if e.Kind == Month && e.Form == Long && dayless {
					// A month named alone takes its stand-alone name
					// (март 2024, marzec 2024): "January 2006" in
					// Russian wrote the genitive of a date, "марта
					// 2024" (found trying the command as an adversary).
					e.Form = StandAlone
				}
				e.Lang, e.Text = lang, ""
			}
		case Day, HebrewDay:
			if e.Form == Ordinal && lang != English || e.Form == OrdinalDash && lang != Bulgarian ||
				e.Form == OrdinalYiddish && lang != Yiddish || e.Form == OrdinalColon && lang != Swedish {
				e.Form, e.Case = Plain, AsIs // 2nd is English, 2-ри Bulgarian, 2טן Yiddish, 2:a Swedish
			}
		case HebrewMonth, Holiday, Portion:
			f := lang.Family()
			if e.Spelling.Family.IsHebrew() && !f.IsHebrew() {
				continue // a Hebrew-script month stays one
			}
			e.Spelling = hebrew.Spelling{Family: f, Prefix: e.Spelling.Prefix}
		}
	}
	return wrap(elems)
}

// CheckNames returns l marked to read back, before it writes a day,
// the text of that day, where its names are another language's than
// English (or its Hebrew months another family's), and that day's names
// could read as another day or as none: [Layout.Validate] refuses a day
// whose text reads back as another day or as none where the layout's
// English names would read back, and [Layout.AppendFormat] writes it as
// %!Month(4). Which days those are depends on more than the month:
// Turkish's "Ocak 2" cannot write April ("Nisan 3" reads as 3 Nisan),
// Serbian's "sub, mar 23 · 10 Nisan" reads as no date on a Saturday of
// Nisan only, and Polish's "Szabbat Parah" on that Sabbath only.
// CheckNames reads back, once, a day of each weekday, month and Hebrew
// month that the layout writes together, and keeps which read back (see
// nameTable); Format reads back the days of the others, and the days
// the layout writes an occasion on, and writes the rest as English's.
// Before, it read back every day, some 15-30 µs and 25 allocations a
// day. [Layout.In] and package dateline's Compile call it. A layout with
// English names, or none, is returned as it is.
func (l Layout) CheckNames() Layout {
	l.names, l.table = English, nil
	if ReadsBack != nil {
		l.names = l.namesLang()
	}
	if l.names != English {
		l.table = l.namesTable()
	}
	return l
}

// namesLang returns the language of the layout's month and weekday
// names, or of its Hebrew months' family; English if they are English,
// or it has none.
func (l *Layout) namesLang() Lang {
	var hebrewLang Lang
	for i := range l.elems {
		e := &l.elems[i]
		switch e.Kind {
		case Month, Weekday:
			if e.Lang != English && e.Lang < numLangs {
				return e.Lang
			}
		case HebrewMonth, Holiday, Portion:
			if g, ok := LangOf(e.Spelling.Family); ok && hebrewLang == English {
				hebrewLang = g
			}
		}
	}
	return hebrewLang
}

// namesProblem returns the element that writes the name of l's
// language for the day of t and h, if the text of that day does not read
// back as it where the layout's English text does (see CheckNames), and
// why; -1 if it reads back.
func (l *Layout) namesProblem(t time.Time, h hebrew.Date) (int, problem) {
	if l.direct(t, h) {
		return -1, problem{}
	}
	plain := *l
	plain.names = English
	if reads, _ := ReadsBack(plain, t, h); reads {
		return -1, problem{}
	}
	if reads, _ := ReadsBack(plain.in(English), t, h); !reads {
		return -1, problem{}
	}
	// The month's name, where the layout writes one, else the first
	// other name, is written as %!Month(4).
	first := -1
	for i := range l.elems {
		switch e := &l.elems[i]; {
		case e.Kind == Month && e.Lang != English:
			return i, l.namesWhy(t)
		case first < 0 && (e.Kind == Weekday || e.Kind == HebrewMonth || e.Kind == Holiday || e.Kind == Portion):
			first = i
		}
	}
	return max(first, 0), l.namesWhy(t)
}

// namesWhy says why the layout cannot write the day of t.
func (l *Layout) namesWhy(t time.Time) problem {
	return problem{noun: "month", value: int(t.Month()), in: " in " + l.names.String(),
		why: "the layout's names in the language write this day as text that reads back as another day or as none (as Turkish's Nisan, April, before a day reads as the Hebrew month); write the names in full, in the language's own order"}
}
