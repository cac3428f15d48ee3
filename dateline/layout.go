package dateline

import (
	"errors"
	"iter"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
	"github.com/dualdate/dualdate/internal/script"
	"github.com/dualdate/dualdate/occasion"
)

// ErrAmbiguous is matched by the error LayoutOf returns for an example whose
// numeric date reads both ways and is not the reference day, or whose day
// is its month (01/01/2024), which shows no order; or whose month and
// weekday names are written so by several languages that write other
// names differently ("12 oktober 2024": Dutch's and Swedish's, March
// maart and mars; "2 novembre 2024": French's and Italian's), where
// neither the example's custom (the point after the day of "2. mars
// 2024", Norwegian's; the "de" of "2 de novembre de 2024", Catalan's)
// nor its other words ("à 10h", French's; a Hebrew month spelt as a
// language spells it) say which, or where the example's custom is not
// English's and its names are several languages' ("22. august 2024":
// Danish's, Norwegian's, Estonian's; "2 november 2024", day first in
// lower case: Dutch's, Swedish's, or English's in a site's lower case).
// A weekday's name says which.
var ErrAmbiguous = errors.New("ambiguous example")

func init() { codeErrors[CodeDateAmbiguous] = ErrAmbiguous }

// LayoutOf returns the layout of a real dateline: the layout that writes
// example for its own day. The example must be one consistent dateline
// (every problem of severity Error is an error, as from Parse), and its
// numeric date, if any, must read one way only, unless it is the reference
// day, January 2, 2006, and show its order: 01/01/2024, whose day is its
// month, is January 1 either way but does not say whether its layout is
// 01/02/2006 or 02/01/2006, and so with dots (01.01.2024), but in Hebrew
// text, which writes day first. LayoutOf("Saturday, March 2nd | 22 Adar I 5784")
// gives the layout of format.Header. An example that names Motzei Shabbat
// (מוצאי שבת, מוצ״ש) is no layout: the words name Saturday's evening
// alone, and a layout writes every day.
//
// A number of two digits from 10 on (12, 28) is written so whether its
// layout pads a day or month below 10 or not; the date's other number
// says which (01/30/2024 is 01/02/2006, 1/30/2024 is 1/2/2006, and
// 30.01.2024 is 02.01.2006, never 2.01.2006), and a date written year
// first pads both, as ISO 8601 does (2024-12-28 is 2006-01-02). A date
// whose numbers all have two digits and that is not written year first
// (12/28/2024, 28.12.2024) does not show how March 2 is written, which
// sites write both ways: LayoutOf refuses it with an error wrapping
// [ErrLayout], and an example of a day below 10, or the reference day
// itself, says which. An hour of two digits is padded on a 24-hour clock
// (10:39 is 15:04) and plain beside AM or PM (10:39 pm is 3:04 pm), as
// each clock is written by custom; 09:39 pm shows a padded one.
func LayoutOf(example string) (format.Layout, error) {
	l, err := layoutOf(example)
	return public(l), err
}

// layoutOf is LayoutOf, with the layout the reader compiles. A layout
// that writes the example's own day as text whose names read as another
// language's than its own is refused as that text's would be:
// "NoemBer 10&Des 1" (a misspelt November) gave "January 2&Jan. 23",
// which writes "November 10&Des 1", whose names are Norwegian's, and
// whose layout string reads as German's (found by FuzzLayoutOf).
func layoutOf(example string) (layout.Layout, error) {
	l, day, err := layoutOfOnce(example)
	if err != nil {
		return l, err
	}
	if own := public(l).Format(day.Time, day.Hebrew); own != example {
		if _, _, err := layoutOfOnce(own); errors.Is(err, errNamesLang) {
			return layout.Layout{}, &ProblemError{Input: example, err: errNamesLang, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: 0, End: len(example),
				Message: "its layout writes its own day as " + quote(own) + ", whose names read as another language's than its layout's: write the dateline in a layout of one language"}}
		}
	}
	return l, nil
}

// errNamesLang marks a layout whose names, written for the reference day,
// read as another language's (see layoutOfOnce).
var errNamesLang = errors.New("names of another language")

// layoutOfOnce is layoutOf without the check of the text its layout
// writes for the example's own day, which it returns.
func layoutOfOnce(example string) (layout.Layout, Dateline, error) {
	r, chosen, rep, err := readExample(example)
	if err != nil {
		return layout.Layout{}, Dateline{}, err
	}
	if err := refuseReading(example, &r, &chosen, &rep); err != nil {
		return layout.Layout{}, Dateline{}, err
	}
	if start, end := weekdayPair(chosen.Fields); end >= 0 && rep.has(CodeYearInferred) {
		// "Sun - Mon March 14" is Monday, March 14, 2022 read on March 2,
		// 2024, and Sunday, March 14, 2027 read in December 2026: which
		// weekday is the date's, and so the layout, turned on the clock
		// (found by FuzzParse, whose layout wrote "Mon - Tue March 14").
		return layout.Layout{}, Dateline{}, &ProblemError{Input: example, err: ErrAmbiguous, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: chosen.Fields[start].Start, End: chosen.Fields[end].End,
			Message: "its date may be either weekday's, and it names no year to tell which: give the year, the range of days (\"Sun & Monday, 13-14 March\"), or one weekday"}}
	}
	if i := weekdayOfEnd(chosen.Fields, rep.Dateline.Hebrew); i >= 0 {
		f := &chosen.Fields[i]
		return layout.Layout{}, Dateline{}, &ProblemError{Input: example, err: ErrAmbiguous, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: f.Start, End: f.End,
			Message: "its date is the second weekday's, " + quote(example[f.Start:f.End]) + ", and a layout writes the day's weekday first: give the range of days (\"Wed & Thursday, 1-2 February\"), or one weekday"}}
	}
	elems := exampleElements(&r, &chosen, rep.Dateline.Hebrew)
	if err := refuseElements(example, &chosen, elems); err != nil {
		return layout.Layout{}, Dateline{}, err
	}
	l := layout.New(elems...)
	if ref := l.String(); parse.Layout(ref).String() != ref {
		// "Feb 5th+0000" writes the reference day as "Jan 2nd-0700", which
		// reads as a year after the day: a layout that does not read as
		// itself would write datelines that read as another.
		return layout.Layout{}, Dateline{}, &ProblemError{Input: example, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: 0, End: len(example),
			Message: "its layout, written for the reference day, is " + quote(ref) + ", which reads as another layout; put a space or a word between its parts"}}
	}
	if julianLost(l) {
		return layout.Layout{}, Dateline{}, &ProblemError{Input: example, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: 0, End: len(example),
			Message: "its Old Style date is told from the New Style one by its days alone, and its layout, written for the reference day, " +
				quote(l.String()) + ", would read as the New Style date written twice: mark it, as \"7 November 1917 (O.S. 25 October)\" does"}}
	}
	if ref := l.String(); ref != example {
		// "lør. 2. marts 2024" is Danish's, but its layout, "man. 2.
		// januar 2006", is Norwegian's too, which Compile reads it as
		// (no "den" before the day): it would write December as
		// desember. The reference day's own layout is compiled as it
		// reads, and not asked again. A layout read back as English's
		// (German's "12-Mär-2014" as "2-Jan.-2006") keeps the example's
		// names as variants, as before.
		if back, err := compileLayout(ref); err == nil && namesLang(back) != namesLang(l) && namesLang(back) != layout.English {
			return layout.Layout{}, Dateline{}, &ProblemError{Input: example, err: errNamesLang, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: 0, End: len(example),
				Message: "its names are " + namesLang(l).String() + "'s, but its layout, written for the reference day, is " + quote(ref) + ", which reads as " +
					namesLang(back).String() + "'s, whose names differ: write the dateline as the language's custom does (Danish's \"den\" before the day), or in a layout of one language"}}
		}
	}
	if err := zmanLeftOut(example, l); err != nil {
		return layout.Layout{}, Dateline{}, err
	}
	return l, rep.Dateline, nil
}

// zmanLeftOut refuses a layout l, read from s, that writes a time of the
// day (a Zman: candle lighting, havdalah, sunset) whose leaving out, on
// a day without that time, leaves text that does not read: "Jan. 2 06)
// Candles 15.04!" wrote "Mar. 4 24!" on a Monday, whose two-digit year
// before "!" no reader takes (found by FuzzParse). The layout string
// itself reads, so only the reference day written without its times says
// so.
func zmanLeftOut(s string, l layout.Layout) *ProblemError {
	if !hasZmanim(l) {
		return nil
	}
	without := public(l).Format(layout.Reference())
	if _, err := parse.Parse(without); err == nil {
		return nil
	}
	return &ProblemError{Input: s, err: ErrLayout, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: 0, End: len(s),
		Message: "on a day without its time of day it writes " + quote(without) + ", which does not read: " +
			"put its time after a separator (\"Jan 2, 2006 | Candle lighting 3:04 pm\")"}}
}

// namesLang returns the language of the first month or weekday name of
// layout l, English where it has none.
func namesLang(l layout.Layout) layout.Lang {
	for _, e := range l.Elements() {
		if (e.Kind == layout.Month || e.Kind == layout.Weekday) && (e.Form == layout.Long || e.Form == layout.Short || e.Form == layout.ShortDot) {
			return e.Lang
		}
	}
	return layout.English
}

// readExample reads example as one consistent dateline: r as read, chosen
// the reading its report is of (r, or its numeric date's other order), and
// the report, whose every error is an error here.
func readExample(example string) (r, chosen parse.Result, rep Report, err error) {
	r, err = parse.Parse(example)
	if err != nil {
		return r, r, rep, syntaxReport(example, err).Err()
	}
	if err := parse.TimeRange(&r); err != nil {
		return r, r, rep, syntaxReport(example, err).Err()
	}
	var opts []Option
	if m, ok := r.Get(layout.Month); ok && m.Flags&parse.Ambiguous != 0 && referenceYear(&r) {
		d, _ := r.Get(layout.Day)
		switch {
		case m.Value == 1 && d.Value == 2:
			opts = append(opts, forceReading(d.Flags&parse.DayFirst != 0))
		case m.Value == 2 && d.Value == 1:
			opts = append(opts, forceReading(d.Flags&parse.DayFirst == 0))
		}
	}
	o := makeOptions(opts)
	rep, swapped := resolveResult(&r, &o, nil)
	chosen = r
	if swapped {
		chosen, _ = r.Swap()
	}
	if err := rep.Err(); err != nil {
		return r, chosen, rep, err
	}
	if p, ok := julianExample(&rep); ok {
		return r, chosen, rep, &ProblemError{Input: example, Problem: p}
	}
	return r, chosen, rep, nil
}

// refuseReading refuses an example whose words a layout cannot write for
// every day (see refuseWords) or whose reading does not show its order.
func refuseReading(example string, r, chosen *parse.Result, rep *Report) error {
	if err := refuseWords(example, r); err != nil {
		return err
	}
	if start, end, ok := orderUnshown(chosen); ok {
		// 01/01/2024 is January 1 either way, and its layout 01/02/2006
		// or 02/01/2006: the example does not say which.
		return &ProblemError{Input: example, Problem: Problem{Code: CodeDateAmbiguous, Severity: Error, Start: start, End: end,
			Message: "its day is its month, and it does not show whether the day or the month comes first; give a day after the 12th, or the reference day, January 2"}}
	}
	for _, p := range rep.Problems {
		if p.Code == CodeYearUnlikely {
			// "Tuesday 06/01/03", meant year first for Tuesday, January
			// 3, 2006, fits as day first only in 1903, January 6: it
			// compiled as "Monday 02/01/06" and wrote every day in the
			// order its author did not mean, with nothing said (found
			// trying the command as an adversary). An example whose
			// reader had to reach for a year it warns of is one whose
			// numbers may be read wrong, and a layout writes every day
			// in the order it took.
			p.Severity = Error
			p.Message += ": a layout's example must read as its day with no doubt; write it for the reference day, Monday, January 2, 2006 (\"Monday 02/01/06\", \"Monday 2006-01-02\")"
			return &ProblemError{Input: example, err: ErrLayout, Problem: p}
		}
		if p.Code == CodeDateAmbiguous && numericAmbiguous(r) {
			// 3/2/2024 reads both ways, and a layout that took one would
			// write every other day in it: no option of LayoutOf's
			// says which, the example does.
			p.Severity = Error
			if i := strings.Index(p.Message, "; it was read"); i >= 0 {
				p.Message = p.Message[:i] + ": a layout must show which comes first; give a day after the 12th, or the reference day, January 2, 2006"
				if goYearFirst(example) {
					// "06-01-02", Go's yy-mm-dd, is the reference
					// day, and was told to give the reference day
					// (found by an adversarial review of the texts):
					// a year of two digits is read last, not first.
					p.Message = p.Message[:i] + ": a year of two digits is read last, not first; write the year first in four digits (2006-01-02), or last (02-01-06)"
				}
			}
			return &ProblemError{Input: example, Problem: p}
		}
	}
	return nil
}

// goYearFirst reports whether example's first numbers are 06, 01 and 02,
// in that order: Go's yy-mm-dd layout of the reference day ("06-01-02",
// "06/01/02 15:04").
func goYearFirst(example string) bool {
	var nums [3]string
	n := 0
	for i := 0; i < len(example); {
		if example[i] < '0' || example[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(example) && example[j] >= '0' && example[j] <= '9' {
			j++
		}
		if n == len(nums) {
			break
		}
		nums[n] = example[i:j]
		n++
		i = j
	}
	return nums == [3]string{"06", "01", "02"}
}

// refuseWords refuses a dateline whose words name one day or time, which
// a layout, writing every day, would write for others: Motzei Shabbat,
// noon, a part of the day (de la noche), a compound weekday
// (Rosenmontag), a month glossed by a name of its own (23 Eythaniym
// (Tishrei)), a day of an occasion by its number (8th day of Pesach),
// Rosh Chodesh without its month (30 Cheshvan 5785, Rosh Chodesh).
// Its layout is none: LayoutOf and
// Compile refuse it, and Report.Layout is "".
func refuseWords(example string, r *parse.Result) *ProblemError {
	if err := parse.BracketedZone(r); err != nil {
		return &ProblemError{Input: example, err: ErrLayout, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: err.Offset, End: len(err.Found) + err.Offset,
			Message: quote(err.Found) + " names one zone, and a layout writes every day in the zone it is given, beside that zone's offset; leave the name out"}}
	}
	for i := range r.Fields {
		if f := &r.Fields[i]; f.Kind == layout.Weekday && f.Flags&parse.Motzei != 0 {
			// Motzei Shabbat is Saturday's evening alone: a layout,
			// which writes every day, would make up "Motzei Yom Sheni".
			start := strings.TrimRight(example[:f.Start], " ")
			if len(start) < f.Start { // the word before the weekday's name
				start = start[:strings.LastIndexByte(start, ' ')+1]
			}
			return &ProblemError{Input: example, Problem: Problem{Code: CodeSyntax, Severity: Error,
				Start: len(start), End: f.End, Message: quote(example[len(start):f.End]) + " names the evening after Shabbat alone, and a layout writes every day; " +
					"write the evening as every day has one (Saturday night, ליל ראשון), or leave it out"}}
		}
		if f := &r.Fields[i]; f.Kind == layout.Weekday && f.Shift > 0 && f.Text != "" && f.Flags&parse.RangeEnd == 0 {
			// עש״ק, the eve of Shabbat in one word, is Friday alone: a
			// layout would write the next day's weekday on the others
			// ("יום שלישי" on a Monday).
			return &ProblemError{Input: example, Problem: Problem{Code: CodeSyntax, Severity: Error,
				Start: f.Start, End: f.End, Message: quote(example[f.Start:f.End]) + " names the eve of Shabbat alone, and a layout writes every day; " +
					"write the weekday as every day has one (יום ו׳, ערב שבת), or leave it out"}}
		}
		if f := &r.Fields[i]; f.Kind == layout.Holiday && f.Flags&parse.Motzei != 0 {
			// Motzei Yom Kippur is the evening after its last day
			// alone (see parse.motzeiOccasion).
			start := strings.TrimRight(example[:f.Start], " ")
			start = start[:strings.LastIndexByte(start, ' ')+1]
			return &ProblemError{Input: example, Problem: Problem{Code: CodeSyntax, Severity: Error,
				Start: len(start), End: f.End, Message: quote(example[len(start):f.End]) + " names the evening after the occasion's last day alone, and a layout writes every day; leave it out"}}
		}
		if f := &r.Fields[i]; countedOccasion(f) {
			// "Fifth Day of Chanuka, 5703": its words number one day
			// of the occasion; another day's would be another number,
			// which a layout's literal text cannot write. Report.Layout
			// kept them as text beside the reference day's occasion,
			// "8th day of Chanukah: 8th Day 5766" for "8th day of
			// Pesach 5784", a layout of another occasion's day.
			return &ProblemError{Input: example, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: f.Start, End: f.End,
				Message: "the words beside " + quote(example[f.Start:f.End]) + " name one day of it by its number or place, which a layout would write on other days too; leave them out"}}
		}
		if f := &r.Fields[i]; bareRoshChodesh(r, f) {
			// "30 Cheshvan 5785, Rosh Chodesh", "Monday, March 11, 2024
			// Rosh Chodesh": a HebrewDay written as Rosh Chodesh is
			// its number on other days, and its layout, "2 Tevet 5766,
			// Rosh Chodesh", wrote "15 Cheshvan 5785, 15".
			return &ProblemError{Input: example, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: f.Start, End: f.End,
				Message: quote(example[f.Start:f.End]) + " without its month names the day as Rosh Chodesh, which a layout would write on other days as their number; leave it out, or write the month after it (Rosh Chodesh Kislev)"}}
		}
		if f := &r.Fields[i]; f.Kind == layout.AMPM && f.Text != "" {
			// "9:30 de la noche": a layout writes every hour, and the
			// words name the night's.
			return &ProblemError{Input: example, Problem: Problem{Code: CodeSyntax, Severity: Error,
				Start: f.Start, End: f.End, Message: quote(example[f.Start:f.End]) + " names a part of the day, which a layout would write beside every hour; write am or pm"}}
		}
		if f := &r.Fields[i]; wordHour(f) {
			// Noon names one time of day, and a layout writes every one.
			return &ProblemError{Input: example, Problem: Problem{Code: CodeSyntax, Severity: Error,
				Start: f.Start, End: f.End, Message: "a layout writes any time of day, and " + quote(example[f.Start:f.End]) + " names one; write it as 12:00 pm"}}
		}
	}
	if start, end, ok := parse.GluedMonth(r); ok {
		// "December17, 2010" wrote "May23, 2024", which reads as no
		// date.
		return &ProblemError{Input: example, err: ErrLayout, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: start, End: end,
			Message: quote(example[start:end]) + " glues the month's name to its day, which a layout would write for May as May23, no date; put a space between them"}}
	}
	if start, end, ok := parse.CommaYear(r); ok {
		// "Dec 22, 19" wrote "Jan 5, 12", which reads as no date (a
		// list of two days).
		return &ProblemError{Input: example, err: ErrLayout, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: start, End: end,
			Message: quote(example[start:end]) + " writes the year in two digits after a comma, which a layout would write for January 5, 2012 as Jan 5, 12, two days of a list; write the year in four digits"}}
	}
	if start, end, ok := parse.DashedYear(r); ok {
		// "20 January 1708-9" wrote "20 December 2005-5", which reads
		// as no date: a dash joins a double year only before 1752.
		return &ProblemError{Input: example, err: ErrLayout, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: start, End: end,
			Message: quote(example[start:end]) + " joins a double year with a dash, which a layout would write for a day of 2005 as 2005-5, no date; join the years with a slash (1708/9)"}}
	}
	if start, end, ok := parse.BareHebrewRange(r); ok {
		// "י-ל שבט" wrote "ב-כב טבת", the prefix ב- before the 22nd.
		return &ProblemError{Input: example, err: ErrLayout, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: start, End: end,
			Message: quote(example[start:end]) + " writes a range of Hebrew days without the geresh, which a layout would write for the 2nd as ב-כב, the prefix ב- before the 22nd; write them with it (י׳-ל׳ שבט)"}}
	}
	if start, end, ok := dayOwnEnding(example, r); ok {
		// "26סטן מײַ 2024" wrote "2סטן" for the 2nd, where Yiddish
		// writes 2טן.
		return &ProblemError{Input: example, err: ErrLayout, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: start, End: end,
			Message: quote(example[start:end]) + " after the day is that day's ending, which its language writes differently after others (Yiddish's 2טן and 26סטן, Bulgarian's 1-ви and 5-ти, Swedish's 1:a and 5:e), and a layout writes every day; write the day without it"}}
	}
	if start, end, ok := compoundDay(r); ok {
		// "Rosenmontag, 12. Februar 2024": a layout writes every
		// weekday, and would write "Rosensonntag".
		return &ProblemError{Input: example, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: start, End: end,
			Message: quote(example[start:end]) + " names one day of the year by its weekday, and a layout writes every day; write the weekday alone"}}
	}
	if start, end, ok := parse.GlossedMonth(r); ok {
		// "23 Eythaniym (Tishrei)": a layout writes each month by a name
		// of its family, and would write Eythaniym for every month.
		return &ProblemError{Input: example, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: start, End: end,
			Message: quote(example[start:end]) + " names the month by a name that no layout writes for other months; write the month by its usual name"}}
	}
	return nil
}

// bareRoshChodesh reports whether f is a Hebrew day written as Rosh
// Chodesh without its month in dateline r: after a Hebrew date, the
// date's day named again (see parse.Repeat), or after a civil date with
// no Hebrew month (see refuseWords).
func bareRoshChodesh(r *parse.Result, f *parse.Field) bool {
	if f.Kind != layout.HebrewDay || !f.Form.IsRoshChodesh() {
		return false
	}
	_, month := r.Get(layout.HebrewMonth)
	return f.Flags&parse.Repeat != 0 || !month
}

// countedOccasion reports whether f is an occasion whose day the text
// numbers ("Fifth Day of Chanuka", "2. Tag Rosch Haschana", "Chanukah day
// 3"; see parse.Counted) or names by its place ("the last day of
// Passover"; see parse.LastDay), or whose day lies after the one it
// names: words that no layout writes for other days (see refuseWords).
// "the last day of Passover 5784" was the layout "the last day of
// Chanukah: 8th Day 5766", which wrote "the last day of Chanukah: 5
// Candles 5785" for December 29, 2024.
func countedOccasion(f *parse.Field) bool {
	return f.Kind == layout.Holiday && (f.Shift < 0 || f.Flags&(parse.Counted|parse.LastDay) != 0)
}

// dayOwnEndings are the ordinal endings glued after a day in digits that
// differ by the day (see parse's ordinalEnding): Yiddish's סטן after 20
// and on (and the declined טער, סטער), glued or after a hyphen (26-סטן),
// Bulgarian's -ви, -ри, -ми and -ти, Swedish's :a and :e. Those the reader
// reads as the day's form (see parse's dashOrdinal) are in the day's
// field, not after it; the others are refused: a layout of "26-סטן" wrote
// "2-סטן" for the 2nd. Yiddish's טן, which a page may write after every
// day (26טן, 13-טן), is text.
var dayOwnEndings = [...]string{"סטן", "סטער", "טער", "-סטן", "-סטער", "-טער", "-ти", "-ви", "-ри", "-ми", ":e", ":a"}

// dayOwnEnding returns the span of an ending of dayOwnEndings right after
// a Gregorian day of r, which a layout would write after every day.
func dayOwnEnding(example string, r *parse.Result) (start, end int, ok bool) {
	for i := range r.Fields {
		f := &r.Fields[i]
		if f.Kind != layout.Day || f.End >= len(example) {
			continue
		}
		for _, e := range dayOwnEndings {
			if k := f.End + len(e); strings.HasPrefix(example[f.End:], e) && (k == len(example) || !startsLetter(example[k:])) {
				return f.End, k, true
			}
		}
	}
	return 0, 0, false
}

// startsLetter reports whether s starts with a letter.
func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// compoundDay returns the span of a weekday's name joined to the word
// before it (Fastlagssöndagen, Rosenmontag: see package parse's
// compoundWeekday), if r has one.
func compoundDay(r *parse.Result) (start, end int, ok bool) {
	for i := 1; i < len(r.Fields); i++ {
		f, lit := &r.Fields[i], &r.Fields[i-1]
		if f.Kind != layout.Weekday || lit.Kind != layout.Literal || lit.End != f.Start || lit.End == 0 {
			continue
		}
		if c, _ := utf8.DecodeLastRuneInString(r.Input[:lit.End]); script.IsLatinLetter(c) || script.IsOtherLetter(c) {
			start = strings.LastIndexByte(r.Input[:lit.End], ' ') + 1
			return start, f.End, true
		}
	}
	return 0, 0, false
}

// exampleElements returns the elements of the layout of chosen, the
// reading of example r, whose Hebrew date is h.
func exampleElements(r, chosen *parse.Result, h hebrew.Date) []layout.Element {
	elems := make([]layout.Element, len(chosen.Fields))
	_, hasHY := r.Get(layout.HebrewYear)
	_, hasGY := r.Get(layout.Year)
	_, hasGDay := r.Get(layout.Day)
	for i, f := range chosen.Fields {
		if f.Kind == layout.HebrewMonth && f.Flags&parse.Qualified == 0 && (hasHY || hasGY || hasGDay) &&
			(h.Month == hebrew.Adar || h.Month == hebrew.AdarII) && hebrew.IsLeapYear(h.Year) {
			// A bare Adar in a leap year: the site writes both Adars so.
			// Not where the example names neither a year nor a civil
			// day: the leap year is then only the nearest, not one the
			// site's date shows, and its bare Adar the month's name as
			// a common year writes it ("א דר״ח אדר" writes Adar I and
			// Adar II so named).
			f.Spelling.Adar = hebrew.AdarPlain
		}
		elems[i] = f.Element
	}
	parse.MarkEvening(elems, chosen)
	sameRangeLength(elems, chosen.Fields)
	return elems
}

// weekdayOfEnd returns the index in fields of the end of a range of
// weekdays with one date where the date is the end's, not the start's,
// or -1: "Wed & Thursday, 2 February 2023" is read so (see
// endWeekdayDate), but a layout writes the day's weekday first, as the
// reference day's Monday of "Mon & Tuesday, 2 January 2006": FuzzLayoutOf
// found that layout, which wrote "Thu & Friday, 2 February 2023", the
// weekdays of the day and the next.
func weekdayOfEnd(fields []parse.Field, h hebrew.Date) int {
	if h.IsZero() {
		return -1
	}
	start, end := weekdayPair(fields)
	w := int(h.Weekday())
	if end < 0 || fields[start].Value%7 == w || fields[end].Value%7 != w {
		return -1
	}
	return end
}

// weekdayPair returns the indexes in fields of the start and end of a
// range of weekdays with one date ("Wed & Thursday, 2 February 2023"),
// or -1, -1: a range of days or a night's has weekdays that are its days'.
func weekdayPair(fields []parse.Field) (start, end int) {
	start, end = -1, -1
	for i := range fields {
		switch f := &fields[i]; {
		case f.Flags&parse.RangeEnd != 0 && f.Kind == layout.Day, f.Flags&parse.Night != 0:
			return -1, -1
		case f.Kind == layout.Weekday && f.Flags&parse.RangeEnd != 0 && f.Shift > 0 && f.Flags&parse.NamesNextDay == 0:
			end = i
		case f.Kind == layout.Weekday && f.Flags&parse.RangeEnd == 0 && f.Shift == 0:
			start = i
		}
	}
	if start < 0 || end < 0 {
		return -1, -1
	}
	return start, end
}

// refuseElements refuses a layout whose elements would write other days
// wrong: names that languages share, occasions a language has no names
// for, a numeric date that does not show its padding.
func refuseElements(example string, chosen *parse.Result, elems []layout.Element) error {
	sameLanguage(example, chosen.Fields, elems)
	i, langs := englishByCustom(example, chosen.Fields, elems)
	if i < 0 {
		i, langs = sharedNames(example, chosen.Fields, elems)
	}
	if i >= 0 {
		// "12 oktober 2024" is Dutch's and Swedish's, which write March
		// as maart and mars: a layout of either would write the other's
		// months wrong.
		f := &chosen.Fields[i]
		return &ProblemError{Input: example, err: ErrAmbiguous, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: f.Start, End: f.End,
			Message: quote(example[f.Start:f.End]) + " is a name of " + langs + ", which write other names differently: give its weekday, or write the dateline in a layout of one language"}}
	}
	if i := occasionOverRange(elems); i >= 0 {
		// "Pesach, April 22-30, 2024": a layout writes the range's
		// length on every day, beside that day's occasions, which do
		// not last it ("Chanukah: 3 Candles, December 27-January 4",
		// "March 2-10, 2025" on a day without one).
		f := &chosen.Fields[i]
		return &ProblemError{Input: example, err: ErrLayout, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: f.Start, End: f.End,
			Message: "it names " + quote(example[f.Start:f.End]) + " over a range of days, whose length a layout would write on other days beside occasions that do not last it; give the occasion with one day, or the range without it"}}
	}
	i, lang := occasionsInLang(elems)
	if i >= 0 {
		// The occasions of a language with no names of its own for them
		// would be written in English on other days.
		f := &chosen.Fields[i]
		return &ProblemError{Input: example, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: f.Start, End: f.End,
			Message: "its month and weekday names are " + lang.String() + ", which has no names of occasions of its own: a layout would write " +
				quote(example[f.Start:f.End]) + " on other days in English (Chanukah: 3 Candles); leave the occasion out"}}
	}
	if i := foldedOccasion(example, chosen.Fields, elems, lang); i >= 0 {
		f := &chosen.Fields[i]
		return &ProblemError{Input: example, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: f.Start, End: f.End,
			Message: quote(example[f.Start:f.End]) + " is written as no language's name of the occasion is (only with their accents, as " +
				quote(occasionNames()[f.Value].Text) + "), which does not say in which language a layout would write other days' occasions: write the name as one language does, or give a month's name"}}
	}
	if start, end, ok := parse.UnshownPadding(chosen); ok {
		// 12/28/2024 is written 03/02/2024 on some sites and 3/2/2024
		// on others: a layout that guessed would write one of them
		// wrong, where the example of a day below 10 says which.
		padded, plain := paddings(elems)
		return &ProblemError{Input: example, err: ErrLayout, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: start, End: end,
			Message: "its numeric date does not show whether a day or month below 10 is written with a zero; give a date that shows it, as the reference day in " + quote(padded) + " or " + quote(plain)}}
	}
	return nil
}

// sameLanguage gives the month and weekday names that the parser took for
// English's the language of the layout's other names, where that language
// writes them alike but for their case: "November" of "von 29. November
// bis 6. Dezember 2021" is German's, as its Dezember says, and the layout
// wrote "von 2. January bis 9. Januar 2006", each end's month in another
// language. The first name of a language other than English says which.
func sameLanguage(example string, fields []parse.Field, elems []layout.Element) {
	lang := layout.English
	for i := range elems {
		if e := &elems[i]; (e.Kind == layout.Month || e.Kind == layout.Weekday) && e.Lang != layout.English {
			lang = e.Lang
			break
		}
	}
	if lang == layout.English {
		return
	}
	for i := range elems {
		e := &elems[i]
		if e.Kind != layout.Month && e.Kind != layout.Weekday || e.Lang != layout.English || i >= len(fields) {
			continue
		}
		f := &fields[i]
		if f.End > len(example) || f.Start >= f.End {
			continue
		}
		text, n := example[f.Start:f.End], langName(lang, e.Kind, f.Value, e.Form)
		dotted := strings.HasSuffix(text, ".") || f.End < len(example) && example[f.End] == '.'
		if strings.HasSuffix(n, ".") && !dotted {
			continue // "vr jan 24": English's jan, not Dutch's jan., which would write the dot
		}
		if strings.EqualFold(strings.TrimSuffix(n, "."), strings.TrimSuffix(text, ".")) {
			e.Lang = lang
		}
	}
}

// sharedNames gives the month and weekday names of a layout in a language
// other than English the language that writes them as the example does,
// where the parser took them for a language that writes them alike but
// for their case ("12 oktober 2024", read as German's Oktober, is Dutch's
// or Swedish's), by the example's custom (see customaryLangs) and its
// other words (see parse.LangHint). If several languages write them so,
// and write other names differently (Dutch's maart, Swedish's mars), it
// returns the index of the first name and those languages ("nl, sv"),
// as no layout can write them, even where the parser took one of them,
// as its reading needs no choice between names of one month ("2
// novembre 2024" was French's, and its layout wrote Italian's pages'
// other months in French); otherwise -1. A name is compared as written,
// or in any case where no language writes it so ("OKTOBER" is German's
// too).
func sharedNames(example string, fields []parse.Field, elems []layout.Element) (int, string) {
	var cands uint64
	first, lang := -1, layout.English
	for i := range elems {
		e := &elems[i]
		if e.Kind != layout.Month && e.Kind != layout.Weekday || e.Lang == layout.English || i >= len(fields) ||
			e.Form == layout.Numeric || e.Form == layout.NumericPad {
			continue // no name: "6/11/2011, 6 novembre 2011" is written by its novembre
		}
		f := &fields[i]
		if f.End > len(example) || f.Start >= f.End {
			return -1, ""
		}
		text := strings.TrimSuffix(example[f.Start:f.End], ".")
		dotted := len(text) < f.End-f.Start || f.End < len(example) && example[f.End] == '.'
		if f.Flags&parse.Corrected != 0 {
			// "Doingo", a misspelt Domingo, names what Domingo does: the
			// languages that write it so, Spanish's and Portuguese's. Its
			// layout wrote Spanish's, which writes its own day as
			// "Domingo 1 Nisan", refused as both (found by FuzzLayoutOf).
			text = strings.TrimSuffix(langName(e.Lang, e.Kind, f.Value, e.Form), ".")
		}
		// "pon, 2 jan 2006" is Serbian's pon, not Slovenian's pon., which
		// would write the dot.
		short := e.Form == layout.Short || e.Form == layout.ShortDot
		exact := langsWriting(text, e, f.Value, short && !dotted)
		if e.Kind == layout.Month && e.Form == layout.StandAlone && dayBefore(elems, i) {
			// A month after its day is a date's form, where a language
			// writes it so: "sobota, 02. marec 2024" is Slovenian's
			// (marec), not Slovak's, whose marec is the nominative of a
			// month named alone and whose dates write "2. marca".
			var long uint64
			for _, l := range layout.Langs() {
				if strings.EqualFold(langName(l, e.Kind, f.Value, layout.Long), text) {
					long |= 1 << l
				}
			}
			if exact&long != 0 {
				exact &= long
			}
		}
		if first < 0 {
			first, lang, cands = i, e.Lang, exact
		} else {
			cands &= exact
		}
	}
	if first < 0 || cands == 0 {
		return -1, ""
	}
	cands = customaryLangs(example, fields, cands)
	if l, ok := parse.LangHint(example, fields, cands); ok {
		// Its other words say which: "2 novembre 2024 à 10h" and "2
		// Novembre 2019 - 4 Héshvan 5780" are French's, not Italian's.
		cands = 1 << l
	}
	if cands&(1<<lang) == 0 {
		// Written as other languages write it (oktober, not German's
		// Oktober): theirs, if they write alike.
		for _, l := range layout.Langs() {
			if cands&(1<<l) != 0 {
				lang = l
				break
			}
		}
	}
	var names []string
	for _, l := range layout.Langs() {
		if cands&(1<<l) != 0 && (l == lang || !writesAlike(l, lang, elems, false)) {
			names = append(names, l.String())
		}
	}
	if len(names) > 1 {
		return first, strings.Join(names, ", ")
	}
	for i := range elems {
		if e := &elems[i]; (e.Kind == layout.Month || e.Kind == layout.Weekday) && e.Lang != layout.English {
			e.Lang = lang
		}
	}
	return -1, ""
}

// englishByCustom gives the month and weekday names of a layout that the
// parser took for English's, where every name is, the language that
// writes them as the example does, where the example writes them as
// English does not: with a point after the day before the month's name
// ("22. April 2024" is German's, Danish writes april, and its layout
// wrote "2. January 2006", English's names with German's point, on other
// days), or day first in lower case, as other languages write names that
// English capitalizes ("2 november 2024" is Dutch's or Swedish's, and
// wrote "5 march 2024"; "november 2, 2024" stays English's). If several
// languages write them so and write other names differently, it returns
// the index of the first name and those languages, as sharedNames does;
// otherwise -1.
func englishByCustom(example string, fields []parse.Field, elems []layout.Element) (int, string) {
	dotted := dotBeforeMonth(example, fields)
	if !dotted && !lowerDayFirst(fields, elems) {
		return -1, ""
	}
	cands, first := uint64(1)<<len(layout.Langs())-1, -1
	for i := range elems {
		e := &elems[i]
		if e.Kind != layout.Month && e.Kind != layout.Weekday {
			continue
		}
		if e.Lang != layout.English || i >= len(fields) || fields[i].End > len(example) || fields[i].Start >= fields[i].End {
			return -1, ""
		}
		f := &fields[i]
		text := example[f.Start:f.End]
		if f.Flags&parse.Corrected != 0 {
			// "1 de novembr": the name it was read as, November, which
			// the layout writes and four languages share; the slip,
			// which none writes, let the layout through, and its own
			// dates were then refused.
			name := langName(e.Lang, e.Kind, f.Value, e.Form)
			if text == strings.ToLower(text) {
				name = strings.ToLower(name) // as the example writes it
			}
			text = name
		}
		undotted := !strings.HasSuffix(text, ".") && (f.End >= len(example) || example[f.End] != '.')
		short := e.Form == layout.Short || e.Form == layout.ShortDot
		cands &= langsWriting(strings.TrimSuffix(text, "."), e, f.Value, short && undotted) // see sharedNames
		if first < 0 {
			first = i
		}
	}
	var custom uint64
	for _, l := range layout.Langs() {
		if cands&(1<<l) != 0 && (l.DotsDay() || !dotted) && l != layout.English {
			custom |= 1 << l
		}
	}
	if first < 0 || custom == 0 {
		return -1, ""
	}
	if !dotted {
		// A site may write English's names in lower case: English's too.
		custom |= 1 << layout.English
	}
	cands = customaryLangs(example, fields, custom)
	var langs []layout.Lang
	for _, l := range layout.Langs() {
		if cands&(1<<l) != 0 && (len(langs) == 0 || !writesAlike(l, langs[0], elems, true)) {
			langs = append(langs, l)
		}
	}
	if len(langs) > 1 {
		names := make([]string, len(langs))
		for k, l := range langs {
			names[k] = l.String()
		}
		return first, strings.Join(names, ", ")
	}
	for i := range elems {
		if e := &elems[i]; e.Kind == layout.Month || e.Kind == layout.Weekday {
			e.Lang = langs[0]
		}
	}
	return -1, ""
}

// langsWriting returns the set of languages (bit l for layout.Lang l)
// that write e's name of value v as text, its point aside: those that
// write it so, or, where none does, those that write it so but for its
// case ("OKTOBER" is German's, Dutch's and Swedish's). Where undotted, a
// language whose name has a point is none of them, as its layout would
// write the point the example lacks.
func langsWriting(text string, e *layout.Element, v int, undotted bool) uint64 {
	var exact, folded uint64
	for _, l := range layout.Langs() {
		name := langName(l, e.Kind, v, e.Form)
		if undotted && strings.HasSuffix(name, ".") {
			continue
		}
		n := strings.TrimSuffix(name, ".")
		switch {
		case n == text:
			exact |= 1 << l
		case strings.EqualFold(n, text):
			folded |= 1 << l
		}
	}
	if exact == 0 {
		return folded
	}
	return exact
}

// occasionOverRange returns the index of the first occasion of a layout
// that has a range of days too (a day shifted after the dateline's, of
// either calendar), or -1.
func occasionOverRange(elems []layout.Element) int {
	holiday, ranged := -1, false
	for i := range elems {
		switch e := &elems[i]; e.Kind {
		case layout.Holiday:
			if holiday < 0 {
				holiday = i
			}
		case layout.Day, layout.HebrewDay:
			ranged = ranged || e.Shift > 0
		}
	}
	if !ranged {
		return -1
	}
	return holiday
}

// lowerDayFirst reports whether an example writes a month's name after
// its day, and every month and weekday name the parser took for
// English's in lower case, where English capitalizes them ("2 april
// 2024").
func lowerDayFirst(fields []parse.Field, elems []layout.Element) bool {
	day, lower := false, false
	for i := range elems {
		e := &elems[i]
		switch {
		case e.Kind == layout.Day:
			day = true
		case e.Kind != layout.Month && e.Kind != layout.Weekday:
		case e.Lang != layout.English || e.Case != layout.Lower || i >= len(fields) || e.Kind == layout.Month && !day:
			return false
		default:
			lower = true
		}
	}
	return lower
}

// dotBeforeMonth reports whether the example writes a day with a point
// right before a month's name: "22. April".
func dotBeforeMonth(example string, fields []parse.Field) bool {
	for i := 0; i+2 < len(fields); i++ {
		if fields[i].Kind == layout.Day && fields[i+1].Kind == layout.Literal && fields[i+2].Kind == layout.Month &&
			strings.HasPrefix(example[fields[i].End:], ".") {
			return true
		}
	}
	return false
}

// dayBefore reports whether a day comes before elems[i] in the layout.
func dayBefore(elems []layout.Element, i int) bool {
	for _, e := range elems[:i] {
		if e.Kind == layout.Day {
			return true
		}
	}
	return false
}

// writesAlike reports whether languages a and b write every month and
// weekday that elems name alike, in their forms; english says whether
// the names the parser took for English's count.
func writesAlike(a, b layout.Lang, elems []layout.Element, english bool) bool {
	for i := range elems {
		e := &elems[i]
		if e.Kind != layout.Month && e.Kind != layout.Weekday || !english && e.Lang == layout.English {
			continue
		}
		lo, hi := 1, 12
		if e.Kind == layout.Weekday {
			lo, hi = 0, 6
		}
		for v := lo; v <= hi; v++ {
			if !strings.EqualFold(langName(a, e.Kind, v, e.Form), langName(b, e.Kind, v, e.Form)) {
				return false
			}
		}
	}
	return true
}

// customaryLangs narrows cands, the languages that write a layout's
// names alike, to those whose custom the example follows around its day
// and year, where some do: a point after the year (Serbian's "02.
// januar 2006.", not Norwegian's or Danish's "2. januar 2006"; see
// layout.Lang.DotsYear) and the word before the day (Danish's "mandag
// den 2. januar", not Norwegian's "mandag 2. januar"; see
// layout.Lang.DayArticle), a point after the day before the month
// (Norwegian's "2. mars", not French's or Swedish's "2 mars"; see
// layout.Lang.DotsDay) and the word before the month (Catalan's "2 de
// novembre", not French's or Italian's "2 novembre"; see
// layout.Lang.MonthPreposition), as CLDR's full date of each writes them,
// and a day's ordinal ending that one language writes (Swedish's "20:e").
// The article is looked for only after a weekday, where CLDR writes it:
// Danish writes "2. januar 2006" without it too, as Norwegian does.
func customaryLangs(example string, fields []parse.Field, cands uint64) uint64 {
	year, day, weekday, month, monthDay := -1, -1, -1, -1, -1
	for i := range fields {
		switch f := &fields[i]; f.Kind {
		case layout.Year:
			year = i
		case layout.Day:
			day = i
			if l, ok := ordinalLangs[f.Form]; ok && cands&(1<<l) != 0 {
				return 1 << l // "20:e september 2024" is Swedish's
			}
		case layout.Weekday:
			weekday = i
		case layout.Month:
			if month < 0 && f.Form != layout.Numeric && f.Form != layout.NumericPad {
				month, monthDay = i, day // its name, and the day before it
			}
		}
	}
	if month >= 0 && (monthDay < 0 || fields[month].Start > len(example) || fields[monthDay].End >= len(example)) {
		month = -1 // no preposition, nor the day's point, to look for
	}
	dotted := month >= 0 && example[fields[monthDay].End] == '.'
	if weekday < 0 || weekday > day {
		day = -1 // no article to look for
	}
	var kept uint64
	for _, l := range layout.Langs() {
		if cands&(1<<l) == 0 {
			continue
		}
		if y := year; y >= 0 && fields[y].End <= len(example) {
			if dot := fields[y].End < len(example) && example[fields[y].End] == '.'; dot != l.DotsYear() {
				continue
			}
		}
		if d := day; d >= 0 && fields[d].Start <= len(example) {
			if a := l.DayArticle(); a != "" && !hasWordBefore(example, fields[d].Start, a) ||
				a == "" && cands&^(1<<l) != 0 && articleBefore(example, fields[d].Start, cands) {
				continue
			}
		}
		if m := month; m >= 0 {
			if dotted != l.DotsDay() {
				continue // "2 mars 2024" is French's or Swedish's, not Norwegian's "2. mars 2024"
			}
			if p := l.MonthPreposition(); p != "" && !prepositionBefore(example, fields[m].Start, l) ||
				p == "" && cands&^(1<<l) != 0 && monthPrepositionBefore(example, fields[m].Start, cands) {
				continue
			}
		}
		kept |= 1 << l
	}
	if kept == 0 {
		return cands
	}
	return kept
}

// ordinalLangs are the forms of a day's ordinal ending that one language
// writes, by the language.
var ordinalLangs = map[layout.Form]layout.Lang{
	layout.OrdinalDash: layout.Bulgarian, layout.OrdinalYiddish: layout.Yiddish, layout.OrdinalColon: layout.Swedish,
}

// prepositionBefore reports whether language l's month preposition (see
// layout.Lang.MonthPreposition), and a space, come just before the month
// at example[i:], or, in Catalan, the preposition elided before it
// ("d'abril", "d’octubre").
func prepositionBefore(example string, i int, l layout.Lang) bool {
	if hasWordBefore(example, i, l.MonthPreposition()) {
		return true
	}
	if l != layout.Catalan {
		return false
	}
	for _, e := range [...]string{"d'", "d’"} {
		if j := i - len(e); j >= 0 && strings.EqualFold(example[j:i], e) && (j == 0 || example[j-1] == ' ') {
			return true
		}
	}
	return false
}

// monthPrepositionBefore reports whether the word before the month at
// example[i:] is the month's preposition of a language of cands.
func monthPrepositionBefore(example string, i int, cands uint64) bool {
	for _, l := range layout.Langs() {
		if cands&(1<<l) != 0 && l.MonthPreposition() != "" && prepositionBefore(example, i, l) {
			return true
		}
	}
	return false
}

// hasWordBefore reports whether word w, and a space, come just before
// example[i:].
func hasWordBefore(example string, i int, w string) bool {
	j := i - len(w) - 1
	return j >= 0 && example[i-1] == ' ' && strings.EqualFold(example[j:i-1], w) && (j == 0 || example[j-1] == ' ')
}

// articleBefore reports whether the word before the day at example[i:]
// is the day's article of a language of cands.
func articleBefore(example string, i int, cands uint64) bool {
	for _, l := range layout.Langs() {
		if a := l.DayArticle(); cands&(1<<l) != 0 && a != "" && hasWordBefore(example, i, a) {
			return true
		}
	}
	return false
}

// langName is how language l writes a month or weekday (kind) of value v
// in form f.
func langName(l layout.Lang, kind layout.Kind, v int, f layout.Form) string {
	if kind == layout.Weekday {
		return l.WeekdayName(v, f)
	}
	return l.MonthName(v, f)
}

// foldedOccasion returns the index of an occasion of the example whose
// name no language writes as it is written, but one only with its accents
// ("Simchat Tora", Portuguese's "Simchat Torá" folded), where no month or
// weekday name says the language (lang is English): the reader took that
// language's, which a layout would write other days' occasions in on a
// guess (a German page's "Simchat Tora" wrote "Chanucá: 3 velas"). It
// returns -1 where every occasion is written as some language writes it.
func foldedOccasion(example string, fields []parse.Field, elems []layout.Element, lang layout.Lang) int {
	if lang != layout.English {
		return -1
	}
	names := occasionNames()
	for i := range elems {
		e := &elems[i]
		if e.Kind != layout.Holiday || e.Spelling.Family == hebrew.Hebcal || e.Spelling.Family.IsHebrew() || i >= len(fields) {
			continue
		}
		f := &fields[i]
		if f.Value < 0 || f.Value >= len(names) || f.End > len(example) {
			continue
		}
		// Written without the accents of the name read: an accent the
		// text has ("Janucá" read as Spanish's "Januca") says the
		// language, one it lacks does not.
		text := example[f.Start:f.End]
		if script.IsASCII(text) && !script.IsASCII(names[f.Value].Text) && !slices.ContainsFunc(names, func(n occasion.Name) bool { return strings.EqualFold(n.Text, text) }) {
			return i
		}
	}
	return -1
}

// occasionsInLang writes the occasions and portions of a layout whose
// month or weekday names are in a language other than English in that
// language's names of them (see its Family), as a layout's In
// does: an example of one language writes every day in it, where the
// occasion's name that it shares with English ("sábado 12 de octubre de
// 2024, Yom Kippur", hebcal's Spanish and English name alike) or a
// spelling of another language chose English's names, and so
// "Chanukah: 3 Candles" in a Spanish dateline. A language with no names of
// its own for occasions (Italian, Turkish, ...: hebcal's English ones, see
// package format's Lang) cannot write them: it returns the index of the first
// occasion and the language, or -1.
func occasionsInLang(elems []layout.Element) (int, layout.Lang) {
	lang := layout.English
	for i := range elems {
		e := &elems[i]
		if (e.Kind == layout.Month || e.Kind == layout.Weekday) && e.Lang != layout.English {
			if lang != layout.English && lang != e.Lang {
				return -1, lang // mixed: each name keeps its own
			}
			lang = e.Lang
		}
	}
	if lang == layout.English {
		return -1, lang
	}
	fam := lang.Family()
	for i := range elems {
		e := &elems[i]
		switch {
		case e.Kind != layout.Holiday && e.Kind != layout.Portion:
		case e.Spelling.Family.IsHebrew():
			// A Hebrew-script occasion stays one, Yiddish's too.
		case fam == hebrew.Hebcal:
			if e.Kind == layout.Holiday {
				return i, lang
			}
			// A portion's name is Hebrew's: Parashat Vayigash.
		default:
			e.Spelling = hebrew.Spelling{Family: fam, Prefix: e.Spelling.Prefix}
		}
	}
	return -1, lang
}

// sameRangeLength gives a layout's Gregorian range the length of its
// Hebrew one where the example's civil range starts on the evening
// before (October 21-28 | 2-8 Cheshvan, printed after sunset): the
// layout writes a range of the same days in both calendars, and a day
// written after sunset advances the Hebrew range as a whole.
func sameRangeLength(elems []layout.Element, fields []parse.Field) {
	civil, heb := -1, -1
	for i := range fields {
		f := &fields[i]
		if f.Flags&parse.RangeEnd == 0 {
			continue
		}
		switch f.Kind {
		case layout.Day:
			civil = i
		case layout.HebrewDay:
			heb = i
		}
	}
	if civil < 0 || heb < 0 || elems[civil].Shift != elems[heb].Shift+1 {
		return
	}
	for i := range fields {
		if f := &fields[i]; f.Flags&parse.RangeEnd != 0 && (f.Kind == layout.Day || f.Kind == layout.Month) {
			elems[i].Shift = elems[heb].Shift
		}
	}
}

// paddings returns the layout strings of elems with the days and months
// of its numeric date padded (01/02/2006) and plain (1/2/2006).
func paddings(elems []layout.Element) (padded, plain string) {
	pad := slices.Clone(elems)
	for i := range elems {
		switch e := &elems[i]; {
		case e.Kind == layout.Month && (e.Form == layout.Numeric || e.Form == layout.NumericPad):
			e.Form, pad[i].Form = layout.Numeric, layout.NumericPad
		case e.Kind == layout.Day && (e.Form == layout.Plain || e.Form == layout.Padded):
			e.Form, pad[i].Form = layout.Plain, layout.Padded
		}
	}
	return layout.New(pad...).String(), layout.New(elems...).String()
}

// referenceYear reports whether r states the reference day's year, 2006
// (06), or no Gregorian year: only then can its numeric date be the
// reference day, January 2, written day first or month first. "1.2.00"
// is January 2 or February 1 of 2000, and ambiguous.
func referenceYear(r *parse.Result) bool {
	y, ok := r.Get(layout.Year)
	return !ok || y.Value == 2006 || y.Form == layout.TwoDigit && y.Value == 6
}

// forceReading returns the option that reads an ambiguous numeric date day
// first (or month first).
func forceReading(dayFirst bool) Option {
	if dayFirst {
		return DayFirst()
	}
	return MonthFirst()
}

// Compile compiles a layout string as [Dateline.Format] reads it: a
// layout written for the reference day, Monday, January 2, 2006 at
// 15:04:05 MST, which is 2 Tevet 5766 (a preset of package format, a
// layout of package time such as time.RFC3339, or one of your own), or a
// consistent dateline of any other day, read as [LayoutOf] reads it. Text
// around the datelines in it is kept as it is.
//
// It fails, with an error wrapping [ErrLayout] that names the part and
// its byte offset, when a part of the reference day would be kept as
// literal text and written unchanged on every day: a layout that is only
// partly understood is refused rather than written wrong. So is a numeric
// date that does not show whether a day or month below 10 is padded
// (12/28/2024; see [LayoutOf]), and, with an error wrapping
// [ErrAmbiguous], a dateline whose numeric date does not show its order
// (03/04/2024, 01/01/2024) or whose names are several languages' that
// write other names differently ("12 oktober 2024", "2. januar 2006").
//
// A layout whose names are another language's than English knows which
// months they write as text that reads back as another day or as none
// (see format.Layout.In): Turkish's "2 Ocak 2006" writes April 3, 2020
// as "3 Nisan 2020", Nisan the Hebrew month too. Its Validate refuses
// their days, and Dateline.Format writes no text for them. To know which
// days those are, Compile reads back a day of each combination of names
// the layout writes (1-10 ms, once); its Format reads back the days whose
// names could read as another day, and writes the others as an English
// layout's.
//
// Compiled layouts are cached, as Dateline.Format's are: a layout string
// compiled again costs a lookup. The command compiled its layout once
// for each day it wrote with --occasions, and a layout in another
// language costs some milliseconds to compile (see CheckNames).
func Compile(layout string) (format.Layout, error) {
	l, err := compile(layout)
	return public(l), err
}

// CompileIn is Compile for a layout string in language lang: a layout
// whose names several languages write alike, which Compile refuses with
// an error wrapping [ErrAmbiguous], is compiled with lang's names, as
// lang writes them. Each language's own layouts, such as Swedish's and
// Dutch's "2 januari 2006, 15:04" ([format.Lang.Layout] without its
// weekday, and the time), are such strings: Swedish writes March mars,
// Dutch maart, and Compile cannot say which is meant. A layout that
// another language's names, or English's, make plain is compiled as
// Compile compiles it, and so is any error other than ErrAmbiguous: the
// language chooses between readings, and never reads a layout that
// reads otherwise.
func CompileIn(layout string, lang format.Lang) (format.Layout, error) {
	l, err := compileIn(layout, langOf(lang))
	return public(l), err
}

// langOf returns the layout package's Lang of lang.
func langOf(lang format.Lang) layout.Lang { return layout.Lang(lang) }

// A langKey is the cache's key of a layout string compiled in a language
// (see compileIn): the string alone is the key of Compile's layout.
type langKey struct {
	lang layout.Lang
	s    string
}

// compileIn is CompileIn, cached as compile is. The layout of s in lang
// is built from the layout of s with lang's January and Monday written
// in English ("2 January 2006, 15:04", which reads one way), in lang's
// names (see layout.Layout.In), and is taken only if it writes s itself
// for the reference day: Danish's "2. januar 2006, 15:04" is "2. January
// 2006, 15:04" in Danish. Before, the command refused --lang sv, nl, da
// and nb with --layout published, the languages' own layouts.
func compileIn(s string, lang layout.Lang) (layout.Layout, error) {
	l, err := compile(s)
	if !errors.Is(err, ErrAmbiguous) || lang == layout.English {
		return l, err
	}
	key := langKey{lang, s}
	if v, ok := layouts.Load(key); ok {
		c := v.(compiled)
		return c.l, c.err
	}
	c := compiled{l, err}
	// The names of each form: the abbreviations too, as "2 jan. 2006"
	// writes them (Dutch's, Portuguese's, Hungarian's and Swedish's
	// jan.), which --lang nl, pt and hu refused as several languages'.
	for _, f := range [...]layout.Form{layout.Long, layout.ShortDot, layout.Short} {
		en := strings.ReplaceAll(s, lang.MonthName(1, f), layout.English.MonthName(1, f))
		en = strings.ReplaceAll(en, lang.WeekdayName(1, f), layout.English.WeekdayName(1, f))
		if e, eerr := compile(en); eerr == nil && en != s {
			if in := e.In(lang); in.String() == s {
				c = compiled{in, nil}
				break
			}
		}
	}
	storeCompiled(key, c)
	return c.l, c.err
}

// The engine reads back what layouts in other languages write (see
// layout.Layout.CheckNames).
func init() { layout.ReadsBack = readsBack }

// readsBack reports whether l writes t and h as text that Check, with t
// as the reference and in t's location, reads with no error as t's day,
// and whether it reads so plainly: with no problem but the year it
// inferred, where a word of two meanings ("tor.", Slovenian's Tuesday and
// Danish's Thursday) or a year far from t's says that another day's text
// of the same names might read as another day (see layout's nameTable).
// It reads with a cache of its own, as a text read first is: the
// package's cache reads a text in a layout read before it, and "marca 2,
// 2024", no dateline read first, read as March 2 after "March 2, 2024".
func readsBack(l layout.Layout, t time.Time, h hebrew.Date) (reads, plainly bool) {
	o := makeOptions([]Option{Reference(t), In(t.Location())})
	o.cache = new(readCache)
	r := check(l.Format(t, h), &o)
	got := r.Dateline.Time.In(t.Location())
	if !r.OK() || got.Year() != t.Year() || got.YearDay() != t.YearDay() {
		return false, false
	}
	for _, p := range r.Problems {
		if p.Code != CodeYearInferred {
			return true, false
		}
	}
	return true, true
}

// compileLayout is Compile, with the layout the reader compiles.
func compileLayout(s string) (layout.Layout, error) {
	l, _, err := layoutOfOnce(s) // layoutOf's own check compiles layouts: not again here
	switch {
	case err == nil:
		if part, ok := occasionLeftLiteral(l); ok {
			return layout.Layout{}, leftLiteralError(s, part)
		}
		return l, nil
	case errors.Is(err, ErrAmbiguous), errors.Is(err, ErrLayout):
		// A dateline of another day that reads both ways (03/04/2024),
		// or shows no order (01/01/2024): read as a layout of the
		// reference day, it would be written in one order of the two;
		// and names of several languages, which it would write in one
		// of them ("12 oktober 2024" wrote "2 märz 2024").
		return layout.Layout{}, err
	}
	if r, perr := parse.Parse(s); perr == nil {
		if err := refuseWords(s, &r); err != nil {
			// Rosenmontag: compiled as a layout string, it would write
			// "Rosenmittwoch".
			err.err = ErrLayout
			return layout.Layout{}, err
		}
	} else if l, ok, err := compileAround(s); ok {
		if part, counted := countedLeftLiteral(l); counted && err == nil {
			return layout.Layout{}, countedLiteralError(s, part)
		}
		return l, err
	}
	l, err = parse.Compile(s)
	if err == nil {
		if lit, ok := dayLeftLiteral(l); ok {
			return layout.Layout{}, &ProblemError{Input: s, err: ErrLayout, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: 0, End: len(s),
				Message: "its " + quote(lit) + " is not read as the day of the month, and would be written as it is for every day: " +
					"give the day its month (\"Monday, January 2nd\")"}}
		}
		if part, ok := referenceLeftLiteral(l); ok {
			return layout.Layout{}, leftLiteralError(s, part)
		}
		if start, end, ok := hebrewYearAsCivil(s); ok {
			return layout.Layout{}, &ProblemError{Input: s, err: ErrLayout, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: start, End: end,
				Message: "its " + quote(s[start:end]) + " is the reference day's Hebrew year, 5766, read as the year of a Gregorian date, " +
					"which would write the Gregorian year: a numeric Hebrew date is no layout (write its month's name, \"2 Tevet 5766\")"}}
		}
		if num, ok := monthNumberAlone(l); ok {
			return layout.Layout{}, &ProblemError{Input: s, err: ErrLayout, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: 0, End: len(s),
				Message: "its " + quote(num) + " stands apart from a numeric date's day and year, and would be written as the month: " +
					"a week's or an issue's number is no part of a layout (write the month with its day or year, \"01/02/2006\", \"2006-01\")"}}
		}
		if err := zmanLeftOut(s, l); err != nil {
			return layout.Layout{}, err
		}
	}
	return l, err
}

// dayLeftLiteral returns a number of one or two digits standing as a
// word (2, 2nd) in a literal of layout l, where l
// writes a weekday or a Hebrew day but no Gregorian day, or a Gregorian
// year alone: "Monday the 2nd" and "2 | 2 Tevet" compiled with the day
// as text, and wrote "Tuesday the 2nd" for December 31, and "2006-W1-1",
// an ISO week date, wrote "2024-W1-1" for every day of 2024 (found trying
// the command as an adversary). A monthly masthead's numbers ("Vol. 12 No. 3 | Cheshvan
// 5784") are its own.
func dayLeftLiteral(l layout.Layout) (string, bool) {
	if l.Has(layout.Day) || !l.Has(layout.Weekday) && !l.Has(layout.HebrewDay) && (!l.Has(layout.Year) || l.Has(layout.Month)) {
		return "", false
	}
	for n := range literalNumbers(l) {
		t, k := n.text, n.end
		for k < len(t) && t[k] >= 'a' && t[k] <= 'z' {
			k++ // 2nd
		}
		if n.end-n.start <= 2 && (k == len(t) || !isAlnum(t[k])) {
			return t[n.start:k], true
		}
	}
	return "", false
}

// A literalNumber is a run of digits that starts a word in a literal's
// text: text[start:end].
type literalNumber struct {
	text       string
	start, end int
}

// literalNumbers yields the runs of digits that start a word in the
// literals of layout l.
func literalNumbers(l layout.Layout) iter.Seq[literalNumber] {
	return func(yield func(literalNumber) bool) {
		for _, e := range l.Elements() {
			if e.Kind != layout.Literal {
				continue
			}
			t := e.Text
			for i := 0; i < len(t); i++ {
				if !script.IsDigit(t[i]) || i > 0 && isAlnum(t[i-1]) {
					continue
				}
				j := i
				for j < len(t) && script.IsDigit(t[j]) {
					j++
				}
				if !yield(literalNumber{t, i, j}) {
					return
				}
				i = j
			}
		}
	}
}

// referenceLeftLiteral returns a part of the reference day that layout
// l keeps as text, and true: minutes without their hour ("January 2,
// 2006 15 04" wrote 9:05 pm as "15 05", and "January 15:04", whose 15 was
// read as the day, wrote "March 2:04"), the year 2006 or 5766 in digits
// ("2 Tevet 05766"), Roman numerals (MMVI), the hour of an o'clock, or
// the Hebrew year by its letters' names where no letter-named day reads
// it ("January 2, 2006 | Tof Shin Samech Vav"); each was written
// unchanged on every day (found trying the command as an adversary).
func referenceLeftLiteral(l layout.Layout) (string, bool) {
	if l.Has(layout.Minute) && !l.Has(layout.Hour) {
		return "04", true
	}
	if part, ok := clockLeftLiteral(l); ok {
		return part, true
	}
	for n := range literalNumbers(l) {
		t, i, j := n.text, n.start, n.end
		if y := strings.TrimLeft(t[i:j], "0"); (y == "2006" || y == "5766") && (j == len(t) || !isAlnum(t[j])) {
			return t[i:j], true
		}
		if rest := strings.TrimLeft(t[j:], " "); j-i <= 2 && strings.HasPrefix(rest, "o'clock") {
			return t[i:len(t)-len(rest)] + "o'clock", true
		}
	}
	if part, ok := occasionLeftLiteral(l); ok {
		return part, true
	}
	es := l.Elements()
	for i, e := range es {
		if e.Kind != layout.Literal {
			continue
		}
		t := e.Text
		if i > 0 && es[i-1].Kind == layout.Omer {
			// The count's own words after it, "2nd day of the Omer",
			// "Day 2 of the Omer", which the writer leaves out with it
			// outside the season: they were refused as the count of a
			// number of its own since "of the omer" was added below.
			t = t[max(layout.OmerTail(t), layout.OmerOf(t)):]
		}
		lower := strings.ToLower(t)
		for _, w := range referenceDayNames {
			if k := strings.Index(lower, w); k >= 0 && (k == 0 || !isAlnum(t[k-1])) {
				return t[k : k+len(w)], true
			}
		}
	}
	return "", false
}

// clockLeftLiteral returns the minutes of a clock that layout l keeps as
// text, a colon and two digits starting a literal, after a field: in
// "January 15:04" the 15 was read as a day of another day than the
// reference's, and ":04" kept as the text after it, which wrote "March
// 2:04" for every time of March 2 (found trying the command as an
// adversary).
//
// So does a day glued by a colon to a clock after it: "January 15:04:05"
// read its 15 as the day and "04:05" as the clock, and wrote "March
// 2:18:30".
func clockLeftLiteral(l layout.Layout) (string, bool) {
	es := l.Elements()
	for i := 0; i+2 < len(es); i++ {
		if es[i].Kind == layout.Day && es[i+1].Kind == layout.Literal && strings.HasPrefix(es[i+1].Text, ":") &&
			(es[i+2].Kind == layout.Hour || es[i+2].Kind == layout.Minute) {
			return layout.New(es[i : i+3]...).String(), true
		}
	}
	for n := range literalNumbers(l) {
		t, i, j := n.text, n.start, n.end
		if i == 1 && t[0] == ':' && j-i == 2 {
			return t[:j], true
		}
	}
	return "", false
}

// occasionLeftLiteral returns the text beside an occasion of layout l
// that names the reference day's, the eighth day of Chanukah, and would
// be written on every day: its number after the occasion ("2 Tevet 5766
// · Chanukah 8" wrote "25 Kislev 5785 · Chanukah: 2 Candles 8", and "22
// Adar I 5784 8" on a day of no occasion) or its name before it ("Zot
// Chanukah" wrote "Zot Chag HaBanot, …"; found trying the command as an
// adversary).
func occasionLeftLiteral(l layout.Layout) (string, bool) {
	es := l.Elements()
	for i, e := range es {
		if e.Kind != layout.Literal {
			continue
		}
		if i > 0 && es[i-1].Kind == layout.Holiday {
			if d := strings.TrimLeft(e.Text, " :"); d != "" && script.IsDigit(d[0]) {
				return strings.TrimSpace(e.Text), true
			}
		}
		if w := strings.Fields(strings.ToLower(e.Text)); len(w) > 0 && (w[len(w)-1] == "zot" || w[len(w)-1] == "zos") && i+1 < len(es) && es[i+1].Kind == layout.Holiday {
			return w[len(w)-1], true
		}
	}
	return "", false
}

// referenceDayNames are names of the reference day, 2 Tevet 5766, that a
// layout leaves as text where no word before them makes them a field: its
// week's portion without "Parashat" ("2 Tevet 5766 · Vayigash"), the
// Omer's count by a number of its own ("Day 2 of the Omer", "ספירת
// העומר: 2"), where "Omer: day 2" is the count's field, and its year by
// the names of its letters (Shin Samech, after Tof) or in Roman numerals
// (MMVI). Each was written unchanged on every
// day (found trying the command as an adversary). In lower case.
var referenceDayNames = [...]string{"vayigash", "vayiggash", "vayigosh", "ויגש", "of the omer", "העומר",
	"shin samech", "shin-samech", "shin samekh", "shin-samekh", "mmvi"}

// hebrewYearAsCivil returns the span of a Gregorian year that layout
// string s states as 5766, the reference day's Hebrew year: "Jan 2 |
// 2.10.5766", 2 Tevet 5766 with its month's number, read 5766 as the
// year of a numeric Gregorian date and wrote "Dec 31 | 12.31.2024",
// which no reader takes (found trying the command as an adversary).
func hebrewYearAsCivil(s string) (start, end int, ok bool) {
	for _, r := range parse.LayoutReadings(s) {
		for _, f := range r.Fields {
			if f.Kind == layout.Year && f.Value == 5766 {
				return f.Start, f.End, true
			}
		}
	}
	return 0, 0, false
}

// leftLiteralError is Compile's error for layout string s, which keeps
// part, a part of the reference day, as text.
// countedLeftLiteral returns the words of layout l, in a language beyond
// English, that count the day of the occasion after them, and would be
// written on every day: "второй день Хануки 5785", compiled around its
// occasion, wrote "второй день Ханука: 3 Свечи 5785" for Chanukah's
// third day (see parse.CountedWordsBefore; English's are the parser's,
// which refuseWords refuses).
func countedLeftLiteral(l layout.Layout) (string, bool) {
	es := l.Elements()
	for i := 0; i+1 < len(es); i++ {
		if e := es[i]; e.Kind == layout.Literal && es[i+1].Kind == layout.Holiday {
			if o, _, ok := parse.CountedWordsBefore(e.Text, len(e.Text)); ok {
				return strings.TrimSpace(e.Text[o:]), true
			}
		}
	}
	return "", false
}

// countedLiteralError is the error of a layout whose words count the day
// of its occasion (see countedLeftLiteral).
func countedLiteralError(s, part string) *ProblemError {
	return &ProblemError{Input: s, err: ErrLayout, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: 0, End: len(s),
		Message: "its " + quote(part) + " names one day of the occasion by its number, which a layout would write on other days too; leave it out"}}
}

func leftLiteralError(s, part string) *ProblemError {
	return &ProblemError{Input: s, err: ErrLayout, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: 0, End: len(s),
		Message: "its " + quote(part) + " is a part of the reference day that is not read as one, and would be written as it is for every day"}}
}

// julianLost reports whether layout l writes a day or month in the
// Julian calendar that its string, read back, does not: an Old Style
// date in brackets that no marker names, "7 November 1917 (25 October)",
// is told from the New Style one by its days, and its layout, "2 January
// 2006 (2 January)", wrote the New Style date twice (found trying the
// command as an adversary).
func julianLost(l layout.Layout) bool {
	return writesJulian(l) && !writesJulian(parse.Layout(l.String()))
}

// writesJulian reports whether layout l writes a day or month in the
// Julian calendar.
func writesJulian(l layout.Layout) bool {
	for _, e := range l.Elements() {
		if (e.Kind == layout.Day || e.Kind == layout.Month) && e.Calendar == layout.Julian {
			return true
		}
	}
	return false
}

// monthNumberAlone returns the month of layout l, and true, where l
// writes it as a number that no numeric day or year stands beside, with at most a separator
// between: "2006-W01-1", an ISO week date, and "January 2, 2006 (week
// 01)" compiled the week's 01 as the reference day's month and wrote
// "2024-W03-1" and "(week 03)" for March 2, 2024, in ISO week 9 (found
// trying the command as an adversary). A month's number is written in a
// numeric date, "01/02/2006", "2006-01", "01.2006".
func monthNumberAlone(l layout.Layout) (string, bool) {
	es := l.Elements()
	for i, e := range es {
		if e.Kind == layout.Month && (e.Form == layout.Numeric || e.Form == layout.NumericPad) &&
			!numericBeside(es, i, -1) && !numericBeside(es, i, 1) {
			return layout.New(e).String(), true
		}
	}
	return "", false
}

// numericBeside reports whether the element next to es[i] in direction
// dir, after a literal of separators if there is one, is a day or year
// written in digits.
func numericBeside(es []layout.Element, i, dir int) bool {
	j := i + dir
	if j >= 0 && j < len(es) && es[j].Kind == layout.Literal && len(es[j].Text) <= 3 &&
		strings.Trim(es[j].Text, " /.-,") == "" {
		j += dir
	}
	if j < 0 || j >= len(es) {
		return false
	}
	switch e := es[j]; e.Kind {
	case layout.Day:
		return e.Form == layout.Plain || e.Form == layout.Padded || e.Form == layout.SpacePadded
	case layout.Year:
		return e.Form == layout.Plain || e.Form == layout.TwoDigit
	}
	return false
}

// compileAround compiles a layout whose datelines of days other than the
// reference day stand in text ("Published: 12 oktober 2024"), each as
// LayoutOf learns it, with its refusals, and the text around them kept as
// it is: compiled as a layout string, each was read alone, and
// "Published: 12 oktober 2024" wrote German's "märz", "den 20 september
// 2024" English's "march". ok is false for a layout whose datelines are
// the reference day's, or none, which parse.Compile compiles.
func compileAround(s string) (l layout.Layout, ok bool, err error) {
	rs := parse.LayoutReadings(s)
	var elems []layout.Element
	pos := 0
	for i := range rs {
		sub := s[rs[i].Start:rs[i].End]
		if len(rs[i].Fields) == 0 || parse.Layout(sub).String() == sub {
			return layout.Layout{}, false, nil // the reference day's: a layout string
		}
		ex, _, err := layoutOfOnce(sub)
		if err != nil {
			var pe *ProblemError
			if errors.As(err, &pe) {
				shifted := *pe
				shifted.Input = s
				shifted.Problem.Start += rs[i].Start
				shifted.Problem.End += rs[i].Start
				return layout.Layout{}, true, &shifted
			}
			return layout.Layout{}, true, err
		}
		if rs[i].Start > pos {
			elems = append(elems, layout.Lit(s[pos:rs[i].Start]))
		}
		elems = append(elems, ex.Elements()...)
		pos = rs[i].End
	}
	if len(rs) == 0 {
		return layout.Layout{}, false, nil
	}
	if pos < len(s) {
		elems = append(elems, layout.Lit(s[pos:]))
	}
	l = layout.New(elems...)
	if part, ok := clockLeftLiteral(l); ok {
		return layout.Layout{}, true, &ProblemError{Input: s, err: ErrLayout, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: 0, End: len(s),
			Message: "its " + quote(part) + " is a clock's minutes after a date, not read as a time, and would be written as it is for every time: " +
				"write the hour with them (\"January 2 15:04\")"}}
	}
	if part, ok := occasionLeftLiteral(l); ok {
		return layout.Layout{}, true, leftLiteralError(s, part)
	}
	if ref := l.String(); parse.Layout(ref).String() != ref {
		// "יום  כ מרץ" writes "יום  ב ינואר", which reads as Monday,
		// January: a layout that does not read as itself.
		return layout.Layout{}, true, &ProblemError{Input: s, err: ErrLayout, Problem: Problem{Code: CodeSyntax, Severity: Error, Start: 0, End: len(s),
			Message: "its layout, written for the reference day, is " + quote(ref) + ", which reads as another layout; put a space or a word between its parts"}}
	}
	return l, true, nil
}

// orderUnshown reports whether r has a numeric date written with slashes
// or dashes, not year first, whose day is its month (01/01/2024, 12/12),
// which reads as one day but shows no order, and its span. A dotted date
// (01.01.2024) is day first by rule.
func orderUnshown(r *parse.Result) (start, end int, ok bool) {
	m, okM := r.Get(layout.Month)
	d, okD := r.Get(layout.Day)
	if !okM || !okD || !(m.Form == layout.Numeric || m.Form == layout.NumericPad) || m.Value != d.Value || parse.DayFirstText(r.Fields) {
		return 0, 0, false // day first by the text's custom (3.3.2020 beside ז' אדר, יום שלישי, г.)
	}
	first, second := d, m
	if m.Start < d.Start {
		first, second = m, d
	}
	if y, ok := r.Get(layout.Year); ok && y.Start < first.Start {
		return 0, 0, false // year first: 2024-01-01
	}
	if first.End >= len(r.Input) || r.Input[first.End] != '/' && r.Input[first.End] != '-' && r.Input[first.End] != '.' {
		return 0, 0, false
	}
	return first.Start, second.End, true
}

// numericAmbiguous reports whether r has a numeric date that reads both
// ways.
func numericAmbiguous(r *parse.Result) bool {
	m, ok := r.Get(layout.Month)
	return ok && m.Flags&parse.Ambiguous != 0
}

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
