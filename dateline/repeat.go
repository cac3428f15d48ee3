package dateline

// checkRepeat reports a Hebrew day named again by its letters after the
// date (parse.Repeat: "… February 3, 2012 Yud Shevat") that is another day
// of the month than the dateline's. It runs once, on the resolved
// dateline.
func (rv *resolver) checkRepeat() {
	f := &rv.f
	x := f.repeatDay
	if rv.dl.Hebrew.Day == 0 || x.Value == rv.dl.Hebrew.Day {
		return
	}
	rv.add(CodeCalendar, Error, x.Start, x.End, quote(f.input[x.Start:x.End])+" names day "+itoa(x.Value)+
		" of the month, and the dateline's Hebrew date is "+rv.dl.Hebrew.String())
}
