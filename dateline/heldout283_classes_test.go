package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout283HyphenedClock: a time of day of the 24-hour clock whose
// minutes a hyphen parts from the hour, after Russian's and Ukrainian's
// word for "at" ("в", "о"), as community pages type the colon: "В
// понедельник 25 июня в 18-30 пройдет фарбренген" (a Kostroma Jewish
// community's blog, the 283rd held-out round) was read as the day without
// its time. Only minutes that no range of hours ends with are read (00 to
// 09, 25 to 59): "в 10-12 часов" stays a span of hours from 10, "в
// 10-15" is left unread as before, and ages ("в 18-30 лет") and a range
// of days ("с 18-30 июня") are no time.
func TestHeldout283HyphenedClock(t *testing.T) {
	checkWholeTimes(t, heldoutRef, []struct{ text, want string }{
		{"25 июня 2018 в 18-30", "2018-06-25 18:30"},
		{"25 июня 2018 года в 19-00", "2018-06-25 19:00"},
		{"понедельник, 25 июня 2018, в 18-05", "2018-06-25 18:05"},
		{"12 грудня 2023 о 17-00", "2023-12-12 17:00"},
		{"12 грудня 2023 року о 16-45", "2023-12-12 16:45"},
	})
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"В понедельник 25 июня 2018 в 18-30 пройдет фарбренген", "2018-06-25 18:30"},
		{"Во вторник, 12 декабря 2023 года, в 17-00 зажжем ханукию", "2023-12-12 17:00"},
	})
	// Minutes a range of hours may end with, and hours, stay as before.
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"25 июня 2018 в 10-12 часов", "2018-06-25 10:00"},
	})
	rep := dateline.Check("25 июня 2018 в 10-15", heldoutRef)
	assert.False(t, rep.Dateline.HasTime)
	checkUnread(t, heldoutRef, "25 июня 2018 в 18-30 лет", "25 июня 2018 в 25-30")
	// Without the word for "at", or without a date before it, no time.
	checkUnread(t, heldoutRef, "25 июня 2018 18-30")
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"с 18-30 июня 2018 года", "2018-06-18"},
	})
}
