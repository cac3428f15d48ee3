package dateline

import (
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// withEveRangeOccasion returns match r, a range (or pair) of civil days,
// joined to the occasion its sentence names near it (see
// parse.SentenceOccasion), where the range says it runs from the
// occasion's eve: the occasion begins at the sunset of the range's first
// day, and its last day is a day of the occasion. Its report says that
// the first day is the evening's Hebrew day (after-sunset), as it says of
// a range that names the occasion in its own words ("Pesach: April 22–30,
// 2024"). "hétnapos pészah ünnepét (idén április 22–30. között)" and
// "Jom Kippur, ... der in diesem Jahr vom 11. bis 12. Oktober gefeiert
// wird" (incoming.tsv, read in the page's year) were the daytime's 14
// Nisan and 9 Tishrei, with nothing said of the festival that began that
// evening. Both ends must fit: a festival has days enough that one date
// beside its name may be any of them, or none, but a range that starts
// at its eve and ends inside it is the festival's. The join changes no
// day: the year stays the one r was read in (by ro, or by its own
// words), and a join that would read another is refused. Only a range
// whose year the text does not state, and that names no evening itself:
// one with its year ("Yom Kippur for 2024 dates are October 11 and 12",
// "el 29 de setembre de 2019 i que dura fins a l'1 d'octubre") is read as
// its words say, the civil day's Hebrew date.
func withEveRangeOccasion(text string, r *parse.Result, rep *Report, last int, ro, o *options) (parse.Result, Report, bool) {
	if !rep.OK() || !rep.has(CodeYearInferred) || len(rep.Also) == 0 || !hasRangeEnd(r) || !rep.Dateline.HasDay() || !occasionAtSunset(rep.Dateline.Time) {
		return *r, *rep, false
	}
	for i := range r.Fields {
		if r.Fields[i].Evening() {
			return *r, *rep, false // "kveld 25. september - kveld 27. september": the range says its evenings itself
		}
	}
	if k := kindsOf(r); !k.has(layout.Month, layout.Day) || k.any(layout.Hour, layout.Holiday, layout.Portion, layout.HebrewMonth, layout.HebrewDay, layout.HebrewYear) {
		return *r, *rep, false
	}
	f, ok := parse.SentenceOccasion(text, r.Start, r.End)
	if !ok || f.Start < last || f.End-r.Start > parse.MaxInput || f.Start >= r.End && matchAt(text, f.Start, f.End) {
		return *r, *rep, false
	}
	name := holidayNameOf(text, &f)
	end := rep.Also[len(rep.Also)-1].Time
	h, err := hebrew.FromGregorian(end.Year(), end.Month(), end.Day())
	if err != nil || !beginsAtSunset(name, rep.Dateline.Time) || !occasionOn(name, h, false) {
		return *r, *rep, false
	}
	l := joinOccasion(text, r, f, last)
	for i := range l.Fields {
		if hf := &l.Fields[i]; hf.Kind == layout.Holiday {
			if hf.Shift != f.Shift || l.Start < min(f.Start, r.Start) {
				return *r, *rep, false // a day the words before the name count, not the festival whole
			}
			hf.Flags &^= parse.Counted // the festival, its first day or eve, as a range's own name is read
		}
	}
	lrep := checkMatch(text, &l, ro, o)
	a, b := lrep.Dateline.Time, rep.Dateline.Time
	if !fitsOccasion(lrep) || !lrep.has(CodeAfterSunset) || a.Year() != b.Year() || a.YearDay() != b.YearDay() {
		return *r, *rep, false
	}
	return l, lrep, true
}
