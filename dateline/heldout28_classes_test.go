package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout28EveOfFirst: an occasion named with the evening of a civil
// day (a weekday's night, "la noche del", "the evening of") is read as
// the evening's Hebrew date, which must be the occasion's. The day at
// whose sunset a festival begins is not that: hebcal lists 24 Kislev as
// "Chanukah: 1 Candle", and the evening of a 23 Kislev was read as
// Chanukah ("Janucá en la noche del 11 de diciembre de 2017", 24 Kislev
// 5778, with no problem), and a dateline without a year was put in such
// a year (2017, where 2009's 11 December is the eve of Chanukah). Such an
// evening is now an occasion error, and the year is one whose evening
// begins the festival.
func TestHeldout28EveOfFirst(t *testing.T) {
	tests := []struct {
		in    string
		when  string // the dateline's civil day, YYYY-MM-DD
		codes []dateline.Code
	}{
		{"Janucá en la noche del 11 de diciembre de 2017", "2017-12-11", []dateline.Code{dateline.CodeOccasion}},
		{"Hanukkah, Monday night, December 11, 2017", "2017-12-11", []dateline.Code{dateline.CodeOccasion}},
		{"Chanukah, the evening of December 11, 2017", "2017-12-11", []dateline.Code{dateline.CodeOccasion}},
		{"Chanukah – December 11, 2017", "2017-12-11", []dateline.Code{dateline.CodeOccasion}},
		// The evening that begins it, and one of its later nights.
		{"Janucá en la noche del 11 de diciembre de 2009", "2009-12-11", nil},
		{"Hanukkah, Tuesday night, December 12, 2017", "2017-12-12", nil},
		{"Hanukkah, Sunday evening, December 17, 2017", "2017-12-17", nil},
		{"Hanouka, le soir du 12 décembre 2017", "2017-12-12", nil},
		{"Hanouka le soir du 11 décembre 2017", "2017-12-11", []dateline.Code{dateline.CodeOccasion}},
		{"Chanukka am Abend des 12. Dezember 2017", "2017-12-12", nil},
		{"Chanukka am Abend des 11. Dezember 2017", "2017-12-11", []dateline.Code{dateline.CodeOccasion}},
		// Without a year: the year whose evening begins it, or with a
		// weekday, the nearest whose evening of that weekday is one of
		// its nights (2023's 12 December is its sixth).
		{"Janucá en la noche del 11 de diciembre", "2009-12-11", nil},
		{"Chanukah, Tuesday night, December 12", "2023-12-12", nil},
		// A one-day occasion's own evening, and its eve's by a year.
		{"Yom Kippur, Friday evening, October 11, 2024", "2024-10-11", nil},
		{"Rosh Hashana – 15 Septembre 2023", "2023-09-15", []dateline.Code{dateline.CodeAfterSunset}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.when, time.DateOnly, tc.codes, false) })
	}
	// In free text, the date of the sentence.
	ref := dateline.Reference(corpusReference)
	for in, want := range map[string]string{
		"Este año, los judíos celebramos Janucá en la noche del 11 de diciembre":         "2009-12-11",
		"Este año encendemos la primera vela de Janucá en la noche del 12 de diciembre.": "2017-12-12",
	} {
		ms := dateline.Find(in, ref)
		if assert.Len(t, ms, 1, in) {
			assert.Equal(t, want, ms[0].Report.Dateline.Time.Format(time.DateOnly), in)
			assert.True(t, ms[0].Report.OK(), "%s: %+v", in, ms[0].Report.Problems)
		}
	}
}

// TestHeldout28EndsJoin: a range whose end is joined by "and" and a verb
// that says when it ends, in the languages of the pages that write it so
// ("woensdagavond 16 maart en duurt tot en met donderdag 17 maart", "23.
// Dezember und dauert bis zum 30. Dezember 2019", "a kończy o zmroku w
// poniedziałek, 14 grudnia"), as English's ("and ends at sundown on") was
// read: each end was read as a dateline of its own, or, where the start
// had no year, the end alone. Prose after "and" and a verb is no range.
func TestHeldout28EndsJoin(t *testing.T) {
	tests := []struct {
		in    string
		when  string // the range's first day, YYYY-MM-DD
		codes []dateline.Code
	}{
		{"woensdag 16 maart 2022 en duurt tot en met donderdag 17 maart 2022", "2022-03-16", nil},
		{"16 maart en duurt tot 17 maart 2022", "2022-03-16", nil},
		{"23. Dezember und dauert bis zum 30. Dezember 2019", "2019-12-23", nil},
		{"23. Dezember und endet am 30. Dezember 2019 (25. Kislew bis 2. Tewet 5780)", "2019-12-23", nil},
		{"23. Dezember und dauert bis zum 30. Dezember 2019 (25. Kislew bis 3. Tewet 5780)", "2019-12-23", []dateline.Code{dateline.CodeCalendar}},
		{"w niedzielę, 6 grudnia 2015, a kończy o zmroku w poniedziałek, 14 grudnia 2015", "2015-12-06", nil},
		{"6 grudnia i trwa do 14 grudnia 2015", "2015-12-06", nil},
		{"lundi 26 septembre 2022 et se termine le mardi 27 septembre 2022", "2022-09-26", nil},
		{"26 de septiembre y termina el 27 de septiembre de 2022", "2022-09-26", nil},
		{"26 de setembro e termina a 27 de setembro de 2022", "2022-09-26", nil},
		{"December 23 and ends on December 30, 2019", "2019-12-23", nil},
		// Each end's weekday is checked.
		{"woensdag 16 maart 2022 en duurt tot en met vrijdag 17 maart 2022", "2022-03-16", []dateline.Code{dateline.CodeWeekday}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.when, time.DateOnly, tc.codes, false) })
	}
	ref := dateline.Reference(corpusReference)
	for in, want := range map[string]string{
		"Poerim begint woensdagavond 16 maart en duurt tot en met donderdag 17 maart.":     "2022-03-16",
		"Chanukka beginnt am 23. Dezember und dauert bis zum 30. Dezember 2019.":           "2019-12-23",
		"Święto zaczyna się 6 grudnia 2015 i kończy się 14 grudnia 2015, trwa 8 dni.":      "2015-12-06",
		"La fête commence le lundi 26 septembre 2022 et se termine le mardi 27 septembre.": "2022-09-26",
	} {
		ms := dateline.Find(in, ref)
		if assert.Len(t, ms, 1, in) {
			assert.Equal(t, want, ms[0].Report.Dateline.Time.Format(time.DateOnly), in)
		}
	}
	// "and" and a verb without a last day after them.
	for in, n := range map[string]int{
		"Am 2. Dezember 2019 und dauert bis zum Abend.":      1,
		"16 maart 2022 en duurt het feest lang.":             1,
		"Le 26 septembre 2022 et se termine la saison.":      1,
		"El 26 de septiembre de 2022 y termina el concierto": 1,
	} {
		ms := dateline.Find(in, ref)
		if assert.Len(t, ms, n, in) {
			assert.False(t, ms[0].Report.Dateline.Time.IsZero(), in)
		}
	}
}

// TestHeldout28WeekdayPairs: two days listed each with its weekday and
// joined by a word for "and", the second the day after the first, as a
// festival's evening and day or its two days are announced ("This year
// that's Saturday night, March 23 and Sunday, March 24"), are a pair,
// read as its first day; each was a dateline of its own. Days further
// apart are a list of two datelines.
func TestHeldout28WeekdayPairs(t *testing.T) {
	tests := []struct {
		in    string
		when  string // the pair's first day, YYYY-MM-DD
		codes []dateline.Code
	}{
		{"Saturday, March 23, 2024 and Sunday, March 24, 2024", "2024-03-23", nil},
		{"Saturday, March 23 and Sunday, March 24, 2024", "2024-03-23", nil},
		{"Saturday night, March 23 and Sunday, March 24, 2024", "2024-03-23", nil},
		{"sábado 23 de marzo y domingo 24 de marzo de 2024", "2024-03-23", nil},
		{"samedi 23 mars et dimanche 24 mars 2024", "2024-03-23", nil},
		{"Samstag, 23. März und Sonntag, 24. März 2024", "2024-03-23", nil},
		{"Tuesday, December 31 and Wednesday, January 1, 2025", "2024-12-31", nil},
		// Without a year: the nearest whose weekdays fit.
		{"Saturday night, March 23 and Sunday, March 24", "2024-03-23", nil},
		// The second weekday is checked.
		{"Saturday, March 23 and Monday, March 24, 2024", "2024-03-23", []dateline.Code{dateline.CodeWeekday}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.when, time.DateOnly, tc.codes, false) })
	}
	ref := dateline.Reference(corpusReference)
	for in, want := range map[string][]string{
		"This year that’s Saturday night, March 23 and Sunday, March 24.": {"2024-03-23"},
		// A list of days further apart, or without the second weekday.
		"Classes meet Monday, March 4, 2024 and Thursday, March 7, 2024.": {"2024-03-04", "2024-03-07"},
		"Saturday, March 23, 2024 and March 24, 2024":                     {"2024-03-23", "2024-03-24"},
		"Saturday, March 23, 2024 and Sunday we rest.":                    {"2024-03-23"},
	} {
		ms := dateline.Find(in, ref)
		if assert.Len(t, ms, len(want), in) {
			for i, m := range ms {
				assert.Equal(t, want[i], m.Report.Dateline.Time.Format(time.DateOnly), in)
			}
		}
	}
}

// TestHeldout28EveningAfterYear: the words between a year said before a
// date and the date ("W 2023 roku Chanuka rozpoczyna się wieczorem 7
// grudnia", "Chanuka -zaczyna się w roku 2015 z zachodem słońca w
// niedzielę, 6 grudnia") that say the date is an evening: its Hebrew
// date, from sunset, is the next day's, as after "the evening of" at a
// dateline's start. They were text of the dateline that said nothing, and
// the civil day's Hebrew date was given, with no problem, for an
// occasion that begins that evening; a weekday after them undid the
// evening too. An occasion among them that a verb says begins then is
// the dateline's, and checked. A sentence's year may also come after an occasion and the
// verb that says it begins ("Chanuka -zaczyna się w roku 2015").
func TestHeldout28EveningAfterYear(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ in, day, hebrew string }{
		{"W 2023 roku Chanuka rozpoczyna się wieczorem 7 grudnia", "2023-12-07", "25 Kislev 5784"},
		{"W 2023 roku koncert odbędzie się wieczorem 7 grudnia", "2023-12-07", "25 Kislev 5784"},
		{"Chanuka -zaczyna się w roku 2015 z zachodem słońca w niedzielę, 6 grudnia", "2015-12-06", "25 Kislev 5776"},
		{"Chanuka zaczyna się w roku 2015 o zmroku w niedzielę, 6 grudnia", "2015-12-06", "25 Kislev 5776"},
		{"Chanuka w roku 2017 zaczyna się z zachodem słońca we wtorek, 12 grudnia", "2017-12-12", "25 Kislev 5778"},
		{"В 2024 году Рош ха-Шана начнётся вечером 2 октября", "2024-10-02", "1 Tishrei 5785"},
		{"In 2024, Purim begins on the evening of Saturday, March 23", "2024-03-23", "14 Adar II 5784"},
		// No words for the evening: the civil day's.
		{"W 2023 roku koncert odbędzie się 7 grudnia", "2023-12-07", "24 Kislev 5784"},
		{"W roku 2015 w niedzielę, 6 grudnia", "2015-12-06", "24 Kislev 5776"},
		{"В 2010 году начало праздника приходится на 2 декабря", "2010-12-02", "25 Kislev 5771"},
		{"В 2010 году Ханука начинается 1 декабря", "2010-12-01", "25 Kislev 5771"},
		{"в 2025 году Ханука продлится с 14 по 22 декабря", "2025-12-14", "25 Kislev 5786"}, // the range from the eve
	} {
		ms := dateline.Find(tc.in, ref)
		if assert.Len(t, ms, 1, tc.in) {
			d := ms[0].Report.Dateline
			assert.Equal(t, tc.day, d.Time.Format(time.DateOnly), tc.in)
			assert.Equal(t, tc.hebrew, d.Hebrew.String(), tc.in)
			assert.True(t, ms[0].Report.OK(), "%s: %+v", tc.in, ms[0].Report.Problems)
		}
	}
	// The evening's weekday is checked, and an occasion between the year
	// and the date, which the verb after it says begins that evening, is
	// read as the dateline's: a day it does not begin on is an error,
	// where the occasion was text the date crossed.
	for in, code := range map[string]dateline.Code{
		"Chanuka zaczyna się w roku 2015 z zachodem słońca w poniedziałek, 6 grudnia": dateline.CodeWeekday,
		"W 2023 roku Chanuka rozpoczyna się wieczorem 8 grudnia":                      dateline.CodeOccasion,
		"В 2010 году Ханука начинается 2 декабря":                                     dateline.CodeOccasion,
	} {
		ms := dateline.Find(in, ref)
		if assert.Len(t, ms, 1, in) {
			assert.False(t, ms[0].Report.OK(), in)
			assert.Equal(t, code, ms[0].Report.Problems[len(ms[0].Report.Problems)-1].Code, "%s: %+v", in, ms[0].Report.Problems)
		}
	}
}

// TestHeldout28EveningBeforeMatch: words right before a date in free
// text that say it is an evening ("с вечера", "вечером", "z zachodem
// słońca", "la noche del", "the evening of"), with a word for "on"
// between or not, are the match's, as Check reads them at a dateline's
// start: its Hebrew date is the evening's. Find gave the civil day's,
// where Check of the same words gave the evening's. A weekday after "с
// вечера" is in the genitive in Russian and Ukrainian ("з вечора середи
// 2 жовтня – по п’ятницю 4 жовтня 2024 року"), which was not read.
func TestHeldout28EveningBeforeMatch(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ in, match, hebrew string }{
		{"Праздник с вечера 1 октября 2024", "с вечера 1 октября 2024", "29 Elul 5784"},
		{"Праздник вечером 1 октября 2024", "вечером 1 октября 2024", "29 Elul 5784"},
		{"Święto z zachodem słońca 1 października 2024", "z zachodem słońca 1 października 2024", "29 Elul 5784"},
		{"Fiesta la noche del 1 de octubre de 2024", "la noche del 1 de octubre de 2024", "29 Elul 5784"},
		{"Feast on the evening of October 1, 2024", "the evening of October 1, 2024", "29 Elul 5784"},
		{"Свято відзначається з вечора середи 2 жовтня – по п’ятницю 4 жовтня 2024 року.",
			"з вечора середи 2 жовтня – по п’ятницю 4 жовтня 2024", "1 Tishrei 5785"},
		{"Праздник с вечера среды 2 октября 2024 года", "с вечера среды 2 октября 2024 года", "1 Tishrei 5785"},
		{"Вечером в воскресенье, 14 декабря 2025 зажгут свечи", "Вечером в воскресенье, 14 декабря 2025", "25 Kislev 5786"},
		{"Este 2019 la fiesta empieza el 22 de diciembre", "2019 la fiesta empieza el 22 de diciembre", "24 Kislev 5780"},
		// The words end a sentence before the date, or say nothing of it.
		{"Концерт был вечером. 2 октября 2024 года все ушли", "2 октября 2024 года", "29 Elul 5784"},
		{"Праздник 1 октября 2024", "1 октября 2024", "28 Elul 5784"},
		{"The evening was long; October 1, 2024", "October 1, 2024", "28 Elul 5784"},
	} {
		ms := dateline.Find(tc.in, ref)
		if assert.Len(t, ms, 1, tc.in) {
			assert.Equal(t, tc.match, tc.in[ms[0].Start:ms[0].End], tc.in)
			assert.Equal(t, tc.hebrew, ms[0].Report.Dateline.Hebrew.String(), tc.in)
			assert.True(t, ms[0].Report.OK(), "%s: %+v", tc.in, ms[0].Report.Problems)
		}
	}
	// A verb that says how long an occasion lasts, before "from the
	// evening of" (Ukrainian триватиме, Russian продлится): it begins
	// then; without the evening, the verb says nothing of when.
	for _, tc := range []struct {
		in, day, hebrew string
		ok              bool
	}{
		{"Ханука 5784 (2023) триватиме з вечора 7 грудня до вечора 15 грудня", "2023-12-07", "25 Kislev 5784", true},
		{"Ханука продлится с вечера 7 декабря 2023 года", "2023-12-07", "25 Kislev 5784", true},
		// Chanukah 5783 was in December 2022: its year contradicts
		// 2023. The evening is still the one the text names, 25 Kislev
		// 5784 from sunset (see TestEveningOfAWrongDay).
		{"Цьогоріч Ханука 5783 (2023) триватиме з вечора 7 грудня до вечора 15 грудня.", "2023-12-07", "25 Kislev 5784", false},
	} {
		ms := dateline.Find(tc.in, ref)
		if assert.Len(t, ms, 1, tc.in) {
			d := ms[0].Report.Dateline
			assert.Equal(t, tc.day, d.Time.Format(time.DateOnly), tc.in)
			assert.Equal(t, tc.hebrew, d.Hebrew.String(), tc.in)
			assert.Equal(t, tc.ok, ms[0].Report.OK(), "%s: %+v", tc.in, ms[0].Report.Problems)
		}
	}
	assert.Empty(t, dateline.Find("Ханука триватиме вісім днів.", ref))
	// A genitive weekday is checked as any is.
	ms := dateline.Find("Праздник с вечера четверга 2 октября 2024 года", ref)
	if assert.Len(t, ms, 1) {
		assert.False(t, ms[0].Report.OK())
	}
}

// TestHeldout28AufDenClause: German's "auf den" (on the) between a Hebrew
// date and its civil day in a relative clause, after "der" or "die" and
// "in diesem Jahr" (this year) and "fällt" (falls): "Am 6. Siwan - der in
// diesem Jahr auf den 31. Mai fällt" was read as 6 Sivan alone, in the
// reference's year; the two dates fix their year together (2017).
func TestHeldout28AufDenClause(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for in, want := range map[string]string{
		"Am 6. Siwan - der in diesem Jahr auf den 31. Mai fällt":        "2017-05-31",
		"6. Siwan, der in diesem Jahr auf den 31. Mai fällt":            "2017-05-31",
		"6. Siwan 5777, der in diesem Jahr auf den 31. Mai 2017 fällt":  "2017-05-31",
		"der 10. Tischri, der heuer auf den 12. Oktober 2024 fällt":     "2024-10-12",
		"Der 15. Nissan, der in diesem Jahr fällt auf den 23. April":    "2024-04-23",
		"Am 6. Siwan, die Feier in diesem Jahr ist am 31. Mai im Saal.": "2026-05-22",
	} {
		ms := dateline.Find(in, ref)
		if assert.NotEmpty(t, ms, in) {
			assert.Equal(t, want, ms[0].Report.Dateline.Time.Format(time.DateOnly), in)
			assert.True(t, ms[0].Report.OK(), "%s: %+v", in, ms[0].Report.Problems)
		}
	}
	// The civil day must be the Hebrew date's.
	ms := dateline.Find("6. Siwan 5777, der in diesem Jahr auf den 1. Juni 2017 fällt", ref)
	if assert.Len(t, ms, 1) {
		assert.False(t, ms[0].Report.OK())
	}
}

// TestHeldout28RangesAgree: a range written in both calendars without a
// year is read in a year whose two ranges run the same days, where the
// civil one may start on the evening before the Hebrew one, as a
// festival's schedule lists it from its eve ("September 29 – October 1 –
// Tishrei 1-2": 2019, the Hebrew date a day ahead, with a warning). It
// was read in 2011, whose September 29 is 1 Tishrei but whose civil range
// runs a day longer, with a calendar error for the text's own ranges.
func TestHeldout28RangesAgree(t *testing.T) {
	tests := []struct {
		in    string
		when  string // the range's first civil day, YYYY-MM-DD
		codes []dateline.Code
	}{
		{"September 29 – October 1 – Tishrei 1-2", "2019-09-29", []dateline.Code{dateline.CodeAfterSunset}},
		{"September 30 – October 1 – Tishrei 1-2", "2019-09-30", nil},
		{"29 septembre – 1 octobre – 1-2 Tichri", "2019-09-29", []dateline.Code{dateline.CodeAfterSunset}},
		{"December 12-20 | 25 Kislev - 2 Tevet", "2017-12-12", []dateline.Code{dateline.CodeAfterSunset}},
		// With the years stated, ranges that disagree are an error.
		{"September 29 – October 1, 2011 – Tishrei 1-2, 5772", "2011-09-29", []dateline.Code{dateline.CodeCalendar}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.when, time.DateOnly, tc.codes, false) })
	}
}
