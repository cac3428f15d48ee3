package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout261WeekdayOrderPortion: a weekday, then the week named by its
// portion after לסדר ("of the order"), its abbreviation לס׳ or לפרשת ("of
// the portion"), then the Hebrew date, as a rebbe's weekly letter dates
// itself: "בעזרת ה' יתברך יום ד' לס' צו י"ג אדר שני תענית אסתר ה'תשע"ט"
// (breslevsheli.co.il, the 261st held-out round) was read from the date
// on, its weekday dropped, so that a wrong weekday ("יום ה' לס' צו") went
// unsaid. The weekday and the portion are now read and checked, as after
// פרשת; the words without a weekday, which name a week and none of its
// days, and לס without its geresh stay unread.
func TestHeldout261WeekdayOrderPortion(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"יום ד' לס' צו י\"ג אדר שני ה'תשע\"ט", "2019-03-20"},
		{"יום ד' לסדר צו, י\"ג אדר ב' תשע\"ט", "2019-03-20"},
		{"יום א' לסדר וישלח ז' כסלו תשפ\"ה", "2024-12-08"},
		{"יום ו' לסדר ויקהל, כ\"ח אדר א' תשפ\"ד", "2024-03-08"},
		{"יום ד' לפרשת צו, י\"ג אדר ב' תשע\"ט", "2019-03-20"},
		// A weekday and the portion's week with a year, as after פרשת.
		{"יום ג' לסדר ויצא ה'תשפ\"ה", "2024-12-03"},
		{"יום ג' פרשת ויצא ה'תשפ\"ה", "2024-12-03"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"בעזרת ה' יתברך יום ד' לס' צו י\"ג אדר שני תענית אסתר ה'תשע\"ט", "יום ד' לס' צו י\"ג אדר שני תענית אסתר ה'תשע\"ט", "2019-03-20", "13 Adar II 5779"},
		{"ב\"ה, יום ה' לסדר נח, ד' מרחשון ה'תשפ\"ד, ירושלים", "יום ה' לסדר נח, ד' מרחשון ה'תשפ\"ד", "2023-10-19", "4 Cheshvan 5784"},
	})
	// A weekday the date is not, and a portion whose week it is not, are
	// errors.
	rep := dateline.Check("יום ה' לס' צו י\"ג אדר שני ה'תשע\"ט", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	rep = dateline.Check("יום ד' לסדר בשלח י\"ג אדר שני ה'תשע\"ט", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeOccasion)
	// לסדר names a week, none of its days, and לס is the abbreviation
	// only with its geresh; a longer word is neither.
	checkUnread(t, heldoutRef,
		"לסדר ויצא תשפ\"ה",
		"יום ג' לס ויצא ה'תשפ\"ה",
		"יום א' לסדרים ז' כסלו תשפ\"ה",
		"לפרשת ויצא תשפ\"ה",
	)
	// Prose that gives the portion, with no weekday, is not its week.
	assert.Empty(t, dateline.Find("דברי תורה לפרשת ויצא", heldoutRef))
}
