package dateline

import (
	"strconv"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// CodeSpelling: a month or weekday name misspelt by one letter added,
// dropped or swapped with the next, such as "Septmber", "Kislv" or
// "saato" (sabato), or a Hebrew-script month name with a letter written
// for another of its sound, such as "בטבט" (בטבת), that was read as the
// one month or weekday it fits (info); or a day written with another day's
// English ordinal suffix, "March 2th", read as its digits say. The message
// names the correction. A word that several months fit is not read as any.
const CodeSpelling Code = "spelling"

// spelling reports the month names of r that were read as corrected.
func (rv *resolver) spelling(r *parse.Result) {
	for i := range r.Fields {
		f := &r.Fields[i]
		if f.Flags&parse.Corrected == 0 {
			continue
		}
		var name, what string
		switch f.Kind {
		case layout.Month:
			name, what = layout.MonthName(f.Value, layout.Long), "a month name"
		case layout.HebrewMonth:
			name, what = f.Spelling.Name(hebrew.Month(f.Value), false), "a month name"
		case layout.Weekday:
			name, what = f.Lang.WeekdayName(f.Value, layout.Long), "a weekday name"
		case layout.Day:
			// "March 2th": the day its digits say, the suffix another's.
			rv.add(CodeSpelling, Info, f.Start, f.End, "read "+strconv.Quote(r.Input[f.Start:f.End])+" as the "+itoa(f.Value)+
				layout.OrdinalSuffix(f.Value)+", the day its digits say, written with another day's ordinal suffix")
			continue
		default:
			continue
		}
		how := " with one letter more, fewer or out of place"
		if f.Kind == layout.HebrewMonth && f.Spelling.Family.IsHebrew() {
			how = " with a letter written for another of its sound" // בטבט
		}
		if f.Flags&parse.Declined != 0 {
			how = " in the prepositional case, which no date writes after its day" // 19-25 сентябре
		}
		if parse.Misaccented(r.Input, f) {
			how = " with an accent on another letter, or of another kind" // 24 Ιούλιου 2014, Martedí
		}
		rv.add(CodeSpelling, Info, f.Start, f.End, "read "+strconv.Quote(r.Input[f.Start:f.End])+" as "+name+", "+what+how)
	}
}
