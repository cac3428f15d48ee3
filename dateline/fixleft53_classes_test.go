package dateline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestFindImpossibleClockAfter: a time of day that no clock shows, with a
// part of the day after it, right after a date in free text ("25:30 pm",
// "13 pm", "3:75 pm", "25 in the evening") is reported with an error
// (out-of-range) on the date's match, in each language of the parts of
// the day; Find read the date alone with nothing said, where Check
// refuses the same text (a review's finding). hd: 2024-03-05 is 25 Adar I
// 5784.
func TestFindImpossibleClockAfter(t *testing.T) {
	for _, tc := range []struct{ text, date string }{
		{"The meeting is on March 5, 2024 25:30 pm in the hall.", "March 5, 2024"},
		{"Posted March 5, 2024 13 pm by admin.", "March 5, 2024"},
		{"Posted March 5, 2024 at 13 pm by admin.", "March 5, 2024"},
		{"Posted March 5, 2024, 3:75 p.m. by admin.", "March 5, 2024"},
		{"Am 5. März 2024 um 13 pm.", "5. März 2024"},
		{"Στις 5 Μαρτίου 2024 25:30 μ.μ.", "5 Μαρτίου 2024"},
		{"On March 5, 2024 25 in the evening.", "March 5, 2024"},
		{"Am 5. März 2024 25:30 abends.", "5. März 2024"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.date, ms[0].Input)
			assert.Equal(t, "25 Adar I 5784", ms[0].Dateline.Hebrew.String())
			assert.False(t, ms[0].OK(), "%v", ms[0].Problems)
			assert.True(t, hasProblem(ms[0].Report, dateline.CodeOutOfRange, dateline.Error), "%v", ms[0].Problems)
		})
	}
	// Near misses: a time a clock shows, a number that is no time, and a
	// 24-hour clock's hour before words that do not contradict it.
	for _, tc := range []struct{ text, found string }{
		{"Posted March 5, 2024 at 11:30 pm by admin.", "March 5, 2024 at 11:30 pm"},
		{"Posted March 5, 2024 0:30 am by admin.", "March 5, 2024 0:30 am"},
		{"On March 5, 2024 13 people came in the evening.", "March 5, 2024"},
		{"נפגש 5 במרץ 2024 20 בערב.", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text)
			require.Len(t, ms, 1)
			if tc.found != "" {
				assert.Equal(t, tc.found, ms[0].Input)
			}
			assert.False(t, hasProblem(ms[0].Report, dateline.CodeOutOfRange, dateline.Error), "%v", ms[0].Problems)
		})
	}
}

// TestMisspeltWeekdayLang: a weekday misspelt by a letter is its
// language's, as its right spelling is, in what the dateline's other
// words may be: "SudAY  DeZ 1 A 1Am " read its "A" as a Romance "at"
// before the time, where "Sunday  DeZ 1 A 1Am " refused it, as an English
// weekday with no such word (FuzzLayoutOf found it; the input is in its
// seed corpus). Each pair reads alike, or is refused alike; hd:
// 2024-03-03 is 23 Adar I 5784, 2024-03-02 22 Adar I 5784.
func TestMisspeltWeekdayLang(t *testing.T) {
	for _, tc := range []struct {
		right, misspelt string
		ok              bool
	}{
		{"Sunday  DeZ 1 A 1Am ", "SudAY  DeZ 1 A 1Am ", false},
		{"Sunday Dez 1 A 1 am", "Sundy Dez 1 A 1 am", false},
		// Near misses: each reads.
		{"Sunday, March 3, 2024", "Sundya, March 3, 2024", true},
		{"sabato 2 marzo 2024", "saato 2 marzo 2024", true},
	} {
		t.Run(tc.misspelt, func(t *testing.T) {
			right := dateline.Check(tc.right, dateline.Reference(refDay))
			misspelt := dateline.Check(tc.misspelt, dateline.Reference(refDay))
			assert.Equal(t, tc.ok, right.OK(), "%v", right.Problems)
			assert.Equal(t, tc.ok, misspelt.OK(), "%v", misspelt.Problems)
			_, errRight := dateline.LayoutOf(tc.right)
			_, errMisspelt := dateline.LayoutOf(tc.misspelt)
			assert.Equal(t, errRight == nil, errMisspelt == nil, "%v / %v", errRight, errMisspelt)
			if tc.ok {
				assert.Equal(t, right.Dateline.Hebrew, misspelt.Dateline.Hebrew)
			}
		})
	}
}

var refDay = time.Date(2024, time.March, 1, 12, 0, 0, 0, time.UTC)

// TestForeignWeekdayNamed: a weekday's abbreviation that the date's own
// language writes for no weekday ("do." beside a Portuguese month, German's
// and Dutch's Thursday, Spanish's Sunday) is still refused where it is
// not the day's weekday, and the message says that it was read in another
// language than the date's: it said "January 7, 2024 is a Sunday, not a
// Thursday" as if the date's language had written it (a review's
// finding). A weekday of the date's language, an English one, or one the
// date's language writes too, has the plain message. hd: 2024-01-07 is
// 26 Tevet 5784.
func TestForeignWeekdayNamed(t *testing.T) {
	for _, tc := range []struct {
		in      string
		foreign bool
	}{
		{"do. 7 de janeiro de 2024", true},
		{"Mo. 7 de janeiro de 2024", true},
		{"lun. 7 de janeiro de 2024", true},
		// Near misses.
		{"seg. 7 de janeiro de 2024", false},
		{"Monday, 7 janvier 2024", false},
		{"Do. 7. Januar 2024", false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			r := dateline.Check(tc.in)
			require.True(t, hasProblem(r, dateline.CodeWeekday, dateline.Error), "%v", r.Problems)
			assert.Equal(t, "26 Tevet 5784", r.Dateline.Hebrew.String())
			for _, p := range r.Problems {
				if p.Code == dateline.CodeWeekday {
					assert.Equal(t, tc.foreign, strings.Contains(p.Message, "the date is written in"), p.Message)
				}
			}
		})
	}
	// The date's own weekday, in its language or in Spanish's do., reads.
	for _, in := range []string{"dom. 7 de janeiro de 2024", "do. 7 de enero de 2024"} {
		assert.True(t, dateline.Check(in).OK(), in)
	}
}
