package parse

// A range of days written, as some calendars do, with the end's last digit
// only when it shares its tens with the start: "Monday night-Tuesday
// February 16-7 / 30 Shevat" is February 16 to 17.

// abbreviatedEnd returns the day that end, read after a dash, names as
// the end of a range that starts on day: the end itself, or for one digit
// after a day of two that it can only follow in the same tens (16-7), that
// day's tens and the digit (17). A layout writes such an end in full.
func abbreviatedEnd(day, end Field) Field {
	if day.End-day.Start == 2 && end.End-end.Start == 1 && end.Value > day.Value%10 {
		end.Value += day.Value / 10 * 10
	}
	return end
}
