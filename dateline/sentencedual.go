package dateline

import (
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// withLaterCivilDay returns match r, a Hebrew day and month without a
// year, joined with the civil date later in its sentence that states its
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
	if !ok || n.End-r.Start > parse.MaxInput {
		return *r, *rep, false
	}
	for _, k := range [...]layout.Kind{layout.HebrewDay, layout.HebrewMonth, layout.HebrewYear, layout.Holiday, layout.Portion} {
		if _, own := n.Get(k); own {
			return *r, *rep, false
		}
	}
	l := *r
	fields := make([]parse.Field, 0, len(r.Fields)+len(n.Fields)+1)
	fields = append(fields, r.Fields...)
	fields = append(fields, parse.Field{Element: layout.Lit(text[r.End:n.Start]), Start: r.End, End: n.Start})
	l.Fields = append(fields, n.Fields...)
	l.End = n.End
	lrep := checkMatch(text, &l, o, o)
	for _, p := range lrep.Problems {
		if p.Severity != Info {
			return *r, *rep, false
		}
	}
	return l, lrep, true
}

// hebrewDayOnly reports whether match r is a Hebrew day and month with
// no year of either calendar, civil date, occasion or weekly portion.
func hebrewDayOnly(r *parse.Result) bool {
	day, month := false, false
	for i := range r.Fields {
		switch r.Fields[i].Kind {
		case layout.HebrewDay:
			day = true
		case layout.HebrewMonth:
			month = true
		case layout.Year, layout.HebrewYear, layout.Month, layout.Day, layout.Holiday, layout.Portion:
			return false
		}
	}
	return day && month
}
