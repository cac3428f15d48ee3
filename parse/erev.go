package parse

import (
	"github.com/dualdate/dualdate/format"
)

// erevOccasion reads "Erev" and an occasion after it that hebcal does not
// name with Erev itself: Erev Rosh Chodesh Tammuz 5750, ערב ראש חודש
// תמוז, Erev Chanukah. It is the day before the occasion: the Holiday
// field names the occasion with a Shift of one day, and the year after it
// is the occasion's, as after hebcal's own eves (Erev Pesach 5784).
func (p *parser) erevOccasion(i int) (int, bool) {
	s := p.s
	w, e, ok := p.wordAt(i)
	if !ok || w.kind != wErev {
		return i, false
	}
	k := skipSpace(s, e)
	var buf [maxOccasions]int
	idx, end := occasionList(buf[:0], s, k)
	if len(idx) == 0 {
		return i, false
	}
	f := occasionField(s, format.Holiday, idx[0], k, end)
	f.Shift = 1
	p.add(f)
	p.occasionYear(true)
	return p.last, true
}
