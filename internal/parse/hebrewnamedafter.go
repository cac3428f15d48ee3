package parse

import "github.com/dualdate/dualdate/internal/layout"

// hebrewCalendarSaid returns the end of a phrase of hebrewNamed at s[i]
// that names the calendar of the Hebrew date read last, in a dateline
// whose civil date came before it, where the phrase ends that gloss in
// its brackets: a closing bracket follows it. Slavic pages say a Hebrew
// date's calendar after it, and a gloss after a civil date ends so: "9
// грудня 2007 року (або ж 29 кіслева 5768 року – за єврейським
// календарем)" (pslava.info, the 230th held-out round), "9 сентября 2018
// г. (29 элула 5778 года по еврейскому календарю)". The dateline stopped
// at the phrase, as an error. The phrase adds no field but a literal: the
// month's name has said the calendar already. It returns i otherwise;
// before a civil date the phrase is calendarNamedLink's.
func (p *parser) hebrewCalendarSaid(i int) int {
	if !p.lastFieldHebrew() || !p.has(layout.Month) || !p.has(layout.HebrewMonth) {
		return i
	}
	s := p.s
	e := matchPhrases(s, i, hebrewNamed[:])
	if e == i {
		return i
	}
	if e == len(s) || s[e] != ')' && s[e] != ']' {
		// Outside brackets the words may be a sentence's, whose match
		// ends at the date ("… 25-го дня месяца кислев по еврейскому
		// календарю", round 26).
		return i
	}
	// The phrase is text of the dateline, which no date after it would
	// take in: it ends here.
	p.push(Field{Element: layout.Lit(s[p.last:e]), Start: p.last, End: e})
	p.last = e
	return e
}

// lastFieldHebrew reports whether the last field read that is not a
// literal (року, года, г.) is the Hebrew calendar's.
func (p *parser) lastFieldHebrew() bool {
	j := p.lastValue()
	return j >= 0 && p.buf[j].Kind.IsHebrew()
}
