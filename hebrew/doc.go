// Package hebrew is the Hebrew calendar as dualdate uses it: dates and their
// conversion to and from the Gregorian calendar, the lengths of months and
// years, the names of the months in every common spelling, and Hebrew
// numerals (gematriya). The year's holidays, fasts and weekly portions are
// package occasion's, which builds on this one.
//
// # Dates
//
// A [Date] is a plain value, {Year, Month, Day}, comparable with ==, whose
// zero value means "no date". [NewDate] and [FromGregorian] validate what
// they are given and return an error, never a date rolled over into the next
// month: 30 Cheshvan in a year whose Cheshvan has 29 days is [ErrNoSuchDay],
// Adar II in a common year [ErrAdarCommonYear], a year outside 1 to 9999
// [ErrRange]. The errors are [*DateError] values naming the calendar, the
// field and the value. Text that cannot be read (a numeral, a month name,
// a date's text form) gives a [*SyntaxError], the one syntax error of every
// package of the module: the reader's syntax errors, which package
// dateline's errors wrap, are this type.
//
// Months are numbered as hdate numbers them, from Nisan (1) to Elul (6),
// then Tishrei (7) to Adar (12) and Adar II (13). In a leap year month 12 is
// Adar I ([AdarI] is another name for [Adar]).
//
// The Gregorian calendar here is the proleptic Gregorian calendar of Go's
// time package, for every year: [Date.Gregorian] and [FromGregorian] never
// switch to the Julian calendar, as hdate's FromGregorian does before
// September 1752. Every day of Hebrew years 1 to 9999 is supported, from
// September 7, 3761 BCE (year -3760) to September 25, 6239.
//
// A Hebrew day begins at sunset, but a Date is a day of the calendar: its
// Gregorian day is the one that ends at the sunset on which the next Hebrew
// day begins. Package dateline knows about sunset.
//
// # Month names
//
// Sites spell the months many ways: Tevet and Teves, Shevat and Sh'vat,
// Iyar and Iyyar, Cheshvan, Heshvan and Marcheshvan, Adar I, Adar 1, Adar
// Aleph and Adar Rishon, in Hebrew script with or without vowel points and
// with or without the prefix ב. [MatchMonth] reads all of them, case- and
// point-insensitively, and says which month and which [Family] of spellings
// the word belongs to; a word that merely starts like a month is not one.
// [AppendMonth] writes a month in any [Spelling], knowing whether the year is
// a leap year.
//
// Every locale of hebcal-go has its family too, which writes the months as
// the locale translates them (and in which package occasion names the
// day's occasions): French (Eloul, Tévet), Russian (Тишрей) and its
// genitive as a date inflects it (1 тишрея, 22 адара I), Ukrainian and its
// genitive (9 елула), Spanish, German, Portuguese, Polish, Hungarian
// (Ádár), Dutch, Romanian, Finnish, Yiddish and hebcal's Ashkenazi
// variants (Litvish: Odor Aleph). The
// match folds letter case in every script and, for a transliteration, the
// diacritics: Ṭevet, Ḥeshvan, Shevaṭ and ʾIyyar read as Tevet, Heshvan,
// Shevat and Iyyar, while a spelling a family writes with its accents
// (Tévet) is that family's.
//
// # Numerals
//
// [AppendNumeral] writes a number in Hebrew letters (כ״ב, ט״ו, ה׳תשפ״ד) and
// [ParseNumeral] reads one, with the geresh and gershayim in Hebrew or ASCII
// or left out.
//
// This package is built on github.com/hebcal/hdate, and guards every call:
// no input makes it panic. Its conversions count days with arithmetic of
// its own (the day each year starts, tabled once for the 10,000 years),
// which agrees with hdate's on every day of years 1 to 9999.
package hebrew
