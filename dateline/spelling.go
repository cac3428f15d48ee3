package dateline

import (
	"strconv"

	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/parse"
)

// CodeSpelling: a month name misspelt by one letter added, dropped or
// swapped with the next, such as "Septmber" or "Kislv", that was read as
// the one month it fits (info). The message names the correction. A word
// that several months fit is not read as any.
const CodeSpelling Code = "spelling"

// spelling reports the month names of r that were read as corrected.
func (rv *resolver) spelling(r *parse.Result) {
	for i := range r.Fields {
		f := &r.Fields[i]
		if f.Flags&parse.Corrected == 0 {
			continue
		}
		var name string
		switch f.Kind {
		case format.Month:
			name = format.MonthName(f.Value, format.Long)
		case format.HebrewMonth:
			name = f.Spelling.Name(hebrew.Month(f.Value), false)
		default:
			continue
		}
		rv.add(CodeSpelling, Info, f.Start, f.End, "read "+strconv.Quote(r.Input[f.Start:f.End])+" as "+name+", a month name with one letter more, fewer or out of place")
	}
}
