package main

import (
	"strconv"
	"strings"
	"time"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
	"github.com/dualdate/dualdate/internal/suggest"
)

// fullTime is the full layout with the time of day, for datelines that
// give one.
const fullTime = "Monday, January 2, 2006 3:04 pm | 2 Tevet 5766"

// convert converts each argument, a Gregorian or Hebrew date, and prints
// the dateline naming the day in both calendars: in text, the dateline or
// the argument's problems on standard error; with --json, one check object
// per argument, in order, whether it could be converted or not.
func (c *command) convert(args []string) int {
	if len(args) == 0 {
		return c.usageError("convert needs a date to convert, such as 2024-03-02, \"22 Adar I 5784\", today or \"Passover 2024\"")
	}
	st := exitOK
	var b []byte
	for _, a := range args {
		rep := c.convertArg(a)
		if !rep.OK() {
			st = exitInput
		}
		if c.json {
			b = rep.AppendJSON(b[:0], c.jsonOptions()...)
			b = append(b, '\n')
			c.out.Write(b)
			continue
		}
		q := strconv.Quote(a)
		for _, p := range rep.Problems {
			switch p.Severity {
			case dateline.Error:
				c.errorf("%s: %s", q, message(p))
			case dateline.Warning:
				c.warnf("%s: %s", q, message(p))
			case dateline.Info:
				// As check writes them: a Julian date's changeover, the
				// year a text that names none was given. convert wrote
				// none, and the notes were lost outside --json.
				c.infof("%s: %s", q, message(p))
			}
		}
		if !rep.OK() {
			continue
		}
		if len(rep.Also) > 0 && writesRange(c.layout, c.lang) {
			// "March 2–5, 2024" with --layout "Jan 2–4, 2006": the
			// layout's own span from the first day, "Mar 2–4, 2024",
			// days the text did not give (found trying the command as
			// an adversary).
			c.errorf("%s names days after its first (a range, a pair or a list), and --layout %q writes a range of its own length from one day: give a layout of one day, which the other days follow in brackets", q, c.layout)
			st = exitInput
			continue
		}
		l := c.layoutFor(rep.Dateline)
		_, relative := c.relativeDay(a, c.clock)
		d, also, ok := eveningOfGiven(rep, writtenBy(l, c.lang), relative)
		if !ok {
			c.errorf("%s names %s in its daytime, and --layout %q writes the evening of the civil day, whose Hebrew date, from sunset, is the next: give a layout without the evening, or the evening's date (%s)",
				q, d.Format("Monday, January 2, 2006 | 2 Tevet 5766"), l, eveningText(d))
			st = exitInput
			continue
		}
		if writesNoEvening(d, writtenBy(l, c.lang)) {
			// "tonight" or "Monday night, March 4, 2024" with --lang
			// fr, or a --layout with no evening in it, wrote the
			// evening's Hebrew date beside the civil day with no word
			// of the evening: "lundi 4 mars 2024 | 25 Adar I 5784"
			// (found by the fixrel48 review).
			c.errorf("%s names an evening, %s, and the layout %q writes no evening, so its Hebrew date would stand beside the civil day: give a --layout that names the evening (Monday night, January 2, 2006 | 3 Tevet 5766), or --json",
				q, eveningText(d), l)
			st = exitInput
			continue
		}
		if !c.writeDatelineAlso(d, l, also) {
			st = exitInput
		}
	}
	return st
}

// eveningOfGiven returns the dateline of report rep, and its other days,
// as layout l of an evening ("Monday night, January 2, 2006") writes them
// so that the Hebrew date it writes, the evening's, is the one the input
// gave: l writes the evening of the civil day, whose Hebrew date, from
// sunset, is the next day's, and "22 Adar I 5784" was written "Saturday
// night, March 2, 2024 | 23 Adar I 5784", another Hebrew day, with
// nothing said (found trying the command as an adversary). Where the
// input names its day by the Hebrew calendar alone (a Hebrew date, an
// occasion, a portion, a day of the Omer), the day is the evening that
// begins it, the civil day before: "Friday night, March 1, 2024 | 22
// Adar I 5784". Where it names the civil day ("2024-03-02", "Shabbat,
// March 2, 2024", a word such as today, relative), that day's evening is
// written, as before; where it names both days and they are the civil
// day's daytime ("Saturday, March 2, 2024 | 22 Adar I 5784"), or a time
// of the day, no evening is both, and it reports false with the day.
func eveningOfGiven(rep dateline.Report, l layout.Layout, relative bool) (dateline.Dateline, []dateline.Dateline, bool) {
	d := rep.Dateline
	if !l.Evening() || d.Hebrew.IsZero() || relative {
		return d, rep.Also, true
	}
	day := d.Time
	if d.HasTime && l.HasClock() {
		day = layout.EveningDay(day)
	}
	if layout.EveningOf(day, d.Hebrew) {
		return d, rep.Also, true // "Friday night, March 1, 2024": the evening already
	}
	in := writtenBy(rep.Layout, layout.English) // the text's own
	civil := in.Has(layout.Day)
	hebrewDay := in.Has(layout.HebrewDay) || in.Has(layout.Holiday) || in.Has(layout.Portion) || in.Has(layout.Omer)
	switch {
	case rep.Layout != "" && civil && !hebrewDay:
		return d, rep.Also, true
	case hebrewDay && !civil && !d.HasTime:
		d.Time = d.Time.AddDate(0, 0, -1)
		also := make([]dateline.Dateline, len(rep.Also))
		for i, a := range rep.Also {
			a.Time = a.Time.AddDate(0, 0, -1)
			also[i] = a
		}
		return d, also, true
	}
	return d, nil, false
}

// eveningText writes the evening that begins d's Hebrew day, as the
// refusal of eveningOfGiven suggests it: "Friday night, March 1, 2024 |
// 22 Adar I 5784".
func eveningText(d dateline.Dateline) string {
	y, m, day := d.Hebrew.AddDays(-1).Gregorian()
	t := time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
	return t.Format("Monday") + " night, " + t.Format("January 2, 2006") + " | " + d.Hebrew.String()
}

// convertArg reads one argument of convert: a date of either calendar, an
// occasion, or one of the words people type for a day (today, tomorrow,
// yesterday, now, a weekday, @UNIXSECONDS). A date that names no year is
// the next such day from today. The report's problems are the argument's:
// a month without a day is an error here, and a word that is not known
// gets the closest known ones.
func (c *command) convertArg(a string) dateline.Report {
	today := c.clock
	if rep, ok := c.relativeDay(a, today); ok {
		return rep
	}
	rep := c.reader.Check(a)
	rep = c.ahead(a, rep, today)
	if rep.OK() {
		rep.Dateline = c.inAskedZone(rep.Dateline)
	}
	for i, p := range rep.Problems {
		switch {
		case p.Code == dateline.CodeMonthOnly && !rep.Dateline.HasDay():
			rep.Problems[i].Severity = dateline.Error
			rep.Problems[i].Message += " (dualdate cal " + strconv.Quote(a) + " draws it)"
		case p.Code == dateline.CodeSyntax && isMonthName(a):
			rep.Problems[i].Message = strings.TrimSpace(a) + " is a month, not a day (dualdate cal " + strconv.Quote(a) + " draws it)"
		case p.Code == dateline.CodeSyntax && isYear(a) && !calendarYear(a):
			// 1709625600 was "a year (dualdate cal draws it)", which
			// cal refused (found by adversarial review 50): a number
			// of more digits than a year's may be Unix seconds.
			n := strings.TrimSpace(a)
			rep.Problems[i].Message = n + " is no year of 1 to 9999 and no day"
			if len(n) >= 9 {
				rep.Problems[i].Message += "; for Unix seconds write @" + n
			}
		case p.Code == dateline.CodeSyntax && isYear(a):
			rep.Problems[i].Message = strings.TrimSpace(a) + " is a year, not a day (dualdate cal " + strconv.Quote(a) + " draws it)"
		case p.Code == dateline.CodeSyntax:
			rep.Problems[i].Message += didYouMean(a, p, c.lang, c.langName != "")
		}
	}
	return rep
}

// relativeDay reads the words for a day relative to today: today,
// tomorrow, yesterday, now (with the time of day), a weekday (see
// weekdayNear), @UNIXSECONDS (an instant), and the evenings tonight, a
// weekday's night and Motzei Shabbat.
func (c *command) relativeDay(a string, today time.Time) (dateline.Report, bool) {
	s := strings.TrimSpace(a)
	// A day or instant past the supported days (tomorrow of the last,
	// @199999999999) is an error of the word: it was written as an empty
	// line.
	dayText := func(text string) (dateline.Report, bool) {
		rep := c.reader.Check(text)
		rep.Input, rep.Layout = a, ""
		var errs []dateline.Problem
		for _, p := range rep.Problems {
			if p.Severity == dateline.Error {
				p.Start, p.End = 0, len(a)
				errs = append(errs, p)
			}
		}
		rep.Problems = errs
		return rep, true
	}
	day := func(t time.Time) (dateline.Report, bool) {
		return dayText(t.Format("2006-01-02"))
	}
	instant := func(t time.Time) (dateline.Report, bool) {
		d := dateline.New(t, c.newOptions()...)
		rep := dateline.Report{Input: a, Dateline: d}
		if d.Hebrew.IsZero() {
			rep.Dateline = dateline.Dateline{}
			rep.Problems = []dateline.Problem{{Code: dateline.CodeOutOfRange, Severity: dateline.Error, Start: 0, End: len(a),
				Message: t.Format("January 2, 2006") + " is outside the days this calendar supports"}}
		}
		return rep, true
	}
	switch strings.ToLower(s) {
	case "today":
		return day(today)
	case "tomorrow":
		return day(today.AddDate(0, 0, 1))
	case "yesterday":
		return day(today.AddDate(0, 0, -1))
	case "now":
		return instant(today)
	}
	if u, ok := strings.CutPrefix(s, "@"); ok {
		t, ok := unixSeconds(u)
		if !ok {
			return dateline.Report{Input: a, Problems: []dateline.Problem{{
				Code: dateline.CodeSyntax, Severity: dateline.Error, Start: 1, End: len(a),
				Message: unixExpected,
			}}}, true
		}
		return instant(t.In(c.loc))
	}
	// An evening: tonight, a weekday's night ("Friday night", "next
	// Tuesday night", ליל שבת) and Motzei Shabbat (Saturday night,
	// מוצ״ש) are the evening of the civil day, whose Hebrew date, from
	// sunset, is the next day's, read as "Monday night, December 7, 2026"
	// is. They were refused ("expected a date"), though typed as often as
	// the day's words; and מוצ״ש, Motzei Shabbat in one word, was read as
	// Saturday's daytime, its Hebrew date a day early (found by an
	// adversarial review).
	night := func(t time.Time) (dateline.Report, bool) {
		return dayText(t.Format("Monday night, January 2, 2006"))
	}
	if strings.EqualFold(s, "tonight") {
		return night(today)
	}
	if t, evening, ok := weekdayNear(s, today); ok {
		if evening {
			return night(t)
		}
		return day(t)
	}
	return dateline.Report{}, false
}

// weekdayNear reads a weekday near today: a weekday alone ("Friday") or
// after "this" ("this Friday") is the next one, today if it is that day;
// "next Friday" is the next one after today, a day to a week ahead, and
// "last Friday" the one before today. "this Tuesday" was refused
// ("expected a date"). "this" is read as the weekday alone, since both
// name the coming one in the week a person speaks of, and today where it
// is that day; "next" keeps its reading, the one after today, so that
// "next Tuesday" on a Monday is tomorrow, as it was before: which of the
// two Tuesdays a person means by "next" is not agreed, and a week's
// difference is not changed silently. It returns the civil day and
// whether the words name its evening (see weekday).
func weekdayNear(s string, today time.Time) (time.Time, bool, bool) {
	if w, evening, ok := weekday(s); ok {
		return today.AddDate(0, 0, (int(w)-int(today.Weekday())+7)%7), evening, true
	}
	first, rest, ok := strings.Cut(s, " ")
	if !ok {
		return time.Time{}, false, false
	}
	w, evening, ok := weekday(strings.TrimSpace(rest))
	if !ok {
		return time.Time{}, false, false
	}
	switch strings.ToLower(first) {
	case "this":
		return today.AddDate(0, 0, (int(w)-int(today.Weekday())+7)%7), evening, true
	case "next":
		return today.AddDate(0, 0, (int(w)-int(today.Weekday())+6)%7+1), evening, true
	case "last":
		return today.AddDate(0, 0, -((int(today.Weekday())-int(w)+6)%7 + 1)), evening, true
	}
	return time.Time{}, false, false
}

// weekday reads a weekday alone, with the words around it that the parser
// reads beside a date: Friday, Fri., Shabbos, Yom Shishi, יום שישי; and
// the civil day of the words that name an evening or an eve (Friday
// night, ליל שבת and Erev Shabbat are Friday's; Motzei Shabbat and מוצ״ש
// Saturday's), with whether they name its evening.
func weekday(s string) (w time.Weekday, evening, ok bool) {
	if s == "" {
		return 0, false, false
	}
	// The parser reads a weekday only beside a date: give it one, and
	// take the weekday if it and the words around it are all of s.
	r, err := parse.Parse(s + ", 2 Tevet 5766")
	if err != nil || r.Start != 0 {
		return 0, false, false
	}
	var wd *parse.Field
	end := 0
	for i := range r.Fields {
		f := &r.Fields[i]
		if f.Start >= len(s) {
			break
		}
		switch {
		case f.Kind == layout.Weekday && wd == nil:
			wd = f
		case f.Kind != layout.Literal:
			return 0, false, false
		}
		end = f.End
	}
	// A misspelt weekday (Tusday) is the parser's guess beside a date;
	// alone, convert asks, naming the weekday it is close to.
	if wd == nil || wd.Flags&parse.Corrected != 0 || end > len(s) || strings.TrimRight(s[end:], ".") != "" {
		return 0, false, false
	}
	return time.Weekday(((wd.Value-int(wd.Shift))%7 + 7) % 7), wd.Flags&parse.Night != 0, true
}

// ahead makes a date that names no year the next such day from today, on
// or after it: a person converting a date looks ahead, where a dateline
// names a day that has come or is about to (check and scan keep that
// rule, dateline.Reference's). cal draws the month of the day it gives,
// so that "cal '1 Tishrei'" is the month of "convert '1 Tishrei'". The
// reader takes the most recent fitting year up to six months after its
// reference, so moving the reference on by half a year at a time finds
// the first fitting day on or after today. A first fitting day more than
// farYears ahead gives way to the reader's own, if it is of the last
// farYears years.
func (c *command) ahead(a string, rep dateline.Report, today time.Time) dateline.Report {
	inferred := -1
	for i, p := range rep.Problems {
		if p.Code == dateline.CodeYearInferred {
			inferred = i
		}
	}
	if inferred < 0 || !rep.Dateline.HasDay() {
		return rep
	}
	start := dayStart(today)
	recent := rep
	if rep.Dateline.Time.Before(start) {
		opts := append([]dateline.Option(nil), c.opts...)
		for k := 1; k <= 800; k++ { // 400 years, the reader's own search
			opts = append(opts[:len(c.opts)], dateline.Reference(today.AddDate(0, 0, 182*k)))
			next := dateline.Check(a, opts...)
			if next.Dateline.HasDay() && !next.Dateline.Time.Before(start) {
				rep = next
				break
			}
		}
	}
	farAhead := rep.Dateline.Time.Year()-today.Year() > farYears
	// A dateline whose weekday or Hebrew date keeps it to some years has
	// its next fitting day years ahead, where the reader's own may be
	// days before today: "31 December | 30 Kislev" converted on January
	// 2, 2025 was December 31, 2035, eleven years ahead, with nothing
	// said, where check and scan read December 31, 2024, two days before
	// (adversarial review 52). The next such day of a date alone is
	// within a year, a Hebrew one of 385 days at most (Chanukah on
	// December 22, 2026 is next on December 25, 2027, 368 days on); one
	// further ahead (maxYearAhead) than the reader's is behind, of a
	// dateline whose parts keep it to some years (yearKept),
	// where that is within the half year before today, gives way to it
	// ("Saturday, April 23" on March 2, 2045 is 2050's, not 2044's, ten
	// months before; "15 Adar II" on January 1, 2025 is 2027's).
	behind := start.Sub(recent.Dateline.Time)
	nearerBehind := rep.Dateline.Time.Sub(start) > maxYearAhead && behind <= 182*24*time.Hour && behind < rep.Dateline.Time.Sub(start) && yearKept(a)
	if (farAhead || nearerBehind) && recent.Dateline.Time.Before(start) &&
		today.Year()-recent.Dateline.Time.Year() <= farYears && len(recent.Problems) <= len(rep.Problems) {
		// "Friday, January 3 | 3 Tevet" converted on January 6, 2025
		// is next in 2177, and was taken so, with a warning that no
		// year near 2025 fits, where 2025's, three days before, does
		// (an adversarial review's third finding): a day so far ahead
		// is not the one meant, and the reader's own, recent, is.
		how := "the most recent"
		if !farAhead {
			how = "nearer"
		}
		for i, p := range recent.Problems {
			if p.Code == dateline.CodeYearInferred {
				recent.Problems[i].Message = "the text names no year; convert takes the next such day on or after " + today.Format("January 2, 2006") +
					", but the next is in " + strconv.Itoa(rep.Dateline.Time.Year()) + ", and this one, before it, is " + how
			}
		}
		return recent
	}
	far := -1
	for i, p := range rep.Problems {
		switch p.Code {
		case dateline.CodeYearInferred:
			rep.Problems[i].Message = "the text names no year; convert takes the next such day on or after " + today.Format("January 2, 2006")
			far = i
		case dateline.CodeYearUnlikely:
			far = -2 // said already
		}
	}
	if n := rep.Dateline.Time.Year() - today.Year(); far >= 0 && n > farYears {
		// "Shabbat, April 23 Final Day of Passover" is next in 2174: a
		// day so far ahead is more likely a mistake in the text, and
		// was taken with nothing said but the year's info.
		p := rep.Problems[far]
		p.Code, p.Severity = dateline.CodeYearUnlikely, dateline.Warning
		p.Message = "no year near " + strconv.Itoa(today.Year()) + " fits the dateline: the next that does is " +
			strconv.Itoa(rep.Dateline.Time.Year()) + ", " + strconv.Itoa(n) + " years after " + strconv.Itoa(today.Year()) +
			"; check its weekday and dates, or give its year"
		rep.Problems = append(rep.Problems, p)
	}
	return rep
}

// yearKept reports whether the parts of a dateline without its year keep
// it to some years: a weekday beside its date, or a civil date beside a
// Hebrew one. A date alone, "Feb 29" and "1 Adar I" too, is next on the
// day of its own kind, however far ahead (TestCalDateWithoutYear).
func yearKept(a string) bool {
	r, err := parse.Parse(a)
	if err != nil {
		return false
	}
	var civil, heb bool
	for _, f := range r.Fields {
		switch f.Kind {
		case layout.Weekday:
			return true
		case layout.Month:
			civil = true
		case layout.HebrewMonth:
			heb = true
		}
	}
	return civil && heb
}

// maxYearAhead is how far ahead the next such day of a date alone may
// fall: a Hebrew year's 385 days, and a little more.
const maxYearAhead = 400 * 24 * time.Hour

// farYears is how many years after today the next such day of a date
// without its year may fall before convert warns, as the reader does of
// a year it infers (twenty).
const farYears = 20

// inAskedZone returns d, an instant in its own zone, converted in the
// one --tz or --city asks for: "2024-03-02T23:30:00Z" with --tz
// Asia/Jerusalem is Sunday, 1:30 am, 23 Adar I, as @1709422200 was; it
// was printed as Saturday, 11:30 pm, 22 Adar I, the zone's name left out.
// scan writes its datelines so too: "2024-03-02T16:00:00Z" with --city
// Jerusalem was "Saturday, March 2, 2024 4:00 pm | 23 Adar I 5784", the
// clock of UTC beside the Hebrew date of 6:00 pm in Jerusalem, which the
// tool's own check refuses (an adversarial review's tenth finding).
func (c *command) inAskedZone(d dateline.Dateline) dateline.Dateline {
	if !d.HasTime || c.tzName == "" && c.city == nil || c.city == nil && d.Time.Location() == c.loc {
		return d
	}
	// With --city, the Hebrew date is the one of the moment in the city,
	// from its sunset, in its own zone too: "Erev Pesach 5784 at 8:00
	// pm" was written "Monday, April 22, 2024 8:00 pm | 14 Nisan 5784",
	// the Hebrew date the text named beside an hour after sunset, where
	// "2024-04-22 20:00" was 15 Nisan (found by adversarial review 50).
	return dateline.New(d.Time.In(c.loc), c.newOptions()...)
}

// dayStart returns midnight of t's day in t's location.
func dayStart(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

// newOptions returns the options for dateline.New: the sunset rule, and
// --tz's zone where it is given beside --city.
func (c *command) newOptions() []dateline.Option {
	if c.city != nil && c.tzName != "" {
		// --tz given beside --city is the zone instants are written
		// in; it was the city's, as if --tz were not given.
		return []dateline.Option{dateline.Sunset(c.city), dateline.In(c.loc)}
	}
	if c.city != nil {
		return []dateline.Option{dateline.Sunset(c.city)}
	}
	return nil
}

// calendarYear reports whether s, a year alone (see isYear), is one cal
// draws, 1 to 9999.
func calendarYear(s string) bool {
	y, _, ok := yearOf(strings.TrimSpace(s))
	return ok && y >= 1 && y <= 9999
}

// isYear reports whether s is a year alone, as cal reads one.
func isYear(s string) bool {
	_, _, ok := yearOf(strings.TrimSpace(s))
	return ok
}

// isMonthName reports whether s is the name of a month of either
// calendar, alone.
func isMonthName(s string) bool {
	s = strings.TrimSpace(s)
	if _, err := hebrew.LookupMonth(s); err == nil {
		return true
	}
	for m := 1; m <= 12; m++ {
		if strings.EqualFold(s, layout.MonthName(m, layout.Long)) || strings.EqualFold(strings.TrimSuffix(s, "."), layout.MonthName(m, layout.Short)) {
			return true
		}
	}
	return false
}

// didYouMean returns "; did you mean X or Y?" for a syntax problem whose
// text is close to known words (convert's, weekdays, months of both
// calendars, occasions) in the input's language (see inputLang), or "".
func didYouMean(input string, p dateline.Problem, lang layout.Lang, langGiven bool) string {
	if p.Start >= p.End || p.End > len(input) {
		return ""
	}
	// The word that was not read, and the words before it back to a digit
	// or punctuation: "Rosh Hashonah" when reading stopped at "Hashonah".
	start := p.Start
	for start > 0 {
		c := input[start-1]
		if c >= '0' && c <= '9' || c == ',' || c == '|' || c == '/' || c == '(' {
			break
		}
		start--
	}
	phrase, found := strings.TrimSpace(input[start:p.End]), input[p.Start:p.End]
	l := inputLang(input, lang, langGiven)
	close := closestWords(phrase, found, knownWords(l))
	if len(close) == 0 && l != wordLang(layout.English) && l != hebrewScript {
		// Nothing near in the language --lang or the input's script
		// guessed: the word may be English ("Tusday" with --lang fr).
		close = closestWords(phrase, found, knownWords(wordLang(layout.English)))
	}
	if len(close) == 0 {
		return ""
	}
	return "; did you mean " + suggest.OrList(close) + "?"
}

// closestWords returns up to four of names closest to the phrase that
// was not read or to its last word, found.
func closestWords(phrase, found string, names []string) []string {
	var close []string
	for _, typed := range []string{phrase, found} {
		for _, n := range suggest.Closest(typed, names, 4) {
			// A known word in the wrong place ("today 5pm") is not
			// misspelt.
			if len(close) < 4 && !contains(close, n) && suggest.Key(n) != suggest.Key(found) {
				close = append(close, n)
			}
		}
	}
	return close
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// layoutFor returns the layout to write d in: --layout's, or the full
// layout, with the time of day when d has one (ownLayout).
func (c *command) layoutFor(d dateline.Dateline) string {
	if c.layout != "" {
		return c.layout
	}
	return c.ownLayout(d)
}

// ownLayout returns the layout the command writes d in when --layout is
// not given: the full layout in --lang, with the time of day when d has
// one.
func (c *command) ownLayout(d dateline.Dateline) string {
	if d.HasTime {
		if c.lang == layout.English && repeatedClock(d.Time) && c.readsBack(d, fullTimeZone) {
			return fullTimeZone
		}
		return c.langLayout(fullTime)
	}
	if c.lang == layout.English && d.Hebrew == hebrew.DateOf(d.Time).AddDays(1) {
		// "Monday night, March 4, 2024" was written "Monday, March 4,
		// 2024 | 25 Adar I 5784", the evening's Hebrew date beside the
		// civil day with no word of the evening (found by a review).
		return fullNight
	}
	return c.langLayout(layout.Full)
}

// fullTimeZone is fullTime with the zone's name after the clock, for the
// hour the clocks show twice going back (see repeatedClock).
const fullTimeZone = "Monday, January 2, 2006 3:04 pm MST | 2 Tevet 5766"

// repeatedClock reports whether t's clock, in t's zone, is the second
// showing of a time the clocks show twice, going back over it: 1:30 am
// EST on November 3, 2024 in New York, after 1:30 am EDT. Written
// without its zone it reads back as the first, an hour earlier: convert
// wrote "Sunday, November 3, 2024 1:30 am | 2 Cheshvan 5785" for "1:30
// am EST", which its own check reads as EDT (an adversarial review's
// eleventh finding).
func repeatedClock(t time.Time) bool {
	_, off := t.Zone()
	for back := 15 * time.Minute; back <= 3*time.Hour; back += 15 * time.Minute {
		e := t.Add(-back)
		if _, o := e.Zone(); o != off && e.Hour() == t.Hour() && e.Minute() == t.Minute() && e.Day() == t.Day() {
			return true
		}
	}
	return false
}

// readsBack reports whether d written in layout l reads back as d's
// instant, with no problem: a zone's name the reader does not take as
// the zone's own (IST, which India's zone has too) does not.
func (c *command) readsBack(d dateline.Dateline, l string) bool {
	rep := c.reader.Check(d.Format(l, c.formatOptions()...))
	return len(rep.Problems) == 0 && rep.Dateline.Time.Equal(d.Time)
}

// fullNight is the Full layout of an evening, which writes the Hebrew
// date that begins at its sunset.
const fullNight = "Monday night, January 2, 2006 | 3 Tevet 5766"

// writesRange reports whether layout l writes a range of days from the
// day it is given, a second civil or Hebrew day some days after the
// first ("January 2–4, 2006", "2–8 Tevet 5766").
func writesRange(l string, lang layout.Lang) bool {
	if l == "" {
		return false
	}
	for _, e := range writtenBy(l, lang).Elements() {
		if (e.Kind == layout.Day || e.Kind == layout.HebrewDay) && e.Shift > 0 {
			return true
		}
	}
	return false
}
