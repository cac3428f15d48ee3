package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestOccasionEveWithEveningClock: a listing that names an occasion by the
// civil day at whose sunset it begins, with the hour of its evening's
// service ("Purim March 6, 2023 8:00 PM", the Megillah's reading; "Pesach
// April 5, 2023 7:00 PM", the first Seder), is the eve, warned, as the
// same line without its time is; it was an occasion error. A time before
// 4 pm is the civil day's own, and the occasion still not its.
func TestOccasionEveWithEveningClock(t *testing.T) {
	for _, tc := range []struct{ text, day, heb string }{
		{"Pesach April 5, 2023 7:00 PM", "2023-04-05", "15 Nisan 5783"},
		{"Purim March 6, 2023 8:00 PM", "2023-03-06", "14 Adar 5783"},
		{"Yom Kippur September 24, 2023 19:30", "2023-09-24", "10 Tishrei 5784"},
		{"Purim, Monday, March 6, 2023, 8:00 PM", "2023-03-06", "14 Adar 5783"},
		{"Rosh Hashanah: Friday, September 15, 2023, 6:45 pm", "2023-09-15", "1 Tishrei 5784"},
	} {
		rep := dateline.Check(tc.text, heldoutRef)
		assert.Empty(t, reportCodes(rep, dateline.Error), tc.text)
		assert.Contains(t, reportCodes(rep, dateline.Warning), dateline.CodeAfterSunset, tc.text)
		assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"), tc.text)
		assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String(), tc.text)
	}
	for _, text := range []string{
		"Pesach April 5, 2023 10:00 AM",
		"Pesach April 5, 2023 3:00 PM",
		"Purim March 6, 2023 09:00",
		"Purim March 5, 2023 8:00 PM", // two days before
	} {
		rep := dateline.Check(text, heldoutRef)
		assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeOccasion, text)
	}
}
