package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout185PeriodStartTakesEndYear: a period between two whole
// dates whose year is said once, at its end, in the languages whose month
// names English has not ("tussen 3 maart en 20 juli 1943", Dutch:
// between 3 March and 20 July 1943; the Sobibor Foundation, sobibor.org,
// the hundred-and-eighty-fifth held-out round, incoming line 2680), is
// read as English's "between 3 March and 20 July 1943" is: two dates,
// the start in the end's year, said so. Find read the end alone, the
// period's last day for its first, with nothing said. Longer than a
// range (95 days) it is no range, unless a word for "between" opens it:
// then it is one period, its start in the end's year (see
// TestFixjoinBetweenPeriod; the fixjoin round, as incoming line 2696
// asks); a shorter one is read as a range, as
// before. Without a year at the end, or with no date after the link, the
// start stays unread.
func TestHeldout185PeriodStartTakesEndYear(t *testing.T) {
	for _, tc := range []struct{ text, start, end string }{
		{"3 maart tot 20 juli 1943", "3 maart", "20 juli 1943"},
		{"vom 3. März bis 20. Juli 1943", "3. März", "20. Juli 1943"},
		{"fra 3. mars til 20. juli 1943", "3. mars", "20. juli 1943"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 2)
			assert.Equal(t, tc.start, tc.text[ms[0].Start:ms[0].End])
			assert.Equal(t, "1943-03-03", ms[0].Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, "26 Adar I 5703", ms[0].Dateline.Hebrew.String())
			assert.Contains(t, reportCodes(dateline.Report{Problems: ms[0].Problems}, dateline.Info), dateline.CodeYearInferred)
			assert.Equal(t, tc.end, tc.text[ms[1].Start:ms[1].End])
			assert.Equal(t, "1943-07-20", ms[1].Dateline.Time.Format("2006-01-02"))
		})
	}
	// "Between" before the start: one period.
	checkJoined(t, []joinCase{
		{"tussen 3 maart en 20 juli 1943", "3 maart en 20 juli 1943", "1943-03-03", "26 Adar I 5703", "1943-07-20"},
		{"zwischen dem 3. März und dem 20. Juli 1943", "3. März und dem 20. Juli 1943", "1943-03-03", "26 Adar I 5703", "1943-07-20"},
		{"mellan 3 mars och 20 juli 1943", "3 mars och 20 juli 1943", "1943-03-03", "26 Adar I 5703", "1943-07-20"},
		{"mellan den 3 mars och den 20 juli 1943", "3 mars och den 20 juli 1943", "1943-03-03", "26 Adar I 5703", "1943-07-20"},
		{"mellem 3. marts og 20. juli 1943", "3. marts og 20. juli 1943", "1943-03-03", "26 Adar I 5703", "1943-07-20"},
	})
	// A period within a range's length is one range, as before.
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"3 maart en 20 april 1943", "1943-03-03"},
		{"van 30 november tot 2 december 2025", "2025-11-30"},
	})
	// Without the end's year, or with no date after the link, the start
	// is not read.
	for _, text := range []string{"tussen 3 maart en 20 juli", "3 maart en 20 gasten", "3 maart en 20 juli om 19.00 uur", "3 maart, 20 juli 1943"} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, heldoutRef) {
				assert.NotEqual(t, "1943-03-03", m.Dateline.Time.Format("2006-01-02"))
				assert.NotContains(t, text[m.Start:m.End], "3 maart")
			}
		})
	}
}

// TestHeldout185DaysAdjectiveBeforeOccasion: an adjective of a festival's
// length in days between a verb of beginning and the occasion's name,
// after a civil date, in the Germanic languages that write it as one
// word (German "achttägige", "siebentägige", Dutch "achtdaagse"):
// "Am 18.12.22 beginnt das achttägige Chanukka-Fest" (Denk dran e.V.,
// denkdran-ev.de, the hundred-and-eighty-fifth held-out round, incoming
// line 2677) was read as the civil day alone, the eve of Chanukka left
// out. The date is the occasion's eve, read from sunset, and a day that
// is not its eve is an error; another word there, or no occasion after
// it, leaves the date alone.
func TestHeldout185DaysAdjectiveBeforeOccasion(t *testing.T) {
	checkMatchCases(t, []matchCase{
		{"Am 18.12.22 beginnt das achttägige Chanukka-Fest", "18.12.22 beginnt das achttägige Chanukka-Fest", "2022-12-18", nil},
		{"18.12.2022 beginnt das achttägige Chanukka", "", "2022-12-18", nil},
		{"Am 5. April 2023 beginnt das siebentägige Pessachfest", "5. April 2023 beginnt das siebentägige Pessachfest", "2023-04-05", nil},
		{"Op 18 december 2022 begint het achtdaagse Chanoeka", "18 december 2022 begint het achtdaagse Chanoeka", "2022-12-18", nil},
		{"Am 19.12.2022 beginnt das achttägige Chanukka-Fest", "19.12.2022 beginnt das achttägige Chanukka-Fest", "2022-12-19", []dateline.Code{dateline.CodeOccasion}},
	})
	m := oneMatch(t, "Am 18.12.22 beginnt das achttägige Chanukka-Fest", heldoutRef)
	assert.Equal(t, "25 Kislev 5783", m.Dateline.Hebrew.String())
	assert.Contains(t, reportCodes(dateline.Report{Problems: m.Problems}, dateline.Info), dateline.CodeAfterSunset)
	// Another word, or no occasion after the adjective: the date alone,
	// on a day of the occasion (the eve is its sentence's occasion's, see
	// TestFindSentenceOccasion).
	checkMatchCases(t, []matchCase{
		{"Am 19.12.2022 beginnt das achtköpfige Team Chanukka", "19.12.2022", "2022-12-19", nil},
		{"Am 18.12.2022 beginnt das achttägige Seminar", "18.12.2022", "2022-12-18", nil},
	})
}
