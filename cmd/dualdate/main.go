package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // --tz works where the system has no zone database

	"github.com/hebcal/hebcal-go/zmanim"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/suggest"
	"github.com/dualdate/dualdate/occasion"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// Exit statuses.
const (
	exitOK    = 0 // all good
	exitInput = 1 // some input had a problem of severity error
	exitUsage = 2 // usage or I/O error
)

// now is the clock; tests replace it.
var now = time.Now

// A command is one run of dualdate: the subcommand, its flags, and where
// it reads and writes.
type command struct {
	name   string // "" (today), "convert", "check", "scan", "cal"
	stdin  io.Reader
	stdout io.Writer // the caller's, to tell whether it is a terminal
	out    *bufio.Writer
	stderr io.Writer

	// Flags.
	json     bool
	layout   string // as given, or "" for the command's default
	langName string // --lang, as given
	lang     layout.Lang
	tzName   string
	cityName string
	us, il   bool
	version  bool
	// occasions adds the day's holidays and weekly portion to what
	// convert and today print; israel follows Israel's schedule of them,
	// diaspora the Diaspora's (by default Israel's for a --city in
	// Israel, else the Diaspora's).
	occasions, israel, diaspora bool
	// reference is --reference as given: the moment the command takes
	// for now.
	reference string
	// html reads scan's input as HTML; htmlSet says --html was given,
	// either way: without it, scan tells a page by its name or content.
	html, htmlSet bool

	// given holds the names of the flags given.
	given map[string]bool

	// Resolved from the flags.
	// clock is now: --reference's moment, or the clock's, in loc.
	clock time.Time
	// zmanLayout is --layout's compiled layout when it writes times of
	// the day (format.Zman), which a day may lack at the --city.
	zmanLayout format.Layout
	// layoutClock is set when --layout writes a time of day.
	layoutClock bool
	loc         *time.Location
	city        *zmanim.Location
	opts        []dateline.Option // In, Reference, Sunset, MonthFirst/DayFirst
	// reader reads with opts, and keeps the layouts of a batch for the
	// lines that follow.
	reader *dateline.Reader
	// readers are the batch workers' Readers, one each (batchReaders).
	readers []*dateline.Reader

	writeFailed bool // writing to stdout failed, and it was reported
}

// commands lists the subcommands and what each does, for dispatch and usage.
var commands = []struct {
	name string
	run  func(*command, []string) int
}{
	{"today", (*command).today},
	{"convert", (*command).convert},
	{"check", (*command).check},
	{"scan", (*command).scan},
	{"cal", (*command).cal},
}

// run is dualdate with arguments args, reading stdin and writing stdout and
// stderr; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := &command{stdin: stdin, stdout: stdout, stderr: stderr, out: bufio.NewWriterSize(stdout, 64<<10)}
	defer c.out.Flush()

	fs := c.flagSet()
	name, rest := subcommand(fs, args)
	if name == "help" {
		topic := ""
		if pos, _ := parseInterspersed(fs, rest); len(pos) > 0 {
			topic = pos[0]
		}
		if _, ok := usages[topic]; !ok {
			msg := fmt.Sprintf("unknown help topic %q", topic)
			if close := suggest.Closest(topic, slices.Sorted(maps.Keys(usages)), 2); len(close) > 0 {
				msg += "; did you mean " + suggest.OrList(close) + "?"
			}
			return c.usageError(msg)
		}
		c.name = topic
		c.printUsage(c.out)
		return c.flush(exitOK)
	}
	runSub := (*command).today
	if name != "" {
		found := false
		for _, sc := range commands {
			if sc.name == name {
				runSub, found = sc.run, true
			}
		}
		if !found {
			return c.usageError(unknownCommand(name))
		}
		c.name = name
	}
	pos, err := parseInterspersed(fs, rest)
	if errors.Is(err, flag.ErrHelp) {
		c.printUsage(c.out)
		return c.flush(exitOK)
	}
	if err != nil {
		return c.usageError(err.Error())
	}
	c.given = map[string]bool{}
	fs.Visit(func(f *flag.Flag) { c.given[f.Name] = true })
	c.htmlSet = c.given["html"]
	if msg := c.unusedFlag(pos); msg != "" && !c.version {
		return c.usageError(msg)
	}
	if c.version {
		fmt.Fprintln(c.out, "dualdate", version())
		return c.flush(exitOK)
	}
	if (name == "" || name == "today") && len(pos) > 0 {
		return c.usageError(fmt.Sprintf("unexpected argument %q%s", pos[0], argumentHint(pos[0])))
	}
	if err := c.resolveFlags(); err != nil {
		return c.usageError(err.Error())
	}
	return c.flush(runSub(c, pos))
}

// flagSet returns the flags every subcommand takes, bound to c.
func (c *command) flagSet() *flag.FlagSet {
	fs := flag.NewFlagSet("dualdate", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // run reports errors itself
	fs.Usage = func() {}
	fs.BoolVar(&c.json, "json", false, "")
	fs.StringVar(&c.layout, "layout", "", "")
	fs.StringVar(&c.langName, "lang", "", "")
	fs.StringVar(&c.tzName, "tz", "", "")
	fs.StringVar(&c.cityName, "city", "", "")
	fs.BoolVar(&c.us, "us", false, "")
	fs.BoolVar(&c.il, "il", false, "")
	fs.BoolVar(&c.version, "version", false, "")
	fs.BoolVar(&c.occasions, "occasions", false, "")
	fs.BoolVar(&c.israel, "israel", false, "")
	fs.BoolVar(&c.diaspora, "diaspora", false, "")
	fs.StringVar(&c.reference, "reference", "", "")
	fs.BoolVar(&c.html, "html", false, "")
	return fs
}

// resolveFlags checks the flags and turns them into options.
func (c *command) resolveFlags() error {
	if c.us && c.il {
		return errors.New("--us and --il contradict each other")
	}
	if c.israel && c.diaspora {
		return errors.New("--israel and --diaspora contradict each other")
	}
	for f, v := range map[string]string{"layout": c.layout, "lang": c.langName, "tz": c.tzName, "city": c.cityName, "reference": c.reference} {
		if c.given[f] && strings.TrimSpace(v) == "" {
			// An empty value would quietly be the default (--tz "" is
			// UTC), which the person did not ask for.
			return fmt.Errorf("--%s needs a value, such as %s", f, flagExamples[f])
		}
	}
	if err := c.resolvePlace(); err != nil {
		return err
	}
	if c.langName != "" {
		l, err := resolveLang(c.langName)
		if err != nil {
			return err
		}
		c.lang = l
	}
	if c.layout != "" {
		if err := c.resolveLayoutFlag(); err != nil {
			return err
		}
	}
	c.clock = now().In(c.loc)
	if c.reference != "" {
		t, err := c.readReference()
		if err != nil {
			return err
		}
		c.clock = t
	}
	c.setOptions()
	return nil
}

// resolvePlace sets the --city and the zone (--tz, or the city's, or the
// local one).
func (c *command) resolvePlace() error {
	if c.cityName != "" {
		city, err := dateline.City(c.cityName)
		if err != nil {
			return errors.New(unknownCity(err))
		}
		c.city = city
		switch {
		case city.CountryCode == "IL" && !c.diaspora:
			// A city in Israel keeps Israel's schedule, as its times
			// (dateline.Times) do: one day of each festival, and the
			// readings that follow.
			c.israel = true
		case city.CountryCode != "IL" && !c.israel:
			// And a city outside it the Diaspora's, chosen: a line of
			// its schedule (Simchat Torah on 23 Tishrei) is no news.
			c.diaspora = true
		}
	}
	switch {
	case c.tzName != "":
		loc, err := time.LoadLocation(c.tzName)
		if err != nil {
			return fmt.Errorf("unknown time zone %q (use an IANA name such as America/New_York)", c.tzName)
		}
		c.loc = loc
	case c.city != nil:
		// The city's clock, so that today's Hebrew day and its civil
		// day are reckoned in the same place.
		loc, err := time.LoadLocation(c.city.TimeZoneId)
		if err != nil {
			return fmt.Errorf("city %s: unknown time zone %q", c.city.Name, c.city.TimeZoneId)
		}
		c.loc = loc
	default:
		c.loc = time.Local
	}
	return nil
}

// resolveLayoutFlag resolves --layout, a preset's name or a layout, in --lang,
// and refuses one that cannot be written as asked.
func (c *command) resolveLayoutFlag() error {
	l, err := resolveLayout(c.layout, c.lang)
	if err != nil {
		return err
	}
	if compiled, err := compileIn(l, c.lang); err == nil && compiled.HasZman(format.NoZman) && c.city == nil {
		// Sunset, candle lighting and havdalah are a place's.
		return fmt.Errorf("--layout %q writes %s at a place: give --city (Jerusalem, New York, London ...)", c.layout, zmanNames(compiled))
	}
	if compiled, err := dateline.Compile(l); err == nil && c.lang != layout.English && !c.occasions &&
		slices.Equal(layout.Unwrap(compiled).Elements(), layout.Unwrap(compiled.In(format.Lang(c.lang))).Elements()) {
		// No name in the layout that the language writes otherwise:
		// --lang would change nothing, and is refused rather than
		// ignored. Not where the layout's names are several
		// languages' ("2 jan. 2006"), which Compile refuses: --lang
		// says which language's they are.
		return sameInLang(c.lang, c.layout, compiled)
	}
	if err := englishReadsBack(c.layout, l, c.lang); err != nil {
		return err
	}
	given := c.layout
	c.layout = presetIn(c.layout, c.lang, l)
	if c.lang != layout.English {
		if err := readsBack(given, l, c.layout, c.lang); err != nil {
			return err
		}
		if err := writesLang(given, c.layout, c.lang); err != nil {
			return err
		}
		if err := eveningIn(l, c.lang); err != nil {
			return err
		}
		if err := englishIn(given, l, c.lang); err != nil {
			return err
		}
	}
	if compiled, err := compileIn(c.layout, c.lang); err == nil {
		c.layoutClock = compiled.HasClock()
		if compiled.HasZman(format.NoZman) {
			c.zmanLayout = compiled
		}
	}
	return nil
}

// setOptions sets the options of the library's calls and the Reader.
func (c *command) setOptions() {
	c.opts = []dateline.Option{dateline.In(c.loc), dateline.Reference(c.clock)}
	if c.city != nil {
		c.opts = append(c.opts, dateline.Sunset(c.city))
	}
	switch {
	case c.us:
		c.opts = append(c.opts, dateline.MonthFirst())
	case c.il:
		c.opts = append(c.opts, dateline.DayFirst())
	}
	switch {
	case c.israel:
		c.opts = append(c.opts, dateline.Israel())
	case c.diaspora:
		c.opts = append(c.opts, dateline.Diaspora())
	}
	c.reader = dateline.NewReader(c.opts...)
}

// writeDateline writes d in layout, or its JSON object; with --occasions
// the day's occasions, weekly portion and Omer count follow, and with
// --city its candle lighting, sunset and havdalah. A layout that writes a
// time the day does not have at the --city (sunset in the Arctic summer)
// is reported as an error, and nothing is written: it returns false; so
// is a layout that writes a time of day, for a day given without one.
func (c *command) writeDateline(d dateline.Dateline, l string) bool {
	return c.writeDatelineAlso(d, l, nil)
}

// writeDatelineAlso is writeDateline for a text that names other days too, a
// range's end or a list's days (Report.Also), which follow the dateline in
// brackets as scan writes them: "(also Tuesday, March 5, 2024 | 25 Adar I
// 5784)".
func (c *command) writeDatelineAlso(d dateline.Dateline, l string, also []dateline.Dateline) bool {
	if c.json {
		c.out.Write(d.AppendJSON(nil, c.jsonOptions()...))
		c.out.WriteByte('\n')
		return true
	}
	if !d.HasTime && l == c.layout && c.layoutClock {
		// Midnight would be a time the input never stated.
		c.errorf("%s states no time of day, which --layout writes: give one (%s 15:04), or a layout without a time",
			d.Format(format.Full), d.Time.Format("2006-01-02"))
		return false
	}
	if l == c.layout && c.zmanLayout.HasZman(format.NoZman) {
		if _, err := d.Zmanim(c.zmanLayout, c.formatOptions()...); err != nil {
			c.errorf("%s: %v", d.Format(format.Full), strings.TrimPrefix(err.Error(), "dateline: "))
			return false
		}
	}
	text := d.Format(l, c.formatOptions()...)
	if msg, ok := strings.CutPrefix(text, "%!Format("); ok {
		// A layout Format cannot write for d (a layout of occasions on
		// a day without one): its error, not as the dateline.
		c.errorf("%s: --layout cannot write it: %s", d.Format(format.Full),
			strings.TrimPrefix(strings.TrimSuffix(msg, ")"), "dateline: "))
		return false
	}
	c.out.WriteString(text)
	if len(also) > 0 {
		b, why := c.appendAlso(nil, also)
		c.out.Write(b)
		if why != "" {
			defer c.warnf("%s: --layout cannot write a day it names too (%s), so that day is written in the full layout", text, why)
		}
	}
	if c.occasions {
		written := writtenBy(l, c.lang)
		c.writeOccasions(d, written)
		if c.city != nil {
			// In the order of the day: candle lighting is at nightfall,
			// after sunset, on the second night of a festival.
			t := d.Times(c.city)
			times := []struct {
				name string
				z    layout.Zman
				t    time.Time
			}{{"Candle lighting", layout.CandleLighting, t.CandleLighting}, {"Sunset", layout.Sunset, t.Sunset}, {"Havdalah", layout.Havdalah, t.Havdalah}}
			slices.SortStableFunc(times, func(a, b struct {
				name string
				z    layout.Zman
				t    time.Time
			}) int {
				return a.t.Compare(b.t)
			})
			for _, f := range times {
				if !f.t.IsZero() && !written.HasZman(f.z) {
					c.out.WriteString(" | " + f.name + " " + f.t.Format("3:04 pm"))
				}
			}
		}
	}
	c.out.WriteByte('\n')
	if d.HasTime && repeatedClock(d.Time) && l != fullTimeZone {
		if wl := writtenBy(l, c.lang); wl.Has(layout.Hour) && !wl.Has(layout.Zone) {
			// A --layout without a zone, or one whose zone's name does
			// not read back (see layoutFor): say which of the two it is.
			c.warnf("%s: the clocks of %s show %s twice on that day, and this is the second, %s; written without its zone it reads back as the first, an hour or so earlier (give --layout a zone, MST or -07:00, or use --json)",
				text, d.Time.Location(), d.Time.Format("3:04 pm"), d.Time.Format("3:04 pm MST (-07:00)"))
		}
	}
	return true
}

// writtenBy returns layout string l compiled in language lang (see
// compileIn), whose elements say what of the day the dateline writes
// itself, or the zero Layout, which writes nothing, for a layout that
// does not compile.
func writtenBy(l string, lang layout.Lang) layout.Layout {
	if compiled, err := compileIn(l, lang); err == nil {
		return layout.Unwrap(compiled)
	}
	return layout.Layout{}
}

// writeOccasions writes the occasions of d after its dateline, written in
// layout l, as the layouts of package format write them, so that check
// reads the line back as d: the day's holidays as a Holiday element
// writes them, one list joined by commas ("Chag HaBanot, Chanukah: 7
// Candles, Rosh Chodesh Tevet"), without the Hebrew year hebcal names
// Rosh Hashana with where the dateline writes it ("Rosh Hashana", not
// "Rosh Hashana 5785" after 1 Tishrei 5785); the weekly portion after its
// word; and the day of the Omer as hebcal writes it in the --lang's
// locale ("33rd day of the Omer", "33. Tag des Omer"), or, where the
// locale has no words for it, its label and number ("Omer: 33"). What l
// writes itself (the day's holidays, its portion, its Omer) is not
// written again: "--layout 'Monday, January 2, 2006 | 2 Tevet 5766 |
// Chanukah: 8th Day'" wrote the day's holidays twice, and the line did
// not read back (found trying the command as an adversary). A layout of
// an evening ("Monday night, January 2, 2006") has the evening's.
func (c *command) writeOccasions(d dateline.Dateline, l layout.Layout) {
	shabbat := hebrew.Date{} // the Shabbat a Saturday's evening ends
	if l.Evening() {
		// "Monday night, April 22, 2024 | 15 Nisan 5784": the layout
		// writes the evening, whose occasions are the evening's, as
		// Format writes its Hebrew date (and a time before noon is the
		// night of the day before). It wrote 14 Nisan's "Erev Pesach,
		// Ta'anit Bechorot", which check read as an error.
		day := d.Time
		if d.HasTime && l.HasClock() {
			day = layout.EveningDay(day)
		}
		if n := hebrew.DateOf(day).AddDays(1); !n.IsZero() {
			d.Time, d.Hebrew = day, n
		}
		if day.Weekday() == time.Saturday {
			shabbat = hebrew.DateOf(day)
		}
	}
	f := c.lang.Family()
	noYear := l.Has(layout.HebrewYear)
	holidays, portions := !writesHolidays(l), !l.Has(layout.Portion)
	var portion string
	n := 0
	for _, o := range d.Occasions(c.occasionOptions()...) {
		if o.Kind == occasion.Portion {
			if portions && shabbat.IsZero() {
				portion = portionWord(c.lang) + o.Name(f)
			}
			continue
		}
		if !holidays {
			continue
		}
		name := o.Name(f)
		if noYear {
			name = trimYear(name, d.Hebrew.Year)
		}
		if n == 0 {
			c.out.WriteString(" | ")
		} else {
			c.out.WriteString(", ")
		}
		c.out.WriteString(name)
		n++
	}
	if !shabbat.IsZero() && portions {
		// "Saturday night, March 23, 2024": named by the portion of the
		// Shabbat it ends, Vayikra, as check reads a Motzei Shabbat; it
		// wrote the next week's, Tzav, which check read as an error.
		s := dateline.Dateline{Time: d.Time, Hebrew: shabbat}
		for _, o := range s.Occasions(c.occasionOptions()...) {
			if o.Kind == occasion.Portion {
				portion = portionWord(c.lang) + o.Name(f)
			}
		}
	}
	if portion != "" {
		c.out.WriteString(" | " + portion)
	}
	if n := d.Omer(); n > 0 && !l.Has(layout.Omer) {
		c.out.WriteString(" | ")
		c.out.Write(layout.AppendOmer(nil, n, c.lang))
	}
}

// writesHolidays reports whether layout l writes the day's own holidays:
// it has a Holiday that is not an eve's ("Erev Chanukah" writes the
// occasion of the next day, and leaves the day's own to --occasions).
func writesHolidays(l layout.Layout) bool {
	for i := range l.Len() {
		if e := l.At(i); e.Kind == layout.Holiday && e.Shift == 0 {
			return true
		}
	}
	return false
}

// trimYear returns an occasion's name without Hebrew year y after it, in
// digits or letters, with which hebcal names Rosh Hashana.
func trimYear(name string, y int) string {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return name
	}
	switch name[i+1:] {
	case strconv.Itoa(y), string(hebrew.AppendNumeral(nil, y, hebrew.OmitThousands)), string(hebrew.AppendNumeral(nil, y, 0)):
		return name[:i]
	}
	return name
}

// formatOptions returns the options of Format: the --city whose sunset,
// candle lighting and havdalah a layout may write.
func (c *command) formatOptions() []dateline.Option {
	var opts []dateline.Option
	if c.lang != layout.English {
		// The language's own layouts, whose names may be another's
		// too (see compileIn).
		opts = append(opts, dateline.LayoutLang(format.Lang(c.lang)))
	}
	if c.city != nil {
		opts = append(opts, dateline.Sunset(c.city))
	}
	return opts
}

// zmanNames names the times of the day layout l writes: "candle
// lighting", "sunset and havdalah".
func zmanNames(l format.Layout) string {
	var names []string
	for z := format.Sunset; z <= format.Havdalah; z++ {
		if l.HasZman(z) {
			names = append(names, z.String())
		}
	}
	return suggest.AndList(names)
}

// occasionOptions returns the options that choose the schedule of
// occasions, and ask JSON for them.
func (c *command) occasionOptions() []dateline.Option {
	opts := []dateline.Option{dateline.WithOccasions()}
	switch {
	case c.israel:
		opts = append(opts, dateline.Israel())
	case c.diaspora:
		opts = append(opts, dateline.Diaspora())
	}
	return opts
}

// jsonOptions returns the options of the metadata objects the command
// writes: with --occasions the day's occasions, and with --city the
// location whose sunset, candle lighting and havdalah they give.
func (c *command) jsonOptions() []dateline.Option {
	var opts []dateline.Option
	if c.occasions {
		opts = c.occasionOptions()
	}
	if c.city != nil {
		opts = append(opts, dateline.Sunset(c.city))
	}
	return opts
}

// A preset is a layout name --layout takes, and its layout in English.
type preset struct{ name, layout string }

// presets are the layout names --layout takes besides layout strings.
var presets = []preset{
	{"header", layout.Header},
	{"full", layout.Full},
	{"published", layout.Published},
	{"hebrew", layout.HebrewDate},
	{"hebrew-script", layout.HebrewScript},
}

// layoutOr returns the layout given with --layout, or def; with --lang
// and no --layout, the language's own dateline for the presets of whole
// datelines, and def in the language otherwise.
func (c *command) layoutOr(def string) string {
	if c.layout != "" {
		return c.layout
	}
	return c.langLayout(def)
}

// langLayout returns def in --lang: the language's own dateline for the
// presets of whole datelines, and def in the language otherwise.
func (c *command) langLayout(def string) string {
	switch {
	case c.lang == layout.English:
		// English: def is written as it is, below
	case def == layout.Full || def == layout.Header:
		return c.lang.Layout()
	case def == fullTime:
		return c.lang.LayoutTime()
	}
	return inLang(def, c.lang)
}

// today prints today's dateline.
func (c *command) today(args []string) int {
	d := dateline.New(c.clock, c.newOptions()...)
	if !c.writeDateline(d, c.layoutOr(layout.Header)) {
		return exitInput
	}
	return exitOK
}

// flush flushes the output and returns status, or exitUsage if the output
// could not be written.
func (c *command) flush(status int) int {
	if err := c.out.Flush(); err != nil {
		c.writeError(err)
		return exitUsage
	}
	return status
}

// writeError reports that stdout could not be written, once.
func (c *command) writeError(err error) {
	if !c.writeFailed {
		c.writeFailed = true
		fmt.Fprintf(c.stderr, "dualdate: error: writing output: %v\n", err)
	}
}

// errorf writes a diagnostic to stderr, after what is on stdout so far.
func (c *command) errorf(format string, args ...any) {
	c.out.Flush()
	fmt.Fprintf(c.stderr, "dualdate: error: "+format+"\n", args...)
}

// warnf writes a warning to stderr.
func (c *command) warnf(format string, args ...any) {
	c.out.Flush()
	fmt.Fprintf(c.stderr, "dualdate: warning: "+format+"\n", args...)
}

// infof writes an info to stderr.
func (c *command) infof(format string, args ...any) {
	c.out.Flush()
	fmt.Fprintf(c.stderr, "dualdate: info: "+format+"\n", args...)
}

// usageError reports a usage error and returns exitUsage.
func (c *command) usageError(msg string) int {
	c.errorf("%s", msg)
	help := "dualdate -h"
	if c.name != "" {
		help = "dualdate " + c.name + " -h"
	}
	fmt.Fprintf(c.stderr, "Run '%s' for usage.\n", help)
	return exitUsage
}

// version returns the module version dualdate was built from.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

// subcommand finds the subcommand among args, which may follow flags, and
// returns it and args without it ("" if there is none).
func subcommand(fs *flag.FlagSet, args []string) (string, []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			if i+1 < len(args) {
				return args[i+1], append(append([]string(nil), args[:i]...), args[i+2:]...)
			}
			break
		}
		if name, ok := flagName(a); ok {
			if takesValue(fs, name) && !strings.Contains(a, "=") {
				i++
			}
			continue
		}
		return a, append(append([]string(nil), args[:i]...), args[i+1:]...)
	}
	return "", args
}

// parseInterspersed parses args with fs, allowing flags after the
// positional arguments (`check file --json`); "--" ends the flags. It
// returns the positional arguments.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		name, ok := flagName(a)
		if !ok {
			pos = append(pos, a)
			continue
		}
		if name != "h" && name != "help" && fs.Lookup(name) == nil {
			msg := "unknown flag " + strings.SplitN(a, "=", 2)[0]
			var names []string
			fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
			if close := suggest.Closest(name, names, 2); len(close) > 0 {
				msg += "; did you mean --" + strings.Join(close, " or --") + "?"
			}
			return nil, errors.New(msg)
		}
		flags = append(flags, a)
		if takesValue(fs, name) && !strings.Contains(a, "=") {
			if i+1 == len(args) {
				return nil, fmt.Errorf("flag --%s needs a value", name)
			}
			i++
			flags = append(flags, args[i])
		}
	}
	if err := fs.Parse(flags); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, err
		}
		return nil, errors.New(strings.Replace(err.Error(), " -", " --", 1))
	}
	return pos, nil
}

// flagName returns the name of flag argument a ("-x", "--x", "--x=v").
func flagName(a string) (string, bool) {
	if len(a) < 2 || a[0] != '-' {
		return "", false
	}
	name := strings.TrimPrefix(a[1:], "-")
	if name == "" || name[0] == '-' || name[0] == '=' {
		return "", false
	}
	if i := strings.IndexByte(name, '='); i >= 0 {
		name = name[:i]
	}
	return name, true
}

// takesValue reports whether flag name takes a value in the next argument.
func takesValue(fs *flag.FlagSet, name string) bool {
	f := fs.Lookup(name)
	if f == nil {
		return false
	}
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		return false
	}
	return true
}

// readsBack refuses a layout that --lang writes as text that reads back
// on none of the days it is tried on (Hungarian's one-letter weekday
// abbreviations, Polish's genitive before its day, "stycznia 7, 2020"):
// written for a week of each month of 2024, no day in the language's
// layout reads as that day where the layout in English does. The person
// gets an error naming the text, not datelines no reader takes, and the
// layout as given (a preset's name) with the language's; so is one that
// writes a day it tries as text that reads as another day. A layout that
// writes some days is taken, and each day it cannot write is refused
// where it is written (format.Layout.In): Turkish's published layout, "2
// Ocak 2006, 15:04", writes every day but those of April, Nisan, which
// reads as the Hebrew month; it was refused on every date (an
// adversarial review's ninth finding).
func readsBack(given, english, inLang string, lang layout.Lang) error {
	en, err1 := compileIn(english, lang)
	l, err2 := compileIn(inLang, lang)
	if err1 == nil && err2 != nil && inLang != english && !langPreset(given) {
		// Croatian's "ponedjeljak, siječnja 2, 2006": a genitive
		// month before its day, which the language writes only after
		// it, is read on no day; each date was refused where it was
		// written, told to give the day its month.
		return fmt.Errorf("--lang %s writes --layout %s as text that does not read back (%v): write the names in the language's order (%s), use --layout full, or choose another language",
			lang, layoutAs(given, inLang), err2, ownOrder(lang))
	}
	if err1 != nil || err2 != nil || l.HasZman(format.NoZman) {
		return nil // errors are reported where the layout is used
	}
	first, written := "", 0
	var firstDay time.Time
	var refused []string // the months of the days refused where written
days:
	for m := time.January; m <= time.December; m++ {
		for day := 1; day <= 7; day++ {
			d := dateline.New(time.Date(2024, m, day, 12, 0, 0, 0, time.UTC))
			ref := dateline.Reference(d.Time)
			if !sameDay(en.Format(d.Time, d.Hebrew), d, ref) {
				continue // the layout itself does not read back: not --lang's doing
			}
			s := l.Format(d.Time, d.Hebrew)
			switch {
			case l.Validate(d.Time, d.Hebrew) != nil:
				// Refused where it is written.
				if first == "" {
					first, firstDay = s, d.Time
				}
				if name := m.String(); !slices.Contains(refused, name) {
					refused = append(refused, name)
				}
			case !sameDay(s, d, ref):
				// Written, and read as another day: the layout is refused.
				first, firstDay, written = s, d.Time, 0
				break days
			default:
				written++
			}
		}
	}
	if first == "" {
		return nil
	}
	if written > 0 {
		return ownOrderWrites(given, inLang, lang, firstDay, refused)
	}
	return fmt.Errorf("--lang %s writes --layout %s as text that does not read back (%q for %s); write the names in full (Monday, January 2, 2006) or choose another language",
		lang, layoutAs(given, inLang), first, firstDay.Format("January 2, 2006"))
}

// englishReadsBack refuses a layout l (given as --layout) that writes a
// day of each calendar, whose text in English reads back on none of the
// days readsBack tries: "Mon, Jan 2 · 2 Tevet 5766, 2006", the Gregorian
// year after the Hebrew date, was taken, and wrote "Sat, Mar 2 · 22 Adar
// I 5784, 2024", which check refuses ("expected a date, found
// \"2024\""), in every language (adversarial review 52). readsBack
// tries --lang's text only where the English reads back.
func englishReadsBack(given, l string, lang layout.Lang) error {
	en, err := compileIn(l, lang)
	if err != nil || en.HasZman(format.NoZman) {
		return nil // errors are reported where the layout is used
	}
	elems := layout.Unwrap(en).Elements()
	has := func(k layout.Kind) bool {
		return slices.ContainsFunc(elems, func(e layout.Element) bool { return e.Kind == k })
	}
	if !has(layout.Day) || !has(layout.HebrewDay) || has(layout.Holiday) || has(layout.Portion) {
		return nil
	}
	first := ""
	for m := time.January; m <= time.December; m++ {
		for day := 1; day <= 7; day++ {
			d := dateline.New(time.Date(2024, m, day, 12, 0, 0, 0, time.UTC))
			s := en.Format(d.Time, d.Hebrew)
			if sameDay(s, d, dateline.Reference(d.Time)) {
				return nil
			}
			if first == "" {
				first = s
			}
		}
	}
	return fmt.Errorf("--layout %q writes datelines that do not read back (%q for January 1, 2024): write the Gregorian year beside its day and month, or use --layout full",
		given, first)
}

// ownOrderWrites refuses a layout of the user's own that --lang writes for
// the days of some months only, where the language's own layout, in its
// own order, writes the first day it could not: Croatian's "ponedjeljak,
// siječnja 2, 2006", a genitive month before its day, which is read only
// after it, wrote January and was refused on the dates of April, May,
// August, September, October and December, each with a message about
// Turkish, and Slovak's "pondelok, januára 2, 2006" on those of five
// months: a batch broke in its fourth month (the forty-ninth adversarial
// review). Such a layout is refused before any date is written. A day the
// language's own layout cannot write either, Turkish's April, Nisan, which
// reads as the Hebrew month, is the language's, and a preset is the
// language's own: both are refused where they are written, as before.
func ownOrderWrites(given, inLang string, lang layout.Lang, day time.Time, months []string) error {
	if langPreset(given) {
		return nil
	}
	own, err := compileIn(lang.Layout(), lang)
	if err != nil {
		return nil
	}
	d := dateline.New(day)
	if own.Validate(d.Time, d.Hebrew) != nil || !sameDay(own.Format(d.Time, d.Hebrew), d, dateline.Reference(d.Time)) {
		return nil
	}
	return fmt.Errorf("--lang %s writes --layout %s as text that does not read back for the days of %s (%s first), which the language's own layout writes (%q): use --layout full, or write the names in its order, or choose another language",
		lang, layoutAs(given, inLang), suggest.AndList(months), day.Format("January 2, 2006"), own.Format(d.Time, d.Hebrew))
}

// layoutAs names the --layout given, a preset's name or a layout string,
// and the layout the language writes for it where that differs:
// published ("2 Ocak 2006, 15:04").
func layoutAs(given, inLang string) string {
	name := given
	if !slices.ContainsFunc(presets, func(p preset) bool { return strings.EqualFold(p.name, given) }) {
		name = strconv.Quote(given)
	}
	if given == inLang {
		return name
	}
	return name + " (" + strconv.Quote(inLang) + ")"
}

// sameDay reports whether s reads as the civil day of d.
func sameDay(s string, d dateline.Dateline, ref dateline.Option) bool {
	got, err := dateline.Parse(s, ref)
	return err == nil && got.Time.Month() == d.Time.Month() && got.Time.Day() == d.Time.Day()
}
