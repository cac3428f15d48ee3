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
//	dualdate cal [flags] [MONTH]        a month drawn in both calendars
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
//	                (Mon 5766) is a usage error naming the part (exit 2)
//	--lang CODE     write names in a language: en, fr, ru, es, de, pt, pl, hu,
//	                nl, ro, fi, uk, yi (lundi 2 janvier 2006 | 2 Tévet 5766);
//	                every language is read without it
//	--tz ZONE       the time zone, an IANA name (default: the --city's, else
//	                the local zone)
//	--city NAME     start the Hebrew day at sunset in NAME
//	--us, --il      read numeric dates month first, or day first
//	--version       print the version
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
// day, if the argument gives one), or as a metadata object. A numeric date
// that reads both ways is read month first, with a warning unless --us or
// --il says which. An argument that cannot be read, or names a month and
// not a day, is reported on standard error and the others still run.
//
// # check
//
// Check reads datelines one a line from files, standard input ("-", or no
// argument), or from the arguments themselves. An argument is read as a
// file when it is "-", names an existing file or directory, or has the
// shape of a file name: it holds a '/' that is not between two digits
// (03/02/2024 is a date), or it ends in an extension, a dot and a letter
// and up to four letters or digits (.txt, .tsv, .csv, .html; not the
// ".m" of "p.m"). Such an argument that does not exist is an I/O error,
// exit status 2, and is never checked as a dateline, so "missing file.txt"
// is reported as a missing file; every other argument is a dateline. It
// prints each problem as
//
//	FILE:LINE:COL: severity: message (code)
//
// where COL is the 1-based byte column of the problem's start, FILE is
// "<stdin>" for standard input and "arg" for an argument (whose LINE is its
// position among the arguments). A clean line prints nothing, and empty
// lines (nothing but white space) are skipped, in JSON mode too. With
// --json, every other line gives the check object of
// [dateline.Report.MarshalJSON] with "file" and "line" in front:
//
//	{"file":"<stdin>","line":3,"input":"…","ok":false,"dateline":{…},"layout":"…","problems":[…]}
//
// A line that is not valid UTF-8, holds a NUL byte, or is longer than 4096
// bytes (parse.MaxInput) gets a syntax problem of its own; only the first
// 4096 bytes of a long line are kept, as its input.
//
// # scan
//
// Scan finds every dateline and timestamp in text, line by line, with
// [dateline.Find], and prints each as
//
//	FILE:LINE:COL: matched text => the dateline in the full layout
//
// followed by its problems as check prints them, or with --json one object
//
//	{"file":…,"line":…,"col":…,"text":"…","check":{check object}}
//
// Scan gives on each line exactly what [dateline.Find] gives on it. A line
// longer than 256 KiB is scanned in windows, each resumed where the one
// before left off ([dateline.FindFrom]), so a file that is one huge line
// needs no more memory than any other and gives the same matches (beyond
// Find's [dateline.MaxMatches], too).
//
// # cal
//
// Cal draws a month, Sunday first, each week as two rows: the Gregorian
// days over their Hebrew ones. The first of a month of the other calendar
// is marked with its abbreviated name, and the title names the months the
// grid spans ("March 2024 · Adar I – Adar II 5784"). The month may be a
// Gregorian month (2024-03, "March 2024"), a Hebrew one ("Adar I 5784"),
// or the month of a date; it is this month by default. On a terminal,
// today is shown in reverse video. With --json, each day gives one
// metadata object.
//
// # Batch input
//
// Check and scan read their input line by line with a bufio.Reader, with no
// limit on the length of a line, and check batches of lines on a pool of
// goroutines, one per CPU, writing the results in input order as they are
// made, in pieces: memory stays flat whatever the size of the input or of
// the output, and whatever the number of CPUs (under 150 MB with 16).
package main
