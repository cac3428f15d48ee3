package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout151LatinLookalikeInCyrillic: a Cyrillic month or weekday
// with a Latin letter that looks like its own, as a keyboard switched
// mid-word leaves it: "ПЯТНИЦА 18 CЕНТЯБРЯ" (its C is U+0043; Fair Lawn
// Jewish Center's Rosh Hashanah schedule in Russian, jewishfairlawn.org,
// the 151st held-out round) was no date. A word that mixes the scripts,
// every Latin letter one that a Cyrillic letter looks like, is read as
// the Cyrillic word; a word all Latin, or with a Latin letter no
// Cyrillic one looks like, is not.
func TestHeldout151LatinLookalikeInCyrillic(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"ПЯТНИЦА 18 CЕНТЯБРЯ", "2026-09-18"},
		{"ПЯТНИЦА 18 CЕНТЯБРЯ 2020", "2020-09-18"},
		{"пятница 18 cентября 2020", "2020-09-18"},
		{"18 Cентября 2020", "2020-09-18"},
		{"ПOНЕДЕЛЬНИК, 14 ОKТЯБРЯ 2024", "2024-10-14"}, // Latin O and K
		{"12 квiтня 2025", "2025-04-12"},               // Ukrainian's і typed Latin
		{"5 MAPTА 2024", "2024-03-05"},                 // Latin M, A, P, T before a Cyrillic А
	})
	// The weekday a mixed word names is still checked.
	m := oneMatch(t, "ПЯТНИЦА 19 CЕНТЯБРЯ 2020", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// Words that are no Cyrillic word stay unread.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"18 Cептября 2020", ""}, // no month: Септября
		{"18 CEHTЯБРЯ 2020", "2020-09-18"},
		{"ПЯТНИЦА 18 CЕНТЯБРЯZ", ""},
		{"CЕНТЯБРЬ", ""},
	})
}

// TestHeldout151RelativeThisYearBegins: a relative clause after an
// occasion with the words for "this year" before its verb of beginning:
// "Песах, который в этом году начнется с заходом солнца 22 апреля"
// (Pesach, which this year begins at sunset on 22 April; a.kras.cc, 2016,
// the 151st held-out round) was no date, though "Песах, который
// начнется" and "Песах в этом году начнется" were read. The year-less
// date takes the year of the occasion's eve; a date that is not the
// eve is said.
func TestHeldout151RelativeThisYearBegins(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Песах, который в этом году начнется с заходом солнца 22 апреля", "2024-04-22", "15 Nisan 5784"},
		{"Песах, который в этом году начнется с заходом солнца 22 апреля 2016 года", "2016-04-22", "15 Nisan 5776"},
		{"Ханука, которая в этом году начинается вечером 14 декабря", "2025-12-14", "25 Kislev 5786"},
		{"Песах, що цього року розпочинається увечері 12 квітня", "2025-04-12", "15 Nisan 5785"},
		{"Pesach, which this year begins at sundown on April 12, 2025", "2025-04-12", "15 Nisan 5785"},
	})
	m := oneMatch(t, "Песах, который в этом году начнется с заходом солнца 23 апреля 2016 года", heldoutRef)
	assert.NotEmpty(t, severityCodes(m, dateline.Error))
	// A relative clause with no verb of beginning after "this year" is
	// prose.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Песах, который в этом году мы встретим вместе", ""},
	})
}
