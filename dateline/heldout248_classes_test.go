package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout248EveningOnWeekday: Russian's, Ukrainian's and
// Belarusian's "in the evening" and "on" before a weekday and its date,
// "Увечері в п’ятницю, 27 січня 2017 року, розпочався місяць шват" (Turei
// Zahav, tureizahav.lviv.ua, the two hundred and forty-eighth held-out
// round: on Friday evening, 27 January 2017, the month of Shevat began).
// Find took the words into its match, the day's evening; Check read
// none of the text, its first word being no date. The words are now the
// dateline's, the evening's: its Hebrew date is the next day's, from
// sunset, as Find reads it. A wrong weekday is still an error; without a
// weekday or a day after the words there is still no date.
func TestHeldout248EveningOnWeekday(t *testing.T) {
	for _, tc := range []struct{ text, day, heb string }{
		{"Увечері в п’ятницю, 27 січня 2017 року", "2017-01-27", "1 Shevat 5777"},
		{"ввечері у п'ятницю 27 січня 2017 року", "2017-01-27", "1 Shevat 5777"},
		{"Вечером в пятницу, 27 января 2017 года", "2017-01-27", "1 Shevat 5777"},
		{"Вечером во вторник, 24 января 2017 года", "2017-01-24", "27 Tevet 5777"},
		{"Вечером в пятницу, 27 января 2017 года, в 18:00", "2017-01-27", "1 Shevat 5777"},
		{"Увечары ў пятніцу, 27 студзеня 2017 года", "2017-01-27", "1 Shevat 5777"},
		{"Вечером в среду, 2 октября 2024 года", "2024-10-02", "1 Tishrei 5785"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
		})
	}
	// Find, as before, in a sentence.
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Увечері в п’ятницю, 27 січня 2017 року, розпочався місяць шват.", "Увечері в п’ятницю, 27 січня 2017 року", "2017-01-27", "1 Shevat 5777"},
	})
	// The weekday named is still checked against the day.
	rep := dateline.Check("Вечером в среду, 27 января 2017 года", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	// No weekday after the preposition, no day after the weekday, or no
	// preposition: no date, as before.
	checkUnread(t, heldoutRef, "Вечером в 19:00", "Вечером в пятницу", "Вечером в пятницу в 18:00", "Вечерами в пятницу, 27 января 2017 года")
}
