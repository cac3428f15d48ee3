package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestAmountIsNoDay: a number after a currency's sign is a price, never
// a date's day: "Price: $20 March 3, 2024" was the 20th of March (in
// 2027), "Tickets: $20 - 5 Adar 5784" the 20th of Adar II, each with
// nothing said. The date after the price is read alone.
func TestAmountIsNoDay(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Price: $20 March 3, 2024", "March 3, 2024", "2024-03-03", "23 Adar I 5784"},
		{"Tickets: $20 - 5 Adar II 5784", "5 Adar II 5784", "2024-03-15", "5 Adar II 5784"},
		{"Cena ₪50 22 Adar I 5784", "22 Adar I 5784", "2024-03-02", "22 Adar I 5784"},
		{"Entrée 15€ le 3 mars 2024", "3 mars 2024", "2024-03-03", "23 Adar I 5784"},
		{"Eintritt €15 3. März 2024", "3. März 2024", "2024-03-03", "23 Adar I 5784"},
	})
	assert.Empty(t, dateline.Find("Cost €15 March", heldoutRef))
}

// TestNumberLabelIsNoDay: a number after a label of a series' number
// (No., Nr., Nº, №, #, Vol., p.) is an issue's, a page's, never a date's
// day: a newsletter's "Vol. 5784 No. 22" above "May 2024 Newsletter" was
// May 22, 2024, the number taken for the day of the month the
// next line names, with nothing said. The month is read alone.
func TestNumberLabelIsNoDay(t *testing.T) {
	for _, text := range []string{
		"Vol. 5784 No. 22\nMay 2024 Newsletter", "Issue no. 22, May 2024", "Nr. 5 März 2024", "#22 May 2024",
		"p. 22 May 2024", "Nº 22 mayo 2024", "№ 22 мая 2024", "2024\nNr. 5 März 2024",
	} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, heldoutRef) {
				assert.True(t, m.Dateline.Time.IsZero(), "%q read as %v", m.Input, m.Dateline)
			}
		})
	}
	ms := dateline.Find("Posted 22 May 2024", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "2024-05-22", ms[0].Dateline.Time.Format(time.DateOnly))
}

// TestNameNumberIsNoDay: a number a hyphen joins to a word of Latin
// letters ends a name, "COVID-19", "F-16", "MH-17": "COVID-19 March 2020
// lockdown" was March 19, 2020, the disease's number taken for the day.
// The month is read alone. A day after a Hebrew prefix's hyphen, or a
// weekday's, is still a day.
func TestNameNumberIsNoDay(t *testing.T) {
	for _, text := range []string{"COVID-19 March 2020 lockdown", "The F-16 May 2024 deal", "MH-17 July 2014"} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, heldoutRef) {
				assert.True(t, m.Dateline.Time.IsZero(), "%q read as %v", m.Input, m.Dateline)
			}
		})
	}
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"ב-15 במרץ 2024", "2024-03-15"},
		{"Fri-15 March 2024", "2024-03-15"},
	})
}
