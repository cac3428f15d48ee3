package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout237CyrillicZone: Moscow time's abbreviation in Cyrillic
// capitals, МСК, after a story's time, as MSK was read: "19.11.2007
// 18:11 МСК" (Vysota 102, v102.ru, the 237th held-out round) was no date
// to Check, the zone an unknown word. The time is Moscow's, three hours
// east of UTC. Lower case "мск", and the abbreviation before the date
// with no time, stay unread, as "msk" and a zone with no time do.
func TestHeldout237CyrillicZone(t *testing.T) {
	checkWholeTimes(t, heldoutRef, []struct{ text, want string }{
		{"19.11.2007 18:11 МСК", "2007-11-19 18:11"},
		{"19 ноября 2007 18:11 МСК", "2007-11-19 18:11"},
		{"19 ноября 2007, 18:11 (МСК)", "2007-11-19 18:11"},
		{"19 листопада 2007, 18:11 МСК", "2007-11-19 18:11"},
		{"Понедельник, 19 ноября 2007 г. 18:11 МСК", "2007-11-19 18:11"},
		// As before.
		{"19.11.2007 18:11 MSK", "2007-11-19 18:11"},
	})
	for _, text := range []string{"19.11.2007 18:11 МСК", "19.11.2007 18:11 MSK"} {
		rep := dateline.Check(text, heldoutRef)
		_, off := rep.Dateline.Time.Zone()
		assert.Equal(t, 3*3600, off, text)
	}
	checkUnread(t, heldoutRef,
		"19.11.2007 18:11 мск",
		"19.11.2007 18:11 msk",
		"МСК 19.11.2007",
		"19.11.2007 18:11 ЕЕТ")
}

// TestHeldout237DayDeixisWhole: a word for yesterday, today or tomorrow
// set off by a comma, or by a dash spaced on both sides, before a date,
// read by Check as Find reads it (see TestHeldout145DeixisComma):
// "Вчера, 16 сентября" (NGS, ngs.ru, the 237th held-out round) was no
// date to Check, though Find read its date. The word says nothing of the
// year. Without the comma, yesterday stays prose, as in Find; Danish's
// bare "dag" is no word for today.
func TestHeldout237DayDeixisWhole(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Вчера, 16 сентября 2012", "2012-09-16"},
		{"Вчора, 16 вересня 2012 року", "2012-09-16"},
		{"Сегодня – 12 декабря 2017", "2017-12-12"},
		{"Yesterday, September 16, 2012", "2012-09-16"},
		{"Today, 16 September 2012", "2012-09-16"},
		{"Gestern, 16. September 2012", "2012-09-16"},
		{"Hier, 16 septembre 2012", "2012-09-16"},
		{"Завтра, 20 ноября 2007", "2007-11-20"},
	})
	checkWholeInferred(t, heldoutRef, "Вчера, 16 сентября", "2026-09-16")
	checkUnread(t, heldoutRef,
		"Вчера 16 сентября",
		"Yesterday September 16, 2012",
		"dag, 16. september 2012",
		"Today, 3 people came")
}
