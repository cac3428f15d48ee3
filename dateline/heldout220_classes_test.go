package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout220GermanOccasionSpellings: the days as German community
// and school calendars spell them beside hebcal's German names (Schmini
// Azeret, Sukkot VII (Hoschana Raba), Zom Gedalia, Tu biSchwat, Rosch
// haSchana): Schemini with its e and Atzeret with its tz, Hoschana Raba
// alone, the fasts with German's word for a fast. "24.10.2024 Schemini
// Azeret (Yizkor)" (jg-badnauheim.de, the 220th held-out round) was read
// as its date without its occasion, and "Schemini Azeret und Simchat
// Tora, 24. und 25. Oktober 2024" from Simchat Tora, a day late. A day
// the name does not fall on is still an error, and the first word alone
// names no day.
func TestHeldout220GermanOccasionSpellings(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"24.10.2024 Schemini Azeret", "2024-10-24", "22 Tishrei 5785"},
		{"Schemini Azeret und Simchat Tora, 24. und 25. Oktober 2024", "2024-10-24", "22 Tishrei 5785"},
		{"Schemini Atzeret 2021", "2021-09-28", "22 Tishrei 5782"},
		{"Schmini Atzeret, 28.09.2021", "2021-09-28", "22 Tishrei 5782"},
		{"Erew Schemini Azeret 2024", "2024-10-23", "21 Tishrei 5785"},
		{"23.10.2024 Hoschana Raba", "2024-10-23", "21 Tishrei 5785"},
		{"Hoschana Rabba 5785", "2024-10-23", "21 Tishrei 5785"},
		{"13.03.2025 Fasten Esther", "2025-03-13", "13 Adar 5785"},
		{"Fasten Gedalja 5785", "2024-10-06", "4 Tishrei 5785"},
		{"Fasten Gedalia 2024", "2024-10-06", "4 Tishrei 5785"},
		{"Zom Gedalja 5785", "2024-10-06", "4 Tishrei 5785"},
		{"Tu Bischevat 2025", "2025-02-13", "15 Shevat 5785"},
		{"Tu biSchewat 5785", "2025-02-13", "15 Shevat 5785"},
		{"Rosch Haschanah 5785", "2024-10-03", "1 Tishrei 5785"},
	})
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Feiertage\n24.10.2024 Schemini Azeret (Yizkor)\nGedenktage", "2024-10-24", "22 Tishrei 5785"},
	})
	rep := dateline.Check("Schemini Azeret, 25. Oktober 2024", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeOccasion, rep.Problems[0].Code)
	checkUnread(t, heldoutRef, "Schemini 2024", "Fasten 2024", "Hoschana 5785")
}

// TestHeldout220EveningAfterRangeStart: German's evening word after the
// first day of a range of days in words without its year ("abends", "am
// Abend" before "bis"), as numeric ranges have it ("24.9. abends bis
// 25.9.2023"): "Von 9. Oktober Abends bis Sonntagabend 16. Oktober."
// (judentum.online, the 220th held-out round) was no range without its
// year, which only the range of full dates read. The evening is the
// first day's: its Hebrew date is the next day's from sunset, and a
// Hebrew date of the civil day is warned of, as before. An end that is
// no later day, or no day, leaves the text unread.
func TestHeldout220EveningAfterRangeStart(t *testing.T) {
	checkWholeInferred(t, heldoutRef, "vom 9. Oktober abends bis 16. Oktober", "2026-10-09")
	checkWholeInferred(t, heldoutRef, "Von 9. Oktober Abends bis 16. Oktober", "2026-10-09")
	checkWholeInferred(t, heldoutRef, "vom 24. September am Abend bis 25. September", "2026-09-24")
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"vom 9. Oktober abends bis 16. Oktober 2022", "2022-10-09", "15 Tishrei 5783"},
		{"vom 9. Oktober abends bis 16. Oktober 2022 (15. Tischri 5783)", "2022-10-09", "15 Tishrei 5783"},
		{"vom 24. September am Abend bis 25. September 2023", "2023-09-24", "10 Tishrei 5784"},
	})
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Sukkot dauert vom 9. Oktober abends bis 16. Oktober 2022.", "2022-10-09", "15 Tishrei 5783"},
	})
	rep := dateline.Check("vom 9. Oktober abends bis 16. Oktober 2022 (14. Tischri 5783)", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeAfterSunset, rep.Problems[0].Code)
	checkUnread(t, heldoutRef,
		"am 9. Oktober abends bis 10 Uhr",
		"vom 9. Oktober abends bis Montag",
		"9. Oktober abends bis 8. Oktober",
	)
}

// TestHeldout220CommaClockAfterDayMonth: a day and month in digits with
// their points and no year, a comma and a time that says it is one (its
// minutes, or its hour or range of hours before a word for o'clock), as
// German listings give an event's hours: "22. 12.,15–17 Uhr" (taz, the
// 220th held-out round) was no date, where "22.12. um 15 Uhr" was. The
// year is the nearest the reference, with an info; the time is the
// first hour's. Numbers after the comma that are no time, or hours that
// run backwards, leave the text unread: "5.6., 7 Punkte" may be a
// section's number.
func TestHeldout220CommaClockAfterDayMonth(t *testing.T) {
	checkWholeInferred(t, heldoutRef, "22. 12.,15–17 Uhr", "2026-12-22 15:00")
	checkWholeInferred(t, heldoutRef, "22.12., 15–17 Uhr", "2026-12-22 15:00")
	checkWholeInferred(t, heldoutRef, "22.12., 15 Uhr", "2026-12-22 15:00")
	checkWholeInferred(t, heldoutRef, "22.12., 15:30", "2026-12-22 15:30")
	checkWholeInferred(t, heldoutRef, "14.1.,18.30 Uhr", "2027-01-14 18:30")
	checkWholeInferred(t, heldoutRef, "3.12., 19 uur", "2026-12-03 19:00")
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"Chanukka-Fest: Jüdisches Museum Berlin, Glashof, Lindenstraße 9–14, 22. 12.,15–17 Uhr, Eintritt frei", "2026-12-22 15:00"},
	})
	checkUnread(t, heldoutRef,
		"5.6., 7 Punkte",
		"5.6., 7",
		"22.12., 15–17",
		"22.12., 17–15 Uhr",
	)
}
