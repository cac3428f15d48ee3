package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// A Hebrew day before a month's name is the date's, not the last word of
// an occasion's name: "ראש השנה, ב׳ בתשרי תשפ״ה" was hebcal's ראש השנה ב׳
// and a month alone, read as the whole month of Tishrei.
func TestHebrewDayAfterOccasion(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkDayHebs(t, ref, []struct{ text, day, heb string }{
		{"ראש השנה, ב׳ בתשרי תשפ\"ה", "2024-10-04", "2 Tishrei 5785"},
		{"ראש השנה ב׳ בתשרי תשפ\"ה", "2024-10-04", "2 Tishrei 5785"},
		{"ראש השנה ב׳ תשפ\"ה", "2024-10-04", "2 Tishrei 5785"}, // hebcal's name
		{"ראש השנה, א׳ בתשרי תשפ\"ה", "2024-10-03", "1 Tishrei 5785"},
	})
}

// Pages print a Hebrew year's thousands apart from the rest only of the
// years they date, ד׳ and ה׳: another letter before a year is no
// thousands ("חנוכה ח׳ תשפ״ה" was the year 8785, in January 5025, with
// nothing said).
func TestHebrewThousandsApart(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkDayHebs(t, ref, []struct{ text, day, heb string }{
		{"כ״ה בכסלו ה׳ תשפ״ה", "2024-12-26", "25 Kislev 5785"},
		{"כ״ה בכסלו ד׳ תש״ס", "0999-12-11", "25 Kislev 4760"},
	})
	for _, s := range []string{"חנוכה ח׳ תשפ\"ה", "כ״ה בכסלו ו׳ תשפ״ה"} {
		r := dateline.Check(s, ref)
		assert.False(t, r.OK(), s)
		assert.NotEqual(t, 8785, r.Dateline.Hebrew.Year, s)
	}
}
