package parse

import (
	"strings"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// Rosh Chodesh as a luach writes it in Hebrew script: ר״ח אדר (Rosh
// Chodesh Adar, either of its days), א׳ דר״ח אדר ב׳ and ב׳ דר״ח אדר ב׳
// (the first and the second day of Rosh Chodesh Adar II).

func init() {
	// lookupHebrew reads any gershayim as ״.
	hebrewWords["ר״ח"] = word{kind: wRosh, value: 1}
	// ער״ח, ערב ראש חודש in one word, the eve of Rosh Chodesh (see
	// erevRoshChodesh), and with a prefix: בער״ח, on its eve.
	hebrewWords[erevRoshChodeshWord] = word{kind: wRosh, value: 2}
	for _, pre := range occasionPrefixes {
		hebrewWords[pre+erevRoshChodeshWord] = word{kind: wRosh, value: 2}
	}
}

// erevRoshChodeshWord is ער״ח, the eve of Rosh Chodesh in one word.
const erevRoshChodeshWord = "ער״ח"

// isRoshChodeshAbbr reports whether the Hebrew word s[i:e] is ר״ח, or with
// of, דר״ח.
func isRoshChodeshAbbr(s string, i, e int, of bool) bool {
	if of {
		if e-i < len("ד") || s[i:i+len("ד")] != "ד" {
			return false
		}
		i += len("ד")
	}
	w, ok := lookupHebrew(s, i, e)
	return ok && w.kind == wRosh && w.value == 1
}

// fusedRoshChodesh returns which day of Rosh Chodesh the Hebrew word
// s[i:e] names where a luach writes the day's numeral and דר״ח as one
// word, אדר״ח (א׳ דר״ח, the first day) or בדר״ח (the second), and 0 for
// any other word.
func fusedRoshChodesh(s string, i, e int) int {
	r, n := decode(s, i)
	if r != 'א' && r != 'ב' || !isRoshChodeshAbbr(s, i+n, e, true) {
		return 0
	}
	if r == 'א' {
		return 1
	}
	return 2
}

// roshChodeshDay reads the Hebrew month after ר״ח or דר״ח, which ends at
// e; the HebrewDay field, day, spans what names the day (ר״ח, ב׳ דר״ח).
// which is the day of Rosh Chodesh the text names, 0 for either.
func (p *parser) roshChodeshDay(i, e int, punct layout.Punct, form layout.Form) (int, bool) {
	s := p.s
	k := skipSpace(s, e)
	name, ok := hebrew.MatchMonth(s[k:])
	if !ok {
		return i, p.fail(k, "a month name")
	}
	if p.has(layout.HebrewDay) || p.has(layout.HebrewMonth) {
		return i, p.fail(i, "the end of the dateline")
	}
	day := Field{Value: 1, Start: i, End: e}
	day.Kind, day.Form, day.Punct = layout.HebrewDay, form, punct
	p.add(day)
	p.add(hebrewMonthField(s, k, name))
	p.hebrewYear(p.last)
	return p.last, true
}

// roshChodeshOrdinal reads א׳ דר״ח or ב׳ דר״ח (or in words, א׳ דראש חודש,
// ב׳ ראש חודש) after the numeral of value v that ends at e, and the month
// after it.
func (p *parser) roshChodeshOrdinal(i, e, v int, punct layout.Punct) (int, bool) {
	s := p.s
	if v != 1 && v != 2 {
		return i, false
	}
	k := skipSpace(s, e)
	if k == e {
		return i, false
	}
	k2 := hebrewWord(s, k)
	if isRoshChodeshAbbr(s, k, k2, true) {
		if punct == layout.Bare {
			// א דר״ח: one Punct writes the numeral and the abbreviation,
			// and a bare one writes רח, which reads as nothing; the
			// abbreviation's marks are the ones a layout must keep.
			punct = punctOf(s, k, k2)
		}
		return p.roshChodeshDay(i, k2, punct, layout.RoshChodeshDay)
	}
	// דראש חודש, ראש חודש.
	j := k
	if k2-k > len("ד") && s[k:k+len("ד")] == "ד" {
		j += len("ד")
	}
	if w, ok := lookupHebrew(s, j, k2); !ok || w.kind != wRosh || w.value != 0 {
		return i, false
	}
	w, e2, ok := p.wordAt(skipSpace(s, k2))
	if !ok || w.kind != wChodesh {
		return i, false
	}
	return p.roshChodeshDay(i, e2, punct, layout.RoshChodeshDayWords)
}

// roshChodeshDayAfter reads, after the month of Rosh Chodesh that ends at
// e, the words that say which of its two days a luach's line names, as
// the Azamra diary writes them, "Rosh Chodesh Elul Second Day", "Rosh
// Chodesh ADAR First Day", or after a comma or in brackets ("Rosh Chodesh
// Adar, second day, 5784", "Rosh Chodesh Kislev (2nd day)"). It returns
// the day, 1 or 2, and the end of the words, or 0 and e. The line was
// read as Rosh Chodesh of either day, its first of the month, with a
// warning that it is two days: the first day, the 30th of the month
// before, was read as the second.
func roshChodeshDayAfter(s string, e int) (int, int) {
	k := e
	if k < len(s) && s[k] == ',' {
		k++
	}
	k = skipSpace(s, k)
	bracket := k < len(s) && s[k] == '('
	if bracket {
		k = skipSpace(s, k+1)
	}
	if k == e {
		return 0, e
	}
	v, n := 0, k
	if w, we, ok := wordAt(s, k); ok && w.kind == wDayWord && (w.value == 1 || w.value == 2) {
		v, n = int(w.value), we // Second Day
	} else if d, de, digits := number(s, k); digits == 1 && (d == 1 || d == 2) {
		if oe, _, ok := ordinal(s, de); ok {
			v, n = d, oe // 2nd day
		}
	}
	j := skipSpace(s, n)
	if v == 0 || j == n {
		return 0, e
	}
	end := matchWord(s, j, "day")
	if end == j {
		return 0, e
	}
	if bracket {
		if end >= len(s) || s[end] != ')' {
			return 0, e
		}
		end++
	}
	return v, end
}

// roshChodeshCounted reads at s[i] Rosh Chodesh and its month, with the
// words after them that end at end and say which of its two days, v, the
// dateline names (see roshChodeshDayAfter): the occasion counted from its
// first day, as numberedOccasion reads the words before it ("Second Day
// of Rosh Chodesh Kislev"), so that a month after one of 29 days, whose
// Rosh Chodesh is one day, has no second.
func (p *parser) roshChodeshCounted(i, v, end int) (int, bool) {
	s := p.s
	idx, e, ok := oneOccasion(s, i)
	if !ok {
		return i, p.fail(i, "Rosh Chodesh")
	}
	p.lit(i)
	f := occasionField(s, layout.Holiday, idx, i, e)
	f.Shift = -int16(v - 1)
	f.Flags |= Counted
	p.add(f)
	p.lit(end)
	p.occasionYear(false)
	p.weak = false // a day of a month, as "Rosh Chodesh Elul" is (see roshChodesh)
	return p.last, true
}

// RoshChodeshDayOf returns the day of Rosh Chodesh that the text of a
// HebrewDay field in the RoshChodeshDay or RoshChodeshDayWords form names:
// 1 for א׳ דר״ח (א׳ דראש חודש), 2 for ב׳ דר״ח, 0 for ר״ח, which is either
// day.
func RoshChodeshDayOf(text string) int {
	if which := fusedRoshChodesh(text, 0, len(text)); which > 0 {
		return which // אדר״ח
	}
	v, n, ok := readNumeral(text, 0)
	if !ok || n == 0 {
		return 0
	}
	k := skipSpace(text, n)
	if r, _ := decode(text, k); k == n || r != 'ד' && r != 'ר' {
		return 0 // ר״ח, read as a numeral, has no space and ד after it
	}
	return v
}

// hebrewDateAhead reports whether a Hebrew date with its day in digits
// or in Hebrew letters follows what ends at k, after spaces and a separator (, - – | :):
// "Rosh Chodesh Sh'vat 1 Sh'vat 5783", "Rosh Chodesh Elul - 30 Av"; or
// after a weekday between such separators, as a luach lists the day:
// "Rosh Chodesh Marcheshvan, Sunday, 30 Tishrei (18.10.2020)", which
// was read as two datelines, the first of them, Rosh Chodesh on a
// Sunday, in another year than the date's.
func hebrewDateAhead(s string, k int) bool {
	j := skipAheadSeparator(s, k)
	if w, e, ok := wordAt(s, j); ok && w.kind == wWeekday && e > j {
		if e < len(s) && s[e] == '.' {
			e++ // Sun., Mon.
		}
		if a := skipAheadSeparator(s, e); a > e {
			j = a
		}
	}
	return hebrewMonthDayAt(s, j)
}

// hebrewMonthDayAt reports whether a day of a Hebrew month starts at
// s[j]: its day in digits or an English ordinal, with "the" before it or
// not and the words dayWord reads between it and the month ("1 Sh'vat",
// "1. Schwat", "the 1st of Elul", "26th of Nissan", "the first day of
// the Hebrew Month of Elul", "the fourth of Tevet"), or in Hebrew
// letters before the month's name (see hebrewDayMonthAt: "א׳ כסלו",
// "כ״ט באלול").
func hebrewMonthDayAt(s string, j int) bool {
	if t := matchWord(s, j, "the"); t > j && skipSpace(s, t) > t {
		j = skipSpace(s, t) // the 1st of Elul, the first day of Elul
		if e := dayWordGloss(s, j); e > j {
			_, ok := hebrew.MatchMonth(s[e:])
			return ok
		}
	}
	if hebrewDayMonthAt(s, j) {
		return true // ראש חודש כסלו, א׳ כסלו תשפ״ה
	}
	_, e, digits := number(s, j)
	if digits == 0 || digits > 2 {
		return false
	}
	if e < len(s) && s[e] == '.' {
		e++ // 1. Schwat
	} else if e+2 <= len(s) && ordinalSuffixes[s[e:e+2]] && wordEnds(s, e+2) {
		e = skipSpace(s, e+2) // the 1st of Elul
		if d := matchWord(s, e, "day"); d > e {
			e = d // the 15th day of Tishrei
		}
	}
	k := skipSpace(s, e)
	if e = skipDateJoin(s, k); e > k {
		e = skipMonthOf(s, e) // the 15th Day of the month of Tishrei
	}
	_, ok := hebrew.MatchMonth(s[e:])
	return ok
}

// ordinalSuffixes are English's endings of a day's ordinal in digits.
var ordinalSuffixes = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}

// dayWordGloss returns the index of the month's name after an ordinal
// word of a day at s[j] and the words dayWord reads between them ("day
// of", "of", "the Hebrew month of"), as a gloss after an occasion names
// its day: "Rosh Chodesh Elul, the first day of the Hebrew Month of Elul,
// fell on Wednesday, August 7" (the ninety-eighth held-out round, read
// as two datelines, the occasion's alone in the year nearest the
// reference); or j. The last day is no gloss's.
func dayWordGloss(s string, j int) int {
	e := latinWord(s, j)
	w, ok := lookupLatin(s, j, e)
	if !ok || w.kind != wDayWord || w.value == dayWordLast {
		return j
	}
	if m := monthAfterDayWord(s, e); m >= 0 {
		return m
	}
	return j
}

// monthAfterDayWord returns where a month's name would start after an
// ordinal word of a day that ends at s[e]: after "day", or not, a word
// for "of" (see skipDateJoin) and "the month of", or not (see
// skipMonthOf); or -1 where no word for "of" follows.
func monthAfterDayWord(s string, e int) int {
	k := skipSpace(s, e)
	if d := matchWord(s, k, "day"); d > k {
		k = skipSpace(s, d)
	}
	n := skipDateJoin(s, k)
	if n == k {
		return -1
	}
	return skipMonthOf(s, n)
}

// skipAheadSeparator returns the index after the spaces at s[k], a
// separator of hebrewDateAhead (, - – | :) and the spaces after it.
func skipAheadSeparator(s string, k int) int {
	j := skipSpace(s, k)
	if r, n := decode(s, j); n > 0 && (r == ',' || r == '|' || r == ':' || script.IsDash(r)) {
		j = skipSpace(s, j+n)
	}
	return j
}

// bareRoshChodesh reads day, words for Rosh Chodesh without a month after
// them (Rosh Chodesh, ראש חודש, ר״ח), as the end of a dateline whose
// Hebrew day and month come before them: "30 Cheshvan 5785, Rosh
// Chodesh", "Sunday, 1 Kislev 5785 - Rosh Chodesh", "א׳ כסלו תשפ״ה, ראש
// חודש". They name the date's day as a day of Rosh Chodesh, the first
// of a month or the 30th before it, and are marked Repeat, as the
// date's day named again, which package dateline checks. They were a
// syntax error, and scan read the date alone, so that "15 Cheshvan 5785,
// Rosh Chodesh" passed with nothing said. Only where the words end the
// dateline: at the end of the text, or before a point, semicolon,
// bracket or bar ("30 Cheshvan 5785, Rosh Chodesh preparations" is not
// read so, nor is a Hebrew date before a civil one, see
// roshChodeshOfDate).
func (p *parser) bareRoshChodesh(day Field) bool {
	if !p.has(layout.HebrewDay) || !p.has(layout.HebrewMonth) || p.has(layout.Holiday) {
		return false
	}
	for _, f := range p.fields() {
		if f.Kind == layout.HebrewDay && (f.Form.IsRoshChodesh() || f.Flags&Repeat != 0) {
			return false // its day named so already
		}
	}
	k := skipSpace(p.s, day.End)
	if k < len(p.s) && strings.IndexByte(".;)|\n", p.s[k]) < 0 {
		return false
	}
	day.Flags |= Repeat
	p.add(day)
	return true
}
