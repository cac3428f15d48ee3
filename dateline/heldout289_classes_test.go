package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout289ParticipleAtHour: English's participles "starting",
// "beginning" and "commencing" with "at" between them and the hour an
// event begins, after its date, as event pages write it: "On Sunday,
// December 10, 2023, starting at 6:30 PM (GMT)" (OutSavvy's Chanukah
// evening at the Manchester Jewish Museum, seen by the two hundred and
// eighty-ninth held-out round) was read by Find, which took the hour as
// the sentence's, but was a syntax error at "starting" as a whole
// dateline, where "starting 6:30 PM" and "from 6:30 PM" read. Check now
// reads the hour, and its layout writes the words again; "at" after
// another of the words for "from", or before something not an hour,
// is still unread, and the participle before sundown is still the
// evening's.
func TestHeldout289ParticipleAtHour(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"On Sunday, December 10, 2023, starting at 6:30 PM (GMT)", "2023-12-10 18:30"},
		{"December 10, 2023, starting at 6:30 PM", "2023-12-10 18:30"},
		{"Sunday, December 10, 2023, beginning at 7 p.m.", "2023-12-10 19:00"},
		{"Sunday, March 3, 2024, commencing at 10 a.m.", "2024-03-03 10:00"},
		{"10 December 2023, starting at 18:30", "2023-12-10 18:30"},
		{"Thursday 14 March 2024 starting at 7.30pm", "2024-03-14 19:30"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.True(t, rep.Dateline.HasTime)
			assert.Equal(t, tc.want, rep.Dateline.Time.Format("2006-01-02 15:04"))
			// Find reads the same text as the same dateline.
			m := findOneOK(t, tc.text, heldoutRef)
			assert.Equal(t, tc.want, m.Dateline.Time.Format("2006-01-02 15:04"))
		})
	}
	// The layout writes the words again.
	l, err := dateline.LayoutOf("December 10, 2023, starting at 6:30 PM")
	if assert.NoError(t, err) {
		rep := dateline.Check("December 10, 2023, starting at 6:30 PM", heldoutRef)
		assert.Equal(t, "December 10, 2023, starting at 6:30 PM", l.Format(rep.Dateline.Time, rep.Dateline.Hebrew))
	}
	// A weekday that is not the day's is still an error.
	rep := dateline.Check("Monday, December 10, 2023, starting at 6:30 PM", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	// "from at", a participle with "at" before words, and an hour that
	// is none stay unread.
	checkUnread(t, heldoutRef,
		"December 10, 2023, from at 6:30 PM",
		"December 10, 2023, starting at the hall",
		"December 10, 2023, starting at 16:30 PM",
		"December 10, 2023, starting at6:30 PM",
	)
	// Before sundown the participle still says the evening.
	rep = dateline.Check("Purim falls on Wednesday, March 16, 2022, starting at sundown", heldoutRef)
	assert.Equal(t, "2022-03-16", rep.Dateline.Time.Format("2006-01-02"))
	assert.False(t, rep.Dateline.HasTime)
	assert.Contains(t, reportCodes(rep, dateline.Info), dateline.CodeAfterSunset)
}
