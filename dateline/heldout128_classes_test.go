package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout128ThisYearLink: the words for "this year" between a
// year-less date of one calendar and the other calendar's day, in
// brackets or not, as a page gives a Hebrew date's civil day in the year
// it is written: "14. nísana (letos 10. april)" (14 Nisan, this year 10
// April; RTV Slovenija, rtvslo.si, a rabbi's talk on Pesach of 2017, the
// 128th held-out round). The word parted the two days: each was read
// alone, 14 Nisan 5787 and 10 April 2027, in the year nearest the
// reference, and the pair was not found. "This year" (the words of
// fallsThisYear, in each of their languages) now links them, before a
// civil day after a Hebrew date and before a Hebrew date, its month's
// name declined or not, after a civil one; the dateline's year is the
// one in which the two days fit each other, as without the words.
func TestHeldout128ThisYearLink(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"14. nísana (letos 10. april)", "2017-04-10", "14 Nisan 5777"},
		{"Po judovskem koledarju se praznik se začne 14. nísana (letos 10. april) in v diaspori traja 8 dni.", "2017-04-10", "14 Nisan 5777"},
		{"14. nisana (ove godine 10. aprila)", "2017-04-10", "14 Nisan 5777"},
		{"14. nisanu (letos 10. dubna)", "2017-04-10", "14 Nisan 5777"},
		{"14 Nisan (this year April 10)", "2017-04-10", "14 Nisan 5777"},
		{"14 Nisan, this year April 10", "2017-04-10", "14 Nisan 5777"},
		{"14. Nisan (dieses Jahr 10. April)", "2017-04-10", "14 Nisan 5777"},
		{"14 de Nisán (este año 10 de abril)", "2017-04-10", "14 Nisan 5777"},
		{"14 нисана (в этом году 10 апреля)", "2017-04-10", "14 Nisan 5777"},
		{"14 nisan (w tym roku 10 kwietnia)", "2017-04-10", "14 Nisan 5777"},
		// The civil day first, the Hebrew date in the bracket.
		{"10. aprila (ove godine 14. nisana)", "2017-04-10", "14 Nisan 5777"},
		{"10. april (letos 14. nisana)", "2017-04-10", "14 Nisan 5777"},
		{"April 10 (this year 14 Nisan)", "2017-04-10", "14 Nisan 5777"},
		// A year on either side.
		{"14. nisana 5777 (letos 10. april)", "2017-04-10", "14 Nisan 5777"},
		{"14. nisana (ove godine 10. aprila 2017)", "2017-04-10", "14 Nisan 5777"},
		// Turkish's "bu yıl", as before.
		{"Erev Yom Kipur (9 Tişri) Bu yıl 8 Ekim Salı", "2019-10-08", "9 Tishrei 5780"},
	})
	// Two days that disagree are said, not read as one of them.
	for _, text := range []string{
		"14. nisana (ove godine 11. aprila 2017)",
		"14. nisana 5777 (letos 11. april)",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Equal(t, []dateline.Code{dateline.CodeCalendar}, severityCodes(m, dateline.Error))
		})
	}
	// "This year" before the same calendar's date, or before none, links
	// nothing: the first date is read alone, as before, and the words
	// alone are no date.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"10. april (letos 12. aprila)", "2027-04-10"},
		{"14. nisana (letos)", "2027-04-21"},
		{"letos", ""},
		{"ove godine", ""},
		{"this year", ""},
	})
}
