package parse

import (
	"strings"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// A numeric date with slashes or dashes (12/04/2025) is month first or day
// first by the custom of the text around it: settleOrder decides once the
// dateline is read, from its script, its clock, the words before it and
// the fields of a range.

// settleOrder settles the order of an ambiguous numeric date written with
// slashes or dashes: month first, unless the dateline is in Hebrew script
// or gives a 24-hour time, as Israeli and European sites do. In Hebrew
// text (the dateline's), with a zone of a day-first country (AEDT, SAST:
// see zone.dayFirst; "12/03/2025 10:39am AEDT" was read December 3, its
// am taken for an American clock), or with around set (Hebrew text
// around it, or a word of a day-first language before it), day first is
// the custom, not a guess: the date is marked Customary.
func settleOrder(fields []Field, around bool) {
	dayFirstHint := false
	for i := range fields {
		switch f := &fields[i]; {
		case f.Kind == layout.HebrewMonth && f.Spelling.Family.IsHebrew(),
			f.Kind == layout.Hour && (f.Form == layout.Hour24 || f.Form == layout.Hour24Pad),
			f.Kind == layout.Weekday && f.Form >= layout.Script && f.Form <= layout.ScriptLetter:
			dayFirstHint = true
		}
	}
	di, mi := ambiguousPair(fields)
	if di < 0 {
		if di, mi = sameDayMonth(fields); di >= 0 && (around || DayFirstText(fields)) {
			// 3/3/2020 in Hebrew text: the same day either way, but
			// day first, as a layout of it writes another day.
			swapPair(fields, di, mi)
		}
		return
	}
	hebrewText := around || DayFirstText(fields) || dayFirstZone(fields)
	if fields[di].Flags&DayFirst == 0 && (dayFirstHint || hebrewText) {
		swapPair(fields, di, mi)
	}
	if hebrewText {
		fields[di].Flags |= Customary
		fields[mi].Flags |= Customary
	}
}

// bothWaysRange reports whether fields are a range of two numeric dates
// read month first whose ends each read both ways, day first as well
// ("2/3-5/3/2024", "2/3/2024 - 5/3/2024"), and which runs forward read
// day first too.
func bothWaysRange(fields []Field) bool {
	d1, m1, d2, m2, ok := rangeFields(fields, layout.Day, layout.Month)
	if !ok || !numericMonth(fields[m1]) || !numericMonth(fields[m2]) || yearFirst(fields, min(d1, m1)) {
		return false
	}
	if (fields[d1].Flags|fields[d2].Flags|fields[m1].Flags|fields[m2].Flags)&DayFirst != 0 {
		return false
	}
	// Day first, the months are the days read now, and the days the
	// months.
	return fields[d1].Value <= 12 && fields[d2].Value <= 12 && m1 < d1 && m2 < d2 &&
		(fields[d2].Shift != 0 || gregorianRangeFits(fields[d1].Value, fields[m1].Value, fields[d2].Value, fields[m2].Value))
}

// settleRangeDayFirst turns a range of bothWaysRange to day first, both
// ends at once, where the text's custom says day first (Hebrew text, a
// day-first language's words: see settleOrder, which turns one date). The
// custom of the text turned the end alone, or neither: "2/3/2024 -
// 5/3/2024 בערב" was February 3 to March 5, and "2/3-5/3/2024 בערב",
// "יום שבת 2/3-5/3/2024" February 3 to May 3, with a warning that named
// the month-first reading, where "2/3/2024 בערב" is March 2. The end's
// distance from the start is counted again (by finish for a range whose
// end has none yet, by Result.SwapRange for one that has). A range the
// other reading cannot be counted for is left as it was read.
func settleRangeDayFirst(s string, fields []Field) {
	d1, m1, d2, m2, _ := rangeFields(fields, layout.Day, layout.Month)
	if fields[d2].Shift == 0 {
		swapPair(fields, d1, m1)
		swapPair(fields, d2, m2)
	} else {
		r := Result{Input: s, Fields: fields}
		alt, ok := r.swapRange()
		if !ok || len(alt.Fields) != len(fields) {
			return
		}
		copy(fields, alt.Fields)
	}
	for _, i := range [...]int{d1, m1, d2, m2} {
		fields[i].Flags &^= Ambiguous
	}
}

// sameDayMonth returns the indexes of the day and month of a numeric date
// read month first whose day is its month (3/3/2020), which no reading
// order changes but its layout's; or -1, -1.
func sameDayMonth(fields []Field) (day, month int) {
	for i := 0; i+2 < len(fields); i++ {
		m, d := &fields[i], &fields[i+2]
		if m.Kind == layout.Month && numericMonth(*m) && d.Kind == layout.Day && d.Value == m.Value &&
			(m.Flags|d.Flags)&(DayFirst|RangeEnd) == 0 && fields[i+1].Kind == layout.Literal {
			return i + 2, i
		}
	}
	return -1, -1
}

// DayFirstText reports whether the dateline's own text is of a custom that
// writes numeric dates day first: Hebrew script, or Hebrew words between
// its fields (see hebrewText), or the year word of a day-first language
// (07/12/2023 r.; see yearWordDayFirst), or a word of such a language
// right before the date (le 03/02/2024; see leadWordDayFirst). The reader
// reads such a date day first, as no guess, and a layout by example whose
// day is its month (3.3.2020) is so shown, not left unsettled.
func DayFirstText(fields []Field) bool {
	return hebrewText(fields) || yearWordDayFirst(fields) || weekdayDayFirst(fields) || leadWordDayFirst(fields)
}

// leadWordDayFirst reports whether a word of dayFirstWords ends the text
// of the dateline right before a numeric date's first number, as
// dayFirstWordBefore asks of the text before a dateline found in free
// text: "le 03/02/2024 | 22 Adar I 5784", a whole dateline whose "le" is
// its own, was read month first, March 2, as its Hebrew date agreed, with
// nothing said, where Find read the French date as February 3 and said
// that its Hebrew date is another day's. The order is the language's, in
// a dateline as in the text around one: the Hebrew date of another day
// is then the error that the calendars disagree.
func leadWordDayFirst(fields []Field) bool {
	for i := 0; i+1 < len(fields); i++ {
		f, next := &fields[i], &fields[i+1]
		if f.Kind != layout.Literal || !(next.Kind == layout.Month && numericMonth(*next)) && (next.Kind != layout.Day || next.Flags&DayFirst == 0) {
			continue
		}
		t := strings.TrimRight(f.Text, " :")
		if t != "" && dayFirstWordEnds(t, len(t)) {
			return true
		}
	}
	return false
}

// weekdayDayFirst reports whether the dateline names its weekday in a
// language that writes a numeric date day first, as every language but
// English does among those whose weekdays are read, save Hungarian and
// Lithuanian, which write the month first after a year: "Jeudi 04/09, à
// 17h30" (an exhibition's opening in Metz, jecjlorraine.fr, the 214th
// held-out round) was read as April 9, month first with a warning, not
// as the French page's 4 September. Only a weekday's whole name ("za" is
// also a Dutch word), and only where the date has no year: with one,
// the weekday picks the reading it fits, and a weekday that fits only
// the month-first reading of "za 6. 12. 2021" keeps it, with a warning.
func weekdayDayFirst(fields []Field) bool {
	named := false
	for i := range fields {
		switch f := &fields[i]; {
		case f.Kind == layout.Year:
			return false
		case DayFirstWeekday(f):
			named = true
		}
	}
	return named
}

// DayFirstWeekday reports whether f is a weekday's whole name in a
// language that writes a numeric date day first (see weekdayDayFirst).
func DayFirstWeekday(f *Field) bool {
	return f.Kind == layout.Weekday && f.Form == layout.Long && f.Lang != layout.English &&
		f.Lang != layout.Hungarian && f.Lang != layout.Lithuanian
}

// dayFirstZone reports whether the dateline names a zone of a country
// that writes a numeric date day first (see ZoneDayFirst).
func dayFirstZone(fields []Field) bool {
	for i := range fields {
		if fields[i].Kind == layout.Zone && fields[i].Flags&ZoneDayFirst != 0 {
			return true
		}
	}
	return false
}

// yearWordDayFirst reports whether the dateline's year ends with the word
// of a language that writes a numeric date day first (07/12/2023 r.,
// 12/04/2025 г., 12.04.2025 року: see suffix): its ambiguous numeric date
// is day first by the custom of the language, as in Hebrew text.
func yearWordDayFirst(fields []Field) bool {
	for i := 1; i < len(fields); i++ {
		f := &fields[i]
		if f.Kind != layout.Literal || fields[i-1].Kind != layout.Year {
			continue
		}
		t := strings.TrimSuffix(strings.TrimSpace(f.Text), ".")
		if w, ok := lookupLatin(t, 0, len(t)); ok && w.kind == wSuffix && w.value == suffixYear {
			return true
		}
	}
	return false
}

// dayFirstAround reports whether the text before a dateline read in free
// text, or the first word after it, is of a custom that writes a numeric
// date day first: Hebrew (see hebrewAround) or Cyrillic around it, or a
// day-first language's word before it (see dayFirstWordBefore).
func (p *parser) dayFirstAround() bool {
	return p.list && (p.hebrewAround() || p.dayFirstWordBefore() || p.cyrillicAround() || p.dayFirstSibling())
}

// dayFirstSibling reports whether a dash joins the dateline read in free
// text to a numeric date, before or after it, that can only be day first
// (its first number above 12) and is written with the same separator:
// the pair's other date shows the text's order, as in a life's dates,
// "(19/12/1910 - 05/01/2001)", which no range joins (ninety years); the
// second was read May 1, with the warning that it reads both ways. A
// date before the dash that follows a Hebrew word, in an opening bracket
// or not, shows the order too, as Hebrew text's (see hebrewAround): the
// second of "ז”ל (03/06/1889 – 04/11/1973)" was read April 11.
func (p *parser) dayFirstSibling() bool {
	s := p.s
	sep := byte(0)
	for _, f := range p.fields() {
		if f.Flags&Ambiguous != 0 && f.End < len(s) {
			sep = s[f.End]
			break
		}
	}
	if sep != '/' && sep != '.' {
		return false
	}
	j := p.start
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j == 0 {
		return false
	}
	if r, n := lastRune(s, j); script.IsDash(r) {
		k := j - n
		for k > 0 && s[k-1] == ' ' {
			k--
		}
		b := k
		for b > 0 && (isDigit(s, b-1) || s[b-1] == sep) {
			b--
		}
		if dayFirstOnly(s[b:k], sep) || numericDMY(s[b:k], sep) && hebrewOpensBefore(s, b) {
			return true
		}
	}
	k := skipSpace(s, p.last)
	if r, n := decode(s, k); n > 0 && script.IsDash(r) {
		b := skipSpace(s, k+n)
		e := b
		for e < len(s) && (isDigit(s, e) || s[e] == sep) {
			e++
		}
		return dayFirstOnly(s[b:e], sep)
	}
	return false
}

// numericDMY reports whether t is three numbers, of one to four digits,
// joined by sep: a numeric date in either order.
func numericDMY(t string, sep byte) bool {
	parts, n := 0, 0
	for i := 0; i < len(t); i++ {
		switch {
		case t[i] >= '0' && t[i] <= '9':
			if n++; n > 4 {
				return false
			}
		case t[i] == sep && n > 0:
			parts, n = parts+1, 0
		default:
			return false
		}
	}
	return parts == 2 && n > 0
}

// hebrewOpensBefore reports whether s[:i] ends in a Hebrew word, past an
// opening bracket or not and spaces and marks between (see
// hebrewWordBefore).
func hebrewOpensBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	if r, n := lastRune(s, i); r == '(' {
		i -= n
	}
	return i > 0 && hebrewWordBefore(s, i)
}

// dayFirstOnly reports whether t is a numeric date D<sep>M<sep>Y that
// reads only day first: a day from 13 to 31, a month from 1 to 12 and a
// year of two or four digits.
func dayFirstOnly(t string, sep byte) bool {
	a, rest, ok := strings.Cut(t, string(sep))
	if !ok {
		return false
	}
	b, c, ok := strings.Cut(rest, string(sep))
	if !ok || len(a) == 0 || len(a) > 2 || len(b) == 0 || len(b) > 2 || len(c) != 2 && len(c) != 4 {
		return false
	}
	d, m := atoiSmall(a), atoiSmall(b)
	return d > 12 && d <= 31 && m >= 1 && m <= 12 && atoiSmall(c) >= 0
}

// atoiSmall returns the value of t, a few ASCII digits, or -1.
func atoiSmall(t string) int {
	v := 0
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return -1
		}
		v = v*10 + int(t[i]-'0')
	}
	return v
}

// dayFirstWords are words of languages that write a numeric date day
// first, which lead a date in prose there and in no English text: "A
// partir del 6/12/2015", "le 06/12/2015", "vom 6.12.", "от 12/04/2025";
// and the labels Polish, Czech and Slovak pages put before an article's
// date: "Opublikowano 12.04.2025", "Publikováno: 6-12-2015", and those of
// German, Dutch and the Romance languages: "Veröffentlicht am
// 03.04.2024" (past "am", which English writes after a time),
// "Gepubliceerd: 03-04-2024", "Pubblicato: 03/04/2024", "Publicado
// 03/04/2024", "Publié : 03/04/2024", and the Nordic, Turkish, Greek,
// South Slavic, Hungarian and Baltic ones ("Julkaistu 3.4.2024",
// "Publisert 03.04.2024", "Yayınlanma: 03.04.2024", "Objavljeno
// 03.04.2024."), which were read with the warning that they read both
// ways.
var dayFirstWords = [...]string{"del", "el", "desde", "hasta", "le", "du", "au", "il", "dal", "em", "dia", "vom",
	"op", "от", "до", "с", "з", "від", "dnia", "dne", "dňa", "pe",
	// Polish's, Czech's and Slovak's "of" and "from" before a date:
	// "Dopis MNV z 16.3. 1971", "od 12/04/2025".
	"z", "od",
	"opublikowano", "dodano", "utworzono", "zaktualizowano", "zmodyfikowano",
	"publikováno", "zveřejněno", "vloženo", "aktualizováno",
	"publikované", "uverejnené", "pridané", "aktualizované",
	"veröffentlicht", "aktualisiert", "erstellt", "geändert", "gepubliceerd", "bijgewerkt", "geplaatst",
	"pubblicato", "aggiornato", "publicado", "actualizado", "atualizado", "publié", "modifié", "publicat", "actualizat",
	"julkaistu", "päivitetty", "publisert", "oppdatert", "publicerad", "uppdaterad", "udgivet", "opdateret",
	"yayınlanma", "yayınlandı", "güncelleme", "güncellendi", "δημοσιεύθηκε", "ενημερώθηκε", "objavljeno", "ažurirano",
	"објављено", "közzétéve", "frissítve", "publicēts", "paskelbta", "avaldatud"}

// dayFirstWordBefore reports whether the word right before the dateline, in
// free text, past spaces and a label's colon, is one of dayFirstWords: its
// ambiguous numeric date is then day first, by the custom of the language,
// as in Hebrew text.
func (p *parser) dayFirstWordBefore() bool {
	s := p.s
	j := backOverSpace(s, p.start)
	if j > 0 && s[j-1] == ':' {
		j = backOverSpace(s, j-1)
	}
	if a := j - len("am"); a > 0 && foldEquals(s[a:j], "am") && s[a-1] == ' ' && p.labelBefore(a-1) {
		j = backOverSpace(s, a) // Veröffentlicht am 03.04.2024
	}
	return j < p.start && dayFirstWordEnds(s, j)
}

// labelBefore reports whether a word of dayFirstWords ends s[:j], past
// spaces: the German label before its "am".
func (p *parser) labelBefore(j int) bool {
	return dayFirstWordEnds(p.s, backOverSpace(p.s, j))
}

// dayFirstWordEnds reports whether the letters that end s[:j] are a word
// of dayFirstWords.
func dayFirstWordEnds(s string, j int) bool {
	k := j
	for k > 0 {
		r, n := lastRune(s, k)
		if !script.IsLatinLetter(r) && !script.IsOtherLetter(r) {
			break
		}
		k -= n
	}
	return k < j && isWordOf(s[k:j], dayFirstWords[:])
}

// backOverSpace returns the index before the spaces that end s[:i].
func backOverSpace(s string, i int) int {
	for i > 0 {
		r, n := lastRune(s, i)
		if !script.IsSpace(r) {
			break
		}
		i -= n
	}
	return i
}

// bylineWords are the words for "by" that a byline of a language that
// writes a numeric date day first puts after the date: "06/11/2011 | par
// Lori Palatnik", "12/04/2025 - por Ana", "di Mario Rossi", "von Anna",
// "door Jan". English's "by" is none of them.
var bylineWords = [...]string{"par", "por", "von", "di", "door", "przez"}

// bylineAfter reports whether the word after the dateline read in free
// text, past spaces and marks (see isBetweenMark) and a dash, is one of
// bylineWords: its ambiguous numeric date is then day first, by the
// custom of the byline's language, as a word before it says (see
// dayFirstWordBefore).
func (p *parser) bylineAfter() bool {
	s := p.s
	k := overMarks(s, p.last)
	if r, n := decode(s, k); k < len(s) && script.IsDash(r) {
		k = skipSpace(s, k+n)
	}
	e := latinWord(s, k)
	if e == k || !wordEnds(s, e) || e == len(s) || !script.IsSpace(rune(s[e])) {
		return false // a name follows the word
	}
	for _, w := range bylineWords {
		if len(w) == e-k && strings.EqualFold(s[k:e], w) {
			return true
		}
	}
	return false
}

// cyrillicAround reports whether the letter before the dateline read in
// free text (past spaces and marks, see isBetweenMark) or the first after
// it is Cyrillic: the languages written in it write a numeric date day
// first ("Опубликовано: 12/04/2025", "12/04/2025 в 10:39"), as Hebrew
// does.
func (p *parser) cyrillicAround() bool {
	s := p.s
	if j := backOverMarks(s, p.start); j > 0 {
		if r, _ := lastRune(s, j); script.IsCyrillic(r) {
			return true
		}
	}
	r, _ := decode(s, overMarks(s, p.last))
	return script.IsCyrillic(r)
}

// yearOfRangeEnd gives a year written after a range of days the range
// end's Shift: "December 30-January 2, 2024", "29 Elul-1 Tishrei 5785"
// state the year of the range's last day, as pages write it, and a layout
// writes the year of the last day it writes.
func yearOfRangeEnd(fields []Field) {
	for _, kinds := range [2][2]layout.Kind{{layout.Day, layout.Year}, {layout.HebrewDay, layout.HebrewYear}} {
		end := -1
		for i := range fields {
			f := &fields[i]
			switch {
			case f.Kind == kinds[0] && f.Flags&RangeEnd != 0 && f.Shift > 0:
				end = i
			case f.Kind == kinds[1] && end >= 0 && f.Flags&RangeEnd == 0 && f.Shift == 0:
				f.Shift = fields[end].Shift
			}
		}
	}
}

// anchorSecond makes the second day of each range of a dateline its day:
// "Thursday night-Friday November 30-December 1", where each date range
// ends on the dateline's day.
func anchorSecond(fields []Field) {
	for _, kinds := range [2][2]layout.Kind{{layout.Day, layout.Month}, {layout.HebrewDay, layout.HebrewMonth}} {
		var shift int16
		for i := range fields {
			if f := &fields[i]; f.Kind == kinds[0] && f.Flags&RangeEnd != 0 {
				shift = f.Shift
			}
		}
		if shift == 0 {
			continue
		}
		monthRange := false
		for i := range fields {
			if f := &fields[i]; f.Kind == kinds[1] && f.Flags&RangeEnd != 0 {
				monthRange = true
			}
		}
		for i := range fields {
			f := &fields[i]
			if f.Kind != kinds[0] && (f.Kind != kinds[1] || !monthRange) {
				continue
			}
			f.Shift -= shift
			f.Flags ^= RangeEnd
		}
	}
}
