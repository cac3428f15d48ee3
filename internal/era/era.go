// Package era says how the Hebrew calendar's years line up with the
// Gregorian calendar's. A Hebrew year begins at Rosh Hashana, 1 Tishrei, in
// September or October, so each Gregorian year holds the end of one Hebrew
// year and the start of the next: 2024's January to the eve of Rosh
// Hashana is in 5784, the rest of 2024 in 5785. Every package that turns a
// year of one calendar into a year of the other takes its offsets from
// here.
package era

const (
	// BeforeTishrei is added to a Gregorian year to give the Hebrew year
	// of its January to the eve of Rosh Hashana (2024 + 3760 = 5784), and
	// taken from a Hebrew year to give the Gregorian year of its months
	// from Tevet or Shevat to Elul.
	BeforeTishrei = 3760
	// FromTishrei is added to a Gregorian year to give the Hebrew year
	// that begins at its Rosh Hashana (2024 + 3761 = 5785), and taken from
	// a Hebrew year to give the Gregorian year in which it begins.
	FromTishrei = BeforeTishrei + 1

	// FirstGregorianYear and LastGregorianYear are the Gregorian years that
	// hold days of the Hebrew years 1 to 9999 (hebrew.MinYear to MaxYear):
	// 1 Tishrei 1 is September 7, 3761 BCE (year -3760; Julian October 7),
	// and 29 Elul 9999 falls in 6239.
	FirstGregorianYear = 1 - FromTishrei
	LastGregorianYear  = 9999 - BeforeTishrei
)
