package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestYearUnlinked: a date without a year read in the year nearest the
// reference, in a sentence that names a year no reading took for it, is
// read with a warning, not an info: "Yom Kippur (10 Tishrei) 2017 begins
// at sundown on September 29" (the seventy-seventh held-out round) was
// two datelines of 2026 with an info each; so is one whose sentence
// names a Hebrew year from 5600. A sentence without a year,
// another sentence's year, a year the reader took, or named and read
// without being taken, a time and a number that is no year leave the
// info as it was.
func TestYearUnlinked(t *testing.T) {
	severity := func(t *testing.T, text string) dateline.Severity {
		t.Helper()
		ms := dateline.Find(text, heldoutRef)
		require.NotEmpty(t, ms)
		for _, p := range ms[len(ms)-1].Problems {
			if p.Code == dateline.CodeYearInferred {
				return p.Severity
			}
		}
		t.Fatalf("no year-inferred problem: %v", ms[len(ms)-1].Problems)
		return 0
	}
	for _, text := range []string{
		"Yom Kippur (10 Tishrei) 2017 begins at sundown on September 29",
		// A year after the gloss in a clause of its own: "...,
		// in 2019 begins at sundown April 19" opens the date's
		// clause and is its year (see TestYearOfOwnClause).
		"Passover, the Jewish festival of freedom and renewal that in 2019 was late, begins at sundown April 19",
		"The 2019 programme: Friday, March 3",
		// A Hebrew year (incoming.tsv, a side effect of the 145th
		// held-out round's "today, 16 September" read as a date).
		"O ano de 5765 do calendário judaico começa hoje, 16 de Setembro",
	} {
		t.Run(text, func(t *testing.T) { assert.Equal(t, dateline.Warning, severity(t, text)) })
	}
	for _, text := range []string{
		"On 5 November, a march.",
		"In 2017 we moved. On Friday, March 5 the school opened",
		"Friday, March 3 at 20:17",
		"Friday, March 3: 1200 people came",
		"Friday, March 3: 5000 people came",
		"In 2024, Yom Kippur begins on the evening of October 11, and ends on October 12",
		// The year read is the one named, the Hebrew date's civil
		// year (incoming.tsv) or the civil date's.
		"Joden vieren Pesach van 15 tot 22 Nisan; dit begint dit jaar (2027)",
		"The 2027 programme: Friday, March 5",
	} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, heldoutRef)
			require.NotEmpty(t, ms)
			for _, p := range ms[len(ms)-1].Problems {
				assert.NotEqual(t, dateline.Warning, p.Severity, "%v", p)
			}
		})
	}
}
