package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestDotDaySpaceYear: a day and month with a point between them and none
// after the month, a space and the year after it, beside an occasion or
// a weekday that vouches for the numbers being a date: "Novu 5773
// obilježiti na Erev Rosh Hashana 16.09 2012. u 19 sati" (the Jewish
// community of Banja Luka, incoming.tsv) was the day and month alone,
// its year the one nearest the reference that the occasion fits and its
// hour left out, with a warning. Without a word that vouches for them
// the numbers stay unread, and a number that is no year of four digits
// is no year.
func TestDotDaySpaceYear(t *testing.T) {
	for _, tc := range []struct{ text, match, at, heb string }{
		{"Novu 5773 obilježiti na Erev Rosh Hashana 16.09 2012. u 19 sati", "Erev Rosh Hashana 16.09 2012. u 19 sati", "2012-09-16 19:00", "29 Elul 5772"},
		{"Erev Jom Kipur 24.09 2023. u 18 sati", "Erev Jom Kipur 24.09 2023. u 18 sati", "2023-09-24 18:00", "9 Tishrei 5784"},
		{"Jom Kippur 16.09 2021", "Jom Kippur 16.09 2021", "2021-09-16 00:00", "10 Tishrei 5782"},
		{"Sonntag, 8.9 2024 um 18 Uhr", "Sonntag, 8.9 2024 um 18 Uhr", "2024-09-08 18:00", "5 Elul 5784"},
		// The year is not read: a number of five digits, a range of years.
		{"Jom Kippur 16.09 20121", "Jom Kippur 16.09", "2021-09-16 00:00", "10 Tishrei 5782"},
		{"Jom Kippur 16.09 2021-2022", "Jom Kippur 16.09", "2021-09-16 00:00", "10 Tishrei 5782"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, ms[0].Input)
			assert.Equal(t, tc.at, ms[0].Dateline.Time.Format(time.DateOnly+" 15:04"))
			assert.Equal(t, tc.heb, ms[0].Dateline.Hebrew.String())
			assert.Empty(t, severityCodes(ms[0], dateline.Error))
		})
	}
	for _, text := range []string{"16.09 2012", "Kapitola 5.5 2023 stran", "cena 16.09 2012 kusů"} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, heldoutRef))
		})
	}
}
