// Dualdate reads and writes datelines that name one day in both the
// Gregorian and the Hebrew calendar, like "Saturday, March 2nd | 22 Adar I
// 5784", and publication timestamps like "September 28, 2022 10:39 am".
//
// Usage:
//
//	dualdate [flags]                    today's dateline
//	dualdate convert [flags] DATE...    Gregorian <-> Hebrew, direction detected
//	dualdate check [flags] [FILE|-]...  validate datelines, one per line
//	dualdate check [flags] DATELINE...  validate the datelines given
//	dualdate scan [flags] [FILE|-]...   find datelines and timestamps in text
//	dualdate cal [flags] [MONTH|YEAR]   a month or a year drawn in both calendars
//	dualdate help [COMMAND]             help on a command
//
// The flags may come before or after the arguments; "--" ends them:
//
//	--json          write one JSON object per line
//	--layout L      write datelines in layout L, a dateline written for the
//	                reference day, Monday, January 2, 2006 (2 Tevet 5766), or
//	                a preset: header, full, published, hebrew, hebrew-script;
//	                Go's layouts (2006-01-02T15:04:05Z07:00) work too, and a
//	                layout that keeps a part of the reference day as text
//	                (Mon 5766) is a usage error naming the part (exit 2),
//	                and so is an example of another day whose numbers do
//	                not show whether March 2 is 03/02 or 3/2 (12/28/2024;
//	                2024-12-28, year first, is padded as ISO 8601 pads);
//	                after the date, "Candle lighting 3:04 pm", "Sunset
//	                15:04" and "Havdalah 3:04 pm" write the day's times at
//	                the --city, which such a layout needs (exit 2 without
//	                it), leaving out a time the day does not have, and
//	                "Omer: day 2" the day of the Omer in its season (see
//	                [format.Zman]); a day whose time the sun does not give
//	                there is an error (exit 1); a layout of an evening
//	                (Monday night, January 2, 2006) writes a day given by
//	                the Hebrew calendar alone (22 Adar I 5784, Passover
//	                2024) as the evening that begins it, Friday night,
//	                March 1, 2024, and a civil date as its own evening; a
//	                day given in both calendars, in its daytime, is an
//	                error (exit 1), as no evening is both
//	--lang CODE     write names in a language: en, fr, ru, es, de, pt, pl, hu,
//	                nl, ro, fi, uk, yi, it, tr, el, sr, cs, sv, bg, sk, hr,
//	                da, nb, lt, sr-Cyrl, lv, et, sl, ca, be, ar, fa (lundi
//	                2 janvier 2006 | 2 Tévet 5766); every language is read
//	                without it; the presets header, full and published are
//	                written in the language's own order (header: "Samstag,
//	                2. März | 22 Adar I 5784", the full date without the
//	                Gregorian year), a --layout of the user's own in its
//	                own order with the names in the language ("Samstag,
//	                März 2, 2024" for "Monday, January 2, 2006"), and one
//	                whose names would read as another language's (Swedish's
//	                "2 januari 2006", Dutch) is a usage error (exit 2);
//	                with a --layout that writes no name (01/02/2006) and
//	                without --occasions, --lang would change nothing and
//	                is a usage error (exit 2); so is a --layout whose
//	                abbreviations in the language do not read back (H,
//	                jan. 1 2024 in Hungarian, whose one-letter H is Tuesday
//	                and Thursday); --lang he points to --layout
//	                hebrew-script, Hebrew being a script here, and --lang
//	                yi
//	--tz ZONE       the time zone, an IANA name (default: the --city's, else
//	                the local zone)
//	--city NAME     start the Hebrew day at sunset in NAME (see
//	                [dateline.City]); the metadata objects of today,
//	                convert and cal --json then give the day's "sunset",
//	                and "candle_lighting" and "havdalah" when it has them
//	                (see [dateline.Dateline.Times]); check then checks the
//	                times a dateline states (code zman), a time without
//	                am or pm on a 12-hour clock too (Candle lighting 5:29);
//	                a city in Israel follows Israel's schedule of holidays
//	                and readings, as its times do, unless --diaspora is
//	                given, and a city elsewhere the Diaspora's, unless
//	                --israel is
//	--reference DATE
//	                take DATE for now: read as check reads a date, in the
//	                zone of --tz or the --city ("2024-03-02 7:30 pm",
//	                2024-03-02T19:30:00Z; a day alone is its noon), and
//	                refused if it names no year or reads both as day
//	                first and month first; today's dateline, the year of
//	                a date without one (convert, check, scan), convert's
//	                today, tomorrow, now and weekdays, and cal's month and
//	                highlighted day follow it
//	--us, --il      read numeric dates month first, or day first
//	--occasions     convert, today and cal --json: add the day's holidays,
//	                weekly portion and day of the Omer, and in text, with
//	                --city, its candle lighting, sunset and havdalah; the
//	                line is one that check reads back as the day: the
//	                holidays one list, as a layout's occasion writes it
//	                ("Chag HaBanot, Chanukah: 7 Candles, Rosh Chodesh
//	                Tevet"), Rosh Hashana without the year the dateline
//	                writes, and the Omer as hebcal writes it in the
//	                --lang ("1st day of the Omer", "1. Tag des Omer"), or
//	                "Omer: 1" in a language it has no words for; what
//	                --layout writes itself (its holidays, portion, Omer
//	                or times) is not added again, a layout of an evening
//	                ("Monday night") has the evening's, and so has a time
//	                after sunset at the --city: "Chanukah: 1 Candle" at
//	                8 pm on December 25, 2024, 25 Kislev 5785
//	--israel        follow Israel's schedule of holidays and readings
//	--diaspora      follow the Diaspora's, for a --city in Israel too; the
//	                candle lighting and havdalah of a --city keep the
//	                city's own schedule with either ([dateline.Dateline.Times])
//	--html          scan: read the input as an HTML page (--html=false:
//	                as text; by default, as its name or first bytes say)
//	--version       print the version
//
// A flag that would change nothing for the command is a usage error (exit
// 2) that says why, not ignored: --layout and --lang for check and cal,
// which write no datelines; --occasions for check and scan, and for cal
// without --json (its grid lists them); --html for any command but scan;
// --us and --il for today, and for cal without a MONTH; --israel and
// --diaspora for today without --occasions. So is a flag given an empty
// value (--tz "" would be UTC). An unknown command, flag, city or language
// gets the closest known ones ("did you mean convert?"), and a date given
// as a command (dualdate 2024-03-02) the convert that reads it.
//
// Results go to standard output, diagnostics to standard error as
// "dualdate: error: ...". The exit status is 0 when all is well, 1 when
// some input had a problem of severity error, and 2 for a usage or I/O
// error.
//
// # Today
//
// With no command, dualdate prints today's dateline in the header layout,
// or with --json its metadata object (see [dateline.Dateline.MarshalJSON]).
// With --city, the Hebrew date is the next day's from sunset there, and the
// time zone defaults to the city's.
//
// # convert
//
// Each argument, Gregorian (2024-03-02, "March 2, 2024", 03/02/2024) or
// Hebrew ("22 Adar I 5784", "כ״ב אדר א׳ תשפ״ד"), is read with
// [dateline.Check], which reads either calendar, and printed as the
// dateline naming the day in both, in the full layout (with the time of
// day, if the argument gives one). An occasion is read in the spellings
// people write, with a Gregorian year, a Hebrew year or none ("Passover
// 2024" is April 23, 2024, "Rosh Hashanah 5785" October 3, 2024, "Hanukkah
// 2024" December 26, 2024, the first day; see [occasion.Find]), and
// so are the words for a day near today: today, tomorrow, yesterday, now
// (with the time of day), a weekday (the next one, today if it is that
// day, as is "this Friday"; "next Friday" is after today, "last Friday"
// before it), @UNIXSECONDS, and the evenings tonight, "Friday night" and
// "Motzei Shabbat" (Saturday night), the civil day's evening with the
// Hebrew date that begins at its sunset ("Monday night, December 7, 2026 |
// 28 Kislev 5787"). A year alone or a month name alone is pointed to cal. A
// date without a year is the next such day on or after today (or
// --reference's day), or, where that is more than twenty years ahead, the
// most recent of the last twenty years ("Friday, January 3 | 3 Tevet" on
// January 6, 2025), and so where a weekday or a Hebrew date beside it puts
// the next more than a year ahead and one of the last six months is nearer
// ("31 December | 30 Kislev" on January 2, 2025 is 2024's, not 2035's):
// a person converting looks ahead, where check and scan keep
// the rule of [dateline.Reference] (the most recent fitting year). A
// numeric date that reads both ways is read month first, with a warning
// unless --us or --il says which. An argument that cannot be read, or
// names a month and not a day, is reported on standard error, a misspelt
// word with the known words closest to it ("did you mean Passover?") in
// the input's language: Hebrew script for Hebrew letters, the language of
// a month or weekday name in it (samedi), else --lang's, else English
// (Russian or Ukrainian for Cyrillic letters), so that "Rosh Hashonah" is
// not offered the French Roch Hachanah; and the others still run. With --json, each argument gives one check object
// (see [dateline.Report.MarshalJSON]), errors included, so that a script
// can line outputs up with inputs.
//
// # check
//
// Check reads datelines one a line from files, standard input ("-", or no
// argument), or from the arguments themselves. An argument is read as a
// file when it is "-", names an existing file or directory, or has the
// shape of a file name: it holds a '/' that is not between two digits
// (03/02/2024 is a date), or it ends in an extension, a dot and a letter
// and up to four letters or digits (.txt, .tsv, .csv, .html; not the
// ".m" of "p.m"). Such an argument that does not exist is checked as a
// dateline if it reads as one, naming a day without a syntax error
// ("March 2, 2024 / 22 Adar I 5784"), and is otherwise an I/O error, exit
// status 2, so "missing file.txt" is reported as a missing file (standard
// input takes any text as a dateline); every other argument is a
// dateline. It
// prints each problem as
//
//	FILE:LINE:COL: severity: message (code)
//
// where COL is the 1-based byte column of the problem's start, FILE is
// "<stdin>" for standard input and "arg" for an argument (whose LINE is its
// position among the arguments). A clean line prints nothing, and empty
// lines (nothing but white space) are skipped, in JSON mode too. With
// --json, every other line gives the check object of
// [dateline.Report.MarshalJSON] with "file" and "line" in front, every
// string escaped as the report's are (as encoding/json escapes them, "<"
// as \u003c):
//
//	{"file":"\u003cstdin\u003e","line":3,"input":"…","ok":false,"dateline":{…},"layout":"…","problems":[…]}
//
// A line that is not valid UTF-8, holds a NUL byte, or is longer than
// [dateline.MaxInput] bytes gets a syntax problem of its own; only the first
// dateline.MaxInput bytes of a long line are kept, as its input.
// A file that cannot be read (missing, a directory, or failing as it is
// read) gives, with --json, one check object of its own, not ok, whose
// one problem has severity error and the code "io", the command's own,
// with "line" 0, or the line whose reading failed; its message also goes
// to stderr, and the exit status is 2:
//
//	{"file":"missing.txt","line":0,"input":"","ok":false,"dateline":null,"layout":"","problems":[{"code":"io","severity":"error","start":0,"end":0,"message":"open missing.txt: no such file or directory"}]}
//
// # scan
//
// Scan finds every dateline and timestamp in text, a paragraph at a time
// (lines up to a blank one), with [dateline.Find], and prints each as
//
//	FILE:LINE:COL: matched text => the dateline in the full layout
//
// followed by its problems as check prints them, or with --json one object
//
//	{"file":…,"line":…,"col":…,"text":"…","check":{check object}}
//
// The other days that a range, a pair or a list names with the dateline's
// own ([dateline.Report.Also]) follow it in brackets, "March 2 and 9, 2024
// => Saturday, March 2, 2024 | 22 Adar I 5784 (also Saturday, March 9,
// 2024 | 29 Adar I 5784)", and are the check object's "also" list. A
// byline's update ([dateline.Report.Updated]) follows its publication in
// brackets, "Posted March 5, 2024 10:00 am, updated March 6, 2024 11:15 am
// => Tuesday, March 5, 2024 10:00 am | 25 Adar I 5784 (updated Wednesday,
// March 6, 2024 11:15 am | 26 Adar I 5784)", and is the check object's
// "updated".
//
// A date without a year is of the most recent fitting year up to six
// months after today ([dateline.Reference]): to scan an archive page,
// give the day it was written with --reference, or its "March 2" is read
// in the clock's year.
//
// An HTML page, a file named .html or .htm or an input that starts like
// one (the WHATWG's sniffing signatures: <!DOCTYPE html, <html, <p, a
// comment ...), or any input with --html, is read whole (up to 64 MiB)
// with [dateline.FindHTML]: tags are left out, character references
// decoded, scripts and styles skipped, and LINE:COL is where the match
// starts in the page's bytes; --html=false reads it as text.
//
// Scan gives on each paragraph exactly what [dateline.Find] gives on it,
// and so on the whole text, as Find reads no dateline over a blank line: a
// dateline that a line break cuts in two (a masthead whose Hebrew date is
// on the next line, a timestamp a text wraps) is read whole, LINE:COL is
// where it starts, and the matched text is printed on one line. A line
// that is a dateline of its own ends the one before (see
// [dateline.Find]), so a list of one dateline a line reads as before. A
// text without blank lines is cut at the first line break after each 256
// KiB, which the workers scan side by side. A line longer than 256 KiB is
// scanned in windows, each resumed where the one before left off
// ([dateline.FindFrom]), so a file that is one huge line needs no more
// memory than any other and gives the same matches (beyond Find's
// [dateline.MaxMatches], too).
//
// # cal
//
// Cal draws a month, Sunday first, each week as two rows: the Gregorian
// days over their Hebrew ones. The first of a month of the other calendar
// is marked with its abbreviated name (1 AdII, 1 Mar), a day with a
// holiday, fast, Rosh Chodesh or special Shabbat with a *, and those
// occasions are listed under the grid; the title names the months the
// grid spans ("March 2024 · Adar I – Adar II 5784"). The month may be a
// Gregorian month (2024-03, 3/2024, "March 2024"), a Hebrew one ("Adar I 5784"),
// a month name alone (Tishrei, March: the one under way, or the next), or
// the month of a date (of a date without its year, the next such day, as
// convert takes it); it is this month by default. A year draws all its
// months: a Gregorian year below 3000 (2024), a Hebrew year from 3000 on
// or in letters (5785, תשפ״ה), Tishrei to Elul. A month past the
// calendar's last day, September 25, 6239 (29 Elul 9999), is refused, and
// September 6239 is drawn to it, with a warning, rather than as days
// without their Hebrew dates. On a terminal, today is shown in reverse
// video. With --json, each day gives one metadata object.
//
// # Batch input
//
// Check and scan read their input line by line with a bufio.Reader, with no
// limit on the length of a line, and work on batches of lines (scan's in
// paragraphs) on a pool of goroutines, one per CPU, writing the results in
// input order as they are made, in pieces: memory stays flat whatever the
// size of the input or of the output, and whatever the number of CPUs
// (under 150 MB with 16).
package main
