package dateline_test

import (
	"testing"
)

// TestPortionAbbreviated: פ׳ abbreviates פרשת before a weekly portion's
// name, as the Rebbe's letters date themselves ("ערב שבת פ' ויקהל,
// ה'תשכ"ב", chabadlibrary.org, the Hebrew of round 244's "Erev Shabbos
// Parshas Vayakhel, 5722"). It was a syntax error at the portion's name,
// and Find read "עש״ק פ׳ משפטים" from the portion on, the Shabbat for its
// Friday. The letter without its geresh is no portion.
func TestPortionAbbreviated(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"ערב שבת פ' ויקהל ה'תשכ\"ב", "1962-03-02"},
		{"ערב שבת פ׳ ויקהל ה׳תשכ״ב", "1962-03-02"},
		{"ערב שבת פ' ויקהל, ה'תשכ\"ב", "1962-03-02"},
		{"שבת פ' נח תשפ\"ד", "2023-10-21"},
		{"פ' ויקהל תשכ\"ב", "1962-03-03"},
		{"עש\"ק פ' משפטים ה'תש\"י", "1950-02-17"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"ב\"ה, ערב שבת פ' ויקהל, ה'תשכ\"ב, ברוקלין", "ערב שבת פ' ויקהל, ה'תשכ\"ב", "1962-03-02", "26 Adar I 5722"},
		{"עש\"ק פ' משפטים ה'תש\"י", "עש\"ק פ' משפטים ה'תש\"י", "1950-02-17", "30 Shevat 5710"},
	})
	checkUnread(t, heldoutRef, "פ ויקהל תשכ\"ב")
}
