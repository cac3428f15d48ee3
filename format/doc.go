// Package format writes datelines: the layout presets, the compiled
// [Layout], and the languages names are written in.
//
// A layout is written by example, for the reference day that [Reference]
// returns: Monday, January 2, 2006 at 15:04:05 MST, which is 2 Tevet 5766.
// The presets [Header], [Full], [Published], [HebrewDate] and
// [HebrewScript] are such strings, and so is any layout of package time
// (time.RFC3339) or of your own. Package dateline compiles them (its
// Compile, and Dateline.Format for a string), and reads the layout of a
// real dateline of any other day (LayoutOf), so that reading and writing
// share one vocabulary:
//
//	Monday, January 2nd | 2 Tevet 5766                      →  Saturday, March 2nd | 22 Adar I 5784
//	יום שני, ב׳ בטבת ה׳תשס״ו                                 →  יום שבת, כ״ב באדר א׳ ה׳תשפ״ד
//	Tuesday, Sept. 5, 2023 | 5 Teves                        →  Saturday, March 2, 2024 | 22 Adar Rishon
//
// Every part of a dateline is written as the example writes it: a weekday
// in full, abbreviated or as Yom Sheni; a day plain, padded or ordinal
// (2nd); a Hebrew day or year in Hebrew letters, with or without its
// thousands (ה׳תשס״ו), or by the names of its letters (Yud-Tes Kislev, Tof
// Shin Nun Alef); a
// Hebrew month in any family's spelling (Teves, Tevet, Tébeth); a time of
// day in 12 or 24 hours, with its zone. A range of days (October 22-28,
// 2-8 Cheshvan) gets a second month name on days when it runs into the
// next month.
//
// Month and weekday names are written in the example's language: English,
// or one of hebcal-go's locales that is a language ([Lang]), in the names
// of the Unicode CLDR as a date writes them (mercredi 28 septembre, 28
// сентября, 28 września); [Layout.In] writes a layout in another language,
// and [Lang.Layout] is a language's own full dateline for the reference
// day ("lundi 2 janvier 2006 | 2 Tévet 5766").
//
// The day's occasions are parts of a layout too, written by example for
// the reference day, the eighth day of Chanukah in the week of Vayigash:
// "Chanukah: 8th Day" writes the day's holidays, fasts and Rosh Chodesh in
// hebcal's names (a list separated by commas on a day with several), and
// "Parashat Vayigash" the weekly portion; on a day without one each writes
// nothing, and leaves out the text that leads to it:
//
//	Monday, January 2nd | 2 Tevet 5766 | Parashat Vayigash  →  Friday, March 1st | 21 Adar I 5784 | Parashat Ki Tisa
//	2 Tevet 5766 | Chanukah: 8th Day                        →  14 Adar II 5784 | Purim
//
// A masthead prints the times of its day beside the date, and these are
// written by example too: a label and a clock written with the reference
// time, 3:04 pm (15:04), say which time of the day ([Zman]) the layout
// writes, and the day of the Omer after its label, written with the
// reference day's Hebrew day, 2:
//
//	Monday, January 2, 2006 | 2 Tevet 5766 | Candle lighting 3:04 pm  →  Friday, March 1, 2024 | 21 Adar I 5784 | Candle lighting 5:29 pm
//	Monday, January 2, 2006 | Sunset 15:04 | Havdalah 3:04 pm         →  Saturday, March 2, 2024 | Sunset 17:48 | Havdalah 6:29 pm
//	Monday, January 2, 2006 | 2 Tevet 5766 | Omer: day 2              →  Sunday, May 26, 2024 | 18 Iyyar 5784 | Omer: day 33
//
// This package does not compute the times: the caller gives them in
// [Zmanim] to [Layout.AppendFormatZmanim] (package dateline's Format
// computes them at a location, and refuses a layout that needs them
// without one). A time the day does not have, such as candle lighting on a
// Monday, is left out with its label, as an Omer count outside the season
// is.
//
// A date that a layout cannot write so that it reads back is not written
// as text that reads as another date: [Layout.Validate] says so, with an
// error wrapping [ErrUnwritable], and [Layout.AppendFormat] writes that
// part as time.Format writes a bad value, %!HebrewYear(760).
//
// [Layout.AppendFormat] writes a Gregorian time and a Hebrew date in a
// layout without allocating; the caller picks the Hebrew date (the day's,
// or the next day's after sunset), as package dateline does. It never
// panics, whatever the date.
package format
