package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout103HebrewYearPoint: the point Bosnian, Serbian and Croatian
// write after a year, after a Hebrew year too, before the civil date in
// brackets: "27. Nisana 5769. goidne (21. aprila 2009. godine) u 19h"
// (La Benevolencija, Sarajevo, on Yom HaShoah 5769, the hundred-and-third
// held-out round). The Hebrew year's point ended the dateline, so that
// the Hebrew date and the civil one were read as two datelines, never
// checked against each other, even with "godine" (of the year) spelled
// right. The point and the word for "year" now join the Hebrew date, and
// the civil date in brackets joins it; the row itself still has the
// page's misspelling "goidne", which no table knows, and stays two
// datelines, each on its right day.
func TestHeldout103HebrewYearPoint(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"27. Nisana 5769. godine (21. aprila 2009. godine) u 19h", "2009-04-21"},
		{"U Jevrejskoj opštini u Sarajevu će 27. Nisana 5769. godine (21. aprila 2009. godine) u 19h biti obilježen Jom Hašoa.", "2009-04-21"},
		{"27. Nisana 5769. (21. aprila 2009.)", "2009-04-21"},
		{"15. Tišri 5783. godine (10. oktobra 2022. godine)", "2022-10-10"},
		{"27. Nisana 5769.", "2009-04-21"},
		// The civil date first, as before.
		{"21. aprila 2009. godine (27. Nisana 5769. godine)", "2009-04-21"},
	})
	m := oneMatch(t, "27. Nisana 5769. godine (21. aprila 2009. godine) u 19h", heldoutRef)
	assert.Equal(t, "19:00", m.Dateline.Time.Format("15:04"))
	// Two calendars that disagree are one dateline, and an error.
	m = oneMatch(t, "27. Nisana 5769. godine (22. aprila 2009. godine)", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeCalendar}, severityCodes(m, dateline.Error))
	// The misspelled word stays outside: two datelines, each right.
	ms := dateline.Find("27. Nisana 5769. goidne (21. aprila 2009. godine) u 19h", heldoutRef)
	if assert.Len(t, ms, 2) {
		assert.Equal(t, "2009-04-21", ms[0].Dateline.Time.Format("2006-01-02"))
		assert.Equal(t, "2009-04-21", ms[1].Dateline.Time.Format("2006-01-02"))
	}
}

// TestHeldout103SpacedYearRangeEnd: a range of two days with their
// months, written D.M. without a space, whose end has a space before its
// year, as Czech pages type it: "ve dnech 4.4. – 5.5. 2023" (on the
// days; Pražský magazín, the Israel Days festival, the hundred-and-third
// held-out round) was not read at all, where "4.4. – 5.5.2023" and the
// spaced norm "4. 4. – 5. 5. 2023" were. The end is read so only after
// a start with its month and what joins a range: a date so written alone
// is a version's or a section's number as often, and stays unread.
func TestHeldout103SpacedYearRangeEnd(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"4.4. – 5.5. 2023", "2023-04-04"},
		{"Kulturní festival DNY IZRAELE se koná ve dnech 4.4. – 5.5. 2023 v BESEDER GALLERY.", "2023-04-04"},
		{"10.12. – 18.12. 2020", "2020-12-10"},
		{"10.12.-18.12. 2020", "2020-12-10"},
		{"od 28.11. do 6.12. 2021", "2021-11-28"},
		// As before, without the space.
		{"4.4. – 5.5.2023", "2023-04-04"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"5.5. 2023", ""},
		{"Kapitola 5.5. 2023 stran", ""},
	})
}

// TestHeldout103ForTheYearLead: Czech's and Slovak's "for the year" before
// a civil year, "pro rok 2020", "pre rok 2020", as a page gives, in
// brackets, a Hebrew date's civil day in a year it names: "Na 15. den
// hebrejského měsíce švat (pro rok 2020 je to 10. únor) připadá židovský
// svátek Tu bi-švat" (on the 15th day of the Hebrew month Shevat (for the
// year 2020 it is 10 February) falls Tu BiShvat; Kareta Tour, the
// hundred-and-third held-out round) was read as 15 Shevat alone, in the
// year nearest the reference (23 January 2027) with only an info; "v roce
// 2020" (in the year 2020) was read already. It is now one dateline,
// 10 February 2020, the nominative month "únor" read as the genitive is.
// The words alone, or before no date, name no day.
func TestHeldout103ForTheYearLead(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"15. den hebrejského měsíce švat (pro rok 2020 je to 10. únor)", "2020-02-10"},
		{"Na 15. den hebrejského měsíce švat (pro rok 2020 je to 10. únor) připadá židovský svátek Tu bi-švat.", "2020-02-10"},
		{"15. švat (pro rok 2020 je to 10. února)", "2020-02-10"},
		{"15. švat (pre rok 2020 je to 10. februára)", "2020-02-10"},
		// As before: "in the year".
		{"15. švat (v roce 2020 je to 10. února)", "2020-02-10"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Pro rok 2020 máme 10 lidí.", ""},
		{"pro rok 2020", ""},
	})
}
