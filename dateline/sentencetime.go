package dateline

import (
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// withSentenceTime returns match r checked with the hour its sentence
// gives further on: after Hebrew's בשעה (see [parse.SentenceTime]), "ההילולא
// תתקיים ביום חמישי ד' שבט 30/01 בבית כנסת היכל מאיר יצחק – רחוב העבודה
// 29 קומה א' – לאחר תפילת מנחה בשעה 13:30." is Thursday, 30 January
// 2020, 4 Shevat 5780, at 13:30 (the ninety-fifth held-out round's row,
// read without its hour); or after another language's word for "at"
// (see [parse.ClockAfter]): "Am Sonntag, dem 25. Dezember laden wir um
// 15:30 Uhr zu unserer Chanukka-Feier ein". It takes the hour only where
// r names a day and no time, is read without a problem above an info,
// and no match of its own starts between r and the hour; its report, and
// r ended at the hour's end, with the words between as text of the
// dateline, checked with the options ro for its year, as r was (o are
// Find's own). Otherwise ok is false, and r and rep stand.
func withSentenceTime(text string, r *parse.Result, rep *Report, ro, o *options) (parse.Result, Report, bool) {
	if !timeless(r) {
		return *r, *rep, false
	}
	for _, p := range rep.Problems {
		if p.Severity != Info {
			return *r, *rep, false
		}
	}
	var after []parse.Field
	if f, start, ok := parse.SentenceTime(text, r.End); ok {
		after = append(after, parse.Field{Element: layout.Lit(text[r.End:start]), Start: r.End, End: start})
		after = append(after, f...)
	} else if after, ok = parse.ClockAfter(text, r); !ok {
		if after, ok = parse.ClockAtLineEnd(text, r); !ok {
			return *r, *rep, false
		}
	}
	start, end := hourStart(after), after[len(after)-1].End
	for n := range parse.AllFrom(text[:end], r.End) {
		if n.Start < start {
			return *r, *rep, false // another date between: the hour may be its
		}
		break
	}
	l := *r
	fields := make([]parse.Field, 0, len(r.Fields)+len(after))
	fields = append(fields, r.Fields...)
	l.Fields, l.End = append(fields, after...), end
	lrep := checkMatch(text, &l, ro, o)
	for _, p := range lrep.Problems {
		if p.Severity != Info {
			return *r, *rep, false
		}
	}
	return l, lrep, true
}

// hourStart returns the start of the hour of fields, the time of day
// after a date.
func hourStart(fields []parse.Field) int {
	for _, f := range fields {
		if f.Kind == layout.Hour {
			return f.Start
		}
	}
	return fields[0].Start
}

// timeless reports whether match r names a day, civil or Hebrew, and no
// time of day.
func timeless(r *parse.Result) bool {
	day := false
	for i := range r.Fields {
		switch r.Fields[i].Kind {
		case layout.Hour, layout.Minute:
			return false
		case layout.Day, layout.HebrewDay:
			day = true
		}
	}
	return day
}
