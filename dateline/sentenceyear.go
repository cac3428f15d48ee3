package dateline

import (
	"strings"
	"time"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// withSentenceYear returns r, a match of Find that names no year, begun at
// the year its sentence names (see [parse.SentenceYear]): a Year field over the
// year's digits, the words between as literal text, then r's fields; and
// whether it found one. The fields' offsets are in the text, as r's are.
// The words after the year ("roku", "году", an occasion's sentence) are
// text of the match, which starts at the year it reads.
func withSentenceYear(text string, r parse.Result) (parse.Result, bool) {
	for _, f := range r.Fields {
		if f.Kind == layout.Year || f.Kind == layout.HebrewYear {
			return r, false
		}
	}
	y, ys, ye, ok := parse.SentenceYear(text, r.Start)
	if !ok {
		return r, false
	}
	fields := make([]parse.Field, 0, len(r.Fields)+3)
	if start := openBracket(text, ys, ye, r.Start); start < ys {
		// A year in brackets, "5781 (2020) году", "(w roku 2020) w
		// czwartek": the match starts at its bracket.
		fields = append(fields, parse.Field{Element: layout.Lit(text[start:ys]), Start: start, End: ys})
		ys = start
	}
	between := parse.Field{Element: layout.Lit(text[ye:r.Start]), Start: ye, End: r.Start}
	if _, ok := parse.EveningBefore(text, r.Start); ok {
		// "w roku 2015 z zachodem słońca w niedzielę, 6 grudnia": the
		// words between say the day is an evening.
		between.Flags |= parse.Night
	}
	fields = append(fields,
		parse.Field{Element: layout.Element{Kind: layout.Year}, Value: y, Start: ys, End: ye}, between)
	r.Fields = append(fields, r.Fields...)
	r.Start = ys
	return r, true
}

// maxBracketBack is how far before a sentence's year openBracket looks
// for the bracket that opens its phrase ("(w roku 2020)"), in bytes.
const maxBracketBack = 16

// openBracket returns where the bracket opens that the year at
// text[ys:ye] is in, when the text between the year and the match, which
// starts at end, closes it; or ys.
func openBracket(text string, ys, ye, end int) int {
	if !strings.Contains(text[ye:end], ")") {
		return ys
	}
	for j := ys - 1; j >= 0 && j >= ys-maxBracketBack; j-- {
		switch text[j] {
		case '(':
			return j
		case ')', '.', '\n':
			return ys
		}
	}
	return ys
}

// yearOf returns the value of r's Gregorian year, or 0.
func yearOf(r parse.Result) int {
	if f, ok := r.Get(layout.Year); ok {
		return f.Value
	}
	return 0
}

// hebrewSentenceYear returns the Gregorian year of r, a match of Find
// with a Gregorian month and day and no year, whose sentence names a
// Hebrew year at its start (see [parse.SentenceHebrewYear]): the one of
// the two Gregorian years the Hebrew year spans in which r's day falls
// within it, or 0 if its day falls within it in both or in neither ("In
// 5784, Yom Kippur begins on the evening of September 24": 24 September
// 2023 and 2024 are both in 5784). named reports whether the sentence
// names a Hebrew year, hy, for r at all.
func hebrewSentenceYear(text string, r parse.Result) (gy, hy int, named bool) {
	if _, ok := r.Get(layout.Year); ok {
		return 0, 0, false
	}
	if _, ok := r.Get(layout.HebrewYear); ok {
		return 0, 0, false
	}
	m, okm := r.Get(layout.Month)
	d, okd := r.Get(layout.Day)
	if !okm || !okd {
		return 0, 0, false
	}
	hy, ok := parse.SentenceHebrewYear(text, r.Start)
	if !ok {
		return 0, 0, false
	}
	for _, y := range [2]int{hy - 3761, hy - 3760} {
		h, err := hebrew.FromGregorian(y, time.Month(m.Value), d.Value)
		if err == nil && h.Year == hy {
			if gy != 0 {
				return 0, hy, true
			}
			gy = y
		}
	}
	return gy, hy, true
}

// withEveningBefore returns r, a match of Find, begun at the words right
// before it that say its day is an evening ("Праздник с вечера 1
// октября", "Święto wieczorem 7 grudnia", "the evening of October 1"; see
// [parse.EveningBefore]), as a literal marked parse.Night: Check reads
// the same words at a dateline's start so (parse.LeadingEvening), and
// the match's Hebrew date is the evening's. The words must start at or
// after last, the end of the match before; r is returned as it is where
// there are none.
func withEveningBefore(text string, r parse.Result, last int) parse.Result {
	if len(r.Fields) == 0 || r.Fields[0].Kind == layout.Year {
		return r // a match begun at its sentence's year holds them already
	}
	b, ok := parse.EveningBefore(text, r.Start)
	if !ok || b < last {
		return r
	}
	fields := make([]parse.Field, 0, len(r.Fields)+1)
	fields = append(fields, parse.Field{Element: layout.Lit(text[b:r.Start]), Start: b, End: r.Start, Flags: parse.Night})
	r.Fields = append(fields, r.Fields...)
	r.Start = b
	return r
}
