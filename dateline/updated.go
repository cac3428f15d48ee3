package dateline

import (
	"slices"
	"strings"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// withUpdate returns match r joined to prev, the match before it, as the
// time prev was updated, where the words between them say so (see
// parse.UpdateBetween): a byline's publication and its update, "on
// December 11, 2009 at 8:27 AM, updated December 11, 2009 at 4:01 PM",
// "Publicado em: 22/12/2019 21:26 | Atualizado em: 22/12/2019 22:22",
// "(Erstellt am 30. April 2024 10:29 Uhr / geändert am 30. April 2024
// 10:33 Uhr)", was two datelines (incoming.tsv). The joined match is one
// dateline, the publication's, whose report is prev's with the update in
// Updated and the update's own problems after prev's: an update that is
// no real day ("updated 31/02/2019") is its error, and the byline's. An
// update before the publication is a warning that gives both (CodeUpdate).
// prevR is prev's reading. Neither may be a range or a list, and the
// update must name a day, of either calendar; elsewhere ok is false, and
// r and rep stand. The joined reading is prev's, the words and the update
// after it a literal, as the update is none of the dateline's fields.
func withUpdate(text string, prevR *parse.Result, prev *Match, r *parse.Result, rep *Report) (parse.Result, Report, bool) {
	if prevR.Start != prev.Start || prevR.End != prev.End || prev.End > r.Start || !prev.Dateline.HasDay() ||
		len(prev.Also) > 0 || len(rep.Also) > 0 || hasRangeEnd(prevR) || hasRangeEnd(r) || !namesDay(r) {
		return *r, *rep, false
	}
	ok, bracket := parse.UpdateBetween(text, prev.End, r.Start)
	if !ok {
		return *r, *rep, false
	}
	end := r.End
	if bracket {
		// "(Son Güncelleme:06.09.2021-18:30)": the bracket the words
		// opened closes after the update.
		if k := skipBlank(text, end); k < len(text) && (text[k] == ')' || text[k] == ']') {
			end = k + 1
		}
	}
	if end-prev.Start > parse.MaxInput {
		return *r, *rep, false
	}
	l := *prevR
	l.Fields = append(slices.Clip(prevR.Fields), parse.Field{Element: layout.Lit(text[prevR.End:end]), Start: prevR.End, End: end})
	l.End = end
	lrep := prev.Report
	lrep.Input = text[prev.Start:end]
	off := r.Start - prev.Start
	lrep.Problems = slices.Clip(prev.Problems)
	for _, p := range rep.Problems {
		p.Start, p.End = p.Start+off, p.End+off
		lrep.Problems = append(lrep.Problems, p)
	}
	if rep.OK() && updatedBefore(prev.Dateline, rep.Dateline) {
		lrep.Problems = append(lrep.Problems, Problem{
			Code: CodeUpdate, Severity: Warning, Start: off, End: off + len(rep.Input),
			Message: "the update, " + quote(rep.Input) + " (" + instantText(rep.Dateline) + "), is before the publication, " +
				quote(prev.Input) + " (" + instantText(prev.Dateline) + ")",
		})
	}
	if lrep.OK() {
		lrep.Updated = rep.Dateline
	}
	return l, lrep, true
}

// namesDay reports whether match r names a day of the month, of either
// calendar: an update is a day, not a month.
func namesDay(r *parse.Result) bool {
	_, day := r.Get(layout.Day)
	_, hday := r.Get(layout.HebrewDay)
	return day || hday
}

// updatedBefore reports whether the update u is before the publication p:
// by the instant where both have a time of day, else by the civil day.
func updatedBefore(p, u Dateline) bool {
	if p.HasTime && u.HasTime {
		return u.Time.Before(p.Time)
	}
	py, pm, pd := p.Time.Date()
	uy, um, ud := u.Time.Date()
	return uy < py || uy == py && (um < pm || um == pm && ud < pd)
}

// instantText writes d's day, and its time of day if it has one, for a
// message: "December 22, 2019 9:26 pm".
func instantText(d Dateline) string {
	y, m, day := d.Time.Date()
	s := dateText(y, m, day)
	if d.HasTime {
		s += " " + strings.ToLower(d.Time.Format("3:04 PM"))
	}
	return s
}
