// Package parse reads datelines and timestamps: a hand-written reader over
// the text's bytes, whose recognizers turn the text into fields (what the
// text states, where, and in which layout), and which marks where it is
// and backs up to it to try another reading where one fails.
//
// [Parse] reads a whole string as one dateline: a Gregorian date, a Hebrew
// date (transliterated, or in Hebrew script with gematriya, or its day
// named by its letters: Yud Tes Kislev, Gimmel Tammuz, יו״ד שבט), or both in
// either order, with a weekday (Monday, Yom Rivi'i, Shabbos, יום ו׳, Erev
// Shabbat, Motzei Shabbat, ליל רביעי), a time of day and a zone (3:04 pm,
// 10.39 BST, בשעה 15:00, or a range of times, 8:00-9:00PM, whose end's PM
// is its start's too), and ranges
// of days (October 22-28, 2-8 Cheshvan, Thursday night-Friday November
// 30-December 1; a year after a range is its last day's, so December
// 30-January 2, 2024 starts on December 30, 2023) or pairs of them (Sun. & Mon., March 10 & 11; Sunday and
// Monday; March 10 to 12), and the day's occasions (Purim 5784, Rosh Chodesh Elul, ש״פ משפטים,
// Chag HaBanot, Chanukah: 7 Candles, Parashat Ki Tisa). Numeric dates are read in US, Israeli and ISO order; one
// that reads both ways (03/02/2024) is marked [Ambiguous] and
// [Result.Swap] gives its other reading. In Hebrew text (a Hebrew date or
// word in the dateline, such as למניינם or בשעה, or in free text the
// Hebrew just around it) it is read day first, as Israeli usage writes it,
// and marked [Customary] too. [All] finds every dateline and
// timestamp in free text.
//
// Beyond English and Hebrew it reads the languages of format.Lang (French,
// Russian, Spanish, German, Portuguese, Polish, Hungarian, Dutch, Romanian,
// Finnish, Ukrainian, Yiddish, Italian, Turkish, Greek, Serbian, Czech,
// Swedish, Bulgarian, Slovak, Croatian, Danish, Norwegian, Lithuanian,
// Serbian in Cyrillic letters, Latvian, Estonian, Slovenian, Catalan,
// Belarusian, Arabic, Persian):
// CLDR's month and weekday names as
// a date writes them (lundi 2 janvier 2006, 28 сентября 2022, 2. Januar
// 2006, 2006. január 2., פֿונעם 26טן אָקטאָבער 2022), and a month named
// alone by its nominative (Ноябрь 2024, luty 2024), in any letter case
// and with or without their diacritics (decembre), an abbreviation with
// its dot (janv., сент.) or without it, or a month cut short (Déc, giu,
// fév, верес), which free text reads only beside a weekday, a time or a
// Hebrew date; a weekday's abbreviation of two or three letters (mar.,
// pt., gio, Pzt, Δευ, uto, po, mån, ma), which is read only before a
// date whose month is named in its language ("mar. 5 mars 2024"); hebcal's Hebrew month names of every locale
// (9 Eloul 5784, 1 тишрея 5785, 22 de Adar I de 5784, Ádár II) and its
// occasions; and the words around them (de, dia, à, um, om, ore, г.,
// року, Uhr, uur, 10h39, 19h59m), ranges and lists joined by their words
// (14 t/m 15, 6. bis 8. Oktober, 9 de Novembro de 2018 a 8 de Dezembro de
// 2018, 21., 22. und 23. Tishrei). A name that several languages share
// (April, Tevet) takes the dateline's language, that of its other words,
// as its field's Lang and Spelling. In free text a name of another
// language counts as a date only with a year, weekday, time or Hebrew
// date beside it (Mars 2 is a planet). A weekday's name, in any language
// but English, with the day of the month alone in brackets after it
// ("nesta terça-feira (2)", "quarta-feira (1º)", "martes (5)") is a date
// whose Day is marked [Monthless]: no month or year goes with it, and
// package dateline takes them from the reference. A whole dateline reads over an
// aside in brackets without digits ("vrijdag 16 december (in de regio
// Amsterdam) om 16:10 uur"), and over a title of a few words after a
// spaced dash, between its parts ("Chof Daled Teves - Yartzeit of the
// Alter Rebbe Motzoei Shabbos-Sunday /January 5-6"). Words that name the
// year before its number are text of the date ("9 de Tishrei do ano
// 5779", "del año 2024", and before a Hebrew year "AM": "4. Tischri AM
// 5782"), and so is an occasion before the date that states its day
// ("Rosh Chodesh Sh'vat 1 Sh'vat 5783"). Hebrew script's Gregorian months
// are read in full and abbreviated as CLDR writes them, with a geresh
// (03 באפר׳ 2024).
//
// Dual dates of the years when the Julian and Gregorian calendars were
// both in use are read with their Old Style half as a field flagged
// [OldStyle]: the Julian day of "February 11/22, 1732" and "11/22
// February 1732", and the legal year, counted from March 25, of the
// double year "February 11, 1731/2" (1731/32, 1731/1732, and joined by a
// dash before 1752 on a day before March 25, 1708-9), whose date is then
// Julian; and the Julian day and month in brackets of Wikipedia's
// template, "April 19 [O.S. April 6] 1903" (the year after the bracket).
//
// The civil year that Chabad usage writes after a Hebrew year and a slash,
// "22 Shvat 5748/1988", is the dateline's Gregorian Year field: the year
// of the day, which package dateline checks.
//
// The timestamps of machines and mail that pages carry are read too:
// fractions of a second (2016-09-23T02:54:32.845Z, 08:20:13,787), minutes
// and seconds of one digit (5:7:51 PM), the year after the time as Go's
// ANSIC, UnixDate and RubyDate write it (Mon Jan  2 15:04:05 MST 2006), an
// offset with its zone's name or a comment (+0200 (CEST), -0600 MST,
// PST-0700, GMT+0100 (GMT Daylight Time), +0300 +03, and the m=+0.000000001
// of Go's time.Time.String), a name in brackets ((PDT)), an hour alone
// (5 PM), noon and midnight after a date, 10h11, 13.12 after a whole date,
// two-digit years after a month name written day first (28-Feb-02, 7 oct
// 70), a date with an offset (2020-07-20+08:00), the year first before a
// month name (2013-Feb-03), EXIF's 2012:08:03, the access log's
// 06/May/2008:08:11:17, and, in a whole dateline only, ISO 8601's basic
// 20140601 and day-first dates spaced with dots (26. 10.21). An offset and
// a name beside it are two Zone fields; noon is an Hour field whose Text is
// the word.
//
// A [Result] lists what the text states as [Field] values, in order, the
// literal text between them included: each has its value, its byte span
// and its style, a format.Element, so that the fields make up the
// dateline's layout ([Result.Layout]). What the text leaves out stays out:
// the package infers no year and does not check that the calendars or the
// weekday agree; package dateline does. [Layout] compiles a layout string
// written for the reference day of package format.
//
// Words that say which calendar the Gregorian date is in, a calendar
// marker ("O.S.", "Old Style", "(Julian)", "according to the Julian
// calendar"; "N.S.", "New Style"), are a Literal field whose Calendar is
// format.Julian or format.NewStyle, and give the dateline's Day, Month and
// Year fields that Calendar. A marker is said of the Gregorian date before
// it, or, in a dateline that has none before it, of the one after it ("1
// Tevet 5535 (O.S. 23 November 1774)"); before a second Gregorian date, it
// starts the next dateline ("15 September 1745 [OS: 4 September 1745]" is
// two).
//
// Text that is not a dateline gives an [*Error] with the byte offset where
// reading stopped and what was expected there; it wraps [ErrSyntax],
// [ErrRange] for a number of the right shape but out of range (hour 25,
// minute 61, a year of five digits), or [ErrTooLong] for an input longer
// than [MaxInput]. Error is hebrew.SyntaxError, the one syntax error of
// every layer, and ErrSyntax and ErrRange are package hebrew's sentinels,
// so that one family answers at every layer. Reading allocates
// nothing but the fields of the result.
package parse
