package parse

// endsVerbs are the verbs that say, after a range's first day, when it
// ends or how long it goes on, as English holiday pages write a range
// with a verb on each end: "begins at sundown on Sunday, September 25,
// and ends at sundown on Tuesday, September 27", "began at sundown on
// Sunday, September 22, and concluded at nightfall on Tuesday, September
// 24", "begins Wednesday night, March 16 and continues through Thursday,
// March 17, 2022".
var endsVerbs = [...]string{"ends", "ended", "concludes", "concluded", "continues", "continued", "lasts", "runs"}

// endsAfter are the words that may follow a verb of endsVerbs (and its
// sunset, skipAtSunset's) before the range's last day.
var endsAfter = [...]string{"on", "through", "thru", "until", "till"}

// endsJoin returns the index after the words that join the two ends of
// such a range at s[i], after the start's date: a comma or not, "and",
// a verb of endsVerbs, a sunset (at sundown) or not, and a word of
// endsAfter or not, with the spaces after them. It returns i where they
// are not there; without "and" and its verb the comma is a list's.
func endsJoin(s string, i int) int {
	k := i
	if k < len(s) && s[k] == ',' {
		k++
	}
	// The cheap first test, in bytes: most text after a date is not a
	// space and "and".
	if k+len(" and ") >= len(s) || s[k] != ' ' || s[k+1]|0x20 != 'a' && s[k+1] != ' ' {
		return i
	}
	k = skipSpace(s, k)
	e := matchWord(s, k, "and")
	if e == k {
		return i
	}
	if k = skipSpace(s, e); k == e {
		return i
	}
	e = matchWords(s, k, endsVerbs[:]...)
	if e == k {
		return i
	}
	if k = skipSpace(s, e); k == e {
		return i
	}
	k = skipAtSunset(s, k)
	if e := matchWords(s, k, endsAfter[:]...); e > k {
		if j := skipSpace(s, e); j > e {
			k = j
		}
	}
	return k
}
