package dateline

import (
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// maxLaterEndDays is how many days after an occasion's start a civil date
// later in its sentence may be its end (see withLaterEnd): Sukkot's nine
// days, Pesach's eight, Hanukkah's eight, with room for the Omer's and
// the weeks of mourning that pages also give as ranges.
const maxLaterEndDays = 50

// withLaterEnd returns match r, a civil date, joined to prev, the match
// before it, as the end of the range whose start prev is, where prev names
// an occasion and its civil day and the words right before r say that
// something ends on it (see parse.EndsBefore), in the same sentence:
// "Hanukkah ... officially began at sundown on Sunday, December 14, 2025,
// marking the start of an eight-day Jewish celebration that will
// conclude at nightfall on Monday, December 22, 2025" (incoming.tsv) was
// two datelines, the end unchecked as the occasion's. The words between
// are text of the dateline, as endsJoin's are where the end follows
// the start's date. prevR is prev's reading. The joined dateline is taken
// only where it is read with no problem above an info, so that a
// sentence that goes on to another thing's end keeps its two datelines:
// ok is false, and r and rep stand.
func withLaterEnd(text string, prevR *parse.Result, prev *Match, r *parse.Result, rep *Report, o *options) (parse.Result, Report, bool) {
	if !rep.OK() || !prev.OK() || prevR.Start != prev.Start || prevR.End != prev.End || prev.End > r.Start ||
		r.Start-prev.End > maxSentenceGap || r.End-prev.Start > parse.MaxInput {
		return *r, *rep, false
	}
	if !occasionStart(prevR) || !civilOnly(r) || hasRangeEnd(r) || !hasDayMonth(r) {
		return *r, *rep, false
	}
	a, b := prev.Dateline.Time, rep.Dateline.Time
	n := int(b.Sub(a).Hours() / 24)
	if n < 1 || n > maxLaterEndDays || !parse.EndsBefore(text, r.Start) || !parse.SameSentence(text, prev.End, r.Start) {
		return *r, *rep, false
	}
	_, startYear := prevR.Get(layout.Year)
	end := parse.RangeEndFields(r.Fields, a, b, startYear)
	l := *prevR
	fields := make([]parse.Field, 0, len(prevR.Fields)+len(end)+1)
	fields = append(fields, prevR.Fields...)
	fields = append(fields, parse.Field{Element: layout.Lit(text[prevR.End:r.Start]), Start: prevR.End, End: r.Start})
	l.Fields = append(fields, end...)
	l.End = r.End
	lrep := checkMatch(text, &l, o, o)
	for _, p := range lrep.Problems {
		if p.Severity != Info {
			return *r, *rep, false
		}
	}
	return l, lrep, true
}

// occasionStart reports whether match r names an occasion with its civil
// day and month and is no range already.
func occasionStart(r *parse.Result) bool {
	_, holiday := r.Get(layout.Holiday)
	return holiday && hasDayMonth(r) && !hasRangeEnd(r)
}

// hasDayMonth reports whether match r names a civil day and month.
func hasDayMonth(r *parse.Result) bool {
	_, day := r.Get(layout.Day)
	_, month := r.Get(layout.Month)
	return day && month
}

// hasRangeEnd reports whether match r is a range: a field of its end.
func hasRangeEnd(r *parse.Result) bool {
	for i := range r.Fields {
		if r.Fields[i].Flags&parse.RangeEnd != 0 {
			return true
		}
	}
	return false
}
