package parse

import (
	"strings"

	"github.com/dualdate/dualdate/internal/layout"
)

// Days of a Lithuanian month written as ordinal words, as a festival's
// programme writes its first day: "Nuo rugsėjo antros dienos iki spalio
// 12 dienos" (from the second day of September to the 12th day of
// October; zydukulturosdienos.lt, the 222nd held-out round). The word
// agrees with "diena" (day, feminine) in its case, the genitive after
// "nuo" and "iki", the accusative for "on": "rugsėjo antros dienos",
// "rugsėjo antrą dieną", and the pronominal forms ("antrosios dienos",
// "antrąją dieną"). The words are prose too (antra diena, the second
// day of a stay), so a word is a day only between a month and the word
// for the day (dayDiena).

// lithuanianOrdinalStems are the feminine ordinals' stems of days 1 to
// 20, by the day they count; the 30th's is "trisdešimt", and the other
// days from 21 on are two words, the tens and the unit's ordinal
// (dvidešimt pirmos).
var lithuanianOrdinalStems = [...]string{"pirm", "antr", "treči", "ketvirt", "penkt", "šešt", "septint", "aštunt", "devint", "dešimt",
	"vienuolikt", "dvylikt", "trylikt", "keturiolikt", "penkiolikt", "šešiolikt", "septyniolikt", "aštuoniolikt", "devyniolikt", "dvidešimt"}

// lithuanianOrdinals has the feminine ordinals of the days in one word
// (see lithuanianOrdinalStems), in the cases a date takes (see
// lithuanianOrdinalEndings), in lower case.
var lithuanianOrdinals = func() map[string]int {
	m := make(map[string]int, (len(lithuanianOrdinalStems)+1)*len(lithuanianOrdinalEndings))
	for i, stem := range lithuanianOrdinalStems {
		for _, e := range lithuanianOrdinalEndings {
			m[stem+e] = i + 1
		}
	}
	for _, e := range lithuanianOrdinalEndings {
		m["trisdešimt"+e] = 30
	}
	return m
}()

// lithuanianOrdinalEndings are the endings of the feminine ordinal in
// the nominative, genitive and accusative, short and pronominal.
var lithuanianOrdinalEndings = [...]string{"a", "os", "ą", "oji", "osios", "ąją"}

// lithuanianTens are the first words of the days from 21 on, by their
// tens.
var lithuanianTens = map[string]int{"dvidešimt": 20, "trisdešimt": 30}

// lithuanianOrdinalDay reads at s[k:] a day of a Lithuanian month written
// as an ordinal word, and returns its field when the word for the day
// follows it (see dayDiena), which the caller reads next.
func lithuanianOrdinalDay(s string, k int) (Field, bool) {
	e := latinWord(s, k)
	if e == k {
		return Field{}, false
	}
	v := lithuanianOrdinals[strings.ToLower(s[k:e])]
	if tens, ok := lithuanianTens[strings.ToLower(s[k:e])]; ok {
		j := skipSpace(s, e)
		f := latinWord(s, j)
		if u := lithuanianOrdinals[strings.ToLower(s[j:f])]; j > e && u >= 1 && u <= 9 {
			v, e = tens+u, f // dvidešimt pirmos
		}
	}
	if v == 0 || v > 31 || dayDiena(s, e) == e {
		return Field{}, false
	}
	day := Field{Value: v, Start: k, End: e}
	day.Form, day.Case = layout.Ordinal, caseOf(s, k, e)
	day.Text, day.Of = s[k:e], int8(v)
	return day, true
}
