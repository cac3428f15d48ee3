package dateline

import (
	"math/bits"
	"time"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/civil"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// firstStage reports whether the first stage reads a field, or the
// fields, with these flags: none, a qualified Adar, or a numeric date
// whose order nothing is left to choose, read day first where its numbers
// say so (28.02.2024) or by the custom of the text around it (Ambiguous
// and Customary: 01.03.2024 in Hebrew text), which stated leaves to the
// resolver where the options choose an order.
func firstStage(fl parse.Flag) bool {
	const taken = parse.Qualified | parse.DayFirst | parse.Ambiguous | parse.Customary
	return fl&^taken == 0 && (fl&parse.Ambiguous == 0 || fl&parse.Customary != 0)
}

// statementOf returns what a dateline the grammar read states of each
// kind (see parse.Statement), and whether the resolver's first stage can
// read it: one field of each kind at most, and no Julian date, evening,
// range end, zman's clock, occasion, hour named by a word or night's
// small hour (12:30 at night), which are the candidates' to read.
func statementOf(r *parse.Result) (parse.Statement, bool) {
	st := parse.Statement{Input: r.Input, Start: r.Start, End: r.End}
	if parse.LeadingEvening(r) {
		return st, false
	}
	var day, month, year parse.Field
	for i := range r.Fields {
		f := &r.Fields[i]
		if !firstStage(f.Flags) || f.Shift != 0 || f.Calendar == layout.Julian || f.Zman != layout.NoZman || wordHour(f) || f.Kind == layout.AMPM && f.Text != "" && parse.NightAM(f) {
			return st, false
		}
		if f.Kind != layout.Literal && !st.Add(f) {
			return st, false // two weekdays, two days; an occasion
		}
		switch f.Kind {
		case layout.Day:
			day = *f
		case layout.Month:
			month = *f
		case layout.Year:
			year = *f
		}
	}
	// "24-03-02" reads year first too: the resolver says so (see
	// problemYearFirst).
	return st, !yearFirstToo(r.Input, day, month, year)
}

// stated is the resolver's first stage: it resolves, without searching or
// scoring, a dateline that states its day and has no problem: a Gregorian
// date with its year, or a Hebrew date with its year, or both (the
// Gregorian one may leave its year to the Hebrew date's, as the seed's
// masthead does: a year stated in one calendar fixes the other's), with a
// weekday, a time of day and a zone of fixed offset, that agree and exist.
// It reports false for any other dateline, which the resolver's candidates
// then read. What it returns is what they would (TestStatedIsResolve).
func stated(st *parse.Statement, o *options) (Dateline, bool) {
	if o.rule != nil || st.Flags&parse.Ambiguous != 0 && o.order != orderGuess {
		return Dateline{}, false // a rule's zone; an order the options choose
	}
	q := statedFields{loc: o.loc, given: o.inGiven}
	if !q.gather(st) {
		return Dateline{}, false
	}
	g, gy, gm, gd, ok := q.date(st)
	if !ok {
		return Dateline{}, false
	}
	hour, minute, sec, ok := q.clock(st)
	if !ok || hour >= eveningClockHour && !st.States(layout.Day) && !st.States(layout.Weekday) {
		// A Hebrew date's evening time: the resolver warns that it may
		// be of the evening that begins it (see
		// eveningClockOfHebrewDay).
		return Dateline{}, false
	}
	dl := Dateline{Hebrew: g}
	exists := false
	if hour >= 0 {
		var clock civil.Clock
		dl.Time, clock = civil.At(gy, gm, gd, hour, minute, sec, 0, q.loc)
		dl.HasTime, exists = true, clock == civil.Once
	} else {
		dl.Time, exists = civil.DayStart(gy, gm, gd, q.loc)
	}
	dl.zeroDay = dl.Time.IsZero()
	if !exists {
		return Dateline{}, false // a day or time its zone skips, or a time it repeats: the resolver says so
	}
	if f := &st.Fields[layout.Zone]; hour >= 0 && st.States(layout.Zone) && f.Form == layout.ZoneName &&
		offSeason(dl.Time, st.Input[f.Start:f.End], o.loc, o.inGiven) != nil {
		return Dateline{}, false // EDT in January: the resolver warns (see zoneSeason)
	}
	if st.States(layout.Weekday) && time.Weekday(value(st, layout.Weekday)) != dl.Time.Weekday() {
		return Dateline{}, false
	}
	return dl, true
}

// date returns the day of q's fields, as its Hebrew date and its
// Gregorian year, month and day, when the dateline states a whole date in
// one calendar or both and they agree; or a Gregorian month and day
// without a year beside a whole Hebrew date that falls on them (the
// seed's masthead): a year stated in one calendar fixes the other's, and
// there is no year to search.
func (q *statedFields) date(st *parse.Statement) (g hebrew.Date, gy int, gm time.Month, gd int, ok bool) {
	gy, gd = value(st, layout.Year), value(st, layout.Day)
	gm = time.Month(value(st, layout.Month))
	hy, hd := value(st, layout.HebrewYear), value(st, layout.HebrewDay)
	hm := hebrew.Month(value(st, layout.HebrewMonth))
	const (
		gregorian = 1<<layout.Month | 1<<layout.Day | 1<<layout.Year
		hebrewish = 1<<layout.HebrewMonth | 1<<layout.HebrewDay | 1<<layout.HebrewYear
	)
	hasG := bits.OnesCount32(st.Has & gregorian) // 3 for a whole date
	hasH := bits.OnesCount32(st.Has & hebrewish)
	if q.bareAdar && (hasH != 3 || hebrew.IsLeapYear(hy)) {
		hm = 0 // which Adar a bare one is in a leap year is the resolver's
	}
	yearless := hasG == 2 && gy == 0 && gm != 0 && gd != 0 && hasH == 3
	if hasG != 0 && hasG != 3 && !yearless || hasH != 0 && hasH != 3 || hasG == 0 && hasH == 0 {
		return g, 0, 0, 0, false
	}
	if hasH != 3 {
		var err error
		if gy <= lastChangeoverYear && civilDays(gy, gm, gd) < lastChangeover {
			// Which calendar it is in is the resolver's to say (see
			// julianProblem), before 1582 and, in the languages of the
			// countries that kept the Julian calendar, until 1923 (the
			// last changeover is after the reform, so one test tells both).
			return g, 0, 0, 0, false
		}
		if g, err = hebrew.FromGregorian(gy, gm, gd); err != nil {
			return g, 0, 0, 0, false
		}
		return g, gy, gm, gd, true
	}
	if hm == 0 || hm == hebrew.Adar && !q.bareAdar && !hebrew.IsLeapYear(hy) {
		return g, 0, 0, 0, false // Adar I named in a common year, or a bare Adar of a leap year
	}
	h := hebrew.Date{Year: hy, Month: hm, Day: hd}
	if hasG == 3 {
		// Both calendars whole: they agree if the Gregorian day is the
		// Hebrew one, which one conversion says (and that the Hebrew
		// date exists).
		if day, err := hebrew.FromGregorian(gy, gm, gd); err != nil || day != h {
			return g, 0, 0, 0, false
		}
		return h, gy, gm, gd, true
	}
	if !h.IsValid() {
		return g, 0, 0, 0, false
	}
	if yearless {
		y, m, d := h.Gregorian()
		if m != gm || d != gd {
			return g, 0, 0, 0, false
		}
		gy = y
	}
	if hasG != 3 {
		g = h
		gy, gm, gd = h.Gregorian()
	}
	return g, gy, gm, gd, true
}

// clock returns the time of day of q's fields, on the 24-hour clock, with
// an hour of -1 for a dateline without one; it reports false for an hour
// or second out of range, or an AM or PM that the form of the hour does
// not expect.
func (q *statedFields) clock(st *parse.Statement) (hour, minute, sec int, ok bool) {
	if !st.States(layout.Hour) {
		return -1, 0, 0, true
	}
	hour, minute, sec = value(st, layout.Hour), value(st, layout.Minute), value(st, layout.Second)
	pm := -1
	if st.States(layout.AMPM) {
		pm = value(st, layout.AMPM)
	}
	if q.twelveHours != (pm >= 0) {
		return 0, 0, 0, false
	}
	if pm >= 0 {
		hour = layout.HourOf(hour, pm)
	}
	if hour > 23 || sec > 59 {
		return 0, 0, 0, false
	}
	return hour, minute, sec, true
}

// statedFields is what stated reads of a Statement beside its fields.
type statedFields struct {
	loc         *time.Location // the zone the text names, or the default
	given       bool           // the default is In's, whose abbreviations name its own offsets (see abbreviationOffset)
	twelveHours bool
	bareAdar    bool
}

// value returns the value of st's field of kind k, or 0 if it has none.
func value(st *parse.Statement, k layout.Kind) int {
	if !st.States(k) {
		return 0
	}
	return int(st.Fields[k].Value)
}

// gather reads st into q, and reports false for a dateline that is the
// resolver's to read: a flag other than an Adar's qualifier (an ambiguous
// numeric date), a year that may be Hebrew, a bare Adar's, Rosh Chodesh, a
// zone that is not one fixed offset.
func (q *statedFields) gather(st *parse.Statement) bool {
	if !firstStage(st.Flags) {
		return false // an ambiguous numeric date, an evening, a range: the resolver's
	}
	if f := &st.Fields[layout.Year]; st.States(layout.Year) && (f.Form != layout.Plain || int(f.Value) >= hebrewLooking) {
		return false // 06; 5785, which the resolver warns of
	}
	if f := &st.Fields[layout.HebrewYear]; st.States(layout.HebrewYear) && f.Form == layout.Plain && int(f.Value) < gregorianLooking {
		return false // Nisan 2024, Kislev 785, which the resolver warns of
	}
	if f := &st.Fields[layout.HebrewYear]; st.States(layout.HebrewYear) && f.Form == layout.TwoDigit {
		return false // פ״א, whose century the resolver chooses
	} else if st.States(layout.HebrewYear) && f.Form == layout.Thousands && (hundredsFirst(st.Input[f.Start:f.End]) || prefixThousands(st.Input[f.Start:f.End])) {
		return false // תתשפ״ד, 1184, and בתשפ״ד, 2784, which the resolver warns of
	}
	if f := &st.Fields[layout.HebrewMonth]; st.States(layout.HebrewMonth) {
		// A bare Adar is the only one of a common year; which one it is
		// in a leap year is the resolver's.
		q.bareAdar = hebrew.Month(f.Value) == hebrew.Adar && f.Flags&parse.Qualified == 0
	}
	if st.States(layout.HebrewDay) && st.Fields[layout.HebrewDay].Form.IsRoshChodesh() {
		return false
	}
	if f := &st.Fields[layout.Hour]; st.States(layout.Hour) {
		q.twelveHours = f.Form == layout.Hour12 || f.Form == layout.Hour12Pad
	}
	if f := &st.Fields[layout.Zone]; st.States(layout.Zone) {
		if q.given && f.Form == layout.ZoneName {
			if off, ok := abbreviationOffset(q.loc, st.Input[f.Start:f.End]); ok {
				q.loc = fixedZone(st.Input[f.Start:f.End], off) // the given zone's own, as the resolver reads it
				return true
			}
		}
		z, ok := fixedLocation(st.Input, f.Form, int(f.Value), int(f.Start), int(f.End))
		if !ok {
			return false // an offset and a name: the resolver's
		}
		q.loc = z
	}
	return true
}

// fixedLocation returns the zone of a zone field of fixed offset: a
// numeric offset, or an abbreviation of one (EST, IDT), not one that
// follows daylight saving time (ET) or names several zones (IST).
func fixedLocation(input string, form layout.Form, value, start, end int) (*time.Location, bool) {
	if form != layout.ZoneName {
		return fixedZone("", value), true
	}
	text := input[start:end]
	z, ok := parse.LookupZone(text)
	if !ok || z.Location != "" || z.Ambiguous {
		return nil, false
	}
	return fixedZone(text, z.Offset), true
}
