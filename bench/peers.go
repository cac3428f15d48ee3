package bench

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/araddon/dateparse"
	dateparser "github.com/markusmobius/go-dateparser"

	"github.com/dualdate/dualdate/dateline"
)

// A PeerTable is the test table of one peer, as internal/peertables
// extracts it into testdata/peers.
type PeerTable struct {
	Name string // dateparse, go-dateparser
	// Reference is the "now" of the rows whose test gives none: the time
	// of the peer's commit or release, when its expectations were written.
	Reference time.Time
	Rows      []PeerRow
}

// PeerTables are the peers' tables, by the name of their file.
var PeerTables = []PeerTable{
	// dateparse has no reference time; its two-digit years follow
	// time.Parse. The reference is the commit's time.
	{Name: "dateparse", Reference: time.Date(2021, time.April, 29, 16, 20, 1, 0, time.UTC)},
	// The tests that set no CurrentTime run at time.Now(); the reference
	// is the release's time (v1.4.7).
	{Name: "go-dateparser", Reference: time.Date(2026, time.September, 13, 22, 33, 50, 0, time.UTC)},
}

// A PeerRow is one row of a peer's test table.
type PeerRow struct {
	Source string // the peer's file:line and table
	Text   string
	Want   time.Time // the expected instant; zero when the test expects an error
	Now    time.Time // the test's reference time; zero when it gives none
	Zone   *time.Location
	Order  string   // DMY, MDY, YMD, ... or ""
	Lang   string   // en, "-" (numbers only), another language
	Set    []string // the peer's other settings
	Class  string   // "absolute" (counted), or why the row is left out
}

// Selected reports whether the comparison counts the row: in English or
// numbers only (class absolute).
func (r PeerRow) Selected() bool { return r.Class == "absolute" }

// SelectedLang reports whether the second comparison counts the row: of
// the same kinds as an absolute row, in another language that dualdate
// reads (class absolute-lang).
func (r PeerRow) SelectedLang() bool { return r.Class == "absolute-lang" }

// Setting returns the value of the setting name, or "".
func (r PeerRow) Setting(name string) (string, bool) {
	for _, s := range r.Set {
		if k, v, _ := strings.Cut(s, "="); k == name {
			return v, true
		}
	}
	return "", false
}

// classes are the classes a row may have: absolute, and the reasons a row
// is left out (see README.md, "The peers' own tests").
var classes = map[string]bool{
	"absolute": true, "absolute-lang": true, "language": true, "expects-error": true, "relative": true,
	"digits": true, "odd-digits": true, "time-only": true, "weekday-only": true,
	"year-only": true, "month-only": true, "no-year": true, "layout-given": true,
	"setting": true, "date-order": true, "wrong-weekday": true, "wrong-answer": true, "ambiguous": true,
}

// LoadPeerTable reads testdata/peers/<t.Name>.tsv into t.Rows. Any row
// that is not well formed is an error.
func LoadPeerTable(t *PeerTable) error {
	name := filepath.Join(Dir(), "testdata", "peers", t.Name+".tsv")
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	t.Rows = nil
	sc := bufio.NewScanner(f)
	header := false
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		if !header {
			if line != "source\ttext\twant\tnow\tzone\torder\tlang\tsettings\tclass" {
				return fmt.Errorf("%s:%d: not the header", name, n)
			}
			header = true
			continue
		}
		r, err := peerRow(line)
		if err != nil {
			return fmt.Errorf("%s:%d: %v", name, n, err)
		}
		t.Rows = append(t.Rows, r)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if len(t.Rows) == 0 {
		return fmt.Errorf("%s: no rows", name)
	}
	return nil
}

func peerRow(line string) (PeerRow, error) {
	c := strings.Split(line, "\t")
	if len(c) != 9 {
		return PeerRow{}, fmt.Errorf("%d columns, want 9", len(c))
	}
	for i, v := range c {
		if v == "" {
			return PeerRow{}, fmt.Errorf("column %d is empty (write - for none)", i+1)
		}
	}
	r := PeerRow{Source: c[0], Order: undash(c[5]), Lang: c[6], Class: c[8]}
	var err error
	if r.Text, err = strconv.Unquote(c[1]); err != nil {
		return r, fmt.Errorf("text %s: %v", c[1], err)
	}
	if c[2] != "error" {
		if r.Want, err = time.Parse(time.RFC3339Nano, c[2]); err != nil {
			return r, err
		}
	}
	if c[3] != "-" {
		if r.Now, err = time.Parse(time.RFC3339, c[3]); err != nil {
			return r, err
		}
	}
	r.Zone = time.UTC
	if c[4] != "-" {
		if r.Zone, err = time.LoadLocation(c[4]); err != nil {
			return r, err
		}
	}
	switch r.Order {
	case "", "DMY", "MDY", "YMD", "YDM", "MYD", "DYM":
	default:
		return r, fmt.Errorf("date order %q", r.Order)
	}
	if c[7] != "-" {
		r.Set = strings.Split(c[7], ",")
	}
	if !classes[r.Class] {
		return r, fmt.Errorf("class %q", r.Class)
	}
	if (r.Selected() || r.SelectedLang()) && r.Want.IsZero() {
		return r, fmt.Errorf("an absolute row without an answer")
	}
	return r, nil
}

func undash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// A PeerReader reads a row of a peer's table as that row's test sets it
// up: its reference time, its zone and its date order.
type PeerReader struct {
	Name string
	Read func(r PeerRow, ref time.Time) (time.Time, error)
}

// PeerReaders are dualdate and the two peers, each called with the
// row's settings:
//
//   - dualdate: dateline.Parse with Reference and In, DayFirst for
//     day-first order and MonthFirst for month-first; a row whose test
//     ignores surrounding text is read with dateline.Find, the first
//     dateline found.
//   - dateparse: ParseIn with the zone (its tests' time.Local is UTC),
//     PreferMonthFirst(false) for day-first order.
//   - go-dateparser: Parse with CurrentTime, DefaultTimezone, DateOrder,
//     Languages and IgnoreSurroundingText as the row's test sets them.
var PeerReaders = []PeerReader{
	{"dualdate", func(r PeerRow, ref time.Time) (time.Time, error) {
		opts := []dateline.Option{dateline.Reference(ref), dateline.In(r.Zone)}
		switch r.Order {
		case "DMY":
			opts = append(opts, dateline.DayFirst())
		case "MDY":
			opts = append(opts, dateline.MonthFirst())
		}
		if _, ok := r.Setting("IgnoreSurroundingText"); ok {
			ms := dateline.Find(r.Text, opts...)
			if len(ms) == 0 {
				return time.Time{}, fmt.Errorf("no dateline found")
			}
			if err := ms[0].Err(); err != nil {
				return time.Time{}, err
			}
			return ms[0].Dateline.Time, nil
		}
		d, err := dateline.Parse(r.Text, opts...)
		return d.Time, err
	}},
	{"dateparse", func(r PeerRow, _ time.Time) (time.Time, error) {
		var opts []dateparse.ParserOption
		if r.Order == "DMY" {
			opts = append(opts, dateparse.PreferMonthFirst(false))
		}
		return dateparse.ParseIn(r.Text, r.Zone, opts...)
	}},
	{"go-dateparser", func(r PeerRow, ref time.Time) (time.Time, error) {
		cfg := &dateparser.Configuration{CurrentTime: ref, DefaultTimezone: r.Zone}
		switch r.Order {
		case "DMY":
			cfg.DateOrder = dateparser.DMY
		case "MDY":
			cfg.DateOrder = dateparser.MDY
		case "YMD":
			cfg.DateOrder = dateparser.YMD
		}
		if v, ok := r.Setting("Languages"); ok {
			cfg.Languages = strings.Split(v, "+")
		}
		_, cfg.IgnoreSurroundingText = r.Setting("IgnoreSurroundingText")
		d, err := dateparser.Parse(cfg, r.Text)
		return d.Time, err
	}},
}

// TryPeer reads row with rd and says whether it read it right: the
// instant the peer's test expects, to the nanosecond; or, where the text
// names its zone by an abbreviation that the reader read (the zone of its
// result has that name and the text has that word), the date and clock
// that the test expects in the row's zone. The second rule is there
// because dateparse's expectations follow time.Parse, which gives an
// abbreviation its location does not use the offset zero ("17:57:51 CEST"
// is expected as 17:57:51 UTC): a reader that takes CEST for +02:00 has
// read the text right too.
func TryPeer(rd PeerReader, row PeerRow, ref time.Time) (o Outcome, got time.Time, err error) {
	defer func() {
		if p := recover(); p != nil {
			o, err = Fails, fmt.Errorf("panic: %v", p)
		}
	}()
	got, err = rd.Read(row, ref)
	if err != nil {
		return Fails, got, err
	}
	if got.Equal(row.Want) {
		return Right, got, nil
	}
	if name, _ := got.Zone(); name != "" && hasWord(row.Text, name) {
		want := row.Want.In(row.Zone)
		if sameWallClock(got, want) {
			return Right, got, nil
		}
	}
	return Wrong, got, nil
}

func sameWallClock(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd && a.Hour() == b.Hour() && a.Minute() == b.Minute() &&
		a.Second() == b.Second() && a.Nanosecond() == b.Nanosecond()
}

// hasWord reports whether s has w as a word of its own.
func hasWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before := j == 0 || !isASCIILetter(s[j-1])
		after := j+len(w) == len(s) || !isASCIILetter(s[j+len(w)])
		if before && after {
			return true
		}
		i = j + 1
	}
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
