package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout244ErevShabbatPortion: the eve of a Shabbat named by its
// weekly portion, in Latin letters, as Chabad letters and bulletins date
// themselves ("Erev Shabbos Parshas Vayakhel, 5722", the English of the
// Rebbe's "ערב שבת פ' ויקהל, ה'תשכ"ב", chabadlibrary.org, seen probing the
// two hundred and forty-fourth held-out round's focus): the Friday before
// the Shabbat that reads the portion. Check read the Shabbat and said it
// was not a Friday; Find read "Erev Shabbos Kodesh Parshas Vayakhel 5722"
// and "Erev Shabbat Vayakhel 5722" from the portion on, the Saturday,
// with nothing said. Erev before Shabbos, with or without Kodesh, with or
// without Parshas, now names the Friday; a plain weekday before a
// portion ("Sunday, Parashat Noach 5784") stays the weekday error.
func TestHeldout244ErevShabbatPortion(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Erev Shabbos Parshas Vayakhel, 5722", "1962-03-02"},
		{"Erev Shabbos Kodesh Parshas Vayakhel 5722", "1962-03-02"},
		{"Erev Shabbat Vayakhel 5722", "1962-03-02"},
		{"Erev Shabbat, Parashat Vayakhel 5722", "1962-03-02"},
		{"Erev Shabbos Parshas Vayeshev, 5783", "2022-12-16"},
		{"Erev Shabbos Parshas Noach 5784", "2023-10-20"},
		{"Erev Shabbos Kodesh, March 2, 1962", "1962-03-02"},
		// The Hebrew script's, as before.
		{"ערב שבת פרשת ויקהל ה'תשכ\"ב", "1962-03-02"},
		{"ערב שבת קודש פרשת ויקהל ה'תשכ\"ב", "1962-03-02"},
		// The Shabbat itself.
		{"Shabbos Parshas Vayakhel, 5722", "1962-03-03"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Brooklyn, Erev Shabbos Kodesh Parshas Vayakhel 5722, to all", "Erev Shabbos Kodesh Parshas Vayakhel 5722", "1962-03-02", "26 Adar I 5722"},
		{"Erev Shabbat Vayakhel 5722 in Brooklyn", "Erev Shabbat Vayakhel 5722", "1962-03-02", "26 Adar I 5722"},
	})
	// A plain weekday in Latin letters before a portion still says that
	// the Shabbat is not its day.
	rep := dateline.Check("Sunday, Parashat Noach 5784", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	// A word that only starts with Kodesh is not the holy Shabbat's, and
	// Erev Shabbat before a holiday is not a portion.
	checkUnread(t, heldoutRef, "Erev Shabbos Kodeshim Parshas Vayakhel 5722")
	rep = dateline.Check("Erev Shabbat Chanukah 5787", heldoutRef)
	assert.NotEqual(t, "1962-03-02", rep.Dateline.Time.Format("2006-01-02"))
}
