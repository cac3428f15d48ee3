package format

import (
	"time"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
)

// A Lang is a language that Gregorian month and weekday names are written
// in: English, the zero Lang, or one of hebcal-go's locales that is a
// language. The names are the Unicode CLDR's, as a date writes them (the
// genitive "2 января", "2 stycznia"), and each Lang's Hebrew months and
// occasions are its hebcal locale's (see [Lang.Family]).
type Lang uint8

// The languages. Italian, Turkish, Greek, Serbian (in Latin letters),
// Czech, Swedish, Bulgarian, Slovak, Croatian, Danish, Norwegian (Bokmål),
// Lithuanian, Serbian in Cyrillic letters, Latvian, Estonian, Slovenian,
// Catalan, Belarusian, Arabic and Persian are no hebcal locales: their Hebrew
// months are hebcal's English spellings, as their pages print them (1
// Tevet, venerdì 30 dicembre; 24 Eylül (29 Elul) Çarşamba).
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
)

func (l Lang) in() layout.Lang { return layout.Lang(l) }

// String returns the language's code: "en", "fr", "ru", ....
func (l Lang) String() string { return l.in().String() }

// LookupLang returns the language of a code ("fr", "RU", "pt-BR", "de_AT"),
// and whether there is one.
func LookupLang(code string) (Lang, bool) {
	l, ok := layout.LookupLang(code)
	return Lang(l), ok
}

// Langs returns every language, English first.
func Langs() []Lang {
	in := layout.Langs()
	ls := make([]Lang, len(in))
	for i, l := range in {
		ls[i] = Lang(l)
	}
	return ls
}

// Family returns the family of Hebrew month names the language writes
// (its hebcal locale's; for Russian and Ukrainian, their genitive as a
// date writes it: "1 тишрея"), which names occasions in its locale too.
func (l Lang) Family() hebrew.Family { return l.in().Family() }

// LangOf returns the language whose Hebrew month names family f writes,
// and whether there is one: French for French, Russian for Russian and
// RussianGenitive, English for Hebcal, Sephardi and Academic.
func LangOf(f hebrew.Family) (Lang, bool) {
	l, ok := layout.LangOf(f)
	return Lang(l), ok
}

// Layout returns the language's dateline for the reference day, a layout
// that package dateline's Dateline.Format and LayoutOf read: the CLDR's
// full date, then the Hebrew date in the language's family: "lundi 2
// janvier 2006 | 2 Tévet 5766", "понедельник, 2 января 2006 г. | 2 тевета
// 5766". For English it is [Full].
func (l Lang) Layout() string { return l.in().Layout() }

// LayoutTime is [Lang.Layout] with the time of day after the date, as
// CLDR's short time writes it: "lundi 2 janvier 2006, 15:04 | 2 Tévet
// 5766".
func (l Lang) LayoutTime() string { return l.in().LayoutTime() }

// MonthName returns the language's name of month m as a date writes it:
// CLDR's wide name, in the genitive where the language has one (января,
// stycznia); "" for a month outside January to December.
func (l Lang) MonthName(m time.Month) string { return l.in().MonthName(int(m), layout.Long) }

// MonthNameAlone returns the language's name of month m as a month named
// alone writes it (the nominative январь of the genitive января).
func (l Lang) MonthNameAlone(m time.Month) string {
	return l.in().MonthName(int(m), layout.StandAlone)
}

// MonthAbbr returns CLDR's abbreviation of the language's name of month m
// (janv., янв.).
func (l Lang) MonthAbbr(m time.Month) string { return l.in().MonthName(int(m), layout.Short) }

// WeekdayName returns the language's name of weekday w (lundi, понедельник);
// "" for a weekday outside Sunday to Saturday.
func (l Lang) WeekdayName(w time.Weekday) string { return l.in().WeekdayName(int(w), layout.Long) }

// WeekdayAbbr returns CLDR's abbreviation of the language's name of weekday
// w (lun., пн).
func (l Lang) WeekdayAbbr(w time.Weekday) string {
	return l.in().WeekdayName(int(w), layout.Short)
}
