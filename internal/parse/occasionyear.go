package parse

import (
	"github.com/dualdate/dualdate/internal/layout"
)

// occasionYearLeads are the words for "in" before a year that a sentence
// may put between an occasion's name and the verb that says when it
// begins or falls, as news and community pages write this year's dates:
// Spanish and French "Janucá en 2024 se celebra del 25 de diciembre al 2
// de enero" (Jabad Argentina, the eighty-seventh held-out round),
// English and Dutch "Hanukkah in 2024 begins on December 25", Italian
// "Pesach nel 2024 inizia il 22 aprile", Portuguese "Pessach em 2024
// começa em 22 de abril", German "Pessach im Jahr 2024 beginnt am 22.
// April", and Polish "Chanuka w 2024 roku rozpoczyna się 25 grudnia"
// (with "roku", year, after the year; see occasionYearWords), Romanian
// "în"; and English's "for", as a page gives the year whose dates it explains:
// "Yom Kippur for 2024 begins at sunset on Sunset, October 11 and
// continues through one hour past sunset on Saturday October 12" (the
// David Victor Vector blog, the eighty-sixth held-out round). The
// occasion was left out and the date read from the year on, with the
// civil day's Hebrew date for the occasion's evening and no check of its
// day: "Pesaj en 2024 se celebra del 20 al 28 de abril" was read without
// a word of the occasion's day, two days early. Lower case; the text's
// is folded. A lead that starts another is tried after it.
var occasionYearLeads = [...]string{"en", "in", "nel", "em", "im jahre", "im jahr", "w", "for", "în"}

// occasionYearWords are the words for "year" that follow the year after
// Polish's "w" ("w 2024 roku", "w 2024 r."), which needs one: "w" alone
// before a number is prose ("w 2024 osób").
var occasionYearWords = [...]string{"roku", "r."}

// occasionYearVerbs are the verbs, beyond beginsWords, startsWords,
// fallsOnVerbs and celebratedPassives, that may follow the year: English
// "falls" ("Purim in 2025 falls on March 14"). English's "is" alone is
// not one; its passives are occasionYearPassives'.
var occasionYearVerbs = [...]string{"falls", "fell"}

// occasionYearPassives are English's passives that may follow the year,
// before "on" or "from" and the days: "Passover in 2023 will be
// celebrated from April 5 to April 13", "Hanukkah in 2024 is celebrated
// from December 25 to January 2". The occasion was left out and the range
// read from the year on, with the civil day's 14 Nisan and nothing said
// (seen in the eighty-ninth held-out round). "From" opens the range
// after the year (see occasionAndYear), which the range kept before.
var occasionYearPassives = [...]string{"will be celebrated", "is celebrated", "will be observed", "is observed"}

// occasionYearSaid reads, after an occasion's name and before any date, a
// lead of occasionYearLeads and a Gregorian year of four digits, where a
// verb that says when the occasion begins or falls follows the year: it
// adds the year, the date's, and returns where the verb starts, whose
// phrase occasionBegins and occasionFallsOn read. Elsewhere it returns
// i: "Pesaj en 2024 fue una fiesta" has no such verb, and the year is
// prose.
func (p *parser) occasionYearSaid(i int) int {
	s := p.s
	if i >= len(s) || !occasionYearFirst(s[i]) || !p.has(layout.Holiday) ||
		p.has(layout.Year) || p.has(layout.Day) || p.has(layout.Month) || p.has(layout.Weekday) || p.has(layout.HebrewYear) {
		return i
	}
	v, ys, ye, k := yearAfterLead(s, i)
	if k == i {
		return i
	}
	if k < len(s) && s[k] == ',' {
		k++ // Janucá en 2024, se celebra
	}
	vs := skipSpace(s, k)
	if vs == k || !occasionVerbAt(s, vs) {
		return i
	}
	p.add(Field{Element: layout.Element{Kind: layout.Year}, Value: v, Start: ys, End: ye})
	return vs
}

// yearAfterLead reads a lead of occasionYearLeads at s[i] and the Gregorian
// year of four digits after it (with Polish's word for "year" after "w"),
// and returns the year, its span, and the end of the phrase; or the end
// i where there is none.
func yearAfterLead(s string, i int) (v, ys, ye, end int) {
	lead := ""
	k := i
	for _, w := range occasionYearLeads {
		if e := matchPhrase(s, i, w); e > i {
			lead, k = w, e
			break
		}
	}
	ys = skipSpace(s, k)
	if lead == "" || ys == k {
		return 0, 0, 0, i
	}
	v, ye, digits := number(s, ys)
	if digits != 4 || v < 1000 || v >= 3000 || !wordEnds(s, ye) {
		return 0, 0, 0, i
	}
	end = ye
	if lead == "w" {
		j := skipSpace(s, end)
		e := matchPhrases(s, j, occasionYearWords[:])
		if j == end || e == j {
			return 0, 0, 0, i // w 2024 osób: a number of people
		}
		end = e
	}
	return v, ys, ye, end
}

// occasionYearFirst reports whether c may start a lead of
// occasionYearLeads, in either case.
func occasionYearFirst(c byte) bool {
	switch c | 0x20 {
	case 'e', 'f', 'i', 'n', 'w':
		return true
	}
	return c == 0xC3 // în
}

// occasionVerbAt reports whether a verb that says when an occasion begins
// or falls starts at s[k]: a word of beginsWords (or "will begin"),
// startsWords or occasionYearVerbs, or a phrase of fallsOnVerbs or
// celebratedPassives.
func occasionVerbAt(s string, k int) bool {
	e := latinWord(s, k)
	if e == k {
		return false
	}
	if beginsOrStarts(s, k, e) || isWordOf(s[k:e], occasionYearVerbs[:]) {
		return true
	}
	return matchPhrases(s, k, fallsOnVerbs[:]) > k || matchPhrases(s, k, celebratedPassives[:]) > k ||
		matchPhrases(s, k, occasionYearPassives[:]) > k
}

// occasionAndYear reports whether an occasion's name and the year after
// it, Gregorian or Hebrew, are all that was read (words between them
// aside), as before the days of the range a page gives for that year:
// "Passover 2023 will be celebrated from April 5 to April 13" (agreen1,
// the eighty-ninth held-out round), "Hanukkah 2024: from December 25 to
// January 2". The word for "from" opens the range there as it does after
// the name alone (see occasionOnly); the range was read apart from the
// occasion, its first day with the civil day's Hebrew date and nothing
// said, beside the occasion's own day.
func (p *parser) occasionAndYear() bool {
	holiday, years := false, 0
	for _, f := range p.fields() {
		switch f.Kind {
		case layout.Holiday:
			if years > 0 {
				return false // the year before the name: "2023 Passover"
			}
			holiday = true
		case layout.Year, layout.HebrewYear:
			years++
		case layout.Literal:
		default:
			return false
		}
	}
	return holiday && years == 1
}
