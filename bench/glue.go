package bench

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/hebcal/hdate"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
)

// GlueLayout is the time.Parse layout of the Gregorian half of the dual
// dateline that Glue reads: the masthead with its year, and with the
// ordinal suffix taken off ("Saturday, March 2, 2024").
const GlueLayout = "Monday, January 2, 2006"

// Errors Glue returns for a dateline that is badly formed or inconsistent,
// besides those of time.Parse, strconv.Atoi and hdate.MonthFromName.
var (
	ErrNoSeparator = errors.New(`no " | " between the calendars`)
	ErrHebrewForm  = errors.New("the Hebrew half is not day, month and year")
	ErrNoSuchDay   = errors.New("no such Hebrew day")
	ErrWeekday     = errors.New("wrong weekday")
	ErrCalendar    = errors.New("the calendars name different days")
)

// Glue reads a dual dateline such as "Saturday, March 2, 2024 | 22 Adar I
// 5784" and checks it, as a program without dualdate would, with the
// peers: it splits the line on " | ", takes any ordinal suffix off the
// day, reads the Gregorian half with time.Parse, reads the Hebrew half with
// strconv.Atoi and hdate.MonthFromName, builds the Hebrew date with
// hdate.New (after checking what New would panic on or quietly roll over),
// and compares the two days and the weekday. It returns the Gregorian day
// and the Hebrew date, or the first thing wrong.
//
// It is written to be fast: no regexp of its own, no strings.Split, no
// allocation on success.
func Glue(s string) (time.Time, hdate.HDate, error) {
	greg, heb, ok := strings.Cut(s, " | ")
	if !ok {
		return time.Time{}, hdate.HDate{}, ErrNoSeparator
	}
	greg = stripOrdinal(greg)
	t, err := time.Parse(GlueLayout, greg)
	if err != nil {
		return time.Time{}, hdate.HDate{}, err
	}
	// time.Parse checks that the weekday is a weekday name, not that it is
	// the day's.
	if weekday, _, _ := strings.Cut(greg, ","); weekday != t.Weekday().String() {
		return time.Time{}, hdate.HDate{}, ErrWeekday
	}

	i, j := strings.IndexByte(heb, ' '), strings.LastIndexByte(heb, ' ')
	if i < 0 || j <= i {
		return time.Time{}, hdate.HDate{}, ErrHebrewForm
	}
	day, err := strconv.Atoi(heb[:i])
	if err != nil {
		return time.Time{}, hdate.HDate{}, err
	}
	year, err := strconv.Atoi(heb[j+1:])
	if err != nil {
		return time.Time{}, hdate.HDate{}, err
	}
	month, err := hdate.MonthFromName(heb[i+1 : j])
	if err != nil {
		return time.Time{}, hdate.HDate{}, err
	}
	// hdate reads a bare "Adar" as Adar II, which a common year lacks:
	// there it is the year's only Adar, month 12.
	if month == hdate.Adar2 && heb[i+1:j] == "Adar" && !hdate.IsLeapYear(year) {
		month = hdate.Adar1
	}
	// hdate.New panics on these, or makes Adar II of a common year Adar.
	if year < 1 || year > 9999 || day < 1 || day > hdate.DaysInMonth(month, year) ||
		month == hdate.Adar2 && !hdate.IsLeapYear(year) {
		return time.Time{}, hdate.HDate{}, ErrNoSuchDay
	}
	hd := hdate.New(year, month, day)

	if y, m, d := hd.ProlepticGreg(); y != t.Year() || m != t.Month() || d != t.Day() {
		return time.Time{}, hdate.HDate{}, ErrCalendar
	}
	return t, hd, nil
}

// stripOrdinal takes the suffix off the first ordinal day in s, "2nd" to
// "2". It allocates only when there is one.
func stripOrdinal(s string) string {
	for i := 1; i+2 <= len(s); i++ {
		if !isDigit(s[i-1]) {
			continue
		}
		switch s[i : i+2] {
		case "st", "nd", "rd", "th":
			if i+2 == len(s) || !isLetter(s[i+2]) {
				return s[:i] + s[i+2:]
			}
		}
	}
	return s
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// SpreadDatelines returns n dual datelines in the layout the glue reads
// (Saturday, March 2, 2024 | 22 Adar I 5784), for days spread evenly from
// 1990 to 2030.
func SpreadDatelines(n int) []string {
	first := time.Date(1990, time.January, 1, 0, 0, 0, 0, time.UTC)
	days := int(time.Date(2030, time.December, 31, 0, 0, 0, 0, time.UTC).Sub(first).Hours() / 24)
	out := make([]string, n)
	for i := range out {
		out[i] = dateline.New(first.AddDate(0, 0, i*days/n)).Format(format.Full)
	}
	return out
}

// ScraperRegexp is the regular expression a scraper would write to find
// dates like "March 2, 2024" in a page: the peer of dateline.Find.
var ScraperRegexp = regexp.MustCompile(`\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b`)
