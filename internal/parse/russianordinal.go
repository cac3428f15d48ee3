package parse

import (
	"strings"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
)

// Days of a month named by Russian ordinal words, as a date is spelt out
// in prose: "Суббота, шестое октября 1973 года. Судный день." (Saturday,
// the sixth of October 1973; teleor.net, Ashdod, the two-hundred-and-
// seventy-sixth held-out round, where the month and year alone were
// read). The ordinal agrees with число (the date, neuter): the
// nominative "шестое октября" names the day, the genitive "шестого
// октября" says "on" it. From the 21st on the day is two words, the tens
// and the unit's ordinal: "двадцать первое", "тридцать первого". The
// words are prose too (шестое место, the sixth place; шестого числа, on
// the sixth), so a word is a day only with a month after it, which reads
// as after a day in digits (see afterDay).

// russianOrdinalStems are the ordinals' stems of days 1 to 20, by the day
// they count, and the 30th's; "третье" (3) declines apart.
var russianOrdinalStems = [...][]string{{"перв"}, {"втор"}, nil, {"четвёрт", "четверт"}, {"пят"}, {"шест"}, {"седьм"}, {"восьм"},
	{"девят"}, {"десят"}, {"одиннадцат"}, {"двенадцат"}, {"тринадцат"}, {"четырнадцат"}, {"пятнадцат"}, {"шестнадцат"},
	{"семнадцат"}, {"восемнадцат"}, {"девятнадцат"}, {"двадцат"}}

// russianOrdinals has the neuter ordinals of the days in one word, in
// the nominative and the genitive, in lower case.
var russianOrdinals = func() map[string]int {
	m := make(map[string]int, 2*len(russianOrdinalStems)+4)
	for i, stems := range russianOrdinalStems {
		for _, stem := range stems {
			m[stem+"ое"], m[stem+"ого"] = i+1, i+1
		}
	}
	m["третье"], m["третьего"] = 3, 3
	m["тридцатое"], m["тридцатого"] = 30, 30
	return m
}()

// russianTens are the first words of the days from 21 on, by their tens.
var russianTens = map[string]int{"двадцать": 20, "тридцать": 30}

func init() {
	for w, v := range russianOrdinals {
		addLatin(w, word{kind: wDayWord, value: int8(v), lang: layout.Russian})
	}
	for w, v := range russianTens {
		addLatin(w, word{kind: wDayWord, value: int8(v), lang: layout.Russian})
	}
}

// russianDayWord reads a date whose day is the Russian ordinal word
// s[i:e] (or the tens, s[i:e], and the unit's ordinal after it), with the
// month after it, Gregorian or Hebrew: "шестое октября 1973 года",
// "двадцать первого мая", "десятое тишрея 5784 года". A word without a
// month after it is refused, and so is a unit's ordinal after the tens,
// which the tens' reading owns: "тридцать второе декабря" is no day, and
// its "второе декабря" not the second. An occasion's name is the
// occasion's: "Девятое Ава" is Tisha B'Av (see occasion).
func (p *parser) russianDayWord(i, e int, w word) (int, bool) {
	s := p.s
	if _, _, ok := oneOccasion(s, i); ok {
		return i, p.fail(i, "a day") // Девятое Ава, the fast's name (see occasion)
	}
	if b := trimSpaceBefore(s, i); b < i {
		if _, ok := russianTens[strings.ToLower(s[wordBefore(s, b):b])]; ok {
			return i, p.fail(i, "a day")
		}
	}
	v := int(w.value)
	if tens, ok := russianTens[strings.ToLower(s[i:e])]; ok {
		j := skipSpace(s, e)
		f := latinWord(s, j)
		u := russianOrdinals[strings.ToLower(s[j:f])]
		if j == e || u < 1 || u > 9 || tens+u > 31 {
			return i, p.fail(j, "an ordinal word")
		}
		v, e = tens+u, f // двадцать первое
	}
	k := skipSpace(s, e)
	if k == e {
		return i, p.fail(k, "a month")
	}
	if _, ok := hebrew.MatchMonth(s[k:]); !ok {
		if mw, _ := p.monthWordAt(k); mw.kind != wMonth {
			return i, p.fail(k, "a month")
		}
	}
	day := Field{Value: v, Start: i, End: e}
	day.Text, day.Of = s[i:e], int8(v)
	return p.afterDay(i, day, Field{}, false, k)
}
