package dateline

import (
	"errors"
	"strings"
	"sync"
	"time"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/civil"
	"github.com/dualdate/dualdate/internal/era"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
	"github.com/dualdate/dualdate/internal/script"
	"github.com/dualdate/dualdate/occasion"
)

// Check reads s as one dateline or timestamp and reports every problem
// with it: whether the weekday is the day's, whether the Gregorian and
// Hebrew dates name the same day (or the Hebrew date is the next day's, as
// after sunset), whether each date exists, whether an Adar fits its year,
// and how what the text leaves out was filled in. See [Code] for the
// problems. It never fails: text that is not a dateline gets a syntax
// problem with the offset where reading stopped. A dateline is a line: a
// text longer than [MaxInput] bytes is refused without being
// read, with a syntax problem spanning what lies beyond the limit, whose
// error (Report.Err, Parse) matches [ErrTooLong].
func Check(s string, opts ...Option) Report {
	if len(opts) == 0 {
		return check(s, &noOptions)
	}
	o := makeOptions(opts)
	return check(s, &o)
}

func check(s string, o *options) Report {
	if o.invalid != "" {
		rep, _ := o.invalidReport(s)
		return rep
	}
	if len(s) <= MaxInput {
		if n, back, ok := asciiDigits(s); ok {
			return checkDigits(s, n, back, o) // ٢ مارس ٢٠٢٤
		}
	}
	var rep Report
	c, how := o.cache.state(s, o, &rep)
	if how == stateResolved {
		return rep
	}
	bp := fieldPool.Get().(*[]parse.Field)
	defer fieldPool.Put(bp)
	var r parse.Result
	if c != nil {
		// The layout that read s matches it in full: a dateline with a
		// problem for the candidates to find, or one State leaves to
		// Match.
		var ok bool
		if r, ok = c.t.Match((*bp)[:0], s); !ok {
			c, how = nil, stateUnread
		}
	}
	if c == nil {
		var err error
		if r, c, err = o.cache.parse((*bp)[:0], s); err != nil {
			return syntaxReport(s, err)
		}
	}
	*bp = r.Fields[:0]
	if how == stateProblem {
		// The first stage has seen what the template stated, the
		// fields Match read, and left it to the candidates.
		rep, _ = resolveFull(&r, o, c.t)
		return rep
	}
	rep, _ = resolveResult(&r, o, c)
	return rep
}

// fieldPool holds the slices Check parses into: a Report keeps nothing of
// the fields, so one slice serves every call of a goroutine.
var fieldPool = sync.Pool{New: func() any {
	b := make([]parse.Field, 0, 32)
	return &b
}}

// Parse reads s as one dateline or timestamp and returns the day it names:
// what Check resolves, or the first problem of severity Error as a
// *ProblemError.
func Parse(s string, opts ...Option) (Dateline, error) {
	if len(opts) == 0 {
		return parseDateline(s, &noOptions)
	}
	o := makeOptions(opts)
	return parseDateline(s, &o)
}

func parseDateline(s string, o *options) (Dateline, error) {
	rep := check(s, o)
	if err := rep.Err(); err != nil {
		return Dateline{}, err
	}
	if !rep.Dateline.HasDay() {
		for _, p := range rep.Problems {
			if p.Code == CodeMonthOnly {
				return Dateline{}, &ProblemError{Input: s, Problem: Problem{
					Code: CodeMonthOnly, Severity: Error, Start: p.Start, End: p.End, Message: p.Message,
				}}
			}
		}
	}
	return rep.Dateline, nil
}

// ErrMonthOnly is matched by the error Parse returns for text that names a
// month rather than a day.
var ErrMonthOnly = errors.New("names a month, not a day")

func init() { codeErrors[CodeMonthOnly] = ErrMonthOnly }

func syntaxReport(s string, err error) Report {
	var pe *parse.Error
	p := Problem{Code: CodeSyntax, Severity: Error, Message: "not a dateline"}
	if errors.As(err, &pe) {
		p.Start, p.End = pe.Offset, pe.Offset+len(pe.Found)
		if errors.Is(err, parse.ErrRange) {
			p.Code = CodeOutOfRange
		}
		if errors.Is(err, parse.ErrTooLong) {
			p.End = len(s)
			p.Message = "the text is longer than " + itoa(parse.MaxInput) + " bytes, too long for one dateline"
		} else {
			p.Message = "expected " + pe.Expected
			if pe.Found == "" {
				p.Message += " at the end of the text"
			} else {
				p.Message += ", found " + quote(pe.Found)
			}
		}
	}
	return Report{Input: s, Problems: []Problem{p}, cause: err}
}

// facts are what a parsed dateline states, gathered for resolution.
type facts struct {
	input  string
	fields []parse.Field

	// Gregorian side.
	gMonth, gDay, gYear       parse.Field
	hasGMonth, hasGDay, hasGY bool
	ambiguous                 bool
	// customary is set when the text's script settles the order of an
	// ambiguous numeric date (Hebrew text reads it day first).
	customary bool
	// byName is set for a month whose name two languages give two months
	// (listopada), where otherMonth is the other language's: the
	// swapped reading is that month.
	byName     bool
	otherMonth int
	// monthless: the day is written alone in brackets after its weekday
	// (parse.Monthless); monthOfReference gives it gMonth, and monthYear
	// the year of that month.
	monthless bool
	monthYear int
	// yearEve is 1 where monthOfReference took the month of a Monthless
	// day from the eve of the Hebrew year its sentence says begins, -1
	// where from the year's first day, and 0 otherwise (see
	// yearBeginsMonth).
	yearEve int

	// Hebrew side.
	hMonth, hDay, hYear       parse.Field
	hasHMonth, hasHDay, hasHY bool
	// hYearStated is the Hebrew year as the text writes it after a range
	// that startYears has put back a year, its start's: the end's year,
	// which civilHebrewYear reads as the Gregorian year the range is in.
	hYearStated int

	// The weekday: the civil weekday it implies, and whether it is said of
	// an evening.
	weekday parse.Field
	hasW    bool
	civilW  time.Weekday
	night   bool
	// eveningWords is the span of the words before the date that say its
	// day is an evening (parse.LeadingEvening), where they are in a
	// script other than Hebrew's: [0, 0] if none.
	eveningWords [2]int
	// nightBefore: the weekday is said after "אור ליום" (parse.NightBefore)
	// and names the day whose night it is: the civil date beside it may
	// be that day's or its evening's.
	nightBefore bool
	// morning: the weekday is said of its morning (parse.Morning),
	// before any sunset, where a Hebrew date a day ahead is wrong.
	morning bool
	// begins: words after the Hebrew date say it begins on the civil
	// day's evening (parse.Begins), which the day's own Hebrew date
	// contradicts.
	begins bool
	// past and next: a word before the day says it is a past or a next
	// one (parse.Past, parse.Next), which way a year taken for it lies
	// from the reference, where no weekday picks the year.
	past, next bool

	// The time of day. zone is its offset, or else its zone's name;
	// zoneName is a name written beside an offset (+0200 (CEST)).
	hour, minute, second, ampm, zone      parse.Field
	hasClock, hasSecond, hasAMPM, hasZone bool
	fraction, zoneName                    parse.Field
	hasFraction, hasZoneName              bool

	// The byte spans of the Gregorian and the Hebrew date.
	gs, ge, hs, he int

	// A holiday or weekly portion the dateline names.
	holiday, portion       parse.Field
	hasHoliday, hasPortion bool
	// holidayEve: the text says the occasion begins on the civil day's
	// evening ("Iom Kipur comenzará el 1 de octubre"; parse.Night on the
	// Holiday).
	holidayEve bool
	// holidayName: the occasion's name, as occasion.Find reads it (see
	// holidayNameOf).
	holidayName string

	// The Old Style half of a dual date (parse.OldStyle): the Julian day
	// of "February 11/22, 1732", the legal year of "February 11, 1731/2".
	osDay, legalYear       parse.Field
	hasOSDay, hasLegalYear bool

	// The Hebrew day named again by its letters after the date
	// (parse.Repeat): "… February 3, 2012 Yud Shevat".
	repeatDay parse.Field
	hasRepeat bool

	// hasRange is set when the dateline writes a range of days; gEnd and
	// gEndMonth are the civil day and month of its end, where it gives
	// them (0 otherwise).
	hasRange        bool
	gEnd, gEndMonth int
	// julianLeapDay is set where the dateline names February 29 of a
	// year before the Gregorian reform that is a leap year of the
	// Julian calendar alone (see settleJulianLeapDay), which it is read
	// in.
	julianLeapDay bool
	// numericEnd is set where the range's end writes its month in digits
	// ("3/4/2024 - 5/4/2024"), in the order its start is read in.
	numericEnd bool
	// endW is the weekday of a range's end, where it names one a day
	// or more after its start (hasEndW): "Wednesday–Thursday".
	endW    time.Weekday
	hasEndW bool

	// A Rosh Chodesh named without its month after a civil date
	// ("Monday, March 11, 2024 Rosh Chodesh") or a Hebrew one (parse's
	// bareRoshChodesh: "30 Cheshvan 5785, Rosh Chodesh"): the day must
	// be a day of Rosh Chodesh, whichever month's (see
	// checkBareRoshChodesh).
	bareRC    parse.Field
	hasBareRC bool

	// The times of the day the dateline states beside its date (Candle
	// lighting 5:26 pm), by layout.Zman, and the day of the Omer.
	zman    [layout.Havdalah + 1]zmanFacts
	hasZman bool
	omer    parse.Field
	hasOmer bool
}

// zmanFacts are the clock a dateline states for a time of the day: the
// values of its hour, minute and AM or PM (a facts is cleared for every
// dateline the candidates read, and three Fields for each time of the day
// were a good part of it).
type zmanFacts struct {
	hour, minute, ampm int
	has, hasAMPM       bool
	start, end         int
}

func (f *facts) gather(r *parse.Result) {
	f.input, f.fields = r.Input, r.Fields
	var ends rangeEnds
	for i := range r.Fields {
		if x := &r.Fields[i]; !f.gatherAside(x, &ends) {
			f.gatherField(x)
		}
	}
	f.settle(r, &ends)
	f.startYears()
	f.spans(r.Fields)
}

// rangeEnds is what the end of a range tells its start.
type rangeEnds struct {
	ampm, zone *parse.Field // the AM or PM and zone of the end of a range of times
	hebrewDay  bool         // the end of a range of days has a Hebrew day of its own
	// hebrewDays counts the days to that end: 1 for the night between two
	// days, each with its Hebrew date.
	hebrewDays int16
}

// gatherAside takes field x if it is no part of the dateline's own day: a
// time of a Zman, the end of a range, a repeated name of the day, the Old
// Style half of a dual date. It reports whether it took it.
func (f *facts) gatherAside(x *parse.Field, ends *rangeEnds) bool {
	if x.Zman != layout.NoZman {
		f.gatherZman(x)
		return true
	}
	if x.Flags&parse.RangeEnd != 0 {
		f.hasRange = true
		switch {
		case x.Shift < 0 && (x.Kind == layout.Day || x.Kind == layout.Month):
			// The evening before the dateline's day of a night's range,
			// "Sunday night-Monday February 5-6": no last day of a range
			// of days, which "Tu B'Shvat" without a year was said not to
			// be ("not 14 Shevat, the last day of the range"), an error
			// the same line with its year did not have.
		case x.Kind == layout.Day:
			f.gEnd = x.Value
		case x.Kind == layout.Month:
			f.gEndMonth = x.Value
			f.numericEnd = x.Form == layout.Numeric || x.Form == layout.NumericPad
		case x.Kind == layout.AMPM:
			ends.ampm = x
		case x.Kind == layout.Zone:
			ends.zone = x
		case x.Kind == layout.HebrewDay:
			ends.hebrewDay, ends.hebrewDays = true, x.Shift
		case x.Kind == layout.Weekday && x.Shift > 0 && x.Flags&parse.NamesNextDay == 0:
			f.endW, f.hasEndW = time.Weekday(x.Value%7), true
		}
		return true
	}
	if x.Flags&parse.Repeat != 0 {
		switch {
		case x.Kind == layout.HebrewDay && x.Form.IsRoshChodesh():
			f.bareRC, f.hasBareRC = *x, true // 30 Cheshvan 5785, Rosh Chodesh: checked by checkBareRoshChodesh
		case x.Kind == layout.HebrewDay:
			f.repeatDay, f.hasRepeat = *x, true // the day's name (Yud Shevat), checked by checkRepeat
		}
		return true
	}
	if x.Flags&parse.OldStyle != 0 {
		switch x.Kind {
		case layout.Day:
			f.osDay, f.hasOSDay = *x, true
		case layout.Month:
			// "[O.S. April 6]": package parse read it only in the
			// month the Julian day must be in.
		default:
			f.legalYear, f.hasLegalYear = *x, true
		}
		return true
	}
	return false
}

// gatherField takes field x of the dateline's own day.
func (f *facts) gatherField(x *parse.Field) {
	switch x.Kind {
	case layout.Month:
		f.gMonth, f.hasGMonth = *x, true
		f.ambiguous = f.ambiguous || x.Flags&parse.Ambiguous != 0
		f.customary = f.customary || x.Flags&parse.Customary != 0
		if x.Flags&parse.NameAmbiguous != 0 {
			f.otherMonth, _, _, f.byName = parse.OtherMonth(f.input, x)
			f.ambiguous = f.ambiguous || f.byName
		}
	case layout.Day:
		f.gDay, f.hasGDay = *x, true
		// "no passado dia 27 de janeiro" in free text, where the
		// match starts at its day (see parse.Past).
		f.past = f.past || x.Flags&parse.Past != 0
		f.next = f.next || x.Flags&parse.Next != 0
		f.monthless = x.Flags&parse.Monthless != 0
	case layout.Year:
		f.gYear, f.hasGY = *x, true
	case layout.HebrewMonth:
		f.hMonth, f.hasHMonth = *x, true
	case layout.HebrewDay:
		f.hDay, f.hasHDay = *x, true
	case layout.HebrewYear:
		f.hYear, f.hasHY = *x, true
	case layout.Weekday:
		f.weekday, f.hasW = *x, true
		f.civilW = time.Weekday(((x.Value-int(x.Shift))%7 + 7) % 7)
		f.night = f.night || x.Flags&parse.Night != 0 // or words before it said so
		f.nightBefore = x.Flags&parse.NightBefore != 0
		f.morning = x.Flags&parse.Morning != 0
	case layout.Hour:
		f.hour, f.hasClock = *x, true
	case layout.Minute:
		f.minute = *x
	case layout.Second:
		f.second, f.hasSecond = *x, true
	case layout.AMPM:
		f.ampm, f.hasAMPM = *x, true
	case layout.Zone:
		f.gatherZone(x)
	case layout.Fraction:
		f.fraction, f.hasFraction = *x, true
	case layout.Holiday:
		f.holiday, f.hasHoliday = *x, true
		f.holidayEve = x.Flags&parse.Night != 0
		// Motzei Yom Kippur: the evening of its last day, as Motzei
		// Shabbat is Saturday's (parse.Motzei).
		f.night = f.night || x.Flags&parse.Motzei != 0
		f.holidayName = holidayNameOf(f.input, x)
	case layout.Portion:
		f.portion, f.hasPortion = *x, true
	case layout.Omer:
		f.omer, f.hasOmer = *x, true
	case layout.Literal:
		// "12 April 2025 evening", "September 15 2023 at
		// sundown": the day's evening (parse.Night).
		f.night = f.night || x.Flags&parse.Night != 0
		f.begins = f.begins || x.Flags&parse.Begins != 0
		f.past = f.past || x.Flags&parse.Past != 0
		f.next = f.next || x.Flags&parse.Next != 0
	}
}

// settle draws what the fields say together: a range's AM or PM and zone
// for its start, the evening a dateline names, a bare Rosh Chodesh.
func (f *facts) settle(r *parse.Result, ends *rangeEnds) {
	f.settleJulianLeapDay()
	if f.hasClock && !f.hasAMPM && ends.ampm != nil && (f.hour.Form == layout.Hour12 || f.hour.Form == layout.Hour12Pad) {
		// 8:00-9:00PM: the start takes the end's PM.
		f.ampm, f.hasAMPM = *ends.ampm, true
	}
	if parse.LeadingEvening(r) {
		// The evening of March 23, la noche del 23 de marzo. Find marks
		// the words it takes in before its match Night (see
		// withEveningBefore), and they are read here all the same, for
		// the warnings they bring (eveningOfHebrewDay): "on the eve of
		// 14 Nisan 5784" was read by Find as the evening with nothing
		// said, where Check warned that it may be the one that ends it.
		f.night = true
		if lead := &r.Fields[0]; lead.Kind == layout.Literal && !strings.ContainsFunc(r.Input[lead.Start:lead.End], script.IsHebrewLetter) {
			f.eveningWords = [2]int{lead.Start, lead.End}
		}
	}
	if f.hasHoliday && !f.holidayEve && parse.LeadingFirstNight(r) {
		f.holidayEve = true // la primera noche de Hanukkah, la primera vela de Janucá
	}
	if _, _, first, ok := parse.EveningOfOccasion(r); ok && first && f.hasHoliday {
		f.holidayEve = true // le soir de Pessah, la noche de Pésaj, вечером Песаха
	}
	if f.night && f.hasHDay && ends.hebrewDay && ends.hebrewDays == 1 {
		// The night between two days, each with its Hebrew date
		// ("בלילה שבין מוצאי שבת, י"ח בחשון – ליום ראשון י"ט בחשון"):
		// the range's end has the evening's Hebrew date, and the start
		// its own day's. A range of nights keeps its start's, the
		// evening's ("מליל רביעי, ה' אדר א' (13.2.2024) עד ליל שישי,
		// י"ד אדר א' (22.2.2024)").
		f.night = false
	}
	if f.hasClock && !f.hasZone && ends.zone != nil {
		f.zone, f.hasZone = *ends.zone, true // 8:00 - 9:30 pm EST
	}
	if f.hasHDay && f.hDay.Form.IsRoshChodesh() && !f.hasHMonth && !f.hasHY && f.hasGDay && f.hasGMonth {
		f.bareRC, f.hasBareRC = f.hDay, true
		f.hasHDay = false
	}
}

// spans sets the byte spans of the Gregorian and the Hebrew date among
// fields (0, 0 for a calendar they do not state).
func (f *facts) spans(fields []parse.Field) {
	f.gs, f.ge, f.hs, f.he = -1, 0, -1, 0
	for i := range fields {
		x := &fields[i]
		switch x.Kind {
		case layout.Month, layout.Day, layout.Year:
			f.gs, f.ge = widen(f.gs, f.ge, x)
		case layout.HebrewMonth, layout.HebrewDay, layout.HebrewYear:
			f.hs, f.he = widen(f.hs, f.he, x)
		}
	}
	f.gs, f.hs = max(f.gs, 0), max(f.hs, 0)
}

// startYears makes a year that a range's last day states (a Year or
// HebrewYear with the end's Shift: "December 30-January 2, 2024") the
// year of the dateline's own day, its first: the year before where the
// range runs into the stated year (December 30, 2023).
func (f *facts) startYears() {
	if y := &f.gYear; f.hasGY && y.Shift > 0 && f.hasGMonth && f.hasGDay && f.gDay.Shift != y.Shift {
		// (A year with its day's Shift is that day's: "the eve of
		// January 1, 2025", see parse.EveOfCivilDay.)
		full := y.Value
		if y.Form == layout.TwoDigit {
			full += 2000 // as a leap year, the same as its century's
		}
		end := time.Date(full-1, time.Month(f.gMonth.Value), f.gDay.Value, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(y.Shift))
		if end.Year() == full {
			y.Value = (y.Value + 99) % 100
			if y.Form != layout.TwoDigit {
				y.Value = full - 1
			}
		}
	}
	if y := &f.hYear; f.hasHY && y.Shift > 0 && f.hasHMonth && f.hasHDay {
		if h, err := hebrew.NewDate(y.Value-1, hebrew.Month(f.hMonth.Value), f.hDay.Value); err == nil && h.AddDays(int(y.Shift)).Year == y.Value {
			f.hYearStated = y.Value
			y.Value--
		}
	}
}

// widen returns the span start, end widened to take in field x; a start of
// -1 is an empty span.
func widen(start, end int, x *parse.Field) (int, int) {
	if start < 0 || x.Start < start {
		start = x.Start
	}
	return start, max(end, x.End)
}

// gSpan and hSpan return the byte span of the Gregorian and the Hebrew
// date.
// portionDay reports whether the dateline names its day by a weekly
// portion and a Hebrew year alone, which is the Shabbat the portion is
// read on that year: "Parashat Vayigash 5776", 'תשע"ו | שבת פרשת ויגש';
// or by the portion alone, "Parashat Vayakhel", whose year is inferred
// as a year-less Hebrew date's is (see portionAlone).
func (f *facts) portionDay() bool {
	return f.hasPortion && (f.hasHY || f.hasGY && !f.hasGDay || f.portionAlone()) && !f.hasHoliday && !f.hasHMonth && !f.hasGMonth
}

// portionAlone reports whether the dateline names a weekly portion and no
// date or year, with a weekday or not: "Parashat Vayakhel", "Shabbat
// Parashat Vayakhel". It was refused; it is the portion's Shabbat (or the
// weekday's day of its week) in the Hebrew year nearest the reference
// that reads it, the year searched as for a year-less Hebrew date ("15
// Shevat") and said in a year-inferred info.
func (f *facts) portionAlone() bool {
	return f.hasPortion && !f.hasHY && !f.hasGY && !f.hasGMonth && !f.hasGDay && !f.hasHMonth && !f.hasHDay && !f.hasHoliday
}

// omerDay reports whether the dateline names its day by a day of the
// Omer and a year alone, as an occasion with its year does: "33rd day of
// the Omer 5784", "day 33 of the Omer 2024" (see occasionIn). A weekday
// may come with it, to be checked. After a date the count is the date's
// to check (checkOmer).
func (f *facts) omerDay() bool {
	return f.hasOmer && (f.hasHY || f.hasGY) && !f.hasHoliday && !f.hasPortion && !f.hasHMonth && !f.hasGMonth && !f.hasHDay && !f.hasGDay
}

func (f *facts) gSpan() (int, int) { return f.gs, f.ge }

// hebrewNameSpan returns the span of what names the dateline's Hebrew day
// when its Hebrew year is inferred or far off: the Hebrew date, or where
// it names no Hebrew month, the occasion or the weekly portion that
// stands for one ("Purim", "Parashat Vayakhel").
func (f *facts) hebrewNameSpan() (int, int) {
	switch {
	case !f.hasHMonth && f.hasHoliday:
		return f.holiday.Start, f.holiday.End
	case f.omerDay():
		return f.omer.Start, f.omer.End
	case !f.hasHMonth && f.hasPortion:
		return f.portion.Start, f.portion.End
	}
	return f.hSpan()
}
func (f *facts) hSpan() (int, int) { return f.hs, f.he }

// A cand is one way to read a dateline: the years (stated, or chosen), the
// Adar a bare Adar means, which reading of a numeric date, which day of a
// two-day Rosh Chodesh, and, without a Gregorian date, whether the Hebrew
// date is said of the evening before.
type cand struct {
	gy, hy   int
	hm       hebrew.Month
	swapped  bool
	night    int  // 1: the civil day is the one before the Hebrew date's
	rc30     bool // Rosh Chodesh X is the 30th of the month before X
	gyGuess  bool // the Gregorian year was chosen near the reference time
	hyGuess  bool
	distance int64 // days from the reference, for choosing among guesses

	// civilYear is set when the year written after a Hebrew date was
	// read as the Gregorian year the day falls in (see civilHebrewYear).
	civilYear bool
	// rare is set on a guessed Hebrew year of an occasion that falls in
	// some years only, and in none nearer the reference (see
	// searchYears): rareFound where the year has it, rareNone where no
	// year searched has it.
	rare rareOccasion
}

// A rareOccasion says how the year of an occasion that falls in some
// years only was found (see cand.rare).
type rareOccasion uint8

const (
	rareFound rareOccasion = iota + 1 // the most recent year that has it
	rareNone                          // no year searched has it
)

// resolver evaluates candidates for one dateline.
type resolver struct {
	f   facts
	o   options
	ref time.Time
	// The best candidate so far, and its score.
	best      cand
	bestScore int
	found     bool
	// The best score of each reading of an ambiguous numeric date
	// (cand.swapped), in any year tried: see readingsTie.
	readingScore [2]int
	readingTried [2]bool
	// Filled by eval in report mode.
	problems []Problem
	dl       Dateline
	// alone is set when choose has one candidate to try, which it then
	// evaluates in report mode at once; spoken says it has.
	alone, spoken bool
	// rareLow is the earliest year searched for an occasion that no
	// year searched has (see rareNone).
	rareLow int
}

// The score scale. The resolver's first stage (stated) takes a dateline
// that states its day and has no problem, with no score. Otherwise each
// candidate reading (which of two numeric orders, which Adar, which years
// where a calendar leaves its year out) is scored by eval: weightError for
// each problem of severity Error it would have (a wrong weekday, calendars
// that disagree, a day that does not exist), weightWarning for each
// Warning (a year more than twenty years away, a Julian date, an evening
// the text does not say), nothing for an Info, and invalid for a reading
// that names no day at all. The lowest total wins; between equal totals,
// the one nearer the reference (cand.distance), then the first tried. Only
// the winner is evaluated again to write its problems (eval in report
// mode), so messages are written for it alone.
const (
	weightError   = 10
	weightWarning = 3
	invalid       = 1 << 20
)

// resolve resolves a parsed dateline into its Report.
func resolve(r *parse.Result, o *options) Report {
	rep, _ := resolveResult(r, o, nil)
	return rep
}

// resolveResult resolves a parsed dateline into its Report, and reports
// whether it chose the other reading of its numeric date (r.Swap). c is
// the layout read before (readLayout) that read r, or nil for the
// grammar's reading.
func resolveResult(r *parse.Result, o *options, c *readLayout) (Report, bool) {
	var t *parse.Template
	if c != nil {
		t = c.t
	}
	if st, ok := statementOf(r); ok {
		if dl, ok := stated(&st, o); ok {
			return Report{Input: r.Input, Dateline: dl, Layout: o.cache.reportLayout(r, t)}, false
		}
	}
	if alt, ok := r.SwapRange(); ok {
		return rangeOrder(r, &alt, o, t)
	}
	rep, swapped := resolveFull(r, o, t)
	if alt, ok := r.SwapWeekday(); ok {
		return otherWeekday(r, &alt, o, rep, swapped)
	}
	return rep, swapped
}

// otherWeekday chooses between the two readings of a weekday that two
// languages give different days (see parse.Result.SwapWeekday): rep, of
// r, and that of alt, the other. The date is written out, and its own
// weekday says which language's the name is: "tor., 5. dec. 2023" is
// Slovenian's Tuesday, and was said to be no Thursday; r becomes alt
// where alt is the one, so that a layout learnt from it writes the
// language. Where both fit (no year: each fits some year's), rep stands,
// and a warning says that the name is either; where neither does, rep's
// weekday error stands.
func otherWeekday(r, alt *parse.Result, o *options, rep Report, swapped bool) (Report, bool) {
	altRep, altSwapped := resolveFull(alt, o, nil)
	mine, theirs := hasCode(rep.Problems, CodeWeekday), hasCode(altRep.Problems, CodeWeekday)
	w, _ := r.Get(layout.Weekday)
	a, _ := alt.Get(layout.Weekday)
	both := quote(r.Input[w.Start:w.End]) + " is " + time.Weekday(w.Value).String() + " in " + w.Lang.String() + " and " +
		time.Weekday(a.Value).String() + " in " + a.Lang.String()
	switch {
	case mine && !theirs:
		// The date's weekday says which: said, as a page of the other
		// language that wrote its weekday wrong would pass so.
		*r = *alt
		altRep.Problems = append(altRep.Problems, Problem{Code: CodeDateAmbiguous, Severity: Info, Start: w.Start, End: w.End,
			Message: both + "; the date, a " + time.Weekday(a.Value).String() + ", says it is " + a.Lang.String() + "'s"})
		return altRep, altSwapped
	case !mine && theirs:
		rep.Problems = append(rep.Problems, Problem{Code: CodeDateAmbiguous, Severity: Info, Start: w.Start, End: w.End,
			Message: both + "; the date, a " + time.Weekday(w.Value).String() + ", says it is " + w.Lang.String() + "'s"})
	case !mine && !theirs:
		rep.Problems = append(rep.Problems, Problem{Code: CodeDateAmbiguous, Severity: Warning, Start: w.Start, End: w.End,
			Message: both + ", and nothing else in the dateline says which; it was read as " +
				time.Weekday(w.Value).String() + " (a year, or another word of the language, would say which)"})
	}
	return rep, swapped
}

// rangeOrder resolves a range of two numeric dates that reads in both
// orders (see parse.Result.SwapRange): r as parsed, alt the other way.
// Both ends take the order the options say; without one, the order the
// text's weekday or Hebrew date fits, and where both fit, r's, with a
// warning that names both where r is slashes' or dashes' month first
// (points, and words such as "t/m", "bis" or "ועד", say day first).
// "4/4/2024 - 5/4/2024" with the day-first option was April 4 to May 4,
// as its start reads the same both ways and the option turned the start
// alone; "3/4/2024 - 5/4/2024" was refused
// for a May 4 that no end was read as (found trying the command as an
// adversary). r becomes alt where alt is the reading taken, so that a
// layout learnt from it writes its order.
func rangeOrder(r, alt *parse.Result, o *options, t *parse.Template) (Report, bool) {
	d, _ := r.Get(layout.Day)
	dayFirst := d.Flags&parse.DayFirst != 0
	if o.order == orderDayFirst && !dayFirst || o.order == orderMonthFirst && dayFirst {
		*r = *alt
		return resolveFull(r, o, nil)
	}
	rep, swapped := resolveFull(r, o, t)
	if o.order != orderGuess || d.Flags&parse.Customary != 0 {
		return rep, swapped
	}
	altRep, _ := resolveFull(alt, o, nil)
	switch {
	case !rep.OK() && altRep.OK():
		*r = *alt
		return altRep, false
	case rep.OK() && altRep.OK() && !dayFirst && len(rep.Also) > 0 && len(altRep.Also) > 0 && !sameDays(rep, altRep):
		// Not where r is read day first: the range's points or its
		// words ("t/m", "bis", "ועד") say so, as of a single date.
		start, end := numericSpan(r)
		rep.Problems = append(rep.Problems, Problem{Code: CodeDateAmbiguous, Severity: Warning, Start: start, End: end,
			Message: quote(r.Input[start:end]) + " reads both as " + rangeText(rep) + " and as " + rangeText(altRep) +
				"; it was read month first, as US sites write it (use the day-first or month-first option to say which)"})
	}
	return rep, swapped
}

// sameDays reports whether a and b name the same days: "3/3, 4/4 and
// 5/5/2024" reads alike in both orders, and was said to read both as
// March 3, April 4 and May 5 and as March 3, April 4 and May 5.
func sameDays(a, b Report) bool {
	if !a.Dateline.Time.Equal(b.Dateline.Time) || len(a.Also) != len(b.Also) {
		return false
	}
	for i := range a.Also {
		if !a.Also[i].Time.Equal(b.Also[i].Time) {
			return false
		}
	}
	return true
}

// numericSpan returns the span of r's days and months, its range's
// ends' too.
func numericSpan(r *parse.Result) (start, end int) {
	start, end = len(r.Input), 0
	for _, f := range r.Fields {
		if f.Kind == layout.Day || f.Kind == layout.Month || f.Kind == layout.Year {
			start, end = min(start, f.Start), max(end, f.End)
		}
	}
	return start, end
}

// rangeText writes the range rep read, its day to the last of its Also:
// "April 4, 2024 to May 4, 2024"; or the list of days, each of them:
// "March 4, 2024, April 5, 2024 and May 6, 2024", as "3/4, 4/5 and
// 5/6/2024" was said to read "March 4, 2024 to May 6, 2024", days it
// does not name.
func rangeText(rep Report) string {
	a, b := rep.Dateline.Time, rep.Also[len(rep.Also)-1].Time
	if len(rep.Also) == 1 {
		return dateText(a.Year(), a.Month(), a.Day()) + " to " + dateText(b.Year(), b.Month(), b.Day())
	}
	t := dateText(a.Year(), a.Month(), a.Day())
	for i, d := range rep.Also {
		sep := ", "
		if i == len(rep.Also)-1 {
			sep = " and "
		}
		t += sep + dateText(d.Time.Year(), d.Time.Month(), d.Time.Day())
	}
	return t
}

// hasCode reports whether problems has one of code c.
func hasCode(problems []Problem, c Code) bool {
	for _, p := range problems {
		if p.Code == c {
			return true
		}
	}
	return false
}

// resolveFull is resolveResult without its first stage: the candidates,
// scored.
func resolveFull(r *parse.Result, o *options, t *parse.Template) (Report, bool) {
	var rv resolver
	rv.o = *o
	rv.f.gather(r)
	rv.shortHebrewYear()
	f := &rv.f
	if f.monthlessDay() {
		if p, ok := rv.monthOfReference(); !ok {
			return Report{Input: r.Input, Problems: []Problem{p}}, false
		}
	}
	var best cand
	ok := f.hasGMonth || f.hasHMonth || f.hasHoliday || f.portionDay() || f.omerDay()
	if ok {
		best, ok = rv.choose()
	}
	if !ok {
		return Report{Input: r.Input, Problems: []Problem{{Code: CodeSyntax, Severity: Error, End: len(r.Input), Message: "expected a date"}}}, false
	}
	if rv.bestScore >= invalid {
		// No reading names a day: "Chag HaBanot 2787" when no Hebrew
		// year puts it in 2787.
		return Report{Input: r.Input, Problems: []Problem{rv.noDay()}}, false
	}
	if p, twice := rv.portionTwice(); twice {
		return Report{Input: r.Input, Problems: []Problem{p}}, false
	}
	if !rv.spoken {
		rv.eval(best, true)
	}
	rv.spelling(r)
	if s, e, eve := parse.EveOfRange(r); eve {
		rv.add(CodeDateAmbiguous, Error, s, e, "the eve of a range of days names no one evening: give the evening (\"the evening of March 2\", which is March 2's) or the day whose eve is meant (\"the eve of March 2\", which is March 1's)")
	}
	if s, e, first, ok := parse.EveningOfOccasion(r); ok && !first {
		rv.add(CodeOccasion, Error, s, e, "the words before the occasion name one of its evenings that the date does not tell: give the evening's date, or \"the evening of\" alone for the one that begins it")
	}
	rv.levantineNoYear()
	if f.hasRange {
		rv.checkRanges()
	}
	if f.hasOSDay || f.hasLegalYear {
		rv.checkOldStyle()
	} else if f.hasGY && f.calendar() == layout.Julian {
		rv.checkOldStyleYear()
	}
	if f.hasRepeat {
		rv.checkRepeat()
	}
	if f.hasHoliday && f.hasGY && !f.hasGMonth && !f.hasHMonth && !f.hasHY {
		rv.checkOccasionTwice()
	} else if f.hasHDay && f.hasHMonth && f.hasGY && !f.hasGMonth && !f.hasHY {
		rv.checkHebrewDayTwice()
	}
	if f.hasHoliday && !f.hasGMonth && !f.hasHMonth && !f.hasW {
		rv.checkBareAdarOccasion()
	}
	if f.ambiguous && !f.numericEnd && (rv.o.order == orderGuess || f.byName) && (!f.customary && rv.readingsTie(best) || rv.customSwapped(best) != "") {
		rv.problemDateAmbiguous(best)
	} else if f.byName && best.swapped {
		rv.nameSettled()
	}
	if rv.roshChodesh() {
		rv.roshChodeshAmbiguous(best)
	}
	rv.problemYearFirst()
	if f.hasZman {
		rv.checkZmanim()
	}
	if f.hasOmer {
		rv.checkOmer()
	}
	layout := rv.o.cache.reportLayout(r, t)
	if best.swapped {
		if sw, ok := r.Swap(); ok {
			layout = rv.o.cache.layoutString(&sw, nil)
		}
	}
	if _, _, ok := endClockOf(r.Fields); ok {
		// A range's end with its own time ("March 2, 2024 8:00 pm -
		// March 4, 2024 10:00 am"), whose layout LayoutOf refuses (see
		// parse.TimeRange): it wrote the end's "10:00 am" as text for
		// every other day.
		layout = ""
	}
	if erevOccasion(r.Fields) {
		// "Erev Rosh Chodesh Adar": an occasion named by its eve writes
		// the next day's occasion, and the reference day, 2 Tevet 5766,
		// is the eve of none, so no layout string writes it: its String,
		// "Erev Chanukah: 8th Day", compiles to a layout of the eve of
		// Chanukah's eighth day, another layout (found by parse's
		// FuzzParse). LayoutOf gives the layout itself.
		layout = ""
	}
	rv.offsetTooSaid(r.Fields)
	rv.rangeTooSaid()
	if f.hasClock && wordHour(&f.hour) {
		layout = "" // noon and midnight have no layout (see LayoutOf)
		if f.hour.Value == 0 && rv.dl.HasDay() {
			rv.midnightSaid()
		}
	}
	rep := Report{Input: r.Input, Dateline: rv.dl, Layout: layout, Problems: rv.problems}
	if rep.OK() {
		// A refused dateline names no other day: "4, 11 und
		// 31.4.2024" (April has 30 days) gave its error and, beside
		// it, April 4 and 11 (see alsoDays).
		rep.Also = alsoDays(r, rv.dl, &rv.o)
	}
	if !rep.OK() && (f.hasHDay || f.hasW) {
		if alt, ok := yearFirstReading(r, f); ok {
			altRep, altSwapped := resolveFull(&alt, o, nil)
			// A weekday alone confirms only the year nearest the
			// reference: another century's ("Fri 15-01-01", 1915) is
			// a weekday error's chance fit.
			if clean(altRep) && (f.hasHDay || altRep.Dateline.Time.Year() == nearCentury(rv.centuryCenter(), f.gDay.Value)) {
				if !f.hasHDay && f.input[f.gDay.End] == '.' {
					rep.Problems = append(rep.Problems, dottedYearFirst(f, altRep.Dateline.Time))
					return rep, best.swapped
				}
				// No layout string writes a two-digit year first:
				// "06-01-02" is an example of a day first or month
				// first, and Compile would write 02-03-24.
				altRep.Layout = ""
				*r = alt
				return altRep, altSwapped
			}
		}
	}
	return rep, best.swapped
}

// yearFirstReading returns r with its numeric date read year first, where
// it is three two-digit numbers read day first because the first is no
// month (see yearFirstToo), joined by dashes, slashes or points: "24-03-02"
// as March 2, 2024, as an ISO date cut to a two-digit year writes it. The
// resolver tries it where the day-first reading has an error and the
// dateline has a Hebrew date or a weekday, and takes it where that
// confirms it with no problem: "24-03-02 | 22 Adar I 5784", "Saturday
// 24-03-02" and "24.03.02 | 22 Adar I 5784" were read as March 24, 2002
// and reported as errors (adv42). Where nothing confirms it, the day-first
// reading stands, with problemYearFirst's warning. Points are day first
// where they are written ("Mon 02.01.06"): only a Hebrew date reads them
// year first, as a weekday that fits the other reading is as likely a
// wrong weekday; where one does, the error says so (see dottedYearFirst).
func yearFirstReading(r *parse.Result, f *facts) (parse.Result, bool) {
	if !f.hasGDay || !f.hasGMonth || !f.hasGY || !twoDigitDayFirst(f.input, f.gDay, f.gMonth, f.gYear) {
		return parse.Result{}, false
	}
	alt := *r
	alt.Fields = append([]parse.Field(nil), r.Fields...)
	for i := range alt.Fields {
		g := &alt.Fields[i]
		switch {
		case g.Start == f.gDay.Start && g.Kind == layout.Day:
			*g = parse.Field{Element: layout.Element{Kind: layout.Year, Form: layout.TwoDigit}, Value: g.Value, Start: g.Start, End: g.End}
		case g.Start == f.gYear.Start && g.Kind == layout.Year:
			form := layout.Plain
			if f.input[g.Start] == '0' {
				form = layout.Padded
			}
			*g = parse.Field{Element: layout.Element{Kind: layout.Day, Form: form}, Value: g.Value, Start: g.Start, End: g.End}
		case g.Start == f.gMonth.Start && g.Kind == layout.Month:
			g.Flags &^= parse.DayFirst | parse.Ambiguous | parse.Customary
		}
	}
	return alt, true
}

// dottedYearFirst returns the problem that names, beside the error of a
// day-first reading of three two-digit numbers joined by points, the
// year-first reading, at yearFirst, that its weekday alone fits:
// "Saturday 24.03.02" said only "March 24, 2002 is a Sunday, not a
// Saturday", where it may be Saturday, March 2, 2024, as "Saturday
// 24-03-02" is read (found trying the command as an adversary). Points
// are written day first by most of Europe and year first by others
// (Korea's 24.03.02), and a weekday is no proof between them: reading
// them year first where it fits turned wrong weekdays and days
// ("Tue 15.01.01" made Fri, "Mon 11.02.01" made 30.02.01) into other
// days with no error (TestNumericMutations). So the day-first error
// stands, and names both readings.
func dottedYearFirst(f *facts, yearFirst time.Time) Problem {
	start, end := f.gSpan()
	return Problem{Code: CodeDateAmbiguous, Severity: Info, Start: start, End: end, Message: quote(f.input[start:end]) +
		" was read day first, as dates with points are most often written; read year first, it is " + yearFirst.Weekday().String() + ", " +
		dateText(yearFirst.Year(), yearFirst.Month(), yearFirst.Day()) + ", which its weekday fits: write the year in full to say which"}
}

// clean reports whether rep has no problem of severity Error or Warning.
func clean(rep Report) bool {
	for _, p := range rep.Problems {
		if p.Severity != Info {
			return false
		}
	}
	return true
}

// choose enumerates the candidates and returns the best.
func (rv *resolver) choose() (cand, bool) {
	f := &rv.f
	readings, nr := [2]bool{false, true}, 1
	if f.byName {
		nr = 2 // no order option chooses a language
	} else if f.ambiguous && !f.numericEnd {
		// The ends of a numeric range share their order: both turn
		// at once (see rangeOrder), never the start alone.
		parsedDayFirst := f.gDay.Flags&parse.DayFirst != 0
		switch {
		case rv.o.order == orderMonthFirst && parsedDayFirst, rv.o.order == orderDayFirst && !parsedDayFirst:
			readings[0] = true
		case rv.o.order == orderGuess && (!f.customary || rv.hebrewDateSaysOrder()):
			nr = 2
		}
	}
	adars, na := [2]hebrew.Month{}, 1
	if f.hasHMonth {
		adars[0] = hebrew.Month(f.hMonth.Value)
		if adars[0] == hebrew.Adar && f.hMonth.Flags&parse.Qualified == 0 {
			adars, na = [2]hebrew.Month{hebrew.AdarII, hebrew.Adar}, 2
		}
	}
	nights, nn := [2]int{0}, 1
	clockEve := false
	switch {
	case f.night && !f.hasGDay && f.hasHDay:
		nights, nn = [2]int{1, 0}, 2
	case f.night && !f.hasGDay && !f.hasHDay && rv.specialShabbatNight():
		// "Saturday night, Shabbat Zachor 5784": the evening that
		// ends it (see motzeiOfShabbat), which its own day ties.
		nights, nn = [2]int{1, 0}, 2
	case f.night && !f.hasGDay && rv.occasionNight():
		nights, nn = [2]int{0, 1}, 2 // on a tie, the occasion's own day
	case f.night && !f.hasGDay && !f.hasHDay && f.hasPortion && !f.hasHoliday:
		// "Friday night, Parashat Ki Tisa", "Motzei Shabbat Parashat
		// Ki Tisa": the evening that begins or ends its Shabbat (see
		// evalPortionDay), which the weekday chooses. Only the Shabbat
		// itself was tried: the first was a weekday error, the second
		// the Shabbat's Hebrew date, with nothing said.
		nights, nn = [2]int{1, 0}, 2
	case !f.night && !f.hasGDay && f.hasHDay && f.hasW && rv.eveningClock():
		clockEve = true // the clock's evening, where the date's own day has a problem (below)
	case f.hasHoliday && f.holiday.Flags&parse.Motzei != 0 && !f.hasGDay && !f.hasHDay:
		// "Motzei Yom Kippur 5785": the evening of its last day, whose
		// Hebrew date is the next day's (see evalOccasion).
		nights[0] = 1
	case f.holidayEve && f.hasHoliday && f.holiday.Shift <= 0 && !f.hasGDay && !f.hasHDay:
		// "the second night of Chanukah 5785", "the first night of
		// Pesach 5784": the evening before the day, whose Hebrew date
		// that day is.
		nights[0] = 1
	}
	// Rosh Chodesh X is two days when the month before X has 30: its 30th
	// and the first of X. The first of X is tried first, and kept on a tie.
	rcs, nrc := [2]bool{false, true}, 1
	if rv.roshChodesh() {
		nrc = 2
	}
	rv.alone = nr*na*nn*nrc == 1
	rv.candidates(readings[:nr], adars[:na], nights[:nn], rcs[:nrc])
	if clockEve && rv.found && rv.bestScore > 0 {
		// The date's own day has a problem (its weekday, most often):
		// the evening before it, whose time the dateline may give (see
		// eveningClock), is tried too, and kept if it has fewer. Tried
		// only then, it costs nothing where the weekday is the date's.
		rv.alone, rv.spoken = false, false
		rv.candidates(readings[:nr], adars[:na], []int{1}, rcs[:nrc])
	}
	if rv.found && rv.best.rc30 {
		// On a tie, the first of the month, whatever the distance.
		first := rv.best
		first.rc30 = false
		if rv.eval(first, false) <= rv.bestScore {
			rv.best = first
		}
	}
	return rv.best, rv.found
}

// candidates tries every choice of readings, Adars, nights and Rosh
// Chodesh days, each with its years.
func (rv *resolver) candidates(readings []bool, adars []hebrew.Month, nights []int, rcs []bool) {
	for _, sw := range readings {
		for _, hm := range adars {
			for _, n := range nights {
				for _, rc := range rcs {
					rv.years(cand{hm: hm, swapped: sw, night: n, rc30: rc})
				}
			}
		}
	}
}

// occasionNight reports whether the dateline names a weekday's evening and
// an occasion, which gives the Hebrew day, and no Hebrew day of its own:
// "Sunday evening, Rosh Hashana 5779", "duminică seara, Roş Haşana 5779".
// The evening may be the one on which the occasion begins, the weekday
// before its first day, so both are tried, as for a Hebrew day after a
// weekday's night: the weekday decides between them, and where it fits
// neither, the occasion's own day is kept, with the weekday's error.
func (rv *resolver) occasionNight() bool {
	f := &rv.f
	return f.hasHoliday && f.hasW && !f.hasHDay && !f.hasPortion
}

// roshChodesh reports whether the dateline names its Hebrew day as Rosh
// Chodesh: "Rosh Chodesh Elul, 5743", or the occasion Rosh Chodesh Elul.
func (rv *resolver) roshChodesh() bool {
	f := &rv.f
	if f.hasHoliday && !f.hasHDay {
		if f.hasGDay {
			// The civil date says which of its days it is, and the
			// occasion is checked against that day (evalOccasion reads
			// no day of it): "Rosh Jodesh Nisán 5770 – 16 Marzo 2010"
			// (id7d.org, the two-hundred-and-eighth held-out round)
			// was warned of as two days, 29 Adar and 1 Nisan, where
			// Nisan's Rosh Chodesh is one.
			return false
		}
		// Erev Rosh Chodesh is the day before its first day: one day.
		names := occasionNames()
		v := f.holiday.Value
		return v >= 0 && v < len(names) && names[v].Kind == occasion.RoshChodesh && f.holiday.Shift == 0
	}
	return f.hasHDay && f.hDay.Form.IsRoshChodesh() && rv.roshChodeshDay() == 0
}

// roshChodeshDay returns the day of Rosh Chodesh a Hebrew day in the
// RoshChodeshDay form names: 1 or 2 for א׳ or ב׳ דר״ח, 0 for ר״ח and for
// other forms.
func (rv *resolver) roshChodeshDay() int {
	f := &rv.f
	if !f.hasHDay || f.hDay.Form != layout.RoshChodeshDay && f.hDay.Form != layout.RoshChodeshDayWords {
		return 0
	}
	return parse.RoshChodeshDayOf(f.input[f.hDay.Start:f.hDay.End])
}

// try evaluates candidate c and keeps it if it is the best so far: the
// fewest problems, then the nearest. It reports whether c has no problem.
func (rv *resolver) try(c cand) bool {
	s := rv.eval(c, false)
	if r := b2i(c.swapped); !rv.readingTried[r] || s < rv.readingScore[r] {
		rv.readingScore[r], rv.readingTried[r] = s, true
	}
	if !rv.found || s < rv.bestScore || s == rv.bestScore && c.distance < rv.best.distance && !rv.customKept(c) {
		rv.best, rv.bestScore, rv.found = c, s, true
	}
	return s == 0
}

// hebrewDateSaysOrder reports whether the dateline's Hebrew date, its
// month's name in Hebrew script, says the order of its numeric date where
// Hebrew text's custom (see parse.Customary) would say day first: the
// script that makes the text Hebrew is that date's own, and the date names
// the day. "כ״ב באדר א׳ תשפ״ד, 3/2/2024", as US Jewish sites print the
// Hebrew date beside a month-first one, is March 2, as "22 Adar I 5784 |
// 3/2/2024" is; it was read February 3 alone, refused as no 22 Adar I,
// and "gregorian" in --json was February 3. A custom that other text
// says (a day-first country's zone, AEDT, beside "13 Kislev 5786") is
// kept: the Hebrew date that fits only the other reading is an error
// there. The custom's reading is kept on a tie (customKept).
func (rv *resolver) hebrewDateSaysOrder() bool {
	f := &rv.f
	return f.hasHDay && f.hasHMonth && f.hMonth.Spelling.Family.IsHebrew()
}

// customKept reports whether a tie between c and the best so far is kept
// by the best, where they are the two readings of a date whose order or
// month's name the text's custom chose the best's (see parse.Customary):
// nearness to the reference says nothing of a language. "W tym roku 15
// listopada", "15 listopada br." (Polish, no point after the day:
// November) were read as Croatian's October on a reference of July, whose
// October 15 is nearer. A numeric date in Hebrew text beside a Hebrew
// date (see choose) ties only where neither reading fits it, and then
// the custom's, day first, is the one whose error is said.
func (rv *resolver) customKept(c cand) bool {
	return rv.f.customary && c.swapped != rv.best.swapped
}

// speak takes c, the one candidate choose has (see resolver.alone), as
// the best, evaluated in report mode at once: its problems are written
// as it is scored, where the winner would be evaluated again.
func (rv *resolver) speak(c cand) {
	rv.best, rv.bestScore, rv.found, rv.spoken = c, rv.eval(c, true), true, true
}

// years tries base completed by each choice of years, the nearest to the
// reference first when a year must be guessed; it stops early when a guess
// has no problem.
func (rv *resolver) years(base cand) {
	f := &rv.f
	switch {
	case f.monthYear != 0:
		rv.monthYears(base)
	case f.hasGY && f.hasHY:
		years, n := rv.gregorianYears()
		for _, gy := range years[:n] {
			c := base
			c.gy, c.hy = gy, f.hYear.Value
			c.distance = rv.century(gy)
			if rv.alone && n == 1 {
				rv.speak(c)
				return
			}
			rv.try(c)
		}
	case f.hasGY:
		years, n := rv.gregorianYears()
		for _, gy := range years[:n] {
			a, b := base, base
			a.gy, a.hy, b.gy, b.hy = gy, gy+era.FromTishrei, gy, gy+era.BeforeTishrei
			// '23 is 2023 rather than 2123, unless only 2123 fits.
			a.distance, b.distance = rv.century(gy), rv.century(gy)
			if !f.hasHMonth && !f.hasHoliday && !f.portionDay() && !f.omerDay() {
				// No Hebrew date to take a year for.
				if rv.alone && n == 1 {
					rv.speak(a)
					return
				}
				if rv.try(a) {
					return
				}
				continue
			}
			if rv.tryNearer(a, b) {
				return
			}
		}
	case f.hasHY:
		if rv.civilHebrewYear(base) {
			return
		}
		hy := f.hYear.Value
		a, b := base, base
		a.gy, a.hy, b.gy, b.hy = hy-era.FromTishrei, hy, hy-era.BeforeTishrei, hy
		if rv.tryNearer(a, b) || !f.hasGMonth || !f.hasGDay || !f.hasW {
			return
		}
		// Neither year the Hebrew year allows fits. If the Hebrew year is
		// the mistake, the Gregorian date and weekday still name a day: the
		// nearest years where they do are candidates too, so that
		// "Monday, February 29th | 13 Adar 5663" is read as 1904 with a
		// wrong Hebrew year rather than as a February 29 of 1903.
		for _, dir := range [2]int{-1, 1} {
			for k := 1; k <= 28; k++ {
				c := base
				c.gy, c.hy = hy-era.BeforeTishrei+dir*k, hy
				m, d := rv.gregorianMonthDay(c)
				if m < 1 || m > 12 || d < 1 || d > 31 {
					return
				}
				if !civil.InMonth(c.gy, time.Month(m), d) || civil.Weekday(c.gy, time.Month(m), d) != f.civilW {
					continue
				}
				c.distance = rv.apart(c)
				rv.try(c)
				break
			}
		}
	default:
		rv.searchYears(base)
	}
}

// tryNearer tries two candidates that differ in the year one calendar
// takes from the other's, the one that puts the two dates nearer first:
// if it has no problem, the other cannot do better. It reports whether a
// candidate had no problem.
func (rv *resolver) tryNearer(a, b cand) bool {
	a.distance += rv.apart(a)
	b.distance += rv.apart(b)
	if b.distance < a.distance {
		a, b = b, a
	}
	return rv.try(a) || rv.try(b)
}

// apart returns how many days apart a candidate's Gregorian and Hebrew
// dates are, so that a year taken from the other calendar puts the two
// dates as near each other as can be when they disagree.
func (rv *resolver) apart(c cand) int64 {
	f := &rv.f
	m, d := rv.gregorianMonthDay(c)
	if !f.hasGMonth || !f.hasHMonth || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0
	}
	hd := 1
	if f.hasHDay && f.hDay.Value >= 1 && f.hDay.Value <= 29 {
		hd = f.hDay.Value
	}
	hm := c.hm
	if hm == hebrew.AdarII && !hebrew.IsLeapYear(c.hy) {
		hm = hebrew.Adar
	}
	y, hmo, hday := (hebrew.Date{Year: c.hy, Month: hm, Day: hd}).Gregorian()
	if y == 0 {
		return 0
	}
	return abs64(rv.textDays(c.gy, time.Month(m), d) - civilDays(y, hmo, hday))
}

// gregorianYears returns the years a stated Gregorian year can be: itself,
// or for a two-digit year the years of that ending nearest the year the
// century is chosen near (see centuryCenter), the earlier of two as near:
// with the reference, the one within the eighty years before it and the
// twenty after, then the next nearest.
func (rv *resolver) gregorianYears() ([3]int, int) {
	f := &rv.f
	if f.gYear.Form != layout.TwoDigit {
		return [3]int{f.gYear.Value}, 1
	}
	center := rv.centuryCenter()
	yy := f.gYear.Value
	base := center - center%100 + yy
	out := [3]int{base, base - 100, base + 100}
	// Nearest first; of two as near, the earlier, unless the day falls
	// before the reference's day of the year: the eighty years before the
	// reference and the twenty after run from day to day, so that "Jan 1
	// '46" read on November 26, 2026 is 2046, nineteen years on, and "Nov
	// 27 '46" 1946 (it was 1946 for both).
	later := !rv.f.hasHY && rv.f.hasGMonth && rv.f.hasGDay && rv.beforeReferenceDay(rv.f.gMonth.Value, rv.f.gDay.Value)
	nearer := func(a, b int) bool {
		da, db := abs(a-center), abs(b-center)
		return da < db || da == db && (a < b) != later
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && nearer(out[j], out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out, 2
}

// beforeReferenceDay reports whether month m, day d come before the
// reference time's month and day in the year.
func (rv *resolver) beforeReferenceDay(m, d int) bool {
	_, rm, rd := rv.reference().Date()
	return m < int(rm) || m == int(rm) && d < rd
}

// century returns, for a year read from two digits, how far gy is from
// the year its century is chosen near, in days: a candidate in the other
// century is farther than any day of this one.
func (rv *resolver) century(gy int) int64 {
	f := &rv.f
	if f.gYear.Form != layout.TwoDigit {
		return 0
	}
	return int64(abs(gy-rv.centuryCenter())) * 366
}

// centuryCenter returns the year a two-digit year is read near: the one
// the Hebrew year gives, or else thirty years before the reference's, so
// that the years nearest it are the eighty before the reference and the
// twenty after, as Java's SimpleDateFormat reads them: '70 read in 2021 is
// 1970, '40 is 2040 and '41 is 1941. Pages print two-digit years of the
// past far more than of the future.
func (rv *resolver) centuryCenter() int {
	if rv.f.hasHY {
		return rv.f.hYear.Value - era.BeforeTishrei
	}
	return rv.reference().Year() - twoDigitPast + 50
}

// shortHebrewYear gives a Hebrew year written by its last two letters
// (פ״א, parse's TwoDigit form) its century, as a two-digit civil year
// takes one: from the Gregorian year beside it, or else the one that puts
// it within the eighty years before the Reference and the twenty after
// (פ״א read in 2026 is 5781). The year's field keeps its form and span.
func (rv *resolver) shortHebrewYear() {
	f := &rv.f
	if !f.hasHY || f.hYear.Form != layout.TwoDigit {
		return
	}
	center := rv.hebrewCenturyCenter()
	if f.hasGY && f.gYear.Form != layout.TwoDigit {
		center = f.gYear.Value + era.BeforeTishrei
	}
	f.hYear.Value = nearCentury(center, f.hYear.Value)
}

// hebrewCenturyCenter is the Hebrew year a Hebrew year's last two digits
// or letters are read near without a Gregorian year beside them: as
// centuryCenter's, so that the years nearest it are the eighty Hebrew
// years before the reference's and the twenty after (in Kislev 5787, 07
// is 5707 and 06 is 5806).
func (rv *resolver) hebrewCenturyCenter() int {
	return hebrew.DateOf(rv.reference()).Year - twoDigitPast + 50
}

// nearCentury returns the year whose last two digits are yy nearest
// center, within fifty years of it either way.
func nearCentury(center, yy int) int {
	y := center - center%100 + yy
	if y-center > 50 {
		y -= 100
	} else if center-y > 50 {
		y += 100
	}
	return y
}

// twoDigitPast is how many years before the reference a two-digit year
// may fall; it may fall up to 100-twoDigitPast years after it.
const twoDigitPast = 80

func (rv *resolver) reference() time.Time {
	if rv.ref.IsZero() {
		rv.ref = rv.o.reference()
	}
	return rv.ref
}

// searchRange is how many years either side of the reference a missing year
// is looked for.
const searchRange = 400

// searchYears guesses years for a dateline that states none. Datelines
// name days that have come or are about to, so the year taken is the most
// recent one whose date is at most futureWindow days after the reference
// and that fits the dateline (its weekday, and the other calendar's date)
// without a problem; with nothing to fit, the date nearest the reference
// within that window.
func (rv *resolver) searchYears(base cand) {
	f := &rv.f
	ref := rv.reference()
	refDay := civilDays(ref.Year(), ref.Month(), ref.Day())
	fits := f.hasW || f.hasGMonth && f.hasHMonth
	first, last := 1, -3
	if fits {
		last = -searchRange
	} else if f.hasGMonth && f.hasHoliday && f.hasGDay {
		// "16.09. Jom Kippur", "Yom Kippur, September 16": the most
		// recent year whose occasion falls on the date, as a weekday
		// says which year; within one of the Hebrew calendar's cycles
		// of 19 years, and else the nearest year, whose occasion is
		// then reported, rather than a year long past ("Yom Kippur,
		// September 17" was last in 1983).
		fits, last = true, -occasionYears
	}
	if y := rv.o.sentenceYear; y != 0 && f.hasGMonth {
		// The year the sentence names: only it is tried, and what
		// does not fit it is reported.
		first, last = y-ref.Year(), y-ref.Year()
	} else if hy, ok := rv.sentenceHebrewYear(); ok {
		d := hy - ref.Year() - era.FromTishrei
		first, last = d, d
	}
	var tried yearTypes // the types of the Hebrew years whose reading fell short (see yearTypes)
	// An occasion that falls in some years only (Tish'a B'Av Nidcheh,
	// put off to Sunday where 9 Av is a Shabbat) may fall in none of
	// the years searched: "Tisha B'Av Nidcheh" read in December 2026
	// took 5788, the nearest, and was an error that 5788 has none. The
	// search then goes on back to the most recent year that has it,
	// 5782, as a weekday's goes on to a year that fits it, for up to
	// rareYears years; where no year has it, the nearest's error says so.
	rare := f.hasHoliday && !f.hasGMonth && !fits && first != last
	seen, window := false, last
	for d := first; d >= last; d-- {
		c := base
		perfect := false
		var day int64
		if !f.hasGMonth && fits && d < 0 && tried.has(ref.Year()+era.FromTishrei+d) {
			// A year of a type already tried has the weekdays of the
			// year that fell short: no better reading, and a farther
			// one. "Shabbat, Purim", which no year fits, took a quarter
			// of a second, reading four hundred years' occasions.
			continue
		}
		if f.hasGMonth {
			c.gy, c.gyGuess = ref.Year()+d, true
			m, dd := rv.gregorianMonthDay(c)
			if dd < 1 || dd > 31 {
				dd = 1
			}
			if m < 1 || m > 12 {
				m = 1
			}
			day = rv.textDays(c.gy, time.Month(m), dd)
			if rv.o.sentenceYear == 0 && !f.hasW && (f.past && day > refDay || f.next && day < refDay) {
				// no passado dia 27 de janeiro: not after the reference.
				// A weekday picks the year as before: "No próximo dia
				// 23 de abril (quarta-feira)" is the page's 2025.
				continue
			}
			c.distance = effectiveDistance(day, refDay)
			if f.hasHMonth {
				c.hyGuess = true
				for _, hy := range [2]int{c.gy + era.FromTishrei, c.gy + era.BeforeTishrei} {
					// Of two readings as bad, the one whose dates lie
					// nearer each other: "Sunday February 23 / 25 Adar"
					// is wrong in 5785 (25 Shevat), not 5786.
					hc := c
					hc.hy = hy
					hc.distance += rv.apart(hc)
					perfect = rv.try(hc) || perfect
				}
			} else {
				perfect = rv.try(c)
			}
		} else {
			c.hy, c.hyGuess = ref.Year()+era.FromTishrei+d, true
			hd := 1
			if f.hasHDay && f.hDay.Value >= 1 && f.hDay.Value <= 29 {
				hd = f.hDay.Value
			}
			hm := c.hm
			switch {
			case hm == hebrew.AdarII && !hebrew.IsLeapYear(c.hy):
				hm = hebrew.Adar
			case hm == hebrew.Adar && f.hMonth.Flags&parse.Qualified == 0 && hebrew.IsLeapYear(c.hy):
				// A bare Adar of a leap year is as far as Adar II,
				// the Adar it is read as, whichever Adar a
				// candidate takes: of a leap year's two readings
				// that fit as well, Adar II is kept (it is tried
				// first), as with a year stated.
				hm = hebrew.AdarII
			}
			on := hebrew.Date{Year: c.hy, Month: hm, Day: hd}
			if rare {
				o, ok := rv.occasionIn(c.hy)
				if !f.hasHMonth {
					on = o
				}
				if !seen && !ok && d == last && last > window-rareYears {
					last-- // none yet: a year further back
				}
				if d < window {
					if !ok {
						continue // past the years an occasion alone is read in, and without it
					}
					c.rare = rareFound
				}
				seen = seen || ok
			} else if !f.hasHMonth && f.hasHoliday {
				on, _ = rv.occasionIn(c.hy)
			} else if f.portionAlone() {
				// Parashat Vayakhel: the nearest of its Shabbatot.
				on = hebrew.Date{}
				if readings := rv.nearestReading(rv.portionIn(c.hy)); len(readings) > 0 {
					on = readings[0].day
				}
			}
			if gy, gm, gd := on.Gregorian(); gy != 0 {
				day = civilDays(gy, gm, gd)
			}
			c.distance = effectiveDistance(day, refDay)
			perfect = rv.try(c)
		}
		if perfect && fits && day <= refDay+futureWindow {
			return
		}
		if !f.hasGMonth && !perfect && d < 0 {
			tried.add(c.hy)
		}
		if d == -occasionYears && rv.nearFit() {
			return
		}
	}
	if rare && !seen && rv.found {
		rv.best.rare, rv.rareLow = rareNone, ref.Year()+era.FromTishrei+last
	}
}

// nearFit reports whether the years searched so far, one Hebrew cycle of
// 19 back from the reference, hold a reading of a dateline's two dates
// with no worse than a warning: the Hebrew date the evening's, as "Desde
// el domingo 2 de diciembre, 25 de Kislev" (2018, where the 2nd is the
// eve of the 25th), which the search then takes, with its warning, over a
// year long past where both fit exactly (1934, taken before with only the
// warning that the year is unlikely). A page's dateline without a year is
// of a day near the time it was written, and an exact fit generations
// earlier is more likely the coincidence. So is an occasion's civil day
// read as its eve, as calendars list a holiday by the day it begins at
// sunset: "Shemini Atzeret: Monday, October 13" is 2025's eve, warned,
// not 1941's day.
func (rv *resolver) nearFit() bool {
	f := &rv.f
	twoDates := f.hasHMonth && f.hasHDay || f.hasHoliday && !f.hasHMonth
	return f.hasGMonth && f.hasGDay && twoDates && rv.found && rv.bestScore <= weightWarning
}

// yearTypes is a set of the types of Hebrew years (keviot): the weekday
// of 1 Tishrei and the year's length, which say whether it is a leap
// year and how long Cheshvan and Kislev are. Two years of one type have
// each day of the year, and each occasion's, on the same weekday, so
// that a search for the year a weekday fits need read one of each: there
// are fourteen. Postponements follow the weekday, and the type holds it.
// A rule that changed is read as it is now: Yom HaAtzmaut moves off a
// Monday since 5764, and "Monday, Yom HaAtzmaut" without a year is a
// weekday's error, not a year before the change found generations back.
type yearTypes [7]uint64

// has reports whether the type of the Hebrew year hy is in the set.
func (t *yearTypes) has(hy int) bool {
	w, n := yearType(hy)
	return n >= 0 && n < 64 && t[w]&(1<<n) != 0
}

// add puts the type of the Hebrew year hy in the set.
func (t *yearTypes) add(hy int) {
	if w, n := yearType(hy); n >= 0 && n < 64 {
		t[w] |= 1 << n
	}
}

// yearType returns the weekday of 1 Tishrei of the Hebrew year hy and its
// length less 353, the shortest.
func yearType(hy int) (time.Weekday, int) {
	if hy < hebrew.MinYear || hy > hebrew.MaxYear {
		return 0, -1
	}
	return hebrew.Date{Year: hy, Month: hebrew.Tishrei, Day: 1}.Weekday(), hebrew.DaysInYear(hy) - 353
}

// occasionYears is how many years before the reference a dateline that
// names an occasion and a civil day without a year is looked for in: one
// cycle of 19 years, in which most days of an occasion come round again.
const occasionYears = 19

// rareYears is how many years before those an occasion alone is read in
// the search goes on for one that falls in some years only (see
// searchYears): two cycles of 19 years, past the longest gap between
// years that have one, Birkat Hachamah's 28 (Tish'a B'Av Nidcheh's is 14
// and Purim Meshulash's 20).
const rareYears = 2 * occasionYears

// futureWindow is how many days after the reference a guessed date may
// fall.
const futureWindow = 183

// effectiveDistance orders guessed dates: by distance from the reference
// within the window, and after all of those the dates beyond it.
func effectiveDistance(day, ref int64) int64 {
	if day > ref+futureWindow {
		return 1<<40 + day - ref
	}
	return abs64(day - ref)
}

// gregorianMonthDay returns the Gregorian month and day of a candidate's
// reading (day 0 if the text gives none).
func (rv *resolver) gregorianMonthDay(c cand) (int, int) {
	f := &rv.f
	m, d := f.gMonth.Value, 0
	if f.hasGDay {
		d = f.gDay.Value
	}
	switch {
	case c.swapped && f.byName:
		m = f.otherMonth
	case c.swapped:
		m, d = d, m
	}
	return m, d
}

// civilDays returns a day number for a proleptic Gregorian date.
func civilDays(y int, m time.Month, d int) int64 {
	return time.Date(y, m, d, 12, 0, 0, 0, time.UTC).Unix() / 86400
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func abs64(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// readingsTie reports whether the other reading of an ambiguous numeric
// date fits as well as the chosen one: in the chosen one's years, or,
// where the text names no year, in a year of its own ("Monday, 3/4" is
// March 4, 2024 and April 3, 2023, each a Monday: the weekday does not
// choose).
func (rv *resolver) readingsTie(best cand) bool {
	other := best
	other.swapped = !best.swapped
	mine, theirs := rv.scores(best, other)
	if r := b2i(other.swapped); rv.readingTried[r] {
		theirs = min(theirs, rv.readingScore[r])
	}
	return theirs <= mine
}

// b2i is 1 for true and 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// scores returns the scores of candidates a and b, leaving the problems
// and the dateline written in report mode as they are.
func (rv *resolver) scores(a, b cand) (int, int) {
	saved, dl := rv.problems, rv.dl
	defer func() { rv.problems, rv.dl = saved, dl }()
	rv.problems = nil
	return rv.eval(a, false), rv.eval(b, false)
}

// dottedSwapped reports whether best reads a dotted numeric date month
// first, as only its weekday or Hebrew date says: a dotted date is day
// first by the custom of those who write it so (see orderUnshown), and a
// weekday that is its other reading's may as well be wrong; "za 6. 12.
// 2021" (za, Saturday: June 12, where December 6 is a Monday) was read so
// with nothing said.
func (rv *resolver) dottedSwapped(best cand) bool {
	f := &rv.f
	return !f.byName && (f.gDay.Flags&parse.DayFirst != 0) == best.swapped && f.gDay.End < len(f.input) &&
		(f.input[f.gDay.End] == '.' || f.gMonth.End < len(f.input) && f.input[f.gMonth.End] == '.')
}

// customSwapped returns why best, which reads a numeric date month first
// as only its weekday or Hebrew date says, reads it against the custom of
// its text, or "": points (see dottedSwapped, in Hebrew text too), or a
// weekday's name in a language that writes day first; not slashes in
// Hebrew text, which US sites write month first beside a Hebrew date
// (see TestHebrewTextHebrewDateSaysOrder). A Hebrew date
// that fits only the month-first reading was taken for the order, with
// nothing said: "שבת 03.02.2024, כ״ב אדר א׳ תשפ״ד", "samedi 03/02/2024 |
// 22 Adar I 5784" and "zaterdag 3-2-2024 | 22 Adar I 5784" each passed
// as March 2, though written so they are February 3, 24 Shevat 5784,
// a calendar mismatch, as "03.02.2024 | 22 Adar I 5784" was warned of.
func (rv *resolver) customSwapped(best cand) string {
	f := &rv.f
	if f.byName || (f.gDay.Flags&parse.DayFirst != 0) != best.swapped {
		return "" // read day first, or a month's name
	}
	if rv.dottedSwapped(best) {
		return "a date written with points is day first where it is written so"
	}
	for i := range f.fields {
		if parse.DayFirstWeekday(&f.fields[i]) {
			return "its weekday's language writes a date day first"
		}
	}
	return ""
}

func (rv *resolver) problemDateAmbiguous(best cand) {
	f := &rv.f
	if f.byName {
		rv.problemNameAmbiguous(best)
		return
	}
	start, end := f.gSpan()
	m, d := rv.gregorianMonthDay(best)
	how := "month first, as US sites write it"
	switch {
	case (f.gDay.Flags&parse.DayFirst != 0) != best.swapped:
		how = "day first, as Israeli and European sites write it"
	case rv.customSwapped(best) != "" && rv.readingsTie(best):
		// "Freitag, 03/04/2025": a Friday is neither March 4 nor April
		// 3, and the warning said the weekday fitted the reading.
		how = "month first, as slashes are, though " + rv.customSwapped(best) + ", and neither reading fits its weekday or Hebrew date"
	case rv.customSwapped(best) != "":
		how = "month first, which its weekday or Hebrew date fits, though " + rv.customSwapped(best)
	}
	msg := quote(f.input[start:end]) + " reads both as " + monthName(m) + " " + itoa(d) + " and as " +
		monthName(d) + " " + itoa(m) + "; it was read " + how + " (use the day-first or month-first option to say which)"
	rv.problems = append(rv.problems, Problem{Code: CodeDateAmbiguous, Severity: Warning, Start: start, End: end, Message: msg})
}

// problemYearFirst warns of a numeric date of three two-digit numbers
// joined by dashes or slashes, read day first because its first number
// is no month ("24-03-02", March 24, 2002), that reads year first too,
// as an ISO date cut to a two-digit year writes it (March 2, 2024): it
// was read day first with nothing said (found trying the command as an
// adversary). Points ("24.03.02") are day first where they are written;
// a Hebrew date, weekday or occasion beside it checks its reading.
func (rv *resolver) problemYearFirst() {
	f := &rv.f
	if !yearFirstToo(f.input, f.gDay, f.gMonth, f.gYear) || !f.hasGDay || !f.hasGMonth || !f.hasGY ||
		f.hasHDay || f.hasHMonth || f.hasW || f.hasHoliday || f.hasPortion {
		return // a Hebrew date, weekday or occasion checked the day's reading
	}
	y := nearCentury(rv.centuryCenter(), f.gDay.Value)
	d := f.gYear.Value % 100
	if d < 1 || d > time.Date(y, time.Month(f.gMonth.Value+1), 0, 0, 0, 0, 0, time.UTC).Day() {
		return
	}
	read := rv.dl.Time.Year()
	if !rv.dl.HasDay() {
		read = nearCentury(rv.centuryCenter(), f.gYear.Value%100)
	}
	start, end := f.gSpan()
	rv.add(CodeDateAmbiguous, Warning, start, end, quote(f.input[start:end])+" reads day first as "+monthName(f.gMonth.Value)+" "+itoa(f.gDay.Value)+", "+
		itoa(read)+", as it was read, and year first as "+monthName(f.gMonth.Value)+" "+itoa(d)+", "+itoa(y)+
		", as an ISO date with a two-digit year writes it; write the year in full to say which")
}

// yearFirstToo reports whether day, month and year, read from a numeric
// date, are three numbers of two digits, the day first and above 12, the
// year last and two digits, joined by the same dash or slash (see
// problemYearFirst).
func yearFirstToo(s string, day, month, year parse.Field) bool {
	if !twoDigitDayFirst(s, day, month, year) {
		return false
	}
	sep := s[day.End]
	return sep == '-' || sep == '/'
}

// twoDigitDayFirst reports what yearFirstToo does, points between the
// numbers allowed too: "24.03.02", which
// only a Hebrew date or weekday that confirms it reads year first (see
// yearFirstReading).
func twoDigitDayFirst(s string, day, month, year parse.Field) bool {
	if year.Form != layout.TwoDigit || month.Form != layout.Numeric && month.Form != layout.NumericPad || day.Value <= 12 ||
		day.End-day.Start != 2 || month.End-month.Start != 2 || year.End-year.Start != 2 ||
		day.Start > month.Start || month.Start > year.Start || month.Start != day.End+1 || year.Start != month.End+1 {
		return false
	}
	sep := s[day.End]
	return (sep == '-' || sep == '/' || sep == '.') && s[month.End] == sep
}

// problemNameAmbiguous reports a month whose name two languages give two
// months (listopada: November in Polish and Czech, October in Croatian)
// where nothing in the dateline chose between them: no weekday or word of
// one language, and no Hebrew date or weekday that only one fits.
func (rv *resolver) problemNameAmbiguous(best cand) {
	f := &rv.f
	other, langs, otherLangs, _ := parse.OtherMonth(f.input, &f.gMonth)
	mine, theirs := f.gMonth.Value, other
	if best.swapped {
		mine, theirs = theirs, mine
		langs, otherLangs = otherLangs, langs
	}
	msg := quote(f.input[f.gMonth.Start:f.gMonth.End]) + " is " + monthName(mine) + " in " + langNames(langs) + " and " +
		monthName(theirs) + " in " + langNames(otherLangs) + ", and nothing else in the dateline says which; it was read as " +
		monthName(mine) + " (a weekday or another word of the language would say which)"
	rv.problems = append(rv.problems, Problem{Code: CodeDateAmbiguous, Severity: Warning, Start: f.gMonth.Start, End: f.gMonth.End, Message: msg})
}

// nameSettled says which language's month a month name of two meanings
// was read as, where the rest of the dateline fits only the meaning its
// form does not give: "2 listopada 2024 | 29 Elul 5784" is Croatian's
// October 2, where the date alone reads as Polish's November, and was
// read so with nothing said (found trying the command as an adversary).
func (rv *resolver) nameSettled() {
	f := &rv.f
	other, langs, otherLangs, _ := parse.OtherMonth(f.input, &f.gMonth)
	rv.add(CodeDateAmbiguous, Info, f.gMonth.Start, f.gMonth.End, quote(f.input[f.gMonth.Start:f.gMonth.End])+" is "+
		monthName(f.gMonth.Value)+" in "+langNames(langs)+" and "+monthName(other)+" in "+langNames(otherLangs)+
		"; the rest of the dateline fits "+monthName(other)+" only, and it was read so")
}

// langNames lists languages by their codes: "pl and cs".
func langNames(ls []layout.Lang) string {
	var b strings.Builder
	for i, l := range ls {
		switch {
		case i > 0 && i == len(ls)-1:
			b.WriteString(" and ")
		case i > 0:
			b.WriteString(", ")
		}
		b.WriteString(l.String())
	}
	return b.String()
}

// roshChodeshAmbiguous reports a two-day Rosh Chodesh that nothing else in
// the dateline places on one of its days: "Rosh Chodesh Cheshvan 5783" is
// both 30 Tishrei and 1 Cheshvan.
func (rv *resolver) roshChodeshAmbiguous(best cand) {
	other := best
	other.rc30 = !best.rc30
	if mine, theirs := rv.scores(best, other); theirs > mine || theirs >= invalid {
		return
	}
	f := &rv.f
	h := rv.dl.Hebrew
	first, last := h, h
	if best.rc30 {
		last = h.AddDays(1)
	} else {
		first = h.AddDays(-1)
	}
	start, end := f.hSpan()
	if !f.hasHDay {
		start, end = f.holiday.Start, f.holiday.End
	}
	msg := quote(f.input[start:end]) + " is two days, " + first.String() + " (" + weekdayDate(first) + ") and " +
		last.String() + " (" + weekdayDate(last) + "); it was read as " + h.String()
	rv.problems = append(rv.problems, Problem{Code: CodeDateAmbiguous, Severity: Warning, Start: start, End: end, Message: msg})
}

// noDay is the problem of a dateline no reading of which names a day.
func (rv *resolver) noDay() Problem {
	f := &rv.f
	p := Problem{Code: CodeCalendar, Severity: Error, End: len(f.input), Message: "no day fits everything the dateline states"}
	if f.hasHoliday && f.hasGY {
		p.Code, p.Start, p.End = CodeOccasion, f.holiday.Start, f.gYear.End
		p.Message = "no Hebrew year has " + f.holidayName + " in " + itoa(f.gYear.Value)
	} else if f.portionDay() && f.hasGY && !f.hasHY {
		// Parashat Vayechi 2024: 5784's Shabbat of it was December 30,
		// 2023, 5785's January 11, 2025.
		p.Code, p.Start, p.End = CodeOccasion, f.portion.Start, f.gYear.End
		p.Message = "no Shabbat of " + itoa(f.gYear.Value) + " reads " + f.input[f.portion.Start:f.portion.End]
	}
	return p
}

// portionTwice returns the error of a weekly portion named with a civil
// year that has two Shabbatot reading it: "Parashat Vayigash 2025" is
// read on January 4 (5785) and on December 27 (5786). Nothing says
// which, and a portion, unlike a festival (see checkOccasionTwice), is
// no day people name by its civil year often enough to take one.
func (rv *resolver) portionTwice() (Problem, bool) {
	f := &rv.f
	if !f.portionDay() || !f.hasGY || f.hasHY || f.hasW || f.calendar() != layout.Gregorian {
		return Problem{}, false
	}
	gy := f.gYear.Value
	var days [2]hebrew.Date
	for i, hy := range [2]int{gy + era.BeforeTishrei, gy + era.FromTishrei} {
		for _, r := range rv.portionIn(hy) {
			if y, _, _ := r.day.Gregorian(); y == gy {
				days[i] = r.day
			}
		}
	}
	if days[0].IsZero() || days[1].IsZero() {
		return Problem{}, false
	}
	text := strings.TrimRight(strings.TrimSpace(f.input[:f.gYear.Start]), ",")
	return Problem{Code: CodeDateAmbiguous, Severity: Error, Start: f.portion.Start, End: f.gYear.End,
		Message: quote(f.input[:f.gYear.End]) + " is two Shabbatot, " + days[0].String() + " (" + weekdayDate(days[0]) + ") and " +
			days[1].String() + " (" + weekdayDate(days[1]) + "); write the Hebrew year (" + text + " " + itoa(days[1].Year) + ") to say which"}, true
}

// sentenceHebrewYear returns, for a Hebrew day and month without a year
// and without a civil date, in a sentence that names its civil year ("В
// 2025 году он пришел 14 декабря с наступлением 25-го дня месяца кислев":
// a match of its own after the one that took the year), the Hebrew year
// whose day of that month falls in the sentence's year; false where none
// or both do, and the nearest year is then taken as without a sentence.
// Where both do, the month of the match that names the year picks the
// one nearer it: "The 24 Teves farbrengen held on Dec. 31, 1980" is 24
// Tevet 5741, December 31, not 5740's, January 12, 1980 (it was read in
// the year nearest the reference, 5787, with only an info).
func (rv *resolver) sentenceHebrewYear() (int, bool) {
	f := &rv.f
	if hy := rv.o.sentenceHebrew; hy != 0 && !f.hasGMonth && f.hasHMonth && f.hasHDay {
		return hy, true // named by a match before (see hebrewYearFor)
	}
	y := rv.o.sentenceYear
	if y == 0 || f.hasGMonth || !f.hasHMonth || !f.hasHDay {
		return 0, false
	}
	found, n, gap := 0, 0, [2]int{}
	for _, hy := range [2]int{y + era.BeforeTishrei, y + era.FromTishrei} {
		d, err := hebrew.NewDate(hy, hebrew.Month(f.hMonth.Value), f.hDay.Value)
		if err != nil {
			continue
		}
		if gy, gm, _ := d.Gregorian(); gy == y {
			gap[n] = abs(int(gm) - rv.o.sentenceMonth)
			found, n = hy, n+1
		}
	}
	if n == 2 && rv.o.sentenceMonth != 0 && gap[0] != gap[1] {
		if gap[0] < gap[1] {
			return y + era.BeforeTishrei, true
		}
		return y + era.FromTishrei, true
	}
	return found, n == 1
}

// erevOccasion reports whether fields name an occasion by its eve (a
// Holiday shifted a day on: "Erev Rosh Chodesh Tammuz").
func erevOccasion(fields []parse.Field) bool {
	for i := range fields {
		if fields[i].Kind == layout.Holiday && fields[i].Shift != 0 {
			return true
		}
	}
	return false
}
