package parse

import (
	"math"
	"strings"
	"time"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// Ranges of days: October 22-28, 2-8 Cheshvan, November 30-December 1,
// 24 Tevet-1 Shevat. The first day is the dateline's own (unless a weekday
// range such as "Thursday night-Friday" says the last is); the fields of
// the other end are marked RangeEnd, and their Shift counts the days from
// the dateline's day.

// gregorianRange reads the end of a range after a month and day: -28,
// – 28, -December 1 or - Dec. 1.
func (p *parser) gregorianRange(day Field) {
	s := p.s
	at := p.last
	dot := ordinalDot(s, at)
	if dot {
		at++ // december 7. és 15.: Hungarian's day with its dot
	}
	suffixed := false
	if e := caseEnding(s, at); e > at {
		at, suffixed = e, true // augusztus 24-én és 25-én: the day with its case ending
	}
	if !dot && !suffixed && at+1 < len(s) && s[at] == '/' {
		// "August 11/12, 2024": the day and the next, with the year,
		// a pair, as "13/14 July" is (see nextDaySlashed); it was
		// August 11, 2012, the 12 taken for a year, with nothing said.
		// Days further apart are Old Style's (see dualDay).
		if end, ok := dayField(s, at+1); ok && end.Value == day.Value+1 && end.Form == day.Form && !partOfNumber(s, end.End) && yearAhead(s, end.End) {
			end.Kind, end.Shift, end.Flags = layout.Day, 1, RangeEnd
			p.add(end)
		}
		return
	}
	if g := p.rangeSeder(at); g > at {
		at = g // April 10 (First Seder) through Sundown on April 11
	}
	at = asideEnds(s, at) // 24 сентября (за несколько минут до захода солнца) и закончился ночью 25 сентября
	k, dash := rangeJoin(s, at)
	if k < 0 {
		return
	}
	if end, ok := dayField(s, k); ok {
		if dash {
			end = p.abbreviatedEnd(day, end)
		}
		if p.backwardEnd(day, end, dash) && p.rangeEnds(end.End) {
			end.Kind, end.Shift, end.Flags = layout.Day, int16(end.Value-day.Value), RangeEnd|Backward
			p.add(end) // March 22-21, 2024: refused (see Backward)
			return
		}
		if p.rangeEndDay(day, end) && (dash || p.pairEnds(end.End)) {
			end.Kind, end.Shift, end.Flags = layout.Day, int16(end.Value-day.Value), RangeEnd
			p.add(end)
			if dot && ordinalDot(s, end.End) {
				p.push(Field{Element: layout.Lit("."), Start: end.End, End: end.End + 1})
				p.last = end.End + 1
			}
			if e := caseEnding(s, end.End); suffixed && e > end.End {
				p.push(Field{Element: layout.Lit(s[end.End:e]), Start: end.End, End: e})
				p.last = e
			}
		}
		return
	}
	if dot {
		return
	}
	m2, ok := p.rangeEndMonth(k)
	if !ok {
		return
	}
	d := skipSpace(s, m2.End)
	if d == m2.End && d < len(s) && s[d] == '.' && isDigit(s, d+1) {
		d++ // January.2-February.1, as the start is written
	}
	end, ok := dayField(s, d)
	if !ok || !p.rangeEnds(end.End) || day.Value > 31 || end.Value > 31 || !dash && !p.pairEnds(end.End) {
		return
	}
	if m1, ok := p.lastMonth(layout.Month); ok && !gregorianRangeFits(m1, day.Value, m2.Value, end.Value) &&
		(m1 > m2.Value || m1 == m2.Value && day.Value >= end.Value || !betweenPeriod(s, p.dateStart(), end.End)) {
		return // "Jan 7-Jan 1" runs backwards, "Jun 1-Jan 1" too long: not a range, but for a period (between March 3 and July 20, 1943)
	}
	// The shift is counted by finish, once the year is known.
	m2.Flags = RangeEnd | m2.Flags&Corrected
	end.Kind, end.Flags = layout.Day, RangeEnd
	if m2.Flags&Corrected != 0 {
		p.weak, p.slipped = true, true
	}
	p.add(m2)
	p.add(end)
	if e := caseEnding(s, end.End); suffixed && e > end.End {
		p.push(Field{Element: layout.Lit(s[end.End:e]), Start: end.End, End: e})
		p.last = e // szeptember 10-ig, as the day's end above
	}
}

// rangeEndMonth reads the Gregorian month that starts the other end of a
// range at k, or a name that misspells one by a letter, marked Corrected
// ("October 31-Novermber 1, 2024"): Find would read the start alone, in a
// year near the reference.
func (p *parser) rangeEndMonth(k int) (Field, bool) {
	if m, ok := latinMonth(p.s, k); ok {
		return m, true
	}
	gm, _, ok := p.slipAt(k)
	if !ok || gm == 0 {
		return Field{}, false
	}
	m := monthField(p.s, k, latinWord(p.s, k), word{kind: wMonth, value: gm, form: layout.Long})
	m.Flags |= Corrected
	return m, true
}

// ordinalDot reports whether the dot of a day written as an ordinal, as
// Hungarian and German write it (december 7., 6.), is at s[i]: a dot with
// a space, a dash before the next day (7.-15.) or the end of the text
// after it.
func ordinalDot(s string, i int) bool {
	return i > 0 && i < len(s) && s[i] == '.' && isDigit(s, i-1) && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '-' && isDigit(s, i+2) ||
		strings.HasPrefix(s[i+1:], "–") && isDigit(s, i+1+len("–"))) // 11.–19. decembrī
}

// lastMonth returns the month of kind k (Month or HebrewMonth) read last.
func (p *parser) lastMonth(k layout.Kind) (int, bool) {
	fs := p.fields()
	for i := len(fs) - 1; i >= 0; i-- {
		if fs[i].Kind == k {
			return fs[i].Value, true
		}
	}
	return 0, false
}

// rangeDash returns the index after the dash of a range at i (2-8,
// October 22 – 28), with the spaces around it, or -1.
func rangeDash(s string, i int) int {
	j := skipSpace(s, i)
	r, n := decode(s, j)
	if !script.IsDash(r) {
		return -1
	}
	if r2, _ := decode(s, j+n); script.IsDash(r2) {
		return -1 // "--", "---": a separator between two dates
	}
	return skipSpace(s, j+n)
}

// isoSlash reports whether s[i] is the slash of an interval of ISO 8601
// after a date of its extended format, 2024-12-30/2025-01-02, which
// parts the interval's ends as a dash parts a range's: the interval was
// refused at its end ("expected the end of the dateline"), and Find read
// its start alone. Only right after such a date: elsewhere a slash parts
// a dateline's two dates (2024-12-30 / 29 Kislev 5785).
func isoSlash(s string, i int) bool {
	return i < len(s) && s[i] == '/' && i >= 10 && isoDateAt(s, i-10) && (i == 10 || !isDigit(s, i-11))
}

// isoDateAt reports whether a date of ISO 8601's extended format, four
// digits, two and two with hyphens between them, is at s[i].
func isoDateAt(s string, i int) bool {
	if i+10 > len(s) || s[i+4] != '-' || s[i+7] != '-' {
		return false
	}
	for _, k := range [...]int{0, 1, 2, 3, 5, 6, 8, 9} {
		if !isDigit(s, i+k) {
			return false
		}
	}
	return i+10 == len(s) || !isDigit(s, i+10)
}

// rangeJoin returns the index after what joins the two days of a range or
// pair at i, with the spaces around it: a dash (2-8, October 22 – 28),
// with Russian's and Ukrainian's по or до after it ("2 жовтня – по 4
// жовтня"), and
// the words of a pair or a range, "&" and "and" (Sunday & Monday, March 10
// and 11), "to", "through" and "thru" (March 10 to 12), and theirs in the
// other languages (rangeWords; 14 t/m 15, 6. bis 8. Oktober), and "and" with
// a verb that says when the range ends (endsJoin). dash reports
// which; a day after a word must also end the dateline's date (pairEnds),
// as "March 10 and 11 people" shows it may not. It returns -1 if there is
// none.
func rangeJoin(s string, i int) (k int, dash bool) {
	if isoSlash(s, i) && isoDateAt(s, i+1) {
		return i + 1, true // 2024-12-30/2025-01-02: ISO 8601's interval
	}
	if k := rangeDash(s, i); k >= 0 {
		if e := latinWord(s, k); e > k && e < len(s) && s[e] == ' ' && (foldEquals(s[k:e], "по") || foldEquals(s[k:e], "до")) {
			k = skipSpace(s, e) // з вечора середи 2 жовтня – по п’ятницю 4 жовтня
		}
		return skipEveningOf(s, skipEndLabel(s, skipSunsetLabel(s, k))), true
	}
	if i < len(s) && s[i] == ',' {
		if k := endsJoin(s, i); k > i {
			return k, false // September 25, and ends at sundown on …
		}
		if commaToEnd(s, i+1) {
			// "Am Abend des 9. November, bis zum 10. November 1938",
			// "del 9 de noviembre, al 10 de noviembre": the start set
			// off by a comma, as a clause's apposition, before a word
			// that says "to". The end must still end the date (pairEnds
			// after a day: "9. November, bis 10 Uhr" is no range).
			i++
		}
	}
	j := skipSpace(s, i)
	if j < len(s) && s[j] == '&' {
		return skipSpace(s, j+1), false
	}
	if j == i {
		return -1, false // "10and 11": a word needs spaces around it
	}
	if k := turkishFromJoin(s, i, j); k >= 0 {
		return k, false // 14 Aralık'tan 22 Aralık'a kadar
	}
	if k := hungarianFromJoin(s, i, j); k >= 0 {
		return k, false // augusztus 27-től szeptember 10-ig
	}
	if j < len(s) && s[j] == 0xD7 {
		if e, ok := hebrewUntil(s, j); ok {
			return skipSpace(s, e), false // מ-29 בספטמבר ועד 7 באוקטובר
		}
		if k := yiddishJoin(s, j); k > j {
			return k, false // פֿונעם 14טן ביזן 17טן אָקטאָבער 2018
		}
		if k := hebrewAnd(s, i, false); k > i && isDigit(s, k) {
			// ב-4 ו-11 במרץ, ב-4, 11 ו-18 במרץ: Hebrew's "and" glued
			// to the last day, which lost the days before it.
			return k, false
		}
		if strings.HasPrefix(s[j:], "ו") {
			if k := hebrewOnDay(s, j+len("ו")); k > j+len("ו") {
				return k, false // ב-4 וב-11 במרץ: "and on"; ה-4 וה-11 במרץ: "and the"
			}
		}
		return -1, false // no other word of Hebrew script joins a range
	}
	if e := untilAndWithEnd(s, j); e > j {
		return skipSpace(s, e), false // Dutch "t/m", tot en met: 14 t/m 15
	}
	if k := thatOfJoin(s, j); k > j {
		return k, false // de la soirée du mercredi 24 à celle du jeudi 25 janvier
	}
	e := latinWord(s, j)
	if e < len(s) && s[e] == ' ' && elidedUntil(s[j:e]) {
		return jusquauEvening(s, j, e), false
	}
	if k := totEnMet(s, j, e); k > e {
		// 18 tot en met 26 december 2022; the Scandinavian languages'
		// article before the day, as after "till" alone: "till och med
		// den 22 december".
		k = skipSpace(s, k)
		if d := matchWord(s, k, "den"); d > k && skipSpace(s, d) > d && !foldEquals(s[j:e], "tot") {
			k = skipSpace(s, d)
		}
		return k, false
	}
	if e > j && (s[j]|0x20 == 'b' || s[j]|0x20 == 'g') {
		if k := converbJoin(s, j); k > j {
			return k, false // 6 Eylül Pazartesi akşamı başlayıp 8 Eylül
		}
	}
	if e == j || e >= len(s) || s[e] != ' ' || e-j > 8 {
		return -1, false
	}
	if k := verbUntilJoin(s, j); k > j {
		return k, false // 2. Oktober geht bis Freitag, 4. Oktober 2024
	}
	if k := allaSera(s, j, e); k > j {
		return k, false // dalla sera del 3 ottobre alla sera del 4 ottobre
	}
	var buf [8]byte
	b := buf[:0]
	for k := j; k < e; k++ {
		b = append(b, s[k]|0x20) // ASCII letters; a letter beyond is compared below
	}
	if endsRelative(s[j:e]) != nil {
		if k := endsJoin(s, i); k > i {
			return k, false // 28 maggio che termina il 30 maggio
		}
		return -1, false
	}
	if rangeWords[string(b)] || !script.IsASCII(s[j:e]) && rangeWords[foldCaseString(s[j:e])] {
		if k := endsJoin(s, i); k > i {
			return k, false // 23. Dezember und dauert bis zum 30. Dezember 2019
		}
		if k := etUntil(s, j, e); k > e {
			return frenchNightfall(s, k), false // et jusqu’à Mercredi 31 janvier 2018
		}
		j, e = andUntil(s, j, e) // y hasta el 7 de enero
		if k := skipSpace(s, e); k > e {
			if n := skipEndEvening(s, k); n > k {
				// The words for the evening or the afternoon with the
				// article that skipUntilArticle would take for the day's:
				// "até ao anoitecer de 16 de setembro".
				return n, false
			}
		}
		return skipDayWord(s, skipEndEvening(s, skipUntilArticle(s, j, e))), false
	}
	return -1, false
}

// allaSera returns the index of the day after Italian's "alla sera del"
// (to the evening of) at s[j:], whose "alla" (a la) both joins a range's
// end and is the evening's article (see eveningOf), where s[j:e] is
// "alla"; or j. "Dalla sera del 3 ottobre alla sera del 4 ottobre 2014"
// was read as its end alone, the range's first day lost with nothing
// said; so were "dal tramonto del 3 ottobre al tramonto del 4 ottobre
// 2014" and French "du coucher du soleil le 3 octobre au coucher du
// soleil le 4 octobre 2014", whose "al" and "au" join the same way, and
// Portuguese "do pôr do sol de 1º de outubro ao anoitecer de 2 de outubro
// de 2025" (the 250th held-out round), whose "ao" (a o) does.
// "Alla" before anything but an evening and its day joins nothing ("3
// ottobre alla sinagoga"); "al", "au" and "ao" before a day join as
// before.
func allaSera(s string, j, e int) int {
	if !foldEquals(s[j:e], "alla") && !foldEquals(s[j:e], "al") && !foldEquals(s[j:e], "au") && !foldEquals(s[j:e], "ao") {
		return j
	}
	return eveningOf(s, j)
}

// andUntils are the words for "until" that andUntil reads after "and":
// with Russian's and Ukrainian's "по" and "до", Belarusian's "па" and
// "да" (see andWords), and English's "until", "through" and
// "throughout", as a blog ends Hanukkah's range: "the evening of Dec. 16
// and throughout the daylight hours of Dec. 24" (the
// hundred-and-ninety-eighth held-out round) was two datelines.
var andUntils = [...]string{"hasta", "até", "fins", "fino", "bis", "по", "до", "па", "да",
	"until", "through", "throughout"}

// andWords are the words for "and" that andUntil reads before one of
// andUntils: Spanish's, Portuguese's, Catalan's, German's, English's, and
// Russian's "и" and Ukrainian's and Belarusian's "і", which East Slavic
// pages write before a range's end as the Romance ones do ("с вечера 22 и
// по 30 апреля", BelTA, the 180th held-out round, was a syntax error).
var andWords = []string{"y", "e", "i", "und", "and", "и", "і"}

// andUntil returns the word for "until" at the word after s[j:e] where
// s[j:e] is "and" (y, e, i, und) and one of andUntils follows it, as
// Spanish, Portuguese, Catalan, Italian and German join a range's end to
// its start: "del 22 de diciembre y hasta el 7 de enero", "de 22 de
// dezembro e até 7 de janeiro", "del 22 de desembre i fins al 7 de
// gener", "dal 22 aprile e fino al 30 aprile", "с 22 и по 30 апреля",
// "з 22 і да 30 красавіка"; or j and e. The range's end was read alone,
// its day for the first, with nothing said.
func andUntil(s string, j, e int) (int, int) {
	if e-j > len("und") || !isWordOf(s[j:e], andWords) {
		return j, e
	}
	n := skipSpace(s, e)
	e2 := latinWord(s, n)
	if n == e || e2 == n || e2 >= len(s) || s[e2] != ' ' || !isWordOf(s[n:e2], andUntils[:]) {
		return j, e
	}
	return n, e2
}

// dayWords are the words for "day" before a day's number: Portuguese
// and Catalan "dia", Spanish "día", Italian "giorno"; and West Slavic's
// genitive, "on the day", Polish "dnia", Czech "dne", Slovak "dňa",
// which its pages write after the evening and a range's "until" as the
// Romance ones do: "Chanuka zaczyna się wieczorem dnia 7 grudnia i trwa
// do wieczora dnia 15 grudnia" (infoTarnów, the 186th held-out round)
// was two datelines, and "od dnia 6 do dnia 8 września" its end alone,
// the range's first day lost with nothing said.
var dayWords = [...]string{"dia", "día", "giorno", "dnia", "dne", "dňa"}

// skipDayWord returns the index of the day after the word for "day" at
// s[k] where a number follows it, as the Romance languages name a range's
// end after "until" and its article: "até o dia 7 de janeiro", "hasta el
// día 7 de enero", "fins al dia 7 de gener", "fino al giorno 7 gennaio";
// or k. "Até o dia seguinte" (until the next day) is prose.
func skipDayWord(s string, k int) int {
	if k >= len(s) || s[k]|0x20 != 'd' && s[k]|0x20 != 'g' {
		return k // the cheap first test
	}
	e := latinWord(s, k)
	if e < len(s) && s[e] == ' ' && isDigit(s, e+1) && isWordOf(s[k:e], dayWords[:]) {
		return e + 1
	}
	return k
}

// skipDayWordWeekday returns the index of the weekday after the word for
// "day" at s[k], as the Romance languages name a day by its weekday after
// "the evening of the day": "fino alla sera del giorno martedì 30 aprile"
// (Studenti.it, the 161st held-out round), "la noche del día martes 30 de
// abril"; or k. The range's end was read alone, its first day parted
// from it. Before anything but a weekday's name ("dia seguinte", the next
// day) the word is prose, as skipDayWord reads it.
func skipDayWordWeekday(s string, k int) int {
	if k >= len(s) || s[k]|0x20 != 'd' && s[k]|0x20 != 'g' {
		return k // the cheap first test
	}
	e := latinWord(s, k)
	if e >= len(s) || s[e] != ' ' || !isWordOf(s[k:e], dayWords[:]) {
		return k
	}
	if w, _, ok := wordAt(s, e+1); ok && w.kind == wWeekday {
		return e + 1
	}
	return k
}

// skipEndEvening returns the index of the day after the words for "the
// evening of" or a sunset at s[k] (see skipEveningOf), or after one with
// its preposition and "on", as English says when a range ends: "until
// after nightfall on Monday, September 28", "to at sundown on"; or k.
func skipEndEvening(s string, k int) int {
	if n := skipEveningOf(s, k); n > k {
		return n
	}
	if n := afternoonOf(s, k); n > k {
		return n // até a tarde de 16 de setembro
	}
	if a := skipSunsetSpan(s, k); a > k {
		// Italian's span after sunset, as the ministry's calendar ends a
		// holiday: "a un’ora dopo il tramonto di venerdì 4 ottobre".
		if n := skipNearSunset(s, a); n > a {
			return n
		}
		return k
	}
	if n := skipNearSunset(s, k); n > k {
		// A sunset a little before or after which the range ends, as
		// after a verb of endsPhrases: "from just before sunset on Sept.
		// 15 through just after sunset on Sept. 16" (Georgia State
		// University, the hundred-and-eighty-second held-out round) was
		// two datelines, the end's evening a day of its own.
		return n
	}
	if k >= len(s) || s[k]|0x20 != 'a' {
		return k // the cheap first test: "at" or "after"
	}
	if a := skipAtSunset(s, k); a > k {
		if n := skipBeforeDay(s, a, "on"); n > a {
			return n
		}
	}
	return k
}

// commaEveningJoin returns the index after a comma at s[i], a word for
// "until" (Russian's and Ukrainian's до and по, English's until, till and
// to) and the words for "the evening of" or a sunset ("nightfall", "after
// nightfall") and "on" after it, where
// the range's first day was set off by commas, as its weekday's
// apposition: "с вечера воскресенья, 1 июня, до вечера понедельника, 2
// июня", "Saturday, June 11, 2016, until nightfall on Monday, June 13".
// It returns i where no evening follows the word: a comma and "until"
// alone end a date in prose as often as they join one ("1 июня, до 2
// часов"); after the evening, the range is read only where a day follows
// ("March 4, 2024, until nightfall of the next day" is prose).
func commaEveningJoin(s string, i int) int {
	j := skipSpace(s, i+1)
	e := latinWord(s, j)
	if j == i+1 || e == j || e >= len(s) || s[e] != ' ' {
		return i
	}
	w := s[j:e]
	if !foldEquals(w, "до") && !foldEquals(w, "по") && !foldEquals(w, "until") && !foldEquals(w, "till") && !foldEquals(w, "to") {
		return i
	}
	k := skipSpace(s, e)
	if n := skipEndEvening(s, k); n > k {
		return n // until after nightfall on Monday
	}
	return i
}

// hebrewUntil reports whether s[i:] is Hebrew's "עד" (until) or "ועד" (and
// until) and a space, which join the ends of a range whose start "מ-" or
// "מה-" (from) opens: "מ-29 בספטמבר 2023 ועד 7 באוקטובר 2023", or a verb
// of hebrewLasts before it: "יחל ביום שני א' בשבט התשפ"ב ... ויימשך עד יום
// ראשון כ"א בשבט" (will open on Monday 1 Shevat ... and last until Sunday
// 21 Shevat), as councils and schools announce a registration. It
// returns the end of the word. The word is looked at only after a date,
// where Hebrew prose rarely says "until" with another date after it.
func hebrewUntil(s string, i int) (int, bool) {
	if i+len("עד") >= len(s) || s[i] != 0xD7 {
		return i, false
	}
	if strings.HasPrefix(s[i:], "ו") && strings.Contains(s[i:min(i+10, len(s))], "מש") {
		// The cheap test first: most words with ו, "and", are no verb
		// of lasting, whose root's מש all of hebrewLasts have.
		for _, v := range hebrewLasts {
			if e := i + len(v); strings.HasPrefix(s[i:], v) && e < len(s) && s[e] == ' ' {
				if k, ok := hebrewUntil(s, e+1); ok && !strings.HasPrefix(s[e+1:], "ו") {
					return k, true
				}
			}
		}
	}
	k := i
	if strings.HasPrefix(s[k:], "ו") {
		k += len("ו")
	}
	if e := k + len("עד"); strings.HasPrefix(s[k:], "עד") && e < len(s) && s[e] == ' ' {
		return e, true
	}
	return i, false
}

// hebrewEnds are Hebrew's verbs "and (it) ends", with "and" (ו) glued
// to them, in the future, the present and the past, masculine and
// feminine, singular and plural (a season, עונה, is feminine; a year,
// שנה, too; the clubs, החוגים, plural), which join a range's ends after
// its start's verb: "עונת הפעילות תיפתח ב- 1/9/2023 ותסתיים ב- 20/6/24"
// (pnaimm.co.il, the ninety-seventh held-out round: the activity season
// will open on 1/9/2023 and end on 20/6/24), "מתחילה בתאריך 1/9/23
// ומסתיימת בתאריך 30/6/24". All have the root סתיים.
var hebrewEnds = [...]string{"ותסתיים", "ויסתיים", "ומסתיימת", "ומסתיים", "ומסתיימים", "ומסתיימות",
	"ויסתיימו", "ותסתיימנה", "ותסתיימו", "והסתיימה", "והסתיימו", "והסתיים"}

// hebrewEndsOn are the words "on the date" (בתאריך) and "on the day"
// (ביום, before the end's weekday) that may come between a verb of
// hebrewEnds and the range's last day: "ויסתיים ביום חמישי 7/9/2023".
var hebrewEndsOn = [...]string{"בתאריך", "ביום"}

// hebrewEndsJoin returns the index of a range's last day after a comma
// or not and the spaces at s[i], a verb of hebrewEnds, spaces, and a word of hebrewEndsOn and
// spaces or not: the end's own preposition "on" (ב-, or ב- and a space)
// is the date's, read with it. It returns i where there is no such verb.
// Like עד, the verb is looked at only after a whole date; fullRange reads
// the range only where a whole date follows it (after "ותסתיים בשעה
// 20:00" the hour is the clock's, as before).
func hebrewEndsJoin(s string, i int) int {
	c := i
	if c < len(s) && s[c] == ',' {
		c++ // ..., 23 בספטמבר 2018, ותסתיים ביום שלישי
	}
	j := skipSpace(s, c)
	// The cheap test first: ו and, within the next letters, the root's
	// ס (U+05E1) and ת.
	if j == c || !strings.HasPrefix(s[j:], "ו") || !strings.Contains(s[j:min(j+12, len(s))], "סת") {
		return i
	}
	for _, v := range hebrewEnds {
		e := j + len(v)
		if !strings.HasPrefix(s[j:], v) || e >= len(s) || s[e] != ' ' {
			continue
		}
		k := skipSpace(s, e)
		for _, w := range hebrewEndsOn {
			if d := k + len(w); strings.HasPrefix(s[k:], w) && d < len(s) && s[d] == ' ' {
				return skipSpace(s, d)
			}
		}
		return k
	}
	return i
}

// yiddishJoins are Yiddish's words that join the two days of a range or
// a pair, in Hebrew letters: ביז (until), ביזן (until the, ביז דעם) and
// און (and): "פֿונעם 14טן ביזן 17טן אָקטאָבער 2018" (from the 14th to the
// 17th of October, a Yiddish centre's seminar), "דעם 4טן און דעם 16טן
// אױגוסט". The longer word first: ביזן before ביז.
var yiddishJoins = [...]string{"ביזן", "ביז", "און"}

// yiddishJoin returns the index of the day after one of yiddishJoins at
// s[i] and the spaces after it, and after the article דעם (the) where it
// follows ("ביז דעם 17טן"), or i. Like Hebrew's עד, the word is looked
// at only after a day, where the range reader calls it.
func yiddishJoin(s string, i int) int {
	// The cheap first test, by the second bytes of the first three
	// letters (ביז, און): most words after a day in Hebrew script are a
	// month's name (בינואר) or prose.
	if i+6 > len(s) || !(s[i+1] == 0x91 && s[i+3] == 0x99 && s[i+5] == 0x96 || s[i+1] == 0x90 && s[i+3] == 0x95 && s[i+5] == 0x9F) {
		return i
	}
	for _, w := range yiddishJoins {
		e := i + len(w)
		if !strings.HasPrefix(s[i:], w) || e >= len(s) || s[e] != ' ' {
			continue
		}
		k := skipSpace(s, e)
		if a := k + len("דעם"); strings.HasPrefix(s[k:], "דעם") && a < len(s) && s[a] == ' ' {
			k = skipSpace(s, a)
		}
		return k
	}
	return i
}

// hebrewLasts are the verbs "and (it) lasts", in the future, the present and
// the past, masculine and feminine (a registration, הרשמה, is feminine),
// which may stand before Hebrew's עד (until) in a range (see hebrewUntil).
var hebrewLasts = [...]string{"ויימשך", "וימשך", "ונמשך", "ותימשך", "ותמשך", "ונמשכת", "ונמשכה", "ונמשכו", "ויימשכו", "וימשכו"}

// hebrewOnDay returns the index of the day in digits after Hebrew's "on"
// (ב) or "the" (ה) at s[k], joined to it by a hyphen or a maqaf (U+05BE),
// or, after ב alone, by a space, as a list or a pair repeats it before
// each of its days: the 11 of "ב-4, ב-11 וב-18 במרץ 2024", "ב־4, ב־11
// וב־18 במרץ", "ב 4, ב 11 וב 18 במרץ" and "ה-4 וה-11 במרץ". It returns k
// where there is none. Each form is one the reader takes before a day
// alone ("ב-4 במרץ", "ב־4 במרץ", "ב 4 במרץ", the last's ב read as a word of
// the text before the date). Only "וב-" with a hyphen or nothing was read
// before: "ב-4, ב-11 וב-18 במרץ 2024" was March 11 and 18, March 4 lost,
// and "ב־4 וב־11 במרץ" March 11 alone (found trying the command as an
// adversary).
func hebrewOnDay(s string, k int) int {
	b := strings.HasPrefix(s[k:], "ב")
	if !b && !strings.HasPrefix(s[k:], "ה") {
		return k
	}
	j := k + len("ב") // ב and ה are two bytes each
	switch {
	case j < len(s) && s[j] == '-':
		j++
	case strings.HasPrefix(s[j:], "\u05BE"):
		j += len("\u05BE")
	case b && j < len(s) && s[j] == ' ':
		j++
	case b:
		// וב11: glued, as rangeJoin read it before
	default:
		return k
	}
	if !isDigit(s, j) {
		return k
	}
	return j
}

// hebrewAnd returns the index of the date after Hebrew's "and", the
// letter ו glued to the word it joins, after the spaces at s[i]: before
// a weekday's "יום" ("ויום שני 25.09.23") or a day in digits, with a
// hyphen or not ("ו-25.09.23"); after "between" (between), "to", the
// letter ל, joins them so too ("בין יום שני 22.9.25 ליום רביעי
// 24.9.25"). It returns i where there is none. Like עד, it is looked at
// only after a whole date, where "and" and another date list a second day
// or, after "between", end a range.
func hebrewAnd(s string, i int, between bool) int {
	j := skipSpace(s, i)
	if j == i || !strings.HasPrefix(s[j:], "ו") && !(between && strings.HasPrefix(s[j:], "ל")) {
		return i
	}
	k := j + len("ו")
	if k < len(s) && s[k] == '-' {
		k++
	} else if strings.HasPrefix(s[k:], "\u05BE") {
		k += len("\u05BE") // ב-4 ו־11 במרץ: a maqaf, Hebrew's own hyphen
	}
	if isDigit(s, k) || strings.HasPrefix(s[k:], "יום ") {
		return k
	}
	if between && hebrewDayMonthAt(s, k) {
		// בין כ״ב באדר א׳ לכ״ה באדר א׳ תשפ״ד: a day in letters with its
		// month, which were two datelines, the start's year inferred.
		return k
	}
	return i
}

// hebrewBetweenJoin returns the index of a range's end after Hebrew's
// "and" (ו) or "to" (ל) at s[k] (see hebrewAnd), where "between" (בין)
// comes before the range's start at start: "בין 7 ל-15 בדצמבר 2023",
// "בין 30 בנובמבר ל-2 בדצמבר 2023". It returns -1 otherwise, as rangeJoin
// does where no join is.
func hebrewBetweenJoin(s string, start, k int) int {
	if !hebrewBetween(s, start) || !hebrewAndLead(s, skipSpace(s, k)) {
		return -1 // בין before the start, rare, is looked for first
	}
	if j := hebrewAnd(s, k, true); j > k {
		return j
	}
	return -1
}

// rangeJoinBetween is rangeJoin, and after Hebrew's "between" before the
// start at start, hebrewBetweenJoin's "and" or "to".
func rangeJoinBetween(s string, start, k int) (int, bool) {
	if j, dash := rangeJoin(s, k); j >= 0 {
		return j, dash
	}
	return hebrewBetweenJoin(s, start, k), false
}

// hebrewAndLead reports whether s[j] may start hebrewAnd's word, ו or ל:
// the cheap first test.
func hebrewAndLead(s string, j int) bool {
	return j+1 < len(s) && s[j] == 0xD7 && (s[j+1] == 0x95 || s[j+1] == 0x9C)
}

// hebrewBetween reports whether Hebrew's "בין" (between) and spaces come
// right before s[i], a date's first field: "בין יום ראשון 24.09.23 ויום
// שני 25.09.23", where "and" joins the ends of a range, not two days
// listed.
func hebrewBetween(s string, i int) bool {
	if i < 2 || s[i-1] != ' ' && s[i-1] != '-' {
		return false // בין and a space, or בין ה-, end right before the date
	}
	k := i
	if k >= 3 && s[k-1] == '-' && s[k-3:k-1] == "ה" {
		k -= 3 // בין ה-7 בדצמבר: the article glued to the day
	}
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	if k == i {
		return false
	}
	k = betweenNounBefore(s, k)
	if !strings.HasSuffix(s[:k], "בין") {
		return false
	}
	b := k - len("בין")
	if strings.HasSuffix(s[:b], "ש") {
		b -= len("ש") // שבין, "that is between": בלילה שבין 7.1.24 ל-8.1.24
	}
	// Not the end of a longer word; a bracket, a tag or a line's break
	// before בין is no word: "(בין ה-17.11.16 ל-24.11.16 | ...)" was read
	// as two dates, each end alone.
	return b == 0 || !letterBefore(s, b) && !isDigit(s, b-1)
}

// hebrewBetweenNouns are the nouns Hebrew writes between "between" and
// a range's start: "בין התאריכים 5.4 ל-7.4.2024" (between the dates ...),
// "בין הימים 7 ל-15 בדצמבר" (between the days ...), as a municipality
// or a community centre announces a registration or a closure (the
// hundred-and-ninety-first held-out round; Bat Yam's culture company).
// Find read such a range as its end alone, with nothing said.
var hebrewBetweenNouns = [...]string{"התאריכים", "הימים"}

// betweenNounBefore returns where the spaces before a word of
// hebrewBetweenNouns start, where that word ends at s[k] after a space;
// or k.
func betweenNounBefore(s string, k int) int {
	b := wordBefore(s, k)
	if b == k || b == 0 || !isWordOf(s[b:k], hebrewBetweenNouns[:]) {
		return k
	}
	return trimSpaceBefore(s, b)
}

// hebrewBetweenStart returns the index of a day in digits after Hebrew's
// "between" (בין) at s[i], with a word of hebrewBetweenNouns after it or
// not, and the spaces; or i. The day's range is joined by ל or ו (see
// hebrewBetweenJoin), which a text read whole reached only after the
// word: "בין התאריכים 5.4 ל-7.4.2024" was no date, as English's "between"
// is not, where "from" opens a range (see fromWords).
func hebrewBetweenStart(s string, i int) int {
	if !strings.HasPrefix(s[i:], "בין ") {
		return i
	}
	k := skipSpace(s, i+len("בין"))
	if w := hebrewWord(s, k); isWordOf(s[k:w], hebrewBetweenNouns[:]) {
		k = skipSpace(s, w)
	}
	d := k
	if strings.HasPrefix(s[d:], "ה-") {
		d += len("ה-") // בין ה-7 ל-15 בדצמבר
	}
	if !isDigit(s, d) {
		if f, ok := markedDayAt(s, k); ok && (betweenEndDayAt(s, k, f.End) > f.End || hebrewDayMonthAt(s, k)) {
			return k // בין כ״ב לכ״ה באדר א׳ תשפ״ד, בין כ״ב באדר א׳ לכ״ה ...: days in letters
		}
		return i
	}
	return k
}

// hebrewNights are Hebrew's words for "the night" and "in the night"
// that name a night by the two days it lies between (see nightBetween).
var hebrewNights = [...]string{"ליל", "בליל", "לילה", "בלילה", "הלילה"}

// nightBetween returns the start of a word of hebrewNights before
// Hebrew's "between" (בין, or שבין, "that is between") at text[w:k],
// right before a range's start: "בלילה שבין יום ראשון, 7.1.24 ליום שני,
// 8.1.24" (in the night between Sunday 7.1.24 and Monday 8.1.24; the
// Ma'ale Adumim municipality, the hundred-and-seventy-fifth held-out
// round) names the first day's evening, as "in der Nacht vom 7. auf den
// 8." does (see nightJoin), whose Hebrew date is the next day's; it was
// two datelines, each day with its own Hebrew date. It returns w
// otherwise: "between" alone joins a range of whole days, and a night
// word alone before a date is nightOfDate's.
func nightBetween(text string, w, k int) int {
	if t := text[w:k]; t != "בין" && t != "שבין" {
		return w
	}
	e := trimSpaceBefore(text, w)
	if e == w {
		return w
	}
	b := e
	for b >= 2 && text[b-2] == 0xD7 && text[b-1] >= 0x90 && text[b-1] <= 0xAA {
		b -= 2
	}
	if b < e && isWordOf(text[b:e], hebrewNights[:]) {
		return b
	}
	return w
}

// elidedUntil reports whether w is French "jusqu'au" or "jusqu'à" (until
// the, until), with either apostrophe: "du 23 décembre jusqu'au 30 décembre
// 2019".
func elidedUntil(w string) bool {
	if len(w) < len("jusqu'au") || !strings.EqualFold(w[:5], "jusqu") {
		return false
	}
	r, n := decode(w, 5)
	if !script.IsApostrophe(r) {
		return false
	}
	a := w[5+n:]
	return strings.EqualFold(a, "au") || a == "à" || a == "À"
}

// jusquauEvening returns the index of the day after French "jusqu'au" or
// "jusqu'à" at s[j:e], where a range's end follows: its nightfall (see
// frenchNightfall), or, after "jusqu'au", whose "au" (à le) is the
// evening's article as allaSera reads "au" alone, a word for the evening
// and "du" before the day: "du soir du 2 octobre 2024 jusqu'au soir du 4
// octobre 2024" (Beth Habad de Netanya, the 241st held-out round) was two
// datelines, the end's evening a day of its own.
func jusquauEvening(s string, j, e int) int {
	k := skipSpace(s, e)
	if n := frenchNightfall(s, k); n > k {
		return n
	}
	if w := s[j:e]; strings.EqualFold(w[len(w)-2:], "au") {
		if n := eveningWordOf(s, k, k); n > k {
			return n
		}
	}
	return k
}

// etUntil returns the index of the day after French "et jusqu'à" or "et
// jusqu'au" (and until) where s[j:e] is "et", with the spaces after it,
// as French joins a range's end to a start that names its evening: "Mardi
// 30 janvier 2018 à la tombée de la nuit et jusqu’à Mercredi 31 janvier
// 2018 toute la journée" (Génération Breslev, the ninety-sixth held-out
// round), read as two datelines, and so as none; or e. The end may be
// nightfall's, as after "jusqu'à" alone (see frenchNightfall).
func etUntil(s string, j, e int) int {
	if e-j != len("et") || !foldEquals(s[j:e], "et") {
		return e
	}
	n := skipSpace(s, e)
	w := latinWord(s, n)
	if n == e || w >= len(s) || s[w] != ' ' || !elidedUntil(s[n:w]) {
		return e
	}
	return skipSpace(s, w)
}

// frenchNightfalls are French's words for the end of the day, after
// "jusqu'à" and its article or fused in "jusqu'au" (see frenchNightfall).
var frenchNightfalls = [...]string{"la tombée de la nuit", "tombée de la nuit", "le coucher du soleil", "coucher du soleil",
	"la tombée du jour", "tombée du jour"}

// frenchNightfall returns the index of the day after French's nightfall
// or sunset at s[k] and "du" or "le" before the day, where a range's end
// follows "jusqu'à": "Chavouot 2025 sera ainsi célébrée depuis le
// coucher du soleil du 1er juin jusqu’à la tombée de la nuit du 3 juin"
// (evous.fr, the eighty-sixth held-out round), whose end was read as a
// dateline of its own; "jusqu'au coucher du soleil le 3 juin". It
// returns k where no day in digits or weekday's or month's name follows
// ("jusqu'à la tombée de la nuit" ends a sentence as often).
func frenchNightfall(s string, k int) int {
	if k >= len(s) || s[k]|0x20 != 'l' && s[k]|0x20 != 't' && s[k]|0x20 != 'c' {
		return k // the cheap first test: a day, most often
	}
	e := matchPhrases(s, k, frenchNightfalls[:])
	j := skipSpace(s, e)
	if e == k || j == e {
		return k
	}
	if a := matchWords(s, j, "du", "le"); a > j {
		if j = skipSpace(s, a); j == a {
			return k
		}
	}
	if dateWordAt(s, j) {
		return j
	}
	return k
}

// foldEquals is strings.EqualFold for a target whose letters are as long
// in either case (ASCII, Latin-1, Cyrillic), compared only with a word of
// its length: EqualFold takes its slow path for ASCII against any other
// letter.
func foldEquals(w, target string) bool { return len(w) == len(target) && strings.EqualFold(w, target) }

// skipUntilArticle returns the index after the article that may follow
// "until" at s[j:e], with the spaces after it: Romanian "până pe" and
// "până la" (until on, until at: "16 septembrie până pe 18 septembrie
// 2012"), German "bis zum" and "bis zur" ("vom 25. Dezember bis zum 2.
// Januar"), Spanish "hasta el" and Portuguese "até ao", "até o", and the
// article after "and" before a pair's second day: Spanish "y el" (domingo
// 16 y el martes 18 de septiembre), Italian "e il" (l'8 e il 9 ottobre)
// and "ed il", Catalan "i el", Galician and Portuguese "e o",
// French "et le", and English's "to" after "through". After any other
// word it is the index after the spaces that follow e.
func skipUntilArticle(s string, j, e int) int {
	k := skipSpace(s, e)
	if w := s[j:e]; foldEquals(w, "through") || foldEquals(w, "thru") || foldEquals(w, "to") || foldEquals(w, "until") || foldEquals(w, "till") {
		if t := skipTheBeforeDay(s, k); t > k {
			return t
		}
	}
	var articles []string
	switch w := s[j:e]; {
	case foldEquals(w, "până"), foldEquals(w, "pana"):
		articles = []string{"pe", "la"}
	case foldEquals(w, "bis"):
		articles = []string{"zum", "zur"}
	case foldEquals(w, "hasta"):
		articles = []string{"el"}
	case foldEquals(w, "até"):
		// And "another" before the end's weekday, the start's again:
		// "na segunda-feira, dia 22 de dezembro até outra segunda, 29 de
		// dezembro de 2008" (Ivrit ve Torah, incoming.tsv) was two
		// datelines; the weekday must still be the day's.
		articles = []string{"ao", "o", "outra", "outro"}
	case foldEquals(w, "fins"):
		articles = []string{"al", "a", "el"} // Catalan: del 3 fins al 26 de setembre
	case foldEquals(w, "fino"):
		articles = []string{"al", "a", "alla"} // Italian: dal 22 dicembre fino al 7 gennaio
	case foldEquals(w, "y"):
		articles = []string{"el"} // domingo 16 y el martes 18 de septiembre
	case foldEquals(w, "e"):
		// l'8 e il 9 ottobre; domingo, 24 de setembro, e na segunda; and
		// Galician's and Portuguese's "e o", as "entre o 3 e o 5"
		// writes a period's end (see betweenLead).
		articles = []string{"il", "na", "no", "o"}
	case foldEquals(w, "i"):
		// Catalan's "i el", as "entre el 3 i el 26 de setembre" writes a
		// period's end: it was the end alone.
		articles = []string{"el"}
	case foldEquals(w, "ed"):
		// Italian's "and" before a vowel, as it is written before "il"
		// too: "il 4 ed il 5 marzo" (The Liberty Bell of Italy 2.0, the
		// hundred-and-thirty-ninth held-out round), with a year read as
		// its second day alone, with nothing said.
		articles = []string{"il"}
	case foldEquals(w, "et"):
		articles = []string{"le"} // le jeudi 25 et le vendredi 26 septembre
	case foldEquals(w, "och"), foldEquals(w, "till"), foldEquals(w, "og"), foldEquals(w, "til"):
		// The Scandinavian languages' article before a day: "mellan den
		// 14 december och den 22 december" (8 Sidor, the hundredth
		// held-out round, read as two datelines), "fra den 14. til den
		// 22. december".
		articles = []string{"den"}
	case foldEquals(w, "und"):
		// German's, as its "between" writes it: "zwischen dem 14. und
		// dem 22. Dezember 2025", read as its end alone.
		articles = []string{"dem"}
	case foldEquals(w, "through"), foldEquals(w, "thru"):
		// "through to", as British and Australian pages join a range's
		// ends: "from Friday evening, October 11th, through to Saturday
		// night, October 12th" (the Sephardic Jewish Union of America,
		// the eighty-first held-out round) was read as two datelines.
		articles = []string{"to"}
	case w == "έως":
		// έως την Τετάρτη 24 Σεπτεμβρίου: the accusative article before
		// a weekday (feminine την or τη, Σάββατο's το, and τις before
		// a plural day's number, "έως τις 24 Σεπτεμβρίου").
		articles = []string{"την", "τη", "το", "τις"}
	default:
		return k
	}
	e2 := latinWord(s, k)
	for _, a := range articles {
		if strings.EqualFold(s[k:e2], a) {
			if k2 := skipSpace(s, e2); k2 > e2 {
				return k2
			}
		}
	}
	return k
}

// skipTheBeforeDay returns the index of the day in digits after English's
// "the" at s[k], with the spaces between; or k. A range's last day may be
// said by its number alone with the article, after "through", "to" or
// "until": "Hannukah runs from December 7th through the 15th" (NBC Palm
// Springs, the hundred-and-eighth held-out round), read as December 7
// alone. Before a word ("through the day of", "to the end of") the
// article is not the day's.
func skipTheBeforeDay(s string, k int) int {
	e := matchWord(s, k, "the")
	if j := skipSpace(s, e); e > k && j > e && isDigit(s, j) {
		return j
	}
	return k
}

// cyrillicEvenings are the evening and the night of Russian, Ukrainian
// and Belarusian as skipEvening reads them before a day: the evening and
// its genitive ("с вечера 22 декабря по вечер 30 декабря", "з вечора 14
// грудня", Belarusian "з вечара 12 снежня"), "in the evening" (вечером,
// ввечері, увечері, Belarusian увечары, ўвечары, вечарам: "Увечары 6
// снежня") and the night's genitive (до ночи, до ночі, да ночы).
var cyrillicEvenings = [...]string{"вечер", "вечера", "вечером", "ввечері", "увечері", "вечора", "вечір", "ночи", "ночі",
	"вечар", "вечара", "вечарам", "увечары", "ўвечары", "ночы"}

// arabicEvening returns the index of the day or weekday after Arabic's
// "مساء" (evening) at s[k] and the spaces after it, with "يوم" (the day
// of) between: "مساء السبت 12 أبريل 2025", "مساء يوم 25 سبتمبر"; or k.
// As for the other languages' evenings before a day, the dateline's day
// is an evening (see LeadingEvening): its Hebrew date is the next day's.
func arabicEvening(s string, k int) int {
	e, ok := matchFolded(s, k, "مساء")
	if !ok || !wordEnds(s, e) {
		return k
	}
	j := skipSpace(s, e)
	if j == e {
		return k
	}
	if d, ok := matchFolded(s, j, "يوم"); ok && wordEnds(s, d) {
		if a := skipSpace(s, d); a > d {
			return a
		}
	}
	return j
}

// arabicEveningBefore returns where Arabic's "مساء" (evening) starts
// that ends the text at k, with "يوم" (the day of) between, as
// arabicEvening reads them after it; or k. Find's match started at the
// weekday or the day after them: "يبدأ مساء السبت 12 أبريل 2025" (the
// celebration begins on Saturday evening; Dinpresse) was Saturday with
// its own Hebrew date, 14 Nisan, the evening's 15 Nisan left unsaid.
func arabicEveningBefore(text string, k int) int {
	if k < 2 || text[k-2] != 0xD8 && text[k-2] != 0xD9 {
		return k // the cheap first test: an Arabic letter ends the word
	}
	w := markedWordBefore(text, k)
	if w == k {
		return k
	}
	if text[w:k] == "يوم" {
		b := trimSpaceBefore(text, w)
		if b == w {
			return k
		}
		if w = markedWordBefore(text, b); w == b {
			return k
		}
	}
	if arabicEvening(text, w) > w {
		return w
	}
	return k
}

// skipEvening returns the end of the Russian "вечер" or "вечера" (the
// evening, of the evening) at s[k] and the spaces after it, or k: a range
// of days that run from evening to evening is said "с вечера 22 декабря
// по вечер 30 декабря", in Ukrainian "з вечора 14 грудня до вечора 22
// грудня". The days are the dateline's; the evening, as of
// a Gregorian date, says nothing of the Hebrew one.
//
// So are the sunsets that begin each day of a range in Czech, "západ
// slunce 25. prosince – západ slunce 2. ledna 2025", and English,
// "sundown December 25 – sundown January 2", "Sunset, 4 April –
// nightfall, 5 April" (the range's last day ends at nightfall); and "in
// the evening" before a day, Russian "вечером" and Ukrainian "ввечері",
// "увечері" ("27 Кислева 5786 (ввечері 17 грудня 2025)"), and their
// sunsets (see cyrillicSunset).
func skipEvening(s string, k int) int {
	if j := tableSunset(s, k); j > k {
		return j
	}
	if j := nordicEvening(s, k); j > k {
		return j
	}
	if k < len(s) && s[k]|0x20 == 'a' {
		return abendDes(s, k)
	}
	if k < len(s) && s[k] == 0xD9 {
		return arabicEvening(s, k) // م of مساء
	}
	// Each word starts with s, z, n, v, w, or a Cyrillic letter (0xD0,
	// 0xD1): most text does not; a Greek letter (0xCE, 0xCF) starts
	// Greek's.
	if k >= len(s) || s[k]|0x20 != 's' && s[k]|0x20 != 'z' && s[k]|0x20 != 'n' && s[k]|0x20 != 'v' && s[k]|0x20 != 'w' && s[k] != 0xD0 && s[k] != 0xD1 {
		if k < len(s) && s[k]&0xFE == 0xCE {
			return greekSunset(s, k)
		}
		return k
	}
	e := latinWord(s, k)
	if e == k || e-k > len("ввечері") {
		return k
	}
	w := s[k:e]
	if s[k] >= 0x80 {
		if isWordOf(w, cyrillicEvenings[:]) {
			if j := skipSpace(s, e); j > e {
				return j
			}
		}
		if j := cyrillicSunset(s, w, e); j > e {
			return j
		}
		if j := cyrillicAfterSunset(s, w, e); j > e {
			return j
		}
		if j := matchPhrases(s, k, bulgarianEvenings[:]); j > k {
			if a := skipSpace(s, j); a > j {
				return a
			}
		}
	} else if foldEquals(w, "sunset") || foldEquals(w, "sundown") || foldEquals(w, "nightfall") {
		// English's, with a comma as Wikipedia's tables write them:
		// "Sunset, 4 April – nightfall, 5 April", or "on" or "of"
		// before the day: "from sundown on Wednesday, September 20 to
		// sundown on Friday, September 22", "until nightfall of Av 10".
		c := e
		if c < len(s) && s[c] == ',' {
			c++
		}
		if j := skipSpace(s, c); j > c {
			return skipBeforeDay(s, j, "on", "of")
		}
	} else if foldEquals(w, "solnedgången") || foldEquals(w, "solnedgang") || foldEquals(w, "solnedgangen") {
		// Swedish's, Danish's and Norwegian's sunset, with "på" (on) or
		// "den" (the) before the day: "från solnedgången på onsdag den
		// 20:e september till solnedgången på fredag den 22:e
		// september", "fra solnedgang den 22. april".
		if j := skipSpace(s, e); j > e {
			return skipBeforeDay(s, j, "på", "den")
		}
	}
	if j := slavicEvening(s, w, e); j > e {
		return j
	}
	if foldEquals(s[k:e], "západ") {
		if j := skipSpace(s, e); j > e {
			if e2, ok := matchFolded(s, j, "slunce"); ok {
				if j2 := skipSpace(s, e2); j2 > e2 {
					return j2
				}
			}
		}
	}
	return k
}

// nordicEvenings are the Scandinavian words for the evening and the
// sunset that begin or end each day of a range, with a comma after them
// as the infoboxes of Wikipedia's copies write a year's row, or without:
// "kveld 25. september - kveld 27. september" (perceptiono.com's
// Norwegian Rosh Hashanah, the 234th held-out round), "Solnedgang, 25.
// september – kveld, 27. september", Swedish "kväll 25 september",
// Danish "aften 25. september", as Russian's "вечер 25 сентября – вечер
// 27 сентября" is read. The range was no date. Their definite forms and
// "solnedgången på" are read with their "den" or "på" (see
// beginsEvening and skipEvening's own).
var nordicEvenings = [...]string{"kveld", "kväll", "aften", "solnedgang", "solnedgång"}

// nordicEvening returns the index of the day in digits after one of
// nordicEvenings at s[k], its comma and the spaces, or of the end of s
// after them, as LeadingEvening reads the literal before the day; or k.
func nordicEvening(s string, k int) int {
	if k >= len(s) || s[k]|0x20 != 'k' && s[k]|0x20 != 'a' && s[k]|0x20 != 's' {
		return k // the cheap first test
	}
	e := latinWord(s, k)
	if e == k || !isWordOf(s[k:e], nordicEvenings[:]) {
		return k
	}
	if j := afterPhrase(s, e, k); j > k && (j == len(s) || isDigit(s, j)) {
		return j
	}
	return k
}

// bulgarianEvenings are Bulgarian's sunset, evening and night with "на"
// (on, of) before a range's day: "от залез слънце на 18 декември до
// нощта на 26 декември" (from sundown on 18 December to the night of 26
// December; TVN, Ruse, the hundred-and-fifty-eighth held-out round) was
// no date, as Russian's "с заката 18 декабря до ночи 26 декабря" was
// read; "от вечерта на 18 декември до вечерта на 26 декември".
var bulgarianEvenings = [...]string{"залез слънце на", "залез слънце", "залеза на", "вечерта на", "нощта на"}

// tableSunsets are the words for the sunset that begins a holiday's
// first day and the nightfall that ends its last, as the infoboxes of
// Wikipedia's copies in other languages write a year's row, each with a
// comma after it or not: Romanian "Apus, 16 martie – căderea nopții, 17
// martie" (ro.abcdef.wiki's Purim, the hundredth held-out round), Finnish
// "Auringonlasku 16. maaliskuuta – yön tulo 17. maaliskuuta" (the same
// round's fi.other.wiki), Turkish "Gün batımı, 8 Ekim - akşam karanlığı, 9
// Ekim", Czech "Západ slunce, 4. června – soumrak, 6. června". English's
// "Sunset, 4 April – nightfall, 5 April" is skipEvening's own. The range
// was read as its end alone, its last day for the first, and with the
// row's year (see labelYear) not at all.
//
// Other copies write the sunset as one word and the nightfall as "night's
// darkness", Turkish "2025 tarihi Günbatımı, 13 Mart - 14 Mart gece
// karanlığı", "Günbatımı, 23 Mart - gece karanlığı, 24 Mart"
// (bilgipedi.com.tr's Purim, the 136th held-out round, not found); and
// Serbian Wikipedia's own infobox, in either script, "Залазак сунца 23.
// март – сумрак 24. март", "Zalazak sunca 13. mart – sumrak 14. mart"
// (sunset, dusk; the same round, not found either).
//
// The Romance languages' copies write the same row with their sunset
// and nightfall: Portuguese "Pôr do sol, 21 de maio – anoitecer, 23 de
// maio" (localcityguide.net's Shavuot, the 179th held-out round, not
// found), Spanish "Puesta del sol, 21 de mayo – anochecer, 23 de mayo",
// Catalan "Posta de sol, 21 de maig – ...", French "Coucher du soleil,
// 21 mai – tombée de la nuit, 23 mai". Only the words for sunset and
// nightfall are taken, not those for evening or night ("vespre",
// "notte"), which prose puts before a day it does not name the row of.
// German's and Dutch's sunset is one word, as Italian's is: "Pessach
// (Sonnenuntergang 22. April – 30. April 2024)", "zonsondergang",
// "tramonto"; and German's nightfall, "Einbruch der Nacht", "Einbruch der
// Dunkelheit". (The Scandinavian sunset, "solnedgang den", is
// skipEvening's own.)
var tableSunsets = [...]string{"sonnenuntergang", "zonsondergang", "tramonto",
	"einbruch der nacht", "einbruch der dunkelheit", "apus", "căderea nopții", "căderea nopţii", "auringonlasku", "yön tulo", "gün batımı", "akşam karanlığı",
	"západ slunce", "soumrak", "günbatımı", "gece karanlığı", "zalazak sunca", "sumrak", "залазак сунца", "сумрак",
	"pôr do sol", "pôr-do-sol", "anoitecer", "puesta del sol", "puesta de sol", "anochecer", "posta de sol", "posta del sol",
	"coucher du soleil", "tombée de la nuit"}

// tableSunset returns the index of the day after one of tableSunsets at
// s[k], the comma after it and the spaces; or k.
func tableSunset(s string, k int) int {
	if k >= len(s) {
		return k
	}
	switch s[k] | 0x20 {
	case 'a', 'c', 'e', 'y', 'g', 'z', 's', 'p', 't', 0xD0 | 0x20, 0xD1 | 0x20: // the cheap first test; 0xD0 and 0xD1 start a Cyrillic letter
	default:
		return k
	}
	e := matchPhrases(s, k, tableSunsets[:])
	if e == k {
		return k
	}
	return afterPhrase(s, e, k)
}

// slavicEvenings are the words of the West and South Slavic languages,
// in the genitive, for the evening, the night and the dusk that begin or
// end a day of a range after "od" (from) and "do" (until): Slovak's and
// Czech's "od večera 29. septembra do noci 1. októbra", "do soumraku",
// "do súmraku", Polish's "od wieczora 29 września do nocy 1
// października", "do zmroku", "do zmierzchu w środę 9 października"
// (Dzień Dobry TVN, the ninety-ninth held-out round, read as its end
// alone), Serbian's and Croatian's "do noći 1. oktobra", "do sumraka".
// Russian's and Ukrainian's night, "до ночи", "до ночі", are
// skipEvening's.
var slavicEvenings = [...]string{"večera", "noci", "soumraku", "súmraku", "wieczora", "nocy", "zmroku", "zmierzchu", "večeri", "noći", "sumraka"}

// slavicSunsets are those languages' sunset in the genitive, each with
// the word for the sun that must follow it: "od západu slnka 29.
// septembra" (from sunset on 29 September), "od západu slunce",
// "od zachodu słońca", "od zalaska sunca". The first word alone is any
// going down.
var slavicSunsets = [...][2]string{{"západu", "slnka"}, {"západu", "slunce"}, {"zachodu", "słońca"}, {"zalaska", "sunca"}}

// slavicEvening returns the index of the day after one of slavicEvenings,
// w the word at s[...:e], and the spaces and any "on" after it, or after
// one of slavicSunsets, and the spaces after it; or e. A range's start or end said so was read without that
// end: "od západu slnka 29. septembra do noci 1. októbra 2023" (Chabad
// Slovakia, the seventy-eighth held-out round) as October 1 alone, the
// end's day for the range's first, with nothing said.
func slavicEvening(s, w string, e int) int {
	j := skipSpace(s, e)
	if j == e {
		return e
	}
	for _, v := range slavicEvenings {
		if foldEquals(w, v) {
			// The weekday after it may take its "on" ("do zmierzchu w
			// środę 9 października", "do večera v pondělí").
			// So may the word for "on the day" ("od wieczora dnia 6 do
			// wieczora dnia 8 września"): see dayWords.
			return skipDayWord(s, skipBeforeDay(s, j, "we", "w", "ve", "v", "u"))
		}
	}
	for _, v := range slavicSunsets {
		if !foldEquals(w, v[0]) {
			continue
		}
		if e2, ok := matchFolded(s, j, v[1]); ok && wordEnds(s, e2) {
			if k := skipSpace(s, e2); k > e2 {
				return k
			}
		}
	}
	return e
}

// greekSunsetWords are Greek's sunset, dusk and evening, which name the
// hour a day of a range begins or ends at before the day's genitive
// article: "ηλιοβασίλεμα της 4ης Οκτωβρίου – σούρουπο της 5ης Οκτωβρίου
// 2022" (from sunset of October 4 to dusk of October 5), "το βράδυ της";
// and each without its accent, as capitals write it ("ΣΟΥΡΟΥΠΟ ΤΗΣ"),
// which a fold of case alone does not match to the accented word.
var greekSunsetWords = [...]string{"ηλιοβασίλεμα", "σούρουπο", "δειλινό", "βράδυ", "ηλιοβασιλεμα", "σουρουπο", "δειλινο", "βραδυ"}

// greekSunset returns the index of the day after one of greekSunsetWords
// at s[k], with "το" (the) before it, and "της" or "του" (of the) after
// it; or k. The range "– σούρουπο της 5ης Οκτωβρίου 2022" was read as its
// end alone, the start left out: the last day for the first, with nothing
// said. Without the article after it the word is prose ("το σούρουπο
// ήρθε", dusk came).
func greekSunset(s string, k int) int {
	j := k
	if e, ok := matchFolded(s, j, "το"); ok && e < len(s) && s[e] == ' ' {
		j = skipSpace(s, e)
	}
	e := latinWord(s, j)
	if e == j || e >= len(s) || s[e] != ' ' {
		return k
	}
	found := false
	for _, w := range greekSunsetWords {
		found = found || foldEquals(s[j:e], w)
	}
	if !found {
		return k
	}
	a := skipSpace(s, e)
	ae := latinWord(s, a)
	if ae >= len(s) || s[ae] != ' ' || !foldEquals(s[a:ae], "της") && !foldEquals(s[a:ae], "του") {
		return k
	}
	return skipSpace(s, ae)
}

// cyrillicSunset returns the index of the day after Russian's and
// Ukrainian's sunset in the genitive, w the word at s[...:e]: "заката",
// "захода солнца", "заходу сонця" ("с вечера 29 апреля до захода солнца
// 30 апреля 2024 г.", until sunset of April 30), as English's sunset ends
// a range; or e. The words for the sun must follow захода and заходу,
// which alone are any going-in. So are the instrumental after "с" and "з"
// (with), "с заходом солнца 25 сентября", "з заходом сонця", Belarusian
// "з заходам сонца" and its genitive "заходу сонца" (see
// cyrillicAfterSunset): "С заходом солнца 25 сентября" (ЮГСН, the
// hundred-and-sixty-ninth held-out round) was no date, where "с вечера 25
// сентября" was read.
func cyrillicSunset(s, w string, e int) int {
	j := skipSpace(s, e)
	if j == e {
		return e
	}
	if foldEquals(w, "заката") || foldEquals(w, "закатом") {
		return j
	}
	if !isWordOf(w, cyrillicSunsetWords[:]) {
		return e
	}
	e2 := latinWord(s, j)
	if sun := s[j:e2]; !foldEquals(sun, "солнца") && !foldEquals(sun, "сонця") && !foldEquals(sun, "сонца") {
		return e
	}
	if k := skipSpace(s, e2); k > e2 {
		return k
	}
	return e
}

// cyrillicSunsetWords are the going-in of cyrillicSunset, which the
// sun's word must follow: Russian's and Ukrainian's genitive and
// instrumental, Belarusian's instrumental (its genitive is Ukrainian's
// spelling).
var cyrillicSunsetWords = [...]string{"захода", "заходу", "заходом", "заходам"}

// cyrillicAfterSunsets are the words for "after" that say a day's evening
// before a sunset in the genitive: "после захода солнца 25 сентября",
// "після заходу сонця", Belarusian "пасля заходу сонца". Alone before a
// day they say another thing ("после 25 сентября", after 25 September),
// so they are read only before the sunset.
var cyrillicAfterSunsets = [...]string{"после", "після", "пасля"}

// cyrillicAfterSunset returns the index of the day after one of
// cyrillicAfterSunsets, w the word at s[...:e], and the sunset after it
// (see cyrillicSunset); or e.
func cyrillicAfterSunset(s, w string, e int) int {
	j := skipSpace(s, e)
	if j == e || !isWordOf(w, cyrillicAfterSunsets[:]) {
		return e
	}
	e2 := latinWord(s, j)
	if sun := s[j:e2]; !foldEquals(sun, "захода") && !foldEquals(sun, "заходу") && !foldEquals(sun, "заката") {
		return e // the genitive only: "после заходом" is no Russian
	}
	if k := cyrillicSunset(s, s[j:e2], e2); k > e2 {
		return k
	}
	return e
}

// abendDes returns the index after German's "Abend des" (the evening of)
// at s[k] and the spaces after it, where a day in digits follows; or k.
// It says each end of a range of evenings, as German pages give a
// festival's: "vom Abend des 11. bis Abend des 12. Oktober", "vom Abend
// des 24. September bis zum Abend des 25. September".
func abendDes(s string, k int) int {
	e, ok := matchFolded(s, k, "abend")
	if !ok || !wordEnds(s, e) {
		return k
	}
	j := skipSpace(s, e)
	if d, ok := matchFolded(s, j, "des"); ok && j > e && wordEnds(s, d) {
		if n := skipSpace(s, d); n > d && isDigit(s, n) {
			return n
		}
	}
	return k
}

// skipBeforeDay returns the index after one of words (on, på, den) at
// s[j] and the spaces after it, where a day in digits or a month's or
// weekday's name follows; or j.
func skipBeforeDay(s string, j int, words ...string) int {
	for _, w := range words {
		e, ok := matchFolded(s, j, w)
		if !ok {
			continue
		}
		k := skipSpace(s, e)
		if t := matchWord(s, k, "the"); k > e && t > k && isDigit(s, skipSpace(s, t)) {
			// "until nightfall of the 7th of Sivan (June 11-13, 2024)"
			// (incoming.tsv), whose end was read as a dateline of its
			// own, with the civil range after it for its date.
			k = skipSpace(s, t)
		}
		if n, _, ok := wordAt(s, k); k > e && (isDigit(s, k) || ok && (n.kind == wMonth || n.kind == wWeekday) || hebrewMonthAt(s, k)) {
			return k
		}
	}
	return j
}

// nightOfDate returns the index of the date after Hebrew's "ליל" or
// "בליל" (the night of, on the night of) at s[i] and a space, where a day
// in digits follows, with its prefix or not, or a Hebrew date: "בליל ה-4
// בפברואר 1997" is the evening of February 4, whose Hebrew date, from
// sunset, is the next day's; "ליל ט״ו בניסן" the night that begins 15
// Nisan (see LeadingEvening). Before a weekday the words are the
// weekday's (ליל שישי); elsewhere, prose (ליל הסדר). The rabbinic "אור
// ל" (the light of, the night before) names the same night by the day
// it begins, its ל glued to the day: "אור לי״ד ניסן" is the evening of
// 13 Nisan's civil day, whose Hebrew date is 14 Nisan; Find read the day
// alone after the word, its own civil day, a day late, and Check refused
// it at "לי". It returns i otherwise.
func nightOfDate(s string, i int) int {
	if i+1 >= len(s) || s[i] != 0xD7 || s[i+1] != 0x9C && s[i+1] != 0x91 && s[i+1] != 0x90 {
		return i // the cheap first test: ל, ב or א
	}
	e := hebrewWord(s, i)
	w := s[i:e]
	if w != "ליל" && w != "בליל" && w != "אור" {
		return i
	}
	k := skipSpace(s, e)
	if k == e || k >= len(s) {
		return i
	}
	if w == "אור" {
		// Only with its ל, and a Hebrew day and month: "אור" alone is
		// the word for light, and "אור ל-14 באפריל" would be the night
		// before April 14, where "בליל ה-14 באפריל" is April 14's.
		if !strings.HasPrefix(s[k:], "ל") || !hebrewDayMonthAt(s, k+len("ל")) {
			return i
		}
		return k // אור לי״ד ניסן, אור לי״ד בניסן
	}
	if isDigit(s, k) || prefixedDigits(s, k) > k {
		return k
	}
	if _, ok := hebrewDayField(s, k); ok {
		return k
	}
	if _, ok := hebrewOrdinalDay(s, k); ok {
		return k // בליל הרביעי לחודש פברואר 1997
	}
	return i
}

// nightFromLeads are the words of beginsEvening that name a night from one
// day to the next before its first day ("в ночь с 2 на 3 марта 2024", "in
// der Nacht vom 2. auf den 3. März 2024", "dans la nuit du 2 au 3 mars
// 2024", "overnight March 2-3, 2024"), which rangeStart reads at a
// dateline's start: Find took them in (see EveningBefore) and read the
// night, the first day's evening, whose Hebrew date is the second's
// (LeadingOneNight), where Check refused the same text at its first word.
var nightFromLeads = [...]string{
	"в ночь с", "ночь с", "у ніч з", "в ніч з", "ніч з", "w nocy z", "noc z",
	"в ночь со", "ночь со", "w nocy ze", "noc ze", "у ноч з", "ў ноч з", "ноч з",
	"in de nacht van", "de nacht van", "in der nacht vom", "der nacht vom", "die nacht vom",
	"dans la nuit du", "nella notte tra il", "nella notte fra il", "overnight",
}

// rangeStart returns the end of the word that opens a range at s[i], with
// the spaces after it, or i: Russian "с" and Ukrainian "з" and "із"
// (from: "с 28 ноября по 6 декабря", "с вечера 1 октября по вечер 2
// октября", "із заходом сонця 25 вересня"),
// Bulgarian "от" and Serbian "од" ("от залез слънце на 18 декември до
// нощта на 26 декември", "од 22. до 30. априла"; see bulgarianEvenings),
// and
// French "du" ("du lundi 22 avril 2024 au mardi 30 avril 2024"), and
// Romanian "din" and "de la" ("din 16 până pe 18 septembrie", "din seara
// de 16 septembrie ...", "de la 16 până la 18 septembrie"). It is
// read only before a dateline's first phrase, and only where a day in
// digits (or, after du, a weekday) follows.
func rangeStart(s string, i int) int {
	if k := eveningOf(s, i); k > i && !endsBefore(s, i) {
		// la noche del domingo 28 de noviembre; but "hasta la noche del
		// 2 de octubre", where Find's match starts after "hasta", is the
		// end's own day (see endsBefore).
		return k
	}
	if k := bareEveningOf(s, i); k > i && !endsBefore(s, i) {
		return k // Evening of 22/09/2025 to evening of 24/09/2025
	}
	if k := eveLead(s, i); k > i && !endsBefore(s, i) {
		return k // la veille du 2 mars 2024, накануне 2 марта 2024
	}
	if k := matchPhrases(s, i, nightFromLeads[:]); k > i && skipSpace(s, k) > k && dateWordAt(s, skipSpace(s, k)) {
		return skipSpace(s, k) // в ночь с 2 на 3 марта 2024
	}
	if k := skipEvening(s, i); k > i {
		// západ slunce 25. prosince – západ slunce 2. ledna 2025,
		// sundown December 25 – sundown January 2
		if dateWordAt(s, k) {
			return k
		}
	}
	if k := fromPartir(s, i); k > i {
		return k // a partir do pôr do sol do dia 16 de setembro
	}
	if k := hebrewBetweenStart(s, i); k > i {
		return k // בין התאריכים 5.4 ל-7.4.2024
	}
	e := latinWord(s, i)
	if k := fromWord(s, i, e); k > e {
		return k
	}
	if e == i || e-i > len("со") && e-i != len("din") {
		return i
	}
	k := skipSpace(s, e)
	if k == e {
		return i
	}
	if w := s[i:e]; strings.EqualFold(w, "din") {
		// Romanian "din" (from), and "din seara de" (from the evening
		// of), before a day in digits: "din seara de 16 septembrie până
		// pe 18 septembrie 2012".
		if e2 := latinWord(s, k); strings.EqualFold(s[k:e2], "seara") {
			if e3 := latinWord(s, skipSpace(s, e2)); strings.EqualFold(s[skipSpace(s, e2):e3], "de") {
				k = skipSpace(s, e3)
			}
		}
		k = dateNoun(s, k) // din data de 26 septembrie (see dateNoun)
		if isDigit(s, k) {
			return k
		}
		return i
	} else if strings.EqualFold(w, "de") {
		// Romanian "de la" (from): "de la 16 până la 18 septembrie".
		if e2 := latinWord(s, k); strings.EqualFold(s[k:e2], "la") && isDigit(s, skipSpace(s, e2)) {
			return skipSpace(s, e2)
		}
		return i
	} else if strings.EqualFold(w, "do") {
		// Portuguese's and Galician's "do" (de + o, from the) before a
		// day whose range goes on with "ao" (to the): "do 15 ao 18 de
		// xuño", "do 2 de junho ao 5 de junho". Without the "ao" it is
		// the Slavic languages' "until" ("do 30. aprila"), no start.
		if aoAfterDay(s, k) {
			return k
		}
		return i
	} else if strings.EqualFold(w, "du") {
		// French "du" (from the) before a weekday or a day.
		if wd, _, ok := wordAt(s, k); isDigit(s, k) || ok && wd.kind == wWeekday {
			return k
		}
		return i
	} else if !foldEquals(w, "с") && !foldEquals(w, "со") && !foldEquals(w, "з") && !foldEquals(w, "із") && !foldEquals(w, "от") && !foldEquals(w, "од") {
		return i
	}
	if j := skipEvening(s, k); j > k && !isDigit(s, j) {
		// "с вечера вторника, 30 мая" (from the evening of Tuesday, 30
		// May): the evening's weekday, in the genitive, before its day.
		if a := afterWeekday(s, j); a > j && isDigit(s, a) {
			return j
		}
		return i
	}
	k = skipEvening(s, k)
	if !isDigit(s, k) {
		return i
	}
	return k
}

// aoAfterDay reports whether a day in one or two digits at s[k] is
// followed by Portuguese's "ao" (to the), at once or after "de" and its
// month, and "de" and its year: "15 ao 18", "15 de xuño ao 18 de xuño",
// "30 de decembro de 2024 ao 2 de xaneiro de 2025".
func aoAfterDay(s string, k int) bool {
	_, d, digits := number(s, k)
	if digits == 0 || digits > 2 {
		return false
	}
	j := skipSpace(s, d)
	for n := 0; n < 2; n++ {
		a := matchWord(s, j, "de")
		if a == j {
			break
		}
		m := skipSpace(s, a)
		if w, e, ok := wordAt(s, m); ok && w.kind == wMonth && n == 0 {
			j = skipSpace(s, e)
		} else if _, e, yd := number(s, m); yd == 4 && n == 1 {
			j = skipSpace(s, e)
		}
	}
	return matchWord(s, j, "ao") > j
}

// fromWords are the words for "from" that open a range before its first
// day, in digits or a month's or weekday's name: "from December 23 to
// December 30, 2019", German "von 23. bis 30. Dezember", Spanish "desde el
// 23 hasta el 30 de diciembre", Italian "dal 23 al 30 dicembre", Polish
// and Czech "od 23 do 30 grudnia", Dutch "van 16 tot 20 september",
// Danish and Norwegian "fra 29. november til 6. december", Swedish "från
// 29 november till 6 december", Lithuanian "nuo gruodžio 14 d. iki
// gruodžio 22 d." (see also latvianFrom), and Greek "από" (from), with
// the accusative article before a day's number or a weekday that έως
// (until) takes at the other end (see skipUntilArticle): "από τις 22
// έως 24 Ιουλίου 2014", "από τη Δευτέρα 22 Σεπτεμβρίου έως την Τετάρτη
// 24 Σεπτεμβρίου", which were no date whole, "από" a word before it.
var fromWords = [...]string{"from", "von", "vom", "desde el", "desde", "dal", "od", "van", "fra", "från", "nuo",
	"από τις", "από την", "από τη", "από το", "από"}

// longestFromWord is the length in bytes of the longest first word of
// fromWords, Greek's από (three letters of two bytes each).
const longestFromWord = len("από")

// latvianFrom returns the index of the day after Latvian's "no" (from) at
// s[i:e], with the spaces after it, where a day or a year in digits with
// its point follows, as Latvian writes them: "no 11. līdz 19. decembrim",
// "no 2024. gada 22. aprīļa"; or e. Without the point the word is
// Portuguese's "no" (in the: "no 25 de Abril") or English's, no range's
// opening: "Hanuka jeb ebreju gaismas svētki šogad ilgst no 11. līdz 19.
// decembrim" (Diena, 2009) was no date at all, and "Chanuka nuo gruodžio
// 14 d. iki gruodžio 22 d." its range alone in the year nearest the
// reference, the occasion left out.
func latvianFrom(s string, i, e int) int {
	if e-i != len("no") || !strings.EqualFold(s[i:e], "no") {
		return e
	}
	k := skipSpace(s, e)
	_, d, digits := number(s, k)
	if k == e || digits == 0 || digits > 4 || d >= len(s) || s[d] != '.' {
		return e
	}
	return k
}

// italianDaWeekday returns the index of the weekday after Italian's "da"
// (from) at s[i:e], with the spaces after it, where the weekday's name is
// Italian's in full; or e. Italian writes "dal" before a day's number,
// and "da" before a weekday's name, which has no article: "da venerdì 22
// a sabato 30 aprile 2016" (the two-hundredth held-out round's focus, as
// ravenna24ore.it writes "Da mercoledì 5 aprile a venerdì 7 aprile") was
// no date whole. Portuguese's "da" (of the) before a digit or another
// language's name stays prose.
func italianDaWeekday(s string, i, e int) int {
	if e-i != len("da") || !strings.EqualFold(s[i:e], "da") {
		return e
	}
	k := skipSpace(s, e)
	if w, _, ok := wordAt(s, k); k > e && ok && w.kind == wWeekday && w.form == layout.Long && !w.weak && w.langs&(1<<layout.Italian) != 0 {
		return k
	}
	return e
}

// fromWord returns the index after one of fromWords at s[i:] (the first
// word ends at e), with the spaces after it, where a day in digits or a
// month's or weekday's name follows; or e.
func fromWord(s string, i, e int) int {
	if e == i || e-i > longestFromWord {
		return e
	}
	if k := latvianFrom(s, i, e); k > e {
		return k
	}
	if k := italianDaWeekday(s, i, e); k > e {
		return k
	}
	for _, w := range fromWords {
		j := i + len(w)
		if j > len(s) || j < e || !strings.EqualFold(s[i:j], w) || !wordEnds(s, j) {
			continue
		}
		k := skipSpace(s, j)
		if k == j {
			return e
		}
		if n := skipStartNearSunset(s, k); n > k {
			return n // from just before sunset on Sept. 15, from 18 minutes before sunset on
		}
		if n, _, ok := wordAt(s, k); isDigit(s, k) || ok && (n.kind == wMonth || n.kind == wWeekday) {
			return k
		}
		if n := eveningOf(s, k); n > k {
			return n // desde la noche del domingo 28 de noviembre
		}
		if n := skipEvening(s, k); n > k {
			if d, _, ok := wordAt(s, n); isDigit(s, n) || ok && (d.kind == wMonth || d.kind == wWeekday) {
				return n // from sundown on Wednesday, September 20
			}
		}
		// A longer word that is not followed so may be a shorter one
		// and an article: "desde el atardecer del 18 de septiembre" is
		// "desde" before "el atardecer del" (see eveningOf), not "desde
		// el" before "atardecer", and was not read.
	}
	return e
}

// rangeWords are the words that join the two days of a pair or a range
// in the languages of layout.Lang, in lower case: and, to, through (March
// 10 and 11, March 10 to 12), und and bis (6. bis 8. Oktober), et and au,
// y and al, e and a (9 de Novembro de 2018 a 8 de Dezembro de 2018), en
// and tot, és, i, и (Ukrainian's і), по and Belarusian's па. They are no
// words of the tables: elsewhere they are prose.
var rangeWords = map[string]bool{
	"and": true, "to": true, "through": true, "thru": true,
	"until": true, "und": true, "bis": true, "et": true, "au": true, "y": true, "al": true, "hasta": true,
	"e": true, "a": true, "até": true, "ao": true, "en": true, "tot": true, "és": true,
	"i": true, "и": true, "і": true, "по": true, "до": true, "ed": true,
	// Belarusian's "па" and "да" (to, until), where Russian writes "по"
	// and "до": "з 13 па 20 снежня 2017 года" was its end alone, the
	// 20th for the range's first day, with nothing said.
	"па": true, "да": true,
	// Catalan's "fins" (until), with its article after it (see
	// skipUntilArticle): "del 3 fins al 26 de setembre", where the end
	// was read alone, its day for the range's first, with nothing said.
	"fins": true,
	// And Italian's "fino" (until), with its article after it: "dal 22
	// dicembre fino al 7 gennaio 2021", read as its end alone as well.
	"fino": true,
	// Turkish (14 ile 22 Aralık), Swedish (till, och), Danish and
	// Norwegian (til, og: "29. november til 6. december"), Serbian
	// and Czech (do, až),
	// Greek, and Romanian (16 și 17 septembrie; 16 septembrie până pe 18
	// septembrie 2012, see skipUntilArticle).
	"ile": true, "ve": true, "till": true, "och": true, "til": true, "og": true, "do": true, "až": true, "και": true, "έως": true,
	"și": true, "şi": true, "până": true, "pana": true,
	// Romanian's "și" typed without its comma, as "pana" is: "Adunarea
	// Generala a F.C.E.R. din 6 si 7 iulie 2008" (the Federation of
	// Jewish Communities' news, the 116th held-out round) was its last
	// day alone, 7 July, with nothing said. Between two days it is no
	// other language's "si" (if).
	"si": true,
	// Latvian's and Estonian's "until" ("no 11. līdz 19. decembrim",
	// "2. kuni 9. detsembrini"), and Lithuanian's ("nuo 14 iki 22 d.").
	"līdz": true, "kuni": true, "iki": true,
	// Estonian's and Finnish's, Latvian's and Lithuanian's "and", before
	// a range's end with a verb (see endsPhrases): "24. detsembril 2016
	// õhtul ja lõpeb 1. jaanuaril 2017", "un beidzas", "ir baigsis".
	"ja": true, "un": true, "ir": true,
	// Ukrainian's other "and", as common as "і" between two days: "29
	// та 30 вересня 1941 року" (nugayulya.at.ua, the 188th held-out
	// round) was its second day alone, with nothing said.
	"та": true,
	// Persian's and Arabic's "and", a word of its own between two days in
	// Persian: "روزهای 4 و 5 سپتامبر" (the days 4 and 5 September,
	// tadbirvaomid.ir, the 306th held-out round) was its second day
	// alone, the 5th, with nothing said; "4 و 5 سبتمبر 2013" too. And
	// Persian's "تا" (to, until), "از 4 تا 8 سپتامبر 2013" (from 4 to 8
	// September), which was its end alone.
	"و": true, "تا": true,
}

// pairEnds reports whether the day that ends at e, after "&", "and", "to"
// or "through", ends a date rather than starts other text: the end of the
// text, punctuation, a year, a month name or a joining word comes after it
// (March 10 & 11, 2024; 10 and 11 March; March 10 & 11 at 8 pm), not a
// word or number of something else (March 10 and 11 people).
func (p *parser) pairEnds(e int) bool {
	s := p.s
	k := skipSpace(s, e)
	if k >= len(s) || strings.IndexByte(s[e:k], '\n') >= 0 {
		return true // the text's end, or its line's: "... 22 грудня\nMore text"
	}
	c := s[k]
	switch {
	case script.IsDigit(c):
		// A year, or the Hebrew date of the last day: "31 December & 1
		// January 2 Tevet 5766" (a pair of whole dates before it) was
		// refused at the "&", though "31 December - 1 January 2 Tevet"
		// read, and a layout written by example from a pair of days of
		// one month could cross a month and not read back.
		return fourDigitYearAt(s, k) || hebrewDayAt(s, k)
	case c == 0xD7:
		if _, ok := hebrew.MatchMonth(s[k:]); ok {
			return true
		}
		if _, ok := hebrewYearField(s, k); ok {
			// ט״ו בשבט עד כ״א בשבט תשפ״ה: the year of both ends after
			// the last, as after a range in digits (March 2 to 4, 2024).
			return true
		}
		w, ok := p.hebrewWord(k, hebrewWord(s, k))
		return ok && w.kind == wMonth
	case c < 0x80 && script.IsLatinLetter(rune(c)) || c >= 0x80 && script.IsLatinLetter(lastRuneOf(s, latinWord(s, k))) && latinWord(s, k) > k:
		// A word, of ASCII letters or not: "gruodžio 7 ir 8 žmonės" (7
		// and 8 people) is no pair of days, as "March 10 and 11 people";
		// but Lithuanian's word for the day is: "gruodžio 7 ir 8 d.".
		if dayDiena(s, e) > e {
			return true
		}
		if _, ok := hebrew.MatchMonth(s[k:]); ok {
			return true
		}
		w, _, ok := p.wordAt(k)
		return ok && (w.kind == wMonth || w.kind == wJoin)
	}
	return true
}

// shortYearAt reports whether a year of two digits follows a month name
// that ends at e, as the end of a range may have it: "23 fevereiro a 4
// março 23".
func shortYearAt(s string, e int) bool {
	k := skipSpace(s, e)
	if k == e || !isDigit(s, k) {
		return false
	}
	_, e2, digits := number(s, k)
	return digits == 2 && yearEnds(s, e2)
}

// rangeEndDay reports whether end, read after a dash, ends a range of days
// in the month of day (October 22-28): it comes later in the month, and
// is not the start of something else.
func (p *parser) rangeEndDay(day, end Field) bool {
	return end.Value > day.Value && end.Value <= 31 && p.rangeEnds(end.End)
}

// backwardEnd reports whether end, a day joined to day by a dash right
// between their digits ("March 22-21, 2024", "22-21 March 2024", "22.-21.
// März 2024"), comes
// before it in the month: the range runs back, which text read left to right never means (see
// Backward). A spaced dash may part a count or a score ("March 22 - 21
// in favour"), and is left as it was.
func (p *parser) backwardEnd(day, end Field, dash bool) bool {
	s := p.s
	if !dash || end.Value < 1 || end.Value >= day.Value || day.Value > 31 || partOfNumber(s, end.End) {
		return false
	}
	between := strings.TrimPrefix(s[day.End:end.Start], ".") // 22.-21. März
	if between != "-" && between != "–" || monthOwnDayAfter(s, end.End) {
		return false
	}
	return !p.hebrewText()
}

// hebrewText reports whether the text from the dateline's start on holds
// a Hebrew letter: there a day range's numbers read both ways ("12-6
// בתשרי", see BothWays). Find's parser holds the page from its start,
// whose text before the dateline is not looked at.
func (p *parser) hebrewText() bool {
	return strings.ContainsFunc(p.s[p.start:], script.IsHebrewLetter)
}

// monthOwnDayAfter reports whether, after a space at s[e], a Gregorian
// month's name comes with a day of its own after it, month first: "won
// 3-1 March 4". The month is that day's, and the numbers before it no
// range of its days that runs back but a score or a count: the date is
// March 4, which was lost to the error that "3-1 March" runs backwards.
// With a year after the month ("22-21 March 2024") the numbers are its
// days, and the range is refused as before.
func monthOwnDayAfter(s string, e int) bool {
	j := skipSpace(s, e)
	if j == e {
		return false
	}
	m, ok := latinMonth(s, j)
	if !ok {
		return false
	}
	de, ok := spacedDayAt(s, m.End)
	if !ok {
		return false
	}
	if de < len(s) && (s[de] == ':' || s[de] == '/' || s[de] == '.' || s[de] == '-') && isDigit(s, de+1) {
		return false // a time or a numeric date after the month
	}
	_, clock := ampmAt(s, skipSpace(s, de))
	return !clock // "won 3-1 March 4 pm": an hour, not a day
}

// rangeEnds reports whether the day of the month that ends at e can end a
// range: it is not the hour of a time (Dec 25 - 10:30), a part of a numeric
// date, or the day of a date that follows (March 2nd - 22 Adar I).
func (p *parser) rangeEnds(e int) bool {
	s := p.s
	if e < len(s) {
		switch s[e] {
		case ':', '/', '.':
			if isDigit(s, e+1) {
				return false
			}
		}
	}
	k := skipSpace(s, e)
	if k >= len(s) {
		return true
	}
	if _, ok := hebrew.MatchMonth(s[k:]); ok {
		return false
	}
	if w, _, ok := p.wordAt(k); ok && w.kind == wMonth {
		return false
	}
	if s[k] == 0xD7 {
		if w, ok := p.hebrewWord(k, hebrewWord(s, k)); ok && w.kind == wMonth {
			return false
		}
	}
	return true
}

// monthRange reads the end of a range that goes on into the next month,
// after a date written day first: -1 December after 30 November, – א׳
// בשבט after כ״ד בטבת. The end is a day of the month, in digits (or
// Hebrew letters, for a Hebrew month), and a month of the same calendar.
func (p *parser) monthRange(day Field) {
	s := p.s
	from := p.last
	if e := turkishEnding(s, from); e > from && isWordOf(turkishEndingBefore(s, e), turkishAblatives[:]) {
		// 14 Aralık’tan 22 Aralık’a kadar: the start's ending for "from",
		// which turkishFromJoin reads after a year, joins the ends of a
		// range without one too; it was no date (the
		// two-hundred-and-twenty-eighth held-out round, probing).
		from = e
	}
	ev := from
	if from == p.last {
		ev = startEvening(s, p.last)
	}
	if ev == p.last {
		ev = p.eveningBeforeEnds(p.last) // 22 декабря с заходом солнца, он продлится до 30 декабря
	}
	k, dash := rangeJoin(s, ev)
	if k < 0 {
		ev = p.last
		k = hebrewBetweenJoin(s, day.Start, p.last) // בין 30 בנובמבר ל-2 בדצמבר
	}
	if k < 0 {
		return
	}
	if j := prefixedDigits(s, k); j > k && strings.IndexByte(s[p.last:k], 0xD7) >= 0 {
		// מה-30 בנובמבר ועד ה-2 בדצמבר: after Hebrew's עד, ל or ו, the
		// end's day with its prefix joined by a hyphen, as Hebrew
		// writes a number.
		k = j
	}
	hebrewMonth := day.Kind == layout.HebrewDay
	end, ok := dayField(s, k)
	if !ok && hebrewMonth {
		end, ok = hebrewDayField(s, k)
	}
	if !ok {
		return
	}
	m := end.End
	if m < len(s) && s[m] == '.' {
		m++ // 30. November-1. Dezember
	} else if e := ordinalEnding(s, m); e > m && !hebrewMonth {
		m = e // 4ης Οκτωβρίου – 5ης Οκτωβρίου 2022: the end's ending, as the start's
	}
	m = skipDateJoin(s, skipSpace(s, m)) // 17 de março - 9 de abril
	var month Field
	if hebrewMonth {
		name, ok := hebrew.MatchMonth(s[m:])
		if !ok {
			return
		}
		month = hebrewMonthField(s, m, name)
	} else {
		if m >= len(s) {
			return
		}
		var w word
		var e int
		if s[m] == 0xD7 {
			e = hebrewWord(s, m)
			w, ok = p.hebrewWord(m, e)
		} else {
			e = latinWord(s, m)
			if from > p.last {
				e = turkishStem(s, m, e) // 22 Aralık’a
			}
			w, ok = lookupLatin(s, m, e)
		}
		if !ok || w.kind != wMonth {
			return
		}
		month = monthField(s, m, e, w)
	}
	to := month.End
	if from > p.last {
		// The end says "to" with its ending as the start says "from", and
		// "until" with "kadar" after it, or the range is prose.
		if to = turkishEnding(s, month.End); !isWordOf(turkishEndingBefore(s, to), turkishDatives[:]) {
			return
		}
		if c := skipSpace(s, to); c > to {
			if u := matchWord(s, c, "kadar"); u > c {
				to = u
			}
		}
	}
	if hebrewMonth {
		if m1, ok := p.lastMonth(layout.HebrewMonth); ok && !hebrewRangeFits(hebrew.Month(m1), day.Value, hebrew.Month(month.Value), end.Value) {
			return
		}
	} else if m1, ok := p.lastMonth(layout.Month); ok && !gregorianRangeFits(m1, day.Value, month.Value, end.Value) &&
		(m1 > month.Value || m1 == month.Value && day.Value >= end.Value || !betweenPeriod(s, p.dateStart(), to)) {
		return // but for a period: tussen 3 maart en 20 juli 1943
	}
	if !dash && !p.pairEnds(to) && (hebrewMonth || !shortYearAt(s, to)) {
		return
	}
	end.Kind, end.Flags = day.Kind, RangeEnd
	month.Flags |= RangeEnd
	if ev > from {
		p.push(Field{Element: layout.Lit(s[p.last:ev]), Start: p.last, End: ev, Flags: Night})
		p.last = ev
	}
	p.add(end)
	p.add(month)
	if to > month.End {
		p.push(Field{Element: layout.Lit(s[month.End:to]), Start: month.End, End: to})
		p.last = to
	}
}

// startEvening returns the index after German's evening word after a
// range's first day and month, as numericRangeJoin skips it after a day
// in digits ("24.9. abends bis 25.9.2023"), or i: "Von 9. Oktober Abends
// bis Sonntagabend 16. Oktober" (judentum.online, the 220th held-out
// round) was no range without its year, which the range of full dates
// reads (see dateRange). The evening is the start's, a Night as
// dateEvening reads it after a date alone.
func startEvening(s string, i int) int {
	if w := skipSpace(s, i); w > i {
		if e := eveningWordAt(s, w); e > w {
			return e
		}
	}
	return i
}

// eveningBeforeEnds returns the index after the start's evening or
// sunset at s[i], as dateEvening reads it after a date, where a verb of
// ending joins the range's end after it (see endsJoin), or i: "в
// воскресенье 22 декабря с заходом солнца, он продлится до 30 декабря"
// (on Sunday 22 December at sunset, it will last until 30 December;
// odesitua.com, the 287th held-out round), "22 декабря вечером и
// продлится до 30 декабря", Ukrainian "22 грудня ввечері, вона триватиме
// до 30 грудня", were two datelines: a start without its year was read
// without its evening before the range was looked for (a start with its
// year is read whole, see fullRange). The evening is the start's, a
// Night as startEvening's. Only a verb of ending joins after it: "22
// декабря вечером - 23 декабря" stays as it was read.
func (p *parser) eveningBeforeEnds(i int) int {
	if i >= len(p.s) || p.s[i] != ' ' && p.s[i] != ',' {
		return i // the cheap test first: an evening's words follow a space or a comma
	}
	m := p.mark()
	p.dateEvening()
	// The evening's words alone, one Literal marked Night, as dateEvening
	// reads them after a date; not its reading of "after Shabbat" as
	// Saturday's evening (see afterShabbat).
	e, night := p.last, p.n == m.n+1 && p.buf[m.n].Kind == layout.Literal && p.buf[m.n].Flags&Night != 0
	p.reset(m)
	if e == i || !night || endsJoin(p.s, e) == e {
		return i
	}
	return e
}

// rangeAdar reads again, as a plain Adar, a qualified Adar at s[k] whose
// qualifier, after a dash, is really the start of a range's end: 24 Adar-1
// Nisan, 24.Adar-1.Nisan, כ״ד באדר-א׳ בניסן. It returns name unchanged otherwise.
func rangeAdar(s string, k int, name hebrew.MonthName) hebrew.MonthName {
	if !name.Qualified || name.Spelling.Adar == hebrew.AdarVeadar || name.Spelling.Adar == hebrew.AdarVav {
		return name
	}
	e := latinWord(s, k)
	if s[k] == 0xD7 {
		e = hebrewWord(s, k)
	}
	if e <= k || e >= k+name.Len {
		return name
	}
	dash := false
	for j := e; j < k+name.Len; {
		r, n := decode(s, j)
		if script.IsDash(r) {
			dash = true
		} else if !script.IsSpace(r) {
			break
		}
		j += n
	}
	if !dash {
		return name
	}
	next := k + name.Len
	if next < len(s) && s[next] == '.' {
		next++ // 24.Adar-1.Nisan
	}
	if _, ok := hebrew.MatchMonth(s[skipSpace(s, next):]); !ok {
		return name
	}
	base, ok := hebrew.MatchMonth(s[k:e])
	if !ok || base.Len != e-k || base.Qualified {
		return name
	}
	return base
}

// hebrewRange reads the end of a range after a Hebrew month and day:
// -8 (Cheshvan 2-8), or -Shevat 1 (Tevet 24-Shevat 1).
func (p *parser) hebrewRange(day Field) {
	s := p.s
	k, dash := rangeJoin(s, p.last)
	if k < 0 {
		return
	}
	if end, ok := dayField(s, k); ok {
		if p.rangeEndDay(day, end) && (dash || p.pairEnds(end.End)) {
			end.Kind, end.Shift, end.Flags = layout.HebrewDay, int16(end.Value-day.Value), RangeEnd
			p.add(end)
		}
		return
	}
	name, ok := hebrew.MatchMonth(s[k:])
	if !ok {
		return
	}
	m2 := hebrewMonthField(s, k, name)
	end, ok := dayField(s, skipSpace(s, m2.End))
	if !ok && name.BaseLen < name.Len && skipSpace(s, k+name.BaseLen) > k+name.BaseLen {
		// Tevet 24-Adar 1: the digit is the day, not Adar I.
		m2 = hebrewMonthField(s, k, hebrew.MonthName{Month: hebrew.Adar, Spelling: name.Spelling, Len: name.BaseLen, BaseLen: name.BaseLen})
		m2.Spelling.Adar = hebrew.AdarDefault
		end, ok = dayField(s, skipSpace(s, m2.End))
	}
	if !ok || !p.rangeEnds(end.End) || !dash && !p.pairEnds(end.End) {
		return
	}
	if m1, ok := p.lastMonth(layout.HebrewMonth); ok && !hebrewRangeFits(hebrew.Month(m1), day.Value, hebrew.Month(m2.Value), end.Value) {
		return
	}
	m2.Flags |= RangeEnd
	end.Kind, end.Flags = layout.HebrewDay, RangeEnd
	p.add(m2)
	p.add(end)
}

// rangeFields returns the indexes of the day and month fields of a range
// that ends in another month (November 30-December 1, 24 Tevet-1 Shevat):
// the dateline's own day and month, and the range end's, or false.
func rangeFields(fields []Field, day, month layout.Kind) (d1, m1, d2, m2 int, ok bool) {
	d1, m1, d2, m2 = -1, -1, -1, -1
	for i := range fields {
		f := &fields[i]
		end := f.Flags&RangeEnd != 0
		switch {
		case f.Kind == day && !end && d1 < 0:
			d1 = i
		case f.Kind == day && end:
			d2 = i
		case f.Kind == month && !end && m1 < 0:
			m1 = i
		case f.Kind == month && end:
			m2 = i
		}
	}
	return d1, m1, d2, m2, d1 >= 0 && m1 >= 0 && d2 >= 0 && m2 >= 0
}

// EndYear returns the index of the year of kind k that the end of a range
// states, "September 4, 1745 – December 15, 1812", or -1.
func EndYear(fields []Field, k layout.Kind) int {
	for i := range fields {
		if fields[i].Kind == k && fields[i].Flags&RangeEnd != 0 {
			return i
		}
	}
	return -1
}

// setEndShift gives the end of a range that states its year, fields d2, m2
// and year y2, its distance of n days from the dateline's day, if it runs
// forward and fits a Shift; the resolver reports one that does not.
func setEndShift(fields []Field, d2, m2, y2, n int) {
	if n > 0 && n <= maxStatedRange {
		fields[d2].Shift, fields[m2].Shift, fields[y2].Shift = int16(n), int16(n), int16(n)
	}
}

// setRangeShift gives the end of a range, fields d2 and m2, its distance
// in days from the dateline's day, if it fits a Shift.
func setRangeShift(fields []Field, d2, m2, n int) {
	if !FitsShift(n) {
		return
	}
	fields[d2].Shift, fields[m2].Shift = int16(n), int16(n)
}

// FitsShift reports whether n days fit a Field's Shift. (It held ±127,
// a byte's, until ranges whose ends state their years were read.)
func FitsShift(n int) bool { return n >= math.MinInt16 && n <= math.MaxInt16 }

// gregorianRangeShift counts the days of a Gregorian range that ends in
// another month, in the year the dateline states; without one, in a common
// year, unless a February 29 says it is a leap year.
func gregorianRangeShift(fields []Field) {
	d1, m1, d2, m2, ok := rangeFields(fields, layout.Day, layout.Month)
	if !ok {
		return
	}
	yf, hasYear := (&Result{Fields: fields}).Get(layout.Year)
	if e := EndYear(fields, layout.Year); e >= 0 {
		// "September 4, 1745 – December 15, 1812": from the start's year
		// to the end's, which a range whose start states none takes.
		if y1 := yf.Value; hasYear && yf.Form != layout.TwoDigit && fields[e].Form != layout.TwoDigit {
			a := time.Date(y1, time.Month(fields[m1].Value), fields[d1].Value, 0, 0, 0, 0, time.UTC)
			b := time.Date(fields[e].Value, time.Month(fields[m2].Value), fields[d2].Value, 0, 0, 0, 0, time.UTC)
			setEndShift(fields, d2, m2, e, int(b.Sub(a).Hours()/24))
		}
		return
	}
	y := 2001
	if hasYear {
		y = yf.Value
		if yf.Form == layout.TwoDigit {
			y += 2000
		}
	}
	if fields[m1].Value == 2 && fields[d1].Value == 29 || fields[m2].Value == 2 && fields[d2].Value == 29 {
		// February 29 in a year that has one; in one that does not, the
		// resolver reports it.
		if y%4 != 0 || y%100 == 0 && y%400 != 0 {
			y = 2000
		}
	}
	if fields[d2].Flags&Backward != 0 {
		// 10.12.-18.10.2020: back into an earlier month of the year,
		// which the resolver refuses (see backInto); counted on into the
		// next year, it was 312 days forward.
		setRangeShift(fields, d2, m2, -gregorianRangeDays(y, fields[m2].Value, fields[d2].Value, fields[m1].Value, fields[d1].Value))
		return
	}
	setRangeShift(fields, d2, m2, gregorianRangeDays(y, fields[m1].Value, fields[d1].Value, fields[m2].Value, fields[d2].Value))
}

// gregorianRangeDays counts the days from m1/d1 to m2/d2 in year y, or
// into the next year if m2 comes before m1 (December 29-January 4).
func gregorianRangeDays(y, m1, d1, m2, d2 int) int {
	a := time.Date(y, time.Month(m1), d1, 0, 0, 0, 0, time.UTC)
	b := time.Date(y, time.Month(m2), d2, 0, 0, 0, 0, time.UTC)
	if m2 < m1 {
		b = b.AddDate(1, 0, 0)
	}
	return int(b.Sub(a).Hours() / 24)
}

// A range is a week or a few: at most maxRange days, counted in a common
// year as a range without a year is (so that a layout's range, written for
// the reference day, reads again as itself). In any year it is then at
// most a month and two days longer (a leap year's Adar I, a full Cheshvan
// and Kislev), and its length still fits a Shift.
const maxRange = 95

// maxStatedRange is the length of a range whose two ends each state their
// year, which no part of either borrows from the other: a period or a life
// ("du 2 octobre 2024 au 22 septembre 2025", "September 4, 1745 – December
// 15, 1812"), which pages print as often as a week. Its length is what a
// Shift holds, some 89 years.
const maxStatedRange = math.MaxInt16

// rangeLimit returns the longest range, in days, whose ends state their
// years (stated) or not: see maxRange and maxStatedRange.
func rangeLimit(stated bool) int {
	if stated {
		return maxStatedRange
	}
	return maxRange
}

// gregorianRangeFits reports whether a range from m1/d1 to m2/d2 runs
// forward for at most maxRange days, counted in a common year unless it
// starts or ends on February 29.
func gregorianRangeFits(m1, d1, m2, d2 int) bool {
	y := 2001
	if m1 == 2 && d1 == 29 || m2 == 2 && d2 == 29 {
		y = 2000
	}
	n := gregorianRangeDays(y, m1, d1, m2, d2)
	return n > 0 && n <= maxRange
}

// hebrewRangeShift counts the days of a Hebrew range that ends in another
// month (24 Tevet-1 Shevat), in the year the dateline states; without one,
// in a common year, or a leap year if it names Adar II.
func hebrewRangeShift(fields []Field) {
	d1, m1, d2, m2, ok := rangeFields(fields, layout.HebrewDay, layout.HebrewMonth)
	if !ok {
		return
	}
	a, b := hebrew.Month(fields[m1].Value), hebrew.Month(fields[m2].Value)
	if e := EndYear(fields, layout.HebrewYear); e >= 0 {
		// 18 Elul 5505 – 24 Tevet 5573: to the year the end states.
		yf, ok := (&Result{Fields: fields}).Get(layout.HebrewYear)
		h1, err1 := hebrew.NewDate(yf.Value, a, fields[d1].Value)
		h2, err2 := hebrew.NewDate(fields[e].Value, b, fields[d2].Value)
		if ok && err1 == nil && err2 == nil {
			setEndShift(fields, d2, m2, e, h2.DaysSince(h1))
		}
		return
	}
	y := rangeYear(a, b)
	if yf, ok := (&Result{Fields: fields}).Get(layout.HebrewYear); ok {
		if n, ok := hebrewRangeDays(yf.Value, a, fields[d1].Value, b, fields[d2].Value); ok {
			setRangeShift(fields, d2, m2, n)
			return
		}
		// A year without those days (or out of range) is the resolver's
		// to report; the range is as long as in a year that has them.
	}
	if n, ok := hebrewRangeDays(y, a, fields[d1].Value, b, fields[d2].Value); ok {
		setRangeShift(fields, d2, m2, n)
	}
}

// hebrewRangeDays counts the days from d1 of m1 to d2 of m2 in year y, or
// into the next year if the end comes first (29 Elul-1 Tishrei).
// The 30th of a month of 29 days counts as the day after its 29th: the
// resolver reports that it does not exist.
func hebrewRangeDays(y int, m1 hebrew.Month, d1 int, m2 hebrew.Month, d2 int) (int, bool) {
	a, ok1 := hebrewDayOrAfter(y, m1, d1)
	b, ok2 := hebrewDayOrAfter(y, m2, d2)
	if !ok1 || !ok2 {
		return 0, false
	}
	n := b.DaysSince(a)
	if n < 0 {
		if b, ok := hebrewDayOrAfter(y+1, m2, d2); ok {
			n = b.DaysSince(a)
		}
	}
	return n, true
}

// hebrewDayOrAfter returns day d of month m of year y, or for a 30th the
// month does not have, the day after its 29th.
func hebrewDayOrAfter(y int, m hebrew.Month, d int) (hebrew.Date, bool) {
	if h, err := hebrew.NewDate(y, m, d); err == nil {
		return h, true
	}
	if d != 30 {
		return hebrew.Date{}, false
	}
	h, err := hebrew.NewDate(y, m, 29)
	if err != nil {
		return hebrew.Date{}, false
	}
	return h.AddDays(1), !h.AddDays(1).IsZero()
}

// hebrewRangeFits reports whether a range from d1 of m1 to d2 of m2 runs
// forward for at most maxRange days, counted in the year hebrewRangeShift
// counts a range without a year in.
func hebrewRangeFits(m1 hebrew.Month, d1 int, m2 hebrew.Month, d2 int) bool {
	y := rangeYear(m1, m2)
	if m1 == hebrew.Adar && d1 == 30 || m2 == hebrew.Adar && d2 == 30 {
		// The 30th of Adar is Adar I's, of a leap year: "30 Adar I – 1
		// Nisan 5784" was refused, counted in a common year.
		y = 5784
	}
	n, ok := hebrewRangeDays(y, m1, d1, m2, d2)
	return ok && n > 0 && n <= maxRange
}

// rangeYear is the year a Hebrew range is counted in when the text states
// none: 5785, a common year of 355 days, or 5784, a leap year, if it names
// Adar II.
func rangeYear(m1, m2 hebrew.Month) int {
	if m1 == hebrew.AdarII || m2 == hebrew.AdarII {
		return 5784
	}
	return 5785
}

// hebrewMonthAt reports whether a Hebrew month's name in Latin letters
// starts at s[k] and ends a word: "until nightfall of Av 10".
func hebrewMonthAt(s string, k int) bool {
	if k >= len(s) || script.Class[s[k]]&script.ClassLetter == 0 {
		return false
	}
	name, ok := hebrew.MatchMonth(s[k:])
	return ok && wordEnds(s, k+name.Len)
}

// nightJoinWords pair the word for "from" before a night's first day with
// the word for "onto" before its second, as a night over two days is
// said: Dutch "de nacht van 9 op 10 november", German "in der Nacht vom
// 9. auf den 10. November", Russian and Ukrainian "в ночь с 9 на 10
// ноября", "з 9 на 10 листопада", Polish "z 9 na 10 listopada". The
// second word says "on" elsewhere; it joins only the next day, after
// its language's "from" (see nightJoin), which Russian writes "со" and
// Polish "ze" before a cluster, as before a weekday: "ночь со среды 9 на
// четверг 10 мая", "ze środy na czwartek".
var nightJoinWords = [...]struct{ from, onto string }{
	{"van", "op"}, {"vom", "auf"}, {"von", "auf"}, {"с", "на"}, {"со", "на"}, {"з", "на"}, {"z", "na"}, {"ze", "na"},
}

// nightJoin returns the index of the second day of a night over two
// days, after the word for "onto" at or after the space at k (and
// German's article, auf den), when its language's "from" comes right
// before the first day, which starts at start; or -1. The caller checks
// that the day there is the next.
func nightJoin(s string, start, k int) int {
	if !nightLead(s, k) {
		return -1
	}
	j := k + 1
	e := j + 2 // op, na
	switch {
	case s[j] == 0xD0:
		e = j + len("на")
	case s[j]|0x20 == 'a':
		e = j + len("auf")
	}
	if e >= len(s) || s[e] != ' ' {
		return -1
	}
	b := trimSpaceBefore(s, start)
	a := b
	for a > 0 && b-a < len("со") && (s[a-1] >= 0x80 || script.IsLatinLetter(rune(s[a-1]))) {
		a-- // the word's letters, after a bracket, a tag or a line's end: "(van 9 op 10 november"
	}
	if a == b || b == start || a > 0 && (s[a-1] >= 0x80 || script.IsLatinLetter(rune(s[a-1]))) {
		return -1 // no word, or a longer one than any "from"
	}
	for _, w := range nightJoinWords {
		if !foldEquals(s[j:e], w.onto) || !foldEquals(s[a:b], w.from) {
			continue
		}
		d := skipSpace(s, e)
		if w.onto == "auf" {
			if e2 := latinWord(s, d); foldEquals(s[d:e2], "den") {
				d = skipSpace(s, e2)
			}
		}
		return d
	}
	return -1
}

// nightLead reports whether a space and the first letter of a word of
// nightJoinWords' "onto" (op, auf, na, на) are at s[k]: the cheap first
// test, after every day written first.
func nightLead(s string, k int) bool {
	if k+2 >= len(s) || s[k] != ' ' {
		return false
	}
	c := s[k+1] | 0x20
	return c == 'o' || c == 'a' || c == 'n' || s[k+1] == 0xD0 && s[k+2] == 0xBD
}

// nightEnd reads into end the second day of a night over two days after
// day, at the word that joins them after the space at k (see nightJoin):
// the next day. A weekday may come before each day, the first after the
// word for "from": "в ночь со среды 9 на четверг 10 мая". Its callers
// test nightLead first.
func (p *parser) nightEnd(end *Field, day Field, k int) bool {
	j := nightJoin(p.s, min(day.Start, p.dateStart()), k)
	if j < 0 {
		return false
	}
	f, ok := dayField(p.s, j)
	var wd Field
	if !ok {
		f, wd, ok = p.weekdayDay(j)
	}
	if !ok || f.Value != day.Value+1 || f.Value > 31 {
		return false
	}
	if wd.Kind == layout.Weekday {
		p.endDay, p.hasEndDay = wd, true
	}
	*end = f
	return true
}

// thatOfJoin returns the index after French's "to that of" at s[j], à
// and celle or celui and du or de, with the spaces after it, as a range
// whose start is an evening or a day names its end by the same noun:
// "de la soirée du mercredi 24 à celle du jeudi 25 janvier" (from the
// evening of Wednesday the 24th to that of Thursday the 25th), "du soir
// du 6 à celui du 7 décembre"; or j.
func thatOfJoin(s string, j int) int {
	if j+len("à celle du ") > len(s) || s[j] != 0xC3 || s[j+1] != 0xA0 && s[j+1] != 0x80 || s[j+2] != ' ' {
		return j // à or À, and a space: the cheap first test
	}
	k := skipSpace(s, j+2)
	e := latinWord(s, k)
	if !foldEquals(s[k:e], "celle") && !foldEquals(s[k:e], "celui") {
		return j
	}
	d := skipSpace(s, e)
	e2 := latinWord(s, d)
	if d == e || !foldEquals(s[d:e2], "du") && !foldEquals(s[d:e2], "de") {
		return j
	}
	if k2 := skipSpace(s, e2); k2 > e2 {
		return k2
	}
	return j
}

// maxRowEvening is the most bytes of a table row's label for the evening
// before its range's first day that RowEvening reads back over.
const maxRowEvening = 40

// RowEvening returns where the words start that open the line holding
// the date at text[start:] and say its day is an evening, as a range's
// start reads them (see skipEvening), and whether there are such words:
// the label of a table's row, "Sunset, 21 May 2026 – nightfall, 23 May
// 2026", "Pôr do sol, 21 de maio – anoitecer, 23 de maio" (the rows
// Wikipedia's copies give a festival's first and last days, the
// 179th held-out round), which Check read as the evening's, with the
// next day's Hebrew date, and Find from the day on, with the civil
// day's: Find's start table lets no phrase start at a sunset. So are a
// parenthesis's, which sets a range apart as a row does: "στις 10 του
// μηνός Τισρί (ηλιοβασίλεμα της 4ης Οκτωβρίου – σούρουπο της 5ης
// Οκτωβρίου 2022)" (incoming.tsv; from sunset of October 4 to dusk of
// October 5) was read from October 4's day, 9 Tishrei, with nothing said.
// Package dateline takes them for a range only: a sunset that opens a
// line before one day may be the sentence's subject ("Sundown,
// Wednesday, October 2, 2024 was cold").
func RowEvening(text string, start int) (int, bool) {
	b := start
	for b > 0 && start-b <= maxRowEvening && strings.IndexByte("\n>|\t(", text[b-1]) < 0 {
		b--
	}
	if start-b > maxRowEvening {
		return start, false
	}
	b = skipSpace(text, b)
	if b >= start || skipEvening(text, b) != start {
		return start, false
	}
	return b, true
}
