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

// TestHeldout248EveningNounFind: the evening in the nominative opening a
// line or sentence before a date or its weekday in the genitive,
// "Вечер пятницы, 27 января 2017 года" (Friday's evening, seen probing the
// two hundred and forty-eighth held-out round's "Увечері в п’ятницю"),
// "Вечір п’ятниці", "Вечер 27 января". Check read the evening, its Hebrew
// date the next day's; Find left the word out of its match and read the
// civil day's Hebrew date, a day early, with nothing said. After other
// words, an event's evening ("Литературный вечер") or a greeting, Find
// reads the date alone as before.
func TestHeldout248EveningNounFind(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Вечер пятницы, 27 января 2017 года", "Вечер пятницы, 27 января 2017 года", "2017-01-27", "1 Shevat 5777"},
		{"Вечір п’ятниці, 27 січня 2017 року", "Вечір п’ятниці, 27 січня 2017 року", "2017-01-27", "1 Shevat 5777"},
		{"Вечер 27 января 2017 года", "Вечер 27 января 2017 года", "2017-01-27", "1 Shevat 5777"},
		{"Вечар пятніцы, 27 студзеня 2017 года", "Вечар пятніцы, 27 студзеня 2017 года", "2017-01-27", "1 Shevat 5777"},
		{"Анонс. Вечер пятницы, 27 января 2017 года, в синагоге", "Вечер пятницы, 27 января 2017 года", "2017-01-27", "1 Shevat 5777"},
		{"(вечер 27 января 2017 года)", "вечер 27 января 2017 года", "2017-01-27", "1 Shevat 5777"},
		{"Литературный вечер 27 января 2017 года", "27 января 2017 года", "2017-01-27", "29 Tevet 5777"},
		{"Добрый вечер 27 января 2017 года", "27 января 2017 года", "2017-01-27", "29 Tevet 5777"},
	})
	// Check reads them so, as before.
	for _, text := range []string{"Вечер пятницы, 27 января 2017 года", "Вечір п’ятниці, 27 січня 2017 року", "Вечер 27 января 2017 года"} {
		rep := dateline.Check(text, heldoutRef)
		assert.True(t, rep.OK(), "%v", rep.Problems)
		assert.Equal(t, "1 Shevat 5777", rep.Dateline.Hebrew.String(), text)
	}
	// A wrong weekday after the evening is still said.
	ms := dateline.Find("Вечер среды, 27 января 2017 года", heldoutRef)
	if assert.Len(t, ms, 1) {
		assert.Contains(t, severityCodes(ms[0], dateline.Error), dateline.CodeWeekday)
	}
}
