package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout176ThatIsLink: the West and South Slavic abbreviations for
// "that is" between a day's two calendars, their points kept: "tj."
// (Croatian, Serbian, Slovene, Czech, Polish), Slovak's "t. j." and
// Czech's "tzn.", and the words Polish "czyli" and Croatian "odnosno"; and
// after them, or Italian's "cioè", a civil range opened by "from" and
// its evening: "Purim je jedan – 14. adara, tj. od večeri 13. do večeri
// 14. ožujka 2025" (Net.hr, the 176th held-out round) was two datelines,
// 14 Adar alone in the year nearest the reference and the civil range
// apart. A Hebrew date before "from the evening of" is the evening's.
func TestHeldout176ThatIsLink(t *testing.T) {
	checkCheckedHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"14. adara, tj. od večeri 13. do večeri 14. ožujka 2025", "2025-03-13", "14 Adar 5785"},
		{"14 Adar 5785, tj. 14. ožujka 2025", "2025-03-14", "14 Adar 5785"},
		{"14 adaru 5785, tzn. 14. března 2025", "2025-03-14", "14 Adar 5785"},
		{"14 adaru 5785, tj. od večera 13. do večera 14. března 2025", "2025-03-13", "14 Adar 5785"},
		{"14 adara 5785, t. j. od večera 13. do večera 14. marca 2025", "2025-03-13", "14 Adar 5785"},
		{"14 adara 5785, czyli 14 marca 2025", "2025-03-14", "14 Adar 5785"},
		{"14 adara 5785, czyli od wieczora 13 do wieczora 14 marca 2025", "2025-03-13", "14 Adar 5785"},
		{"14. adara, odnosno 14. ožujka 2025", "2025-03-14", "14 Adar 5785"},
		{"14. marca 2025, tj. 14 Adar 5785", "2025-03-14", "14 Adar 5785"},
		{"15 Nisan 5775, cioè dal tramonto del 3 al tramonto del 4 aprile 2015", "2015-04-03", "15 Nisan 5775"},
		{"15 Nisan 5775, cioè dal 4 al 5 aprile 2015", "2015-04-04", "15 Nisan 5775"},
	})
	// Two dates that disagree are a calendar error, the evening's too:
	// the evening of 14 March is 15 Adar.
	for _, s := range []string{
		"14. adara 5785, tj. 15. ožujka 2025",
		"14. adara, tj. od večeri 14. do večeri 15. ožujka 2025",
		"15 Nisan 5775, cioè dal tramonto del 4 al tramonto del 5 aprile 2015",
	} {
		rep := dateline.Check(s, heldoutRef)
		require.NotEmpty(t, rep.Problems, s)
		assert.Equal(t, dateline.CodeCalendar, rep.Problems[0].Code, s)
	}
	// Without its point "tj" is no abbreviation; an evening before a
	// Hebrew range, which no field says, and a range without its month
	// stay unread.
	checkUnread(t, heldoutRef, "14. adara tj 14. ožujka 2025", "14. ožujka 2025, tj. od večeri 13. adara",
		"15 Nisan, cioè dal 4 al 5")
}

// TestHeldout176PlaceDateline: a news agency's dateline, a place's name
// of one to three capitalised words at a line's start and a comma before
// a day and month without their year, which end the line or stand before
// a dash or the agency's name in brackets: "Ljubljana, 3. aprila -
// Kristjani so v pričakovanju ..." (STA, sta.si, the 176th held-out
// round) was not found, as a day and a month of a language other than
// English are no date in free text by themselves. The place says they
// are the news's day, as "today" before them does; the year is the
// reference's nearest fitting one, with the info that says so.
func TestHeldout176PlaceDateline(t *testing.T) {
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Ljubljana, 3. aprila", "2027-04-03"},
		{"Ljubljana, 3. aprila - Kristjani so v pričakovanju svojega največjega praznika", "2027-04-03"},
		{"ZAGREB, 30. rujna (Hina) - Židovi diljem svijeta", "2026-09-30"},
		{"Novi Sad, 3. aprila (Tanjug) – Jevrejska opština", "2027-04-03"},
		{"Kraków, 3 kwietnia – Gmina", "2027-04-03"},
		{"Praha, 3. dubna", "2027-04-03"},
		{"(Ljubljana, 3. aprila)", "2027-04-03"},
		{"<p>Ljubljana, 3. aprila</p>", "2027-04-03"},
		{"Some text here.\nLjubljana, 3. aprila\nMore text.", "2027-04-03"},
		{"Paris, 3 avril – La communauté", "2027-04-03"},
		{"Ústí nad Labem, 3. dubna", "2027-04-03"}, // "nad", a particle of the name
		{"ústí, 3. dubna", ""},                     // a lower-case word: no place's name
		// The date must end the line or come before the dash or the
		// agency: in a sentence it is prose, and so after a phrase.
		{"Ljubljana, 3. aprila so kristjani praznovali", ""},
		{"Kristjani so, 3. aprila", ""},
		{"Ana je rekla, da pride, 3. aprila", ""},
	})
	m := oneMatch(t, "Ljubljana, 3. aprila", heldoutRef)
	assert.Contains(t, reportCodes(m.Report, dateline.Info), dateline.CodeYearInferred)
	// With its year, the date was found before, as ever.
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{{"Ljubljana, 3. aprila 2020 - Kristjani", "2020-04-03"}})
}
