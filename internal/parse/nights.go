package parse

import "github.com/dualdate/dualdate/internal/layout"

// A range of days written, as some calendars do, with the end's last digit
// only when it shares its tens with the start: "Monday night-Tuesday
// February 16-7 / 30 Shevat" is February 16 to 17.

// abbreviatedEnd returns the day that end, read after a dash, names as
// the end of a range that starts on day: the end itself, or for one digit
// after a day of two that it can only follow in the same tens (16-7), that
// day's tens and the digit (17), where something else the dateline holds
// checks that day: a weekday read before it for each day ("Monday
// night-Tuesday February 16-7"), a Hebrew date read before it ("2-8
// Cheshvan 5778, October 21-8, 2017"), or Hebrew text from the
// dateline's start on, where "12-6 בתשרי" is read so with a warning that
// it reads both ways (see BothWays, hebrewText). Elsewhere the end is
// itself, a day before the start: the range runs backwards, an error (see
// Backward). "The festival runs 10-9 May 2024" was May 10-19, "26-9 May"
// May 26-29 and a score's "13-5 May" May 13-15, with nothing said. A
// layout writes such an end in full.
func (p *parser) abbreviatedEnd(day, end Field) Field {
	if day.End-day.Start == 2 && end.End-end.Start == 1 && end.Value > day.Value%10 &&
		(p.weekdayCount() >= 2 || p.has(layout.HebrewMonth) || p.hebrewText()) {
		end.Value += day.Value / 10 * 10
	}
	return end
}

// weekdayCount returns the number of weekdays the parser has read.
func (p *parser) weekdayCount() int {
	n := 0
	for _, f := range p.fields() {
		if f.Kind == layout.Weekday {
			n++
		}
	}
	return n
}
