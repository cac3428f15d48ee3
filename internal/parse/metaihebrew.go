package parse

import "github.com/dualdate/dualdate/internal/layout"

// metaiYearsApart is how far a Hebrew year before a civil one may be
// from the civil year's own Hebrew years and still be read as one: a
// mistaken year is said, a number of years far off is no Hebrew year.
const metaiYearsApart = 100

// metaiHebrewYear reads at s[i:e] a Hebrew year v written as Lithuanian
// writes a year, with "m." (metai, year) after it, before a civil date
// written the same way, whose year starts at s[k]: "5784 m. 2023 m.
// rugsėjo 15 d.", a row of the table of Rosh Hashana's dates on
// Lithuanian Wikipedia (the eighty-third held-out round), where the
// civil date is the eve the Hebrew year begins on. The Hebrew year is a
// HebrewYear field, which Check compares with the civil day's, and says
// so where it is not the day's. Only a year within metaiYearsApart of
// the civil year's Hebrew years (3760 or 3761 after it) is read so, before
// a civil year of four digits with its own "m.": "1943 m. 2023 m." and
// "5000 m. 2023 m." (5000 years) are no Hebrew year.
func (p *parser) metaiHebrewYear(i, v, e, k int) (int, bool) {
	s := p.s
	if p.has(layout.Year) || p.has(layout.Month) || p.has(layout.Day) || p.has(layout.HebrewYear) || p.has(layout.HebrewMonth) {
		return i, p.fail(k, "a month name")
	}
	y, ye, digits := number(s, k)
	if d := v - y; digits != 4 || yearMetai(s, ye) == ye || d < 3760-metaiYearsApart || d > 3761+metaiYearsApart {
		return i, p.fail(k, "a month name")
	}
	p.add(Field{Element: layout.Element{Kind: layout.HebrewYear}, Value: v, Start: i, End: e})
	return p.yearFirst(k)
}
