package dateline_test

import (
	"testing"
	"time"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout262LightsVerbAfterDay: a year-less day and month, of a month
// English has not, before a Russian, Ukrainian or Belarusian verb for
// lighting (eastSlavicLightsVerbs), as news of a menorah's lighting puts
// the day first and the lighting after it: "12 декабря зажгут главную
// хануку города" (on 12 December the city's main hanukkiah will be lit;
// mogilev.news, the two-hundred-and-sixty-second held-out round, incoming
// line 3313) was no date, such a month without its year being taken in
// free text only with a word that says its numbers are a day. The verb
// says so, as a verb for "falls" does (TestHeldout209FallsVerbAfterDay);
// the year is the nearest fitting one, and the page's where the page's
// year is the reference. A noun of the verb's stem, a verb after a comma
// and the date alone stay unread, as does a number without a month.
func TestHeldout262LightsVerbAfterDay(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"12 декабря зажгут главную хануку города", "12 декабря", "2026-12-12", "2 Tevet 5787"},
		{"10 декабря зажгли первую свечу", "10 декабря", "2026-12-10", "30 Kislev 5787"},
		{"Сегодня, 23 декабря зажгли вторую свечу", "23 декабря", "2026-12-23", "13 Tevet 5787"},
		{"12 грудня запалять ханукію", "12 грудня", "2026-12-12", "2 Tevet 5787"},
		{"12 снежня запалілі свечкі", "12 снежня", "2026-12-12", "2 Tevet 5787"},
	})
	// The page's year as the reference: Mogilev's 2023.
	page := dateline.Reference(time.Date(2023, time.July, 1, 0, 0, 0, 0, time.UTC))
	checkDayHebs(t, page, []struct{ text, day, heb string }{
		{"12 декабря зажгут главную хануку города", "2023-12-12", "29 Kislev 5784"},
	})
	// A year of its own, as before.
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"12 декабря 2023 года зажгут главную хануку", "2023-12-12", "29 Kislev 5784"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"12 декабря зажигалки", ""}, // lighters, a noun
		{"12 декабря, зажгут", ""},
		{"12 декабря", ""},
		{"12 зажгут свечи", ""},
	})
}
