package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestNextSentenceYearNotTaken: a year that opens the next sentence, after
// its first word ("In 2025,", "En 2025,", "Im Jahr 2025") or before a
// comma and prose ("2023, however"), is not the year of a date that ends
// the sentence before: "In 2024 the meeting was on March 24. In 2025, it
// moved." was March 24, 2025, with nothing said. The date takes its own
// sentence's year, or the reference's with an info; a year right after
// the point with a time or the end after it is still the date's.
func TestNextSentenceYearNotTaken(t *testing.T) {
	for text, want := range map[string]string{
		"In 2024 the meeting was on March 24. In 2025, it moved.": "2024-03-24",
		"Talks resume March 24. In 2023, they failed.":            "2027-03-24",
		"Le 24 mars. En 2025, il a déménagé.":                     "2027-03-24",
		"Am 24. März. Im Jahr 2025 zog es um.":                    "2027-03-24",
		"Talks resume March 24. 2023, however, was different.":    "2027-03-24",
		"October 6. 2019, 10:30":                                  "2019-10-06",
		"Oct. 6. 2019 at 3 pm":                                    "2019-10-06",
	} {
		ms := dateline.Find(text, heldoutRef)
		require.NotEmpty(t, ms, text)
		assert.Equal(t, want, ms[0].Dateline.Time.Format("2006-01-02"), text)
	}
	ms := dateline.Find("In 5784, Purim fell on March 24.\nIn 5785, Purim fell on March 14.", heldoutRef)
	require.Len(t, ms, 2)
	assert.Equal(t, "2024-03-24", ms[0].Dateline.Time.Format("2006-01-02"))
	assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
}

// TestAbbreviationPointInSentence: the point of a title or an
// abbreviation ("Dr.", "Prof.", "St.", "approx.", "vs.", German's "Dr.")
// ends no sentence, so a date before it takes the year its sentence
// names after it: "Talks by Dr. Cohen on March 2 and by Prof. Levi on
// March 9, 2024" read March 2 in the reference's year, with an info that
// the text names none. "No." ends one unless a number follows it.
func TestAbbreviationPointInSentence(t *testing.T) {
	for _, text := range []string{
		"Talks by Dr. Cohen on March 2 and by Prof. Levi on March 9, 2024.",
		"Meeting on March 2 (approx. 40 people) and on March 9, 2024.",
		"Meeting on March 2 at St. Mary's, and on March 9, 2024.",
		"Am 2. März hielt Dr. Levi einen Vortrag, am 9. März 2024 folgte der zweite.",
	} {
		ms := dateline.Find(text, heldoutRef)
		require.Len(t, ms, 2, text)
		assert.Equal(t, "2024-03-02", ms[0].Dateline.Time.Format("2006-01-02"), text)
	}
	ms := dateline.Find("He said no. In 2024 it was March 2.", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "2024-03-02", ms[0].Dateline.Time.Format("2006-01-02"))
}

// TestCommonEraShortYear: a year of fewer than four digits with the era
// of the common era after it ("70 CE", "70 A.D.", "135 CE", "70 n. Chr.")
// is the date's year: it was left unread, and the date given in the
// reference's year with an info that the text names none. Before the
// Gregorian reform the reading warns which calendar it is in; a year
// BCE is still refused.
func TestCommonEraShortYear(t *testing.T) {
	for text, want := range map[string]string{
		"The Temple was destroyed on August 4, 70 CE by Titus.": "0070-08-04",
		"Jerusalem, 29 August 70 A.D.":                          "0070-08-29",
		"Bar Kokhba fell on 4 August 135 CE.":                   "0135-08-04",
		"Am 4. August 70 n. Chr.":                               "0070-08-04",
	} {
		ms := dateline.Find(text, heldoutRef)
		require.Len(t, ms, 1, text)
		assert.Equal(t, want, ms[0].Dateline.Time.Format("2006-01-02"), text)
		assert.Contains(t, reportCodes(ms[0].Report, dateline.Warning), dateline.CodeDateAmbiguous, text)
	}
	assert.Empty(t, dateline.Find("March 15, 44 BC", heldoutRef))
}

// TestTwoDigitYearBeforeClock: two digits after a date's comma are its
// year where a time of day follows them: "Posted Mar 2, 24 at 10:00 am"
// and "Updated: Dec 5, 23, 4:15 PM" were read in the reference's year,
// their times lost. A number after the day with no time after it is
// still a list's next day.
func TestTwoDigitYearBeforeClock(t *testing.T) {
	for text, want := range map[string]string{
		"Posted Mar 2, 24 at 10:00 am": "2024-03-02 10:00",
		"Updated: Dec 5, 23, 4:15 PM":  "2023-12-05 16:15",
		"Posted Mar 2, 24 @ 10:00 am":  "2024-03-02 10:00",
	} {
		m := findOneOK(t, text, heldoutRef)
		assert.Equal(t, want, m.Dateline.Time.Format("2006-01-02 15:04"), text)
	}
	ms := dateline.Find("Sundays: Jan 5, 12", heldoutRef)
	require.NotEmpty(t, ms)
	assert.NotEqual(t, 2012, ms[0].Dateline.Time.Year())
}

// TestWrappedYearWithTime: a year that opens the next line is the date's
// where a word before a time of day follows it, as a page's source wraps
// a date and its time: "Posted on 11 March\n2024 at 10:39 pm" was March
// 11 of the reference's year, its year and time lost. A year before
// prose on its line is still the line's own.
func TestWrappedYearWithTime(t *testing.T) {
	for _, text := range []string{"Posted on 11 March\n2024 at 10:39 pm by staff.", "Am 11. März\n2024 um 22:39 Uhr",
		"Le 11 mars\n2024 à 22 h 39", "ב-11 במרץ\n2024 בשעה 22:39"} {
		m := findOneOK(t, text, heldoutRef)
		assert.Equal(t, "2024-03-11 22:39", m.Dateline.Time.Format("2006-01-02 15:04"), text)
	}
	ms := dateline.Find("Meeting on 5 April\n2022 was a good year", heldoutRef)
	require.Len(t, ms, 1)
	assert.NotEqual(t, 2022, ms[0].Dateline.Time.Year())
}

// TestEveWordEndsItsLine: a word for the evening or the eve that ends a
// line is its sentence's, not the eve of a dateline on the next line:
// "הקונצרט בערב\nSaturday, March 2, 2024" was read as the eve of
// Saturday, a weekday error on a right dateline.
func TestEveWordEndsItsLine(t *testing.T) {
	m := findOneOK(t, "הקונצרט בערב\nSaturday, March 2, 2024", heldoutRef)
	assert.Equal(t, "2024-03-02 22 Adar I 5784", m.Dateline.Time.Format("2006-01-02")+" "+m.Dateline.Hebrew.String())
	m = findOneOK(t, "Erev Shabbat, March 1, 2024", heldoutRef)
	assert.Equal(t, "2024-03-01", m.Dateline.Time.Format("2006-01-02"))
}
