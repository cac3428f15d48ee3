package dateline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout65YearLabel: a year of four digits and a colon that open a
// sentence, as a list of years labels each line, are the year of the date
// after them that names none (the sixty-fifth held-out round: "2012: ночь
// со среды 9 на четверг 10 мая", a list of the nights Lag BaOmer began,
// read as Thursday, May 10, 2018, the nearest year whose May 10 is a
// Thursday: a wrong answer). A colon with no space after it, a year that
// does not open the sentence, and a number of another length name no year.
func TestHeldout65YearLabel(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for in, want := range map[string]string{
		"2012: ночь со среды 9 на четверг 10 мая":               "2012-05-09",
		"2014: ночь с воскресенья 18 мая на понедельник 19 мая": "2014-05-18",
		"2007: Thursday, May 10": "2007-05-10",
		"2016: в этот четверг, 26 мая, зажгли костры":                "2016-05-26",
		"Lag BaOmer.\n2011: ночь с субботы 21 на воскресенье 22 мая": "2011-05-21",
		"2019: у середу, 22 травня, запалили вогнища":                "2019-05-22",
	} {
		ms := dateline.Find(in, ref)
		if assert.NotEmpty(t, ms, in) {
			assert.Equal(t, want, ms[0].Report.Dateline.Time.Format(time.DateOnly), in)
		}
	}
	for in, not := range map[string]int{
		"Room 2012: Thursday, May 10":   2012,
		"2012:10 Thursday, May 10":      2012,
		"12012: Thursday, May 10":       12012,
		"012: Thursday, May 10":         12,
		"2012. Thursday, May 10, again": 2012,
	} {
		for _, m := range dateline.Find(in, ref) {
			assert.NotEqual(t, not, m.Report.Dateline.Time.Year(), "%q: %q", in, m.Report.Input)
		}
	}
}

// TestHeldout65NightRange: a night over two days, "from" one day "onto"
// the next, may name each day's weekday, Russian's "со" before a weekday
// that starts with a cluster ("со среды"), and each day's month: "в ночь
// со среды 9 на четверг 10 мая 2012 года", "с воскресенья 18 мая на
// понедельник 19 мая 2014". The range is its first day. An end that is not
// the next day is no night: the two dates are read apart.
func TestHeldout65NightRange(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for in, want := range map[string]string{
		"в ночь со среды 9 на четверг 10 мая 2012 года":              "2012-05-09",
		"с воскресенья 18 мая на понедельник 19 мая 2014":            "2014-05-18",
		"в ночь с субботы 21 на воскресенье 22 мая 2011 года":        "2011-05-21",
		"у ніч з неділі 18 травня на понеділок 19 травня 2014 року":  "2014-05-18",
		"Костры жгут в ночь со среды 9 на четверг 10 мая 2012 года.": "2012-05-09",
		"в ночь с 9 на 10 мая 2012 года":                             "2012-05-09",
	} {
		ms := dateline.Find(in, ref)
		if assert.NotEmpty(t, ms, in) {
			m := ms[0]
			assert.Equal(t, want, m.Report.Dateline.Time.Format(time.DateOnly), in)
			assert.True(t, strings.HasSuffix(m.Report.Input, "мая 2012 года") || strings.Contains(m.Report.Input, "на") || strings.Contains(m.Report.Input, "19 травня"), "%q: one match over the night: %q", in, m.Report.Input)
			assert.Empty(t, m.Report.Problems, "%q", in)
		}
	}
	// Not the next day: two dates, neither a night.
	for _, in := range []string{
		"с воскресенья 18 мая на вторник 20 мая 2014",
		"со среды 9 на четверг 11 мая 2012",
		"на четверг 10 мая 2012 перенесли встречу со среды",
	} {
		for _, m := range dateline.Find(in, ref) {
			assert.NotContains(t, m.Report.Input, " на ", "%q", in)
		}
	}
}

// TestHeldout65PolishGenitiveWeekday: Polish writes a weekday after "od"
// (from), "do" (until) and "ze" (from, before a cluster) in the genitive,
// which CLDR does not carry: "od środy 9 do czwartku 10 maja 2012", "w
// nocy ze środy 9 na czwartek 10 maja 2012", "od niedzieli, 6 maja 2012".
// Before, the first day's weekday was no word, and the range read as its
// last day alone. A weekday that is not the day's is still an error, and
// words that only start like the genitive are not weekdays.
func TestHeldout65PolishGenitiveWeekday(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for in, want := range map[string]string{
		"od środy 9 do czwartku 10 maja 2012":              "2012-05-09",
		"w nocy ze środy 9 na czwartek 10 maja 2012 r.":    "2012-05-09",
		"od poniedziałku 7 do piątku 11 maja 2012 r.":      "2012-05-07",
		"od niedzieli, 6 maja 2012":                        "2012-05-06",
		"Wystawa czynna od wtorku 8 maja 2012 r.":          "2012-05-08",
		"do soboty 12 maja 2012 r. przyjmujemy zgłoszenia": "2012-05-12",
	} {
		ms := dateline.Find(in, ref)
		if assert.NotEmpty(t, ms, in) {
			assert.Equal(t, want, ms[0].Report.Dateline.Time.Format(time.DateOnly), in)
			assert.Empty(t, ms[0].Report.Problems, "%q", in)
		}
	}
	ms := dateline.Find("od czwartku 9 maja 2012", ref)
	if assert.NotEmpty(t, ms) {
		assert.Contains(t, codesOf(ms[0].Report.Problems), dateline.CodeWeekday, "9 May 2012 is a Wednesday")
	}
	for _, in := range []string{"środyna 9 maja 2012", "czwartkuj 10 maja 2012", "sobotyk 12 maja 2012"} {
		word := in[:strings.IndexByte(in, ' ')]
		for _, m := range dateline.Find(in, ref) {
			assert.NotContains(t, m.Report.Input, word, "%q", in)
		}
	}
}
