package dateline_test

import (
	"testing"
	"time"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout259BeginningHour: an hour right after English's participle
// "beginning", "starting" or "commencing", without "at", after a date, as
// a listing writes when an event begins: "played on Parliament Hill Nov.
// 11, beginning 11:45 a.m. EST, at ourcommons.ca" (The CJN's podcast page
// on Remembrance Day, the 259th held-out round) was the day without its
// hour, where "beginning at 11:45 a.m." had it. The participle before a
// number that is no hour (a count of days, a year) or before "at" and the
// evening stays as it was.
func TestHeldout259BeginningHour(t *testing.T) {
	ref := dateline.Reference(time.Date(2021, time.November, 10, 0, 0, 0, 0, time.UTC))
	checkTimes(t, ref, []struct{ text, want string }{
		{"played on Parliament Hill Nov. 11, beginning 11:45 a.m. EST, at ourcommons.ca", "2021-11-11 11:45"},
		{"Nov. 11, 2021, beginning 11:45 a.m.", "2021-11-11 11:45"},
		{"Sunday, December 12, 2021, starting 5 p.m.", "2021-12-12 17:00"},
		{"Friday, March 16, 2018, commencing 7:30 pm", "2018-03-16 19:30"},
		{"November 28, 2021 beginning 19:00", "2021-11-28 19:00"},
		// With "at", as before.
		{"Nov. 11, 2021, beginning at 11:45 a.m.", "2021-11-11 11:45"},
	})
	checkWholeTimes(t, ref, []struct{ text, want string }{
		{"Nov. 11, 2021, beginning 11:45 a.m. EST", "2021-11-11 11:45"},
		{"Sunday, December 12, 2021, starting 5 p.m.", "2021-12-12 17:00"},
	})
	// A number after the participle that is no hour is not read as one.
	checkFoundUntimed(t, ref,
		"Sunday, December 12, 2021, beginning 8 days of Hanukkah",
		"December 12, 2021, starting 2 weeks of classes",
		"Wednesday, March 16, 2022, starting at sundown",
	)
}
