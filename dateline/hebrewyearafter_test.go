package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestFindHebrewYearAfter: a civil date without a year whose sentence
// names a Hebrew year after it, as the year the date is in or begins, is
// of the Gregorian year that gives the date within that Hebrew year, or
// on its eve; these were read in the year nearest the reference with
// only an info, or, in a language whose month English has not, not
// found.
func TestFindHebrewYearAfter(t *testing.T) {
	ref := heldoutRef
	for _, tc := range []struct{ text, match, day, heb string }{
		// incoming.tsv's rows. (Its "el mundo judío celebrará Rosh
		// Hashaná" now joins its range to the occasion, as "celebra"
		// did, which gives its year: see TestHeldout107SpanishCelebrates.
		// Here a verb that joins nothing.)
		{"Entre el domingo 16 y el martes 18 de septiembre, el mundo judío vivirá el comienzo del año 5773",
			"domingo 16 y el martes 18 de septiembre", "2012-09-16", "29 Elul 5772"},
		{"Donderdag 21 en vrijdag 22 september wordt het begin van het nieuwe Joodse jaar gevierd, het jaar 5778.",
			"Donderdag 21 en vrijdag 22 september", "2017-09-21", "1 Tishrei 5778"},
		{"25.septembra vakarā līdz ar saulrietu sākas jaunais ebreju 5783.gads.", "25.septembra vakarā", "2022-09-25", "1 Tishrei 5783"},
		// Made up: other words for the year, before or after it.
		{"Purim is celebrated on March 24 in the Jewish year 5784.", "Purim is celebrated on March 24", "2024-03-24", "14 Adar II 5784"},
		{"Am 25. September beginnt das jüdische Jahr 5786.", "25. September", "2025-09-25", "3 Tishrei 5786"},
		{"il 3 ottobre inizia l'anno ebraico 5785", "3 ottobre", "2024-10-03", "1 Tishrei 5785"},
		{"3 октября начинается 5785 год", "3 октября", "2024-10-03", "1 Tishrei 5785"},
		// A weekday chooses between the two years that give its day
		// within the Hebrew year.
		{"On Wednesday, September 20 we marked five days of the year 5784.", "Wednesday, September 20", "2023-09-20", "5 Tishrei 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.NotEmpty(t, ms)
			m := ms[len(ms)-1]
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			require.True(t, hasProblem(m.Report, dateline.CodeYearInferred, dateline.Info), "%v", m.Problems)
			for _, p := range m.Problems {
				if p.Code == dateline.CodeYearInferred {
					assert.Contains(t, p.Message, "the Hebrew year")
				}
			}
		})
	}
	t.Run("both days of a list", func(t *testing.T) {
		ms := dateline.Find("30 september en 1 Oktober begint het jaar 5780", ref)
		require.Len(t, ms, 2)
		assert.Equal(t, "2019-09-30", ms[0].Dateline.Time.Format(time.DateOnly))
		assert.Equal(t, "2019-10-01", ms[1].Dateline.Time.Format(time.DateOnly))
	})
	checkDayOrNone(t, ref, []struct{ text, day string }{
		// Its day in both Gregorian years the Hebrew year spans, and no
		// weekday to choose: not told.
		{"September 20 is a day of the year 5784.", ""},
		// In neither, nor on the eve: not told.
		{"On October 1 we prepare for the year 5785.", ""},
		// A number alone names no year: the year nearest the reference.
		{"On March 5 about 5784 people marched.", "2027-03-05"},
		// A year of the next sentence is not this one's.
		{"On March 5 we met. The year 5784 was hard.", "2027-03-05"},
	})
}
