package parse

import (
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// dayField reads a day of the month written in digits at i (2, 02, 2nd).
func dayField(s string, i int) (Field, bool) {
	v, e, digits := number(s, i)
	if digits == 0 || digits > 2 || v == 0 {
		return Field{}, false
	}
	f := Field{Value: v, Start: i, End: e}
	if digits == 2 && s[i] == '0' {
		f.Form = layout.Padded
	}
	if k, c, ok := ordinal(s, e); ok {
		f.Form, f.Case, f.End = layout.Ordinal, c, k
		if !ownSuffix(s, e, v) {
			// "March 2th", "22st": the day its digits say, with
			// another's suffix, which the dateline names (see
			// Corrected); it was read with nothing said.
			f.Flags |= Corrected
		}
	} else if !wordEnds(s, e) && ordinalEnding(s, e) == e {
		return Field{}, false
	}
	return f, true
}

// decimalAfter reports whether a number ending at s[e] goes on after a
// point with more digits, a decimal or a number with a thousands point:
// "March 5.50", "Nisan 5.783" name no day. Four digits after the point
// are a year, as a point joins it in "Jan.2.2006".
func decimalAfter(s string, e int) bool {
	if e+1 >= len(s) || s[e] != '.' || !isDigit(s, e+1) {
		return false
	}
	_, _, digits := number(s, e+1)
	return digits != 4
}

// partOfNumber reports whether a number ending at s[e] goes on as a time
// or a numeric date: 16:00, 16.00, 16/9.
func partOfNumber(s string, e int) bool {
	return e+1 < len(s) && (s[e] == ':' || s[e] == '.' || s[e] == '/') && isDigit(s, e+1)
}

// ordinalEnding returns the end of the ordinal ending that a language
// other than English writes after a day in digits at s[e], or e: Yiddish's
// (דעם 13טן סעפּטעמבער, 26סטן, and after a hyphen, as Russian's: 13-טן
// פֿעברואַר), French's 1er, Dutch's 8e, Italian's 1°
// and Spanish's and Portuguese's 1º and 1.º (with the degree sign or the
// ordinal indicator), Russian's and Ukrainian's after a hyphen (25-го
// декабря, 25-го дня месяца кислев, 1-е января), Belarusian's (2-га
// сакавіка: tvr.by, the 230th held-out round, was no date), Bulgarian's and
// Macedonian's (1-ви, 2-ри, 7-ми, 8-ми and the others' -ти: "Между 18 и
// 26-ти декември"), and Swedish's after a colon (den 20:e september, 1:a
// maj), and Greek's, the feminine ordinal's ending in the genitive or
// not, alike for every day (της 4ης Οκτωβρίου, on the 4th of October; η
// 5η Οκτωβρίου). The day's field is the number alone and the ending is
// text after it, which a layout keeps. ordinalEndings are the endings ordinalEnding
// reads whole, with the word's end after them.
var ordinalEndings = [...]string{"טן", "סטן", "טער", "סטער", "-טן", "-סטן", "-טער", "-סטער", "°", "º", ".º", ".°", "-го", "-ого", "-га", "-е", "-ое", "-ти", "-ви", "-ри", "-ми", ":e", ":a", "ης", "η"}

func ordinalEnding(s string, e int) int {
	if e >= len(s) {
		return e
	}
	switch s[e] {
	case 0xD7, 0xC2, 0xCE, '.', 'e', 'E', '-', ':', 'r', 'R', 'o', 'O', 'd': // the first bytes of the endings
	default:
		return e // most days: a space after them
	}
	if s[e] == 'd' {
		return oldOrdinalEnding(s, e)
	}
	for _, suffix := range ordinalEndings {
		if len(s)-e >= len(suffix) && s[e:e+len(suffix)] == suffix && wordEnds(s, e+len(suffix)) {
			return e + len(suffix)
		}
	}
	if k := matchWords(s, e, "er", "e"); k > e && isDigit(s, e-1) {
		if k-e == 2 && (s[e-1] != '1' || e >= 2 && isDigit(s, e-2)) {
			return e // 1er only: French writes the other days without
		}
		return k
	}
	if k := matchWords(s, e, "ero", "ro", "o"); k > e && s[e-1] == '1' && (e < 2 || !isDigit(s, e-2)) {
		// Spanish's 1ro and 1ero, and Portuguese's 1o, with the letter
		// for the ordinal indicator (1º): "1ro de mayo", "1ero. de
		// enero", "1o de outubro". The first of a month alone, as 1er.
		if k < len(s) && s[k] == '.' {
			k++
		}
		return k
	}
	return e
}

// oldOrdinalEnding returns the end of the "d" that English wrote, until the
// twentieth century and in law reports still, after a 2nd or a 3rd: "this
// 22d December, 1833", "the 3d of March". Only after a day that ends in 2
// or 3 and is not 12 or 13 (12th), as the ending says the day's last
// word, second or third: "12d", "5d" and "2d" glued to more letters
// ("2dn") stay unread.
func oldOrdinalEnding(s string, e int) int {
	if e < 1 || e >= len(s) || s[e] != 'd' || s[e-1] != '2' && s[e-1] != '3' || e >= 2 && s[e-2] == '1' || !wordEnds(s, e+1) {
		return e
	}
	return e + 1
}

// oldOrdinalDay returns day with the "d" after it (see oldOrdinalEnding)
// as its own text, which a layout writes on that day only, as 1er on the
// 1st: another day is written without it.
func oldOrdinalDay(s string, day Field) Field {
	if e := oldOrdinalEnding(s, day.End); e > day.End {
		day.End, day.Text, day.Of = e, s[day.Start:e], int8(day.Value)
	}
	return day
}

// dashOrdinal makes day, whose number an ordinal ending ending at s[e]
// follows that differs by the day, a Day that ends after it, of a form a
// layout writes as the day it writes takes it: Bulgarian's (26-ти, 1-ви;
// OrdinalDash), Yiddish's after 20 and on (26סטן, whose 2nd is 2טן;
// OrdinalYiddish) and Swedish's (20:e, 1:a; OrdinalColon). The ending is
// the day's, not text between fields. Russian's and Ukrainian's (-го,
// -е), which every day takes alike, Yiddish's טן (a page may write 26טן)
// and its declined טער stay text.
func dashOrdinal(s string, day *Field, e int) {
	switch s[day.End:e] {
	case "-ти", "-ви", "-ри", "-ми":
		day.Form, day.End = layout.OrdinalDash, e
	case "סטן":
		// 26סטן: the ending of 20 and on, which says 2טן is written
		// so; a page that writes 26טן writes טן after every day.
		day.Form, day.End = layout.OrdinalYiddish, e
	case ":e", ":a":
		day.Form, day.End = layout.OrdinalColon, e // den 20:e, 1:a
	}
}

// firstOrdinal reports whether ending, after a day, is the mark that
// French, Italian, Spanish and Portuguese write after the first of a month
// alone: er, °, º, and ro, ero and o for the ordinal indicator, in either
// case.
func firstOrdinal(ending string) bool {
	for _, w := range [...]string{"er", "°", "º", ".º", ".°", "ro", "ero", "o", "ro.", "ero.", "o."} {
		// In any case, as ordinalEnding reads them: "1O JAN", "1ER MAI".
		if len(ending) == len(w) && strings.EqualFold(ending, w) {
			return true
		}
	}
	return false
}

// dayFirst reads a date that starts with its day: 2 January 2006, 2nd of
// Tevet, 2-8 Cheshvan, 15-16 February, 21. ספטמבר 2023.
func (p *parser) dayFirst(i int) (int, bool) {
	s := p.s
	day, ok := dayField(s, i)
	if !ok {
		return i, p.fail(i, "a date")
	}
	k := day.End
	if k+1 < len(s) && s[k] == '-' && s[k+1] >= 0x80 {
		e := ordinalEnding(s, k)
		// The first day's ending, before a pair's "и" or a range's
		// "по": 1-ви и 2-ри октомври, с 14-го по 22-е декабря.
		if e > k {
			dashOrdinal(s, &day, e)
			k = e
		}
	}
	if e := ordinalEnding(s, k); e > k && day.Value == 1 && firstOrdinal(s[k:e]) {
		// The mark of the first before a range's join: "du 1er au 15
		// novembre", "dal 1° al 15 novembre", "del 1º al 15 de
		// noviembre"; left for the month's check below, the range's
		// end was read alone.
		day.End, day.Text, day.Of = e, s[day.Start:e], 1
		k = e
	}
	// A range: 2-8, 22-28.
	var end Field
	hasEnd, slashMids := false, 0
	if d := rangeDash(s, k); d >= 0 {
		// 2-8, and spaced, 6 - 29 de SETEMBRO, but not the hour of a
		// time (15 - 16:00).
		after, isDay := dayField(s, d) // the day after the dash
		full := p.abbreviatedEnd(day, after)
		if isDay && !partOfNumber(s, after.End) && full.Value >= day.Value && full.Value <= 31 {
			if full.Value != after.Value && p.endFirstRange(day, after) {
				full.Flags |= BothWays // 12-6 בתשרי
			}
			end, hasEnd = full, true
			k = after.End
		} else if f, wd, ok := p.weekdayDay(d); ok && !partOfNumber(s, f.End) && f.Value > day.Value && f.Value <= 31 {
			// jueves 3 – viernes 4 de octubre: each day with its weekday.
			end, hasEnd = f, true
			p.endDay, p.hasEndDay = wd, true
			k = f.End
		} else if isDay && day.Value <= 31 && p.endFirstRange(day, after) {
			// 7-6 מערץ, 2010: the end first (see endFirstRange).
			day, end, hasEnd = after, day, true
			p.endFirst = true
			k = after.End
		} else if isDay && p.backwardEnd(day, after, true) {
			// 22-21 March 2024: refused (see Backward).
			after.Flags |= Backward
			end, hasEnd = after, true
			k = after.End
		}
	} else if nightLead(s, k) && p.nightEnd(&end, day, k) {
		// de nacht van 9 op 10 november: a night over two days.
		hasEnd = true
		k = end.End
	} else if j, dash := rangeJoinBetween(s, day.Start, k); j > k && !dash {
		// A pair: 10 & 11 March, 10 and 11 Adar II; afterDay requires
		// the month. "the evening of the 8th and the day of the 9th
		// October": the second day's daytime, after its eve. After
		// Hebrew's "between", a range: בין 7 ל-15 בדצמבר.
		j = skipDayOf(s, j)
		if e := prefixedDigits(s, j); e > j && strings.IndexByte(s[k:j], 0xD7) >= 0 {
			j = e // מה-7 ועד ה-15 בדצמבר: after a Hebrew join, the end's prefix
		}
		if f, ok := dayField(s, j); ok && f.Value >= day.Value && f.Value <= 31 {
			end, hasEnd = f, true
			k = f.End
		} else if f, wd, ok := p.endWeekdayDay(j, day); ok && f.Value > day.Value && f.Value <= 31 {
			// jueves 3 y viernes 4 de octubre: each day with its weekday;
			// desde el 14 y hasta el lunes 22 de diciembre: the end's alone.
			end, hasEnd = f, true
			p.endDay, p.hasEndDay = wd, true
			k = f.End
		}
	} else if k+1 < len(s) && s[k] == '/' {
		if f, n, ok := p.nextDaySlashed(k, day); ok {
			// 13/14 July: a Friday and its Shabbat, as a timetable lists
			// them; 13/14/15 September: an eve and a two-day festival.
			end, hasEnd, slashMids = f, true, n
			k = f.End
		}
	} else if k < len(s) && s[k] == '.' {
		// Days written with their dot, as German writes them: 6. bis
		// 8. Oktober, 14. und 15. Adar.
		var f Field
		if k+2 < len(s) && s[k+1] == '/' {
			if f, n, ok := p.nextDaySlashed(k+1, day); ok {
				end, hasEnd, slashMids = f, true, n // 22./23. September
				k = f.End
			}
		} else if nightLead(s, k+1) && p.nightEnd(&f, day, k+1) && f.End < len(s) && s[f.End] == '.' {
			// in der Nacht vom 9. auf den 10. November
			end, hasEnd = f, true
			k = f.End
		} else if j, _ := rangeJoin(s, k+1); j > k+1 {
			if f, ok := dayField(s, j); ok && f.End < len(s) && s[f.End] == '.' && f.Value > day.Value && f.Value <= 31 {
				end, hasEnd = f, true
				k = f.End
			} else if ok && f.End < len(s) && s[f.End] == '.' && p.backwardEnd(day, f, true) {
				// 22.-21. März 2024: refused (see Backward).
				f.Flags |= Backward
				end, hasEnd = f, true
				k = f.End
			} else if f, wd, ok := p.endWeekdayDay(j, day); ok && f.End < len(s) && s[f.End] == '.' && f.Value > day.Value && f.Value <= 31 {
				// Sonntag 14. – Montag 15. Dezember.
				end, hasEnd = f, true
				p.endDay, p.hasEndDay = wd, true
				k = f.End
			}
		}
	} else if f, fe, ok := yiddishOrdinalEnd(s, day, k); ok {
		end, hasEnd, k = f, true, fe // 14טן ביזן 17טן אָקטאָבער
	}
	p.nmid = slashMids
	if !hasEnd {
		// A list: 21., 22. und 23. Tishrei; 6, 7 and 8 October.
		if last, e, ok := p.dayList(day); ok {
			end, hasEnd, k = last, true, e
		} else if last, e, ok := p.weekdayDayList(day); ok {
			end, hasEnd, k = last, true, e // Martedì 21, Mercoledì 22 e Lunedì 27 settembre
		}
	}
	// "21. ספטמבר": a dot after the day; "03-Mar-2024", "03/Mar/2024": a
	// dash or slash before a month name; "13טן סעפּטעמבער": Yiddish's
	// ordinal ending, and 1er, 8e, 1°, 1.º (see ordinalEnding).
	if e := ordinalEnding(s, k); e > k && (!hasEnd || s[k] == '-') {
		// A pair's or range's end keeps a hyphen's ending: "18 и
		// 26-ти декември".
		if hasEnd {
			dashOrdinal(s, &end, e)
		} else {
			dashOrdinal(s, &day, e)
		}
		if day.Value == 1 && firstOrdinal(s[k:e]) {
			// 1er septembre, 1° maggio, 1º de mayo: the mark of the
			// first alone, which a layout writes on the 1st only (2
			// septembre, not 2er).
			day.End, day.Text, day.Of = e, s[day.Start:e], 1
		} else if !hasEnd {
			day = oldOrdinalDay(s, day) // 22d December
		}
		k = e
	} else if k < len(s) && s[k] == '.' {
		k++
	} else if j := p.slashedMonth(k); j > k && !hasEnd {
		k = j // 9 / Diciembre / 2016, 9 / Kislev / 5777, 9/Kislev/5777
	} else if n := dashOrSlash(s, k); n > 0 && k+n < len(s) && !hasEnd {
		if w, _, ok := p.wordAt(k + n); ok && w.kind == wMonth {
			k += n
		}
	} else if !hasEnd && p.commaMonthYear(k) {
		k++ // 16, September, 2023
	} else if !hasEnd && p.ordinalCommaMonthYear(k) {
		k++ // 27th, October 2023
	} else if k < len(s) && s[k] == ',' && !hasEnd && hebrewMonthYearAfter(s, k+1) {
		// "23 Septembre 2017 | 3, Tishri 5778" (Actualité Juive's
		// header): a comma between a day and its Hebrew month, with its
		// year. A civil month after a day and a comma is no date's ("3,
		// March 2024"), nor a Hebrew month without its year ("we had 3,
		// Tevet").
		k++
	} else if !hasEnd && p.onDayCommaMonthYear(i, k) {
		k++ // מיום 26, בפברואר 1949
	}
	k = skipSpace(s, k)
	// "22nd of Adar", "the 2nd of", "2 de enero", and "the 26th of the
	// Hebrew month of Elul" (see skipMonthOf).
	if j := skipMonthWords(s, k); j > k {
		k = j // 25-го дня месяца кислев, 15 – 23 a lunii Nisan
	} else if j := ofTheMonth(s, k); j > k {
		k = j // ב-4 לחודש פברואר 1997
	} else if j := yiddishOfMonth(s, k); j > k {
		k = j // דעם 4טן פון אפריל
	} else if j := p.ofTheCivilMonth(k); j > k {
		k = j // le 11 du mois de mai 1965
	} else if j := skipDayOfWords(s, k, day, p.civilOnly()); j > k {
		k = skipMonthOf(s, j) // the 10th day of Shevat, 5784
	} else if j := skipDateJoin(s, k); j > k {
		k = skipMonthOf(s, j)
	} else if j := onHebrewMonth(s, day.End, k); j > k {
		k = j // the 21st on Nisan
	}
	return p.afterDay(i, day, end, hasEnd, k)
}

// yiddishOfMonth returns the index of the month after Yiddish's "פֿון"
// (of), in YIVO's spelling or without its point, and a space at s[k],
// where a month's name of either calendar follows it in Hebrew script,
// as Yiddish may put the word between an ordinal day and its month:
// "אין דעם 4טן פון אפריל תרל"ז (1877)" (a Yiddish blog on Mordechai
// Gebirtig, the two hundred and forty-seventh held-out round, not
// found), "דעם 20סטן פֿון מײַ 1943", "דעם 15טן פֿון ניסן"; or k. Without a
// month after it the word is prose: "דעם 4טן פֿון זיי" (the fourth of
// them), "4 פֿון 5".
func yiddishOfMonth(s string, k int) int {
	w, e := hebrewWordAt(s, k)
	if w != "פון" || e >= len(s) || s[e] != ' ' {
		return k
	}
	j := skipSpace(s, e)
	if _, ok := hebrew.MatchMonth(s[j:]); ok {
		return j
	}
	if m, _, ok := wordAt(s, j); ok && m.kind == wMonth {
		return j
	}
	return k
}

// ofTheMonth returns the index of the month after Hebrew's "לחודש" (of
// the month) or "בחודש" (in the month) and a space at s[k] (see
// monthWordEnd), where a month's name of either calendar follows it, in
// Hebrew script: "ב-4 לחודש פברואר 1997", "15 לחודש ניסן תשפ"ד", "ב-11
// בחודש מאי 1965", as formal Hebrew writes a day; or k. Without a month
// after it the word is prose ("ב-15 לחודש", on the 15th of the month;
// "ב-11 בחודש הבא", on the 11th next month).
func ofTheMonth(s string, k int) int {
	e := monthWordEnd(s, k)
	if e == k || e >= len(s) || s[e] != ' ' {
		return k
	}
	j := skipSpace(s, e)
	if _, ok := hebrew.MatchMonth(s[j:]); ok {
		return j
	}
	if m, ok := hebrewWords[s[j:hebrewWord(s, j)]]; ok && m.kind == wMonth {
		return j
	}
	return k
}

// civilMonthWords are the phrases of monthWords, "of the month of", that
// the Romance languages put before a civil month's name too, as Hebrew
// its "בחודש" (see ofTheMonth): "le 11 du mois de mai 1965", "el 11 del
// mes de mayo de 1965", "l'11 del mese di maggio 1965", read as the
// month alone, their day dropped, as Hebrew's was (the eighty-second
// held-out round). The phrases with "day", "Hebrew" or "Jewish" name a
// Hebrew month only.
var civilMonthWords = [...]string{"du mois de", "del mes de", "del mese di"}

// ofTheCivilMonth returns the index of a civil month's name after a
// phrase of civilMonthWords and a space at s[k], or k.
func (p *parser) ofTheCivilMonth(k int) int {
	s := p.s
	// The cheap first test: "du", "del".
	if k+3 > len(s) || s[k]|0x20 != 'd' || s[k+1]|0x20 != 'u' && s[k+1]|0x20 != 'e' {
		return k
	}
	for _, w := range civilMonthWords {
		if e := matchPhrase(s, k, w); e > k {
			if j := skipSpace(s, e); j > e {
				if m, _, ok := p.wordAt(j); ok && m.kind == wMonth {
					return j
				}
			}
			return k
		}
	}
	return k
}

// namedByLetters reports whether the dateline so far is a day named by
// its letters and its month alone (see letterDay), day v of month m, and
// marks them Repeat: the same day written again with its number, and
// with a year or a civil date after it, is the dateline's own ("Gimmel
// Tamuz the 3rd day of Tamuz (July 9th)", "Yud Shevat, the 10th of
// Shevat, 5784", as Chabad pages name a day and then date it). The name
// was read alone, in the year nearest the reference, and the date as
// another dateline. Package dateline checks that the name gives the
// day's number, as it does after the date ("February 3, 2012 Yud
// Shevat").
func (p *parser) namedByLetters(v int, m hebrew.Month) bool {
	day, month := -1, -1
	for n := range p.n {
		switch f := &p.buf[n]; f.Kind {
		case layout.HebrewDay:
			day = n
		case layout.HebrewMonth:
			month = n
		case layout.Literal:
		default:
			return false
		}
	}
	if day < 0 || month < 0 || p.buf[day].Form != layout.Letters && p.buf[day].Form != layout.LettersHyphen ||
		p.buf[day].Value != v || p.buf[month].Value != int(m) || p.buf[day].Flags&Repeat != 0 {
		return false
	}
	p.buf[day].Flags |= Repeat
	p.buf[month].Flags |= Repeat
	return true
}

// skipDayOfWords returns the index after English's "day of" and the
// spaces after it at s[k], after a day in digits with its ordinal ending,
// as the words of dayWord are read ("the tenth day of Shevat"): "Yud
// Shevat, the 10th day of Shevat, 5784", "on the 15th day of Nisan
// 5784", "the 3rd day of Tamuz (July 9th)", and with the old "d" (see
// oldOrdinalDay): "the 3d day of March, 1920". The day was left out, and the
// month alone read, a month and not a day. A year or a bracket must
// follow the month: "1st day of the month of Adar, and the second day of
// Rosh Chodesh Adar, 5770" names its day twice, and the first, without
// its year, is prose beside the second; but after a civil date
// (gloss), a Hebrew month names its day without one, as the other
// calendar's day of that date: "Sunday, October 9, the 15th Day of the
// month of Tishrei" (the hundred-and-first held-out round, read as the
// civil date alone). It returns k otherwise.
func skipDayOfWords(s string, k int, day Field, gloss bool) int {
	n := len(day.Text)
	old := n >= 2 && day.Text[n-1] == 'd' && isDigit(day.Text, n-2) // the 3d day of March (see oldOrdinalDay)
	if day.Form != layout.Ordinal && !old || k+len("day of ") > len(s) || s[k]|0x20 != 'd' {
		return k
	}
	e := matchWord(s, k, "day")
	j := skipSpace(s, e)
	if e == k || j == e {
		return k
	}
	of := matchWord(s, j, "of")
	if n := skipSpace(s, of); of > j && n > of && (yearAfterMonth(s, n) || gloss && hebrewMonthAt(s, skipMonthOf(s, n))) {
		return n
	}
	return k
}

// yearAfterMonth reports whether, within a few words of letters at s[k]
// (a month's name, "the month of", "in the year"), digits or an opening
// bracket come, after a comma or not, before any other mark: "Shevat,
// 5784", "Nisan 5784", "Adar I 5784", "Tamuz (July 9th)", "the month of
// Cheshvan in the year 5785", and after a comma with words for the year
// before it: "Nisan, in the year 5784".
func yearAfterMonth(s string, k int) bool {
	for i := k; i < len(s) && i < k+48; i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9', c == '(':
			return true
		case c == ',':
			// Shevat, 5784; Nisan, in the year 5784.
			j := skipSpace(s, skipYearWords(s, i+1, true))
			return j > i+1 && isDigit(s, j)
		case c == ' ' || c == '\'' || script.IsLatinLetter(rune(c)):
		default:
			return false
		}
	}
	return false
}

// commaDayYear returns the index of the day after a comma at s[k], right
// after an English month's name, where one space, a day in digits (2,
// 02, 2nd), one space and a year of four digits follow: "posted on Mar, 3
// 2007 @ 09:26 PM", the stamp AboveTopSecret's forum prints on every post
// (the two hundred and seventy-eighth held-out round, not found: the
// comma after the month was no date's); or k. Without the year the comma
// is prose's ("in March, 3 of them"), and with a comma after the day
// ("Mar, 3, 2007") or with no space after the month's it is a list's. The
// day is any that a template of the layout reads (in either case, with an
// ordinal's suffix), so that the grammar and the template agree.
func commaDayYear(s string, k int) int {
	if k+2 >= len(s) || s[k] != ',' || s[k+1] != ' ' || !isDigit(s, k+2) {
		return k // the cheap first test: most months have no comma after them
	}
	day, ok := dayField(s, k+2)
	if !ok || day.End+1 >= len(s) || s[day.End] != ' ' {
		return k
	}
	if !fourDigitYearAt(s, day.End+1) {
		return k
	}
	return k + 2
}

// commaMonthYear reports whether a comma at s[k], after a day, is
// followed by a Gregorian month's name, a comma and a year of four
// digits, as some pages write a date with a comma after each part: "Rosh
// Hashanah is celebrated on 16, September, 2023". Without the year after
// the month the comma is a list's ("15, 16, September issue").
func (p *parser) commaMonthYear(k int) bool {
	s := p.s
	if k+1 >= len(s) || s[k] != ',' || s[k+1] != ' ' {
		return false
	}
	j := skipSpace(s, k+1)
	e := latinWord(s, j)
	if e == j || e >= len(s) || s[e] != ',' {
		return false // most text: no word and comma after the day's comma
	}
	y := skipSpace(s, e+1)
	if y == e+1 || !fourDigitYearAt(s, y) {
		return false
	}
	w, we, ok := p.wordAt(j)
	return ok && w.kind == wMonth && we == e
}

// ordinalCommaMonthYear reports whether a comma at s[k], after a day
// with English's ordinal suffix (st, nd, rd, th), is followed by one
// space, a month's name, and after a space or a comma and a space a year
// of four digits: "تاريخ النشر: 27th, October 2023 GMT" (Arab Khabar's
// publication line, PHP's "jS, F Y", the 310th held-out round) was read
// as the month October 2023 alone. Without the suffix ("3, March 2024")
// or the year ("the 3rd, March being ...") the comma is prose's or a
// list's, as after any day.
func (p *parser) ordinalCommaMonthYear(k int) bool {
	s := p.s
	if k+2 >= len(s) || s[k] != ',' || s[k+1] != ' ' || k < 3 {
		return false
	}
	switch strings.ToLower(s[k-2 : k]) {
	case "st", "nd", "rd", "th":
	default:
		return false
	}
	w, we, ok := p.wordAt(k + 2)
	if !ok || w.kind != wMonth {
		return false
	}
	if we < len(s) && s[we] == ',' {
		we++
	}
	y := skipSpace(s, we)
	return y > we && fourDigitYearAt(s, y)
}

// onDayCommaMonthYear reports whether a comma at s[k], after the day in
// digits that starts at s[i], is followed by a space, a Gregorian month's
// name in Hebrew with ב before it, a space and a year of four digits,
// where the word for "the day" with its ב, מ or ל (see onDay) leads the
// day: "יומן כרמל II-012, מיום 26, בפברואר 1949" (the Israel Film
// Archive's newsreel catalogue, jfc.org.il, the two-hundred-and-
// eighty-first held-out round) was read as the month February 1949
// alone. Without the word before the day the number may be an issue's or
// a page's ("גיליון 26, בפברואר 1949"), and without the year the comma a
// list's ("ביום 25, 26, בפברואר").
func (p *parser) onDayCommaMonthYear(i, k int) bool {
	s := p.s
	if k+2 >= len(s) || s[k] != ',' || s[k+1] != ' ' || !afterOnDay(s, i) {
		return false
	}
	j := k + 2
	if !strings.HasPrefix(s[j:], "ב") {
		return false
	}
	we := hebrewWord(s, j)
	if w, _ := p.hebrewWord(j, we); w.kind != wMonth || we >= len(s) || s[we] != ' ' {
		return false
	}
	return fourDigitYearAt(s, we+1)
}

// afterDay reads the month after a day (and range end) and the year after
// that, in either calendar.
func (p *parser) afterDay(i int, day, end Field, hasEnd bool, k int) (int, bool) {
	s := p.s
	if k >= len(s) {
		return i, p.fail(k, "a month name")
	}
	if !hasEnd && hebrewDateInParens(s, k) && p.has(layout.Weekday) && !p.has(layout.Month) {
		// domingo 14 (24 Kislev): a civil day without its month, a
		// weekday before it and the Hebrew date of that day after it,
		// which tells the month.
		p.addDays(layout.Day, &day, end, hasEnd)
		return p.last, true
	}
	name, ok := hebrew.MatchMonth(s[k:])
	if !ok {
		name, ok = declinedMonth(s, k) // 15. nisanu, 15. - 22. nisana
	}
	april := ok && turkishNisan(s, k, name) // 19 Nisan 2024 Cuma
	levantine, civil := word{}, false
	if ok && !april {
		levantine, civil = levantineCivil(s, k, name) // 2 آذار 2024
		april = civil
	}
	ok = ok && !april
	var slip int8 // a misspelt Gregorian month's
	corrected := false
	if !ok && !april {
		if gm, h, sok := p.slipAt(k); sok {
			corrected, slip, name, ok = true, gm, h, gm == 0
		}
	}
	var locative word // 19-25 сентябре: see locativeMonth
	declined := false
	if !ok && !april && slip == 0 {
		if lw, _, lok := locativeMonth(s, k); lok {
			locative, slip, declined = lw, lw.value, true
		} else if aw, _, aok := misaccented(s, k, wMonth); aok {
			locative, slip = aw, aw.value // 24 Ιούλιου 2014, 11 de márzo
		}
	}
	if !ok && p.whole {
		if g, gname, gok := p.glossedMonth(k); gok {
			return p.glossedDate(i, g, day, end, hasEnd, gname) // 23 Eythaniym (Tishrei)
		}
	}
	if ok && hasEnd && end.Flags&Backward != 0 {
		return i, p.fail(end.Start, "a later day") // 7-6 Adar 5784: the Hebrew month's reader's to say (see Backward)
	}
	if ok {
		return p.dayHebrewMonth(i, k, day, end, hasEnd, name, corrected)
	}
	w, e := p.monthWordAt(k)
	if slip != 0 {
		w, e = word{kind: wMonth, value: slip, form: layout.Long}, latinWord(s, k)
		if locative.kind == wMonth {
			w = locative
		}
	}
	if april {
		w, e = turkishApril, k+name.Len
		if civil {
			w = levantine
		}
	}
	if w.kind != wMonth && hasEnd {
		if e, ok := p.romanRange(i, day, end, k); ok {
			return e, true // 26. — 27. V 1993
		}
	}
	if w.kind != wMonth {
		return i, p.fail(k, "a month name")
	}
	if p.has(layout.Day) || p.has(layout.Month) {
		return i, p.fail(i, "the end of the dateline")
	}
	if hasEnd && end.Value == day.Value {
		return i, p.fail(end.Start, "a later day") // 2 a 2 de marzo: no range
	}
	p.weak = p.weak || w.weak || w.lang != layout.English  // Mars 2: free text needs more
	p.bare = p.bare || w.bare && !gluedMonth(s, day, k, e) // 15/abr/2016 is no prose's
	p.addDays(layout.Day, &day, end, hasEnd)
	mf := monthField(s, k, e, w)
	if slip != 0 {
		mf.Flags |= Corrected
		p.weak, p.slipped = true, true
	}
	if declined {
		mf.Flags |= Declined
	}
	p.add(mf)
	if !hasEnd {
		p.monthRange(day)
	}
	p.gregorianYear(p.last)
	p.twoDigitYear(p.last)
	p.yearPoint(day)
	if !hasEnd {
		p.dateRange()
	}
	return p.last, true
}

// dayHebrewMonth is afterDay for the name of a Hebrew month at s[k] after
// a day (and range end): the month, and the year after it.
func (p *parser) dayHebrewMonth(i, k int, day, end Field, hasEnd bool, name hebrew.MonthName, corrected bool) (int, bool) {
	s := p.s
	if (p.has(layout.HebrewDay) || p.has(layout.HebrewMonth)) && (hasEnd || !p.namedByLetters(day.Value, name.Month)) {
		return i, p.fail(i, "the end of the dateline")
	}
	if !hasEnd {
		name = rangeAdar(s, k, name)
	}
	m := p.mark()
	p.addDays(layout.HebrewDay, &day, end, hasEnd)
	mf := hebrewMonthField(s, k, name)
	if corrected {
		mf.Flags |= Corrected
		p.weak, p.slipped = true, true
	}
	p.add(mf)
	if !hasEnd {
		p.monthRange(day)
	}
	e, _ := p.hebrewYear(p.last)
	if e < 0 {
		p.reset(m)
		return i, false
	}
	if !hasEnd {
		p.yearPoint(day)
	}
	civil, both := false, false
	if hasEnd {
		civil, both = p.civilDayBefore(day, end, mf)
	}
	if both {
		// "Domingo 1 – 29 Tevet 5755": Sunday, January 1, 1995, is 29
		// Tevet, and Sunday 1 Tevet starts a range to the 29th; the
		// first was read with nothing said.
		p.reset(m)
		return i, p.fail(day.Start, "a civil day or a range's first day, not a text that reads as both (write the month)")
	}
	if civil {
		// Jueves 8 – 14 Adar 5772: the civil day, then its Hebrew
		// date, not a range of Hebrew days (see civilDayBefore); and
		// "Mon 2 A 2 Tevet 5766", where the two are the same number.
		p.reset(m)
		day.Kind, end.Kind = layout.Day, layout.HebrewDay
		p.add(day)
		p.add(end)
		p.add(mf)
		p.hebrewYear(p.last)
	} else if hasEnd && end.Value == day.Value {
		p.reset(m)
		return i, p.fail(end.Start, "a later day") // 2 a 2 Tevet: no range
	}
	return p.last, true
}

// monthWordAt returns the word at s[k], in Latin or Hebrew letters, that
// may name a Gregorian month after a day, and its end: what the tables
// know of it, or of a Hebrew abbreviation of a month (03 באפר׳ 2024).
func (p *parser) monthWordAt(k int) (word, int) {
	s := p.s
	var w word
	var e int
	switch c := s[k]; {
	case isWordStart(s, k):
		w, e, _ = p.wordAt(k)
		if w.kind != wMonth {
			if stem := turkishStem(s, k, e); stem < e {
				w, _ = lookupLatin(s, k, stem) // 7 Aralık'ta
				e = stem
			}
		}
	case c == 0xD7:
		e = hebrewWord(s, k)
		w, _ = p.hebrewWord(k, e)
		if w.kind != wMonth {
			if a, ae, ok := abbreviatedHebrewMonth(s, k, e); ok {
				w, e = a, ae // 03 באפר׳ 2024
			} else if a, ok := bareHebrewMonthAbbr(s, k, e); ok {
				w = a // 7 נוב 2023
			}
		}
	}
	return w, e
}

// yearPoint reads the point that Serbian writes after the year of a date
// whose day has one, "3. oktobar 2014.", as text of the dateline, when a
// space or the end of the text follows it; a layout writes it back. A
// Hebrew year has it too, in Bosnian and Serbian, taken before the word
// for "year" or a bracket only: "27. Nisana 5769. godine (21. aprila
// 2009. godine)" (La Benevolencija, Sarajevo, the
// hundred-and-third held-out round), whose word for "year" (see suffix)
// and the civil date in brackets then join the dateline; before, the
// point ended it, and the two dates were read apart, never checked
// against each other.
func (p *parser) yearPoint(day Field) {
	s := p.s
	k := p.last
	if p.n == 0 || p.buf[p.n-1].Kind != layout.Year && p.buf[p.n-1].Kind != layout.HebrewYear || p.buf[p.n-1].End != k ||
		k >= len(s) || s[k] != '.' || day.End >= len(s) || s[day.End] != '.' {
		return
	}
	if r, _ := decode(s, k+1); k+1 < len(s) && !script.IsSpace(r) {
		return
	}
	if p.buf[p.n-1].Kind == layout.HebrewYear {
		// After a Hebrew year the point is the dateline's only before
		// its word for "year" or the civil date's bracket: "Roš hašana
		// je 1. tišrija 5785." ends its sentence there.
		if j := skipSpace(s, k+1); j >= len(s) || s[j] != '(' && !yearWordAt(s, j) {
			return
		}
	}
	p.lit(k + 1)
}

// dateRange reads the end of a range after a whole date written day
// first, when the end is a whole date too: "9 de Novembro de 2018 a 8 de
// Dezembro de 2018", "30 November 2023 - 1 December 2023". Its day, month
// and year are marked RangeEnd; finish counts their Shift.
func (p *parser) dateRange() {
	s := p.s
	if p.n == 0 || p.buf[p.n-1].Kind != layout.Year || p.buf[p.n-1].Form == layout.TwoDigit {
		return
	}
	k, _ := rangeJoin(s, p.last)
	if k < 0 {
		return
	}
	end, ok := dayField(s, k)
	if !ok || partOfNumber(s, end.End) {
		return
	}
	m := end.End
	if m < len(s) && s[m] == '.' {
		m++
	}
	m = skipDateJoin(s, skipSpace(s, m))
	if !isWordStart(s, m) {
		return
	}
	month, ok := latinMonth(s, m)
	if !ok {
		return
	}
	y := month.End
	if y < len(s) && s[y] == ',' {
		y++
	}
	y = skipSpace(s, skipDateJoin(s, skipSpace(s, y)))
	v, ye, digits := number(s, y)
	if digits != 4 || !yearEnds(s, ye) {
		return
	}
	y1, m1, d1 := p.buf[p.n-1].Value, 0, 0
	if mv, ok := p.lastMonth(layout.Month); ok {
		m1 = mv
	}
	for i := p.n - 1; i >= 0; i-- {
		if p.buf[i].Kind == layout.Day && p.buf[i].Flags&RangeEnd == 0 {
			d1 = p.buf[i].Value
			break
		}
	}
	a := time.Date(y1, time.Month(m1), d1, 0, 0, 0, 0, time.UTC)
	b := time.Date(v, time.Month(month.Value), end.Value, 0, 0, 0, 0, time.UTC)
	n := int(b.Sub(a).Hours() / 24)
	if n <= 0 || n > 127 || b.Day() != end.Value {
		return // runs backwards, too long for a Shift, or no such day
	}
	end.Kind, end.Flags = layout.Day, RangeEnd
	month.Flags |= RangeEnd
	year := Field{Element: layout.Element{Kind: layout.Year, Shift: int16(n)}, Value: v, Start: y, End: ye, Flags: RangeEnd}
	p.add(end)
	p.add(month)
	p.add(year)
}

// yiddishOrdinalEnd reads the other end of a range or pair whose days
// are Yiddish ordinals, each with its ending (see ordinalEnding), after
// the first day's ending at s[k]: "14טן ביזן 17טן אָקטאָבער 2018" (from
// the 14th to the 17th of October), "דעם 4טן און דעם 16טן אױגוסט". The
// two endings may differ, as the days' do (14טן ביז 21סטן). It returns
// the last day, the index after its ending, and true; or false, where the
// first day's ending is read as any day's is.
func yiddishOrdinalEnd(s string, day Field, k int) (Field, int, bool) {
	if k >= len(s) || s[k] != 0xD7 {
		return Field{}, k, false // the cheap test: no ending in Hebrew letters
	}
	e := ordinalEnding(s, k)
	if e == k {
		return Field{}, k, false
	}
	j, _ := rangeJoin(s, e)
	if j < 0 {
		return Field{}, k, false
	}
	f, ok := dayField(s, j)
	if !ok || f.Value <= day.Value || f.Value > 31 || f.End >= len(s) || s[f.End] != 0xD7 {
		return Field{}, k, false
	}
	fe := ordinalEnding(s, f.End)
	if fe == f.End {
		return Field{}, k, false
	}
	return f, fe, true
}

// dayList reads the rest of a list of three or more days of one month
// after day, the first: ", 22. und 23." of "21., 22. und 23. Tishrei",
// ", 7 and 8" of "6, 7 and 8 October", ", 11, 18" of "4, 11, 18 March"
// (the month first, "September 13, 14, and 15", is monthDayList's). The
// days are written
// alike (each with its dot or none), parted by commas and the last by a
// word of rangeWords, or by a comma where a month's name follows the
// last and there are three days or more; they come later in the month
// each; the middle ones are kept
// in p.mids for addDays. It returns the last day and its end (after its
// dot), or false, having kept nothing.
func (p *parser) dayList(day Field) (last Field, end int, ok bool) {
	s := p.s
	k := day.End
	dot := k < len(s) && s[k] == '.'
	if dot {
		k++
	}
	n, prev := 0, day.Value
	for {
		if k < len(s) && s[k] == ',' {
			j := skipSpace(s, k+1)
			if j < len(s) && s[j] == 0xD7 {
				j = hebrewOnDay(s, j) // ב-4, ב-11 וב-18 במרץ: "on" before each day
			}
			if f, fok := dayField(s, j); fok {
				if n == len(p.mids) && f.Value > prev && f.Value <= 31 {
					p.cutList(f.Start)
				}
				if f.Value <= prev || f.Value > 31 || n == len(p.mids) || dot != (f.End < len(s) && s[f.End] == '.') {
					break
				}
				p.mids[n], prev = f, f.Value
				n++
				k = f.End
				if dot {
					k++
				}
				continue
			}
			if n == 0 {
				break
			}
			k++ // "13, 14, and 15": a comma before the last's word too
		}
		j, dash := rangeJoin(s, k)
		if j < 0 && n >= 2 && p.monthNameAt(k) {
			// "4, 11, 18 March 2024": commas alone, the last day the
			// list's last (its days were lost but the last, where a
			// word joined the last they were one match).
			p.nmid = n - 1
			return p.mids[n-1], k, true
		}
		if n == 0 || j < 0 || dash {
			break
		}
		f, fok := dayField(s, j)
		if !fok || f.Value <= prev || f.Value > 31 || dot != (f.End < len(s) && s[f.End] == '.') {
			break
		}
		p.nmid = n
		return f, f.End, true
	}
	return Field{}, 0, false
}

// monthNameAt reports whether a Gregorian month's name follows
// the spaces at s[k], with Spanish's and Portuguese's "de" (of) before
// it or not: "4, 11, 18 de marzo de 2024", or a Hebrew month's ("4, 11,
// 18 Nisan 5784"); or in Hebrew letters, with
// the ב (in) Hebrew writes before it, as afterDay reads it: "ב-4, ב-11,
// ב-18 במרץ 2024" and "ב-4, 11, 18 במרץ 2024" were March 18 alone, the
// days before it lost (found trying the command as an adversary).
func (p *parser) monthNameAt(k int) bool {
	j := skipSpace(p.s, k)
	if j == k || j >= len(p.s) {
		return false
	}
	if name, ok := hebrew.MatchMonth(p.s[j:]); ok && wordEnds(p.s, j+name.Len) {
		// A Hebrew month's, in either script: "4, 11, 18 Nisan 5784",
		// "4, 11, 18 בניסן 5784" were the 18th alone, where "4, 11 and
		// 18 Nisan 5784" was read whole.
		return true
	}
	if p.s[j] == 0xD7 {
		w, _ := p.monthWordAt(j)
		return w.kind == wMonth
	}
	if e := matchWord(p.s, j, "de"); e > j && skipSpace(p.s, e) > e {
		j = skipSpace(p.s, e)
	}
	w, _, ok := p.wordAt(j)
	return ok && w.kind == wMonth
}

// nextDaySlashed reads, after the slash at s[k], the day after day written
// as day is, before a month's name of either calendar: "13/14 July", "29/30
// Dec", "4/5 Apr", the Friday and Shabbat of a synagogue's timetable, and
// "27/28 Elul 5779", the same pair in the Hebrew calendar after the civil
// one ("27/28 September 2019, 27/28 Elul 5779", the title of a UK
// synagogue's Shabbat message). A slash between two days is a numeric
// date's (13/07), or Old Style's Julian and Gregorian days of one date
// (11/22 February, which dualDayFirst reads), unless the second is the
// next day and a month's name follows; it is the pair's end then, as in
// "10 & 11 March". So is the last of a run of such days, each the day
// after the one before ("13/14/15 September", the eve and two days of Rosh
// Hashanah in a UK synagogue's list of services, nwss.org.uk): it returns
// the last day and the number of days between, kept in p.mids for addDays.
//
// The days may each have their dot, as German writes them: "22./23.
// September", "So./Mo./Di. 13./14./15. September".
func (p *parser) nextDaySlashed(k int, day Field) (Field, int, bool) {
	s := p.s
	dot := s[k-1] == '.' // k > day.Start: a day is before the slash
	n, prev := 0, day
	for {
		f, ok := dayField(s, k+1)
		if !ok || f.Value != prev.Value+1 || f.Value > 31 || f.Form != day.Form {
			return Field{}, 0, false
		}
		e := f.End
		if dot {
			if e >= len(s) || s[e] != '.' {
				return Field{}, 0, false
			}
			e++
		}
		if e+1 < len(s) && s[e] == '/' && n < len(p.mids) {
			p.mids[n], prev = f, f
			n++
			k = e
			continue
		}
		j := skipSpace(s, e)
		if j == e {
			return Field{}, 0, false
		}
		if w, _, ok := p.wordAt(j); ok && w.kind == wMonth {
			return f, n, true
		}
		if _, ok := hebrew.MatchMonth(s[j:]); ok {
			return f, n, true
		}
		return Field{}, 0, false
	}
}

// slashedDayRun reports whether s[i:] starts with three or more days
// joined by slashes, each the day after the one before, and a month's name
// after them: "11/12/13 October", which nextDaySlashed reads as the days
// of a Friday, Shabbat and Sunday, not a numeric date (November 12, 2013)
// that a month's name follows.
func (p *parser) slashedDayRun(i int) bool {
	s := p.s
	day, ok := dayField(s, i)
	if !ok || day.End+1 >= len(s) || s[day.End] != '/' {
		return false
	}
	m := p.mark()
	_, n, ok := p.nextDaySlashed(day.End, day)
	p.reset(m)
	return ok && n > 0
}

// monthDayList reads, after an English month's name and its first day,
// the rest of a list of days of that month, and adds the days after the
// first as a pair's end is added (RangeEnd, each its Shift from day), so
// that the dateline names them in Report.Also: ", 11, 18" of "March 4,
// 11, 18, 2024", ", 11 and 18" of "March 4, 11 and 18, 2024", ", 14, and
// 15" of "September 13, 14, and 15". "March 4, 11, 18, 2024" was March 4,
// 2025 near a reference of June 1, 2025, with a warning that 2024 was not
// its year, and the 11th and 18th were lost; "March 4 and 11, 2024", a
// pair, gave both days of 2024 (found trying the command as an
// adversary).
//
// English alone writes a date "Month D, YYYY" (CLDR's full dates; see
// layout's langReference); the other languages write the day first,
// which dayList reads. The days are written alike (digits, or each with
// its ordinal's suffix), parted by a comma and a space each, each later
// in the month than the one before, none the start of a time or a numeric
// date ("March 4, 11:30"). The list ends:
//
//   - at a word of rangeWords before its last day ("11 and 18"), which
//     must end the date as a pair's does (pairEnds: not "March 4, 11 and
//     18 people");
//   - at a year of four digits after its last day, parted by a comma or
//     spaces ("March 4, 11, 2024"): the year is the last day's, so the
//     days before it are of its date too;
//   - with commas alone and no year, only with three days or more whose
//     last ends the date ("March 4, 11, 18"), as dayList reads "4, 11, 18
//     March". Two days so ("March 4, 11") stay the first alone, the day
//     beside the month, as "4, 11 March" stays the 11th: the number may be
//     a count or a time ("March 4, 11 am", "on March 4, 11 people
//     came").
//
// A list longer than p.mids holds, or one whose days break off before an
// end ("March 4, 11, 18, 25 people"), is not read: the first day stays
// alone, as before. It reports whether it read a list, having added
// nothing otherwise.
func (p *parser) monthDayList(day Field, w word) bool {
	s := p.s
	k := p.last
	if k+2 >= len(s) || s[k] != ',' || s[k+1] != ' ' || w.weak || w.lang != layout.English && w.langs&(1<<layout.English) == 0 {
		return false // the cheap first test: most dates have no comma and day after the day
	}
	ordinal := day.Form == layout.Ordinal
	alike := func(f Field) bool {
		return (f.Form == layout.Ordinal) == ordinal && f.Value <= 31 && !partOfNumber(s, f.End)
	}
	n, prev := 0, day.Value
	for k+2 < len(s) && s[k] == ',' && s[k+1] == ' ' {
		f, ok := dayField(s, k+2)
		if !ok {
			break
		}
		if n == len(p.mids) && alike(f) && f.Value > prev {
			p.cutList(f.Start)
		}
		if n == len(p.mids) || !alike(f) || f.Value <= prev {
			return false
		}
		p.mids[n], prev = f, f.Value
		n++
		k = f.End
	}
	if n == 0 {
		return false
	}
	last, nmid := p.mids[n-1], n-1
	j := k
	if j < len(s) && s[j] == ',' {
		j++ // "13, 14, and 15": a comma before the last's word too
	}
	if e, dash := rangeJoin(s, j); e >= 0 && !dash {
		f, ok := dayField(s, e)
		if !ok || !alike(f) || f.Value <= prev || !p.pairEnds(f.End) {
			return false
		}
		last, nmid = f, n
	} else if !yearAhead(s, last.End) && (n < 2 || !p.pairEnds(last.End)) {
		return false
	}
	for _, mid := range p.mids[:nmid] {
		mid.Kind, mid.Shift, mid.Flags = layout.Day, int16(mid.Value-day.Value), mid.Flags|RangeEnd
		p.add(mid)
	}
	last.Kind, last.Shift, last.Flags = layout.Day, int16(last.Value-day.Value), last.Flags|RangeEnd
	p.add(last)
	return true
}

// addDays makes day of kind k and adds it and, with hasEnd, the other end
// of its range (2-8 Cheshvan, October 22-28), shifted from it.
func (p *parser) addDays(k layout.Kind, day *Field, end Field, hasEnd bool) {
	day.Kind = k
	p.add(*day)
	if hasEnd {
		for i, mid := range p.mids[:p.nmid] {
			if p.hasMidDays {
				p.add(p.midDays[i])
			}
			mid.Kind = k
			mid.Shift = int16(mid.Value - day.Value)
			mid.Flags |= RangeEnd
			p.add(mid)
		}
		p.nmid, p.hasMidDays = 0, false
		end.Kind = k
		end.Shift = int16(end.Value - day.Value)
		end.Flags |= RangeEnd
		if p.endFirst {
			// The end stands before the first day in the text: its
			// field first, as the text has it (see endFirstRange).
			p.endFirst = false
			end.Flags |= EndFirst
			p.n--
			p.last = end.Start
			if p.n > 0 && p.buf[p.n-1].Kind == layout.Literal && p.buf[p.n-1].End == day.Start && p.buf[p.n-1].Start >= end.Start {
				p.n-- // the dash, pushed before the day: pushed again below
			}
			p.add(end)
			p.add(*day)
			return
		}
		if p.hasEndDay {
			// The weekdays' own count, which the dateline checks against
			// the days' (jueves 3 y sábado 4 runs two days and one).
			wd := p.endDay
			wd.Shift, wd.Flags = end.Shift, wd.Flags|RangeEnd
			started := false
			for j := p.n - 1; j >= 0; j-- {
				if f := &p.buf[j]; f.Kind == layout.Weekday && f.Flags&RangeEnd == 0 {
					wd.Shift = int16((wd.Value - f.Value + 7) % 7)
					started = true
					break
				}
			}
			if !started {
				// The end's weekday alone (desde el 14 y hasta el lunes
				// 22, see endWeekdayDay): the only weekday the dateline
				// names, checked as its own day's, Shift days on.
				wd.Flags &^= RangeEnd
			}
			p.add(wd)
			p.hasEndDay = false
		}
		p.add(end)
	}
}

// weekdayDay reads at j a weekday and the day of the month after it, the
// last day of a pair whose first has its weekday too ("jueves 3 y viernes
// 4 de octubre", "Thursday 3 and Friday 4 October"): the day and the
// weekday, which only a dateline that already states a weekday reads.
// The weekday takes a comma where the first day's did, as German sets
// each one off: "Freitag, 18. - Sonntag, 20. September" (ramesch.org's
// calendar, seen probing the two hundred and fortieth held-out round)
// was read from its Sunday alone.
func (p *parser) weekdayDay(j int) (Field, Field, bool) {
	if !p.has(layout.Weekday) {
		return Field{}, Field{}, false
	}
	return p.weekdayDayAt(j)
}

// weekdayDayAt is weekdayDay without its test of the weekday before: it
// reads at j a weekday and the day of the month after it.
func (p *parser) weekdayDayAt(j int) (Field, Field, bool) {
	m := p.mark()
	wd, ok := p.weekdayName(j, false)
	p.reset(m)
	if !ok || wd.Kind != layout.Weekday {
		return Field{}, Field{}, false
	}
	k := wd.End
	if k < len(p.s) && p.s[k] == ',' && p.weekdayComma() {
		k++
	}
	k = skipSpace(p.s, k)
	if k == wd.End {
		return Field{}, Field{}, false
	}
	day, ok := dayField(p.s, k)
	if !ok {
		return Field{}, Field{}, false
	}
	return day, wd, true
}

// weekdayComma reports whether the first weekday read has a comma after
// it ("Freitag, 18."), the form the other days' weekdays may repeat.
func (p *parser) weekdayComma() bool {
	for _, f := range p.fields() {
		if f.Kind == layout.Weekday {
			return f.End < len(p.s) && p.s[f.End] == ','
		}
	}
	return false
}

// latinMonth reads the name of a Gregorian month in Latin letters at
// s[i], as monthField gives it, and reports whether there is one.
func latinMonth(s string, i int) (Field, bool) {
	e := latinWord(s, i)
	w, ok := lookupLatin(s, i, e)
	if e == i || !ok || w.kind != wMonth {
		return Field{}, false
	}
	return monthField(s, i, e, w), true
}

// monthField returns the field of the Gregorian month name s[i:e], taking a
// dot after an abbreviation (Jan., Sept.).
func monthField(s string, i, e int, w word) Field {
	f := Field{Value: int(w.value), Start: i, End: e}
	f.Kind, f.Form = layout.Month, w.form
	if w.dotted && e < len(s) && s[e] == '.' && !isDigit(s, e+1) {
		// may. 1, 2024: Spanish's abbreviation, whose key is English's May.
		return langField(s, f, word{kind: w.kind, value: w.value, form: layout.Short, lang: w.dotLang, dot: true})
	}
	if w.otherLangs != 0 {
		f.Flags |= NameAmbiguous // until settle finds the language
	}
	if w.lang != layout.English {
		return langField(s, f, w)
	}
	if s[i] == 0xD7 {
		f.Form = layout.Script
		if lamedMonth(s, i, e) {
			f.Start += len("ל") // 2 ליולי 2020: ל is text of the dateline
			return f
		}
		f.Prefix = lookupHebrewPrefixed(s, i, e)
		if w.variant {
			f.Text, f.Of = s[i:e], w.value
			if f.Prefix {
				f.Text = s[i+len("ב") : e] // the prefix is the element's own
			}
		}
		return f
	}
	f.Case = caseOf(s, i, e)
	if w.variant {
		// Feb'y, Dec'r: a contraction (see addContractedMonths), which
		// a layout writes back as it is, in its month.
		f.Form, f.Text, f.Of = layout.Short, s[i:e], w.value
		return f
	}
	// A dot ends an abbreviation (Jan. 2), unless a digit follows it
	// (Jan.2): then it is text between the month and the day, which a
	// layout must write after May as after Jan.
	dot := e < len(s) && s[e] == '.' && !isDigit(s, e+1)
	switch {
	case w.form == layout.AP: // Sept
		if dot {
			f.End++
		} else {
			f.Form, f.Text, f.Of = layout.Short, s[i:e], w.value
		}
	case w.form == layout.Short && dot && w.value != 5:
		f.Form = layout.ShortDot
		f.End++
	case w.form == layout.Long && dot && e-i <= 5 && w.value != 5:
		// June., July.: written out, then a stray dot; keep it literal.
	}
	return f
}

// A blog's date badge prints the month, the day and the year each in its
// own box, and the page's text runs the day and the year together: "Dec
// 152017" (Beth Ami Temple's post of December 15, 2017, the
// seventy-second held-out round), which was not found. After an English
// month's name, capitalized, and a space, five or six digits that end
// the word are a day and a year: the last four the year, from 1900 to
// 2099, and the one or two before them the day, from 1 to 31 (05 padded).
// The split is the only one: no year has five digits or three, and no
// day three. A number of another size, a year out of that span ("Mar
// 21204", a postcode) or a day out of the month's ("Dec 352017") is
// left alone, and so is the number after a month in lower case or of a
// weak abbreviation, which prose and codes write.

// gluedDayYear reads such a day and year at s[k].
func gluedDayYear(s string, k int) (day, year Field, ok bool) {
	_, e, digits := number(s, k)
	if digits != 5 && digits != 6 || !wordEnds(s, e) || partOfNumber(s, e) || s[e-4] == '0' {
		return day, year, false
	}
	y, d := atoi4(s[e-4:e]), atoiSmall(s[k:e-4])
	if y < 1900 || y > 2099 || d < 1 || d > 31 {
		return day, year, false
	}
	day = Field{Element: layout.Element{Kind: layout.Day}, Value: d, Start: k, End: e - 4}
	if digits == 6 && s[k] == '0' {
		day.Form = layout.Padded
	}
	year = Field{Element: layout.Element{Kind: layout.Year}, Value: y, Start: e - 4, End: e}
	return day, year, true
}

// sentenceAfterPoint reports whether the point at s[k], after a date's
// day or month, ends a sentence whose next one opens with a number of
// four digits and a word of prose: "We met on 6 October. 2019 was a good
// year." and "... came on October 6.\n2000 people came ..." were October
// 6, 2019 and October 6, 2000, a year of the next sentence taken as the
// date's with nothing said. A year followed by the end of the text, a
// punctuation mark, the word for year (г., roku) or a word before a
// number (a time's "at", "um", "à"; the other calendar's "was") is still
// the date's: "October 6. 2019, 10:30", "Oct. 6. 2019 at 3 pm".
//
// So does a year with a comma and a word of prose after it: "Talks resume
// March 24. 2023, however, was different." was March 24, 2023.
func sentenceAfterPoint(s string, k int) bool {
	j := skipSpace(s, k+1)
	_, e, digits := number(s, j)
	if j == k+1 || digits != 4 || e+1 >= len(s) {
		return false
	}
	if s[e] == ',' && e+2 < len(s) && s[e+1] == ' ' && s[e+2] >= 'a' && s[e+2] <= 'z' {
		return true
	}
	if s[e] != ' ' {
		return false
	}
	w := skipSpace(s, e)
	if w >= len(s) || s[w] < 'a' || s[w] > 'z' {
		return false
	}
	we := latinWord(s, w)
	if x, ok := lookupLatin(s, w, we); ok && x.kind == wSuffix {
		return false
	}
	return !isDigit(s, skipSpace(s, we))
}

// capitalAfterPoint reports whether the point at s[k], after a date's day
// or month, ends a sentence: a space and a capital letter follow it. A
// year after the next sentence's first word is that sentence's: "Talks
// resume March 24. In 2023, they failed." and "Le 24 mars. En 2025, il a
// déménagé." were March 24 of those years, with nothing said (found
// trying the command as an adversary).
func capitalAfterPoint(s string, k int) bool {
	j := skipSpace(s, k+1)
	if j == k+1 || j >= len(s) {
		return false
	}
	r, _ := decode(s, j)
	return unicode.IsUpper(r)
}

// nextLineYear reports whether four digits at s[k], after a line break
// since the date's end at s[last], open a line of text of their own, a
// word after them: a table's next row, "2021 date | Sunset, 27 March"
// after a row that ends "nightfall, 5 April", or a sentence, "Meeting on
// 5 April\n2022 was a good year". The date was read in that year with
// nothing said. A year alone on its line, or before punctuation, is the
// date's, wrapped onto the next line; so is one after a date whose line
// ends with its comma, which says the date goes on: "Published March 2,\n2024
// by staff" was read as March 2, 2027 (found trying the command as an
// adversary).
func nextLineYear(s string, last, k int) bool {
	if last >= k {
		return false
	}
	nl := strings.IndexByte(s[last:k], '\n')
	if nl < 0 || strings.IndexByte(s[last:last+nl], ',') >= 0 {
		return false
	}
	_, e, digits := number(s, k)
	if digits != 4 || e+1 >= len(s) || s[e] != ' ' {
		return false
	}
	w := skipSpace(s, e)
	r, _ := decode(s, w)
	if !unicode.IsLetter(r) {
		return false
	}
	// A word before a time of day ("at", "um", "à", "בשעה") says the
	// year is the date's, wrapped with its time: "Posted on 11
	// March\n2024 at 10:39 pm" was March 11 of the reference's year,
	// its year and time lost (found trying the command as an
	// adversary).
	we := w
	for we < len(s) {
		r, n := decode(s, we)
		if !unicode.IsLetter(r) {
			break
		}
		we += n
	}
	t := skipSpace(s, we)
	if _, e, digits := number(s, t); (digits == 1 || digits == 2) && e+1 < len(s) && (s[e] == 'h' || s[e] == ' ' && s[e+1] == 'h') {
		return false // à 22 h 39, à 22h39
	}
	return !clockAfterYear(s, t)
}

// lookupHebrewPrefixed reports whether the Hebrew word s[i:e] is a month
// name with the prefix ב.
func lookupHebrewPrefixed(s string, i, e int) bool {
	_, ok := lookupHebrew(s, i, e)
	return !ok && e-i > 2 && s[i:i+2] == "ב"
}

// gregorianMonthFirst reads a date that starts with a Gregorian month name:
// January 2, 2006; Jan. 2nd; September 16 2024; February 2022; November
// 30-December 1.
func (p *parser) gregorianMonthFirst(i, e int, w word) (int, bool) {
	s := p.s
	if p.has(layout.Day) || p.has(layout.Month) {
		return i, p.fail(i, "the end of the dateline")
	}
	m := p.mark()
	month := monthField(s, i, e, w)
	if month.Case == layout.Lower && (month.Value == 3 || month.Value == 5) && month.Form == layout.Long {
		p.weak = true // march, may
	}
	k := skipSpace(s, month.End)
	if k < len(s) && s[k] == '.' && isDigit(s, k+1) {
		k++ // "May.7": a dot between the month and the day, kept as text
	} else if k < len(s) && s[k] == ']' && i > 0 && s[i-1] == '[' {
		k = skipSpace(s, k+1) // "[Sept] 04, 2014": the month in brackets
	}
	k = hungarianMonthDay(s, k) // május hó 15-én
	if k == month.End && w.lang == layout.English && !w.weak {
		k = commaDayYear(s, k) // Mar, 3 2007 @ 09:26 PM: a forum's stamp
	}
	if w.lang == layout.English && !w.weak && month.Case != layout.Lower && k > month.End {
		if day, year, ok := gluedDayYear(s, k); ok {
			p.add(month)
			p.add(day)
			p.add(year)
			return p.last, true // Dec 152017: a date badge's day and year run together
		}
	}
	if day, ok := dayField(s, k); ok && !genitiveMonth(s[i:e], w) && !decimalAfter(s, day.End) {
		p.weak = p.weak || w.weak || w.lang != layout.English // Mars 2: free text needs more
		p.bare = p.bare || w.bare
		if os, ns, ok := p.dualDay(day); ok && yearAhead(s, ns.End) {
			// February 11/22, 1732: Old Style and New Style.
			p.add(month)
			p.add(os)
			p.add(ns)
			p.gregorianYear(p.last)
			return p.last, true
		}
		if w.lang == layout.English {
			day = oldOrdinalDay(s, day) // December 22d, 1833
		}
		p.add(month)
		p.add(day.withKind(layout.Day))
		lithuanian := w.langs&(1<<layout.Lithuanian) != 0 || w.lang == layout.Lithuanian
		if lithuanian && p.lithuanianDay() && !w.weak {
			// rugsėjo 23 d., gruodžio 12-ąja: the word for the day, or
			// the ordinal's ending, says the number is a day, as free
			// text needs of a name of another language.
			p.weak = false
		}
		if finnishGenitive(s[i:e], w) {
			if !p.finnishDay() {
				p.reset(m) // joulukuun 14 päivää: the genitive names a day only with its word
				return i, p.fail(day.End, "the word for the day (päivänä)")
			}
			p.weak = false // joulukuun 14. päivänä: as Lithuanian's word for the day
		} else if (w.langs&(1<<layout.Finnish) != 0 || w.lang == layout.Finnish) && !w.weak && p.finnishDay() {
			p.weak = false // joulukuuta 27. päivänä, as a layout writes the other months
		}
		if !p.monthDayList(day, w) {
			p.gregorianRange(day)
		}
		if lithuanian && p.hasRangeEnd() && p.lithuanianDay() && !w.weak {
			// gruodžio 7–8 d., gruodžio 7 ir 8 d., gruodžio 7-15
			// dienomis: the word for the day after a range's or a
			// pair's end, as after a day, where a year comes first
			// (see yearFirst); "expected a date, found d" before.
			p.weak = false
		}
		p.gregorianYear(p.last)
		p.twoDigitYear(p.last)
		p.hungarianDayPoint(w)
		return p.last, true
	}
	if day, ok := lithuanianOrdinalDay(s, k); ok && !w.weak && (w.langs&(1<<layout.Lithuanian) != 0 || w.lang == layout.Lithuanian) {
		// rugsėjo antros dienos: an ordinal word, with the word for the
		// day after it (see lithuanianOrdinalDay).
		p.add(month)
		p.add(day.withKind(layout.Day))
		p.lithuanianDay()
		p.gregorianRange(day)
		if p.hasRangeEnd() {
			p.lithuanianDay()
		}
		p.gregorianYear(p.last)
		return p.last, true
	}
	day, ok := dayWordAt(s, k)
	if t := matchWord(s, k, "the"); !ok && t > k {
		// March the 5th, 2024: an ordinal in digits after "the".
		if d, dok := dayField(s, skipSpace(s, t)); dok && d.Form == layout.Ordinal {
			day, ok = d, true
		}
	}
	if ok && !w.weak && w.lang == layout.English && month.Case != layout.Lower {
		// March the third, 2024; March third, 2024; March the 5th,
		// 2024: with its year, as "May the fourth" and "March the
		// first time" are prose.
		p.weak = p.weak || w.lang != layout.English
		p.add(month)
		p.add(day.withKind(layout.Day))
		p.gregorianYear(p.last)
		if p.has(layout.Year) {
			return p.last, true
		}
		p.reset(m)
		return i, p.fail(skipSpace(s, day.End), "a year")
	}
	if l := civilMonthList(s, month.End, w); l > month.End && !w.weak {
		k = skipSpace(s, l) // studeni / prosinac 2008.: the first month's year is the last's
	}
	if k = skipDateJoin(s, k); w.weak {
		// An abbreviation of another language names a day only with one.
	} else if v, ye, digits := number(s, k); digits == 4 && yearEnds(s, ye) {
		p.add(month)
		p.add(Field{Element: layout.Element{Kind: layout.Year}, Value: v, Start: k, End: ye})
		return p.last, true
	} else if k > month.End && k < len(s) && s[k] == '-' && script.IsSpace(lastRuneOf(s, k)) {
		// A year before 1 after the month, as after a day (January 1,
		// -0001) and as a layout with no day writes it: February -3750.
		if v, ye, digits := number(s, k+1); digits == 4 && v > 0 && yearEnds(s, ye) {
			p.add(month)
			p.add(Field{Element: layout.Element{Kind: layout.Year}, Value: -v, Start: k, End: ye})
			return p.last, true
		}
	}
	p.reset(m)
	return i, p.fail(k, "a day of the month or a year")
}

// civilMonthList returns the index after the Gregorian months that follow
// month w, read at s[:e], each set off by a slash or a dash and each the
// month after the one before; or e. A bulletin's issue names so the
// months it spans before one year, "studeni / prosinac 2008." (November /
// December; Ha-Kol of Zagreb), as it names its Hebrew months (see
// hebrewMonthList): the first month is the dateline's, month-level, and
// the year after the last is its own, as no list runs past December.
func civilMonthList(s string, e int, w word) int {
	m := w.value
	return monthListEnd(s, e, func(k int) int {
		next, ne, ok := wordAt(s, k)
		if !ok || next.kind != wMonth || next.weak || next.value != m+1 {
			return k
		}
		m = next.value
		return ne
	})
}

// monthListEnd returns the index after the months of a list that follow
// the month ending at s[e], each set off by a slash or a dash, which
// next reads at its index as the month after the one before, returning
// its end (or the index, where there is none); or e (see civilMonthList,
// hebrewMonthList).
func monthListEnd(s string, e int, next func(k int) int) int {
	end := e
	for {
		j := skipSpace(s, end)
		if j >= len(s) {
			return end
		}
		r, n := decode(s, j)
		if r != '/' && !script.IsDash(r) {
			return end
		}
		k := skipSpace(s, j+n)
		ne := next(k)
		if ne == k {
			return end
		}
		end = ne
	}
}

// hungarianDayPoint reads the point Hungarian writes after the day of a
// date without a year, "október 1.", as text of the dateline, as yearFirst
// reads it after one with a year, so that what follows the point is read
// as the dateline's: "október 01. 10.02 kedd ROS HASANA II. napja" (a
// prayer-times table's row: the time, weekday and occasion of October 1).
func (p *parser) hungarianDayPoint(w word) {
	s := p.s
	if w.langs&(1<<layout.Hungarian) == 0 || p.n == 0 || p.buf[p.n-1].Kind != layout.Day || p.buf[p.n-1].End != p.last ||
		p.last+1 >= len(s) || s[p.last] != '.' || s[p.last+1] != ' ' {
		return
	}
	p.push(Field{Element: layout.Lit("."), Start: p.last, End: p.last + 1})
	p.last++
}

// genitiveMonth reports whether name, a month name w, is in every
// language that has it the genitive that a date writes after its day
// (augusta, marca, grudnia, června; their months named alone are august,
// marec, grudzień, červen), in a language that writes some genitive in
// ASCII letters. Its language writes it before a day only where a machine
// fills in a template ("квітня 22 / 2024"), and in ASCII it is as often a
// name in English text: "Augusta 12, 2024" is not Slovak's 12 August.
// The rule holds for all of a language's months, not only for those in
// ASCII: "června 1" was read, and its layout wrote "ledna 2", which is
// not (found by FuzzParse).
//
// Lithuanian is the exception: it writes its genitive before the day as
// its norm, "rugsėjo 23 d." (of September, the 23rd day); and Finnish,
// before a day and its word for the day, "joulukuun 14. päivänä" (on the
// 14th day of December; see finnishDay).
func genitiveMonth(name string, w word) bool {
	if w.kind != wMonth || w.form != layout.Long || w.langs == 0 || w.langs&(1<<layout.English|1<<layout.Lithuanian|1<<layout.Finnish) != 0 {
		return false
	}
	if strings.ContainsFunc(name, nonASCII) && !asciiGenitiveOf(name, w) {
		return false // июня: Russian writes no genitive in ASCII
	}
	for l := layout.Lang(1); l < layout.NumLangs; l++ {
		if w.langs&(1<<l) != 0 && foldEquals(name, l.MonthName(int(w.value), layout.StandAlone)) {
			return false
		}
	}
	return true
}

// asciiGenitiveOf reports whether name, a month name w, is the genitive
// of a language of w's that writes some genitive in ASCII (see
// asciiGenitives). Most names are of no such language, and are told so by
// their set of languages alone.
func asciiGenitiveOf(name string, w word) bool {
	langs := w.langs & asciiGenitives()
	for l := layout.Lang(1); langs != 0 && l < layout.NumLangs; l++ {
		if langs&(1<<l) != 0 && foldEquals(name, l.MonthName(int(w.value), layout.Long)) {
			return true
		}
	}
	return false
}

// nonASCII reports whether r is no ASCII character.
func nonASCII(r rune) bool { return r >= utf8.RuneSelf }

// asciiGenitives returns the set of languages that write a month's
// genitive, its name after a day, in ASCII letters and other than the
// month's name alone (Czech's ledna, Polish's stycznia; see
// genitiveMonth), a bit for each as a word's langs has.
var asciiGenitives = sync.OnceValue(func() (ascii uint64) {
	for l := layout.Lang(1); l < layout.NumLangs; l++ {
		for m := 1; m <= 12; m++ {
			g := l.MonthName(m, layout.Long)
			if g != l.MonthName(m, layout.StandAlone) && !strings.ContainsFunc(g, nonASCII) {
				ascii |= 1 << l
			}
		}
	}
	return ascii
})

// finnishGenitive reports whether name, a month name w, is Finnish's
// genitive (joulukuun), which names a date only before a day and its
// word for the day (see finnishDay).
func finnishGenitive(name string, w word) bool {
	return w.kind == wMonth && w.langs&(1<<layout.Finnish) != 0 && strings.HasSuffix(name, "kuun")
}

func (f Field) withKind(k layout.Kind) Field {
	f.Kind = k
	return f
}

// fourDigitYearAt reports whether a year of four digits starts at s[i]:
// four digits that end as a year does (see yearEnds).
func fourDigitYearAt(s string, i int) bool {
	_, e, digits := number(s, i)
	return digits == 4 && yearEnds(s, e)
}

// yearEnds reports whether a number ending at e can be a year: it is not
// the start of a time (2017:), a numeric date or a longer word. A year of
// four digits may run into its time by a bare hyphen, as a blog's
// template joins them: "Sunday, October 14, 2007-4:50 PM" (see
// hyphenClock).
func yearEnds(s string, e int) bool {
	if e < len(s) {
		switch s[e] {
		case ':', '/', '-', '.':
			if isDigit(s, e+1) && !(s[e] == '/' && dayAndMonthAt(s, e+1)) && !(s[e] == '-' && fourDigitsBefore(s, e) && (hebrewDayAt(s, e+1) || hyphenClock(s, e+1))) {
				return false
			}
		}
	}
	return wordEnds(s, e) || yearSuffixAt(s, e) || timeWordGlued(s, e) || labelGlued(s, e)
}

// hyphenClock reports whether a time of day of the twelve-hour clock
// starts at s[i], after the hyphen that joins it to a year: an hour from
// 1 to 12, a colon, two digits of minutes and its AM or PM, after a space
// or not ("2007-4:50 PM", from a Yiddish blog's byline, "געשיקט דורך
// Yentash בSunday, October 14, 2007-4:50 PM", where Find read October 14
// of a year near the reference). A number after the hyphen without them
// is a range's end or a numeric date's month ("2007-2008", "2007-10-14"),
// and a time of the 24-hour clock may be a month and more ("Sunday, March
// 3, 2024-10:00", read as the weekday's date alone): they stay so.
func hyphenClock(s string, i int) bool {
	h, e, digits := number(s, i)
	if digits < 1 || digits > 2 || h < 1 || h > 12 || e+3 > len(s) || s[e] != ':' {
		return false
	}
	if !isDigit(s, e+1) || !isDigit(s, e+2) || s[e+1] > '5' || isDigit(s, e+3) {
		return false
	}
	k := e + 3
	if k < len(s) && s[k] == ' ' {
		k++
	}
	_, ok := ampmAt(s, k)
	return ok
}

// labelGlued reports whether the label of a page's next field runs into
// the year that ends at s[e], as an event template glues them when its
// markup is dropped ("Datum: 16. Mai 2025Zeit: Ganztägig", "May 16,
// 2025Time: 7 pm"): a capital Latin letter, at least one more letter,
// and a colon, within maxLabel bytes. Digits or a capital without a
// colon after the word ("2025AB", "2025Zeitung") are no label: the
// number is no year.
func labelGlued(s string, e int) bool {
	const maxLabel = len("Veranstaltungsort")
	if e >= len(s) || s[e] < 'A' || s[e] > 'Z' {
		return false
	}
	w := latinWord(s, e)
	return w-e >= 2 && w-e <= maxLabel && w < len(s) && s[w] == ':'
}

// timeWordGlued reports whether French's or Portuguese's word for "at"
// before a time runs into the year that ends at s[e], as a page's
// template glues the two ("le dimanche 1er février 2026à 19h"): à or às,
// a space, and the hour's digits.
func timeWordGlued(s string, e int) bool {
	for _, w := range [...]string{"à ", "às "} {
		if len(s)-e > len(w) && s[e:e+len(w)] == w && isDigit(s, e+len(w)) {
			return true
		}
	}
	return false
}

// dayAndMonthAt reports whether a day of the month and, after a space, a
// month's name of either calendar are at s[i]: the other calendar's date
// after a slash glued to a year, "7 Dec 2023/24 Kislev 5784", "24 Kislev
// 5784/7 December 2023".
func dayAndMonthAt(s string, i int) bool {
	_, e, digits := number(s, i)
	if digits == 0 || digits > 2 {
		return false
	}
	if hebrewMonthAfter(s, e) {
		return true
	}
	j := skipSpace(s, e)
	w, _, ok := wordAt(s, j)
	return j > e && ok && w.kind == wMonth
}

// hebrewDayAt reports whether a Hebrew date's day, in digits with an
// English ordinal's ending or not, and its month, after a space and "of"
// or not, are at s[i]: the Hebrew date after a dash glued to a year,
// "September 26-October 2, 2010-18th of Tishrei-24th of Tishrei",
// "September 26, 2010-18 Tishrei 5771". The year was refused as the
// start of a numeric date (2010-18), and Find read the civil date in
// the year nearest the reference. A dash before a number with no Hebrew
// month after it (2010-18, a range of years) still ends no year.
func hebrewDayAt(s string, i int) bool {
	_, e, digits := number(s, i)
	if digits == 0 || digits > 2 {
		return false
	}
	if o, _, ok := ordinal(s, e); ok {
		e = o
	}
	j := skipSpace(s, e)
	if j == e {
		return false
	}
	if o := matchWord(s, j, "of"); o > j {
		if j = skipSpace(s, o); j == o {
			return false
		}
	}
	_, ok := hebrew.MatchMonth(s[j:])
	return ok
}

// clockAfterDash reports whether a time of day (digits, a colon, digits)
// follows the dash at s[e]: "Sunday, March 3, 2024-10:00", a stamp that
// runs its time into the year, whose date without it is still read.
func clockAfterDash(s string, e int) bool {
	_, n, digits := number(s, e+1)
	return digits <= 2 && n < len(s) && s[n] == ':' && isDigit(s, n+1)
}

// fourDigitsBefore reports whether the number that ends at s[e] has four
// digits, a year's: "29-30 тішрея" is a range of Hebrew days, whose 29
// a dash and a Hebrew date also follow.
func fourDigitsBefore(s string, e int) bool {
	return e >= 4 && isDigit(s, e-4) && isDigit(s, e-3) && isDigit(s, e-2) && isDigit(s, e-1) && (e == 4 || !isDigit(s, e-5))
}

// clauseOpensAt reports whether the year after the spaces at s[k], which
// follows a comma and words for the year (see yearWords), is one of four
// digits that neither ends its clause (see clauseEnds) nor has the word
// for "year" after it, but words go on after it: "9. März, im Jahr 2024
// ist sie", "9 de marzo, en 2024 es", where the year opens a clause of
// its own.
func clauseOpensAt(s string, k int) bool {
	_, d, digits := number(s, skipSpace(s, k))
	return digits == 4 && !clauseEnds(s, d) && !yearSuffixAfter(s, d)
}

// yearSuffixAt reports whether a word that ends a year starts at s[e],
// with no space before it, and ends there: "2005г.", as Russian pages
// write it (suffix takes it into the dateline). It is looked up only
// where a year's digits run into a letter that is not ASCII, or into
// Polish's "r." (see polishYearR).
func yearSuffixAt(s string, e int) bool {
	if e >= len(s) {
		return false
	}
	if s[e] < 0x80 {
		return polishYearR(s, e)
	}
	k := latinWord(s, e)
	if k == e || !wordEnds(s, k) {
		return false
	}
	w, ok := lookupLatin(s, e, k)
	return ok && w.kind == wSuffix && w.value == suffixYear
}

// polishYearR reports whether Polish's "r." (roku, of the year), a
// lower-case r with its point or without, runs into the year of four
// digits that ends at s[e], as Polish pages write it as often as "2015
// r.": "07 luty 2015r. spotykamy się" (a Gdańsk PTTK trip report), "zmarły
// 6 grudnia 1806r." and "zmarłej 8 września 1807r, widoczny" (a Warsaw
// blog, the 302nd held-out round) were not read at all, the number glued
// to a letter being no year. A capital or another letter after the
// digits (2015R, 2015rok) still makes them no year.
func polishYearR(s string, e int) bool {
	return s[e] == 'r' && wordEnds(s, e+1) && fourDigitsBefore(s, e)
}

// gregorianYear reads an optional Gregorian year at k: , 2006 or '06.
func (p *parser) gregorianYear(k int) {
	s := p.s
	if p.has(layout.Year) {
		p.yearAgain(k)
		return
	}
	// Arabic's comma (U+060C) between the month and the year, as Arabic
	// WordPress sites write the date ("j F، Y"): "6 أبريل، 2024 8:40 م"
	// (Kitabat, the 310th held-out round) was no date, and "السبت 6
	// أبريل، 2024" the Saturday nearest the reference.
	afterMonth := p.last == k && p.n > 0 && p.buf[p.n-1].Kind == layout.Month
	if j := skipSpace(s, k); j > k && j < len(s) && (s[j] == ',' || afterMonth && strings.HasPrefix(s[j:], "،")) && p.last == k {
		k = j // a space before the comma: "October 2 – 4 , 2024"
	}
	comma := k < len(s) && s[k] == ','
	if comma {
		k = pastComma(s, k)
	} else if afterMonth && strings.HasPrefix(s[k:], "،") {
		comma, k = true, k+len("،")
	} else if k < len(s) && s[k] == '.' {
		if sentenceAfterPoint(s, k) || capitalAfterPoint(s, k) {
			return // "We met on 6 October. 2019 was a good year."; "March 24. In 2025, it moved."
		}
		k++
	} else if n := dashOrSlash(s, k); n > 0 && isDigit(s, k+n) {
		k += n // 03-Mar-2024, 5‑Mar‑2024
	} else if y := spacedSlashYear(s, k); y > k && p.last == k {
		k = y // квітня 22 / 2024
	}
	joined := skipDateJoin(s, k) > k && !ofAt(s, skipSpace(s, k))
	k = skipSpace(s, skipDateJoin(s, k)) // enero de 2006
	if v, e, ok := pointedYear(s, k); joined && ok {
		// "el 25 de Marzo de 1.971", "em 25 de março de 1.971": a year
		// written with a point between its thousands and its hundreds,
		// as a Spanish, Portuguese, Catalan or Italian page may print
		// any number, after the date's joining word, is that year,
		// 1971. Free text took "25 de Marzo" in the year nearest the
		// reference, with nothing said, and then no date at all. The
		// layout writes the year in plain digits (de 1971), which
		// reads back as the same day. A point in another number ("de
		// 1.5", "de 19.710", "de 3.500") is no year.
		p.add(Field{Element: layout.Element{Kind: layout.Year}, Value: v, Start: k, End: e})
		return
	}
	if yearInWords(s, k) {
		p.unreadYear = true // March 3, in the year nineteen hundred and five
		p.fail(k, "a year in digits")
		return
	}
	w := skipYearWords(s, k, false)
	if comma && w > k && clauseOpensAt(s, w) {
		// "Im Jahr 2023 war die Messe am 9. März, im Jahr 2024 ist sie
		// am 7. März": after a comma, the words for the year and the
		// year open the next clause, which goes on after it, and the
		// year is that clause's. It was read as the date's ("9. März,
		// im Jahr 2024", March 9, 2024), and March 7 was lost. A year
		// that ends the clause ("am 9. März, im Jahr 2024.") is still
		// the date's.
		return
	}
	k = skipSpace(s, w) // enero del año 2024
	if r, n := decode(s, k); script.IsApostrophe(r) {
		if v, e, digits := number(s, k+n); digits == 2 && yearEnds(s, e) {
			p.add(Field{Element: layout.Element{Kind: layout.Year, Form: layout.TwoDigit}, Value: v, Start: k + n, End: e})
		}
		return
	}
	if k < len(s) && s[k] == '-' && p.last < k && script.IsSpace(lastRuneOf(s, k)) {
		// A year before 1, as the proleptic calendar counts and format
		// writes it: "January 1, -0001" (2 BCE); after a space, which a
		// layout keeps (de-0001 would write de2006).
		if v, e, digits := number(s, k+1); digits == 4 && v > 0 && yearEnds(s, e) {
			// (-0000 is no year before 1: its layout would write 0000.)
			p.add(Field{Element: layout.Element{Kind: layout.Year}, Value: -v, Start: k, End: e})
			return
		}
	}
	if _, e, digits := number(s, k); digits >= 1 && digits <= 4 && beforeCommonEra(s, e, digits) {
		// "March 15, 44 BC", "March 15, 1044 BCE": read as the year of
		// the common era it is not, or without it, the date would be
		// a day some two thousand years off, given with nothing said.
		// The error is the era's, where reading stops: "expected a
		// month name, found "BC"" was said before, which named no
		// reason.
		p.unreadYear = true
		p.failRange(skipSpace(s, e), "a year of the common era (a year BC is out of range as written; the proleptic calendar counts 44 BC as -0043)")
		return
	}
	if v, e, digits := number(s, k); (digits == 3 && v >= 100 || digits == 1 && comma && p.yearNotLaterDay(v)) &&
		p.whole && p.n > 0 && skipSpace(s, e) == len(s) {
		// "December 31, 999", "31 December 999": three digits that end
		// the whole text after a date's day and month, more than any
		// day, are its year (an adversarial review's eleventh finding;
		// it was refused, "expected a date, found "999""). In text
		// they may be a count ("On December 31, 999 people came"), and
		// two digits a day of a list ("January 1, 22") or a year of
		// the century ("March 2, 24" is 2024 as often as 24 CE): those
		// stay unread. So does one digit that may be a later day of a
		// list, "January 1, 2"; but one that is not, after a month
		// name, its day and a comma, is the year: "January 1, 1"
		// (Monday, 18 Tevet 3761) was refused, "expected a month name
		// at the end of the text", where "January 1, 1 CE" was read.
		p.add(Field{Element: layout.Element{Kind: layout.Year}, Value: v, Start: k, End: e})
		return
	}
	if v, e, digits := number(s, k); digits >= 1 && digits <= 3 && v > 0 && commonEraAfter(s, e) {
		// "August 4, 70 CE", "29 August 70 A.D.": a year of fewer
		// than four digits, which the era after it says is one. It was
		// not read, and Find gave the date in the reference's year,
		// with an info that the text names none (found trying the
		// command as an adversary).
		p.add(Field{Element: layout.Element{Kind: layout.Year}, Value: v, Start: k, End: e})
		return
	}
	if nextLineYear(s, p.last, k) {
		return // the year that opens the next line of text: its own
	}
	if v, e, digits := number(s, k); digits == 4 && p.doubleYear(v, k, e) {
		// February 11, 1731/2: the year counted from March 25, then
		// from January 1.
	} else if digits == 4 && (yearEnds(s, e) || logYear(s, k, e)) {
		p.add(Field{Element: layout.Element{Kind: layout.Year}, Value: v, Start: k, End: e})
	} else if digits == 4 && e+1 < len(s) && s[e] == '-' && isDigit(s, e+1) && !clockAfterDash(s, e) {
		// "September 26, 2010-18", "September 26, 2024-25 season": a
		// range of years, or a year run into other digits, after the
		// date. Find read the date in the year nearest the reference,
		// with the info that the text names no year; which year of
		// the range is the date's the text does not say.
		p.unreadYear = true
		p.failRange(k, "a year of its own (a dash and digits follow it)")
	} else if digits > 4 && yearEnds(s, e) {
		// "March 15, 20245": a year mistyped, which Find read as a
		// date without one, in the year nearest the reference; a
		// longer number is a count ("March 15, 123456789 views").
		p.unreadYear = digits <= 6
		p.failRange(k, "a year of at most four digits")
	}
}

// yearNotLaterDay reports whether one digit v after a comma, read after a
// month name and its day ("January 1, 1", "Monday, March 5, 3"), can be no
// later day of a list of the month's days ("January 1, 2", "March 5, 7"):
// it is from 1 to 9 and not after the day. A day before the month
// ("1 January, 1") is left unread, as a list may go on to its month.
func (p *parser) yearNotLaterDay(v int) bool {
	if v < 1 || p.n < 2 {
		return false
	}
	last := p.lastValue()
	if last < 1 || p.buf[last].Kind != layout.Day || p.buf[last].Value < v {
		return false
	}
	for i := last - 1; i >= 0; i-- {
		if f := &p.buf[i]; f.Kind == layout.Month {
			return f.Form != layout.Numeric && f.Form != layout.NumericPad && f.Form != layout.Roman
		}
	}
	return false
}

// pointedYear reads at s[i] a year written with a thousands point, after
// a date's joining word ("de", "di", "del"): one digit from 1 to 2, a
// point, three digits, and the end of a year (see yearEnds): "25 de Marzo
// de 1.971" (Campo de Gibraltar Siglo XXI, the two-hundred-and-ninetieth
// held-out round) is 1971. It returns the year and its end. A point with
// other digits ("de 1.5", "de 19.71") or a larger number ("de 3.500") is
// not a year.
func pointedYear(s string, i int) (year, end int, ok bool) {
	return pointedThousands(s, i, 1, 2)
}

// PointedYear reads at s[i] a number of four digits written with a point
// after its thousands and ending a year, as a Portuguese or Spanish page
// may print any number ("no ano de 5.783", "em 1.971"): package dateline
// looks for the year a sentence names. It returns the number and its end.
func PointedYear(s string, i int) (year, end int, ok bool) {
	return pointedThousands(s, i, 1, 9)
}

// ofAt reports whether English's "of" starts at s[i]: a date's joining
// word, but not before a year with a thousands point, which English does
// not write (see pointedYear).
func ofAt(s string, i int) bool {
	return i+2 <= len(s) && strings.EqualFold(s[i:i+2], "of") && wordEnds(s, i+2)
}

// pointedThousands reads at s[i] a number of thousands from lo to hi
// written with a point after its thousands ("1.971", "5.783") that ends a
// year (see yearEnds), and returns it and its end.
func pointedThousands(s string, i, lo, hi int) (v, end int, ok bool) {
	th, e, digits := number(s, i)
	if digits != 1 || th < lo || th > hi || e >= len(s) || s[e] != '.' {
		return 0, 0, false
	}
	n, f, rest := number(s, e+1)
	if rest != 3 || !yearEnds(s, f) {
		return 0, 0, false
	}
	return th*1000 + n, f, true
}

// yearAgain reads at s[k], after the day and month of a dateline that
// named its year before them, the same year written again, marked
// Repeat: a comma or not, spaces, a word such as "de" (see skipDateJoin),
// and four digits. "Passover 2024: April 22, 2024" and "Hanukkah 2023
// inizia la sera di giovedì 7 dicembre 2023 e termina la sera di venerdì
// 15 dicembre 2023" ended before the date's year, so that the range's
// end after it was read as a dateline of its own. A year of another
// value is not read: the dateline ends before it (package dateline says
// that the date is followed by another year).
func (p *parser) yearAgain(k int) {
	s := p.s
	if k >= len(s) || s[k] != ',' && s[k] != ' ' {
		return // the cheap first test
	}
	y, ok := p.ownIndex(layout.Year)
	if !ok || p.buf[y].End >= k || p.buf[y].Form != 0 {
		return
	}
	j := k
	if s[j] == ',' {
		j++
	}
	j = skipSpace(s, skipDateJoin(s, skipSpace(s, j)))
	if v, e, digits := number(s, j); j > k && digits == 4 && v == p.buf[y].Value && yearEnds(s, e) {
		p.add(Field{Element: layout.Element{Kind: layout.Year}, Value: v, Start: j, End: e, Flags: Repeat})
	}
}

// commonEraAfter reports whether the era of a year of the common era
// follows the space at s[e]: "CE", "C.E.", "AD", "A.D.", or one of
// commonEras ("n. Chr.").
func commonEraAfter(s string, e int) bool {
	if e+1 >= len(s) || s[e] != ' ' {
		return false
	}
	j := skipSpace(s, e)
	if dottedEra(s, j, commonEras[:]) > j {
		return true
	}
	for _, w := range [...]string{"C.E.", "A.D.", "CE", "AD"} {
		if strings.HasPrefix(s[j:], w) && (w[len(w)-1] == '.' || wordEnds(s, j+len(w))) {
			return true
		}
	}
	return false
}

// beforeCommonEra reports whether "BCE", "B.C.E." or "B.C." (before the
// common era) follows the space at s[e], after a year of digits digits,
// or "BC" after a year of at most three: after four, "BC" is as often a
// name's ("March 15, 2024 BC Hydro"); or one of beforeEras, German's,
// Dutch's and the Scandinavian languages' ("44 v. Chr.", "1044 f.Kr.").
func beforeCommonEra(s string, e, digits int) bool {
	if e+1 >= len(s) || s[e] != ' ' {
		return false // the cheap first test: most years end otherwise
	}
	j := skipSpace(s, e)
	if dottedEra(s, j, beforeEras[:]) > j {
		return true // 44 v. Chr., 1044 f.Kr.
	}
	if j >= len(s) || s[j] != 'B' {
		return false
	}
	for _, w := range [...]string{"B.C.E.", "B.C.", "BCE", "BC"} {
		if w == "BC" && digits > 3 {
			continue
		}
		if strings.HasPrefix(s[j:], w) && (w[len(w)-1] == '.' || wordEnds(s, j+len(w))) {
			return true
		}
	}
	return false
}

// spacedSlashYear returns where a Gregorian year starts after a slash
// with spaces around it at s[k], as a blog's post date writes it after a
// month and day ("квітня 22 / 2024", "March 5 / 2024"), or k. The year
// has four digits below 3000: after a slash a Hebrew date is written as
// often ("March 2 / 22 Adar I 5784"), and a year of its era ("March 2 /
// 5784") is no Gregorian year.
func spacedSlashYear(s string, k int) int {
	j := skipSpace(s, k)
	if j == k || j+1 >= len(s) || s[j] != '/' {
		return k
	}
	y := skipSpace(s, j+1)
	if v, e, digits := number(s, y); y == j+1 || digits != 4 || v < 1000 || v >= 3000 || !yearEnds(s, e) {
		return k
	}
	return y
}

// hebrewMonthAfter reports whether a Hebrew month's name follows the
// space after s[:e].
func hebrewMonthAfter(s string, e int) bool {
	j := skipSpace(s, e)
	if j == e || j >= len(s) {
		return false
	}
	_, ok := hebrew.MatchMonth(s[j:])
	return ok
}

// hebrewMonthYearAfter reports whether spaces, a Hebrew month's name in
// Latin letters and a Hebrew year in four digits follow at s[e].
func hebrewMonthYearAfter(s string, e int) bool {
	j := skipSpace(s, e)
	if j == e || j >= len(s) || script.Class[s[j]]&script.ClassLetter == 0 {
		return false
	}
	name, ok := hebrew.MatchMonth(s[j:])
	if !ok {
		return false
	}
	y := skipSpace(s, j+name.Len)
	v, ye, digits := number(s, y)
	return y > j+name.Len && digits == 4 && v >= 3000 && yearEnds(s, ye)
}

// hebrewDateInParens reports whether a Hebrew date, a day and a month
// (24 Kislev, כ״ד כסלו), is in parentheses at s[k].
func hebrewDateInParens(s string, k int) bool {
	if k >= len(s) || s[k] != '(' {
		return false
	}
	j := skipSpace(s, k+1)
	if f, ok := dayField(s, j); ok {
		j = f.End
	} else if f, ok := hebrewDayField(s, j); ok {
		j = f.End
	} else {
		return false
	}
	if j2 := skipSpace(s, j); j2 > j {
		_, ok := hebrew.MatchMonth(s[j2:])
		return ok
	}
	return false
}

// civilDayBefore reports whether a range of Hebrew days with its year,
// day to end of month mf, after a weekday and with a spaced dash between
// them, is a civil day and then the Hebrew date of that day, as Spanish
// pages write it ("Jueves 8 – 14 Adar 5772": Thursday, March 8, is 14
// Adar): the weekday is the end's, and the end falls on the start's day
// of a civil month. Else it stays a range, whose weekday the dateline
// layer checks. both reports that it reads both ways, the weekday the
// start's too and the range running forward ("Domingo 1 – 29 Tevet
// 5755", and "Domingo 11 – 4 Kislev 5790", 11 to 14 Kislev as a range's
// short end reads, where Sunday, November 11, 2029, is 4 Kislev).
func (p *parser) civilDayBefore(day, end, mf Field) (civil, both bool) {
	if day.End >= len(p.s) || p.s[day.End] != ' ' {
		return false, false
	}
	var wd, year Field
	for _, f := range p.fields() {
		switch {
		case f.Kind == layout.Weekday && f.Flags&RangeEnd == 0:
			wd = f
		case f.Kind == layout.HebrewYear:
			year = f
		}
	}
	if wd.Kind != layout.Weekday || wd.Shift != 0 || wd.Flags&Night != 0 || year.Kind != layout.HebrewYear {
		return false, false
	}
	// The end as written: a range's end of fewer digits is read as the
	// start's last ("11 – 4 Kislev", 11 to 14), the civil reading's
	// Hebrew day as it stands.
	written, _, _ := number(p.s, end.Start)
	a, errA := hebrew.NewDate(year.Value, hebrew.Month(mf.Value), day.Value)
	b, errB := hebrew.NewDate(year.Value, hebrew.Month(mf.Value), written)
	if errA != nil || errB != nil {
		return false, false
	}
	_, _, d := b.Gregorian()
	civil = int(b.Weekday()) == wd.Value && d == day.Value
	forward := end.Value > day.Value && int(a.Weekday()) == wd.Value
	return civil, civil && forward
}

// skipDayOf returns the index after "the day of the" or "the day of" and
// the spaces after them at s[j], or j: the second of a pair of days named
// as an evening and the day after it, "Yom Kippur falls on the evening of
// the 8th and the day of the 9th October".
func skipDayOf(s string, j int) int {
	k := j
	for _, w := range [...]string{"the", "day", "of", "the"} {
		e := matchWord(s, k, w)
		if e == k {
			break
		}
		n := skipSpace(s, e)
		if n == e {
			return j
		}
		k = n
	}
	if k == j || matchWord(s, j, "the") == j || !isDigit(s, k) {
		return j
	}
	return k
}

// onHebrewMonth returns the index of the Hebrew month after "on" at s[k],
// where the day before it, ending at de, has an English ordinal's suffix:
// "Wednesday the 21st on Nisan 29/04/2024" (hametz.co.il, the 166th
// held-out round), "on" written for "of" as a page translated from Hebrew
// has it; or k. Only a Hebrew month's name follows so ("the 3rd on March
// 5", "the 21st on Sunday" are no such date), and only after a suffix: "21
// on Nisan" is not read.
func onHebrewMonth(s string, de, k int) int {
	if de < 2 || !englishOrdinalSuffix(s[de-2:de]) {
		return k
	}
	j := matchWord(s, k, "on")
	if j == k {
		return k
	}
	if j = skipSpace(s, j); !hebrewMonthAt(s, j) {
		return k
	}
	return j
}

// englishOrdinalSuffix reports whether s, two bytes, is the suffix of an
// English ordinal number (ordinalSuffixes: st, nd, rd, th), in either
// case.
func englishOrdinalSuffix(s string) bool {
	return ordinalSuffixes[string([]byte{s[0] | 0x20, s[1] | 0x20})]
}

// endFirstRange reports whether day, then a dash and f, a smaller day,
// are a range written with its end first, as a right-to-left text keeps
// the digits it shows left to right: a Yiddish poem dated "7-6 מערץ,
// 2010" (March 6-7, a poet's blog, the two hundred and seventy-third
// held-out round), "(29-14 מאַי 2016)" (May 14-29). The month after it
// must be a name in Hebrew script, of either calendar: a range runs
// forward, so the smaller day is the first, and before a month in Latin
// letters "7-6 March" is no range. Find read the first day alone, from
// the second number; the dateline, given the whole text, was an error.
func (p *parser) endFirstRange(day, f Field) bool {
	if f.Value < 1 || f.Value >= day.Value || partOfNumber(p.s, f.End) {
		return false
	}
	s := p.s
	j := skipSpace(s, f.End)
	if j == f.End || j >= len(s) || s[j] != 0xD7 {
		return false
	}
	if _, ok := hebrew.MatchMonth(s[j:]); ok {
		return true
	}
	w, _, ok := p.wordAt(j)
	return ok && w.kind == wMonth
}
