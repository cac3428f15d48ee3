package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout257DutchMonths: the Dutch spellings of the Hebrew months that
// CLDR's nl gives and Dutch pages print where hebcal-go's nl locale has
// others: Tisjrie, Chesjwan (and Marchesjwan), Sjewat and Elloel
// ("ELLOEL 5781 TISJRI 5782", centrumvoorisraelstudies.nl; "De maand
// Elloel", a Pijnacker church's page; "de joodse maand sjewat"), seen
// probing the two hundred and fifty-seventh held-out round's focus. They
// were a syntax error at the month ("expected a month name, found
// \"Elloel\""), and Find read only the civil date before them, or
// nothing. They now read as hebcal's Tishrei, Cheshvan, Shevat and Elul,
// written back as printed; a wrong weekday and a day the month has not
// stay errors, and a longer word stays unread.
func TestHeldout257DutchMonths(t *testing.T) {
	checkHeldout(t, []heldoutCase{
		{"1 Tisjrie 5784", "2023-09-16", "", "1 Tishrei 5784", false, true},
		{"12 Chesjwan 5784", "2023-10-27", "", "12 Cheshvan 5784", false, true},
		{"7 Marchesjwan 5784", "2023-10-22", "", "7 Cheshvan 5784", false, true},
		{"15 Sjewat 5784", "2024-01-25", "", "15 Shevat 5784", false, true},
		{"29 Elloel 5783", "2023-09-15", "", "29 Elul 5783", false, true},
		{"13 elloel 5784", "2024-09-16", "", "13 Elul 5784", false, true},
		{"Vrijdag 15 september 2023 – 29 Elloel 5783", "2023-09-15", "", "29 Elul 5783", false, true},
		{"Zaterdag 16 september 2023 - 1 Tisjrie 5784", "2023-09-16", "", "1 Tishrei 5784", false, true},
		// hebcal-go's own Dutch spellings, as before.
		{"1 Tisjri 5784", "2023-09-16", "", "1 Tishrei 5784", false, true},
		{"12 Chesjvan 5784", "2023-10-27", "", "12 Cheshvan 5784", false, true},
		{"15 Sjevat 5784", "2024-01-25", "", "15 Shevat 5784", false, true},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Nieuwsbrief van 29 Elloel 5783 aan de leden", "29 Elloel 5783", "2023-09-15", "29 Elul 5783"},
		{"Toe Bisjwat valt op 15 Sjewat 5784, dit jaar", "Toe Bisjwat valt op 15 Sjewat 5784", "2024-01-25", "15 Shevat 5784"},
	})
	// A weekday the day is not, and a day Elul 5783 has not, are errors.
	rep := dateline.Check("Dinsdag 12 Chesjwan 5784", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	rep = dateline.Check("30 Elloel 5783", heldoutRef)
	assert.False(t, rep.OK())
	assert.NotEqual(t, "2023-09-16", rep.Dateline.Time.Format("2006-01-02"))
	// A longer word is no month.
	checkUnread(t, heldoutRef, "29 Elloels 5783", "12 Chesjwannen 5784", "15 Sjewatje 5784")
}
