package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout174OccasionDayNumber: a festival's day counted after its
// name by the word for day and a number, in digits or a Roman numeral, as
// synagogue schedules head the days: "Rosh Hashanah Day I Tuesday,
// September 7th 2021" (Temple Ner Tamid, templenertamid.org, the
// hundred-and-seventy-fourth held-out round; incoming line 2589) failed
// Check at "Day", and Find read the date alone, so that a wrong day's
// number went unsaid. The day is now the festival's counted day, checked
// against the date, in the languages whose word for day hebcal writes
// ("Sukkot dag 2", "Pessach Tag 2").
func TestHeldout174OccasionDayNumber(t *testing.T) {
	checkCheckedHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Rosh Hashanah Day I Tuesday, September 7th 2021", "2021-09-07", "1 Tishrei 5782"},
		{"Rosh Hashanah Day II Wednesday, September 8th 2021", "2021-09-08", "2 Tishrei 5782"},
		{"Rosh Hashanah Day 2, Wednesday, September 8, 2021", "2021-09-08", "2 Tishrei 5782"},
		{"Pesach Day 1 Thursday, April 6, 2023", "2023-04-06", "15 Nisan 5783"},
		{"Sukkot Day VII, Sunday, October 16, 2022", "2022-10-16", "21 Tishrei 5783"},
		{"Chanukah Day 8 2023", "2023-12-15", "3 Tevet 5784"},
		{"Rosh Hashanah Day 2 5784", "2023-09-17", "2 Tishrei 5784"},
		{"Sukkot dag 2, 11 oktober 2022", "2022-10-11", "16 Tishrei 5783"},
		{"Pessach Tag 2, 7. April 2023", "2023-04-07", "16 Nisan 5783"},
	})
	// A day that is not the number's is an occasion error, in Check and
	// in Find.
	for _, s := range []string{
		"Rosh Hashanah Day II Tuesday, September 7th 2021",
		"Pesach Day 2 Thursday, April 6, 2023",
		"Yom Kippur Day 2, Tuesday, September 26, 2023",
	} {
		rep := dateline.Check(s, heldoutRef)
		require.NotEmpty(t, rep.Problems, s)
		assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeOccasion, s)
		ms := checkFind(t, s, heldoutRef)
		require.Len(t, ms, 1, s)
		assert.Equal(t, 0, ms[0].Start, s)
		assert.Contains(t, reportCodes(ms[0].Report, dateline.Error), dateline.CodeOccasion, s)
	}
	// A number that is a date's day, a number past a festival's eight
	// days, or one of two digits is no counted day.
	checkUnread(t, heldoutRef, "Purim Day 6 March 2023", "Pesach Day 6/4/2023", "Pesach Day 9 Thursday, April 6, 2023",
		"Pesach Day 15 Thursday, April 6, 2023", "Pesach Day IX Thursday, April 6, 2023")
}

// TestHeldout174ServiceNoun: the word for a service after an occasion's
// name, before its date or ending the text, as synagogue schedules head
// their listings: "Sept. 25, 6:30 p.m., Erev Rosh Hashanah services" (the
// Jewish Federation of Greater New Haven's guide, jewishnewhaven.org, the
// hundred-and-seventy-fourth held-out round; incoming line 2594) and
// Temple Ner Tamid's "Erev Rosh Hashanah Service Monday, September 6th
// 2021" failed Check at the noun, and Find read the date apart from the
// occasion's name. A service is held on its occasion's day: the word
// says no other day, and the occasion is checked against the date. In
// English, German ("Gottesdienst"), Spanish and Portuguese ("servicios",
// "serviço").
func TestHeldout174ServiceNoun(t *testing.T) {
	checkCheckedHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Erev Rosh Hashanah Service Monday, September 6th 2021", "2021-09-06", "29 Elul 5781"},
		{"Rosh Hashanah Day II Service Wednesday, September 8th  2021", "2021-09-08", "2 Tishrei 5782"},
		{"Sept. 25, 2022, 6:30 p.m., Erev Rosh Hashanah services", "2022-09-25", "29 Elul 5782"},
		{"Yom Kippur Services, Wednesday, October 5, 2022", "2022-10-05", "10 Tishrei 5783"},
		{"Pesach Gottesdienst 6. April 2023", "2023-04-06", "15 Nisan 5783"},
		{"Pésaj servicios: 6 de abril de 2023", "2023-04-06", "15 Nisan 5783"},
		{"Purim services 2023", "2023-03-07", "14 Adar 5783"},
	})
	// The row as printed, with no year: the year whose 25 September is
	// Erev Rosh Hashanah, said.
	checkWholeInferred(t, heldoutRef, "Sept. 25, 6:30 p.m., Erev Rosh Hashanah services", "2022-09-25 18:30")
	// A date that is not the occasion's is an occasion error.
	rep := dateline.Check("Erev Rosh Hashanah Service Tuesday, September 7th 2021", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeOccasion)
	// Before other words the noun is prose.
	checkUnread(t, heldoutRef, "Purim service party March 7, 2023", "Yom Kippur services at 7 pm, October 5, 2022")
}
