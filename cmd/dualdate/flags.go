package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/hebcal/hebcal-go/zmanim"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/suggest"
	"github.com/dualdate/dualdate/occasion"
)

// resolveLayout returns the layout string of --layout L: a preset's, or L
// itself if it holds something a dateline shows (a date, weekday or time)
// and compiles (see dateline.Compile): a layout that would keep a part of
// the reference day as text is a usage error that names the part.
func resolveLayout(l string, lang layout.Lang) (string, error) {
	for _, p := range presets {
		if strings.EqualFold(l, p.name) {
			return p.layout, nil
		}
	}
	compiled, err := compileIn(l, lang)
	if err != nil {
		return "", fmt.Errorf("--layout %q: %w", l, err)
	}
	for _, e := range layout.Unwrap(compiled).Elements() {
		if e.Kind != layout.Literal {
			return l, nil
		}
	}
	names := make([]string, len(presets))
	for i, p := range presets {
		names[i] = p.name
	}
	// "2.1." shows a day and a month, and was told it "shows no date":
	// numbers the reader does not take for a date are said to be so
	// (found by an adversarial review of the texts).
	what := "shows no date, weekday or time"
	if strings.ContainsAny(l, "0123456789") {
		what = "is read as no date, weekday or time (its numbers are not read as one: a day and a month are read in two digits each, 02.01., or with the year, 2.1.2006)"
	}
	return "", fmt.Errorf("--layout %q %s: write a dateline for Monday, January 2, 2006 (2 Tevet 5766), or name a preset (%s)", l, what, strings.Join(names, ", "))
}

// unknownCity returns the message for a --city that dateline.City does
// not know: the closest cities it names, or else the few whose names are
// fewest edits away, with how many cities there are.
func unknownCity(err error) string {
	var ce *dateline.CityError
	if !errors.As(err, &ce) {
		return err.Error()
	}
	if len(ce.Closest) > 0 {
		return fmt.Sprintf("unknown city %q; did you mean %s?", ce.Name, suggest.OrList(ce.Closest))
	}
	cities := zmanim.AllCities()
	type near struct {
		name string
		d    int
	}
	nears := make([]near, len(cities))
	key := suggest.Key(ce.Name)
	for i, c := range cities {
		name := strings.ReplaceAll(c.Name, "|", ", ") // as dateline.City names it
		nears[i] = near{name, suggest.Distance(key, suggest.Key(name))}
	}
	slices.SortStableFunc(nears, func(a, b near) int { return cmp.Or(a.d-b.d, strings.Compare(a.name, b.name)) })
	var names []string
	for _, n := range nears[:3] {
		names = append(names, n.name)
	}
	return fmt.Sprintf("unknown city %q, and none of the %d cities known is close to it; the nearest are %s (or Jerusalem, New York, London, Tel Aviv ...)",
		ce.Name, len(cities), suggest.AndList(names))
}

// resolveLang returns the language of --lang CODE; the error lists the
// codes.
func resolveLang(code string) (layout.Lang, error) {
	if l, ok := layout.LookupLang(code); ok {
		return l, nil
	}
	codes := make([]string, 0, len(layout.Langs()))
	for _, l := range layout.Langs() {
		codes = append(codes, l.String())
	}
	switch strings.ToLower(strings.ReplaceAll(code, "_", "-")) {
	case "he", "he-il", "iw", "heb", "hebrew", "ivrit", "עברית":
		// Hebrew is a script, not a language of names here: the Hebrew
		// date in Hebrew letters is a layout.
		return 0, fmt.Errorf("--lang %q: datelines in Hebrew letters are a layout, not a language: --layout hebrew-script writes כ״ב אדר א׳ תשפ״ד, and a layout written in Hebrew letters (\"יום שני, ב׳ טבת תשס״ו\") writes its own; --lang yi writes Yiddish", code)
	}
	msg := fmt.Sprintf("--lang %q: unknown language", code)
	if close := suggest.Closest(code, codes, 3); len(close) > 0 && len(code) > 1 {
		msg += " (did you mean " + suggest.OrList(close) + "?)"
	}
	return 0, fmt.Errorf("%s; the languages are %s", msg, suggest.OrList(codes))
}

// presetIn returns the layout of --layout name, whose layout string is l,
// in language lang: a preset of a dateline (header, full, published) in
// the language's own order, as its people write it (Montag, 2. Januar |
// 2 Tewet 5766), and any other layout, the user's own, in its own order
// with its names in the language (see inLang). The names of a preset are
// the language's too where another language spells them alike (the
// Serbian januar of "02. januar 2006., 15:04" is German's Januar).
func presetIn(name string, lang layout.Lang, l string) string {
	if lang != layout.English && langPreset(name) {
		switch strings.ToLower(name) {
		case "header":
			l = lang.LayoutHeader()
		case "full":
			l = lang.Layout()
		case "published":
			l = lang.LayoutPublished()
		}
	}
	return inLang(l, lang)
}

// langPreset reports whether --layout name is a preset that --lang
// writes as the language's own layout (see presetIn).
func langPreset(name string) bool {
	switch strings.ToLower(name) {
	case "header", "full", "published":
		return true
	}
	return false
}

// writesLang refuses a layout in language lang whose names, written for
// the reference day, read as another language's: Swedish's "2 januari
// 2006, 15:04" is Dutch, and Serbian's "januar 2, 2006" German, as the
// layout string is read, so that March would be written maart or märz.
// A weekday's name, or a month's that no other language shares, says
// the language.
func writesLang(given, l string, lang layout.Lang) error {
	// The language's names, where several languages write them alike:
	// Swedish's published "2 januari 2006, 15:04" is Dutch's, and the
	// user's "2 jan. 2006" Dutch's, Portuguese's, Hungarian's and
	// Swedish's (see compileIn). A layout of the user's own was read
	// without the language, and refused with --lang nl, pt and hu.
	compiled, err := compileIn(l, lang)
	if errors.Is(err, dateline.ErrAmbiguous) {
		// Danish's and Norwegian's "2. januar 2006, 15:04", which
		// write March as marts and mars.
		return fmt.Errorf("--lang %s cannot write --layout %s: its names are several languages', which write others differently; write the names in the language's order (%s), or use --layout full",
			lang, layoutAs(given, l), ownOrder(lang))
	}
	if err != nil {
		return nil // reported where the layout is used
	}
	for _, e := range layout.Unwrap(compiled).Elements() {
		if (e.Kind == layout.Weekday || e.Kind == layout.Month) && e.Lang != lang &&
			(e.Form == layout.Long || e.Form == layout.Short || e.Form == layout.ShortDot) {
			return fmt.Errorf("--lang %s cannot write --layout %s: its names read as another language's (%s); write the names in the language's order (%s), or use --layout full",
				lang, layoutAs(given, l), e.Lang, ownOrder(lang))
		}
	}
	return nil
}

// ownOrder returns the language's own full layout, written with English
// names as --layout takes a layout of the user's: "Monday den 2. January
// 2006" for Danish, "Monday 2. January 2006" for Norwegian. The messages
// that refused a layout of Danish or Norwegian names told the person to
// use the weekday's name, which the two share (mandag), or to write
// "Monday, 2 January 2006", which is refused as both languages' too. It
// returns "Monday, 2 January 2006" where the layout cannot be compiled.
func ownOrder(lang layout.Lang) string {
	full, _, _ := strings.Cut(lang.Layout(), " | ")
	compiled, err := compileIn(full, lang)
	if err != nil {
		return "Monday, 2 January 2006"
	}
	return compiled.In(format.Lang(layout.English)).String()
}

// sameInLang is the error that --lang changes nothing in a layout: it
// has no name the language writes (01/02/2006), or its names are written
// so in the language already, as a layout in the language's own names
// is ("lundi 2 janvier 2006" for --lang fr), or as Danish and Norwegian
// write the Hebrew months, as English does (--layout hebrew). The
// message said the layout wrote no month or weekday name, and no Hebrew
// month in Latin letters, of each of these.
func sameInLang(lang layout.Lang, given string, compiled format.Layout) error {
	var names []string
	for _, e := range layout.Unwrap(compiled).Elements() {
		switch {
		case e.Kind == layout.Weekday || e.Kind == layout.Month:
			if e.Form == layout.Long || e.Form == layout.Short || e.Form == layout.ShortDot {
				names = append(names, e.Kind.String())
			}
		case e.Kind == layout.HebrewMonth && !e.Spelling.Family.IsHebrew(), e.Kind == layout.Holiday:
			names = append(names, e.Kind.String())
		}
	}
	if len(names) == 0 {
		return fmt.Errorf("--lang %s does nothing with --layout %q: the layout writes no month or weekday name, and no Hebrew month or occasion in Latin letters, for the language to change",
			lang, given)
	}
	return fmt.Errorf("--lang %s does nothing with --layout %q: the language writes the layout's names (%s) as the layout does already; leave out --lang",
		lang, given, strings.Join(slices.Compact(names), ", "))
}

// eveningIn refuses layout l in language lang if its words for the
// evening, or the labels of its times of the day and Omer count, are
// English: --lang writes names, not the words between them, so that
// "Saturday night" in French would be "samedi night", and "Candle
// lighting 3:04 pm" would stay English in a French line.
func eveningIn(l string, lang layout.Lang) error {
	compiled, err := compileIn(l, lang)
	if err != nil {
		return nil // reported where the layout is used
	}
	in := layout.Unwrap(compiled)
	if in.Evening() {
		for _, e := range in.Elements() {
			if e.Kind == layout.Literal && hasWord(e.Text, eveningWords) {
				return fmt.Errorf("--lang %s cannot write the evening word %q of --layout %q, which --lang leaves as it is: write the layout in the language (samedi soir, Samstagabend), or leave the evening out",
					lang, strings.TrimSpace(e.Text), l)
			}
		}
	}
	if in.HasZman(layout.NoZman) || in.Has(layout.Omer) {
		for _, e := range in.Elements() {
			if e.Kind == layout.Literal && hasWord(e.Text, labelWords) {
				return fmt.Errorf("--lang %s cannot write the label %q of --layout %q, which --lang leaves as it is: write the label in Hebrew script (הדלקת נרות 15:04, הבדלה 15:04), which the reader knows beside any language's names, or leave out --lang",
					lang, strings.Trim(e.Text, " |:"), l)
			}
		}
	}
	return nil
}

// englishIn refuses layout l, given as --layout given, in language lang
// if it has English words between its names, or an English ordinal day,
// which --lang left as they were or lost: "2nd of January 2006" with
// --lang de wrote "1 of März 2024", and "January 2, 2006 at 3:04 pm"
// wrote "März 1, 2024 at 5:30 pm" (found by an adversarial review of the
// texts), as the README says such a layout is refused. The presets'
// --lang layouts are the language's own (see presetIn).
func englishIn(given, l string, lang layout.Lang) error {
	if langPreset(given) {
		return nil
	}
	compiled, err := compileIn(l, lang)
	if err != nil {
		return nil // reported where the layout is used
	}
	for _, e := range layout.Unwrap(compiled).Elements() {
		switch {
		case e.Kind == layout.Literal && hasWord(e.Text, englishWords):
			return fmt.Errorf("--lang %s cannot write the English word %q of --layout %q, which --lang leaves as it is: write the layout in the language's own words, or leave out --lang",
				lang, strings.TrimSpace(e.Text), l)
		case e.Kind == layout.Day && e.Form == layout.Ordinal:
			return fmt.Errorf("--lang %s cannot write the English ordinal day (2nd) of --layout %q: write the day as the language does, or leave out --lang",
				lang, l)
		}
	}
	return nil
}

// The English words that --lang would keep as they are in a layout of
// another language: the evening's (Saturday night, "March 23 evening")
// and the labels of the day's times and the Omer count ("Candle
// lighting", "Sunset", "Omer: day").
var (
	eveningWords = []string{"night", "evening", "eve", "sundown", "sunset", "nightfall"}
	labelWords   = []string{"candle", "candles", "lighting", "sunset", "nightfall", "day"}
	// englishWords are the other English words between a date's names
	// ("2nd of January", "at 3:04 pm", "from ... to").
	englishWords = []string{"of", "at", "on", "the", "from", "to", "until", "till", "through", "and"}
)

// hasWord reports whether literal text has one of words, in any case.
func hasWord(text string, words []string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if slices.Contains(words, w) {
			return true
		}
	}
	return false
}

// compileIn compiles layout l in language lang (see dateline.CompileIn):
// a language's own layout whose names are several languages', Swedish's
// and Dutch's published "2 januari 2006, 15:04", in lang's. Compiled
// without the language, --lang sv, nl, da and nb refused --layout
// published, their own CLDR layout, as several languages' names. A
// layout of the user's own is refused as it was if its names are several
// languages' (see resolveLayout and writesLang).
func compileIn(l string, lang layout.Lang) (format.Layout, error) {
	return dateline.CompileIn(l, format.Lang(lang))
}

// inLang returns layout l with its names in language lang (see
// format.Layout.In), or l itself for English.
func inLang(l string, lang layout.Lang) string {
	if lang == layout.English {
		return l
	}
	compiled, err := compileIn(l, lang)
	if err != nil {
		return l
	}
	return compiled.In(format.Lang(lang)).String()
}

// portionWord returns the word before a weekly portion's name in language
// lang: "Parashat ", "Parachah ", "Глава ".
func portionWord(lang layout.Lang) string {
	if w := occasion.PortionWord(lang.Family()); w != "" {
		return w + " "
	}
	return "Parashat "
}

// flagExamples are examples of the values of the flags that take one, for
// the message that asks for a value.
var flagExamples = map[string]string{
	"layout":    `full, hebrew-script or "Mon, Jan 2 · 2 Tevet"`,
	"lang":      "fr, ru or yi",
	"tz":        "America/New_York",
	"city":      `Jerusalem or "New York"`,
	"reference": `2024-03-02, "March 2, 2024 7:30 pm" or 2024-03-02T19:30:00Z`,
}

// unusedFlag returns why a flag given would change nothing for the
// subcommand and its arguments pos, or "": such a flag is refused, not
// ignored, as the person who gave it expects output it would not change.
func (c *command) unusedFlag(pos []string) string {
	name := c.name
	if name == "" {
		name = "today"
	}
	for _, f := range []string{"layout", "lang", "occasions", "html", "us", "il", "israel", "diaspora"} {
		if !c.given[f] {
			continue
		}
		why := ""
		switch {
		case (f == "layout" || f == "lang") && name == "check":
			why = "check writes problems, not datelines"
		case (f == "layout" || f == "lang") && name == "cal":
			why = "cal draws its calendar in one layout, in English"
		case f == "occasions" && name == "check":
			why = "check writes problems, not the day's occasions; it checks the occasions a dateline names without it (--israel or --diaspora choose the schedule); convert --occasions writes a day's"
		case f == "occasions" && name == "scan":
			why = "scan writes each match's dateline, not the day's occasions; convert --occasions writes a day's"
		case f == "occasions" && name == "cal" && !c.json:
			why = "cal lists the month's occasions under its grid without it; with --json, --occasions adds them to each day's object"
		case f == "html" && name != "scan":
			why = "only scan reads pages, which --html says are HTML"
		case (f == "us" || f == "il") && name == "today":
			why = "today reads no date; convert, check, scan and cal MONTH do"
		case (f == "us" || f == "il") && name == "cal" && len(pos) == 0:
			why = "cal reads no date without a MONTH, such as cal --" + f + " 03/02/2024"
		case (f == "israel" || f == "diaspora") && name == "today" && !c.occasions:
			why = "today writes no occasions without --occasions"
		}
		if why != "" {
			return "--" + f + " does nothing for " + name + ": " + why
		}
	}
	return ""
}

// readReference reads --reference, the moment the command takes for now,
// as check reads a date (in --tz's zone, or the --city's): a day without
// a time of day is its noon. A date that names no year, or reads both as
// day first and month first, is refused: the reference would then hang
// on the clock, or on a guess; and so is an evening without its time
// (Motzei Shabbat, March 2, 2024), and a time the clocks skip or show
// twice, which are no one moment.
func (c *command) readReference() (time.Time, error) {
	if u, ok := strings.CutPrefix(c.reference, "@"); ok {
		// @1709413200: Unix seconds, as convert reads them.
		t, ok := unixSeconds(u)
		if !ok {
			return time.Time{}, fmt.Errorf("--reference %q: %s", c.reference, unixExpected)
		}
		return t.In(c.loc), nil
	}
	opts := []dateline.Option{dateline.In(c.loc), dateline.Reference(now().In(c.loc))}
	switch {
	case c.us:
		opts = append(opts, dateline.MonthFirst())
	case c.il:
		opts = append(opts, dateline.DayFirst())
	}
	rep := dateline.Check(c.reference, opts...)
	for _, p := range rep.Problems {
		switch {
		case p.Severity == dateline.Error:
			return time.Time{}, fmt.Errorf("--reference %q: %s", c.reference, message(p))
		case p.Code == dateline.CodeYearInferred:
			return time.Time{}, fmt.Errorf("--reference %q names no year: give the whole date, such as %s", c.reference, flagExamples["reference"])
		case p.Code == dateline.CodeDateAmbiguous, p.Code == dateline.CodeTimeSkipped, p.Code == dateline.CodeZoneAmbiguous:
			// A time the clocks skip or show twice is no one moment.
			return time.Time{}, fmt.Errorf("--reference %q: %s", c.reference, message(p))
		}
	}
	d := rep.Dateline
	if !d.HasDay() {
		return time.Time{}, fmt.Errorf("--reference %q names no day: give one, such as %s", c.reference, flagExamples["reference"])
	}
	if !d.HasTime {
		y, m, day := d.Time.Date()
		if h, err := hebrew.FromGregorian(y, m, day); err == nil && h != d.Hebrew {
			// "Motzei Shabbat, March 2, 2024": an evening, the next
			// Hebrew day's, which the day's noon is not.
			return time.Time{}, fmt.Errorf("--reference %q names an evening, which is no one moment: give its time of day, such as %q",
				c.reference, d.Time.Format("January 2, 2006")+" 8:00 pm")
		}
		return time.Date(y, m, day, 12, 0, 0, 0, c.loc), nil
	}
	return d.Time.In(c.loc), nil
}

// unixExpected is what an @ that is not Unix seconds gets.
const unixExpected = "expected Unix seconds after @, such as @1709413200, from years 1 to 9999"

// unixSeconds reads s, the digits after @, as Unix seconds, in years 1
// to 9999.
func unixSeconds(s string) (time.Time, bool) {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < -62135596800 || n > 253402300799 {
		return time.Time{}, false
	}
	return time.Unix(n, 0), true
}

// unknownCommand returns the message for a subcommand that is not one:
// the commands closest to it ("did you mean convert?"), or, for a date
// or a file, the command that reads it.
func unknownCommand(name string) string {
	msg := fmt.Sprintf("unknown command %q", name)
	names := []string{"help"}
	for _, sc := range commands {
		names = append(names, sc.name)
	}
	if hint := argumentHint(name); hint != "" {
		return msg + hint
	}
	if close := suggest.Closest(name, names, 2); len(close) > 0 {
		return msg + "; did you mean " + suggest.OrList(close) + "?"
	}
	return msg + "; the commands are " + suggest.AndList(names[1:]) + " (dualdate help COMMAND)"
}

// argumentHint returns, for an argument given where no date or file is
// read, the command that reads it: "; to convert a date, dualdate
// convert ARG" for a date (2024-03-02, "Passover 2024", tomorrow), "; to
// read a file, ..." for an existing file, or "".
func argumentHint(a string) string {
	q := quoteArg(a)
	switch {
	case isFile(a):
		return "; to read a file, dualdate scan " + q + " finds the datelines in it, dualdate check " + q + " checks one a line"
	case readsAsDate(a):
		return "; to convert a date, dualdate convert " + q
	}
	return ""
}

// readsAsDate reports whether a reads as a day, or one of the words
// convert takes for one.
func readsAsDate(a string) bool {
	switch strings.ToLower(strings.TrimSpace(a)) {
	case "tomorrow", "yesterday", "now":
		return true
	}
	if _, _, ok := weekday(strings.TrimSpace(a)); ok {
		return true
	}
	rep := dateline.Check(a)
	return rep.Dateline.HasDay() && !hasCode(rep, dateline.CodeSyntax)
}

// quoteArg quotes an argument as a shell needs it: 'Passover 2024',
// 2024-03-02.
func quoteArg(a string) string {
	if a != "" && !strings.ContainsAny(a, " \t'\"|<>&;()*?$\\!`#~") {
		return a
	}
	return "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
}
