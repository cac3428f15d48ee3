// Package dateline reads, checks and writes datelines that name one day in
// both the Gregorian and the Hebrew calendar, like the masthead line
//
//	Saturday, March 2nd | 22 Adar I 5784
//
// and publication timestamps like "September 28, 2022 10:39 am".
//
// # Writing
//
// [New] makes the [Dateline] of an instant, and [Dateline.Format] writes it
// in a layout written by example for the reference day, Monday, January 2,
// 2006 at 3:04:05 pm MST, which is 2 Tevet 5766:
//
//	d := dateline.New(time.Now())
//	d.Format("Monday, January 2nd | 2 Tevet 5766") // Saturday, March 2nd | 22 Adar I 5784
//	d.Format(format.Published)                     // March 2, 2024 10:39 am
//
// The words of a layout choose how each part is written: "Tevet" picks
// hebcal's English month names, "Teves" the Ashkenazi ones, "טבת" Hebrew
// script; "2nd" an ordinal day, "ב׳" a Hebrew numeral. Any consistent
// dateline of another day is a layout too ([LayoutOf]). By default the
// Hebrew day follows the civil day; with [Sunset] or [Nightfall] it starts
// at sunset or nightfall in a city, which [City] finds by name
// (dateline.City("Jerusalem")), and text that names no zone is read in the
// city's zone unless [In] names another. A nil location is an error: Check,
// Parse and Find report it (CodeOption), and New returns the zero Dateline.
//
// # Reading and checking
//
// [Parse] and [Check] read every layout that real sites print: both
// calendars in either order with any separator, month names in every
// spelling, ordinal days, numeric dates, Hebrew script with or without
// niqqud and gershayim, weekday names in English, transliterated Hebrew and
// Hebrew, evenings ("Mon. night", "Motzei Shabbat", "ליל רביעי", whose
// Hebrew date, from sunset, is the next day's), ranges (a dateline is the
// range's first day; a range is a week or a few, or, when each end states
// its year, a period or a life up to some 89 years: "du 2 octobre 2024 au
// 22 septembre 2025"), and times of day with zones. [Check] returns a [Report] listing every
// [Problem] with a stable [Code], a [Severity], the byte span it concerns,
// and a message: a weekday that is not the day's, calendars that disagree,
// a Hebrew date a day ahead (after sunset) or, beside an evening, the
// civil day's own, days that do not exist, Adar I
// or II in a common year, a bare Adar in a leap year, a time of day the
// zone's clocks skip or show twice, and what was inferred for a missing
// year. A date without a time of day is always that day, from its first
// instant in its zone, even where the clocks skip midnight. A time keeps
// its fraction of a second (2016-09-23T02:54:32.845Z); of an offset and a
// zone's name beside it (-0700 MST, +0200 (CEST)) the offset is the zone,
// named so, and a name whose zone has another offset is a warning; noon
// and midnight have no layout, nor Motzei Shabbat, which names Saturday's
// evening alone ([LayoutOf] refuses it). [Parse] returns the day, or the
// first problem of severity Error as a *[ProblemError].
//
// Month and weekday names are read in every language of hebcal-go's
// locales (lundi 2 janvier 2006, 28 сентября 2022 г., 22 de Adar I de
// 5784, 1 тишрея 5785), and a layout written in one
// writes it (format.Lang). A month name misspelt by one letter added,
// dropped or swapped (Septmber, Kislv) is read as the one month it fits,
// with an info problem that names the correction (CodeSpelling); a word
// two months fit is read as neither.
//
// What the text leaves out is filled in from the rest: a missing year from
// the other calendar's year, or else the most recent year, up to six months
// after the [Reference] time, that fits the weekday and the other
// calendar's date (without a weekday, the last on or before it, or the
// first on or after it, where a word says the day is past or to come: "el
// pasado 27 de enero", "le 12 mai prochain", "12 mei a.s."); the century of a two-digit year ('70, 28-Feb-02) from
// the other calendar's year, or else the one that puts it within the eighty
// years before the Reference and the twenty after ('70 read in 2021 is
// 1970, '40 is 2040), unless only another fits the weekday, and so the
// century of a Hebrew year cut to its last two letters (י״ב שבט פ״א); an ambiguous
// numeric date (03/02/2024) by the reading the other calendar or the
// weekday confirms, and so a month's name that two languages give two
// months ("listopada" is November in Polish and October in Croatian)
// where no other word of the dateline says its language; a bare Adar in a leap year by the Gregorian date or
// the weekday, or else as Adar II (Adar I for its 30th), with a warning,
// and a year-less one looks in leap years as in common ones; which
// day of a two-day Rosh Chodesh ("Rosh Chodesh Cheshvan" is 30 Tishrei and
// 1 Cheshvan) by the Gregorian date or the weekday, or else the first of
// the month, with a warning.
//
// A weekday with its day of the month alone in brackets, as Brazilian news
// name the day they speak of ("nesta terça-feira (2)", "neste domingo
// (22), às 18h"), names no month or year: the page's date, given as the
// [Reference], says which week. The day is the one of the reference's
// month, the month before or the month after that falls on the weekday
// named, the nearest to the reference, with a [CodeYearInferred] info
// that says so, and a warning of that code where it is more than a week
// away. Where none of the three months fits, the dateline is a
// [CodeWeekday] error that asks for the page's date, never a day further
// away.
//
// # Julian dates
//
// Gregorian means proleptic Gregorian, as in package time, for every year.
// Text that says its date is Julian ("December 15, 1812 O.S.", "Old
// Style", "(Julian)", "23 November 1774, according to the Julian
// calendar") is read in the Julian calendar: the Dateline's Time is the
// proleptic Gregorian day of that date, December 27, 1812, and an info of
// code [CodeJulian] says so. A date before the Gregorian reform of
// October 15, 1582 that agrees with its Hebrew date or weekday only as a
// Julian date, as such dates were written, is read as one, with a warning
// of that code giving the proleptic Gregorian day; a later one keeps its
// calendar error, with an info that it would agree as a Julian date. A
// date before the reform that nothing settles (no marker, weekday or
// Hebrew date) is read as proleptic Gregorian with a [CodeDateAmbiguous]
// warning that gives its Julian reading, as pages of its time mostly
// wrote dates in the Julian calendar: "17 September 1391" is 10 Tishrei
// 5152, or, as a Julian date, September 25, 1391, 18 Tishrei. So is a
// later date in the language of a country that kept the Julian calendar,
// before that country took the Gregorian: Russian, Ukrainian and
// Belarusian before 1918, Bulgarian before 1916, Serbian and Romanian
// before 1919, Greek before 1923, Swedish and Finnish before 1753
// ("10 augusti 1750"; not the Swedish calendar's dates of 1700 to 1712).
// "N.S." or "New Style" says a date is Gregorian. A layout written by
// example with a marker ([LayoutOf]("December 15, 1812 O.S.")) writes the
// Julian date of any day and the marker; an example whose date agrees
// only as a Julian date and does not say so is no layout ([ErrJulian]),
// since it would write Gregorian dates.
//
// A dual date names the day in both: "February 11/22, 1732" (the Julian
// day, then the Gregorian) is the Gregorian day, February 22, 1732, and
// "February 11, 1731/2" (the year as England counted it from March 25
// until 1752, then from January 1) the Julian date February 11, 1732. The
// Old Style half must agree: a Julian day that is not the Gregorian day's,
// or a double year on a day after March 24 or from 1752 on, is a
// [CodeCalendar] error at that half. A bracket with no marker is such a
// half only where its day is exactly the other calendar's date of the day
// before it, in the year the text names: "7 November 1917 (25 October)"
// and "29 November (12 December) 1905", as histories of Russia write
// either order, are the Gregorian November 7, 1917 and December 12, 1905;
// a bracket with any other day is a date of its own.
//
// # Occasions
//
// A dateline may name the day's holidays ("Purim 5784", "Rosh Chodesh
// Tevet, Chanukah: 7 Candles") and the weekly portion ("Parashat Ki Tisa")
// beside or instead of a date, in hebcal's names in any of its locales
// (English, Ashkenazi, Hebrew, Pourim, Пурим ...); Check reports one that
// is not the day's (CodeOccasion). A festival named with the civil date
// of its eve, the day at whose sunset it begins ("Rosh Hashana – 15
// Septembre 2023", "Chanukah, December 25, 2024", though hebcal lists
// that day as "Chanukah: 1 Candle"), names that evening: its Hebrew date
// is the festival's first day, with a [CodeAfterSunset] warning.
// [Dateline.Occasions] lists a day's (package occasion has them by day,
// name and year, in either schedule). In a layout they are written by
// example too: "Chanukah: 8th Day" (the reference day's) writes the day's
// holidays, "Parashat Vayigash" the week's portion (see package format).
// [Dateline.Omer] counts the Omer in its season, and [Dateline.Times]
// gives what a masthead prints beside the date at a location: the day's
// sunset, and candle lighting and havdalah on the days that have them, as
// hebcal-go computes them; with a Sunset or Nightfall location the JSON
// object gives them too, and with WithOccasions the Omer count
// ([Dateline.AppendJSON]). A layout writes them by example, each a label
// and the reference time, and the Omer with the reference day's 2:
//
//	d.Format("Monday, January 2, 2006 | 2 Tevet 5766 | Candle lighting 3:04 pm", dateline.Sunset(newYork))
//	// Friday, March 1, 2024 | 21 Adar I 5784 | Candle lighting 5:29 pm
//	d.Format("Monday, January 2, 2006 | Sunset 15:04 | Havdalah 3:04 pm | Omer: day 2", dateline.Sunset(newYork))
//
// Format takes the place from Sunset or Nightfall; without one, or on a
// day the sun does not set there, it writes the error of
// [Dateline.Zmanim] rather than a wrong or missing time. On a day without
// candle lighting or havdalah, and outside the Omer's season, that part is
// left out with its label. Check reads such a dateline, and with a
// location checks its times (CodeZman); it checks the Omer count always
// (CodeOmer).
//
// # Options
//
// [Option] values change what the functions do: [In], [Reference],
// [Sunset], [Nightfall], [MonthFirst], [DayFirst], [Israel], [Diaspora],
// [WithOccasions] and [Names]. The table in Option's documentation says
// which applies to which function; an option that does not apply does
// nothing there. The package's examples show each one.
//
// [Find] finds the datelines and timestamps inside free text, and checks
// each; [FindHTML] does so in an HTML page as scraped, with offsets in its
// bytes.
//
// A program that reads many datelines (a batch, a crawl, a service) makes
// a [Reader] with its options and calls its Check, Parse and Find: the
// Reader keeps what it learns of the layouts it reads, within a fixed
// bound, so that a batch in a few layouts reads faster. The package
// functions share one Reader's memory.
//
// # JSON
//
// A Dateline marshals to one metadata object, the same the dualdate
// command writes, and a Report to a check object; both read back. A time
// in a zone with a name writes the name in "zone" beside "time" ("IST"
// for "March 2, 2024 10:39 IST"), a field DESIGN.md's object does not
// have, so that a dateline read back writes its zone as the text did.
//
// Every function is safe for concurrent use, and none panics on any input.
package dateline
