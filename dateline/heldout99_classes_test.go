package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout99GreekGenitiveWeekday: Greek's weekday in the genitive, as
// a time of the day before it writes it: "μεσημέρι Κυριακής 9
// Δεκεμβρίου" (the midday of Sunday 9 December; the Jewish Community of
// Larissa's Hanukkah event, the ninety-ninth held-out round). The
// genitive was not a weekday: with a year the date was read without its
// weekday, so a wrong one went unsaid, and without a year, which only the
// weekday settles, nothing was read. The nominative reads as before.
func TestHeldout99GreekGenitiveWeekday(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"μεσημέρι Κυριακής 9 Δεκεμβρίου", "2018-12-09"},
		{"Κυριακής 9 Δεκεμβρίου 2018", "2018-12-09"},
		{"το πρωί της Τρίτης 10 Δεκεμβρίου 2019", "2019-12-10"},
		{"το απόγευμα του Σαββάτου 14 Δεκεμβρίου 2019", "2019-12-14"},
		{"το βράδυ της Τετάρτης 25 Δεκεμβρίου 2024", "2024-12-25"},
		{"Πέμπτης 2 Ιανουαρίου 2025", "2025-01-02"},
		{"Παρασκευής 3 Ιανουαρίου 2025", "2025-01-03"},
		{"Δευτέρας 6 Ιανουαρίου 2025", "2025-01-06"},
		// The nominative, as before.
		{"Κυριακή 9 Δεκεμβρίου 2018", "2018-12-09"},
		{"Τρίτη 10 Δεκεμβρίου 2019", "2019-12-10"},
	})
	// A genitive weekday that is not the date's is said.
	m := oneMatch(t, "Δευτέρας 9 Δεκεμβρίου 2018", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// A weekday alone is no date.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Κυριακής", ""},
		{"το πρωί της Τρίτης", ""},
	})
}

// TestHeldout99DoubledHanukkah: Hanukkah with both letters doubled, as
// Italian pages write it: "Il 24 dicembre inizia Hannukkah, la festa
// delle luci" (Blasting News Italia, 2016, the ninety-ninth held-out
// round) was not read at all; "Hannukkah" and "Hannukka" now name
// Chanukah, so a year-less date before it takes the year of the
// occasion's eve, and the Hebrew date is the occasion's, from sunset.
// Other spellings keep their day.
func TestHeldout99DoubledHanukkah(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Il 24 dicembre inizia Hannukkah, la festa delle luci.", "2016-12-24", "25 Kislev 5777"},
		{"Hannukkah 2016", "2016-12-25", "25 Kislev 5777"},
		{"Hannukka 5785", "2024-12-26", "25 Kislev 5785"},
		{"Hannukkah 5786", "2025-12-15", "25 Kislev 5786"},
		{"Hanukkah 2016", "2016-12-25", "25 Kislev 5777"},
		{"Chanukkah 2016", "2016-12-25", "25 Kislev 5777"},
	})
	// A date beside another day's name stays the date's, and is said.
	m := oneMatch(t, "Hannukkah, 1 novembre 2016", heldoutRef)
	assert.Equal(t, "2016-11-01", m.Dateline.Time.Format("2006-01-02"))
	assert.False(t, m.OK())
}

// TestHeldout99SlavicDuskOn: a range's end said as the dusk of a weekday
// with its "on", as Polish writes it: "od wieczora we wtorek 8
// października do zmierzchu w środę 9 października" (from the evening on
// Tuesday 8 October to dusk on Wednesday 9 October; Dzień Dobry TVN, the
// ninety-ninth held-out round) was read as its end alone, 9 October,
// with nothing said: the range's first day lost. "zmierzchu" (dusk)
// joined no range, and after the words for evening, night and dusk the
// "on" before a weekday ("w środę", Czech's "v úterý") was not skipped.
// The year the text does not name is still the reference's nearest
// (8 October was a Tuesday in 2019 and 2024).
func TestHeldout99SlavicDuskOn(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"W tym roku było obchodzone od wieczora we wtorek 8 października do zmierzchu w środę 9 października.", "2024-10-08"},
		{"od wieczora we wtorek 8 października do zmierzchu w środę 9 października 2019", "2019-10-08"},
		{"od wtorku 8 października do zmierzchu w środę 9 października 2019", "2019-10-08"},
		{"od wieczora 8 października do zmierzchu 9 października 2019", "2019-10-08"},
		{"od wieczora w poniedziałek 7 października 2019", "2019-10-07"},
		{"od večera v pondělí 7. října do soumraku v úterý 8. října 2019", "2019-10-07"},
		{"od wieczora 29 września do nocy 1 października 2019", "2019-09-29"},
	})
	// A place after "w" is no weekday: the date after it is read alone.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"do wieczora w Krakowie 9 października 2019", "2019-10-09"},
		{"do zmierzchu", ""},
		{"Od zmierzchu do świtu", ""},
	})
}
