package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestYearAfterOccasionVerbPhrase: an occasion, its gloss or not, a verb phrase
// ("will be celebrated", "is observed", Dutch "wordt"), then a year's lead
// and the year right before the date that names none: "Hanukkah, the
// Jewish Festival of Lights, will be celebrated in 2019 from sundown
// December 22 to sundown December 30" (MarCam Designs, the eightieth
// held-out round) was read as December 22, 2026 with only an info, a
// silent wrong day. The year heads the date only where at most two words
// in lower case come between; a gloss's own year, a comma after a word
// between it and the date, is no date's year.
func TestYearAfterOccasionVerbPhrase(t *testing.T) {
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Hanukkah, the Jewish Festival of Lights, will be celebrated in 2019 from sundown December 22 to sundown December 30.", "2019-12-22"},
		{"Hanukkah will be celebrated in 2019 from December 22 to December 30.", "2019-12-22"},
		{"Hanukkah is observed in 2019 on December 22.", "2019-12-22"},
		{"Passover will be observed in 2025 starting April 12.", "2025-04-12"},
		{"Chanoeka wordt in 2019 gevierd van 22 tot 30 december.", "2019-12-22"},
		{"Pesach, the Jewish Passover, in 2018, is from March 30 to April 7.", "2018-03-30"},
	})
	ms := dateline.Find("Hanukkah, the Jewish Festival of Lights, will be celebrated in 2019 from sundown December 22 to sundown December 30.", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "25 Kislev 5780", ms[0].Dateline.Hebrew.String(), "the evening of December 22, 2019")
	for _, text := range []string{
		"Passover, first celebrated in 1949 in Israel, begins on April 12.",
		"Hanukkah is celebrated in 2019 in many homes on December 22.",
		"We moved in 2019 from Boston on December 22.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, heldoutRef) {
				assert.NotContains(t, []int{1949, 2019}, m.Dateline.Time.Year(), "%q", m.Input)
			}
		})
	}
}

// TestForeignJulianMarker: German, Dutch and Hungarian words that say a
// date is Julian (or Gregorian), before or after it: "Ist also Carl
// Wilhelm julianisch am 17. Januar 1679 geboren" (historia-docet.de, the
// eightieth held-out round) was read as Gregorian January 17, 1679 with
// nothing said, a silent wrong day; "de Juliaanse datum van maandag 23
// augustus 1614" (a paper on Groningen's dates) as Gregorian August 23.
// A marker before a weekday and its date is the date's, in English too
// ("O.S. Tuesday 23 August 1614" was read as Gregorian, a Saturday,
// with a weekday error). A month in a language other than English is
// not warned of England's year that began on March 25. The words in
// other use ("Der julianische Kalender galt ...", "Oude stijl meubels",
// "23 augustus 2014 oude stijl meubels", before a word in lower case)
// mark no date.
func TestForeignJulianMarker(t *testing.T) {
	for _, tc := range []struct{ text, day, input string }{
		{"Ist also Carl Wilhelm julianisch am 17. Januar 1679 geboren", "1679-01-27", "julianisch am 17. Januar 1679"},
		{"Er wurde am 17. Januar 1679 nach julianischem Kalender geboren.", "1679-01-27", "17. Januar 1679 nach julianischem Kalender"},
		{"geboren am 17. Januar 1679 (julianisch)", "1679-01-27", "17. Januar 1679 (julianisch)"},
		{"de Juliaanse datum van dinsdag 23 augustus 1614", "1614-09-02", "Juliaanse datum van dinsdag 23 augustus 1614"},
		{"geboren 23 augustus 1614 (oude stijl)", "1614-09-02", "23 augustus 1614 (oude stijl)"},
		{"geboren op 23 augustus 1614 volgens de Juliaanse kalender", "1614-09-02", "23 augustus 1614 volgens de Juliaanse kalender"},
		{"1917. október 25. a Julián-naptár szerint", "1917-11-07", "1917. október 25. a Julián-naptár szerint"},
		{"O.S. Tuesday 23 August 1614", "1614-09-02", "O.S. Tuesday 23 August 1614"},
		{"Die Oktoberrevolution fand gregorianisch am 7. November 1917 statt.", "1917-11-07", "gregorianisch am 7. November 1917"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findOneOK(t, tc.text, heldoutRef)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.input, m.Input)
			for _, p := range m.Problems {
				assert.NotEqual(t, dateline.CodeDateAmbiguous, p.Code, "%v", p)
			}
		})
	}
	for _, text := range []string{
		"In het eerste geval is namelijk de Juliaanse datum van maandag 23 augustus 1614 gebruikt",
		"julianisch am Montag, 23. August 1614",
		"O.S. Monday 23 August 1614",
	} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, heldoutRef)
			require.Len(t, ms, 1)
			assert.Equal(t, "1614-09-02", ms[0].Dateline.Time.Format(time.DateOnly))
			assert.False(t, ms[0].OK(), "September 2, 1614 (August 23 Old Style) was a Tuesday")
		})
	}
	ms := dateline.Find("born 17 January 1679 (Julian)", heldoutRef)
	require.Len(t, ms, 1)
	codes := []dateline.Code{}
	for _, p := range ms[0].Problems {
		codes = append(codes, p.Code)
	}
	assert.Contains(t, codes, dateline.CodeDateAmbiguous, "an English date is England's, whose year began on March 25")
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Der julianische Kalender galt in Russland bis zum 31. Januar 1918.", "1918-01-31"},
		{"Oude stijl meubels, 23 augustus 2014", "2014-08-23"},
		{"op 23 augustus 2014 oude stijl meubels kopen", "2014-08-23"},
		// English's style of furniture, seen by this round and read as
		// a Julian date, September 5, 2014, with only an info.
		{"23 August 2014 Old Style furniture", "2014-08-23"},
		{"julianisch", ""},
		{"O.S. Tuesday", ""},
	})
}

// TestYearCellBeforeDate: a table row's year in its first cell, a bar
// with a space on each side, then a day and a month's name without a
// year: "2022 | dec 19" (a Hungarian page's table of Hanukkah's first
// days, the eightieth held-out round) was read as December 19, 2026 with
// only an info, a silent wrong day. A numeric date after the bar is no
// date of that year ("2024 | 3/4"), and a date with its own year keeps it.
func TestYearCellBeforeDate(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"2022 | dec 19 |", "2022 | dec 19", "2022-12-19", "25 Kislev 5783"},
		{"| 2021 | nov 29 |", "2021 | nov 29", "2021-11-29", "25 Kislev 5782"},
		{"2022 | 19 December", "2022 | 19 December", "2022-12-19", "25 Kislev 5783"},
	})
	for _, m := range dateline.Find("2024 | 3/4", heldoutRef) {
		assert.NotEqual(t, 2024, m.Dateline.Time.Year(), "%q", m.Input)
	}
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"2022 | dec 19, 2023", "2023-12-19"},
	})
}

// TestHungarianYearCellBeforeDate: a year with Hungarian's case ending
// for "in" ("2021-ben"), a table's bar, then the date's cell: "2021-ben |
// szeptember 6-án este - szeptember 8-án este" (Rosh Hashanah's infobox
// on a Hungarian encyclopedia copy, the eightieth held-out round) was not
// found. The year and the evening's day are read; the range's end after
// the evening is not (see testdata/corpus/README.md). A year with its
// point before a bar is a cell of its own, as "2021. | szeptember 6."
// is no date.
func TestHungarianYearCellBeforeDate(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"2021-ben | szeptember 6-án", "2021-ben | szeptember 6-án", "2021-09-06", "29 Elul 5781"},
		{"2021-ben | szeptember 6-án este - szeptember 8-án este", "2021-ben | szeptember 6-án este", "2021-09-06", "1 Tishrei 5782"},
		{"2023-ban | december 7.", "2023-ban | december 7.", "2023-12-07", "24 Kislev 5784"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"2021. | szeptember 6.", ""},
	})
}
