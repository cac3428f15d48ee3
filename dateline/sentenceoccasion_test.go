package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestFindSentenceOccasion: a civil date and an occasion its sentence
// names near it, with words between, are checked together where they fit
// each other: the occasion's eve is the evening's Hebrew date, warned
// (with a year and a verb that says the occasion is kept then, an info),
// and a date without a year, with a weekday, is of the year the occasion
// begins on it. Where they do not fit, the date stands alone.
func TestFindSentenceOccasion(t *testing.T) {
	ref := heldoutRef
	for _, tc := range []struct {
		text, match, day, heb string
		eve                   bool // an after-sunset problem
	}{
		// incoming.tsv's rows.
		{"Tisdag 15 april stängt pesach 1", "Tisdag 15 april stängt pesach", "2014-04-15", "15 Nisan 5774", false},
		{"Bu yıl, ilk Hanuka mumu 14 Aralık Pazar günü yakıldı.", "Hanuka mumu 14 Aralık Pazar günü", "2025-12-14", "25 Kislev 5786", true},
		{"od nedelje 18. decembra kad je Erev Hanuka", "nedelje 18. decembra kad je Erev Hanuka", "2022-12-18", "24 Kislev 5783", false},
		// Made up: the occasion after the date or before it, in
		// other languages.
		{"On Friday, April 22 Jews around the world celebrate Passover.",
			"Friday, April 22 Jews around the world celebrate Passover", "2016-04-22", "15 Nisan 5776", true},
		{"Le mercredi 2 octobre, la communauté célèbre Roch Hachana.",
			"mercredi 2 octobre, la communauté célèbre Roch Hachana", "2024-10-02", "1 Tishrei 5785", true},
		{"Yom Kippur – the fast begins on Friday, October 11.",
			"Yom Kippur – the fast begins on Friday, October 11", "2024-10-11", "10 Tishrei 5785", true},
		// A date with its year, on the evening the occasion begins,
		// and a verb that says it is kept then (incoming.tsv's and
		// made-up variants): the evening's Hebrew date, with an info.
		{"Am 22. Dezember 2019 wird Chanukka gefeiert.", "22. Dezember 2019 wird Chanukka", "2019-12-22", "25 Kislev 5780", true},
		{"7 декабря 2023 года у иудеев всего мира начнется празднование Хануки.",
			"7 декабря 2023 года у иудеев всего мира начнется празднование Хануки", "2023-12-07", "25 Kislev 5784", true},
		{"On October 11, 2024 Jews around the world observe Yom Kippur.",
			"October 11, 2024 Jews around the world observe Yom Kippur", "2024-10-11", "10 Tishrei 5785", true},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, ref)
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.True(t, m.OK(), "%v", m.Problems)
			assert.Equal(t, tc.eve, hasProblem(m.Report, dateline.CodeAfterSunset, dateline.Warning) ||
				hasProblem(m.Report, dateline.CodeAfterSunset, dateline.Info), "%v", m.Problems)
		})
	}
	// The date alone: the occasion is not its first day nor its eve in
	// any year near, is another clause's, or is too far; a date without
	// a year has no weekday, as any day of Passover's eight is April 3
	// in some year; or the date has its year, which the occasion does
	// not choose.
	for _, tc := range []struct{ text, match, day string }{
		{"On Tuesday, December 3 we met to plan the Purim party.", "Tuesday, December 3", "2024-12-03"},
		{"On April 3 we start to clean for Passover.", "April 3", "2027-04-03"},
		{"On Monday, March 2 we met; Purim was far off.", "Monday, March 2", "2026-03-02"},
		{"On Sunday, December 14 the committee of the synagogue, the school and the youth club met to plan Hanukkah.",
			"Sunday, December 14", "2025-12-14"},
		// A date with its year that is a day of the occasion, its
		// daytime; the eve of another occasion than the one named; a
		// time of day, which chooses the Hebrew day itself; a point of
		// reference.
		{"Am 26. Dezember 2019 wird Chanukka gefeiert.", "26. Dezember 2019", "2019-12-26"},
		{"On December 22, 2019 Jews celebrate Purim.", "December 22, 2019", "2019-12-22"},
		{"On December 22, 2019 we bought candles for Hanukkah.", "December 22, 2019", "2019-12-22"},
		{"16 stycznia 2022 r. z okazji Tu Bi-Szwat odbędą się uroczystości", "16 stycznia 2022 r.", "2022-01-16"},
		{"On December 22, 2019. Hanukkah is celebrated.", "December 22, 2019", "2019-12-22"},
		{"On December 22, 2019 at 10 am we bought candles for Hanukkah.", "December 22, 2019 at 10 am", "2019-12-22"},
		{"On October 11, 2024, two days after Yom Kippur, we met.", "October 11, 2024", "2024-10-11"},
		{"The day before Purim, Saturday, March 23, 2024.", "Saturday, March 23, 2024", "2024-03-23"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, ref)
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			require.False(t, hasProblem(m.Report, dateline.CodeOccasion, dateline.Error), "%v", m.Problems)
		})
	}
	// An occasion that is a match of its own, with its year, is not the
	// date's: two matches, one after the other.
	for _, text := range []string{
		"On Friday, April 22 Jews around the world celebrate Passover 5776.",
		"Bu yıl, ilk Hanuka mumu 14 Aralık Pazar günü yakıldı, Hanuka 5786.",
	} {
		ms := dateline.Find(text, ref)
		require.Len(t, ms, 2, text)
		assert.LessOrEqual(t, ms[0].End, ms[1].Start, text)
	}
}

// TestYearInferredOccasionWeekday: the info of a date without a year
// that names an occasion and a weekday says both chose the year, the
// occasion's day or its eve.
func TestYearInferredOccasionWeekday(t *testing.T) {
	for text, want := range map[string]string{
		"Tisdag 15 april stängt pesach 1":                    "2014 is the most recent year whose date is the occasion's and fits the weekday",
		"Rosh Hashanah begins at sundown, Sunday, Sept. 13.": "2015 is the most recent year whose date is the occasion's eve and fits the weekday",
	} {
		m := oneMatch(t, text, heldoutRef)
		var msg string
		for _, p := range m.Problems {
			if p.Code == dateline.CodeYearInferred {
				msg = p.Message
			}
		}
		assert.Contains(t, msg, want, text)
	}
}
