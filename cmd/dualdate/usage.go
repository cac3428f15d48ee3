package main

import (
	"io"
	"strconv"
	"strings"

	"github.com/dualdate/dualdate/dateline"
)

// The usage texts: the overview, and one for each subcommand. Each ends
// with the flags and the exit statuses.

const usageOverview = `dualdate reads and writes datelines that name one day in both the Gregorian
and the Hebrew calendar, like "Saturday, March 2nd | 22 Adar I 5784".

Usage:
  dualdate [flags]                    today's dateline
  dualdate convert [flags] DATE...    Gregorian <-> Hebrew, direction detected
  dualdate check [flags] [FILE|-]...  validate datelines, one per line
  dualdate check [flags] DATELINE...  validate the datelines given
  dualdate scan [flags] [FILE|-]...   find datelines and timestamps in text
  dualdate cal [flags] [MONTH|YEAR]   a month or a year drawn in both calendars
  dualdate help [COMMAND]             help on a command

Examples:
  dualdate
  dualdate --layout hebrew-script --city Jerusalem
  dualdate convert 2024-03-02 "22 Adar I 5784" "כ״ב אדר א׳ תשפ״ד"
  dualdate check "Friday, March 2nd | 22 Adar I 5784"
  dualdate check --json examples/datelines.txt
  dualdate scan examples/page.html
  dualdate cal "Adar I 5784"
`

const usageConvert = `Usage:
  dualdate convert [flags] DATE...

Convert each DATE, Gregorian or Hebrew, to the other calendar, and print the
dateline naming the day in both. A DATE may be
  a Gregorian date   2024-03-02, "March 2, 2024", "2 March 2024", 03/02/2024
  a Hebrew date      "22 Adar I 5784", "Adar I 22, 5784", "כ״ב אדר א׳ תשפ״ד"
  an occasion        "Passover 2024", "Rosh Hashanah 5785", "Hanukkah 2024",
                     "Yom Kippur", "Tu B'Shvat", "פסח תשפ״ה" (a festival of
                     several days is its first day: Hanukkah 2024 is
                     December 26, 2024)
  a day near today   today, tomorrow, yesterday, now, Friday or "this
                     Friday" (the next one, today if it is one), "next
                     Friday" (after today), "last Friday", @1709413200
                     (Unix seconds)
  an evening         tonight, "Friday night", "Motzei Shabbat" (the civil
                     day's evening, with the Hebrew date that begins at
                     its sunset)
A date without a year ("March 2", "22 Adar", "Purim") is the next such day
on or after today (--reference sets today), or, where that is more than
twenty years ahead, the most recent of the last twenty years; a weekday
or a Hebrew date beside it that puts the next more than a year ahead
gives way to one of the last six months, if nearer ("31 December | 30
Kislev" on January 2, 2025 is 2024's, not 2035's). A numeric
date that reads both ways is read month first unless --il is given, with
a warning unless --us or --il is. A DATE with a time of day ("September
28, 2022 10:39 pm") is printed with it, and with --city its Hebrew date is
the next day's from sunset on. A DATE that names more days than one
("March 2–5, 2024", "March 2 and 9, 2024") is printed as its first, the
others after it in brackets, "(also …)"; a --layout that writes a range of
its own is refused for it. A DATE that cannot be read is reported as
  dualdate: error: "DATE": message
(a misspelt word with the closest known ones) and the others are still
converted. With --json, every DATE gives one check object, in order,
  {"input":"DATE","ok":true|false,"dateline":{…},"layout":…,"problems":[…]}
so that the outputs line up with the inputs.

Examples:
  dualdate convert 2024-03-02
  Saturday, March 2, 2024 | 22 Adar I 5784
  dualdate convert "Passover 2024" tomorrow
  dualdate convert --layout hebrew-script "March 2, 2024"
  כ״ב אדר א׳ תשפ״ד
  dualdate convert --il 03/02/2024 "1 Nisan 5785"
  dualdate convert --json "כ״ב אדר א׳ תשפ״ד" "Pasover 2024"
  dualdate convert --occasions 2024-03-24
  Sunday, March 24, 2024 | 14 Adar II 5784 | Purim | Parashat Tzav
`

const usageCheck = `Usage:
  dualdate check [flags] [FILE|-]...
  dualdate check [flags] DATELINE...

Check datelines, one a line, from each FILE ("-" or none: standard input),
or the DATELINE arguments themselves. An argument is a FILE when it is
"-", names an existing file or directory, or has the shape of a file
name: a '/' that is not between two digits (03/02/2024 is a date), or an
extension (a letter and up to four letters or digits after a dot: .txt,
.tsv, .csv, .html). Such an argument that does not exist is a DATELINE if
it reads as one ("March 2, 2024 / 22 Adar I 5784"), and otherwise an I/O
error (exit 2): give it on standard input to check it as a dateline. Any
other argument is a DATELINE.
Each problem is printed as
  FILE:LINE:COL: severity: message (code)
where COL is the 1-based byte column where the problem starts; FILE is
<stdin> for standard input and "arg" for arguments, whose LINE is the
argument's position. A clean line prints nothing; empty lines are skipped.
With --json, each non-empty line gives one check object,
  {"file":…,"line":…,"input":…,"ok":…,"dateline":{…},"layout":…,"problems":[…]}
A line that is not valid UTF-8, holds a NUL byte or is longer than MAXINPUT
bytes is reported as a syntax error, and the rest is still checked. A FILE
that cannot be read gives, with --json, one object of its own, "ok":false
with a problem of code "io" (line 0, or the line where reading failed),
and the exit status 2.

Examples:
  dualdate check "Friday, March 2nd | 22 Adar I 5784"
  arg:1:1: error: March 2, 2024 is a Saturday, not a Friday (weekday)
  dualdate check --city Jerusalem "Saturday, May 4, 2019 | Parashat Kedoshim"
  dualdate check --il examples/datelines.txt
  some-scraper | dualdate check --json > report.jsonl
`

const usageScan = `Usage:
  dualdate scan [flags] [FILE|-]...

Find every dateline and timestamp in text, such as a scraped page, and
check each. A match is printed as
  FILE:LINE:COL: matched text => the dateline in full
followed by its problems as dualdate check prints them; with --json, as
  {"file":…,"line":…,"col":…,"text":…,"check":{check object}}
The dateline is written in the full layout (with the time of day when the
match gives one), or in --layout's. The other days a range, a pair or a
list names follow it in brackets, "(also Saturday, March 9, 2024 | 29
Adar I 5784)", and in JSON the check object's "also" lists them. A
byline's update ("Posted March 5, 2024 10:00 am, updated March 6, 2024
11:15 am") follows its publication in brackets, "(updated Wednesday,
March 6, 2024 11:15 am | 26 Adar I 5784)", the check object's "updated";
one before the publication is a warning (update). A date
without a year is of the most recent fitting year up to six months after
today: to scan an archive, give its day with --reference.

An HTML page (a FILE named .html or .htm, or any input that starts like
one: <!DOCTYPE html, <html, <p, a comment ...) is read as a browser shows
it: tags left out (2<sup>nd</sup> is 2nd), character references decoded
(&nbsp;, &#124;), characters that take no room (soft hyphens, zero-width
spaces, direction marks) left out, scripts, styles and comments skipped,
a <br> read as a line break (two in a row as a blank line), and no
dateline running from one block (paragraph, cell, <hr>) into the next.
A <time datetime="2024-03-02"> gives the year of its text when the text
names none, and a text whose day is not the attribute's is an error (a
datetime with a time, often in UTC, may be a day off); a <time> whose
text is no date ("yesterday") gives its datetime as the item.
LINE:COL is where the match starts in the page's own bytes, and the
matched text is the text read there. --html reads every input as HTML,
--html=false as text.

Examples:
  dualdate scan examples/page.html
  dualdate scan --reference 2024-05-01 examples/page.html
  curl -s https://example.org/ | dualdate scan --json
`

const usageCal = `Usage:
  dualdate cal [flags] [MONTH|YEAR]

Draw a month as a grid, Sunday first, each day's Gregorian number over its
Hebrew one. In a Gregorian month the first of a Hebrew month is marked with
its abbreviated name (1 AdII), in a Hebrew month the first of a Gregorian
one (1 Mar); a * marks a day with a holiday, fast, Rosh Chodesh or special
Shabbat, and those are listed under the grid (--israel, or a --city in
Israel: Israel's schedule).
MONTH is a Gregorian month (2024-03, 3/2024, "March 2024"), a Hebrew one
("Adar I 5784", "אדר א׳ תשפ״ד"), a month name alone (Tishrei, March: the one
under way, or the next), or the month of a date (of a date without its
year, the next such day, as convert takes it); the default is this month.
YEAR draws every month of a year: a Gregorian year below 3000 (2024, twelve
months), a Hebrew year from 3000 on or in letters (5785, תשפ״ה: Tishrei to
Elul, thirteen months in a leap year). A month past the calendar's last
day, September 25, 6239 (29 Elul 9999), is refused, and September 6239 is
drawn to it, with a warning. Today is shown in reverse video on a
terminal. With --json, each day gives one metadata object.

Examples:
  dualdate cal
  dualdate cal 2024-03
  dualdate cal "Tishrei 5785"
  dualdate cal Tishrei
  dualdate cal 5785
  dualdate cal --json 2024
`

const usageToday = `Usage:
  dualdate [today] [flags]

Print today's dateline, in the header layout unless --layout says otherwise
(with --json, its metadata object).

Examples:
  dualdate
  dualdate --layout "Monday, January 2, 2006 3:04 pm | 2 Tevet 5766" --tz Asia/Jerusalem
  dualdate --city Jerusalem --json
`

const usageFlags = `
Flags (before or after the arguments; -- ends them):
  --json          write one JSON object per line
  --layout L      write datelines in layout L: a dateline written for the
                  reference day, Monday, January 2, 2006 (2 Tevet 5766), such
                  as "Mon, Jan 2 · 2 Tevet", or a preset: header, full,
                  published, hebrew, hebrew-script; a dateline of another
                  day is read as its layout (2024-12-28 is 2006-01-02),
                  but not one whose numbers do not show whether March 2
                  is 03/02 or 3/2 (12/28/2024); after the date, with
                  --city, "Candle lighting 3:04 pm", "Sunset 15:04" and
                  "Havdalah 3:04 pm" write the day's times there (left
                  out on a day without them), "Omer: day 2" the Omer
  --lang CODE     write month and weekday names, Hebrew months and occasions
                  in a language: en, fr, ru, es, de, pt, pl, hu, nl, ro,
                  fi, uk, yi, it, tr, el, sr, cs, sv, bg, sk, hr, da, nb,
                  lt, sr-Cyrl, lv, et, sl, ca, be, ar, fa (lundi 2
                  janvier 2006 | 2 Tévet 5766); every language is read
                  without it; the presets are written in the language's
                  own order (header: Samstag, 2. März | 22 Adar I 5784),
                  a --layout of your own in its order with the names in
                  the language (Samstag, März 2, 2024), and one whose
                  names would read as another language's is refused
  --tz ZONE       the time zone, an IANA name such as America/New_York
                  (default: the --city's, else the local zone); its own
                  abbreviations read as its: CST in Asia/Shanghai is +08
  --city NAME     start the Hebrew day at sunset in NAME: Jerusalem, New
                  York, London, Tel Aviv ...; JSON metadata then gives
                  the day's "sunset", "candle_lighting" and "havdalah",
                  --layout writes them, and check checks those a dateline
                  states; a city in Israel follows Israel's schedule of
                  holidays and readings (--diaspora: the Diaspora's)
  --reference DATE
                  take DATE for now, read as check reads a date, in the
                  --tz or --city zone: "2024-03-02 7:30 pm",
                  2024-03-02T19:30:00Z, or a day (its noon), not an
                  evening without its time or a time the clocks skip;
                  today's dateline, the year of a date without one,
                  today, tomorrow and cal's month follow it (default:
                  the clock)
  --us            read numeric dates month first: 03/02/2024 is March 2
  --il            read numeric dates day first: 03/02/2024 is February 3
  --occasions     convert, today and cal --json: add the day's holidays,
                  fasts, Rosh Chodesh and special Shabbatot, the weekly
                  portion, the day of the Omer, and with --city candle
                  lighting, sunset and havdalah (in JSON, "occasions",
                  "parsha", "omer"), as a line check reads back: "Chag
                  HaBanot, Chanukah: 7 Candles, Rosh Chodesh Tevet |
                  Parashat Vayigash"
  --israel        follow Israel's schedule of holidays and readings, not
                  the Diaspora's (the default with a --city in Israel)
  --diaspora      follow the Diaspora's schedule (the default elsewhere,
                  and with a --city outside Israel); the candle lighting
                  and havdalah of a --city keep the city's own schedule
                  with either
  --html          scan: read the input as an HTML page (--html=false: as
                  text; by default, as its name or first bytes say)
  --version       print the version and exit
  -h, --help      print this help and exit

A flag that would change nothing for a command (--layout or --occasions
for check, --html for any command but scan, --us for today) is a usage
error that says why, not ignored.

Exit status: 0 all good, 1 some input had an error, 2 usage or I/O error.
`

// usages maps a subcommand ("" for the overview) to its usage text; check's
// says how long a line it reads, dateline.MaxInput, where it has MAXINPUT.
var usages = map[string]string{
	"":        usageOverview,
	"convert": usageConvert,
	"check":   strings.Replace(usageCheck, "MAXINPUT", strconv.Itoa(dateline.MaxInput), 1),
	"scan":    usageScan,
	"cal":     usageCal,
	"today":   usageToday,
}

// printUsage writes the usage of c's subcommand to w.
func (c *command) printUsage(w io.Writer) {
	io.WriteString(w, strings.TrimRight(usages[c.name], "\n")+"\n")
	io.WriteString(w, usageFlags)
}
