package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout196Taraskievica: Belarusian's classical spelling
// (taraškievica), which marks a soft с before a soft н and ц before в with
// ь ("сьнежня", "верасьня", "сьнежань", "чацьвер"), and May's Belarusian
// name "траўня" beside CLDR's "мая": "14 сьнежня завяршаецца габрэйскае
// сьвята Ханука." (Radio Svaboda, svaboda.org, the
// hundred-and-ninety-sixth held-out round, incoming line 2782) was no
// date, its month unknown. The names are read as the official ones are,
// a weekday checked against its day; a spelling that is neither stays
// unread.
func TestHeldout196Taraskievica(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"14 сьнежня 2004", "2004-12-14"},
		{"14 сьнежня 2004 г.", "2004-12-14"},
		{"16 верасьня 2004", "2004-09-16"},
		{"у чацьвер, 16 верасьня 2004", "2004-09-16"},
		{"чацьвер, 9 сьнежня 2021", "2021-12-09"},
		{"14 траўня 2004", "2004-05-14"},
		{"пятніца, 14 траўня 2004", "2004-05-14"},
	})
	// A weekday that is not the day's: an error, not a silent day.
	rep := dateline.Check("у чацьвер, 14 сьнежня 2004", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
	// Soft signs where neither spelling writes them.
	checkUnread(t, heldoutRef, "14 сьнежьня 2004", "14 сьнежаня 2004", "14 траўньня 2004")
}

// TestHeldout196CalendarBeforeBegins: the name of the Hebrew calendar
// ("по еврейскому календарю", Ukrainian "за єврейським календарем",
// Belarusian "па габрэйскім календары") between a civil day and the verb
// that says an occasion begins: "12 декабря по еврейскому календарю
// начинается замечательный праздник Ханука" (Kommersant, kommersant.ru,
// the hundred-and-ninety-sixth held-out round, incoming line 2779) was
// not found. The day stays the civil one and its evening the occasion's
// start, as without the phrase; a day that is not the occasion's eve is an
// occasion error, a Julian calendar's name still says the day is Julian,
// and no occasion after the verb reads nothing.
func TestHeldout196CalendarBeforeBegins(t *testing.T) {
	for _, tc := range []struct{ text, day, heb string }{
		{"12 декабря по еврейскому календарю начинается замечательный праздник Ханука", "2017-12-12", "25 Kislev 5778"},
		{"12 декабря по еврейскому календарю начинается Ханука", "2017-12-12", "25 Kislev 5778"},
		{"12 декабря 2017 года по иудейскому календарю начинается праздник Ханука", "2017-12-12", "25 Kislev 5778"},
		{"12 грудня за єврейським календарем починається Ханука", "2017-12-12", "25 Kislev 5778"},
		{"12 снежня па габрэйскім календары пачынаецца Ханука", "2017-12-12", "25 Kislev 5778"},
		{"22 апреля 2024 года по еврейскому календарю начинается Песах", "2024-04-22", "15 Nisan 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			assert.Empty(t, reportCodes(rep, dateline.Error))
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
			ms := dateline.Find("Сообщение: "+tc.text+".", heldoutRef)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format("2006-01-02"))
		})
	}
	// Not the occasion's eve: an error, not a silent day.
	for _, text := range []string{"12 декабря по еврейскому календарю начинается Песах", "10 декабря 2017 года по еврейскому календарю начинается Ханука"} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, heldoutRef)
			assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeOccasion)
		})
	}
	// No occasion after the verb, or no verb: nothing read whole.
	checkUnread(t, heldoutRef, "12 декабря по еврейскому календарю начинается концерт",
		"12 декабря по еврейскому календарю Ханука и концерт")
}

// TestHeldout196WeekdayPoint: a weekday's name closed by a point before
// its date, in a text read whole: "в Субботу. 23-го Февраля в 8:00
// вечера" (Nachalat Zion, orazion.org, the hundred-and-ninety-sixth
// held-out round, incoming line 2778) was no date whole, and its date was
// read without the weekday, in another year. The weekday is now the
// date's, with an ordinal ending or not, in Russian and the languages
// that write it so; one that is not the day's is an error. In free text
// the point still ends a sentence, and after a date it ends the dateline.
func TestHeldout196WeekdayPoint(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"в Субботу. 23-го Февраля 2013 года в 8:00 вечера", "2013-02-23"},
		{"в Субботу. 23-го Февраля в 8:00 вечера", "2019-02-23"},
		{"Суббота. 23 февраля 2013", "2013-02-23"},
		{"Saturday. February 23, 2013", "2013-02-23"},
		{"Sabato. 1° marzo 2014", "2014-03-01"},
		{"Субота. 23 лютого 2013", "2013-02-23"},
	})
	rep := dateline.Check("в Субботу. 24-го Февраля 2013 года", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
	// Free text: the sentence ends at the point; the date after it is
	// read alone, with its own weekday.
	ms := dateline.Find("Встречаемся в субботу. 24 февраля 2013 концерт.", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "24 февраля 2013", "Встречаемся в субботу. 24 февраля 2013 концерт."[ms[0].Start:ms[0].End])
	assert.Empty(t, reportCodes(ms[0].Report, dateline.Error))
	// A point after a date or a time, or a Hebrew date after the point:
	// not the weekday's.
	checkUnread(t, heldoutRef, "Суббота. 12 нисана", "Суббота, 23 февраля. 24 февраля 2013")
}
