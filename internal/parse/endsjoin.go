package parse

// endsVerbs are the verbs that say, after a range's first day, when it
// ends or how long it goes on, as English holiday pages write a range
// with a verb on each end: "begins at sundown on Sunday, September 25,
// and ends at sundown on Tuesday, September 27", "began at sundown on
// Sunday, September 22, and concluded at nightfall on Tuesday, September
// 24", "begins Wednesday night, March 16 and continues through Thursday,
// March 17, 2022"; and in the future, after "will" before the first
// ("Hanukkah will begin on November 28 and continue for 8 nights, ending
// on December 6th", "and will end on Monday, December 6"), without an
// ending.
var endsVerbs = [...]string{
	"ends", "ended", "concludes", "concluded", "continues", "continued", "lasts", "runs",
	"end", "conclude", "continue", "last", "run",
}

// endsFor are the words for the days a range lasts, after "for" and a
// number: "and continue for 8 nights, ending on December 6th".
var endsFor = [...]string{"days", "nights", "weeks"}

// endsEnding are the participles that, after such a count and a comma,
// say the range's last day follows.
var endsEnding = [...]string{"ending", "concluding"}

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
	if e = matchWord(s, k, "will"); e > k && skipSpace(s, e) > e {
		k = skipSpace(s, e) // and will end on Monday, December 6
	}
	e = matchWords(s, k, endsVerbs[:]...)
	if e == k {
		return i
	}
	if k = skipSpace(s, e); k == e {
		return i
	}
	k = skipAtSunset(s, skipEndsFor(s, k))
	if k+1 < len(s) && s[k] == '(' && isDigit(s, k+1) {
		return k // ends at sunset (18h13) on the Saturday: see rangeEndClockFirst
	}
	if e := matchWords(s, k, endsAfter[:]...); e > k {
		if j := skipSpace(s, e); j > e {
			k = j
			if e := matchWord(s, k, "the"); e > k && skipSpace(s, e) > e {
				k = skipSpace(s, e) // ends at sunset on the Saturday 12 October
			}
		}
	}
	return k
}

// skipEndsFor returns the index after a count of the days a range lasts
// at s[k], "for 8 nights, ending ", and the spaces after it: "for", a
// number, a word of endsFor, a comma or not, and a word of endsEnding;
// or k. The count is text of the dateline: its days are the range's,
// which the end gives.
func skipEndsFor(s string, k int) int {
	e := matchWord(s, k, "for")
	if e == k {
		return k
	}
	j := skipSpace(s, e)
	_, e, digits := number(s, j)
	if j == e || digits == 0 || digits > 2 {
		return k
	}
	if j = skipSpace(s, e); j == e {
		return k
	}
	if e = matchWords(s, j, endsFor[:]...); e == j {
		return k
	}
	if e < len(s) && s[e] == ',' {
		e++
	}
	if j = skipSpace(s, e); j == e {
		return k
	}
	if e = matchWords(s, j, endsEnding[:]...); e == j {
		return k
	}
	if j = skipSpace(s, e); j == e {
		return k
	}
	return j
}
