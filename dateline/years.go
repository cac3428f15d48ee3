package dateline

import (
	"errors"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/era"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// Years that cannot be right, or are not likely: see CodeYearUnlikely.

// ErrYearUnlikely is matched by the error of a Hebrew date whose year is
// the Gregorian year of its page ("10 Tevet 2025"), which Parse refuses
// rather than read as a Hebrew year of antiquity.
var ErrYearUnlikely = errors.New("a Gregorian year after a Hebrew month")

func init() { codeErrors[CodeYearUnlikely] = ErrYearUnlikely }

const (
	// hebrewLooking is the first year that, after a Gregorian month, is
	// taken for a Hebrew year written in the wrong place: no page dates
	// its text three thousand years ahead, and the Hebrew years in use
	// are 5000 and more.
	hebrewLooking = 5000
	// gregorianLooking is the first year that, after a Hebrew month, is
	// taken for a Hebrew year: a Hebrew month with a year of four digits
	// before it ("20th of Menachem-Av 1944", "19 Nisan 2024") names a day
	// of the second or third millennium before the common era, which no
	// page dates, more likely than a Gregorian year in the wrong place.
	gregorianLooking = 3000
	// nearGregorian is how far after the reference's Gregorian year a
	// year after a Hebrew date may be and be read as the Gregorian year
	// its day falls in (see civilHebrewYear), or, where that cannot be
	// said, refused as the page's Gregorian year ("10 Tevet 2025"), not
	// read, with a warning, as a Hebrew year of antiquity ("Nisan 2448",
	// the Exodus).
	nearGregorian = 100
	// farYears is how far from the reference a year chosen for a dateline
	// that names none may be before a warning says so.
	farYears = 20
)

// hebrewYearAsGregorian warns of a Gregorian year that looks like a Hebrew
// one ("12 November 5785"), saying which Gregorian day that is in the
// Hebrew year. Where no day of the month and day written falls in that
// Hebrew year, the Hebrew reading makes the year no more likely, and the
// warning is given only for a year within nearGregorian of the
// reference's Hebrew year ("September 25, 5785", still likely a Hebrew
// year written by mistake), saying so: "September 25, 6239", the last
// day supported, was warned that "6239 is a Hebrew year rather than a
// Gregorian one", though September 25 falls in Hebrew year 6238 in 2478
// and 6240 in 2479 (found by an adversarial review of the texts). The
// warning says the year looks like a Hebrew one: it is a Gregorian year
// too.
func (rv *resolver) hebrewYearAsGregorian(c cand) {
	f := &rv.f
	if f.gYear.Form != layout.Plain || c.gy < hebrewLooking {
		return
	}
	m, d := rv.gregorianMonthDay(c)
	msg := itoa(c.gy) + " looks like a Hebrew year"
	if m >= 1 && m <= 12 {
		when := ""
		for _, gy := range [2]int{c.gy - era.FromTishrei, c.gy - era.BeforeTishrei} {
			day := max(d, 1)
			h, err := hebrew.FromGregorian(gy, time.Month(m), day)
			if err == nil && h.Year == c.gy {
				when = monthName(m) + " " + itoa(gy)
				if d > 0 {
					when = dateText(gy, time.Month(m), d)
				}
				break
			}
		}
		switch {
		case when != "":
			msg += ": in Hebrew year " + itoa(c.gy) + " it is " + when
		case abs(c.gy-era.BeforeTishrei-rv.reference().Year()) > nearGregorian:
			return
		default:
			// "September 25, 5785", near the page's Hebrew year:
			// still likely a Hebrew year written by mistake.
			what := monthName(m)
			if d > 0 {
				what = monthName(m) + " " + itoa(d)
			}
			msg += ", though no " + what + " falls in Hebrew year " + itoa(c.gy)
		}
	}
	rv.add(CodeYearUnlikely, Warning, f.gYear.Start, f.gYear.End, msg+"; it was read as the Gregorian year "+itoa(c.gy))
}

// shortYearCentury warns of a year of two digits read in a century other
// than the nearest (see gregorianYears), where only there the rest of the
// dateline fits: "Monday, 22 Dec 19" is 1919, a Monday, and 2019, the
// nearest, is a Sunday. The page may have its weekday wrong, and a
// hundred years is far to move its day with nothing said.
func (rv *resolver) shortYearCentury(c cand) {
	f := &rv.f
	if !f.hasGY || f.gYear.Form != layout.TwoDigit {
		return
	}
	if years, _ := rv.gregorianYears(); c.gy != years[0] {
		rv.add(CodeYearUnlikely, Warning, f.gYear.Start, f.gYear.End, "the two digits of the year were read as "+itoa(c.gy)+
			", where the rest of the dateline fits; in "+itoa(years[0])+", the nearest year they can be, it does not")
	}
}

// yearFar warns of a year chosen for a dateline that names none that is
// more than farYears from the reference; not of one its sentence names
// ("Hanukkah began on Wednesday, December 12, 1990 and ended on December
// 19" was warned that no year near 2026 fits December 19).
func (rv *resolver) yearFar(c cand) {
	f := &rv.f
	if rv.yearOfSentence() {
		return
	}
	ref := rv.reference().Year()
	var s, e, year, n int
	if f.hasGMonth {
		s, e = f.gSpan()
		year, n = c.gy, c.gy-ref
	} else {
		s, e = f.hebrewNameSpan()
		year, n = c.hy, c.hy-era.BeforeTishrei-ref
	}
	if abs(n) <= farYears {
		return
	}
	when := itoa(abs(n)) + " years before " + itoa(ref)
	if n > 0 {
		when = itoa(n) + " years after " + itoa(ref)
	}
	rv.add(CodeYearUnlikely, Warning, s, e, "no year near "+itoa(ref)+" fits the dateline: the nearest that does is "+itoa(year)+", "+when+
		"; check its weekday and dates, or give its year")
}

// civilHebrewYear tries base read with the year written after its Hebrew
// date as the Gregorian year the day falls in, as genealogy and history
// pages write a Hebrew date ("20th of Menachem-Av 1944", "born 18 Elul
// 1698"), where the Hebrew year as written names a day of the second
// millennium before the common era, which no such page means. It does so
// for a year of the Gregorian calendar, from 1583, up to nearGregorian
// years after the reference (later years, "15 Nisan 2448", the Exodus,
// are Hebrew ones), where the day falls in that Gregorian year once:
// "10 Tevet 2025" is January 10 and December 30, 2025, and is still
// refused (see gregorianYearAsHebrew). Nisan spelled as Turkish spells
// April (see civilNamesake) is not read so either; Nissan is the Hebrew
// month's alone, as biographies write it: "passed away in Rostov on the
// 2nd of Nissan, 1920" was read in the Hebrew year 1920, a day of 1840
// BCE, with a warning, where "2 Iyar 1834" was May 11, 1834 (the
// hundred-and-nineteenth held-out round). After a Hebrew range that
// crosses Rosh Hashana the year is the one the text writes, not its
// start's that startYears takes for a Hebrew year (see hYearStated): "29
// Elul – 2 Tishrei, 2024" was read in September 2023, 29 Elul 5783, with
// a warning that 2023 was read as the Gregorian year, where both days
// fall in 2024, October 2 and 4 (found trying the command as an
// adversary). It reports whether it tried a candidate.
func (rv *resolver) civilHebrewYear(base cand) bool {
	f := &rv.f
	v := f.hYear.Value
	if f.hYearStated != 0 {
		v = f.hYearStated
	}
	if f.hYear.Form != layout.Plain || !f.hasHMonth || !f.hasHDay || f.hasGMonth || f.hasGDay ||
		v < firstGregorianYear || v > rv.reference().Year()+nearGregorian {
		return false
	}
	if _, _, ok := rv.civilNamesake(); ok {
		return false // "19 Nisan 2024", "12 نيسان 2025": April in Turkish, in Levantine Arabic
	}
	bareAdar := f.hMonth.Value == int(hebrew.Adar) && f.hMonth.Flags&parse.Qualified == 0
	days, n := daysInCivilYear(v, base.hm, f.hDay.Value, bareAdar)
	if n != 1 {
		return false
	}
	c := base
	c.gy, c.hy, c.hm, c.civilYear = v, days[0].Year, days[0].Month, true
	rv.try(c)
	return true
}

// civilNamesake reports whether the dateline's Hebrew month is spelled as
// another language names a Gregorian month, returning the language and
// that month: "Nisan" in Latin letters, in any letter case, is Turkish's
// April ("19 Nisan 2024"), and the Syriac names Levantine Arabic gives
// the civil months are the Hebrew months' names in Arabic ("12 نيسان
// 2025" is April 12 on a Lebanese page; see levantineCivil). A year
// after such a name may be a civil date's, so the reader does not take
// it as the Gregorian year the Hebrew day falls in, and says which month
// the other language means where it errs. Nissan, Nisán and ניסן are the
// Hebrew month's own spellings, as parse's turkishNisan reads them.
func (rv *resolver) civilNamesake() (lang, civil string, ok bool) {
	f := &rv.f
	name := f.input[f.hMonth.Start:f.hMonth.End]
	if f.hMonth.Value == int(hebrew.Nisan) && strings.EqualFold(name, "nisan") {
		return "Turkish", "April", true
	}
	if civil, ok := levantineCivil[name]; ok {
		return "Levantine Arabic", civil, true
	}
	return "", "", false
}

// levantineCivil names, by the Arabic spelling of a Hebrew month, the
// Gregorian month that Levantine Arabic calls by the same name: the
// Syriac names of the civil months, which Lebanese, Syrian, Jordanian and
// Palestinian pages write ("12 نيسان 2025" is April 12 there), and which
// are also the Hebrew months' names in Arabic.
var levantineCivil = map[string]string{
	"شباط": "February", "آذار": "March", "اذار": "March", "نيسان": "April", "أيار": "May", "ايار": "May",
	"تموز": "July", "آب": "August", "اب": "August", "أيلول": "September", "ايلول": "September",
}

// levantineNoYear refuses a Hebrew month spelled as Levantine Arabic
// names a civil month (see levantineCivil) without a Hebrew year: "السبت
// 12 نيسان" (Saturday, April 12) was read as 12 Nisan in the year its
// weekday fits, April 8, 2028, with nothing said but the year inferred,
// and "في 13 نيسان الجاري" (on 13 April, this month) as 13 Nisan (found
// trying the command as an adversary). Nothing says which calendar the
// page counts by: a Hebrew year, or "Nisan" in another language, does.
func (rv *resolver) levantineNoYear() {
	f := &rv.f
	if !f.hasHMonth || f.hasHY || f.hasGMonth {
		return
	}
	// Turkish's Nisan is read as April where parse finds the page Turkish;
	// "14 Nisan" alone is the Hebrew month's English spelling.
	name := f.input[f.hMonth.Start:f.hMonth.End]
	if civil, ok := levantineCivil[name]; ok {
		rv.add(CodeDateAmbiguous, Error, f.hMonth.Start, f.hMonth.End, "in Levantine Arabic, "+name+
			" is "+civil+" as well as the Hebrew month "+hebrew.Month(f.hMonth.Value).String()+", and no Hebrew year says which: give the Hebrew year, or write the civil month as "+civil+" is written elsewhere")
	}
}

// daysInCivilYear returns the Hebrew days of month m and day d that fall
// in Gregorian year v, of the two Hebrew years it overlaps, and how many
// there are: one, or two for a day of Tevet, say, in January and
// December. A bare Adar (bareAdar) is the only one of a common year
// ("22 Adar 1944": 5704 has one Adar).
func daysInCivilYear(v int, m hebrew.Month, d int, bareAdar bool) (days [2]hebrew.Date, n int) {
	for _, hy := range [2]int{v + era.BeforeTishrei, v + era.FromTishrei} {
		hm := m
		if bareAdar && !hebrew.IsLeapYear(hy) {
			hm = hebrew.Adar
		}
		h, err := hebrew.NewDate(hy, hm, d)
		if err != nil {
			continue
		}
		if gy, _, _ := h.Gregorian(); gy == v {
			days[n], n = h, n+1
		}
	}
	return days, n
}

// dayAndHebrew writes Hebrew day h as its Gregorian date with it in
// brackets: "January 10, 2025 (10 Tevet 5785)".
func dayAndHebrew(h hebrew.Date) string {
	y, m, d := h.Gregorian()
	return dateText(y, m, d) + " (" + h.String() + ")"
}

// civilYearRead warns that the year after the Hebrew date was read as
// the Gregorian year its day falls in (see civilHebrewYear), naming the
// Hebrew year, which the text may give to say so.
func (rv *resolver) civilYearRead(c cand, h hebrew.Date) {
	f := &rv.f
	y, m, d := h.Gregorian()
	// After a range across Rosh Hashana the year is its end's, and so is
	// the Hebrew year the text would give (see hYearStated).
	v, hy := f.hYear.Value, c.hy
	if f.hYearStated != 0 {
		v, hy = f.hYearStated, hy+f.hYearStated-f.hYear.Value
	}
	rv.add(CodeYearUnlikely, Warning, f.hYear.Start, f.hYear.End, itoa(v)+" was read as the Gregorian year in which the Hebrew date falls: "+
		h.String()+" is "+dateText(y, m, d)+"; give the Hebrew year, "+itoa(hy)+", to say so")
}

// gregorianYearAsHebrew warns of a Hebrew year that looks like a
// Gregorian one ("19 Nisan 2024"), saying which Hebrew year that
// Gregorian year holds the month in, or, where the day falls in it twice,
// both days ("10 Tevet 2025"), and, for Nisan written in Latin letters,
// that Turkish calls April so: the reader does not choose.
func (rv *resolver) gregorianYearAsHebrew(c cand) {
	f := &rv.f
	if f.hYear.Form != layout.Plain || c.hy < 1000 || c.hy >= gregorianLooking {
		return
	}
	m := hebrew.Month(f.hMonth.Value)
	msg := ""
	if f.hasHDay {
		// "10 Tevet 2025": the day falls twice in that Gregorian year,
		// which civilHebrewYear does not choose between.
		if days, n := daysInCivilYear(c.hy, m, f.hDay.Value, false); n == 2 {
			msg = ": in Gregorian " + itoa(c.hy) + " it is both " + dayAndHebrew(days[0]) + " and " + dayAndHebrew(days[1])
		}
	}
	if msg == "" {
		for _, hy := range [2]int{c.hy + era.BeforeTishrei, c.hy + era.FromTishrei} {
			// The Hebrew year whose month's middle falls in Gregorian c.hy.
			if d, err := hebrew.NewDate(hy, m, 15); err == nil {
				if gy, _, _ := d.Gregorian(); gy == c.hy {
					msg += ": " + m.String() + " of Gregorian " + itoa(c.hy) + " is in Hebrew year " + itoa(hy)
					break
				}
			}
		}
	}
	if lang, civil, ok := rv.civilNamesake(); ok {
		msg += " (in " + lang + ", " + f.input[f.hMonth.Start:f.hMonth.End] + " is " + civil + ")"
	}
	if abs(c.hy-rv.reference().Year()) <= nearGregorian {
		// "10 Tevet 2025": the page's own year, which no reading in the
		// Hebrew year 2025 (1736 BCE) would have meant.
		rv.add(CodeYearUnlikely, Error, f.hYear.Start, f.hYear.End, itoa(c.hy)+" is a Gregorian year rather than a Hebrew one"+msg+
			"; give the Hebrew year, or the Gregorian date")
		return
	}
	// "15 Nisan 2448" (the Exodus), "5 Tevet 1734": a Hebrew year as
	// written, which may be the Gregorian year a page gives beside it.
	rv.add(CodeYearUnlikely, Warning, f.hYear.Start, f.hYear.End, "it was read as the Hebrew year "+itoa(c.hy)+", as written, which may be meant as a Gregorian year"+
		msg+"; give the Hebrew year, or the Gregorian date, to say which")
}

// hebrewYearShort warns of a Hebrew year of three digits ("25 Kislev
// 785"), which names a day of the fourth millennium before the common
// era, as written, and is more likely the year of the sixth millennium
// without its thousands, as a year in letters is read (תשפ״ה is 5785): it
// was read as written, with nothing said. So is a year of one or two
// digits ("22 Adar I 84", the year's last two digits, as "'84" is a
// Gregorian year's), which was read as the year 84 with nothing said, and
// one in letters without its thousands that writes a thousand or more
// ("כ״ב ניסן תתשפ״ד", a tav doubled, 1184 as written), where letters
// without their thousands write a year of the sixth millennium.
func (rv *resolver) hebrewYearShort(c cand) {
	f := &rv.f
	switch {
	case f.hYear.Form == layout.Plain && c.hy < 1000 && (c.hy >= 100 || c.hy >= 10 && f.hYear.End-f.hYear.Start == 3):
		// Three digits, "785" or "010" (as a page pads 10), are the
		// year's last three, as letters without the thousands write
		// them; "010" said nothing, and its layout wrote the day as "1
		// Heshvan 10", which reads with the warning below (FuzzLayoutOf).
		// "001" is written as 1, which reads as written.
		rv.add(CodeYearUnlikely, Warning, f.hYear.Start, f.hYear.End, "it was read as the Hebrew year "+itoa(c.hy)+", as written, which may be meant as "+
			itoa(5000+c.hy)+", as the year is written in letters without its thousands; give the year in full to say which")
	case f.hYear.Form == layout.Plain && c.hy < 100 && f.hYear.End-f.hYear.Start == 2:
		rv.add(CodeYearUnlikely, Warning, f.hYear.Start, f.hYear.End, "it was read as the Hebrew year "+itoa(c.hy)+", as written, which may be meant as "+
			itoa(rv.hebrewCentury(c.hy))+", of which it would be the last two digits; give the year in full to say which")
	case f.hYear.Form == layout.Thousands && prefixThousands(f.input[f.hYear.Start:f.hYear.End]):
		// "כ״ב בניסן בתשפ״ד" read by a layout of a year with its
		// thousands (ה׳תשס״ו), learnt from an earlier dateline: the
		// prefix ב (in) was the thousands, 22 Nisan 2784, with nothing
		// said (the parser reads it as the prefix; see prefixedYear).
		rest := c.hy % 1000
		rv.add(CodeYearUnlikely, Warning, f.hYear.Start, f.hYear.End, "its letters read as the Hebrew year "+itoa(c.hy)+", as written, but a bare "+
			f.input[f.hYear.Start:f.hYear.Start+len("ב")]+" before the hundreds is more likely a prefix (ב, in; ו, and) before the year "+itoa(5000+rest)+
			"; write the thousands with a geresh (ה׳) or the prefix apart to say which")
	case f.hYear.Form == layout.Thousands && c.hy < 5000 && hundredsFirst(f.input[f.hYear.Start:f.hYear.End]):
		rv.add(CodeYearUnlikely, Warning, f.hYear.Start, f.hYear.End, "its letters read as the Hebrew year "+itoa(c.hy)+", as written, where letters "+
			"without the thousands write a year from 5001 to 5999; check the year's letters")
	}
}

// prefixThousands reports whether the Hebrew numeral s begins with ב or
// ו and no geresh, then a letter of the hundreds (בתשפ״ד, ותשפ״ד): its
// thousands are a prefix of the year, not a count of them.
func prefixThousands(s string) bool {
	if !strings.HasPrefix(s, "ב") && !strings.HasPrefix(s, "ו") {
		return false
	}
	return hundredsFirst(s[len("ב"):])
}

// hundredsFirst reports whether the Hebrew numeral s begins with a letter
// of the hundreds (ק ר ש ת), so that a value of a thousand or more is its
// hundreds stacked (תתשפ״ד, 1184), not a count of thousands (ה׳תשפ״ד).
func hundredsFirst(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 'ק' && r <= 'ת'
}

// hebrewCentury returns the Hebrew year whose last two digits are yy,
// within the eighty years before the reference and the twenty after, as
// a Hebrew year written by its last two letters (פ״א) is read (see
// shortHebrewYear).
func (rv *resolver) hebrewCentury(yy int) int {
	return nearCentury(rv.hebrewCenturyCenter(), yy)
}

// yearOfSentence reports whether the year taken for a dateline that names
// none is its sentence's (see yearInferred), not one near the reference.
func (rv *resolver) yearOfSentence() bool {
	if rv.f.hasGMonth && rv.o.sentenceYear != 0 {
		return true
	}
	_, ok := rv.sentenceHebrewYear()
	return ok
}
