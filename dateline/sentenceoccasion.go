package dateline

import (
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
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
func withSentenceOccasion(text string, r *parse.Result, rep *Report, last int, o *options) (parse.Result, Report, bool) {
	if !rep.OK() || !linkable(r) || !rep.has(CodeYearInferred) {
		return *r, *rep, false
	}
	f, ok := parse.SentenceOccasion(text, r.Start, r.End)
	if !ok || f.Start < last || f.End-r.Start > parse.MaxInput || f.Start >= r.End && matchAt(text, f.Start, f.End) {
		return *r, *rep, false
	}
	f.Flags |= parse.Counted
	// One of its days counted in words before the name ("Trećeg dana
	// Hanuke, u utorak, 4. decembra"; see withCountedBefore).
	counted := f.Start
	if b, v, ok := parse.CountedWordsBefore(text, f.Start); ok && b >= last && (f.Start < r.Start || b >= r.End) {
		counted, f.Shift = b, -int16(v-1)
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
	lrep := checkMatch(text, &l, o, o)
	for _, p := range lrep.Problems {
		if p.Severity != Info && p.Code != CodeAfterSunset {
			return *r, *rep, false
		}
	}
	return l, lrep, true
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
