package dateline

import (
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// withLaterCivilDay returns match r, a Hebrew day and month without a
// year (with the day's occasion or not: see hebrewDayOnly), joined with the civil date later in its sentence that states its
// year, where the two name one day, checked as one dateline that names
// both: its report, and r ended at the civil date's end, with the words
// between as text of the dateline. "my father's yahrzeit, Adar 21, will
// be celebrated on February 22, 2022" (incoming.tsv) names 21 Adar I
// 5782 once; read apart, the Hebrew date took the year of the civil one
// (see nextYearFor) and, that year being a leap year, Adar II, a month
// later, with only an info, and the one day was two matches. Where the
// two do not name one day, or the civil date names a Hebrew date, an
// occasion or a weekly portion of its own, ok is false and r and rep
// stand: a sentence may name two days ("from the 5th of Sivan ... (June
// 11-13, 2024)"). o are Find's options.
func withLaterCivilDay(text string, r *parse.Result, rep *Report, o *options) (parse.Result, Report, bool) {
	if !rep.OK() || !hebrewDayOnly(r) {
		return *r, *rep, false
	}
	n, ok := laterDated(text, r.End)
	if !ok || n.End-r.Start > parse.MaxInput || !civilOnly(&n) {
		return *r, *rep, false
	}
	if l, lrep, ok := joinedDay(text, r, &n, o); ok {
		return l, lrep, true
	}
	return *r, *rep, false
}

// withLaterWeekdayDay is withLaterCivilDay for a sentence that names no
// year: r, a Hebrew day and month, joined with the match right after it
// in its sentence where that is a civil day and month with its weekday
// and no year, the two checked as one dateline, whose year is the one in
// which the two dates and the weekday fit each other. "o dia 3 de Tamuz –
// data de Yurtsait do Rebe – coincidirá com a próxima quinta-feira
// (22/06)" (knesset.org.br, round 305) names 3 Tammuz 5783 once, and was
// two matches, the Hebrew date read in the year nearest the reference
// (5786) and the civil one in the last year whose 22 June is a Thursday,
// which was right by chance. The two are joined only where the civil
// date keeps the day it reads alone: a Hebrew date that fits it in no
// year but one long before ("3 de Tamuz ... quinta-feira (29/06)", 2006)
// is another day's, and the two stand. Without the weekday, a day and a
// month of each calendar fit each other in many years, and they stand.
func withLaterWeekdayDay(text string, r *parse.Result, rep *Report, o *options) (parse.Result, Report, bool) {
	if !rep.OK() || !hebrewDayOnly(r) {
		return *r, *rep, false
	}
	reach := min(len(text), r.End+maxSentenceGap)
	cut := min(len(text), reach+maxMatchTail)
	for n := range parse.AllFrom(text[:cut], r.End) {
		if n.Start > reach || n.End >= cut && cut < len(text) || n.End-r.Start > parse.MaxInput ||
			!parse.SameSentence(text, r.End, n.Start) || !civilOnly(&n) || !hasDayMonth(&n) {
			return *r, *rep, false
		}
		if k := kindsOf(&n); !k.has(layout.Weekday) || k.any(layout.Year) {
			return *r, *rep, false
		}
		l, lrep, ok := joinedDay(text, r, &n, o)
		if nrep := checkMatch(text, &n, o, o); !ok || !nrep.OK() || !nrep.Dateline.Time.Equal(lrep.Dateline.Time) {
			return *r, *rep, false
		}
		return l, lrep, true
	}
	return *r, *rep, false
}

// withEarlierWeekdayDay is withLaterWeekdayDay for the civil day and
// month with their weekday before r, prev, the match before it in its
// sentence: "Na quinta-feira, 22 de junho, será o dia 3 de Tamuz" names
// 3 Tammuz 5783 once. It returns r begun at prev's start, where prev
// keeps the day it reads alone; prev is to be dropped for it.
func withEarlierWeekdayDay(text string, r *parse.Result, rep *Report, prev *Match, o *options) (parse.Result, Report, bool) {
	if !rep.OK() || !prev.OK() || !hebrewDayOnly(r) || prev.End > r.Start || r.Start-prev.End > maxSentenceGap ||
		r.End-prev.Start > parse.MaxInput || !parse.SameSentence(text, prev.End, r.Start) {
		return *r, *rep, false
	}
	n, ok := reread(text, prev)
	if !ok || !civilOnly(&n) || !hasDayMonth(&n) {
		return *r, *rep, false
	}
	if k := kindsOf(&n); !k.has(layout.Weekday) || k.any(layout.Year) {
		return *r, *rep, false
	}
	l, lrep, ok := joinedDay(text, &n, r, o)
	if !ok || !lrep.Dateline.Time.Equal(prev.Dateline.Time) {
		return *r, *rep, false
	}
	return l, lrep, true
}

// withEarlierCivilDay is withLaterCivilDay for a civil date before r in
// its sentence, the match before r, prev, which states its year: "The
// farbrengen on Dec. 31, 1980 marked 24 Teves, the yom hilulah" names 24
// Tevet 5741 once, and was two matches. It returns r begun at prev's
// start; prev is to be dropped for it. prev is read again from the text,
// and taken only where it reads as it was found.
func withEarlierCivilDay(text string, r *parse.Result, rep *Report, prev *Match, o *options) (parse.Result, Report, bool) {
	if !rep.OK() || !prev.OK() || !hebrewDayOnly(r) || prev.End > r.Start || r.Start-prev.End > maxSentenceGap ||
		r.End-prev.Start > parse.MaxInput || !parse.SameSentence(text, prev.End, r.Start) {
		return *r, *rep, false
	}
	n, ok := reread(text, prev)
	if !ok {
		return *r, *rep, false
	}
	if _, ok := n.Get(layout.Year); !ok || !civilOnly(&n) {
		return *r, *rep, false
	}
	return joinedDay(text, &n, r, o)
}

// withHeadingOccasion returns r, a civil day and month whose year its
// sentence took from prev, the match before it, joined to prev where
// prev is an occasion and its year that heads the sentence: "Ханука 2023:
// первая свеча зажигается вечером 7 декабря" and "Anul Nou Evreiesc
// 2023: Vezi aici în ce an trec evreii pe data de 15 septembrie"
// (incoming.tsv) name one day, the occasion's, and were two matches, the
// occasion's day and the date's. The date is checked with the occasion,
// as a dateline that names both is; where they do not fit each other
// (a party on another day of 2023), ok is false and the two stand. prev
// is to be dropped for the joined match. o are Find's options.
func withHeadingOccasion(text string, r *parse.Result, rep *Report, prev *Match, o *options) (parse.Result, Report, bool) {
	if !rep.OK() || !prev.OK() || !civilOnly(r) || !hasDayMonth(r) || prev.End > r.Start ||
		r.End-prev.Start > parse.MaxInput || !parse.SameSentence(text, prev.End, r.Start) {
		return *r, *rep, false
	}
	if _, year := r.Get(layout.Year); year {
		return *r, *rep, false
	}
	n, ok := reread(text, prev)
	if !ok || kindsOf(&n).any(layout.Day, layout.Month, layout.Weekday, layout.HebrewDay, layout.HebrewMonth) ||
		!kindsOf(&n).has(layout.Holiday, layout.Year) {
		return *r, *rep, false
	}
	l := joined(text, &n, r)
	lrep := checkMatch(text, &l, o, o)
	if !fitsOccasion(lrep) {
		return *r, *rep, false
	}
	return l, lrep, true
}

// joinedDay returns the dateline of match a, then the text between, then
// match b, and whether it is read with no problem above an info, and as
// one day.
func joinedDay(text string, a, b *parse.Result, o *options) (parse.Result, Report, bool) {
	l := joined(text, a, b)
	lrep := checkMatch(text, &l, o, o)
	for _, p := range lrep.Problems {
		if p.Severity != Info || p.Code == CodeAfterSunset {
			// Far apart, a Hebrew date a day ahead is another day,
			// not one printed from sunset.
			return *a, Report{}, false
		}
	}
	return l, lrep, true
}

// joined returns match a, then the text between as a literal, then
// match b, as one match.
func joined(text string, a, b *parse.Result) parse.Result {
	l := *a
	fields := make([]parse.Field, 0, len(a.Fields)+len(b.Fields)+1)
	fields = append(fields, a.Fields...)
	fields = append(fields, parse.Field{Element: layout.Lit(text[a.End:b.Start]), Start: a.End, End: b.Start})
	l.Fields = append(fields, b.Fields...)
	l.End = b.End
	return l
}

// reread returns the reading of match m read again from the text, and
// whether it reads as m was found, over the same span.
func reread(text string, m *Match) (parse.Result, bool) {
	for n := range parse.AllFrom(text[:m.End], m.Start) {
		return n, n.Start == m.Start && n.End == m.End
	}
	return parse.Result{}, false
}

// civilOnly reports whether match n names no Hebrew day, month or year,
// occasion or weekly portion of its own.
func civilOnly(n *parse.Result) bool {
	for _, k := range [...]layout.Kind{layout.HebrewDay, layout.HebrewMonth, layout.HebrewYear, layout.Holiday, layout.Portion} {
		if _, own := n.Get(k); own {
			return false
		}
	}
	return true
}

// hebrewDayOnly reports whether match r is a Hebrew day and month, with
// or without the occasion of the day, and no year of either calendar,
// civil date or weekly portion.
func hebrewDayOnly(r *parse.Result) bool {
	day, month := false, false
	for i := range r.Fields {
		switch r.Fields[i].Kind {
		case layout.HebrewDay:
			day = true
		case layout.HebrewMonth:
			month = true
		case layout.Year, layout.HebrewYear, layout.Month, layout.Day, layout.Portion:
			return false
		}
	}
	return day && month
}
