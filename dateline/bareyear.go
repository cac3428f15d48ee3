package dateline

// bareHebrewYear reports whether the dateline states a Hebrew year with
// nothing else of the Hebrew calendar, beside a whole civil date: "5784
// m. 2023 m. rugsėjo 15 d." (see parse's metaiHebrewYear).
func (f *facts) bareHebrewYear() bool {
	return f.hasHY && !f.hasHMonth && !f.hasHDay && !f.hasHoliday && !f.hasPortion && f.hasGY && f.hasGMonth && f.hasGDay
}

// evalBareHebrewYear gives a bare Hebrew year (see bareHebrewYear) the
// Hebrew date it stands for: the civil day's, where that day is in the
// year, or, where the year begins at the civil day's sunset (the eve of
// Rosh Hashana, as the table of New Years beside the civil eve prints
// it), the evening's, which compare then warns of as a date from
// sunset. A year that is neither is an error: the year was dropped
// without a word before.
func (rv *resolver) evalBareHebrewYear(e *evaluation) {
	f, c := &rv.f, e.c
	if !e.gOK || !e.hyOK {
		return
	}
	switch g := e.g; {
	case g.Year == c.hy:
		e.h, e.hOK = g, true
	case g.AddDays(1).Year == c.hy:
		e.h, e.hOK = g.AddDays(1), true
	default:
		e.score += weightError
		if e.report {
			rv.add(CodeCalendar, Error, f.hYear.Start, f.hYear.End,
				g.String()+" is in the Hebrew year "+itoa(g.Year)+", not "+itoa(c.hy))
		}
	}
}
