package dateline

import (
	"time"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
	"github.com/dualdate/dualdate/occasion"
)

// withSentenceOccasion returns match r checked with the occasion its
// sentence names near it (see [parse.SentenceOccasion]) as the
// occasion's first day or its eve, as a dateline that names both is
// checked, where r names no year and a weekday, and the two fit each
// other in some year: its report, and r begun or ended at the occasion's
// name. The occasion, not the reference, then chooses the year, as a
// page dates a festival by when it begins: "Tisdag 15 april stängt
// pesach 1" (incoming.tsv) is Tuesday, 15 April 2014, Passover's first
// day, and "On Friday, April 22 Jews around the world celebrate
// Passover" Friday, 22 April 2016, the evening it began; both were read
// in the year nearest the reference whose day fits the weekday, with
// only an info. Without a weekday any day of an occasion's fits some
// year ("On April 3 we start to clean for Passover"); and where they do
// not fit, ok is false and r and rep stand: a sentence may name an
// occasion beside another day. An occasion before r is taken only from
// last on, the end of the match before r, and one after it only within
// parse.MaxInput bytes of r's start, as a match is read. o are Find's
// options, with which r was read.
//
// A date whose year the text states is joined to the occasion only where
// the occasion begins at that date's sunset and a verb says it is kept
// (see parse.OccasionKept), so that the date is the evening's Hebrew day
// with the info that says so: "Am 22. Dezember 2019 wird Chanukka
// gefeiert" and "7 декабря 2023 года у иудеев всего мира начнется
// празднование Хануки" (incoming.tsv) were the daytime's 24 Kislev, with
// nothing said of the festival that began that evening.
// So is a date with no year and no weekday, in the year the reference
// or its sentence ("this year", "idén", "bu yıl") gives it, where the
// occasion begins at its sunset in that year; the occasion does not
// choose the year, and the reference's is kept with the warning of
// occasionUnfit where it does not fit: "Gruodžio 14 d., kartu su saulės
// laida, pasaulio žydų bendruomenė pradeda švęsti Chanuką" and "Idén
// december 10-én kezdődött ... a hanuka" (incoming.tsv) were the
// daytime's 24 Kislev. ro are the options for the match's year, o Find's.
// A date on a day of the occasion is its daytime's already, and one in a
// sentence that names another occasion keeps its own. The occasion is
// the one after the date: one before it with a verb ("Hanukkah begins on
// December 22, 2019") is the dateline's own grammar, which reads the
// words between, but for a verb that ends the clause after the date
// ("Sukot Bayramı, bu yıl 6 Ekim'de başlıyor", see
// parse.OccasionBegunAfter).
func withSentenceOccasion(text string, r *parse.Result, rep *Report, last int, ro, o *options) (parse.Result, Report, bool) {
	inferred := ro == o && linkable(r) && rep.has(CodeYearInferred)
	if !rep.OK() || !inferred && (!eveLinkable(r, rep) || !occasionAtSunset(rep.Dateline.Time)) {
		return *r, *rep, false
	}
	f, ok := parse.SentenceOccasion(text, r.Start, r.End)
	if !ok || f.Start < last || f.End-r.Start > parse.MaxInput || f.Start >= r.End && matchAt(text, f.Start, f.End) {
		return *r, *rep, false
	}
	if !inferred {
		said := f.Start >= r.End && parse.OccasionKept(text, r.End, f) || f.End <= r.Start && (parse.OccasionBegun(text, f.End, firstDayField(r)) || parse.OccasionBegunAfter(text, r.End))
		if !said || !beginsAtSunset(holidayNameOf(text, &f), rep.Dateline.Time) {
			return *r, *rep, false
		}
		f.Flags |= parse.Night // the sentence says it begins that evening
	}
	l := joinOccasion(text, r, f, last)
	lrep := checkMatch(text, &l, ro, o)
	if !fitsOccasion(lrep) || !inferred && !sameDay(lrep.Dateline.Time, rep.Dateline.Time) {
		return *r, *rep, false
	}
	return l, lrep, true
}

// sameDay reports whether t and u are on the same civil day.
func sameDay(t, u time.Time) bool {
	ty, tm, td := t.Date()
	uy, um, ud := u.Date()
	return ty == uy && tm == um && td == ud
}

// fitsOccasion reports whether rep, the report of a match joined to the
// occasion its sentence names (see joinOccasion), says they fit: no
// problem above an info but that the occasion begins at the date's
// sunset.
func fitsOccasion(rep Report) bool {
	for _, p := range rep.Problems {
		if p.Severity != Info && p.Code != CodeAfterSunset {
			return false
		}
	}
	return true
}

// joinOccasion returns match r joined to f, the occasion its sentence
// names (see parse.SentenceOccasion), as the occasion's first day or its
// eve, or as the day or evening that the words before the name count
// ("Trećeg dana Hanuke, u utorak, 4. decembra", see withCountedBefore;
// "on Monday, Dec. 26 followed by a community-wide celebration on the
// third night of Chanukah", see parse.CountedOccasionBefore), the text
// between them a literal: r begun at the name, or at those words, from
// last on, or ended at the name after it.
func joinOccasion(text string, r *parse.Result, f parse.Field, last int) parse.Result {
	f.Flags |= parse.Counted
	counted := f.Start
	if b, v, ok := parse.CountedWordsBefore(text, f.Start); ok && b >= last && (f.Start < r.Start || b >= r.End) {
		counted, f.Shift = b, -int16(v-1)
	} else if b, c, ok := parse.CountedOccasionBefore(text, f); ok && b >= last && (f.Start < r.Start || b >= r.End) {
		counted, f.Shift, f.Flags = b, c.Shift, f.Flags|c.Flags
	}
	l := *r
	fields := make([]parse.Field, 0, len(r.Fields)+3)
	if f.Start >= r.End {
		fields = append(fields, r.Fields...)
		fields = append(fields, parse.Field{Element: layout.Lit(text[r.End:f.Start]), Start: r.End, End: f.Start}, f)
		l.End = f.End
	} else {
		if counted < f.Start {
			fields = append(fields, parse.Field{Element: layout.Lit(text[counted:f.Start]), Start: counted, End: f.Start})
		}
		fields = append(fields, f, parse.Field{Element: layout.Lit(text[f.End:r.Start]), Start: f.End, End: r.Start})
		fields = append(fields, r.Fields...)
		l.Start = counted
	}
	l.Fields = fields
	return l
}

// occasionUnfit makes a warning of the info that match r, read as rep
// without a year it states, took a year by the reference, where the
// sentence names an occasion near it (see parse.SentenceOccasion) that
// neither begins nor falls on the date in that year: "hétnapos pészah
// ünnepét (idén április 22–30. között)" read on a reference of 2026 is
// April 22, 2026 by its "idén" (this year, see relativeYearFor), and
// Pesach 5786 ran from April 2; the page's year, 2024, is the one whose
// Pesach it was. "Gruodžio 14 d., kartu su saulės laida, pasaulio žydų
// bendruomenė pradeda švęsti Chanuką" (incoming.tsv) is December 14 of
// 2025, and was read in 2026, whose Hanukkah had ended, with only an
// info. Without a weekday, or with one the occasion does not fit (see
// withSentenceOccasion), the occasion cannot choose the year: many fit
// a day of a festival. The reader keeps the year by the reference, and
// says that the occasion does not fit it.
func occasionUnfit(text string, r *parse.Result, rep *Report, last int) {
	i := -1
	for k := range rep.Problems {
		if p := &rep.Problems[k]; p.Code == CodeYearInferred && p.Severity == Info {
			i = k
			break
		}
	}
	if i < 0 || !rep.OK() || !rep.Dateline.HasDay() {
		return
	}
	f, ok := parse.SentenceOccasion(text, r.Start, r.End)
	if !ok || f.Start < last || f.End-r.Start > parse.MaxInput {
		return
	}
	t := rep.Dateline.Time
	h, err := hebrew.FromGregorian(t.Year(), t.Month(), t.Day())
	if err != nil || occasionNear(holidayNameOf(text, &f), h) {
		return
	}
	p := &rep.Problems[i]
	p.Severity = Warning
	p.Message += "; its sentence names " + quote(text[f.Start:f.End]) + ", which is not on this day or its eve in " + itoa(t.Year()) + ": check the year or the reference"
}

// occasionNear reports whether the occasion name names is on Hebrew day
// h or the next, the day it begins at sunset, in either schedule.
func occasionNear(name string, h hebrew.Date) bool {
	return occasionOn(name, h, true) || occasionOn(name, h.AddDays(1), true)
}

// occasionOn reports whether the occasion name names is on Hebrew day d
// in either schedule: one of the days of a festival named whole, or the
// day of one named by its day; with eve false, not the eve of a festival
// (Erev Chanukah, 24 Kislev, is not yet Chanukah).
func occasionOn(name string, d hebrew.Date, eve bool) bool {
	if d.IsZero() {
		return false
	}
	for _, s := range [...]occasion.Schedule{occasion.Diaspora, occasion.Israel} {
		for _, oc := range occasion.On(d, s) {
			if (eve || oc.Kind != occasion.Erev) && oc.Is(name) {
				return true
			}
		}
		if oc, ok := occasion.Find(name, d.Year, s); ok && oc.Date == d {
			return true
		}
	}
	return false
}

// beginsAtSunset reports whether the occasion name names begins at the
// sunset of civil day t: it is on the Hebrew day after t's daytime, and
// not on t's daytime itself (the second day of a festival begins at the
// sunset of its first, which the first names too).
func beginsAtSunset(name string, t time.Time) bool {
	h, err := hebrew.FromGregorian(t.Year(), t.Month(), t.Day())
	return err == nil && !occasionOn(name, h, false) && occasionOn(name, h.AddDays(1), false)
}

// occasionAtSunset reports whether some occasion other than an eve is on
// the Hebrew day that begins at the sunset of civil day t, in either
// schedule: the cheap test before a sentence is searched for one (see
// beginsAtSunset), which most days fail.
func occasionAtSunset(t time.Time) bool {
	h, err := hebrew.FromGregorian(t.Year(), t.Month(), t.Day())
	if err != nil {
		return false
	}
	var buf [8]occasion.Occasion
	for _, s := range [...]occasion.Schedule{occasion.Diaspora, occasion.Israel} {
		for _, oc := range occasion.AppendOn(buf[:0], h.AddDays(1), s) {
			if oc.Kind != occasion.Erev {
				return true
			}
		}
	}
	return false
}

// eveLinkable reports whether match r, read as rep, is a civil day,
// month and year the text states, or a civil day and month with neither
// a year nor a weekday, whose year was inferred, with no occasion,
// weekly portion or Hebrew date of its own, and no time of day (an hour
// chooses the Hebrew day itself).
func eveLinkable(r *parse.Result, rep *Report) bool {
	k := kindsOf(r)
	inferred := rep.has(CodeYearInferred)
	stated := k.has(layout.Year) && !inferred
	guessed := !k.any(layout.Year, layout.Weekday) && inferred
	return k.has(layout.Month, layout.Day) && (stated || guessed) && rep.Dateline.HasDay() &&
		!k.any(layout.Hour, layout.Holiday, layout.Portion, layout.HebrewMonth, layout.HebrewDay, layout.HebrewYear)
}

// matchAt reports whether a match of its own that states a year starts
// in text[start:end], an occasion's name after a date: "On Friday, April
// 22 Jews celebrate Passover 5776" is two datelines, as the name with its
// year is one. Without a year the name is the date's, and the match after
// it is read as of its sentence's year: "Tuesday December 22 is a fast
// called Asara Bitevet, the tenth day of the month of Tevet" (incoming.tsv)
// is December 22, 2015, and 10 Tevet 5776, where each was read in the year
// nearest the reference.
func matchAt(text string, start, end int) bool {
	for n := range parse.AllFrom(text[:min(len(text), start+parse.MaxInput)], start) {
		if n.Start >= end {
			return false
		}
		_, year := n.Get(layout.Year)
		_, hy := n.Get(layout.HebrewYear)
		return year || hy
	}
	return false
}

// linkable reports whether match r is a civil day and month with a
// weekday and no year, occasion, weekly portion or Hebrew date of its
// own.
func linkable(r *parse.Result) bool {
	k := kindsOf(r)
	return k.has(layout.Month, layout.Day, layout.Weekday) &&
		!k.any(layout.Year, layout.Holiday, layout.Portion, layout.HebrewMonth, layout.HebrewDay, layout.HebrewYear)
}

// kinds is a set of the kinds of a match's fields, a bit each.
type kinds uint64

// kindsOf returns the kinds of r's fields, its range's end's too.
func kindsOf(r *parse.Result) (k kinds) {
	for i := range r.Fields {
		k |= 1 << r.Fields[i].Kind
	}
	return k
}

// has reports whether k holds every one of ks.
func (k kinds) has(ks ...layout.Kind) bool {
	for _, x := range ks {
		if k&(1<<x) == 0 {
			return false
		}
	}
	return true
}

// any reports whether k holds one of ks.
func (k kinds) any(ks ...layout.Kind) bool {
	for _, x := range ks {
		if k&(1<<x) != 0 {
			return true
		}
	}
	return false
}

// firstDayField returns the start of r's first day, month or weekday, or
// r's start if it has none.
func firstDayField(r *parse.Result) int {
	for i := range r.Fields {
		switch f := &r.Fields[i]; f.Kind {
		case layout.Day, layout.Month, layout.Weekday:
			return f.Start
		}
	}
	return r.Start
}
