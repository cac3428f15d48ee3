package parse

// blessings are the abbreviations a Hebrew letter, notice or document
// heads itself with, before its date, asking for God's help: ב״ה (ברוך
// השם, or בעזרת השם), בס״ד (בסייעתא דשמיא), בעזה״י (בעזרת השם יתברך),
// בעז״ה and בע״ה, with ״ for any gershayim as written.
var blessings = [...]string{"ב״ה", "בס״ד", "בעזה״י", "בעז״ה", "בע״ה"}

// blessingEnd returns the end of a word of blessings at s[i], with a
// comma or a full stop after it, where a space follows; or i. "ב״ה יום ב׳
// ז׳ כסלו תשפ״ד" was refused at its first word, "expected a date, found
// ב", where Find read the date after it; the word heads the dateline,
// read over as its text. None is a numeral of a day (ב״ה would be 7, which
// is written ז׳), nor a word of the tables.
func blessingEnd(s string, i int) int {
	if i+1 >= len(s) || s[i] != 0xD7 || s[i+1] != 0x91 {
		return i // the cheap first test: ב
	}
	e := hebrewWord(s, i)
	if e-i > len("בעזה״י") {
		return i
	}
	// Folded as lookupHebrew folds a word; room for the longest, its
	// ligatures folded.
	var buf [32]byte
	b := appendHebrewKey(buf[:0], s, i, e)
	found := false
	for _, w := range blessings {
		if string(b) == w {
			found = true
			break
		}
	}
	if !found {
		return i
	}
	if e < len(s) && (s[e] == ',' || s[e] == '.') {
		e++
	}
	if skipSpace(s, e) == e {
		return i
	}
	return e
}
