package layout

import (
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/occasion"
	"strconv"
)

// A Kind is what an element of a dateline shows.
type Kind uint8

// The kinds of element. Weekday, Day, Month and Year are Gregorian; the
// weekday of a day is the same in both calendars (by day), so there is one
// Weekday kind with Latin and Hebrew-script forms.
const (
	Literal     Kind = iota // text kept as it is: separators, words such as "night" or "of"
	Weekday                 // Monday, Mon., MONDAY, Yom Sheni, יום שני, יום ב׳
	Day                     // the Gregorian day of the month: 2, 02, 2nd
	Month                   // the Gregorian month: January, Jan, Jan., Sept., 01, 1, ינואר
	Year                    // the Gregorian year: 2006, 06
	HebrewDay               // the Hebrew day of the month: 2, 2nd, ב׳, ב
	HebrewMonth             // the Hebrew month, in any spelling of package hebrew
	HebrewYear              // the Hebrew year: 5766, תשס״ו, ה׳תשס״ו
	Hour                    // 15, 3, 03
	Minute                  // 04
	Second                  // 05
	AMPM                    // pm, PM, p.m.
	Zone                    // MST, -07:00, -0700
	// Holiday writes the day's occasions in hebcal's names (Chanukah: 8th
	// Day; Rosh Chodesh Tevet, Chanukah: 7 Candles), in the locale of its
	// Spelling's family; on a day without any it writes nothing, and the
	// literal text just before it is left out too. In a layout that writes
	// the Hebrew day as Rosh Chodesh, it leaves Rosh Chodesh out.
	Holiday
	// Portion writes the weekly Torah portion read on the coming Shabbat
	// (Vayigash), in the locale of its Spelling's family; in a week whose
	// Shabbat has a holiday reading it writes nothing, and the literal text
	// just before it ("Parashat ") is left out too.
	Portion
	// Fraction writes the fraction of a second after a decimal mark, in
	// a fixed number of digits, as time.Format writes ".000" or ".999"
	// (see FractionZeros and FractionNines).
	Fraction
	// Omer writes the day of the Omer that the Hebrew day is, 1 on 16
	// Nisan to 49 on 5 Sivan, as a number (Plain, Ordinal, Numeral): the
	// 12 of "Omer: day 12". Outside the season it writes nothing, and the
	// literal text just before it ("Omer: day ") is left out too. The
	// reference day is not in the season: a layout writes the count as
	// the reference day's Hebrew day, 2 ("Omer: day 2").
	Omer

	numKinds
)

var kindNames = [numKinds]string{
	"literal", "weekday", "day", "month", "year",
	"hebrew day", "hebrew month", "hebrew year",
	"hour", "minute", "second", "am/pm", "zone", "holiday", "portion",
	"fraction", "omer",
}

// String returns the kind's name in lower case ("weekday", "hebrew month").
func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return "%!Kind(" + strconv.Itoa(int(k)) + ")"
}

// IsHebrew reports whether the kind belongs to the Hebrew calendar: the
// Hebrew day, month and year, and the occasions of the Hebrew day.
func (k Kind) IsHebrew() bool {
	return k >= HebrewDay && k <= HebrewYear || k == Holiday || k == Portion || k == Omer
}

// IsClock reports whether the kind is part of a time of day.
func (k Kind) IsClock() bool { return k >= Hour && k <= Zone || k == Fraction }

// A Form is the way an element is written. Its meaning depends on the kind;
// the constants below name them by the kinds they serve.
type Form uint8

// Forms of numbers: Day, Year, HebrewDay, HebrewYear, Minute, Second, and
// Month written as a number.
const (
	Plain     Form = iota // 2, 2006, 5766
	Padded                // 02 (two digits)
	Ordinal               // 2nd
	TwoDigit              // 06: a year's last two digits; פ״א, a HebrewYear's last two letters
	Numeral               // ב׳, תשס״ו: Hebrew letters, a year without its thousands from 5100 to 5999 (ד׳תש״ס elsewhere; see Layout.Validate)
	Thousands             // ה׳תשס״ו: Hebrew letters, a year with its thousands
	// RoshChodesh writes a HebrewDay as "Rosh Chodesh" on the first of a
	// month and on the 30th of the month before, which is its first day of
	// Rosh Chodesh (the layout's HebrewMonth and HebrewYear then show the
	// next month), and as a number on other days and on 1 Tishrei, which is
	// Rosh Hashanah.
	RoshChodesh
	RoshChodeshScript // ראש חודש
	// SpacePadded writes a Day as two characters, a space before a single
	// digit: " 2", as time.Format writes "_2". A layout writes it "_2".
	SpacePadded
	// Letters writes a HebrewDay by the names of its Hebrew letters, as
	// Chabad and Yiddish usage names days: Beis, Yud Tes (19), Tes Vov
	// (15), Chof (20); in Hebrew script יו״ד (10). The Spelling's Family
	// picks the names: Ashkenazi (Alef, Beis, Gimmel, Daled, Hei, Vov,
	// Zayin, Ches, Tes, Yud, Chof, Lamed), Hebrew and Niqqud (אל״ף, בי״ת
	// ... in the Punct's marks), and any other the modern ones (Alef, Bet,
	// Gimel, Dalet, Hei, Vav, Zayin, Chet, Tet, Yud, Kaf, Lamed). A layout
	// writes the reference day's 2 "Beis", "Bet" or "בי״ת". It writes a
	// HebrewYear from 5100 to 5999 by the names of the letters that write
	// it without its thousands, as Chabad's letters date a day named so
	// ("Tes Vov Cheshvan, Tof Shin Nun Alef"): the reference day's 5766
	// "Tof Shin Samech Vov", "Tav Shin Samekh Vav" or "תי״ו שי״ן סמ״ך וי״ו".
	Letters
	// LettersHyphen is Letters with a hyphen between two names: Yud-Tes.
	// The reference day's 2 is one letter, so a layout string cannot show
	// the hyphen: Layout.String writes it as Letters.
	LettersHyphen
	// RoshChodeshDay writes a HebrewDay in Hebrew script by the day of Rosh
	// Chodesh it is, as a luach does: א׳ דר״ח on the 30th of a month (the
	// first day of the next month's Rosh Chodesh; the layout's HebrewMonth
	// and HebrewYear then show the next month), ב׳ דר״ח on the first of a
	// month after one of 30 days, ר״ח on the first of a month after one of
	// 29, and as a Numeral on other days and on 1 Tishrei. A layout writes
	// it "ב׳ דר״ח טבת" (1 Tevet 5766, the second day); its Punct marks the
	// numeral and the abbreviation.
	RoshChodeshDay
	// RoshChodeshDayWords is RoshChodeshDay in words: א׳ דראש חודש, ב׳
	// דראש חודש, ראש חודש.
	RoshChodeshDayWords
	// LegalYear writes a Year as England and its colonies counted it
	// until 1752, from March 25: on the days from January 1 to March 24,
	// the year before the one that began on January 1. It is the first
	// half of a double year, "1731/2" of February 11, 1731/2 (Old Style,
	// with Calendar Julian); the second is a Year whose Digits give how
	// many of its last digits it writes.
	LegalYear
	// OrdinalDash writes a Day with Bulgarian's ordinal ending after a
	// hyphen, as the day takes it: 1-ви, 2-ри, 7-ми, 8-ми (and 21-ви,
	// 22-ри, 27-ми, 28-ми, 31-ви), and -ти on the others, 11-ти to
	// 19-ти among them. A layout writes it "2-ри".
	OrdinalDash
	// OrdinalYiddish writes a Day with Yiddish's ordinal ending, as the
	// day takes it: טן after 1 to 19 (2טן, 13טן) and סטן after 20 to 31
	// (26סטן). A layout writes it "2טן".
	OrdinalYiddish
	// OrdinalColon writes a Day with Swedish's ordinal ending after a
	// colon, as the day takes it: :a after 1, 2, 21, 22 and 31 (1:a,
	// 22:a), :e after the others (20:e, 11:e, 12:e). A layout writes it
	// "2:a".
	OrdinalColon
)

// IsRoshChodesh reports whether a HebrewDay in form f is written as Rosh
// Chodesh on the days of Rosh Chodesh: RoshChodesh, RoshChodeshScript and
// RoshChodeshDay.
func (f Form) IsRoshChodesh() bool {
	return f == RoshChodesh || f == RoshChodeshScript || f == RoshChodeshDay || f == RoshChodeshDayWords
}

// Forms of names: Weekday, Month and AMPM.
const (
	Long         Form = 16 + iota // Monday, January
	Short                         // Mon, Jan
	ShortDot                      // Mon., Jan. (May stays May)
	AP                            // Jan., Feb., March, April, May, June, July, Aug., Sept., Oct., Nov., Dec.
	Script                        // Hebrew script: יום שני, ינואר
	ScriptShort                   // Hebrew script, by letter: יום ב׳ (and שבת)
	ScriptBare                    // Hebrew script without יום: שני, as after ליל
	ScriptLetter                  // Hebrew script, a letter without יום: ב׳ (ש׳), as tables print it
	Yom                           // transliterated Hebrew: Yom Sheni, Shabbat
	Numeric                       // Month only: 1 (or 01 with Padded)
	NumericPad                    // Month only: 01
	// StandAlone writes a Month by the name a month named alone takes in
	// a language that inflects: the nominative, CLDR's stand-alone name
	// (ноябрь 2024, listopad 2024), where a date writes the genitive
	// (2 ноября). English, and a language whose two names agree, write
	// it as Long.
	StandAlone
	// Roman writes a Month as its Roman numeral, as Polish, Czech,
	// Romanian and the Balkan languages' pages write it in a date: 7 XII
	// 2022, 7.XII.2022.
	Roman
)

// Forms of Hour.
const (
	Hour24    Form = 32 + iota // 15, 6
	Hour24Pad                  // 15, 06
	Hour12                     // 3
	Hour12Pad                  // 03
)

// Forms of AMPM.
const (
	AMPMLower     Form = 48 + iota // pm
	AMPMUpper                      // PM
	AMPMLowerDots                  // p.m.
	AMPMUpperDots                  // P.M.
	AMPMGreek                      // μ.μ. (μετά μεσημβρίας), π.μ.
	AMPMHungarian                  // du. (délután), de. (délelőtt)
	// AMPMLowerSpaced writes p. m., with a space after the first point,
	// as the Spanish Academy spells it and Latin American sites print
	// it ("5 de diciembre de 2023 - 02:30 p. m.").
	AMPMLowerSpaced
	AMPMUpperSpaced // P. M.
)

// HourOf returns the hour on the 24-hour clock that hour, on the 12-hour
// clock, is with pm (1) or am (0): 12 am is 0, 12 pm 12.
func HourOf(hour, pm int) int {
	return hour%12 + 12*pm
}

// Forms of Zone.
const (
	ZoneName               Form = 64 + iota // MST, EDT, IST
	ZoneOffset                              // -07:00
	ZoneOffsetShort                         // -0700
	ZoneOffsetHour                          // -07
	ZoneOffsetSeconds                       // -07:00:00
	ZoneOffsetSecondsShort                  // -070000
	// The ISO 8601 forms write Z for UTC and are otherwise the offset
	// forms above, as time.Format writes "Z07:00"; a layout writes them
	// so: Z07:00, Z0700, Z07, Z07:00:00, Z070000.
	ZoneISO             // Z07:00
	ZoneISOShort        // Z0700
	ZoneISOHour         // Z07
	ZoneISOSeconds      // Z07:00:00
	ZoneISOSecondsShort // Z070000
	// ZoneOffsetHourBare writes the offset's hour without padding, as
	// pages write it after GMT or UTC (GMT-7, UTC+2), and its minutes,
	// where it has them, after a colon (UTC+5:30). A layout writes it -7.
	ZoneOffsetHourBare
)

// Forms of Fraction. Element.Digits is the number of digits (1 to 9) and
// Element.Text the decimal mark, "." or ",".
const (
	// FractionZeros writes every digit: ".000" writes .000 and .120, as
	// time.Format does.
	FractionZeros Form = 80 + iota
	// FractionNines leaves out trailing zeros, and the decimal mark with
	// them when the fraction is zero: ".999" writes .12, and nothing on a
	// whole second.
	FractionNines
)

// A Case is the letter case of a Latin name.
type Case uint8

const (
	AsIs  Case = iota // as the table writes it: Monday, Adar II
	Upper             // MONDAY, 2ND
	Lower             // monday
	Title             // Lundi, Тишрея: the first letter a capital, the rest as the table writes it
)

// A Punct is how Hebrew numerals and letters are punctuated.
type Punct uint8

const (
	Gershayim Punct = iota // ב׳ כ״ב, with the Hebrew geresh and gershayim
	ASCII                  // ב' כ"ב
	Bare                   // ב כב
)

// A Calendar is the calendar a date's Day, Month and Year count in, as its
// text says.
type Calendar uint8

const (
	// Gregorian is the proleptic Gregorian calendar, in which package time
	// counts every year: the calendar of a date whose text names none.
	Gregorian Calendar = iota
	// Julian is the Julian calendar, as historical text writes a date it
	// says is Julian (December 15, 1812 O.S., 11 October 1542 according
	// to the Julian calendar): the elements write the Julian date of the
	// day.
	Julian
	// NewStyle is the Gregorian calendar, as text writes a date it says
	// is Gregorian (February 22, 1732 N.S., New Style): the elements write
	// the day as Gregorian does.
	NewStyle
)

// A Zman is a time of the day at a place that a clock element writes in
// place of the dateline's own time of day: the day's sunset, its candle
// lighting or its havdalah. The clock elements of a Zman are written by
// example with the reference time, 3:04 pm, after a label that is a
// literal ("Candle lighting 3:04 pm", "Sunset 15:04"); package dateline
// computes the times at a location (see [Zmanim]).
type Zman uint8

const (
	NoZman         Zman = iota // the dateline's own time of day
	Sunset                     // the day's sunset
	CandleLighting             // candle lighting on the eve of Shabbat or a festival
	Havdalah                   // havdalah, when Shabbat or a festival ends

	numZmanim
)

var zmanNames = [numZmanim]string{"time of day", "sunset", "candle lighting", "havdalah"}

// String returns the time's name in lower case ("candle lighting").
func (z Zman) String() string {
	if z < numZmanim {
		return zmanNames[z]
	}
	return "%!Zman(" + strconv.Itoa(int(z)) + ")"
}

// An Element is one part of a [Layout]: a literal text or a value written in
// a form.
type Element struct {
	Kind Kind
	Form Form
	Case Case
	// Punct applies to Hebrew numerals and Hebrew-script weekdays.
	Punct Punct
	// Prefix writes the Hebrew "ב" before a Hebrew-script month name
	// (בספטמבר); for HebrewMonth, the prefix is part of Spelling.
	Prefix bool
	// Shift makes the element show the day Shift days after the
	// dateline's own: the end of a range (October 22-28 has a Day with
	// Shift 6), the weekday of Erev Shabbat (Shift 1), or the occasion an
	// Erev names and its year (Erev Rosh Chodesh Tammuz 5750, Erev Rosh
	// Hashana 5760: Shift 1); such a Holiday writes one occasion, the first
	// of that day. A layout string writes a Holiday's Erev as the word
	// before the reference day's occasion: Erev Chanukah: 8th Day.
	Shift int16
	// Text is the text of a Literal. For a Weekday or Month it is a word
	// the layout saw for one value, written for that value in place of the
	// form's own (Yom Rivi'i, Tues, Sept); Of is that value. For a Day
	// or HebrewDay it is the day's word for day Of (third, Yud-Aleph).
	// For a
	// Fraction it is the decimal mark, ".", "," or ":". For an Hour that
	// package parse read as a word, noon or midnight, it is the word and
	// Of its hour; a layout has no such element (dateline.LayoutOf
	// refuses it).
	Text string
	Of   int8
	// Spelling is how a HebrewMonth is written; for a Holiday or Portion,
	// its Family picks hebcal's locale: English, Ashkenazi, or Hebrew
	// without or with points.
	Spelling hebrew.Spelling
	// Schedule is the schedule of holidays and readings a Holiday or
	// Portion follows: the Diaspora's (the zero value) or Israel's (see
	// [Layout.InIsrael]).
	Schedule occasion.Schedule
	// Digits is the number of digits of a Fraction, 1 to 9; for a Year,
	// if not 0, the number of its last digits it writes (the 2 and 32 of
	// the double years 1731/2 and 1731/32).
	Digits int8
	// Calendar is the calendar of a Day, Month or Year: Julian writes the
	// Julian date of the day. A Literal has the Calendar it says the date
	// is in, when it says so (" O.S.", ", according to the Julian
	// calendar", " N.S."); it is written as any literal is.
	Calendar Calendar
	// Lang is the language a Weekday or Month is written in, in the forms
	// Long and Short (see [Lang]); English, the zero Lang, by default.
	Lang Lang
	// Decl is the grammatical case a Weekday of form Long is written in,
	// as a sentence puts it: "в среду", "з вечора середи", "hétfőn",
	// "lördagen" (see [Declension]); CLDR's own form, by default.
	Decl Declension
	// Zman makes a clock element (Hour, Minute, Second, Fraction, AMPM,
	// Zone) write a time of the day at a place rather than the dateline's
	// own time of day: the 5:26 pm of "Candle lighting 5:26 pm" is an
	// Hour, a Minute and an AMPM of Zman CandleLighting.
	Zman Zman
	// Evening marks the word of a weekday or a literal that says the
	// dateline is the evening of its civil day (Saturday night,
	// "December 10, 2020 evening", ליל שלישי): the Hebrew date beside it
	// is the evening's, the next day's (see [Layout.Evening]).
	Evening bool
}

// Lit returns a Literal element of text s.
func Lit(s string) Element { return Element{Kind: Literal, Text: s} }
