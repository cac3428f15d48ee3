// Package occasion is the Jewish year's occasions as dualdate reads and
// writes them: holidays (and the eve of one), fasts, Rosh Chodesh, Shabbat
// Mevarchim, the special Shabbatot and the weekly Torah portion, as
// hebcal-go computes them, named in every one of its locales, in the
// Diaspora's [Schedule] or Israel's.
//
// It sits between package hebrew, the calendar it counts days in, and the
// packages that use occasions: format writes them, parse reads them and
// dateline checks that a dateline's occasion is its day's.
//
// # Days
//
// [On] lists the occasions of a [hebrew.Date], and [AppendOn] appends them
// to a slice, allocating nothing when it has room; [PortionOf] gives the
// portion read on the Shabbat on or after the date, unless a holiday's
// reading replaces it.
// Israel keeps one day of each festival where the Diaspora keeps two, so
// some days have an occasion in one schedule only (Pesach VIII, Shavuot
// II, Simchat Torah on 23 Tishrei are the Diaspora's), and some weeks'
// portions differ. A year's occasions are computed on first use and kept
// in a cache of a few dozen years, whatever years are asked for.
//
// # Names
//
// An [Occasion] is named in the locale of any [hebrew.Family] by
// [Occasion.Name]: English ("Chanukah: 8th Day"), Ashkenazi ("Rosh Chodesh
// Teves"), Hebrew with or without points, French ("Pourim"), Russian and
// the others. [Find] finds an occasion by name in a year: by any of
// hebcal's names, by the name of a festival of several days as a whole
// (Pesach, Chanukah, סוכות: its first day), and by the spellings people
// write that hebcal does not (Passover, Hanukkah, Rosh Hashanah, Shemini
// Atzeret, Tu B'Shvat, Lag B'Omer); [Occasion.Is] says whether a name
// names an occasion. Names are compared as [Key] folds them: letter case,
// points, diacritics, apostrophes and dashes aside, and a name in another
// locale as its English name. [Names] lists every name a reader of
// datelines should know, and [PortionWord] the word a locale writes before
// a portion, as English writes "Parashat".
//
// No input makes the package panic: a date or year outside the calendar's
// has no occasions.
package occasion
