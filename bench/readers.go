package bench

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/araddon/dateparse"
	dateparser "github.com/markusmobius/go-dateparser"

	"github.com/dualdate/dualdate/dateline"
)

// A Row is a Gregorian date or timestamp to read, with the answer.
type Row struct {
	Text string
	// Layout is the time.Parse layout that reads Text, written by hand as
	// a caller who knows the site's format would; "" if time.Parse cannot
	// express it.
	Layout string
	// Want is the day (and the clock, if HasClock) Text names, in UTC.
	Want     time.Time
	HasClock bool
}

// Seeds are the strings the issue names: the seed site's timestamp, a
// blog's post date and a numeric timestamp (the last two are corpus rows).
var Seeds = []Row{
	{Text: "September 28, 2022 10:39 am", Layout: "January 2, 2006 3:04 pm",
		Want: time.Date(2022, time.September, 28, 10, 39, 0, 0, time.UTC), HasClock: true},
	{Text: "Thursday, October 19, 2017", Layout: "Monday, January 2, 2006",
		Want: time.Date(2017, time.October, 19, 0, 0, 0, 0, time.UTC)},
	{Text: "09/28/2022 03:05:48 PM", Layout: "01/02/2006 03:04:05 PM",
		Want: time.Date(2022, time.September, 28, 15, 5, 0, 0, time.UTC), HasClock: true},
}

// layouts gives the time.Parse layout of each Gregorian and timestamp row
// of the corpus that time.Parse can read: what a scraper written for that
// one site would pass.
var layouts = map[string]string{
	"Thursday, October 19, 2017":                "Monday, January 2, 2006",
	"Tuesday, November 28, 2023":                "Monday, January 2, 2006",
	"Wednesday, November 30, 2022":              "Monday, January 2, 2006",
	"May 24, 2017 11:30 am":                     "January 2, 2006 3:04 pm",
	"February 6, 2017 7:38 am":                  "January 2, 2006 3:04 pm",
	"January 27, 2017 6:13 am":                  "January 2, 2006 3:04 pm",
	"January 19, 2017 3:36 pm":                  "January 2, 2006 3:04 pm",
	"Thursday, Jul 25, 2024":                    "Monday, Jan 2, 2006",
	"Monday, March 28, 2022":                    "Monday, January 2, 2006",
	"TODAY IN JUDAISM: Sunday, January 1, 2006": "TODAY IN JUDAISM: Monday, January 2, 2006",
	"DECEMBER 14, 2017":                         "January 2, 2006",
	"Thursday, December 31, 2015":               "Monday, January 2, 2006",
	"08/02/2021 06:00":                          "02/01/2006 15:04",
	"Candle lighting: 17:26 on Friday, Mar 8":   "Candle lighting: 15:04 on Monday, Jan 2",
	"March 5, 2004":                             "January 2, 2006",
	"Israel News for February 6, 2017":          "Israel News for January 2, 2006",
	"Monday, March 10, 2014":                    "Monday, January 2, 2006",
	"Motzei Shabbat, Mar 29, 8:28pm":            "Motzei Shabbat, Jan 2, 3:04pm",
	"09/28/2022 03:05:48 PM":                    "01/02/2006 03:04:05 PM",
	"10/24/2025 11:42:04 AM":                    "01/02/2006 03:04:05 PM",
	"December 8, 2023":                          "January 2, 2006",
	"Tuesday January 21, 2020":                  "Monday January 2, 2006",
	"News Nosh 1.21.20":                         "News Nosh 1.2.06",
	"Monday, December 28, 2020":                 "Monday, January 2, 2006",
	"Tuesday, January 6, 2009":                  "Monday, January 2, 2006",
}

// Dir is the directory of this package's source, from which the corpus and
// the article are found.
func Dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(file)
}

// CorpusRows returns the rows of kind gregorian and timestamp of the
// corpus of real datelines, ../testdata/corpus/datelines.tsv.
func CorpusRows() ([]Row, error) {
	name := filepath.Join(Dir(), "..", "testdata", "corpus", "datelines.tsv")
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows []Row
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		c := strings.Split(sc.Text(), "\t")
		if n == 1 {
			continue // header
		}
		if len(c) < 4 {
			return nil, fmt.Errorf("%s:%d: %d columns", name, n, len(c))
		}
		if c[1] != "gregorian" && c[1] != "timestamp" {
			continue
		}
		r := Row{Text: c[0], Layout: layouts[c[0]]}
		r.Want, err = time.Parse("2006-01-02", c[2])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n, err)
		}
		if c[3] != "" {
			clock, err := time.Parse("15:04", c[3])
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %v", name, n, err)
			}
			r.Want = r.Want.Add(time.Duration(clock.Hour())*time.Hour + time.Duration(clock.Minute())*time.Minute)
			r.HasClock = true
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return rows, nil
}

// A Reader reads a Gregorian date or timestamp into a time.Time.
type Reader struct {
	Name string
	Read func(Row) (time.Time, error)
}

// dateparserConfig restricts go-dateparser to English, which every row
// that it could read is in: it then skips language detection, which is
// the fast way to call it. It is made once, as a program would.
var dateparserConfig = &dateparser.Configuration{
	Languages:       []string{"en"},
	DefaultTimezone: time.UTC,
}

var errNoLayout = errors.New("time.Parse has no layout for this row")

// Readers are the readers compared on Gregorian dates and timestamps, the
// peers and dualdate's dateline.Parse (which the corpus filter uses for
// dualdate; the benchmarks add dateline.Check).
var Readers = []Reader{
	{"time.Parse", func(r Row) (time.Time, error) {
		if r.Layout == "" {
			return time.Time{}, errNoLayout
		}
		return time.Parse(r.Layout, r.Text)
	}},
	{"dateparse.ParseAny", func(r Row) (time.Time, error) { return dateparse.ParseAny(r.Text) }},
	{"dateparse.ParseStrict", func(r Row) (time.Time, error) { return dateparse.ParseStrict(r.Text) }},
	{"go-dateparser", func(r Row) (time.Time, error) {
		d, err := dateparser.Parse(dateparserConfig, r.Text)
		return d.Time, err
	}},
	{"dateline.Parse", func(r Row) (time.Time, error) {
		d, err := dateline.Parse(r.Text)
		return d.Time, err
	}},
}

// Outcome is what a reader made of a row.
type Outcome int

const (
	Right Outcome = iota // the day (and clock) the row names
	Wrong                // another day or clock
	Fails                // an error, or a panic
)

func (o Outcome) String() string {
	switch o {
	case Right:
		return "reads"
	case Wrong:
		return "wrong day"
	}
	return "error"
}

// Try reads row once with rd and says whether it got it right: the day,
// and the hour and minute if the row has a clock.
func Try(rd Reader, row Row) (o Outcome) {
	defer func() {
		if recover() != nil {
			o = Fails
		}
	}()
	t, err := rd.Read(row)
	if err != nil {
		return Fails
	}
	y, m, d := t.Date()
	wy, wm, wd := row.Want.Date()
	if y != wy || m != wm || d != wd {
		return Wrong
	}
	if row.HasClock && (t.Hour() != row.Want.Hour() || t.Minute() != row.Want.Minute()) {
		return Wrong
	}
	return Right
}

// Common returns the rows that every reader reads right, and for each row
// what each reader made of it, in the order of Readers.
func Common(rows []Row) (common []Row, outcomes [][]Outcome) {
	for _, row := range rows {
		out := make([]Outcome, len(Readers))
		all := true
		for i, rd := range Readers {
			out[i] = Try(rd, row)
			all = all && out[i] == Right
		}
		outcomes = append(outcomes, out)
		if all {
			common = append(common, row)
		}
	}
	return common, outcomes
}
