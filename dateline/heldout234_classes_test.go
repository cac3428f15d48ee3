package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout234HebrewDateBeginsEvening: a Hebrew date, then a verb for
// "begins" in a language other than English and that language's words
// for "on the evening of" before the civil day, as English's "begins at
// sundown on" was read: "1 Tishrei 5777 börjar på kvällen den 2 oktober
// 2016" (kadosh.se's table of month beginnings, the 234th held-out round)
// was two datelines. The Hebrew date is the evening's; the civil day's
// own is an error. Without the evening's words the verb does not tell
// the evening from the day, and the text stays unread.
func TestHeldout234HebrewDateBeginsEvening(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"1 Tishrei 5777 börjar på kvällen den 2 oktober 2016", "2016-10-02", "1 Tishrei 5777"},
		{"1 Elul 5776 börjar på kvällen den 3 september 2016", "2016-09-03", "1 Elul 5776"},
		{"1 Nisan 5777 börjar på kvällen den 27 mars 2017", "2017-03-27", "1 Nisan 5777"},
		{"1 Tishrei 5777 (börjar på kvällen den 2 oktober 2016)", "2016-10-02", "1 Tishrei 5777"},
		{"1 Tishrei 5777 begynner om kvelden den 2. oktober 2016", "2016-10-02", "1 Tishrei 5777"},
		{"1 Tishrei 5777 begynder om aftenen den 2. oktober 2016", "2016-10-02", "1 Tishrei 5777"},
		{"1 Tishri 5777 beginnt am Abend des 2. Oktober 2016", "2016-10-02", "1 Tishrei 5777"},
		{"1 Tishri 5777 begint op de avond van 2 oktober 2016", "2016-10-02", "1 Tishrei 5777"},
		{"1 Tishrei 5777 alkaa illalla 2. lokakuuta 2016", "2016-10-02", "1 Tishrei 5777"},
		// As before, in English.
		{"1 Tishrei 5777 begins at sundown on October 2, 2016", "2016-10-02", "1 Tishrei 5777"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"1 Tishrei 5777 börjar på kvällen den 2 oktober 2016 och är nyår",
			"1 Tishrei 5777 börjar på kvällen den 2 oktober 2016", "2016-10-02", "1 Tishrei 5777"},
	})
	// The evening of 3 October is 2 Tishrei.
	for _, text := range []string{
		"1 Tishrei 5777 börjar på kvällen den 3 oktober 2016",
		"1 Tishri 5777 beginnt am Abend des 3. Oktober 2016",
	} {
		rep := dateline.Check(text, heldoutRef)
		require.NotEmpty(t, rep.Problems, text)
		assert.Equal(t, dateline.CodeCalendar, rep.Problems[0].Code, text)
	}
	checkUnread(t, heldoutRef,
		"1 Tishrei 5777 börjar den 2 oktober 2016",
		"1 Tishrei 5777 börjar på 2 oktober 2016",
		"1 Tishrei 5777 begynner 2. oktober 2016")
}
