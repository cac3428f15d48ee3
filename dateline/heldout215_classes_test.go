package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// heldout215Ref is a reference in the middle of 2024, whose year-less
// December days are 2024's.
var heldout215Ref = dateline.Reference(time.Date(2024, time.July, 1, 0, 0, 0, 0, time.UTC))

// TestHeldout215AmongJewsBeforeVerb: the Slavic words for "among the
// Jews" between a civil date and the verb of an occasion's start, "у
// иудеев началась Ханука": "Сегодня, 12 декабря, у иудеев началась
// Ханука." (strana.today, the 215th held-out round) was the date alone,
// its Chanukah and evening unsaid, and with another year's reference
// the sentence's Chanukah only warned. The occasion begins on the date's
// evening, as without the words; a wrong day is the occasion's error;
// the words before another verb, or before no occasion, stay prose.
func TestHeldout215AmongJewsBeforeVerb(t *testing.T) {
	ref2017 := dateline.Reference(time.Date(2017, time.July, 1, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref2017, []struct{ text, match, day, heb string }{
		{"Сегодня, 12 декабря, у иудеев началась Ханука.", "12 декабря, у иудеев началась Ханука", "2017-12-12", "25 Kislev 5778"},
		{"12 декабря у евреев начинается Ханука", "12 декабря у евреев начинается Ханука", "2017-12-12", "25 Kislev 5778"},
		{"Сьогодні, 12 грудня, у євреїв почалася Ханука.", "12 грудня, у євреїв почалася Ханука", "2017-12-12", "25 Kislev 5778"},
		{"12 grudnia u Żydów zaczyna się Chanuka", "12 grudnia u Żydów zaczyna się Chanuka", "2017-12-12", "25 Kislev 5778"},
	})
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"12 декабря 2017 года у иудеев началась Ханука", "2017-12-12", "25 Kislev 5778"},
		{"22 квітня 2024 року в євреїв починається Песах", "2024-04-22", "15 Nisan 5784"},
	})
	// A day not the occasion's eve is its error, not another reading.
	rep := dateline.Check("13 декабря 2017 года у иудеев началась Ханука", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeOccasion)
	checkDayOrNone(t, ref2017, []struct{ text, day string }{
		{"12 декабря у иудеев был обычный день", ""},
		{"12 декабря у иудеев началась суббота", ""},
	})
}

// TestHeldout215SlavicBeginCelebrating: after a date and the people who
// keep it, a Slavic verb of beginning with the noun or infinitive of
// celebrating and the occasion, "иудеи во всем мире начинают празднование
// Хануки", as Spanish's "comenzarán a celebrar Sucot": "Сегодня, 25
// декабря, иудеи во всем мире начинают празднование Хануки"
// (odessa.online, the 215th held-out round) was the date alone, read
// with a warning that the sentence's Chanukah was not on it. The
// occasion begins on the date's evening; a wrong day is the occasion's
// error; the words before no occasion of the calendar stay prose.
func TestHeldout215SlavicBeginCelebrating(t *testing.T) {
	checkMatches(t, heldout215Ref, []struct{ text, match, day, heb string }{
		{"Сегодня, 25 декабря, иудеи во всем мире начинают празднование Хануки", "25 декабря, иудеи во всем мире начинают празднование Хануки", "2024-12-25", "25 Kislev 5785"},
		{"25 декабря евреи начнут праздновать Хануку", "25 декабря евреи начнут праздновать Хануку", "2024-12-25", "25 Kislev 5785"},
		{"25 грудня євреї починають святкування Хануки", "25 грудня євреї починають святкування Хануки", "2024-12-25", "25 Kislev 5785"},
		{"22 kwietnia Żydzi rozpoczynają obchody Pesach", "22 kwietnia Żydzi rozpoczynają obchody Pesach", "2024-04-22", "15 Nisan 5784"},
	})
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"22 апреля 2024 года иудеи начинают празднование Песаха", "2024-04-22", "15 Nisan 5784"},
		{"25 декабря 2024 года иудеи во всем мире начинают празднование Хануки", "2024-12-25", "25 Kislev 5785"},
	})
	rep := dateline.Check("26 декабря 2024 года иудеи начинают празднование Хануки", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeOccasion)
	checkDayOrNone(t, heldout215Ref, []struct{ text, day string }{
		{"25 декабря студенты начинают празднование Нового года", ""},
		{"25 декабря мы начинаем празднование", ""},
	})
}

// TestHeldout215BracketedNumericRepeat: a date in words and the same
// date in digits in a bracket after it, "4 марта 2015 (04/03/2015)", as a
// calendar page prints a day twice: "Пурим 2015 начался вечером среда 4
// марта 2015 (04/03/2015)" (calendarz.com, the 215th held-out round) was
// two datelines, the bracket's read month first as 3 April with a
// warning. The date in words settles the order of the one in digits, as
// after a comma ("20/9/2001, 20 settembre 2001"); a bracket that names
// another day, or no year, is read as before.
func TestHeldout215BracketedNumericRepeat(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Пурим 2015 начался вечером среда 4 марта 2015 (04/03/2015)", "2015-03-04", "14 Adar 5775"},
		{"4 марта 2015 (04/03/2015)", "2015-03-04", "13 Adar 5775"},
		{"March 4, 2015 (03/04/2015)", "2015-03-04", "13 Adar 5775"},
		{"4 mars 2015 (04/03/2015)", "2015-03-04", "13 Adar 5775"},
		{"4. März 2015 (4.3.2015)", "2015-03-04", "13 Adar 5775"},
		{"Wednesday, March 4, 2015 (3/4/2015)", "2015-03-04", "13 Adar 5775"},
		{"04/03/2015 (4 марта 2015)", "2015-03-04", "13 Adar 5775"},
	})
	for _, text := range []string{"4 марта 2015 (04/03/2015)", "March 4, 2015 (03/04/2015)"} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, heldoutRef)
			require.NoError(t, rep.Err())
			assert.Empty(t, rep.Problems)
		})
	}
	// Another day in the bracket is no repeat: two datelines, as before.
	for _, text := range []string{"4 марта 2015 (05/03/2015)", "March 4, 2015 (04/05/2015)"} {
		t.Run(text, func(t *testing.T) {
			assert.Len(t, dateline.Find(text, heldoutRef), 2)
		})
	}
	checkUnread(t, heldoutRef, "4 марта 2015 (05/03/2015)")
}

// TestHeldout215TakesPlaceLead: a Russian or Ukrainian verb of taking
// place right before a year-less day and month puts a day of the month
// there, as a preposition does ("на 10 марта"): "Мероприятия,
// приуроченные к этому еврейскому празднику, пройдут 4 марта в областной
// филармонии." (misanec.ru, the 215th held-out round) was no date. The
// year is the nearest fitting one, said as inferred, or the sentence's;
// the verb before a nominative month, or before a number that is no day
// of a month, stays prose.
func TestHeldout215TakesPlaceLead(t *testing.T) {
	ref2015 := dateline.Reference(time.Date(2015, time.January, 15, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref2015, []struct{ text, match, day, heb string }{
		{"Мероприятия, приуроченные к этому еврейскому празднику, пройдут 4 марта в областной филармонии.", "4 марта", "2015-03-04", "13 Adar 5775"},
		{"Лекция состоится 27 марта в МЕОЦе.", "27 марта", "2015-03-27", "7 Nisan 5775"},
		{"Вистава відбудеться 12 травня у театрі.", "12 травня", "2015-05-12", "23 Iyyar 5775"},
	})
	m := oneMatch(t, "Концерт прошёл 5 мая.", ref2015)
	assert.Contains(t, reportCodes(m.Report, dateline.Info), dateline.CodeYearInferred)
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"В 2019 году концерт состоится 4 марта.", "2019-03-04"},
		{"Лекция состоится 27 март", ""},
		{"Встреча состоится 27 участников", ""},
	})
}
