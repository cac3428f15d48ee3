package parse

import (
	"strings"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// A month whose own case ending says "on" that day needs no word before
// it: Latvian writes "on 27 October" with the month in the locative
// ("27. oktobrī Rīgas sinagogā notika ...", the nominative oktobris) and
// Estonian with the month in the adessive ("22. jaanuaril käisid
// ekskursioonil ...", the nominative jaanuar), where other languages put
// a preposition before the day (see dateLeadBefore), and Hungarian a case
// ending after it (see hungarianCasedDay). Such a date opening a
// sentence, or inside one, was no date in free text, a month English has
// not without its year being taken only with a word that says its
// numbers are a day; the ending says so. The day must have its point, as
// both languages write it ("27.", "22."): Estonian's adessive of May is
// "mail", an English word after a number. The other cases the reader
// takes (the dative after "līdz", until; the terminative and elative,
// until and since) are a period's ends, not its day, and stay weak.

// onCasedMonths holds, by month, Latvian's locative and Estonian's
// adessive of the month's CLDR name.
var onCasedMonths = func() (t [13][2]string) {
	for m := 1; m <= 12; m++ {
		t[m] = [2]string{
			latvianLocative(layout.Latvian.MonthName(m, layout.Long)),
			estonianGenitive(layout.Estonian.MonthName(m, layout.Long)) + "l",
		}
	}
	return t
}()

// latvianLocative returns the locative of a Latvian month's nominative:
// -is as -ī (oktobris, oktobrī), -s as -ā (marts, martā).
func latvianLocative(n string) string {
	if stem, ok := strings.CutSuffix(n, "is"); ok {
		return stem + "ī"
	}
	return strings.TrimSuffix(n, "s") + "ā"
}

// onCasedMonth reports whether the date read is a day with its point and
// a month in a case of onCasedMonths right after it, not after a dash
// (a range's end, whose start was read alone).
func (p *parser) onCasedMonth() bool {
	if p.n == 0 || p.buf[0].Kind != layout.Day {
		return false
	}
	if k := trimSpaceBefore(p.s, p.buf[0].Start); k > 0 && script.IsDash(lastRuneOf(p.s, k)) {
		return false
	}
	fs := p.fields()
	day := fs[0]
	if !strings.HasSuffix(p.s[day.Start:day.End], ".") && !strings.HasPrefix(p.s[day.End:], ".") {
		return false
	}
	for _, f := range fs[1:] {
		if f.Kind != layout.Month {
			continue
		}
		if f.Flags&RangeEnd != 0 || f.Value < 1 || f.Value > 12 {
			return false
		}
		w := p.s[f.Start:f.End]
		return foldEquals(w, onCasedMonths[f.Value][0]) || foldEquals(w, onCasedMonths[f.Value][1])
	}
	return false
}
