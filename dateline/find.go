package dateline

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dualdate/dualdate/internal/gematria"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
	"github.com/dualdate/dualdate/internal/script"
)

// MaxMatches is the most matches Find returns; text with more datelines
// than that is cut short there.
const MaxMatches = 1 << 16

// MaxInput is the longest text Check and Parse read, in bytes: a dateline
// is a line, and a longer input is refused without being scanned (its
// error matches ErrTooLong). Find reads text of any length.
const MaxInput = 4096

// The reader's limit is MaxInput.
var _ = [1]struct{}{}[MaxInput-parse.MaxInput]

// A Match is a dateline or timestamp found in free text.
type Match struct {
	// Start and End are the match's byte span in the text.
	Start, End int
	// Report is the match checked as Check checks a whole string; its
	// Input is text[Start:End] and its problems' spans are offsets in it.
	Report
}

// Find returns every dateline and timestamp in text, such as a whole
// scraped page, each checked as Check would check it: a date of either
// calendar with the weekday, time of day and other calendar's date written
// beside it. Words that only start like a month or weekday name are not
// read as one, and a weekday or a time alone is not a match. Each item of a
// list ("Shabbat Shekalim, March 9, 2024 · Erev Shabbos, 21 Adar I 5784") is
// a match of its own, and a pair of days ("Sun. & Mon., March 10 & 11,
// 2024") one match over them. A line break may part a dateline's two
// calendars, as a masthead's often is, each half alone on its line; but
// a line whose date goes on as prose ("23 Adar I 5784 is the yahrzeit of
// our founder") is a date of its own, and two lines that each read alone
// as a whole date with its year, more than three days apart, are two
// items of a list (see splitAtBreak), not a dateline whose calendars
// disagree. Find reads the
// text once; its memory is linear in the text and it returns at most
// MaxMatches matches. A date that names no year in a sentence that names
// one at its start ("In 2024, Yom Kippur begins on the evening of October
// 11") is of that year, and its match starts at the year; a later date of
// the sentence ("... and ends on October 12") is of that year too. One
// whose sentence names a Hebrew year after it ("30 september en 1
// Oktober begint het jaar 5780") is of the Gregorian year in which it
// falls within that Hebrew year, or on its eve; and one with a weekday
// whose sentence names an occasion near it ("Tisdag 15 april stängt
// pesach") is of the year whose day is the occasion's first or its eve,
// where one is, and its match runs to the occasion's name. A byline's
// publication followed by the words for "updated" and the time of the
// update, in any language the reader knows ("on December 11, 2009 at 8:27
// AM, updated December 11, 2009 at 4:01 PM", "Publicado em: 22/12/2019
// 21:26 | Atualizado em: 22/12/2019 22:22"), is one match, the
// publication's, with the update in [Report.Updated].
func Find(text string, opts ...Option) []Match { return FindFrom(text, 0, opts...) }

// FindFrom is Find for the matches that start at or after from: those Find
// gives when no match it finds spans from, such as the end of a match
// Find gave. Text before from is read only for the character before it
// and for the year that a sentence running on past from names at its
// start; a match that would start at that year before from, or inside the
// match before it, keeps its own span and is of that year.
// A reader of text too long to hold whole can find what Find would find
// in it, piece by piece, resuming each piece there, as the dualdate
// command's scan does.
func FindFrom(text string, from int, opts ...Option) []Match {
	o := makeOptions(opts)
	return find(text, from, &o)
}

func find(text string, from int, o *options) []Match {
	if n, back, ok := asciiDigits(text); ok {
		return findDigits(text, n, back, from, o) // ٢ مارس ٢٠٢٤
	}
	return findText(text, from, o)
}

// findText is find in text whose numbers are in ASCII digits, or in
// digits it does not read.
func findText(text string, from int, o *options) []Match {
	var out []Match
	last := from // the end of the match before
	var prev datedMatch
	for from >= 0 {
		from = findOn(text, from, &last, &prev, o, &out)
	}
	return out
}

// findOn appends to out the matches of text from from on, as find, and
// returns -1 at the text's end, or where the scan is to go on afresh:
// the end of the first of two lines read as one dateline whose calendars
// disagree (see splitAtBreak).
func findOn(text string, from int, last *int, prev *datedMatch, o *options, out *[]Match) int {
	for r := range parse.AllFrom(text, from) {
		if notADate(text, &r, o) {
			continue
		}
		read := r.End // where the reader goes on, unless r grows past it
		ro := o
		if y, ok := withSentenceYear(text, r); ok && y.Start >= *last {
			r = y
		} else if ok {
			// The sentence's year is another match's, or before
			// from: "W 2023 roku Chanuka rozpoczyna się wieczorem 7
			// grudnia i kończy wieczorem 15 grudnia" ends in 2023 too.
			// Where that year is the match's before, its month
			// says whether the day is over the year's end, as
			// yearFor reads it: "Hanukkah 2024 starts tonight and
			// the last candle is lit on Wednesday, January 1" is
			// 2025's.
			if prev.year == yearOf(y) {
				ro = prev.yearFor(text, &r, o)
			}
			if ro == o {
				so := *o
				so.sentenceYear = yearOf(y)
				so.sentenceSaid = so.sentenceYear
				ro = &so
			}
		} else if gy, hy, named := hebrewSentenceYear(text, r); named {
			if gy == 0 {
				continue // its day twice in the Hebrew year, or never
			}
			so := *o
			so.sentenceYear, so.sentenceSaid = gy, hy
			ro = &so
		}
		if ro == o {
			ro = prev.yearFor(text, &r, o)
		}
		if ro == o {
			ro = prev.hebrewYearFor(text, &r, o)
		}
		if ro == o {
			ro = nextYearFor(text, &r, o)
		}
		if ro == o {
			if gy, hy, named := laterHebrewYear(text, &r); named {
				if gy == 0 {
					continue // as hebrewSentenceYear's
				}
				so := *o
				so.sentenceYear, so.sentenceSaid, so.sentenceAfter = gy, hy, true
				ro = &so
			}
		}
		if ro == o {
			ro = relativeYearFor(text, &r, o) // a year stated, of either calendar, first
		}
		if ro == o {
			ro = yearBeginsFor(text, &r, o)
		}
		r = withEveningBefore(text, r, *last)
		parse.EveOfCivilDay(&r) // the eve of March 2, 2024: March 1's evening
		r = withEntryVerbBefore(text, r, *last)
		r = withCountedBefore(text, r, *last)
		rep := checkMatch(text, &r, ro, o)
		next := -1
		if l, lrep, ok := withEveRangeOccasion(text, &r, &rep, *last, ro, o); ok {
			r, rep = l, lrep // a range from the eve of the occasion its sentence names
		} else if ro.sentenceRelative != "" {
			// "Idén december 10-én kezdődött ... a hanuka": the year the
			// words say, and the occasion that begins at its sunset.
			if l, lrep, ok := withSentenceOccasion(text, &r, &rep, *last, ro, o); ok {
				if l.End > r.End {
					next = l.End // as below
				}
				r, rep = l, lrep
			} else {
				occasionUnfit(text, &r, &rep, *last)
			}
		}
		timed := false // withSentenceTime was asked
		if ro == o {
			// The hour first, which may come before the occasion
			// ("Am Sonntag, dem 25. Dezember laden wir um 15:30 Uhr
			// zu unserer Chanukka-Feier ein").
			r, rep, _ = withSentenceTime(text, &r, &rep, ro, o)
			timed = true
			yearUnlinked(text, &r, &rep, o)
			bracketDayUnread(text, &r, &rep)
			if l, lrep, ok := withSentenceOccasion(text, &r, &rep, *last, o, o); ok {
				if l.End > r.End {
					// The occasion after r may start a match of its
					// own, without a year (see matchAt): the scan goes
					// on afresh after the name.
					next = l.End
				}
				r, rep = l, lrep
			} else {
				occasionUnfit(text, &r, &rep, *last)
			}
		}
		if ro != o && ro.sentenceAfter {
			if l, lrep, ok := withLaterCivilDay(text, &r, &rep, o); ok {
				r, rep, next = l, lrep, l.End // the civil date is not read again
			}
		} else if ro == o {
			if l, lrep, ok := withLaterWeekdayDay(text, &r, &rep, o); ok {
				r, rep, next = l, lrep, l.End // as withLaterCivilDay's
			} else if len(*out) > 0 {
				if l, lrep, ok := withEarlierWeekdayDay(text, &r, &rep, &(*out)[len(*out)-1], o); ok {
					r, rep = l, lrep
					*out = (*out)[:len(*out)-1] // the civil date, now r's
				}
			}
		} else if ro != o && len(*out) > 0 {
			if l, lrep, ok := withEarlierCivilDay(text, &r, &rep, &(*out)[len(*out)-1], o); ok {
				r, rep = l, lrep
				*out = (*out)[:len(*out)-1] // the civil date, now r's
			} else if l, lrep, ok := withHeadingOccasion(text, &r, &rep, &(*out)[len(*out)-1], o); ok {
				r, rep = l, lrep
				*out = (*out)[:len(*out)-1] // the occasion, now r's
			}
		}
		if !timed {
			if l, lrep, ok := withSentenceTime(text, &r, &rep, ro, o); ok {
				r, rep = l, lrep
				if next >= 0 {
					next = r.End
				}
			}
		}
		if !rep.OK() {
			if a, arep, nl, ok := splitAtBreak(text, &r, ro, o); ok {
				// Two items of a list, one a line, read as one
				// dateline whose calendars disagree: the first
				// alone, and the scan goes on afresh after it.
				r, rep, next = a, arep, nl
			} else if a, arep, ok := occasionAtBreak(text, &r, &rep, ro, o); ok {
				r, rep, next = a, arep, a.End // the date's line alone
			}
		}
		if n := len(*out); n > 0 {
			if l, lrep, ok := withLaterEnd(text, &prev.last, &(*out)[n-1], &r, &rep, o); ok {
				r, rep = l, lrep
				*out = (*out)[:n-1] // the start, now r's
			} else if l, lrep, ok := withUpdate(text, &prev.last, &(*out)[n-1], &r, &rep); ok {
				r, rep = l, lrep
				*out = (*out)[:n-1] // the publication, now r's
			}
		}
		*last = r.End
		prev.last = r
		prev.note(&r)
		prev.noteDay(&r, &rep)
		prev.noteOccasionYear(&r, &rep)
		if *out == nil {
			*out = make([]Match, 0, 4) // a page's few, in one allocation
		}
		if *out = append(*out, Match{Start: r.Start, End: r.End, Report: rep}); len(*out) == MaxMatches {
			return -1
		}
		if next < 0 && r.End > read {
			// The match took text after the reading (a time its
			// sentence gives, an occasion): the scan goes on afresh
			// after it, not at a reading that starts inside it. "MArCh1
			// A At 1Am ZAr 1" gave "MArCh1 A At 1Am" and then "1Am ZAr
			// 1", over it (found by FuzzFind).
			next = r.End
		}
		if next >= 0 {
			return next
		}
	}
	return -1
}

// checkMatch checks match r of text as Check checks a whole string, with
// the options ro for its year; o are Find's own.
func checkMatch(text string, r *parse.Result, ro, o *options) Report {
	sub := *r
	sub.Input = text[r.Start:r.End]
	// The match's fields, offsets in it: the match's own, moved for the
	// check and back after it, as a Report keeps none of them.
	for i := range sub.Fields {
		sub.Fields[i].Start -= r.Start
		sub.Fields[i].End -= r.Start
	}
	sub.Start, sub.End = 0, len(sub.Input)
	rep, bad := o.invalidReport(sub.Input)
	if !bad {
		rep = resolve(&sub, ro)
		countedBefore(text, r.Start, &sub, &rep)
		dayWordBefore(text, r.Start, &sub, &rep)
		julianNamedBefore(text, r.Start, &sub, &rep)
		ownYearAfter(text, r.End, &sub, &rep)
		clockEndAfter(text, r.End, &sub, &rep)
		impossibleClockAfter(text, r.End, &sub, &rep)
	}
	for i := range r.Fields {
		r.Fields[i].Start += r.Start
		r.Fields[i].End += r.Start
	}
	return rep
}

// maxSentenceGap is how far after a dated match, in bytes, a match may be
// to be of its sentence (see parse.SentenceYear's reach).
const maxSentenceGap = 240

// A datedMatch is the last match of Find that stated its Gregorian year,
// whose sentence a later match without one may be in.
type datedMatch struct {
	year, month, end int // year 0: none yet
	// byOccasion and hyByOccasion say the match stated no year: year
	// and hy are those the occasion it names was found in (see
	// noteOccasionYear).
	byOccasion, hyByOccasion bool
	// hy is the Hebrew year a match names, which ends at hyEnd: 0, none.
	hy, hyEnd int
	// last is the reading of the last match found, whose end a later one
	// may be (see withLaterEnd).
	last parse.Result
}

// note keeps match r if it states its Gregorian year and month.
func (d *datedMatch) note(r *parse.Result) {
	year, month := 0, 0
	for i := range r.Fields {
		switch f := &r.Fields[i]; f.Kind {
		case layout.Year:
			if f.Form != layout.TwoDigit {
				year = f.Value // two digits are noteDay's, read in their century
			}
		case layout.Month:
			month = f.Value
		}
	}
	if year != 0 && month != 0 {
		d.year, d.month, d.end, d.byOccasion = year, month, r.End, false
	}
}

// noteOccasionYear keeps match r, read as rep, if it is a civil date
// without a year whose year the occasion it names chose, as the year a
// later date of its sentence without one is in: "Hanukkah, which began on
// December 14, ends at sundown on Dec. 22" (the ninety-fifth held-out
// round) read the end in the year nearest the reference, another than
// the start's, with only an info.
func (d *datedMatch) noteOccasionYear(r *parse.Result, rep *Report) {
	if !rep.OK() || !rep.Dateline.HasDay() || !rep.has(CodeYearInferred) {
		return
	}
	month, holiday := false, false
	for i := range r.Fields {
		switch r.Fields[i].Kind {
		case layout.Year, layout.HebrewYear:
			return
		case layout.Month:
			month = true
		case layout.Holiday:
			holiday = true
		}
	}
	if month && holiday {
		t := rep.Dateline.Time
		d.year, d.month, d.end, d.byOccasion = t.Year(), int(t.Month()), r.End, true
		d.hy, d.hyEnd, d.hyByOccasion = rep.Dateline.Hebrew.Year, r.End, true
	}
}

// noteDay keeps match r, read as rep, if it states a year of either
// calendar but no civil month, as an occasion does with its year
// ("Hanukkah 2020") and a Hebrew date with its: the civil year and month
// of the day it names, which a later date of its sentence without a year
// is in. "Hanukkah 2020 begins today at sundown and ends at sundown
// Friday, Dec. 18" (the seventy-first held-out round) was December 18,
// 2026, the Friday nearest the reference, with only an info. A match
// read with a problem worse than an info names no day to go by.
func (d *datedMatch) noteDay(r *parse.Result, rep *Report) {
	if !rep.OK() || !rep.Dateline.HasDay() {
		return
	}
	if f, ok := r.Get(layout.HebrewYear); ok {
		d.hy, d.hyEnd, d.hyByOccasion = f.Value, r.End, false
	}
	year, month, twoDigit := false, false, false
	for i := range r.Fields {
		switch f := &r.Fields[i]; f.Kind {
		case layout.Month:
			month = true
		case layout.Year:
			year, twoDigit = true, f.Form == layout.TwoDigit
		case layout.HebrewYear:
			year = true
		}
	}
	if month && !twoDigit {
		return // note's
	}
	if year {
		// A year of two digits is the one the dateline was read in: its
		// field's value, 16 of "24.11.16", is no year a later date of the
		// sentence is in ("ט"ז או כ"ג חשוון" after it was 23 Cheshvan
		// 3777, in the year 16).
		d.year, d.month, d.end, d.byOccasion = rep.Dateline.Time.Year(), int(rep.Dateline.Time.Month()), r.End, false
	}
}

// yearFor returns the options for match r, a civil date without a year
// of either calendar in the sentence of the dated match d: the year d
// states, or the next where r's month comes more than half a year before
// d's ("December 28, 2025 ... January 3"), as the sentence's year.
// "Pesach begins April 12, 2025; it ends on April 20" was April 20, 2027,
// the year nearest the reference, with only an info. A Hebrew day and
// month without a year is of the Hebrew year in which it falls in d's
// civil year, the one nearer d's month where it falls in it twice (see
// sentenceHebrewYear), as before a civil date that states its year (see
// nextYearFor): "(4-4-2012) ... יום הולדתו ה-110 של הרבי ... החל ב-י"א
// בניסן" (the ninety-seventh held-out round) was 11 Nisan 5787, with a
// warning that no year near the reference fits. Elsewhere it returns o.
func (d *datedMatch) yearFor(text string, r *parse.Result, o *options) *options {
	if d.year == 0 || r.Start < d.end || r.Start-d.end > maxSentenceGap {
		return o
	}
	m, ok := r.Get(layout.Month)
	if !ok {
		return d.hebrewDateYear(text, r, o)
	}
	if _, ok := r.Get(layout.Year); ok {
		return o
	}
	if _, ok := r.Get(layout.HebrewYear); ok || !parse.SameSentence(text, d.end, r.Start) {
		return o // the sentence is looked for last: it is read back a byte at a time
	}
	so := *o
	so.sentenceYear, so.sentenceSaid, so.sentenceOccasion = d.year, d.year, d.byOccasion
	if m.Value < d.month && d.month-m.Value > 6 {
		// Over the year's end, as a range runs into the next year;
		// a month a little before the other's is the same year's,
		// told backwards ("ended on May 2, 2025, having begun on
		// April 26").
		so.sentenceYear++
	}
	return &so
}

// hebrewDateYear is yearFor for match r, a Hebrew day and month without
// a year of either calendar or a weekly portion, with or without the
// occasion of the day: "Tuesday December 22, 2015 is a fast called Asara
// Bitevet, the tenth day of the month of Tevet" was 10 Tevet 5787, the
// year nearest the reference, with only an info.
func (d *datedMatch) hebrewDateYear(text string, r *parse.Result, o *options) *options {
	_, day := r.Get(layout.HebrewDay)
	_, month := r.Get(layout.HebrewMonth)
	if !day || !month {
		return o
	}
	for _, k := range [...]layout.Kind{layout.Year, layout.HebrewYear, layout.Portion} {
		if _, ok := r.Get(k); ok {
			return o
		}
	}
	if !parse.SameSentence(text, d.end, r.Start) {
		return o
	}
	so := *o
	so.sentenceYear, so.sentenceSaid, so.sentenceMonth, so.sentenceOccasion = d.year, d.year, d.month, d.byOccasion
	return &so
}

// maxMatchTail is how far past maxSentenceGap nextYearFor reads for the
// match there to end: a dateline with its year fits in it, and a match
// that reaches it may go on past it and is not taken.
const maxMatchTail = 120

// hebrewYearFor returns the options for match r, a Hebrew day and month
// without a year of either calendar and without a civil date, in the
// sentence of the match d that named a Hebrew year (see noteDay): that
// year, as yearFor takes a civil year. "ראש השנה תשפ״ב 2021 יחול בימים
// שלישי ורביעי א-ב׳ תשרי" (incoming.tsv) was 1 Tishrei 5787, the year
// nearest the reference, with only an info. Elsewhere it returns o.
func (d *datedMatch) hebrewYearFor(text string, r *parse.Result, o *options) *options {
	if d.hy == 0 || r.Start < d.hyEnd || r.Start-d.hyEnd > maxSentenceGap {
		return o
	}
	if _, ok := r.Get(layout.HebrewDay); !ok {
		return o
	}
	for _, k := range [...]layout.Kind{layout.Month, layout.Year, layout.HebrewYear, layout.Holiday, layout.Portion} {
		if _, ok := r.Get(k); ok {
			return o
		}
	}
	if !parse.SameSentence(text, d.hyEnd, r.Start) {
		return o
	}
	so := *o
	so.sentenceHebrew, so.sentenceSaid, so.sentenceOccasion = d.hy, d.hy, d.hyByOccasion
	return &so
}

// nextYearFor returns the options for match r, a date without a year of
// either calendar and without one of its sentence before it, whose
// sentence goes on to a match that states its Gregorian year: that year,
// as yearFor takes the year of a match before, or the year before it
// where r's month comes more than half a year after the later match's
// ("December 28 ... January 3, 2026"). "Jeudi 28 mai au soir, vendredi
// 29 et samedi 30 mai 2009" was May 28 of the year nearest the
// reference, "Adar 21, will be celebrated on February 22, 2022" and "25.
// kisleva (v roku 2019 to pripadá na 23. decembra)" the Hebrew date of
// the coming year, with only an info; so was "ט״ו בשבט (2025)", whose
// year in brackets follows it (see bracketYear). A weekday r names must
// fall on its day in that year, or the year is not taken. Elsewhere it
// returns o.
func nextYearFor(text string, r *parse.Result, o *options) *options {
	month, hebrewDate := 0, false
	day, weekday := 0, -1
	for i := range r.Fields {
		switch f := &r.Fields[i]; f.Kind {
		case layout.Year, layout.HebrewYear, layout.Portion:
			return o
		case layout.Month:
			month = f.Value
		case layout.Day:
			day = f.Value
		case layout.HebrewMonth:
			hebrewDate = true
		case layout.Weekday:
			if f.Shift == 0 && f.Flags&parse.Night == 0 {
				weekday = f.Value
			}
		}
	}
	if month == 0 && !hebrewDate {
		return o
	}
	y, m := bracketYear(text, r.End)
	dashed := false
	if y == 0 {
		var at int
		y, m, at = laterYear(text, r.End)
		dashed = y != 0 && rangeDashBetween(text[r.End:at])
	}
	if y == 0 {
		return o
	}
	said := y
	if month != 0 && m != 0 && month > m && (month-m > 6 || dashed) {
		// "10 September - 18 May 2021": a range, too long to be read
		// as one, into the year the end states, from September 2020;
		// the start was read in 2021, after its end.
		y--
	}
	if month != 0 && day != 0 && weekday >= 0 &&
		int(time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC).Weekday()) != weekday {
		return o
	}
	so := *o
	so.sentenceYear, so.sentenceSaid, so.sentenceAfter, so.sentenceMonth = y, said, true, m
	return &so
}

// relativeYearFor returns the options for match r, a civil day and month
// without a year or a weekday, whose sentence says which year it is by
// the reference's: "this year", "last year" or "next year" (see
// parse.RelativeYear). The match is of that year, as of a year its
// sentence names: "в этом году празднование началось с вечера 28 мая"
// (this year the celebration began on the evening of 28 May) on a page
// of 2025 is 2025's, where the year nearest the reference was taken,
// and "Idén szeptember 9-én" read in November is the past September's,
// not the coming one's. A weekday or an occasion of the match chooses
// the year itself, the nearest in which they fit the date, and the words
// make a warning of another (see relativeYearUnread); a year the
// sentence states is the one taken, or warned of (see yearUnlinked); and
// an occasion the sentence names that is not on the date in the year the
// words name makes a warning (see occasionUnfit). The words must be the
// date's own, in its clause (see parse.RelativeYear's linked): "Unlike
// last year, the fair opens March 9" and "The event, which drew 500
// people last year, returns on March 9" were March 9 of the year before
// the reference's, with an info alone; they are read in the year nearest
// the reference, with a warning that names the words (see
// relativeYearUnread). Elsewhere it returns o.
func relativeYearFor(text string, r *parse.Result, o *options) *options {
	if k := kindsOf(r); !k.has(layout.Month) || k.any(layout.Year, layout.HebrewYear, layout.Portion, layout.HebrewMonth, layout.Weekday, layout.Holiday) {
		return o
	}
	if sentenceYearNamed(text, r.Start, r.End, o.reference().Year()) != 0 {
		return o // w tym roku 2020 przypada on 27–28 września: the year stated (see yearUnlinked)
	}
	offset, phrase, linked, _ := parse.RelativeYear(text, r.Start, r.End)
	if !linked {
		return o // "Unlike last year, the fair opens March 9": see relativeYearUnread
	}
	so := *o
	so.sentenceYear = o.reference().Year() + offset
	so.sentenceSaid, so.sentenceRelative = so.sentenceYear, phrase
	return &so
}

// bracketYear returns the Gregorian year in brackets right after a match
// that ends at text[end], as pages give a Hebrew date's civil year: "ט״ו
// בשבט (2025)"; and 0 for its month, as it has none; or 0s. The year was
// left out of the match, which took the year nearest the reference.
func bracketYear(text string, end int) (year, month int) {
	k := end
	for k < len(text) && text[k] == ' ' {
		k++
	}
	if k+6 > len(text) || text[k] != '(' || text[k+5] != ')' {
		return 0, 0
	}
	if year = fourDigitsAt(text, k+1); year < 1000 || year > 2999 {
		return 0, 0 // 5785: a Hebrew year, which the match would have read
	}
	return year, 0
}

// laterYear returns the Gregorian year and month of the first match of
// Find after text[from] in its sentence, within maxSentenceGap, that
// states them, or reads its year at its sentence's (see
// withSentenceYear), and where that match starts; or 0s.
func laterYear(text string, from int) (year, month, at int) {
	n, ok := laterDated(text, from)
	if !ok {
		return 0, 0, 0
	}
	var d datedMatch
	d.note(&n)
	return d.year, d.month, n.Start
}

// rangeDashBetween reports whether s, the text between two matches, is a
// dash alone, with spaces around it or none: the two are a range's ends.
func rangeDashBetween(s string) bool {
	switch strings.TrimSpace(s) {
	case "-", "–", "—":
		return true
	}
	return false
}

// laterDated returns the match of laterYear.
func laterDated(text string, from int) (parse.Result, bool) {
	reach := min(len(text), from+maxSentenceGap)
	cut := min(len(text), reach+maxMatchTail)
	if !hasYearDigits(text[from:cut]) {
		return parse.Result{}, false // the cheap first test: most text after a match has no year
	}
	for n := range parse.AllFrom(text[:cut], from) {
		if n.Start > reach || n.End >= cut && cut < len(text) || !parse.SameSentence(text, from, n.Start) {
			return parse.Result{}, false
		}
		if y, ok := withSentenceYear(text, n); ok && y.Start >= from {
			n = y
		}
		var d datedMatch
		if d.note(&n); d.year != 0 {
			return n, true
		}
		// A date without its year between ("Chanukka am 16. Dezember -
		// oder vielmehr am 25. Tag des Monats Kislew und dauert bis zum
		// 23. Dezember 2014"): the next.
	}
	return parse.Result{}, false
}

// hasYearDigits reports whether s has four digits in a row, as a year
// that a match states has.
func hasYearDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i]-'0' < 10 {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// notADate reports whether match r, found in free text, is numbers that
// only look like a date. A date written all in numbers whose year no day
// a page dates has, before the Gregorian calendar's first year, 1583, or
// more than a century after the reference, is a program's version or
// patch ("Patch 7.4.2244", "8.1.0245" in a changelog were found as April
// 7, 2244, with no more than the warning that 7.4 reads both ways); so
// is one after a word that numbers a section or a version ("section
// 4.1.16", "RFC 9110, section 15.5.22", "סעיף 2.6.29"; see
// numberedBefore), or a date without a year of four digits joined to a
// word by an underscore, as a program names a version ("LINUX_2.6.39").
// A
// civil day of the month that no month has, more than 31, before a
// month's name is prose ("Test 83 may fail for some encodings", found
// with the error that there is no day 83). Check still reads and judges
// either given alone, and Find a date of such a year whose month or
// weekday is named.
func notADate(text string, r *parse.Result, o *options) bool {
	first := 0
	for first < len(r.Fields) && r.Fields[first].Kind == layout.Literal {
		first++
	}
	if first == len(r.Fields) || r.Fields[first].Kind != layout.Day && r.Fields[first].Kind != layout.Month {
		return false // a weekday, a Hebrew date or an occasion first: most of a page's matches
	}
	year, numeric := -1, true
	for i := first; i < len(r.Fields); i++ {
		f := &r.Fields[i]
		switch f.Kind {
		case layout.Day:
			if f.Value > 31 {
				return true
			}
		case layout.Literal, layout.Hour, layout.Minute, layout.Second, layout.AMPM, layout.Zone, layout.Fraction:
		case layout.Month:
			numeric = numeric && (f.Form == layout.Numeric || f.Form == layout.NumericPad)
		case layout.Year:
			if f.Form != layout.TwoDigit && f.End-f.Start == 4 {
				year = f.Value
			}
		default:
			numeric = false // a weekday, a Hebrew date, an occasion
		}
	}
	if numeric && (numberedBefore(text, r.Start) || year < 0 && (identifierAround(text, r.Start, r.End) || versionAround(text, r.Start, r.End))) {
		return true
	}
	if !numeric || year < 0 || year >= firstGregorianYear && year <= 2100 {
		// A year of most pages' dates, without the reference, which
		// costs a clock's read where the options set none: a reference
		// before 2000 lets a year up to 2100 through.
		return false
	}
	return year < firstGregorianYear || year > o.reference().Year()+100
}

// firstGregorianYear is the first whole year of the Gregorian calendar.
const firstGregorianYear = 1583

// countedBefore warns of a match that opens with an occasion's name after
// a word and a word for "day" that may count one of its days, in a word
// the reader does not read ("zweiter Tag Rosch Haschana 5784", "deuxième
// jour de Roch Hachana"; see parse.CountedBefore): the match is read as
// the occasion's first day, which it said nothing of, where the text may
// name its second.
func countedBefore(text string, start int, sub *parse.Result, rep *Report) {
	if len(sub.Fields) == 0 {
		return
	}
	f := &sub.Fields[0] // offsets in the match
	if f.Kind != layout.Holiday || f.Shift != 0 || f.Flags&parse.Counted != 0 || f.Start != 0 {
		return
	}
	words, ok := parse.CountedBefore(text, start)
	if !ok {
		return
	}
	rep.Problems = append(rep.Problems, Problem{Code: CodeOccasion, Severity: Warning, Start: 0, End: f.End,
		Message: quote(words) + " before it may count one of its days, in words not read: it was read as its first day"})
}

// dayWordBefore warns of a match that opens with a Hebrew month's name
// and names no Hebrew day, after a word that may name the day, which the
// reader does not read before a Hebrew month ("den eersten Adar het jaar
// 5481. (1 Maart 1721)", "le premier Adar 5481"; see parse.DayWordBefore):
// the match was read with the month alone, the day the text names
// unchecked.
func dayWordBefore(text string, start int, sub *parse.Result, rep *Report) {
	if len(sub.Fields) == 0 {
		return
	}
	f := &sub.Fields[0] // offsets in the match
	if f.Kind != layout.HebrewMonth || f.Start != 0 {
		return
	}
	if _, ok := sub.Get(layout.HebrewDay); ok {
		return
	}
	word, ok := parse.DayWordBefore(text, start)
	if !ok {
		return
	}
	rep.Problems = append(rep.Problems, Problem{Code: CodeDateAmbiguous, Severity: Warning, Start: 0, End: f.End,
		Message: quote(word) + " before the month may name its day, a word not read: the month was read alone, and no day of it checked"})
}

// clockEndAfter warns of a match that ends with a clock's minutes where a
// dash and a number of one or two digits follow it, a range's end given
// as an hour or as minutes alone, or an offset from UTC in hours: "2024-03-02
// 09:30-15", "09:30 -10", "March 2, 2024 9:30-10". The reader reads a
// range's end only as a clock, or an hour with AM, PM or a word for
// o'clock ("9:30-10:15", "9:30-10 am", "9:30-15 Uhr"), and the match
// ended before the number with nothing said: the time read is the
// range's start, but "-10" may be a zone's offset, which would move it.
// A number with a word after it is left alone ("9:30 - 10 April" is a
// time and a date), as is a number glued to more digits or a clock.
func clockEndAfter(text string, end int, sub *parse.Result, rep *Report) {
	if !rep.OK() || len(sub.Fields) == 0 {
		return
	}
	last := &sub.Fields[len(sub.Fields)-1]
	if last.Kind != layout.Minute && last.Kind != layout.Second || last.End != len(sub.Input) {
		return
	}
	k := skipBlank(text, end)
	switch {
	case strings.HasPrefix(text[k:], "-"):
		k++
	case strings.HasPrefix(text[k:], "–"):
		k += len("–")
	default:
		return
	}
	k = skipBlank(text, k)
	n := k
	for n < len(text) && text[n] >= '0' && text[n] <= '9' {
		n++
	}
	if n == k || n-k > 2 {
		return
	}
	if n < len(text) {
		c := text[n]
		if c == ':' || c == '.' && n+1 < len(text) && text[n+1] >= '0' && text[n+1] <= '9' || c >= 0x80 || c|0x20 >= 'a' && c|0x20 <= 'z' {
			return
		}
		if w := skipBlank(text, n); w < len(text) && (text[w] >= 0x80 || text[w]|0x20 >= 'a' && text[w]|0x20 <= 'z') {
			return // 9:30 - 10 April: a time, then a date
		}
	}
	num := strings.TrimSpace(text[end:n])
	rep.Problems = append(rep.Problems, Problem{Code: CodeDateAmbiguous, Severity: Warning, Start: last.Start, End: last.End,
		Message: quote(num) + " after the time, not read, may end a range of times as an hour or as minutes, or be an offset from UTC in hours: the time was read as written before it, in no zone of its own"})
}

// impossibleClockAfter refuses a match with no time of day where the
// text right after it gives one that no clock shows, with a part of the
// day: "March 5, 2024 25:30 pm", "March 5, 2024 at 13 pm" (see
// parse.ImpossibleClockAt). The reader reads no such time, and the match
// ended before it, read as the day alone with nothing said, where Check
// refuses the same text. A comma, a dash, an at sign and up to two short
// words ("at", "um", "à", "a las") may come between.
func impossibleClockAfter(text string, end int, sub *parse.Result, rep *Report) {
	if !rep.OK() || len(sub.Fields) == 0 {
		return
	}
	if _, ok := sub.Get(layout.Hour); ok {
		return
	}
	k := skipBlank(text, end)
	if k < len(text) && (text[k] == ',' || text[k] == '-' || text[k] == '@') {
		k = skipBlank(text, k+1)
	}
	for range 2 {
		w := k
		for w < len(text) && w-k <= 5 && (text[w] >= 0x80 || text[w]|0x20 >= 'a' && text[w]|0x20 <= 'z') {
			w++
		}
		if w == k || w-k > 5 || w >= len(text) || text[w] != ' ' {
			break
		}
		k = skipBlank(text, w)
	}
	e, ok := parse.ImpossibleClockAt(text, k)
	if !ok {
		return
	}
	rep.Problems = append(rep.Problems, Problem{Code: CodeOutOfRange, Severity: Error, Start: 0, End: len(sub.Input),
		Message: "the time after it, " + quote(text[k:e]) + ", is no time of day (its hour or its minutes are past any a clock shows with that part of the day): the date was read without a time; write the time as a clock shows it"})
}

// ownYearAfter refuses a match whose Gregorian year is named before its
// month, as an occasion's or a sentence's ("Pesach 2024 begins on April
// 22", "In 2024, Pesach begins April 22"), where the text right after it
// gives the date a year of its own that is another: ", 2025". The match
// ends before that year, which the reader has no place for, and was read
// in the year before it with nothing said: "Pesach 2024 begins on April
// 22, 2025" was April 22, 2024 (the seventy-ninth held-out round saw it).
// A number that is no year near the one named ("April 22, 1500 people")
// is left alone.
func ownYearAfter(text string, end int, sub *parse.Result, rep *Report) {
	if !rep.OK() {
		return
	}
	k := end
	if k < len(text) && text[k] == ',' {
		k++
	}
	for k < len(text) && text[k] == ' ' {
		k++
	}
	if k == end || k+4 > len(text) || k+4 < len(text) && (text[k+4]-'0' < 10 || nextIsWord(text, k+4)) {
		return // the cheap first test: four digits after a space or comma
	}
	after := fourDigitsAt(text, k)
	if after < 0 {
		return
	}
	for i := range sub.Fields {
		switch f := &sub.Fields[i]; f.Kind {
		case layout.Month:
			return // its own year, if any, is after the month
		case layout.Year:
			if f.Value == after || abs(f.Value-after) > maxYearsApart {
				return
			}
			rep.Problems = append(rep.Problems, Problem{Code: CodeYearUnlikely, Severity: Error, Start: f.Start, End: f.End,
				Message: "the date is followed by a year of its own, " + itoa(after) + ", which is not " + itoa(f.Value) +
					", the year named before it: give the date one year"})
			rep.Also = nil // a refused dateline names no other day
			return
		}
	}
}

// nextIsWord reports whether a letter or digit starts at text[k].
func nextIsWord(text string, k int) bool {
	r, _ := utf8.DecodeRuneInString(text[k:])
	return script.IsWordRune(r)
}

// yearUnlinked makes a warning of the info that match r, read as rep,
// names no year and was read in the one nearest the reference, where its
// sentence names a year of four digits that no reading took for the
// date's: "Yom Kippur (10 Tishrei) 2017 begins at sundown on September
// 29" (seen in the seventy-seventh held-out round) was two datelines of
// 2026 with an info each, and the page's is 2017. The reader does not
// know whose year it is; the date may be the page's, the year another
// thing's ("In 2017 we moved. On 5 March the school opened"), but a
// year read near the reference beside another named is not to be taken
// with nothing but an info. Where the year read is the one named, of
// either calendar, the info stands: "Joden vieren Pesach van 15 tot 22
// Nisan; dit begint dit jaar (2024) op de avond van 22 april"
// (incoming.tsv) read on a reference of 2024 is 15 Nisan 5784, in 2024,
// and was told to check its year.
func yearUnlinked(text string, r *parse.Result, rep *Report, o *options) {
	i := -1
	for k := range rep.Problems {
		if p := &rep.Problems[k]; p.Code == CodeYearInferred && p.Severity == Info {
			i = k
			break
		}
	}
	if i < 0 {
		return
	}
	y := sentenceYearNamed(text, r.Start, r.End, o.reference().Year())
	if y == 0 {
		relativeYearUnread(text, r, rep, &rep.Problems[i], o)
		return
	}
	if d := rep.Dateline; d.HasDay() && (d.Time.Year() == y || d.Hebrew.Year == y) {
		return // the year read is the one named: "Pesach van 15 tot 22 Nisan; dit begint dit jaar (2024)"
	}
	p := &rep.Problems[i]
	p.Severity = Warning
	p.Message += "; its sentence names " + itoa(y) + ", which was not read as its year: check the year"
}

// bracketDayUnread makes an error of match r, read as rep, a weekday
// without a day of the month or a year (an occasion's: "Rosh Hashaná
// começa nesta sexta-feira"), where the day of the month in brackets
// right after it, which the match leaves out, is not the day read:
// "Rosh Hashaná começa nesta sexta-feira (15), e com ele o ano 5784"
// (Erev Rosh Hashana 5784, Friday, September 15, 2023) was read on a
// reference of December 2026 as Friday, September 11, 2026, the most
// recent Friday the occasion fits, with a warning at most: the page's day
// in brackets says the year read is not the text's. The reader does not
// move the date to a year of its choosing; it refuses it.
func bracketDayUnread(text string, r *parse.Result, rep *Report) {
	d := rep.Dateline
	if !d.HasDay() || !rep.OK() {
		return
	}
	w, ok := r.Get(layout.Weekday)
	if !ok {
		return
	}
	for _, k := range [...]layout.Kind{layout.Day, layout.Month, layout.Year, layout.HebrewDay, layout.HebrewYear} {
		if _, ok := r.Get(k); ok {
			return
		}
	}
	k := r.End
	for k < len(text) && text[k] == ' ' {
		k++
	}
	if k+2 >= len(text) || text[k] != '(' {
		return
	}
	n, e := 0, k+1
	for e < len(text) && e-k <= 2 && text[e] >= '0' && text[e] <= '9' {
		n, e = n*10+int(text[e]-'0'), e+1
	}
	if e == k+1 || e >= len(text) || text[e] != ')' || n < 1 || n > 31 {
		return
	}
	if t := d.Time; t.Day() != n {
		rep.Problems = append(rep.Problems, Problem{Code: CodeYearInferred, Severity: Error, Start: w.Start, End: e + 1,
			Message: "the day in brackets after the weekday, " + itoa(n) + ", is not the day read, " + dateText(t.Year(), t.Month(), t.Day()) +
				", in a year the text does not name: give the date with its month and year, or the page's date as the reference"})
		rep.Also = nil // a refused dateline names no other day
	}
}

// relativeYearUnread makes a warning of p, the info that match r, read
// as rep, names no year, where its sentence says which year it is by the
// reference's ("this year", "last year", "next year"; see
// parse.RelativeYear) and the year read is another: "u četvrtak, 9.
// septembra prošle godine" (last year) on a page of 2011 is Thursday,
// September 9, 2010, and read on a reference of 2026 it was 2021's, the
// nearest that fits the weekday, with an info alone. The reader does not
// move the date into the year the words say, as the reference may not be
// the page's date; it says that they disagree.
func relativeYearUnread(text string, r *parse.Result, rep *Report, p *Problem, o *options) {
	t := rep.Dateline.Time
	if t.IsZero() {
		return
	}
	offset, phrase, _, ok := parse.RelativeYear(text, r.Start, r.End)
	if want := o.reference().Year() + offset; ok && t.Year() != want {
		p.Severity = Warning
		p.Message += "; its sentence says " + quote(phrase) + ", " + itoa(want) + " by the reference, which was not read as its year: check the year or the reference"
	}
}

// sentenceYearNamed returns a year of four digits, from 1583 to a
// century after ref, or a Hebrew year of those centuries from 5600 (see
// modernHebrewYear), outside text[start:end] in the sentence of that
// span, within maxSentenceGap bytes of it; or 0. "O ano de 5765 do
// calendário judaico começa hoje, 16 de Setembro" (incoming.tsv) was
// read as September 16 of the reference's year with an info alone. A
// Hebrew year in letters with its gershayim counts as its digits do (see
// letterYearAt): 'בשנת תש"ח, ביום ה׳ באייר, הוכרזה המדינה' was 5 Iyyar
// 5784 with an info, where the same sentence with 5708 was warned of
// (found trying the command as an adversary).
func sentenceYearNamed(text string, start, end, ref int) int {
	lo, hi := max(0, start-maxSentenceGap), min(len(text), end+maxSentenceGap)
	for k := lo; k+2 <= hi; k++ {
		if k == start {
			k = end - 1
			continue
		}
		y, from := 0, k
		if text[k] == 0xD7 {
			// From the numeral's end: its gershayim is no quotation
			// mark that a full stop after it would be inside.
			if y, from = letterYearAt(text, k, hi); y == 0 || !modernHebrewYear(y, ref) {
				continue
			}
		} else {
			// "15 de Nisan no ano de 5.783": a year with a point after
			// its thousands is read as its digits are (see
			// pointedYearIn).
			if y = pointedYearIn(text, k, hi); y == 0 {
				if k+4 > hi || text[k]-'0' >= 10 || k > 0 && wordOrColonBefore(text, k) || k+4 < len(text) && (text[k+4]-'0' < 10 || text[k+4] == ':') {
					continue
				}
				y = fourDigitsAt(text, k)
			}
			if (y < firstGregorianYear || y > ref+100) && !modernHebrewYear(y, ref) {
				continue
			}
		}
		if k < start && parse.SameSentence(text, from, start) || k >= end && parse.SameSentence(text, end, k) {
			return y
		}
	}
	return 0
}

// letterYearAt returns the Hebrew year, and its end, that a word at
// text[k:], ending by hi, writes in letters with a gershayim before its last letter, its
// thousands (ה׳) or not: תש"ח and ה׳תש״ח are 5708; or 0. A word without
// the gershayim (תשע, nine) or with nothing after it (a closing quote) is
// no year; nor is a numeral that runs into a word.
func letterYearAt(text string, k, hi int) (int, int) {
	if k > 0 && wordOrColonBefore(text, k) {
		return 0, k
	}
	v, e, fail := gematria.Read(text, k)
	if fail.Kind != gematria.None || e > hi || e < len(text) && nextIsWord(text, e) {
		return 0, k
	}
	marked := false
	for i := k; i < e; {
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		marked = marked || script.IsGershayim(r) && i < e
	}
	switch {
	case !marked:
		return 0, k
	case v < 1000:
		return 5000 + v, e
	case v/1000 == 5:
		return v, e
	}
	return 0, k
}

// pointedYearIn returns the number of a year that text[k:], ending by
// hi, writes with a point after its thousands, as a Portuguese or Spanish
// page may print a number ("no ano de 5.783", "em 1.971"; see
// parse.PointedYear), or 0. The reader reads no such year, and a date
// beside it was read in the year nearest the reference with only an info
// where "no ano de 5783" gave the warning that the sentence names 5783.
func pointedYearIn(text string, k, hi int) int {
	if y, e, ok := parse.PointedYear(text, k); ok && e <= hi && (k == 0 || !wordOrColonBefore(text, k)) {
		return y
	}
	return 0
}

// modernHebrewYear reports whether y is a Hebrew year from 5600 (1839-40)
// to a century after civil year ref.
func modernHebrewYear(y, ref int) bool { return y >= 5600 && y <= ref+3761+100 }

// wordOrColonBefore reports whether a letter or digit, or a colon, ends
// text[:k]: the four digits at k are part of a word or a time.
func wordOrColonBefore(text string, k int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:k])
	return r == ':' || script.IsWordRune(r)
}

// fourDigitsAt returns the number the four bytes at text[k] write, or -1
// where one is no digit.
func fourDigitsAt(text string, k int) int {
	n := 0
	for _, c := range []byte(text[k : k+4]) {
		if c-'0' >= 10 {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// maxYearsApart is how far apart two years may be for ownYearAfter to
// take the one after a date for the date's own.
const maxYearsApart = 30

// numberingWords are the words, in lower case, that number what follows
// them: a section, clause, article, chapter, paragraph, step or version,
// in the languages the reader reads. A date in numbers right after one
// ("section 4.1.16", "Abschnitt 2.3.12", "סעיף 15.5.22", "версия
// 2.6.29") is that numbering, not a day.
var numberingWords = map[string]bool{
	"section": true, "sections": true, "sec": true, "clause": true, "article": true, "art": true, "chapter": true,
	"ch": true, "paragraph": true, "para": true, "step": true, "item": true, "figure": true, "fig": true,
	"table": true, "appendix": true, "version": true, "versions": true, "ver": true, "v": true, "release": true,
	"kernel": true, "§": true, "abschnitt": true, "kapitel": true, "artikel": true, "absatz": true,
	"ziffer": true, "chapitre": true, "alinéa": true, "paragraphe": true, "sección": true, "capítulo": true,
	"artículo": true, "apartado": true, "versión": true, "seção": true, "secção": true, "artigo": true,
	"versão": true, "sezione": true, "capitolo": true, "articolo": true, "versione": true, "раздел": true,
	"глава": true, "статья": true, "пункт": true, "версия": true, "розділ": true, "стаття": true,
	"версія": true, "rozdział": true, "artykuł": true, "punkt": true, "wersja": true, "hoofdstuk": true,
	"versie": true, "kapitola": true, "článek": true, "verze": true, "סעיף": true, "סעיפים": true,
	"פרק": true, "גרסה": true, "גרסת": true, "תקנה": true,
}

// identifierAround reports whether an underscore joins text[start:end]
// to the word before or after it, as in a program's names of versions
// ("LINUX_2.6.39", "3.4.35_hi3535").
func identifierAround(text string, start, end int) bool {
	return start > 0 && text[start-1] == '_' || end < len(text) && text[end] == '_'
}

// versionAround reports whether the date of numbers without a year of
// four digits at text[start:end] is written as a program's version is,
// with points: a word of a version's stage after it ("Firefox 12.3.24
// beta", "18.3.24 LTS"), a number of points beside it that no date is,
// of one digit after its last point or of four parts ("Node 18.3.24 and
// 20.11.1", "1.2.3.4 or 2.3.24"), or "to" or "from" after a verb of
// upgrading before it ("Upgrade Django to 4.2.11 today", "bump lodash
// from 4.2.11"). Such numbers were read as day-first dates, March 18,
// 2024 and February 4, 2011, with no more than the warning that some
// read both ways (the forty-ninth adversarial review); so is one after
// "build" or "patch". "am 18.3.24",
// "vom 2.3.24 bis 5.3.24" and "Stand 18.3.24" are dates still.
func versionAround(text string, start, end int) bool {
	if strings.IndexByte(text[start:end], '.') < 0 {
		return false
	}
	if versionWordBefore(text, start) {
		return true // build 2.3.24, Patch 2.3.24, Node 18.3.24: a year of four digits is a date's (Patch 8.2.1981)
	}
	w, k := wordAt(text, skipBlank(text, end))
	if versionStages[strings.ToLower(w)] {
		return true
	}
	if k > 0 && (w == "and" || w == "or" || w == "to" || w == "," || w == "und" || w == "et") && versionOnly(text, skipBlank(text, k)) {
		return true
	}
	// The words before: a version and "and", "or" or a comma ("1.2.3.4
	// or 2.3.24"), or "to" or "from" after a verb of upgrading.
	e := start
	for e > 0 && text[e-1] == ' ' {
		e--
	}
	b := e
	for b > 0 && text[b-1] >= 'a' && text[b-1] <= 'z' {
		b--
	}
	pw := text[b:e]
	if b == e && b > 0 && text[b-1] == ',' {
		b, pw = b-1, ","
	}
	if e == start || pw == "" {
		return false
	}
	if pw == "and" || pw == "or" || pw == "," || pw == "und" || pw == "et" {
		v := b
		for v > 0 && text[v-1] == ' ' {
			v--
		}
		d := v
		for d > 0 && (text[d-1]-'0' < 10 || text[d-1] == '.') {
			d--
		}
		return d < v && (d == 0 || text[d-1] == ' ') && versionOnly(text[:v], d)
	}
	if pw != "to" && pw != "from" {
		return false
	}
	lo := max(0, b-48)
	for f := range strings.FieldsSeq(text[lo:b]) {
		// A label's "Update:" is no verb: "Update: the meeting moved
		// from 2.3.24 to 5.3.24" is a range of dates.
		if upgradeVerbs[strings.ToLower(strings.TrimRight(f, ",;"))] {
			return true
		}
	}
	return false
}

// versionWordBefore reports whether a word that numbers a program's
// build or patch, or names a program whose versions are so numbered,
// ends a space before text[start], past an abbreviation's point or a
// label's colon (see versionWords).
func versionWordBefore(text string, start int) bool {
	e := start
	for e > 0 && text[e-1] == ' ' {
		e--
	}
	if e == start {
		return false
	}
	if e > 0 && (text[e-1] == ':' || text[e-1] == '.') {
		e-- // ver. 18.3.24, Version: 18.3.24
	}
	b := e
	for b > 0 && (text[b-1]|0x20 >= 'a' && text[b-1]|0x20 <= 'z' || text[b-1] == '.' && b < e && text[b]|0x20 >= 'a' && text[b]|0x20 <= 'z') {
		b-- // and a point inside the name: Node.js
	}
	return b < e && versionWords[strings.ToLower(text[b:e])] && (b == 0 || text[b-1] < 0x80)
}

// versionWords are the words, in lower case, that number a program's
// build, patch or version, and the names of programs, languages and
// systems that pages name with a version of three numbers parted by
// points: "Node 18.3.24", "Django 4.2.11", "PHP 8.2.12", "Kotlin 1.9.22",
// "Version: 18.3.24", "ver. 18.3.24" were found as dates (March 18, 2024,
// February 4, 2011, ...), the product's name being no word of
// numberingWords, and the label's colon or the abbreviation's point
// hiding the word that is. A name that is a word of prose too ("Edge",
// "Opera", "Go", "Unity") is left out: "Published 18.3.24", "Stand
// 18.3.24" are dates, as is any date whose year has four digits.
var versionWords = map[string]bool{
	"build": true, "builds": true, "patch": true, "firmware": true, "sdk": true,
	"version": true, "ver": true, "v": true, "release": true, "rel": true, "versión": true, "versão": true,
	"versione": true, "versie": true, "wersja": true, "verze": true,
	"node": true, "nodejs": true, "node.js": true, "npm": true, "python": true, "ruby": true, "php": true,
	"perl": true, "java": true, "jdk": true, "jre": true, "kotlin": true, "scala": true, "rust": true,
	"rustc": true, "golang": true, "dotnet": true, "typescript": true, "deno": true, "django": true,
	"flask": true, "rails": true, "laravel": true, "symfony": true, "react": true, "vue": true,
	"vue.js": true, "angular": true, "electron": true, "webpack": true, "nginx": true, "apache": true,
	"tomcat": true, "postgresql": true, "postgres": true, "mysql": true, "mariadb": true, "sqlite": true,
	"redis": true, "mongodb": true, "elasticsearch": true, "kafka": true, "docker": true, "kubernetes": true,
	"helm": true, "terraform": true, "ansible": true, "ubuntu": true, "debian": true, "fedora": true,
	"centos": true, "rhel": true, "android": true, "ios": true, "ipados": true, "macos": true,
	"windows": true, "linux": true, "chrome": true, "chromium": true, "firefox": true, "thunderbird": true,
	"wordpress": true, "drupal": true, "joomla": true, "magento": true, "qt": true, "gtk": true, "gcc": true,
	"clang": true, "llvm": true, "cmake": true, "gradle": true, "maven": true, "xcode": true, "openssl": true,
	"openssh": true, "git": true, "vim": true, "neovim": true, "emacs": true, "vscode": true,
	"tensorflow": true, "pytorch": true, "numpy": true, "pandas": true, "lodash": true, "jquery": true,
}

// versionStages are the words, in lower case, that follow a program's
// version to name its stage or channel: "12.3.24 beta".
var versionStages = map[string]bool{
	"beta": true, "alpha": true, "rc": true, "lts": true, "nightly": true, "snapshot": true, "preview": true,
	"dev": true, "esr": true, "stable": true,
}

// upgradeVerbs are the verbs, in lower case, that move a program to a
// version: "upgrade Django to 4.2.11".
var upgradeVerbs = map[string]bool{
	"upgrade": true, "upgraded": true, "upgrading": true, "upgrades": true, "update": true, "updated": true,
	"updating": true, "updates": true, "bump": true, "bumped": true, "bumps": true, "bumping": true,
	"downgrade": true, "downgraded": true, "pin": true, "pinned": true, "install": true, "installed": true,
	"migrate": true, "migrated": true,
}

// skipBlank returns the index of the first byte at or after i that is not
// a space.
func skipBlank(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// wordAt returns the word of ASCII letters at s[i], or the comma there,
// and the index after it; "" and i where there is neither.
func wordAt(s string, i int) (string, int) {
	if i < len(s) && s[i] == ',' {
		return ",", i + 1
	}
	k := i
	for k < len(s) && (s[k]|0x20 >= 'a' && s[k]|0x20 <= 'z') {
		k++
	}
	if k < len(s) && s[k] >= 0x80 {
		return "", i // a word of another script, or accented
	}
	return s[i:k], k
}

// versionOnly reports whether s[i] starts digits parted by points that no
// date is: one digit after the last of two points ("20.11.1"), or four
// parts or more ("1.2.3.4").
func versionOnly(s string, i int) bool {
	parts, last := 0, 0
	for {
		k := i
		for k < len(s) && s[k]-'0' < 10 {
			k++
		}
		if k == i {
			return false
		}
		parts, last = parts+1, k-i
		if k+1 < len(s) && s[k] == '.' && s[k+1]-'0' < 10 {
			i = k + 1
			continue
		}
		if k < len(s) && (s[k]|0x20 >= 'a' && s[k]|0x20 <= 'z' || s[k] >= 0x80) {
			return false
		}
		return parts >= 4 || parts == 3 && last == 1
	}
}

// numberedBefore reports whether a word of numberingWords ends right
// before text[start], a space or a § apart.
func numberedBefore(text string, start int) bool {
	e := start
	for e > 0 && text[e-1] == ' ' {
		e--
	}
	if e == start || e == 0 {
		return false
	}
	if strings.HasSuffix(text[:e], "§") {
		return true
	}
	k := e
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= n
	}
	if k == e || e-k > 24 {
		return false
	}
	w := text[k:e]
	return numberingWords[w] || numberingWords[strings.ToLower(w)]
}
