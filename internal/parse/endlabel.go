package parse

// endLabels are the English words that label a range's last day after
// the dash, as a holiday page heads a festival's days with what each is:
// "Begins Sunset February 3 - Observed February 4, 2015" (JCCSF, the
// eighty-ninth held-out round), "Begins sundown March 23 – Ends nightfall
// March 24, 2024". Lower case; the text's is folded.
var endLabels = [...]string{"ends", "ending", "observed", "concludes"}

// skipEndLabel returns the index after a word of endLabels at s[k], after
// a range's dash, with the sunset or evening words a label may have
// before its day ("Ends nightfall", "ends at sundown on"), where a
// Gregorian date (a day and a month's name, or the name first) follows
// it; or k. The two days were two datelines, the first with its year
// taken from the second's sentence. A label before anything else is
// prose: "March 3 – ends soon".
func skipEndLabel(s string, k int) int {
	if k >= len(s) || s[k]|0x20 != 'e' && s[k]|0x20 != 'o' && s[k]|0x20 != 'c' {
		return k // the cheap first test
	}
	e := latinWord(s, k)
	if e == k || e >= len(s) || s[e] != ' ' || !isWordOf(s[k:e], endLabels[:]) {
		return k
	}
	j := skipSpace(s, e)
	if n := skipEndEvening(s, j); n > j {
		j = n // Ends nightfall March 24, ends at sundown on Sunday, March 24
	}
	if !gregorianDateAt(s, afterWeekday(s, j)) {
		return k
	}
	return j
}

// skipSunsetLabel returns the index of the day after a word of
// endsNearSunsets, a comma and a space at s[k], after a range's dash,
// where a Gregorian date follows; or k. Wikipedia's infobox labels a
// festival's first and last days so, in its translations as in English:
// "Sonnenuntergang, 18. September – Einbruch der Dunkelheit, 20.
// September" (de.wikibrief.org's Rosh Hashanah for 2020, the
// hundred-and-sixty-fourth held-out round), "Sunset, 18 September –
// nightfall, 20 September", which were two datelines, the first with the
// year of the second's sentence.
func skipSunsetLabel(s string, k int) int {
	e := matchPhrases(s, k, endsNearSunsets[:])
	if e == k || e+1 >= len(s) || s[e] != ',' || s[e+1] != ' ' {
		return k
	}
	j := skipSpace(s, e+1)
	if !gregorianDateAt(s, afterWeekday(s, j)) {
		return k
	}
	return j
}
