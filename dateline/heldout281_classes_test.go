package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout281PortionSpecialReading: a weekly portion with the special
// reading that names its Shabbat after פרשת (פרשת שקלים, זכור, פרה,
// החודש), and the Hebrew year after a spaced dash, as a Chabad weekly's
// issue heads itself: "ש״פ ויקהל-פקודי - פרשת החודש - תשס״ו" (Haoros
// UBiurim, haoros.com, the two-hundred-and-eighty-first held-out round)
// was read as two portions and failed, where "ש״פ ויקהל-פקודי, שבת החודש,
// תשס״ו" was read whole. The special reading is now the special Shabbat,
// checked against the portion's day as "שבת החודש" is, and the year after
// a dash is the portion's or the occasion's, in letters as in digits.
// A special reading that is not that Shabbat's stays the occasion error
// (5784, a leap year, reads Zachor with Vayikra, and 5785 Parah with
// Vayakhel alone); פרשת before any other name after a portion, a
// reading without the portion before it, a second special reading, פ
// without its geresh and a numeral that a month follows stay unread.
func TestHeldout281PortionSpecialReading(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"ש\"פ ויקהל-פקודי - פרשת החודש - תשס\"ו", "2006-03-25"},
		{"ש\"פ תצוה - פרשת זכור - תשפ\"ה", "2025-03-08"},
		{"ש\"פ תרומה - פרשת שקלים - תשפ\"ה", "2025-03-01"},
		{"ש\"פ ויקהל - פרשת פרה - תשפ\"ה", "2025-03-22"},
		{"ש\"פ פקודי - פרשת החדש - תשפ\"ה", "2025-03-29"},
		{"ש״פ ויקהל-פקודי – פרשת החודש – ה׳תשס״ו", "2006-03-25"},
		{"ש\"פ תצוה, פרשת זכור, תשפ\"ה", "2025-03-08"},
		{"שבת פרשת תצוה - פרשת זכור - תשפ\"ה", "2025-03-08"},
		{"ש\"פ תצוה - פ׳ זכור - תשפ\"ה", "2025-03-08"},
		// The year after a dash, a portion's and an occasion's.
		{"ש\"פ ויקהל-פקודי - תשס\"ו", "2006-03-25"},
		{"פרשת נח - תשפ\"ד", "2023-10-21"},
		{"Parashat Noach - 5784", "2023-10-21"},
		{"סוכות - תשפ\"ד", "2023-09-30"},
		{"Soekos – 5784", "2023-09-30"},
		// Erev Shabbat Kodesh is the Friday, as before.
		{"עש\"ק פרשת נח - תשפ\"ד", "2023-10-20"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"הערות וביאורים ש\"פ ויקהל-פקודי - פרשת החודש - תשס\"ו שונות", "ש\"פ ויקהל-פקודי - פרשת החודש - תשס\"ו", "2006-03-25", "25 Adar 5766"},
		{"גליון ש\"פ תצוה - פרשת זכור - תשפ\"ה יצא לאור", "ש\"פ תצוה - פרשת זכור - תשפ\"ה", "2025-03-08", "8 Adar 5785"},
	})
	for _, text := range []string{
		"ש\"פ תצוה - פרשת זכור - תשפ\"ד",
		"ש\"פ ויקהל-פקודי - פרשת פרה - תשפ\"ה",
		"ש\"פ ויקהל-פקודי - פרשת זכור - תשס\"ו",
	} {
		rep := dateline.Check(text, heldoutRef)
		assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeOccasion, text)
	}
	checkUnread(t, heldoutRef,
		"ש\"פ ויקהל-פקודי - פרשת נח - תשס\"ו",
		"ש\"פ תצוה - פרשת זכורים - תשפ\"ה",
		"ש\"פ תצוה - פרשת שובה - תשפ\"ה",
		"ש\"פ תצוה - פרשת זכור - פרשת פרה - תשפ\"ה",
		"פרשת זכור - תשפ\"ה",
		"ש\"פ תצוה - פ זכור - תשפ\"ה",
		"ש\"פ נח - ה׳",
		"פרשת נח - 2023",
	)
	// A numeral that a month follows is the day of a Hebrew date after
	// the dash, not the occasion's year.
	rep := dateline.Check("פורים - י\"ד באדר תשפ\"ה", heldoutRef)
	assert.Equal(t, "2025-03-14", rep.Dateline.Time.Format("2006-01-02"))
}

// TestHeldout281OnDayCommaCivilMonth: a civil day in digits after the
// word for "the day" (ביום, מיום, ליום), with a comma between it and its
// month after ב and a year of four digits, as the Israel Film Archive's
// newsreel catalogue heads an item ("יומן כרמל II-012, מיום 26, בפברואר
// 1949", jfc.org.il, the two-hundred-and-eighty-first held-out round),
// which Find read as the month February 1949 alone. Without the word for
// the day (an issue's or a page's number), without the year, glued to the
// month, with a two-digit year or before a Hebrew month the text stays
// unread; a day the month lacks stays an error.
func TestHeldout281OnDayCommaCivilMonth(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"מיום 26, בפברואר 1949", "1949-02-26"},
		{"ביום 27, בפברואר 1949", "1949-02-27"},
		{"ליום 3, במאי 1950", "1950-05-03"},
		{"ביום 14, בדצמבר 2023", "2023-12-14"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"יומן כרמל II-012, מיום 26, בפברואר 1949", "26, בפברואר 1949", "1949-02-26", "27 Shevat 5709"},
	})
	checkUnread(t, heldoutRef,
		"גיליון 26, בפברואר 1949",
		"ביום 26, בפברואר",
		"ביום 26,בפברואר 1949",
		"ביום 26, בפברואר 49",
		"ביום 26, בניסן 1949",
	)
	rep := dateline.Check("ביום 31, בפברואר 1949", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeNoSuchDay)
}
