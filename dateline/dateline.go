package dateline

import (
	"errors"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/occasion"
)

// A Dateline is one day named in both calendars, with the time of day when
// one is known. The zero Dateline names no day.
type Dateline struct {
	// Time is the Gregorian day, at its first instant in its location
	// (midnight, or where the zone's clocks skip midnight, the instant
	// they jump to: 01:00 on September 7, 2025 in America/Santiago), or
	// the instant when a time of day is known.
	Time time.Time
	// HasTime reports whether Time carries a time of day.
	HasTime bool
	// Hebrew is the Hebrew day the dateline names: the Hebrew date of
	// Time's day, or, from sunset on under a sunset rule, of the next day.
	Hebrew hebrew.Date

	// zeroDay reports that a zero Time is a day, January 1 of year 1 at
	// midnight UTC, and not the absence of one (see HasDay). It is set
	// only with the zero Time, so that a Dateline of any other day is
	// the struct literal of its three fields.
	zeroDay bool
}

// New returns the dateline of instant t. The Gregorian day is t's civil day
// in the zone of the In option, or else of the Sunset or Nightfall place,
// or else of t's own location: New(time.Now(), Sunset(jerusalem)) is
// Jerusalem's day and time wherever the program runs, as a site's masthead
// must be. The Hebrew day is that day's, unless a Sunset or Nightfall
// option starts it earlier: New(t, Sunset(newYork)) for 9 pm in New York
// on September 28, 2022 is 4 Tishrei 5783, not 3 Tishrei. Other options do
// not apply. A t outside the supported Hebrew years gives a zero Hebrew
// date.
//
// New has no error to return: given Sunset or Nightfall with a nil
// location, which Check and Parse report as a CodeOption error, it returns
// the zero Dateline (IsZero), which writes nothing and marshals to null,
// rather than a Hebrew date reckoned by a rule the caller did not ask for.
func New(t time.Time, opts ...Option) Dateline {
	o := makeOptions(opts)
	if o.invalid != "" {
		return Dateline{}
	}
	if o.inGiven || o.rule != nil {
		t = t.In(o.loc) // the day of the place the dateline is for
	}
	return Dateline{Time: t, HasTime: true, Hebrew: o.hebrewAt(t), zeroDay: t.IsZero()}
}

// IsZero reports whether d names no day.
func (d Dateline) IsZero() bool { return d.Time.IsZero() && d.Hebrew.IsZero() }

// Format returns the dateline written in layout: a layout string written
// for the reference day, Monday, January 2, 2006 at 3:04:05 pm MST, which
// is 2 Tevet 5766 (see the presets in package format), or any dateline of
// another day. Text around the dateline in layout is kept as it is, and a
// layout with no dateline in it is written as it is, as time.Format does.
// The layouts of package time write their part exactly as time.Format
// does: Format(time.RFC3339) is t.Format(time.RFC3339). See [Compile].
//
//	dateline.New(t).Format("Monday, January 2nd | 2 Tevet 5766")
//	// Saturday, March 2nd | 22 Adar I 5784
//
// A layout that does not compile, because it would keep a part of the
// reference day as literal text and so write it wrong on every other day,
// is not written at all: Format writes, in the manner of fmt's %!verb,
// "%!Format(" and the error [Compile] returns, then ")":
//
//	%!Format(parsing "Mon 5766": at byte 4, expected ..., found "5766")
//
// Call Compile first to see that error as an error. So is a layout with a
// time of day, for a Dateline that states none (HasTime false, as Parse
// gives for "March 2, 2024"): Format writes "%!Format(" and [ErrNoTime],
// rather than midnight as a time the text never gave. So is a layout that
// names the day by its occasion alone ("Chanukah: 8th Day 2006"), for a day
// without one: Format writes ErrNoOccasion, not the year that is left; and
// with a Gregorian year alone, for a day whose occasion that year has twice
// ("Asara B'Tevet 2020" is January 7 and December 25): ErrOccasionTwice.
//
// A Dateline that names no Gregorian day is not written in the layout:
// the zero Dateline writes nothing, and one with only a Hebrew date (or a
// whole Hebrew month, Day 0, as Check gives for "Adar I 5782") writes the
// Hebrew date's String, "Adar I 5782".
//
// A layout may write the day's sunset, candle lighting and havdalah, each
// a clock after its label, written with the reference time ("Candle
// lighting 3:04 pm", "Sunset 15:04", "Havdalah 3:04 pm"; see format.Zman),
// and the day of the Omer ("Omer: day 2"). The times are those of
// [Dateline.Times] at the location of the Sunset or Nightfall option, the
// only options Format uses:
//
//	d.Format("Monday, January 2, 2006 | 2 Tevet 5766 | Candle lighting 3:04 pm", dateline.Sunset(newYork))
//	// Friday, March 1, 2024 | 21 Adar I 5784 | Candle lighting 5:29 pm
//
// On a day without that time (candle lighting on a Monday) the time is
// left out with the text that leads to it, as the day's holidays are on a
// day without any, and so is the Omer out of its season. Without a
// location, or on a day the sun does not set there, Format writes
// "%!Format(" and the error of [Dateline.Zmanim], which names the missing
// option, rather than a wrong or empty time.
//
// Compiled layouts are cached, so formatting with a layout string costs
// about what formatting with a compiled format.Layout does. A layout with
// candle lighting or havdalah runs hebcal-go's rules for them on each call
// (some 70 µs); to write many datelines of one day, compute its times once
// with [Dateline.Zmanim] and write them with format's AppendFormatZmanim.
func (d Dateline) Format(layout string, opts ...Option) string {
	var buf [96]byte
	return string(d.AppendFormat(buf[:0], layout, opts...))
}

// AppendFormat is like Format but appends to b and returns the extended
// buffer.
//
// A Dateline of a day outside the supported years, Hebrew 1 to 9999
// (Gregorian September 7, -3760 to September 25, 6239), which has no
// Hebrew date and which Parse does not read, as New gives for such an
// instant, is not written: Format writes "%!Format(" and an error wrapping
// [ErrOutOfRange], then ")". It wrote nothing, so that New(t).String() of
// September 26, 6239 was "" though the Dateline is not zero (found by an
// adversarial review of the texts). A Dateline made as a struct literal
// with a Gregorian day in the supported years but no valid Hebrew date
// (New fills it in) is not written either: b comes back as it is, and
// Format returns "".
//
// A layout that names the evening of its day (Saturday night, "December
// 10, 2020 evening", ליל שלישי) writes the evening's Hebrew date, the next
// day's, as the text it was written from has it, whether d holds the day's
// Hebrew date (New before sunset) or the evening's; and a time before noon
// as the night of the day before's ("Monday night, March 4 at 1:30 am"
// for Tuesday at 1:30), as the reader reads it.
//
// A date that the layout cannot write so that it reads back is refused,
// written as %!Format(…) with an error wrapping format.ErrUnwritable: a
// Hebrew year below 1000 in Hebrew letters (תש״ס is 5760, whether or not
// 760 was meant), a year before the common era in a numeric date
// (-3760/09/07 reads as 3760), and the others of [format.Layout.Validate].
// A Gregorian year below 1000 in digits keeps its leading zeros (January
// 17, 0010), as time.Format writes it, and reads back; a Hebrew year is
// written as it is (1 Tishrei 1), and one of one or two digits only where
// it reads back as a year: after a Hebrew day, at the end of the dateline
// or before a bar or a bracket.
func (d Dateline) AppendFormat(b []byte, layout string, opts ...Option) []byte {
	if !d.HasDay() {
		return d.Hebrew.AppendText(b)
	}
	if !d.Hebrew.IsValid() {
		if hebrew.DateOf(d.Time).IsZero() {
			// Outside the Hebrew years 1 to 9999, which Parse does
			// not read either.
			return appendFormatError(b, outOfRangeError{d.Time})
		}
		return b
	}
	l, err := compile(layout)
	if errors.Is(err, ErrAmbiguous) {
		// A language's own layout whose names another's are too
		// ("2 januari 2006, 15:04"): LayoutLang says which.
		l, err = compileIn(layout, makeOptions(opts).layoutLang)
	}
	if err != nil {
		return appendFormatError(b, err)
	}
	if l.Evening() {
		// Saturday night, March 23 | 14 Adar II: the layout names the
		// evening, whose Hebrew date is the next day's, whichever of the
		// two the dateline holds (New's is the civil day's, before
		// sunset; one read from an evening's text, the evening's).
		day := d.Time
		if d.HasTime && l.HasClock() {
			day = eveningDay(d.Time) // 1:30 am: the night before's
		}
		if n := hebrew.DateOf(day).AddDays(1); !n.IsZero() {
			d.Hebrew = n
		}
	}
	if !d.HasTime && l.HasClock() {
		// Midnight would be a time the dateline never stated.
		return appendFormatError(b, ErrNoTime)
	}
	if err := l.Validate(d.Time, d.Hebrew); err != nil {
		// A year that the layout would write as another's, or as none.
		return appendFormatError(b, err)
	}
	if !namesOccasion(l, d.Time, d.Hebrew) {
		// " 2024", all that is left of "Chanukah: 8th Day 2006" on a
		// day without an occasion, names no day; nor ", 5784" of
		// "Omer: day 2, 5766" outside the Omer.
		if countsOmerAlone(l) {
			return appendFormatError(b, errNoOmer{})
		}
		return appendFormatError(b, ErrNoOccasion)
	}
	if occasionTwice(l, d) {
		return appendFormatError(b, ErrOccasionTwice)
	}
	if !hasZmanim(l) {
		return l.AppendFormat(b, d.Time, d.Hebrew)
	}
	z, err := d.zmanim(l, opts...)
	if err != nil {
		return appendFormatError(b, err)
	}
	return l.AppendFormatZmanim(b, d.Time, d.Hebrew, &z)
}

// An outOfRangeError is what Format writes, as %!Format(…), for a
// Dateline whose Gregorian day has no Hebrew date.
type outOfRangeError struct{ t time.Time }

func (e outOfRangeError) Error() string {
	return e.t.Format("January 2, 2006") + " is outside the days this calendar supports, September 7, -3760 (1 Tishrei 1) to September 25, 6239 (29 Elul 9999)"
}

func (e outOfRangeError) Unwrap() error { return ErrOutOfRange }

// eveningDay is layout.EveningDay, which AppendFormat's layout argument
// hides.
func eveningDay(t time.Time) time.Time { return layout.EveningDay(t) }

// ErrNoTime is what Format writes, as %!Format(…), for a layout with a
// time of day and a Dateline that states none (HasTime false, as Parse
// gives for "March 2, 2024"): midnight would be a time it never stated.
var ErrNoTime = errors.New("the dateline states no time of day")

// ErrNoOccasion is what Format writes, as %!Format(…), for a layout that
// names the day by its occasion alone ("Chanukah: 8th Day 2006", "Chanukah
// 5766": no day of either calendar's month), on a day without one: what
// is left of the layout, the year, names no day; and for a layout whose
// text opens with its occasion ("Iom Kipur comenzará el 1 de octubre"),
// whose words would be left saying nothing.
var ErrNoOccasion = errors.New("the day has no occasion for the layout to name")

// errNoOmer is what Format writes, as %!Format(…), for a layout that
// names the day by a day of the Omer and a year alone ("2nd day of the
// Omer 5766", "Omer: day 2, 5766"), on a day outside the Omer's season:
// what is left, the year, names no day. It matches ErrNoOccasion, the
// error of a layout of an occasion alone on a day without one.
type errNoOmer struct{}

func (errNoOmer) Error() string {
	return "the day is not in the Omer's season, 16 Nisan to 5 Sivan, for the layout to count"
}

func (errNoOmer) Unwrap() error { return ErrNoOccasion }

// countsOmerAlone reports whether layout l names the day by a day of the
// Omer and no day of a month or occasion (see errNoOmer).
func countsOmerAlone(l layout.Layout) bool {
	return l.Has(layout.Omer) && !l.Has(layout.Day) && !l.Has(layout.HebrewDay) && !l.Has(layout.Holiday) && !l.Has(layout.Portion)
}

// hasZmanim reports whether l writes a time of the day that a Zman names
// (sunset, candle lighting, havdalah).
func hasZmanim(l layout.Layout) bool { return l.HasZman(layout.NoZman) }

// namesOccasion reports whether layout l names day h: it has a day of a
// month (or no occasion to name the day by), or the occasion one of its
// Holiday or Portion elements writes for h, or the count its Omer writes
// ("2nd day of the Omer 5766" outside the season wrote " 5784"); and, if it opens with an
// occasion that words or a year follow (see opensWithOccasion), that
// occasion.
func namesOccasion(l layout.Layout, t time.Time, h hebrew.Date) bool {
	// A layout of an evening, and a day after sunset, write the
	// evening's occasions (see layout.EveningOf).
	evening := l.Evening() || layout.EveningOf(t, h)
	if i := opensWithOccasion(l); i >= 0 && !holidayOn(l.At(i), h, evening) {
		return false
	}
	if !embeddedOn(l, h, evening) {
		return false
	}
	if l.Has(layout.Day) || l.Has(layout.HebrewDay) || !l.Has(layout.Holiday) && !l.Has(layout.Portion) && !l.Has(layout.Omer) {
		return true
	}
	for i := range l.Len() {
		switch e := l.At(i); e.Kind {
		case layout.Omer:
			if (Dateline{Hebrew: h}).Omer() > 0 {
				return true
			}
		case layout.Holiday:
			if holidayOn(e, h, evening) {
				return true
			}
		case layout.Portion:
			if _, ok := occasion.PortionOf(h, e.Schedule); ok {
				return true
			}
		}
	}
	return false
}

// embeddedOn reports whether every Holiday and Portion of layout l that
// words after it tie into its text (a letter in the literal text right
// after it: "2023 roku Chanuka rozpoczyna się wieczorem 7 grudnia", "12.
// April beginnt abends das diesjährige Pessach-Fest", "24.09: Yom Kippur
// aften") writes an occasion for day h. Such an occasion cannot be left
// out as one set off by separators can ("March 2, 2024 | Purim", "Erev
// Chanukah, Tuesday, December 24", whose text before it goes with it):
// on a day without it the words after it were written alone, "2024
// rozpoczyna się wieczorem 5 listopada", "5. November-Fest", which read
// as nothing.
func embeddedOn(l layout.Layout, h hebrew.Date, evening bool) bool {
	for i := range l.Len() - 1 {
		e, next := l.At(i), l.At(i+1)
		if e.Kind != layout.Holiday && e.Kind != layout.Portion || next.Kind != layout.Literal || strings.IndexFunc(next.Text, unicode.IsLetter) < 0 {
			continue
		}
		if e.Kind == layout.Holiday && !holidayOn(e, h, evening) {
			return false
		}
		if _, ok := occasion.PortionOf(h, e.Schedule); e.Kind == layout.Portion && !ok {
			return false
		}
	}
	return true
}

// opensWithOccasion returns the index of the Holiday that layout l opens
// with (after literal text alone), if words or a year follow it: "Iom Kipur
// comenzará el 1 de octubre", "Rosch Haschana Feiertage 5783 (25.-27.
// September 2022)", "ROSH HASHANA 5769 (1 Tishri 5769 ...)". They are said
// of the occasion, and on a day without one would be written alone ("
// comenzará el 5 de noviembre", " 5785 (4 Jeshvan ...)"), which reads as
// nothing; a separator alone after it ("Simchat Torah, 22 Tishrei 5785")
// leaves a dateline. So does a numeric date with its day before its month
// after a separator ("פורים 12/3/2017", a kindergarten's holiday table, the
// ninety-third held-out round): the occasion is what says which number is
// the day, and the date written alone on a day without it, "5/11/2024" of
// November 5, reads as May 11. It returns -1 for any other layout.
func opensWithOccasion(l layout.Layout) int {
	i := 0
	for i < l.Len() && l.At(i).Kind == layout.Literal {
		i++
	}
	if i+1 >= l.Len() || l.At(i).Kind != layout.Holiday {
		return -1
	}
	next := l.At(i + 1)
	if next.Kind == layout.Literal {
		if strings.IndexFunc(next.Text, unicode.IsLetter) >= 0 {
			return i
		}
		if i+2 >= l.Len() {
			return -1
		}
		next = l.At(i + 2)
		if next.Kind == layout.Day && numericMonthAfter(l, i+3) {
			return i
		}
	}
	if next.Kind == layout.Year || next.Kind == layout.HebrewYear {
		return i
	}
	return -1
}

// numericMonthAfter reports whether layout l has, at index j, a slash or
// dash without letters and then a Month written as a number: the month of
// a numeric date whose day comes first, which read alone is month-first
// (see opensWithOccasion). A dot (12.3.2017) is read day-first as it is.
func numericMonthAfter(l layout.Layout, j int) bool {
	if j+1 >= l.Len() {
		return false
	}
	sep, m := l.At(j), l.At(j+1)
	return sep.Kind == layout.Literal && strings.ContainsAny(sep.Text, "/-") && strings.IndexFunc(sep.Text, unicode.IsLetter) < 0 &&
		m.Kind == layout.Month && (m.Form == layout.Numeric || m.Form == layout.NumericPad)
}

// holidayOn reports whether Holiday element e writes an occasion for day
// h: h's; with a Shift, the one that begins on the day it shows (an
// Erev's); said to begin on the evening that begins h, the one that does;
// and in a layout of an evening, the evening's (see
// layout.EveningOccasions).
func holidayOn(e layout.Element, h hebrew.Date, evening bool) bool {
	var buf [8]occasion.Occasion
	switch {
	case h.IsZero():
		return false
	case e.Shift != 0:
		_, ok := layout.EveOccasion(h.AddDays(int(e.Shift)), e.Schedule, e.Spelling.Family)
		return ok
	case e.Evening: // said to begin on the evening the layout names
		_, ok := layout.EveOccasion(h, e.Schedule, e.Spelling.Family)
		return ok
	case evening:
		return len(layout.EveningOccasions(buf[:0], h, e.Schedule)) > 0
	}
	return len(occasion.AppendOn(buf[:0], h, e.Schedule)) > 0
}

// ErrOccasionTwice is what Format writes, as %!Format(…), for a layout
// that names the day by its occasion and a Gregorian year alone
// ("Chanukah: 8th Day 2006"), on a day whose occasion that Gregorian year
// has twice: "Asara B'Tevet 2020" is January 7 and December 25, 2020.
var ErrOccasionTwice = errors.New("the day's occasion falls twice in its Gregorian year, the only year the layout writes")

// occasionTwice reports whether layout l names day d by its occasion and
// a Gregorian year alone, and that occasion falls on another day of the
// same Gregorian year too.
func occasionTwice(l layout.Layout, d Dateline) bool {
	if !l.Has(layout.Holiday) || !l.Has(layout.Year) || l.Has(layout.Day) || l.Has(layout.HebrewDay) || l.Has(layout.HebrewYear) {
		return false
	}
	h := d.Hebrew
	gy := d.Time.Year()
	var buf [8]occasion.Occasion
	for i := range l.Len() {
		e := l.At(i)
		if e.Kind != layout.Holiday || e.Shift != 0 {
			continue
		}
		for _, o := range occasion.AppendOn(buf[:0], h, e.Schedule) {
			for _, hy := range [2]int{h.Year - 1, h.Year + 1} {
				other, ok := occasion.Find(o.String(), hy, e.Schedule)
				if ok && other.Date != h {
					if y, _, _ := other.Date.Gregorian(); y == gy {
						return true
					}
				}
			}
		}
	}
	return false
}

// appendFormatError writes err as Format writes a layout it cannot use.
func appendFormatError(b []byte, err error) []byte {
	b = append(b, "%!Format("...)
	b = append(b, err.Error()...)
	return append(b, ')')
}

// HasDay reports whether d names a Gregorian day. Time's zero value is a
// day too, January 1 of year 1 at midnight UTC, whose Hebrew date is 18
// Tevet 3761, so d.Time.IsZero() does not say that d names none. A
// Dateline that the package makes says so in zeroDay,
// whatever its Hebrew date: the evening of that day ("Monday night,
// January 1, 1 CE", 19 Tevet 3761) lost its Gregorian day, in JSON and in
// Format, when only 18 Tevet made a zero Time a day, and so did a check
// report whose Hebrew date disagrees ("January 1, 1 CE | 5 Nisan 5784").
// A struct literal without it (the command moves a day back by its Time)
// names that day when its Hebrew date is the day's or its evening's.
func (d Dateline) HasDay() bool {
	if !d.Time.IsZero() || d.zeroDay {
		return true
	}
	n := d.Hebrew.DaysSince(hebrew.DateOf(d.Time))
	return d.Hebrew.IsValid() && (n == 0 || n == 1)
}

// String returns the dateline in the Full layout: "Saturday, March 2, 2024
// | 22 Adar I 5784"; for a Dateline without a Gregorian day, its Hebrew
// date's String ("Adar I 5782"), and "" for the zero Dateline.
func (d Dateline) String() string { return d.Format(layout.Full) }

// The layout cache. Layouts are strings a program writes, so there are few;
// the cache stops growing at maxCached entries so that layouts made from
// input cannot fill memory.
var (
	layouts   sync.Map // string -> compiled
	cachedLen int
	cacheMu   sync.Mutex
)

const maxCached = 1024

// A compiled is a layout string's layout, or why it has none.
type compiled struct {
	l   layout.Layout
	err error
}

// compile returns the compiled layout of a layout string, or its error
// from Compile.
func compile(layout string) (layout.Layout, error) {
	if v, ok := layouts.Load(layout); ok {
		c := v.(compiled)
		return c.l, c.err
	}
	l, err := compileLayout(layout)
	if err == nil {
		l = l.CheckNames() // see Compile
	}
	storeCompiled(layout, compiled{l, err})
	return l, err
}

// storeCompiled caches c under key (a layout string, or a langKey) while
// the cache has room.
func storeCompiled(key any, c compiled) {
	cacheMu.Lock()
	if cachedLen < maxCached {
		if _, loaded := layouts.LoadOrStore(key, c); !loaded {
			cachedLen++
		}
	}
	cacheMu.Unlock()
}
