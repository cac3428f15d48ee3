package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// findOne is Find of in at the corpus's reference, which must give one
// match; it returns the match's text, day and Hebrew date.
func findOne(t *testing.T, in string) (text, day, heb string, ok bool) {
	t.Helper()
	ms := dateline.Find(in, dateline.Reference(corpusReference))
	require.Len(t, ms, 1, in)
	m := ms[0]
	return in[m.Start:m.End], m.Dateline.Time.Format("2006-01-02"), m.Dateline.Hebrew.String(), m.OK()
}

// assertFound asserts that Find reads in as one match, whose text, day
// and Hebrew date are text, day and heb, with no error.
func assertFound(t *testing.T, in, text, day, heb string) {
	t.Helper()
	gotText, gotDay, gotHeb, ok := findOne(t, in)
	assert.Equal(t, text, gotText, in)
	assert.Equal(t, day, gotDay, in)
	assert.Equal(t, heb, gotHeb, in)
	assert.True(t, ok, in)
}

// TestHeldout26BeginsAndEnds: made-up sentences of the class the
// twenty-sixth held-out set (pages in eighteen languages other than
// English and Hebrew) found unread: an occasion said to begin, and to end,
// by a verb on each end of its days, in the languages of Europe.
//
//   - The Scandinavian languages' "at sunset on" and "in the evening of"
//     (ved solnedgang den, vid solnedgången den, om aftenen den), after the
//     verb or without it where the verb comes first, as they and German
//     put it after a year ("I 2024 begynner pesach ved solnedgang den 22.
//     april"), and their "I" (in) before a sentence's year: the date was
//     read in the year nearest the reference, without the occasion;
//   - the end of such a range said with "and" and a verb for "ends" in
//     those languages and German's, Dutch's, French's, Spanish's,
//     Portuguese's and Italian's ("og slutter ved solnedgang den 29.
//     april", "und endet am 20. April", "y termina el 20 de abril"), and
//     in English without weekdays ("begins at sunset on April 22 and ends
//     at sunset on April 30"): two datelines, the second in the year
//     nearest the reference;
//   - Ukrainian's verbs in the past ("Ханука розпочалася 7 грудня",
//     "Песах розпочався"), and Russian's neuter "началось": not read.
//
// A verb on each end makes a range whether or not the days have their
// weekdays; without the verbs, two days joined by "and" are a list.
func TestHeldout26BeginsAndEnds(t *testing.T) {
	for _, tc := range []struct{ in, match, day, heb string }{
		{"I 2024 begynner pesach ved solnedgang den 22. april og slutter ved solnedgang den 29. april",
			"2024 begynner pesach ved solnedgang den 22. april og slutter ved solnedgang den 29. april", "2024-04-22", "15 Nisan 5784"},
		{"I 2025 begynder pesach om aftenen den 12. april og slutter den 20. april.",
			"2025 begynder pesach om aftenen den 12. april og slutter den 20. april", "2025-04-12", "15 Nisan 5785"},
		{"I 2024 börjar pesach vid solnedgången den 22 april och slutar vid solnedgången den 30 april.",
			"2024 börjar pesach vid solnedgången den 22 april och slutar vid solnedgången den 30 april", "2024-04-22", "15 Nisan 5784"},
		{"Jom Kippur begynder ved solnedgang den 11. oktober 2024.",
			"Jom Kippur begynder ved solnedgang den 11. oktober 2024.", "2024-10-11", "10 Tishrei 5785"},
		{"In 2024, Pesach begins at sunset on April 22 and ends at sunset on April 30.",
			"2024, Pesach begins at sunset on April 22 and ends at sunset on April 30", "2024-04-22", "15 Nisan 5784"},
		{"Pessach beginnt am Abend des 12. April 2025 und endet am 20. April.",
			"Pessach beginnt am Abend des 12. April 2025 und endet am 20. April", "2025-04-12", "15 Nisan 5785"},
		{"Pesaj comenzará al anochecer del 12 de abril de 2025 y termina el 20 de abril.",
			"Pesaj comenzará al anochecer del 12 de abril de 2025 y termina el 20 de abril", "2025-04-12", "15 Nisan 5785"},
		{"Цього року Ханука розпочалася 7 грудня 2023 року.",
			"Ханука розпочалася 7 грудня 2023 року.", "2023-12-07", "25 Kislev 5784"},
		{"Песах розпочався 12 квітня 2025 року.", "Песах розпочався 12 квітня 2025 року.", "2025-04-12", "15 Nisan 5785"},
		// A civil range a year heads, with no occasion: its days; "ved
		// solnedgang den" names the evening of the 22nd, whose Hebrew
		// date the match has, as the twenty-eighth round's evening
		// words before a date say.
		{"I 2024 begynner konserten ved solnedgang den 22. april og slutter den 23. april.",
			"2024 begynner konserten ved solnedgang den 22. april og slutter den 23. april", "2024-04-22", "15 Nisan 5784"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			text, day, heb, ok := findOne(t, tc.in)
			assert.Equal(t, tc.match, text)
			assert.Equal(t, tc.day, day)
			assert.Equal(t, tc.heb, heb)
			assert.True(t, ok)
		})
	}
	// Prose with the new words and no date in it, and a date whose "and"
	// is no range's.
	for _, in := range []string{
		"Møtet begynner ved solnedgang og slutter ved midnatt.",
		"Hun ble født i 2024 og slutter skolen i 2040.",
		"Ханука розпочалася.",
		"Festen börjar vid solnedgången och slutar sent.",
	} {
		assert.Empty(t, dateline.Find(in, dateline.Reference(corpusReference)), in)
	}
	ms := dateline.Find("Jom Kippur, 12. oktober 2024 og slutter", dateline.Reference(corpusReference))
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "2024-10-12", ms[0].Dateline.Time.Format("2006-01-02"))
	}
}

// TestHeldout26FeastCompounds: an occasion's name with German's or
// Dutch's word for a feast glued to it, after a verb that says it begins
// ("beginnt das jüdische Pessachfest"), or joined by a hyphen
// ("Pessach-Festes"), and the words a
// German, Dutch or Hungarian page puts between a civil day and the
// occasion whose evening it is: the adjective for "Jewish" ("beginnt das
// jüdische Pessachfest"), Hungarian's verbs for "begins" ("köszönt be",
// "kezdődik") and its article. "Am 12. April 2025 beginnt das jüdische
// Pessachfest" was read as April 12 alone, the civil day's Hebrew date.
func TestHeldout26FeastCompounds(t *testing.T) {
	for _, tc := range []struct{ in, match, day, heb string }{
		{"Am 12. April 2025 beginnt das jüdische Pessachfest (passover).",
			"12. April 2025 beginnt das jüdische Pessachfest", "2025-04-12", "15 Nisan 5785"},
		{"Op 22 april 2024 begint het joodse Pesachfeest.", "22 april 2024 begint het joodse Pesachfeest", "2024-04-22", "15 Nisan 5784"},
		{"Anlässlich des am Abend des 22. April 2024 beginnenden Pessachfestes",
			"am Abend des 22. April 2024 beginnenden Pessachfestes", "2024-04-22", "15 Nisan 5784"}, // the evening's words are the match's
		{"Pessach-Fest 5785", "Pessach-Fest 5785", "2025-04-13", "15 Nisan 5785"},
		{"2014. szeptember 24., szerda este kezdődik a Ros Hásáná.",
			"2014. szeptember 24., szerda este kezdődik a Ros Hásáná", "2014-09-24", "1 Tishrei 5775"},
		// No year: the one whose Rosh Hashana begins on the evening of
		// Wednesday, September 24.
		{"Szeptember 24-én, szerda este köszönt be Ros Hásáná, a zsidó naptár újéve",
			"Szeptember 24-én, szerda este köszönt be Ros Hásáná", "2014-09-24", "1 Tishrei 5775"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			text, day, heb, ok := findOne(t, tc.in)
			assert.Equal(t, tc.match, text)
			assert.Equal(t, tc.day, day)
			assert.Equal(t, tc.heb, heb)
			assert.True(t, ok)
		})
	}
	// Words that end as a feast's does, with no occasion before it, and a
	// feast that is none of the calendar's: the civil day alone. A glued
	// compound starts no dateline: Find, which must not slow down on
	// prose, does not look at the word, and reads it only after a verb
	// that says an occasion follows (the hyphened one is an occasion's
	// name and a word after it).
	for _, in := range []string{"Das Manifest 2024 ist da.", "Pessachfestival 5785", "Festessen 5785", "Das Purimfest 5784 war schön."} {
		assert.Empty(t, dateline.Find(in, dateline.Reference(corpusReference)), in)
	}
	text, day, heb, ok := findOne(t, "Am 12. April 2025 beginnt das jüdische Sommerfest.")
	assert.Equal(t, "12. April 2025", text)
	assert.Equal(t, "2025-04-12", day)
	assert.Equal(t, "14 Nisan 5785", heb)
	assert.True(t, ok)
}

// TestHeldout26DayAndMonthWords: made-up datelines of three classes of
// words around a day that the twenty-sixth held-out set found unread.
//
//   - The article before an occasion's name after its day, in the Romance
//     languages ("9 ottobre, lo Yom Kippur", "le 12 octobre 2024, le Yom
//     Kippour"): a syntax error at the article, and in free text nothing.
//   - Russian's and Ukrainian's ordinal ending after a hyphen ("25-го
//     декабря", "1-е января"): a syntax error at the hyphen.
//   - The words for "(day) of the month (of)" between a day and a Hebrew
//     month ("25-го дня месяца кислев", "15 – 23 a lunii Nisan", "25. dnem
//     měsíce kislev", "15 del mes de Nisan"), and a comma there before a
//     month with its year ("3, Tishri 5778"): the month read alone.
func TestHeldout26DayAndMonthWords(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ in, day, heb string }{
		{"9 ottobre 2019, lo Yom Kippur", "2019-10-09", "10 Tishrei 5780"},
		{"12 de outubro de 2024, o Yom Kipur", "2024-10-12", "10 Tishrei 5785"},
		{"12 de octubre de 2024, el Yom Kipur", "2024-10-12", "10 Tishrei 5785"},
		{"12 octobre 2024, le Yom Kippour", "2024-10-12", "10 Tishrei 5785"},
		{"25-го декабря 2025", "2025-12-25", "5 Tevet 5786"},
		{"1-е января 2024", "2024-01-01", "20 Tevet 5784"},
		{"25-го грудня 2024 року", "2024-12-25", "24 Kislev 5785"},
		{"25-го дня месяца кислев 5786", "2025-12-15", "25 Kislev 5786"},
		{"15 – 23 a lunii Nisan 5781", "2021-03-28", "15 Nisan 5781"},
		{"25. dnem měsíce kislev 5786", "2025-12-15", "25 Kislev 5786"},
		{"15 del mes de Nisan de 5784", "2024-04-23", "15 Nisan 5784"},
		{"3 du mois de Tichri 5785", "2024-10-05", "3 Tishrei 5785"},
		// A comma between a Hebrew day and its month, with its year.
		{"23 Septembre 2017 | 3, Tishri 5778", "2017-09-23", "3 Tishrei 5778"},
		{"3, Nisan 5784", "2024-04-11", "3 Nisan 5784"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			d, err := dateline.Parse(tc.in, ref)
			require.NoError(t, err)
			assert.Equal(t, tc.day, d.Time.Format("2006-01-02"))
			assert.Equal(t, tc.heb, d.Hebrew.String())
		})
	}
	// In free text, a year-less day with its occasion after the article.
	text, day, heb, ok := findOne(t, "Si celebra fino a domani sera, 9 ottobre, lo Yom Kippur.")
	assert.Equal(t, "9 ottobre, lo Yom Kippur", text)
	assert.Equal(t, "2019-10-09", day)
	assert.Equal(t, "10 Tishrei 5780", heb)
	assert.True(t, ok)
	// The article before what is no occasion, an ordinal ending before
	// what is no month, and the month's words before a civil month.
	for _, in := range []string{"il 9 ottobre 2019, la festa", "9 ottobre 2019, la Repubblica", "2-е место 2024", "25 дня месяца декабря 2024",
		"3, March 2024", "we had 3, Tevet"} {
		_, err := dateline.Parse(in, ref)
		assert.Error(t, err, in)
	}
}

// TestHeldout26Onset: a civil day and a Hebrew date joined by Russian's
// "с наступлением" or Ukrainian's "з настанням" (with the coming of),
// which say the Hebrew day begins at the civil day's end ("В 2025 году он
// пришел 14 декабря с наступлением 25-го дня месяца кислев", TASS on
// Chanukah): one dateline, its Hebrew date a day ahead as from sunset.
// They were two matches, and the Hebrew date, without a year, was read
// in the year nearest the reference (25 Kislev 5787), though its sentence
// names 2025: a Hebrew date of such a sentence is now of the Hebrew year
// in which its day falls in that civil year.
func TestHeldout26Onset(t *testing.T) {
	for _, tc := range []struct{ in, match, day, heb string }{
		{"В 2025 году он пришел 14 декабря с наступлением 25-го дня месяца кислев по еврейскому календарю",
			"2025 году он пришел 14 декабря с наступлением 25-го дня месяца кислев", "2025-12-14", "25 Kislev 5786"},
		{"Праздник начался 14 декабря 2025 года с наступлением 25 кислева.", "14 декабря 2025 года с наступлением 25 кислева", "2025-12-14", "25 Kislev 5786"},
		{"14 грудня 2025 з настанням 25 кислева 5786", "14 грудня 2025 з настанням 25 кислева 5786", "2025-12-14", "25 Kislev 5786"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			text, day, heb, ok := findOne(t, tc.in)
			assert.Equal(t, tc.match, text)
			assert.Equal(t, tc.day, day)
			assert.Equal(t, tc.heb, heb)
			assert.True(t, ok)
		})
	}
	// "With the coming of" darkness: no Hebrew date, the civil day alone.
	text, day, heb, _ := findOne(t, "14 декабря 2025 с наступлением темноты")
	assert.Equal(t, "14 декабря 2025", text)
	assert.Equal(t, "2025-12-14", day)
	assert.Equal(t, "24 Kislev 5786", heb)
	// A Hebrew date alone in a sentence that names its civil year, after
	// a match that took the year: the Hebrew year in which it falls then.
	ms := dateline.Find("В 2024 году 10 октября был праздник, а 25 кислева началась Ханука.", dateline.Reference(corpusReference))
	if assert.Len(t, ms, 2) {
		assert.Equal(t, "2024-10-10", ms[0].Dateline.Time.Format("2006-01-02"))
		assert.Equal(t, "25 Kislev 5785", ms[1].Dateline.Hebrew.String())
	}
}

// TestHeldout26HourRange: a range of hours on one day written with the
// day's whole date at each end, as event pages print it ("05. 04. 2020
// 11:00 - 05. 04. 2020 15:00", the Israeli embassy in Prague): one
// dateline at its first hour, where the second date, the first's day,
// failed the range ("its last day after its first"). An end before the
// start is still a range that runs backwards.
func TestHeldout26HourRange(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, in := range []string{
		"05. 04. 2020 11:00 - 05. 04. 2020 15:00",
		"05.04.2020 11:00 - 05.04.2020 15:00",
		"5 April 2020 11:00 - 5 April 2020 15:00",
		"5. dubna 2020 11:00 - 5. dubna 2020 15:00",
	} {
		d, err := dateline.Parse(in, ref, dateline.DayFirst())
		if assert.NoError(t, err, in) {
			assert.Equal(t, "2020-04-05 11:00", d.Time.Format("2006-01-02 15:04"), in)
			assert.Equal(t, "11 Nisan 5780", d.Hebrew.String(), in)
		}
	}
	for _, in := range []string{"05.04.2020 15:00 - 05.04.2020 11:00", "5 April 2020 - 5 April 2020"} {
		_, err := dateline.Parse(in, ref, dateline.DayFirst())
		assert.Error(t, err, in)
	}
}

// TestHeldout26CalendarNamed: a Hebrew date with its civil day in
// brackets after words that name the Gregorian calendar ("1° de Tishrei
// (en el calendario gregoriano, domingo 2 de octubre al atardecer)", La
// Prensa Federal), and Spanish's "al atardecer" (at dusk) after a civil
// day: the two dates were read apart, each in the year nearest the
// reference, and the dusk not at all.
func TestHeldout26CalendarNamed(t *testing.T) {
	for _, tc := range []struct{ in, match, day, heb string }{
		{"comenzando el 1° de Tishrei (en el calendario gregoriano, domingo 2 de octubre al atardecer), que es",
			"1° de Tishrei (en el calendario gregoriano, domingo 2 de octubre al atardecer)", "2016-10-02", "1 Tishrei 5777"},
		{"1 Tishrei 5777 (in the Gregorian calendar, October 3, 2016)",
			"1 Tishrei 5777 (in the Gregorian calendar, October 3, 2016)", "2016-10-03", "1 Tishrei 5777"},
		{"10 Tishrei 5785 (nel calendario gregoriano, 12 ottobre 2024)",
			"10 Tishrei 5785 (nel calendario gregoriano, 12 ottobre 2024)", "2024-10-12", "10 Tishrei 5785"},
		{"Rosh Hashaná: domingo 2 de octubre de 2016 al atardecer",
			"Rosh Hashaná: domingo 2 de octubre de 2016 al atardecer", "2016-10-02", "1 Tishrei 5777"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			text, day, heb, ok := findOne(t, tc.in)
			assert.Equal(t, tc.match, text)
			assert.Equal(t, tc.day, day)
			assert.Equal(t, tc.heb, heb)
			assert.True(t, ok)
		})
	}
	// The words without a date of the other calendar after them, and
	// "al" before what is no evening.
	ref := dateline.Reference(corpusReference)
	for _, in := range []string{"1 Tishrei 5777 (in the Gregorian calendar)", "domingo 2 de octubre de 2016 al mediodía"} {
		_, err := dateline.Parse(in, ref)
		assert.Error(t, err, in)
	}
}
