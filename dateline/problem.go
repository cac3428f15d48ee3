package dateline

import (
	"errors"
	"strconv"
	"unicode/utf8"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/parse"
)

// A Code names a kind of problem. Codes are stable: tools may match on them.
type Code string

// The problem codes.
const (
	// CodeSyntax: the text is not a dateline (error).
	CodeSyntax Code = "syntax"
	// CodeWeekday: the weekday is not the day's (error).
	CodeWeekday Code = "weekday"
	// CodeCalendar: the Gregorian and Hebrew dates name different days
	// (error).
	CodeCalendar Code = "calendar"
	// CodeAfterSunset: the Hebrew date is the next day's, as sites print it
	// from sunset or nightfall on (warning); with a sunset rule and a time
	// of day, a Hebrew date one day off for that time; beside a word that
	// names the day's evening (Motzei Shabbat, Saturday night, ליל ראשון),
	// whose Hebrew date from sunset is the next day's and the dateline's
	// own, the civil day's Hebrew date (warning), or a time of day in the
	// day, from 6 am to 2 pm, not the evening or the night ("Saturday
	// night ... 9:00 am", error).
	CodeAfterSunset Code = "after-sunset"
	// CodeNoSuchDay: a date that does not exist, such as February 30 or 30
	// Cheshvan in a year whose Cheshvan has 29 days, or the second day (ב׳
	// דר״ח) of a Rosh Chodesh of one day (error).
	CodeNoSuchDay Code = "no-such-day"
	// CodeAdarCommonYear: Adar I or Adar II in a common year, which has a
	// single Adar, or a qualifier misspelt there ("Adar Sheny 5783")
	// (error).
	CodeAdarCommonYear Code = "adar-common-year"
	// CodeAdarAmbiguous: a bare "Adar" in a leap year, which has two. Info
	// when the Gregorian date or weekday shows which; a warning otherwise,
	// when it is read as Adar II; an error when a word after it says which
	// in a form not read ("Adar Risho", "אדר ראשונה"), when the
	// Dateline has no day.
	CodeAdarAmbiguous Code = "adar-ambiguous"
	// CodeYearInferred: the text names no year, and the year was taken as
	// the one nearest the reference time that fits the rest (info). A year
	// given in the other calendar is not inferred: it fixes the day. A
	// weekday and a day in brackets ("nesta terça-feira (2)") name no
	// month either, and both are taken from the reference (info), with a
	// warning where the day is more than a week from it.
	CodeYearInferred Code = "year-inferred"
	// CodeOutOfRange: a year, day or time outside what calendars have: a
	// Hebrew year outside 1 to 9999, a Gregorian day outside them, hour 25,
	// 24:00 alone (ISO 8601's end of the day, the same instant as the next
	// day's 00:00, which names no time on the day the dateline names), a
	// second 60 that is no leap second (error); or a leap second, such as
	// 2016-12-31T23:59:60Z, read as the second before it (warning).
	CodeOutOfRange Code = "out-of-range"
	// CodeTimeSkipped: a time of day that the zone's clocks skip when they
	// go forward, such as 2:30 am on March 10, 2024 in New York (warning;
	// the time is read in the offset before the skip, 3:30 am EDT, as a
	// clock not yet set forward shows it), or a whole day a zone skips,
	// such as December 30, 2011 in Pacific/Apia (error). A day whose
	// midnight is skipped is no problem: without a time of day it starts
	// when its clocks do (01:00 in America/Santiago on September 7, 2025).
	CodeTimeSkipped Code = "time-skipped"
	// CodeZoneAmbiguous: a zone abbreviation several zones use, such as IST
	// (warning); or a time of day that the zone's clocks show twice, going
	// back over it, such as 1:30 am on November 3, 2024 in New York, with
	// nothing to say which (warning; it is read as the first, 1:30 am EDT);
	// or an offset beside the name of a zone whose offset is another, such
	// as -0700 (CEST) (warning; the time is read at the offset); or a zone's
	// abbreviation that its clocks do not show at that moment, a summer
	// time on a day of standard time ("January 5, 2024 10:00 EDT") or in
	// the hour the clocks skip ("March 10, 2024 2:30 am EDT"), or, in the
	// In option's zone, its standard time in summer (warning; the time is
	// read at the abbreviation's offset, and the message says what the
	// zone's clocks showed).
	CodeZoneAmbiguous Code = "zone-ambiguous"
	// CodeDateAmbiguous: a numeric date that reads both ways (03/02/2024),
	// or a month's name that two languages give two months ("listopad
	// 2023": November in Polish and Czech, October in Croatian), or a Rosh Chodesh of two days ("Rosh Chodesh Cheshvan 5783" is 30
	// Tishrei and 1 Cheshvan), or the single year of a Julian date from
	// January 1 to March 24 before 1752 ("February 11, 1731 O.S.": England
	// began that year on March 25, and wrote February 22, 1732 so), or a
	// date before the Gregorian reform of October 15, 1582 that does not
	// say whether it is Julian ("17 September 1391"), or one found by Find
	// from the reform to 1923 whose sentence names the Julian calendar
	// before it, not as its marker ("According to the Julian calendar, the
	// battle was fought on July 1, 1690"), or a Hebrew date alone that
	// words for an evening or a sunset put at the evening that begins it
	// or the one that ends it ("at sunset on 5 Sivan 5783", read as the
	// first), that nothing else in the dateline settles, or midnight as a
	// word after a date ("March 2, 2024 at midnight"), the start or the
	// end of the day (warning). A Rosh Chodesh is read as the first of
	// the month, the Julian year as beginning on January 1, a date before
	// the reform, or named after the Julian calendar, as proleptic
	// Gregorian, the message giving its Julian reading, and midnight as the
	// day's first moment.
	CodeDateAmbiguous Code = "date-ambiguous"
	// CodeMonthOnly: the text names a month, not a day, such as "Adar I,
	// 5782 / February 2022" or "March 2024" (info; an error from Parse).
	// The message says which days of the other calendar the month runs
	// through.
	CodeMonthOnly Code = "month-only"
	// CodeZone: a zone the system's time zone database does not know
	// (error).
	CodeZone Code = "zone"
	// CodeYearUnlikely: a year that is not likely the one meant (warning):
	// a Gregorian month with a year of 5000 or more, which is a Hebrew
	// year ("12 November 5785": the message says which Gregorian day that
	// is in Hebrew year 5785); a Hebrew date with a year of four digits
	// below 3000, which is a Gregorian one: from 1583 to a century after
	// the reference's year, read in that Gregorian year where the day
	// falls in it once ("20th of Menachem-Av 1944" is August 9, 1944: the
	// message names the Hebrew year), an error where it falls in it
	// twice or Nisan may be Turkish's April (ErrYearUnlikely: "10 Tevet
	// 2025", "19 Nisan 2024"), a warning, read as written, otherwise
	// ("15 Nisan 2448", the Exodus); or,
	// for a dateline that names no year, a
	// year more than twenty years from the reference, the nearest that
	// fits its weekday and dates ("Sunday, March 2 | 22 Adar I" fits
	// 1986, and no year nearer 2026); or a year of two digits read in a
	// century other than the nearest, where only there the rest fits
	// ("Monday, 22 Dec 19" is 1919: 22 December 2019 is a Sunday).
	CodeYearUnlikely Code = "year-unlikely"
	// CodeOccasion: a holiday or weekly portion the dateline names that is
	// not its day's, such as "Purim, March 2, 2024" (error); or, when no
	// schedule is chosen (the Israel and Diaspora options), one that is
	// its day's in one schedule only, such as "Simchat Torah, 22 Tishrei
	// 5785", Israel's (info, naming the schedule).
	CodeOccasion Code = "occasion"
	// CodeOption: an option the caller gave cannot be used, such as
	// Sunset or Nightfall with a nil location (error). It concerns no part
	// of the text: its span is empty, at 0.
	CodeOption Code = "option"
	// CodeJulian: the date was read in the Julian calendar. Info when the
	// text says it is Julian ("December 15, 1812 O.S.", "according to
	// the Julian calendar"); a warning when it does not, for a date
	// before the Gregorian reform of October 15, 1582 that agrees with
	// the Hebrew date or the weekday only as a Julian date ("11 October
	// 1542" read as October 21, 1542). Either way the message gives the
	// proleptic Gregorian day, Dateline.Time's. A later date that agrees
	// only as a Julian date, as countries that kept the Julian calendar
	// until 1918 and 1923 wrote it, keeps its calendar error, and an info
	// of this code says it would agree as one.
	CodeJulian Code = "julian"
	// CodeZman: a time of the day that the dateline states beside its
	// date ("Candle lighting 5:26 pm", "Sunset 17:43", "Havdalah 6:31
	// pm") is not the day's at the location of the Sunset or Nightfall
	// option: more than a minute off (warning; the message gives the
	// time there), or a time the day does not have there, such as candle
	// lighting on a Monday (warning: a page may list the week's times), or
	// any of them on a day the sun does not set there, or a havdalah or
	// second-night candle lighting where the sun does not go far enough
	// below the horizon for nightfall (error). Without a location the
	// times are read and not checked.
	CodeZman Code = "zman"
	// CodeOmer: the day of the Omer the dateline states ("Omer: day 12")
	// is not its Hebrew day's (error), or is the next day's, counted on
	// the evening that begins it (warning), or the day is not in the
	// Omer's season, 16 Nisan to 5 Sivan (error).
	CodeOmer Code = "omer"
	// CodeUpdate: the time a byline says the text was updated (see
	// Report.Updated) is before the time it was published, "March 5,
	// 2024 10:00 am, updated March 4, 2024 9:00 am" (warning; the message
	// gives both).
	CodeUpdate Code = "update"
)

// A Severity says how much a problem matters.
type Severity uint8

const (
	// Error: the dateline is wrong or unreadable; Parse fails.
	Error Severity = iota
	// Warning: the dateline is readable and probably meant what was
	// resolved, but a careful reader would look again.
	Warning
	// Info: a remark on how the dateline was read.
	Info
)

var severityNames = [...]string{"error", "warning", "info"}

// String returns "error", "warning" or "info".
func (s Severity) String() string {
	if int(s) < len(severityNames) {
		return severityNames[s]
	}
	return "%!Severity(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText implements encoding.TextMarshaler with the String form.
func (s Severity) MarshalText() ([]byte, error) {
	if int(s) >= len(severityNames) {
		return nil, errors.New("dateline: invalid severity " + strconv.Itoa(int(s)))
	}
	return []byte(severityNames[s]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Severity) UnmarshalText(b []byte) error {
	for i, n := range severityNames {
		if string(b) == n {
			*s = Severity(i)
			return nil
		}
	}
	return errors.New("dateline: unknown severity " + strconv.Quote(string(b)))
}

// A Problem is one thing wrong with, or worth saying about, a dateline.
type Problem struct {
	Code     Code
	Severity Severity
	// Start and End are the byte span in the input the problem concerns.
	Start, End int
	// Message is one sentence a person can act on.
	Message string
}

// A Report is everything Check found in a dateline.
type Report struct {
	Input string
	// Dateline is the day, as far as it could be resolved: zero if the
	// text could not be read. For a month-only dateline with a Hebrew
	// month, Time is zero and Hebrew has Day 0. A Gregorian month alone
	// ("March 2024") leaves Dateline zero, since no Hebrew month is that
	// month: the month-only problem spans it and says which Hebrew days it
	// runs through, and Layout is its layout.
	Dateline Dateline
	// Layout is the input's layout written for the reference day, Monday,
	// January 2, 2006 (2 Tevet 5766); "" if the text could not be read.
	// Numbers of two digits (12, 28) are written as the date's other
	// numbers show, or as ISO 8601 writes a date year first (see
	// [LayoutOf]); where nothing shows it (12/28/2024), the layout writes
	// them plain, and LayoutOf refuses that example; where languages that
	// write other names differently write its names alike ("2 novembre
	// 2024", French's or Italian's), it writes them in the language the
	// reader took, and LayoutOf refuses it too (ErrAmbiguous). It is "" for a
	// dateline whose words name one day or time that a layout would write
	// for every other (Motzei Shabbat, noon, Rosenmontag, a month glossed
	// by a name of its own), which LayoutOf and Compile refuse. For a
	// byline with its update (see Updated) it is the publication's.
	Layout string
	// Also are the other days the text names with the dateline's own, in
	// the order of their days: the last day of a range ("March 2-9,
	// 2024", "December 30, 2024 - January 2, 2025"), the other days of
	// a pair or a list ("March 2 and 9, 2024", "7, 15, 22 e 29 de
	// outubro"), and the evening's day of a night over two ("Thursday
	// night-Friday, March 7-8", whose own day is Friday's). Each is a
	// day in the zone of the dateline's Time, with no time (HasTime
	// false) but for the end of a range of whole dates that gives its
	// own ("March 2, 2024 8:00 pm - March 4, 2024 10:00 am": March 4 at
	// 10:00), and its Hebrew date lies as many days from the dateline's as
	// its civil day does, but for a later day of a range that starts on
	// an evening (an occasion's eve, "Shabbat, March 1-2, 2024"), which
	// is a daytime with its own civil day's Hebrew date, unless the text
	// says it is an evening too or gives its Hebrew date. Nil for a
	// dateline that names one day, and for one with a problem of severity
	// Error (not OK): its days are not given.
	Also []Dateline
	// Updated is the time a byline says the text was updated, after the
	// time it was published, which is the Dateline: "on December 11, 2009
	// at 8:27 AM, updated December 11, 2009 at 4:01 PM", "Publicado em:
	// 22/12/2019 21:26 | Atualizado em: 22/12/2019 22:22" (see Find). It
	// is checked as a dateline of its own, its problems the report's;
	// one before the publication is a warning (CodeUpdate). It is not
	// one of the days the text is about, as Also's are, and is kept
	// apart from them. Zero for a dateline with no update, and for one
	// with a problem of severity Error (not OK). A report with an update
	// has the publication's Layout, which writes no update.
	Updated  Dateline
	Problems []Problem

	// cause is the error behind a syntax problem, for ProblemError.
	cause error
}

// OK reports whether the report has no problem of severity Error.
func (r Report) OK() bool {
	for _, p := range r.Problems {
		if p.Severity == Error {
			return false
		}
	}
	return true
}

// has reports whether r has a problem of code c.
func (r Report) has(c Code) bool {
	for _, p := range r.Problems {
		if p.Code == c {
			return true
		}
	}
	return false
}

// Err returns the first problem of severity Error as a *ProblemError, or
// nil.
func (r Report) Err() error {
	for _, p := range r.Problems {
		if p.Severity == Error {
			return &ProblemError{Input: r.Input, Problem: p, err: r.cause}
		}
	}
	return nil
}

// Sentinel errors for errors.Is, one for each code of severity Error.
// Those the lower layers have are theirs, so that one family answers at
// every layer: ErrSyntax is hebrew.ErrSyntax; ErrNoSuchDay,
// ErrAdarCommonYear and ErrOutOfRange are hebrew's ErrNoSuchDay,
// ErrAdarCommonYear and ErrRange. ErrTooLong and ErrLayout are not codes of
// their own: they are wrapped by the syntax error of a text longer than
// [MaxInput] and of a layout that Compile or LayoutOf refuses (the reader
// wraps them: see init below).
var (
	ErrSyntax         = hebrew.ErrSyntax
	ErrTooLong        = errors.New("input too long")
	ErrLayout         = errors.New("layout not understood")
	ErrWeekday        = errors.New("wrong weekday")
	ErrCalendar       = errors.New("calendars disagree")
	ErrNoSuchDay      = hebrew.ErrNoSuchDay
	ErrAdarCommonYear = hebrew.ErrAdarCommonYear
	ErrAdarAmbiguous  = errors.New("a leap year's Adar not named")
	ErrAfterSunset    = errors.New("a daytime hour in the evening or night")
	ErrOutOfRange     = hebrew.ErrRange
	ErrTimeSkipped    = errors.New("day skipped by the zone's clocks")
	ErrZone           = errors.New("unknown zone")
	ErrOccasion       = errors.New("occasion is not the day's")
	ErrOption         = errors.New("invalid option")
)

// The reader wraps these values, so that errors.Is matches its errors with
// them.
func init() { parse.ErrTooLong, parse.ErrLayout = ErrTooLong, ErrLayout }

var codeErrors = map[Code]error{
	CodeSyntax:         ErrSyntax,
	CodeWeekday:        ErrWeekday,
	CodeCalendar:       ErrCalendar,
	CodeNoSuchDay:      ErrNoSuchDay,
	CodeAdarCommonYear: ErrAdarCommonYear,
	CodeAdarAmbiguous:  ErrAdarAmbiguous,
	CodeAfterSunset:    ErrAfterSunset,
	CodeOutOfRange:     ErrOutOfRange,
	CodeZone:           ErrZone,
	CodeOccasion:       ErrOccasion,
	CodeTimeSkipped:    ErrTimeSkipped,
	CodeOption:         ErrOption,
}

// A ProblemError is the error Parse returns: the first problem of severity
// Error in the input. errors.Is matches it against the sentinel of its code
// (ErrWeekday, ErrCalendar, ...); for a syntax error, errors.As also finds
// the *hebrew.SyntaxError with the offset and what was expected.
type ProblemError struct {
	Input   string
	Problem Problem
	err     error
}

// Error returns a message such as
// `dateline: parsing "Friday, March 2, 2024": weekday: March 2, 2024 is a Saturday, not a Friday`.
func (e *ProblemError) Error() string {
	in := e.Input
	if len(in) > 80 {
		n := 77
		for n > 73 && !utf8.RuneStart(in[n]) {
			n-- // not inside a character
		}
		in = in[:n] + "..."
	}
	return "dateline: parsing " + strconv.Quote(in) + ": " + string(e.Problem.Code) + ": " + e.Problem.Message
}

// Unwrap returns the sentinel of the problem's code and the underlying
// error, if any.
func (e *ProblemError) Unwrap() []error {
	errs := make([]error, 0, 2)
	if s, ok := codeErrors[e.Problem.Code]; ok {
		errs = append(errs, s)
	}
	if e.err != nil {
		errs = append(errs, e.err)
	}
	return errs
}
