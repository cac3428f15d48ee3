package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestEnglishGerundRangeEnd: English joins a range's two ends by a comma
// and a gerund with "through" or "until" (continuing through, running
// through, lasting until), as Portuguese and Spanish do (see
// TestGerundRangeEnd), the last day said by its sunset or not: "Saturday,
// Dec. 24, continuing through Sunday, Jan. 1, 2017" is one range from
// 24 December 2016, where its two ends were two datelines; so is a
// clause with "with" between, set off by commas ("Saturday, Dec. 24,
// with the lighting of the first candle on the nine-branch menorah,
// continuing through Sunday, Jan. 1, 2017", the Belmontonian). The
// gerund before no date stays prose.
func TestEnglishGerundRangeEnd(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ text, match, day, heb, last string }{
		{"Saturday, Dec. 24, continuing through Sunday, Jan. 1, 2017.",
			"Saturday, Dec. 24, continuing through Sunday, Jan. 1, 2017", "2016-12-24", "24 Kislev 5777", "2017-01-01"},
		{"The fair opens Friday, December 25, continuing until Sunday, January 3, 2016",
			"Friday, December 25, continuing until Sunday, January 3, 2016", "2015-12-25", "13 Tevet 5776", "2016-01-03"},
		{"December 10, 2023, running through December 18, 2023",
			"December 10, 2023, running through December 18, 2023", "2023-12-10", "27 Kislev 5784", "2023-12-18"},
		{"Classes meet from December 10, lasting until sundown on December 18, 2023.",
			"December 10, lasting until sundown on December 18, 2023", "2023-12-10", "27 Kislev 5784", "2023-12-18"},
		{"April 22, continuing until nightfall of Tuesday, April 30, 2024",
			"April 22, continuing until nightfall of Tuesday, April 30, 2024", "2024-04-22", "14 Nisan 5784", "2024-04-30"},
		// A clause with "with" between the start and the gerund, set off
		// by commas, says what happens on the first day.
		{"Friday, December 25, 2015, with a concert in the park, running through Sunday, January 3, 2016",
			"Friday, December 25, 2015, with a concert in the park, running through Sunday, January 3, 2016", "2015-12-25", "13 Tevet 5776", "2016-01-03"},
		{"The fair opens Sunday, December 10, with a parade, lasting until Monday, December 18, 2023.",
			"Sunday, December 10, with a parade, lasting until Monday, December 18, 2023", "2023-12-10", "27 Kislev 5784", "2023-12-18"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			m := ms[0]
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.True(t, m.OK(), "%v", m.Problems)
			if assert.NotEmpty(t, m.Also) {
				assert.Equal(t, tc.last, m.Also[len(m.Also)-1].Time.Format(time.DateOnly))
			}
		})
	}
	// Near misses: the gerund before no date is prose, and the date stays
	// alone; a clause with a number of its own (a time), one that ends
	// its sentence, or "and" after it joins no range.
	for _, tc := range []struct {
		text, match string
		matches     int
	}{
		{"April 22, 2024, continuing until the 30th", "April 22, 2024", 1},
		{"December 10, 2023, continuing through the week", "December 10, 2023", 1},
		{"December 10, 2023, running until sundown", "December 10, 2023", 1},
		{"Friday, December 25, 2015, with services at 10 am, continuing through Sunday, January 3, 2016", "Friday, December 25, 2015", 2},
		{"Friday, December 25, 2015, with a party. Continuing through Sunday, January 3, 2016", "Friday, December 25, 2015", 2},
		{"Friday, December 25, 2015, with a concert, and Sunday, January 3, 2016", "Friday, December 25, 2015", 2},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, tc.matches)
			assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
			assert.Empty(t, ms[0].Also)
		})
	}
}

// TestHebrewOccasionFallsHebrewDate: Hebrew's verb for "falls" after an
// occasion, its year or not, gives the occasion's day by its Hebrew date
// too, with ביום and its weekday or not, the civil day in brackets after
// it or not, as English's "Yom Kippur 5780 will fall on Wednesday, 10
// Tishrei" is read: "יום הכיפורים לשנת תש”פ יחול ביום רביעי י’ בתשרי [9
// באוקטובר למניינם]" was two datelines, the occasion with its year and
// the date apart. A date that is not the occasion's is said; a verb
// before no date stays prose, and a Hebrew date before the verb still
// takes only a civil date after it.
func TestHebrewOccasionFallsHebrewDate(t *testing.T) {
	checkMatches(t, dateline.Reference(corpusReference), []struct{ text, match, day, heb string }{
		{"יום הכיפורים לשנת תש”פ יחול ביום רביעי י’ בתשרי [9 באוקטובר למניינם]",
			"יום הכיפורים לשנת תש”פ יחול ביום רביעי י’ בתשרי [9 באוקטובר למניינם", "2019-10-09", "10 Tishrei 5780"},
		{"יום הכיפורים תש\"פ יחול ביום רביעי, י' בתשרי.",
			"יום הכיפורים תש\"פ יחול ביום רביעי, י' בתשרי", "2019-10-09", "10 Tishrei 5780"},
		{"השנה פורים תשפ\"ד יחול ביום ראשון י\"ד באדר ב'",
			"פורים תשפ\"ד יחול ביום ראשון י\"ד באדר ב'", "2024-03-24", "14 Adar II 5784"},
		{"חנוכה תשפ\"ה יחול בכ\"ה בכסלו", "חנוכה תשפ\"ה יחול בכ\"ה בכסלו", "2024-12-26", "25 Kislev 5785"},
		{"יום הכיפורים תש\"פ יחול ב-י' בתשרי", "יום הכיפורים תש\"פ יחול ב-י' בתשרי", "2019-10-09", "10 Tishrei 5780"},
		{"פסח תשפ\"ה יחול בט\"ו בניסן", "פסח תשפ\"ה יחול בט\"ו בניסן", "2025-04-13", "15 Nisan 5785"},
	})
	ref := dateline.Reference(corpusReference)
	t.Run("a Hebrew date not the occasion's", func(t *testing.T) {
		text := "יום הכיפורים תש\"פ יחול ביום רביעי י\"א בתשרי"
		ms := dateline.Find(text, ref)
		require.Len(t, ms, 1)
		assert.Equal(t, text, text[ms[0].Start:ms[0].End])
		assert.True(t, hasProblem(ms[0].Report, dateline.CodeOccasion, dateline.Error), "%v", ms[0].Problems)
	})
	for _, tc := range []struct {
		text    string
		matches int
	}{
		{"פורים יחול השנה בגשם", 0},
		{"ט\"ו בשבט חל השנה ב-י\"ד בשבט", 2}, // a Hebrew date before the verb: a civil one after it only
	} {
		t.Run(tc.text, func(t *testing.T) {
			assert.Len(t, dateline.Find(tc.text, ref), tc.matches)
		})
	}
}

// TestHebrewSederNight: Hebrew names Pesach's first evening the night of
// the Seder, ליל הסדר (בליל הסדר: on it), and outside Israel its second
// ליל הסדר השני, as English's "first Seder" and "second Seder" are read:
// the evening that begins Pesach's first (second) day, with its year
// after it, "השנה" (this year) and a comma before the year or not, and a
// time or civil date after it. "בליל הסדר השנה, תשפ״ב, ב-19:31" (Negi
// Shut, incoming.tsv) was not read: the Seder was no occasion in Hebrew.
// A civil day other than the evening's is said, and the words with no
// year or date stay prose.
func TestHebrewSederNight(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ text, match, day, heb, clock string }{
		{"נפגשנו בליל הסדר השנה, תשפ״ב, ב-19:31 בבית.", "בליל הסדר השנה, תשפ״ב, ב-19:31", "2022-04-15", "15 Nisan 5782", "19:31"},
		{"ליל הסדר תשפ״ד", "ליל הסדר תשפ״ד", "2024-04-22", "15 Nisan 5784", ""},
		{"ליל הסדר השני תשפ״ב", "ליל הסדר השני תשפ״ב", "2022-04-16", "16 Nisan 5782", ""},
		{"ליל הסדר תשפ״ב, 15 באפריל 2022", "ליל הסדר תשפ״ב, 15 באפריל 2022", "2022-04-15", "15 Nisan 5782", ""},
		{"ליל הסדר יחול ביום שישי, 15 באפריל 2022", "ליל הסדר יחול ביום שישי, 15 באפריל 2022", "2022-04-15", "15 Nisan 5782", ""},
		{"פסח השנה, תשפ״ב", "פסח השנה, תשפ״ב", "2022-04-16", "15 Nisan 5782", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			m := ms[0]
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.True(t, m.OK(), "%v", m.Problems)
			if tc.clock != "" && assert.True(t, m.Dateline.HasTime) {
				assert.Equal(t, tc.clock, m.Dateline.Time.Format("15:04"))
			}
		})
	}
	t.Run("a civil day not the Seder's", func(t *testing.T) {
		ms := dateline.Find("first Seder 5782, April 17, 2022 and ליל הסדר תשפ״ב, 17 באפריל 2022", ref)
		require.Len(t, ms, 2)
		for _, m := range ms {
			assert.False(t, m.OK(), "%v", m.Problems)
		}
	})
	for _, text := range []string{"ליל הסדר", "ליל הסדרים תשפ״ב", "פסח השנה", "חנוכה השנה, בשעה טובה", "פסח השנה, תשובה"} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, ref))
		})
	}
}

// TestPluralBeginsVerb: English's plural "begin" after an occasion of
// several days says it begins on the date's evening, as "begins" does:
// "Thursday, April 25, the last days of Pesach begin, with candle
// lighting 7:31PM" (incoming.tsv) was read without its verb, with a
// warning that its Hebrew date, 21 Nisan, was the evening's. "start", as
// often a noun, is no verb here.
func TestPluralBeginsVerb(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ text, match, day, heb string }{
		{"Thursday, April 25, 2019, the last days of Pesach begin, with candle lighting 7:31PM.",
			"Thursday, April 25, 2019, the last days of Pesach begin", "2019-04-25", "21 Nisan 5779"},
		{"The last days of Passover begin at sundown on Friday, April 18, 2025.",
			"last days of Passover begin at sundown on Friday, April 18, 2025", "2025-04-18", "21 Nisan 5785"},
		{"The last days of Pesach begin on Thursday, April 25, 2019",
			"last days of Pesach begin on Thursday, April 25, 2019", "2019-04-25", "21 Nisan 5779"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			m := ms[0]
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.True(t, m.OK(), "%v", m.Problems)
			assert.False(t, hasProblem(m.Report, dateline.CodeAfterSunset, dateline.Warning), "%v", m.Problems)
		})
	}
	t.Run("start is a noun", func(t *testing.T) {
		text := "Thursday, April 25, 2019: Pesach start times"
		ms := dateline.Find(text, ref)
		require.Len(t, ms, 1)
		assert.Equal(t, "Thursday, April 25, 2019: Pesach", text[ms[0].Start:ms[0].End])
		assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
	})
}
