package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestOccasionAfterLineBreak: in free text a dateline goes on over a line
// break, but a line that starts with an occasion, a portion or a day of
// the Omer is the dateline's only if the dateline ends that line: "Purim
// Schedule" under "Posted on March 5, 2024" is a heading (it was read as
// Purim of March 5, an occasion error on a right page), and "Rosh Chodesh
// Adar II" under "March 10, 2024" the date's.
func TestOccasionAfterLineBreak(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	tests := []struct {
		text  string
		found []string
	}{
		{"Posted on March 5, 2024\nPurim Schedule\nMonday, March 25, 2024", []string{"March 5, 2024", "Monday, March 25, 2024"}},
		{"Chanukah is Wednesday, December 25, 2024\nThe 33rd day of the Omer, May 26, 2024", []string{"Chanukah is Wednesday, December 25, 2024", "May 26, 2024"}},
		{"March 29, 2024\nParshas Tzav Kiddush sponsors", []string{"March 29, 2024"}},
		{"March 10, 2024\nRosh Chodesh Adar II\n", []string{"March 10, 2024\nRosh Chodesh Adar II"}},
		{"Sunday, May 26, 2024\nLag BaOmer 5784", []string{"Sunday, May 26, 2024\nLag BaOmer 5784"}},
		{"March 24, 2024\nPurim.\nMarch 25", []string{"March 24, 2024\nPurim", "March 25"}},
		// On one line, an occasion after the date is the date's.
		{"Posted on March 24, 2024 Purim Schedule", []string{"March 24, 2024 Purim"}},
		// A Hebrew day named in words, as an occasion is, goes the
		// same way: a line of prose that starts with it is the next
		// line's sentence (a calendar error on a right date), a line
		// of its own the date's.
		{"October 4, 2024\nRosh Chodesh Elul will last two days, from sundown Friday, August 26, 2022", []string{"October 4, 2024", "Rosh Chodesh Elul", "from sundown Friday, August 26, 2022"}},
		{"Wednesday, December 4, 2024\nGimmel Kislev\n", []string{"Wednesday, December 4, 2024\nGimmel Kislev"}},
	}
	for _, tc := range tests {
		var got []string
		for _, m := range dateline.Find(tc.text, ref) {
			got = append(got, tc.text[m.Start:m.End])
			assert.True(t, m.Report.OK(), "%q: %v", tc.text, m.Report.Problems)
		}
		assert.Equal(t, tc.found, got, tc.text)
	}
}

// TestWeekdayOfNextLine: a weekday at the start of a line whose own date
// follows it after an article ("Am Dienstag, dem 20. März 2018", "Tuesday,
// the 20th of March, 2018") is that date's, not the weekday of the date
// on the line above, which was read with it as a weekday error on a right
// date (found scanning incoming.tsv's rows as one text).
func TestWeekdayOfNextLine(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct {
		text  string
		found []string
	}{
		{"22 September 2025\nAm Dienstag, dem 20. März 2018, blah", []string{"22 September 2025", "Dienstag, dem 20. März 2018"}},
		{"September 22, 2025\nTuesday, the 20th of March, 2018", []string{"September 22, 2025", "Tuesday, the 20th of March, 2018"}},
		{"22 septembre 2025\nMardi, le 20 mars 2018", []string{"22 septembre 2025", "Mardi, le 20 mars 2018"}},
		// A weekday of its own line is still the date's above it.
		{"September 22, 2025\nMonday", []string{"September 22, 2025\nMonday"}},
	} {
		var got []string
		for _, m := range dateline.Find(tc.text, ref) {
			got = append(got, tc.text[m.Start:m.End])
			assert.True(t, m.Report.OK(), "%q: %v", tc.text, m.Report.Problems)
		}
		assert.Equal(t, tc.found, got, tc.text)
	}
}

// TestOtherCalendarLineGoesOn: a masthead parts its two calendars over a
// line break, each half alone on its line, and stays one dateline; but a
// line whose date goes on as prose is an item or a sentence of its own,
// not the other calendar of the date above it. "Posted March 2,
// 2024\n23 Adar I 5784 is the yahrzeit of our founder." was one dateline,
// the yahrzeit (March 3) read as March 2's Hebrew date after sunset, and
// "כ״ב אדר א׳ תשפ״ד\n3.3.2024 - אסיפה כללית" a calendar error on two
// right dates.
func TestOtherCalendarLineGoesOn(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, 3, 2, 0, 0, 0, 0, time.UTC))
	tests := []struct {
		text  string
		found []string
		days  []string
	}{
		{"Posted March 2, 2024\n23 Adar I 5784 is the yahrzeit of our founder.", []string{"March 2, 2024", "23 Adar I 5784"}, []string{"2024-03-02", "2024-03-03"}},
		{"כ״ב אדר א׳ תשפ״ד\n3.3.2024 - אסיפה כללית", []string{"כ״ב אדר א׳ תשפ״ד", "3.3.2024"}, []string{"2024-03-02", "2024-03-03"}},
		{"Friday, March 1, 2024\n22 Adar I 5784 we met in the hall", []string{"Friday, March 1, 2024", "22 Adar I 5784"}, []string{"2024-03-01", "2024-03-02"}},
		{"Samstag, 2. März 2024\n23 Adar I 5784 – Jahrzeit unseres Gründers", []string{"Samstag, 2. März 2024", "23 Adar I 5784"}, []string{"2024-03-02", "2024-03-03"}},
		{"Wednesday, December 25, 2024\n25 Kislev 5785 we light the first candle", []string{"Wednesday, December 25, 2024", "25 Kislev 5785"}, []string{"2024-12-25", "2024-12-26"}},
		// Near misses: each half alone on its line, or the line going
		// on only with punctuation or the masthead's next field after
		// an item separator, is one dateline.
		{"Posted March 2, 2024\n23 Adar I 5784\n", []string{"March 2, 2024\n23 Adar I 5784"}, []string{"2024-03-02"}},
		{"Saturday, March 2, 2024\n22 Adar I 5784.\nWelcome", []string{"Saturday, March 2, 2024\n22 Adar I 5784"}, []string{"2024-03-02"}},
		{"כ״ב אדר א׳ תשפ״ד\n2.3.2024", []string{"כ״ב אדר א׳ תשפ״ד\n2.3.2024"}, []string{"2024-03-02"}},
		{"March 2, 2024\n22 Adar I 5784 | Vol. 12", []string{"March 2, 2024\n22 Adar I 5784"}, []string{"2024-03-02"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			var got, days []string
			for _, m := range dateline.Find(tc.text, ref) {
				got = append(got, tc.text[m.Start:m.End])
				days = append(days, m.Dateline.Time.Format(time.DateOnly))
				assert.True(t, m.Report.OK(), "%q: %v", tc.text[m.Start:m.End], m.Report.Problems)
			}
			assert.Equal(t, tc.found, got)
			assert.Equal(t, tc.days, days)
		})
	}
}
