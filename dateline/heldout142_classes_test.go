package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout142HebrewCalendarNamed: the words that name the Hebrew
// calendar after a Hebrew date, before the civil date of the same day, as
// Russian, Ukrainian, Serbian and Croatian pages write them. The round's
// row from holyscripture.ru names the civil date's calendar in its
// bracket, "29 Элула (9 сентября 2018 г. по Григорианскому календарю, в
// Москве в 19:15)", and was read right; its mirror, seen beside it, was
// not: "29 элула 5778 года по еврейскому календарю (9 сентября 2018 г.)"
// (by the Jewish calendar) was two datelines, each read alone, so that a
// civil date a day off was unsaid. The words now link the two dates, in a
// bracket or after a comma, and after a year's point as Serbian and
// Croatian write it; English's "according to the Hebrew calendar" links
// them in this order too.
func TestHeldout142HebrewCalendarNamed(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"29 элула 5778 года по еврейскому календарю (9 сентября 2018 г.)", "2018-09-09", "29 Elul 5778"},
		{"15 нисана 5784 года по еврейскому календарю, 23 апреля 2024 года", "2024-04-23", "15 Nisan 5784"},
		{"15 нисана 5784 года по иудейскому календарю (23 апреля 2024 года)", "2024-04-23", "15 Nisan 5784"},
		{"15 нісана 5784 року за єврейським календарем (23 квітня 2024 року)", "2024-04-23", "15 Nisan 5784"},
		{"15. nisana 5784. po jevrejskom kalendaru (23. aprila 2024.)", "2024-04-23", "15 Nisan 5784"},
		{"15. нисана 5784. по јеврејском календару (23. април 2024.)", "2024-04-23", "15 Nisan 5784"},
		{"15. nisana 5784. po židovskom kalendaru (23. travnja 2024.)", "2024-04-23", "15 Nisan 5784"},
		{"1 Tishrei 5780 according to the Hebrew calendar (September 30, 2019)", "2019-09-30", "1 Tishrei 5780"},
		{"1 Tishrei 5780 on the Jewish calendar, September 30, 2019", "2019-09-30", "1 Tishrei 5780"},
		// The other order, civil date first, as before and in Russian.
		{"September 29, 2019, and on the Hebrew calendar day 1 Tishrei 5780", "2019-09-29", "1 Tishrei 5780"},
		{"23 апреля 2024 года, по еврейскому календарю 15 нисана 5784 года", "2024-04-23", "15 Nisan 5784"},
		// The round's row.
		{"29 Элула (9 сентября 2018 г. по Григорианскому календарю, в Москве в 19:15)", "2018-09-09", "29 Elul 5778"},
	})
	// One dateline now: a civil date a day off is said.
	for _, text := range []string{
		"29 элула 5778 года по еврейскому календарю (10 сентября 2018 г.)",
		"15 нісана 5784 року за єврейським календарем (24 квітня 2024 року)",
		"15. nisana 5784. po jevrejskom kalendaru (24. aprila 2024.)",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Equal(t, []dateline.Code{dateline.CodeCalendar}, severityCodes(m, dateline.Error))
		})
	}
	// Without a civil date after them the words are prose: the Hebrew
	// date alone, or nothing.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"15 нисана 5784 года по еврейскому календарю, в понедельник", "2024-04-23"},
		{"29 элула 5778 года по еврейскому календарю", "2018-09-09"},
		{"5784 год по еврейскому календарю", ""},
		{"по еврейскому календарю", ""},
	})
}
