// Package layout is the vocabulary of datelines: the elements a dateline is
// made of (weekdays, days, months and years of both calendars, clock times,
// zones and the literal text between them), their styles, the compiled
// [Layout], and rendering values into bytes. It is the engine behind the
// public package format, whose Layout holds one of this package's (see
// [Wrap]), and the vocabulary that the reader (internal/parse) compiles
// layouts into; users see only format's presets, Layout, Lang and Zman.
//
// A layout is written by example, for the reference day that [Reference]
// returns: Monday, January 2, 2006 at 15:04:05 MST, which is 2 Tevet 5766.
// The presets [Header], [Full], [Published], [HebrewDate] and
// [HebrewScript] are such strings (format's presets are the same). The parse package compiles them (its
// Layout function), so that reading and writing share one vocabulary; [New]
// builds a Layout from elements directly.
//
// Each [Element] has a [Kind] and a [Form]: a weekday written Long
// (Monday), Short (Mon), ShortDot (Mon.), Yom (Yom Sheni) or in Hebrew
// script (יום שני, יום ב׳); a day Plain (2), Padded (02) or Ordinal (2nd);
// a Hebrew day or year as a Numeral (ב׳, תשס״ו) or with its Thousands
// (ה׳תשס״ו), a Hebrew day or year by the names of its Letters (Beis, Yud-Tes;
// Tof Shin Nun Alef); a Hebrew month in a hebrew.Spelling. A [Case] and a [Punct]
// say how its letters and marks are written, and a Shift makes it show
// another day than the dateline's: the end of a range (October 22-28), the
// year after a range, which is its last day's (December 30-January 2,
// 2024 starts in 2023), or the day an Erev names.
//
// Weekday and Month names are written in the element's [Lang]: English by
// default, or one of hebcal-go's locales that is a language, in the names
// of the Unicode CLDR as a date writes them (mercredi 28 septembre, 28
// сентября, 28 września), generated into lang_tables.go by gen_lang.go
// from github.com/go-playground/locales; [Lang.Family] is the language's
// family of Hebrew month names, and [Lang.Layout] its full dateline for
// the reference day ("lundi 2 janvier 2006 | 2 Tévet 5766"). The [Title]
// case writes a name whose table is in lower case with a capital.
//
// The day's occasions are elements too, written by example for the
// reference day, the eighth day of Chanukah in the week of Vayigash: a
// [Holiday] ("Chanukah: 8th Day") writes the day's holidays, fasts and
// Rosh Chodesh in hebcal's names (package occasion's, in the Element's
// Schedule), a list separated by commas on a day with
// several, and a [Portion] ("Parashat Vayigash") the weekly portion; on a
// day without one each writes nothing, and leaves out the text that leads
// to it. A Hebrew day written "Rosh Chodesh Tevet" writes Rosh Chodesh on
// the first of a month and the 30th before it, and the day's number on
// other days:
//
//	Monday, January 2nd | 2 Tevet 5766 | Parashat Vayigash  →  Friday, March 1st | 21 Adar I 5784 | Parashat Ki Tisa
//	2 Tevet 5766 | Chanukah: 8th Day                        →  14 Adar II 5784 | Purim
//
// A masthead prints the times of its day beside the date, and these are
// written by example too: a label, which is literal text, and a clock
// written with the reference time, 3:04 pm (15:04), whose elements have a
// [Zman] that says which time they write (Sunset, CandleLighting,
// Havdalah) instead of the dateline's own time of day; and the day of the
// Omer, an [Omer] element after its label, written with the reference
// day's Hebrew day, 2, since the reference day is not in its season:
//
//	Monday, January 2, 2006 | 2 Tevet 5766 | Candle lighting 3:04 pm  →  Friday, March 1, 2024 | 21 Adar I 5784 | Candle lighting 5:29 pm
//	Monday, January 2, 2006 | Sunset 15:04 | Havdalah 3:04 pm         →  Saturday, March 2, 2024 | Sunset 17:48 | Havdalah 6:29 pm
//	Monday, January 2, 2006 | 2 Tevet 5766 | Omer: day 2              →  Sunday, May 26, 2024 | 18 Iyyar 5784 | Omer: day 33
//
// The parse package reads the labels Candle lighting, Candles, Sunset,
// Havdalah, הדלקת נרות, כניסת שבת, שקיעה, הבדלה and צאת שבת, after the
// date as a masthead prints them; the Omer after "Omer", "Omer:" or
// "Omer: day". This package does not compute the times: the caller gives
// them in a [Zmanim] to [Layout.AppendFormatZmanim] (package dateline's
// Format computes them at a location, and refuses a layout that needs
// them without one). A time the day does not have, such as candle
// lighting on a Monday, is left out with its label, as an Omer count
// outside the season is; [Layout.AppendFormat], which is given no times,
// leaves every one out.
//
// The layouts of package time are layouts too, and write what time.Format
// writes: the parse package reads time.Format's notation in a layout
// (_2, a day padded with a space, is the [SpacePadded] form; Z07:00 and
// the other ISO 8601 and seconds forms of a zone are forms of [Zone];
// .000 and .999 are a [Fraction] of a second), and a zone without an
// abbreviation is written -0700 where the layout says MST. A layout's
// String writes such elements in that notation, so that it compiles back
// to the same layout. A layout that would keep a part of the reference
// day as text (5766 with no Hebrew month, Tevet with no Hebrew day) does
// not compile: dateline.Compile says which part, and
// dateline's Format writes the error rather than a wrong dateline.
//
// A date that a layout cannot write so that it reads back is not written
// as text that reads as another date: [Layout.Validate] says so, with an
// error wrapping [ErrUnwritable], and [Layout.AppendFormat] writes that
// part as time.Format writes a bad value, %!HebrewYear(760). A Hebrew
// year in letters keeps its thousands outside 5100-5999 (ד׳תש״ס, ה׳א׳,
// ו׳) and a Gregorian year below 1000 in digits its leading zeros
// (0010), so that they read back; a Hebrew year in digits is written as
// it is (1 Tishrei 1); what no text of the layout would read back as is
// refused: a Hebrew year below 1000 in letters (תש״ס reads as 5760), a
// year before the common era in a numeric date (-3760/09/07 reads as
// 3760), and the others Validate lists.
//
// A Day, Month or Year of the [Julian] [Calendar] writes the Julian date of
// the day, as historical text writes it beside a marker ("December 15, 1812
// O.S." for December 27, 1812); the marker is a Literal with that Calendar.
//
// [Layout.AppendFormat] writes a Gregorian time and a Hebrew date in a
// layout without allocating; the caller picks the Hebrew date (the day's,
// or the next day's after sunset). It never panics, whatever the date.
package layout
