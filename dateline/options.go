package dateline

import (
	"fmt"
	"time"

	"github.com/hebcal/hebcal-go/zmanim"

	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/occasion"
)

// An Option changes how New, Parse, Check and Find read or make a
// dateline, what Occasions and the JSON of AppendJSON give, and where the
// times of a layout written by Format are. Options
// are values, made by the functions below; the zero Option changes
// nothing. (They are not functions, so that passing them allocates
// nothing.) Options are read in order, a later one of a kind replacing an
// earlier one. An option that does not apply to a function does nothing
// there, as this table says ("-"):
//
//	option            New        Check, Parse,        Occasions  AppendJSON (Dateline's,     Format, AppendFormat,
//	                             Find, FindFrom,                 Report's)                   Zmanim
//	                             FindHTML, NewReader
//	In                day's zone zone of text         -          -                           -
//	Reference         -          year left out        -          -                           -
//	Sunset            Hebrew day Hebrew day, zone,    -          sunset, candles, havdalah   the place of the times
//	                  and zone
//	                             times checked
//	Nightfall         Hebrew day Hebrew day, zone,    -          sunset, candles, havdalah   the place of the times
//	                  and zone
//	                             times checked
//	MonthFirst        -          03/02 order          -          -                           -
//	DayFirst          -          03/02 order          -          -                           -
//	Israel, Diaspora  -          occasions checked    schedule   schedule (with occasions)   -
//	WithOccasions     -          -                    -          occasions, parsha, omer     -
//	Names             -          -                    -          occasion names (with        -
//	                                                             WithOccasions)
//
// "zone of text": the zone of a date or time that names none; "day's
// zone": New's civil day is t's in that zone, where without In or a
// place it is t's in t's own location. "Hebrew
// day": from sunset (nightfall) on, the next day's Hebrew date, and in
// Check a Hebrew date a day off for the time of day is reported. Sunset
// and Nightfall also give the zone of text when In is not given, and a nil
// location is an error: a CodeOption problem from Check, Parse and Find, a
// zero Dateline from New. "occasions checked": a holiday or portion the
// text names must be the day's in that schedule (without either, in
// one). "times checked": the sunset, candle lighting and havdalah a
// dateline states beside its date are checked there (CodeZman). In
// Format, AppendFormat and Zmanim, Sunset and Nightfall give the place
// whose times a layout writes (see [Dateline.Zmanim]), and the others do
// nothing. LayoutOf and Compile take no options; [Dateline.Times] takes
// the location itself, and follows Israel's schedule for a location in
// Israel.
type Option struct {
	kind   optionKind
	loc    *time.Location
	t      time.Time
	city   *zmanim.Location
	family hebrew.Family
	lang   layout.Lang
}

type optionKind uint8

const (
	optNone optionKind = iota
	optIn
	optReference
	optSunset
	optNightfall
	optMonthFirst
	optDayFirst
	optIsrael
	optDiaspora
	optWithOccasions
	optNames
	optLayoutLang
)

type options struct {
	loc    *time.Location
	ref    time.Time
	hasRef bool
	// rule, if set, starts the Hebrew day at sunset (or nightfall) there.
	rule      *zmanim.Location
	nightfall bool
	ruleZone  *time.Location
	order     order
	// inGiven says In was given: without it, a sunset rule's zone is
	// the zone of text that names none.
	inGiven bool
	// invalid, if not "", says why the options cannot be used: Sunset
	// or Nightfall with a nil location.
	invalid string
	// schedule is the schedule of holidays and readings: unset, the
	// Diaspora's or Israel's. Checking accepts either when it is unset.
	schedule schedule
	// occasions adds "occasions" and "parsha" to the JSON object, named
	// in the family names.
	occasions bool
	names     hebrew.Family
	// layoutLang is the language of a layout string whose names are
	// several languages' (see LayoutLang).
	layoutLang layout.Lang
	// cache is what the Reader learns of the layouts it reads: the
	// package functions share defaultCache.
	cache *readCache
	// sentenceYear, if not 0, is the year the sentence of a match of
	// Find names at its start when another match holds it: the match,
	// which names no year of its own, is of that year (see find).
	sentenceYear int
	// sentenceSaid is that year as the sentence says it: sentenceYear,
	// or the Hebrew year it is in ("In 5784, Purim falls on March 24").
	sentenceSaid int
	// sentenceRelative is the sentence's phrase for "this year", "last
	// year" or "next year" that names sentenceYear by the reference's
	// (see relativeYearFor), or "".
	sentenceRelative string
	// sentenceAfter says the sentence names its year after the match
	// (see nextYearFor), not before it.
	sentenceAfter bool
	// sentenceOccasion says sentenceYear is not stated: a date before
	// the match in its sentence took it by the occasion it names.
	sentenceOccasion bool
	// sentenceMonth, if not 0, is the civil month of the match that
	// names sentenceYear, which picks a Hebrew date's day where it falls
	// twice in that year (see sentenceHebrewYear).
	sentenceMonth int
	// sentenceHebrew, if not 0, is the Hebrew year a match before, in
	// the sentence of a Hebrew date without a year, names: the date is
	// of that year (see datedMatch.hebrewYearFor).
	sentenceHebrew int
	// yearBegins, if not 0, is the Hebrew year whose beginning the
	// sentence of a Monthless day names (see yearBeginsFor): the day is
	// the year's eve or first day where one fits.
	yearBegins int
}

type schedule uint8

const (
	eitherSchedule schedule = iota
	diaspora
	israel
)

// occasionSchedule returns the schedule occasions follow: Israel's with
// the Israel option, else the Diaspora's.
func (o options) occasionSchedule() occasion.Schedule {
	if o.schedule == israel {
		return occasion.Israel
	}
	return occasion.Diaspora
}

// order is how an ambiguous numeric date is read.
type order uint8

const (
	orderGuess order = iota
	orderMonthFirst
	orderDayFirst
)

// noOptions are the options of a call given none, which Check and Parse
// read in place rather than making their own: nothing writes to a call's
// options.
var noOptions = makeOptions(nil)

func makeOptions(opts []Option) options {
	o := options{loc: time.UTC, cache: &defaultCache}
	for _, opt := range opts {
		switch opt.kind {
		case optIn:
			if opt.loc != nil {
				o.loc, o.inGiven = opt.loc, true
			}
		case optReference:
			o.ref, o.hasRef = opt.t, true
		case optSunset:
			o.setRule(opt.city, false, "Sunset")
		case optNightfall:
			o.setRule(opt.city, true, "Nightfall")
		case optMonthFirst:
			o.order = orderMonthFirst
		case optDayFirst:
			o.order = orderDayFirst
		case optIsrael:
			o.schedule = israel
		case optDiaspora:
			o.schedule = diaspora
		case optWithOccasions:
			o.occasions = true
		case optNames:
			o.names = opt.family
		case optLayoutLang:
			o.layoutLang = opt.lang
		}
	}
	if o.rule != nil && !o.inGiven {
		o.loc = o.ruleZone
	}
	return o
}

// reference returns "now" for year inference.
func (o options) reference() time.Time {
	if o.hasRef {
		return o.ref
	}
	return time.Now()
}

// In sets the time zone of text that names none (default UTC, or the
// zone of a Sunset or Nightfall location): the
// Dateline's Time is in it, at the first instant of the day (midnight, or
// when the zone's clocks skip midnight, the instant they jump to) or at the
// time of day the text gives. A time of day the clocks skip is a
// CodeTimeSkipped warning, one they show twice a CodeZoneAmbiguous
// warning, and a day they skip altogether a CodeTimeSkipped error.
// In(nil) changes nothing.
func In(loc *time.Location) Option { return Option{kind: optIn, loc: loc} }

// Reference sets "now" for text that names no year (default: the time of
// the call). Datelines name days that have come or are about to, so the
// year taken is the most recent one, up to six months after t, in which the
// date fits the rest of the dateline: its weekday and the other calendar's
// date. With nothing to fit, it is the year that puts the date nearest t
// within those six months. A bare Adar fits a leap year as well as a
// common one: it is read there as a bare Adar with its year is (Adar II,
// unless its day, the weekday or the Gregorian date shows Adar I), and
// that Adar's date is the one measured.
func Reference(t time.Time) Option { return Option{kind: optReference, t: t} }

// Sunset starts the Hebrew day at sunset at loc, instead of at midnight:
// New gives 4 Tishrei 5783 for 9 pm in New York on September 28, 2022, and
// Check expects the next day's Hebrew date in a timestamp after sunset.
// Sunset is computed for the day in loc's own time zone (loc.TimeZoneId),
// and that zone is also the zone of text that names none, unless In is
// given: with Sunset(newYork), "March 2, 2024 8:00 pm" is 8 pm in New York.
// [City] finds a location by name. A nil loc, or one off the globe
// (latitude beyond ±90, longitude beyond ±180), is an error the caller sees:
// Check, Parse and Find report a CodeOption error (errors.Is ErrOption),
// and New returns the zero Dateline.
func Sunset(loc *zmanim.Location) Option { return Option{kind: optSunset, city: loc} }

// Nightfall starts the Hebrew day at nightfall (tzeit hakochavim, the sun
// 8.5° below the horizon) at loc, instead of at midnight; otherwise it is
// Sunset, zone and nil location alike. The last of Sunset and Nightfall
// given is the rule.
func Nightfall(loc *zmanim.Location) Option { return Option{kind: optNightfall, city: loc} }

func (o *options) setRule(loc *zmanim.Location, nightfall bool, name string) {
	if loc == nil {
		o.rule = nil
		o.invalid = name + " was given a nil location (dateline.City finds one by name)"
		return
	}
	if !(loc.Latitude >= -90 && loc.Latitude <= 90 && loc.Longitude >= -180 && loc.Longitude <= 180) {
		// Latitude 95: no sunset there, and the rule was dropped with
		// nothing said (found trying the library as an adversary).
		o.rule = nil
		o.invalid = fmt.Sprintf("%s was given a location off the globe (latitude %g, longitude %g): latitudes run from -90 to 90, longitudes from -180 to 180",
			name, loc.Latitude, loc.Longitude)
		return
	}
	o.rule, o.nightfall, o.invalid = loc, nightfall, ""
	o.ruleZone = loadLocation(loc.TimeZoneId)
	if o.ruleZone == nil {
		// A zone the system does not know: reckon the day in UTC offset
		// by the longitude, 15° an hour, which sunset follows anyway.
		o.ruleZone = time.FixedZone(loc.TimeZoneId, int(loc.Longitude/15*3600))
	}
}

// MonthFirst reads numeric dates that could be either way month first, as
// US sites write them: 03/02/2024 is March 2.
func MonthFirst() Option { return Option{kind: optMonthFirst} }

// Israel follows Israel's schedule of holidays and weekly readings, for
// Occasions, for checking a holiday or portion a dateline names, and for
// the occasions WithOccasions adds to JSON. Without Israel or Diaspora,
// Occasions follows the Diaspora's and checking accepts either, with an
// info (code occasion) on an occasion of one schedule only. Simchat Torah
// is, in Israel, the day of Shmini Atzeret.
func Israel() Option { return Option{kind: optIsrael} }

// Diaspora follows the Diaspora's schedule of holidays and weekly
// readings; see Israel.
func Diaspora() Option { return Option{kind: optDiaspora} }

// WithOccasions adds to the JSON object of AppendJSON the day's occasions
// ("occasions", a list of names) and the weekly portion ("parsha").
func WithOccasions() Option { return Option{kind: optWithOccasions} }

// Names names the occasions of AppendJSON in the locale of a spelling
// family: hebcal's English (the default), Ashkenazi, or Hebrew script
// without or with points.
func Names(f hebrew.Family) Option { return Option{kind: optNames, family: f} }

// LayoutLang says the language of the layout string that
// Dateline.Format writes: a layout whose names several languages write
// alike, and that Compile refuses with an error wrapping [ErrAmbiguous],
// is written in lang's names (see [CompileIn]). Swedish's and Dutch's
// "2 januari 2006, 15:04", each language's own format.Lang preset, write
// March as mars and maart. A layout whose names say their language is
// written as it is.
func LayoutLang(lang format.Lang) Option {
	return Option{kind: optLayoutLang, lang: layout.Lang(lang)}
}

// DayFirst reads numeric dates that could be either way day first, as
// Israeli and European sites write them: 03/02/2024 is February 3.
func DayFirst() Option { return Option{kind: optDayFirst} }

// dayStart returns when the Hebrew day that follows the civil day of t (in
// t's location, the dateline's zone) begins: sunset or nightfall at the
// rule's place on that date. ok is false without a rule, or where the sun
// does not set that day.
//
// The civil day is the one the dateline writes, not the rule's place's:
// with In(Pacific/Kiritimati) and Sunset(Jerusalem), 12:01 am on Sunday,
// March 3, 2024 is noon of Saturday in Jerusalem, and New gave it
// Saturday's 22 Adar I, written "Sunday, March 3rd | 22 Adar I 5784", a
// pair of two days that Check refuses (found by an adversarial review).
// A dateline's Hebrew date is its civil day's, or from sunset on that
// date the next day's, whatever the zones.
func (o options) dayStart(t time.Time) (time.Time, bool) {
	if o.rule == nil || o.rule.Latitude < -90 || o.rule.Latitude > 90 || o.rule.Longitude < -180 || o.rule.Longitude > 180 {
		return time.Time{}, false
	}
	y, m, d := t.Date()
	z := zmanim.Zmanim{Location: o.rule, Year: y, Month: m, Day: d, TimeZone: o.ruleZone}
	var start time.Time
	if o.nightfall {
		start = z.Tzeit(zmanim.Tzeit3SmallStars)
	} else {
		start = z.Sunset()
	}
	return start, !start.IsZero()
}

// hebrewAt returns the Hebrew date at instant t: the date of t's civil day
// in t's location, or the next one from sunset (nightfall) on that date at
// the rule's place (see dayStart); without a rule, the date of t's civil
// day.
func (o options) hebrewAt(t time.Time) hebrew.Date {
	if o.rule == nil {
		return hebrew.DateOf(t)
	}
	d := hebrew.DateOf(t)
	if start, ok := o.dayStart(t); ok && !t.Before(start) {
		d = d.AddDays(1)
	}
	return d
}

// invalidReport returns the report of s read with options that cannot be
// used, such as Sunset(nil): one problem of code CodeOption, spanning
// nothing, since the text is not at fault. ok is false when the options
// are valid.
func (o *options) invalidReport(s string) (rep Report, ok bool) {
	if o.invalid == "" {
		return Report{}, false
	}
	return Report{Input: s, Problems: []Problem{{Code: CodeOption, Severity: Error, Message: o.invalid}}}, true
}
