package dateline

import (
	"strings"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// A page lists dates one a line, and a line's date may be read on into the
// next's, as a masthead's two calendars are parted by a line break ("Friday,
// March 1, 2024\n21 Adar I 5784"): "Tuesday, October 29, 2019 - 6:45pm\n24
// Kislev, 5716", "Gimel Tamuz 5754\nThursday, June 22, 2023", "Roş
// Haşana\nmarți, 12 iunie 2018" were each one dateline whose calendars or
// occasion disagree, an error on two right dates. Where each line reads
// alone as a whole date with its own year, without a fault, and the two
// are more than listDays apart, they are two items of the list: a
// masthead whose Hebrew date is a day or two off its civil one is still
// one dateline, and its fault is reported.

// listDays is how many days apart two dates on consecutive lines must be
// to be two items rather than one dateline that is wrong.
const listDays = 3

// splitAtBreak returns, for match r of text, which has a fault, the
// match that its first line reads alone, with its report, and its end,
// where the scan goes on afresh, as FindFrom would from there; ok is false
// where r is one dateline (see above). ro are the options r was read with, o Find's.
func splitAtBreak(text string, r *parse.Result, ro, o *options) (a parse.Result, rep Report, next int, ok bool) {
	nl := lineBreakInside(text, r)
	if nl < 0 {
		return a, rep, 0, false
	}
	found := false
	for x := range parse.AllFrom(text[:nl], r.Start) {
		a, found = x, true
		break
	}
	if !found || a.Start >= nl || notADate(text, &a, o) {
		return a, rep, 0, false
	}
	var b parse.Result
	found = false
	for x := range parse.AllFrom(text[:r.End], nl+1) {
		b, found = x, true
		break
	}
	if !found || b.Start >= r.End || notADate(text, &b, o) {
		return a, rep, 0, false // the next line has no date: a weekday, a time, an occasion alone
	}
	rep = checkMatch(text, &a, ro, o)
	brep := checkMatch(text, &b, o, o)
	if !wholeDate(rep) || !wholeDate(brep) {
		return a, rep, 0, false
	}
	d := rep.Dateline.Time.Sub(brep.Dateline.Time).Hours() / 24
	if d >= -listDays && d <= listDays {
		return a, rep, 0, false
	}
	return a, rep, a.End, true
}

// occasionAtBreak returns, for match r of text, read as rep, an
// occasion's name on one line and a date on the next that is not the
// occasion's ("Pesach\n22 Adar I 5784", two columns of a table, or a
// line of names over a line of dates), the date's line read alone, with
// its report; ok is false unless rep's fault is the occasion's (see
// CodeOccasion) and the date reads alone without a fault. It was one
// dateline, the error that Pesach 5784 is not 22 Adar I 5784, and the
// date, right on its line, was lost. A space between the two is one
// dateline, and its error stands; so does a line break between an
// occasion and the date it names, which agree ("Purim\n14 Adar II 5784").
func occasionAtBreak(text string, r *parse.Result, rep *Report, ro, o *options) (a parse.Result, arep Report, ok bool) {
	nl := lineBreakInside(text, r)
	if nl < 0 || rep.OK() || !rep.has(CodeOccasion) {
		return a, arep, false
	}
	// The side of the break the occasion is on, and the other's span.
	named := [2]int{} // fields before and after the break: 1 an occasion's, 2 another's
	for i := range r.Fields {
		f := &r.Fields[i]
		if f.Kind == layout.Literal {
			continue
		}
		side := 0
		if f.Start > nl {
			side = 1
		}
		if f.Kind == layout.Holiday {
			named[side] |= 1
		} else {
			named[side] |= 2
		}
	}
	var from, to int
	opts := o
	switch named {
	case [2]int{1, 2}:
		from, to = nl+1, r.End // Pesach\n22 Adar I 5784
	case [2]int{2, 1}:
		from, to, opts = r.Start, nl, ro // 22 Adar I 5784\nPesach
	default:
		return a, arep, false
	}
	found := false
	for x := range parse.AllFrom(text[:to], from) {
		a, found = x, true
		break
	}
	if !found || a.Start >= to || notADate(text, &a, o) {
		return a, arep, false
	}
	if _, ok := a.Get(layout.Holiday); ok {
		return a, arep, false
	}
	arep = checkMatch(text, &a, opts, o)
	if !arep.OK() || !arep.Dateline.HasDay() {
		return a, arep, false
	}
	return a, arep, true
}

// lineBreakInside returns the index of the first line break between two
// fields of match r, or -1.
func lineBreakInside(text string, r *parse.Result) int {
	read := false
	for i := range r.Fields {
		f := &r.Fields[i]
		if f.Kind != layout.Literal {
			read = true
			continue
		}
		if k := strings.IndexByte(text[f.Start:f.End], '\n'); k >= 0 && read && i+1 < len(r.Fields) {
			return f.Start + k
		}
	}
	return -1
}

// wholeDate reports whether rep is a day read without a fault and with
// the year its text states.
func wholeDate(rep Report) bool {
	return rep.OK() && rep.Dateline.HasDay() && !rep.has(CodeYearInferred)
}
