package dateline

import (
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/parse"
)

// withSentenceYear returns r, a match of Find that names no year, begun at
// the year its sentence names (see [parse.SentenceYear]): a Year field over the
// year's digits, the words between as literal text, then r's fields; and
// whether it found one. The fields' offsets are in the text, as r's are.
// The words after the year ("roku", "году", an occasion's sentence) are
// text of the match, which starts at the year it reads.
func withSentenceYear(text string, r parse.Result) (parse.Result, bool) {
	for _, f := range r.Fields {
		if f.Kind == format.Year || f.Kind == format.HebrewYear {
			return r, false
		}
	}
	y, ys, ye, ok := parse.SentenceYear(text, r.Start)
	if !ok {
		return r, false
	}
	fields := make([]parse.Field, 0, len(r.Fields)+2)
	fields = append(fields,
		parse.Field{Element: format.Element{Kind: format.Year}, Value: y, Start: ys, End: ye},
		parse.Field{Element: format.Lit(text[ye:r.Start]), Start: ye, End: r.Start})
	r.Fields = append(fields, r.Fields...)
	r.Start = ys
	return r, true
}
