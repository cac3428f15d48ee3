package parse

import "strings"

// An event's notice gives its day, then the hour its doors open or it
// begins after a label that says so: "יום רביעי, י״ז שבט התשפ״ג, 8.2.23.
// פתיחת דלתות 20:00, תחילת מופע 20:30" (the Seudat Yitro evening in
// Ashdod, the seventy-second held-out round), "ז' אלול תשפ"ג 24.08.2023 |
// פתיחת שערים 19:00 | שעת התחלה 19:00" (a ticket site's lecture, the
// forty-eighth), "Wednesday, February 8, 2023. Doors open 7:30 pm",
// "Mittwoch, 8. Februar 2023, Einlass 19:00 Uhr". The day was read without
// its hour. The label is text of the dateline, as a service's name is
// (see serviceLabelBeforeTime), after a date without a time, on its line:
// after the comma, bar or dash that ends the date, or after the point
// that ends its sentence, since a label of this kind says whose hour
// follows it. Only an hour with its minutes (20:00, 19.30) or with am or
// pm follows it (see hourAt): "Doors open 2 hours before" and
// "כניסה חופשית" (free entry) are no hour, and the date stands alone.
// The first hour is the dateline's; a second label's ("תחילת מופע
// 20:30") is left to the text after it.

// startLabels are the labels, words one space apart: Latin ones read in
// any case (see matchPhrase), Hebrew ones as written, their article or
// not. A label that is a prefix of another comes after it.
var startLabels = [...]string{
	// Hebrew: doors, gates open; start, opening hour; the show's, the
	// event's, the evening's start; gathering.
	"פתיחת דלתות", "פתיחת הדלתות", "פתיחת שערים", "פתיחת השערים",
	"שעת התחלה", "שעת פתיחה", "תחילת מופע", "תחילת המופע",
	"תחילת האירוע", "תחילת הערב", "התכנסות",
	// English, German, Dutch, French.
	"doors open", "doors", "gates open", "show starts", "start time",
	"einlass", "beginn", "türöffnung", "aanvang", "zaal open", "deuren open",
	"ouverture des portes",
	// And the labels of a notice's start and hour after its date in
	// the other languages of Latin letters: "Dato: 9. november Start:
	// 17:00" (For Frihed, Danish; incoming line 896) read the day
	// alone. Start is English's, Danish's, Norwegian's, Swedish's and
	// German's; starttid and tid (time) the Nordic ones'; begin
	// Dutch's; début, inicio, início, inizio French's, Spanish's,
	// Portuguese's and Italian's. English's "Time" is left out: glued to
	// a year whose markup was dropped ("May 16, 2025Time: 7 pm") it ends
	// the date (see TestYearGluedToLabel).
	"starttid", "start", "tid", "begin", "début", "inicio", "início", "inizio",
}

// startPrepositions may stand between a label and its hour: "Doors open
// at 7 pm", "Einlass um 19:00 Uhr" or "ab 18:30", "Aanvang om 20.00",
// "בשעה 20:00" (at the hour); Hebrew's ב- glued to the hour ("ב-19:30")
// too.
var startPrepositions = [...]string{"at", "um", "ab", "om", "à", "בשעה"}

// startLabelFirst reports whether the byte c can begin a label: a Hebrew
// letter's lead byte, or the first letter of a Latin one in either case.
// It keeps the search for one off every other word.
func startLabelFirst(c byte) bool {
	if c == 0xD7 {
		return true
	}
	switch c | 0x20 {
	case 'd', 'g', 's', 'e', 'b', 't', 'a', 'z', 'o', 'i':
		return true
	}
	return false
}

// startLabelBeforeTime returns the index of the hour after such a label
// at s[i], or i.
func startLabelBeforeTime(s string, i int) int {
	if i >= len(s) || !startLabelFirst(s[i]) {
		return i
	}
	e := i
	for _, l := range startLabels {
		if s[i] == 0xD7 {
			if strings.HasPrefix(s[i:], l) && wordEnds(s, i+len(l)) {
				e = i + len(l)
				break
			}
		} else if k := matchPhrase(s, i, l); k > i && wordEnds(s, k) {
			e = k
			break
		}
	}
	if e == i {
		return i
	}
	k := skipSpace(s, e)
	if k < len(s) && s[k] == ':' {
		k = skipSpace(s, k+1) // Doors: 7 pm, שעת התחלה: 19:00
	}
	for _, w := range startPrepositions {
		if w[0] < 0x80 {
			if a := matchWord(s, k, w); a > k {
				k = skipSpace(s, a)
				break
			}
		} else if strings.HasPrefix(s[k:], w) && wordEnds(s, k+len(w)) {
			k = skipSpace(s, k+len(w))
			break
		}
	}
	for _, b := range [...]string{"ב-", "ב־"} {
		if strings.HasPrefix(s[k:], b) {
			k += len(b) // ב-20:00, at 20:00
			break
		}
	}
	if k == e || !hourAt(s, k) {
		return i
	}
	return k
}
