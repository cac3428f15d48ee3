package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestSemicolonSentenceYear: a date without a year takes the year of a
// date in its sentence, before or after it, across a semicolon as across
// a comma: "Meetings: March 4; April 8, 2024" is March 4, 2024, as
// "Meetings: March 4, April 8, 2024" is (and "March 4 and April 8, 2024"
// is a pair, the year the pair's), each with the info that says where
// the year came from; "March 4, 2024; April 8" gives April 8 its year.
// A semicolon parts clauses of one sentence, as a comma does, and the
// year is said to be inferred; a full stop ends the sentence, and the
// year nearest the reference (October 2, 2025) is taken, 2026's March
// 4. Languages whose day without a year scan reads only after a word
// ("am 4. März") are read alike with either mark. March 4, 2024 is a
// Monday, 24 Adar I 5784; April 8, 2024 a Monday, 29 Adar II 5784.
func TestSemicolonSentenceYear(t *testing.T) {
	ref := dateline.Reference(time.Date(2025, time.October, 2, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct {
		text, match, day string
	}{
		{"Meetings: March 4; April 8, 2024", "March 4", "2024-03-04"},
		{"Meetings: March 4, April 8, 2024", "March 4", "2024-03-04"},
		{"Meetings: March 4; April 8; May 6, 2024", "April 8", "2024-04-08"},
		{"Meetings: March 4, 2024; April 8", "April 8", "2024-04-08"},
		{"Meetings: March 4, 2024, April 8", "April 8", "2024-04-08"},
		{"Termine am 4. März; am 8. April 2024", "4. März", "2024-03-04"},
		{"Termine am 4. März, am 8. April 2024", "4. März", "2024-03-04"},
		{"פגישות: 4 במרץ; 8 באפריל 2024", "4 במרץ", "2024-03-04"},
		{"פגישות: 4 במרץ, 8 באפריל 2024", "4 במרץ", "2024-03-04"},
		// A full stop ends the sentence: the year nearest the reference.
		{"Meetings: March 4. April 8, 2024", "March 4", "2026-03-04"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			var found bool
			for _, m := range dateline.Find(tc.text, ref) {
				if tc.text[m.Start:m.End] != tc.match {
					continue
				}
				found = true
				assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
				assert.True(t, hasProblem(m.Report, dateline.CodeYearInferred, dateline.Info), "%v", m.Problems)
			}
			assert.True(t, found, "%q not found", tc.match)
		})
	}
	// The pair joined by "and" is one dateline, its year the pair's;
	// a score or a verse before a semicolon is no date.
	for _, tc := range []struct {
		text, match string
		days        []string
	}{
		{"Meetings: March 4 and April 8, 2024", "March 4 and April 8, 2024", []string{"2024-03-04", "2024-04-08"}},
		{"Score 3-1; March 4, 2024", "March 4, 2024", []string{"2024-03-04"}},
		{"John 3:16; April 8, 2024", "April 8, 2024", []string{"2024-04-08"}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			if assert.Len(t, ms, 1) {
				assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
				assert.Equal(t, tc.days, listDays(ms[0].Report))
			}
		})
	}
}
