package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout29CommaBeforeTo: a range of whole dates whose start's year is
// set off by a comma before the word that says "to" (the twenty-ninth
// held-out round: "Friday, December 25, 2015, through Sunday, January 3,
// 2016", a kollel's notice) is one dateline, the range's first day; it
// was two, the comma ending the first. The comma must follow the start's
// year, and the word must be one of the range's "to" words: "and" lists
// two days, English "a" after a comma is the article, and a "to" followed
// by prose is no range.
func TestHeldout29CommaBeforeTo(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	ranges := map[string]string{
		"Friday, December 25, 2015, through Sunday, January 3, 2016":                                   "2015-12-25",
		"The Kollel will meet Friday, December 25, 2015, through Sunday, January 3, 2016, from 9 a.m.": "2015-12-25",
		"March 29, 2018, to April 7, 2018":                                                             "2018-03-29",
		"Sunday, June 2, 2024, until Tuesday, June 4, 2024":                                            "2024-06-02",
		"du 2 octobre 2024, au 5 octobre 2024":                                                         "2024-10-02",
		"vom 2. Oktober 2024, bis 5. Oktober 2024":                                                     "2024-10-02",
		"del 2 de octubre de 2024, hasta el 5 de octubre de 2024":                                      "2024-10-02",
	}
	for in, want := range ranges {
		t.Run(in, func(t *testing.T) {
			ms := dateline.Find(in, ref)
			require.Len(t, ms, 1, "one range")
			assert.Equal(t, want, ms[0].Report.Dateline.Time.Format(time.DateOnly))
			assert.Contains(t, in[ms[0].Start:ms[0].End], ",", "the range's text")
		})
	}
	// Prose: the comma ends the date.
	prose := []struct {
		in, first string
		n         int
	}{
		{"On March 2, 2024, a Saturday, we met.", "March 2, 2024", 1},
		{"On December 25, 2015, to celebrate, we met on January 3, 2016.", "December 25, 2015", 2},
		{"December 25, 2015, until further notice", "December 25, 2015", 1},
		{"December 25, 2015, and January 3, 2016", "December 25, 2015", 2},
	}
	for _, tc := range prose {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, ref)
			require.Len(t, ms, tc.n)
			assert.Equal(t, tc.first, tc.in[ms[0].Start:ms[0].End])
		})
	}
}

// TestHeldout29NumberedOccasionDay: an ordinal word, "Day of" and an
// occasion name a day of it counted from its first (the twenty-ninth
// held-out round: the Hayom Yom's "Tuesday Kislev 29, Fifth Day of
// Chanuka, 5703"). The occasion after the words was read alone, as its
// first day: "Fifth day of Pesach 5784" was 15 Nisan, "Second Day of Rosh
// Hashanah, 5784" 1 Tishrei, with no problem; and a Hebrew date before
// the numbered day was split from the occasion and its year, and took a
// year of its own. A count that passes the occasion's last day, or a
// date that is not the counted day, is an occasion error.
func TestHeldout29NumberedOccasionDay(t *testing.T) {
	tests := []struct {
		in    string
		when  string // the dateline's civil day, YYYY-MM-DD
		codes []dateline.Code
	}{
		{"Tuesday Kislev 29, Fifth Day of Chanuka, 5703", "1942-12-08", nil},
		{"Tuesday, 29 Kislev, Fifth Day of Chanuka, 5703", "1942-12-08", nil},
		{"Fifth Day of Chanuka, 5703", "1942-12-08", nil},
		{"Fifth day of Pesach 5784", "2024-04-27", nil},
		{"Second Day of Rosh Hashanah, 5784", "2023-09-17", nil},
		{"Eighth Day of Chanukah 5785", "2025-01-02", nil},
		{"Seventh day of Pesach 5784", "2024-04-29", nil},
		{"Second Day of Pesach, Wednesday, April 24, 2024", "2024-04-24", nil},
		// The date is not the counted day, or the count passes the end.
		{"Monday Kislev 28, Fifth Day of Chanuka, 5703", "1942-12-07", []dateline.Code{dateline.CodeOccasion}},
		{"Second Day of Pesach, Tuesday, April 23, 2024", "2024-04-23", []dateline.Code{dateline.CodeOccasion}},
		{"Third day of Rosh Hashanah 5784", "2023-09-18", []dateline.Code{dateline.CodeOccasion}},
		{"Ninth day of Pesach 5784", "2024-05-01", []dateline.Code{dateline.CodeOccasion}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.when, time.DateOnly, tc.codes, false) })
	}
	// Prose: an ordinal day of something else, or no date beside it.
	ref := dateline.Reference(corpusReference)
	for _, in := range []string{
		"On the first day of school, 5784 students came.",
		"The second day of the week",
		"The second day of Chanukah party was fun.",
	} {
		assert.Empty(t, dateline.Find(in, ref), in)
	}
}

// TestHeldout29NumberedDayLayout: a layout cannot write a numbered day of
// an occasion, whose number its text fixes, for other days: LayoutOf
// refuses it, where it wrote "Fifth Day of Chanukah: 3 Candles".
func TestHeldout29NumberedDayLayout(t *testing.T) {
	for _, in := range []string{"Fifth Day of Chanuka, 5703", "Tuesday Kislev 29, Fifth Day of Chanuka, 5703"} {
		_, err := dateline.LayoutOf(in)
		require.Error(t, err, in)
		assert.ErrorIs(t, err, dateline.ErrSyntax, in)
	}
	_, err := dateline.LayoutOf("Erev Chanukah 5785")
	assert.NoError(t, err, "an Erev's layout stands")
}

// TestHeldout29BeginsTonight: an occasion that "begins tonight" or "at
// sundown" with a comma before the day (the twenty-ninth held-out round:
// "Passover begins tonight at sundown, Wednesday, April 5.", a blog's) is
// one dateline whose Hebrew date is the evening's, as "begins at sundown
// on" was; the comma, or "tonight", left the occasion out and the day
// its own, 14 Nisan. A sentence that ends after "tonight" reads the day
// alone.
func TestHeldout29BeginsTonight(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	evenings := map[string]string{
		"Passover begins tonight at sundown, Wednesday, April 5, 2023.":   "15 Nisan 5783",
		"Passover begins at sundown, Wednesday, April 5, 2023.":           "15 Nisan 5783",
		"Passover begins tonight, Wednesday, April 5, 2023.":              "15 Nisan 5783",
		"Passover begins tonight at sundown on Wednesday, April 5, 2023.": "15 Nisan 5783",
		"Yom Kippur begins tonight at sundown, Friday, October 11, 2024.": "10 Tishrei 5785",
		"Chanukah begins at sundown, Sunday, December 18, 2022":           "25 Kislev 5783",
	}
	for in, want := range evenings {
		t.Run(in, func(t *testing.T) {
			ms := dateline.Find(in, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, 0, ms[0].Start, "the occasion is the dateline's")
			assert.Equal(t, want, ms[0].Report.Dateline.Hebrew.String())
			for _, p := range ms[0].Report.Problems {
				assert.Equal(t, dateline.Info, p.Severity, "%s", p.Message)
			}
		})
	}
	ms := dateline.Find("Passover begins tonight. Wednesday, April 5, 2023 was busy.", ref)
	require.Len(t, ms, 1)
	assert.Equal(t, "14 Nisan 5783", ms[0].Report.Dateline.Hebrew.String())
	// "Tonight" before the day names its evening, an occasion or none
	// (see TestEveningDeixis): the party's Hebrew date is the evening's.
	in := "The party begins tonight, Wednesday, April 5, 2023."
	ms = dateline.Find(in, ref)
	require.Len(t, ms, 1, in)
	assert.Equal(t, "tonight, Wednesday, April 5, 2023", in[ms[0].Start:ms[0].End], in)
	assert.Equal(t, "15 Nisan 5783", ms[0].Report.Dateline.Hebrew.String(), in)
}
