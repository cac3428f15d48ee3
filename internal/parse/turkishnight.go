package parse

import (
	"time"

	"github.com/dualdate/dualdate/internal/layout"
)

// turkishNight reads, after a whole Gregorian date that ends at i with
// Turkish's accusative ending, the night that joins it to the next day:
// the next day and its month with the dative ending, "bağlayan"
// (joining) and the word for the night or the evening, "gece" or
// "akşam": "10 eylül’ü 11 eylül’e bağlayan akşam" (the evening that
// joins 10 September to 11 September; Ekşi Sözlük, the
// two-hundred-and-twenty-eighth held-out round), "31 Aralık’ı 1 Ocak’a
// bağlayan gece". It was no date: the second day went on after the
// first. Turkish says with the endings what German says with "vom" and
// "auf den" (see nightJoin): the night is the first day's evening, a
// range of the two days whose last words are a Night, as dateEvening
// reads "10 Eylül akşamı"; its Hebrew date is the next day's. The second
// day must be the next and the words must follow it, so that two dates
// that an accusative and a dative join in a sentence ("10 Eylül’ü 12
// Eylül’e erteledi", put off from the 10th to the 12th) stay unread. It
// returns the end of the night's words, or i.
func (p *parser) turkishNight(i int) int {
	s := p.s
	if !p.has(layout.Day) || !p.has(layout.Month) || p.hasRangeEnd() || !isWordOf(turkishEndingBefore(s, i), turkishAccusatives[:]) {
		return i
	}
	k := skipSpace(s, i)
	end, ok := dayField(s, k)
	if k == i || !ok {
		return i
	}
	m := skipSpace(s, end.End)
	if m == end.End || m >= len(s) || !isWordStart(s, m) {
		return i
	}
	stem := turkishStem(s, m, latinWord(s, m))
	w, ok := lookupLatin(s, m, stem)
	if !ok || w.kind != wMonth || !isWordOf(turkishEndingBefore(s, turkishEnding(s, stem)), turkishDatives[:]) {
		return i
	}
	b := skipSpace(s, turkishEnding(s, stem))
	n := skipSpace(s, matchWord(s, b, "bağlayan"))
	e := matchWords(s, n, "gece", "akşam")
	if n == b || e == n || !p.nextDayOf(int(w.value), end.Value) {
		return i
	}
	month := monthField(s, m, stem, w)
	end.Kind, end.Flags = layout.Day, RangeEnd
	month.Flags |= RangeEnd
	p.add(end)
	p.add(month)
	p.push(Field{Element: layout.Lit(s[p.last:e]), Start: p.last, End: e, Flags: Night})
	p.last = e
	return e
}

// nextDayOf reports whether day day of month month is the day after the
// dateline's: in its year of four digits, or without one in a common year
// and in a leap year both, so that a year inferred later cannot make the
// two days one apart in one and two in the other ("28 Şubat’ı 1 Mart’a"
// says a year or is not read).
func (p *parser) nextDayOf(month, day int) bool {
	d, _ := p.get(layout.Day)
	m, _ := p.get(layout.Month)
	years := [...]int{2023, 2024}
	n := len(years)
	if y, ok := p.get(layout.Year); ok && y.Value >= 1000 {
		years[0], n = y.Value, 1
	}
	for _, y := range years[:n] {
		next := time.Date(y, time.Month(m.Value), d.Value+1, 0, 0, 0, 0, time.UTC)
		if next.Day() != day || int(next.Month()) != month {
			return false
		}
	}
	return true
}
