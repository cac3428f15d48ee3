package parse

// A line or sentence may open with the evening in the nominative before
// the date or its weekday in the genitive: "Вечер пятницы, 27 января 2017
// года" (Friday's evening), "Вечір п’ятниці, 27 січня 2017 року", "Вечер
// 27 января". Check read the evening (LeadingEvening, after
// cyrillicEvenings), its Hebrew date the next day's, from sunset; Find
// left the word out of its match and read the day alone, with the civil
// day's Hebrew date, the day before the evening's, with nothing said
// (seen by the two hundred and forty-eighth held-out round). After other
// words the noun is an event's ("Литературный вечер 27 января", a
// literary evening) or a range's end ("по вечер 30 декабря"), and Find's
// match is left as it was.

// eveningNouns are the evening in the nominative: Russian вечер,
// Ukrainian вечір, Belarusian вечар.
var eveningNouns = [...]string{"вечер", "вечір", "вечар"}

// eveningNounBefore returns where one of eveningNouns starts that ends
// the text at k, before the spaces to a match's start, where it opens
// the text, a line or a tag's text, or follows a sentence's end, a colon
// or an opening bracket or quote; or k.
func eveningNounBefore(text string, k int) int {
	if k < 2 || text[k-2] != 0xD0 && text[k-2] != 0xD1 {
		return k // the cheap first test: a Cyrillic letter ends the word
	}
	w := markedWordBefore(text, k)
	if w == k || !isWordOf(text[w:k], eveningNouns[:]) {
		return k
	}
	b := trimSpaceBefore(text, w)
	if b == 0 {
		return w
	}
	switch text[b-1] {
	case '\n', '\t', '>', '.', '!', '?', ':', '(', '"':
		return w
	}
	return k
}
