package bench

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

var (
	update = flag.Bool("update", false, "write the peers' figures into README.md and testdata/peers/outcomes.tsv")
	only   = flag.String("reader", "", "run only this reader of PeerReaders (dualdate, dateparse, go-dateparser) on the peers' tables; not with -update")
)

// TestPeerTables runs dualdate and each peer on the rows of each peer's
// own test table that a page can print (the selection is the class column
// of testdata/peers, see README.md) and reports the share each reads
// right. The share is reported, not required; a malformed table fails.
// With -update it writes the figures into README.md and every selected
// row's outcomes into testdata/peers/outcomes.tsv.
func TestPeerTables(t *testing.T) {
	// The peers' tests run with time.Local set to UTC, as dateparse's
	// do: its ParseAny reads abbreviations through time.Local.
	local := time.Local
	time.Local = time.UTC
	defer func() { time.Local = local }()

	readers := PeerReaders
	if *only != "" {
		require.False(t, *update, "-reader with -update would write partial figures")
		readers = nil
		for _, rd := range PeerReaders {
			if rd.Name == *only {
				readers = append(readers, rd)
			}
		}
		require.NotEmpty(t, readers, "no reader %q", *only)
	}

	var figures bytes.Buffer
	var outcomes bytes.Buffer
	var misses, missesLang []string
	outcomes.WriteString("table\tclass\tsource\ttext")
	for _, rd := range readers {
		outcomes.WriteString("\t" + rd.Name)
	}
	outcomes.WriteString("\n")
	figures.WriteString("| table | rows | selected |")
	for _, rd := range readers {
		figures.WriteString(" " + rd.Name + " |")
	}
	figures.WriteString("\n|---|--:|--:|" + strings.Repeat("--:|", len(readers)) + "\n")
	excluded := map[string]map[string]int{}
	wrongWeekdays, weekdayReported := 0, 0
	ambiguousRows, ambiguousAgree := 0, make([]int, len(readers))
	var wrongAnswers []string
	for i := range PeerTables {
		table := PeerTables[i]
		require.NoError(t, LoadPeerTable(&table))
		excluded[table.Name] = map[string]int{}
		right, rightLang := make([]int, len(readers)), make([]int, len(readers))
		selected, selectedLang := 0, 0
		for _, row := range table.Rows {
			ref := row.Now
			if ref.IsZero() {
				ref = table.Reference
			}
			switch row.Class {
			case "wrong-weekday":
				wrongWeekdays++
				if reportsWeekday(row, ref) {
					weekdayReported++
				}
			case "ambiguous":
				ambiguousRows++
				for j, rd := range readers {
					if o, _, _ := TryPeer(rd, row, ref); o == Right {
						ambiguousAgree[j]++
					}
				}
			case "wrong-answer":
				d, err := dateline.Parse(row.Text, dateline.Reference(ref), dateline.In(row.Zone))
				got := d.Time.Format(time.RFC3339Nano)
				if err != nil {
					got = "error"
				}
				wrongAnswers = append(wrongAnswers, fmt.Sprintf("| %s | `%s` | %s | %s |", table.Name, mdCode(row.Text), row.Want.Format(time.RFC3339Nano), got))
			}
			counts, miss, lang := right, &misses, ""
			switch {
			case row.Selected():
				selected++
			case row.SelectedLang():
				selectedLang++
				counts, miss, lang = rightLang, &missesLang, " | "+row.Lang
			default:
				excluded[table.Name][row.Class]++
				continue
			}
			fmt.Fprintf(&outcomes, "%s\t%s\t%s\t%q", table.Name, row.Class, row.Source, row.Text)
			for j, rd := range readers {
				o, got, err := TryPeer(rd, row, ref)
				if o == Right {
					counts[j]++
				}
				fmt.Fprintf(&outcomes, "\t%s", outcomeText(o, got, err))
				if rd.Name == "dualdate" && o != Right {
					*miss = append(*miss, fmt.Sprintf("| %s%s | `%s` | %s | %s |", table.Name, lang, mdCode(row.Text),
						row.Want.Format(time.RFC3339Nano), mdCell(outcomeText(o, got, err))))
				}
			}
			outcomes.WriteString("\n")
		}
		require.NotZero(t, selected, table.Name)
		figureRow(t, &figures, table.Name, len(table.Rows), selected, readers, right)
		figureRow(t, &figures, table.Name+", other languages", len(table.Rows), selectedLang, readers, rightLang)
	}
	figures.WriteString("\nRows left out, by class:\n\n| class | " + PeerTables[0].Name + " | " + PeerTables[1].Name + " |\n|---|--:|--:|\n")
	for _, c := range classOrder {
		a, b := excluded[PeerTables[0].Name][c], excluded[PeerTables[1].Name][c]
		if a+b > 0 {
			fmt.Fprintf(&figures, "| %s | %d | %d |\n", c, a, b)
		}
	}
	fmt.Fprintf(&figures, "\nOf the %d rows whose weekday is not their date's, dualdate reports the weekday (code `weekday`, with the date the peer expects in its report) on %d; the peers read the date and drop the weekday.\n", wrongWeekdays, weekdayReported)
	fmt.Fprintf(&figures, "\nOf the %d rows whose numeric date reads both ways, each reader gives the reading the peer's test expects on:", ambiguousRows)
	for j, rd := range readers {
		if j > 0 {
			figures.WriteString(";")
		}
		fmt.Fprintf(&figures, " %s %d", rd.Name, ambiguousAgree[j])
	}
	figures.WriteString(". dualdate reads such a date month first, unless a 24-hour time, dots or Hebrew script say day first, and DayFirst or MonthFirst settle it.\n")
	if len(wrongAnswers) > 0 {
		figures.WriteString("\nThe rows whose expected answer is not what the text says, and what dualdate reads:\n\n| table | text | expected | dualdate |\n|---|---|---|---|\n")
		figures.WriteString(strings.Join(wrongAnswers, "\n") + "\n")
	}
	figures.WriteString("\nThe selected rows dualdate does not read right, with what it gives instead:\n\n")
	missTable(&figures, "| table | text | expected | dualdate |\n|---|---|---|---|\n", misses)
	figures.WriteString("\nThe selected rows in other languages (class `absolute-lang`) dualdate does not read right:\n\n")
	missTable(&figures, "| table | language | text | expected | dualdate |\n|---|---|---|---|---|\n", missesLang)
	if !*update {
		t.Logf("figures (go test -run TestPeerTables -update writes them into README.md):\n%s", figures.String())
		return
	}
	require.NoError(t, os.WriteFile(filepath.Join(Dir(), "testdata", "peers", "outcomes.tsv"), outcomes.Bytes(), 0o644))
	require.NoError(t, replaceBetween(filepath.Join(Dir(), "README.md"), "<!-- peers: begin", "<!-- peers: end -->", figures.String()))
}

// figureRow writes the line of the figures for the rows of one
// selection of a table: the share each reader reads right.
func figureRow(t *testing.T, figures *bytes.Buffer, name string, rows, selected int, readers []PeerReader, right []int) {
	fmt.Fprintf(figures, "| %s | %d | %d |", name, rows, selected)
	for j, rd := range readers {
		if selected == 0 {
			figures.WriteString(" – |")
			continue
		}
		fmt.Fprintf(figures, " %.1f%% (%d) |", 100*float64(right[j])/float64(selected), right[j])
		t.Logf("%-14s on %-31s %3d of %3d right (%.1f%%)", rd.Name, name, right[j], selected, 100*float64(right[j])/float64(selected))
	}
	figures.WriteString("\n")
}

// missTable writes the rows dualdate misses, or "none.".
func missTable(figures *bytes.Buffer, header string, misses []string) {
	if len(misses) == 0 {
		figures.WriteString("none.\n")
		return
	}
	figures.WriteString(header)
	figures.WriteString(strings.Join(misses, "\n") + "\n")
}

// reportsWeekday reports whether dateline.Check, given a row whose
// weekday is not its date's, reports the weekday and resolves the date the
// peer expects.
func reportsWeekday(row PeerRow, ref time.Time) bool {
	if !row.Now.IsZero() {
		ref = row.Now
	}
	rep := dateline.Check(row.Text, dateline.Reference(ref), dateline.In(row.Zone))
	weekday := false
	for _, p := range rep.Problems {
		weekday = weekday || p.Code == dateline.CodeWeekday
	}
	o, _, _ := TryPeer(PeerReader{"check", func(PeerRow, time.Time) (time.Time, error) { return rep.Dateline.Time, nil }}, row, ref)
	return weekday && o == Right
}

var classOrder = []string{"language", "expects-error", "relative", "digits", "odd-digits", "time-only",
	"weekday-only", "year-only", "month-only", "no-year", "layout-given", "setting", "date-order",
	"ambiguous", "wrong-weekday", "wrong-answer"}

// outcomeText writes what a reader made of a row on one line of valid
// UTF-8.
func outcomeText(o Outcome, got time.Time, err error) string {
	return strings.ToValidUTF8(strings.ReplaceAll(outcomeLine(o, got, err), "\n", " "), "\uFFFD")
}

func outcomeLine(o Outcome, got time.Time, err error) string {
	switch o {
	case Right:
		return "right"
	case Wrong:
		return "wrong: " + got.Format(time.RFC3339Nano)
	}
	var pe *dateline.ProblemError
	if errors.As(err, &pe) {
		return "error: " + string(pe.Problem.Code) + ": " + pe.Problem.Message
	}
	if err == nil {
		return "error"
	}
	return "error: " + err.Error()
}

// mdCode writes s for a code span of a Markdown table: Go-quoted if it is
// not valid UTF-8 (the 0xA0 of "08-08-2014\xa018:29").
func mdCode(s string) string {
	if !utf8.ValidString(s) {
		s = strconv.Quote(s)
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "|", `\|`), "`", "'")
}

func mdCell(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	if len(s) > 160 {
		s = s[:157] + "..."
	}
	return s
}

// replaceBetween replaces the lines of file name between the line that
// starts with begin and the line end with text.
func replaceBetween(name, begin, end, text string) error {
	b, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	s := string(b)
	i := strings.Index(s, "\n"+begin)
	j := strings.Index(s, "\n"+end+"\n")
	if i < 0 || j < i {
		return fmt.Errorf("%s lacks the markers %q and %q", name, begin, end)
	}
	i = strings.Index(s[i+1:], "\n") + i + 2
	return os.WriteFile(name, []byte(s[:i]+text+s[j+1:]), 0o644)
}

func TestPeerRowMalformed(t *testing.T) {
	for _, tc := range []struct{ name, line string }{
		{"columns", "a\t\"b\"\t2020-01-01T00:00:00Z"},
		{"empty column", "a\t\"b\"\t2020-01-01T00:00:00Z\t-\t-\t-\ten\t\tabsolute"},
		{"unquoted text", "a\tb\t2020-01-01T00:00:00Z\t-\t-\t-\ten\t-\tabsolute"},
		{"bad want", "a\t\"b\"\t2020-01-01\t-\t-\t-\ten\t-\tabsolute"},
		{"bad now", "a\t\"b\"\t2020-01-01T00:00:00Z\tyesterday\t-\t-\ten\t-\tabsolute"},
		{"bad zone", "a\t\"b\"\t2020-01-01T00:00:00Z\t-\tMars/Olympus\t-\ten\t-\tabsolute"},
		{"bad order", "a\t\"b\"\t2020-01-01T00:00:00Z\t-\t-\tDDD\ten\t-\tabsolute"},
		{"bad class", "a\t\"b\"\t2020-01-01T00:00:00Z\t-\t-\t-\ten\t-\tmaybe"},
		{"absolute without answer", "a\t\"b\"\terror\t-\t-\t-\ten\t-\tabsolute"},
		{"absolute-lang without answer", "a\t\"b\"\terror\t-\t-\t-\tfr\t-\tabsolute-lang"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := peerRow(tc.line)
			assert.Error(t, err)
		})
	}
	r, err := peerRow("f.go:1 x\t\"May 8, 2009\"\t2009-05-08T00:00:00Z\t2012-11-13T00:00:00Z\tAmerica/Denver\tDMY\ten\tLanguages=en,IgnoreSurroundingText\tabsolute")
	require.NoError(t, err)
	assert.Equal(t, "May 8, 2009", r.Text)
	assert.Equal(t, "America/Denver", r.Zone.String())
	v, ok := r.Setting("Languages")
	assert.True(t, ok)
	assert.Equal(t, "en", v)
	assert.True(t, r.Selected())
}

func TestTryPeerZoneAbbreviation(t *testing.T) {
	// dateparse expects "17:57:51 CEST" as 17:57:51 UTC (time.Parse's
	// reading of an abbreviation the location does not use); 17:57:51
	// at +02:00 named CEST is right too, an unnamed +02:00 is not.
	row := PeerRow{Text: "Thu May 08 17:57:51 CEST 2009", Want: time.Date(2009, 5, 8, 17, 57, 51, 0, time.UTC), Zone: time.UTC}
	read := func(loc *time.Location) PeerReader {
		return PeerReader{"x", func(PeerRow, time.Time) (time.Time, error) { return time.Date(2009, 5, 8, 17, 57, 51, 0, loc), nil }}
	}
	o, _, _ := TryPeer(read(time.FixedZone("CEST", 7200)), row, time.Time{})
	assert.Equal(t, Right, o)
	o, _, _ = TryPeer(read(time.FixedZone("", 7200)), row, time.Time{})
	assert.Equal(t, Wrong, o)
	o, _, _ = TryPeer(read(time.FixedZone("EST", 7200)), row, time.Time{})
	assert.Equal(t, Wrong, o)
}
