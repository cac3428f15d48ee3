package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout230HebrewCalendarSaidAfter: a civil date glossed in brackets
// by its Hebrew date, the gloss ending with the words that name the
// Hebrew calendar, with a spaced dash before them or not, as Ukrainian,
// Russian, Belarusian and Bulgarian pages write it, and English alike
// (the row itself, with "або ж", is TestHeldout230OrBetweenCalendars'):
// "9 грудня 2007 року (або ж 29 кіслева 5768 року – за єврейським
// календарем)" (pslava.info, incoming line 3022) stopped at "за", the
// text unread. The words add nothing to the date; a Hebrew date that is
// not the civil day's is still said, and the words before a civil date
// alone, or after a Hebrew date alone, are not read so.
func TestHeldout230HebrewCalendarSaidAfter(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"9 грудня 2007 року (29 кіслева 5768 року за єврейським календарем)", "2007-12-09", "29 Kislev 5768"},
		{"9 сентября 2018 г. (29 элула 5778 года по еврейскому календарю)", "2018-09-09", "29 Elul 5778"},
		{"2 март 2024 г. (22 адар I 5784 г. по еврейския календар)", "2024-03-02", "22 Adar I 5784"},
		{"2 сакавіка 2024 г. (22 адара I 5784 г. па яўрэйскім календары)", "2024-03-02", "22 Adar I 5784"},
		{"May 8, 2012 (16 Iyyar 5772 according to the Jewish calendar)", "2012-05-08", "16 Iyyar 5772"},
		{"9 грудня 2007 року (29 кіслева 5768 року за єврейським календарем) о 16.15", "2007-12-09", "29 Kislev 5768"},
	})
	// A Hebrew date that is not the civil day's: the words do not hide it.
	rep := dateline.Check("9 грудня 2007 року (27 кіслева 5768 року за єврейським календарем)", heldoutRef)
	assert.False(t, rep.OK(), "%v", rep.Problems)
	// After a civil date alone, or outside the gloss's brackets, the
	// words end no gloss.
	checkUnread(t, heldoutRef,
		"9 грудня 2007 року за єврейським календарем",
		"(9 грудня 2007 року за єврейським календарем)",
		"9 грудня 2007 року, 29 кіслева 5768 року за єврейським календарем",
	)
}

// TestHeldout230OrBetweenCalendars: the East Slavic and Bulgarian words
// for "or" and "that is" between a civil date and its Hebrew date, as
// "ou", "o" and "cioè" link them: Ukrainian's and Belarusian's "або" and
// "або ж", Belarusian's "альбо", Russian's and Bulgarian's "или",
// Ukrainian's "тобто", Russian's "то есть", Bulgarian's "тоест": "9
// грудня 2007 року (або ж 29 кіслева 5768 року – за єврейським
// календарем)" (pslava.info, incoming line 3022) stopped at "або". Two
// dates that disagree are still said; two dates of one calendar joined
// by "or" are two days to choose from, and stay unread.
func TestHeldout230OrBetweenCalendars(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"9 грудня 2007 року (або ж 29 кіслева 5768 року – за єврейським календарем)", "2007-12-09", "29 Kislev 5768"},
		{"9 грудня 2007 року або 29 кіслева 5768 року", "2007-12-09", "29 Kislev 5768"},
		{"29 кіслева 5768 року або 9 грудня 2007 року", "2007-12-09", "29 Kislev 5768"},
		{"9 декабря 2007 года (или 29 кислева 5768 года)", "2007-12-09", "29 Kislev 5768"},
		{"2 март 2024 г., или 22 адар I 5784 г.", "2024-03-02", "22 Adar I 5784"},
		{"2 сакавіка 2024 г. альбо 22 адара I 5784 г.", "2024-03-02", "22 Adar I 5784"},
		{"9 грудня 2007 року, тобто 29 кіслева 5768 року", "2007-12-09", "29 Kislev 5768"},
		{"9 декабря 2007 года, то есть 29 кислева 5768 года", "2007-12-09", "29 Kislev 5768"},
	})
	rep := dateline.Check("9 грудня 2007 року або ж 28 кіслева 5768 року", heldoutRef)
	if assert.NotEmpty(t, rep.Problems) {
		assert.Equal(t, dateline.CodeCalendar, rep.Problems[0].Code)
	}
	checkUnread(t, heldoutRef,
		"2 березня 2024 або 3 березня 2024",
		"2 березня або 3 березня 2024",
		"22 адар I 5784 г. или 22 адар II 5784 г.",
	)
}

// TestHeldout230BelarusianOrdinalDay: Belarusian's ordinal ending "-га"
// after a day in digits, as Russian's and Ukrainian's "-го" and
// Bulgarian's "-ти" are read: "на 2-га сакавіка" (tvr.by, incoming line
// 3027) was no date. Without its year the day is read in the year the
// reference gives, with the info that says so (the row's page was of
// 2017). A longer ending, or the ending alone, is not read.
func TestHeldout230BelarusianOrdinalDay(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"2-га сакавіка 2017", "2017-03-02"},
		{"21-га кастрычніка 2023 г.", "2023-10-21"},
		{"субота, 2-га сакавіка 2024 г.", "2024-03-02"},
		{"з 7-га па 15-га снежня 2023", "2023-12-07"},
	})
	ref2017 := dateline.Reference(time.Date(2017, time.January, 27, 0, 0, 0, 0, time.UTC))
	checkWholeInferred(t, ref2017, "2-га сакавіка", "2017-03-02")
	checkUnread(t, heldoutRef, "2-га", "2-гаа сакавіка 2017", "2-га 2017")
}
