package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout253HebrewDateNoun: Hebrew's "בתאריך" (on the date) and
// "בתאריכים" (on the dates) before a day and month in digits with a point
// and no year, or a range of days of one month: "בתאריכים 14-15.10 החל
// משעה 10:30 התקיים לראשונה בעיר הפנינג סוכות לילדים" (rishonet.com,
// Rishon LeZion's local news, the two hundred and fifty-third held-out
// round) was not found, as "14.10" alone is not, a decimal number as
// often as a date. The noun says the numbers are a date, as a weekday
// before them does; they are read day first, in the year nearest the
// reference (the row's page says 2014), and before a whole date the noun
// is the dateline's text, which was a syntax error to Check.
func TestHeldout253HebrewDateNoun(t *testing.T) {
	checkCheckedHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"בתאריכים 14-15.10 החל משעה 10:30", "2026-10-14", "3 Cheshvan 5787"},
		{"בתאריכים 14-15.10", "2026-10-14", "3 Cheshvan 5787"},
		{"בתאריכים 3-5.6 בשעות 17:00-20:00", "2026-06-03", "18 Sivan 5786"},
		{"בתאריך 14.10", "2026-10-14", "3 Cheshvan 5787"},
		{"בתאריך 1.12 בשעה 20:00", "2026-12-01", "21 Kislev 5787"},
		{"בתאריך 20.9", "2026-09-20", "9 Tishrei 5787"},
		// A weekday or a Hebrew date after them still fixes the year.
		{"בתאריכים 14-15.10, ביום שלישי", "2025-10-14", "22 Tishrei 5786"},
		{"בתאריך 5.9, כח' באלול", "2021-09-05", "28 Elul 5781"},
		// Before a whole date, the noun is text of the dateline.
		{"בתאריך 14.10.2014", "2014-10-14", "20 Tishrei 5775"},
		{"בתאריכים 14-15.10.2014", "2014-10-14", "20 Tishrei 5775"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"בתאריכים 14-15.10 החל משעה 10:30 התקיים לראשונה בעיר הפנינג סוכות לילדים", "14-15.10 החל משעה 10:30", "2026-10-14", "3 Cheshvan 5787"},
		{"הטקס יתקיים בתאריך 14.10 בשעה 18:00.", "14.10 בשעה 18:00", "2026-10-14", "3 Cheshvan 5787"},
		{"הרישום יתקיים בתאריכים 3-5.6 במזכירות", "3-5.6", "2026-06-03", "18 Sivan 5786"},
		// The noun may open a bracket, a tag or a line.
		{"(בתאריכים 14-15.10 החל משעה 10:30)", "14-15.10 החל משעה 10:30", "2026-10-14", "3 Cheshvan 5787"},
		{"<p>בתאריך 14.10</p>", "14.10", "2026-10-14", "3 Cheshvan 5787"},
		{"הודעה.\nבתאריך 1.12 בשעה 20:00", "1.12 בשעה 20:00", "2026-12-01", "21 Kislev 5787"},
	})
	// Without the noun, with another word before the digits, or with a
	// noun that is part of a longer word or glued to them, the numbers
	// stay unread; so do a month past 12 and a range that runs back.
	checkUnread(t, heldoutRef,
		"14-15.10",
		"14.10",
		"התאריכים 14-15.10",
		"שבתאריך 14.10",
		"בתאריך14.10",
		"מחיר 14.10",
		"בתאריך 14.13",
		"בתאריכים 15-14.10",
	)
	for _, s := range []string{"המחיר 14.10 שקלים", "שבתאריך 14.10", "גרסה 14.10 של התוכנה", "xבתאריך 14.10", "5בתאריך 14.10"} {
		assert.Empty(t, dateline.Find(s, heldoutRef), s)
	}
}
