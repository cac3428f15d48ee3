package format

import (
	"errors"
	"time"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
)

// Layouts written for the reference day, Monday, January 2, 2006, 15:04:05
// MST, which is 2 Tevet 5766 in the Hebrew calendar. Each is a string to
// pass to dateline's Format, Compile and LayoutOf, as time.RFC3339 is to
// time.Time.Format.
const (
	// Header is the masthead dateline: "Saturday, March 2nd | 22 Adar I 5784".
	Header = "Monday, January 2nd | 2 Tevet 5766"
	// Full is the dateline with both years: "Saturday, March 2, 2024 | 22
	// Adar I 5784".
	Full = "Monday, January 2, 2006 | 2 Tevet 5766"
	// Published is an article's timestamp: "September 28, 2022 10:39 am".
	Published = "January 2, 2006 3:04 pm"
	// HebrewDate is the Hebrew date alone: "22 Adar I 5784".
	HebrewDate = "2 Tevet 5766"
	// HebrewScript is the Hebrew date in Hebrew script: "כ״ב אדר א׳ תשפ״ד".
	HebrewScript = "ב׳ טבת תשס״ו"
)

// Reference returns the reference day that layouts are written for: Monday,
// January 2, 2006 at 15:04:05 in a zone named MST, seven hours west of UTC,
// and the Hebrew date of that day, 2 Tevet 5766.
func Reference() (time.Time, hebrew.Date) { return layout.Reference() }

// ErrUnwritable is the error of [Layout.Validate] for a date that a layout
// cannot write so that it reads back as that date.
var ErrUnwritable = errors.New("cannot be written so that it reads back")

// A Layout is a compiled dateline layout. dateline.Compile compiles a
// layout string, such as a preset of this package, and dateline.LayoutOf
// the layout of an example dateline of any day. The zero Layout writes
// nothing. A Layout is immutable and safe for concurrent use.
type Layout struct {
	l layout.Layout
}

// The engine's error and its layouts are this package's: it wraps
// ErrUnwritable itself, and the packages of the module that give or take a
// Layout convert through Wrap and Unwrap.
func init() {
	layout.ErrUnwritable = ErrUnwritable
	layout.Wrap = func(l layout.Layout) any { return Layout{l} }
	layout.Unwrap = func(v any) layout.Layout { return v.(Layout).l }
}

// AppendFormat appends the dateline of Gregorian time t and Hebrew date h,
// written in layout l, to b and returns the extended buffer. The Gregorian
// elements and the weekday show t's day in t's location (with its clock and
// zone); the Hebrew elements show h, which the caller has chosen (usually
// the Hebrew date of t's day, or of the next day after sunset). It does not
// allocate beyond growing b, but for a layout whose names are another
// language's than English (see [Layout.In]) on a day whose names could
// read as another day (Turkish's April, Nisan, the Hebrew month's name
// too), whose text it reads back before it writes it, at the cost of a
// reading (some 15-30 µs).
//
// A range of days written with one month name (October 22-28, 2-8
// Cheshvan) gets a second month name on days when it runs into the next
// month: October 30-November 5, 30 Tishrei-6 Cheshvan.
//
// A date that the layout marks as Julian (O.S., Old Style) writes the
// Julian date of t's day: "December 15, 1812 O.S." for December 27, 1812.
// The layout's String writes it for the reference day as the others,
// January 2, 2006, beside the text that says it is Julian.
//
// With the zero Hebrew date (the date of a day outside the Hebrew
// calendar's range), the Hebrew elements are left out, with the spaces,
// separators and brackets on either side of them: "Monday, January 2, 2006
// | 2 Tevet 5766" and "Monday, January 2, 2006 (2 Tevet 5766)" write only
// the Gregorian date.
//
// The clocks of a [Zman] (the 5:26 pm of "Candle lighting 5:26
// pm") have no time to write here: they are left out, as on a day without
// that time, with the literal text that leads to them. Package dateline
// refuses such a layout without a location; see [Layout.AppendFormatZmanim].
func (l Layout) AppendFormat(b []byte, t time.Time, h hebrew.Date) []byte {
	return l.l.AppendFormat(b, t, h)
}

// Format returns the dateline of t and h written in layout l; see
// [Layout.AppendFormat].
func (l Layout) Format(t time.Time, h hebrew.Date) string { return l.l.Format(t, h) }

// AppendFormatZmanim is [Layout.AppendFormat] with the times of the day
// that the clock elements of a Zman write: "Friday, March 1, 2024 | 21 Adar
// I 5784 | Candle lighting 5:29 pm". Where z has a zero time, the day has
// none: its elements write nothing, and the literal text that leads to
// them ("| Candle lighting ") is left out too, as a Holiday's is on a day
// without one; so is the text between them (the colon of 5:29, the space
// before pm). It does not allocate beyond growing b.
func (l Layout) AppendFormatZmanim(b []byte, t time.Time, h hebrew.Date, z *Zmanim) []byte {
	return l.l.AppendFormatZmanim(b, t, h, (*layout.Zmanim)(z))
}

// Validate reports whether l writes Gregorian time t and Hebrew date h as
// text that reads back as them. It fails, with an error wrapping
// [ErrUnwritable], where no text of the layout would:
//
//   - a Hebrew date that does not exist (5 Adar II of a common year, 31
//     Adar I, month 0), in a layout that writes any part of it;
//   - a Hebrew year below 1000 in Hebrew letters: letters have no way to
//     say that a year has no thousands, and תש״ס, whether 760 or 5760 was
//     meant, reads as 5760;
//   - a Hebrew year in letters without a geresh that is a whole number of
//     thousands (ה, a lone letter) or 9006 or 9007 (טו, טז, read as 15 and
//     16), and 1000 or 2000 right after the Adar of a common year, where
//     אדר א׳ and אדר ב׳ read as Adar I and Adar II;
//   - a year before the common era (-0005) other than in full after a
//     month name (March 17, -0005) or at the start of an ISO date
//     (-0005-03-17): in a numeric date (3/17/-0005, -0005/03/17) or in
//     two digits it is no year, or another;
//   - a year below 1000 run together with the month (00100117);
//   - a double year (February 11, 1731/2) before 1100, and a pair of
//     Julian and Gregorian days (February 11/22, 1732) that are not 10 to
//     13 days apart (before 1500 and after 2099), which are read only
//     where they were written;
//   - a Hebrew year in digits below 3000 after an occasion or Rosh
//     Chodesh, where a year of four digits is read as Gregorian (Purim
//     2024);
//   - a Hebrew year in one or two digits (1 Tishrei 1) other than after
//     a Hebrew day and at the end of the dateline or before a bar or a
//     bracket, where it reads as a day (Tishrei 5), and 1 or 2 right
//     after the Adar of a common year (2 Adar 2 reads as Adar II);
//   - a range whose other end is past the Hebrew calendar's last day;
//   - the 1st or 2nd of a Gregorian month right after the Hebrew month
//     Adar (9 Adar 2 Mar 23), where Adar 1 and Adar 2 read as Adar I and
//     Adar II.
//
// A Hebrew year in letters keeps its thousands outside 5100-5999 (ד׳תש״ס,
// ה׳י״א, ו׳), and a Gregorian year below 1000 in digits its leading
// zeros (0010), as time.Format writes it, so that they read back; a
// Hebrew year in digits is written as it is (1 Tishrei 1), as
// hebrew.Date.String writes it. [Layout.AppendFormat] writes what it
// cannot write as %!HebrewYear(760), %!Year(-5), %!HebrewMonth(13) or
// %!Day(3), which reads as no date, and package dateline refuses such a
// date before writing anything.
func (l Layout) Validate(t time.Time, h hebrew.Date) error { return l.l.Validate(t, h) }

// String returns the layout written for the reference day (see
// [Reference]): the layout string that compiles to l. A Hebrew day
// written as Rosh Chodesh is written so ("Rosh Chodesh Tevet 5766"),
// although the reference day is none.
func (l Layout) String() string { return l.l.String() }

// In returns a copy of l that writes its month and weekday names in
// language lang, and its Hebrew months, occasions and portions in lang's
// family (see [Lang.Family]), with its own forms and order otherwise: the
// layout of "Monday, January 2, 2006 | 2 Tevet 5766" in French writes
// "lundi, janvier 2, 2006 | 2 Tévet 5766". [Lang.Layout] is a dateline
// in the language's own order.
//
// Abbreviated names are CLDR's, and some do not read back: the short
// weekdays of several languages (Turkish's Pzt, Hungarian's H) and those
// that are another word's (French's mar. for Tuesday, Spanish's may.).
// Write names in full in those languages, or check a layout by reading
// back what it writes, as the dualdate command does for --lang.
//
// The layout In returns reads back, before it writes a day, the text of
// a day whose names could read as another day, and writes a day it does
// not read back as its month's %!Month(4) (see [Layout.Validate]). To
// know which days those are, In reads back a day of each combination of
// names the layout writes, which costs 1-10 ms: make the layout once,
// not for each date.
func (l Layout) In(lang Lang) Layout { return Layout{l.l.In(layout.Lang(lang))} }

// InIsrael returns a copy of l whose occasions and weekly portions follow
// Israel's schedule of holidays and readings rather than the Diaspora's.
func (l Layout) InIsrael() Layout { return Layout{l.l.InIsrael()} }

// HasClock reports whether l writes the dateline's own time of day: an
// hour, minute, second, fraction or AM/PM that is no Zman's.
func (l Layout) HasClock() bool { return l.l.HasClock() }

// HasZman reports whether the layout writes time z of the day. With z
// NoZman, it reports whether it writes any.
func (l Layout) HasZman(z Zman) bool { return l.l.HasZman(layout.Zman(z)) }
