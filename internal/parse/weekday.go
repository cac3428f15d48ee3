package parse

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
	"github.com/dualdate/dualdate/occasion"
)

// weekdays reads a weekday, or a range of two (Thursday night-Friday).
func (p *parser) weekdays(i int) (int, bool) {
	s := p.s
	if p.has(layout.Weekday) {
		return p.secondWeekday(i)
	}
	m := p.mark()
	first, ok := p.weekday(i)
	if !ok {
		p.reset(m)
		return i, false
	}
	from := p.last
	if p.last < len(s) && s[p.last] == ',' && p.commaWeekdays(first) {
		return p.last, true // Sunday, Monday and Tuesday
	}
	k, _ := rangeJoin(s, p.last)
	if k < 0 && p.last+1 < len(s) && s[p.last] == '/' {
		k = p.last + 1 // Friday/Saturday, as a timetable pairs them
	}
	if k < 0 {
		k = crasisJoin(s, p.last) // Domingo à sexta-feira
	}
	if f := &p.buf[first]; k < 0 && f.Form == layout.ScriptBare && f.Shift == 0 && ordinalPairEnd(s, f.Start) > f.End {
		k = f.End + 1 // חמישי שישי: two days with one space between (see ordinalPairEnd)
	}
	if k >= 0 {
		// Thursday-Friday, Sunday & Monday, Sun. and Mon.: one dateline
		// over the days the two name.
		m2 := p.mark()
		if second, ok := p.weekday(k); ok && titled(s, &p.buf[first], &p.buf[second]) {
			// "Zmanim for Shabbat – Friday, 2 Shevat": a title, and the
			// dateline's own weekday after it, not a range.
			p.reset(m2)
		} else if ok {
			a, b := &p.buf[first], &p.buf[second]
			// The days the two words name, counted from the first.
			diff := ((b.Value - int(b.Shift)) - (a.Value - int(a.Shift)) + 14) % 7
			if a.Flags&Night != 0 && a.Shift == 1 && b.Shift == 0 && diff == 2 {
				// "ליל שלישי-רביעי": Hebrew's night between Tuesday and
				// Wednesday, Tuesday's evening, as "Tuesday
				// night-Wednesday" is; ליל alone names the night that
				// begins the day (ליל שבת, Friday's evening), and the
				// pair was read as a range from Monday's evening, which
				// "12-13.3.2024" contradicted (a weekday error on right
				// text, found by adversarial review 50).
				a.Shift = 0
				diff = 1
			}
			if a.Flags&Night != 0 && diff == 1 {
				// "Thursday night-Friday": the dateline is Friday's.
				a.Shift--
				a.Flags = a.Flags&^Night | RangeEnd
				p.anchorSecond = true
			} else {
				b.Shift += int16(diff)
				b.Flags |= RangeEnd
				if diff > 0 && untilBetween(s, from, k) && dayOfMonthAt(s, b.End) {
					// "Wednesday until Thursday, October 2": the date is
					// the end's (see endDated).
					p.endDated = int16(diff)
				}
				if diff == 1 && s[k-1] == '/' {
					p.slashedWeekdays(second)
				}
			}
		} else {
			p.reset(m2)
		}
	}
	if k, ok := p.erevShabbatPortion(first); ok {
		return k, true
	}
	return p.last, true
}

// erevShabbatPortion reads the weekly portion that follows an Erev Shabbat
// at field first with no Parshas before it: "Erev Shabbat Vayakhel 5722"
// is the Friday before the Shabbat that reads Vayakhel, as "Erev Shabbos
// Parshas Vayakhel" is. Without it the weekday wanted a date after it,
// and Find read "Shabbat Vayakhel 5722" alone, its Saturday (seen probing
// the 244th held-out round's focus, Chabad letters dated by the portion).
func (p *parser) erevShabbatPortion(first int) (int, bool) {
	f := &p.buf[first]
	if f.Value != 6 || f.Shift != 1 || p.has(layout.Portion) {
		return p.last, false
	}
	k := skipSpace(p.s, p.last)
	if k == p.last {
		return p.last, false
	}
	idx, _, ok := matchOccasion(p.s, k, true)
	if !ok || occasionNames()[idx].Kind != occasion.Portion {
		return p.last, false
	}
	m := p.mark()
	if e, ok := p.portion(p.last, p.last); ok {
		return e, true
	}
	p.reset(m)
	return p.last, false
}

// crasisJoin returns the index after Portuguese's "à" (the preposition a
// fused with the article a) between two weekdays at s[i], with the spaces
// around it, or -1. Brazilian pages write it before a weekday's feminine
// name as often as "a": "Domingo à sexta-feira | 01 a 06 de outubro" (a
// Beit Chabad guide, seen probing the 235th held-out round's focus) was
// its Friday's date, the range's first day: 1 October of a year it is a
// Friday, 2021, with nothing said, where the Sunday makes it 2023. The
// caller reads a weekday after it, or none: "sábado à noite" is an
// evening. Between other fields à is French's "at" (le 2 à 18h), no
// range's join, which rangeWords leaves it out for.
func crasisJoin(s string, i int) int {
	j := skipSpace(s, i)
	if j == i || !strings.HasPrefix(s[j:], "à ") && !strings.HasPrefix(s[j:], "À ") {
		return -1
	}
	return skipSpace(s, j+len("à"))
}

// slashedWeekdays reads the rest of a list of weekdays joined by slashes
// after the first two, each the day after the one before:
// "Sunday/Monday/Tuesday 13/14/15 September", the eve and the two days of
// Rosh Hashanah in a UK synagogue's list of services (nwss.org.uk). Each
// is a RangeEnd shifted from the first, the last the farthest, as the
// days of "13/14/15" are; a weekday that is not the next day, or a word
// that is no weekday, ends the list where it stands.
func (p *parser) slashedWeekdays(last int) {
	for i := 0; i < 4 && p.last+1 < len(p.s) && p.s[p.last] == '/' && p.nextWeekday(p.last+1, last); i++ {
		last = p.n - 1
	}
}

// commaWeekdays reads, after the weekday at p.buf[first] and the comma
// after it, the rest of a list of three or more weekdays, each the day
// after the one before, parted by commas and the last by a word of
// rangeJoin's: ", Monday and Tuesday" of "Sunday, Monday and Tuesday 13,
// 14 and 15 September", as slashedWeekdays reads "Sunday/Monday/Tuesday".
// Each is a RangeEnd shifted from the first. A weekday after the comma
// that is not the next day, or a list that no joining word ends, is no
// list ("Friday, Erev Shabbat", "Sunday, Monday, 13 September"): it
// reports false, having kept nothing.
func (p *parser) commaWeekdays(first int) bool {
	s := p.s
	m := p.mark()
	prev := first
	for n := 0; n < 4; n++ {
		k := p.last
		if k < len(s) && s[k] == ',' {
			if p.nextWeekday(skipSpace(s, k+1), prev) {
				prev = p.n - 1 // ", Monday": one of the middle
				continue
			}
			k++ // ", and Tuesday"
		}
		// The last, after its joining word, with one or more between.
		if j, dash := rangeJoin(s, k); n > 0 && j >= 0 && !dash && p.nextWeekday(j, prev) {
			return true
		}
		break
	}
	p.reset(m)
	return false
}

// nextWeekday reads at k a weekday that is the day after the one at
// p.buf[prev], and adds it as a RangeEnd shifted one day further; it
// reports false, having kept nothing, if there is none. A list's next item
// is only looked for: where there is none, the error still says what the
// date expected there ("Monday, Janvary 2": a date), not a weekday.
func (p *parser) nextWeekday(k, prev int) bool {
	m := p.mark()
	failAt, expected, failErr := p.failAt, p.expected, p.failErr
	i, ok := p.weekday(k)
	if ok {
		a, f := &p.buf[prev], &p.buf[i]
		ok = f.Flags&(Night|Motzei) == 0 && f.Shift == 0 && f.Value%7 == (a.Value+1)%7
	}
	if !ok {
		p.reset(m)
		p.failAt, p.expected, p.failErr = failAt, expected, failErr
		return false
	}
	f := &p.buf[i]
	f.Shift, f.Flags = p.buf[prev].Shift+1, f.Flags|RangeEnd
	return true
}

// weekday reads one weekday at i, with the words around it that say which
// part of which day it means (Erev Shabbat, Motzei Shabbat, Mon. night,
// ליל רביעי), adds its field and returns the field's index.
func (p *parser) weekday(i int) (int, bool) {
	s := p.s
	var shift int16
	var night, motzei, nightBefore bool
	k := i
	// A prefix word.
	prefixed, erevScript := false, false
	if w, e, ok := p.wordAt(k); ok {
		switch w.kind {
		case wMotzash:
			// מוצ״ש: Saturday evening, written as one word.
			f := Field{Value: int(w.value), Start: k, End: e, Flags: Night | Motzei}
			f.Kind, f.Form, f.Text, f.Of = layout.Weekday, w.form, s[k:e], w.value
			p.add(f)
			return p.n - 1, true
		case wErev:
			if sederWord(s, k, e) {
				break // a Seder is the eve of Pesach alone
			}
			if kabbalatWord(s, k, e) && !kabbalatShabbat(s, e) {
				break // Kabbalat Torah: the eve of Shabbat alone
			}
			shift, prefixed, erevScript = 1, true, s[k] == 0xD7
		case wMotzei:
			night, motzei, prefixed = true, true, true
		case wLeil:
			if n := nightBeforeDay(s, k, e); n > e {
				// אור ליום שישי: the night before Friday, the day the
				// weekday names (see NightBefore).
				nightBefore, prefixed, e = true, true, n
			} else {
				shift, night, prefixed = 1, true, true
			}
		}
		if prefixed {
			k = skipSpace(s, e)
			if strings.IndexByte(s[e:k], '\n') >= 0 {
				// "הקונצרט בערב\nSaturday, March 2, 2024": the word ends
				// its line's sentence (in the evening), and the
				// weekday opens a dateline of its own; it was read as
				// the eve of Saturday, a weekday error (found trying
				// the command as an adversary).
				return 0, p.fail(k, "a weekday on the line of its eve's word")
			}
		}
	}
	f, ok := p.weekdayName(k, prefixed)
	if !ok {
		return 0, p.fail(k, "a weekday")
	}
	if (f.Form == layout.ScriptShort || f.Form == layout.ScriptLetter) && monthRightAfter(s, f.End) {
		// "יום ה׳ אדר ה׳תשס״ד 27.02.2004": a letter with a month's name
		// right after it is the month's day (5 Adar), as יום before a
		// day writes it ("יום כ״א כסלו"); as a weekday it would leave
		// the month without a day, and the date read from the civil
		// one would be said to fall on the wrong weekday.
		return 0, p.fail(f.Start, "a weekday")
	}
	night = night || eveningCompound(s[f.Start:f.End])
	if erevScript && eveningOfDay(s, f) {
		shift, night = 0, true
	}
	if !prefixed && p.eveningPartBefore(f.Start) {
		// "בשעה 8 בערב שבת": the evening's word is the hour's part of
		// the day and the eve's word at once (see eveningPartBefore).
		erevScript, shift = true, 1
		if eveningOfDay(s, f) {
			shift, night = 0, true
		}
	}
	f.Shift = shift
	// A suffix: Mon. night, Thursday evening; or a time of the day itself,
	// Shabbat morning, which says nothing of the date. Finnish joins the
	// two with a hyphen into one word: "lauantai-iltana" (on Saturday
	// evening), "sunnuntai-aamuna". (Freitagabend says its evening in
	// its own word, and keeps none.)
	said, daytime, morning := false, false, false
	at := skipSpace(s, f.End)
	if at == f.End && at+1 < len(s) && s[at] == '-' && isWordStart(s, at+1) {
		at++
	} else if pre := skipWeekdayEveningPreposition(s, at); pre > at {
		// "sábado à noite", "samedi au soir", "Samstag am Abend",
		// "sábado por la noche": the preposition before the evening.
		if w, _, ok := p.wordAt(pre); ok && (w.kind == wNight || w.kind == wDaytime) {
			at = pre // and "dilluns al matí", "domingo por la mañana"
		}
	}
	partEnd := at
	if e := parenEvening(s, f, at); e > at && !prefixed {
		// április 22-én (hétfőn) este: the date's evening after its
		// weekday in brackets.
		night, said, partEnd = true, true, e
	}
	if e := p.bracketEvening(s, at); e > at && !prefixed && !said {
		// April 22—24, Monday (sundown): the weekday's evening in
		// brackets after it.
		night, said, partEnd = true, true, e
	}
	if w, e, ok := p.wordAt(at); ok && !prefixed && !said {
		switch w.kind {
		case wNight:
			night, said, partEnd = true, true, e
		case wDaytime:
			daytime, partEnd = !night, e
			morning = daytime && w.value == daytimeMorning
		}
	}
	if !prefixed && at < len(s) && s[at] == 0xD7 && f.Form >= layout.Script && f.Form <= layout.ScriptLetter {
		// ביום ראשון בערב, ביום שני בבוקר: the part of the day after a
		// Hebrew weekday, with its ב (in the); ערב without it is Erev
		// (יום שישי ערב שבת: Friday, the eve of Shabbat).
		if e, evening := hebrewDayPart(s, at); e > at {
			night, said, daytime, partEnd = night || evening, evening, !evening, e
			morning = s[at:e] == "בבוקר"
		} else if e := weekWordAfter(s, at); e > at {
			said, partEnd = true, e
		}
	}
	if night {
		f.Flags |= Night
	}
	if motzei {
		f.Flags |= Motzei
	}
	if nightBefore {
		f.Flags |= NightBefore
	}
	if morning && !night {
		f.Flags |= Morning // Friday morning, vendredi matin
	}
	p.add(f)
	idx := p.n - 1
	from := f.End
	if said || daytime {
		from = partEnd
	}
	if w := whichWasDate(s, from); w > from {
		partEnd, said = w, true
	}
	if said || daytime {
		// Keep the word inside the dateline: it is read, so the literal
		// after the weekday must reach it.
		p.last = partEnd
		p.push(Field{Element: layout.Lit(s[f.End:partEnd]), Start: f.End, End: partEnd})
	}
	return idx, true
}

// bracketEvening returns the end of the closing bracket around a word
// for the evening or the sunset (sunsetWords) that opens at s[at], after
// a weekday, or at. A university's holiday guide writes the evening a
// holiday begins so, after the date's weekday: "First Days of Passover:
// April 22—24, Monday (sundown) —Wednesday (sundown)" (MIT, the
// two-hundred-and-eighty-second held-out round). The evening left out,
// "April 22—24, Monday" was read as 2019's, the third day of Passover,
// where the page's 2024 has the 22nd as its eve, with only an info.
func (p *parser) bracketEvening(s string, at int) int {
	if at >= len(s) || s[at] != '(' {
		return at
	}
	k := skipSpace(s, at+1)
	e, ok := sunsetWord(s, k)
	if !ok {
		w, we, found := p.wordAt(k)
		if !found || w.kind != wNight {
			return at
		}
		e = we
	}
	if e = skipSpace(s, e); e >= len(s) || s[e] != ')' {
		return at
	}
	return e + 1
}

// parenEvening returns the end of Hungarian's "este" (in the evening)
// after a Hungarian weekday f in brackets, where its closing bracket is
// at s[at] and a space comes before the word, or at. Hungarian says a
// date's evening after the weekday it puts in brackets as after one it
// does not: "A polgári időszámítás szerint idén április 22-én (hétfőn)
// este köszönt ránk Pészah ünnepe, amely április 30-án (kedden) este ér
// véget" (mazsihisz.hu, seen by the 249th held-out round) was a syntax
// error at "este" to Check; Find read the second date without its
// evening, 22 Nisan, where "április 30-án, kedden este" is the evening's,
// 23 Nisan, and the first with an after-sunset warning. Only Hungarian's
// word is read: after another language's weekday "este" may be Spanish's
// "this".
func parenEvening(s string, f Field, at int) int {
	if f.Lang != layout.Hungarian || f.Start == 0 || s[f.Start-1] != '(' || at >= len(s) || s[at] != ')' {
		return at
	}
	c := skipSpace(s, at+1)
	e := latinWord(s, c)
	if c == at+1 || !foldEquals(s[c:e], "este") {
		return at
	}
	return e
}

// whichWasDate returns the end of English's ", which was" or ", which
// is" at s[i], after a weekday (or its evening) and before the date it
// is the weekday of: "On Motzoei Shabbos, which was Yud-Gimmel Kislev"
// (Merkaz Anash's Shabbos table companion, the 217th held-out round),
// "Thursday, which is March 2, 2023". The date was read alone, the
// weekday left out, so a date that is not its day went unsaid, and a
// year-less one took the nearest year whatever its weekday. A date
// must follow, in either calendar or named by its letters (Yud-Gimmel
// Kislev); any other word after the verb ("which was the day before")
// leaves the clause prose. It returns i otherwise.
func whichWasDate(s string, i int) int {
	if i >= len(s) || s[i] != ',' {
		return i
	}
	k := skipSpace(s, i+1)
	w := matchWord(s, k, "which")
	v := skipSpace(s, w)
	if k == i+1 || w == k || v == w {
		return i
	}
	e := matchWords(s, v, "was", "is")
	j := skipSpace(s, e)
	if e == v || j == e {
		return i
	}
	if gregorianDateAt(s, j) || hebrewDateAt(s, j) {
		return e
	}
	if l, _, ok := wordAt(s, j); ok && l.kind == wLetter {
		return e
	}
	return i
}

// nightBeforeDay returns the index after "ליום" (to the day) and the
// spaces around it, where it follows "אור" (the night before) at
// s[i:e] before a weekday: "אור ליום שישי" (see NightBefore). It returns
// e otherwise: ליל and the other words of the night name the evening
// before the weekday after them directly (ליל שישי).
func nightBeforeDay(s string, i, e int) int {
	if s[i:e] != "אור" {
		return e
	}
	k := skipSpace(s, e)
	if n := k + len("ליום"); k > e && n < len(s) && s[k:n] == "ליום" && s[n] == ' ' {
		return skipSpace(s, n)
	}
	return e
}

// monthRightAfter reports whether a Hebrew month's name (hebrew.MatchMonth)
// follows s[e] after one space, a whole word: the אדר of אדר״ח (א׳ דר״ח,
// the first day of Rosh Chodesh) is none.
func monthRightAfter(s string, e int) bool {
	if e+1 >= len(s) || s[e] != ' ' || s[e+1] != 0xD7 {
		return false
	}
	name, ok := hebrew.MatchMonth(s[e+1:])
	if !ok {
		return false
	}
	r, _ := decode(s, e+1+name.Len)
	return !script.IsHebrewLetter(r) && !script.IsGeresh(r) && !script.IsGershayim(r) && r != '"' && r != '\''
}

// hebrewDayParts are the parts of the day that Hebrew says after a
// weekday with ב (in the): the evening and the night, from whose sunset
// the next Hebrew day is counted, and the morning and the afternoon.
var hebrewDayParts = [...]struct {
	word    string
	evening bool
}{{"בערב", true}, {"בלילה", true}, {"בבוקר", false}, {"בצהריים", false}, {"בצהרים", false}, {"אחר הצהריים", false}, {"אחה\"צ", false}}

// hebrewDayPart returns the end of one of hebrewDayParts at s[i], and
// whether it is an evening; or i.
func hebrewDayPart(s string, i int) (int, bool) {
	if i >= len(s) || s[i] != 0xD7 {
		return i, false
	}
	for _, d := range hebrewDayParts {
		if e := i + len(d.word); strings.HasPrefix(s[i:], d.word) && !letterAfter(s, e) {
			return e, d.evening
		}
	}
	return i, false
}

// hebrewWeekWords say which week a Hebrew weekday before a date is in:
// this week, the coming one, the next one.
var hebrewWeekWords = [...]string{"השבוע", "הקרוב", "הקרובה", "הבא", "הבאה"}

// weekWordAfter returns the end of one of hebrewWeekWords at s[i], where
// a date follows it after a comma, a space or an opening bracket, or i:
// "ביום רביעי השבוע, 16/10/2024" (Kfar Saba's local news), "ביום שני
// הקרוב, 25.9", "ביום רביעי הקרוב (10.2)" (Rehovot's council notice,
// the 221st held-out round). The date was read without its weekday, a
// wrong one unsaid, or not at all; the word is text of the dateline, and
// the date, which the weekday must fit, says the week.
func weekWordAfter(s string, i int) int {
	for _, w := range hebrewWeekWords {
		e := i + len(w)
		if !strings.HasPrefix(s[i:], w) || letterAfter(s, e) {
			continue
		}
		j := e
		if j < len(s) && s[j] == ',' {
			j++
		}
		k := skipSpace(s, j)
		if k < len(s) && s[k] == '(' {
			k++
		}
		if k > j && dateAfterWeekdayAt(s, k) {
			return e
		}
	}
	return i
}

// eveningPartBefore reports whether a Hebrew weekday's name at s[i]
// follows the AMPM field בערב (in the evening) read after an hour, with
// spaces alone between: "1 במרץ 2024 בשעה 8 בערב שבת" is 8 pm on the eve
// of Shabbat, Friday, as "1 במרץ 2024 בערב שבת" is Friday and "בשעה
// 20:00 ערב שבת" is 8 pm on Friday; "בערב יום שישי" after the hour is
// Friday's own evening, as it is without one (see eveningOfDay). בערב
// was read as the hour's part of the day alone, and שבת after it as
// Saturday: a Friday's date was refused as no Saturday, and a Saturday's
// read with nothing said. After a comma the weekday is one of its own
// ("בשעה 8 בערב, שבת").
func (p *parser) eveningPartBefore(i int) bool {
	if p.n == 0 || i >= len(p.s) || p.s[i] != 0xD7 {
		return false
	}
	f := &p.buf[p.n-1]
	return f.Kind == layout.AMPM && f.Text == "בערב" && f.End < i && trimSpaceBefore(p.s, i) == f.End
}

// eveningOfDay reports whether a weekday f after Hebrew's ערב (evening,
// eve) is written with יום (day): "בערב יום רביעי, ה-16.10.2024" is the
// evening of that Wednesday, when a holiday that begins at sunset begins,
// as Israeli pages print it with the day's own date; it is not the eve of
// Wednesday, Tuesday. Without יום the word keeps the eve's meaning, the day
// before: ערב שבת and ערב שבת קודש are Friday, ערב רביעי Tuesday. ערב יום
// שבת is Saturday evening by the same rule, which a layout needs: the
// layout of an eve written with יום names its reference day's next day
// with יום, and must read back as it was written.
func eveningOfDay(s string, f Field) bool {
	return strings.HasPrefix(s[f.Start:], "יום")
}

// weekOrdinals are Russian's ordinals that name a day of the week as
// Hebrew does, counted from Sunday (шестой день недели, the sixth day of
// the week: Friday), by the lower-case word; the seventh is Shabbat.
var weekOrdinals = map[string]int{
	"первый": 0, "второй": 1, "третий": 2, "четвертый": 3, "четвёртый": 3, "пятый": 4, "шестой": 5, "седьмой": 6,
}

// ordinalWeekday reads at s[i:e] a weekday named by its ordinal, "шестой
// день недели", all three words its field, written back as they were for
// that day and by the weekday's name for others.
func (p *parser) ordinalWeekday(i, e int) (int, bool) {
	s := p.s
	if c := s[i]; c != 0xD0 && c != 0xD1 || e-i > len("четвёртый") || p.has(layout.Weekday) {
		return i, false // Cyrillic letters start with 0xD0 or 0xD1
	}
	d, ok := weekOrdinals[foldCaseString(s[i:e])]
	if !ok {
		return i, false
	}
	k := skipSpace(s, e)
	for _, want := range [...]string{"день", "недели"} {
		w := latinWord(s, k)
		if w == k || !strings.EqualFold(s[k:w], want) {
			return i, false
		}
		e, k = w, skipSpace(s, w)
	}
	f := Field{Value: d, Start: i, End: e}
	f.Kind, f.Form, f.Lang, f.Text, f.Of = layout.Weekday, layout.Long, layout.Russian, s[i:e], int8(d)
	p.add(f)
	return p.last, true
}

// numberedWeekday reads at s[i] a Portuguese weekday from Monday to Friday
// written by its number, as Portuguese counts them from Sunday (segunda-
// feira, the second day, is Monday): "6ª feira", "2ª-feira", "5a feira",
// "6.ª-feira", "4ª. feira", as Brazilian and Portuguese community pages
// and timetables print them ("até às 11:00 da 6ª feira", cilisboa.org;
// "5ª | 19h", massoret.org; the 235th held-out round's focus). The date
// after it was read alone, so a wrong weekday went unsaid, and Check took
// none of it. The number is one digit, 2 to 6, its ordinal sign ª or a,
// and "feira" after a hyphen or a space must follow: "6ª edição" and "1ª
// noite" are no weekdays. All of it is the field, written back as it was
// for that day and by the weekday's name for others. v is the number,
// which ends at e.
func (p *parser) numberedWeekday(i, v, e int) (int, bool) {
	s := p.s
	if v < 2 || v > 6 || p.has(layout.Weekday) {
		return i, false
	}
	k := e
	if k < len(s) && s[k] == '.' {
		k++ // 6.ª-feira, as Portugal's spelling writes it
	}
	switch {
	case strings.HasPrefix(s[k:], "ª"):
		k += len("ª")
	case k < len(s) && s[k] == 'a':
		k++
	default:
		return i, false
	}
	if k < len(s) && s[k] == '.' {
		k++ // 4ª. feira
	}
	if k >= len(s) || s[k] != '-' && s[k] != ' ' {
		return i, false
	}
	end := k + 1 + len("feira")
	if end > len(s) || !strings.EqualFold(s[k+1:end], "feira") || !wordEnds(s, end) {
		return i, false
	}
	f := Field{Value: v - 1, Start: i, End: end}
	f.Kind, f.Form, f.Lang, f.Text, f.Of = layout.Weekday, layout.Long, layout.Portuguese, s[i:end], int8(v-1)
	p.add(f)
	return p.last, true
}

// weekdayEveningPrepositions are the words of the languages beyond English
// between a weekday and its evening: Portuguese's "à", French's "au",
// German's "am", Spanish's "por la" and "en la"; and "at the", Catalan's
// "al" and "a la", Spanish's "al", Portuguese's "ao": "dilluns al vespre,
// 15 de desembre de 2025", "diumenge a la nit", "domingo al atardecer",
// "sábado ao anoitecer". Without them the weekday, kept apart from its
// evening, was dropped and the date read alone, so a wrong weekday went
// unsaid, or the occasion after it read alone ("dimecres al vespre, Rosh
// Hashana 5775", the 125th held-out round; the 131st's too). (English's
// "Saturday at nightfall" is a time after the day's, which a date's
// evening words read.)
var weekdayEveningPrepositions = [...]string{"à", "au", "am", "por la", "en la", "al", "a la", "ao"}

// skipWeekdayEveningPreposition returns the index after one of
// weekdayEveningPrepositions at s[k] and the spaces after it, or k.
func skipWeekdayEveningPreposition(s string, k int) int {
	for _, w := range weekdayEveningPrepositions {
		if e := k + len(w); e < len(s) && s[e] == ' ' && strings.EqualFold(s[k:e], w) {
			return skipSpace(s, e)
		}
	}
	return k
}

// eveningCompound reports whether the weekday word w is German's, Dutch's or
// Swedish's weekday joined with its evening in one word: Freitagabend,
// zondagavond, lördagskväll.
// Sonnabend is Saturday, not an evening: the shortest compound is a
// weekday of six letters and its evening (Montagabend).
func eveningCompound(w string) bool {
	n := len(w)
	if n == 0 || w[0] >= 0x80 {
		return false // a weekday of Hebrew or Cyrillic letters, which EqualFold would decode
	}
	return n > len("sonnabend") && (strings.EqualFold(w[n-len("abend"):], "abend") || strings.EqualFold(w[n-len("avond"):], "avond")) ||
		n > len("kvällen") && (strings.EqualFold(w[n-len("kväll"):], "kväll") || strings.EqualFold(w[n-len("kvällen"):], "kvällen"))
}

// wordAt reads the Latin or Hebrew word at i and what the tables know of
// it, once: a word read before is in p.words.
func (p *parser) wordAt(i int) (word, int, bool) {
	for k := range p.words {
		if m := &p.words[k]; m.at == i && m.text == p.text {
			return m.w, m.end, m.ok
		}
	}
	w, e, ok := wordAt(p.s, i)
	p.words[p.nextWord%uint8(len(p.words))] = wordMemo{text: p.text, at: i, end: e, w: w, ok: ok}
	p.nextWord++
	return w, e, ok
}

// dateWordAt reports whether a date's first part starts at s[i]: a
// number, or a month's or weekday's name ("sundown December 25", "at
// sunset on Saturday").
func dateWordAt(s string, i int) bool {
	w, _, ok := wordAt(s, i)
	return isDigit(s, i) || ok && (w.kind == wMonth || w.kind == wWeekday)
}

// wordAt reads the Latin or Hebrew word at s[i] and what the tables know
// of it.
func wordAt(s string, i int) (word, int, bool) {
	if i >= len(s) {
		return word{}, i, false
	}
	var e int
	if s[i] == 0xD7 {
		e = hebrewWord(s, i)
		w, ok := lookupHebrew(s, i, e)
		return w, e, ok
	}
	e = latinWord(s, i)
	if e == i {
		return word{}, i, false
	}
	w, ok := lookupLatin(s, i, e)
	return w, e, ok
}

// weekdayName reads the name of a weekday at i: Monday, Mon., Yom Sheni,
// Shabbat, יום שני, יום ב׳, שבת, or after a prefix a bare ordinal (רביעי).
func (p *parser) weekdayName(i int, prefixed bool) (Field, bool) {
	s := p.s
	w, e, ok := p.wordAt(i)
	if !ok {
		if stem := turkishStem(s, i, e); stem < e {
			// Perşembe'den: Turkish's case ending after the weekday,
			// text of the dateline after it (see suffix).
			w, ok = lookupLatin(s, i, stem)
			ok = ok && w.kind == wWeekday
			e = stem
		}
	}
	if !ok {
		if w, me, ok := misaccented(s, i, wWeekday); ok && w.form == layout.Long {
			// Martedí: the weekday with its accent written otherwise
			// (see misaccented), read as a misspelt one is.
			f := Field{Value: int(w.value), Start: i, End: me, Flags: Corrected}
			f.Kind, f.Form, f.Lang, f.Case = layout.Weekday, layout.Long, w.lang, caseOf(s, i, me)
			if f.Case == layout.AsIs && s[i] >= 'A' && s[i] <= 'Z' {
				f.Case = layout.Title
			}
			p.weak, p.slipped = true, true
			return f, true
		}
		if w, ok := slipWeekday(s[i:e]); ok && e > i {
			// saato, a weekday name with a letter dropped: the one
			// weekday it fits, written right by the layout.
			f := Field{Value: int(w.value), Start: i, End: e, Flags: Corrected}
			f.Kind, f.Form, f.Lang, f.Case = layout.Weekday, layout.Long, w.lang, caseOf(s, i, e)
			if f.Case == layout.AsIs && s[i] >= 'A' && s[i] <= 'Z' && w.lang != layout.English {
				f.Case = layout.Title
			}
			p.weak, p.slipped = true, true
			return f, true
		}
		return Field{}, false
	}
	f := Field{Value: int(w.value), Start: i, End: e}
	f.Kind = layout.Weekday
	if w.kind == wWeekday && w.lang != layout.English {
		if w.weak && startingAt(s, i) > i {
			return Field{}, false // "sa početkom u 19 časova" (starting at): no Sa.
		}
		if (w.weak || w.bare) && e-i == 2 && betweenNumbers(s, i, e) {
			return Field{}, false // "od 28. 11. do 6. 12. 2021": Slavic's "to", no Do.
		}
		if (w.weak || w.bare) && e-i == 2 && p.has(layout.Day) && p.has(layout.Month) && (wordAfter(s, e) || !p.monthShares(w)) {
			// "7 XII 2022, do zmierzchu 15 XII", "21 kwietnia 2020 do
			// Krakowa": after a whole date, two letters before a word
			// are prose (Slavic's "to"), whatever the word's case, and
			// so are two letters of a language the date's month is not
			// in ("21 de abril de 2020 do", Portuguese's "of the"). The
			// date ends before them. A Polish or Portuguese date was
			// lost whole, as a German Do its month disowned.
			return Field{}, false
		}
		if w.weak && !w.bare && e-i == 2 && lowerAbbreviation(s, i, e, w) {
			// "21. 4. 2020 so Judje praznovali" (Slovenian: "are"),
			// "so 21. 3. 2020" (Czech's Saturday): German writes its
			// So. with a capital, and "so" is prose or another
			// language's day, not Sunday with a weekday error.
			return Field{}, false
		}
		if (w.weak || w.bare) && verbAfter(s, e) {
			// "Pessah, qui commence le 22 avril 2024": French's "who"
			// before its verb, not Portuguese's Thursday (qui.), which
			// took the occasion's verb from it.
			return Field{}, false
		}
		p.bareDay = p.bareDay || w.bare
		p.weakDay = p.weakDay || w.weak || w.bare
		return langField(s, f, w), true
	}
	hebrewScript := s[i] == 0xD7
	switch w.kind {
	case wWeekday:
		f.Form = w.form
		if hebrewScript {
			f.Form = layout.ScriptBare
			if !prefixed {
				// שבת alone: other days are יום שני, as a bare שני
				// is no weekday without ליל or ערב before it.
				f.Form, f.Text, f.Of = layout.Script, s[i:e], w.value
			}
			if k := holyShabbat(s, e); k > e && w.value == 6 {
				// שבת קודש, the holy Shabbat, and ערב שבת קודש, its
				// eve: the two words are the weekday's name.
				f.End, f.Text, f.Of = k, s[i:k], w.value
			}
			return f, true
		}
		f.Case = caseOf(s, i, e)
		if k := holyShabbatLatin(s, e); k > e && w.value == 6 && prefixed {
			// Erev Shabbos Kodesh, as ערב שבת קודש: the words are the
			// weekday's name; left out, Find read the portion after them
			// alone, its Saturday.
			f.End, f.Text, f.Of = k, s[i:k], w.value
			return f, true
		}
		if w.form == layout.Short && e < len(s) && s[e] == '.' {
			f.Form = layout.ShortDot
			f.End++
		}
		if w.variant {
			// Tues, THURS.: the word itself, in its own case.
			f.Text, f.Of = s[i:f.End], w.value
		}
		return f, true
	case wOrdinalDay:
		g := e
		if hebrewScript {
			g = strayGeresh(s, e) // ביום שלישי' טז אדר
		}
		if !hebrewScript || !prefixed && !afterOnDay(s, i) && !ordinalOpensDate(s, i, g) && !nightPairSecond(s, i, g) {
			return Field{}, false
		}
		f.Form, f.End = layout.ScriptBare, g
		if w.variant || g > e {
			f.Text, f.Of = s[i:g], w.value
		}
		return f, true
	case wYom:
		return yomDay(s, f, e, hebrewScript)
	}
	return Field{}, false
}

// holyShabbat returns the end of קודש (or קדש, holy) after a Shabbat that
// ends at e, or e.
func holyShabbat(s string, e int) int {
	k := skipSpace(s, e)
	if k == e {
		return e
	}
	for _, w := range [...]string{"קודש", "קדש"} {
		if strings.HasPrefix(s[k:], w) && !letterAfter(s, k+len(w)) && script.WordEnds(s, k+len(w)) {
			return k + len(w)
		}
	}
	return e
}

// holyShabbatLatin returns the end of Kodesh (holy) after a Shabbat
// written in Latin letters that ends at e, or e.
func holyShabbatLatin(s string, e int) int {
	k := skipSpace(s, e)
	end := k + len("kodesh")
	if k == e || end > len(s) || !strings.EqualFold(s[k:end], "kodesh") {
		return e
	}
	if end < len(s) && (s[end]|0x20 >= 'a' && s[end]|0x20 <= 'z' || s[end] >= 0x80) {
		return e // Kodeshim
	}
	return end
}

// afterOnDay reports whether the word before s[i] is "ביום" (on the day),
// which names a weekday by its bare ordinal as יום does: "ביום ראשון, 31
// במרץ" (on Sunday). ביום is read as a separator (see onDay), text of the
// dateline before the weekday, which is the ordinal. The prefixes Hebrew
// glues before it, ו (and), ש (that), כש (when) and their clusters, leave
// it the same word: "וביום חמישי, 2 במרץ 2024" (and on Thursday) had its
// weekday left out, and so a Saturday said to be a Thursday passed.
func afterOnDay(s string, i int) bool {
	k := i
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	if k == i || k < len("ביום") || !onDay(s, k-len("ביום"), k) {
		return false
	}
	b := k - len("ביום")
	for n := 0; n < 3 && b >= len("ו") && !wordStarts(s, b); n++ {
		switch s[b-len("ו") : b] {
		case "ו", "ש", "כ":
			b -= len("ו") // וביום, שביום, כשביום, וכשביום
		default:
			return false
		}
	}
	return wordStarts(s, b)
}

// nightPairSecond reports whether the bare Hebrew ordinal at s[i:e] is the
// second day of a night between two weekdays, after ליל, the first and a
// dash, with a date after it, a comma between or not: "ליל שלישי-רביעי
// 12-13.3.2024" (the night between Tuesday and Wednesday) was a syntax
// error at רביעי, which ordinalOpensDate reads only before a comma
// ("ליל שלישי-רביעי, 12-13.3.2024" was read). The ליל before the pair
// says the words are weekdays, not prose ("פרק שני 5.10.2023" is none).
func nightPairSecond(s string, i, e int) bool {
	k := trimSpaceBefore(s, i)
	r, n := utf8.DecodeLastRuneInString(s[:k])
	if n == 0 || !script.IsDash(r) {
		return false
	}
	k = trimSpaceBefore(s, k-n)
	b := wordBefore(s, k)
	if b == k {
		return false
	}
	if w, ok := lookupHebrew(s, b, k); !ok || w.kind != wOrdinalDay && w.kind != wWeekday {
		return false
	}
	k = trimSpaceBefore(s, b)
	if b2 := wordBefore(s, k); b2 == k || k == b {
		return false
	} else if w, ok := lookupHebrew(s, b2, k); !ok || w.kind != wLeil {
		return false
	}
	j := skipSpace(s, e)
	if j < len(s) && s[j] == ',' {
		j = skipSpace(s, j+1)
	}
	return j > e && dateAfterWeekdayAt(s, j)
}

// ordinalOpensDate reports whether a bare Hebrew ordinal at s[i:e]
// (חמישי) names a weekday without יום, as Israeli news and listings
// print it before a date: "היום, חמישי, ה' חול המועד, 5.10.2023" (Kol
// Ha'ir), "(ראשון, 31.3)". The ordinal must open its clause (nothing
// before it, or a mark that is no letter, digit or quote: a comma, a
// bracket, a bar) and a comma and a date must follow it: a day and
// month in digits or a Hebrew day and month. Elsewhere it is prose
// ("פרק שני, 5.10.2023": chapter two), and "שני, 25.9.2022" had its
// date read without its weekday, a wrong Monday unsaid.
func ordinalOpensDate(s string, i, e int) bool {
	if e2 := ordinalPairEnd(s, i); e2 > e && (opensClause(s, i) || daysWordBefore(s, i)) {
		e = e2 // the first of two days: the comma and the date follow the second
	} else if e2 := ordinalRangeEnd(s, i); e2 > e && daysWordBefore(s, i) {
		e = e2 // בימים שני עד חמישי, 18-21 בנובמבר: the first of a range
	} else if !opensClause(s, i) {
		// The second of two days, "חמישי שישי, ...", opens the clause
		// with the first (see ordinalPairEnd), and the end of a range
		// follows its start after ימים (see ordinalRangeEnd).
		k := trimSpaceBefore(s, i)
		b := wordBefore(s, k)
		if b == k || !opensClause(s, b) && !daysWordBefore(s, b) || ordinalPairEnd(s, b) != e {
			if f := ordinalRangeStart(s, i); f < 0 || !daysWordBefore(s, f) || ordinalRangeEnd(s, f) != e {
				return false
			}
		}
	}
	if e < len(s) && s[e] == ')' && bracketedWeekday(s, i) {
		e++ // מחר (שני), ה-21 באוקטובר
		if e < len(s) && s[e] == ' ' {
			j := skipSpace(s, e)
			return dateAfterWeekdayAt(s, j)
		}
	}
	if e >= len(s) || s[e] != ',' {
		return false
	}
	j := skipSpace(s, e+1)
	return j > e+1 && dateAfterWeekdayAt(s, j)
}

// hebrewTodayWords are the words for a day near the page's own that
// Israeli news follow with the day's bare weekday in brackets, before
// its date or not: "היום (רביעי)", "מחר (שני), ה-21 באוקטובר".
var hebrewTodayWords = [...]string{"היום", "מחר", "אתמול", "מחרתיים", "הערב", "הלילה"}

// bracketedWeekday reports whether the bare ordinal at s[i] is a weekday
// in brackets of its own, opening its clause or after a word of
// hebrewTodayWords: "מוצאי שמחת תורה יחל מחר (שני), ה-21 באוקטובר, כ"ב
// בתשרי תש"ף" (HaShikma Rishon LeZion, the hundred-and-ninety-first
// held-out round: tomorrow, Monday, 21 October) had its date read
// without the weekday, a wrong one unsaid. After another word the
// ordinal is a count's ("פרק (שני)", chapter two).
func bracketedWeekday(s string, i int) bool {
	if i == 0 || s[i-1] != '(' {
		return false
	}
	if opensClause(s, i-1) {
		return true
	}
	k := trimSpaceBefore(s, i-1)
	b := wordBefore(s, k)
	return k < i-1 && b < k && isWordOf(s[b:k], hebrewTodayWords[:])
}

// opensClause reports whether nothing, or a mark that is no letter,
// digit or quote (a comma, a bracket, a bar), comes before s[i].
func opensClause(s string, i int) bool {
	k := trimSpaceBefore(s, i)
	if k == 0 {
		return true
	}
	r := lastRuneOf(s, k)
	return !(unicode.IsLetter(r) || unicode.IsDigit(r) || script.IsGeresh(r) || script.IsGershayim(r))
}

// daysWordBefore reports whether the word before s[i] is ימי or ימים (the
// days of, days), with ב, ל, מ or ו glued before it or not, as a notice
// names two days by their ordinals after it: "לימי חמישי שישי".
func daysWordBefore(s string, i int) bool {
	k := trimSpaceBefore(s, i)
	b := markedWordBefore(s, k) // (בימים, <p>בימים, a line's בימים
	if b == k || k == i {
		return false
	}
	w := s[b:k]
	for _, pre := range [...]string{"ב", "ל", "מ", "ו"} {
		if rest, ok := strings.CutPrefix(w, pre); ok && (rest == "ימי" || rest == "ימים") {
			return true
		}
	}
	return w == "ימי" || w == "ימים"
}

// ordinalPairEnd returns the end of the second of two bare Hebrew ordinals
// of weekdays that follow each other with one space and no word between,
// the first at s[i], the second naming the next day (שבת after שישי):
// "ימי חמישי שישי, טו'-טז' בתשרי, 5-6.10" (the days of Thursday, Friday:
// Rehovot's refuse collection over the holidays, the hundred-and-forty-
// seventh held-out round), as a notice lists the two days of a holiday.
// The dateline was not read, and Find gave the Hebrew range alone in the
// year nearest the reference. It returns i if there is no such pair.
func ordinalPairEnd(s string, i int) int {
	w1, e1, ok := wordAt(s, i)
	if !ok || w1.kind != wOrdinalDay || e1+1 >= len(s) || s[e1] != ' ' {
		return i
	}
	w2, e2, ok := wordAt(s, e1+1)
	next := (int(w1.value) + 1) % 7
	if !ok || int(w2.value) != next || w2.kind != wOrdinalDay && (w2.kind != wWeekday || s[e1+1] != 0xD7) {
		return i
	}
	return e2
}

// ordinalRangeEnd returns the end of the second of two bare Hebrew
// ordinals of weekdays joined as a range's ends, by "until" (עד) or a
// dash, the first at s[i]: "בימים שני עד חמישי, 18-21 בנובמבר" (on the
// days Monday to Thursday, 18-21 November; JCity, jcity.co.il, the
// hundred-and-seventy-fifth held-out round), as ימים (days) names them
// before their dates (see daysWordBefore). It was the day range alone,
// its weekdays unread and unchecked. It returns i if there is none.
func ordinalRangeEnd(s string, i int) int {
	w1, e1, ok := wordAt(s, i)
	if !ok || w1.kind != wOrdinalDay || s[i] != 0xD7 {
		return i
	}
	k, _ := rangeJoin(s, e1)
	if k < 0 {
		return i
	}
	w2, e2, ok := wordAt(s, k)
	if !ok || s[k] != 0xD7 || w2.kind != wOrdinalDay && (w2.kind != wWeekday || w2.value != 6) || w2.value == w1.value {
		return i
	}
	return e2
}

// ordinalRangeStart returns the start of the word before the join that
// ends right before s[i], the first of ordinalRangeEnd's two ordinals
// where s[i] is the second; or -1. The caller checks that the two are
// such a range.
func ordinalRangeStart(s string, i int) int {
	k := trimSpaceBefore(s, i)
	if r, n := lastRune(s, k); script.IsDash(r) {
		k = trimSpaceBefore(s, k-n) // שני-חמישי, שני – חמישי
	} else if b := wordBefore(s, k); b < k && (s[b:k] == "עד" || s[b:k] == "ועד") {
		k = trimSpaceBefore(s, b) // שני עד חמישי
	} else {
		return -1
	}
	if b := wordBefore(s, k); b < k {
		return b
	}
	return -1
}

// dateAfterWeekdayAt reports whether a date that a Hebrew weekday may
// stand before starts at s[j]: a day and month in digits (5.10.2023), a
// Hebrew day and month (כ״ט באלול), or a civil day in digits and its
// month in Hebrew script, with ב or not (11 באוקטובר), the article ה
// and a hyphen before the day or not (ה-21 באוקטובר).
func dateAfterWeekdayAt(s string, j int) bool {
	if strings.HasPrefix(s[j:], "ה-") && isDigit(s, j+len("ה-")) {
		j += len("ה-")
	}
	if dayMonthDigitsAt(s, j) || hebrewDayMonthAt(s, j) || hebrewDayRangeAt(s, j) || dayRangeDigitsAt(s, j) {
		return true
	}
	_, e, digits := number(s, j)
	if r, n := decode(s, e); digits > 0 && script.IsDash(r) {
		if _, e2, d2 := number(s, e+n); d2 == 1 || d2 == 2 {
			e = e2 // a range of days before the month: 18-21 בנובמבר
		}
	}
	k := skipSpace(s, e)
	if digits == 0 || digits > 2 || k == e {
		return false
	}
	w, _, ok := wordAt(s, k)
	if (!ok || w.kind != wMonth) && strings.HasPrefix(s[k:], "ב") {
		w, _, ok = wordAt(s, k+len("ב"))
	}
	return ok && w.kind == wMonth
}

// yomDay reads the day after Yom, whose field f ends at e: Yom Sheni, Yom
// Shabbat, יום שני, יום ב׳, יום ו'.
func yomDay(s string, f Field, e int, hebrewScript bool) (Field, bool) {
	i := f.Start
	k := skipSpace(s, e)
	w2, e2, ok := wordAt(s, k)
	if hebrewScript {
		if r, n := decode(s, k); n > 0 && !ok || ok && e2-k == 2 {
			if l, ok := letterWeekday(s, f, k, r, n); ok {
				return l, true
			}
		}
	}
	if !ok {
		return Field{}, false
	}
	stray := false
	switch {
	case w2.kind == wOrdinalDay && hebrewScript == (s[k] == 0xD7):
		f.Value, f.End = int(w2.value), e2
		if g := strayGeresh(s, e2); hebrewScript && g > e2 {
			f.End, stray = g, true
		}
	case w2.kind == wWeekday && w2.value == 6 && w2.form != layout.Long && w2.form != layout.Short:
		f.Value, f.End = 6, e2
	default:
		return Field{}, false
	}
	f.Form = layout.Yom
	if hebrewScript {
		f.Form = layout.Script
	}
	if w2.variant || stray || f.Value == 6 && !hebrewScript {
		f.Text, f.Of = s[i:f.End], int8(f.Value)
	} else if !hebrewScript {
		f.Case = caseOf(s, i, e2)
		if f.Case == layout.Upper || f.Case == layout.Lower {
			f.Text, f.Of, f.Case = s[i:e2], int8(f.Value), layout.AsIs
		}
	}
	return f, true
}

// strayGeresh returns the end of a geresh (or an apostrophe) at s[e] that
// ends a word, or e: a weekday's name written in full may carry the mark
// of its letter (יום ג׳) as well, "ביום שלישי' טז אדר, (14.3)" (Tuesday,
// 16 Adar (14.3); the--temple.blogspot.com, met while collecting the
// 130th held-out round). The mark cut the weekday off the date, which was
// read without it, and a weekday that is not the date's went unsaid. The
// mark is the weekday's text, as written.
func strayGeresh(s string, e int) int {
	if r, n := decode(s, e); n > 0 && script.IsGeresh(r) && wordEnds(s, e+n) {
		return e + n
	}
	return e
}

// letterWeekday reads a weekday written as a letter after יום, at s[k]
// (its rune r, of n bytes): יום א׳ ... יום ו׳, יום ש׳, with its geresh if
// there is one. f is the field of יום.
func letterWeekday(s string, f Field, k int, r rune, n int) (Field, bool) {
	d := letterDay(r)
	if d < 0 {
		return Field{}, false
	}
	end := k + n
	punct := layout.Bare
	if g, gn := decode(s, end); script.IsGeresh(g) {
		end += gn
		punct = layout.ASCII
		if g == script.Geresh {
			punct = layout.Gershayim
		}
	}
	if !wordEnds(s, end) {
		return Field{}, false
	}
	f.Value, f.End, f.Form, f.Punct = d, end, layout.ScriptShort, punct
	if d == 6 {
		f.Text, f.Of = s[f.Start:end], 6
	}
	return f, true
}

// bareWeekday reads at s[i] a weekday written as its letter alone,
// without יום, as Israeli tables and news print it before a date: "ערב
// ראש השנה ד׳ כ״ט באלול 20.9.17" (Wednesday, 29 Elul), "היום (א׳, 31.3)"
// (today, Sunday, 31 March). A letter with a geresh is most often a
// numeral (a section, a class, a day of a Hebrew date), so it is a
// weekday only where a date follows it at once: a Hebrew day and month
// after a space, or a day and month in digits after a comma.
//
// After ביום, מיום or ליום (on, from, to the day; see afterOnDay) the
// letter names a weekday as it does after יום, and any date a weekday
// stands before may follow it, with a comma or not: "החל מיום ד׳, ה-27
// במאי" (Mateh Asher's council, the 304th held-out round), "ביום ג׳ 26
// במאי". Find read the date alone, in the year of the reference whose
// 27 May is a Thursday, and the Wednesday went unsaid. Before a Hebrew
// month's name the letter stays the day's numeral: "ביום ד׳ בניסן".
//
// There the letter may lack its geresh before a day and month in digits,
// which no Hebrew numeral stands before: "ביום ב 3.3.2024" (Monday, on a
// Sunday) was read as 3.3.2024 alone by Find, the wrong weekday unsaid,
// and Check stopped at the digits. Before anything else a bare letter is
// a word of the prose ("ביום ב בניסן", "ביום ה-27 במאי").
// It returns the end of the letter and its geresh.
func (p *parser) bareWeekday(i int) (int, bool) {
	s := p.s
	// The cheap first test, in bytes: a letter of a weekday (א to ו, ש)
	// and a geresh's first bytes (׳, ', ’) after it, or a space or a
	// comma for a bare letter. Most Hebrew words have a letter there.
	if i+3 >= len(s) || s[i] != 0xD7 || !weekdayLetterByte[s[i+1]] || p.has(layout.Weekday) ||
		!gereshLead(s, i+2) && s[i+2] != ' ' && s[i+2] != ',' {
		return i, false
	}
	r, n := decode(s, i)
	d := letterDay(r)
	if d < 0 {
		return i, false
	}
	f, ok := letterWeekday(s, Field{Element: layout.Element{Kind: layout.Weekday}, Start: i}, i, r, n)
	if !ok {
		return i, false
	}
	k := f.End
	comma := k < len(s) && s[k] == ','
	if comma {
		k++
	}
	j := skipSpace(s, k)
	switch {
	case j == k:
		return i, false
	case f.Punct == layout.Bare:
		if !afterOnDay(s, i) || !dayMonthDigitsAt(s, j) && !dayRangeDigitsAt(s, j) {
			return i, false
		}
	case afterOnDay(s, i):
		if !dateAfterWeekdayAt(s, j) {
			return i, false
		}
	case !comma && !hebrewDayMonthAt(s, j) || comma && !hebrewDayMonthAt(s, j) && !dayMonthDigitsAt(s, j):
		return i, false
	}
	f.Form, f.Text, f.Of = layout.ScriptLetter, "", 0
	p.add(f)
	return f.End, true
}

// gereshLead reports whether the bytes at s[k] may start a geresh, as
// bareWeekday's cheap test: ' (ASCII), ׳ (D7 B3), or ’ and ‘ (E2 80).
func gereshLead(s string, k int) bool {
	switch s[k] {
	case '\'':
		return true
	case 0xD7:
		return s[k+1] == 0xB3
	case 0xE2:
		return s[k+1] == 0x80
	}
	return false
}

// verbAfter reports whether a verb that says when an occasion is (see
// beginsVerb, startsWords and fallsOnVerbs) follows the word that ends at
// s[e], after a space.
func verbAfter(s string, e int) bool {
	j := skipSpace(s, e)
	if j == e || j >= len(s) {
		return false
	}
	w := latinWord(s, j)
	return beginsOrStarts(s, j, w) || matchPhrases(s, j, fallsOnVerbs[:]) > j
}

// weekdayLetterByte tells the second bytes of the Hebrew letters that
// name weekdays: א to ו, and ש.
var weekdayLetterByte = [256]bool{0x90: true, 0x91: true, 0x92: true, 0x93: true, 0x94: true, 0x95: true, 0xA9: true}

// hebrewDayMonthAt reports whether a Hebrew day in letters and a Hebrew
// month's name (with the prefix ב or not) start at s[k]: כ״ט באלול.
func hebrewDayMonthAt(s string, k int) bool {
	d, ok := hebrewDayField(s, k)
	if !ok {
		return false
	}
	m := skipSpace(s, d.End)
	if m == d.End {
		return false
	}
	if strings.HasPrefix(s[m:], "ב") {
		if _, ok := hebrew.MatchMonth(s[m+len("ב"):]); ok {
			return true
		}
	}
	_, ok = hebrew.MatchMonth(s[m:])
	return ok
}

// hebrewDayRangeAt reports whether a range of Hebrew days of one month
// starts at s[k], a day, a dash and a day and month: "טו'-טז' בתשרי".
// A weekday without יום before it, "חמישי, טו'-טז' בתשרי, 5-6.10", was
// no weekday, and the dateline was not read.
func hebrewDayRangeAt(s string, k int) bool {
	d, ok := hebrewDayField(s, k)
	if !ok {
		return false
	}
	j := rangeDash(s, d.End)
	return j > d.End && hebrewDayMonthAt(s, j)
}

// dayRangeDigitsAt reports whether a range of days of one month in digits
// starts at s[k], a day, a dash, and a day and month: 5-6.10, 5-6.10.2017.
func dayRangeDigitsAt(s string, k int) bool {
	_, e, digits := number(s, k)
	if digits == 0 || digits > 2 {
		return false
	}
	j := rangeDash(s, e)
	return j > e && dayMonthDigitsAt(s, j)
}

// dayMonthDigitsAt reports whether a day and a month in digits, joined by
// a point or a slash, start at s[k]: 31.3, 20.9.17, 27/6/2020.
func dayMonthDigitsAt(s string, k int) bool {
	_, e, digits := number(s, k)
	if digits == 0 || digits > 2 || e >= len(s) || s[e] != '.' && s[e] != '/' {
		return false
	}
	_, e2, digits := number(s, e+1)
	return digits > 0 && digits <= 2 && e2 > e+1
}

// letterDay returns the weekday a Hebrew letter names after יום (א is
// Sunday, ש Saturday), or -1.
func letterDay(r rune) int {
	switch {
	case r >= 'א' && r <= 'ו':
		return int(r - 'א')
	case r == 'ש':
		return 6
	}
	return -1
}

// titled reports whether two weekdays that a dash joins are a title and
// the dateline's weekday rather than a range: a space follows the dash
// (most often one precedes it too) and the two are written in different
// styles, the first not of an evening ("Zmanim for Shabbat – Friday, 2
// Shevat", "Candle Lighting Times For Shabbat - Friday, 6 Kislev", "Zoom
// Shabbat- Friday, November 19, 2021", where a range from Saturday would
// put a Friday's date six days late, a weekday error the page did not
// make). A range writes its days alike (Sunday-Tuesday, Sun. & Mon.),
// from an evening (Motzei Shabbat - Sunday), or with no space at all
// (Shabbos-Sunday); a dash glued to the first day and spaced from the
// second joins two days in a row as a range still ("Shabbos- Sunday,
// November 20-21").
func titled(s string, a, b *Field) bool {
	if a.Form == b.Form || a.Flags&Night != 0 || a.Shift != 0 {
		return false
	}
	k := a.End
	j := skipSpace(s, k)
	r, n := decode(s, j)
	if !script.IsDash(r) || skipSpace(s, j+n) == j+n {
		return false
	}
	next := (b.Value - a.Value + 7) % 7
	return j > k || next != 1
}

// secondWeekday reads the weekday a dateline names once more, in the
// other calendar's words: "Vendredi 30 Septembre 2022 – Yom Chichi 05
// Tichri 5783", "Friday, September 30, 2022 | יום שישי, ה׳ תשרי". It must
// be written otherwise (Yom Chichi, יום שישי, beside Vendredi) and name the
// same day; two weekdays that differ, or the same words twice, are not
// one dateline.
func (p *parser) secondWeekday(i int) (int, bool) {
	var prev *Field
	next := false // a field of the date after prev
	for j := range p.fields() {
		switch f := &p.buf[j]; {
		case f.Kind == layout.Weekday:
			if prev != nil {
				return i, p.fail(i, "the end of the dateline") // a third
			}
			prev = f
		case f.Kind == layout.Literal, f.Kind == layout.Holiday, f.Kind == layout.Portion:
			// The name of the day's occasion or portion is no date:
			// "Erev Shabbos Chanukah, Friday, December 27, 2024".
		case prev != nil:
			next = true
		}
	}
	m := p.mark()
	k, ok := p.weekday(i)
	if !ok {
		p.reset(m)
		return i, p.fail(i, "the end of the dateline")
	}
	if !sameDayAgain(prev, &p.buf[k], !next) {
		p.reset(m)
		return i, p.fail(i, "the end of the dateline")
	}
	return p.last, true
}

// sameDayAgain reports whether weekday f names the day that weekday prev
// names, otherwise written: in the other calendar's words (Vendredi, Yom
// Chichi), or, right after it or the name of its occasion, as the eve of
// the next day ("Friday, Erev Shabbat", "יום שישי, ערב שבת", "Erev
// Shabbos Chanukah, Friday"). After a date, a weekday is the next item's:
// "Erev Shabbos, 21 Adar I 5784 Friday, March 1st | …".
func sameDayAgain(prev, f *Field, adjacent bool) bool {
	if f.Flags&Night != prev.Flags&Night {
		return false
	}
	if f.Shift != prev.Shift {
		if !adjacent {
			return false
		}
		return ((f.Value-int(f.Shift))-(prev.Value-int(prev.Shift)))%7 == 0
	}
	hebrewWords := func(f *Field) bool { return f.Form >= layout.Script && f.Form <= layout.Yom }
	return f.Value == prev.Value && hebrewWords(f) != hebrewWords(prev)
}

// betweenNumbers reports whether s[i:e], a word, stands between two
// numbers, after spaces: a day or year, with its dot, before it and a
// number after it. A weekday of two letters there is the word of a range
// of dates, Slavic's "do" (to): "od 28.11.2021 do 6.12.2021" was read
// with German's Do (Thursday) and a weekday error on a right date.
func betweenNumbers(s string, i, e int) bool {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j == i || j == 0 {
		return false
	}
	if s[j-1] == '.' {
		j--
	}
	k := skipSpace(s, e)
	return k > e && j > 0 && isDigit(s, j-1) && isDigit(s, k) // ". ZA 0": a dot that opens the text (FuzzFindHTML)
}

// shabbatNight reads Shabbat's own name (see shabbatWord) before a civil
// range of two days that starts on a Friday as the night before its
// Saturday and the Saturday: "Shabbat, November 9-10, 2018" runs from
// Friday evening, as Shabbat does, and its first day is that Friday's
// evening. The weekday is then the Friday's night (a Night a day before
// its Saturday, as "Erev Shabbat" shifts it), not a Saturday the
// Friday's date contradicts. Only a range whose year is stated is read
// so, where the Friday can be known: a range from a Saturday ("Shabbat,
// November 10-11, 2018"), of another length, or in a language's word for
// Saturday ("Saturday, November 9-10") keeps its weekday as it is.
func shabbatNight(s string, fields []Field) {
	w, end := -1, -1
	var day, month, year int
	for i := range fields {
		switch f := &fields[i]; {
		case f.Kind == layout.Weekday:
			if w >= 0 || f.Flags&RangeEnd != 0 {
				// Two weekdays: a range of their own, the night's
				// too ("Friday night-Shabbat, March 15-16", whose
				// Shabbat was read as Friday's night).
				return
			}
			w = i
		case f.Kind == layout.Day:
			if f.Flags&RangeEnd != 0 {
				end = i
			} else {
				day = f.Value
			}
		case f.Kind == layout.Month && f.Flags&RangeEnd == 0:
			month = f.Value
		case f.Kind == layout.Year:
			year = f.Value
		case f.Kind == layout.HebrewDay || f.Kind == layout.HebrewMonth:
			return // a Hebrew date says which day it is
		}
	}
	if w < 0 || end < 0 || fields[end].Shift != 1 || year < 1000 || month < 1 || month > 12 {
		return
	}
	f := &fields[w]
	if f.Value != int(time.Saturday) || f.Shift != 0 || f.Flags&Night != 0 || !shabbatWord(s[f.Start:f.End]) {
		return
	}
	if time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC).Weekday() != time.Friday {
		return
	}
	f.Shift = 1
	f.Flags |= Night
}

// wordAfter reports whether a word of letters (of any script but
// Hebrew's, whose words beside a date are its other calendar) follows the
// space at s[e], whatever its case.
func wordAfter(s string, e int) bool {
	k := skipSpace(s, e)
	if k == e || k >= len(s) || s[k] == 0xD7 {
		return false
	}
	r, _ := decode(s, k)
	return unicode.IsLetter(r)
}

// monthShares reports whether the month the parser read is named in a
// language of w, a weekday's abbreviation; a month of digits or a Roman
// numeral names none, and disowns no weekday.
func (p *parser) monthShares(w word) bool {
	fs := p.fields()
	for i := range fs {
		if fs[i].Kind != layout.Month || fs[i].Flags&RangeEnd != 0 {
			continue
		}
		m, ok := nameWord(p.s, &fs[i])
		if !ok {
			return true
		}
		langs := w.langs
		if langs == 0 {
			langs = 1 << w.lang
		}
		return (m.langs|m.otherLangs)&langs != 0
	}
	return true
}

// lowerAbbreviation reports whether s[i:e], read as w, a weekday's
// abbreviation of two letters without its dot, is written in lower case
// where w's language writes it with a capital (German's So., Do., Sa.):
// so written it is that language's prose (so, do) or another language's
// day (Czech's so, Saturday), not the capitalised language's weekday.
func lowerAbbreviation(s string, i, e int, w word) bool {
	if s[i] < 'a' || s[i] > 'z' || e < len(s) && s[e] == '.' {
		return false
	}
	name := w.lang.WeekdayName(int(w.value), layout.Short)
	return name != "" && name[0] >= 'A' && name[0] <= 'Z'
}
